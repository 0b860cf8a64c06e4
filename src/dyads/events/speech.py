"""Who said what: direct quotations and indirect speech, attributed to a cue verb's subject.

A token inside a quotation, or in the clause a speech verb reports ("X said (that) ..."), is
attributed to that verb: the event it triggers gets the verb's subject as its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .. import wordlists
from ..records import ParsedDoc, Token
from ..rules import rule, rule_id

_OPENING = {"\u201c": "\u201d"}
_STRAIGHT = '"'
_OPENING_MARK = re.compile("[" + re.escape(_STRAIGHT + "".join(_OPENING)) + "]")
_QUOTE_CHARS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Attribution:
    """The cue verb that reports a token, and the head token of its subject (None if none)."""

    cue: int
    speaker: int | None
    quoted: bool
    quote: tuple[int, int] | None  # character span of the quotation, quote marks included


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations, quote marks included.

    Straight double quotes pair in order; curly quotes pair opening with closing, and a mark
    of one kind may close the other's. An opening mark with no closing one runs to the end of
    the text's paragraph.
    """
    spans = []
    i, n = 0, len(text)
    # The next paragraph break, found again only once passed: searching from every quote mark
    # would read the rest of the text once per mark.
    paragraph_end = -2
    # Straight marks looked up by position, not searched for from every curly one.
    straight = [m.start() for m in re.finditer(_STRAIGHT, text)]
    curly_opening = [m.start() for m in re.finditer("\u201c", text)]
    curly_closing = [m.start() for m in re.finditer("\u201d", text)]
    while i < n:
        ch = text[i]
        if ch == _STRAIGHT or ch in _OPENING:
            close = _OPENING.get(ch, _STRAIGHT)
            j = text.find(close, i + 1)
            if ch != _STRAIGHT:
                # A curly opening closed by a straight mark ('a “fair" deal'): the straight
                # mark closes it when it comes first and follows a word, so that one mismatched
                # pair does not shift every straight quotation after it.
                k = _next(straight, i + 1)
                if k != -1 and (j == -1 or k < j) and not text[k - 1].isspace():
                    j = k
            else:
                # A straight opening closed by a curly mark ('a "fair” deal'), when no curly
                # opening comes between them.
                k = _next(curly_closing, i + 1)
                if k != -1 and (j == -1 or k < j) and not -1 < _next(curly_opening, i + 1) < k:
                    j = k
            if paragraph_end != -1 and paragraph_end < i + 1:
                paragraph_end = text.find("\n\n", i + 1)
            if j == -1 or (paragraph_end != -1 and j > paragraph_end and ch != _STRAIGHT):
                j = paragraph_end if paragraph_end != -1 else n - 1
            spans.append((i, j + 1))
            i = j + 1
        else:
            found = _OPENING_MARK.search(text, i + 1)
            i = found.start() if found else n
    return spans


def _next(positions: list[int], start: int) -> int:
    """The first of the sorted `positions` at or after `start`, or -1."""
    after = bisect_left(positions, start)
    return positions[after] if after < len(positions) else -1


@rule("speech.attribution.v1")
def attributions(doc: ParsedDoc) -> dict[int, Attribution]:
    """Words inside a direct quotation, or in the clause a speech verb reports, are attributed
    to that verb's subject: '"We will respond," the minister said' and "the minister said they
    would respond" both make the minister the speaker. Token index -> its attribution."""
    toks = doc.tokens
    result: dict[int, Attribution] = {}
    # Found once, so that each quotation costs its own length, not the text's.
    starts = [t.idx for t in toks]
    cues_by_sentence: dict[int, list[int]] = {}
    candidates: dict[int, list[int]] = {}
    cues = [t for t in toks if reports_speech(doc, t)]
    for t in cues:
        cues_by_sentence.setdefault(t.sent, []).append(t.i)
    for start, end in quote_spans(doc.text):
        inside = range(bisect_left(starts, start), bisect_left(starts, end))
        if not inside:
            continue
        cue = _quote_cue(doc, inside, start, end, cues_by_sentence)
        if cue is None:
            continue
        speaker = _speaker(doc, toks[cue], inside, candidates)
        attribution = Attribution(cue, speaker, True, (start, end))
        for i in inside:
            result[i] = attribution
    for t in cues:
        if t.i not in result:
            for child in reported_clauses(doc, t.i):
                speaker = _speaker(doc, t, range(0), candidates)
                attribution = Attribution(t.i, speaker, False, None)
                # A clause an "according to" phrase hangs on holds the phrase: not reported.
                own = set(doc.subtree(t.i)) if child == t.head else set()
                for i in doc.subtree(child):
                    if i not in own:
                        result.setdefault(i, attribution)
    return result


def according_source(doc: ParsedDoc, cue: int) -> int | None:
    """The head token of whom a clause is "according to", when `cue` is that "according":
    "Peru closed the border, according to Chilean officials" -> officials."""
    toks = doc.tokens
    if toks[cue].text.lower() != "according":
        return None
    for to in doc.children[cue]:
        if toks[to].text.lower() == "to":
            for pobj in doc.children[to]:
                if toks[pobj].dep == "pobj":
                    return pobj
    return None


def reported_clauses(doc: ParsedDoc, cue: int) -> list[int]:
    """The heads of the clauses a speech verb reports: its clausal complement, a "that" clause
    the small parser hangs on the noun of a phrase of the verb ("said in a press release that
    Peru had broken the treaty", "told journalists at a news conference that ...") or on an
    object that names what is said ("stressed its view that ..."), and the clause an
    "according to" phrase hangs on."""
    toks = doc.tokens
    if according_source(doc, cue) is not None and toks[cue].head != cue:
        # "According to Chilean officials, Peru closed the border": the clause it hangs on.
        return [toks[cue].head]
    found = [c for c in doc.children[cue] if toks[c].dep == "ccomp"]
    nouns = [
        noun
        for prep in doc.children[cue]
        if toks[prep].dep == "prep"
        for noun in doc.children[prep]
        if toks[noun].dep == "pobj"
    ]
    # "stressed the view that Peru had lied": the object names what is said, when the verb
    # says it ("rejected the claim that ..." reports what others said).
    if toks[cue].lemma.lower() in cue_lemmas():
        said_nouns = wordlists.words("events/words.yaml", rule_id(attributions), "said_nouns")
        nouns += [
            c
            for c in doc.children[cue]
            if toks[c].dep == "dobj" and toks[c].lemma.lower() in said_nouns
        ]
    for noun in nouns:
        found += [
            c
            for c in doc.children[noun]
            if toks[c].dep in ("acl", "ccomp", "relcl")
            and any(
                toks[m].dep == "mark" and toks[m].text.lower() == "that" for m in doc.children[c]
            )
        ]
    return found


def cue_lemmas() -> frozenset[str]:
    """The speech verbs that report what is said (`data/events/words.yaml`)."""
    return wordlists.words("events/words.yaml", rule_id(attributions), "cue_verbs")


def reports_speech(doc: ParsedDoc, token: Token) -> bool:
    """Whether `token` is a verb that reports speech: a verb of `cue_verbs`, or one of
    `clause_cue_verbs` with a clause of what is said (`said_clause`): "responded that the
    charges were false", not "responded by closing the border"."""
    if token.pos != "VERB":
        return False
    lemma = token.lemma.lower()
    if lemma in cue_lemmas():
        return True
    clause_cues = wordlists.words("events/words.yaml", rule_id(attributions), "clause_cue_verbs")
    return lemma in clause_cues and said_clause(doc, token) is not None


def said_clause(doc: ParsedDoc, verb: Token) -> int | None:
    """The finite clause a verb reports as said, when a clause-bound verb of speech has one:
    its clausal complement with a subject, after it opened by "that" ("recalled that Peru had
    signed the treaty") or before it, the words it reports ('"The charges are false," Chile
    responded'). None when it has no such clause."""
    for clause in doc.children[verb.i]:
        grand = [doc.tokens[g] for g in doc.children[clause]]
        opened = clause < verb.i or any(g.dep == "mark" and g.text.lower() == "that" for g in grand)
        if (
            doc.tokens[clause].dep == "ccomp"
            and opened
            and any(g.dep in ("nsubj", "nsubjpass", "expl") for g in grand)
        ):
            return clause
    return None


def _quote_cue(
    doc: ParsedDoc,
    inside: range,
    start: int,
    end: int,
    cues_by_sentence: dict[int, list[int]],
) -> int | None:
    """The speech verb outside the quotation that introduces it: in the sentence where the
    quotation ends, else where it starts, else in the sentence after it ("...," X said)."""
    toks = doc.tokens
    last_sent, first_sent = toks[inside[-1]].sent, toks[inside[0]].sent
    sentences = [last_sent, first_sent]
    opening = doc.sentences[first_sent]
    if toks[opening.start].idx >= start - 1 and first_sent > 0:
        # A quotation that opens its sentence right after a quoted one continues it: '"We will
        # talk," the minister said. "But not today."'
        before = doc.sentences[first_sent - 1]
        if any(t.text in _QUOTE_CHARS for t in toks[before.start : before.end]):
            sentences.append(first_sent - 1)
    sentences.append(last_sent + 1)
    for sent in sentences:
        if sent < 0 or sent >= len(doc.sentences):
            continue
        cues = cues_by_sentence.get(sent, [])
        if sent == last_sent + 1:
            # A speech verb of the next sentence that reports a clause of its own ("The envoy
            # told the council that ...") does not introduce the quotation before it.
            cues = [
                c for c in cues if not any(toks[d].dep == "ccomp" for d in doc.children[c])
            ]
        # Nearest to the quotation: the last cue before it (he said: "...") or the first after
        # it ("...," he said); the quotation's tokens are one run, so these two are the nearest.
        split = bisect_left(cues, inside.start)
        nearest = cues[split - 1 : split] + cues[bisect_left(cues, inside.stop) :][:1]
        if nearest:
            return min(
                nearest, key=lambda i: min(abs(toks[i].idx - end), abs(toks[i].idx - start))
            )
    return None


def _speaker(
    doc: ParsedDoc, cue: Token, quoted: range, candidates: dict[int, list[int]]
) -> int | None:
    """The head token of the cue verb's subject outside the quotation, also when it follows the
    verb ("said a joint statement", which the parser may take for an object). `candidates`
    caches `_speaker_candidates` per cue."""
    toks = doc.tokens
    if (source := according_source(doc, cue.i)) is not None:
        return source
    if cue.i not in candidates:
        candidates[cue.i] = _speaker_candidates(doc, cue.i)
    children = [c for c in candidates[cue.i] if c not in quoted]
    subjects = [c for c in children if toks[c].dep in _SUBJECT_DEPS]
    if subjects:
        return min(subjects, key=lambda c: abs(c - cue.i))
    for child in children:
        if (
            child > cue.i
            and toks[child].pos in ("NOUN", "PROPN")
            and toks[child].dep in ("dobj", "attr", "npadvmod", "dep")
        ):
            return child
    if cue.dep in ("conj", "xcomp") and cue.head != cue.i:
        return _speaker(doc, toks[cue.head], quoted, candidates)
    return misread_appositive(doc, cue)


def misread_appositive(doc: ParsedDoc, verb: Token) -> int | None:
    """The subject the small parser hangs as an appositive on the object of an opening
    phrase: in "In an interview with the radio, Chile's foreign minister said ..." it reads
    the minister as the radio's appositive and leaves "said" with no subject, also through the
    minister's own appositive name ("..., Chile's foreign minister Rui Alves said"), or as a
    conjunct of the object with no "and" ("with the BBC, Peru's minister said"). The noun
    right before the verb, when it is such an appositive, else None; not the noun a participle
    describes ("the release of Rui Alves, a journalist arrested in May")."""
    before = verb.i - 1
    if before < 0 or before in doc.children[verb.i] or verb.head == before:
        return None
    noun = doc.tokens[before]
    if (
        noun.dep not in ("appos", "conj")
        or noun.pos not in ("NOUN", "PROPN")
        or noun.head >= noun.i
    ):
        return None
    opener = doc.tokens[noun.head]
    if opener.dep == "appos" and opener.head < opener.i:
        opener = doc.tokens[opener.head]
    if noun.dep == "conj" and any(
        doc.tokens[c].dep == "cc" and c < noun.i for c in doc.children[noun.head]
    ):
        return None  # "with the BBC and Reuters": a true coordination.
    if opener.dep == "pobj" and opener.sent == verb.sent:
        return noun.i
    return None


def _speaker_candidates(doc: ParsedDoc, cue: int) -> list[int]:
    """The children of `cue` that can be its speaker: subjects and nouns. A verb that cues
    thousands of quote marks has them all as children; only these few are read per quotation."""
    toks = doc.tokens
    return [
        c
        for c in doc.children[cue]
        if toks[c].dep in _SUBJECT_DEPS or toks[c].pos in ("NOUN", "PROPN")
    ]


def says_that_clause(doc: ParsedDoc, verb: int) -> bool:
    """Whether the verb at `verb` says a "that" clause itself ("joked that Peru ...")."""
    return any(
        doc.tokens[c].dep == "ccomp"
        and any(
            doc.tokens[m].dep == "mark" and doc.tokens[m].text.lower() == "that"
            for m in doc.children[c]
        )
        for c in doc.children[verb]
    )


def mandative_clause(doc: ParsedDoc, verb: Token) -> bool:
    """Whether `verb` heads a "that" clause in the subjunctive, which says what someone must
    do, not what is done: "insisted that Peru pay compensation", "demanded that the army
    withdraw". Its verb is in the base form with a subject of its own and no auxiliary."""
    children = [doc.tokens[c] for c in doc.children[verb.i]]
    return (
        verb.tag == "VB"
        and verb.dep == "ccomp"
        and any(c.dep == "nsubj" for c in children)
        and any(c.dep == "mark" and c.text.lower() == "that" for c in children)
        and not any(c.dep in ("aux", "auxpass") for c in children)
    )
