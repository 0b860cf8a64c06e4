"""The HTTP API and the dashboard: FastAPI routes over a Service (service.py).

Every route answers JSON in the CLI's record shapes (dyads.serialize); every error is JSON,
`{"error": message, "status": code}`. OpenAPI docs are at /docs. The routes that read or code
are plain functions, run by FastAPI in its thread pool; each takes its own cursor of the store.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DyadsError, RequestError, StoreError
from ..serialize import article_dict, comparison_dict, format_table, rejection_dict
from ..stances import compare as compare_stances
from ..store.browse import (
    EventFilter,
    article_record,
    daily_by_quad,
    find_events,
    guarded_query,
    list_articles,
    network,
    search,
)
from ..store.queries import pairs as top_pairs
from ..store.queries import timeline as pair_timeline
from .service import Service, read_body

# An actor as the CLI takes it: a CAMEO code (USA, USAMIL, IGO) or an organisation's id (NATO).
ACTOR = r"^[A-Za-z][A-Za-z0-9.\-]*$"
QUERY_MAX_ROWS = 10_000
QUERY_TIMEOUT_SECONDS = 5.0
EVENTS_PAGE_MAX = 500

# Parameter types shared by the routes (module level: FastAPI resolves them by name).
ActorPath = Annotated[str, PathParam(pattern=ACTOR, description="CAMEO code or organisation id")]
SinceQuery = Annotated[dt.date | None, Query(description="Events dated on or after")]
UntilQuery = Annotated[dt.date | None, Query(description="Events dated on or before")]
CountQuery = Annotated[
    str, Query(pattern="^(events|clusters)$", description="Every report, or every event once")
]


# The bodies /code and /ingest read (by content type), for the OpenAPI description: the routes
# read the raw body themselves, since one route takes three kinds of body.
_ARTICLE_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "properties": {
        name: {"type": "string"} for name in ("text", "id", "title", "date", "url", "source")
    },
}
ARTICLES_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [_ARTICLE_SCHEMA, {"type": "array", "items": _ARTICLE_SCHEMA}]}
            },
            "application/x-ndjson": {"schema": {"type": "string", "description": "JSONL"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


class QueryRequest(BaseModel):
    sql: str = Field(description="One SELECT statement over the corpus tables.")
    max_rows: int = Field(1000, ge=1, le=QUERY_MAX_ROWS, description="Rows returned at most.")


def create_app(service: Service) -> FastAPI:
    """The FastAPI app serving `service`'s store, API and dashboard."""
    app = FastAPI(
        title="dyads",
        version=__version__,
        description="Political event data from English news: code text, browse a corpus.",
    )
    app.state.service = service
    _add_error_handlers(app)

    @app.get("/health")
    def health() -> dict[str, Any]:
        """The server is up: the corpus file, its row counts, and whether writes are on."""
        with service.reading() as store:
            counts = store.counts()
        return {
            "status": "ok",
            "version": __version__,
            "db": str(service.store.path),
            "counts": counts,
            "writes": service.writable,
            "coder_loaded": service.coder is not None,
        }

    @app.post("/code", openapi_extra=ARTICLES_BODY)
    async def code(
        request: Request,
        date: Annotated[dt.date | None, Query(description="Overrides the articles' dates")] = None,
    ) -> dict[str, Any]:
        """Code text: a JSON article ({"text", "id", "title", "date", ...}) or a list of them,
        a JSONL batch (application/x-ndjson) or plain text. Returns the CLI's JSON:
        {"articles": [...], "rejections": [...]}."""
        articles, rejections = await _articles_of(request, service, date)
        coded, failed = await run_in_threadpool(service.code, articles)
        return {
            "articles": [article_dict(c) for c in coded],
            "rejections": [rejection_dict(r) for r in (*rejections, *failed)],
        }

    @app.post("/ingest", openapi_extra=ARTICLES_BODY)
    async def ingest(
        request: Request,
        authorization: Annotated[str | None, Header()] = None,
        date: Annotated[dt.date | None, Query(description="Overrides the articles' dates")] = None,
    ) -> dict[str, Any]:
        """Code articles (as for /code) and store them. Needs `Authorization: Bearer <token>`
        with the server's DYADS_API_TOKEN; without one set, writes are off."""
        if not service.writable:
            raise RequestError(403, "writes are off: start the server with DYADS_API_TOKEN set")
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.encode(), (service.token or "").encode()
        ):
            raise RequestError(401, "send Authorization: Bearer <DYADS_API_TOKEN> to write")
        articles, rejections = await _articles_of(request, service, date)
        report = await run_in_threadpool(service.ingest, articles, rejections)
        return {**report, "rejections": [rejection_dict(r) for r in rejections]}

    @app.get("/events")
    def events(
        source: Annotated[str | None, Query(pattern=ACTOR, description="Code prefix")] = None,
        target: Annotated[str | None, Query(pattern=ACTOR, description="Code prefix")] = None,
        actor: Annotated[str | None, Query(pattern=ACTOR, description="Either role")] = None,
        dyad: Annotated[
            str | None,
            Query(
                pattern=r"^[A-Za-z][A-Za-z0-9.\-]*,[A-Za-z][A-Za-z0-9.\-]*$",
                description="A,B: both directions",
            ),  # fmt: skip
        ] = None,
        root: Annotated[str | None, Query(pattern=r"^\d\d$", description="CAMEO root")] = None,
        cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="Code prefix")] = None,
        quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        q: Annotated[str | None, Query(max_length=200, description="Words in the sentence")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
        article: Annotated[str | None, Query(description="An article id")] = None,
        limit: Annotated[int, Query(ge=1, le=EVENTS_PAGE_MAX)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stored events that pass the filters, a page at a time, by date."""
        where = EventFilter(
            source=source, target=target, actor=actor,
            dyad=tuple(dyad.split(",")) if dyad else None,  # type: ignore[arg-type]
            root=root, cameo=cameo, quad_class=quad_class, since=since, until=until, text=q,
            min_confidence=min_confidence, article=article,
        )  # fmt: skip
        with service.reading() as store:
            total, page = find_events(store, where, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "events": page}

    @app.get("/pairs")
    def pairs(
        top: Annotated[int, Query(ge=1, le=1000)] = 20, count: CountQuery = "events"
    ) -> list[dict[str, Any]]:
        """The most active source-target pairs (as `dyads pairs --format json`)."""
        with service.reading() as store:
            return _records(top_pairs(store, top, count))

    @app.get("/network")
    def actor_network(
        since: SinceQuery = None,
        until: UntilQuery = None,
        top: Annotated[int, Query(ge=1, le=500)] = 60,
    ) -> dict[str, Any]:
        """The network of dyads in a date range: nodes (actors, with events) and edges (pairs,
        with counts per quad class and mean Goldstein)."""
        with service.reading() as store:
            return network(store, since, until, top)

    @app.get("/timeline/{a}/{b}")
    def timeline(a: ActorPath, b: ActorPath, count: CountQuery = "events") -> list[dict[str, Any]]:
        """Day by day, both directions (as `dyads timeline --format json`)."""
        with service.reading() as store:
            return _records(pair_timeline(store, a, b, count))

    @app.get("/timeline/{a}/{b}/days")
    def timeline_days(
        a: ActorPath, b: ActorPath, since: SinceQuery = None, until: UntilQuery = None
    ) -> list[dict[str, Any]]:
        """Day by day and quad class, both directions: events and the Goldstein sum."""
        with service.reading() as store:
            return daily_by_quad(store, a, b, since, until)

    @app.get("/compare/{a}/{b}")
    def compare(
        a: ActorPath,
        b: ActorPath,
        toward: Annotated[str, Query(pattern=ACTOR, description="The actor both stand toward")],
        since: SinceQuery = None,
        until: UntilQuery = None,
    ) -> dict[str, Any]:
        """Where A and B stand toward a third, per dimension (as `dyads compare --format json`)."""
        if a.upper() == b.upper():
            raise RequestError(422, f"A and B are both {a.upper()}; compare two actors")
        with service.reading() as store:
            comparison = compare_stances(
                store.stance_articles(), a.upper(), b.upper(), toward.upper(),
                since=since, until=until,
            )  # fmt: skip
        return comparison_dict(comparison)

    @app.get("/articles")
    def articles(
        limit: Annotated[int, Query(ge=1, le=EVENTS_PAGE_MAX)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """The stored articles, newest first, a page at a time, with their counts of events."""
        with service.reading() as store:
            total, page = list_articles(store, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "articles": page}

    @app.get("/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        """One stored article: text, actors with mention offsets, events with trigger offsets,
        quotes with speakers, stances."""
        with service.reading() as store:
            record = article_record(store, article_id)
        if record is None:
            raise RequestError(404, f"no article with id {article_id!r} in the store")
        return record

    @app.get("/search")
    def find(q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
        """Actors (code or name), event codes (code or name) and articles (title or text)."""
        with service.reading() as store:
            return search(store, q)

    @app.post("/query")
    def query(request: Annotated[QueryRequest, Body()]) -> dict[str, Any]:
        """One read-only SELECT over the corpus tables, at most `max_rows` rows and
        {QUERY_TIMEOUT_SECONDS} seconds; no files, network or extensions."""
        with service.reading() as store:
            try:
                result, more = guarded_query(
                    store, request.sql, request.max_rows, QUERY_TIMEOUT_SECONDS
                )
            except StoreError as e:
                raise RequestError(400, str(e)) from e
        return {"columns": list(result.columns), "rows": _records(result), "truncated": more}

    _mount_dashboard(app)
    return app


async def _articles_of(request: Request, service: Service, date: dt.date | None) -> tuple:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > service.max_body_bytes:
        raise RequestError(413, f"request body over the limit of {service.max_body_bytes:,} bytes")
    body = await request.body()
    if len(body) > service.max_body_bytes:
        raise RequestError(413, f"request body over the limit of {service.max_body_bytes:,} bytes")
    return read_body(
        body, request.headers.get("content-type", ""), service.settings.max_article_bytes, date
    )


def _records(result: Any) -> list[dict[str, Any]]:
    """Rows as the CLI's `--format json` prints them (dates and decimals as strings)."""
    records: list[dict[str, Any]] = json.loads(format_table(result, "json"))
    return records


def _add_error_handlers(app: FastAPI) -> None:
    def answer(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message, "status": status}, status_code=status)

    @app.exception_handler(DyadsError)
    async def dyads_error(request: Request, error: DyadsError) -> JSONResponse:
        # A store that cannot answer a query was sent a bad one; other errors are the server's.
        status = (
            error.status if isinstance(error, RequestError)
            else 400 if isinstance(error, StoreError)
            else 500
        )  # fmt: skip
        return answer(status, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        return answer(error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        return answer(422, f"invalid request: {problems}")


def _mount_dashboard(app: FastAPI) -> None:
    """The dashboard's files from dyads.ui, and Plotly's JavaScript from the installed plotly
    package (no CDN: the machines that run this may be offline)."""
    static = Path(str(resources.files("dyads.ui") / "static"))
    plotly_js = Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html")

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly() -> FileResponse:
        return FileResponse(plotly_js, media_type="text/javascript")

    app.mount("/static", StaticFiles(directory=static), name="static")
