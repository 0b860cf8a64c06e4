"""The act a bare statement performs, read from its words (`data/events/speech_acts.yaml`)."""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

from .. import wordlists
from ..records import ParsedDoc, Token
from ..rules import rule, rule_id
from ..yamlfile import entry_errors, read_entries
from .codebook import codebook
from .lexicon import ORIGINS
from .speech import Attribution, according_source, mandative_clause


@dataclass(frozen=True, slots=True)
class SpeechAct:
    id: str
    cameo: str
    origin: str
    words: frozenset[str]
    # When given, one of these must be said too: a punishment is a threat only "if" ...
    condition: frozenset[str] = frozenset()

    def said_in(self, lemmas: set[str]) -> bool:
        return not lemmas.isdisjoint(self.words) and (
            not self.condition or not lemmas.isdisjoint(self.condition)
        )


@dataclass(frozen=True, slots=True)
class SpeechActs:
    acts: tuple[SpeechAct, ...]

    @classmethod
    def load(cls) -> SpeechActs:
        """The package's speech acts. Raises LexiconError with the file, line and reason."""
        path = resources.files("dyads") / "data" / "events" / "speech_acts.yaml"
        origin = str(path)
        codes = codebook()
        acts = []
        for raw in read_entries(path.read_text(encoding="utf-8"), origin, "speech acts"):
            fail = entry_errors(raw, origin, {"id", "cameo", "origin", "words", "condition"})
            if raw.get("cameo") not in codes:
                raise fail(f"{raw.get('id')}: cameo {raw.get('cameo')!r} is not a CAMEO code")
            if raw.get("origin") not in ORIGINS:
                raise fail(f"{raw.get('id')}: 'origin' must be one of {', '.join(ORIGINS)}")
            words = raw.get("words")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise fail(f"{raw.get('id')}: 'words' must be a list of lemmas")
            condition = raw.get("condition", [])
            if not isinstance(condition, list) or not all(isinstance(w, str) for w in condition):
                raise fail(f"{raw.get('id')}: 'condition' must be a list of lemmas")
            acts.append(
                SpeechAct(
                    str(raw["id"]), raw["cameo"], raw["origin"], frozenset(words),
                    frozenset(condition),
                )
            )  # fmt: skip
        return cls(tuple(acts))


# The subjects of a relative clause that tells another's act ("a charge Lima rejected").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subjects by which a speaker tells of their own act: "we reject", "I urge".
_FIRST_PERSON = frozenset({"i", "we"})
# What is said of a subject or an object: "the rebels are terrorists", "called them terrorists".
_PREDICATES = frozenset({"attr", "oprd", "acomp"})


@rule("speech.content-act.v1")
def content_act(
    doc: ParsedDoc,
    cue: int,
    said_by_cue: Mapping[int, list[int]],
    acts: SpeechActs,
    named: Container[int] = (),
) -> str | None:
    """A statement whose reported words reject, accuse, criticise or appeal is that act, as
    CAMEO codes a statement only when nothing more specific applies: '"Peru is lying," the
    ministry said' -> 112 accuse; 'the envoy said the talks must resume' -> 020 appeal. A
    statement that reports no words says what it does in the verdict it gives: "called the
    move a provocation", "described the vote as illegal". A word that names an
    actor (the tokens `named`: "weapons hidden by terrorists were found, the army said")
    labels it and charges no one, unless it is what is said of someone ("the rebels are
    terrorists").
    Returns the code, or None for a plain statement."""
    said = [
        i
        for i in said_by_cue.get(cue, ())
        if (i not in named or doc.tokens[i].dep in _PREDICATES)
        and not _named_party_act(doc, i, named)
    ]
    lemmas = _content_lemmas(doc, [*said, *_verdict(doc, cue)])
    if _mandative(doc, said) or _imperative(doc, said_by_cue.get(cue, ())):
        # "insisted that Peru pay compensation", '"Free our fishermen," the minister said':
        # what another must do, as "should" says it; the verb says how it is asked.
        lemmas |= {"should", doc.tokens[cue].lemma.lower()}
    for act in acts.acts:
        if act.said_in(lemmas):
            return act.cameo
    return None


@rule("speech.prosecution-charge.v1")
def prosecution_charge(doc: ParsedDoc, cue: int, said_by_cue: Mapping[int, list[int]]) -> bool:
    """What prosecutors and investigators say another did as a crime is their charge against
    that party (112), not a fact they report: "prosecutors say Peru's agents hired two men to
    kill the journalist", "the prosecutor said Peru paid for the bombing". Whether the subject
    of the verb of saying `cue` (or what it is "according to") is, or is titled by, a noun of
    `prosecuting_nouns`, and what it reports holds a word of `crime_words`."""
    this = rule_id(prosecution_charge)
    prosecuting = wordlists.words("events/words.yaml", this, "prosecuting_nouns")
    crimes = wordlists.words("events/words.yaml", this, "crime_words")
    toks = doc.tokens
    speakers = [c for c in doc.children[cue] if toks[c].dep == "nsubj"]
    if (according := according_source(doc, cue)) is not None:
        speakers.append(according)
    if not any(
        toks[w].lemma.lower() in prosecuting
        for s in speakers
        for w in (s, *(c for c in doc.children[s] if toks[c].dep in ("compound", "appos")))
    ):
        return False
    return any(toks[i].lemma.lower() in crimes for i in said_by_cue.get(cue, ()))


@rule("triggers.blame-predicate.v1")
def blame_predicate(doc: ParsedDoc, token: Token) -> bool:
    """"Is to blame" says who bears the blame, not who blames: in "Chile is to blame for the
    crisis" Chile blames no one, and a speaker who says it accuses Chile (the words of what
    is said code the statement). Whether `token` is "blame" as the infinitive of a copula."""
    if token.lemma.lower() != "blame" or token.dep != "xcomp" or token.head == token.i:
        return False
    return doc.tokens[token.head].lemma.lower() == "be" and any(
        doc.tokens[c].dep == "aux" and doc.tokens[c].text.lower() == "to"
        for c in doc.children[token.i]
    )


def _named_party_act(doc: ParsedDoc, i: int, named: Container[int]) -> bool:
    """Whether token i is a verb of a speech act (rejecting, accusing, appealing, praising)
    whose subject, its own or that of the verb it is coordinated with or completes, names an
    actor or is "we" or "I": in '"Peru is refusing to talk," the minister said' the refusal is
    Peru's act, which the minister reports, not the minister's rejection, and in '"We reject
    the claims," the minister said' the verb codes the minister's act once. (A verb that
    charges its subject, as "Peru has lied", is still the speaker's accusation.)"""
    verb = doc.tokens[i]
    reported = wordlists.words(
        "events/words.yaml", rule_id(content_act), "reported_speech_verbs"
    )
    if verb.pos != "VERB" or verb.lemma.lower() not in reported or blame_predicate(doc, verb):
        return False
    for _ in range(4):
        subjects = [c for c in doc.children[verb.i] if doc.tokens[c].dep in _SUBJECTS]
        if subjects:
            # '"We reject the claims," the minister said': the speaker's own act, which its
            # verb codes, told in the first person.
            return any(
                c in named or doc.tokens[c].text.lower() in _FIRST_PERSON for c in subjects
            )
        if verb.dep not in ("conj", "xcomp") or verb.head == verb.i:
            return False
        verb = doc.tokens[verb.head]
    return False


def _mandative(doc: ParsedDoc, said: list[int]) -> bool:
    """Whether what is said is a "that" clause in the subjunctive (`mandative_clause`)."""
    return any(mandative_clause(doc, doc.tokens[i]) for i in said)


def _imperative(doc: ParsedDoc, said: Iterable[int]) -> bool:
    """Whether the words said open with a command: a verb in the base form with no subject of
    its own ('"Free our fishermen," the minister told Peru', '"Do not cross the border"'),
    after a name it is addressed to and "please" ('"Peru, free our fishermen"')."""
    words = sorted(i for i in said if doc.tokens[i].pos not in ("PUNCT", "SPACE"))
    first = doc.tokens[words[0]] if words else None
    if first is not None and first.pos == "PROPN" and first.dep == "npadvmod":
        words = words[1:]  # the name it is addressed to
    if words and doc.tokens[words[0]].text.lower() == "please":
        words = words[1:]
    if not words:
        return False
    verb = doc.tokens[words[0]]
    if verb.dep == "aux" and verb.lemma.lower() == "do" and verb.head != verb.i:
        verb = doc.tokens[verb.head]  # "Do not cross": the verb it helps.
    elif verb.dep == "aux":
        return False
    return (
        verb.tag == "VB"
        and verb.pos in ("VERB", "AUX")
        and not any(doc.tokens[c].dep in _SUBJECTS or doc.tokens[c].dep == "expl"
                    for c in doc.children[verb.i])
        and not any(doc.tokens[c].dep == "aux" and doc.tokens[c].tag in ("MD", "TO")
                    for c in doc.children[verb.i])
    )  # fmt: skip


def _verdict(doc: ParsedDoc, cue: int) -> list[int]:
    """The tokens of the verdict a statement verb gives on its object: the object predicate of
    "called the move a provocation" (`verdict_predicates`), the "as" phrase of "described
    the vote as illegal" (on the verb or on its object, as the parser hangs it, or an adjective
    "as" qualifies: "dismissed the vote as illegitimate"), and the "to" phrase of a verb of
    likening ("likened the president to a dictator", `likening_verbs`)."""
    found = [i for p in verdict_predicates(doc, cue) for i in doc.subtree(p)]
    objects = [c for c in doc.children[cue] if doc.tokens[c].dep == "dobj"]
    likening = doc.tokens[cue].lemma.lower() in wordlists.words(
        "events/words.yaml", rule_id(content_act), "likening_verbs"
    )
    for child in [c for head in (cue, *objects) for c in doc.children[head]]:
        token = doc.tokens[child]
        if token.dep == "prep" and token.text.lower() in (("as", "to") if likening else ("as",)):
            found += doc.subtree(child)
        elif token.dep == "advcl" and any(
            doc.tokens[a].dep == "advmod" and doc.tokens[a].text.lower() == "as"
            for a in doc.children[child]
        ):
            found += doc.subtree(child)
    return found


def verdict_predicates(doc: ParsedDoc, cue: int) -> list[int]:
    """The object predicates of the verb `cue`: "a provocation" in "called the move a
    provocation". With an infinitive on the object ("called the bid to block the loan
    reckless") the parser hangs the predicate on the infinitive, as a clause of the verb or of
    the object; an infinitive with a subject of its own is another clause. A noun predicate the
    parser reads as the object's appositive is one too when no comma sets it off ("called
    Peru's decision a grave mistake"; not "called Peru's envoy, Rui Alves"), and so is an
    adjective it hangs on the object after the noun ("called Peru's move reckless")."""
    objects = [c for c in doc.children[cue] if doc.tokens[c].dep == "dobj"]
    misread = [
        c
        for o in objects
        for c in doc.children[o]
        if (
            doc.tokens[c].dep == "appos"
            and doc.tokens[c].pos == "NOUN"
            and doc.tokens[doc.subtree(c)[0] - 1].text != ","
        )
        or (
            doc.tokens[c].dep in ("amod", "advmod")
            and doc.tokens[c].pos == "ADJ"
            and c > o
            and c == doc.subtree(o)[-1]
        )
    ]
    heads = [cue] + [
        c
        for head in (cue, *objects)
        for c in doc.children[head]
        if doc.tokens[c].dep in ("advcl", "acl", "xcomp")
        and doc.tokens[c].tag == "VB"
        and not any(doc.tokens[g].dep in _SUBJECTS for g in doc.children[c])
    ]
    return misread + [
        c for head in heads for c in doc.children[head] if doc.tokens[c].dep == "oprd"
    ]


def tokens_by_cue(said: dict[int, Attribution]) -> dict[int, list[int]]:
    """The tokens each cue reports, from `attributions(doc)` (token -> attribution): grouped
    once per article, as a long article has thousands of cues."""
    grouped: dict[int, list[int]] = {}
    for token, attribution in said.items():
        grouped.setdefault(attribution.cue, []).append(token)
    return grouped


def _content_lemmas(doc: ParsedDoc, tokens: Iterable[int]) -> set[str]:
    """The lemmas of what is said, leaving out participles used as adjectives (in "the
    so-called declaration" nobody calls for anything), the acts of others that relative
    clauses tell (`_others_acts`) and acts supposed (`_conditions`), and a negated word as
    "not" and its lemma: "the ruling is not legal" says "not legal", and "did not deny" denies
    nothing. Words that judge only when said of something ("the decision was wrong") are left
    out before a noun, where they mean not the right one ("the wrong road"), nouns that judge
    only as a predicate ("the plan is a disaster") anywhere else ("the disaster zone"), and
    words that ask only as verbs or with an infinitive ("Peru needs to act", "a need to act")
    as bare nouns ("humanitarian needs")."""
    lemmas = set()
    tokens = list(tokens)
    others = _others_acts(doc, tokens) | _conditions(doc, tokens)
    predicative = wordlists.words(
        "events/words.yaml", rule_id(content_act), "predicative_only"
    )
    verbal = wordlists.words("events/words.yaml", rule_id(content_act), "verb_only")
    nominal = wordlists.words("events/words.yaml", rule_id(content_act), "predicate_nouns")
    being = wordlists.words("events/words.yaml", rule_id(content_act), "being_verbs")
    for i in tokens:
        token = doc.tokens[i]
        if token.dep == "amod" and (token.tag == "VBN" or token.lemma.lower() in predicative):
            continue
        if token.lemma.lower() in nominal and not _said_to_be(doc, token, being):
            continue
        if (
            token.lemma.lower() in verbal
            and token.pos not in ("VERB", "AUX")
            and not any(doc.tokens[c].dep == "acl" and doc.tokens[c].tag == "VB"
                        for c in doc.children[i])
        ):  # fmt: skip
            continue
        if i in others:
            continue
        negated = _negated(doc, token)
        for form in _word_forms(token):
            lemmas.add("not " + form if negated else form)
    return lemmas


def _said_to_be(doc: ParsedDoc, noun: Token, being: frozenset[str]) -> bool:
    """Whether `noun` is what something is said to be: a predicate ("the plan is a disaster",
    "called it a failure"), or the object of a verb of being (`being_verbs`: "poses a
    danger"); not one that "there is" says exists ("there is a danger of floods")."""
    head = doc.tokens[noun.head]
    if noun.dep == "dobj":
        return head.lemma.lower() in being
    return noun.dep in ("attr", "oprd", "appos") and not any(
        doc.tokens[c].dep == "expl" for c in doc.children[head.i]
    )


def _word_forms(token: Token) -> set[str]:
    """The forms the word lists may give a said word as: its lemma, its own spelling (the
    small model gives "troubled" the lemma "trouble"), and for an adverb of manner the
    adjective it is made from ("acted irresponsibly" judges as "irresponsible" does). English
    forms these adverbs by four regular endings; no library at hand undoes them (lemmatisers
    keep adverbs as they are)."""
    lemma = token.lemma.lower()
    forms = {lemma, token.text.lower()}
    if token.tag == "RB" and len(lemma) > 5 and lemma.endswith("ly"):
        if lemma.endswith(("ibly", "ably")):
            forms.add(lemma[:-1] + "e")
        elif lemma.endswith("ily"):
            forms.add(lemma[:-3] + "y")
        else:
            forms.add(lemma[:-2])
    return forms


def _conditions(doc: ParsedDoc, tokens: list[int]) -> set[int]:
    """The tokens of "if" and "unless" clauses among `tokens`, but for the "if" itself: an act
    supposed charges no one ("if Peru breaks the truce, we will respond" accuses Peru of
    nothing), while the condition still makes a penalty in the main clause a threat."""
    found: set[int] = set()
    for i in tokens:
        marks = [
            c
            for c in doc.children[i]
            if doc.tokens[c].dep == "mark" and doc.tokens[c].text.lower() in ("if", "unless")
        ]
        if doc.tokens[i].dep == "advcl" and marks:
            found.update(j for j in doc.subtree(i) if j not in marks)
    return found


def _others_acts(doc: ParsedDoc, tokens: list[int]) -> set[int]:
    """The tokens of relative clauses with a subject of their own among `tokens`: in "repeated
    the claim, a charge Lima rejected" the rejection is Lima's act told about the claim, not
    part of it."""
    found: set[int] = set()
    for i in tokens:
        token = doc.tokens[i]
        children = [doc.tokens[c] for c in doc.children[i]]
        if (
            token.dep == "relcl"
            and any(c.dep in _SUBJECTS and c.tag not in ("WP", "WDT") for c in children)
            # A "that" clause the parser takes for a relative one is what is said ("said in a
            # press release that Peru ...").
            and not any(c.dep == "mark" for c in children)
        ):
            found.update(doc.subtree(i))
    return found


def _negated(doc: ParsedDoc, token: Token) -> bool:
    """Whether `token` is negated: by its own "not" or "no" ("there is no need to talk"), by its
    copula's ("is not legal", also of the noun it describes: "is not a reliable partner"), or
    by a "not" right before it ("not legal, not fair"), or by "neither ... nor" ("neither free
    nor fair")."""
    if token.dep == "conj" and any(
        doc.tokens[c].text.lower() == "nor" for c in doc.children[token.head]
    ):
        token = doc.tokens[token.head]
    if any(doc.tokens[c].dep == "preconj" and doc.tokens[c].text.lower() == "neither"
           for c in doc.children[token.i]):  # fmt: skip
        return True
    if any(
        doc.tokens[c].dep == "neg"
        or (doc.tokens[c].dep == "det" and doc.tokens[c].text.lower() == "no")
        for c in doc.children[token.i]
    ):
        return True
    if token.dep == "amod" and doc.tokens[token.head].dep == "attr":
        token = doc.tokens[token.head]
    if token.dep in ("acomp", "attr") and any(
        doc.tokens[c].dep == "neg" for c in doc.children[token.head]
    ):
        return True
    return token.i > 0 and doc.tokens[token.i - 1].text.lower() in ("not", "n't", "never")
