"""Load time and memory of the PETRARCH Phoenix dictionaries, and what they cost at coding time.

Reads ../shared/data/petrarch_dicts/Phoenix.* (actors, agents, discards) as `--actors` does:
each file alone (time), then the package lexicon with all of them (time and the process's peak
resident memory), then a Coder with and without them (start-up time, and words per second of
coding ../shared/data/voa_stories.jsonl). Usage: python benchmarks/petrarch.py [DICTS_DIR]
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from dyads import Coder
from dyads.actors import ActorLexicon
from dyads.actors.petrarch import read_petrarch
from dyads.ingest import read_inputs
from dyads.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
STORIES = SHARED / "voa_stories.jsonl"


def _peak_rss_mib() -> int:
    """The process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "petrarch_dicts"
    files = sorted(folder.glob("Phoenix.*"))
    if not files:
        sys.exit(f"no Phoenix.* dictionaries in {folder} (pass their folder)")
    for path in files:
        started = time.perf_counter()
        dictionary = read_petrarch(path)
        seconds = time.perf_counter() - started
        records = len(dictionary.entries) or len(dictionary.discards)
        print(
            f"{path.name:34} {dictionary.kind:8} {records:6} records  "
            f"{len(dictionary.problems):3} skipped  {seconds:6.2f} s"
        )

    started = time.perf_counter()
    ActorLexicon.load()
    package_seconds = time.perf_counter() - started
    package_rss = _peak_rss_mib()
    started = time.perf_counter()
    lexicon = ActorLexicon.load(files)
    seconds = time.perf_counter() - started
    print(f"package lexicon alone              {package_seconds:.2f} s, peak RSS {package_rss} MiB")
    print(
        f"package lexicon + Phoenix          {seconds:.2f} s, {len(lexicon.entries):,} entries, "
        f"{len(lexicon.discards)} discards, peak RSS {_peak_rss_mib()} MiB"
    )

    articles = [a for a in read_inputs([str(STORIES)], 10**7) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    for label, extra in (("package lexicon", []), ("with Phoenix", files)):
        started = time.perf_counter()
        coder = Coder(actor_files=extra)
        startup = time.perf_counter() - started
        started = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_many(articles))
        coding = time.perf_counter() - started
        print(
            f"coder {label:16} start-up {startup:6.2f} s; {len(articles)} stories, {words:,} "
            f"words in {coding:.2f} s = {words / coding:,.0f} words/s, {events} events"
        )


if __name__ == "__main__":
    main()
