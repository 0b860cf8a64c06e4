"""The NLP layer: one pipeline per process, and ParsedDoc records out of it."""

from __future__ import annotations

import pytest

from dyads.errors import ModelError
from dyads.nlp import Parser, load_pipeline, pipeline
from dyads.nlp.backend import (
    AUTO,
    BLIS,
    MATMUL,
    backend_for,
    backend_of,
    choose_backend,
    use_backend,
)
from dyads.nlp.pipeline import chunks, sentence_starts


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


@pytest.mark.parametrize(
    "sentence",
    [
        "At a briefing in Lima, Lt. Gen. Omar Diallo said the army had left the town.",
        "The convoy was led by Maj. Ines Moreau and Capt. Liu Bo of the navy.",
    ],
)
def test_abbreviated_titles_stay_whole_and_start_no_sentence(coder, sentence):
    doc = coder.parser.parse(sentence)
    assert len(doc.sentences) == 1
    texts = [t.text for t in doc.tokens]
    assert "." not in texts[:-1]
    assert any(t in texts for t in ("Lt.", "Maj."))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A subheading run into the paragraph after it is a sentence of its own.
        ("Police said the border had closed. Border dispute The talks in Lima ended.",
         ["Police said the border had closed.", "Border dispute", "The talks in Lima ended."]),
        # "The" in a name stays where it is.
        ("The minister visited The Hague on Monday.",
         ["The minister visited The Hague on Monday."]),
        # A leading dateline is no part of the first sentence, whose subject follows it.
        ("LIMA — Chile and Peru agreed on Monday to resume talks.",
         ["LIMA —", "Chile and Peru agreed on Monday to resume talks."]),
    ],
)
def test_a_subheading_run_into_its_paragraph_is_a_sentence_of_its_own(coder, text, sentences):
    doc = coder.parser.parse(text)
    assert [doc.span_text(s.start, s.end).strip() for s in doc.sentences] == sentences


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        ("Chile joined the U.S.-led talks.", ["U.S.", "-", "led"]),
        ("Peru backed the U.N.-brokered truce.", ["U.N.", "-", "brokered"]),
        ("Chile funded an EU-backed project.", ["EU", "-", "backed"]),
    ],
)
def test_an_abbreviation_before_a_hyphen_is_a_word_of_its_own(coder, sentence, pieces):
    texts = [t.text for t in coder.parser.parse(sentence).tokens]
    start = texts.index(pieces[0])
    assert texts[start : start + 3] == pieces


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # The silent-"e" verb, not the shorter verb the lemmatizer would pick.
        ("Protesters staged a sit-in outside the ministry.", "staged", "stage"),
        ("Russia waged war on its neighbour.", "waged", "wage"),
        ("The court fined the editor.", "fined", "fine"),
        ("She hopes the talks will resume.", "hopes", "hope"),
        ("Ministers are hoping for a deal.", "hoping", "hope"),
        # The shorter verb keeps its own forms, and a stem that never doubles is left alone.
        ("The frog hopped away.", "hopped", "hop"),
        ("The army routed the rebels.", "routed", "rout"),
    ],
)
def test_verbs_with_a_silent_e_keep_it_in_their_lemma(coder, sentence, word, lemma):
    doc = coder.parser.parse(sentence)
    assert next(t.lemma for t in doc.tokens if t.text == word) == lemma


def test_missing_model_says_what_to_do():
    with pytest.raises(ModelError, match="DYADS_SPACY_MODEL"):
        load_pipeline("no_such_pipeline_xyz")


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("one two\n\nthree four", 12, ["one two\n\n", "three four"]),  # at a paragraph break
        ("Aa bb. Cc dd. Ee ff", 14, ["Aa bb. Cc dd. ", "Ee ff"]),  # after a full stop
        ("aaa bbb ccc ddd", 9, ["aaa bbb ", "ccc ddd"]),  # at a space
        ('"' * 25, 10, ['"' * 10, '"' * 10, '"' * 5]),  # anywhere when it must
        ("short", 10, ["short"]),
    ],
)
def test_long_texts_are_cut_at_the_best_boundary(text, size, expected):
    assert chunks(text, size) == expected
    assert "".join(chunks(text, size)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes. Aa bb.\nCc dd. Ee!", ["Yes. Aa bb.\nCc dd. Ee!"]),  # prose: whole
        ("Yes. " + "a " * 12, ["Yes. a a a ", "a a a a ", "a a a a ", "a "]),  # a long run: cut
        ('"' * 20, ['"' * 8, '"' * 8, '"' * 4]),
    ],
)
def test_runs_that_are_not_prose_are_cut(text, expected):
    assert chunks(text, 1000, max_run=8) == expected


def test_a_long_text_parsed_in_pieces_is_one_consistent_doc(coder):
    paragraph = (
        "Japan condemned North Korea's missile launch on Monday. The United States said it "
        "would press Pyongyang at the United Nations."
    )
    text = "\n\n".join([paragraph] * 6)
    whole = coder.parser.parse(text)
    pieces = Parser(coder.parser.nlp, chunk_chars=300).parse(text)
    assert pieces.text == text
    assert [t.text for t in pieces.tokens] == [t.text for t in whole.tokens]
    assert all(text[t.idx : t.end] == t.text for t in pieces.tokens)
    assert [(e.label, pieces.span_text(e.start, e.end)) for e in pieces.entities] == [
        (e.label, whole.span_text(e.start, e.end)) for e in whole.entities
    ]
    assert len(pieces.sentences) == len(whole.sentences)
    for t in pieces.tokens:
        head = pieces.tokens[t.head]
        assert head.sent == t.sent  # no dependency crosses a piece
        assert all(pieces.tokens[c].head == t.i for c in pieces.children[t.i])


@pytest.mark.parametrize("piece_jobs", [2, 3])
def test_pieces_parsed_in_several_processes_are_the_pieces_parsed_in_turn(coder, piece_jobs):
    paragraph = (
        "Japan condemned North Korea's missile launch on Monday. The United States said it "
        "would press Pyongyang at the United Nations."
    )
    text = "\n\n".join([paragraph] * 8)
    in_turn = Parser(coder.parser.nlp, chunk_chars=300).parse(text)
    in_parallel = Parser(coder.parser.nlp, chunk_chars=300, piece_jobs=piece_jobs).parse(text)
    assert len(chunks(text, 300)) == 4  # two paragraphs a piece
    assert in_parallel == in_turn


@pytest.mark.parametrize("setting", [BLIS, MATMUL, AUTO])
def test_piece_processes_use_the_backend_chosen_for_their_number(
    coder, restored_backend, tmp_path, monkeypatch, setting
):
    # The backend chosen for one process may run several threads: each of two piece
    # processes running those would run more threads than the machine has cores.
    chosen = tmp_path / "chosen"

    def recording(nlp, backend_name, jobs=1):
        found = choose_backend(nlp, backend_name, jobs)
        with chosen.open("a") as out:  # written in the piece process
            out.write(found + "\n")
        return found

    monkeypatch.setattr(pipeline, "choose_backend", recording)
    use_backend(restored_backend, MATMUL if setting == BLIS else BLIS)
    text = "\n\n".join(["Japan condemned North Korea's missile launch on Monday."] * 12)
    parser = Parser(restored_backend, chunk_chars=120, piece_jobs=2, numeric_backend=setting)
    parser.parse(text)
    assert set(chosen.read_text().split()) == {backend_for(restored_backend, setting, 2)}
    assert backend_of(restored_backend) == (MATMUL if setting == BLIS else BLIS)  # not here


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Japan protested. The U.S. and Britain agreed.", ["The"]),
        ("Gen. Smith met the U.N. envoy on Monday. He left.", ["He"]),
        ('He said "we act." Japan agreed. “No,” he said! Then', ["Japan", "“No,”", "Then"]),
        ("It rose 3.5 percent. prices fell. (Reuters) Seoul", ["(Reuters)"]),
    ],
)
def test_sentence_starts_skip_abbreviations_and_follow_quotes(coder, text, starts):
    found = sentence_starts(coder.parser.nlp, text)
    assert [text[i:].split()[0] for i in found] == starts


def test_a_text_without_paragraphs_is_cut_at_sentence_starts(coder):
    sentence = "The U.S. and Japan met Gen. Smith on Monday, officials said. "
    text = sentence * 20
    pieces = Parser(coder.parser.nlp, chunk_chars=300).pieces(text)
    assert "".join(pieces) == text
    assert all(piece.startswith("The U.S.") for piece in pieces)
