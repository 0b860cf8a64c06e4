"""Read articles from paths, directories and stdin: plain text, JSONL and HTML."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import trafilatura

from ..errors import InputError, MalformedRecordError
from ..records import Article, Rejection
from .checks import check_article, decode
from .text import article_from_text, find_dateline, parse_date

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
_JSONL_FIELDS = ("id", "title", "text", "date", "url", "source")


def read_inputs(
    paths: Iterable[str],
    max_bytes: int,
    date: dt.date | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | Rejection]:
    """Articles, or Rejections with reasons, from each path in order.

    A directory gives its .txt, .jsonl and .html files (recursively, sorted); "-" reads stdin.
    `date` overrides every article's date.
    """
    for path in paths:
        for item in _read_path(path, max_bytes, stdin):
            if isinstance(item, Article) and date is not None:
                item = replace(item, date=date)
            yield item


def _read_path(path: str, max_bytes: int, stdin: IO[bytes] | None) -> Iterator[Article | Rejection]:
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        yield from _read_bytes(data, "<stdin>", _sniff(data), max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f
            for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in JSONL_SUFFIXES | HTML_SUFFIXES | {".txt"}
        )
        if not files:
            yield Rejection(path, "directory has no .txt, .jsonl or .html files")
        for f in files:
            yield from _read_path(str(f), max_bytes, stdin)
        return
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        yield Rejection(path, "no such file")
        return
    except OSError as e:
        yield Rejection(path, f"cannot read: {e.strerror}")
        return
    suffix = p.suffix.lower()
    kind = (
        "jsonl"
        if suffix in JSONL_SUFFIXES
        else "html"
        if suffix in HTML_SUFFIXES
        else "text"
        if suffix in TEXT_SUFFIXES
        else _sniff(data)
    )
    yield from _read_bytes(data, path, kind, max_bytes)


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def _read_bytes(data: bytes, name: str, kind: str, max_bytes: int) -> Iterator[Article | Rejection]:
    if kind == "jsonl":
        yield from _read_jsonl(data, name, max_bytes)
        return
    try:
        text = decode(data, name)
        article = (
            _html_article(text, name)
            if kind == "html"
            else article_from_text(text, id=Path(name).stem or name, input=name)
        )
        yield check_article(article, max_bytes)
    except InputError as e:
        yield Rejection(e.input, e.reason)


def _html_article(html: str, name: str) -> Article:
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    if extracted is None or not (extracted.text or "").strip():
        raise MalformedRecordError(name, "HTML has no main text that trafilatura could extract")
    date = parse_date(extracted.date) if extracted.date else None
    body = article_from_text(extracted.text, id=Path(name).stem, input=name)
    return replace(
        body,
        title=extracted.title or body.title,
        date=date or body.date,
        url=extracted.url,
        source=extracted.sitename,
    )


def _read_jsonl(data: bytes, name: str, max_bytes: int) -> Iterator[Article | Rejection]:
    for number, raw_line in enumerate(data.splitlines(), start=1):
        where = f"{name}:{number}"
        record = None
        if not raw_line.strip():
            continue
        try:
            line = decode(raw_line, where)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise MalformedRecordError(
                    where, f"not valid JSON ({e.msg} at column {e.colno})"
                ) from e
            yield check_article(_jsonl_article(record, where, number), max_bytes)
        except InputError as e:
            record_id = record.get("id") if isinstance(record, dict) else None
            yield Rejection(e.input, e.reason, id=str(record_id) if record_id else None)


def _jsonl_article(record: Any, where: str, number: int) -> Article:
    if not isinstance(record, dict):
        raise MalformedRecordError(where, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedRecordError(where, "record has no 'text' string")
    raw_date = record.get("date") or record.get("published")
    date = parse_date(str(raw_date)) if raw_date else None
    if raw_date and date is None:
        raise MalformedRecordError(where, f"date {raw_date!r} is not a date; use YYYY-MM-DD")
    place, dateline = find_dateline(text)
    return Article(
        id=str(record.get("id") or number),
        text=text,
        title=record.get("title") or None,
        date=date,
        place=place,
        url=record.get("url") or None,
        source=record.get("source") or None,
        input=where,
        dateline=dateline,
        metadata={k: v for k, v in record.items() if k not in _JSONL_FIELDS},
    )
