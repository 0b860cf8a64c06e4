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
    print("Wall-clock seconds, then CPU seconds (steadier on a shared machine).")
    for path in files:
        started, cpu = time.perf_counter(), time.process_time()
        dictionary = read_petrarch(path)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        records = len(dictionary.entries) or len(dictionary.discards)
        print(
            f"{path.name:34} {dictionary.kind:8} {records:6} records  "
            f"{len(dictionary.problems):3} skipped  {seconds:6.2f} s  cpu {cpu:6.2f} s"
        )

    started, cpu = time.perf_counter(), time.process_time()
    ActorLexicon.load()
    package_seconds, package_cpu = time.perf_counter() - started, time.process_time() - cpu
    package_rss = _peak_rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    lexicon = ActorLexicon.load(files)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"package lexicon alone              {package_seconds:.2f} s  cpu {package_cpu:.2f} s, "
        f"peak RSS {package_rss} MiB"
    )
    print(
        f"package lexicon + Phoenix          {seconds:.2f} s  cpu {cpu:.2f} s, "
        f"{len(lexicon.entries):,} entries, {len(lexicon.discards)} discards, "
        f"peak RSS {_peak_rss_mib()} MiB"
    )

    articles = [a for a in read_inputs([str(STORIES)], 10**7) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    for label, extra in (("package lexicon", []), ("with Phoenix", files)):
        started, cpu = time.perf_counter(), time.process_time()
        coder = Coder(actor_files=extra)
        startup, startup_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        events = sum(len(c.events) for c in coder.code_many(articles))
        coding, coding_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"coder {label:16} start-up {startup:6.2f} s (cpu {startup_cpu:.2f} s); "
            f"{len(articles)} stories, {words:,} words in {coding:.2f} s (cpu {coding_cpu:.2f} s)"
            f" = {words / coding_cpu:,.0f} words per CPU second, {events} events"
        )


if __name__ == "__main__":
    main()
