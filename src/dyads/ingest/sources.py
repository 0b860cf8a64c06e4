"""Read articles from paths, directories and stdin: plain text, JSONL and HTML."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import trafilatura

from ..errors import InputError, MalformedRecordError
from ..records import Article, Rejection
from .checks import check_article, check_date_range, clean_text, decode
from .text import article_from_text, find_dateline, parse_date

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
_JSONL_FIELDS = ("id", "title", "text", "date", "url", "source")
_SNIFF_BYTES = 512
# Limits on a JSONL record beyond its text: an id is a key, not a document, and metadata is
# kept as it is, so a pathological value would travel into every output.
MAX_ID_CHARS = 200
MAX_NESTING = 32


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
        stream = stdin or sys.stdin.buffer
        if isinstance(stream, io.BufferedReader):
            yield from _read_stream(stream, "<stdin>", None, max_bytes)
            return
        # Buffered to peek at its start; detached after, so that the caller's stream stays open.
        reader = io.BufferedReader(stream)  # type: ignore[arg-type]
        try:
            yield from _read_stream(reader, "<stdin>", None, max_bytes)
        finally:
            reader.detach()
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
    if not p.exists():
        yield Rejection(path, "no such file")
        return
    if not p.is_file():
        # A device (/dev/zero) never ends and a FIFO may never be written to: only files.
        yield Rejection(path, "not a regular file (a device, FIFO or socket); give a file")
        return
    suffix = p.suffix.lower()
    kind = (
        "jsonl"
        if suffix in JSONL_SUFFIXES
        else "html"
        if suffix in HTML_SUFFIXES
        else "text"
        if suffix in TEXT_SUFFIXES
        else None
    )
    try:
        with p.open("rb") as stream:
            yield from _read_stream(stream, path, kind, max_bytes)
    except OSError as e:
        yield Rejection(path, f"cannot read: {e.strerror or e}")


def _read_stream(
    stream: io.BufferedReader, name: str, kind: str | None, max_bytes: int
) -> Iterator[Article | Rejection]:
    """The articles of one input, read with a size cap: a JSONL input line by line, any
    other whole, up to `file_cap(max_bytes)`."""
    kind = kind or _sniff(stream.peek(_SNIFF_BYTES))
    if kind == "jsonl":
        yield from _read_jsonl(_capped_lines(stream, line_cap(max_bytes)), name, max_bytes)
        return
    cap = file_cap(max_bytes)
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield Rejection(
            name, f"input is over {cap:,} bytes; split it into articles of at most {max_bytes:,}"
        )
        return
    yield from _read_bytes(data, name, kind, max_bytes)


def file_cap(max_bytes: int) -> int:
    """The most bytes read of a text or HTML input: HTML markup can be several times its text."""
    return 4 * max_bytes


def line_cap(max_bytes: int) -> int:
    """The most bytes of one JSONL line: an article at the limit with every character
    escaped, plus room for its other fields."""
    return 2 * max_bytes + 65_536


def _capped_lines(stream: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """The lines of `stream`; None for a line over `cap` bytes, which is skipped unread."""
    while line := stream.readline(cap + 1):
        if len(line) <= cap:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(cap + 1)
        yield None


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


def _read_jsonl(
    lines: Iterable[bytes | None], name: str, max_bytes: int
) -> Iterator[Article | Rejection]:
    for number, raw_line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        record = None
        if raw_line is None:
            yield Rejection(where, f"line is over {line_cap(max_bytes):,} bytes; split it")
            continue
        if not raw_line.strip():
            continue
        try:
            line = decode(raw_line, where)
            record = _json_record(line, where)
            yield check_article(_jsonl_article(record, where, number), max_bytes)
        except InputError as e:
            yield Rejection(e.input, e.reason, id=_rejection_id(record))


def _json_record(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise MalformedRecordError(where, f"not valid JSON ({e.msg} at column {e.colno})") from e
    except RecursionError as e:
        raise MalformedRecordError(
            where, f"JSON nested too deeply (at most {MAX_NESTING} levels)"
        ) from e
    except ValueError as e:
        # Python refuses integers of thousands of digits.
        raise MalformedRecordError(where, f"not usable JSON ({str(e).splitlines()[0]})") from e


def _rejection_id(record: Any) -> str | None:
    record_id = record.get("id") if isinstance(record, dict) else None
    if isinstance(record_id, str | int) and not isinstance(record_id, bool) and record_id != "":
        return str(record_id)[:MAX_ID_CHARS]
    return None


def _jsonl_article(record: Any, where: str, number: int) -> Article:
    if not isinstance(record, dict):
        raise MalformedRecordError(where, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedRecordError(where, "record has no 'text' string")
    for key in ("date", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedRecordError(
                where, f"field {key!r} must be a string, not {_json_type(record[key])}"
            )
    # A title, url or source that is not a string (a gold file's "source" is a list of actors)
    # is no outlet or headline: it stays in the metadata, as other fields do.
    fields = {k: v for k in ("title", "url", "source") if isinstance(v := record.get(k), str)}
    record_id = record.get("id")
    if record_id is not None and (
        isinstance(record_id, bool) or not isinstance(record_id, str | int)
    ):
        raise MalformedRecordError(
            where, f"field 'id' must be a string or an integer, not {_json_type(record_id)}"
        )
    if record_id is not None and len(str(record_id)) > MAX_ID_CHARS:
        raise MalformedRecordError(
            where, f"field 'id' is {len(str(record_id)):,} characters, over {MAX_ID_CHARS}"
        )
    metadata = {
        k: v
        for k, v in record.items()
        if k not in _JSONL_FIELDS or (k in ("title", "url", "source") and k not in fields and v)
    }
    if _depth(metadata) > MAX_NESTING:
        raise MalformedRecordError(where, f"record nested deeper than {MAX_NESTING} levels")
    raw_date = record.get("date") or record.get("published")
    date = parse_date(raw_date) if raw_date else None
    if raw_date and date is None:
        raise MalformedRecordError(
            where,
            f"date {raw_date[:40]!r} is not a date; use YYYY-MM-DD "
            "(relative dates such as 'yesterday' are refused)",
        )
    if date is not None:
        check_date_range(date, where)
    text = clean_text(text)
    place, dateline = find_dateline(text)
    return Article(
        id=str(record_id or number),
        text=text,
        title=fields.get("title") or None,
        date=date,
        place=place,
        url=fields.get("url") or None,
        source=fields.get("source") or None,
        input=where,
        dateline=dateline,
        metadata=metadata,
    )


def _depth(value: Any) -> int:
    """How deeply `value` nests lists and objects (a scalar is 0), counted without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array",
             dict: "an object", str: "a string"}  # fmt: skip
    return names.get(type(value), type(value).__name__)
