"""Selective parsing against a full parse: time, and the events each keeps.

Codes the stories of ../shared/data/voa_stories.jsonl (or a JSONL given as the first argument)
with a full parse and with `selective_parse` (the tagger, parser and NER only on sentences that
can hold an event), in alternating rounds (median of three), and compares the asserted events:
an event is the same when its story, sentence text, CAMEO code, trigger and source and target
codes are. Usage: python benchmarks/selective.py [STORIES.jsonl]
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from pathlib import Path

from dyads import Coder
from dyads.ingest import read_inputs
from dyads.records import Article, CodedArticle

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"
ROUNDS = 3


def _events(coded: list) -> set[tuple]:
    found = set()
    for c in coded:
        if not isinstance(c, CodedArticle):
            continue
        for e in c.events:
            sentence = e.text
            source = e.source.code if e.source else None
            target = e.target.code if e.target else None
            found.add((c.article.id, sentence, e.cameo, repr(e.trigger), source, target))
    return found


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        sys.exit(f"benchmark corpus not found: {path} (pass a JSONL path)")
    full = Coder()
    selective = Coder(dataclasses.replace(full.settings, selective_parse=True))
    articles = [a for a in read_inputs([str(path)], 10**6) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    list(full.code_many(articles[:2]))
    list(selective.code_many(articles[:2]))
    # CPU seconds of this process: on a shared machine, wall time measures the others' load.
    times: dict[str, list[float]] = {"full parse": [], "selective": []}
    coded: dict[str, list] = {}
    for _ in range(ROUNDS):
        for name, coder in (("full parse", full), ("selective", selective)):
            started = time.process_time()
            coded[name] = list(coder.code_many(articles))
            times[name].append(time.process_time() - started)
    print(f"corpus {path.name}: {len(articles)} stories, {words:,} words; median of {ROUNDS}")
    ratios = [s / f for s, f in zip(times["selective"], times["full parse"], strict=True)]
    for name, seconds in times.items():
        middle = statistics.median(seconds)
        print(f"{name:<12}{middle:7.2f} CPU s {words / middle:8,.0f} words per CPU-second")
    print(f"selective / full: {statistics.median(ratios):.2f}x")
    full_events, selective_events = _events(coded["full parse"]), _events(coded["selective"])
    rejected = sum(not isinstance(c, CodedArticle) for c in coded["selective"])
    kept, new = len(full_events & selective_events), len(selective_events - full_events)
    print(f"events: full {len(full_events)}, selective {len(selective_events)}; kept {kept} "
          f"of {len(full_events)}, new {new}; selective rejections {rejected}")  # fmt: skip


if __name__ == "__main__":
    main()
