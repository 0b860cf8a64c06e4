"""Selective parsing (an option, `Settings.selective_parse`): the tagger, parser and NER run
only on the sentences that can hold an event, and on the story's first sentence, which names
its actors in full.

A sentence can hold an event when one of its words could be lemmatised to the head word of a
trigger (the lemmatizer's own suffix rules and exceptions, run forwards over the word), or when
it holds a quotation mark (quotations and their speakers). Sentences are found without the
parser: spaCy's rule-based sentencizer plus paragraph breaks. The other sentences keep their
tokens, with the lower-cased word as lemma and no tags, dependencies or entities: actor names
in them are still found by the lexicon, but not people known only to the NER.

The output differs from a full parse (a sentence parsed alone can parse differently, and
actors in skipped sentences are fewer); `benchmarks/selective.py` measures how much.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import ParsedDoc, Span, Token
from .pipeline import merge_parsed, to_parsed

_QUOTES = frozenset('"“”‘’«»')


class SentenceFilter:
    """Which sentences of a tokenized Doc are worth a full parse."""

    def __init__(self, nlp: Language, head_words: Iterable[str]) -> None:
        self.heads = frozenset(w.lower() for w in head_words)
        self.rules: list[tuple[str, str]] = []
        self.exceptions: dict[str, list[str]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_rules"):
                self.rules = sorted({(o, n) for rs in lookups.get_table("lemma_rules").values()
                                     for o, n in rs})  # fmt: skip
            if lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    for form, lemmas in table.items():
                        self.exceptions.setdefault(form, []).extend(lemmas)
        self._could_be_head: dict[str, bool] = {}
        self._sentencizer = Sentencizer()

    def could_be_head(self, word: str) -> bool:
        """Whether the lemmatizer could turn `word` into a trigger's head word."""
        lower = word.lower()
        found = self._could_be_head.get(lower)
        if found is None:
            forms = {lower, *self.exceptions.get(lower, ())}
            forms.update(lower[: len(lower) - len(old)] + new
                         for old, new in self.rules if lower.endswith(old))  # fmt: skip
            found = self._could_be_head[lower] = not self.heads.isdisjoint(forms)
        return found

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the sentences of `doc` (spaCy's sentencizer, and a new sentence
        after every blank line), found without setting anything on `doc`."""
        (starts,) = self._sentencizer.predict([doc])
        bounds = [0]
        for token in doc[1:]:
            previous = doc[token.i - 1]
            paragraph = previous.is_space and previous.text.count("\n") >= 2
            if starts[token.i] or paragraph:
                bounds.append(token.i)
        bounds.append(len(doc))
        return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def keep(self, sentence: SpacySpan) -> bool:
        return any(t.text in _QUOTES or self.could_be_head(t.text) for t in sentence)


class SelectiveParser:
    """Parses texts fully in the sentences a `SentenceFilter` keeps, shallowly elsewhere."""

    def __init__(self, nlp: Language, sentence_filter: SentenceFilter) -> None:
        self.nlp = nlp
        self.filter = sentence_filter

    def parse_many(self, texts: Iterable[str], batch_size: int) -> Iterator[ParsedDoc]:
        """The ParsedDocs of `texts`, in order; the kept stretches of a batch are parsed
        together through spaCy's pipe."""
        plans = [self._plan(self.nlp.make_doc(text)) for text in texts]
        stretches = [doc[a:b].as_doc() for doc, plan in plans for a, b, full in plan if full]
        parsed = (to_parsed(d) for d in self.nlp.pipe(stretches, batch_size=batch_size))
        for doc, plan in plans:
            pieces = [next(parsed) if full else _shallow(doc, a, b, self.filter)
                      for a, b, full in plan]  # fmt: skip
            yield merge_parsed(pieces) if pieces else to_parsed(doc)

    def _plan(self, doc: Doc) -> tuple[Doc, list[tuple[int, int, bool]]]:
        """`doc` and its consecutive token stretches, each to be parsed fully or not."""
        plan: list[tuple[int, int, bool]] = []
        for n, (a, b) in enumerate(self.filter.sentences(doc)):
            full = n == 0 or self.filter.keep(doc[a:b])
            if plan and plan[-1][2] == full:
                plan[-1] = (plan[-1][0], b, full)
            else:
                plan.append((a, b, full))
        return doc, plan


def _shallow(doc: Doc, start: int, end: int, sentence_filter: SentenceFilter) -> ParsedDoc:
    """A ParsedDoc of tokens [start, end) of `doc` without a parse: each sentence a flat tree
    under its first token, lemmas lower-cased words, no tags or entities."""
    piece = doc[start:end].as_doc()
    tokens: list[Token] = []
    sentences: list[Span] = []
    children: list[tuple[int, ...]] = []
    for n, (a, b) in enumerate(sentence_filter.sentences(piece)):
        sentences.append(Span(a, b))
        for t in piece[a:b]:
            root = t.i == a
            tokens.append(Token(i=t.i, text=t.text, idx=t.idx, lemma=t.text.lower(), pos="",
                                tag="", dep="ROOT" if root else "dep", head=a, ent_type="",
                                sent=n))  # fmt: skip
            children.append(tuple(range(a + 1, b)) if root else ())
    return ParsedDoc(
        text=piece.text,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        entities=(),
        children=tuple(children),
    )
