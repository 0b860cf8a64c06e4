"""Stances from events, restraint and quotations; comparisons of two actors."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.errors import LexiconError
from dyads.stances import StanceLexicon, code_matches, compare
from sample_texts import ALLIES


@pytest.fixture(scope="module")
def allies(coder):
    from dyads.records import Article

    return [
        coder.code(Article(id=a["id"], text=a["text"], date=dt.date.fromisoformat(a["date"])))
        for a in ALLIES
    ]


def _dimension(comparison, name):
    return next(d for d in comparison.dimensions if d.name == name)


def test_founding_example_comparison(founding):
    result = compare([founding], "USA", "JPN", "PRK")
    criticism, military = _dimension(result, "criticism"), _dimension(result, "military")
    # Both condemn North Korea, alike.
    assert criticism.a > 0 and criticism.b > 0 and criticism.gap < 0.25
    # The US stresses military options; Japan's ministers hold back.
    assert military.a > 0 > military.b
    assert result.largest_divergence == "military"
    evidence_us = " ".join(e.sentence for e in military.evidence_a)
    assert "Mattis" in evidence_us and "Tillerson" in evidence_us
    (restraint,) = military.evidence_b
    assert restraint.restraint and "held back" in restraint.sentence
    # Both committed to each other.
    between = {(s.actor, s.toward, s.dimension): s.score for s in result.between}
    assert between[("USA", "JPN", "cooperation")] > 0
    assert between[("JPN", "USA", "cooperation")] > 0


def test_sector_codes_compare_separately(founding):
    military = _dimension(compare([founding], "USAMIL", "USAGOV", "PRK"), "military")
    # Mattis (defense) threatened; Tillerson (state) spoke of being prepared militarily.
    assert {e.kind for e in military.evidence_a} == {"event"}
    assert "Mattis" in military.evidence_a[0].sentence
    assert {e.kind for e in military.evidence_b} == {"quote"}
    assert "Tillerson" in military.evidence_b[0].sentence


def test_allies_who_agree_show_no_divergence(allies):
    result = compare(allies, "FRA", "DEU", "RUS")
    scored = [d for d in result.dimensions if d.gap is not None]
    assert {d.name for d in scored} >= {"criticism", "pressure", "diplomacy"}
    # Each side's evidence is its own.
    assert all(not set(d.evidence_a) & set(d.evidence_b) for d in scored)
    assert all(d.gap == 0 for d in scored)
    assert result.agreement == 1.0
    assert result.largest_divergence is None and result.one_sided == ()


def test_what_only_one_side_did_is_listed_apart(code_text):
    coded = code_text(
        "France condemned Russia. Germany condemned Russia. France imposed sanctions on Russia."
    )
    result = compare([coded], "FRA", "DEU", "RUS")
    assert result.one_sided == ("pressure",)
    assert _dimension(result, "pressure").gap is None


def test_organisations_sharing_a_code_compare_by_id(code_text):
    coded = code_text("The European Union condemned Russia. The African Union praised Russia.")
    result = compare([coded], "EU", "AU", "RUS")
    assert _dimension(result, "criticism").a > 0 and _dimension(result, "criticism").b is None
    assert _dimension(result, "cooperation").b > 0 and _dimension(result, "cooperation").a is None


@pytest.mark.parametrize(
    ("a", "b", "since", "until", "reason"),
    [
        ("USA", "usa", None, None, "two different actors"),
        ("USA", "JPN", dt.date(2022, 2, 1), dt.date(2022, 1, 1), "window is empty"),
    ],
)
def test_compare_rejects_what_compares_nothing(a, b, since, until, reason):
    with pytest.raises(ValueError, match=reason):
        compare([], a, b, "PRK", since=since, until=until)


def test_date_window(allies):
    later = compare(allies, "FRA", "DEU", "RUS", since=dt.date(2022, 3, 5))
    assert later.articles == 1
    assert _dimension(later, "criticism").a is None  # the condemnation was on 1 March
    assert _dimension(later, "diplomacy").a is not None
    none = compare(allies, "FRA", "DEU", "RUS", until=dt.date(2022, 2, 1))
    assert none.articles == 0 and none.agreement is None


@pytest.mark.parametrize(
    ("sentence", "actor", "dimension", "sign"),
    [
        ("Japan ruled out military action against North Korea.", "JPN", "military", -1),
        ("China refrained from threatening Taiwan with force.", "CHN", "military", -1),
        ("Russia threatened to attack Ukraine.", "RUS", "military", 1),
        ("The United States imposed sanctions on Iran.", "USA", "pressure", 1),
        ("Egypt offered to mediate between Israel and Hamas.", "EGY", "diplomacy", 1),
        ("Turkey condemned Syria's attack.", "TUR", "criticism", 1),
        # A quotation's posture words are the speaker's, and held back from count against.
        ('"Sanctions will not work," the German chancellor said of Russia.', "DEUGOV",
         "pressure", -1),
    ],
)  # fmt: skip
def test_stance_signs(code_text, sentence, actor, dimension, sign):
    stances = [
        s for s in code_text(sentence).stances if s.actor == actor and s.dimension == dimension
    ]
    assert stances, [(s.actor, s.toward, s.dimension) for s in code_text(sentence).stances]
    assert all((s.score > 0) == (sign > 0) for s in stances)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Dismissing another's act as a possibility is no one's restraint.
        ("US officials ruled out an Iranian attack on Saudi Arabia.", ("USAGOV", "military")),
        ("US officials ruled out an Iranian attack on Saudi Arabia.", ("IRN", "military")),
        # The adversary's weapons are not the speaker's posture.
        ('"North Korea\'s missile launches are reckless," the Japanese prime minister said.',
         ("JPNGOV", "military")),
        # A quotation naming no one is not about the parties of talks just before it.
        ('Japan and South Korea held talks on Monday. "We are prepared militarily," US Defense '
         "Secretary Lloyd Austin said.", ("USAMIL", "military")),
        # Troops known only by their sector are no one to stand toward.
        ("NATO said it would send more troops to deter Russia.", ("IGOWSTNAT", "military", "MIL")),
    ],
)  # fmt: skip
def test_no_stance_from(code_text, text, absent):
    found = {(s.actor, s.dimension) for s in code_text(text).stances}
    found |= {(s.actor, s.dimension, s.toward) for s in code_text(text).stances}
    assert absent not in found


@pytest.mark.parametrize(
    ("spec", "code", "matches"),
    [
        ("USA", "USAGOV", True),
        ("USA", "USA", True),
        ("USAMIL", "USAMIL", True),
        ("USAMIL", "USAGOV", False),
        ("USAMIL", "USA", False),
        ("IGO", "IGO", True),
        ("USA", "RUSGOV", False),
    ],
)
def test_code_matches(spec, code, matches):
    assert code_matches(spec, code) is matches


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ('- {id: x, dimension: anger, sign: 1, cameo: ["11"]}', "'dimension' must be one of"),
        ('- {id: x, dimension: military, sign: 2, cameo: ["19"]}', "'sign' must be 1 or -1"),
        ("- {id: x, dimension: military, sign: 1, cameo: [19]}", "quoted CAMEO code prefixes"),
        ("- {id: x, dimension: military, sign: 1}", "either 'cameo' or 'words'"),
    ],
)
def test_invalid_stance_rules(tmp_path, entry, reason):
    path = tmp_path / "stances.yaml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=reason):
        StanceLexicon.load(path)


@pytest.mark.parametrize(
    "words, heads, deps, pos, spans, want",
    [
        # "our forces are ready": the speaker's own side.
        (["our", "forces", "are", "ready"], [1, 2, 2, 2], ["poss", "nsubj", "ROOT", "acomp"],
         ["PRON", "NOUN", "AUX", "ADJ"], {}, True),
        # "Korea's forces are ready", said by a Japanese minister: not the speaker's.
        (["Korea", "forces", "are", "ready"], [1, 2, 2, 2], ["poss", "nsubj", "ROOT", "acomp"],
         ["PROPN", "NOUN", "AUX", "ADJ"], {(0, 1): "PRK"}, False),
        # "Japanese forces are ready": the speaker's country.
        (["Japanese", "forces", "are", "ready"], [1, 2, 2, 2], ["nmod", "nsubj", "ROOT", "acomp"],
         ["ADJ", "NOUN", "AUX", "ADJ"], {(0, 1): "JPN"}, True),
        # No agent named: the speaker's.
        (["the", "forces", "are", "ready"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp"],
         ["DET", "NOUN", "AUX", "ADJ"], {}, True),
    ],
)  # fmt: skip
def test_posture_words_are_the_speakers_own(hand_parse, actors_at, words, heads, deps, pos, spans,
                                            want):  # fmt: skip
    from dyads.events.roles import ActorIndex
    from dyads.stances import speakers_own

    doc = hand_parse(words, heads, deps, pos)
    index = ActorIndex(actors_at(doc, spans))
    assert speakers_own(doc, doc.tokens[1], index, {"JPN"}) is want
