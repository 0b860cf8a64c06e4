"""Reading the corpus store for browsing: events by filters, one article whole, the network of
dyads, a pair's days by quad class, a search over actors, event codes and texts, and a guarded
read-only SQL runner for untrusted callers (the HTTP API).

Records come back in the shapes of `dyads.serialize` (the CLI's JSON). The store keeps every
field of a coded article except a few offsets and lists that only the coder has; those are null
in what is read back here: an event role's `start`/`end`, an event's `withheld_by`, a quote's
`cue_start`/`cue_end`, and the speaker of an event or quote other than its code and words.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from ..errors import StoreError
from ..geo import admin1_name
from ..records import QueryResult
from .db import Store
from .queries import check_query, execute

# Columns of `events` read into an event record, in the order `_event_record` unpacks them.
_EVENT_SELECT = """
    e.event_id, e.cameo, e.cameo_name, e.root, e.quad_class, e.goldstein, e.plover_type,
    e.plover_mode, e.plover_context, e.sentence, e.sentence_text, e.source_actor, e.source_text,
    e.source_code, e.source_country, e.source_sectors, e.target_actor, e.target_text,
    e.target_code, e.target_country, e.target_sectors, e.speaker_code, e.speaker_text,
    e.trigger_text, e.trigger_start, e.trigger_end, e.rule, e.confidence, e.modality, e.date,
    e.date_end, e.date_source, e.location_name, e.location_country, e.location_admin1,
    e.location_lat, e.location_lon, e.location_geonames_id, e.location_type, e.location_source,
    e.cluster_id, a.id, a.title, a.date
"""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list. Codes match as prefixes ("USA" covers "USAGOV"); `actor` matches
    either role and `dyad` both directions between its two codes; `cameo` is a code prefix;
    `text` is a case-insensitive substring of the event's sentence."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    min_confidence: float | None = None
    article: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        """The SQL condition on `events e JOIN articles a` and its named parameters."""
        clauses, params = ["TRUE"], {}
        if self.source:
            clauses.append("starts_with(e.source_code, $source)")
            params["source"] = self.source.upper()
        if self.target:
            clauses.append("starts_with(e.target_code, $target)")
            params["target"] = self.target.upper()
        if self.actor:
            clauses.append(
                "(starts_with(e.source_code, $actor) OR starts_with(e.target_code, $actor))"
            )
            params["actor"] = self.actor.upper()
        if self.dyad:
            clauses.append(
                "((starts_with(e.source_code, $dyad_a) AND starts_with(e.target_code, $dyad_b)) "
                "OR (starts_with(e.source_code, $dyad_b) AND starts_with(e.target_code, $dyad_a)))"
            )
            params["dyad_a"], params["dyad_b"] = (code.upper() for code in self.dyad)
        if self.cameo:
            clauses.append("starts_with(e.cameo, $cameo)")
            params["cameo"] = self.cameo
        if self.root:
            clauses.append("e.root = $root")
            params["root"] = self.root
        if self.quad_class is not None:
            clauses.append("e.quad_class = $quad")
            params["quad"] = self.quad_class
        if self.since:
            clauses.append("e.date >= $since")
            params["since"] = self.since
        if self.until:
            clauses.append("e.date <= $until")
            params["until"] = self.until
        if self.text:
            clauses.append("contains(lower(e.sentence_text), lower($text))")
            params["text"] = self.text
        if self.min_confidence is not None:
            clauses.append("e.confidence >= $min_confidence")
            params["min_confidence"] = self.min_confidence
        if self.article:
            clauses.append("a.id = $article")
            params["article"] = self.article
        return " AND ".join(clauses), params


def find_events(
    store: Store, where: EventFilter, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The number of events that pass `where`, and the page of them from `offset` (by date,
    article and event id), as event records with their article's id, title and date."""
    condition, params = where.where()
    source = f"FROM events e JOIN articles a USING (article_key) WHERE {condition}"
    total = execute(store, f"SELECT count(*) {source}", params).rows[0][0]
    page = execute(
        store,
        f"SELECT {_EVENT_SELECT} {source} "
        f"ORDER BY e.date NULLS LAST, a.id, e.event_key LIMIT {int(limit)} OFFSET {int(offset)}",
        params,
    )
    return int(total), [_event_record(row) for row in page.rows]


def article_record(store: Store, article_id: str) -> dict[str, Any] | None:
    """The stored article with this id (the first stored, if several share it) with its actors,
    events, quotes and stances, or None."""
    found = execute(
        store,
        "SELECT article_key, id, title, date, place, dateline, url, source, input, metadata, text "
        "FROM articles WHERE id = ? ORDER BY article_key LIMIT 1",
        [article_id],
    ).rows
    if not found:
        return None
    key, aid, title, date, place, dateline, url, source, input_name, metadata, text = found[0]
    actors = execute(
        store,
        "SELECT actor_id, code, name, kind, country, sectors, members, entry, mentions "
        "FROM actors WHERE article_key = ? ORDER BY actor_id",
        [key],
    ).rows
    events = execute(
        store,
        f"SELECT {_EVENT_SELECT} FROM events e JOIN articles a USING (article_key) "
        "WHERE e.article_key = ? ORDER BY e.event_key",
        [key],
    ).rows
    quotes = execute(
        store,
        "SELECT quote_id, kind, text, speaker_actor, speaker_text, speaker_code, speaker_country, "
        "cue, start_char, end_char, sentence FROM quotes WHERE article_key = ? "
        "ORDER BY start_char",
        [key],
    ).rows
    stances = execute(
        store,
        "SELECT actor, actor_id, toward, toward_id, dimension, score, evidence FROM stances "
        "WHERE article_key = ? ORDER BY actor, toward, dimension",
        [key],
    ).rows
    return {
        "id": aid,
        "title": title,
        "date": _iso(date),
        "place": place,
        "dateline": json.loads(dateline) if dateline else None,
        "url": url,
        "source": source,
        "input": input_name,
        "metadata": json.loads(metadata) if metadata else {},
        "text": text,
        "actors": [
            {
                "id": actor_id, "text": _first_mention(text, mentions) or name, "name": name,
                "kind": kind, "country": country, "sectors": list(sectors or ()), "code": code,
                "members": list(members or ()), "entry": entry,
                "mentions": [list(m) for m in mentions or ()],
            }
            for actor_id, code, name, kind, country, sectors, members, entry, mentions in actors
        ],
        "events": [_event_record(row, with_article=False) for row in events],
        "quotes": [
            {
                "id": qid, "kind": kind, "text": qtext,
                "speaker": _role(speaker_actor, speaker_text, speaker_code, speaker_country, None)
                if speaker_text or speaker_code else None,
                "cue": cue, "cue_start": None, "cue_end": None, "start": start, "end": end,
                "sentence": sentence,
            }
            for qid, kind, qtext, speaker_actor, speaker_text, speaker_code, speaker_country,
            cue, start, end, sentence in quotes
        ],
        "stances": [
            {"actor": actor, "actor_id": actor_id, "toward": toward, "toward_id": toward_id,
             "dimension": dimension, "score": score, "evidence": json.loads(evidence or "[]")}
            for actor, actor_id, toward, toward_id, dimension, score, evidence in stances
        ],
        "rejections": [],
    }  # fmt: skip


def network(
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 60,
) -> dict[str, Any]:
    """The dyads with both roles coded, dated in [since, until]: the `top` pairs by events as
    edges (counts per quad class, mean Goldstein, the commonest quad class) and their actors as
    nodes (events as source or target within those pairs)."""
    condition, params = EventFilter(since=since, until=until).where()
    edges = execute(
        store,
        f"""
        SELECT e.source_code AS source, e.target_code AS target, count(*) AS events,
               count(*) FILTER (WHERE e.quad_class = 1) AS quad1,
               count(*) FILTER (WHERE e.quad_class = 2) AS quad2,
               count(*) FILTER (WHERE e.quad_class = 3) AS quad3,
               count(*) FILTER (WHERE e.quad_class = 4) AS quad4,
               round(avg(e.goldstein), 2) AS mean_goldstein,
               mode(e.quad_class) AS quad_class
        FROM events e JOIN articles a USING (article_key)
        WHERE {condition} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL
          AND e.source_code <> e.target_code
        GROUP BY 1, 2
        ORDER BY events DESC, source, target
        LIMIT {int(top)}
        """,
        params,
    )
    edge_records = [dict(zip(edges.columns, row, strict=True)) for row in edges.rows]
    nodes: dict[str, int] = {}
    for edge in edge_records:
        for code in (edge["source"], edge["target"]):
            nodes[code] = nodes.get(code, 0) + edge["events"]
    return {
        "nodes": [{"code": c, "events": n} for c, n in sorted(nodes.items(), key=_by_count)],
        "edges": edge_records,
    }


def daily_by_quad(
    store: Store, a: str, b: str, since: dt.date | None = None, until: dt.date | None = None
) -> list[dict[str, Any]]:
    """Day by day and quad class, the events between codes `a` and `b` in both directions:
    their count and the sum of their Goldstein scores."""
    condition, params = EventFilter(since=since, until=until).where()
    params |= {"a": a.upper(), "b": b.upper()}
    result = execute(
        store,
        f"""
        SELECT e.date, e.quad_class, count(*) AS events,
               round(sum(coalesce(e.goldstein, 0)), 2) AS goldstein_sum
        FROM events e JOIN articles a USING (article_key)
        WHERE {condition} AND e.date IS NOT NULL
          AND ((starts_with(e.source_code, $a) AND starts_with(e.target_code, $b))
            OR (starts_with(e.source_code, $b) AND starts_with(e.target_code, $a)))
        GROUP BY 1, 2 ORDER BY 1, 2
        """,
        params,
    )
    return [
        {"date": _iso(date), "quad_class": quad, "events": n, "goldstein_sum": total}
        for date, quad, n, total in result.rows
    ]


def search(store: Store, text: str, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """What `text` names: actors (by code prefix or name), event codes (by CAMEO code prefix or
    name) and articles (by title or text), the most frequent first."""
    words, code = text.strip(), text.strip().upper()
    actors = execute(
        store,
        f"""
        SELECT code, any_value(name) AS name, count(*) AS articles
        FROM actors
        WHERE code IS NOT NULL AND (starts_with(code, $code) OR contains(lower(name), lower($q)))
        GROUP BY code ORDER BY articles DESC, code LIMIT {int(limit)}
        """,
        {"q": words, "code": code},
    )
    codes = execute(
        store,
        f"""
        SELECT cameo, any_value(cameo_name) AS name, count(*) AS events
        FROM events
        WHERE starts_with(cameo, $q) OR contains(lower(cameo_name), lower($q))
        GROUP BY cameo ORDER BY events DESC, cameo LIMIT {int(limit)}
        """,
        {"q": words},
    )
    articles = execute(
        store,
        f"""
        SELECT id, title, date FROM articles
        WHERE contains(lower(coalesce(title, '')), lower($q)) OR contains(lower(text), lower($q))
        ORDER BY date DESC NULLS LAST, id LIMIT {int(limit)}
        """,
        {"q": words},
    )
    return {
        "actors": [dict(zip(actors.columns, r, strict=True)) for r in actors.rows],
        "event_codes": [dict(zip(codes.columns, r, strict=True)) for r in codes.rows],
        "articles": [{"id": i, "title": t, "date": _iso(d)} for i, t, d in articles.rows],
    }


def guarded_query(
    store: Store, sql: str, max_rows: int, timeout_seconds: float
) -> tuple[QueryResult, bool]:
    """Run one SELECT statement from an untrusted caller through the store's own gates
    (`check_query`: nothing but a single SELECT, so nothing is written or configured even on a
    store open for writing; `execute`: at most `max_rows` rows, interrupted after
    `timeout_seconds`). Files and extensions are out of reach when the store was opened by
    `open_for_serving`. Returns the rows and whether there were more. Raises QueryError."""
    check_query(sql)
    result = execute(store, sql, max_rows=max_rows, timeout_s=timeout_seconds)
    return result, result.truncated


def open_for_serving(path: str, writable: bool) -> Store:
    """The store at `path` for a long-running server: read-only unless `writable`, and with
    access to files, the network and extensions switched off for the life of the database, so
    that no query sent to the server can read or write anything outside it."""
    store = Store.open(path, read_only=not writable)
    try:
        store.db.execute("SET enable_external_access = false")
        store.db.execute("SET lock_configuration = true")
    except duckdb.Error as e:
        store.close()
        raise StoreError(f"{path}: cannot lock down the database ({e})") from e
    return store


def session(store: Store) -> Store:
    """A Store on its own cursor of the same database, for one thread: a DuckDB connection
    must not be used by two threads at once."""
    return Store(store.db.cursor(), store.path)


def _event_record(row: Sequence[Any], with_article: bool = True) -> dict[str, Any]:
    (event_id, cameo, cameo_name, root, quad_class, goldstein, plover_type, plover_mode,
     plover_context, sentence, sentence_text, source_actor, source_text, source_code,
     source_country, source_sectors, target_actor, target_text, target_code, target_country,
     target_sectors, speaker_code, speaker_text, trigger_text, trigger_start, trigger_end, rule,
     confidence, modality, date, date_end, date_source, location_name, location_country,
     location_admin1, location_lat, location_lon, location_geonames_id, location_type,
     location_source, cluster_id, article_id, article_title, article_date) = row  # fmt: skip
    record = {
        "id": event_id,
        "cameo": cameo,
        "cameo_name": cameo_name,
        "root": root,
        "quad_class": quad_class,
        "goldstein": goldstein,
        "plover": {"type": plover_type, "mode": plover_mode, "context": plover_context}
        if plover_type
        else None,
        "sentence": sentence,
        "text": sentence_text,
        "source": _role(source_actor, source_text, source_code, source_country, source_sectors),
        "target": _role(target_actor, target_text, target_code, target_country, target_sectors)
        if target_text or target_code
        else None,
        "speaker": _role(None, speaker_text, speaker_code, None, None)
        if speaker_text or speaker_code
        else None,
        "trigger": {"text": trigger_text, "start": trigger_start, "end": trigger_end},
        "rule": rule,
        "confidence": confidence,
        "modality": modality,
        "withheld_by": None,
        "date": _iso(date),
        "date_end": _iso(date_end),
        "date_source": date_source,
        "location": {
            "name": location_name,
            "country": location_country,
            "admin1": location_admin1,
            "admin1_name": admin1_name(location_country, location_admin1),
            "lat": location_lat,
            "lon": location_lon,
            "geonames_id": location_geonames_id,
            "type": location_type,
        }
        if location_name
        else None,  # fmt: skip
        "location_source": location_source,
        "cluster_id": cluster_id,
    }
    if with_article:
        record["article"] = {"id": article_id, "title": article_title, "date": _iso(article_date)}
    return record


def _role(
    actor: str | None,
    text: str | None,
    code: str | None,
    country: str | None,
    sectors: Sequence[str] | None,
) -> dict[str, Any]:
    return {
        "actor": actor,
        "text": text,
        "code": code,
        "country": country,
        "sectors": list(sectors or ()),
        "start": None,
        "end": None,
    }


def _first_mention(text: str, mentions: Sequence[Sequence[int]] | None) -> str | None:
    if not mentions:
        return None
    start, end = mentions[0]
    return text[start:end]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def list_articles(
    store: Store, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The number of stored articles, and a page of them (newest first) with their counts of
    events and actors."""
    total = execute(store, "SELECT count(*) FROM articles").rows[0][0]
    page = execute(
        store,
        f"""
        SELECT a.id, a.title, a.date, a.source,
               (SELECT count(*) FROM events e WHERE e.article_key = a.article_key) AS events,
               (SELECT count(*) FROM actors x WHERE x.article_key = a.article_key) AS actors
        FROM articles a ORDER BY a.date DESC NULLS LAST, a.id
        LIMIT {int(limit)} OFFSET {int(offset)}
        """,
    )
    return int(total), [
        {"id": i, "title": t, "date": _iso(d), "source": s, "events": n, "actors": m}
        for i, t, d, s, n, m in page.rows
    ]
