"""Fuzz `dyads.code` and the JSONL reader with N odd inputs; print the outcomes and the slowest.

Every outcome should be a coded article or a DyadsError (an input refused with its reason); an
exception of another kind, or a CodingError (a bug the coder's guard caught), is a finding.
The inputs come from tests/fuzz_inputs.py, the generator of the suite's fuzz test, with larger
repeated shapes.
Usage: python benchmarks/fuzz.py [N] [SEED] [SIZE]   (defaults: 10000 14 5000)
"""

from __future__ import annotations

import io
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import dyads  # noqa: E402
from dyads.errors import CodingError, DyadsError  # noqa: E402
from dyads.ingest import read_inputs  # noqa: E402
from dyads.records import Article, Rejection  # noqa: E402
from fuzz_inputs import fuzz_inputs  # noqa: E402

SLOW_SECONDS = 10.0


def _size(text: object) -> int:
    return len(text) if isinstance(text, str | bytes) else 0


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 5_000
    dyads.code("Japan condemned North Korea.")  # load the default coder before timing
    coder = dyads._default_coder
    assert coder is not None
    outcomes: Counter[str] = Counter()
    findings: list[str] = []
    timings: list[tuple[float, int, str, int]] = []
    started = time.perf_counter()
    for n, (category, text, date, article_id) in enumerate(fuzz_inputs(seed, count, size)):
        began = time.perf_counter()
        try:
            if category == "jsonl":
                items = list(read_inputs(["-"], 1_000_000, stdin=io.BytesIO(text)))
                articles = [i for i in items if isinstance(i, Article)]
                coded = list(coder.code_many(articles))
                outcome = "jsonl: " + ", ".join(
                    sorted({"rejected" if isinstance(i, Rejection) else "read" for i in items})
                )
                for c in coded:
                    if isinstance(c, Rejection):
                        findings.append(f"input {n} ({category}): {c.reason}")
            else:
                dyads.code(text, date=date, id=article_id)
                outcome = "coded"
        except CodingError as e:
            outcome = "CodingError (a caught bug)"
            findings.append(f"input {n} ({category}): {e}")
        except DyadsError as e:
            outcome = f"refused: {type(e).__name__}"
        except Exception as e:  # what fuzzing is for: count it and go on
            outcome = f"ESCAPED: {type(e).__name__}"
            findings.append(f"input {n} ({category}): {type(e).__name__}: {e}"[:300])
        seconds = time.perf_counter() - began
        outcomes[outcome] += 1
        timings.append((seconds, n, category, _size(text)))
        if (n + 1) % 100 == 0:
            print(f"... {n + 1} inputs, {time.perf_counter() - started:.0f} s", flush=True)
    total = time.perf_counter() - started
    print(f"{count} inputs (seed {seed}, shapes up to {size}) in {total:.0f} s")
    for outcome, number in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {number:>7}  {outcome}")
    escaped = sum(v for k, v in outcomes.items() if k.startswith("ESCAPED"))
    slow = sum(1 for t in timings if t[0] > SLOW_SECONDS)
    print(f"exceptions outside dyads' tree: {escaped}; inputs over {SLOW_SECONDS:g} s: {slow}")
    print("slowest inputs:")
    for seconds, n, category, length in sorted(timings, reverse=True)[:10]:
        print(f"  {seconds:7.2f} s  input {n:>6}  {category:<18} {length:>8,} chars")
    if findings:
        print("findings:")
        for finding in findings[:50]:
            print("  " + finding)


if __name__ == "__main__":
    main()
