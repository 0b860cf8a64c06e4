"""Time and peak memory of coding one article, per doubling size, for news and for odd shapes.

Each measurement runs in a process forked from one that has loaded the coder, so that its peak
resident memory (the whole process: model and all) belongs to that one article. Time that
doubles with the size is linear; time that quadruples is quadratic.
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


def _measure(coder: Coder, text: str) -> tuple[float, float, float, str]:
    """Seconds, CPU seconds, peak resident MB and outcome of coding `text` in a forked child
    (CPU seconds are what the article costs whatever the load of a shared machine)."""
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
        peak_mb = usage.ru_maxrss / 1024
        cpu = usage.ru_utime + usage.ru_stime
        os.write(write, json.dumps([seconds, cpu, peak_mb, outcome]).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    seconds, cpu, peak_mb, outcome = json.loads(data)
    return seconds, cpu, peak_mb, outcome


def main() -> None:
    max_bytes = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    shapes = sys.argv[2:] or list(SHAPES)
    coder = Coder()
    coder.code(Article(id="warm", text="Japan condemned North Korea's missile launch."))
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"coder loaded: {base_mb:,.0f} MB resident")
    print(f"{'shape':<14}{'bytes':>11}{'seconds':>10}{'x prev':>8}{'CPU s':>8}{'peak MB':>10}"
          "  outcome")  # fmt: skip
    for shape in shapes:
        previous = None
        size = START_BYTES
        while size <= max_bytes:
            seconds, cpu, peak_mb, outcome = _measure(coder, SHAPES[shape](size))
            ratio = f"{seconds / previous:8.2f}" if previous else " " * 8
            print(f"{shape:<14}{size:>11,}{seconds:>10.2f}{ratio}{cpu:>8.2f}{peak_mb:>10,.0f}"
                  f"  {outcome}", flush=True)  # fmt: skip
            previous = seconds
            size *= 2


if __name__ == "__main__":
    main()
