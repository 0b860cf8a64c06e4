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


def code(text: str, date: dt.date | str | None = None, id: str = "text") -> CodedArticle:
    """Code one English text with the default settings.

    `date` (a date or "YYYY-MM-DD") is the article date. Raises an InputError subclass for
    text that cannot be coded (empty, not English, over the size limit).
    """
    from .ingest import article_from_text, check_article

    global _default_coder
    if _default_coder is None:
        _default_coder = Coder()
    article = article_from_text(text, id=id)
    if date is not None:
        from dataclasses import replace

        day = date if isinstance(date, dt.date) else dt.date.fromisoformat(date)
        article = replace(article, date=day)
    check_article(article, _default_coder.settings.max_article_bytes)
    return _default_coder.code(article)
