"""Coded articles as JSON-ready dicts and as readable tables (shared by the CLI and API)."""

from __future__ import annotations

from typing import Any

from .records import Actor, CodedArticle, Rejection


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


def rejection_dict(rejection: Rejection) -> dict[str, Any]:
    return {"input": rejection.input, "id": rejection.id, "reason": rejection.reason}


def article_dict(coded: CodedArticle) -> dict[str, Any]:
    a = coded.article
    return {
        "id": a.id,
        "title": a.title,
        "date": a.date.isoformat() if a.date else None,
        "place": a.place,
        "url": a.url,
        "source": a.source,
        "input": a.input,
        "metadata": dict(a.metadata),
        "text": a.text,
        "actors": [actor_dict(x) for x in coded.actors],
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
    return "\n".join(lines)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    if not rows:
        return ["  (none)"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        return "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(tuple("-" * w for w in widths)), *map(line, rows)]
