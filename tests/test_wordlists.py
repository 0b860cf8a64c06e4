"""Word lists as data: validated on load, each read by the registered rule it is keyed by."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dyads
import dyads.coder  # noqa: F401 - importing the coder registers every rule
from dyads.errors import ConfigError
from dyads.events.lexicon import WORD_CLASS_RULE, TriggerLexicon
from dyads.rules import registered
from dyads.wordlists import (
    check_word_lists,
    parse_word_lists,
    word_list_files,
    word_lists,
    words,
)
from dyads.yamlfile import read_mapping

WORD_FILES = word_list_files()


def test_there_are_word_list_files():
    assert {"actors/words.yaml", "events/words.yaml", "stances/words.yaml"} <= set(WORD_FILES)


def test_check_reads_every_file_so_a_coder_fails_when_built():
    word_lists.cache_clear()
    check_word_lists()
    assert word_lists.cache_info().currsize == len(WORD_FILES)


SOURCES = {p: p.read_text(encoding="utf-8") for p in Path(dyads.__file__).parent.rglob("*.py")}


def _reads(source: str, rule, name: str) -> bool:
    """Whether `source` names the rule (its id, or `rule_id(its function)`) and the list."""
    names_rule = rule.id in source or re.search(
        rf"rule_id\([\w.]*\b{re.escape(rule.func.__name__)}\)", source
    )
    return bool(names_rule) and f'"{name}"' in source


def _class_names_in_patterns() -> set[str]:
    """The word classes the trigger lexicon's patterns name ("send @armed_unit")."""
    return {
        word[1:]
        for entry in TriggerLexicon.load().entries.values()
        for pattern in (*entry.verbs, *entry.nouns)
        for word in pattern
        if word.startswith("@")
    }


@pytest.mark.parametrize("relative_path", WORD_FILES)
def test_every_word_list_is_read_by_the_registered_rule_it_is_keyed_by(relative_path):
    rules = registered()
    for rule_id, lists in word_lists(relative_path).items():
        assert rule_id in rules, f"{relative_path}: {rule_id} is not a registered rule"
        if rule_id == WORD_CLASS_RULE:
            # Word classes are read through the trigger patterns that name them.
            unused = set(lists) - _class_names_in_patterns()
            assert not unused, f"{relative_path}: no trigger pattern names {sorted(unused)}"
            continue
        for name in lists:
            assert any(_reads(src, rules[rule_id], name) for src in SOURCES.values()), (
                f"{relative_path}: {rule_id}.{name} is read by no code that names the rule"
            )


@pytest.mark.parametrize(
    "text, key, reason",
    [
        ("roles.x.v1:\n  words:\n    why: w\n    words: []\n", "roles.x.v1.words", "non-empty"),
        ("roles.x.v1:\n  a:\n    why: w\n    words: in\n", "roles.x.v1.a", "non-empty list"),
        ("roles.x.v1:\n  a:\n    why: w\n    words: [1]\n", "roles.x.v1.a", "not a word"),
        ("roles.x.v1:\n  a:\n    why: w\n    words: [in, in]\n", "roles.x.v1.a", "twice"),
        ("roles.x.v1:\n  a:\n    words: [in]\n", "roles.x.v1.a", "missing why"),
        ("roles.x.v1:\n  a:\n    why: w\n    words: [in]\n    note: n\n", "roles.x.v1.a",
         "unknown key"),
        ("roles.x.v1:\n  a:\n    why: ''\n    words: [in]\n", "roles.x.v1.a", "one line"),
        ("roles.x.v1:\n  A-b:\n    why: w\n    words: [in]\n", "roles.x.v1.A-b", "list name"),
        ("roles.x.v1:\n  a: [in]\n", "roles.x.v1.a", "`why` and `words`"),
        ("roles.x.v1: [in]\n", "roles.x.v1", "mapping of named word lists"),
        ("prepositions:\n  a:\n    why: w\n    words: [in]\n", "'prepositions'", "rule id"),
    ],
)  # fmt: skip
def test_invalid_word_lists_are_config_errors_naming_file_and_key(text, key, reason):
    with pytest.raises(ConfigError) as caught:
        parse_word_lists(read_mapping(text, "f.yaml"), "f.yaml")
    assert str(caught.value).startswith(f"f.yaml: {key}: ")
    assert reason in str(caught.value)


def test_yaml_reads_on_and_no_as_words_not_booleans():
    text = "roles.x.v1:\n  a:\n    why: Prepositions.\n    words: [on, no, off]\n"
    assert parse_word_lists(read_mapping(text, "f.yaml"), "f.yaml") == {
        "roles.x.v1": {"a": frozenset({"on", "no", "off"})}
    }


def test_a_rule_named_twice_is_an_error_naming_the_line():
    from dyads.errors import LexiconError

    text = "roles.x.v1:\n  a:\n    why: w\n    words: [in]\nroles.x.v1:\n  b:\n    why: w\n"
    with pytest.raises(LexiconError, match=r"f.yaml:5: .*'roles.x.v1' is repeated"):
        read_mapping(text + "    words: [on]\n", "f.yaml")


def test_a_list_that_is_not_there_is_a_config_error():
    with pytest.raises(ConfigError, match=r"actors/words.yaml: actors.refs.possessor.v1.nope"):
        words("actors/words.yaml", "actors.refs.possessor.v1", "nope")


def test_a_list_is_read_once():
    assert word_lists("actors/words.yaml") is word_lists("actors/words.yaml")
