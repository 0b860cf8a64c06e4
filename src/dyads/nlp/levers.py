"""Exact speed levers: pipeline components replaced by equivalents that give the same Doc.

A profile of coding news with `en_core_web_sm` found two components doing repeated work:

- the attribute ruler runs a Matcher of ~180 patterns over every token, although almost all
  of its patterns look at one token only, and what they look at (its text, tag and dependency
  label) repeats across a corpus: `TokenTypeAttributeRuler` asks the stock matcher once per
  (text, tag, dependency) and keeps the answer, and runs the stock matcher only for the few
  patterns that span several tokens;
- the rule lemmatizer tests candidate forms against its `lemma_index` table, whose values are
  lists (a linear scan per candidate): `index_as_sets` makes them sets, with the same members;
- the parser and the entity recogniser read their state at every step (the words on the stack
  and in the buffer, and for the recogniser which of its 74 moves are valid), and in the spaCy
  wheel each read takes and releases the GIL: `CompiledGreedyParse` runs the same greedy
  parse compiled in dyads' one extension module (`_transitions.pyx`), where it does not
  (the parser 2 times and the recogniser 3 times as fast, measured on the VOA corpus).

All write exactly what the stock components write (a test compares the coded JSON with the
levers on and off); `Settings.exact_levers = False` runs the stock pipeline instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import ModuleType

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import minibatch

# Token attributes that depend only on a token's text (its lexeme), its tag and its dependency
# label: a one-token pattern that reads only these matches the same way on every token with
# the same text, tag and label, whatever the document. NORM is not one (the tokenizer's special
# cases set it per token), nor are POS, MORPH or LEMMA (other patterns set them).
_TYPE_ATTRS = frozenset(
    {"ORTH", "TEXT", "LOWER", "LENGTH", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT",
     "IS_LOWER", "IS_UPPER", "IS_TITLE", "SHAPE", "PREFIX", "SUFFIX", "TAG", "DEP"}
)  # fmt: skip


def apply_exact_levers(nlp: Language) -> list[str]:
    """Replace, in place, the components of `nlp` that have an exact faster equivalent; the
    names of the levers applied (none for a pipeline they do not fit)."""
    applied = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler) and TokenTypeAttributeRuler.fits(ruler):
            nlp.replace_pipe("attribute_ruler", "dyads_token_type_attribute_ruler")
            replacement = nlp.get_pipe("attribute_ruler")
            assert isinstance(replacement, TokenTypeAttributeRuler)
            replacement.wrap(ruler)
            applied.append("attribute_ruler by token type")
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and index_as_sets(lemmatizer):
            applied.append("lemma index as sets")
    transitions = compiled_transitions()
    if transitions is not None:
        for name in ("parser", "ner"):
            stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
            if isinstance(stock, Parser):
                if isinstance(stock.moves, BiluoPushDown):
                    transitions.rebind(stock.moves)
                nlp.replace_pipe(name, "dyads_compiled_greedy_parse")
                replacement = nlp.get_pipe(name)
                assert isinstance(replacement, CompiledGreedyParse)
                replacement.wrap(stock, transitions)
                applied.append(f"{name} loop compiled")
    return applied


def compiled_transitions() -> ModuleType | None:
    """dyads' extension module `_transitions`, or None where it was not built (no C compiler at
    install: spaCy's own loop runs) or was built for another spaCy release."""
    try:
        from . import _transitions
    except ImportError:
        return None
    return _transitions if _transitions.COMPILED_FOR == spacy.__version__ else None


class CompiledGreedyParse:
    """spaCy's parser or entity recogniser (`stock`), its greedy parse run by
    `_transitions.greedy_parse`: the same steps as spaCy's, compiled so that they read the
    parser state without taking the GIL. Everything else is the stock component's."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.stock: Parser | None = None
        self.transitions: ModuleType | None = None

    def wrap(self, stock: Parser, transitions: ModuleType) -> None:
        self.stock, self.transitions = stock, transitions

    def __getattr__(self, attr: str) -> object:
        # moves, model, labels, cfg ...: the stock component's.
        if attr in ("stock", "transitions"):
            raise AttributeError(attr)
        return getattr(self.stock, attr)

    def predict(self, docs: list[Doc]) -> list:
        """As Parser.predict."""
        stock, transitions = self.stock, self.transitions
        assert stock is not None and transitions is not None, "wrap() a stock component first"
        if not any(len(doc) for doc in docs):
            return stock.moves.init_batch(docs)
        if stock.cfg["beam_width"] != 1:
            return stock.predict(docs)
        return transitions.greedy_parse(stock, docs)

    def __call__(self, doc: Doc) -> Doc:
        """As TrainablePipe.__call__."""
        assert self.stock is not None, "wrap() a stock component first"
        try:
            self.stock.set_annotations([doc], self.predict([doc]))
            return doc
        except Exception as e:  # spaCy's own error handler decides, as in the stock component
            self.stock.get_error_handler()(self.name, self.stock, [doc], e)
            return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """As Parser.pipe: each batch parsed in sub-batches of documents of similar length."""
        stock = self.stock
        assert stock is not None, "wrap() a stock component first"
        for batch in minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                by_length = sorted(batch_in_order, key=len)
                for subbatch in minibatch(by_length, size=max(batch_size // 4, 2)):
                    subbatch = list(subbatch)
                    stock.set_annotations(subbatch, self.predict(subbatch))
                yield from batch_in_order
            except Exception as e:  # spaCy's own error handler decides, as in Parser.pipe
                stock.get_error_handler()(self.name, stock, batch_in_order, e)


@Language.factory("dyads_compiled_greedy_parse")
def make_compiled_greedy_parse(nlp: Language, name: str) -> CompiledGreedyParse:
    return CompiledGreedyParse(nlp, name)


def index_as_sets(lemmatizer: Lemmatizer) -> bool:
    """Turn the lists of the rule lemmatizer's `lemma_index` table into sets (it only tests
    membership in them); whether there was such a table."""
    if lemmatizer.mode != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return False
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        table[key] = frozenset(table[key])
    return True


class TokenTypeAttributeRuler:
    """The stock attribute ruler's result, from a cache by (text, tag, dependency) for its
    one-token patterns and from its own matcher for the others."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.stock: AttributeRuler | None = None
        self.multi_token = Matcher(nlp.vocab)
        self.single_token = Matcher(nlp.vocab)
        # (orth, tag, dep) -> the attributes the one-token patterns set, merged in their order,
        # or None when no one-token pattern matches such a token.
        self.by_type: dict[tuple[int, int, int], dict | None] = {}
        self._has_multi = False

    @staticmethod
    def fits(ruler: AttributeRuler) -> bool:
        """Whether every one-token pattern of `ruler` reads only token-type attributes."""
        for attr_id in range(len(ruler.attrs)):
            for pattern in _patterns(ruler, attr_id):
                if len(pattern) == 1 and not set(pattern[0]) <= _TYPE_ATTRS:
                    return False
        return True

    def wrap(self, ruler: AttributeRuler) -> None:
        """Take over `ruler`'s patterns and attributes."""
        self.stock = ruler
        for attr_id in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(attr_id)]
            single = [p for p in _patterns(ruler, attr_id) if len(p) == 1]
            multi = [p for p in _patterns(ruler, attr_id) if len(p) != 1]
            if single:
                self.single_token.add(key, single)
            if multi:
                self.multi_token.add(key, multi)
                self._has_multi = True

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        assert stock is not None, "wrap() the stock attribute ruler first"
        multi = self.multi_token(doc, allow_missing=True) if self._has_multi else []
        if multi:
            # A token a several-token pattern reaches gets every match in the stock order.
            touched = {s + stock.indices[int(self.vocab.strings[m])] % (e - s)
                       for m, s, e in multi}  # fmt: skip
        else:
            touched = set()
        by_type = self.by_type
        for token in doc:
            if token.i in touched:
                continue
            key = (token.orth, token.tag, token.dep)
            attrs = by_type.get(key, ...)
            if attrs is ...:
                attrs = by_type[key] = self._merged(self._single_ids(token))
            if attrs:
                set_token_attrs(token, attrs)
        if touched:
            matches = [(int(self.vocab.strings[m]), m, s, e) for m, s, e in multi]
            for i in touched:
                matches.extend(
                    (attr_id, self.vocab.strings[str(attr_id)], i, i + 1)
                    for attr_id in self._single_ids(doc[i])
                )
            matches.sort()
            stock.set_annotations(doc, [m for m in matches if _target(stock, m) in touched])
        return doc

    def _single_ids(self, token: Token) -> list[int]:
        """The ids of the one-token patterns that match `token`, in the stock order: asked of
        a one-token Doc with the token's text, tag and dependency label."""
        one = Doc(self.vocab, words=[token.text], spaces=[False])
        one[0].tag = token.tag
        one[0].dep = token.dep
        found = self.single_token(one, allow_missing=True)
        return sorted(int(self.vocab.strings[m]) for m, _s, _e in found)

    def _merged(self, attr_ids: list[int]) -> dict | None:
        """The attributes of the patterns `attr_ids` applied in order (a later one overrides
        an earlier one's value for the same attribute)."""
        assert self.stock is not None
        merged: dict = {}
        for attr_id in attr_ids:
            merged.update(self.stock.attrs[attr_id])
        return merged or None


def _patterns(ruler: AttributeRuler, attr_id: int) -> list[list[dict]]:
    _on_match, patterns = ruler.matcher.get(ruler.vocab.strings[str(attr_id)])
    return patterns


def _target(ruler: AttributeRuler, match: tuple[int, int, int, int]) -> int:
    attr_id, _m, start, end = match
    return start + ruler.indices[attr_id] % (end - start)


@Language.factory("dyads_token_type_attribute_ruler")
def make_token_type_attribute_ruler(nlp: Language, name: str) -> TokenTypeAttributeRuler:
    return TokenTypeAttributeRuler(nlp, name)

