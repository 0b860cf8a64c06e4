"""Screenshots of each dashboard view, for docs/: headless Chromium (Debian's) driven by
Playwright, against a running `dyads serve`.

    dyads serve --db /tmp/voa.duckdb --port 8765 &
    python scripts/dashboard_screenshots.py --url http://127.0.0.1:8765 --out docs \
        --dyad RUS/UKR --compare USA/CHN/IRN --article 8010476
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

# The same launch as the browser tests (tests/conftest.py): no downloads, no background traffic.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--dyad", default="RUS/UKR", help="A/B")
    parser.add_argument("--compare", default="USA/JPN/PRK", help="A/B/TOWARD")
    parser.add_argument("--article", required=True, help="an article id in the store")
    parser.add_argument("--event", help="an event id of that article to select")
    args = parser.parse_args()
    a, b, toward = args.compare.split("/")
    views = {
        "dashboard-actors.png": "#/actors",
        "dashboard-dyad.png": f"#/dyad/{args.dyad}",
        "dashboard-compare.png": f"#/compare/{a}/{b}?toward={toward}",
        "dashboard-article.png": f"#/article/{args.article}"
        + (f"?event={args.event}" if args.event else ""),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        for name, fragment in views.items():
            page.goto(f"{args.url}/{fragment}")
            page.wait_for_selector(f"body[data-ready='{fragment[2:].split('/')[0].split('?')[0]}']")
            page.wait_for_timeout(500)  # let Plotly finish its transitions
            page.screenshot(path=str(args.out / name))
            print(args.out / name)
        browser.close()


if __name__ == "__main__":
    main()
