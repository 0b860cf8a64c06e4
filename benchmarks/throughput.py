"""Words per second of the bare spaCy pipeline and of full coding, in one run.

Runs `nlp.pipe` over the stories of ../shared/data/voa_stories.jsonl (or a JSONL given as the
first argument), then `Coder.code_many` (parse, actors, events) over the same stories, and prints
both rates and their ratio. The goal: full coding takes at most 1.3 times the bare parse.
Usage: python benchmarks/throughput.py [STORIES.jsonl]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dyads import Coder
from dyads.ingest import read_inputs
from dyads.records import Article, CodedArticle

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (pass a JSONL path)")
    coder = Coder()
    articles = [a for a in read_inputs([str(path)], 10**6) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    batch = coder.settings.batch_size
    # Warm up both paths once, then time each twice, alternating, and keep the best run, so
    # neither pays for first-call set-up or for the other's cache effects.
    list(coder.code_many(articles[:2]))
    parse_seconds = code_seconds = float("inf")
    events = 0
    for _ in range(2):
        started = time.perf_counter()
        for _doc in coder.parser.nlp.pipe((a.text for a in articles), batch_size=batch):
            pass
        parse_seconds = min(parse_seconds, time.perf_counter() - started)
        started = time.perf_counter()
        events = sum(
            len(c.events) for c in coder.code_many(articles) if isinstance(c, CodedArticle)
        )
        code_seconds = min(code_seconds, time.perf_counter() - started)

    print(f"corpus       {path.name}: {len(articles)} stories, {words:,} words")
    print(f"bare parse   {parse_seconds:6.2f} s  {words / parse_seconds:8,.0f} words/s")
    print(
        f"dyads code   {code_seconds:6.2f} s  {words / code_seconds:8,.0f} words/s "
        f"({events:,} asserted events)"
    )
    print(f"ratio        {code_seconds / parse_seconds:.2f} x the bare parse (goal <= 1.30)")


if __name__ == "__main__":
    main()
