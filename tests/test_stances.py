"""Stances from events, restraint and quotations; comparisons of two actors."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dyads.errors import LexiconError
from dyads.stances import StanceLexicon, code_matches, compare

# Two allies that say and do the same things toward a third, a week apart.
ALLIES = [
    {
        "id": "allies-1",
        "date": "2022-03-01",
        "text": "France and Germany condemned Russia's invasion of Ukraine on Tuesday. France and "
        "Germany imposed new sanctions on Russia over the war.",
    },
    {
        "id": "allies-2",
        "date": "2022-03-08",
        "text": "France and Germany called on Russia to withdraw its troops from Ukraine. The "
        "French and German leaders said they were ready to hold talks with Russia.",
    },
]


@pytest.fixture(scope="module")
def founding(coder, example_path):
    from dyads.ingest import read_inputs

    (article,) = list(read_inputs([str(example_path)], 1_000_000))
    return coder.code(article)


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
    result = compare([founding], "USAMIL", "USAGOV", "PRK")
    military = _dimension(result, "military")
    assert [e.id for e in military.evidence_a] != [e.id for e in military.evidence_b]
    assert military.a is not None and military.b is not None


def test_allies_who_agree_show_no_divergence(allies):
    result = compare(allies, "FRA", "DEU", "RUS")
    scored = [d for d in result.dimensions if d.gap is not None]
    assert {d.name for d in scored} >= {"criticism", "pressure"}
    assert all(d.gap == 0 for d in scored)
    assert result.agreement == 1.0
    assert result.largest_divergence is None


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
    ],
)
def test_stance_signs(code_text, sentence, actor, dimension, sign):
    stances = [
        s for s in code_text(sentence).stances if s.actor == actor and s.dimension == dimension
    ]
    assert stances, [(s.actor, s.toward, s.dimension) for s in code_text(sentence).stances]
    assert all((s.score > 0) == (sign > 0) for s in stances)


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


def test_compare_command_json(run_dyads, example_path):
    result = run_dyads(
        "compare", "USA", "JPN", "--toward", "PRK", str(example_path), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["a"], data["b"], data["toward"]) == ("USA", "JPN", "PRK")
    assert data["largest_divergence"] == "military"
    assert 0 <= data["agreement"] <= 1
    military = next(d for d in data["dimensions"] if d["name"] == "military")
    assert set(military) >= {"name", "a", "b", "gap", "evidence_a", "evidence_b"}
    assert all({"sentence", "id"} <= set(e) for e in military["evidence_a"])


def test_compare_command_table_and_window(run_dyads, tmp_path):
    path = tmp_path / "allies.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ALLIES) + "\n", encoding="utf-8")
    result = run_dyads("compare", "FRA", "DEU", "--toward", "RUS", str(path), "--since",
                       "2022-03-05")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "FRA and DEU toward RUS (1 article(s))" in result.stdout
    assert "largest divergence -" in result.stdout


def test_compare_command_rejects_bad_codes_and_inputs(run_dyads, tmp_path):
    bad_code = run_dyads("compare", "US", "JPN", "--toward", "PRK", "x.txt")
    assert bad_code.returncode == 2 and "'US' is not an actor code" in bad_code.stderr
    good = tmp_path / "good.txt"
    good.write_text("Japan condemned North Korea's missile launch.", encoding="utf-8")
    result = run_dyads("compare", "JPN", "USA", "--toward", "PRK", str(good), "missing.txt")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "1 of 2 input(s) rejected" in result.stderr
    assert "(1 article(s))" in result.stdout
