"""Load on `dyads serve`: 2,000 requests from 16 concurrent clients, a mix of /events, /pairs,
/articles/{id} and /code, against the app on 127.0.0.1. Prints requests per second, p50 and p95
latency (overall and per endpoint) and the count of server errors (5xx).

    dyads ingest ../shared/data/voa_stories.jsonl --db /tmp/voa.duckdb
    python benchmarks/serve_load.py --db /tmp/voa.duckdb

The app is started here, by uvicorn in a subprocess on a free loopback port, and stopped at the
end; the run is bounded by --requests and --max-seconds. The coder is loaded by a first /code
request before the clock starts, as a long-running server would have it.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx

# Shares of the requests, by kind: reading dominates, coding is the expensive minority.
MIX = {"events": 0.4, "pairs": 0.2, "articles": 0.3, "code": 0.1}
CODE_TEXTS = [
    "Japan condemned North Korea's missile launch on Monday.",
    "France and Germany agreed to impose new sanctions on Russia over the war.",
    "The United States offered humanitarian aid to Sudan, officials said on Friday.",
    "Turkey accused Syria of shelling border villages and threatened to retaliate.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a corpus file made by `dyads ingest`")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    if not Path(args.db).is_file():
        sys.exit(f"{args.db}: no such corpus file; make it with `dyads ingest`")
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dyads"), "serve", "--db", args.db,
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,  # uvicorn's access log; its errors go to our stderr
        env={k: v for k, v in os.environ.items() if k != "DYADS_API_TOKEN"},
    )  # fmt: skip
    try:
        asyncio.run(_run(f"http://127.0.0.1:{port}", args))
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _run(base: str, args: argparse.Namespace) -> None:
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(base_url=base, timeout=120.0, limits=limits) as client:
        await _wait_until_up(client)
        ids = await _article_ids(client)
        # Warm up: load the coder once, outside the measured run.
        await client.post("/code", json={"text": CODE_TEXTS[0]})
        plan = _plan(args.requests, ids, random.Random(args.seed))
        queue: asyncio.Queue[tuple[str, str, dict]] = asyncio.Queue()
        for item in plan:
            queue.put_nowait(item)
        results: list[tuple[str, int, float]] = []
        deadline = time.monotonic() + args.max_seconds
        started = time.monotonic()
        await asyncio.gather(
            *(_client(client, queue, results, deadline) for _ in range(args.clients))
        )
        elapsed = time.monotonic() - started
    _report(results, elapsed, args)


async def _client(client, queue, results, deadline) -> None:
    while not queue.empty() and time.monotonic() < deadline:
        kind, path, kwargs = queue.get_nowait()
        began = time.monotonic()
        try:
            if kind == "code":
                response = await client.post(path, **kwargs)
            else:
                response = await client.get(path, **kwargs)
            status = response.status_code
        except httpx.HTTPError:
            status = 599  # no answer at all counts as a server error
        results.append((kind, status, time.monotonic() - began))


def _plan(count: int, ids: list[str], rng: random.Random) -> list[tuple[str, str, dict]]:
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=count)
    roots = itertools.cycle(["01", "04", "11", "19", None])
    plan = []
    for kind in kinds:
        if kind == "events":
            params = {"limit": 50, "offset": rng.choice([0, 50, 100])}
            root = next(roots)
            if root:
                params["root"] = root
            plan.append((kind, "/events", {"params": params}))
        elif kind == "pairs":
            plan.append((kind, "/pairs", {"params": {"top": 20}}))
        elif kind == "articles":
            plan.append((kind, f"/articles/{rng.choice(ids)}", {}))
        else:
            plan.append((kind, "/code", {"json": {"text": rng.choice(CODE_TEXTS)}}))
    return plan


async def _wait_until_up(client) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if (await client.get("/health")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            sys.exit("the server did not start within 60 s")
        await asyncio.sleep(0.2)


async def _article_ids(client) -> list[str]:
    body = (await client.get("/articles", params={"limit": 500})).json()
    ids = [a["id"] for a in body["articles"]]
    if not ids:
        sys.exit("the corpus file has no articles")
    return ids


def _report(results: list[tuple[str, int, float]], elapsed: float, args) -> None:
    def line(name: str, rows: list[tuple[str, int, float]]) -> str:
        times = sorted(r[2] for r in rows)
        p50 = statistics.median(times) * 1000
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))] * 1000
        errors = sum(1 for r in rows if r[1] >= 500)
        return f"{name:<10} {len(rows):>6} {p50:>9.1f} {p95:>9.1f} {errors:>5}"

    done = len(results)
    print(f"dyads serve load: {done} of {args.requests} requests, {args.clients} clients, "
          f"{elapsed:.1f} s, {done / elapsed:.1f} requests/s")  # fmt: skip
    print(f"{'endpoint':<10} {'count':>6} {'p50 ms':>9} {'p95 ms':>9} {'5xx':>5}")
    print(line("all", results))
    for kind in MIX:
        rows = [r for r in results if r[0] == kind]
        if rows:
            print(line(kind, rows))
    statuses = sorted({r[1] for r in results})
    print(f"statuses: {', '.join(str(s) for s in statuses)}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    main()
