"""`dyads serve`: the command starts the API on loopback over a corpus file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from dyads.cli import cli


def test_serve_a_missing_corpus_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "none.duckdb: no such corpus file" in result.output


def test_serve_answers_on_loopback_with_writes_off(served_copy):
    """The real command, as a person runs it (it loads no spaCy until text is coded)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dyads"), "serve", "--db", str(served_copy),
         "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        health = _get_when_up(f"http://127.0.0.1:{port}/health")
        assert health["writes"] is False and health["counts"]["articles"] == 4
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as page:
            assert b"/static/app.js" in page.read()
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get_when_up(url: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
