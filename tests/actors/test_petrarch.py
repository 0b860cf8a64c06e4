"""PETRARCH actor, agent and discard dictionaries read as lexicon records."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import ActorLexicon
from dyads.actors.petrarch import petrarch_kind, read_petrarch
from dyads.errors import LexiconError

ACTORS = """\
<!-- A test dictionary
# with a comment block over several lines -->
<! -- a one-line comment -->
# Countries
FREEDONIA_  [ISL]  # a comment after a code
+FREEDONIAN_
+THE_DUCHY_OF_GRAND_FENWICK

RUFUS_FIREFLY_  # a person with dated codes
+PRESIDENT_FIREFLY
\t[ISLELI <330101]
\t[ISLGOV 330101-351231]
\t[ISLOPP 19360101-19401231]
\t[ISLELI >410101]
TRENTINO_
AMBASSADOR_TRENTINO_
\t[NORGOV/NORELI]
MARX_BROTHERS [---]
US [USA]
"""


@pytest.fixture(scope="module")
def actors():
    return read_petrarch("test.actors.txt", ACTORS)


def test_kinds_are_told_apart_by_content():
    assert petrarch_kind(ACTORS) == "actors"
    assert petrarch_kind("COOK [~LAB]\n") == "agents"
    assert petrarch_kind("+GOLF TOURNAMENT\nBASEBALL\n") == "discards"
    assert petrarch_kind("- {id: a, kind: state, name: A, patterns: [A]}\n") is None


def test_synonyms_and_comments(actors):
    freedonia = next(e for e in actors.entries if e.name == "Freedonia")
    assert (freedonia.kind, freedonia.patterns) == (
        "state",
        ("freedonia", "freedonian", "the duchy of grand fenwick"),
    )
    assert freedonia.origin == "test.actors.txt:5"
    assert (actors.records, actors.null_coded, actors.multiple_codes) == (5, 1, 1)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(1932, 12, 31), "ISLELI"),  # <330101: before the day
        (dt.date(1933, 1, 1), "ISLGOV"),  # 330101-351231: both days included
        (dt.date(1935, 12, 31), "ISLGOV"),
        (dt.date(1938, 6, 1), "ISLOPP"),  # YYYYMMDD
        (dt.date(1941, 1, 1), "ISLELI"),  # >410101: from the day on
        (dt.date(1940, 6, 1), "ISLOPP"),
        (None, "ISLELI"),  # no story date: the latest code
    ],
)
def test_dated_codes(actors, day, code):
    firefly = next(e for e in actors.entries if e.name == "Rufus Firefly")
    assert firefly.patterns == ("rufus firefly", "president firefly")
    assert firefly.on(day).actor_code == code


def test_phrases_before_a_code_share_it_and_the_first_of_several_codes_is_used(actors):
    trentino = next(e for e in actors.entries if e.name == "Trentino")
    assert trentino.patterns == ("trentino", "ambassador trentino")
    assert trentino.actor_code == "NORGOV"


def test_null_codes_are_left_out_and_acronyms_keep_their_capitals(actors):
    assert not any("marx brothers" in e.patterns for e in actors.entries)
    us = next(e for e in actors.entries if e.actor_code == "USA")
    assert us.patterns == ("US",)  # never the pronoun "us"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("GONDOR_ [GON >2010050111]\n", 2, "date 2010050111 is not YYMMDD or YYYYMMDD"),
        ("GONDOR_ [GON 20121204]\n", 2, "is not CODE, CODE >D, CODE <D or CODE D1-D2"),
        ("# head\n\nGONDOR_ [GON 100230-110101]\n", 4, "day is out of range for month"),
        ("ARNOR_\n+NORTH_KINGDOM\n", 2, "ARNOR_: no code"),
    ],
)
def test_unusable_records_are_skipped_with_file_and_line(text, line, reason):
    dictionary = read_petrarch("bad.actors.txt", "SHIRE_ [SHR]\n" + text)
    (problem,) = dictionary.problems
    assert (problem.path, problem.line) == ("bad.actors.txt", line)
    assert reason in problem.reason
    assert "shire" in {p for e in dictionary.entries for p in e.patterns}


def test_a_code_before_any_phrase_is_reported():
    (problem,) = read_petrarch("bad.actors.txt", "\t[GON]\nSHIRE_ [SHR]\n").problems
    assert (problem.line, problem.reason) == (1, "a code before any phrase")


AGENTS = """\
!PERSON! = MAN, WOMAN
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
PEACEKEEPING_TROOPS {} [IGO~]
BUDDHIST_MONK [~BUD]
"""


def test_agents_become_role_entries():
    agents = read_petrarch("test.agents.txt", AGENTS)
    roles = {e.patterns: e.sectors for e in agents.entries}
    assert roles == {
        ("farmer",): ("AGR",),
        ("cattleman", "cattlewoman"): ("AGR",),
        ("attorney general", "attorneys general"): ("JUD",),
        ("peacekeeping troops",): ("IGO",),
    }
    assert {e.kind for e in agents.entries} == {"role"}
    (problem,) = agents.problems
    assert (problem.line, "no sector dyads knows" in problem.reason) == (6, True)


def test_discards():
    discards = read_petrarch("test.discards.txt", "+WORLD_CUP  # sport\nYEARS LATER\n")
    assert [(d.words, d.story) for d in discards.discards] == [
        (("world", "cup"), True),
        (("years", "later"), False),
    ]


def test_lexicon_loads_petrarch_files_beside_yaml(tmp_path):
    actors = tmp_path / "my.actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    discards = tmp_path / "my.discards.txt"
    discards.write_text("+WORLD_CUP\n", encoding="utf-8")
    lexicon = ActorLexicon.load([actors, discards])
    assert "petrarch.freedonia" in lexicon.entries
    assert "country.usa" in lexicon.entries
    assert [d.words for d in lexicon.discards] == [("world", "cup")]


def test_a_yaml_file_is_never_read_as_petrarch(tmp_path):
    mistyped = tmp_path / "mine.yaml"
    mistyped.write_text("id: a\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a YAML list"):
        ActorLexicon.load([mistyped])


@pytest.mark.parametrize(
    ("name", "kind", "entries", "skipped"),
    [
        ("Phoenix.Countries.actors.txt", "actors", 18344, 7),
        ("Phoenix.International.actors.txt", "actors", 7835, 1),
        ("Phoenix.MilNonState.actors.txt", "actors", 1021, 0),
        ("Phoenix.agents.txt", "agents", 2154, 80),
        ("Phoenix.discards.txt", "discards", 506, 0),
    ],
)
def test_phoenix_dictionaries(shared_data, name, kind, entries, skipped):
    dictionary = read_petrarch(shared_data / "petrarch_dicts" / name)
    assert dictionary.kind == kind
    assert len(dictionary.entries) + len(dictionary.discards) == entries
    assert len(dictionary.problems) == skipped
    assert all(
        str(p).startswith(f"{shared_data / 'petrarch_dicts' / name}:") for p in dictionary.problems
    )


def test_phoenix_codes_putin_by_the_date(shared_data):
    dictionary = read_petrarch(shared_data / "petrarch_dicts" / "Phoenix.Countries.actors.txt")
    putin = next(e for e in dictionary.entries if e.id == "petrarch.vladimir-putin")
    assert "president vladimir putin" in putin.patterns
    assert putin.on(dt.date(1995, 1, 1)).actor_code == "RUSELI"
    assert putin.on(dt.date(2004, 1, 1)).actor_code == "RUSGOV"
