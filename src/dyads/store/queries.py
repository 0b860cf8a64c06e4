"""Read-only questions to the corpus store: any SQL, the most active pairs, a pair's timeline."""

from __future__ import annotations

from typing import Any

import duckdb

from ..errors import StoreError
from ..records import QueryResult
from .db import Store


def run_query(
    store: Store, sql: str, params: list[Any] | dict[str, Any] | None = None
) -> QueryResult:
    """The result of `sql` on a store opened read-only (writes fail there). Raises StoreError
    with DuckDB's reason for a bad query."""
    try:
        cursor = store.db.execute(sql, params if params is not None else [])
    except duckdb.Error as e:
        raise StoreError(f"query failed: {str(e).splitlines()[0]}") from e
    if cursor.description is None:
        return QueryResult((), [])
    return QueryResult(tuple(d[0] for d in cursor.description), cursor.fetchall())


def pairs(store: Store, top: int = 20, unit: str = "events") -> QueryResult:
    """The most active source-target pairs: counts per quad class and mean Goldstein, counted
    as events (every report) or clusters (every event once)."""
    count = "count(DISTINCT cluster_id)" if unit == "clusters" else "count(*)"
    quads = ", ".join(f"{count} FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
    return run_query(
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
    return run_query(
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
        {"a": a, "b": b},  # type: ignore[arg-type]
    )
