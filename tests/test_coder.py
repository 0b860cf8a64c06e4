"""The Coder: its guard (an article that breaks coding is a counted rejection; the rest go on),
coding an already parsed article, and coders with rules switched off."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from dyads.coder import sized_batches
from dyads.errors import CodingError, ConfigError, InputError
from dyads.ingest import article_from_text
from dyads.nlp import Parser
from dyads.records import Article, CodedArticle, Rejection
from dyads.serialize import article_dict, rejection_dict

GOOD = "Japan condemned North Korea's missile test on Monday."


def _good(n: int) -> Article:
    return Article(id=f"good-{n}", text=GOOD, date=dt.date(2017, 8, 19), input=f"in-{n}")


# Articles built through the Python API with fields of the wrong type. A place that is not a
# string breaks the dateline stage deep inside coding: the guard, not a check, must catch it.
BROKEN_INSIDE = Article(id="bad", text=GOOD, place=5, input="bad-place")  # type: ignore[arg-type]
REFUSED_AT_THE_DOOR = [
    (Article(id="t", text=b"bytes", input="bytes-text"), "text must be a str"),  # type: ignore[arg-type]
    (Article(id=7, text=GOOD, input="int-id"), "id must be a str"),  # type: ignore[arg-type]
    (Article(id="t", text=GOOD, date="2017-08-19", input="str-date"), "must be a datetime.date"),  # type: ignore[arg-type]
    (Article(id="t", text=GOOD, date=dt.date.max, input="far-date"), "outside 1900-2100"),
]


def test_an_article_that_breaks_coding_is_a_rejection_and_the_batch_goes_on(coder):
    out = list(coder.code_many([_good(1), BROKEN_INSIDE, _good(2)]))
    assert [type(o) for o in out] == [CodedArticle, Rejection, CodedArticle]
    rejection = out[1]
    assert rejection.input == "bad-place" and rejection.id == "bad"
    assert "AttributeError" in rejection.reason and "dyads bug" in rejection.reason
    assert "\n" not in rejection.reason
    assert out[0].events and out[2].events


def test_code_raises_a_coding_error_naming_the_exception(coder):
    with pytest.raises(CodingError, match="AttributeError") as caught:
        coder.code(BROKEN_INSIDE)
    assert caught.value.error_type == "AttributeError"


def test_a_coding_failure_is_logged_with_its_traceback(coder, caplog):
    with caplog.at_level("DEBUG", logger="dyads.coder"):
        list(coder.code_many([BROKEN_INSIDE]))
    [record] = [r for r in caplog.records if r.name == "dyads.coder"]
    assert record.exc_info is not None and "bad-place" in record.getMessage()


@pytest.mark.parametrize(("article", "reason"), REFUSED_AT_THE_DOOR, ids=lambda x: str(x)[:20])
def test_bad_fields_are_refused_before_coding(coder, article, reason):
    with pytest.raises(InputError, match=reason):
        coder.code(article)
    out = list(coder.code_many([article, _good(1)]))
    assert isinstance(out[0], Rejection) and reason.split()[0] in out[0].reason
    assert isinstance(out[1], CodedArticle)


@pytest.mark.parametrize(
    ("lengths", "max_articles", "max_chars", "expected"),
    [
        ([10] * 5, 32, 25, [3, 2]),  # closed by characters
        ([10] * 5, 2, 1000, [2, 2, 1]),  # closed by count
        ([500_000, 10, 500_000, 10], 32, 200_000, [1, 2, 1]),  # a long article alone
        ([], 32, 100, []),
    ],
)
def test_batches_close_at_a_count_or_a_character_budget(lengths, max_articles, max_chars, expected):
    articles = [Article(id=str(n), text="x" * size) for n, size in enumerate(lengths)]
    batches = list(sized_batches(articles, max_articles, max_chars))
    assert [len(b) for b in batches] == expected
    assert [a for b in batches for a in b] == articles


@pytest.mark.parametrize(
    "text",
    ["a " * 300_001, '" ' * 300_001, "(" * 300_001],
    ids=["one-letter-words", "spaced-quotes", "parens"],
)
def test_texts_of_too_many_tokens_are_refused_before_parsing(coder, text):
    """Within the byte limit, but several times the tokens of a megabyte of news."""
    from dyads.errors import TooLargeError

    with pytest.raises(TooLargeError, match="over the limit of 300,000"):
        coder.code(Article(id="t", text=text))


TEXT = "Japan condemned North Korea on Tuesday.\n\nChile sent troops to the border on Friday."


def test_a_parsed_article_is_coded_again_with_a_rule_off(coder):
    article = article_from_text(TEXT, id="t")
    doc = coder.parser.parse(TEXT)
    full = coder.code_parsed(article, doc)
    assert full.events == coder.code(article).events
    trigger = next(r for r in full.events[0].rules if r.startswith("trigger."))
    ablated = coder.with_rules_off([trigger]).code_parsed(article, doc)
    assert _acts(ablated.events) == _acts(e for e in full.events if trigger not in e.rules)
    # the coder it came from keeps its rules
    assert coder.code_parsed(article, doc).events == full.events


@pytest.mark.parametrize("rule_id", ["trigger.no-such-entry", "roles.nothing.v9"])
def test_an_unknown_rule_id_is_a_config_error(coder, rule_id):
    with pytest.raises(ConfigError, match=rule_id):
        coder.with_rules_off([rule_id])


def _acts(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def _as_json(items) -> list[str]:
    return [
        json.dumps(article_dict(i) if isinstance(i, CodedArticle) else rejection_dict(i))
        for i in items
    ]


def test_two_jobs_code_what_one_does_in_input_order(coder, sample_articles):
    refused = Article(id=7, text=GOOD, input="int-id")  # type: ignore[arg-type]
    articles = [*sample_articles[:3], BROKEN_INSIDE, refused, *sample_articles[3:6]]
    # Small batches, so that the articles travel in several batches to several processes.
    small = coder.with_rules_off([])
    small.settings = dataclasses.replace(coder.settings, batch_size=2)

    one = _as_json(small.code_many(articles, jobs=1))
    several = _as_json(small.code_many(articles, jobs=2))

    assert several == one
    assert len(one) == len(articles)
    assert sum('"reason"' in line for line in several) == 2


def test_a_long_article_parsed_in_pieces_in_two_processes_codes_as_parsed_whole(
    coder, sample_articles
):
    # Four VOA stories as one article of about 17,000 characters: pieces of at most 5,000
    # characters, cut at sentence starts, parsed one after another and in two processes.
    text = "\n\n".join(a.text for a in sample_articles[1:5])
    article = article_from_text(text, id="long")

    def coded(chunk_chars: int, piece_jobs: int) -> str:
        variant = coder.with_rules_off([])
        variant.parser = Parser(coder.parser.nlp, chunk_chars=chunk_chars, piece_jobs=piece_jobs)
        return json.dumps(article_dict(variant.code(article)))

    whole = coded(len(text) + 1, 1)
    in_turn = coded(5_000, 1)
    in_parallel = coded(5_000, 2)

    assert len(Parser(coder.parser.nlp, chunk_chars=5_000).pieces(text)) == 4
    assert in_parallel == in_turn
    assert in_turn == whole
    assert json.loads(whole)["events"]
