"""What the HTTP API does, without HTTP: one open corpus store, one coder loaded on first use,
and the reading of request bodies into articles.

Kept apart from the FastAPI routes (app.py) so that the routes only map HTTP to these calls and
errors to statuses.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from ..coder import Coder
from ..config import Settings
from ..errors import InputError, RequestError
from ..ingest import article_from_text, check_article, read_inputs
from ..ingest.checks import decode
from ..records import Article, CodedArticle, Rejection
from ..store import Store
from ..store.browse import open_for_serving, session

# Content types of a request body, by the kind of input dyads reads.
JSONL_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/json-lines"})
KINDS = {"application/json": "json", "text/plain": "text", **{t: "jsonl" for t in JSONL_TYPES}}
# A request body may hold this many articles' worth of the per-article size limit.
BODY_ARTICLES = 10


@dataclass(slots=True)
class Service:
    """The state of one server process. `coder` may be given (tests share theirs); otherwise
    it is loaded on the first request that codes text, once."""

    store: Store
    settings: Settings
    token: str | None = None
    coder: Coder | None = None
    _coder_lock: threading.Lock = field(default_factory=threading.Lock)
    _write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(
        cls, db: str, settings: Settings, token: str | None = None, coder: Coder | None = None
    ) -> Service:
        """Serve the corpus file `db`; it is opened for writing only when a `token` is set."""
        return cls(open_for_serving(db, writable=bool(token)), settings, token or None, coder)

    @property
    def writable(self) -> bool:
        return self.token is not None

    @property
    def max_body_bytes(self) -> int:
        return self.settings.max_article_bytes * BODY_ARTICLES

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store on a cursor of its own, for one request's thread."""
        store = session(self.store)
        try:
            yield store
        finally:
            store.close()

    def code(self, articles: list[Article]) -> tuple[list[CodedArticle], list[Rejection]]:
        """Code `articles` with the process's one coder: the coded articles, and those that
        could not be coded. spaCy's pipeline is not documented as safe to call from several
        threads, so one request codes at a time."""
        with self._coder_lock:
            if self.coder is None:
                self.coder = Coder(self.settings)
            items = list(self.coder.code_many(articles))
        coded = [i for i in items if isinstance(i, CodedArticle)]
        return coded, [i for i in items if isinstance(i, Rejection)]

    def ingest(self, articles: list[Article], rejections: list[Rejection]) -> dict[str, Any]:
        """Code and store `articles` (those stored before are skipped), record `rejections`, and
        rebuild the event clusters. Returns the counts."""
        coded, failed = self.code(articles)
        rejections = [*rejections, *failed]
        with self._write_lock, self.reading() as store:
            events_before = store.counts()["events"]
            added = store.add(coded)
            store.add_rejections(rejections)
            clusters = store.rebuild_clusters(self.settings.cluster_window_days)
            events = store.counts()["events"] - events_before
        return {
            "read": len(articles),
            "added": added,
            "skipped": len(articles) - added,
            "rejected": len(rejections),
            "events": events,
            "clusters": clusters,
        }

    def close(self) -> None:
        self.store.close()


def read_body(
    body: bytes, content_type: str, max_article_bytes: int, date: dt.date | None = None
) -> tuple[list[Article], list[Rejection]]:
    """The articles of a request body, and its rejected parts with reasons.

    JSON is one article (an object with the JSONL fields: text, id, title, date, url, source) or
    a list of them; JSONL is a batch, one object a line; plain text is one article. A batch goes
    on past a bad article. Raises RequestError: 413 or 422 for a single article that cannot be
    coded, 400 for a body that is not what its type says. `date` overrides every article's date.
    """
    kind = KINDS.get(content_type.split(";")[0].strip().lower())
    if kind is None:
        raise RequestError(
            400,
            f"content type {content_type or '(none)'!r} is not supported; send "
            "application/json, application/x-ndjson or text/plain",
        )
    if kind == "text":
        return [_text_article(body, max_article_bytes, date)], []
    single = True
    if kind == "json":
        try:
            parsed = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise RequestError(400, f"request body is not valid JSON ({e})") from e
        single = not isinstance(parsed, list)
        records = [parsed] if single else parsed
        if single and isinstance(parsed, dict) and isinstance(parsed.get("text"), str):
            _check_size(parsed["text"].encode("utf-8"), max_article_bytes)
        body = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    elif body.strip() and not body.lstrip().startswith(b"{"):
        raise RequestError(
            400, "a JSONL body has one JSON object a line; the first line is not one"
        )
    else:
        single = False
    # read_inputs reads "-" from the stream it is given; a body starting with "{" reads as JSONL.
    items = read_inputs(["-"], max_article_bytes, date=date, stdin=io.BytesIO(body))
    articles, rejections = [], []
    for item in items:
        if isinstance(item, Rejection):
            rejections.append(replace(item, input=item.input.replace("<stdin>", "request", 1)))
        else:
            articles.append(replace(item, input="request"))
    if single and rejections:
        raise RequestError(422, rejections[0].reason)
    return articles, rejections


def _text_article(body: bytes, max_article_bytes: int, date: dt.date | None) -> Article:
    _check_size(body, max_article_bytes)
    try:
        article = check_article(
            article_from_text(decode(body, "request"), id="text", input="request"),
            max_article_bytes,
        )
    except InputError as e:
        raise RequestError(422, e.reason) from e
    return replace(article, date=date) if date else article


def _check_size(data: bytes, limit: int) -> None:
    if len(data) > limit:
        raise RequestError(
            413,
            f"article is {len(data):,} bytes, over the limit of {limit:,} "
            "(split it, or raise DYADS_MAX_ARTICLE_BYTES)",
        )
