"""The corpus store: coded articles in a DuckDB file (embedded; nothing to start).

An article is stored once, keyed by the hash of its text, with its actors, events, quotes and
stances, in one transaction per batch: an ingest interrupted anywhere and run again ends with
the rows an uninterrupted run gives, and an article stored before is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..records import Article, CodedArticle, Event, EventActor, Evidence, Rejection, Stance
from ..serialize import evidence_dict, location_dict
from .schema import MIGRATIONS

DEFAULT_DB = "dyads.duckdb"
# An article's information source, as GDELT counts NumSources and names MentionSourceName: its
# `source`, else the domain of its url (without "www."), else the input it was read from.
SOURCE_NAME = (
    "coalesce(a.source, "
    "nullif(regexp_extract(a.url, '^[a-zA-Z]+://(?:www\\.)?([^/:?#]+)', 1), ''), a.input)"
)

# The connection settings for untrusted SQL. External access off stops read_csv, read_text,
# glob, COPY, EXPORT, ATTACH and INSTALL; the lock stops a statement from turning it back on.
SANDBOX_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "memory_limit": "1GB",
    "lock_configuration": True,
}


def content_hash(text: str) -> str:
    """The key an article is stored under: the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """One open DuckDB corpus file. Open with `Store.open(path)`; close when done (or use it as a
    context manager)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:
        """Open (and, for writing, create and migrate) the store at `path`. Raises StoreError
        saying why it cannot: a missing file or directory, a file that is not a DuckDB
        database, or a file another process is writing."""
        return cls._connect(Path(path), read_only, {})

    @classmethod
    def open_sandboxed(cls, path: str | Path = DEFAULT_DB) -> Store:
        """Open the store at `path` read-only for untrusted SQL: DuckDB's own protections keep a
        query inside the store (no file reads or writes, no other databases, no extensions), and
        the configuration is locked so that no statement can lift them."""
        return cls._connect(Path(path), True, SANDBOX_CONFIG)

    @classmethod
    def _connect(cls, path: Path, read_only: bool, config: dict[str, Any]) -> Store:
        if read_only and not path.exists():
            raise StoreError(f"{path}: no such corpus file; create it with `dyads ingest`")
        if not read_only and not path.parent.is_dir():
            raise StoreError(f"{path}: directory {path.parent} does not exist; create it first")
        if path.is_dir():
            raise StoreError(f"{path}: is a directory; give a corpus file (.duckdb)")
        try:
            connection = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as e:
            raise StoreError(f"{path}: {_open_failure(e)}") from e
        store = cls(connection, path)
        try:
            if not read_only:
                store.migrate()
            elif store.version() < len(MIGRATIONS):
                raise StoreError(
                    f"{path}: schema is older than this dyads; run `dyads ingest` on it"
                )
        except BaseException:
            connection.close()
            raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- schema ----------------------------------------------------------------------------------

    def version(self) -> int:
        exists = self.db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; returns their numbers."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        applied = []
        for version, name, sql in MIGRATIONS:
            if version <= self.version():
                continue
            self.db.execute("BEGIN TRANSACTION")
            try:
                self.db.execute(sql)
                self.db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()]
                )
                self.db.execute("COMMIT")
            except duckdb.Error:
                self.db.execute("ROLLBACK")
                raise
            applied.append(version)
        return applied

    # -- writing ---------------------------------------------------------------------------------

    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of `hashes` are stored already."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.db.execute(
            "SELECT hash FROM articles WHERE hash IN (SELECT unnest(?))", [wanted]
        ).fetchall()
        return {r[0] for r in rows}

    def add(self, batch: Iterable[CodedArticle]) -> int:
        """Store a batch of coded articles in one transaction; articles already stored (by text
        hash) are skipped. Returns how many were added."""
        rows: dict[str, list[list[Any]]] = {t: [] for t in _INSERTS}
        fresh: dict[str, CodedArticle] = {}
        for coded in batch:
            fresh.setdefault(content_hash(coded.article.text), coded)
        self.db.execute("BEGIN TRANSACTION")
        try:
            for digest in self.known(fresh):
                del fresh[digest]
            for digest, coded in fresh.items():
                key = self._add_article(digest, coded)
                for table, make in _ROWS.items():
                    rows[table] += make(key, coded)
            for table, values in rows.items():
                self._insert(_INSERTS[table], values)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(fresh)

    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejected inputs, once each."""
        rows = [
            [f"{r.input}\x1f{r.id or ''}\x1f{r.reason}", r.input, r.id, r.reason, _now()]
            for r in rejections
        ]
        if rows:
            self.db.executemany(
                "INSERT INTO rejections VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows
            )

    def _insert(self, into: str, rows: list[list[Any]]) -> None:
        """Insert `rows` with multi-row VALUES statements: DuckDB binds them ten times faster
        than executemany, which would make the single writer the bottleneck of a parallel
        ingest."""
        for start in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[start : start + _ROWS_PER_STATEMENT]
            placeholders = "(" + ", ".join("?" for _ in chunk[0]) + ")"
            self.db.execute(
                f"{into} VALUES {', '.join(placeholders for _ in chunk)}",
                [value for row in chunk for value in row],
            )

    def _add_article(self, digest: str, coded: CodedArticle) -> int:
        a = coded.article
        row = self.db.execute(
            "INSERT INTO articles (hash, id, title, date, place, url, source, input, text, "
            "metadata, dateline, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING article_key",
            [
                digest, a.id, a.title, a.date, a.place, a.url, a.source, a.input, a.text,
                json.dumps(dict(a.metadata), ensure_ascii=False, default=str),
                json.dumps(location_dict(coded.dateline)), _now(),
            ],
        ).fetchone()  # fmt: skip
        return int(row[0])  # type: ignore[index]

    # -- event clusters --------------------------------------------------------------------------

    def rebuild_clusters(self, window_days: int) -> int:
        """Link the events that report the same event: the same source, target and CAMEO root,
        each within `window_days` of the one before. Returns the number of clusters."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute(_CLUSTER_SQL, [window_days])
            self.db.execute(
                "UPDATE events SET cluster_id = c.cluster_id FROM event_clusters c "
                "WHERE events.event_key = c.event_key"
            )
            self.db.execute("DELETE FROM clusters")
            self.db.execute(
                f"""
                INSERT INTO clusters
                SELECT e.cluster_id, any_value(e.source_code), any_value(e.target_code),
                       any_value(e.root), min(e.date), max(e.date), count(*),
                       count(DISTINCT {SOURCE_NAME}), count(DISTINCT e.article_key)
                FROM events e JOIN articles a USING (article_key)
                GROUP BY e.cluster_id
                """
            )
            self.db.execute("DROP TABLE event_clusters")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        row = self.db.execute("SELECT count(*) FROM clusters").fetchone()
        return int(row[0]) if row else 0

    # -- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = ("articles", "actors", "events", "quotes", "stances", "rejections", "clusters")
        return {
            t: int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
            for t in tables
        }

    def stance_articles(self) -> Iterator[CodedArticle]:
        """The stored articles with their stances only, for comparisons."""
        articles = self.db.execute("SELECT article_key, id, date FROM articles ORDER BY 1")
        for key, article_id, date in articles.fetchall():
            rows = self.db.execute(
                "SELECT actor, toward, dimension, score, evidence, actor_id, toward_id "
                "FROM stances WHERE article_key = ?",
                [key],
            ).fetchall()
            stances = tuple(
                Stance(actor, toward, dimension, score,
                       tuple(Evidence(**e) for e in json.loads(evidence)), actor_id, toward_id)
                for actor, toward, dimension, score, evidence, actor_id, toward_id in rows
            )  # fmt: skip
            yield CodedArticle(Article(id=article_id, text="", date=date), (), stances=stances)


def _actor_rows(key: int, coded: CodedArticle) -> list[list[Any]]:
    return [
        [key, x.id, x.code, x.name, x.kind, x.country, list(x.sectors), list(x.members),
         x.entry, [[m.start, m.end] for m in x.mentions]]
        for x in coded.actors
    ]  # fmt: skip


def _quote_rows(key: int, coded: CodedArticle) -> list[list[Any]]:
    return [
        [key, q.id, q.kind, q.text, q.start, q.end, q.sentence,
         q.speaker.actor if q.speaker else None, q.speaker.text if q.speaker else None,
         q.speaker.code if q.speaker else None, q.speaker.country if q.speaker else None, q.cue]
        for q in coded.quotes
    ]  # fmt: skip


def _stance_rows(key: int, coded: CodedArticle) -> list[list[Any]]:
    return [
        [key, s.actor, s.actor_id, s.toward, s.toward_id, s.dimension, s.score,
         json.dumps([evidence_dict(e) for e in s.evidence], ensure_ascii=False)]
        for s in coded.stances
    ]  # fmt: skip


_EVENT_COLUMNS = (
    "article_key, event_id, cameo, cameo_name, root, quad_class, goldstein, plover_type, "
    "plover_mode, plover_context, sentence, sentence_text, source_actor, source_text, "
    "source_code, source_country, source_sectors, target_actor, target_text, target_code, "
    "target_country, target_sectors, speaker_code, speaker_text, trigger_text, trigger_start, "
    "trigger_end, rule, confidence, modality, date, date_end, date_source, location_name, "
    "location_country, location_admin1, location_lat, location_lon, location_geonames_id, "
    "location_type, location_source, source_start, target_start"
)

_ROWS_PER_STATEMENT = 500
_INSERTS = {
    "actors": "INSERT INTO actors",
    "events": f"INSERT INTO events ({_EVENT_COLUMNS})",
    "quotes": "INSERT INTO quotes",
    "stances": "INSERT INTO stances",
}
_ROWS = {
    "actors": _actor_rows,
    "events": lambda key, coded: [_event_row(key, e) for e in coded.events],
    "quotes": _quote_rows,
    "stances": _stance_rows,
}

# Chains of events with the same source, target and root, each within the window of the one
# before, numbered in one pass of window functions. Undated events stand alone.
_CLUSTER_SQL = """
CREATE TEMP TABLE event_clusters AS
WITH ordered AS (
    SELECT event_key, source_code, coalesce(target_code, '') AS target, root, date,
           lag(date) OVER (PARTITION BY source_code, coalesce(target_code, ''), root
                           ORDER BY date, event_key) AS previous
    FROM events
), marked AS (
    SELECT *, CASE WHEN date IS NULL OR previous IS NULL OR date - previous > ? THEN 1 ELSE 0
              END AS starts
    FROM ordered
), numbered AS (
    SELECT *, sum(starts) OVER (PARTITION BY source_code, target, root
                                ORDER BY date, event_key ROWS UNBOUNDED PRECEDING) AS chain
    FROM marked
)
SELECT event_key,
       dense_rank() OVER (ORDER BY source_code, target, root, chain,
                          CASE WHEN date IS NULL THEN event_key END) AS cluster_id
FROM numbered
"""


def _event_row(key: int, e: Event) -> list[Any]:
    def role(r: EventActor | None) -> list[Any]:
        if r is None:
            return [None, None, None, None, None]
        return [r.actor, r.text, r.code, r.country, list(r.sectors)]

    plover = e.plover
    loc = e.location
    return [
        key, e.id, e.cameo, e.cameo_name, e.root, e.quad_class, e.goldstein,
        plover.type if plover else None, plover.mode if plover else None,
        plover.context if plover else None, e.sentence, e.text, *role(e.source), *role(e.target),
        e.speaker.code if e.speaker else None, e.speaker.text if e.speaker else None,
        e.trigger.text, e.trigger.start, e.trigger.end, " ".join(e.rules), e.confidence,
        e.modality,
        e.date, e.date_end, e.date_source,
        *(
            [loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonames_id, loc.type]
            if loc else [None] * 7
        ),
        e.location_source,
        e.source.start if e.source else None,
        e.target.start if e.target else None,
    ]  # fmt: skip


def _open_failure(error: duckdb.Error) -> str:
    """Why DuckDB could not open a file, in words that say what to do."""
    message = str(error).splitlines()[0]
    if "not a valid DuckDB database" in message:
        return "not a DuckDB corpus file; give the file `dyads ingest --db` wrote"
    if "Could not set lock" in message or "Conflicting lock" in message:
        holder = re.search(r"\(PID (\d+)\)", message)
        who = f"process {holder.group(1)}" if holder else "another process"
        return f"in use by {who} (another dyads ingest?); wait for it to finish"
    if "different configuration" in message:
        return "already open in this process for writing; close it first"
    return f"cannot open ({message})"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
