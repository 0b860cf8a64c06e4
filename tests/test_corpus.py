"""Coding a corpus in worker processes: the workers do not outlive the process that started
them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sample_texts import corpus


def _children(pid: int) -> set[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return {int(p) for p in found.stdout.split()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead; only its parent's wait would clear it.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    stories = tmp_path / "stories.jsonl"
    stories.write_text("\n".join(json.dumps(r) for r in corpus(24)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}
    env["DYADS_BATCH_SIZE"] = "2"
    script = Path(sys.executable).parent / "dyads"
    parent = subprocess.Popen(
        [str(script), "ingest", str(stories), "--db", str(tmp_path / "c.duckdb"), "--workers",
         "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            time.sleep(0.5)
            workers = {p for p in _children(parent.pid) if "spawn_main" in _cmdline(p)}
        assert len(workers) >= 2, "the workers never started"
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 60
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not any(_alive(w) for w in workers)
    finally:
        if parent.poll() is None:
            parent.kill()


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""
