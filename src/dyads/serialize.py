"""Coded articles as JSON-ready dicts and as readable tables (shared by the CLI and API)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .geo import admin1_name
from .records import (
    Actor,
    CodedArticle,
    Comparison,
    Event,
    EventActor,
    Evidence,
    Location,
    QueryResult,
    Quote,
    Rejection,
    Stance,
)


def actor_dict(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "text": actor.text,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "code": actor.code,
        "members": list(actor.members),
        "entry": actor.entry,
        "mentions": [[m.start, m.end] for m in actor.mentions],
    }


def event_actor_dict(role: EventActor | None) -> dict[str, Any] | None:
    if role is None:
        return None
    return {
        "actor": role.actor,
        "text": role.text,
        "code": role.code,
        "country": role.country,
        "sectors": list(role.sectors),
        "start": role.start,
        "end": role.end,
    }


def event_dict(event: Event) -> dict[str, Any]:
    plover = event.plover
    return {
        "id": event.id,
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": {"type": plover.type, "mode": plover.mode, "context": plover.context}
        if plover
        else None,
        "sentence": event.sentence,
        "text": event.text,
        "source": event_actor_dict(event.source),
        "target": event_actor_dict(event.target),
        "speaker": event_actor_dict(event.speaker),
        "trigger": {
            "text": event.trigger.text,
            "start": event.trigger.start,
            "end": event.trigger.end,
        },
        "rules": list(event.rules),
        "confidence": event.confidence,
        "modality": event.modality,
        "withheld_by": [event_actor_dict(r) for r in event.withheld_by],
        "date": event.date.isoformat() if event.date else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "date_source": event.date_source,
        "location": location_dict(event.location),
        "location_source": event.location_source,
    }


def location_dict(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "name": location.name,
        "country": location.country,
        "admin1": location.admin1,
        "admin1_name": admin1_name(location.country, location.admin1),
        "lat": location.lat,
        "lon": location.lon,
        "geonames_id": location.geonames_id,
        "type": location.type,
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "kind": quote.kind,
        "text": quote.text,
        "speaker": event_actor_dict(quote.speaker),
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "start": quote.start,
        "end": quote.end,
        "sentence": quote.sentence,
    }


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return {
        "kind": evidence.kind,
        "id": evidence.id,
        "article": evidence.article,
        "sentence": evidence.sentence,
        "detail": evidence.detail,
        "weight": evidence.weight,
        "restraint": evidence.restraint,
    }


def stance_dict(stance: Stance) -> dict[str, Any]:
    return {
        "actor": stance.actor,
        "actor_id": stance.actor_id,
        "toward": stance.toward,
        "toward_id": stance.toward_id,
        "dimension": stance.dimension,
        "score": stance.score,
        "evidence": [evidence_dict(e) for e in stance.evidence],
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    return {
        "a": comparison.a,
        "b": comparison.b,
        "toward": comparison.toward,
        "articles": comparison.articles,
        "dimensions": [
            {
                "name": d.name,
                "a": d.a,
                "b": d.b,
                "gap": d.gap,
                "evidence_a": [evidence_dict(e) for e in d.evidence_a],
                "evidence_b": [evidence_dict(e) for e in d.evidence_b],
            }
            for d in comparison.dimensions
        ],
        "agreement": comparison.agreement,
        "largest_divergence": comparison.largest_divergence,
        "between": [stance_dict(s) for s in comparison.between],
    }


def rejection_dict(rejection: Rejection) -> dict[str, Any]:
    return {"input": rejection.input, "id": rejection.id, "reason": rejection.reason}


def article_dict(coded: CodedArticle) -> dict[str, Any]:
    a = coded.article
    return {
        "id": a.id,
        "title": a.title,
        "date": a.date.isoformat() if a.date else None,
        "place": a.place,
        "dateline": location_dict(coded.dateline),
        "url": a.url,
        "source": a.source,
        "input": a.input,
        "metadata": dict(a.metadata),
        "text": a.text,
        "actors": [actor_dict(x) for x in coded.actors],
        "events": [event_dict(e) for e in coded.events],
        "quotes": [quote_dict(q) for q in coded.quotes],
        "stances": [stance_dict(s) for s in coded.stances],
        "rejections": [rejection_dict(r) for r in coded.rejections],
    }


def article_table(coded: CodedArticle) -> str:
    """A terminal-friendly view of one coded article."""
    a = coded.article
    lines = [
        f"== {a.id}: {a.title or '(no title)'}",
        f"   date {a.date.isoformat() if a.date else '-'}   place {a.place or '-'}   "
        f"input {a.input}",
        "",
        "ACTORS",
    ]
    rows = [
        (x.code or "-", x.kind, x.name, str(len(x.mentions)), x.text if x.text != x.name else "")
        for x in coded.actors
    ]
    lines += _table(("code", "kind", "name", "mentions", "as written"), rows)
    lines += ["", "EVENTS"]
    codes = {x.id: _actor_code(x, coded.actors) for x in coded.actors}
    event_rows = [
        (
            e.id,
            _role(e.source, codes),
            _clip(f"{e.cameo} {e.cameo_name}", 40),
            _role(e.target, codes),
            e.modality,
            e.date.isoformat() if e.date else "-",
            _clip(_place(e.location), 18),
            _role(e.speaker, codes),
            _in_sentence(coded, e),
        )
        for e in coded.events
    ]
    lines += _table(
        ("id", "source", "event", "target", "modality", "date", "place", "speaker", "trigger"),
        event_rows,
    )
    lines += ["", "QUOTES"]
    quote_rows = [
        (q.id, q.kind, _role(q.speaker, codes), q.cue, _clip(q.text.replace("\n", " "), 70))
        for q in coded.quotes
    ]
    lines += _table(("id", "kind", "speaker", "cue", "text"), quote_rows)
    lines += ["", "STANCES"]
    stance_rows = [
        (s.actor, s.toward, s.dimension, f"{s.score:+.2f}", ", ".join(e.id for e in s.evidence))
        for s in coded.stances
    ]
    lines += _table(("actor", "toward", "dimension", "score", "evidence"), stance_rows)
    # Stances also read negated and hypothetical events, which the table above leaves out
    # unless they were asked for: say so, so that every id cited can be traced.
    shown = {e.id for e in coded.events} | {q.id for q in coded.quotes}
    unshown = sorted(
        {e.id for s in coded.stances for e in s.evidence} - shown, key=lambda i: (len(i), i)
    )
    if unshown:
        lines.append(
            f"  ({', '.join(unshown)}: negated or hypothetical events, not in EVENTS; "
            "`dyads code --all-modalities` lists them)"
        )
    return "\n".join(lines)


def comparison_table(comparison: Comparison) -> str:
    """Two actors' stances toward a third, side by side, with the evidence of each."""
    c = comparison
    lines = [f"== {c.a} and {c.b} toward {c.toward} ({c.articles} article(s))", ""]
    rows = [
        (d.name, _shown_score(d.a), _shown_score(d.b), _shown_score(d.gap, signed=False),
         ", ".join(e.id for e in d.evidence_a), ", ".join(e.id for e in d.evidence_b))
        for d in c.dimensions
    ]  # fmt: skip
    lines += _table(("dimension", c.a, c.b, "gap", f"evidence {c.a}", f"evidence {c.b}"), rows)
    agreement = "-" if c.agreement is None else f"{c.agreement:.2f}"
    lines += [
        "",
        f"agreement {agreement}   largest divergence {c.largest_divergence or '-'}",
    ]
    if c.between:
        lines += ["", "BETWEEN THEM"]
        lines += _table(
            ("actor", "toward", "dimension", "score", "evidence"),
            [
                (
                    s.actor,
                    s.toward,
                    s.dimension,
                    _shown_score(s.score),
                    ", ".join(e.id for e in s.evidence),
                )
                for s in c.between
            ],
        )
    evidence = {(e.article, e.id): e for d in c.dimensions for e in (*d.evidence_a, *d.evidence_b)}
    if evidence:
        lines += ["", "EVIDENCE"]
        for (article, eid), e in evidence.items():
            lines.append(f"  {article} {eid} {e.weight:+.2f} {e.detail}")
            lines.append(f"      {_clip(e.sentence.replace(chr(10), ' '), 110)}")
    return "\n".join(lines)


def format_table(result: QueryResult, fmt: str) -> str:
    """Rows from the corpus store as an aligned table, CSV or a JSON list of objects."""
    if fmt == "json":
        records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buffer.getvalue()
    rows = [tuple("" if v is None else str(v) for v in row) for row in result.rows]
    return "\n".join(_table(result.columns, rows)) + "\n"


def _shown_score(value: float | None, signed: bool = True) -> str:
    if value is None:
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _place(location: Location | None) -> str:
    if location is None:
        return "-"
    if location.type in ("country", "region") or location.country is None:
        return location.name
    return f"{location.name}, {location.country}"


def _actor_code(actor: Actor, actors: tuple[Actor, ...]) -> str:
    """The code, or for a group of several countries its members' codes: "JPNGOV+USAGOV"."""
    if actor.code or not actor.members:
        return actor.code or "?"
    by_id = {a.id: a for a in actors}
    return "+".join(by_id[m].code or "?" for m in actor.members if m in by_id)


def _role(role: EventActor | None, codes: dict[str, str]) -> str:
    if role is None:
        return "-"
    return f"{codes.get(role.actor, role.code or '?')} ({_clip(role.text, 22)})"


def _in_sentence(coded: CodedArticle, event: Event) -> str:
    """The trigger marked in a window of its sentence: ...the [condemned] North Korea..."""
    text = coded.article.text
    start, end = event.trigger.start, event.trigger.end
    left = text[max(0, start - 20) : start].replace("\n", " ")
    right = text[end : end + 20].replace("\n", " ")
    return f"...{left}[{_clip(text[start:end], 40)}]{right}..."


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    if not rows:
        return ["  (none)"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        return "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(tuple("-" * w for w in widths)), *map(line, rows)]
