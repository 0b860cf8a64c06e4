"""The corpus store: schema migrations, storing coded articles once, event clusters."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dyads.errors import StoreError
from dyads.records import Article
from dyads.store import Store
from dyads.store.schema import MIGRATIONS


def _coded(coder, text, date="2022-03-01", source="outlet", id="a"):
    return coder.code(
        Article(id=id, text=text, date=dt.date.fromisoformat(date), source=source, url=id)
    )


def test_migrations_are_recorded_and_safe_to_apply_again(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store.open(path) as store:
        assert store.version() == len(MIGRATIONS)
        assert store.migrate() == []
    with Store.open(path) as store:
        rows = store.db.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert [v for v, _ in rows] == [m[0] for m in MIGRATIONS]


def test_articles_are_stored_once(tmp_path, coder):
    first = _coded(coder, "France condemned Russia's missile test on Monday.")
    with Store.open(tmp_path / "c.duckdb") as store:
        assert store.add([first, first]) == 1
        assert store.add([first]) == 0
        counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == len(first.events) > 0
    assert counts["actors"] == len(first.actors) and counts["stances"] == len(first.stances)


def test_events_keep_their_date_place_and_roles(tmp_path, coder):
    coded = _coded(coder, "Russia and Ukraine held talks in Istanbul on Tuesday.", "2022-03-31")
    with Store.open(tmp_path / "c.duckdb") as store:
        store.add([coded])
        rows = store.db.execute(
            "SELECT cameo, source_code, target_code, date, date_source, location_name, "
            "location_country FROM events ORDER BY event_id"
        ).fetchall()
    assert ("040", "RUS", "UKR", dt.date(2022, 3, 29), "text", "Istanbul", "TUR") in rows


def test_reports_of_one_event_are_one_cluster(tmp_path, coder):
    text = "France condemned Russia's missile test on Monday. Story {}."
    reports = [
        _coded(coder, text.format(1), "2022-03-01", "outlet-a", "a"),
        _coded(coder, text.format(2), "2022-03-02", "outlet-b", "b"),
        _coded(coder, text.format(3), "2022-03-20", "outlet-a", "c"),  # outside the window
    ]
    with Store.open(tmp_path / "c.duckdb") as store:
        store.add(reports)
        store.rebuild_clusters(window_days=3)
        clusters = store.db.execute(
            "SELECT num_mentions, num_sources, num_articles FROM clusters "
            "WHERE source_code = 'FRA' AND target_code = 'RUS' AND root = '11' ORDER BY first_date"
        ).fetchall()
    assert clusters == [(2, 2, 2), (1, 1, 1)]


def test_rejections_are_recorded_once(tmp_path):
    from dyads.records import Rejection

    rejection = Rejection("bad.txt", "text is empty")
    with Store.open(tmp_path / "c.duckdb") as store:
        store.add_rejections([rejection])
        store.add_rejections([rejection])
        assert store.counts()["rejections"] == 1


def test_reading_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such corpus file"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_a_store_in_use_is_a_clear_error(tmp_path):
    path = tmp_path / "c.duckdb"
    Store.open(path).close()
    holder = duckdb.connect(str(path))
    try:
        with pytest.raises(StoreError, match="already open in this process"):
            Store.open(path, read_only=True)
    finally:
        holder.close()


def test_a_store_locked_by_another_process_names_it(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "c.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=f"in use by process {holder.pid}"):
            Store.open(path, read_only=True)
    finally:
        holder.communicate("", timeout=30)
