"""How many events get a place, by which rule, and a sample to check by reading.

Codes ../shared/data/voa_stories.jsonl (or the JSONL given) and prints the events, the share
with an ActionGeo (a location), the share by `location_source` and by place level, then a random
sample of located events (seed fixed, so the same sample comes back) with each event's sentence
and place, to be judged by a reader: is the place where the act happened?

Usage: python benchmarks/places.py [STORIES.jsonl] [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from dyads import Coder
from dyads.ingest import read_inputs
from dyads.records import Article, CodedArticle, Event

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sample", type=int, default=60, help="located events to print")
    parser.add_argument("--seed", type=int, default=15, help="seed of the sample")
    args = parser.parse_args()
    if not args.stories.is_file():
        parser.exit(2, f"stories not found: {args.stories} (pass a JSONL path)\n")

    coder = Coder()
    articles = [a for a in read_inputs([str(args.stories)], 10**7) if isinstance(a, Article)]
    coded = [c for c in coder.code_many(articles) if isinstance(c, CodedArticle)]
    events = [(c, e) for c in coded for e in c.events]
    located = [(c, e) for c, e in events if e.location is not None]

    print(f"stories   {len(coded)} coded, {sum(1 for c in coded if c.dateline)} with a dateline")
    print(f"events    {len(events)}")
    print(f"located   {len(located)} ({_share(len(located), len(events))})")
    print("by location_source")
    for source, n in Counter(e.location_source for _, e in events).most_common():
        print(f"  {source or 'none':16} {n:5} {_share(n, len(events))}")
    print("by level")
    for level, n in Counter(e.location.type for _, e in located if e.location).most_common():
        print(f"  {level:16} {n:5} {_share(n, len(located))}")

    sample = random.Random(args.seed).sample(located, min(args.sample, len(located)))
    print(f"\nsample of {len(sample)} located events (seed {args.seed})")
    for n, (article, event) in enumerate(sample, 1):
        print(f"\n{n}. {article.article.id} {event.id} {_act(event)}")
        print(f"   place: {_place(event)}  [{event.location_source}]")
        print(f"   {event.text}")


def _act(event: Event) -> str:
    target = event.target.code if event.target else "-"
    return f"{event.source.code} {event.cameo} ({event.cameo_name}) {target}"


def _place(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "-"
    parts = [loc.name, loc.admin1 if loc.type == "city" else None, loc.country]
    return f"{', '.join(p for p in parts if p)} ({loc.type})"


def _share(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


if __name__ == "__main__":
    main()
