"""Find lexicon patterns in a parsed text: longest match first, on token boundaries.

spaCy's PhraseMatcher would need the Doc, which stays in the NLP layer; over ParsedDoc tokens a
dictionary keyed by token tuples does the same job in a few lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..records import ParsedDoc, Token
from .lexicon import ActorLexicon, Entry

# Articles that may open a pattern in the lexicon ("the Pentagon") but not in the text.
_LEADING_ARTICLES = ("the", "The", "THE")
# Dependencies of a noun phrase: a word the small tagger calls a verb there is still a noun
# (it may tag the head of "the press watchdog" VERB where the parse makes it the subject).
_NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "compound", "npadvmod",
     "poss", "nmod"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens [start, end) that name `entry`; `role` is "name" or "adjective"."""

    start: int
    end: int
    entry: Entry
    role: str


class PatternIndex:
    """Token-tuple index of every pattern of a lexicon.

    A pattern with an upper-case letter matches as written or in all capitals; a lower-case one
    matches in any case, and its last word also matches by lemma (so plurals match).
    """

    def __init__(self, lexicon: ActorLexicon, tokenize: Callable[[str], tuple[str, ...]]) -> None:
        self.cased: dict[tuple[str, ...], tuple[Entry, str]] = {}
        self.uncased: dict[tuple[str, ...], tuple[Entry, str]] = {}
        # The pattern lengths that start with each first word, in any of its cases: most
        # tokens start none and are skipped at once, and the others try only these lengths.
        self.lengths: dict[str, set[int]] = {}
        for pattern, entry, role in lexicon.patterns():
            words = tokenize(pattern)
            if len(words) > 1 and words[0] in _LEADING_ARTICLES:
                words = words[1:]
            for form in {words[0], words[0].upper(), words[0].lower()}:
                self.lengths.setdefault(form, set()).add(len(words))
            if pattern == pattern.lower():
                self.uncased[tuple(w.lower() for w in words)] = (entry, role)
            else:
                self.cased[words] = (entry, role)
                self.cased[tuple(w.upper() for w in words)] = (entry, role)

    def find(self, doc: ParsedDoc) -> list[Match]:
        """Non-overlapping matches, scanning left to right and preferring the longest."""
        texts = [t.text for t in doc.tokens]
        lowers = [t.lower() for t in texts]
        lemmas = [noun_lemma(t) for t in doc.tokens]
        matches: list[Match] = []
        lengths = self.lengths
        none: set[int] = set()
        i, n = 0, len(texts)
        while i < n:
            found = None
            sizes = (
                lengths.get(texts[i], none)
                | lengths.get(lowers[i], none)
                | lengths.get(lemmas[i], none)
            )
            if not sizes:
                i += 1
                continue
            for size in sorted(sizes, reverse=True):
                end = i + size
                if end > n or doc.tokens[end - 1].sent != doc.tokens[i].sent:
                    continue
                hit = self.cased.get(tuple(texts[i:end]))
                if hit is None and not _used_as_verb(doc.tokens[end - 1]):
                    # A common noun used as a verb names no one: "Chile spied on Peru",
                    # "troops will police the border".
                    hit = self.uncased.get(tuple(lowers[i:end]))
                    if hit is None and not doc.tokens[end - 1].tag.startswith("VB"):
                        # The lemma matches plurals; a gerund is an activity, not its doer:
                        # "accused Peru of spying" names no spy.
                        hit = self.uncased.get((*lowers[i : end - 1], lemmas[end - 1]))
                if hit is not None:
                    found = Match(i, end, hit[0], hit[1])
                    break
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches


def noun_lemma(token: Token) -> str:
    """The token's lemma in lower case. A plural common noun the tagger takes for a proper one,
    as at the start of a sentence or in a title ("Rebels in Peru ..."), keeps its plural as
    its lemma: its singular is read off the ending, so that it matches its role."""
    lemma = token.lemma.lower()
    if token.tag != "NNP" or lemma != token.text.lower() or not lemma.endswith("s"):
        return lemma
    if lemma.endswith("ies"):
        return lemma[:-3] + "y"
    return lemma if lemma.endswith("ss") else lemma[:-1]


def _used_as_verb(token: Token) -> bool:
    """Whether `token` is a verb of its clause, not a noun the tagger misread."""
    return token.pos in ("VERB", "AUX") and token.dep not in _NOMINAL_DEPS
