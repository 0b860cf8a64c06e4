"""Checks before coding: UTF-8 decoding, emptiness, size, language."""

from __future__ import annotations

import pytest

from dyads.errors import EmptyInputError, NotEnglishError, TooLargeError, UndecodableInputError
from dyads.ingest.checks import check_article, decode, detect_language
from dyads.records import Article
from sample_texts import ENGLISH, FRENCH

GERMAN = (
    "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der von der "
    "Wirtschaftskrise betroffenen Unternehmen angekündigt, teilte das Finanzministerium mit."
)
SPANISH = (
    "El gobierno español anunció el martes una nueva serie de medidas para apoyar a las "
    "empresas afectadas por la crisis económica, según el ministro de Hacienda."
)


def _article(text: str) -> Article:
    return Article(id="a", text=text, input="in.txt")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Japan protested.", "Japan protested."),
        ("Kyiv — Zelenskyy’s office".encode(), "Kyiv — Zelenskyy’s office"),
        (b"\xef\xbb\xbfJapan protested.", "Japan protested."),
        (b"", ""),
    ],
    ids=["ascii", "utf-8", "bom-dropped", "empty"],
)
def test_decode(data, text):
    assert decode(data, "in.txt") == text


@pytest.mark.parametrize(
    ("data", "byte", "offset"),
    [
        (b"\xff\xfe\xfa bad", "0xff", 0),
        (b"ok \xe9t\xe9", "0xe9", 3),
        (b"Japan \x80", "0x80", 6),
    ],
)
def test_decode_names_the_bad_byte(data, byte, offset):
    with pytest.raises(UndecodableInputError) as caught:
        decode(data, "in.txt")

    assert caught.value.input == "in.txt"
    assert byte in caught.value.reason
    assert f"offset {offset}" in caught.value.reason
    assert str(caught.value).startswith("in.txt: ")


@pytest.mark.parametrize(
    ("text", "max_bytes", "error", "words"),
    [
        ("", 1000, EmptyInputError, ["empty"]),
        (" \n\t \n", 1000, EmptyInputError, ["empty"]),
        (ENGLISH, 100, TooLargeError, [f"{len(ENGLISH)} bytes", "limit of 100"]),
        # The limit counts UTF-8 bytes, not characters.
        ("é" * 60, 100, TooLargeError, ["120 bytes"]),
        (FRENCH, 1000, NotEnglishError, ["not English", "fr"]),
        (GERMAN, 1000, NotEnglishError, ["not English", "de"]),
        (SPANISH, 1000, NotEnglishError, ["not English", "es"]),
    ],
    ids=["empty", "whitespace", "too-large", "too-large-in-bytes", "french", "german", "spanish"],
)
def test_check_article_rejects(text, max_bytes, error, words):
    with pytest.raises(error) as caught:
        check_article(_article(text), max_bytes=max_bytes)

    assert caught.value.input == "in.txt"
    for word in words:
        assert word in caught.value.reason


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Japan, US facing need to coordinate N. Korea strategies",
        "Trump meets Abe in Tokyo",
        "North Korea fires missile",
        "Putin warns Kyiv",
        "Merkel backs Macron plan",
        "Kono, Mattis meet Tillerson",
    ],
)
def test_check_article_passes_english(text):
    article = _article(text)

    assert check_article(article, max_bytes=1000) is article


def test_check_article_accepts_exactly_max_bytes():
    article = _article(ENGLISH)

    assert check_article(article, max_bytes=len(ENGLISH.encode())) is article


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (SPANISH, "es"),
        ("Putin warns Kyiv", "en"),
        ("123 456 789", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_detect_language_is_stable():
    assert {detect_language(FRENCH) for _ in range(5)} == {"fr"}


@pytest.mark.parametrize(
    ("limit", "advice"),
    [(200, "raise DYADS_MAX_ARTICLE_BYTES, at most 1,000,000"), (1_000_000, None)],
)
def test_the_size_error_never_advises_a_limit_past_the_ceiling(limit, advice):
    with pytest.raises(TooLargeError) as caught:
        check_article(_article(ENGLISH + " x" * (limit // 2)), limit)
    if advice:
        assert advice in caught.value.reason
    else:
        assert "raise" not in caught.value.reason and "split it" in caught.value.reason


def test_settings_refuse_a_limit_past_the_ceiling():
    from dyads.config import Settings
    from dyads.errors import ConfigError

    with pytest.raises(ConfigError, match="over the ceiling of 1,000,000"):
        Settings(max_article_bytes=1_000_001)
