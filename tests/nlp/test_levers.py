"""Exact speed levers: the faster pipeline writes what the stock one writes."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Span

from dyads.nlp import load_pipeline
from dyads.nlp.levers import CompiledGreedyParse, TokenTypeAttributeRuler
from dyads.serialize import article_dict


def _annotations(nlp, text):
    return [
        (t.text, t.tag_, t.pos_, t.morph.key, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in nlp(text)
    ]


def _coded_json(coder, articles):
    return [json.dumps(article_dict(c), ensure_ascii=False) for c in coder.code_many(articles)]


def test_the_levers_replace_the_attribute_ruler(coder, stock_coder):
    assert isinstance(coder.parser.nlp.get_pipe("attribute_ruler"), TokenTypeAttributeRuler)
    assert not isinstance(
        stock_coder.parser.nlp.get_pipe("attribute_ruler"), TokenTypeAttributeRuler
    )
    assert coder.parser.nlp.pipe_names == stock_coder.parser.nlp.pipe_names


@pytest.mark.parametrize(
    "text",
    [
        "Japan condemned North Korea's missile launch on Monday, officials said.",
        "Let's go: we're gonna win, ain't we? I gotta say it's not over.",  # several-token rules
        "He didn't say. They wouldn't've come; she'd rather not.",
        "  Spaces \n\n and\tlines  ",  # space tokens
        "THE MINISTERS MET IN TOKYO. the ministers met in tokyo.",
        "Repeat, repeat, repeat: the same word types again and again and again.",
        "",
    ],
)
def test_token_annotations_equal_the_stock_pipeline(coder, stock_coder, text):
    fast, stock = coder.parser.nlp, stock_coder.parser.nlp
    # Twice: the first pass fills the token-type cache, the second reads it.
    assert _annotations(fast, text) == _annotations(stock, text)
    assert _annotations(fast, text) == _annotations(stock, text)


def test_coded_json_is_byte_identical_with_levers_on_and_off(coder, stock_coder, sample_articles):
    fast, stock = _coded_json(coder, sample_articles), _coded_json(stock_coder, sample_articles)
    assert len(fast) == len(sample_articles)
    assert fast == stock


def test_lemma_index_is_a_set_in_the_fast_pipeline_only(coder, stock_coder):
    fast_index = coder.parser.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    stock_index = stock_coder.parser.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, frozenset) for v in fast_index.values())
    assert all(isinstance(v, list) for v in stock_index.values())
    assert {k: set(v) for k, v in fast_index.items()} == {
        k: set(v) for k, v in stock_index.items()
    }


def test_the_stock_pipeline_is_a_separate_load(coder):
    settings = coder.settings
    assert load_pipeline(settings.spacy_model, settings.spacy_exclude, False) is not (
        load_pipeline(settings.spacy_model, settings.spacy_exclude, True)
    )


def test_the_parser_and_recogniser_run_the_compiled_loop_in_the_fast_pipeline_only(
    coder, stock_coder
):
    transitions = pytest.importorskip(
        "dyads.nlp._transitions", reason="the extension module was not built (no C compiler)"
    )
    fast, stock = coder.parser.nlp, stock_coder.parser.nlp
    for name in ("parser", "ner"):
        assert isinstance(fast.get_pipe(name), CompiledGreedyParse)
        assert not isinstance(stock.get_pipe(name), CompiledGreedyParse)
    assert transitions.rebound(fast.get_pipe("ner").moves)
    assert not transitions.rebound(stock.get_pipe("ner").moves)


@pytest.mark.parametrize(
    "texts",
    [
        ["One sentence only."],
        ["", "   ", "\n\n"],  # nothing to parse, and space alone
        ["A short one.", "A much longer text, with clauses, lists: one, two, three; and more."],
    ],
)
def test_the_compiled_loop_parses_as_spacy_alone_and_in_batches(coder, stock_coder, texts):
    fast, stock = coder.parser.nlp, stock_coder.parser.nlp
    assert [_annotations(fast, t) for t in texts] == [_annotations(stock, t) for t in texts]
    fast_docs = [d for d in fast.pipe(texts, batch_size=2)]
    stock_docs = [d for d in stock.pipe(texts, batch_size=2)]
    assert [[(t.dep_, t.head.i, t.ent_type_) for t in d] for d in fast_docs] == [
        [(t.dep_, t.head.i, t.ent_type_) for t in d] for d in stock_docs
    ]


def _entities_over_presets(nlp, text, preset, blocked):
    """The entities the recogniser of `nlp` finds in `text` around entities set beforehand
    (`preset`: (start, end, label) token spans) and spans it may not label (`blocked`)."""
    doc = nlp.make_doc(text)
    for _name, component in nlp.pipeline:
        if _name == "ner":
            break
        doc = component(doc)
    doc.set_ents(
        [Span(doc, s, e, label) for s, e, label in preset],
        blocked=[Span(doc, s, e) for s, e in blocked],
        default="unmodified",
    )
    doc = nlp.get_pipe("ner")(doc)
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "preset", "blocked"),
    [
        ("The foreign ministers of Japan and the United States met in Washington.", [], []),
        ("Acme Trading Company said on Monday that it would sue the Kenyan government.",
         [(0, 3, "ORG")], []),
        ("Talks between Red River Holdings and the city of Springfield ended in March.",
         [(2, 4, "PERSON")], [(9, 10)]),
        ("Maria del Carmen Ortiz, the mayor, greeted President Lee in Seoul.",
         [(0, 1, "PERSON")], [(9, 10)]),
        ("The  United   Nations \n\n said  nothing.", [], [(4, 5)]),
    ],
)  # fmt: skip
def test_compiled_entity_checks_decide_as_spacy_around_preset_entities(
    coder, stock_coder, text, preset, blocked
):
    # Preset and blocked spans reach the checks' branches that plain text never does.
    fast = _entities_over_presets(coder.parser.nlp, text, preset, blocked)
    stock = _entities_over_presets(stock_coder.parser.nlp, text, preset, blocked)
    assert fast == stock
