"""Who said what: the article's direct quotations and indirect speech, with resolved speakers.

Built on the attributions the event stage reads (`events.speech`): each quotation or reported
clause becomes one Quote, whose speaker is the actor at the cue verb's subject ("a joint
statement" is its issuers, "a Japanese government official" JPNGOV).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

from .events.roles import ActorIndex, Roles
from .events.speech import Attribution, attributions
from .records import Actor, EventActor, ParsedDoc, Quote

_QUOTE_MARKS = '"\u201c\u201d'
# Quotations this short are speech only right beside their cue ("'No,' he said").
_SCARE_QUOTE_WORDS = 3
_CUE_DISTANCE = 8
# A reported clause needs this many content words to be listed.
_MIN_CLAUSE_WORDS = 2
_FUNCTION_POS = frozenset({"PUNCT", "SCONJ", "CCONJ", "DET", "ADP", "PART", "AUX", "PRON"})


def extract_quotes(doc: ParsedDoc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """The quotations and reported clauses of `doc`, in text order, numbered q1, q2, ..."""
    index = ActorIndex(actors)
    roles = Roles(doc, index)
    # Token offsets, searched by bisection: a scan per quotation would be quadratic.
    starts = [t.idx for t in doc.tokens]
    by_attribution: dict[Attribution, list[int]] = defaultdict(list)
    for token, attribution in attributions(doc).items():
        by_attribution[attribution].append(token)
    # The parts of one quotation split around its cue ("'...,' he said, '...'") share the cue.
    direct: dict[int, list[tuple[int, int]]] = defaultdict(list)
    indirect: list[tuple[Attribution, list[int]]] = []
    speakers: dict[int, Attribution] = {}
    for attribution, tokens in by_attribution.items():
        speakers.setdefault(attribution.cue, attribution)
        if attribution.quoted and attribution.quote is not None:
            direct[attribution.cue].append(attribution.quote)
        else:
            indirect.append((attribution, sorted(tokens)))
    drafts: list[Quote] = []
    for cue, spans in direct.items():
        parts: list[tuple[int, int]] = []
        for start, end in sorted(set(spans)):
            s, e = _unquoted(doc.text, start, end)
            # A short part after a kept one continues it ('"We will talk," he said. "But not
            # today."'); before any, it is a quoted term.
            if e > s and (parts or not _scare_quote(doc, starts, cue, s, e)):
                parts.append((s, e))
        if not parts:
            continue
        # '"We will talk," he said': the last comma belongs to the sentence around the quote.
        last_start, last_end = parts[-1]
        while last_end > last_start and doc.text[last_end - 1] in ",;:":
            last_end -= 1
        parts[-1] = (last_start, last_end)
        text = " ".join(doc.text[s:e] for s, e in parts)
        drafts.append(
            _quote(doc, starts, roles, speakers[cue], "direct", text, parts[0][0], parts[-1][1])
        )
    for attribution, tokens in indirect:
        if sum(doc.tokens[i].pos not in _FUNCTION_POS for i in tokens) < _MIN_CLAUSE_WORDS:
            # "It stressed that '...'": the clause is the quotation, already listed.
            continue
        start, end = doc.tokens[tokens[0]].idx, doc.tokens[tokens[-1]].end
        drafts.append(
            _quote(doc, starts, roles, attribution, "indirect", doc.text[start:end], start, end)
        )
    drafts.sort(key=lambda q: q.start)
    return tuple(replace(q, id=f"q{n}") for n, q in enumerate(drafts, 1))


def _scare_quote(doc: ParsedDoc, starts: list[int], cue: int, start: int, end: int) -> bool:
    """A few words in quote marks away from the cue ('a so-called "two-plus-two" meeting') are
    a term being quoted, not speech. `starts` are the tokens' character offsets."""
    span = doc.tokens[bisect_left(starts, start) : bisect_left(starts, end)]
    inside = [t for t in span if t.pos != "PUNCT"]
    if len(inside) > _SCARE_QUOTE_WORDS:
        return False
    if not inside:
        return True
    first, last = inside[0], inside[-1]
    if doc.tokens[cue].sent not in (first.sent, last.sent):
        return True
    return not (0 < cue - last.i <= _CUE_DISTANCE or 0 < first.i - cue <= _CUE_DISTANCE)


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a quotation's words: without its marks and the spaces inside them."""
    while start < end and (text[start] in _QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _quote(
    doc: ParsedDoc,
    starts: list[int],
    roles: Roles,
    attribution: Attribution,
    kind: str,
    text: str,
    start: int,
    end: int,
) -> Quote:
    cue = doc.tokens[attribution.cue]
    speaker: EventActor | None = None
    if attribution.speaker is not None:
        found = roles.actors_at(attribution.speaker, "speaker")
        if found:
            filler = found[0]
            actor, mention = filler.actor, filler.mention
            speaker = EventActor(
                actor.id, mention.text, actor.code, actor.country, actor.sectors,
                mention.start, mention.end,
            )  # fmt: skip
    first = bisect_left(starts, start)
    sentence = doc.tokens[first].sent if first < len(starts) else cue.sent
    # Numbered once all are in text order.
    return Quote("", kind, text, start, end, sentence, speaker, cue.text, cue.idx, cue.end)  # type: ignore[arg-type]
