"""Whether an event happened: asserted, negated or hypothetical; and whether it is announced.

Read from the trigger's own dependents (a negation, a modal, "possible") and from the chain of
words that govern it ("refused to", "held back from", "could", "if ..."), up to the clause of a
speech verb, whose own modality does not carry into what it reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import ParsedDoc, Token
from ..rules import rule
from .speech import CUE_LEMMAS

HYPOTHETICAL_MODALS = frozenset({"may", "might", "could", "would", "should", "can", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_ADJECTIVES = frozenset(
    {"possible", "potential", "hypothetical", "likely", "planned", "proposed", "future", "eventual"}
)
# Verbs whose complement did not happen: "refused to meet", "denied attacking".
NEGATING_VERBS = frozenset(
    {"refuse", "decline", "deny", "fail", "refrain", "avoid", "forgo", "reject", "oppose", "resist"}
)
# Negating verbs by which the subject refuses its complement.
REFUSING_VERBS = frozenset({"refuse", "decline", "reject", "oppose", "resist"})
# Negating verbs by which the subject holds back from its complement: restraint, which stances
# count as evidence ("refrained from threatening"), unlike a denial or a failure.
RESTRAINING_VERBS = frozenset({"refuse", "decline", "refrain", "avoid", "forgo"})
# Verbs whose object is what the subject holds back from ("avoided war").
_RESTRAINED_OBJECT_VERBS = frozenset({"avoid", "forgo"})
# Verb + particle or adverb with the same effect: "held back from", "ruled out", "stopped short of".
NEGATING_PHRASES = frozenset(
    {("hold", "back"), ("rule", "out"), ("stop", "short"), ("back", "away"), ("shy", "away")}
)
# "blocked Pyongyang from attacking": the attack is prevented.
PREVENTING_VERBS = frozenset(
    {
        "prevent",
        "block",
        "stop",
        "deter",
        "bar",
        "keep",
        "dissuade",
        "restrain",
        "forbid",
        "prohibit",
        "ban",
    }
)
# Verbs whose complement only might happen.
HYPOTHETICAL_VERBS = frozenset(
    {
        "consider",
        "weigh",
        "mull",
        "contemplate",
        "explore",
        "fear",
        "discuss",
        "debate",
        "propose",
        "suggest",
        "urge",
        "ask",
        "call",
        "demand",
        "want",
        "hope",
        "expect",
        "seek",
        "threaten",
        "warn",
        "try",
        "attempt",
    }
)
# Nouns whose complement only might happen: "a threat to fire", "plans to attack".
HYPOTHETICAL_NOUNS = frozenset(
    {
        "threat",
        "plan",
        "proposal",
        "call",
        "demand",
        "offer",
        "promise",
        "pledge",
        "warning",
        "intention",
        "bid",
        "attempt",
        "effort",
        "option",
        "possibility",
        "scenario",
        "prospect",
        "risk",
        "danger",
        "fear",
        "readiness",
        "willingness",
        "ultimatum",
        "request",
        "appeal",
        "vow",
    }
)
# Verbs whose complement is announced as the subject's own intent.
INTENT_VERBS = frozenset(
    {
        "plan",
        "intend",
        "pledge",
        "vow",
        "promise",
        "offer",
        "agree",
        "aim",
        "prepare",
        "decide",
        "resolve",
        "commit",
        "undertake",
        "volunteer",
        "vote",
        "schedule",
        "set",
    }
)
# "ready to talk", "willing to negotiate": the complement is announced.
INTENT_ADJECTIVES = frozenset(
    {"ready", "willing", "prepared", "determined", "eager", "keen", "resolved", "poised", "set"}
)
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_CLIMB_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "pcomp",
        "pobj",
        "prep",
        "advcl",
        "acl",
        "conj",
        "dobj",
        "relcl",
        "attr",
        "nsubj",
        "nsubjpass",
        "appos",
        "oprd",
        "amod",
        "compound",
    }
)
_MAX_CLIMB = 8


@dataclass(frozen=True, slots=True)
class Reading:
    """What the words around a trigger say of it. `announcer` is the token of the verb that
    announces the act ("agreed", "will"), when it is announced rather than done; `restrainer`
    the token of the verb by which someone holds back from it ("held back from", "refrained
    from", "ruled out")."""

    modality: str  # "asserted", "negated" or "hypothetical"
    announced: bool
    announcer: int | None
    refused: bool
    restrainer: int | None = None
    prevented: bool = False  # negated because someone blocks it ("blocked X from attacking")


@rule("modality.clause.v1")
def read_modality(doc: ParsedDoc, i: int, reported: bool = False) -> Reading:
    """Whether the act of token `i` happened, read from its own dependents and the chain of
    words that govern it up to a speech verb: negation ("did not meet"), modals ("could
    strike"), conditionals ("if ..."), hedging verbs and nouns ("urged Iran to withdraw",
    "plans to attack"), refusals ("refused to meet") and restraint ("ruled out talks").
    Switched off, every event reads as asserted.

    The modality of the event triggered by token `i`. `reported` says the trigger is in
    indirect speech, where "would" is the future of the past: "the unions said they would
    strike" announces a strike."""
    toks = doc.tokens
    negated = hypothetical = announced = conditional = refused = prevented = False
    announcer = restrainer = None
    token = toks[i]
    negated |= _has_negation(doc, token)
    for child in doc.children[i]:
        c = toks[child]
        lower = c.text.lower()
        if c.dep == "aux" and lower == "would" and reported:
            announced, announcer = True, i
        elif c.dep == "aux" and lower in HYPOTHETICAL_MODALS:
            hypothetical = True
        elif c.dep == "aux" and lower in FUTURE_AUX:
            announced, announcer = True, i
        elif c.dep == "amod" and c.lemma.lower() in HYPOTHETICAL_ADJECTIVES:
            hypothetical = True
    if _going_to(doc, token):
        announced, announcer = True, token.head
    current = token
    # Who holds back from an act holds back from it, not from what a relative clause inside it
    # says ("refused to release sailors who were detained at sea").
    in_relative = False
    for _ in range(_MAX_CLIMB):
        if current.head == current.i or current.dep not in _CLIMB_DEPS:
            break
        in_relative = in_relative or current.dep == "relcl"
        head = toks[current.head]
        if current.dep == "advcl" and _is_conditional(doc, current):
            conditional = True
        if current.dep == "dobj" and (
            negating_phrase(doc, head) or head.lemma.lower() in _RESTRAINED_OBJECT_VERBS
        ):
            # "ruled out military action", "avoided war": the object is held back from.
            negated = True
            if restrainer is None and not in_relative:
                restrainer = head.i
        if current.dep == "pcomp" and head.text.lower() == "from":
            governor = toks[head.head]
            if governor.lemma.lower() in PREVENTING_VERBS:
                negated = prevented = True
        if current.dep in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl", "acl", "conj"):
            lemma = head.lemma.lower()
            if lemma in CUE_LEMMAS:
                break
            if current.dep != "conj":
                phrase = negating_phrase(doc, head)
                if lemma in NEGATING_VERBS or phrase:
                    negated = True
                    if (phrase or lemma in RESTRAINING_VERBS) and restrainer is None:
                        restrainer = None if in_relative else head.i
                    if lemma in REFUSING_VERBS and current.dep == "xcomp":
                        refused, announcer = True, head.i
                if _has_negation(doc, head) and current.dep in ("xcomp", "ccomp"):
                    negated = True
                hedging = HYPOTHETICAL_NOUNS if head.pos == "NOUN" else HYPOTHETICAL_VERBS
                if lemma in hedging and current.dep in (
                    "xcomp",
                    "ccomp",
                    "prep",
                    "pcomp",
                    "pobj",
                    "acl",
                ):
                    hypothetical = True
                if (lemma in INTENT_VERBS or lemma in INTENT_ADJECTIVES) and current.dep in (
                    "xcomp",
                    "ccomp",
                ):
                    announced, announcer = True, head.i
                if any(
                    toks[c].dep == "aux" and toks[c].text.lower() in HYPOTHETICAL_MODALS
                    for c in doc.children[head.i]
                ) and current.dep in ("xcomp", "pobj", "prep", "pcomp", "advcl"):
                    hypothetical = True
        current = head
    if conditional:
        hypothetical = True
    modality = "negated" if negated else "hypothetical" if hypothetical else "asserted"
    # "will not sign", "refused to meet": a refusal, which the codebook codes as a rejection.
    refused = refused or (negated and announced)
    return Reading(modality, announced, announcer, refused, restrainer, prevented)


def _has_negation(doc: ParsedDoc, token: Token) -> bool:
    return any(doc.tokens[c].dep == "neg" for c in doc.children[token.i])


def negating_phrase(doc: ParsedDoc, head: Token) -> bool:
    """Whether `head` opens a phrase of holding back: "held back", "ruled out"."""
    lemma = head.lemma.lower()
    return any(
        (lemma, doc.tokens[c].text.lower()) in NEGATING_PHRASES for c in doc.children[head.i]
    )


def _is_conditional(doc: ParsedDoc, clause: Token) -> bool:
    return any(
        doc.tokens[c].dep == "mark" and doc.tokens[c].text.lower() in _CONDITIONAL_MARKS
        for c in doc.children[clause.i]
    )


def _going_to(doc: ParsedDoc, token: Token) -> bool:
    """ "is going to attack": the trigger is the xcomp of a progressive "go" with "to"."""
    if token.dep != "xcomp" or token.head == token.i:
        return False
    head = doc.tokens[token.head]
    return head.lemma == "go" and head.tag == "VBG"
