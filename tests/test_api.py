"""The public Python API."""

from __future__ import annotations

import datetime as dt

import pytest

import dyads
from dyads.errors import EmptyInputError, NotEnglishError


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
