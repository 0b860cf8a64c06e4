"""Words per second of actor resolution over ../shared/data/voa_stories.jsonl.

Parses every story once with spaCy (timed), then resolves actors on the parsed stories (timed
separately), and prints both rates. Usage: python benchmarks/actors.py [STORIES.jsonl]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dyads import Coder
from dyads.ingest import read_inputs
from dyads.records import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (pass a JSONL path)")
    started = time.perf_counter()
    coder = Coder()
    load_seconds = time.perf_counter() - started
    articles = [a for a in read_inputs([str(path)], 10**7) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)

    started = time.perf_counter()
    docs = list(coder.parser.parse_many((a.text for a in articles), batch_size=32))
    parse_seconds = time.perf_counter() - started

    started = time.perf_counter()
    pairs = zip(articles, docs, strict=True)
    actors = sum(len(coder.actors.resolve(d, a.dateline)) for a, d in pairs)
    resolve_seconds = time.perf_counter() - started

    print(f"corpus            {path.name}: {len(articles)} stories, {words:,} words")
    print(f"coder start-up    {load_seconds:.2f} s (pipeline, lexicon, gazetteer)")
    print(f"spaCy parse       {parse_seconds:.2f} s  {words / parse_seconds:,.0f} words/s")
    print(
        f"actor resolution  {resolve_seconds:.2f} s  {words / resolve_seconds:,.0f} words/s "
        f"({actors:,} actors)"
    )
    total = parse_seconds + resolve_seconds
    print(f"parse + actors    {total:.2f} s  {words / total:,.0f} words/s")


if __name__ == "__main__":
    main()
