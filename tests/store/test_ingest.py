"""Ingest: nothing lost and nothing doubled, whatever the interruption; parallel coding gives
the same rows as one process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyads.config import Settings
from dyads.store import Store
from dyads.store.ingest import ingest
from sample_texts import corpus

# The rows an ingest writes, independent of keys and of the order articles were coded in.
CONTENT = {
    "articles": "SELECT hash, id, date FROM articles",
    "events": "SELECT a.hash, e.event_id, e.cameo, e.source_code, e.target_code, e.date, "
    "e.location_name FROM events e JOIN articles a USING (article_key)",
    "actors": "SELECT a.hash, x.actor_id, x.code FROM actors x JOIN articles a USING (article_key)",
    "quotes": "SELECT a.hash, q.quote_id, q.text FROM quotes q JOIN articles a USING (article_key)",
    "stances": "SELECT a.hash, s.actor, s.toward, s.dimension, s.score FROM stances s "
    "JOIN articles a USING (article_key)",
    "clusters": "SELECT source_code, target_code, root, first_date, num_mentions, num_articles "
    "FROM clusters",
}


def _content(path: Path) -> dict[str, list]:
    with Store.open(path, read_only=True) as store:
        return {name: sorted(store.db.execute(sql).fetchall(), key=repr)
                for name, sql in CONTENT.items()}  # fmt: skip


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "stories.jsonl"
    lines = [json.dumps(r) for r in corpus(24)] + ["{not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(stories, tmp_path_factory) -> dict[str, list]:
    """The rows of one uninterrupted ingest in this process."""
    path = tmp_path_factory.mktemp("reference") / "c.duckdb"
    report = ingest([str(stories)], path, Settings())
    assert (report.added, report.rejected) == (24, 1)
    return _content(path)


def test_ingesting_again_adds_nothing(stories, reference, tmp_path):
    path = tmp_path / "c.duckdb"
    ingest([str(stories)], path, Settings())
    again = ingest([str(stories)], path, Settings())
    assert (again.added, again.skipped, again.events) == (0, 24, 0)
    assert _content(path) == reference
    with Store.open(path, read_only=True) as store:
        assert store.counts()["rejections"] == 1


def test_two_workers_store_what_one_does(stories, reference, tmp_path):
    path = tmp_path / "c.duckdb"
    ingest([str(stories)], path, Settings(batch_size=4), workers=2)
    assert _content(path) == reference


def test_a_dask_cluster_stores_what_one_process_does(stories, reference, tmp_path):
    from distributed import LocalCluster

    path = tmp_path / "c.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        ingest([str(stories)], path, Settings(batch_size=4), scheduler=cluster.scheduler_address)
    assert _content(path) == reference


def _ingest_command(stories: Path, db: Path) -> list[str]:
    script = Path(sys.executable).parent / "dyads"
    return [str(script), "ingest", str(stories), "--db", str(db)]


@pytest.mark.parametrize(
    ("stop", "after_seconds"),
    [
        (signal.SIGKILL, 0.5),  # before the model has loaded
        (signal.SIGKILL, 5.0),  # while batches are being coded and stored
        (signal.SIGKILL, 7.0),
        (signal.SIGINT, 5.5),  # Ctrl-C
    ],
)
def test_an_interrupted_ingest_run_again_ends_with_the_same_rows(
    stories, reference, tmp_path, stop, after_seconds
):
    db = tmp_path / "c.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}
    env["DYADS_BATCH_SIZE"] = "2"  # many small transactions, so the stop lands between some
    process = subprocess.Popen(
        _ingest_command(stories, db), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    time.sleep(after_seconds)
    process.send_signal(stop)
    process.communicate(timeout=60)
    finished = subprocess.run(
        _ingest_command(stories, db), env=env, capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == 1, finished.stderr  # the bad JSONL line is a rejection
    assert _content(db) == reference


def test_poison_records_are_stored_rejections_and_a_rerun_finishes_the_rest(tmp_path):
    """The records that once stopped an ingest at the same place on every run."""
    good = list(corpus(4))
    poison = [
        '{"id": "deep", "text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": ' + "9" * 5000 + ', "text": "Japan said so."}',
        json.dumps({"id": "far", "text": "Japan met Korea on Monday.", "date": "9999-12-31"}),
        json.dumps({"id": "rel", "text": "Japan met Korea on Monday.", "date": "yesterday"}),
    ]
    lines = [json.dumps(good[0]), *poison[:2], json.dumps(good[1]), *poison[2:],
             *(json.dumps(r) for r in good[2:])]  # fmt: skip
    # A lone surrogate is no poison now: it is replaced and its record coded.
    lines.append('{"id": "surrogate", "text": "Japan condemned North Korea.\\ud800"}')
    stories = tmp_path / "stories.jsonl"
    stories.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    first = ingest([str(stories)], db, Settings(batch_size=2))
    assert (first.added, first.rejected) == (5, 4)
    again = ingest([str(stories)], db, Settings(batch_size=2))
    assert (again.added, again.skipped, again.rejected) == (0, 5, 4)
    with Store.open(db, read_only=True) as store:
        assert store.counts()["rejections"] == 4
        ids = {row[0] for row in store.db.execute("SELECT id FROM rejections").fetchall()}
    assert {"far", "rel"} <= ids  # the others are not JSON that can be read for an id
