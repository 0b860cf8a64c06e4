"""The public Python API."""

from __future__ import annotations

import datetime as dt

import pytest

import dyads
from dyads.errors import EmptyInputError, InputError, NotEnglishError


def test_public_surface():
    assert set(dyads.__all__) >= {"code", "Coder", "Article", "Actor", "CodedArticle", "Settings"}
    for name in dyads.__all__:
        assert hasattr(dyads, name)


def test_code_returns_actors_and_date():
    coded = dyads.code("Japan and the United States condemned North Korea.", date="2017-08-19")
    assert coded.article.date == dt.date(2017, 8, 19)
    assert {a.code for a in coded.actors} >= {"JPN", "USA", "PRK"}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("   ", EmptyInputError),
        ("Le gouvernement français a condamné l'attaque hier soir.", NotEnglishError),
    ],
)
def test_code_rejects_bad_text(text, error):
    with pytest.raises(error):
        dyads.code(text)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (b"Japan condemned North Korea.", None, "text must be a str, got bytes"),
        (None, None, "text must be a str, got NoneType"),
        (12, None, "text must be a str, got int"),
        ("Japan condemned North Korea.", 20170819, "date must be a datetime.date"),
        ("Japan condemned North Korea.", "2017-02-30", "'2017-02-30' is not a date"),
        ("Japan condemned North Korea.", "August 19, 2017", "is not a date; expected"),
        ("Japan condemned North Korea.", dt.date.max, "outside 1900-2100"),
        ("Japan condemned North Korea.", dt.date.min, "outside 1900-2100"),
    ],
)
def test_code_refuses_bad_arguments_with_what_it_expected(text, date, expected):
    with pytest.raises(InputError, match=expected):
        dyads.code(text, date=date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A lone surrogate (as JSON's "\ud800" gives) is replaced, not a crash in spaCy.
        ("Japan condemned North Korea.\ud800 The talks went on.", None),
        ("Japan\x00 condemned North Korea\x07 on Monday.", "2017-08-19"),
        # A datetime is the day it falls on, also for a clause with its own date.
        ("Japan condemned North Korea on Monday.", dt.datetime(2017, 8, 19, 14, 30)),
        ("Japan condemned North Korea on Monday.", dt.date(2100, 12, 31)),
    ],
)
def test_odd_but_codable_text_is_coded(text, date):
    coded = dyads.code(text, date=date)
    assert {"JPN", "PRK"} <= {a.code for a in coded.actors}
    assert len(coded.article.text) == len(text.strip())  # one character for one: offsets hold
    assert "\x00" not in coded.article.text and "\ud800" not in coded.article.text
