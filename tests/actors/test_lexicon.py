"""The actor lexicon: the package's files load, and invalid entries are reported precisely."""

from __future__ import annotations

import csv

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
