"""Checks every article passes before it is coded: size, emptiness, language."""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

from ..errors import EmptyInputError, NotEnglishError, TooLargeError, UndecodableInputError
from ..records import Article

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


def check_article(article: Article, max_bytes: int) -> Article:
    """`article` unchanged if it can be coded.

    Raises EmptyInputError, TooLargeError or NotEnglishError with the reason.
    """
    if not article.text.strip():
        raise EmptyInputError(article.input, "empty text: nothing to code")
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        raise TooLargeError(
            article.input,
            f"article is {size:,} bytes, over the limit of {max_bytes:,} "
            "(split it, or raise DYADS_MAX_ARTICLE_BYTES)",
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
