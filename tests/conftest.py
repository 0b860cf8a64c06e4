"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def example_path() -> Path:
    """The founding example the project ships as its demo."""
    return ROOT / "examples" / "jiji-2017-08-19-us-japan-two-plus-two.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip when this checkout has no shared folder beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA} (../shared/data beside the repo)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def coder():
    """One Coder with the real spaCy pipeline for the whole session."""
    from dyads import Coder

    return Coder()


@pytest.fixture(scope="session")
def stock_coder(coder):
    """The session coder's lexicons with the stock spaCy pipeline (exact speed levers off)."""
    return coder.with_exact_levers(False)


@pytest.fixture
def restored_backend(coder):
    """The session pipeline, its numerical backend put back after the test."""
    from dyads.nlp.backend import backend_of, use_backend

    before = backend_of(coder.parser.nlp)
    yield coder.parser.nlp
    use_backend(coder.parser.nlp, before)


@pytest.fixture(scope="session")
def sample_articles(shared_data, example_path):
    """The founding example and the first eight VOA stories of ../shared/data, as Articles."""
    from dyads.ingest import read_inputs

    stories = shared_data / "voa_stories.jsonl"
    if not stories.is_file():
        pytest.skip(f"VOA stories not found at {stories}")
    (founding,) = read_inputs([str(example_path)], 1_000_000)
    return [founding, *list(read_inputs([str(stories)], 1_000_000))[:8]]


@pytest.fixture(scope="session")
def founding(coder, example_path):
    """The founding example, coded with the session coder (asserted events)."""
    from dyads.ingest import read_inputs

    (article,) = read_inputs([str(example_path)], 1_000_000)
    return coder.code(article)


@pytest.fixture(scope="session")
def code_text(coder):
    """Code a text with the session coder: code_text("Japan condemned North Korea.")."""
    from dyads.ingest import article_from_text

    def run(text: str):
        return coder.code(article_from_text(text, id="test"))

    return run


@pytest.fixture
def run_dyads(tmp_path, monkeypatch):
    """Run the `dyads` command in this process (click's CliRunner) in tmp_path, without DYADS_*
    from the caller, so that the spaCy pipeline loads once for the whole session.

    run_dyads("code", "a.txt", stdin="...", env={"DYADS_MAX_ARTICLE_BYTES": "200"}) gives a
    CompletedProcess with the exit code and text stdout and stderr (an unexpected exception's
    traceback is on stderr, as a process would print it).
    """
    import os
    import subprocess
    import traceback

    from click.testing import CliRunner

    from dyads.cli import cli

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
        monkeypatch.chdir(tmp_path)
        cleared = {k: None for k in os.environ if k.startswith("DYADS_")}
        result = CliRunner().invoke(
            cli, list(args), input=stdin if stdin is not None else "",
            env={**cleared, **(env or {})},
        )  # fmt: skip
        stderr = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            stderr += "".join(traceback.format_exception(result.exception))
        return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, stderr)

    return run


@pytest.fixture(scope="session")
def hand_parse():
    """A ParsedDoc built by hand, so rule tests say what a rule does on a given parse, not what
    the model happens to parse: hand_parse(words, heads, deps, pos, lemmas=None, tags=None).
    `heads` are absolute token indices (a root is its own head)."""
    import spacy
    from spacy.tokens import Doc

    from dyads.nlp.pipeline import to_parsed

    vocab = spacy.blank("en").vocab

    def build(words, heads, deps, pos, lemmas=None, tags=None):
        doc = Doc(
            vocab,
            words=list(words),
            heads=list(heads),
            deps=list(deps),
            pos=list(pos),
            lemmas=list(lemmas or [w.lower() for w in words]),
            tags=list(tags or [""] * len(words)),
        )
        return to_parsed(doc)

    return build


@pytest.fixture(scope="session")
def actors_at():
    """Actors mentioned at token spans of a hand-built ParsedDoc, for role-rule tests:
    actors_at(doc, {(0, 1): "JPN", (3, 4): "PRKGOV"}) gives the Actors (a country code is a
    state; a longer code adds its sectors)."""
    from dyads.records import Actor, Mention

    def build(doc, spans):
        actors = []
        for (start, end), code in spans.items():
            first, last = doc.tokens[start], doc.tokens[end - 1]
            text = doc.text[first.idx : last.idx + len(last.text)]
            mention = Mention(
                first.idx, first.idx + len(text), text, first.sent, start, end, "test"
            )
            sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3))
            actors.append(
                Actor(code, text, text, "state", code[:3], sectors, code, (mention,), "test")
            )
        return tuple(actors)

    return build


# Short stories written for the API and dashboard tests: dyads among China, Japan, the United
# States and North Korea over a few days, with a quotation.
SERVE_STORIES = [
    ("serve-1", "2024-05-02", "China condemned Japan's military exercises near Taiwan on Thursday. "
     "Japan rejected China's criticism and said the drills were defensive."),
    ("serve-2", "2024-05-03", "The United States and Japan agreed on Friday to expand military "
     'cooperation. "We will stand with Japan," the US defense secretary said after talks in '
     "Tokyo."),
    ("serve-3", "2024-05-06", "North Korea fired a ballistic missile toward Japan on Monday. Japan "
     "and the United States condemned the launch, and China called for restraint."),
]  # fmt: skip


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory, coder, example_path) -> Path:
    """A small corpus file for the API and dashboard tests: SERVE_STORIES and the founding
    example, coded with the session coder. Copy it (`served_copy`) before opening it."""
    import datetime as dt

    from dyads.ingest import read_inputs
    from dyads.records import Article
    from dyads.store import Store

    (founding_article,) = read_inputs([str(example_path)], 1_000_000)
    articles = [
        Article(id=id, text=text, date=dt.date.fromisoformat(date), source="test-wire",
                url=f"https://example.org/{id}")
        for id, date, text in SERVE_STORIES
    ]  # fmt: skip
    path = tmp_path_factory.mktemp("serve") / "serve.duckdb"
    with Store.open(path) as store:
        store.add(coder.code_many([*articles, founding_article]))
        store.rebuild_clusters(3)
    return path


@pytest.fixture
def served_copy(serve_db, tmp_path) -> Path:
    """A fresh copy of serve_db for one test: each server holds its file open."""
    import shutil

    return Path(shutil.copy(serve_db, tmp_path / "serve.duckdb"))


@pytest.fixture(scope="module")
def api_client(serve_db, coder, tmp_path_factory):
    """A TestClient over the read-only API of a copy of serve_db, sharing the session coder."""
    import shutil

    from fastapi.testclient import TestClient

    from dyads.api import Service, create_app
    from dyads.config import Settings

    path = shutil.copy(serve_db, tmp_path_factory.mktemp("api") / "serve.duckdb")
    service = Service.open(str(path), Settings(), coder=coder)
    with TestClient(create_app(service)) as client:
        yield client
    service.close()


@pytest.fixture
def writable_client(served_copy, coder):
    """A TestClient over the API of a copy of serve_db with writes on (token "s3cret")."""
    from fastapi.testclient import TestClient

    from dyads.api import Service, create_app
    from dyads.config import Settings

    service = Service.open(str(served_copy), Settings(), token="s3cret", coder=coder)
    with TestClient(create_app(service)) as client:
        yield client
    service.close()


@pytest.fixture(scope="module")
def dashboard_url(serve_db, coder, tmp_path_factory):
    """The app serving a copy of serve_db on a free loopback port, run by uvicorn in a thread."""
    import shutil
    import socket
    import threading
    import time

    import uvicorn

    from dyads.api import Service, create_app
    from dyads.config import Settings

    path = shutil.copy(serve_db, tmp_path_factory.mktemp("dashboard") / "serve.duckdb")
    service = Service.open(str(path), Settings(), coder=coder)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(service), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    service.close()


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright, or a skip saying what is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def dashboard_tab(browser):
    """One 1280x900 page for a module's browser tests: the dashboard is one page whose views
    change with the URL's hash, so the tests move it from view to view instead of loading it
    (and its 4.8 MB of Plotly) again for each test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda m: m.type == "error" and tab.console_errors.append(m.text))
    tab.on("pageerror", lambda e: tab.console_errors.append(str(e)))
    yield tab
    context.close()


@pytest.fixture
def page(dashboard_tab):
    """The module's dashboard page; `page.console_errors` collects the console errors and
    uncaught exceptions logged during this test."""
    dashboard_tab.console_errors.clear()
    return dashboard_tab
