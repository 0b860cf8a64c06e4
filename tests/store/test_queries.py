"""Untrusted SQL on the corpus store: one SELECT, inside the store, bounded in rows and time."""

from __future__ import annotations

import duckdb
import pytest

from dyads.errors import DyadsError, QueryError, StoreError
from dyads.records import Rejection
from dyads.store import Store, run_query


@pytest.fixture
def store_path(tmp_path):
    """A corpus file with three rejections, and beside it a secret file and another database."""
    path = tmp_path / "c.duckdb"
    with Store.open(path) as store:
        store.add_rejections(Rejection(f"in{n}.txt", "empty text") for n in range(3))
    (tmp_path / "secret.csv").write_text("name,password\nroot,hunter2\n", encoding="utf-8")
    other = duckdb.connect(str(tmp_path / "other.duckdb"))
    other.execute("CREATE TABLE victim AS SELECT 1 AS x")
    other.close()
    return path


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT * FROM read_csv('{dir}/secret.csv')", "not files"),
        ("SELECT * FROM read_csv('/etc/passwd')", "not files"),
        ("SELECT * FROM read_text('/etc/passwd')", "not files"),
        ("SELECT * FROM read_blob('/etc/passwd')", "not files"),
        ("SELECT * FROM glob('/root/*')", "not files"),
        ("SELECT * FROM glob('{dir}/*')", "not files"),
        ("COPY rejections TO '{dir}/out.csv'", "COPY statements are not allowed"),
        ("COPY (SELECT 1) TO '{dir}/out.csv'", "COPY statements are not allowed"),
        ("EXPORT DATABASE '{dir}/dump'", "EXPORT statements are not allowed"),
        ("ATTACH '{dir}/other.duckdb' AS other", "ATTACH statements are not allowed"),
        ("ATTACH '{dir}/other.duckdb' AS other; DROP TABLE other.victim", "2 statements"),
        ("DROP TABLE rejections", "DROP statements are not allowed"),
        ("DELETE FROM rejections", "DELETE statements are not allowed"),
        ("INSTALL httpfs", "INSTALL statements are not allowed"),
        ("LOAD httpfs", "LOAD statements are not allowed"),
        ("SET enable_external_access = true", "SET statements are not allowed"),
        ("SELECT 1; SELECT 2", "2 statements"),
        ("", "empty query"),
        ("   \n", "empty query"),
        ("SELEC 1", "not valid SQL"),
    ],
)
def test_hostile_queries_are_refused(store_path, sql, reason):
    folder = store_path.parent
    with pytest.raises(QueryError, match=reason):
        run_query(store_path, sql.format(dir=folder))
    assert not (folder / "out.csv").exists() and not (folder / "dump").exists()
    check = duckdb.connect(str(folder / "other.duckdb"), read_only=True)
    assert check.execute("SELECT x FROM victim").fetchall() == [(1,)]
    check.close()


@pytest.mark.parametrize(
    "sql",
    [
        # A SELECT that calls file functions deep inside still reaches DuckDB's own refusal.
        "SELECT (SELECT count(*) FROM read_text('/etc/passwd')) AS n",
        "WITH f AS (SELECT * FROM read_csv('/etc/passwd')) SELECT * FROM f",
    ],
)
def test_file_access_inside_a_select_is_refused_by_duckdb(store_path, sql):
    with pytest.raises(QueryError, match="not files"):
        run_query(store_path, sql)


def test_a_select_still_works(store_path):
    result = run_query(store_path, "SELECT input FROM rejections ORDER BY input")
    assert result.columns == ("input",)
    assert result.rows == [("in0.txt",), ("in1.txt",), ("in2.txt",)]
    assert not result.truncated


def test_rows_are_limited(store_path):
    result = run_query(store_path, "SELECT * FROM range(100000)", max_rows=10)
    assert len(result.rows) == 10 and result.truncated


def test_a_long_query_is_stopped(store_path):
    endless = "SELECT count(*) FROM range(100000000000) a, range(1000) b"
    with pytest.raises(QueryError, match="stopped after 0.5 s"):
        run_query(store_path, endless, timeout_s=0.5)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.duckdb", "no such corpus file"),
        (lambda d: d / "notes.duckdb", "not a DuckDB corpus file"),
    ],
)
def test_store_errors_say_the_real_reason(tmp_path, make, reason):
    (tmp_path / "notes.duckdb").write_text("just text\n", encoding="utf-8")
    with pytest.raises(StoreError, match=reason):
        run_query(make(tmp_path), "SELECT 1")


def test_a_store_in_a_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="directory .* does not exist"):
        Store.open(tmp_path / "nowhere" / "c.duckdb")


def test_query_errors_are_dyads_errors():
    assert issubclass(QueryError, DyadsError)


@pytest.mark.parametrize(
    "sql",
    [
        "COPY rejections TO '{dir}/out.csv'",
        "EXPORT DATABASE '{dir}/dump'",
        "ATTACH '{dir}/other.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "DELETE FROM rejections",
    ],
)
def test_the_sandbox_refuses_without_the_statement_gate(store_path, sql):
    """Defence in depth: DuckDB's own settings refuse what the SELECT-only gate also stops."""
    from dyads.store.queries import execute

    folder = store_path.parent
    with Store.open_sandboxed(store_path) as store, pytest.raises(QueryError):
        execute(store, sql.format(dir=folder))
    assert not (folder / "out.csv").exists() and not (folder / "dump").exists()
