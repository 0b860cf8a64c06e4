"""The words of an event's clause: hosting verbs and occasions, which lend it a date and place."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.events.clause import hosting_verbs_within, occasion


@pytest.mark.parametrize(
    ("rule", "text", "with_rule", "without_rule"),
    [
        # The talks the meeting is at are convened in Istanbul on Tuesday: the rules date the
        # act by it (the place rules find Istanbul without them too).
        ("events.clause.hosting-verb.v1", "Russia met Ukraine at talks convened in Istanbul on "
         "Tuesday.", ("2022-03-29", "Istanbul"), ("2022-03-31", "Istanbul")),
        ("events.clause.occasion.v1", "At a meeting held in Geneva on Tuesday, Russia criticized "
         "Ukraine.", ("2022-03-29", "Geneva"), ("2022-03-31", "Geneva")),
    ],
)  # fmt: skip
def test_clause_rules_on_and_off(coder, rule, text, with_rule, without_rule):
    from dyads.records import Article

    def when_and_where(variant):
        coded = variant.code(Article(id="t", text=text, date=dt.date(2022, 3, 31)))
        return {
            (e.date.isoformat(), e.location.name if e.location else None) for e in coded.events
        }

    assert when_and_where(coder) == {with_rule}
    assert when_and_where(coder.with_rules_off([rule])) == {without_rule}


# "a meeting between ministers held in Lima": the parser hangs "held" on "ministers".
MEETING = (
    ["a", "meeting", "between", "ministers", "held", "in", "Lima"],
    [1, 1, 1, 2, 3, 4, 5],
    ["det", "ROOT", "prep", "pobj", "acl", "prep", "pobj"],
    ["DET", "NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN"],
    ["a", "meeting", "between", "minister", "hold", "in", "Lima"],
)


@pytest.mark.parametrize(
    ("lemmas", "want"),
    [
        (MEETING[4], [4]),
        # People are seen, not held: a describing verb that hosts nothing is not the event's.
        (["a", "meeting", "between", "minister", "see", "in", "Lima"], []),
    ],
)
def test_hosting_verbs_within_the_event_nouns_phrase(hand_parse, lemmas, want):
    words, heads, deps, pos, _ = MEETING
    doc = hand_parse(words, heads, deps, pos, lemmas=lemmas)
    assert hosting_verbs_within(doc, 1) == want


@pytest.mark.parametrize(
    ("prep", "want"),
    [("at", [4]), ("during", [4]), ("after", [])],
)
def test_occasion_of_a_verb(hand_parse, prep, want):
    # "Chile protested at a meeting held in Lima"
    words = ["Chile", "protested", prep, "meeting", "held", "in", "Lima"]
    doc = hand_parse(
        words, [1, 1, 1, 2, 3, 4, 5], ["nsubj", "ROOT", "prep", "pobj", "acl", "prep", "pobj"],
        ["PROPN", "VERB", "ADP", "NOUN", "VERB", "ADP", "PROPN"],
        lemmas=["Chile", "protest", prep, "meeting", "hold", "in", "Lima"],
    )  # fmt: skip
    assert occasion(doc, doc.tokens[1]) == want
