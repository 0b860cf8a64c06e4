"""Plain text -> Article: header (title, date), place dateline, body."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.ingest.text import (
    article_from_text,
    dateline_places,
    find_date,
    find_dateline,
    parse_date,
)

AUG_19 = dt.date(2017, 8, 19)
BODY = (
    "Japan and the United States agreed on Thursday to strengthen their cooperation on "
    "missile defense, officials said after talks between the two allies.\n\n"
    "The ministers also discussed trade."
)


def test_jiji_example_header_title_date_and_place(example_path):
    article = article_from_text(example_path.read_text(encoding="utf-8"), id="jiji")

    assert article.title == "Japan, US facing need to coordinate N. Korea strategies"
    assert article.date == AUG_19
    assert article.place == "Washington"
    # The publication name, the headline and the date line are header, not body.
    assert article.text.startswith("WASHINGTON- While affirming")
    assert "Daily Manila Shimbun" not in article.text
    assert article.metadata["header"] == [
        "The Daily Manila Shimbun",
        "Japan, US facing need to coordinate N. Korea strategies",
        "August 19, 2017",
    ]
    start, end = article.dateline
    assert article.text[start:end].strip() == "WASHINGTON-"


@pytest.mark.parametrize(
    ("raw", "title", "date", "place", "body_start"),
    [
        pytest.param(
            "Japan and US agree to boost missile defense\n\nTOKYO - " + BODY,
            "Japan and US agree to boost missile defense",
            None,
            "Tokyo",
            "TOKYO - Japan",
            id="headline-then-dateline",
        ),
        pytest.param(
            "Japan and US agree to boost missile defense\r\n\r\nTOKYO - " + BODY,
            "Japan and US agree to boost missile defense",
            None,
            "Tokyo",
            "TOKYO - Japan",
            id="crlf-line-ends",
        ),
        pytest.param(
            "Japan and US agree to boost missile defense\n19 August 2017\n\n" + BODY,
            "Japan and US agree to boost missile defense",
            AUG_19,
            None,
            "Japan and the",
            id="headline-and-date-line",
        ),
        pytest.param(
            "Summit opens\n2017-08-19\n\n" + BODY,
            "Summit opens",
            AUG_19,
            None,
            "Japan and the",
            id="iso-date-line",
        ),
        pytest.param(BODY, None, None, None, "Japan and the", id="no-header"),
        pytest.param(
            "Talks ended.\n" + BODY,
            None,
            None,
            None,
            "Talks ended.",
            id="first-line-is-a-sentence",
        ),
        pytest.param(
            "Japan and US agree\nTalks in Tokyo\n",
            None,
            None,
            None,
            "Japan and US agree",
            id="only-short-lines-are-all-body",
        ),
        pytest.param(
            "Japan and the United States agreed on Aug. 19, 2017 to strengthen their alliance, "
            "officials said.",
            None,
            AUG_19,
            None,
            "Japan and the",
            id="date-in-first-paragraph",
        ),
    ],
)
def test_article_from_text(raw, title, date, place, body_start):
    article = article_from_text(raw, id="a", input="a.txt")

    assert (article.title, article.date, article.place) == (title, date, place)
    assert article.text.startswith(body_start)
    assert article.text == article.text.strip()
    assert (article.id, article.input) == ("a", "a.txt")


def test_text_without_header_is_all_body():
    article = article_from_text(BODY + "\n", id="a")

    assert article.text == BODY
    assert article.title is None
    assert article.metadata == {}


@pytest.mark.parametrize(
    ("text", "place", "dateline"),
    [
        ("WASHINGTON- While affirming a policy", "Washington", "WASHINGTON- "),
        ("WASHINGTON (AP) - The United States said", "Washington", "WASHINGTON (AP) - "),
        ("KYIV, Ukraine — Russia launched", "Kyiv", "KYIV, Ukraine — "),
        ("NEW DELHI: India said", "New Delhi", "NEW DELHI: "),
        ("TOKYO -- Japan protested", "Tokyo", "TOKYO -- "),
        ("TOKYO (Reuters) - Japan protested", "Tokyo", "TOKYO (Reuters) - "),
    ],
)
def test_find_dateline(text, place, dateline):
    found, span = find_dateline(text)

    assert found == place
    assert span[0] == 0
    assert text[span[0] : span[1]] == dateline


@pytest.mark.parametrize(
    ("dateline", "names", "qualifier"),
    [
        ("WASHINGTON — ", ["Washington"], None),
        ("KYIV, Ukraine — ", ["Kyiv"], "Ukraine"),
        ("SEOUL, South Korea (AP) — ", ["Seoul"], "South Korea"),
        ("MARANCHON, SPAIN — ", ["Maranchon"], "Spain"),
        ("ISLAMABAD/PENTAGON — ", ["Islamabad", "Pentagon"], None),
        ("The minister said", [], None),
    ],
)
def test_dateline_places(dateline, names, qualifier):
    assert dateline_places(dateline) == (names, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said talks would continue.",
        "Japan and the US met on Thursday.",
        "A US official said the talks went well.",
        "I - for one - disagree.",
        "Washington - the capital - said nothing.",
        "",
        pytest.param(
            "US-Japan talks began on Thursday.",
        ),
        pytest.param(
            "NATO-led forces entered the city.",
        ),
    ],
)
def test_no_dateline_in_ordinary_sentences(text):
    assert find_dateline(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("August 19, 2017", AUG_19),
        ("Aug. 19, 2017", AUG_19),
        ("Aug 19 2017", AUG_19),
        ("19 August 2017", AUG_19),
        ("2017-08-19", AUG_19),
        ("Sept. 3, 2020", dt.date(2020, 9, 3)),
        ("Published on August 19, 2017 in Tokyo", AUG_19),
        ("The talks were held on Thursday.", None),
        ("May 2017", None),
        ("", None),
    ],
)
def test_find_date(text, date):
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("August 19, 2017", AUG_19),
        ("Aug. 19, 2017", AUG_19),
        ("19 August 2017", AUG_19),
        ("2017-08-19", AUG_19),
        ("not a date", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date
