"""dyads against a stock spaCy parse of the same text: time, ratios and output identity.

Over the stories of ../shared/data/voa_stories.jsonl (or a JSONL given as the first argument),
in one run and in alternating rounds (median of three), so that the load of a shared machine
falls on every configuration alike:

1. in this process: the stock bare parse (`nlp.pipe` of the stock pipeline, as `spacy.load`
   gives it), dyads with the exact levers off, dyads in one process and with two jobs, and their
   ratios to the bare parse of the same round, in wall and in CPU seconds;
2. whole processes, start-up included: `dyads code` against a process that loads spaCy and
   parses the same texts;
3. output identity: the coded JSON with the exact levers on, off (the stock pipeline) and with
   two jobs, and the SHA-256 of each;
4. the size-doubling table of benchmarks/sizes.py (time and peak memory of one article per size,
   up to 1 MB), unless --skip-sizes.

The issue's floors: dyads at <= 0.65x the bare parse in one process, <= 0.45x with two jobs,
<= 0.8x as whole processes.
Usage: python benchmarks/throughput.py [STORIES.jsonl] [--rounds 3] [--skip-sizes]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from dyads import Coder
from dyads.ingest import read_inputs
from dyads.nlp.backend import choose_backend
from dyads.nlp.levers import CompiledGreedyParse
from dyads.records import Article, CodedArticle
from dyads.serialize import article_dict

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "data" / "voa_stories.jsonl"
DYADS = Path(sys.executable).with_name("dyads")

# A whole-process bare parse: what a user of spaCy alone would run over the same texts.
BARE_PROCESS = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def _cpu_timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds of this process (what a core of a cluster would spend, whatever
    the load of this machine) and the result of `run()`."""
    cpu = time.process_time()
    seconds, result = _timed(run)
    return seconds, time.process_time() - cpu, result


def _coded_json(items: object) -> str:
    return "\n".join(
        json.dumps(article_dict(c), ensure_ascii=False)
        for c in items  # type: ignore[attr-defined]
        if isinstance(c, CodedArticle)
    )


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _median_row(name: str, seconds: list[float], words: int, ratios: list[float] | None) -> str:
    middle = statistics.median(seconds)
    ratio = f"{statistics.median(ratios):6.2f}x" if ratios else "      -"
    runs = " ".join(f"{s:6.2f}" for s in seconds)
    return f"{name:<26}{middle:8.2f} s {words / middle:9,.0f} words/s {ratio}   rounds: {runs}"


def in_process(articles: list[Article], coder: Coder, rounds: int) -> list[str]:
    """Rounds of the bare parse, dyads in one process and with two jobs; identity of outputs."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    batch = coder.settings.batch_size
    bare = spacy.load(coder.settings.spacy_model)
    stock = coder.with_exact_levers(False)

    def bare_parse() -> None:
        for _doc in bare.pipe(texts, batch_size=batch):
            pass

    # Warm-up: first calls pay for set-up that a long run pays once.
    bare_parse()
    list(coder.code_many(articles[:4]))
    list(stock.code_many(articles[:4]))
    times: dict[str, list[float]] = {"bare": [], "stock": [], "one": [], "two": []}
    cpu: dict[str, list[float]] = {"bare": [], "stock": [], "one": []}
    outputs: dict[str, str] = {}
    for _ in range(rounds):
        seconds, cpu_seconds, _ = _cpu_timed(bare_parse)
        times["bare"].append(seconds)
        cpu["bare"].append(cpu_seconds)
        seconds, cpu_seconds, coded = _cpu_timed(lambda: list(stock.code_many(articles)))
        times["stock"].append(seconds)
        cpu["stock"].append(cpu_seconds)
        outputs["levers off (stock)"] = _coded_json(coded)
        seconds, cpu_seconds, coded = _cpu_timed(lambda: list(coder.code_many(articles)))
        times["one"].append(seconds)
        cpu["one"].append(cpu_seconds)
        outputs["levers on"] = _coded_json(coded)
        seconds, coded = _timed(lambda: list(coder.code_many(articles, jobs=2)))
        times["two"].append(seconds)
        outputs["levers on, --jobs 2"] = _coded_json(coded)

    events = sum(len(json.loads(line)["events"]) for line in outputs["levers on"].splitlines())
    cpu_ratios = [o / b for o, b in zip(cpu["one"], cpu["bare"], strict=True)]
    stock_cpu_ratios = [o / b for o, b in zip(cpu["stock"], cpu["bare"], strict=True)]
    stock_ratios = [o / b for o, b in zip(times["stock"], times["bare"], strict=True)]
    one = [o / b for o, b in zip(times["one"], times["bare"], strict=True)]
    two = [t / b for t, b in zip(times["two"], times["bare"], strict=True)]
    lines = [
        f"in one process, median of {rounds} alternating rounds (ratio: to the bare parse of "
        "the same round)",
        _median_row("stock bare parse", times["bare"], words, None),
        _median_row("dyads, levers off", times["stock"], words, stock_ratios),
        _median_row("dyads, one process", times["one"], words, one) + "   (floor 0.65x)",
        _median_row("dyads, --jobs 2", times["two"], words, two) + "   (floor 0.45x)",
        f"asserted events: {events:,}",
        f"CPU time, median: bare parse {statistics.median(cpu['bare']):.2f} s "
        f"({words / statistics.median(cpu['bare']):,.0f} words per CPU-second), dyads "
        f"{statistics.median(cpu['one']):.2f} s ({words / statistics.median(cpu['one']):,.0f} "
        f"words, {len(articles) / statistics.median(cpu['one']):.2f} stories per CPU-second); "
        f"dyads / bare {statistics.median(cpu_ratios):.2f}x, with the levers off "
        f"{statistics.median(stock_cpu_ratios):.2f}x",
        "",
        "output identity (coded JSON of every story)",
    ]
    reference = _sha(outputs["levers off (stock)"])
    for name, text in outputs.items():
        same = "identical" if _sha(text) == reference else "DIFFERENT"
        lines.append(f"{name:<26}sha256 {_sha(text)}  {same}")
    return lines


def whole_processes(path: Path, coder: Coder, rounds: int) -> list[str]:
    """Alternating rounds of whole processes: a bare spaCy parse, `dyads code`, `--jobs 2`."""
    model, batch = coder.settings.spacy_model, str(coder.settings.batch_size)
    commands = {
        "bare spaCy process": [sys.executable, "-c", BARE_PROCESS, model, str(path), batch],
        "dyads code": [str(DYADS), "code", "--format", "json", str(path)],
        "dyads code --jobs 2": [str(DYADS), "code", "--format", "json", "--jobs", "2", str(path)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            seconds, _ = _timed(
                lambda c=command: subprocess.run(c, check=True, stdout=subprocess.DEVNULL)
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[name].append(seconds)
            cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    bare, bare_cpu = times["bare spaCy process"], cpu["bare spaCy process"]
    lines = [
        f"whole processes, start-up included, median of {rounds} alternating rounds "
        "(wall and CPU seconds, each with its ratio to the bare process of the same round)"
    ]
    for name, seconds in times.items():
        ratios = [s / b for s, b in zip(seconds, bare, strict=True)]
        cpu_ratios = [s / b for s, b in zip(cpu[name], bare_cpu, strict=True)]
        floor = "" if name.startswith("bare") else "   (floor 0.80x)"
        lines.append(
            f"{name:<26}{statistics.median(seconds):8.2f} s {statistics.median(ratios):6.2f}x  "
            f"CPU {statistics.median(cpu[name]):7.2f} s {statistics.median(cpu_ratios):6.2f}x"
            "   rounds: " + " ".join(f"{s:6.2f}" for s in seconds) + floor
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-sizes", action="store_true")
    args = parser.parse_args()
    if not args.stories.is_file():
        sys.exit(f"benchmark corpus not found: {args.stories} (pass a JSONL path)")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    coder = Coder()
    startup = time.perf_counter() - started
    articles = [a for a in read_inputs([str(args.stories)], 10**6) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus  {args.stories.name}: {len(articles)} stories, {words:,} words")
    print(f"machine {os.cpu_count()} cores, load average {load_before:.1f} at the start")
    print(f"Coder() {startup:.2f} s in this process (start-up cache as found)")
    setting = coder.settings.numeric_backend
    backends = {jobs: choose_backend(coder.parser.nlp, setting, jobs) for jobs in (2, 1)}
    print(f"numerical backend ({setting}): one process {backends[1]}, --jobs 2 {backends[2]} "
          "(probe timed once per machine and cached)")
    nlp = coder.parser.nlp
    compiled = [n for n in ("parser", "ner") if isinstance(nlp.get_pipe(n), CompiledGreedyParse)]
    print(f"compiled greedy parse: {', '.join(compiled) or 'none (the module was not built)'}")
    print()
    for line in in_process(articles, coder, args.rounds):
        print(line, flush=True)
    print()
    for line in whole_processes(args.stories, coder, args.rounds):
        print(line, flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    if not args.skip_sizes:
        print()
        print("one article per doubling size (benchmarks/sizes.py news)", flush=True)
        subprocess.run([sys.executable, str(HERE / "sizes.py"), "1000000", "news"], check=True)


if __name__ == "__main__":
    main()
