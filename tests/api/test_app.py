"""The HTTP API in-process (FastAPI's TestClient) over a small corpus file (serve_db)."""

from __future__ import annotations

import json

import pytest

from dyads.serialize import article_dict


def test_health_reports_the_store_and_that_writes_are_off(api_client):
    body = api_client.get("/health").json()
    assert body["status"] == "ok" and body["writes"] is False
    assert body["counts"]["articles"] == 4 and body["counts"]["events"] > 0


def test_openapi_docs_list_the_endpoints(api_client):
    paths = api_client.get("/openapi.json").json()["paths"]
    for path in ("/code", "/events", "/pairs", "/timeline/{a}/{b}", "/compare/{a}/{b}",
                 "/articles/{article_id}", "/ingest", "/query", "/health"):  # fmt: skip
        assert path in paths
    assert api_client.get("/docs").status_code == 200


@pytest.mark.parametrize(
    "params, check",
    [
        ({"source": "CHN", "target": "JPN"},
         lambda e: e["source"]["code"] == "CHN" and e["target"]["code"] == "JPN"),
        ({"actor": "USA"}, lambda e: "USA" in (e["source"]["code"][:3],
                                               (e["target"] or {}).get("code", "")[:3])),
        ({"dyad": "JPN,USA"}, lambda e: {e["source"]["code"][:3], e["target"]["code"][:3]}
         == {"JPN", "USA"}),
        ({"root": "11"}, lambda e: e["root"] == "11"),
        ({"cameo": "03"}, lambda e: e["cameo"].startswith("03")),
        ({"quad_class": 3}, lambda e: e["quad_class"] == 3),
        ({"since": "2024-05-03", "until": "2024-05-05"},
         lambda e: "2024-05-03" <= e["date"] <= "2024-05-05"),
        ({"q": "ballistic"}, lambda e: "ballistic" in e["text"].lower()),
        ({"min_confidence": 0.9}, lambda e: e["confidence"] >= 0.9),
        ({"article": "serve-2"}, lambda e: e["article"]["id"] == "serve-2"),
    ],
)  # fmt: skip
def test_events_filters(api_client, params, check):
    body = api_client.get("/events", params=params).json()
    assert body["total"] == len(body["events"]) > 0
    assert all(check(e) for e in body["events"]), body["events"]


def test_events_filters_narrow_the_whole_set(api_client):
    everything = api_client.get("/events", params={"limit": 500}).json()
    conflict = api_client.get("/events", params={"quad_class": 3, "limit": 500}).json()
    assert 0 < conflict["total"] < everything["total"]
    assert conflict["total"] == sum(e["quad_class"] == 3 for e in everything["events"])


def test_events_are_paged(api_client):
    everything = api_client.get("/events", params={"limit": 500}).json()["events"]
    pages = [api_client.get("/events", params={"limit": 3, "offset": o}).json()["events"]
             for o in range(0, len(everything), 3)]  # fmt: skip
    assert [e["id"] + e["article"]["id"] for p in pages for e in p] == [
        e["id"] + e["article"]["id"] for e in everything
    ]


def test_events_carry_the_stored_record_and_its_article(api_client):
    (event,) = api_client.get("/events", params={"source": "PRK", "article": "serve-3"}).json()[
        "events"
    ]
    assert event["cameo"] == "195" and event["trigger"]["text"].startswith("fired")
    assert event["article"] == {"id": "serve-3", "title": None, "date": "2024-05-06"}
    assert event["date"] == "2024-05-06"


def test_article_has_the_records_of_the_cli_with_offsets(api_client, coder, example_path):
    from dyads.ingest import read_inputs

    (article,) = read_inputs([str(example_path)], 1_000_000)
    want = article_dict(coder.code(article))
    got = api_client.get(f"/articles/{article.id}").json()
    assert got["text"] == want["text"] and got["title"] == want["title"]
    assert {(a["id"], a["code"]) for a in got["actors"]} == {
        (a["id"], a["code"]) for a in want["actors"]
    }
    assert sorted(map(tuple, got["actors"][0]["mentions"])) == sorted(
        map(tuple, next(a for a in want["actors"] if a["id"] == got["actors"][0]["id"])["mentions"])
    )
    assert [(e["id"], e["cameo"], e["trigger"]) for e in got["events"]] == [
        (e["id"], e["cameo"], e["trigger"]) for e in want["events"]
    ]
    for event in got["events"]:
        trigger = event["trigger"]
        assert got["text"][trigger["start"] : trigger["end"]] == trigger["text"]
    assert [(q["id"], q["text"], (q["speaker"] or {}).get("code")) for q in got["quotes"]] == [
        (q["id"], q["text"], (q["speaker"] or {}).get("code"))
        for q in sorted(want["quotes"], key=lambda q: q["start"])
    ]
    assert len(got["stances"]) == len(want["stances"])


def test_pairs_and_timeline_are_the_cli_records(api_client, served_copy):
    from dyads.serialize import format_table
    from dyads.store import Store
    from dyads.store.queries import pairs, timeline

    with Store.open(served_copy, read_only=True) as store:
        want_pairs = json.loads(format_table(pairs(store, 5), "json"))
        want_timeline = json.loads(format_table(timeline(store, "CHN", "JPN"), "json"))
    assert api_client.get("/pairs", params={"top": 5}).json() == want_pairs
    assert (
        api_client.get("/timeline/CHN/JPN").json()
        == want_timeline
        == [
            {"date": "2024-05-02", "direction": "CHN>JPN", "events": 1, "mean_goldstein": -2.0},
            {"date": "2024-05-02", "direction": "JPN>CHN", "events": 1, "mean_goldstein": -4.0},
        ]
    )


def test_timeline_days_add_up_the_dyads_events(api_client):
    days = api_client.get("/timeline/USA/JPN/days").json()
    events = api_client.get("/events", params={"dyad": "USA,JPN", "limit": 500}).json()["events"]
    want: dict[tuple[str, int], list[float]] = {}
    for e in events:
        if e["date"]:
            want.setdefault((e["date"], e["quad_class"]), []).append(e["goldstein"] or 0)
    assert {(d["date"], d["quad_class"]): (d["events"], d["goldstein_sum"]) for d in days} == {
        key: (len(scores), round(sum(scores), 2)) for key, scores in want.items()
    }
    assert ("2024-05-03", 1) in want


def test_network_nodes_and_edges(api_client):
    net = api_client.get("/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("CHN", "JPN")]["quad3"] == 1 and edges[("CHN", "JPN")]["quad_class"] == 3
    nodes = {n["code"]: n["events"] for n in net["nodes"]}
    assert nodes["CHN"] == sum(
        e["events"] for e in net["edges"] if "CHN" in (e["source"], e["target"])
    )
    later = api_client.get("/network", params={"since": "2024-05-03"}).json()
    assert ("CHN", "JPN") not in {(e["source"], e["target"]) for e in later["edges"]}


def test_compare_is_the_cli_comparison(api_client, served_copy):
    from dyads.serialize import comparison_dict
    from dyads.stances import compare
    from dyads.store import Store

    with Store.open(served_copy, read_only=True) as store:
        want = comparison_dict(compare(store.stance_articles(), "USA", "JPN", "PRK"))
    body = api_client.get("/compare/usa/JPN", params={"toward": "PRK"}).json()
    assert body == json.loads(json.dumps(want))
    assert body["largest_divergence"] == "military" and body["articles"] == 4
    assert any(d["evidence_a"] for d in body["dimensions"])


def test_search_finds_actors_codes_and_articles(api_client):
    found = api_client.get("/search", params={"q": "japan"}).json()
    assert "JPN" in [a["code"] for a in found["actors"]]
    assert {"serve-1", "serve-2", "serve-3"} <= {a["id"] for a in found["articles"]}
    codes = api_client.get("/search", params={"q": "195"}).json()["event_codes"]
    assert [c["cameo"] for c in codes] == ["195"]


def test_articles_list(api_client):
    body = api_client.get("/articles").json()
    assert body["total"] == 4
    assert [a["id"] for a in body["articles"]][:3] == ["serve-3", "serve-2", "serve-1"]


def test_code_a_json_article(api_client):
    body = api_client.post(
        "/code", json={"id": "x", "text": "Japan condemned North Korea.", "date": "2024-01-02"}
    ).json()
    (article,) = body["articles"]
    assert body["rejections"] == [] and article["id"] == "x" and article["date"] == "2024-01-02"
    assert [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in article["events"]] == [
        ("JPN", "111", "PRK")
    ]


def test_code_plain_text_with_a_date(api_client):
    response = api_client.post(
        "/code?date=2024-02-03", content="France condemned Russia.",
        headers={"content-type": "text/plain"},
    )  # fmt: skip
    (article,) = response.json()["articles"]
    assert article["date"] == "2024-02-03" and article["events"][0]["target"]["code"] == "RUS"


def test_code_a_jsonl_batch_keeps_going_past_a_bad_line(api_client):
    lines = [
        json.dumps({"id": "a", "text": "Japan condemned North Korea."}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "France condemned Russia."}),
    ]
    body = api_client.post(
        "/code", content="\n".join(lines), headers={"content-type": "application/x-ndjson"}
    ).json()
    assert [a["id"] for a in body["articles"]] == ["a", "d"]
    assert [r["input"] for r in body["rejections"]] == ["request:2", "request:3"]


@pytest.mark.parametrize(
    "method, path, kwargs, status, words",
    [
        ("get", "/articles/no-such-article", {}, 404, "no article"),
        ("get", "/nowhere", {}, 404, "Not Found"),
        ("get", "/events", {"params": {"quad_class": 9}}, 422, "quad_class"),
        ("get", "/events", {"params": {"since": "yesterday"}}, 422, "since"),
        ("get", "/compare/USA/USA", {"params": {"toward": "PRK"}}, 422, "compare two"),
        ("get", "/compare/USA/JPN", {}, 422, "toward"),
        ("get", "/timeline/USA/1X", {}, 422, "b"),
        ("post", "/code", {"json": {"text": ""}}, 422, "empty"),
        ("post", "/code", {"json": {"text": "Le gouvernement français a annoncé mardi une "
                                            "nouvelle série de mesures économiques."}},
         422, "not English"),
        ("post", "/code", {"content": "{oops", "headers": {"content-type": "application/json"}},
         400, "not valid JSON"),
        ("post", "/code", {"content": "x", "headers": {"content-type": "image/png"}}, 400,
         "not supported"),
        ("post", "/code", {"json": {"text": "Japan condemned North Korea. " * 40_000}}, 413,
         "over the limit"),
        ("post", "/code", {"content": b"x" * 10_000_001,
                           "headers": {"content-type": "application/x-ndjson"}}, 413,
         "request body"),
        ("post", "/query", {"json": {"sql": "DELETE FROM events"}}, 400, "SELECT"),
        ("post", "/query", {"json": {"sql": "SELECT * FROM nowhere"}}, 400, "nowhere"),
        ("post", "/query", {"json": {}}, 422, "sql"),
        ("post", "/ingest", {"json": {"text": "Japan condemned North Korea."}}, 403,
         "writes are off"),
    ],
)  # fmt: skip
def test_errors_are_json_with_fitting_statuses(api_client, method, path, kwargs, status, words):
    response = getattr(api_client, method)(path, **kwargs)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and words in body["error"]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "COPY events TO '/tmp/dyads-stolen.csv'",
        "ATTACH '/tmp/dyads-other.duckdb' AS other",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "SELECT 1; DROP TABLE events",
    ],
)
def test_query_cannot_reach_files_extensions_or_settings(api_client, sql):
    response = api_client.post("/query", json={"sql": sql})
    assert response.status_code == 400
    assert api_client.get("/health").json()["counts"]["events"] > 0


def test_query_rows_are_limited(api_client):
    body = api_client.post(
        "/query", json={"sql": "SELECT * FROM range(100000)", "max_rows": 10}
    ).json()
    assert len(body["rows"]) == 10 and body["truncated"] is True
    small = api_client.post("/query", json={"sql": "SELECT count(*) AS n FROM articles;"}).json()
    assert small == {"columns": ["n"], "rows": [{"n": 4}], "truncated": False}


def test_query_is_interrupted_at_the_time_limit(api_client, monkeypatch):
    from dyads.api import app as app_module

    monkeypatch.setattr(app_module, "QUERY_TIMEOUT_SECONDS", 0.2)
    response = api_client.post(
        "/query",
        json={
            "sql": "SELECT count(*) FROM range(100000000000) a JOIN range(10) b "
            "ON a.range % 7 = b.range"
        },  # fmt: skip
    )
    assert response.status_code == 400 and "time limit" in response.json()["error"]


@pytest.mark.parametrize(
    "authorization, status",
    [(None, 401), ("Bearer wrong", 401), ("Basic s3cret", 401), ("Bearer s3cret", 200)],
)
def test_ingest_needs_the_bearer_token(writable_client, authorization, status):
    headers = {"authorization": authorization} if authorization else {}
    response = writable_client.post(
        "/ingest",
        json=[{"id": "new-1", "text": "Germany condemned Iran's missile test on Monday.",
               "date": "2024-06-03"}],
        headers=headers,
    )  # fmt: skip
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["added"] == 1 and response.json()["events"] > 0
        events = writable_client.get("/events", params={"article": "new-1"}).json()["events"]
        assert events and events[0]["source"]["code"] == "DEU"
        again = writable_client.post(
            "/ingest", json=[{"id": "new-1", "text": "Germany condemned Iran's missile test on "
                              "Monday.", "date": "2024-06-03"}], headers=headers
        ).json()  # fmt: skip
        assert again["added"] == 0 and again["skipped"] == 1
    else:
        assert writable_client.get("/articles/new-1").status_code == 404


def test_the_coder_is_loaded_once_on_first_use(serve_db, tmp_path, coder, monkeypatch):
    import shutil

    from fastapi.testclient import TestClient

    from dyads.api import Service, create_app
    from dyads.api import service as service_module
    from dyads.config import Settings

    loads = []

    def counting_coder(settings):
        loads.append(settings)
        return coder

    monkeypatch.setattr(service_module, "Coder", counting_coder)
    path = shutil.copy(serve_db, tmp_path / "c.duckdb")
    service = Service.open(str(path), Settings())
    with TestClient(create_app(service)) as client:
        assert client.get("/health").json()["coder_loaded"] is False and loads == []
        for _ in range(3):
            client.post("/code", json={"text": "Japan condemned North Korea."})
        assert client.get("/health").json()["coder_loaded"] is True
    service.close()
    assert len(loads) == 1


def test_dashboard_files_are_served(api_client):
    page = api_client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "cdn" not in page.text.lower()
    script = api_client.get("/static/plotly.min.js")
    assert script.status_code == 200 and len(script.content) > 1_000_000
    assert api_client.get("/static/app.js").status_code == 200
