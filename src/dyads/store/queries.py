"""Read-only questions to the corpus store: any SQL, the most active pairs, a pair's timeline.

Untrusted SQL (`run_query`, for `dyads query` and an HTTP API) passes two gates: it must be one
SELECT statement, and it runs on a sandboxed read-only connection (`Store.open_sandboxed`) where
DuckDB itself refuses files, other databases and extensions. A row limit and a timeout bound
what one query can cost.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb

from ..errors import QueryError
from ..records import QueryResult
from .db import Store

DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT_S = 30.0
# Statements a read-only question may be: a query, and a query's plan.
_ALLOWED_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def run_query(
    db_path: str | Path,
    sql: str,
    max_rows: int = DEFAULT_MAX_ROWS,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> QueryResult:
    """The first `max_rows` rows of one SELECT statement `sql` on the store at `db_path`.

    Raises QueryError when `sql` is empty, is more than one statement or not a SELECT, touches
    anything outside the store (files, other databases, extensions), fails, or runs longer than
    `timeout_s` seconds; StoreError when the store cannot be opened.
    """
    check_query(sql)
    with Store.open_sandboxed(db_path) as store:
        return execute(store, sql, max_rows=max_rows, timeout_s=timeout_s)


def check_query(sql: str) -> None:
    """Raises QueryError unless `sql` is exactly one SELECT statement."""
    if not sql.strip():
        raise QueryError("empty query; give one SELECT statement, e.g. SELECT count(*) FROM events")
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(f"query is not valid SQL: {_first_line(e)}") from e
    if len(statements) != 1:
        raise QueryError(
            f"query has {len(statements)} statements; give exactly one SELECT statement"
        )
    statement = statements[0]
    if statement.type not in _ALLOWED_STATEMENTS:
        # The statement's own first word: DuckDB files INSTALL under LOAD.
        words = statement.query.split(None, 1)
        name = words[0].upper() if words and words[0].isalpha() else statement.type.name
        raise QueryError(
            f"refused: {name} statements are not allowed; queries are read-only, "
            "give one SELECT statement"
        )


def execute(
    store: Store,
    sql: str,
    params: list[Any] | dict[str, Any] | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> QueryResult:
    """The first `max_rows` rows of `sql` on an open store, interrupted after `timeout_s`
    seconds. Raises QueryError with DuckDB's reason for a bad or refused query."""
    # DuckDB checks no clock of its own; a timer thread interrupts the connection instead.
    timer = threading.Timer(timeout_s, store.db.interrupt)
    timer.daemon = True
    timer.start()
    try:
        cursor = store.db.execute(sql, params if params is not None else [])
        if cursor.description is None:
            return QueryResult((), [])
        rows = cursor.fetchmany(max_rows + 1)
    except duckdb.InterruptException as e:
        raise QueryError(
            f"query stopped after {timeout_s:g} s (the time limit); narrow it with WHERE or LIMIT"
        ) from e
    except duckdb.PermissionException as e:
        raise QueryError(
            f"refused: queries read only the corpus store, not files ({_first_line(e)})"
        ) from e
    except duckdb.Error as e:
        raise QueryError(f"query failed: {_first_line(e)}") from e
    finally:
        timer.cancel()
    columns = tuple(d[0] for d in cursor.description)
    return QueryResult(columns, rows[:max_rows], truncated=len(rows) > max_rows)


def pairs(store: Store, top: int = 20, unit: str = "events") -> QueryResult:
    """The most active source-target pairs: counts per quad class and mean Goldstein, counted
    as events (every report) or clusters (every event once)."""
    count = "count(DISTINCT cluster_id)" if unit == "clusters" else "count(*)"
    quads = ", ".join(f"{count} FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
    return execute(
        store,
        f"""
        SELECT source_code AS source, target_code AS target, {count} AS {unit}, {quads},
               round(avg(goldstein), 2) AS mean_goldstein
        FROM events
        WHERE source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY 1, 2
        ORDER BY {unit} DESC, source, target
        LIMIT {int(top)}
        """,
    )


def timeline(store: Store, a: str, b: str, unit: str = "events") -> QueryResult:
    """Day by day, the events between codes `a` and `b` in both directions ("USA" covers
    "USAGOV"): counts and mean Goldstein."""
    count = "count(DISTINCT cluster_id)" if unit == "clusters" else "count(*)"
    a, b = a.upper(), b.upper()
    return execute(
        store,
        f"""
        SELECT date,
               CASE WHEN starts_with(source_code, $a) THEN $a || '>' || $b
                    ELSE $b || '>' || $a END AS direction,
               {count} AS {unit}, round(avg(goldstein), 2) AS mean_goldstein
        FROM events
        WHERE date IS NOT NULL
          AND ((starts_with(source_code, $a) AND starts_with(target_code, $b))
            OR (starts_with(source_code, $b) AND starts_with(target_code, $a)))
        GROUP BY 1, 2
        ORDER BY 1, 2
        """,
        {"a": a, "b": b},
    )


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0]
