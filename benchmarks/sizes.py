"""Time and peak memory of coding one article, per doubling size, for news and for odd shapes.

Each measurement runs in a process forked from one that has loaded the coder, so that its peak
resident memory (the whole process: model and all) belongs to that one article. Time that
doubles with the size is linear; time that quadruples is quadratic. An article of several
pieces is parsed in up to `piece_jobs` processes forked in turn (DYADS_PIECE_JOBS=1 parses them
one after another): CPU seconds include theirs, and "piece MB" is the largest one's peak.
Usage: python benchmarks/sizes.py [MAX_BYTES] [SHAPE ...]
(MAX_BYTES defaults to 1,000,000; shapes: news, quotes, spaced-quotes, tokens, parens.)
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dyads import Coder
from dyads.records import Article

STORIES = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"
START_BYTES = 15_625  # doubled six times: 1,000,000


def _news(size: int) -> str:
    """VOA stories, one after another as paragraphs, up to `size` characters."""
    if STORIES.is_file():
        lines = STORIES.read_text(encoding="utf-8").splitlines()
        paragraphs = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        paragraphs = ["Japan condemned North Korea's missile launch on Monday, officials said."]
    text = ""
    while len(text) < size:
        text += "\n\n".join(paragraphs) + "\n\n"
    return text[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "news": _news,
    "quotes": lambda size: "Japan said " + '"' * (size - 11),
    "spaced-quotes": lambda size: "Japan said " + '" ' * ((size - 11) // 2),
    "tokens": lambda size: "a " * (size // 2),
    "parens": lambda size: "(" * size,
}


def _measure(coder: Coder, text: str) -> tuple[float, float, float, float, str]:
    """Seconds, CPU seconds, peak resident MB, the largest piece process's peak MB and outcome
    of coding `text` in a forked child (CPU seconds are what the article costs whatever the
    load of a shared machine, its piece processes' included)."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read)
        started = time.perf_counter()
        try:
            coded = coder.code(Article(id="size", text=text))
            outcome = f"{len(coded.events)} events"
        except Exception as e:  # the figure to print is what happened, whatever it was
            outcome = type(e).__name__
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_SELF)  # this child's own, since the fork
        pieces = resource.getrusage(resource.RUSAGE_CHILDREN)  # its piece processes'
        peak_mb = usage.ru_maxrss / 1024
        piece_mb = pieces.ru_maxrss / 1024
        cpu = usage.ru_utime + usage.ru_stime + pieces.ru_utime + pieces.ru_stime
        os.write(write, json.dumps([seconds, cpu, peak_mb, piece_mb, outcome]).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    seconds, cpu, peak_mb, piece_mb, outcome = json.loads(data)
    return seconds, cpu, peak_mb, piece_mb, outcome


def main() -> None:
    max_bytes = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    shapes = sys.argv[2:] or list(SHAPES)
    coder = Coder()
    coder.code(Article(id="warm", text="Japan condemned North Korea's missile launch."))
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"coder loaded: {base_mb:,.0f} MB resident; pieces parsed in up to "
          f"{coder.parser.piece_jobs} processes; load average {os.getloadavg()[0]:.1f}")
    print(f"{'shape':<14}{'bytes':>11}{'seconds':>10}{'x prev':>8}{'CPU s':>8}{'x prev':>8}"
          f"{'peak MB':>10}{'piece MB':>10}  outcome")  # fmt: skip
    for shape in shapes:
        previous = previous_cpu = None
        size = START_BYTES
        while size <= max_bytes:
            seconds, cpu, peak_mb, piece_mb, outcome = _measure(coder, SHAPES[shape](size))
            ratio = f"{seconds / previous:8.2f}" if previous else " " * 8
            cpu_ratio = f"{cpu / previous_cpu:8.2f}" if previous_cpu else " " * 8
            pieces = f"{piece_mb:>10,.0f}" if piece_mb else f"{'-':>10}"
            print(f"{shape:<14}{size:>11,}{seconds:>10.2f}{ratio}{cpu:>8.2f}{cpu_ratio}"
                  f"{peak_mb:>10,.0f}{pieces}  {outcome}", flush=True)  # fmt: skip
            previous, previous_cpu = seconds, cpu
            size *= 2


if __name__ == "__main__":
    main()
