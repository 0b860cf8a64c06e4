"""Event dates: relative expressions against fixed article dates, and whose clause a date is."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.events.dates import resolve_date

SATURDAY = dt.date(2017, 8, 19)
THURSDAY = dt.date(2022, 3, 31)


@pytest.mark.parametrize(
    ("text", "article", "start", "end"),
    [
        ("Thursday", SATURDAY, "2017-08-17", None),
        # The story's own weekday is its day.
        ("Saturday", SATURDAY, "2017-08-19", None),
        ("Thursday night", THURSDAY, "2022-03-31", None),
        ("on Thursday", SATURDAY, "2017-08-17", None),
        ("Monday night", SATURDAY, "2017-08-14", None),
        ("yesterday", SATURDAY, "2017-08-18", None),
        ("two days ago", SATURDAY, "2017-08-17", None),
        ("last week", SATURDAY, "2017-08-07", "2017-08-13"),
        ("this week", SATURDAY, "2017-08-14", "2017-08-19"),
        ("earlier this month", SATURDAY, "2017-08-01", "2017-08-19"),
        ("last month", SATURDAY, "2017-07-01", "2017-07-31"),
        # The most recent January before the article, as a month.
        ("in January", SATURDAY, "2017-01-01", "2017-01-31"),
        ("December", THURSDAY, "2021-12-01", "2021-12-31"),
        ("last year", THURSDAY, "2021-01-01", "2021-12-31"),
        ("August 3, 2016", SATURDAY, "2016-08-03", None),
        ("3 March", THURSDAY, "2022-03-03", None),
        # Ranges keep the start and give the end.
        ("March 3 to 5", THURSDAY, "2022-03-03", "2022-03-05"),
        ("from March 14 to March 18", THURSDAY, "2022-03-14", "2022-03-18"),
        ("Aug. 10-12", SATURDAY, "2017-08-10", "2017-08-12"),
        # Decades and centuries, which dateparser does not read, are periods too.
        ("the 1970s", SATURDAY, "1970-01-01", "1979-12-31"),
        ("the 19th century", SATURDAY, "1801-01-01", "1900-12-31"),
        ("the 17th and 18th centuries", SATURDAY, "1701-01-01", "1800-12-31"),
        ("decades ago", SATURDAY, "1997-01-01", None),
    ],
)
def test_relative_and_absolute_dates(text, article, start, end):
    found = resolve_date(text, article)
    assert found is not None, text
    assert (found.date.isoformat(), found.end.isoformat() if found.end else None) == (start, end)


@pytest.mark.parametrize("text", ["two years", "the past two years", "decades", "the 2010s"])
def test_durations_date_nothing(text):
    # A decade the story is still in says nothing of when an act took place.
    assert resolve_date(text, SATURDAY) is None


def test_an_act_of_a_past_century_is_history(coder):
    text = "Chile annexed the coastal province from Bolivia in the 19th century."
    assert not _event_dates(coder, text, SATURDAY)


def test_a_date_on_the_act_s_noun_dates_it_before_the_reporting_verb_s(coder):
    # "the 1998 bombing" is history though the hearings into it began on Tuesday.
    text = (
        "Hearings began in Santiago on Tuesday into the 1998 bombing of a Chilean base by "
        "Peruvian rebels."
    )
    assert not [cameo for cameo, _, _ in _event_dates(coder, text, THURSDAY) if cameo[:2] == "18"]


def test_announced_acts_read_weekdays_forward():
    assert resolve_date("Friday", THURSDAY, future=True).date == dt.date(2022, 4, 1)
    assert resolve_date("Friday", THURSDAY).date == dt.date(2022, 3, 25)


def _event_dates(coder, text, date):
    from dyads.records import Article

    coded = coder.code(Article(id="t", text=text, date=date))
    return {(e.cameo, e.date.isoformat(), e.date_source) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The event's own clause dates it.
        ("Russia and Ukraine held talks in Istanbul on Tuesday.", ("040", "2022-03-29", "text")),
        # A date of another clause does not.
        (
            "Japan condemned North Korea, the first such statement since Kishida took office in "
            "October.",
            ("111", "2022-03-31", "article"),
        ),
        ("China condemned Japan.", ("111", "2022-03-31", "article")),
        # The last verb of a list shares the first one's date.
        ("On Tuesday China praised Vietnam, thanked Laos and condemned Japan.",
         ("111", "2022-03-29", "text")),
        # A bound is no date of the act.
        ("Turkey has criticized Syria since January.", ("111", "2022-03-31", "article")),
    ],
)
def test_event_dates(coder, text, expected):
    assert expected in _event_dates(coder, text, THURSDAY)


def test_no_article_date_and_no_text_date(code_text):
    (event,) = [e for e in code_text("China condemned Japan.").events if e.cameo == "111"]
    assert (event.date, event.date_source) == (None, None)


def test_founding_example_dates(founding):
    coded = founding
    meetings = [e for e in coded.events if e.cameo == "040"]
    assert meetings and {e.date for e in meetings} == {dt.date(2017, 8, 17)}
    assert all(e.date_source == "text" for e in meetings)
    # The press conference after the meeting: that day or the article's, never January.
    assert {e.date for e in coded.events} <= {dt.date(2017, 8, 17), dt.date(2017, 8, 19)}


@pytest.mark.parametrize(
    ("rule", "text", "with_rule", "without_rule"),
    [
        ("events.date.clause.v1", "Russia and Ukraine held talks in Istanbul on Tuesday.",
         ("040", "2022-03-29", "text"), ("040", "2022-03-31", "article")),
        ("events.date.bound.v1", "Turkey has criticized Syria since January.",
         ("111", "2022-03-31", "article"), ("111", "2022-01-01", "text")),
        # A "when" clause on a date happened then, also after "since".
        ("events.date.when-clause.v1", "Ties soured in March, when Chile expelled two Peruvian "
         "diplomats.", ("161", "2022-03-01", "text"), ("161", "2022-03-31", "article")),
        ("events.date.when-clause.v1", "Ties have been tense since February, when Chile "
         "expelled two Peruvian diplomats.", ("161", "2022-02-01", "text"),
         ("161", "2022-03-31", "article")),
    ],
)  # fmt: skip
def test_date_rules_on_and_off(coder, rule, text, with_rule, without_rule):
    assert _event_dates(coder, text, THURSDAY) == {with_rule}
    assert _event_dates(coder.with_rules_off([rule]), text, THURSDAY) == {without_rule}
