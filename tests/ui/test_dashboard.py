"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against the
app served by uvicorn on loopback over a small corpus file (fixtures in tests/conftest.py).
Skipped, with the reason, where Chromium or Playwright is missing."""

from __future__ import annotations

import re

import pytest

# Where a Plotly point is drawn on the page: Plotly's own axis mapping, plus the plot's offset.
_POINT_ON_PAGE = """([meta, key]) => {
    const plot = document.getElementById("network");
    const trace = plot.data.find((t) => t.meta === meta);
    const i = trace.customdata.findIndex((c) => JSON.stringify(c) === JSON.stringify(key));
    const layout = plot._fullLayout, box = plot.getBoundingClientRect();
    return [box.left + layout._size.l + layout.xaxis.l2p(trace.x[i]),
            box.top + layout._size.t + layout.yaxis.l2p(trace.y[i])];
}"""


def _open(page, base, fragment):
    _unready(page)
    url = f"{base}/{fragment}"
    if page.url == url:
        # The same URL again changes no hash, so the page would not draw the view anew.
        page.evaluate("() => window.dispatchEvent(new HashChangeEvent('hashchange'))")
    else:
        page.goto(url)
    return _ready(page, fragment[2:].split("/")[0].split("?")[0])


def _unready(page):
    """Clear the mark of a drawn view before an action that draws one: the next view may have
    the same name as the current one."""
    page.evaluate("() => document.body && delete document.body.dataset.ready")


def _ready(page, view):
    page.wait_for_selector(f"body[data-ready='{view}']", timeout=20_000)
    assert not page.locator("#view .error").count(), page.locator("#view .error").inner_text()
    return page


def _click_point(page, meta, key):
    x, y = page.evaluate(_POINT_ON_PAGE, [meta, key])
    _unready(page)
    page.mouse.move(x, y)
    page.mouse.click(x, y)


@pytest.mark.parametrize(
    "fragment, selector, at_least",
    [
        ("#/actors", "#network .scatterlayer .point", 3),
        ("#/actors", "#pairs tbody tr", 3),
        ("#/dyad/CHN/JPN", "#timeline .bars .point", 1),
        ("#/dyad/CHN/JPN", "#events tbody tr", 2),
        ("#/compare/USA/JPN?toward=PRK", "table.dimensions tbody tr", 5),
        ("#/compare/USA/JPN?toward=PRK", "a.evidence", 1),
        ("#/compare/USA/JPN?toward=PRK", "#compare-chart .bars .point", 1),
        ("#/article/serve-2", ".story .trigger", 2),
        ("#/article/serve-2", ".story .actor", 3),
        ("#/article/serve-2", "table.quotes tbody tr", 1),
        ("#/article", "tbody tr.clickable", 4),
        ("#/events?quad_class=3", "table.events tbody tr", 2),
        ("#/search?q=japan", "a.actor-result", 1),
    ],
)
def test_each_view_renders_with_data(page, dashboard_url, fragment, selector, at_least):
    _open(page, dashboard_url, fragment)
    assert page.locator(selector).count() >= at_least
    assert page.console_errors == []


def test_article_highlights_every_trigger_and_mention_at_its_offsets(page, dashboard_url):
    import json
    import urllib.request

    with urllib.request.urlopen(f"{dashboard_url}/articles/serve-1") as response:
        article = json.load(response)
    _open(page, dashboard_url, "#/article/serve-1")
    triggers = page.locator(".story .trigger").all_inner_texts()
    assert triggers == [e["trigger"]["text"] for e in article["events"]]
    actors = set(page.locator(".story .actor").all_inner_texts())
    assert {"China", "Japan", "Taiwan"} <= actors
    quote = page.locator("table.quotes tbody tr").first.inner_text()
    assert "JPN" in quote and "the drills were defensive" in quote


def test_click_from_network_to_dyad_to_article_shows_the_trigger(page, dashboard_url):
    _open(page, dashboard_url, "#/actors")
    _click_point(page, "edges", ["CHN", "JPN"])
    _ready(page, "dyad")
    assert page.url.endswith("#/dyad/CHN/JPN")
    row = page.locator("#events tbody tr", has_text="condemned")
    _unready(page)
    row.locator("a.article-link").click()
    _ready(page, "article")
    assert re.search(r"#/article/serve-1\?event=e\d+$", page.url)
    selected = page.locator(".story .trigger.selected")
    assert selected.count() == 1 and selected.inner_text() == "condemned"
    assert selected.is_visible()
    assert page.locator("table.events tr.selected").count() == 1
    assert page.console_errors == []


def test_click_a_node_filters_the_network(page, dashboard_url):
    _open(page, dashboard_url, "#/actors")
    _click_point(page, "nodes", "PRK")
    _ready(page, "actors")
    assert page.url.endswith("#/actors?actor=PRK")
    pairs = page.locator("#pairs tbody tr").all_inner_texts()
    assert pairs and all("PRK" in row for row in pairs)
    events = page.locator("#events tbody tr").all_inner_texts()
    assert events and all("PRK" in row for row in events)
    assert page.console_errors == []


def test_search_box_finds_an_actor_and_leads_to_its_network(page, dashboard_url):
    _open(page, dashboard_url, "#/actors")
    page.fill("#search input", "North Korea")
    _unready(page)
    page.press("#search input", "Enter")
    _ready(page, "search")
    assert page.url.endswith("#/search?q=North+Korea")
    _unready(page)
    page.locator("a.actor-result", has_text="PRK").click()
    _ready(page, "actors")
    assert "actor=PRK" in page.url
    assert page.console_errors == []


def test_a_shared_url_restores_the_view_and_its_filters(page, dashboard_url):
    _open(page, dashboard_url, "#/dyad/USA/JPN")
    page.fill("#dyad-form input[name=since]", "2024-05-01")
    _unready(page)
    page.click("#dyad-form button")
    _ready(page, "dyad")
    shared = page.url
    assert shared.endswith("#/dyad/USA/JPN?since=2024-05-01")
    fresh = page.context.new_page()
    try:
        fresh.goto(shared)
        _ready(fresh, "dyad")
        dates = fresh.locator("#events tbody tr td:first-child").all_inner_texts()
        assert dates and all(d >= "2024-05-01" for d in dates)
        assert fresh.locator("#dyad-form input[name=since]").input_value() == "2024-05-01"
    finally:
        fresh.close()
