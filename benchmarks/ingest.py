"""Ingest speed and memory: 1 worker against 2, and time and peak memory as the corpus grows.

    python benchmarks/ingest.py [corpus.jsonl] [--copies 4]

Each run is a fresh process ingesting into a fresh DuckDB file. A corpus of k copies repeats
the stories k times with a copy number appended, so every copy is a new article (the store
skips texts it holds). Reported: articles/s end to end (model loading included), wall time,
and peak resident memory of the ingesting process and of its worker processes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "voa_stories.jsonl"

_RUN = """
import json, resource, sys, time
from dyads.config import Settings
from dyads.store.ingest import ingest
started = time.monotonic()
report = ingest([sys.argv[1]], sys.argv[2], Settings(), workers=int(sys.argv[3]))
seconds = time.monotonic() - started
print(json.dumps({
    "added": report.added, "seconds": seconds,
    "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def copies(source: Path, count: int, folder: Path) -> Path:
    """The corpus repeated `count` times, each copy's texts made distinct; streamed."""
    out = folder / f"corpus-x{count}.jsonl"
    with out.open("w", encoding="utf-8") as sink:
        for n in range(count):
            with source.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        record = json.loads(line)
                        record["id"] = f"{record.get('id', '')}-copy{n}"
                        record["text"] = f"{record['text']}\n\n(Copy {n}.)"
                        sink.write(json.dumps(record) + "\n")
    return out


def run(corpus: Path, workers: int, folder: Path) -> dict:
    db = folder / f"bench-{corpus.stem}-{workers}.duckdb"
    db.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", _RUN, str(corpus), str(db), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one = copies(args.corpus, 1, folder)
        many = copies(args.corpus, args.copies, folder)
        rows = [
            ("x1, 1 worker", run(one, 1, folder)),
            ("x1, 2 workers", run(one, 2, folder)),
            (f"x{args.copies}, 1 worker", run(many, 1, folder)),
            (f"x{args.copies}, 2 workers", run(many, 2, folder)),
        ]
    print(f"corpus {args.corpus.name}, copies x1 and x{args.copies}")
    print(f"{'run':<16}{'articles':>9}{'seconds':>9}{'art/s':>8}{'main MB':>9}{'worker MB':>10}")
    for name, r in rows:
        rate = r["added"] / r["seconds"]
        print(
            f"{name:<16}{r['added']:>9}{r['seconds']:>9.1f}{rate:>8.2f}"
            f"{r['self_mb']:>9.0f}{r['workers_mb']:>10.0f}"
        )
    by = dict(rows)

    def speedup(k: str) -> float:
        two, one = by[f"{k}, 2 workers"], by[f"{k}, 1 worker"]
        return (two["added"] / two["seconds"]) / (one["added"] / one["seconds"])

    growth = by[f"x{args.copies}, 1 worker"]["seconds"] / by["x1, 1 worker"]["seconds"]
    print(f"2 workers / 1 worker: x1 {speedup('x1'):.2f}, x{args.copies} "
          f"{speedup(f'x{args.copies}'):.2f} (goal >= 1.6)")  # fmt: skip
    print(f"time x{args.copies} / x1 (1 worker): {growth:.2f} (goal <= {1.1 * args.copies:.1f})")


if __name__ == "__main__":
    main()
