"""Provenance: nothing in the repository quotes a sentence of the gold evaluation files.

dyads is measured on ../shared/data/plover_gsr.dev.jsonl and voa_events.dev.jsonl; a test,
comment, doc or lexicon that carries their sentences rewards memorising them. Every file git
tracks (except examples/, the project's own demo article) is compared with the gold sentences
word by word, across line breaks, so a quotation wrapped over comment lines is found too. A
failure names only the repository file and line, never the gold text.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Eight words in a row are a quotation; shorter runs are mostly names and stock phrases
# ("the United Nations Security Council", "the foreign and defense ministers").
RUN = 8
EXEMPT = ("examples/",)
_WORD = re.compile(r"[a-z0-9']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _runs(sentences: Iterable[str], n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of `n` consecutive words of `sentences`."""
    return {
        tuple(words[i : i + n])
        for words in map(_words, sentences)
        for i in range(len(words) - n + 1)
    }


def _shared_lines(text: str, runs: set[tuple[str, ...]], n: int = RUN) -> Iterator[int]:
    """The lines of `text` where a run of `n` words found in `runs` starts, each once."""
    located = [
        (line_no, word)
        for line_no, line in enumerate(text.splitlines(), 1)
        for word in _words(line)
    ]
    words = [word for _, word in located]
    seen: set[int] = set()
    for i in range(len(words) - n + 1):
        line_no = located[i][0]
        if line_no not in seen and tuple(words[i : i + n]) in runs:
            seen.add(line_no)
            yield line_no


def _tracked_files() -> list[str]:
    try:
        listing = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files", "-z"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot list the files git tracks in {ROOT} ({error})")
    return [path for path in listing.split("\0") if path and not path.startswith(EXEMPT)]


def _plover_sentences(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]


def _voa_sentences(path: Path) -> list[str]:
    stories = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return [e["quote"] for s in stories for e in (*s["events"], *s["forbidden"])]


@pytest.mark.parametrize(
    ("gold_file", "read_sentences"),
    [
        ("plover_gsr.dev.jsonl", _plover_sentences),
        ("voa_events.dev.jsonl", _voa_sentences),
    ],
)
def test_no_tracked_file_quotes_a_gold_sentence(shared_data, gold_file, read_sentences):
    gold = shared_data / gold_file
    if not gold.is_file():
        pytest.skip(f"gold file not found at {gold}")
    runs = _runs(read_sentences(gold))
    offending = [
        f"{path}:{line_no}"
        for path in _tracked_files()
        if (ROOT / path).is_file()
        for line_no in _shared_lines((ROOT / path).read_text("utf-8", errors="ignore"), runs)
    ]
    assert not offending, (
        f"{len(offending)} repository line(s) share {RUN} or more consecutive words with a "
        f"sentence of {gold_file}; write a sentence of your own instead: {', '.join(offending)}"
    )


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # Eight words of a sentence, wrapped over two comment lines: found on the first.
        ("x = 1\n# the envoy of the lake council met the\n# river people at noon\n", [2]),
        # Seven words in a row are not enough.
        ("# the envoy of the lake council met someone else\n", []),
        # Case and punctuation do not hide a quotation.
        ('"The Envoy of the Lake Council met the River People!"\n', [1]),
        # Nor does a curly apostrophe for a straight one.
        ("# the council\u2019s envoy met the river people at dawn\n", [1]),
        # Every line where a quotation starts is named once.
        ("the envoy of the lake council met the river\nthe envoy of the lake council met the\n",
         [1, 2]),
    ],
)  # fmt: skip
def test_shared_runs_are_found_by_line(text, lines):
    runs = _runs(
        [
            "The envoy of the lake council met the river people at noon.",
            "The council's envoy met the river people at dawn.",
        ]
    )
    assert list(_shared_lines(text, runs)) == lines
