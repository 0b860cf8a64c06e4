"""Source rules: who does what a trigger names. Each is a registered rule; the event stage tries
them in the order `data/events/chains.yaml` gives and takes the first that finds an actor."""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Mention, Token
from ..rules import RuleSwitches, rule, rule_id
from .modality import expressed_intent, for_subject, intent_phrase, modality_words
from .roles import (
    CARGO_RULE,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    VISITING_RULE,
    Filler,
    Roles,
    Site,
    cargo_of,
    event_words,
    misread_adjective,
    organisers,
    participles_of,
    visitor_of,
)
from .speech import according_source, misread_appositive, says_that_clause
from .targets import (
    casualty_verb,
    definite,
    implied_filler,
    latest_authors,
    participle_holder,
    prior_authors,
    receiver,
    receiving_verb,
)

# Dependencies by which a verb inherits the agent of the verb above it ("X agreed to meet Y",
# "X met Y and condemned Z", "ready to talk").
_CONTROLLED_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Assault, fighting and mass violence: a noun of one may be the subject of a verb of another.
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_MAX_HOPS = 4
# Words that only count a subject named before them ("Chile and Peru both denounced it").
_QUANTIFIERS = ("both", "all", "each")
# Acts of giving, whose pattern's "of" noun is what is given ("a shipment of vaccines").
_GIVING_ROOTS = frozenset({"03", "05", "06", "07"})
# Providing aid: a noun of it names goods, which move but do not act.
_AID_ROOT = "07"
# Arrest, detention and other coercion: the custody a release ends.
_CUSTODY_ROOT = "17"


def _own_agent(roles: Roles, verb_i: int, name: str) -> list[Filler] | None:
    """The agent a verb names itself: its subject (or where it comes from, `origin`) or its
    passive "by" phrase. None when it names none; [] when it names one that is no actor, or
    has a passive subject (no agent above it)."""
    toks = roles.toks
    children = roles.doc.children[verb_i]
    for child in children:
        c = toks[child]
        if c.dep in SUBJECT_DEPS:
            subject = roles.relative_antecedent(toks[verb_i], c)
            found = roles.actors_at(subject.i, name)
            if not found and c.dep == "nsubj" and roles.switches.on(rule_id(origin)):
                found = origin(roles, subject, name)
            return found
        if c.dep == "agent":
            for pobj in roles.doc.children[child]:
                return roles.actors_at(pobj, name)
    if any(toks[c].dep in PASSIVE_SUBJECT_DEPS for c in children):
        return []
    return None


@rule("roles.source.origin.v1")
def origin(roles: Roles, subject: Token, name: str) -> list[Filler]:
    """Things and teams that name no actor act for the state or force they come from:
    "military planes from Chile landed in Lima and distributed food", "helicopters from the
    Bolivian air force joined the rescue" are Chile's and Bolivia's acts. The actors of the
    subject's "from" phrase."""
    return [
        f
        for prep in roles.doc.children[subject.i]
        if roles.toks[prep].dep == "prep" and roles.toks[prep].text.lower() == "from"
        for pobj in roles.doc.children[prep]
        if roles.toks[pobj].dep == "pobj"
        for f in roles.actors_at(pobj, name)
    ]


@rule("roles.source.subject.v1")
def subject(roles: Roles, site: Site) -> list[Filler]:
    """The subject of a verbal trigger acts, also through a relative pronoun: "Japan condemned
    the test"; "the envoy, who met the rebels, ..." -> the envoy. A passive's "by" phrase is the
    passive-agent rule's."""
    if not site.is_verb:
        return []
    subjects = roles.clause_subjects(site.token.i)
    if len(subjects) > 1 and _opening_participle(roles, subjects[0]):
        subjects = subjects[1:]
    if not subjects:
        return []
    antecedent = roles.relative_antecedent(site.token, roles.toks[subjects[0]])
    found = roles.actors_at(antecedent.i, rule_id(subject))
    if found and not site.reciprocal and roles.switches.on(rule_id(co_agents)):
        seen = {f.actor.id for f in found}
        found += [f for f in co_agents(roles, site, antecedent.i) if f.actor.id not in seen]
    return found


@rule("roles.source.co-agents.v1")
def co_agents(roles: Roles, site: Site, subject_token: int) -> list[Filler]:
    """Who acts "along with", "together with" or "alongside" the subject acts too: "Chile,
    along with Bolivia, condemned Peru's decision" -> Chile and Bolivia. The phrase hangs on
    the subject or on the verb (where the parser puts "along with"); "with" alone is whom an
    act is done with ("Chile met with Bolivia"), and partners in a mutual act ("fought
    alongside Bolivian troops") are not each other's party."""
    toks = roles.toks
    found: list[Filler] = []
    for head in (subject_token, site.token.i):
        for child in roles.doc.children[head]:
            if toks[child].dep != "prep":
                continue
            word = toks[child].text.lower()
            # "along with" and "together with", whichever of the two words the parser hangs
            # on the other.
            joined = word == "with" and child > 0 and toks[child - 1].text.lower() in (
                "along",
                "together",
            )
            if word in ("along", "together"):
                preps = [c for c in roles.doc.children[child] if c == child + 1]
            elif word == "alongside" or joined:
                preps = [child]
            else:
                continue
            for prep in preps:
                for pobj in roles.doc.children[prep]:
                    if roles.toks[pobj].dep == "pobj" and pobj not in site.skip:
                        found += roles.actors_at(pobj, rule_id(co_agents))
    return found


def _opening_participle(roles: Roles, i: int) -> bool:
    """Whether the subject at token i is an opening participial phrase the parser misread as
    a second subject: "Addressing parliament, Chile's president condemned ..." (the gerund
    read as a modifier of its object, the phrase set off by a comma)."""
    phrase = roles.subtree(i)
    first, after = roles.toks[phrase[0]], phrase[-1] + 1
    return (
        first.tag == "VBG"
        and first.i == roles.doc.sentences[first.sent].start
        and after < len(roles.toks)
        and roles.toks[after].text == ","
    )


@rule("roles.source.according-to.v1")
def according_to(roles: Roles, site: Site) -> list[Filler]:
    """Whom words are "according to" says them: "Peru was behind the bombing, according to
    Chilean prosecutors" -> the prosecutors. Not a group named by its sector alone ("according
    to police", "according to activists"): whose they are is not said, and the party the words
    are about would lend them its country."""
    source = according_source(roles.doc, site.token.i)
    if source is None:
        return []
    return [
        f
        for f in roles.actors_at(source, rule_id(according_to))
        if f.actor.kind != "group" or f.actor.country is not None or f.actor.members
    ]


@rule("roles.source.document-subject.v1")
def document_subject(roles: Roles, site: Site) -> list[Filler]:
    """A document that says something speaks for whoever issued it: "a statement from the
    Chilean foreign ministry condemned the attack", "a letter signed by Peruvian lawmakers
    urged Chile to act" are the ministry's and the lawmakers' acts. The verb's subject is a
    noun of `document_nouns` (of the reduced-relative rule) that names no actor itself."""
    name = rule_id(document_subject)
    documents = event_words(rule_id(reduced_relative), "document_nouns")
    subject = _unnamed_subject(roles, site, documents, name)
    return [] if subject is None else _issuer(roles, subject, name)


@rule("roles.source.led-subject.v1")
def led_subject(roles: Roles, site: Site) -> list[Filler]:
    """A body or scheme named by a common noun acts for whoever the participle on it says leads,
    runs or funds it: "a coalition led by Chile struck rebel positions", "the programme,
    funded by Chile, feeds children in Peru", "a delegation headed by the Chilean foreign
    minister met Peru's president" -> Chile, Chile, the minister. The verb's subject names no
    actor itself and has a past participle of `leading_participles` whose "by" phrase does."""
    if not site.is_verb:
        return []
    name = rule_id(led_subject)
    leading = event_words(name, "leading_participles")
    toks, children = roles.toks, roles.doc.children
    leaders = [
        pobj
        for subject in roles.clause_subjects(site.token.i)
        if toks[subject].dep == "nsubj" and not roles.actors_at(subject, name)
        for participle in children[subject]
        if toks[participle].dep == "acl"
        and toks[participle].tag == "VBN"
        and toks[participle].lemma.lower() in leading
        for agent in children[participle]
        if toks[agent].dep == "agent"
        for pobj in children[agent]
    ]
    return next((found for pobj in leaders if (found := roles.actors_at(pobj, name))), [])


@rule("roles.source.instrument-subject.v1")
def instrument_subject(roles: Roles, site: Site) -> list[Filler]:
    """What a law, decree or order does as the subject of its verb is the act of whoever issued
    it: "Peru's new law bans Chilean trawlers", "a decree signed by the junta bars women from
    universities" -> Peru, the junta; with no issuer named, the state of the country the story
    is about ("the new law bans foreign funding of charities", in a story on Peru). The
    subject is a noun of `instrument_nouns` (of the enacting-body rule) that names no actor
    itself."""
    this = rule_id(instrument_subject)
    instruments = event_words(rule_id(enacting_body), "instrument_nouns")
    subject = _unnamed_subject(roles, site, instruments, this)
    if subject is None:
        return []
    if found := _issuer(roles, subject, this):
        return found
    country = roles.story_country
    return [implied_filler(country, site.token, roles, this)] if country else []


def _unnamed_subject(
    roles: Roles, site: Site, nouns: frozenset[str], name: str
) -> Token | None:
    """The subject of a verbal trigger when it is one of `nouns` and names no actor itself
    ("a statement", "the new law"), else None."""
    if not site.is_verb:
        return None
    for child in roles.doc.children[site.token.i]:
        c = roles.toks[child]
        if c.dep == "nsubj" and c.lemma.lower() in nouns and not roles.actors_at(child, name):
            return c
    return None


@rule("roles.source.for-subject.v1")
def infinitive_for_subject(roles: Roles, site: Site) -> list[Filler]:
    """An infinitive introduced by "for" has the noun after "for" as its subject, which the
    parser may leave as the object of "for", on the infinitive or on the word it depends on:
    in "Chile made a proposal for the Security Council to ease tariffs" the Council is to
    ease them, not Chile (`modality.for_subject`)."""
    if not site.is_verb:
        return []
    subject = for_subject(roles.doc, site.token)
    return [] if subject is None else roles.actors_at(subject, rule_id(infinitive_for_subject))


@rule("roles.source.with-absolute.v1")
def with_absolute(roles: Roles, site: Site) -> list[Filler]:
    """In "with X doing Y" X does Y: "Peru faced condemnation, with Chile and Bolivia both
    denouncing the vote" is Chile's and Bolivia's act, not Peru's, also where the parser leaves
    the participle no subject, or "both" as its subject, and hangs X on "with". A participle
    with no subject of its own right after the object of a "with" (or its last conjunct),
    with at most "both", "all", "also" or "each" between them."""
    token = site.token
    if not site.is_verb or token.tag != "VBG":
        return []
    if any(
        roles.toks[c].dep in SUBJECT_DEPS and roles.toks[c].text.lower() not in _QUANTIFIERS
        for c in roles.doc.children[token.i]
    ):
        return []
    before = token.i - 1
    while before >= 0 and roles.toks[before].text.lower() in (*_QUANTIFIERS, "also"):
        before -= 1
    if before < 0:
        return []
    noun = roles.toks[before]
    while noun.dep == "conj" and noun.head != noun.i:
        noun = roles.toks[noun.head]
    if noun.dep != "pobj" or roles.toks[noun.head].text.lower() != "with":
        return []
    return roles.actors_at(noun.i, rule_id(with_absolute))


@rule("roles.source.passive-agent.v1")
def passive_agent(roles: Roles, site: Site) -> list[Filler]:
    """The object of a passive's "by" phrase acts: "the border was closed by Turkey" ->
    Turkey; also where the parser hangs the phrase, last in the clause, on the gerund that
    says what one is accused or charged of: "Ana Ruiz was accused of spying by Peruvian
    prosecutors" (`_misattached_agent`)."""
    if not site.is_verb:
        return []
    for child in roles.doc.children[site.token.i]:
        if roles.toks[child].dep == "agent":
            for pobj in roles.doc.children[child]:
                return roles.actors_at(pobj, rule_id(passive_agent))
    if (agent := _misattached_agent(roles, site.token)) is not None:
        return roles.actors_at(agent, rule_id(passive_agent))
    return []


def _misattached_agent(roles: Roles, verb: Token) -> int | None:
    """The noun of a "by" phrase that ends the clause of a passive with no agent of its own,
    hung on the gerund of its "of", "with" or "for" phrase, or on a noun there that names no
    act ("Peru was criticized for its rights record by Chile"); not a gerund's own means
    ("accused of funding rebels by smuggling gold"), nor the author of an act a noun names
    ("criticized for the raid by rebels")."""
    toks, children = roles.toks, roles.doc.children
    if not any(toks[c].dep in PASSIVE_SUBJECT_DEPS for c in children[verb.i]):
        return None
    sentence = roles.doc.sentences[verb.sent]
    for prep in children[verb.i]:
        if toks[prep].dep != "prep" or toks[prep].text.lower() not in ("of", "with", "for"):
            continue
        for gerund in children[prep]:
            if toks[gerund].tag != "VBG" and (
                toks[gerund].pos != "NOUN" or gerund in roles.trigger_roots
            ):
                continue
            for i in roles.subtree(gerund):
                if toks[i].text.lower() != "by":
                    continue
                nouns = [p for p in children[i] if toks[p].pos in ("NOUN", "PROPN")]
                after = max(roles.subtree(i)) + 1
                if nouns and (after >= sentence.end or toks[after].pos == "PUNCT"):
                    return nouns[0]
    return None


@rule("roles.source.controller.v1")
def controller(roles: Roles, site: Site) -> list[Filler]:
    """A verb with no subject of its own takes the agent of the verb that controls it: "Iran
    agreed to release the sailors", "Chile recalled its envoy and condemned the vote", "ready to
    talk", and the infinitive of an intent its subject states ("signalled a willingness to
    talk"). Not across a passive subject ("the talks were expected to resume"), nor to a
    participle that says what state the subject is in: in "the colonel stands accused of
    spying" the colonel is accused, not an accuser."""
    if not site.is_verb:
        return []
    if (
        site.token.tag == "VBN"
        and site.token.dep in ("acomp", "oprd", "advcl", "xcomp")
        and site.token.text.lower() not in modality_words().intent_adjectives
    ):
        # "stands accused", "released from prison, the activist ...": a bare past participle
        # is passive, and the subject it hangs on is its patient; not one that states the
        # subject's own resolve ("is committed to", "is determined to").
        children = roles.doc.children[site.token.i]
        if not any(roles.toks[c].dep in ("aux", "auxpass") for c in children):
            return []
    current, previous, hops = site.token, site.token, 0
    while hops < _MAX_HOPS:
        if hops and (told := _object_controller(roles, current, previous)) is not None:
            return told
        if hops and _goods_subject(roles, current):
            return []
        found = _own_agent(roles, current.i, rule_id(controller))
        if found == [] and hops and (scheduled := _scheduled(roles, current)) is not None:
            return scheduled
        if found is not None:
            return found if hops else []
        if hops == 0 and (owner := _intent_owner(roles, site, current)) is not None:
            return owner
        if (
            current.dep == "acl"
            and current.head != current.i
            and (
                expressed_intent(roles.doc, roles.toks[current.head])
                or _taken_occasion(roles, roles.toks[current.head])
            )
        ):
            # "signalled a willingness to negotiate": who states the intent is to act on it;
            # "took the opportunity to criticise": who takes the occasion acts in it.
            previous = current
            current, hops = roles.toks[roles.toks[current.head].head], hops + 1
            continue
        if current.dep == "pcomp" and _intent_phrase_to(roles, current):
            # "looks forward to working with Peru": who looks forward acts.
            previous = current
            current, hops = roles.toks[roles.toks[current.head].head], hops + 1
            continue
        if (
            current.dep not in _CONTROLLED_DEPS and not _misread_conjunct(roles, current)
        ) or current.head == current.i:
            return []
        previous = current
        current, hops = roles.toks[current.head], hops + 1
    return []


def _intent_owner(roles: Roles, site: Site, verb: Token) -> list[Filler] | None:
    """Whose intent a noun of intent with a possessor states is the possessor's: "reiterated
    Chile's willingness to talk", and inside a quotation "my readiness to travel" is the
    speaker's, however the parser hangs the verb that states it. The possessor's actors, or
    None when the infinitive describes no such noun."""
    if verb.dep != "acl" or verb.head == verb.i:
        return None
    noun = roles.toks[verb.head]
    if noun.lemma.lower() not in modality_words().intent_nouns:
        return None
    for owner in roles.doc.children[noun.i]:
        if roles.toks[owner].dep != "poss":
            continue
        if roles.first_person(owner) and site.quoted and site.speakers:
            return [Filler(s.actor, s.mention, rule_id(controller)) for s in site.speakers]
        return roles.actors_at(owner, rule_id(controller)) or None
    return None


def _goods_subject(roles: Roles, verb: Token) -> bool:
    """Whether the subject of a controlling verb is aid given, which does what the verb's
    complement says as a thing, not as an agent: in "Chilean aid began arriving in Peru" no
    one travels (the aid's delivery is `roles.target.arrival.v1`'s)."""
    return any(
        roles.toks[c].dep == "nsubj"
        and roles.toks[c].pos == "NOUN"
        and roles.trigger_roots.get(c) == _AID_ROOT
        for c in roles.doc.children[verb.i]
    )


def _scheduled(roles: Roles, verb: Token) -> list[Filler] | None:
    """Who a passive verb of scheduling or of report says is to act or has acted ("the
    president is scheduled to meet ...", "is set to visit", "Chile is believed to have armed
    the rebels", "is said to have expelled two envoys"): its passive subject, when that names
    an actor (`scheduling_verbs`, `raising_verbs`); else None ("the talks were expected to
    resume" names no doer)."""
    lemma = verb.lemma.lower()
    if lemma not in event_words(rule_id(controller), "scheduling_verbs") and lemma not in (
        event_words(rule_id(controller), "raising_verbs")
    ):
        return None
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep in PASSIVE_SUBJECT_DEPS:
            return roles.actors_at(child, rule_id(controller)) or None
    return None


def _misread_conjunct(roles: Roles, verb: Token) -> bool:
    """Whether `verb` is a finite verb the small parser leaves as an unlabelled dependent of
    the verb before it, where a comma and an adverb open a second predicate of one subject:
    "Chile imposed tariffs, then exempted cars from them"."""
    head = roles.toks[verb.head]
    return (
        verb.dep == "dep"
        and verb.tag in ("VBD", "VBZ", "VBP")
        and head.pos == "VERB"
        and head.i < verb.i
        and roles.toks[verb.i - 1].dep == "advmod"
        and any(roles.toks[i].text == "," for i in range(head.i + 1, verb.i))
    )


@rule("roles.source.first-to.v1")
def first_to(roles: Roles, site: Site) -> list[Filler]:
    """Who is the first, the latest or the only one to do something does it: "Chile was the
    first country to recognise the government", "Peru became the latest to condemn the coup",
    "Chile, the only state to vote against the motion, ...", also one of several so ranked:
    "Chile was one of the first countries to condemn the coup". The infinitive hangs on the
    word of rank (`rank_words`) or the noun it qualifies, which is what the copula's subject is
    (through "one of"), or stands beside the actor it describes."""
    toks, children = roles.toks, roles.doc.children
    verb = site.token
    if not site.is_verb or verb.dep not in ("relcl", "acl", "xcomp") or verb.head == verb.i:
        return []
    if not any(toks[c].dep == "aux" and toks[c].text.lower() == "to" for c in children[verb.i]):
        return []
    name = rule_id(first_to)
    ranks = event_words(name, "rank_words")
    noun = toks[verb.head]
    if noun.text.lower() not in ranks and not any(
        toks[c].dep in ("amod", "advmod") and toks[c].text.lower() in ranks
        for c in children[noun.i]
    ):
        return []
    if noun.dep == "pobj" and toks[noun.head].text.lower() == "of":
        # "one of the first countries to ...": the rank is of the "one".
        noun = toks[toks[noun.head].head]
    if noun.dep == "appos":
        return roles.actors_at(noun.head, name)
    if noun.dep != "attr" or noun.head == noun.i:
        return []
    subjects = [c for c in children[noun.head] if toks[c].dep == "nsubj"]
    return roles.actors_at(subjects[0], name) if subjects else []


def _intent_phrase_to(roles: Roles, verb: Token) -> bool:
    """Whether `verb` is the gerund of the "to" of a phrase of intent ("looks forward to
    working with Peru", `modality.intent_phrase`)."""
    prep = roles.toks[verb.head]
    return (
        prep.dep == "prep"
        and prep.text.lower() == "to"
        and prep.head != prep.i
        and intent_phrase(roles.doc, roles.toks[prep.head])
    )


def _taken_occasion(roles: Roles, noun: Token) -> bool:
    """Whether `noun` is an occasion (`occasion_nouns`) a verb takes as its object: "took the
    opportunity to", "used the occasion to", "seized the chance to"."""
    return (
        noun.dep == "dobj"
        and noun.head != noun.i
        and noun.lemma.lower() in event_words(rule_id(controller), "occasion_nouns")
    )


def _object_controller(roles: Roles, verb: Token, clause: Token) -> list[Filler] | None:
    """Who is to do what a verb of asking, telling or helping governs: its object, not its
    subject ("Chile urged Peru to reopen the border", "appealed to Peru to reopen it", "called
    on Peru to reopen it": Peru would reopen it). None when `verb` is no such verb with such
    an object for the infinitive `clause`. A participle is no such infinitive: in "called
    Peru's move a mistake, saying ..." the one calling says it."""
    name = rule_id(controller)
    if verb.lemma.lower() not in event_words(name, "object_control_verbs"):
        return None
    if clause.dep not in ("xcomp", "ccomp", "advcl") or clause.tag == "VBG":
        return None
    objects = [c for c in roles.doc.children[verb.i] if roles.toks[c].dep == "dobj"]
    objects += roles.prep_objects([verb.i], ("to", "on", "upon"))
    objects = [o for o in objects if o < clause.i]
    return roles.actors_at(objects[0], name) if objects else None


@rule("roles.source.gerund-adjunct.v1")
def gerund_adjunct(roles: Roles, site: Site) -> list[Filler]:
    """A gerund in a phrase of time or means ("after meeting Boric", "by calling its president
    a liar", "while visiting Lima") has the subject of the verb the phrase hangs on: "Chile
    closed the border after accusing Peru of spying" -> Chile. A passive verb's subject is the
    gerund's too: "Alves was recalled after insulting the president" -> Alves, "Alves was
    quoted as saying that ..." -> Alves said it; so does the gerund of a step taken: "Chile
    took the rare step of criticizing Peru" -> Chile. A "for" gerund
    is the act of whom the verb credits with it (`_credited`), and so is a noun of an act after
    "for": "the rebels claimed responsibility for the bombing", "blamed Peru for the
    attack"."""
    token = site.token
    noun_for = token.dep == "pobj" and not site.is_verb
    gerund = site.is_verb and token.dep == "pcomp" and token.tag == "VBG"
    if not (gerund or noun_for) or token.head == token.i:
        return []
    prep = roles.toks[token.head]
    if prep.dep != "prep" or prep.head == prep.i:
        return []
    name = rule_id(gerund_adjunct)
    if noun_for and not _crediting(roles, prep):
        return []
    if prep.text.lower() == "for":
        return _credited(roles, prep, name)
    current = roles.toks[prep.head]
    # "was quoted as saying": what the one quoted said.
    quoted = prep.text.lower() == "as" and current.lemma.lower() in event_words(
        name, "quoting_verbs"
    )
    # "took the unusual step of criticizing Peru": the step taken is the act.
    step = (
        prep.text.lower() == "of"
        and current.lemma.lower() in event_words(name, "step_nouns")
        and current.dep == "dobj"
        and current.head != current.i
    )
    if step:
        current = roles.toks[current.head]
    if prep.text.lower() not in event_words(name, "preps") and not quoted and not step:
        return []
    if current.pos != "VERB":
        # "keen on meeting": the complement of an adjective or noun, no adjunct.
        return []
    for _ in range(_MAX_HOPS):
        for child in roles.doc.children[current.i]:
            c = roles.toks[child]
            if c.dep in SUBJECT_DEPS or c.dep in PASSIVE_SUBJECT_DEPS:
                found = roles.actors_at(roles.relative_antecedent(current, c).i, name)
                return found + _joined(roles, current, prep, name)
        if current.dep not in _CONTROLLED_DEPS or current.head == current.i:
            return []
        current = roles.toks[current.head]
    return []


def _joined(roles: Roles, verb: Token, prep: Token, name: str) -> list[Filler]:
    """Whom one joins "in" doing something does it too: "Chile joined Peru in condemning the
    attack" -> Peru as well as Chile."""
    if verb.lemma.lower() != "join" or prep.text.lower() != "in" or prep.head != verb.i:
        return []
    return [
        f
        for c in roles.doc.children[verb.i]
        if roles.toks[c].dep == "dobj"
        for f in roles.actors_at(c, name)
    ]


def _issuer(roles: Roles, document: Token, name: str) -> list[Filler]:
    """Who issued `document`: its possessor ("the ministry's statement"), its actor modifier
    ("a joint Chilean-Peruvian statement"), its "by" or "from" phrase, also on a participle
    that describes it ("a statement from the ministry", "a letter signed by lawmakers"), else
    the subject of the verb that takes it as object ("the ministry issued a statement")."""
    for child in roles.doc.children[document.i]:
        c = roles.toks[child]
        if c.dep == "poss" or (c.dep in ("amod", "compound") and child in roles.index.at):
            return roles.actors_at(child, name)
    participles = participles_of(roles, document)
    for by in roles.prep_objects([document.i, *participles], ("by", "from")):
        if found := roles.actors_at(by, name):
            return found
    for participle in participles:
        if found := _own_agent(roles, participle, name):
            return found
    verb = roles.toks[document.head]
    if document.dep != "dobj" or verb.pos != "VERB":
        return []
    return _subject_actors(roles, verb, name)


def _crediting(roles: Roles, prep: Token) -> bool:
    """Whether a "for" phrase credits its noun to someone: it hangs on a noun of responsibility
    ("claimed responsibility for the bombing") or on a verb of praise or blame ("blamed Peru
    for the attack"), not on any verb or noun ("joined the envoy for talks")."""
    head = roles.toks[prep.head]
    this = rule_id(gerund_adjunct)
    if prep.text.lower() != "for":
        return False
    if head.pos == "NOUN":
        return head.lemma.lower() in event_words(this, "credit_nouns")
    return head.pos == "VERB" and head.lemma.lower() in event_words(this, "credit_verbs")


def _credited(roles: Roles, prep: Token, name: str) -> list[Filler]:
    """Who a "for" gerund is credited to: the object of the verb the phrase hangs on, directly
    or through its noun ("praised the United Nations for deploying troops", "blamed Peru for
    closing the border"), else, when its object is no party but a noun of credit or there is
    none, that verb's subject ("the rebels claimed credit for ambushing the patrol"): who
    blames "the weather" or "the other" for a delay is not credited with it."""
    verb = roles.toks[prep.head]
    if verb.pos in ("NOUN", "PROPN") and verb.dep == "dobj" and verb.head != verb.i:
        verb = roles.toks[verb.head]
    if verb.pos != "VERB":
        return []
    credit = event_words(rule_id(gerund_adjunct), "credit_nouns")
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep != "dobj":
            continue
        if found := roles.actors_at(child, name):
            return found
        if roles.toks[child].lemma.lower() not in credit:
            return []
    return _subject_actors(roles, verb, name)


def _subject_actors(roles: Roles, verb: Token, name: str) -> list[Filler]:
    """The actors of `verb`'s subject, through a relative pronoun to its antecedent."""
    for child in roles.doc.children[verb.i]:
        c = roles.toks[child]
        if c.dep in SUBJECT_DEPS:
            return roles.actors_at(roles.relative_antecedent(verb, c).i, name)
    return []


@rule("roles.source.reduced-relative.v1")
def reduced_relative(roles: Roles, site: Site) -> list[Filler]:
    """A verb the parser hangs on a noun as a reduced relative has that noun as its agent: "The
    ministers condemned the launch" misread as "the ministers (who) condemned"; also through a
    phrase the verb was hung on ("the envoy at the meeting held back from ..."). A document
    that a participle describes speaks for whoever issued it: "the ministry issued a statement
    condemning the strikes", "lawmakers passed a resolution calling on Peru to withdraw" are
    the ministry's and the lawmakers' acts."""
    if not site.is_verb:
        return []
    current = site.token
    for _ in range(_MAX_HOPS):
        if _own_agent(roles, current.i, "") is not None:
            return []
        if current.dep in _CONTROLLED_DEPS and current.head != current.i:
            current = roles.toks[current.head]
            continue
        break
    if current.dep not in ("acl", "relcl") or current.head == current.i:
        return []
    name = rule_id(reduced_relative)
    if (
        roles.passive_patient(site.token) == current.head
        and roles.actors_at(current.head, name)
        and not _says_that(roles, site.token)
    ):
        # "two activists detained in Lima": the party named is who the act was done to. (In
        # "ministers at the meeting held back from ...", a misread clause, it names no party.)
        return []
    head = roles.toks[current.head]
    if (
        head.dep == "appos"
        and head.head != head.i
        and not any(f.actor.code for f in roles.actors_at(head.i, name))
    ):
        # "Rui Alves, a key opposition figure, joked that ...": the appositive is the name's.
        head = roles.toks[head.head]
    if (
        current.tag == "VBG"
        and head.lemma.lower() in event_words(name, "document_nouns")
        and not roles.actors_at(head.i, name)
    ):
        return _issuer(roles, head, name)
    for _ in range(3):
        found = roles.actors_at(head.i, name)
        if found or head.dep != "pobj" or head.head == head.i:
            return found
        prep = roles.toks[head.head]
        if prep.dep != "prep" or prep.head == prep.i:
            return found
        head = roles.toks[prep.head]
    return roles.actors_at(head.i, name)


def _says_that(roles: Roles, verb: Token) -> bool:
    """Whether `verb` says a "that" clause itself, which no passive participle does: in "Rui
    Alves, a senior senator, joked that Peru ..." the small parser reads "joked" as a
    participle describing Alves, who is its speaker, not whom it was done to. Verbs of telling
    have passives that do ("Alves, told that his visa had lapsed, ...")."""
    if verb.lemma.lower() in event_words("roles.target.addressee.v1", "addressing_verbs"):
        return False
    return says_that_clause(roles.doc, verb.i)


@rule("roles.source.misread-clause.v1")
def misread_clause(roles: Roles, site: Site) -> list[Filler]:
    """A verb the small parser hangs under a name it misreads still has the name before it as
    its subject: "Boric later raised duties" (the name read as the root verb, the real verb
    as its adverbial clause, or as the root noun with the verb a clause under it), "Boric
    hosted Lula in Santiago" (the verb read as an adjective between two names), "USAID provided
    $5 million" (the name read as an adverb of the verb) and "In talks with Peru, Chile's
    foreign minister rejected ..." (the subject read as an appositive of the opening phrase's
    object, `misread_appositive`). The actor of the name, or nothing."""
    token = site.token
    if not site.is_verb or any(
        roles.toks[c].dep in SUBJECT_DEPS for c in roles.doc.children[token.i]
    ):
        return []
    name = rule_id(misread_clause)
    # "USAID provided $5 million": an acronym the parser reads as an adverb of the verb.
    for child in roles.doc.children[token.i]:
        c = roles.toks[child]
        if c.dep in ("advmod", "npadvmod", "dep") and c.text[:1].isupper() and child < token.i:
            if found := roles.actors_at(child, name):
                return found
    if (appositive := misread_appositive(roles.doc, token)) is not None:
        return roles.actors_at(appositive, name)
    # A misread name sits right before the verb, so a head far before it is a real clause.
    if token.head == token.i or token.head < token.i - 3:
        return []
    head = roles.toks[token.head]
    if token.dep == "advcl" and head.i < token.i and head.pos == "VERB" and head.dep == "ROOT":
        return roles.actors_at(head.i, name)
    # A noun heads no clause of its own, so the root noun before the verb is its subject.
    if (
        token.dep in ("ccomp", "dep")
        and head.i < token.i
        and head.dep == "ROOT"
        and head.pos in ("NOUN", "PROPN")
    ):
        return roles.actors_at(head.i, name)
    return roles.actors_at(token.i - 1, name) if misread_adjective(roles, token) else []


@rule("roles.source.between.v1")
def between(roles: Roles, site: Site) -> list[Filler]:
    """The parties of a reciprocal noun's "between" phrase act on each other: "talks between
    Armenia and Azerbaijan". The parser hangs the phrase on the verb when the noun is its
    subject ("fighting broke out between Chilean troops and rebels", "clashes erupted between
    police and protesters"): it is still the noun's. A gerund subject is such a noun
    ("fighting between the army and rebels continued"), and so is one hung on a participle of
    the noun ("heavy fighting reported between troops and rebels"). A reciprocal passive's
    subject names its parties the same way: "a deal between Chile and Peru was signed"."""
    token = site.token
    if not site.reciprocal:
        return []
    gerund_noun = token.tag == "VBG" and token.dep in ("nsubj", "nsubjpass", "dobj", "pobj")
    if site.is_verb and not gerund_noun:
        done_to = [c for c in roles.doc.children[token.i] if roles.toks[c].dep == "nsubjpass"]
        parties = roles.prep_objects(done_to, ("between",))
        return roles.actors_at(parties[0], rule_id(between)) if parties else []
    heads = [token.i, *participles_of(roles, token)]
    if token.dep in ("nsubj", "nsubjpass") and token.head != token.i:
        heads.append(token.head)
    parties = roles.prep_objects(heads, ("between",))
    return roles.actors_at(parties[0], rule_id(between)) if parties else []


@rule("roles.source.casualties-opponent.v1")
def casualties_opponent(roles: Roles, site: Site) -> list[Filler]:
    """Whom people were killed or hurt fighting is who killed or hurt them: "two Chilean
    soldiers were killed in clashes with rebels", "a policeman died in a gunfight with
    smugglers" -> the rebels, the smugglers (their victims are the target,
    `roles.target.casualties.v1`). The fight noun is the object of "in" or "during" on a verb
    of dying or being hurt, and names its other side with "with"."""
    if casualty_verb(roles, site) is None:
        return []
    opponents = roles.prep_objects([site.token.i], ("with",))
    return roles.actors_at(opponents[0], rule_id(casualties_opponent)) if opponents else []


@rule("roles.source.act-subject.v1")
def act_subject(roles: Roles, site: Site) -> list[Filler]:
    """A verb of violence whose subject is a noun of a violent act with a "by" phrase is that
    agent's act: "the attack by Chilean troops killed ten soldiers" -> the Chilean troops (the
    noun alone names no target; the verb names whom the act hit). A possessor or an actor
    modifier of the noun ("Chile's bombing killed") is the subject's own actor already."""
    if not site.is_verb:
        return []
    for child in roles.doc.children[site.token.i]:
        noun = roles.toks[child]
        if noun.dep != "nsubj":
            continue
        if noun.pos != "NOUN" or roles.trigger_roots.get(noun.i) not in _VIOLENCE_ROOTS:
            return []
        act = replace(site, token=noun, pattern_tokens=(noun.i,), is_verb=False, light=False)
        return [replace(f, rule=rule_id(act_subject)) for f in by_phrase(roles, act)]
    return []


@rule("roles.source.responsible-party.v1")
def responsible_party(roles: Roles, site: Site) -> list[Filler]:
    """Who is said to be behind an act, or responsible for it, did it: "the rebels were behind
    the attack on the army base", "Chilean troops were responsible for the shelling of the
    town" -> the rebels, the troops. A noun of the act under "behind" on a copula, or under
    "for" on "responsible", takes the copula's subject; not when that is negated ("were not
    behind"), which denies it."""
    token = site.token
    if site.is_verb or token.dep != "pobj" or token.head == token.i:
        return []
    toks, children = roles.toks, roles.doc.children
    prep = toks[token.head]
    if prep.head == prep.i:
        return []
    holder = toks[prep.head]
    words = event_words(rule_id(responsible_party), "responsible_words")
    if prep.text.lower() == "for" and holder.lemma.lower() in words and holder.head != holder.i:
        copula = toks[holder.head]
    elif prep.text.lower() == "behind" and holder.lemma.lower() == "be":
        copula, holder = holder, holder
    else:
        return []
    if any(toks[c].dep == "neg" for c in (*children[copula.i], *children[holder.i])):
        return []
    subjects = [c for c in children[copula.i] if toks[c].dep == "nsubj"]
    return roles.actors_at(subjects[0], rule_id(responsible_party)) if subjects else []


@rule("roles.source.enacting-body.v1")
def enacting_body(roles: Roles, site: Site) -> list[Filler]:
    """What a law, decree or decision does, by a relative clause or an infinitive on it, is
    the act of whoever passed it: "Peru passed a law that bans Chilean fruit imports", "Bolivia
    approved a decree to expel Peruvian traders", "Chile adopted a set of decisions that
    strained relations with Peru" -> Peru, Bolivia, Chile. The noun is an instrument
    (`instrument_nouns`), or a number of them (`series_nouns`), and the object of a verb of
    enacting (`enacting_verbs`)."""
    token = site.token
    this = rule_id(enacting_body)
    if not site.is_verb or token.head == token.i:
        return []
    noun = roles.toks[token.head]
    children = [roles.toks[c] for c in roles.doc.children[token.i]]
    relative = token.dep == "relcl" and any(
        c.dep == "nsubj" and c.tag in RELATIVE_PRONOUN_TAGS for c in children
    )
    infinitive = token.dep == "acl" and any(c.dep == "aux" and c.tag == "TO" for c in children)
    instruments = event_words(this, "instrument_nouns")
    if not (relative or infinitive) or noun.lemma.lower() not in instruments:
        return []
    head = noun
    if noun.dep == "pobj" and roles.toks[noun.head].text.lower() == "of":
        # "adopted a set of decisions that ...": the number of them is what is adopted.
        head = roles.toks[roles.toks[noun.head].head]
        if head.lemma.lower() not in event_words(this, "series_nouns"):
            return []
    if head.dep != "dobj" or head.head == head.i:
        return []
    verb = roles.toks[head.head]
    if verb.lemma.lower() not in event_words(this, "enacting_verbs"):
        return []
    return [replace(f, rule=this, also=(f.rule,)) for f in agent_of(roles, verb, roles.switches)]


@rule("roles.source.prior-act.v1")
def prior_act_author(roles: Roles, site: Site) -> list[Filler]:
    """An act named by a definite noun with no author of its own, as the trigger or as the
    subject of the verb that reports what it did, is the act of the same kind the story
    reported just before, by the same authors: "Rebels shelled an army post on Monday. The attack
    killed three soldiers" and "... Three soldiers were killed in the attack" -> the rebels. A
    noun that only refers back to the act adds no party and is no second act: "Student unions
    condemned the arrest"."""
    token = site.token
    noun = token
    if site.is_verb:
        subjects = [c for c in roles.doc.children[token.i] if roles.toks[c].dep == "nsubj"]
        if not subjects:
            return []
        noun = roles.toks[subjects[0]]
    elif casualty_verb(roles, site) is None:
        return []
    if noun.i not in roles.trigger_roots or noun.pos != "NOUN" or not definite(roles, noun):
        return []
    if any(i in roles.index.at for i in roles.subtree(noun.i)):
        return []
    return prior_authors(roles, noun, rule_id(prior_act_author), lemma_too=False)


@rule("roles.source.possessor.v1")
def possessor(roles: Roles, site: Site) -> list[Filler]:
    """A nominal trigger's possessor or actor modifier acts: "Pyongyang's threat", "US
    sanctions", "the Iranian offer". A city that is not a seat of government only says where
    ("the Geneva talks"). Who hosts a meeting ("the UN-organized talks") is a party to it
    (`roles.target.organiser.v1`), not its author. The noun of an "of" phrase a pattern names
    the contents of a gift by lends it its modifiers: "a shipment of Chilean vaccines" is
    Chile's; a noun after another preposition names whom the act is aimed at ("a ban on
    Peruvian imports"), and the "of" phrase of an act done to someone its patient ("the
    expulsion of Peruvian diplomats")."""
    if site.is_verb:
        return []
    hosts = _meeting_organisers(roles, site)
    contents = _gift_contents(roles, site)
    for child in (c for head in (site.token.i, *contents) for c in roles.doc.children[head]):
        c = roles.toks[child]
        if c.dep in ("poss", "amod", "compound", "nmod") and child not in hosts:
            hit = roles.index.at.get(child)
            if hit is not None and (c.dep == "poss" or not hit[1].rule.startswith("gazetteer")):
                return [Filler(hit[0], hit[1], rule_id(possessor)), *_hyphened(roles, child)]
    return []


def _hyphened(roles: Roles, modifier: int) -> list[Filler]:
    """The actor joined to a modifier by a hyphen: "Chile-Peru talks", "the US-China trade
    talks" are both parties'."""
    children = [roles.toks[c] for c in roles.doc.children[modifier]]
    if not any(c.tag == "HYPH" for c in children):
        return []
    return [
        Filler(hit[0], hit[1], rule_id(possessor))
        for c in children
        if c.dep in ("compound", "nmod", "amod") and (hit := roles.index.at.get(c.i)) is not None
    ]


def _gift_contents(roles: Roles, site: Site) -> list[int]:
    """The nouns of the "of" phrases by which the pattern of a nominal act of giving names what
    is given ("a shipment of Chilean vaccines"); none for other acts."""
    if site.root not in _GIVING_ROOTS:
        return []
    toks = roles.toks
    return [
        i
        for i in site.pattern_tokens
        if i != site.token.i
        and toks[i].pos == "NOUN"
        and toks[i].dep == "pobj"
        and toks[i].head != i
        and toks[toks[i].head].text.lower() == "of"
    ]


@rule("roles.source.by-phrase.v1")
def by_phrase(roles: Roles, site: Site) -> list[Filler]:
    """A nominal trigger's "by" or "from" phrase names its agent: "a visit by the Pope", "an
    offer from Egypt", also when the parser hangs it on the verb of receiving the noun ("Peru
    received aid from Chile"), on the quantity received ("received a shipment of aid from
    Chile"), on a participle that describes the noun ("the sanctions imposed by Chile"), on
    the contents of a gift its pattern names ("a shipment of aid from Chile"), on the verb of
    arriving the noun is subject of ("aid arrived in Peru from Chile", `arrival_verbs`) or on
    the noun's patient ("the arrest of the activist by the police"); not the host of a meeting
    ("a meeting organized by the UN")."""
    if site.is_verb:
        return []
    hosts = _meeting_organisers(roles, site)
    heads = [site.token.i, *participles_of(roles, site.token)]
    # "the arrest of the activist by the police": the parser may hang "by" on the patient
    # ("from" there says where the patient is from).
    patients = roles.prep_objects([site.token.i], ("of",))
    # "a shipment of aid from Chile": the contents a pattern names carry the phrase too.
    contents = _gift_contents(roles, site)
    heads += contents
    patients = [p for p in patients if p not in contents]
    heads += _misattached_by(roles, site)
    arriving = roles.toks[site.token.head]
    if site.token.dep == "nsubj" and arriving.lemma.lower() in event_words(
        rule_id(by_phrase), "arrival_verbs"
    ):
        heads.append(arriving.i)
    if (verb := receiving_verb(roles, site)) is not None:
        heads.append(verb.i)
        prep = roles.toks[site.token.head]
        if site.token.dep == "pobj" and prep.text.lower() == "of" and prep.head != prep.i:
            heads.append(prep.head)
    for head in [*heads, *patients]:
        agents = ("by",) if head in patients else ("by", "from")
        for child in roles.doc.children[head]:
            c = roles.toks[child]
            if c.dep in ("prep", "agent") and c.text.lower() in agents:
                for pobj in roles.doc.children[child]:
                    found = [] if pobj in hosts else roles.actors_at(pobj, rule_id(by_phrase))
                    if found:
                        return found
    return []


def _misattached_by(roles: Roles, site: Site) -> list[int]:
    """The verb a nominal trigger's preposition hangs on, when the parser hung the act's "by"
    phrase, right after the noun's phrase, on that verb instead: "civilians died in an attack
    by rebels" (an active verb takes no agent of its own)."""
    prep = roles.toks[site.token.head]
    if site.token.dep != "pobj" or prep.dep != "prep" or prep.head == prep.i:
        return []
    verb = roles.toks[prep.head]
    after = max(roles.subtree(site.token.i)) + 1
    if (
        verb.pos != "VERB"
        or after >= len(roles.toks)
        or roles.toks[after].text.lower() != "by"
        or roles.toks[after].head != verb.i
        or any(roles.toks[c].dep == "auxpass" for c in roles.doc.children[verb.i])
    ):
        return []
    return [verb.i]


def _meeting_organisers(roles: Roles, site: Site) -> list[int]:
    """The tokens of who hosts the meeting a nominal trigger of root 04 names; of any other act
    ("a Chile-led offensive") who leads it is its author."""
    return organisers(roles, site.token) if site.root == "04" else []


@rule(CARGO_RULE)
def cargo(roles: Roles, site: Site) -> list[Filler]:
    """What a vehicle carries is the act of whoever sends the vehicle: "Chile sent a plane
    carrying 20 tons of humanitarian aid to Peru", "dispatched a ship loaded with food" ->
    Chile (`cargo_of`)."""
    if site.is_verb or (found := cargo_of(roles.doc, site.token)) is None:
        return []
    return _subject_actors(roles, found[1], rule_id(cargo))


@rule("roles.source.light-verb.v1")
def light_verb(roles: Roles, site: Site) -> list[Filler]:
    """A nominal trigger that is the object of a verb with no event of its own (or of a
    statement verb) takes that verb's agent: "Egypt issued a warning", "the two sides held
    talks", "engaged in talks", "arrived in Moscow for a visit". Not "Ghana turned down an offer
    of talks": the offer is not Ghana's. Nor an act the story told just before, which a
    definite noun refers back to: in "Police arrested two students. The president defended the
    arrest", the president defends the arrest, which the police made."""
    if site.is_verb or not site.light:
        return []
    governor = roles.governing_verb(site.token)
    if governor is None:
        return []
    noun = site.token
    if (
        definite(roles, noun)
        and not any(i in roles.index.at for i in roles.subtree(noun.i))
        and prior_authors(roles, noun, rule_id(light_verb), lemma_too=False)
    ):
        return []
    if governor.lemma.lower() in event_words(rule_id(receiver), "receiving_verbs"):
        # "Peru faces accusations": who undergoes an act is its target, not its agent.
        return []
    if any(
        roles.toks[c].dep == "nsubj" and c in roles.trigger_roots
        for c in roles.doc.children[governor.i]
    ):
        # "The Lima talks follow talks in Quito": one act after another, not an agent's.
        return []
    verb_site = replace(site, token=governor, is_verb=True)
    for find in (subject, passive_agent, controller, reduced_relative):
        found = find(roles, verb_site)
        if found:
            return [replace(f, rule=rule_id(light_verb), also=(f.rule, *f.also)) for f in found]
    return []


@rule("roles.source.relative-author.v1")
def relative_author(roles: Roles, site: Site) -> list[Filler]:
    """A nominal trigger that a relative clause says someone did is that someone's act: "the
    tariffs Chile imposed on Peru took effect", "the sanctions that the EU announced" are
    Chile's and the EU's. The subject of a relative clause on the noun whose verb has no
    object of its own but the relative pronoun and tells no event of its own."""
    if site.is_verb:
        return []
    for clause in roles.doc.children[site.token.i]:
        c = roles.toks[clause]
        if c.dep != "relcl" or c.pos != "VERB" or clause in roles.trigger_roots:
            continue
        objects = [o for o in roles.doc.children[clause] if roles.toks[o].dep == "dobj"]
        if any(roles.toks[o].tag not in RELATIVE_PRONOUN_TAGS for o in objects):
            continue
        for child in roles.doc.children[clause]:
            if roles.toks[child].dep == "nsubj" and roles.toks[child].tag not in (
                RELATIVE_PRONOUN_TAGS
            ):
                return roles.actors_at(child, rule_id(relative_author))
    return []


@rule(VISITING_RULE)
def visiting_participle(roles: Roles, site: Site) -> list[Filler]:
    """"Visiting" before a name describes the visitor: "Biden met visiting Chinese Premier Li
    Qiang", "the visiting Chilean minister said" -> the Chinese premier and the Chilean minister
    visit; their host is the other party (`roles.target.host.v1`)."""
    visitor = visitor_of(roles, site.token)
    if visitor is None:
        return []
    return roles.actors_at(visitor, rule_id(visiting_participle))


@rule("roles.source.occasion.v1")
def occasion(roles: Roles, site: Site) -> list[Filler]:
    """A visit, meeting or talks that set the time of what a clause reports are its subject's:
    "the minister spoke to reporters during a visit to Peru", "after a meeting with Peruvian
    officials, the president said ..." -> the minister visits Peru, the president meets the
    officials. Only for consultations (the chain gives the roots): "after an attack on the
    convoy, the minister said" is no attack by the minister. "On" sets the occasion only beside
    the subject ("the president, on a visit to Lima, said") or before the clause ("on a visit to
    Lima, the president said"): "spoke on the talks" is a topic."""
    token = site.token
    if site.is_verb or token.dep != "pobj":
        return []
    prep = roles.toks[token.head]
    if prep.dep != "prep" or prep.text.lower() not in event_words(rule_id(occasion), "preps"):
        return []
    verb = roles.toks[prep.head]
    if verb.dep in SUBJECT_DEPS and verb.pos in ("NOUN", "PROPN"):
        # Set off by commas on the subject: "the Chilean president, on a visit to Lima, urged".
        return roles.actors_at(verb.i, rule_id(occasion))
    if verb.pos not in ("VERB", "AUX") or (
        prep.text.lower() == "on" and (prep.i > verb.i or not _one_occasion(roles, token))
    ):
        # Fronted, "on" sets the occasion of one visit or meeting too: "On a visit to Lima,
        # the president said", "on her tour of Peru"; "on the talks, ..." is a topic.
        return []
    if prep.text.lower() in ("in", "at") and not any(
        roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "with"
        for c in roles.doc.children[token.i]
    ):
        # "In a phone call with Peru's president, the minister said", "at a meeting with
        # Bolivian officials": "in" and "at" set an occasion the subject shares only with
        # someone it names.
        return []
    # Only a clause that reports: "hopes to sign it during talks with Peru" plans them.
    if any(roles.toks[c].dep == "aux" and roles.toks[c].tag in ("TO", "MD")
           for c in roles.doc.children[verb.i]):  # fmt: skip
        return []
    verb_site = replace(site, token=verb, is_verb=True)
    for find in (subject, passive_agent, controller):
        found = find(roles, verb_site)
        if found:
            return [replace(f, rule=rule_id(occasion), also=(f.rule, *f.also)) for f in found]
    return []


def _one_occasion(roles: Roles, noun: Token) -> bool:
    """Whether `noun` names one occasion, by "a" or a possessive pronoun ("a visit", "his
    trip")."""
    return any(
        (roles.toks[c].dep == "det" and roles.toks[c].text.lower() in ("a", "an"))
        or (roles.toks[c].dep == "poss" and roles.toks[c].pos == "PRON")
        for c in roles.doc.children[noun.i]
    )


@rule("roles.source.implied-authority.v1")
def implied_authority(roles: Roles, site: Site) -> list[Filler]:
    """Arrests, detentions, charges and sentences are acts of a state's authorities, so a
    passive that names no agent is the state's act: "a Chilean journalist was arrested in Lima"
    -> Peru; with no place named, the state of the people it was done to ("two Peruvian
    activists were jailed" -> Peru). So is a release from prison or custody ("was freed from
    jail", "was released on bail"), though not a release of hostages. So are bans only a state
    imposes ("opposition rallies were banned in Lima") and accusations of a crime in law ("was
    accused of treason"). Not expulsions: a state expels foreigners. A noun of custody that
    names no author is the state's act too: "the arrest of two Chilean activists in Lima" ->
    Peru, "the jailing of the Peruvian journalist" -> Peru; and so is custody people are said
    to be in ("a Chilean activist remains in custody in Lima" -> Peru)."""
    token = site.token
    this = rule_id(implied_authority)
    if not site.is_verb:
        if token.lemma.lower() not in event_words(this, "custodial_nouns") or _told_before(
            roles, token
        ):
            return []
        patients = roles.prep_objects([token.i], ("of",))
        if (held := roles.held_subject(token)) is not None:
            patients.append(held)
        return _authority_of(roles, token, patients[0]) if patients else []
    lemma = token.lemma.lower()
    custody = lemma in event_words(this, "release_verbs") and (
        any(
            roles.toks[c].dep == "prep"
            and roles.toks[p].dep == "pobj"
            and (
                (
                    roles.toks[c].text.lower() == "from"
                    and roles.toks[p].lemma.lower() in event_words(this, "custody_nouns")
                )
                or (
                    roles.toks[c].text.lower() == "on"
                    and roles.toks[p].lemma.lower() in event_words(this, "release_terms")
                )
            )
            for c in roles.doc.children[token.i]
            for p in roles.doc.children[c]
        )
        or _released_after_custody(roles, token)
    )
    state_only = event_words(this, "custodial_verbs") | event_words(this, "restricting_verbs")
    # "was accused of treason": a charge of a crime in law is laid by the state.
    charged = lemma == "accuse" and any(
        roles.toks[p].lemma.lower() in event_words(this, "crimes")
        for c in roles.doc.children[token.i]
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "of"
        for p in roles.doc.children[c]
    )
    if site.root == "11" and not charged:
        # Of speech, only a charge of a crime in law is the authorities'.
        return []
    patient = _agentless_patient(roles, token)
    if patient is None:
        return []
    if lemma in event_words(this, "release_verbs") and not custody:
        # "Rui Alves, detained in Lima in May, was released", or released after the story
        # told of a detention: let go from custody by whoever held them.
        if (holder := _custodian(roles, token, patient)) is not None:
            return holder
    if lemma not in state_only and not custody and not charged:
        return []
    if (releaser := _releaser(roles, token)) is not None:
        return releaser
    return _authority_of(roles, token, patient)


def _released_after_custody(roles: Roles, release: Token) -> bool:
    """Whether the release ends a custody its own clause tells of: "was freed a week after
    his arrest", "was released after two months in detention", "was let go after being held
    for days", "Detained in May, she was released on Monday"."""
    this = rule_id(implied_authority)
    custodial = (
        event_words(this, "custodial_verbs")
        | event_words(this, "custodial_nouns")
        | event_words(this, "custody_nouns")
        | {"hold"}
    )
    for i in roles.subtree(release.i):
        word = roles.toks[i]
        if i == release.i or word.lemma.lower() not in custodial:
            continue
        if word.dep == "advcl" and word.tag == "VBN" and word.head == release.i and i < release.i:
            return True
        while word.head != release.i and word.head != word.i:
            word = roles.toks[word.head]
            if word.dep == "prep" and word.text.lower() in ("after", "following"):
                return True
    return False


def _releaser(roles: Roles, participle: Token) -> list[Filler] | None:
    """Whoever frees people, or orders them freed, held them: in "Peru freed Rui Alves, a
    journalist detained in May" and "a Peruvian court ordered the release of Rui Alves, a
    journalist arrested in May" Peru detained him; not who asks for a release, only who
    orders or grants it (`ordering_verbs`). The releasing state, when a participle of custody
    describes the object of a verb or noun of release, else None."""
    this = rule_id(implied_authority)
    if participle.dep != "acl" or participle.head == participle.i:
        return None
    noun = roles.toks[participle.head]
    while noun.dep == "appos" and noun.head != noun.i:
        noun = roles.toks[noun.head]
    release = roles.toks[noun.head]
    if noun.dep == "pobj" and release.text.lower() == "of" and release.head != release.i:
        release = roles.toks[release.head]
    elif noun.dep != "dobj":
        return None
    if release.lemma.lower() not in event_words(this, "release_verbs"):
        return None
    verb = release if release.pos == "VERB" else roles.toks[release.head]
    if verb is not release and verb.lemma.lower() not in event_words(this, "ordering_verbs"):
        # "Chile demanded the release of ...": who asks for a release does not hold them.
        return None
    agent = _own_agent(roles, verb.i, this) if verb.pos == "VERB" else None
    states = [
        a.country for f in agent or [] for a in roles.index.members(f.actor) if a.country
    ]
    if not states:
        return None
    return [implied_filler(states[0], participle, roles, this)]


def _custodian(roles: Roles, release: Token, patient: int) -> list[Filler] | None:
    """Who held people a verb of release frees, when no prison or bail says it: the state of
    the place or the agent of a participle of custody that describes them ("Rui Alves,
    detained in Lima in May, was released"), else the author of the custody the story told
    of last, a few sentences before at most. None when neither says it."""
    this = rule_id(implied_authority)
    custodial = event_words(this, "custodial_verbs") | {"hold"}
    if held := participle_holder(roles, patient, custodial, release, this):
        return held
    return latest_authors(roles, release, (_CUSTODY_ROOT,), this) or None


def _told_before(roles: Roles, noun: Token) -> bool:
    """Whether a noun of an act refers to one the story has told, not to a new one: it sets
    the time of another ("since his detention", "after the jailing of two students") or,
    definite, names an act of a kind the story reported before ("Police arrested Rui Alves.
    ... Chile called his detention unjust")."""
    head = roles.toks[noun.head]
    if noun.dep == "pobj" and head.text.lower() in modality_words().time_prepositions:
        return True
    kind = roles.trigger_roots.get(noun.i)
    return definite(roles, noun) and any(
        act < noun.i and root == kind for act, _, root, _ in roles.acts
    )


def _authority_of(roles: Roles, token: Token, patient: int) -> list[Filler]:
    """The state whose authorities did the act of `token` to `patient`: the state whose
    prison or custody it names (`_custody_owner`), else the state of the place it was done
    in, else the state of the people it was done to."""
    this = rule_id(implied_authority)
    if owner := _custody_owner(roles, token):
        return owner
    place = roles.placed_in(roles.location_heads(token), frozenset(), this)
    if place and place[0].actor.country:
        return [implied_filler(place[0].actor.country, token, roles, this)]
    for filler in roles.actors_at(patient, this):
        for actor in roles.index.members(filler.actor):
            if actor.country:
                return [implied_filler(actor.country, token, roles, this)]
    return []


def _custody_owner(roles: Roles, token: Token) -> list[Filler]:
    """The state a prison or custody is said to belong to, by a modifier of the noun of
    custody that is `token` or the object of its "from" or "in": "was freed from a Chilean
    prison", "was released from Peruvian custody", "remains in Chilean custody" -> Chile, a
    state whether or not the people it held are its own."""
    this = rule_id(implied_authority)
    custody = event_words(this, "custody_nouns")
    nouns = [token.i] if token.lemma.lower() in custody else []
    nouns += [
        p
        for c in roles.doc.children[token.i]
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() in ("from", "in", "into")
        for p in roles.doc.children[c]
        if roles.toks[p].dep == "pobj" and roles.toks[p].lemma.lower() in custody
    ]
    for noun in nouns:
        for m in roles.doc.children[noun]:
            if roles.toks[m].dep not in ("amod", "compound", "poss", "nmod"):
                continue
            for filler in roles.actors_at(m, this):
                for actor in roles.index.members(filler.actor):
                    if actor.country:
                        return [implied_filler(actor.country, token, roles, this)]
    return []


@rule("roles.source.crowd.v1")
def crowd(roles: Roles, site: Site) -> list[Filler]:
    """A crowd the text knows only by its size protests as civilians of the place it protests
    in: "thousands marched in Lima against the decision", "hundreds of people rallied outside
    the embassy in Santiago" -> Peruvian, Chilean civilians (with no place named, civilians
    the pair rules may place). The subject of the protest verb is a noun of `crowd_nouns`
    that names no actor, or one whose "of" phrase is one ("thousands of people"). A protest
    named by a noun with no author of its own is such a crowd's when the text places it:
    "protests against the government spread to Lima" -> Peruvian civilians."""
    token = site.token
    this = rule_id(crowd)
    if not site.is_verb:
        return _placed_protesters(roles, token)
    crowd_nouns = event_words(this, "crowd_nouns")
    for child in roles.doc.children[token.i]:
        subject = roles.toks[child]
        if subject.dep != "nsubj" or roles.actors_at(child, this):
            continue
        words = [subject] + [
            roles.toks[p]
            for of in roles.doc.children[child]
            if roles.toks[of].dep == "prep" and roles.toks[of].text.lower() == "of"
            for p in roles.doc.children[of]
            if roles.toks[p].dep == "pobj"
        ]
        if words[-1].lemma.lower() not in crowd_nouns:
            return []
        country = _placed_state(roles, roles.location_heads(token))
        return [_civilians(country, subject)]
    return []


def _placed_protesters(roles: Roles, noun: Token) -> list[Filler]:
    """The civilians of the state the text places a protest noun in: in its own phrases, or
    in those of the verb it is the subject of ("protests continued in Lima")."""
    heads = roles.location_heads(noun)
    if noun.dep == "nsubj" and noun.head != noun.i:
        heads.append(noun.head)
    country = _placed_state(roles, heads)
    return [_civilians(country, noun)] if country else []


def _placed_state(roles: Roles, heads: list[int]) -> str | None:
    """The country of the first state a locative phrase of `heads` names: a place, not a body
    there ("outside the Chilean embassy in Lima" is in Peru)."""
    places = roles.placed_in(heads, frozenset(), rule_id(crowd))
    return next((f.actor.country for f in places if not f.actor.sectors), None)


def _civilians(country: str | None, word: Token) -> Filler:
    """Civilians of `country` (or of no country yet) named by `word`, as a crowd's filler."""
    code = (country or "") + "CVL"
    people = Actor(code, word.text, "civilians", "group", country, ("CVL",), code, (),
                   "implied:crowd")  # fmt: skip
    mention = Mention(word.idx, word.end, word.text, word.sent, word.i, word.i + 1, "crowd")
    return Filler(people, mention, rule_id(crowd))


@rule("roles.source.security-operation.v1")
def security_operation(roles: Roles, site: Site) -> list[Filler]:
    """Rebels, militants or gunmen killed or captured in a passive that names no agent fell to
    the state's forces, as such reports are written after security operations: "twelve
    militants were killed in the north" -> the state of the place named, else of the fighters
    ("five Chilean rebels were killed" -> Chile)."""
    token = site.token
    this = rule_id(security_operation)
    if not site.is_verb or token.lemma.lower() not in event_words(this, "verbs"):
        return []
    patient = _agentless_patient(roles, token)
    if patient is None:
        return []
    fighters = event_words(this, "fighter_sectors")
    found = [
        actor
        for filler in roles.actors_at(patient, this)
        for actor in roles.index.members(filler.actor)
    ]
    if not found or not all(set(a.sectors) & fighters for a in found):
        return []
    place = roles.placed_in(roles.location_heads(token), frozenset(), this)
    country = place[0].actor.country if place else None
    country = country or next((a.country for a in found if a.country), None)
    return [implied_filler(country, token, roles, this)] if country else []


@rule("roles.source.expelling-body.v1")
def expelling_body(roles: Roles, site: Site) -> list[Filler]:
    """Whoever is expelled, suspended or dismissed "from" an organisation or a state, in a
    passive that names no agent, is put out by it: "the senator was expelled from the ruling
    party" -> the party expels the senator; "two diplomats were expelled from Chile" -> Chile
    expels them."""
    token, this = site.token, rule_id(expelling_body)
    if not _agentless_passive(roles, site, this, "expelling_verbs"):
        return []
    found = roles.prep_object(token.i, ("from",), frozenset(), this)
    return [f for f in found if f.actor.kind != "person"]


def _agentless_passive(roles: Roles, site: Site, name: str, verbs: str) -> bool:
    """Whether the trigger is a verb of the list `verbs` of rule `name` in a passive that
    names no agent."""
    token = site.token
    return (
        site.is_verb
        and token.lemma.lower() in event_words(name, verbs)
        and _agentless_patient(roles, token) is not None
    )


@rule("roles.source.forces-moved.v1")
def forces_moved(roles: Roles, site: Site) -> list[Filler]:
    """Forces deployed, sent or put on alert in a passive that names no agent are moved by
    their own side: "Peruvian troops were deployed to the Chilean border", "Peru's army was
    placed on alert" -> Peru's military. The passive subject, when it names a state's forces
    (`forces_sectors`)."""
    if not site.is_verb or (patient := _agentless_patient(roles, site.token)) is None:
        return []
    forces = event_words(rule_id(forces_moved), "forces_sectors")
    return [
        f
        for f in roles.actors_at(patient, rule_id(forces_moved))
        if f.actor.country and set(f.actor.sectors) & forces
    ]


@rule("roles.source.state-measure.v1")
def state_measure(roles: Roles, site: Site) -> list[Filler]:
    """Security tightened or patrols stepped up, in a passive that names no agent, are
    measures only a state's authorities take: those of the place named ("security was
    tightened in Lima" -> Peru), else of the country the story is about ("patrols were
    increased across the capital"). The passive subject must be one of the pattern's words and
    a measure of `state_measures`. (An emergency declared may be a hospital's: the chain's
    roots keep this to shows of force.)"""
    if not site.is_verb or (measure := _agentless_patient(roles, site.token)) is None:
        return []
    this = rule_id(state_measure)
    if measure not in site.pattern_tokens or roles.toks[measure].lemma.lower() not in (
        event_words(this, "state_measures")
    ):
        return []
    place = roles.placed_in(roles.location_heads(site.token), frozenset(), this)
    country = place[0].actor.country if place else None
    country = country or roles.story_country
    return [implied_filler(country, site.token, roles, this)] if country else []


@rule("roles.source.goods-sent.v1")
def goods_sent(roles: Roles, site: Site) -> list[Filler]:
    """Aid sent, delivered or shipped in a passive that names no agent comes from whoever the
    goods are said to be from: "Chilean aid was delivered to Peru", "weapons from Chile were
    shipped to Peru" -> Chile. The actor that modifies the passive subject the trigger's
    pattern names, or the object of its "from"; a city that is no seat of government only says
    where the goods were ("Lima aid"), as for `roles.source.possessor.v1`."""
    if not site.is_verb or (goods := _agentless_patient(roles, site.token)) is None:
        return []
    if goods not in site.pattern_tokens:
        return []
    this = rule_id(goods_sent)
    for child in roles.doc.children[goods]:
        dep = roles.toks[child].dep
        hit = roles.index.at.get(child)
        if dep in ("poss", "amod", "compound", "nmod") and hit is not None:
            if dep == "poss" or not hit[1].rule.startswith("gazetteer"):
                return [Filler(hit[0], hit[1], this)]
    for origin in roles.prep_objects([goods], ("from",)):
        if found := roles.actors_at(origin, this):
            return found
    return []


@rule("roles.source.summoning-body.v1")
def summoning_body(roles: Roles, site: Site) -> list[Filler]:
    """Whoever is summoned "to" a ministry or an office, in a passive that names no agent, is
    summoned by it: "Peru's ambassador was summoned to the Chilean foreign ministry" -> Chile's
    government summons him. Only a body the phrase names itself, not a person or a place
    ("summoned to Lima"), nor one only inferred from others ("the foreign ministry"); a
    ministry named by no country is that of the country the envoy is posted in: "Peru's envoy
    in Santiago was summoned to the foreign ministry" -> Chile (`body_nouns`)."""
    token, this = site.token, rule_id(summoning_body)
    if not _agentless_passive(roles, site, this, "summoning_verbs"):
        return []
    phrases = [
        roles.subtree(c)
        for c in roles.doc.children[token.i]
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "to"
    ]
    found = [
        f
        for f in roles.prep_object(token.i, ("to",), frozenset(), this)
        if (f.actor.kind == "organization" or f.actor.sectors)
        and not f.also
        and not f.mention.rule.startswith("role-anaphor")
        and any(f.mention.token_start in phrase for phrase in phrases)
    ]
    bodies = [
        b
        for b in roles.prep_objects([token.i], ("to",))
        if roles.toks[b].lemma.lower() in event_words(this, "body_nouns")
    ]
    envoy = _agentless_patient(roles, token)
    if found or not bodies or envoy is None:
        return found
    posted = roles.placed_in([envoy], frozenset(), this)
    if not posted:
        return []
    return [implied_filler(posted[0].actor.country, roles.toks[bodies[0]], roles, this)]


@rule("roles.source.unattributed-violence.v1")
def unattributed_violence(roles: Roles, site: Site) -> list[Filler]:
    """A bombing or blast the text gives no author is coded, as event data code an unknown
    perpetrator, by the state it happened in: "a roadside bomb killed two Peruvian soldiers
    near Arica" -> Chile, "two Chilean traders were wounded in a market bombing in Lima" ->
    Peru. The act names no agent: a noun of violence with no actor in it, a verb whose subject
    or "by" agent is one or a concealed weapon (`concealed_weapons`: a bomb, a mine, not a
    missile, which a state's forces fire), or a passive with no agent that happened "in" a
    noun of violence (a bare passive, "two reporters were shot dead", tells a private crime
    as often). The place is a locative phrase of the act or of the noun of violence. The
    country code names no state organ: CAMEO's bare country is any actor of that country."""
    token = site.token
    this = rule_id(unattributed_violence)
    weapons = event_words(this, "concealed_weapons")
    nouns: list[Token] = []
    if not site.is_verb:
        verb = casualty_verb(roles, site)
        if verb is not None and verb.i in roles.trigger_roots:
            return []  # "were wounded in a bombing": the wounding is the act coded.
        nouns = [token]
    else:
        for child in roles.doc.children[token.i]:
            c = roles.toks[child]
            if c.dep in ("nsubj", "agent"):
                agent = c if c.dep == "nsubj" else next(
                    (roles.toks[p] for p in roles.doc.children[child]
                     if roles.toks[p].dep == "pobj"), None,
                )  # fmt: skip
                if agent is None or agent.pos != "NOUN":
                    return []
                nouns.append(agent)
        if not nouns:
            if _agentless_patient(roles, token) is None:
                return []
            # "were wounded in a bombing": the bombing, not a bare passive, which a private
            # crime is told in as often.
            nouns = [
                roles.toks[p]
                for p in roles.prep_objects([token.i], ("in",))
                if roles.toks[p].i in roles.trigger_roots
            ]
            if not nouns:
                return []
    for noun in nouns:
        # Its modifiers and "by" phrase name an author; its place phrases do not.
        modifiers = [
            i
            for c in roles.doc.children[noun.i]
            if roles.toks[c].dep in ("poss", "amod", "compound", "nmod")
            for i in roles.subtree(c)
        ]
        by = roles.prep_objects([noun.i], ("by", "from"))
        if any(i in roles.index.at for i in (*modifiers, *by)):
            return []
        if noun.i not in roles.trigger_roots and not any(
            roles.toks[i].lemma.lower() in weapons for i in (noun.i, *modifiers)
        ):
            return []
    heads = [h for n in (token, *nouns) for h in roles.location_heads(n)]
    place = roles.placed_in(heads, frozenset(), this)
    country = place[0].actor.country if place else None
    return [implied_filler(country, token, roles, this)] if country else []


def _agentless_patient(roles: Roles, verb: Token) -> int | None:
    """The patient of passive `verb` (`Roles.passive_patient`) when it names no "by" agent,
    else None."""
    if any(roles.toks[c].dep == "agent" for c in roles.doc.children[verb.i]):
        return None
    return roles.passive_patient(verb)


@rule("speech.source.speaker.v1")
def speaker(roles: Roles, site: Site) -> list[Filler]:
    """Inside a direct quotation, a speech act that names no source of its own is the
    speaker's: '"There will be consequences," the minister said' -> the minister threatens.
    An act whose clause has a subject the rules could not code ('"our neighbours will not let
    us in"') is that subject's, not the speaker's."""
    if not site.quoted or not site.speakers:
        return []
    if site.is_verb and any(
        roles.toks[c].dep in ("nsubj", "nsubjpass") for c in roles.doc.children[site.token.i]
    ):
        return []
    return [Filler(s.actor, s.mention, rule_id(speaker)) for s in site.speakers]


@rule("speech.source.first-person.v1")
def first_person(roles: Roles, site: Site) -> list[Filler]:
    """Inside a direct quotation, an act whose subject is "we" or "I" is the speaker's:
    '"We will send more troops," the president said' -> the president."""
    if not site.quoted or not site.first_person or not site.speakers:
        return []
    return [Filler(s.actor, s.mention, rule_id(first_person)) for s in site.speakers]


@rule("modality.source.restrainer.v1")
def restrainer(roles: Roles, site: Site) -> list[Filler]:
    """Who holds back from an act with no agent of its own holds back from their own act:
    "Japan ruled out military action" -> Japan's (negated) military action."""
    return [replace(f, rule=rule_id(restrainer), also=(f.rule,)) for f in site.restrainers]


def agent_of(roles: Roles, verb: Token, switches: RuleSwitches) -> list[Filler]:
    """The agent of any verb by the verbal source rules that are on (for the verb by which
    someone holds back from an act)."""
    site = Site(verb, (), "", True, False, False, False, (), (), False, (), ())
    for find in (subject, passive_agent, controller, reduced_relative):
        if switches.on(rule_id(find)):
            found = find(roles, site)
            if found:
                return found
    return []
