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
def code_text(coder):
    """Code a text with the session coder: code_text("Japan condemned North Korea.")."""
    from dyads.ingest import article_from_text

    def run(text: str):
        return coder.code(article_from_text(text, id="test"))

    return run
