"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def example_path() -> Path:
    """The founding example the project ships as its demo."""
    return ROOT / "examples" / "jiji-2017-08-19-us-japan-two-plus-two.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip when this checkout has no shared folder beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA} (../shared/data beside the repo)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def coder():
    """One Coder with the real spaCy pipeline for the whole session."""
    from dyads import Coder

    return Coder()


@pytest.fixture(scope="session")
def founding(coder, example_path):
    """The founding example, coded with the session coder (asserted events)."""
    from dyads.ingest import read_inputs

    (article,) = read_inputs([str(example_path)], 1_000_000)
    return coder.code(article)


@pytest.fixture(scope="session")
def code_text(coder):
    """Code a text with the session coder: code_text("Japan condemned North Korea.")."""
    from dyads.ingest import article_from_text

    def run(text: str):
        return coder.code(article_from_text(text, id="test"))

    return run


@pytest.fixture
def run_dyads(tmp_path):
    """Run the installed `dyads` console script in tmp_path, without DYADS_* from the caller.

    run_dyads("code", "a.txt", stdin="...", env={"DYADS_MAX_ARTICLE_BYTES": "200"}) gives the
    CompletedProcess with text stdout and stderr.
    """
    import os
    import subprocess
    import sys

    script = Path(sys.executable).parent / "dyads"
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
        return subprocess.run(
            [str(script), *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            env={**base_env, **(env or {})},
            timeout=120,
        )

    return run
