"""The NLP layer: one pipeline per process, and ParsedDoc records out of it."""

from __future__ import annotations

import pytest

from dyads.errors import ModelError
from dyads.nlp import load_pipeline


def test_pipeline_is_loaded_once_and_excludes_unused_components(coder):
    nlp = load_pipeline(coder.settings.spacy_model, coder.settings.spacy_exclude)
    assert nlp is coder.parser.nlp
    assert "senter" not in nlp.component_names
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.component_names)


def test_parsed_doc_records(coder):
    doc = coder.parser.parse("Japan condemned North Korea. Tokyo protested.")
    assert len(doc.sentences) == 2
    assert [doc.span_text(s.start, s.end) for s in doc.sentences][1] == "Tokyo protested."
    root = next(t for t in doc.tokens if t.dep == "ROOT")
    assert root.lemma == "condemn"
    assert all(doc.text[t.idx : t.end] == t.text for t in doc.tokens)
    assert {e.label for e in doc.entities} == {"GPE"}
    for t in doc.tokens:
        assert all(doc.tokens[c].head == t.i for c in doc.children[t.i])


def test_missing_model_says_what_to_do():
    with pytest.raises(ModelError, match="DYADS_SPACY_MODEL"):
        load_pipeline("no_such_pipeline_xyz")
