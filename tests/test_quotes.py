"""Quotations and indirect speech, with speakers resolved to actors."""

from __future__ import annotations

import pytest


def _speaker_codes(coded, quote):
    """The codes a quote's speaker stands for: its own, or its members' for a group."""
    by_id = {a.id: a for a in coded.actors}
    actor = by_id[quote.speaker.actor]
    return {by_id[m].code for m in actor.members} if actor.members else {actor.code}


@pytest.mark.parametrize(
    ("opening", "speaker", "cue"),
    [
        ("Japan intends to expand its role", {"JPNGOV", "USAGOV"}, "said"),  # a joint statement
        ("The ministers condemned", {"JPNGOV", "USAGOV"}, "said"),  # "the statement"
        ("the ministers also reaffirmed", {"JPNGOV", "USAGOV"}, "stressed"),  # "It"
        ("This is a very strong message", {"JPNGOV"}, "said"),  # a government official
        ("There are strong military consequences", {"USAMIL"}, "said"),  # Mattis
        ("We're prepared militarily", {"USAGOV"}, "said"),  # Tillerson
    ],
)
def test_founding_example_quotes_and_speakers(founding, opening, speaker, cue):
    (quote,) = [q for q in founding.quotes if q.text.startswith(opening)]
    assert quote.kind == "direct"
    assert _speaker_codes(founding, quote) == speaker
    assert quote.cue == cue
    text = founding.article.text
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.cue_start : quote.cue_end] == cue


def test_a_quoted_term_is_not_speech(founding):
    assert not any("two-plus-two" in q.text for q in founding.quotes)


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "speaker"),
    [
        # Straight quotes split around the cue are one quotation, also across sentences.
        (
            '"We will talk," the Japanese foreign minister said, "but not today."',
            "We will talk, but not today.",
            "direct",
            "JPNGOV",
        ),
        (
            '"We will talk," the Japanese foreign minister said. "But not today."',
            "We will talk, But not today.",
            "direct",
            "JPNGOV",
        ),
        # The comma that ends a quotation before its cue is not the speaker's.
        ('"We will talk," the Japanese foreign minister said.', "We will talk", "direct", "JPNGOV"),
        # Curly quotes, the cue before the quotation.
        ("Russian officials said: \u201cWe are ready to talk.\u201d", "We are ready to talk.",
         "direct", "RUSGOV"),
        # A quotation spanning two sentences.
        (
            '"We will not give up. We will fight on," Ukrainian President Volodymyr Zelensky said.',
            "We will not give up. We will fight on",
            "direct",
            "UKRGOV",
        ),
        # Indirect speech.
        ("Russia said that it would send more troops to Syria.",
         "that it would send more troops to Syria", "indirect", "RUS"),
    ],
)  # fmt: skip
def test_quote_forms(code_text, text, quoted, kind, speaker):
    (quote,) = code_text(text).quotes
    assert (quote.text, quote.kind, quote.speaker.code) == (quoted, kind, speaker)


def test_quotes_in_json_and_table(run_dyads, example_path):
    import json

    result = run_dyads("code", "--format", "json", str(example_path))
    (article,) = json.loads(result.stdout)["articles"]
    quote = next(q for q in article["quotes"] if q["text"].startswith("There are strong"))
    assert set(quote) >= {"text", "speaker", "cue", "start", "end"}
    assert quote["speaker"]["code"] == "USAMIL"
    assert set(quote["speaker"]) >= {"actor", "text", "code", "country", "sectors"}
    table = run_dyads("code", str(example_path)).stdout
    assert "QUOTES" in table and "We're prepared militarily" in table


@pytest.mark.parametrize(
    ("text", "speaker_of"),
    [
        # A curly quotation closed by a straight mark does not swallow the straight quotations
        # after it: each is still its own speaker's.
        ('Peru sought a \u201cfair" deal. "We will not sign it," the Chilean minister said.',
         {"We will not sign it": "CHLGOV"}),
        # Nor a straight opening closed by a curly mark.
        ('Chile repeated "its demand for their release.” The Peruvian minister said the talks '
         'failed. "We will try again," the Chilean minister said.',
         {"We will try again": "CHLGOV"}),
        # A speech verb of the next sentence that reports its own clause does not introduce the
        # quotation before it; the quotation continues the one before.
        ('"We will rebuild," the Haitian president said. "It will take years." The Dominican '
         "envoy told reporters that aid was arriving.",
         {"We will rebuild, It will take years.": "HTIGOV"}),
    ],
)  # fmt: skip
def test_quotation_marks_pair_and_find_their_cue(code_text, text, speaker_of):
    quotes = {q.text: q.speaker.code for q in code_text(text).quotes if q.kind == "direct"}
    assert {t: quotes.get(t) for t in speaker_of} == speaker_of
