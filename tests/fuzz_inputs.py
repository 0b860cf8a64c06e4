"""Odd inputs for fuzzing `dyads.code` and the JSONL reader, from a seed (shared by
tests/test_fuzz.py and benchmarks/fuzz.py). Each is (category, text, date, id); the categories
are those that once ended in exceptions outside dyads' tree or in minutes of work."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from typing import Any

WORDS = (
    "Japan China Russia Ukraine France the United States North Korea NATO minister president "
    "said condemned met talks sanctions attacked troops on Monday last week yesterday in Paris "
    "Kyiv Tokyo agreed will would not and of to a"
).split()
ODD_CHARS = [
    "\ud800", "\udfff", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200f", "\u202e",
    "\ufeff", "\ufffd", "\U0001f600", "\u0301", "\u2028", "\t", "\r", "\x0c", '"', "\u201c",
    "\u201d", "'", "(", ")", "…", "—", "-", "$", "!", "?", ".", "\n\n",
]  # fmt: skip
ODD_DATES: list[Any] = [
    None, "2017-08-19", "2017-02-30", "August 19, 2017", "yesterday", "", "0000-00-00",
    "9999-12-31", "1899-12-31", "2100-12-31", 20170819, 2017.5, b"2017-08-19", [],
    dt.date(2017, 8, 19), dt.date.max, dt.date.min, dt.datetime(2017, 8, 19, 23, 59),
    dt.datetime.max, dt.date(2100, 12, 31),
]  # fmt: skip
CATEGORIES = (
    "words", "odd-chars", "quotes", "punctuation-run", "one-letter-tokens", "long-word",
    "not-a-str", "odd-date", "odd-id", "whitespace", "markup", "jsonl",
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 20))) + "."


def _text(rng: random.Random, category: str, size: int) -> Any:
    if category == "words":
        return " ".join(_sentence(rng) for _ in range(rng.randint(1, 8)))
    if category == "odd-chars":
        parts = [_sentence(rng)]
        for _ in range(rng.randint(1, 30)):
            parts.append(rng.choice(ODD_CHARS) * rng.randint(1, 5))
            parts.append(rng.choice(WORDS))
        return " ".join(parts) if rng.random() < 0.5 else "".join(parts)
    if category == "quotes":
        marks = rng.choice(['"', '" ', "\u201c", "\u201d ", "''", '"x" '])
        return "Japan said " + marks * rng.randint(10, size)
    if category == "punctuation-run":
        return _sentence(rng) + rng.choice("(([$!?…'\"-") * rng.randint(50, size)
    if category == "one-letter-tokens":
        return "a " * rng.randint(10, size)
    if category == "long-word":
        return _sentence(rng) + " " + "x" * rng.randint(100, size * 4)
    if category == "not-a-str":
        return rng.choice([None, b"Japan condemned North Korea.", 12, 3.5, ["Japan"], {}, True])
    if category == "whitespace":
        return rng.choice(["", " ", "\n\n\n", "\t", "\u3000", "\x00\x00"])
    if category == "markup":
        return "<html><body><p>" + _sentence(rng) + "</p><script>x</script></body></html>"
    return _sentence(rng) + " on Monday."


def _jsonl_line(rng: random.Random) -> bytes:
    """One JSONL line, from a plain record to a poison one."""
    record: dict[str, Any] = {
        "id": rng.choice(["a", 7, None, "9" * 300, [1], True]),
        "text": _sentence(rng) + rng.choice(["", "\ud800", "\x00"]),
    }
    choice = rng.randint(0, 6)
    if choice == 0:
        depth = rng.choice([40, 5000, 100_000])
        return ('{"id": "deep", "text": "x", "m": ' + "[" * depth + "]" * depth + "}").encode()
    if choice == 1:
        return b'{"id": ' + b"9" * rng.randint(10, 6000) + b', "text": "Japan met China."}'
    if choice == 2:
        record["date"] = rng.choice(["yesterday", "9999-12-31", "2017-08-19", 5, "1066-10-14"])
    if choice == 3:
        record["title"] = rng.choice([5, None, ["t"], "A title"])
    if choice == 4:
        return rng.choice([b"{not json", b"[]", b"null", b'"text"', b"\xff\xfe"])
    return json.dumps(record).encode("utf-8", errors="surrogatepass")


def fuzz_inputs(
    seed: int, count: int, size: int = 1000
) -> Iterator[tuple[str, Any, Any, Any]]:
    """`count` inputs: (category, text or JSONL line, date, id); the repeated shapes (quote
    marks, punctuation, one-letter words) repeat up to `size` times."""
    rng = random.Random(seed)
    for _ in range(count):
        category = rng.choice(CATEGORIES)
        date = rng.choice(ODD_DATES) if category in ("odd-date", "words") else None
        article_id = rng.choice(["x", 5, None, "9" * 5000]) if category == "odd-id" else "fuzz"
        if category == "jsonl":
            yield category, _jsonl_line(rng), None, None
        else:
            yield category, _text(rng, category, size), date, article_id
