"""dyads: political event data from English news: who did what to whom, when and where."""

from __future__ import annotations

import datetime as dt

from .coder import Coder
from .config import Settings
from .errors import DyadsError, InputError, LexiconError
from .records import (
    Actor,
    Article,
    CodedArticle,
    Comparison,
    Event,
    Evidence,
    Mention,
    Quote,
    Rejection,
    Stance,
)
from .stances import compare

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Coder",
    "Comparison",
    "Event",
    "Evidence",
    "DyadsError",
    "InputError",
    "LexiconError",
    "Mention",
    "Quote",
    "Rejection",
    "Settings",
    "Stance",
    "__version__",
    "code",
    "compare",
]

_default_coder: Coder | None = None


def code(
    text: str, date: dt.date | dt.datetime | str | None = None, id: str = "text"
) -> CodedArticle:
    """Code one English text with the default settings.

    `date` (a date, a datetime or an ISO date "YYYY-MM-DD", between 1900 and 2100) is the
    article date. Raises InputError for arguments of the wrong type or a bad date, and an
    InputError subclass for text that cannot be coded (empty, not English, over the size
    limit, or a coding failure).
    """
    from dataclasses import replace

    from .ingest import article_from_text, check_article

    if not isinstance(text, str):
        raise InputError("<text>", f"text must be a str, got {type(text).__name__}")
    if not isinstance(id, str):
        raise InputError("<text>", f"id must be a str, got {type(id).__name__}")
    day = _article_date(date)
    global _default_coder
    if _default_coder is None:
        _default_coder = Coder()
    article = article_from_text(text, id=id)
    if day is not None:
        article = replace(article, date=day)
    article = check_article(article, _default_coder.settings.max_article_bytes)
    return _default_coder.code(article)


def _article_date(date: object) -> dt.date | None:
    """The date `code()` was given, or raises InputError saying what is expected."""
    expected = "a datetime.date, a datetime or an ISO date string YYYY-MM-DD"
    if date is None or (isinstance(date, dt.date) and not isinstance(date, dt.datetime)):
        return date
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, str):
        try:
            return dt.date.fromisoformat(date.strip())
        except ValueError:
            reason = f"{date[:40]!r} is not a date; expected {expected}"
            raise InputError("<date>", reason) from None
    raise InputError("<date>", f"date must be {expected}, got {type(date).__name__}")
