"""The actor lexicon: the package's files load, and invalid entries are reported precisely."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from dyads.actors import ActorLexicon, parse_entries
from dyads.errors import LexiconError


@pytest.fixture(scope="module")
def lexicon():
    return ActorLexicon.load()


def test_every_iso_country_has_an_entry(lexicon):
    import pycountry

    from dyads.geo import cameo_country

    ids = set(lexicon.entries)
    missing = [
        c.alpha_3
        for c in pycountry.countries
        if f"country.{cameo_country(c.alpha_3).lower()}" not in ids
        and f"territory.{c.alpha_3.lower()}" not in ids
        and f"territory.{cameo_country(c.alpha_3).lower()}" not in ids
    ]
    assert missing == []


def test_country_codes_are_cameo_codes(lexicon, shared_data):
    with open(shared_data / "cameo_country.tsv", encoding="utf-8") as f:
        cameo = {row["code"] for row in csv.DictReader(f, delimiter="\t")}
    # South Sudan (2011) and Kosovo postdate GDELT's CAMEO table; coders use SSD and XKX.
    unknown = {e.country for e in lexicon.entries.values() if e.country} - cameo - {"SSD", "XKX"}
    assert unknown == set()


def test_sectors_are_cameo_types(lexicon, shared_data):
    with open(shared_data / "cameo_type.tsv", encoding="utf-8") as f:
        cameo = {row["code"] for row in csv.DictReader(f, delimiter="\t")}
    # PTY, ELI, REL and others are CAMEO agent codes outside GDELT's short type table.
    ours = {s for e in lexicon.entries.values() for s in e.sectors}
    assert {"GOV", "MIL", "IGO", "REB"} <= ours & cameo


@pytest.mark.parametrize(
    ("pattern", "entry_id"),
    [
        ("U.S.", "country.usa"),
        ("DPRK", "country.prk"),
        ("Pyongyang", "country.prk"),
        ("Kremlin", "seat.rus.kremlin"),
        ("NATO", "igo.nato"),
        ("foreign minister", "role.foreign-minister"),
    ],
)
def test_known_patterns(lexicon, pattern, entry_id):
    owners = {e.id for p, e, _ in lexicon.patterns() if p == pattern}
    assert owners == {entry_id}


def test_pycountry_names_are_added(lexicon):
    patterns = {p for p, e, _ in lexicon.patterns() if e.id == "country.prk"}
    assert "Democratic People's Republic of Korea" in patterns


@pytest.mark.parametrize(
    ("yaml_text", "line", "reason"),
    [
        (
            "- {id: a, kind: state, name: A, patterns: [A]}\n- {id: a, kind: state, name: B, "
            "patterns: [B]}\n",
            2,
            "duplicate id 'a'",
        ),
        ("- id: a\n  kind: planet\n  name: A\n  patterns: [A]\n", 1, "kind 'planet'"),
        ("- {id: a, kind: state, name: A, patterns: []}\n", 1, "non-empty list"),
        (
            "- {id: a, kind: state, name: A, patterns: [A], country: XYZ}\n",
            1,
            "country 'XYZ' is not a CAMEO country code",
        ),
        (
            "- {id: a, kind: state, name: A, patterns: [A], sectors: [BOGUS]}\n",
            1,
            "unknown sector(s) BOGUS",
        ),
        ("- {id: a, kind: role, patterns: [envoy]}\n", 1, "a role entry needs 'sectors'"),
        (
            "- {id: a, kind: state, name: A, patterns: [A], colour: red}\n",
            1,
            "unknown key(s) colour",
        ),
        (
            "# comment\n\n- {id: a, kind: state, name: A, patterns: [A]}\n"
            "- {id: b, kind: state, name: B, patterns: [A]}\n",
            4,
            "already used by 'a'",
        ),
        (
            "- {id: a, kind: organization, name: A, patterns: [A], known_group: ZZZ}\n",
            1,
            "known_group 'ZZZ' is not a CAMEO known-group code",
        ),
        (
            "- {id: a, kind: state, name: A, patterns: [A], known_group: UNO}\n",
            1,
            "only organization entries have a 'known_group'",
        ),
        (
            "- {id: a, kind: state, name: A, patterns: [A], placed_only: true}\n",
            1,
            "only role entries are 'placed_only'",
        ),
        (
            "- {id: a, kind: person, name: A, patterns: [A], codes: [{code: USAGOV, "
            "from: 2021-01-20, until: 2017-01-20}]}\n",
            1,
            "ends (2017-01-20) before it starts (2021-01-20)",
        ),
        (
            "- {id: a, kind: person, name: A, patterns: [A], codes: [{code: USAGOV, "
            "from: 2017-01-20}, {code: USAELI, from: 2019-01-01}]}\n",
            1,
            "in order and not overlap",
        ),
        (
            "- {id: a, kind: person, name: A, patterns: [A], codes: [{code: USAGOV, "
            "from: soon}]}\n",
            1,
            "must be a date written YYYY-MM-DD",
        ),
        (
            "- {id: a, kind: person, name: A, patterns: [A], codes: [{code: usagov}]}\n",
            1,
            "dated code 'usagov' must be upper-case letters",
        ),
        ("- {id: a, kind: state\n", 2, "not valid YAML"),
        ("id: a\n", 1, "must be a YAML list"),
    ],
)
def test_invalid_entries_name_file_line_and_reason(yaml_text, line, reason):
    with pytest.raises(LexiconError) as info:
        parse_entries(yaml_text, "user.yaml")
    assert (info.value.path, info.value.line) == ("user.yaml", line)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"user.yaml:{line}: ")


def test_user_file_adds_and_overrides_entries(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "- {id: person.quenn, kind: person, name: Zorblat Quenn, country: FRA, sectors: [GOV],"
        " patterns: [Zorblat Quenn]}\n"
        "- {id: country.usa, kind: state, name: USA!, country: USA, patterns: [Merica]}\n",
        encoding="utf-8",
    )
    lexicon = ActorLexicon.load([user])
    assert lexicon.entries["person.quenn"].origin == f"{user}:1"
    assert lexicon.entries["country.usa"].name == "USA!"


def test_unreadable_user_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read actor file"):
        ActorLexicon.load([tmp_path / "missing.yaml"])


@pytest.mark.parametrize(
    ("entry_id", "code", "known_group"),
    [
        ("igo.un", "IGOUNO", "UNO"),
        ("igo.un-security-council", "IGOUNO", "UNO"),
        ("igo.unhcr", "IGOUNOHCR", "HCR"),
        ("igo.eu", "IGOEUREEC", "EEC"),
        ("igo.nato", "IGOWSTNAT", "NAT"),
        ("igo.imf", "IGOIMF", "IMF"),
        ("ngo.amnesty", "NGOHRIAMN", "AMN"),
        ("ngo.icrc", "NGOHLHIRC", "IRC"),
    ],
)
def test_organisations_have_cameo_codes_and_known_groups(lexicon, entry_id, code, known_group):
    entry = lexicon.entries[entry_id]
    assert (entry.actor_code, entry.known_group) == (code, known_group)
    assert code.endswith(known_group) or known_group in code


@pytest.mark.parametrize(
    ("day", "code", "country", "sectors"),
    [
        (dt.date(2016, 6, 1), "USAELI", "USA", ("ELI",)),
        (dt.date(2017, 1, 20), "USAGOV", "USA", ("GOV",)),
        (dt.date(2021, 1, 19), "USAGOV", "USA", ("GOV",)),
        (dt.date(2021, 1, 20), "USAELI", "USA", ("ELI",)),
        (dt.date(2025, 1, 20), "USAGOV", "USA", ("GOV",)),
        (None, "USAGOV", "USA", ("GOV",)),
    ],
)
def test_a_person_is_coded_by_the_day(lexicon, day, code, country, sectors):
    trump = lexicon.entries["person.donald-trump"].on(day)
    assert (trump.actor_code, trump.country, trump.sectors) == (code, country, sectors)
