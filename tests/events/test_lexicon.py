"""The trigger lexicon and the codebook the package ships."""

from __future__ import annotations

import csv

import pytest

from dyads.errors import LexiconError
from dyads.events import TriggerLexicon, codebook, parse_triggers


@pytest.fixture(scope="module")
def lexicon():
    return TriggerLexicon.load()


def test_every_root_has_entries(lexicon):
    roots = {e.cameo[:2] for e in lexicon.entries.values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    ("code", "example_pattern"),
    [
        ("111", "condemn"),
        ("112", "accuse"),
        ("138", "threaten attack"),
        ("042", "visit"),
        ("036", "agree meet"),
        ("0334", "reaffirm commitment to security"),
        ("163", "impose sanction on"),
        ("0256", "call for restraint"),
    ],
)
def test_codebook_subcodes_have_triggers(lexicon, code, example_pattern):
    codes_of_pattern = {
        e.cameo
        for e in lexicon.entries.values()
        for p in (*e.verbs, *e.nouns)
        if " ".join(p) == example_pattern
    }
    assert codes_of_pattern, f"no entry has the pattern {example_pattern!r}"
    assert code in codes_of_pattern or any(c.startswith(code[:3]) for c in codes_of_pattern)


def test_intent_codes_belong_to_acts(lexicon):
    for entry in lexicon.entries.values():
        if entry.intent:
            assert entry.intent[:2] in ("03", "13"), entry.id
            assert entry.cameo[:2] not in ("03", "13"), entry.id


@pytest.mark.parametrize(
    ("yaml_text", "line", "reason"),
    [
        ('- {id: 111.x, cameo: "999", verbs: [condemn]}\n', 1, "not a CAMEO code"),
        ('- {id: 112.x, cameo: "111", verbs: [condemn]}\n', 1, "must start with its code"),
        ('- {id: 111.x, cameo: "111"}\n', 1, "give 'verbs' or 'nouns'"),
        ('- {id: 111.x, cameo: "111", verbs: [Condemn]}\n', 1, "lower-case lemmas"),
        # A currency sign may stand for a sum, but not open a pattern.
        ('- {id: 071.x, cameo: "071", origin: general, verbs: [$ give]}\n', 1,
         "lower-case lemmas"),
        # So may a word class the word lists define, and no other.
        ('- {id: 154.x, cameo: "154", origin: general, verbs: [send @warships]}\n', 1,
         "word class '@warships' is not a list of triggers.word-class.v1"),
        (
            '- {id: 111.x, cameo: "111", origin: general, verbs: [condemn], intent: "036"}\n',
            1,
            "only acts (roots 04-08, 14-20)",
        ),
        ('- {id: 190.x, cameo: "190", verbs: [attack], intent: "111"}\n', 1, "03x or 13x"),
        (
            '- {id: 040.x, cameo: "040", origin: general, verbs: [discuss], topic_object: 1}\n',
            1,
            "'topic_object' must be true or false",
        ),
        (
            '- {id: 111.a, cameo: "111", origin: general, verbs: [condemn]}\n'
            '- {id: 111.b, cameo: "111", origin: general, verbs: [condemn]}\n',
            2,
            "already in '111.a'",
        ),
        ('- {id: 111.x, cameo: "111", origin: general, verbs: [condemn], mood: grim}\n', 1,
         "unknown key(s) mood"),
        ('- {id: 111.x, cameo: "111", verbs: [condemn]}\n', 1, "'origin' must be one of"),
        (
            '- {id: 060.x, cameo: "060", origin: general, verbs: [work with], intent_only: true}\n',
            1,
            "needs an 'intent' code",
        ),
    ],
)
def test_invalid_trigger_entries(yaml_text, line, reason):
    with pytest.raises(LexiconError) as info:
        parse_triggers(yaml_text, "mine.yaml")
    assert (info.value.path, info.value.line) == ("mine.yaml", line)
    assert reason in info.value.reason


def test_a_pattern_in_two_files_of_the_package_is_an_error():
    from dyads.events.lexicon import _one_entry_per_pattern

    first = parse_triggers('- {id: 072.a, cameo: "072", origin: general, verbs: [send arm]}',
                           "a.yaml")  # fmt: skip
    second = parse_triggers('- {id: 154.b, cameo: "154", origin: general, verbs: [send arm]}',
                            "b.yaml")  # fmt: skip
    with pytest.raises(LexiconError) as info:
        _one_entry_per_pattern([*first, *second])
    assert "already in '072.a'" in info.value.reason


def test_on_in_a_word_list_is_a_word_not_a_boolean():
    (entry,) = parse_triggers(
        '- {id: 163.x, cameo: "163", origin: general, verbs: [sanction], target: [on, to]}',
        "mine.yaml",
    )
    assert entry.target == ("on", "to")


def test_codebook_matches_reference_tables(shared_data):
    with open(shared_data / "cameo_eventcodes.tsv", encoding="utf-8") as f:
        names = {r["code"]: r["name"] for r in csv.DictReader(f, delimiter="\t")}
    with open(shared_data / "cameo_goldstein.tsv", encoding="utf-8") as f:
        goldstein = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(f, delimiter="\t")}
    book = codebook()
    assert {c: e.name for c, e in book.items()} == names
    assert {c: e.goldstein for c, e in book.items() if e.goldstein is not None} == goldstein
    plover_text = (shared_data / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    assert "111: ACCUSE, disapprove" in plover_text and book["111"].plover.type == "ACCUSE"
    # Appeals are not in the table and take the row of the matching demand.
    assert "\n023:" not in plover_text and book["023"].plover == book["103"].plover


@pytest.mark.parametrize(
    ("code", "quad", "plover"),
    [
        ("010", 1, None),
        ("020", 1, "REQUEST"),
        ("0233", 1, "REQUEST"),
        ("040", 1, "CONSULT"),
        # GDELT's boundaries: 05 is verbal cooperation, 09 material cooperation, 14 verbal
        # conflict.
        ("057", 1, "SUPPORT"),
        ("061", 2, "COOPERATE"),
        ("073", 2, "AID"),
        ("090", 2, "ACCUSE"),
        ("111", 3, "ACCUSE"),
        ("138", 3, "THREATEN"),
        ("141", 3, "PROTEST"),
        ("150", 4, "MOBILIZE"),
        ("190", 4, "ASSAULT"),
    ],
)
def test_codebook_quad_classes_and_plover(code, quad, plover):
    entry = codebook()[code]
    assert entry.quad_class == quad
    assert (entry.plover.type if entry.plover else None) == plover


def test_modality_word_lists_load_from_data():
    from dyads.events.modality import modality_words

    words = modality_words()
    assert ("hold", "back") in words.negating_phrases
    assert {"refuse", "decline"} <= words.refusing_verbs <= words.negating_verbs
    assert "if" in words.conditional_marks
