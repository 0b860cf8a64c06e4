"""Whether an event happened: asserted, negated or hypothetical; and whether it is announced.

Read from the trigger's own dependents (a negation, a modal, "possible") and from the chain of
words that govern it ("refused to", "held back from", "could", "if ..."), up to the clause of a
speech verb, whose own modality does not carry into what it reports.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from .. import wordlists
from ..errors import LexiconError
from ..records import ParsedDoc, Token
from ..rules import rule
from ..yamlfile import read_sections
from .clause import purpose_infinitive
from .lexicon import COPULA
from .speech import cue_lemmas, mandative_clause, reports_speech

# CAMEO roots of material acts: material cooperation (06 to 09) and conflict (15 to 20).
MATERIAL_ROOTS = frozenset({f"{n:02d}" for n in (*range(6, 10), *range(15, 21))})
# Protest: done by whatever means it is the aim of ("began a hunger strike to protest").
PROTEST_ROOT = "14"


@dataclass(frozen=True, slots=True)
class ModalityWords:
    """The word lists of `data/events/modality_words.yaml` (what each holds is said there)."""

    hypothetical_modals: frozenset[str]
    future_aux: frozenset[str]
    refusing_modals: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    hedging_adverbs: frozenset[str]
    negating_verbs: frozenset[str]
    refusing_verbs: frozenset[str]
    restraining_verbs: frozenset[str]
    restrained_object_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    prevented_object_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    believing_verbs: frozenset[str]
    hypothetical_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    onward_particles: frozenset[str]
    time_prepositions: frozenset[str]
    occasion_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    unwilling_verbs: frozenset[str]
    hesitating_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    permitting_verbs: frozenset[str]
    consenting_verbs: frozenset[str]
    polite_verbs: frozenset[str]
    negating_phrases: frozenset[tuple[str, ...]]
    intent_phrases: frozenset[tuple[str, ...]]


@functools.cache
def modality_words() -> ModalityWords:
    """The package's modality word lists, read once. Raises LexiconError with the file and
    reason for a missing list or an entry that is not a lower-case word (or, for
    `negating_phrases`, two words)."""
    path = resources.files("dyads") / "data" / "events" / "modality_words.yaml"
    origin = str(path)
    names = tuple(f.name for f in dataclasses.fields(ModalityWords))
    data = read_sections(path.read_text(encoding="utf-8"), origin, names)
    lists = {}
    for name, words in data.items():
        size = 2 if name in ("negating_phrases", "intent_phrases") else 1
        if not words or not all(
            isinstance(w, str) and w == w.lower() and len(w.split()) == size for w in words
        ):
            raise LexiconError(origin, None, f"{name}: give lower-case entries of {size} word(s)")
        lists[name] = frozenset(tuple(w.split()) if size == 2 else w for w in words)
    return ModalityWords(**lists)


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
    # The verb whose aim the act is, in a purpose infinitive: "deployed" in "deployed soldiers
    # to fight rebels".
    aim_of: int | None = None


@rule("modality.clause.v1")
def read_modality(doc: ParsedDoc, i: int, reported: bool = False) -> Reading:
    """Whether the act of token `i` happened, read from its own dependents and the chain of
    words that govern it up to a speech verb: negation ("did not meet"), modals ("could
    strike"), conditionals ("if ..."), hedging verbs and nouns ("urged Iran to withdraw",
    "plans to attack"), refusals ("refused to meet") and restraint ("ruled out talks").
    Questions and denied evidence ("no sign that ...") assert nothing either. Switched off,
    every event reads as asserted.

    The modality of the event triggered by token `i`. `reported` says the trigger is in
    indirect speech, where "would" is the future of the past: "the unions said they would
    strike" announces a strike."""
    words = modality_words()
    toks = doc.tokens
    negated = hypothetical = announced = conditional = refused = prevented = unable = False
    foretold = False  # the act's own "will"
    aim_of = None
    announcer = restrainer = None
    token = toks[i]
    if (
        token.dep == "acomp"
        and token.pos == "ADJ"
        and token.head != token.i
        and toks[token.head].lemma.lower() == COPULA
    ):
        # "is not critical of Peru", "might be critical of Peru": the copula holds the
        # negation and the modals of a predicate adjective.
        token = toks[token.head]
        i = token.i
    negated |= _has_negation(doc, token)
    # "did not allow the inspectors in", "does not accept the claim": permission or consent
    # withheld is a refusal, not an act left undone ("could not accept it in time" is not).
    modal = any(
        toks[c].dep == "aux" and toks[c].text.lower() in words.hypothetical_modals
        for c in doc.children[i]
    )
    withheld = negated and (
        token.lemma.lower() in words.permitting_verbs
        or (token.lemma.lower() in words.consenting_verbs and not modal)
    )
    for child in doc.children[i]:
        c = toks[child]
        lower = c.text.lower()
        if c.dep == "aux" and lower == "would" and reported:
            announced, announcer = True, i
        elif c.dep == "aux" and lower == "would" and token.lemma.lower() in words.polite_verbs:
            # "would like Peru to withdraw": a wish said politely, now, not supposed.
            continue
        elif c.dep == "aux" and lower in words.hypothetical_modals:
            hypothetical = True
            # "Chile cannot accept the proposal": one's own "cannot" says one will not.
            unable = lower in words.refusing_modals
        elif c.dep == "aux" and lower in words.future_aux:
            announced, announcer, foretold = True, i, True
        elif c.dep == "amod" and c.lemma.lower() in words.hypothetical_adjectives:
            hypothetical = True
        elif c.dep == "advmod" and c.lemma.lower() in words.hedging_adverbs:
            # "will probably send troops": a forecast, not an act or an intent.
            hypothetical = True
    if _for_marked(doc, token) or for_subject(doc, token) is not None:
        # "a proposal for the UN to ease tariffs", "pushed for Peru to withdraw": an
        # infinitive with a subject of its own after "for" is wanted, not done.
        hypothetical = True
    if _going_to(doc, token):
        announced, announcer = True, token.head
    elif _was_to(doc, token):
        # "was to visit Peru last week": planned then, not told as done.
        hypothetical = True
    current = token
    # Who holds back from an act holds back from it, not from what a relative clause inside it
    # says ("refused to release sailors who were detained at sea").
    in_relative = False
    for _ in range(_MAX_CLIMB):
        if current.head == current.i or current.dep not in _CLIMB_DEPS:
            break
        in_relative = in_relative or current.dep == "relcl"
        head = toks[current.head]
        if _appended_relative(doc, current, head):
            break
        if renaming_clause(doc, current):
            # "..., a charge Lima rejected" tells an act of its own, whatever the renamed
            # phrase is part of.
            break
        if current.dep == "advcl" and _is_conditional(doc, current):
            conditional = True
        if current.dep == "ccomp" and _embedded_question(doc, current):
            # "asked whether Chile would attend", "asked if Peru would withdraw"
            hypothetical = True
        if (
            current.dep == "ccomp"
            and foretold
            and head.lemma.lower() in words.believing_verbs
        ):
            # "observers believe Chile will send troops": a forecast of theirs.
            hypothetical = True
        if current.dep == "dobj" and (
            negating_phrase(doc, head) or head.lemma.lower() in words.restrained_object_verbs
        ):
            if _has_negation(doc, head) and negating_phrase(doc, head):
                # "would not rule out military action": the act is kept open as an option,
                # which announces it (a threat of force, an offer of talks).
                announced, announcer = True, head.i
            else:
                # "ruled out military action", "avoided war": the object is held back from.
                negated = True
                if restrainer is None and not in_relative:
                    restrainer = head.i
        elif current.dep == "dobj" and head.lemma.lower() in words.prevented_object_verbs:
            # "prevented a protest", "thwarted an attack": kept from happening.
            negated = True
        if current.i == i and token.pos == "NOUN" and current.dep in ("nsubj", "nsubjpass"):
            # An act named as the subject of the verb that tells of it takes that verb's
            # modality: "talks could resume", "the meeting did not take place". "A summit will
            # take place" names no party that announced it: it is a forecast, not an intent;
            # "Chile's ban will begin on Friday" names its author, who announces it.
            head_aux = {
                toks[c].text.lower() for c in doc.children[head.i] if toks[c].dep == "aux"
            }
            if _has_negation(doc, head):
                negated = True
            if head_aux & words.future_aux and _authored(doc, token):
                announced, announcer = True, head.i
            elif head_aux & (words.future_aux | words.hypothetical_modals):
                hypothetical = True
        if current.dep in ("dobj", "xcomp") and any(
            toks[c].dep == "advmod" and toks[c].lemma.lower() in words.hedging_adverbs
            for c in doc.children[head.i]
        ):
            # "will likely double its aid": the object of a verb hedged as a forecast.
            hypothetical = True
        if current.dep == "dobj":
            modals = {
                toks[c].text.lower()
                for c in doc.children[head.i]
                if toks[c].dep == "aux" and toks[c].text.lower() in words.hypothetical_modals
            }
            future = {
                toks[c].text.lower() for c in doc.children[head.i] if toks[c].dep == "aux"
            } & words.future_aux
            if (reported and modals == {"would"}) or (future and not modals):
                # "said it would launch an offensive": the future of the past announces it;
                # so does the future of a verb that holds the act ("will hold talks").
                announced, announcer = True, head.i
            elif modals:
                # "should apply sanctions", "could face a ban": the object of a verb that only
                # might happen.
                hypothetical = True
            if head.lemma.lower() in words.wishing_verbs:
                # "wants a ban on imports", "sought talks": what is wished for is not done.
                hypothetical = True
        if current.dep == "pcomp" and head.text.lower() == "from":
            governor = toks[head.head]
            if governor.lemma.lower() in words.preventing_verbs:
                negated = prevented = True
        if mandative_clause(doc, current):
            # "insisted that Peru withdraw its troops", "recommended that Chile impose
            # sanctions": what must be done, not what is done.
            hypothetical = True
        if current.dep == "prep" and current.text.lower() == "of" and _denied_noun(doc, head):
            # "no reports of clashes", "no sign of fighting": denied evidence of the act.
            negated = True
        if current.dep in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl", "acl", "conj"):
            lemma = head.lemma.lower()
            # "dismissed claims that it armed the rebels": a noun of a contested claim is no
            # verb of saying that reports what it says as news.
            if (lemma in cue_lemmas() or reports_speech(doc, head)) and not (
                head.pos == "NOUN" and lemma in words.hypothetical_nouns
            ):
                # "told the police to free them": the infinitive after a speech verb's
                # addressee is what the speaker directs, not an act done.
                if current.dep == "xcomp" and any(
                    toks[c].dep in ("dobj", "dative") for c in doc.children[head.i]
                ):
                    hypothetical = True
                break
            if current.dep != "conj":
                phrase = negating_phrase(doc, head)
                if _litotes(doc, head, words):
                    # "did not hesitate to condemn", "did not shy away from criticising": the
                    # act is done, and the holding back is what is denied; "will not hesitate
                    # to strike" (or a reported "would"): the act is announced.
                    auxes = {
                        toks[c].text.lower() for c in doc.children[head.i] if toks[c].dep == "aux"
                    }
                    if auxes & words.future_aux or (reported and "would" in auxes):
                        announced, announcer = True, head.i
                    elif auxes & words.hypothetical_modals:
                        hypothetical = True
                    current = head
                    continue
                # "In talks with Peru, Chile rejected the offer": the occasion a clause is set
                # in is not what its verb rejects, nor is its time.
                setting = current.dep == "prep" and (
                    current.text.lower() in words.time_prepositions
                    or _occasion_phrase(doc, current, words)
                )
                if (lemma in words.negating_verbs or phrase) and not setting:
                    negated = True
                    if (phrase or lemma in words.restraining_verbs) and restrainer is None:
                        restrainer = None if in_relative else head.i
                    if lemma in words.refusing_verbs and current.dep == "xcomp":
                        refused, announcer = True, head.i
                # "is not willing to talk": the copula of a predicate adjective bears its "not".
                head_negated = _has_negation(doc, head) or (
                    head.dep == "acomp"
                    and head.head != head.i
                    and _has_negation(doc, toks[head.head])
                )
                if head_negated and current.dep == "xcomp" and lemma in words.unwilling_verbs:
                    # "does not want to talk": a refusal, as "refused to talk" is.
                    refused, announcer = True, head.i
                if head_negated and (
                    current.dep in ("xcomp", "ccomp")
                    # "did not punish Peru by cutting aid": the means of an act not done.
                    or (current.dep == "prep" and current.text.lower() == "by")
                ):
                    negated = True
                if current.dep in ("acl", "ccomp") and _denied_noun(doc, head):
                    # "no sign that the rebels are talking", "no evidence that Iran attacked"
                    negated = True
                if current.dep == "acl" and expressed_intent(doc, head):
                    # "expressed its willingness to resume talks": an intent the actor states,
                    # as "said it was willing to resume talks" is.
                    announced, announcer = True, head.head
                    current = head
                    continue
                hedging = (
                    words.hypothetical_nouns if head.pos == "NOUN" else words.hypothetical_verbs
                )
                # An infinitive the parser hangs as an adverbial clause is the content too:
                # "appealed to Peru to free the prisoners".
                infinitive = current.dep == "advcl" and any(
                    toks[c].dep == "aux" and toks[c].text.lower() == "to"
                    for c in doc.children[current.i]
                )
                if infinitive and purpose_infinitive(doc, current.i):
                    aim_of = head.i
                if (
                    lemma in hedging
                    and (
                        infinitive
                        or current.dep in ("xcomp", "ccomp", "prep", "pcomp", "pobj", "acl")
                    )
                    and not _pressing_on(doc, head)
                    # "during the meeting, the presidents discussed trade", "in a phone call,
                    # the president urged Peru to ...": when, not what.
                    and not setting
                ):
                    hypothetical = True
                intent = lemma in words.intent_verbs or lemma in words.intent_adjectives
                if current.dep == "prep" and current.text.lower() == "to" and intent_phrase(
                    doc, head
                ):
                    # "looks forward to working with Peru": an intent the subject states.
                    announced, announcer = True, head.i
                # "ready for talks", "open to dialogue": the act an adjective of intent is for.
                readiness = (
                    current.dep == "prep"
                    and current.text.lower() in ("to", "for")
                    and head.pos == "ADJ"
                    and lemma in words.intent_adjectives
                )
                if intent and (current.dep in ("xcomp", "ccomp") or readiness):
                    announced, announcer = True, head.i
                head_aux = {
                    toks[c].text.lower() for c in doc.children[head.i] if toks[c].dep == "aux"
                }
                # "will take part in talks": the act a light verb's "in" phrase names; "will
                # travel to Lima for talks": the act a journey's "for" phrase is made for.
                shared = current.dep == "prep" and (
                    lends_its_subject(current, head) or journey_purpose(current, head)
                )
                if (current.dep == "xcomp" or shared) and (
                    head_aux & words.future_aux or (reported and head_aux == {"would"})
                ):
                    # "will continue to work with Peru", "said it would keep talking to Peru":
                    # the verb the act depends on announces it.
                    announced, announcer = True, head.i
                elif head_aux & words.hypothetical_modals and current.dep in (
                    "xcomp", "pobj", "prep", "pcomp", "advcl"
                ):
                    hypothetical = True
        current = head
    if conditional or _in_question(doc, token):
        hypothetical = True
    modality = "negated" if negated else "hypothetical" if hypothetical else "asserted"
    # "will not sign", "cannot accept", "refused to meet": a refusal, which the codebook codes
    # as a rejection.
    refused = refused or (negated and (announced or unable)) or withheld
    return Reading(modality, announced, announcer, refused, restrainer, prevented, aim_of)


def _occasion_phrase(doc: ParsedDoc, prep: Token, words: ModalityWords) -> bool:
    """Whether `prep` sets an occasion, as a time phrase does: "in a phone call", "at the
    summit" (`occasion_prepositions` with an object of `occasion_nouns`)."""
    return prep.text.lower() in words.occasion_prepositions and any(
        doc.tokens[c].dep == "pobj" and doc.tokens[c].lemma.lower() in words.occasion_nouns
        for c in doc.children[prep.i]
    )


@rule("modality.purpose.v1")
def unrealised_aim(doc: ParsedDoc, aim_of: int, root: str) -> bool:
    """An act named only as the aim of another has not happened by being aimed at: "Chile
    deployed soldiers in the north to fight rebels" does not say the rebels were fought, nor "cut
    its aid to Peru to pressure Lima" that Lima was pressed by words. A verbal act aimed at
    by a means of expression is done by it: "took to Twitter to condemn Peru", "called a news
    conference to denounce Peru", and a protest by the act it is the aim of ("began a hunger
    strike to protest the ruling"). Whether an act of CAMEO root `root`, the purpose
    infinitive of the verb `aim_of`, is only an aim."""
    if root == PROTEST_ROOT:
        return False
    means = wordlists.words("events/words.yaml", "modality.purpose.v1", "expression_verbs")
    return root in MATERIAL_ROOTS or doc.tokens[aim_of].lemma.lower() not in means


def _appended_relative(doc: ParsedDoc, clause: Token, head: Token) -> bool:
    """Whether `head` is the verb of a relative clause appended to the sentence that the small
    parser takes for its main verb: in "Chile accused Peru of spying, a charge Lima denies" the
    accusation is made, and only Lima denies it. The clause comes before the verb, which has
    an object of its own after the clause, or a second subject there (the parser may take the
    renaming noun for one: "..., a charge Lima denies")."""
    if clause.dep != "ccomp" or head.i < clause.i:
        return False
    between = [c for c in doc.children[head.i] if clause.i < c < head.i]
    subjects = [c for c in between if doc.tokens[c].dep == "nsubj"]
    return any(doc.tokens[c].dep == "dobj" for c in between) or len(subjects) > 1


def renaming_clause(doc: ParsedDoc, verb: Token) -> bool:
    """Whether `verb` heads a clause on a noun set beside another to rename it ("..., a charge
    Lima rejected"), or a verb in the past tense the parser hangs on a noun with no "that"
    ("the claim that Peru armed them" is the claim's content), which only a clause of its own
    has (a participle describing the noun is VBN)."""
    if verb.head == verb.i:
        return False
    if verb.dep == "relcl":
        return doc.tokens[verb.head].dep == "appos"
    return (
        verb.dep == "acl"
        and verb.tag == "VBD"
        and not any(doc.tokens[c].dep == "mark" for c in doc.children[verb.i])
    )


def expressed_intent(doc: ParsedDoc, noun: Token) -> bool:
    """A noun of intent ("willingness", "readiness", "plans") that is the object of a verb by
    which someone states it ("expressed", "announced", "reaffirmed")."""
    words = modality_words()
    return (
        noun.pos == "NOUN"
        and noun.lemma.lower() in words.intent_nouns
        and noun.dep == "dobj"
        and doc.tokens[noun.head].lemma.lower() in words.expressing_verbs
    )


def _pressing_on(doc: ParsedDoc, verb: Token) -> bool:
    """Whether `verb` goes on with what follows rather than urging it: "pressed ahead with its
    sanctions", "pushed on with the offensive"."""
    onward = modality_words().onward_particles
    return any(
        doc.tokens[c].dep in ("advmod", "prt") and doc.tokens[c].text.lower() in onward
        for c in doc.children[verb.i]
    )


def _authored(doc: ParsedDoc, noun: Token) -> bool:
    """Whether an act noun names its author in a modifier: a possessor ("Chile's ban") or a
    name or nationality before it ("Chilean tariffs", "U.S. tariffs")."""
    return any(
        doc.tokens[c].dep == "poss"
        or (
            doc.tokens[c].dep in ("compound", "amod")
            and (doc.tokens[c].tag in ("NNP", "NNPS") or doc.tokens[c].ent_type in ("NORP", "GPE"))
        )
        for c in doc.children[noun.i]
    )


def _denied_noun(doc: ParsedDoc, noun: Token) -> bool:
    """A noun of evidence denied by "no": "no sign", "no evidence", "no indication"."""
    return noun.pos == "NOUN" and any(
        doc.tokens[c].dep in ("det", "neg") and doc.tokens[c].text.lower() in ("no", "not")
        for c in doc.children[noun.i]
    )


def _has_negation(doc: ParsedDoc, token: Token) -> bool:
    """Whether `token` is negated: "did not meet", "never met", "will no longer send", both
    verbs of "neither confirmed nor denied", and the verb of "neither Chile nor Peru
    signed"."""
    for c in doc.children[token.i]:
        child = doc.tokens[c]
        if child.dep == "neg" or (child.dep == "preconj" and child.text.lower() == "neither"):
            return True

        if child.dep in ("nsubj", "nsubjpass") and any(
            doc.tokens[g].text.lower() == "neither"
            or (doc.tokens[g].dep == "cc" and doc.tokens[g].text.lower() == "nor")
            for g in doc.children[c]
        ):
            return True
        if child.dep == "advmod" and child.text.lower() in ("longer", "more") and any(
            doc.tokens[g].dep == "neg" for g in doc.children[c]
        ):
            return True
    return token.dep == "conj" and any(
        doc.tokens[c].dep == "cc" and doc.tokens[c].text.lower() == "nor" and c < token.i
        for c in doc.children[token.head]
    )


def _litotes(doc: ParsedDoc, head: Token, words: ModalityWords) -> bool:
    """Whether `head` is a denied hesitation (`hesitating_verbs`, or a phrase of holding
    back), which asserts what it governs: "did not hesitate to condemn", "never shied away from
    criticising", "was not hesitant to act". Its own "not", or its copula's."""
    if head.lemma.lower() not in words.hesitating_verbs and not negating_phrase(doc, head):
        return False
    return _has_negation(doc, head) or (
        head.dep == "acomp" and head.head != head.i and _has_negation(doc, doc.tokens[head.head])
    )


def negating_phrase(doc: ParsedDoc, head: Token) -> bool:
    """Whether `head` opens a phrase of holding back: "held back", "ruled out" (the particle
    hung on the verb, or right after it where the parser hangs it elsewhere: "held back aid"
    with "back" read as the aid's modifier)."""
    after = [head.i + 1] if head.i + 1 < len(doc.tokens) else []
    return _opens_phrase(doc, head, modality_words().negating_phrases, after)


def intent_phrase(doc: ParsedDoc, head: Token) -> bool:
    """Whether `head` opens a phrase of intent whose "to" names the act intended: "looks
    forward to working with Peru" (`intent_phrases`, the particle hung on the verb)."""
    return _opens_phrase(doc, head, modality_words().intent_phrases)


def _opens_phrase(
    doc: ParsedDoc, head: Token, phrases: frozenset[tuple[str, ...]], also: Sequence[int] = ()
) -> bool:
    """Whether `head` and one of its dependents (or of the tokens `also`) are one of the
    verb + particle `phrases`."""
    lemma = head.lemma.lower()
    return any(
        (lemma, doc.tokens[c].text.lower()) in phrases for c in (*doc.children[head.i], *also)
    )


def _in_question(doc: ParsedDoc, token: Token) -> bool:
    """A question asserts nothing: "Will Iran retaliate?", "Did the army shell the town?"."""
    sentence = doc.sentences[token.sent]
    last = doc.tokens[sentence.end - 1]
    if last.text in ('"', "\u201d", "'") and sentence.end - 2 >= sentence.start:
        last = doc.tokens[sentence.end - 2]
    return last.text == "?"


def _embedded_question(doc: ParsedDoc, clause: Token) -> bool:
    """Whether a complement clause is a question ("whether ...", "if ..."): it asks whether
    the act happens, and asserts nothing."""
    return any(
        doc.tokens[c].dep == "mark" and doc.tokens[c].text.lower() in ("whether", "if")
        for c in doc.children[clause.i]
    )


def _infinitive(doc: ParsedDoc, verb: Token) -> bool:
    """Whether `verb` is an infinitive, active ("to ease") or passive ("to be deployed", where
    the parser tags the participle and gives it the "be")."""
    return verb.tag == "VB" or (
        verb.tag == "VBN"
        and any(
            doc.tokens[c].dep == "auxpass" and doc.tokens[c].tag == "VB"
            for c in doc.children[verb.i]
        )
    )


def _for_marked(doc: ParsedDoc, verb: Token) -> bool:
    """Whether `verb` is an infinitive with a subject of its own that "for" marks ("for the
    Council to ease tariffs", "a call for troops to be deployed", as the parser may read it)."""
    return _infinitive(doc, verb) and any(
        doc.tokens[c].dep == "mark" and doc.tokens[c].text.lower() == "for"
        for c in doc.children[verb.i]
    )


def for_subject(doc: ParsedDoc, verb: Token) -> int | None:
    """The subject "for" gives the infinitive `verb`, or None: the object of a "for" that is
    the infinitive's mark, or a preposition of the word it depends on, ending right before
    its "to" ("a plan for the Council to ease tariffs", "pushed for Peru to withdraw")."""
    toks = doc.tokens
    to = [c for c in doc.children[verb.i] if toks[c].dep == "aux" and toks[c].text.lower() == "to"]
    if not _infinitive(doc, verb) or not to:
        return None
    heads = [verb.i] + ([verb.head] if verb.dep in ("acl", "advcl") else [])
    for prep in (p for h in heads for p in doc.children[h]):
        if toks[prep].dep not in ("mark", "prep") or toks[prep].text.lower() != "for":
            continue
        for pobj in doc.children[prep]:
            if toks[pobj].dep == "pobj" and max(doc.subtree(pobj)) + 1 == to[0]:
                return pobj
    return None


def _is_conditional(doc: ParsedDoc, clause: Token) -> bool:
    words = modality_words()
    return any(
        doc.tokens[c].dep == "mark" and doc.tokens[c].text.lower() in words.conditional_marks
        for c in doc.children[clause.i]
    )


def lends_its_subject(prep: Token, verb: Token) -> bool:
    """Whether `prep` is the "in" of a verb that lends its subject to the act the phrase names:
    "engaged in talks", "took part in talks" (`roles.source.light-verb.v1` reads the same
    words)."""
    light = wordlists.words("events/words.yaml", "roles.source.light-verb.v1", "prep_light_verbs")
    return prep.text.lower() in ("in", "into") and verb.lemma.lower() in light


def journey_purpose(prep: Token, verb: Token) -> bool:
    """Whether `prep` is the "for" of a verb of going somewhere, which names what the journey
    is for: "will fly to Lima for talks" announces the talks as it announces the flight
    (`roles.source.light-verb.v1` reads the same words)."""
    going = wordlists.words("events/words.yaml", "roles.source.light-verb.v1", "motion_verbs")
    return prep.text.lower() == "for" and verb.lemma.lower() in going


def _be_to(doc: ParsedDoc, token: Token) -> str | None:
    """The tag of the "be" that heads the clause of which the trigger is the "to" infinitive
    ("is to visit": VBZ, "was to visit": VBD), or None."""
    if token.dep != "xcomp" or token.head == token.i:
        return None
    head = doc.tokens[token.head]
    if head.lemma != "be" or head.dep != "ROOT":
        return None
    has_to = any(
        doc.tokens[c].dep == "aux" and doc.tokens[c].tag == "TO" for c in doc.children[token.i]
    )
    return head.tag if has_to else None


def _was_to(doc: ParsedDoc, token: Token) -> bool:
    """ "was to visit": the trigger is the "to" infinitive of a past "be" (`_be_to`)."""
    return _be_to(doc, token) == "VBD"


def _going_to(doc: ParsedDoc, token: Token) -> bool:
    """ "is going to attack", "is to visit": the trigger is the xcomp of a progressive "go"
    with "to", or the "to" infinitive of a present "be" (`_be_to`)."""
    if _be_to(doc, token) in ("VBZ", "VBP"):
        return True
    if token.dep != "xcomp" or token.head == token.i:
        return False
    head = doc.tokens[token.head]
    return head.lemma == "go" and head.tag == "VBG"
