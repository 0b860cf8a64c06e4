"""PETRARCH verb pattern files read as extra trigger entries."""

from __future__ import annotations

import pytest

from dyads.errors import LexiconError
from dyads.events.lexicon import TriggerLexicon
from dyads.events.petrarch_verbs import is_verb_patterns, read_verb_patterns

VERBS = """\
<!-- test verbs -->
&STRONGHOLD
+FORTRESS
+BASTION_

--- ABANDON [080] ---
ABANDON
DESERT {DESERTS DESERTED}
- * HEADQUARTERS [0874]  # simple: verb, then words
- * &STRONGHOLD [0874]  # simple: a synonym set
- * ATTEMPT [---]  # null code: left out
- SAID MUST * POLICY [100]  # words before the verb: left out
- * + PARTY [160]  # a target marker: left out
- % * RESUMPTION [050]  # a compound marker: left out

--- CONFER [040:040] ---
CONFER
+SIT_DOWN_WITH [043]
"""


@pytest.fixture(scope="module")
def verbs():
    return read_verb_patterns("test.verbs.txt", VERBS)


def test_verb_blocks_and_simple_patterns(verbs):
    by_code: dict[str, set[str]] = {}
    for entry in verbs.entries:
        by_code.setdefault(entry.cameo, set()).update(" ".join(p) for p in entry.verbs)
    assert by_code == {
        "080": {"abandon", "desert"},
        "0874": {"abandon headquarters", "desert headquarters", "abandon fortress",
                 "desert fortress", "abandon bastion", "desert bastion"},
        "040": {"confer"},
        "043": {"sit down with"},
    }  # fmt: skip
    assert (verbs.verbs, verbs.patterns, verbs.simple) == (4, 6, 2)
    assert verbs.unsupported == {
        "null code [---]": 1,
        "words before the verb": 1,
        "source, target, compound or skip marker": 2,
    }
    assert all(e.defined_at.startswith("test.verbs.txt:") for e in verbs.entries)


def test_detection():
    assert is_verb_patterns(VERBS)
    assert not is_verb_patterns("- {id: 111.x, cameo: '111', verbs: [x]}\n")


def test_trigger_lexicon_adds_verb_files_after_its_own(tmp_path, verbs):
    path = tmp_path / "my.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    lexicon = TriggerLexicon.load([path])
    ids = [entry.id for _, entry in lexicon.by_verb["desert"]]
    assert ids and all(i.split(".")[1].startswith("petrarch-") for i in ids)
    assert len(lexicon.entries) == len(TriggerLexicon.load().entries) + len(verbs.entries)


def test_a_file_that_is_no_verb_file(tmp_path):
    with pytest.raises(LexiconError, match="not a verb file"):
        read_verb_patterns("x.txt", "HELLO [010]\n")


def test_cameo_verb_patterns(shared_data):
    verbs = read_verb_patterns(shared_data / "petrarch_dicts" / "CAMEO.verbpatterns.150430.txt")
    share = verbs.simple / verbs.patterns
    assert 0.30 < share < 0.40  # about a third of the patterns are simple
    assert verbs.verbs > 1500 and len(verbs.entries) > 4000
    assert all(p.path.endswith("CAMEO.verbpatterns.150430.txt") and p.line for p in verbs.problems)
