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


@pytest.fixture(scope="session")
def hand_parse():
    """A ParsedDoc built by hand, so rule tests say what a rule does on a given parse, not what
    the model happens to parse: hand_parse(words, heads, deps, pos, lemmas=None, tags=None).
    `heads` are absolute token indices (a root is its own head)."""
    import spacy
    from spacy.tokens import Doc

    from dyads.nlp.pipeline import to_parsed

    vocab = spacy.blank("en").vocab

    def build(words, heads, deps, pos, lemmas=None, tags=None):
        doc = Doc(
            vocab,
            words=list(words),
            heads=list(heads),
            deps=list(deps),
            pos=list(pos),
            lemmas=list(lemmas or [w.lower() for w in words]),
            tags=list(tags or [""] * len(words)),
        )
        return to_parsed(doc)

    return build


@pytest.fixture(scope="session")
def actors_at():
    """Actors mentioned at token spans of a hand-built ParsedDoc, for role-rule tests:
    actors_at(doc, {(0, 1): "JPN", (3, 4): "PRKGOV"}) gives the Actors (a country code is a
    state; a longer code adds its sectors)."""
    from dyads.records import Actor, Mention

    def build(doc, spans):
        actors = []
        for (start, end), code in spans.items():
            first, last = doc.tokens[start], doc.tokens[end - 1]
            text = doc.text[first.idx : last.idx + len(last.text)]
            mention = Mention(
                first.idx, first.idx + len(text), text, first.sent, start, end, "test"
            )
            sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3))
            actors.append(
                Actor(code, text, text, "state", code[:3], sectors, code, (mention,), "test")
            )
        return tuple(actors)

    return build
