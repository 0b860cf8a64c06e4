"""Selective parsing: the full pipeline only where an event can be, the text kept whole."""

from __future__ import annotations

import dataclasses

import pytest

from dyads.nlp.selective import SelectiveParser, SentenceFilter


@pytest.fixture(scope="module")
def selective(coder):
    lexicon = coder.events.lexicon
    sentence_filter = SentenceFilter(coder.parser.nlp, lexicon.head_words())
    return SelectiveParser(coder.parser.nlp, sentence_filter)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("condemned", True),  # a regular verb form of a trigger's head word
        ("Condemns", True),
        ("met", True),  # an irregular one, by the lemmatizer's exceptions
        ("talks", True),  # a noun plural
        ("weather", False),
        ("the", False),
        # A copula's patterns of state count by their last word: "be" is in every sentence.
        ("was", False),
        ("alert", True),
    ],
)
def test_words_that_could_be_a_trigger_head(selective, word, expected):
    assert selective.filter.could_be_head(word) is expected


STORY = (
    "Officials gathered in Tokyo on Monday.\n\n"
    "The weather was mild and the streets were quiet.\n\n"
    "Japan condemned North Korea's missile launch.\n\n"
    "The streets are empty and quiet at night."
)


def test_only_sentences_that_can_hold_an_event_are_parsed(selective):
    (doc,) = selective.parse_many([STORY], batch_size=4)

    assert doc.text == STORY
    assert all(doc.text[t.idx : t.idx + len(t.text)] == t.text for t in doc.tokens)
    parsed = {}
    for s in doc.sentences:
        if doc.span_text(s.start, s.end).strip():
            tagged = any(doc.tokens[i].pos for i in range(s.start, s.end))
            parsed[doc.span_text(s.start, s.end).strip()] = tagged
    assert parsed == {
        "Officials gathered in Tokyo on Monday.": True,  # the first sentence, always
        "The weather was mild and the streets were quiet.": False,
        "Japan condemned North Korea's missile launch.": True,
        "The streets are empty and quiet at night.": False,
    }
    for t in doc.tokens:
        assert all(doc.tokens[c].head == t.i for c in doc.children[t.i])


def test_a_selective_coder_codes_the_event_a_full_one_does(coder):
    from dyads import Coder
    from dyads.ingest import article_from_text

    selective = Coder(dataclasses.replace(coder.settings, selective_parse=True))
    article = article_from_text(STORY, id="story")
    full_events = [(e.cameo, e.source.code, e.target.code) for e in coder.code(article).events]
    events = [(e.cameo, e.source.code, e.target.code) for e in selective.code(article).events]
    assert events == full_events
    assert ("111", "JPN", "PRK") in events
