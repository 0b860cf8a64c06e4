"""Checks every article passes before it is coded: field types, text clean-up, date range,
size, emptiness, language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from langdetect import DetectorFactory, LangDetectException, detect_langs

from ..config import MAX_ARTICLE_BYTES_CEILING
from ..errors import (
    EmptyInputError,
    InputError,
    NotEnglishError,
    TooLargeError,
    UndecodableInputError,
)
from ..records import Article

# Dates news can carry; outside them a date is a typo or a poison value (date.max overflows the
# arithmetic of "on Monday").
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# A lone surrogate (from a JSON "\ud800") cannot be encoded as UTF-8 and breaks spaCy.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# spaCy's tokenizer strips a word's leading and trailing punctuation one character at a time,
# in time quadratic in the word's length: 4,000 quote marks take 18 s, runs of 100 take none.
MAX_PUNCTUATION_RUN = 100
_PUNCTUATION_RUN = re.compile(rf"(?<![^\w\s])[^\w\s]{{{MAX_PUNCTUATION_RUN + 1},}}")
# The most words and marks an article may have: about a megabyte of prose. spaCy's time grows
# with tokens, not bytes, and a megabyte of one-letter words or quote marks is several times
# as many tokens as a megabyte of news.
MAX_TOKENS = 300_000
_TOKEN = re.compile(r"\w+|[^\w\s]")
# C0 and C1 controls other than tab, newlines, form feed and next line (which read as spaces).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

# langdetect is randomised; a fixed seed makes its answer the same on every run.
DetectorFactory.seed = 0

# English function words: a text where they are frequent is English whatever langdetect says
# (it misjudges short headlines full of names).
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from it said has have be are were "
    "will not an its this their after over his her who which".split()
)
# Function words of the other languages news most often comes in, none of them English words:
# a short text (a headline) is judged by these, as langdetect guesses wildly on a few words.
_FOREIGN_FUNCTION_WORDS = frozenset(
    "le la les des du et est une un sont der die das und ist nicht ein eine mit el los las y es "
    "una del con por para il di che per sono della het een niet og och ja que não são com".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 2000
_MIN_WORDS_FOR_LANGDETECT = 8


def decode(data: bytes, input: str) -> str:
    """UTF-8 text from `data` (a byte-order mark is dropped).

    Raises UndecodableInputError naming the first bad byte.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UndecodableInputError(
            input,
            f"undecodable bytes: not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "re-save the file as UTF-8",
        ) from e


def clean_text(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, each control character (NUL and
    the like) by a space, and a space put for every hundredth character of a long run of
    punctuation: one character for one, so character offsets still hold."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub(" ", text)
    return _PUNCTUATION_RUN.sub(_break_run, text)


def _break_run(match: re.Match[str]) -> str:
    run = list(match.group(0))
    run[MAX_PUNCTUATION_RUN::MAX_PUNCTUATION_RUN + 1] = " " * len(
        run[MAX_PUNCTUATION_RUN::MAX_PUNCTUATION_RUN + 1]
    )
    return "".join(run)


def check_fields(article: Article) -> Article:
    """`article` with its text cleaned (`clean_text`) and a datetime date made a date.

    Raises InputError when it is not an Article, its text is not a str, its id not a str, or
    its date not a date between 1900 and 2100; TooLargeError when its text has over
    MAX_TOKENS words and marks.
    """
    if not isinstance(article, Article):
        raise InputError("<article>", f"expected an Article, got {type(article).__name__}")
    where = article.input if isinstance(article.input, str) else "<article>"
    if not isinstance(article.text, str):
        raise InputError(where, f"text must be a str, got {type(article.text).__name__}")
    if not isinstance(article.id, str):
        raise InputError(where, f"id must be a str, got {type(article.id).__name__}")
    date = article.date
    if isinstance(date, dt.datetime):
        date = date.date()
    if date is not None:
        if not isinstance(date, dt.date):
            raise InputError(
                where, f"date must be a datetime.date, got {type(date).__name__}"
            )
        check_date_range(date, where)
    tokens = len(_TOKEN.findall(article.text))
    if tokens > MAX_TOKENS:
        raise TooLargeError(
            where,
            f"article has {tokens:,} words and marks, over the limit of {MAX_TOKENS:,} (about a "
            "megabyte of prose); split it",
        )
    text = clean_text(article.text)
    if text is article.text and date is article.date:
        return article
    return replace(article, text=text, date=date)


def check_date_range(date: dt.date, input: str) -> dt.date:
    """`date` if news can carry it; else raises InputError."""
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        raise InputError(
            input, f"date {date.isoformat()} is outside {EARLIEST_DATE.year}-{LATEST_DATE.year}"
        )
    return date


def check_article(article: Article, max_bytes: int) -> Article:
    """`article`, its fields checked and its text cleaned (`check_fields`), if it can be coded.

    Raises InputError for a bad field, EmptyInputError, TooLargeError or NotEnglishError with
    the reason.
    """
    article = check_fields(article)
    if not article.text.strip():
        raise EmptyInputError(article.input, "empty text: nothing to code")
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        raise TooLargeError(
            article.input,
            f"article is {size:,} bytes, over the limit of {max_bytes:,}; split it"
            + (
                f" (or raise DYADS_MAX_ARTICLE_BYTES, at most {MAX_ARTICLE_BYTES_CEILING:,})"
                if max_bytes < MAX_ARTICLE_BYTES_CEILING
                else ""
            ),
        )
    language = detect_language(article.text)
    if language != "en":
        raise NotEnglishError(
            article.input,
            f"text is not English (detected language: {language}); dyads codes English",
        )
    return article


def detect_language(text: str) -> str:
    """ "en" for English text, else the language langdetect finds ("unknown" if none)."""
    sample = text[:_SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "unknown"
    if not any(w.isascii() for w in words):
        return _langdetect(sample)
    if len(words) < _MIN_WORDS_FOR_LANGDETECT:
        foreign = sum(w in _FOREIGN_FUNCTION_WORDS for w in words)
        return _langdetect(sample) if foreign >= 2 else "en"
    if sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= 0.12:
        return "en"
    return _langdetect(sample)


def _langdetect(sample: str) -> str:
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return "unknown"
    if any(g.lang == "en" and g.prob >= 0.5 for g in guesses):
        return "en"
    return guesses[0].lang if guesses else "unknown"
