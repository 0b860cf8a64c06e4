"""Target rules: whom a trigger's act is directed at. Each is a registered rule; the event stage
tries them in the order `data/events/chains.yaml` gives (some only for the roots it lists) and
takes the first that finds an actor outside the source's own mentions."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from ..actors.lexicon import STATE_SECTORS
from ..geo import country_name
from ..records import Actor, Mention, ParsedDoc, Token
from ..rules import rule, rule_id
from .clause import purpose_infinitive
from .modality import renaming_clause
from .roles import (
    ORGANISER_RULE,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    Filler,
    Roles,
    Site,
    cargo_of,
    event_words,
    misread_adjective,
    organisers,
    participles_of,
    quantity_of,
    visitor_of,
)
from .speech import cue_lemmas, reported_clauses

# Roots of force. Their words also have figurative and verbal senses (`figurative_force` in
# extract.py), and an attack in a group's own country is on that country (`location`).
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Statements, appeals, demands, accusations, rejections and threats: acts of speech.
SPEECH_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# Praise, criticism and rejection: reactions aimed at whoever did what they react to.
REACTION_ROOTS = frozenset({"05", "11", "12"})
# Acts done to people, from protest (14) to mass violence (20): the roots at or after this one.
_HARM_ROOTS_FROM = "14"
# Appeals, demands and threats: acts that ask or warn someone to act.
_DIRECTIVE_ROOTS = frozenset({"02", "10", "13"})
# Acts of giving and of deploying, where what a verb of sending takes as its object is what
# is given or deployed (not "sent two activists to prison", where it is the patient).
_PROVISION_ROOTS = frozenset({"03", "06", "07", "15"})
# How many sentences back a reaction's "the arrest" may find the arrest it reacts to.
PRIOR_ACT_WINDOW = 4


@rule("roles.target.passive-subject.v1")
def passive_subject(roles: Roles, site: Site) -> list[Filler]:
    """The subject of a passive verbal trigger is its patient: "Two journalists were arrested
    by police" -> the journalists; so is the antecedent of a relative pronoun subject ("a
    journalist who was arrested") and the noun a participle follows ("a journalist arrested
    in Lima"). A subject that is the thing done takes the trigger's target prepositions:
    "sanctions on Peru were imposed by Chile", "aid to Peru was financed by Chile" -> Peru."""
    if not site.is_verb:
        return []
    patient = roles.passive_patient(site.token)
    if patient is None:
        return []
    return roles.actors_at(patient, rule_id(passive_subject)) or roles.prep_object(
        patient, site.preps, site.skip, rule_id(passive_subject)
    )


@rule("roles.target.object.v1")
def direct_object(roles: Roles, site: Site) -> list[Filler]:
    """The direct object of a verbal trigger, else its indirect object, is the target (or the
    object's possessor: "condemned North Korea's launch"; for a reaction, the author the object's
    "by" names: "condemned the arrest of the activist by the police", "rejected the proposal
    made by Chile"): "Russia expelled two Polish
    diplomats", "the minister promised Kyiv more air defence". A reaction to a detention no
    one is named for is aimed at the state it happened in (`_custody_state`), and what a verb
    takes as "what" someone calls it is its object (`_named_objects`: "condemned what it
    called Peru's aggression"), as is a noun the parser reads as a predicate
    (`_object_read_as_predicate`) or as the subject of a participle on it
    (`_object_read_as_clause_subject`). An object inside the trigger's pattern ("deployed
    troops") is no target, nor what a verb of sending gives or deploys (`sending_verbs`), nor
    the object of a trigger whose object is a topic ("the ministers discussed Ukraine")."""
    if not site.is_verb or site.topic_object:
        return []
    children = roles.doc.children[site.token.i]
    channels: Container[int] = ()
    if _press_hears(site) and roles.switches.on(rule_id(speech_channel)):
        channels = speech_channel(roles, site)
    # What a verb of sending gives or deploys is its object ("sent doctors to Peru to help"):
    # whom it goes to is its "to" phrase or its indirect object.
    sending = site.root in _PROVISION_ROOTS and site.token.lemma.lower() in event_words(
        rule_id(direct_object), "sending_verbs"
    )
    misread = _object_read_as_predicate(roles, site.token.i) + _object_read_as_clause_subject(
        roles, site.token.i
    )
    for dep in ("dative",) if sending else ("dobj", "dative"):
        for child in (*children, *(m for m in misread if m not in children)):
            if (
                (roles.toks[child].dep == dep or (dep == "dobj" and child in misread))
                and child not in site.skip
                and child not in channels
            ):
                found = []
                if site.root in REACTION_ROOTS:
                    # "condemned the arrest of the activist by the police": the police, also
                    # where the parser hangs "by" on the activist, or on the object of an "on"
                    # or "against" ("the attack on our embassy by Peru").
                    found = roles.prep_object(child, ("by",), site.skip, rule_id(direct_object))
                    for patient in roles.prep_objects([child], ("of", "on", "against")):
                        found = found or roles.prep_object(
                            patient, ("by",), site.skip, rule_id(direct_object)
                        )
                    # "rejected the proposal made by Chile": the agent of a participle that
                    # describes the object.
                    for participle in participles_of(roles, roles.toks[child]):
                        if any(
                            roles.toks[c].dep in ("mark", *PASSIVE_SUBJECT_DEPS, *SUBJECT_DEPS)
                            for c in roles.doc.children[participle]
                        ):
                            # "the claim that the attack was planned by ...": a clause.
                            continue
                        found = found or [
                            f
                            for agent in roles.doc.children[participle]
                            if roles.toks[agent].dep == "agent"
                            for author in roles.doc.children[agent]
                            if author not in site.skip
                            for f in roles.actors_at(author, rule_id(direct_object))
                        ]
                    found = found or _custody_state(roles, roles.toks[child], site.skip)
                found = found or [
                    f
                    for f in roles.actors_at(child, rule_id(direct_object))
                    if f.mention.token_start not in site.skip
                ]
                if found:
                    return found
    for clause in children:
        # "allowed UN inspectors to visit": the parser makes the object that the pattern names
        # the subject of the infinitive after it.
        if roles.toks[clause].dep in ("ccomp", "xcomp"):
            for sub in roles.doc.children[clause]:
                if (
                    roles.toks[sub].dep == "nsubj"
                    and sub in site.pattern_tokens
                    and sub not in site.skip
                    and (found := roles.actors_at(sub, rule_id(direct_object)))
                ):
                    return found
    for named in _named_objects(roles, site.token.i):
        # "condemned what it called Peru's aggression": the act so named is the object.
        if named not in site.skip and (found := roles.actors_at(named, rule_id(direct_object))):
            return found
    for child in children:
        # "met visiting Chinese Premier Li": the parser hangs the guest on the participle.
        visitor = visitor_of(roles, roles.toks[child])
        if visitor is not None and visitor not in site.skip:
            return roles.actors_at(visitor, rule_id(direct_object))
    return []


def _object_read_as_predicate(roles: Roles, verb: int) -> list[int]:
    """The object the parser reads as the first of two object predicates of a verb with no
    object: in "called the Peruvian move to tax wine disappointing" it hangs both "move" and
    "disappointing" on "called" as predicates, and the first, a noun, is what is called so. It
    may also hang the object on the predicate, as its subject or a compound ("called Peru's
    decision unfair"), or as an appositive of an "as" predicate put before the object
    ("denounced as a crime Peru's crackdown"), or as the "as" phrase's noun itself after an
    adjective predicate ("condemned as illegal Peru's decision")."""
    kids = roles.doc.children[verb]
    if any(roles.toks[c].dep == "dobj" for c in kids):
        return []
    # An object put after its "as" predicate ("denounced as a crime Peru's crackdown") hangs
    # on the predicate as an appositive with no comma before it.
    shifted = [
        a
        for c in kids
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "as"
        for p in roles.doc.children[c]
        for a in roles.doc.children[p]
        if roles.toks[a].dep == "appos" and roles.toks[roles.subtree(a)[0] - 1].text != ","
    ]
    # With an adjective predicate the parser makes the object the "as" phrase's noun
    # ("condemned as illegal Peru's decision"): a determiner or possessor after the adjective
    # opens the object.
    shifted += [
        p
        for c in kids
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "as"
        for p in roles.doc.children[c]
        if roles.toks[c + 1].pos == "ADJ"
        and roles.toks[c + 1].head in roles.subtree(p)
        and c + 2 < p
        and (roles.toks[c + 2].tag in ("DT", "PRP$") or roles.toks[c + 2].dep == "poss")
    ]
    if shifted:
        return shifted[:1]
    predicates = [c for c in kids if roles.toks[c].dep == "oprd"]
    if len(predicates) == 1:
        return [
            c
            for c in roles.doc.children[predicates[0]]
            if roles.toks[c].dep in ("nsubj", "compound")
            and roles.toks[c].pos in ("NOUN", "PROPN")
            and min(roles.subtree(c)) == verb + 1
        ]
    if len(predicates) < 2 or roles.toks[predicates[0]].pos not in ("NOUN", "PROPN"):
        return []
    return predicates[:1]


def _object_read_as_clause_subject(roles: Roles, verb: int) -> list[int]:
    """The object the parser reads as the subject of a participle that describes it: in
    "seized two Chilean boats fishing in its waters" it makes "boats" the subject of a clause
    "fishing ...", and leaves "seized" with no object. The noun phrase must start right after
    the verb, and the participle follow it."""
    kids = roles.doc.children[verb]
    if any(roles.toks[c].dep == "dobj" for c in kids):
        return []
    for clause in kids:
        if roles.toks[clause].dep != "ccomp" or roles.toks[clause].tag != "VBG":
            continue
        subjects = [c for c in roles.doc.children[clause] if roles.toks[c].dep == "nsubj"]
        if (
            len(subjects) == 1
            and roles.toks[subjects[0]].pos in ("NOUN", "PROPN")
            and min(roles.subtree(subjects[0])) == verb + 1
            and max(roles.subtree(subjects[0])) + 1 == clause
        ):
            return subjects
    return []


def _custody_state(roles: Roles, noun: Token, skip: Container[int]) -> list[Filler]:
    """The state whose authorities hold people, for a reaction to a noun of custody that names
    no author but a place: "condemned the detention of its citizens in Peru" -> Peru, not the
    citizens (`custodial_nouns` of `roles.source.implied-authority.v1`)."""
    custodial = event_words("roles.source.implied-authority.v1", "custodial_nouns")
    if noun.lemma.lower() not in custodial:
        return []
    return roles.placed_in(roles.location_heads(noun), skip, rule_id(direct_object))


def _named_objects(roles: Roles, verb: int) -> list[int]:
    """The words that name an object a verb takes as "what" someone calls it: "condemned what
    it called Peru's aggression", "denounced what it described as a Chilean provocation",
    "imposed what Peru said was an unfair tariff". The object predicate of a verb of naming
    (`naming_verbs`) whose object is "what", or its "as" phrase, or what "what" is said to be."""
    naming = event_words(rule_id(direct_object), "naming_verbs")
    found: list[int] = []
    for clause in roles.doc.children[verb]:
        c = roles.toks[clause]
        if c.dep not in ("ccomp", "xcomp", "dobj"):
            continue
        kids = roles.doc.children[clause]
        if c.lemma.lower() == "say":
            # "imposed what Peru said was an unfair tariff": what "what" is said to be.
            found += [
                a
                for be in kids
                if roles.toks[be].dep == "ccomp" and roles.toks[be].lemma.lower() == "be"
                and any(roles.toks[k].lemma.lower() == "what" for k in roles.doc.children[be])
                for a in roles.doc.children[be]
                if roles.toks[a].dep == "attr"
            ]  # fmt: skip
            continue
        if c.lemma.lower() not in naming:
            continue
        if not any(roles.toks[k].lemma.lower() == "what" for k in kids):
            continue
        found += [k for k in kids if roles.toks[k].dep in ("oprd", "attr")]
        found += roles.prep_objects([clause], ("as",))
    return found


@rule("roles.target.beneficiary.v1")
def beneficiary(roles: Roles, site: Site) -> list[Filler]:
    """Aid, or a pledge of it, sent "to help" someone is for them, whoever carries it: "Chile
    sent troops to help Peru", "pledged doctors to assist Bolivia". The one helped is the
    object of a verb of helping in an infinitive of purpose on the trigger (or its pattern's
    own "help": "send help"), and comes before the trigger's object, which is what is sent,
    though not before a receiver the verb names itself ("gave Peru $5 million to help ...")."""
    if any(roles.toks[c].dep == "dative" for c in roles.doc.children[site.token.i]):
        return []
    helping = event_words(rule_id(beneficiary), "helping_verbs")
    heads = [site.token.i, *site.pattern_tokens]
    verbs = [
        c
        for head in heads
        for c in (head, *roles.doc.children[head])
        if c != site.token.i
        and roles.toks[c].pos == "VERB"
        and roles.toks[c].lemma.lower() in helping
        and (c in site.pattern_tokens or roles.toks[c].dep in ("advcl", "xcomp", "acl"))
    ]
    for verb in dict.fromkeys(verbs):
        # "to help Peru", or "to help Peru fight the outbreak" (Peru the subject of a clause).
        helped = [c for c in roles.doc.children[verb] if roles.toks[c].dep == "dobj"] + [
            s
            for c in roles.doc.children[verb]
            if roles.toks[c].dep in ("ccomp", "xcomp")
            for s in roles.doc.children[c]
            if roles.toks[s].dep == "nsubj"
        ]
        for child in helped:
            if child not in site.skip and (found := roles.actors_at(child, rule_id(beneficiary))):
                return found
    return []


@rule("roles.target.custodian.v1")
def custodian(roles: Roles, site: Site) -> list[Filler]:
    """An appeal, demand or promise to release people is aimed at whoever holds them, as the
    CAMEO codebook codes 0253, 1053 and 0353: "Bolivian police arrested two Chilean students.
    Chile called for their release" -> the Bolivian police, not the students. The holder is
    the agent or the place of a participle of custody on the people ("the release of two
    fishermen detained in Peru", "hostages held by the rebels"), else the author of the latest
    arrest, detention or abduction the story told before, when the story gave it a country
    (rebels it did not are placed by the act, not by the appeal), when a noun names the
    release ("demanded their release"; in "urged Peru to free them" Peru is asked). A release
    of people named by its possessor with neither is aimed at them, as one of people its "of"
    phrase names is (`roles.target.object-phrase.v1`): "called for Rui Alves's release"."""
    this = rule_id(custodian)
    release = event_words(this, "release_words")
    releases = [i for i in site.pattern_tokens if roles.toks[i].lemma.lower() in release]
    if not releases:
        return []
    custody = event_words(this, "custody_words")
    possessors = [
        c for noun in releases for c in roles.doc.children[noun] if roles.toks[c].dep == "poss"
    ]
    patients = [*roles.prep_objects(releases, ("of",)), *possessors]
    # "the release of Rui Alves, a journalist jailed in Lima": the participle on the apposition.
    patients += [c for p in patients for c in roles.doc.children[p] if roles.toks[c].dep == "appos"]
    for patient in patients:
        if held := participle_holder(roles, patient, custody, site.token, this):
            return held
    if not any(roles.toks[i].pos == "NOUN" for i in releases):
        return []
    for act, lemma, _root, sources in reversed(roles.acts):
        if act < site.token.i and lemma in custody:
            if not all(f.actor.country for f in sources):
                return []
            return [replace(f, rule=this, also=()) for f in sources]
    return [
        f for i in possessors if i not in site.skip for f in roles.actors_at(i, this)
    ]


def participle_holder(
    roles: Roles, patient: int, custody: frozenset[str], trigger: Token, rule_name: str
) -> list[Filler]:
    """Who holds the people at `patient`, as a participle of `custody` on them says: its agent
    ("hostages held by the rebels"), else the state of the place it names ("two fishermen
    detained in Peru"). Empty when no such participle says it."""
    for participle in participles_of(roles, roles.toks[patient]):
        if roles.toks[participle].lemma.lower() not in custody:
            continue
        for agent in roles.doc.children[participle]:
            if roles.toks[agent].dep == "agent":
                for pobj in roles.doc.children[agent]:
                    if found := roles.actors_at(pobj, rule_name):
                        return found
        heads = roles.location_heads(roles.toks[participle])
        place = roles.placed_in(heads, frozenset(), rule_name)
        if place and place[0].actor.country:
            return [implied_filler(place[0].actor.country, trigger, roles, rule_name)]
    return []


@rule("roles.target.investigated.v1")
def investigated(roles: Roles, site: Site) -> list[Filler]:
    """An appeal or demand for an investigation of an act is aimed at the act's authors, whom
    the investigation would hold to account: "called for an inquiry into the killings by
    Peruvian police" and "demanded an investigation into Peru's treatment of migrants" ->
    the police, Peru; not the victims the act's "of" phrase names. The investigation is the
    appeal's object or the object of its preposition ("call for"); the act is the object of
    the investigation's "into" or "of"; its authors are its possessor or its "by" phrase
    (which the parser may hang on the investigation)."""
    inquiries = event_words(rule_id(investigated), "inquiry_nouns")
    heads = list(site.pattern_tokens)  # the trigger and its pattern's words
    nouns = [
        n
        for n in (
            *[c for h in heads for c in roles.doc.children[h] if roles.toks[c].dep == "dobj"],
            *roles.prep_objects(heads, ("for",)),
            *([site.token.i] if not site.is_verb else []),
        )
        if roles.toks[n].lemma.lower() in inquiries
    ]
    for noun in nouns:
        for act in roles.prep_objects([noun], ("into", "of")):
            authors = [
                c for c in roles.doc.children[act] if roles.toks[c].dep == "poss"
            ] + roles.prep_objects([act, noun], ("by",))
            found = [
                f
                for i in authors
                if i not in site.skip
                for f in roles.actors_at(i, rule_id(investigated))
            ]
            if found:
                return found
    return []


@rule("roles.target.misread-object.v1")
def misread_object(roles: Roles, site: Site) -> list[Filler]:
    """The name a verb is misread as an adjective of is its object: "Biden hosted Lula in
    Washington" (the parser makes "hosted" a modifier of "Lula", `misread_adjective`)."""
    token = site.token
    if not site.is_verb or not misread_adjective(roles, token) or token.head in site.skip:
        return []
    return roles.actors_at(token.head, rule_id(misread_object))


@rule("roles.target.host.v1")
def host(roles: Roles, site: Site) -> list[Filler]:
    """A visitor described by "visiting" is the guest of whoever the clause says receives
    them: "Biden met visiting Chinese Premier Li" -> the premier visits Biden."""
    visitor = visitor_of(roles, site.token)
    if visitor is None:
        return []
    verb = roles.toks[site.token.head] if site.token.dep in ("xcomp", "advcl") else None
    if verb is None and roles.toks[visitor].dep in ("dobj", "dative", "pobj"):
        verb = roles.toks[roles.toks[visitor].head]
    if verb is None:
        return []
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep in SUBJECT_DEPS and child not in site.skip:
            return roles.actors_at(child, rule_id(host))
    return []


@rule("roles.target.object-phrase.v1")
def object_phrase(roles: Roles, site: Site) -> list[Filler]:
    """A phrase on the object of a verbal trigger may name the target: "imposed sanctions on
    Iran", "lodged a protest with Japan", and for nouns of dealings, the other party: "suspended
    contact with the rebels"; so do those the object carries: "attacked a truck carrying
    soldiers", and for praise, criticism and rejection the object's authors: "welcomed the
    decision by Chile", "welcomed the deal between Chile and Peru". An object that is part of
    the trigger's phrase takes the trigger's target prepositions: "expressed outrage over
    Peru's decision", "agreed to a ceasefire with Peru"."""
    if not site.is_verb:
        return []
    relation_nouns = event_words(rule_id(object_phrase), "relation_nouns")
    carrying = event_words(rule_id(object_phrase), "carrying_verbs")
    # "urged dialogue between Chile and Peru", "called for calm among the parties": an appeal
    # or demand about a relation is made to the parties to it.
    parties = ("between", "among") if site.root in ("02", "10") else ()
    # "called for sanctions on Peru", "pressed for talks with Peru": of an appeal or demand,
    # an act named as the object of the pattern's own preposition is the verb's object.
    pattern_preps = (
        [w for w in site.pattern_tokens if roles.toks[w].dep == "prep" and w != site.token.i]
        if site.root in ("02", "10")
        else []
    )
    named = _named_objects(roles, site.token.i)
    for dep in ("dobj", "dative", "pobj"):
        heads = pattern_preps if dep == "pobj" else [site.token.i]
        for child in [
            *(c for h in heads for c in roles.doc.children[h]),
            *(named if dep == "dobj" else []),
        ]:
            if dep == "pobj" and child not in roles.trigger_roots:
                continue
            if (roles.toks[child].dep == dep or child in named) and child not in site.skip:
                preps = site.object_preps
                if child in site.pattern_tokens:
                    # The object is the act itself ("expressed outrage over", "voiced
                    # opposition to"): its prepositions introduce the target as the verb's do.
                    preps = (*preps, *site.preps, *parties)
                if roles.toks[child].lemma.lower() in relation_nouns:
                    preps = (*preps, "with")
                if site.root in REACTION_ROOTS:
                    # "welcomed the decision by Chile", "condemned the fighting between Chile
                    # and Peru": a reaction is aimed at the act's authors; with none named, at
                    # the country it happened in ("condemned the violence in Bolivia").
                    preps = (*preps, "by", "between", "in")
                    if roles.trigger_roots.get(child, "") >= _HARM_ROOTS_FROM:
                        # "condemned the killing of two Chilean aid workers in Peru", "the
                        # expulsion of its diplomats from Peru": whom the act harmed are its
                        # victims, not whom the reaction is aimed at.
                        preps = ("by", "between", "in", "from")
                found = roles.prep_object(child, preps, site.skip, rule_id(object_phrase))
                if found:
                    return found
                if child in site.pattern_tokens or any(
                    c in site.pattern_tokens for c in roles.doc.children[child]
                ):
                    # "announced 10 million euros in humanitarian aid for Bolivia": the kind of
                    # a sum given carries the sum's recipient (also where the pattern holds the
                    # sum's currency sign: "$50 million in aid").
                    for kind in roles.prep_objects([child], ("in",)):
                        if found := roles.prep_object(
                            kind, site.preps, site.skip, rule_id(object_phrase)
                        ):
                            return found
                # "lifted the sanctions imposed on Peru": on a participle of the object.
                for participle in participles_of(roles, roles.toks[child]):
                    if found := roles.prep_object(
                        participle, preps, site.skip, rule_id(object_phrase)
                    ):
                        return found
                # "attacked a truck carrying soldiers": those the object carries are the target.
                if found := _carried(roles, site, child, carrying, rule_id(object_phrase)):
                    return found
    for word in site.pattern_tokens:
        # A noun of the trigger's phrase after a preposition is the act too: "agreed to a
        # ceasefire with Peru".
        if roles.toks[word].dep == "pobj" and word != site.token.i:
            found = roles.prep_object(
                word, (*site.preps, *parties), site.skip, rule_id(object_phrase)
            )
            if found:
                return found
    # "called for a halt of the quarrel between Chile and Peru": the relation may be named
    # further in the phrase.
    # Not in a relative clause on the phrase, which tells of something else: "to help people
    # in Peru, where fighting between the army and the rebels ...".
    heads = [
        i
        for w in site.pattern_tokens
        if w != site.token.i
        for i in _outside_relative_clauses(roles, w)
    ]
    # "demanded a halt to the feud over water rights between Chile and Peru": also where the
    # parser hangs the object's phrase on the verb.
    heads += [
        i
        for c in roles.doc.children[site.token.i]
        if parties and roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "to"
        for i in roles.subtree(c)
    ]
    for pobj in roles.prep_objects(heads, parties):
        # "the fight between Chile and Europe", urged by Chile: the party besides the speaker.
        found = [
            f
            for f in roles.actors_at(pobj, rule_id(object_phrase))
            if f.mention.token_start not in site.skip
        ]
        if found:
            return found
    # "is seeking a solution to the dispute with Peru": the other party of a dispute the
    # act's phrase is about.
    disputes = event_words(rule_id(object_phrase), "dispute_nouns")
    heads = [i for i in heads if roles.toks[i].lemma.lower() in disputes]
    for pobj in roles.prep_objects(heads, ("with", "between")):
        if pobj not in site.skip and (found := roles.actors_at(pobj, rule_id(object_phrase))):
            return found
    return []


def _carried(
    roles: Roles, site: Site, noun: int, carrying: Container[str], rule: str
) -> list[Filler]:
    """The actors a vehicle `noun` carries ("a truck carrying soldiers")."""
    for acl in roles.doc.children[noun]:
        if roles.toks[acl].dep == "acl" and roles.toks[acl].lemma.lower() in carrying:
            for carried in roles.doc.children[acl]:
                if roles.toks[carried].dep == "dobj" and carried not in site.skip:
                    if found := roles.actors_at(carried, rule):
                        return found
    return []


@rule("roles.target.cargo-destination.v1")
def cargo_destination(roles: Roles, site: Site) -> list[Filler]:
    """Cargo a sent vehicle carries goes where the vehicle is sent or carries it: "sent a
    plane carrying aid to Peru" -> Peru (`cargo_of`): the "to" phrase of the participle or of
    the verb that sends."""
    if site.is_verb or (found := cargo_of(roles.doc, site.token)) is None:
        return []
    participle, verb = found
    for head in (participle.i, verb.i):
        if hit := roles.prep_object(head, ("to",), site.skip, rule_id(cargo_destination)):
            return hit
    return []


@rule("roles.target.prep.v1")
def prepositional(roles: Roles, site: Site) -> list[Filler]:
    """The object of a target preposition on the trigger (the pattern's own first, then the
    entry's): "met with Chinese officials", "a ban on Russian flights", "fired at the border
    post"; or whom that object, a vehicle, carries: "opened fire on a bus carrying
    pilgrims"."""
    skip = site.skip
    if site.root in SPEECH_ROOTS and roles.switches.on(rule_id(speech_channel)):
        channels = speech_channel(roles, site)
        if channels:
            skip = _Also(skip, channels)
    if roles.switches.on(rule_id(goods_destination)):
        if destinations := goods_destination(roles, site):
            skip = _Also(skip, destinations)
    found = roles.prep_object(site.token.i, site.preps, skip, rule_id(prepositional))
    if not found:
        # "opened fire on a bus carrying pilgrims": those the vehicle carries.
        carrying = event_words(rule_id(object_phrase), "carrying_verbs")
        heads = [site.token.i, *(w for w in site.pattern_tokens if w != site.token.i)]
        for vehicle in roles.prep_objects(heads, site.preps):
            if found := _carried(roles, site, vehicle, carrying, rule_id(prepositional)):
                break
    for word in site.pattern_tokens:
        # "pushed back against Peru's demands", "is grateful to Peru": the parser may hang the
        # preposition on the particle or adverb of the pattern, or on a copula's adjective.
        if (
            not found
            and roles.toks[word].dep in ("advmod", "prt", "acomp")
            and word != site.token.i
        ):
            found = roles.prep_object(word, site.preps, skip, rule_id(prepositional))
        if (
            not found
            and roles.toks[word].dep == "prep"
            and roles.toks[word].text.lower() in site.preps
            and roles.toks[roles.toks[word].head].dep == "dobj"
            and roles.toks[roles.toks[word].head].head == site.token.i
        ):
            # "blamed the riots on foreign agitators": the pattern's own preposition, which the
            # parser hangs on the verb's object.
            found = [
                f
                for pobj in roles.doc.children[word]
                if roles.toks[pobj].dep == "pobj" and pobj not in skip
                for f in roles.actors_at(pobj, rule_id(prepositional))
            ]
        participle = roles.toks[roles.toks[word].head]
        if (
            not found
            and site.is_verb
            and participle.dep == "acl"
            and roles.toks[participle.head].dep == "dobj"
            and roles.toks[participle.head].head == site.token.i
        ):
            # "sent a plane carrying medicine to Peru": the parser hangs where the goods went
            # on the participle that says what the vehicle sent carried.
            found = roles.prep_object(participle.i, site.preps, skip, rule_id(prepositional))
    if not found and not site.is_verb:
        # "aid sent by Chile to Peru": on the participle that describes the noun, or on its
        # agent, where the parser hangs the phrase in "the sanctions imposed by Chile on Peru";
        # or on a relative clause that tells who did it ("the tariffs Chile imposed on Peru").
        for participle in [*participles_of(roles, site.token), *_doing_clauses(roles, site)]:
            agents = [
                p
                for a in roles.doc.children[participle]
                if roles.toks[a].dep == "agent"
                for p in roles.doc.children[a]
            ]
            for head in (participle, *agents):
                if found := roles.prep_object(head, site.preps, skip, rule_id(prepositional)):
                    return found
    return found


@rule("roles.target.prior-agents.v1")
def prior_agents(roles: Roles, site: Site) -> list[Filler]:
    """"The attackers", "the kidnappers" a force strikes are who did the violence the story
    told just before: "Rebels attacked an army base. The army said it killed ten of the
    attackers" -> the rebels. The trigger's object (or what a number of it counts) is a
    definite noun of `agent_nouns` that names no actor; the authors are those of the last act
    of violence (roots 18-20) a few sentences before at most."""
    if not site.is_verb:
        return []
    agents = event_words(rule_id(prior_agents), "agent_nouns")
    for child in roles.doc.children[site.token.i]:
        if roles.toks[child].dep not in ("dobj", *PASSIVE_SUBJECT_DEPS):
            continue
        noun = roles.toks[child]
        if (inner := quantity_of(roles, child)) is not None:
            noun = roles.toks[inner]
        if noun.lemma.lower() not in agents or not definite(roles, noun):
            continue
        if any(i in roles.index.at for i in roles.subtree(noun.i)):
            continue
        return latest_authors(roles, site.token, FORCE_ROOTS, rule_id(prior_agents))
    return []


def latest_authors(
    roles: Roles, before: Token, roots: Container[str], rule_name: str
) -> list[Filler]:
    """The authors of the last act of one of `roots` told before the token `before`, a few
    sentences before it at most, or []."""
    for act, _, root, sources in reversed(roles.acts):
        if act >= before.i or roles.toks[act].sent < before.sent - PRIOR_ACT_WINDOW:
            continue
        if root in roots and sources:
            return [replace(f, rule=rule_name, also=()) for f in sources]
    return []


def _doing_clauses(roles: Roles, site: Site) -> list[int]:
    """The relative clauses on a nominal trigger whose verb tells no event of its own and has
    no object but the relative pronoun: "the tariffs Chile imposed on Peru"."""
    return [
        c
        for c in roles.doc.children[site.token.i]
        if roles.toks[c].dep == "relcl"
        and roles.toks[c].pos == "VERB"
        and c not in roles.trigger_roots
        and all(
            roles.toks[o].tag in RELATIVE_PRONOUN_TAGS
            for o in roles.doc.children[c]
            if roles.toks[o].dep == "dobj"
        )
    ]


@rule("speech.target.first-person.v1")
def first_person_object(roles: Roles, site: Site) -> list[Filler]:
    """Inside a direct quotation, "us" or "me", or what "our" or "my" qualifies, as the object
    of a verbal trigger, of its target preposition or of its object's, is the speaker, and a
    state's official speaks for the state: '"Bolivia attacked our border posts," the Chilean
    minister said' -> Chile; '"They imposed sanctions on us," the rebel leader said' -> the
    rebels (the source rule reads "we" and "I")."""
    if not site.quoted or not site.speakers or not site.is_verb:
        return []
    objects = [c for c in roles.doc.children[site.token.i] if roles.toks[c].dep == "dobj"]
    objects += roles.prep_objects([site.token.i], site.preps)
    objects += roles.prep_objects(objects, site.object_preps)
    said = [o for o in objects if o not in site.skip and _first_person_phrase(roles, o)]
    if not said:
        return []
    this = rule_id(first_person_object)
    return [
        implied_filler(s.actor.country, roles.toks[said[0]], roles, this)
        if s.actor.country and s.actor.sectors and set(s.actor.sectors) <= STATE_SECTORS
        else Filler(s.actor, s.mention, this)
        for s in site.speakers
    ]


def _first_person_phrase(roles: Roles, i: int) -> bool:
    """Whether token i is "us" or "me", or a noun "our" or "my" qualifies
    (`Roles.first_person`)."""
    return roles.first_person(i) or any(
        roles.toks[c].dep == "poss" and roles.first_person(c) for c in roles.doc.children[i]
    )


@rule("roles.target.inside-pattern.v1")
def inside_pattern(roles: Roles, site: Site) -> list[Filler]:
    """An actor named between the words of the trigger's own pattern is whom the act is done
    to, where the parser leaves it no role the other rules read: "declared a Peruvian diplomat
    persona non grata" (the small parser reads the Latin phrase as nouns and a verb). Not the
    subject of a clause of its own inside the phrase ("imposed what Chile called a fair duty"),
    nor the press a speaker tells something to ("told a Chilean radio station that ..."),
    which is no party to what is said."""
    if not site.is_verb or len(site.pattern_tokens) < 2:
        return []
    first, last = min(site.pattern_tokens), max(site.pattern_tokens)
    found: list[Filler] = []
    # "Chile and Peru issued a joint statement": a word that stands for the doers themselves
    # is no patient.
    doers = {a.id for a in source_actors(roles, site)}
    for i in range(first + 1, last):
        hit = roles.index.at.get(i)
        if (
            hit is None
            or hit[1].token_start != i
            or i in site.skip
            or i in site.pattern_tokens
            or "MED" in hit[0].sectors
            or hit[0].id in {f.actor.id for f in found}
            or {a.id for a in roles.index.members(hit[0])} & doers
        ):
            continue
        if any(
            roles.toks[t].pos == "PRON"
            or (
                roles.toks[t].dep in SUBJECT_DEPS
                and roles.toks[t].head not in site.pattern_tokens
            )
            for t in range(hit[1].token_start, hit[1].token_end)
        ):
            continue
        found.append(Filler(hit[0], hit[1], rule_id(inside_pattern)))
    return found


@rule("roles.target.goods-destination.v1")
def goods_destination(roles: Roles, site: Site) -> frozenset[int]:
    """A measure on goods hits where they come from, not where they go: in "Peru imposed
    tariffs on steel exports to Chile from Bolivia" the goods enter Chile, and Bolivia's trade
    is struck. The tokens of the "to" phrases on the trigger, on its pattern's words, on the
    "on" and on the goods when an "on" phrase there names a flow of goods (`goods_nouns`), also
    as a conjunct ("tariffs on copper and tin exports to Chile": the parser may hang "to" on
    "on")."""
    goods = event_words(rule_id(goods_destination), "goods_nouns")
    heads = list(dict.fromkeys((site.token.i, *site.pattern_tokens)))
    ons = [
        c
        for h in heads
        for c in roles.doc.children[h]
        if roles.toks[c].dep == "prep" and roles.toks[c].text.lower() == "on"
    ]
    flows = [
        w
        for on in ons
        for p in roles.doc.children[on]
        if roles.toks[p].dep == "pobj"
        for w in (p, *(c for c in roles.doc.children[p] if roles.toks[c].dep == "conj"))
        if roles.toks[w].lemma.lower() in goods
    ]
    if not flows:
        return frozenset()
    return frozenset(
        t for p in roles.prep_objects([*heads, *ons, *flows], ("to",)) for t in roles.subtree(p)
    )


@rule("roles.target.speech-channel.v1")
def speech_channel(roles: Roles, site: Site) -> frozenset[int]:
    """The press or platform words go out on is no target of them: in "the minister said on
    state television that Peru lied" the broadcaster carries the words, Peru is whom they
    address; nor are the reporters an appeal or demand made of others is told to ("told
    reporters that Peru must free the prisoners"), or an accusation or rejection a verb of
    saying tells them ("told reporters that Peru had broken the treaty"). The tokens of such
    media objects of "on", "in", "via" and "through" on a speech trigger, and of its media
    objects for appeals, demands and the acts a verb of saying reports ("accused journalists of
    lying" does target them; a plain statement told to the press stays the press's business,
    `filters.press-not-party.v1`)."""
    found: set[int] = set()
    for child in roles.doc.children[site.token.i]:
        if roles.toks[child].dep in ("dobj", "dative") and _press_hears(site):
            # "told reporters that Peru must free the prisoners": the press hears an appeal or
            # demand made of others.
            media = roles.actors_at(child, rule_id(speech_channel))
            if media and all("MED" in f.actor.sectors for f in media):
                found.update(roles.subtree(child))
            continue
        if roles.toks[child].dep != "prep":
            continue
        if roles.toks[child].text.lower() not in ("on", "in", "via", "through"):
            continue
        for pobj in roles.doc.children[child]:
            if roles.toks[pobj].dep != "pobj":
                continue
            media = roles.actors_at(pobj, rule_id(speech_channel))
            if media and all("MED" in f.actor.sectors for f in media):
                found.update(roles.subtree(pobj))
    return frozenset(found)


def _press_hears(site: Site) -> bool:
    """Whether the press a trigger's object names hears the act rather than undergoes it."""
    if site.root in _DIRECTIVE_ROOTS:
        return True
    return site.root != "01" and site.token.lemma.lower() in cue_lemmas()


class _Also(Container[int]):
    """The tokens of `first` and those of `second`."""

    def __init__(self, first: Container[int], second: Container[int]) -> None:
        self.first, self.second = first, second

    def __contains__(self, i: object) -> bool:
        return i in self.second or i in self.first


@rule("roles.target.topic.v1")
def topic(roles: Roles, site: Site) -> list[Filler]:
    """A statement is about the first party its topic phrase names, however deep in the phrase:
    "spoke about the prospects of a trade deal with Peru" -> Peru. The phrase is an "about",
    "on", "of", "regarding" or "concerning" phrase on the trigger (`topic_preps`); not the
    speakers' own mentions."""
    name = rule_id(topic)
    heads = [site.token.i, *(i for i in site.pattern_tokens if i != site.token.i)]
    for pobj in roles.prep_objects(heads, tuple(event_words(name, "topic_preps"))):
        for i in roles.subtree(pobj):
            if i not in site.skip and (found := roles.actors_at(i, name)):
                return found
    return []


@rule("roles.target.stranded-prep.v1")
def stranded_prep(roles: Roles, site: Site) -> list[Filler]:
    """The parser often hangs the target phrase of a nominal trigger on a word before it: on the
    verb that lends the noun its subject ("Chile responded with airstrikes on Peru": "on Peru"
    hangs on "responded"; "Chile announced sanctions against Peru") or on the noun's "by" agent
    ("an attack by rebels on a police post"). Such a phrase after the noun is the noun's own.
    Only a verb with no event of its own lends it: in "Chile condemned the attack on Peru" an
    "on" the parser hangs on "condemned" is the condemnation's."""
    if site.is_verb:
        return []
    noun = site.token
    heads = [
        pobj
        for child in roles.doc.children[noun.i]
        if roles.toks[child].dep in ("prep", "agent") and roles.toks[child].text.lower() == "by"
        for pobj in roles.doc.children[child]
        if roles.toks[pobj].dep == "pobj"
    ]
    if bundle := roles.bundle_head(noun):
        heads.append(bundle.i)
    governor = roles.governing_verb(noun) if site.light else None
    if governor is not None:
        heads.append(governor.i)
    before = _Also(site.skip, range(noun.i + 1))
    for head in heads:
        if found := roles.prep_object(head, site.preps, before, rule_id(stranded_prep)):
            return found
    return []


@rule("roles.target.pattern-verb.v1")
def pattern_verb(roles: Roles, site: Site) -> list[Filler]:
    """The object of a verb inside the trigger's pattern is the act's target: "refused to
    meet the envoy". A clause in the pattern with a subject of its own is asked of, or warned
    to, that subject: "demanded that Peru release the fishermen" is aimed at Peru."""
    for i in site.pattern_tokens[1:]:
        verb = roles.toks[i]
        if verb.pos != "VERB":
            continue
        for child in roles.doc.children[i]:
            if roles.toks[child].dep == "nsubj" and child not in site.skip:
                found = roles.actors_at(child, rule_id(pattern_verb))
                if found:
                    return found
        inner = Site(
            verb, (), site.root, True, False, False, False, (), (), False, site.preps,
            site.object_preps, sources=site.sources, skip=site.skip,
        )  # fmt: skip
        for find in (passive_subject, direct_object, object_phrase, prepositional):
            found = find(roles, inner)
            if found:
                return found
    return []


@rule("roles.target.condition-subject.v1")
def condition_subject(roles: Roles, site: Site) -> list[Filler]:
    """The subject of an "if" or "unless" clause on a threat or demand is its target: "there
    will be consequences if the rebels attack" threatens the rebels, and so does "the minister
    said there would be consequences if the rebels attacked" (the clause on what is said)."""
    token = site.token
    candidates = [token.i] + ([token.head] if token.head != token.i else [])
    candidates += [
        c for c in roles.doc.children[token.i] if roles.toks[c].dep in ("ccomp", "xcomp")
    ]
    for head in candidates:
        for child in roles.doc.children[head]:
            c = roles.toks[child]
            if c.dep == "advcl" and any(
                roles.toks[m].dep == "mark" and roles.toks[m].text.lower() in ("if", "unless")
                for m in roles.doc.children[child]
            ):
                for sub in roles.doc.children[child]:
                    if roles.toks[sub].dep in SUBJECT_DEPS:
                        return roles.actors_at(sub, rule_id(condition_subject))
    return []


@rule("roles.target.responder.v1")
def responder(roles: Roles, site: Site) -> list[Filler]:
    """An appeal, offer or demand another answers was made to it: in "Chile rejected Peru's
    request to extradite the minister" Peru asked Chile, whatever the request is about. A
    verb of answering (`answering_verbs`) takes the noun as its direct object; its subject is
    the target."""
    noun = site.token
    if site.is_verb or noun.dep != "dobj" or noun.head == noun.i:
        return []
    verb = roles.toks[noun.head]
    if verb.lemma.lower() not in event_words(rule_id(responder), "answering_verbs"):
        return []
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep == "nsubj" and child not in site.skip:
            subject = roles.relative_antecedent(verb, roles.toks[child])
            return roles.actors_at(subject.i, rule_id(responder))
    return []


@rule("roles.target.content.v1")
def content(roles: Roles, site: Site) -> list[Filler]:
    """Who is to act in the content of an appeal, demand, threat, intent or statement is its
    target, else the actors named in that content: "demanded that Syria withdraw" -> Syria;
    "threatened to strike targets in Gaza" -> Gaza. Not the speakers' own countries: a joint
    statement that one of its parties will act is no act toward that party. What a verb of
    saying says is its complement, not a clause of time or circumstance around it ("standing
    beside the Peruvian president, the minister said ..."), nor the audience of a participle of
    saying ("rejected the charge, telling reporters ...")."""
    found: list[Filler] = []
    rule_name = rule_id(content)
    own = {a.country for a in source_actors(roles, site) if a.country}
    # What an appeal, demand or threat asks may hang on a noun of the trigger's phrase:
    # "issued a warning calling on Peru to withdraw"; so may what a voiced hope or concern is
    # about: "expressed hope that Peru would hold elections". (What a denied claim says is the
    # claim, not whom the denial answers.)
    heads = [site.token.i]
    if site.root in _DIRECTIVE_ROOTS:
        heads += [i for i in site.pattern_tokens if i != site.token.i]
    elif site.root == "01":
        attitudes = event_words(rule_id(content), "attitude_nouns")
        heads += [
            i
            for i in site.pattern_tokens
            if i != site.token.i and roles.toks[i].lemma.lower() in attitudes
        ]
    elif site.root in REACTION_ROOTS and site.is_verb:
        # "welcomed news that Peru had freed the prisoners": a reaction to what news tells is
        # aimed at whom it tells of.
        news = event_words(rule_id(content), "news_nouns")
        heads += [
            c
            for c in roles.doc.children[site.token.i]
            if roles.toks[c].dep == "dobj" and roles.toks[c].lemma.lower() in news
        ]
    children = [c for head in heads for c in roles.doc.children[head]]
    # "said in a press release that Peru ...", "according to Chilean officials, Peru ...": the
    # reported clause the parser hangs elsewhere.
    reported = reported_clauses(roles.doc, site.token.i) if site.is_verb else []
    # "said there is no solution and that Peru must withdraw": a reported clause coordinated
    # with the first is said too.
    reported += [
        conj
        for c in dict.fromkeys([*reported, *(c for c in children if roles.toks[c].dep == "ccomp")])
        for conj in roles.doc.children[c]
        if roles.toks[conj].dep == "conj" and roles.toks[conj].pos in ("VERB", "AUX")
    ]
    children += [c for c in reported if c not in children]
    if site.root == "03":
        # "committed to working with Peru": the gerund of a preposition says the act intended.
        children += [
            g
            for c in list(children)
            if roles.toks[c].dep == "prep"
            for g in roles.doc.children[c]
            if roles.toks[g].dep == "pcomp" and roles.toks[g].tag == "VBG"
        ]
    for child in children:
        if (
            child in reported
            or roles.toks[child].dep in ("xcomp", "acl", "ccomp", "pcomp")
            or (
                roles.toks[child].dep == "advcl"
                and (not _speech_verb(site) or purpose_infinitive(roles.doc, child))
                # "rejected the charge, telling reporters that ...": a participle of saying
                # tells how the act was made known, and its object is the audience.
                and roles.toks[child].lemma.lower() not in cue_lemmas()
            )
        ):
            # The small parser may hang the clause's subject on its auxiliary ("said Peru's
            # army was destabilizing the region").
            subs = dict.fromkeys([*roles.doc.children[child], *roles.clause_subjects(child)])
            for sub in subs:
                if sub not in site.skip and (
                    roles.toks[sub].dep in SUBJECT_DEPS or _passive_about(roles, site, child, sub)
                ):
                    # Not the speakers themselves ("its call to Peru to ..."): then the content
                    # names its target further in.
                    found += [
                        f
                        for f in roles.actors_at(sub, rule_name)
                        if f.mention.token_start not in site.skip
                    ]
                    noun = roles.toks[sub]
                    if (
                        not found
                        and noun.dep in SUBJECT_DEPS
                        and noun.pos == "NOUN"
                        and definite(roles, noun)
                    ):
                        # '"This attack is a crime," the minister said': its authors.
                        found += prior_authors(roles, noun, rule_name)
                    if not found and noun.dep == "csubj":
                        # '"What Peru is doing is a crime"': the doer of the clause that is
                        # the subject.
                        found += [
                            f
                            for s in roles.doc.children[sub]
                            if roles.toks[s].dep == "nsubj" and s not in site.skip
                            for f in roles.actors_at(s, rule_name)
                        ]
            if found and all(_own_side(roles, site, f) for f in found):
                # "Chile denied that its troops had entered Peru": the speakers' own side
                # does the act told; the other party it names is whom the words concern. "He
                # said he expects Peru to launch a missile": what the speaker believes or
                # expects is about the subject of the clause inside.
                found = [
                    f
                    for f in (
                        *_inner_subjects(roles, site, child),
                        *_content_objects(roles, site, child),
                    )
                    if f.actor.country not in own
                ] or found
            if found:
                break
            # "said he expects Peru to launch a missile": the speaker's own belief or
            # expectation, named by a pronoun no rule resolves, holds what the words are about.
            found = [
                f for f in _inner_subjects(roles, site, child) if f.actor.country not in own
            ]
            if found:
                break
            for filler in _content_objects(roles, site, child):
                if filler.actor.id not in {f.actor.id for f in found}:
                    found.append(filler)
    return [f for f in found if f.actor.country not in own or len(own) < 2]


def _passive_about(roles: Roles, site: Site, clause: int, i: int) -> bool:
    """Whether token i is the passive subject of a reported clause that names no doer and is
    what the words are about: a thing, whose owner the words concern ("Peru's vote was
    rigged", "the Chilean plan was misjudged"), or a party an appeal, demand or threat asks
    of or warns ("Peru must be held accountable", "Chile should be punished"). A party a
    statement says was done to is no party to the words ("Peru was attacked" names the
    victim), and a doer named by "by" is whom the words concern ("the raid was planned by
    Peru")."""
    return (
        roles.toks[i].dep in PASSIVE_SUBJECT_DEPS
        and (
            (roles.toks[i].pos == "NOUN" and i not in roles.index.at)
            or site.root in _DIRECTIVE_ROOTS
        )
        and not any(roles.toks[c].dep == "agent" for c in roles.doc.children[clause])
    )


def _own_side(roles: Roles, site: Site, filler: Filler) -> bool:
    """Whether `filler` is a source itself or of a source's country, so that its acts are the
    source's own side's. Rebels, the opposition or criminals of that country are a party of
    their own."""
    members = source_actors(roles, site)
    if filler.actor.id in {a.id for a in members}:
        return True
    challengers = event_words(rule_id(content), "challenger_sectors")
    return (
        filler.actor.country is not None
        and filler.actor.country in {a.country for a in members}
        and not set(filler.actor.sectors) & challengers
    )


def _inner_subjects(roles: Roles, site: Site, clause: int) -> list[Filler]:
    """The actors of the subjects of the clauses a reported clause holds ("expects Peru to
    launch", "believes that Peru lied")."""
    return [
        filler
        for inner in roles.doc.children[clause]
        if roles.toks[inner].dep in ("ccomp", "xcomp")
        for sub in roles.doc.children[inner]
        if roles.toks[sub].dep in SUBJECT_DEPS and sub not in site.skip
        for filler in roles.actors_at(sub, rule_id(content))
    ]


def _content_objects(roles: Roles, site: Site, clause: int) -> list[Filler]:
    """The actors of the objects in a reported clause, in order; not whom an "according to"
    phrase in it names, who tells it rather than figures in it, nor whom a clause that
    describes a place names ("to help people in Peru, where the army fights the rebels": the
    rebels are no party to the help)."""
    return [
        filler
        for i in _outside_relative_clauses(roles, clause, where_only=True)
        if roles.toks[i].dep in ("pobj", "dobj")
        and i not in site.skip
        and not _according_to(roles, i)
        for filler in roles.actors_at(i, rule_id(content))
    ]


def _outside_relative_clauses(roles: Roles, head: int, where_only: bool = False) -> list[int]:
    """The subtree of token `head` without the relative clauses inside it; with `where_only`,
    only those opened by "where"."""
    tokens = roles.subtree(head)
    relative = {
        i
        for r in tokens
        if roles.toks[r].dep == "relcl"
        and r != head
        and (
            not where_only
            or any(roles.toks[c].text.lower() == "where" for c in roles.doc.children[r])
        )
        for i in roles.subtree(r)
    }
    return [i for i in tokens if i not in relative]


def _according_to(roles: Roles, i: int) -> bool:
    """Whether token i is the object of the "to" of "according to"."""
    prep = roles.toks[roles.toks[i].head]
    return (
        prep.text.lower() == "to"
        and prep.head != prep.i
        and roles.toks[prep.head].text.lower() == "according"
    )


def _speech_verb(site: Site) -> bool:
    """A statement made by a verb of saying alone ("said", "stressed"), whose content is its
    clausal complement or quotation; not a phrase that names its content ("claimed
    responsibility for the bombing of a bridge"), also when its words make it another act
    ('the minister said Peru was lying' accuses)."""
    return (
        (site.root == "01" or site.token.lemma.lower() in cue_lemmas())
        and site.is_verb
        and len(site.pattern_tokens) == 1
    )


@rule("roles.target.told-about.v1")
def told_about(roles: Roles, site: Site) -> list[Filler]:
    """An accusation, criticism or rejection told to someone is aimed at whom its words are
    about, not at whom they are told: "the minister told the Senate that Peru's decision was
    unfair" criticises Peru. The trigger is a verb of telling (`telling_verbs`) whose words
    perform the act (speech.content-act.v1)."""
    if not site.is_verb or site.token.lemma.lower() not in event_words(
        rule_id(told_about), "telling_verbs"
    ):
        return []
    return [replace(f, rule=rule_id(told_about)) for f in content(roles, site)]


@rule("roles.target.supported.v1")
def supported(roles: Roles, site: Site) -> list[Filler]:
    """Support rallied on a party's behalf is aimed at that party, not at whom it is asked
    of: "urged the international community to support Peru" -> Peru
    (`codes.rally-support.v1`, `supported_party`)."""
    if not site.is_verb or site.root != "05":
        return []
    party = supported_party(roles.doc, site.token.i, roles.index.at)
    if party is None or party in site.skip:
        return []
    return roles.actors_at(party, rule_id(supported))


# Particles that turn a verb of support into one of retreat ("back off", "stand down").
_RETREATING = frozenset({"off", "down", "away", "out"})
# Prepositions by which a verb of support names whom it supports ("stand with", "stand by").
_SUPPORT_PREPS = frozenset({"with", "behind", "by"})


def supported_party(doc: ParsedDoc, appeal: int, named: Container[int]) -> int | None:
    """The party an appeal at token `appeal` asks others to support: the head of the object,
    or of the "with", "behind" or "by" phrase, of its infinitive of support (`support_verbs`
    of `codes.rally-support.v1`: "urged the community to support Peru", "called on allies to
    stand with Chile"), when it names an actor (`named` tokens, also as a possessor or
    modifier: "back Peru's bid"). Not "back off" or "stand down". None if there is none."""
    verbs = event_words("codes.rally-support.v1", "support_verbs")
    for child in doc.children[appeal]:
        content = doc.tokens[child]
        if content.dep not in ("xcomp", "advcl", "ccomp") or content.lemma.lower() not in verbs:
            continue
        if any(doc.tokens[c].dep == "prt" and doc.tokens[c].text.lower() in _RETREATING
               for c in doc.children[child]):  # fmt: skip
            continue
        heads = [c for c in doc.children[child] if doc.tokens[c].dep == "dobj"]
        heads += [
            p
            for c in doc.children[child]
            if doc.tokens[c].dep == "prep" and doc.tokens[c].text.lower() in _SUPPORT_PREPS
            for p in doc.children[c]
            if doc.tokens[p].dep == "pobj"
        ]
        for head in heads:
            if head in named or any(
                c in named and doc.tokens[c].dep in ("poss", "compound", "amod")
                for c in doc.children[head]
            ):
                return head
    return None


@rule("roles.target.announced-to.v1")
def announced_to(roles: Roles, site: Site) -> list[Filler]:
    """An intent or a threat its speaker tells someone of, whose own words name no one, is
    aimed at whom it is told to: "Chile notified Peru that it would leave the treaty" -> a
    threat to Peru, "told Bolivia it would send aid" -> an intent toward Bolivia. The direct
    or indirect object of the verb of telling (`telling_verbs`) whose "that" clause holds the
    act, when the one who acts is the one who tells (what a third party will do is only
    reported: "told Peru that Bolivia would send troops")."""
    token = site.token
    if not site.is_verb or token.dep != "ccomp" or token.head == token.i:
        return []
    cue = roles.toks[token.head]
    name = rule_id(announced_to)
    if cue.lemma.lower() not in event_words(name, "telling_verbs"):
        return []
    tellers = {
        f.actor.id
        for c in roles.doc.children[cue.i]
        if roles.toks[c].dep == "nsubj"
        for f in roles.actors_at(c, name)
    }
    if not tellers & {f.actor.id for f in site.sources}:
        return []
    for child in roles.doc.children[cue.i]:
        if roles.toks[child].dep in ("dobj", "dative") and child not in site.skip:
            if found := roles.actors_at(child, name):
                return found
    return []


@rule("roles.target.addressee.v1")
def addressee(roles: Roles, site: Site) -> list[Filler]:
    """Whom words are spoken to is whom a statement, appeal or demand is aimed at, as in "told
    Peruvian lawmakers that ...": "speaking to Peruvian lawmakers, the Chilean minister said
    ...", "addressing the Bolivian congress, the president urged ...", "in a letter to the
    Peruvian president, the minister called for ...". The object of "to" on a participle of
    speaking with no subject of its own, or the object of one of addressing, hung on the
    trigger; or the "to" object of a noun of speech in the trigger's "in" phrase. Journalists
    spoken to are no party: the next rule looks for one ("rejected the charge, telling
    reporters ..." answers whoever made the charge)."""
    if not site.is_verb:
        return []
    name = rule_id(addressee)
    to_verbs = event_words(name, "speaking_verbs")
    object_verbs = event_words(name, "addressing_verbs")
    nouns = event_words(name, "speech_nouns")
    heads: list[int] = []
    children = list(roles.doc.children[site.token.i])
    # The parser may hang a fronted participle on a participle after it ("speaking to the
    # mayors gathered in Oruro, the minister said"): look one clause down too.
    children += [
        g for c in children if roles.toks[c].dep == "advcl" for g in roles.doc.children[c]
    ]
    for child in children:
        c = roles.toks[child]
        grandchildren = roles.doc.children[child]
        if (
            # The parser reads the participle as a clause, or as the subject of one after it.
            c.dep in ("advcl", "csubj")
            and c.tag == "VBG"
            and not any(roles.toks[g].dep in SUBJECT_DEPS for g in grandchildren)
        ):
            if c.lemma.lower() in to_verbs:
                heads += roles.prep_objects([child], ("to",))
            if c.lemma.lower() in object_verbs:
                heads += [g for g in grandchildren if roles.toks[g].dep == "dobj"]
        elif c.dep == "prep" and c.text.lower() in ("in", "during"):
            speeches = [
                g for g in grandchildren
                if roles.toks[g].dep == "pobj" and roles.toks[g].lemma.lower() in nouns
            ]  # fmt: skip
            heads += roles.prep_objects(speeches, ("to",))
    for head in heads:
        found = roles.actors_at(head, name) if head not in site.skip else []
        found = [f for f in found if "MED" not in f.actor.sectors]
        if found:
            return found
    return []


@rule("roles.target.occasion-partner.v1")
def occasion_partner(roles: Roles, site: Site) -> list[Filler]:
    """What one does at or during a meeting or a visit, naming no one else, is done toward whom
    it meets or visits: "at a meeting with Bolivian officials, the Chilean minister pledged
    aid" -> Bolivia; "during his trip to Lima, the president offered help" -> Peru. The object
    of "with" (`meeting_nouns`) or "to" (`visit_nouns`) on the noun of an "at", "during" or
    "in" phrase of the trigger."""
    if not site.is_verb:
        return []
    name = rule_id(occasion_partner)
    meetings = event_words(name, "meeting_nouns")
    visits = event_words(name, "visit_nouns")
    occasions = roles.prep_objects([site.token.i], ("at", "during", "in"))
    partners = [
        *roles.prep_objects([o for o in occasions if roles.toks[o].lemma.lower() in meetings],
                            ("with",)),
        *roles.prep_objects([o for o in occasions if roles.toks[o].lemma.lower() in visits],
                            ("to",)),
    ]  # fmt: skip
    for partner in partners:
        if partner not in site.skip and (found := roles.actors_at(partner, name)):
            return found
    return []


@rule("roles.target.prior-accuser.v1")
def prior_accuser(roles: Roles, site: Site) -> list[Filler]:
    """A denial or rejection of an accusation that names no accuser answers the latest
    accusation made earlier in the story against the one who denies it: "Rights groups sued
    the ministry over the camps. ... The ministry dismissed the allegations" -> the rights
    groups. The trigger must be a verb of denial and its object a noun of accusation ("the
    allegations", "those claims", "the charges"), also as the noun a relative clause hangs on
    ("a charge Lima rejected"); a pronoun denied stands for the claim ("Peru denies this"), and
    so does a clause denied ("Peru denied it had done so"). With no accusation told before, a
    charge set at the end of a sentence to rename its object answers whoever made it. So does a
    statement that rejects what it says of a noun of accusation: "the claims are false", the
    minister said."""
    name = rule_id(prior_accuser)
    nouns = event_words(name, "accusation_nouns")
    token = site.token
    if site.root == "12" and token.lemma.lower() in cue_lemmas():
        # '"These claims are baseless," the minister said': the subject of what is said.
        objects = [
            c
            for clause in reported_clauses(roles.doc, token.i)
            for c in roles.doc.children[clause]
            if roles.toks[c].lemma.lower() in nouns and roles.toks[c].dep == "nsubj"
        ]
    elif token.lemma.lower() not in event_words(name, "denial_verbs"):
        return []
    else:
        if token.lemma.lower() == "deny":
            nouns = nouns | event_words(name, "claim_pronouns")
        objects = [
            c
            for c in roles.doc.children[token.i]
            if roles.toks[c].lemma.lower() in nouns and roles.toks[c].dep in ("dobj", "nsubjpass")
        ]
    if token.dep == "relcl" and roles.toks[token.head].lemma.lower() in nouns:
        objects.append(token.head)
    # "Peru denied it had done so": a denied clause answers the accusation as its noun would.
    clause = token.lemma.lower() == "deny" and any(
        roles.toks[c].dep == "ccomp" for c in roles.doc.children[token.i]
    )
    renaming = renaming_clause(roles.doc, token)
    if not objects and not clause and not renaming:
        return []
    deniers = source_actors(roles, site)
    ids = {a.id for a in deniers}
    countries = {a.country for a in deniers if a.country}
    for accusers, accused in reversed(roles.accusations if objects or clause else []):
        if any(
            a.id in ids or a.country in countries
            for f in accused
            for a in roles.index.members(f.actor)
        ):
            return [replace(f, rule=rule_id(prior_accuser), also=()) for f in accusers]
    if renaming:
        # "Chile repeated the claim that Peru armed the rebels, a charge Lima rejected": who
        # made the claim the charge renames (the parser may hang the verb on the claim).
        return [
            replace(f, rule=name, also=())
            for f in _renamed_object_author(roles, roles.toks[token.head], site)
            if f.actor.id not in ids
        ]
    return []


@rule("roles.target.story-country.v1")
def story_country(roles: Roles, site: Site) -> list[Filler]:
    """A demand, an accusation or a rejection that names no one, in a story about one country,
    is aimed at that country: in a story on Peru's elections, "the opposition leader said the
    vote was rigged" accuses Peru, and "students demanded free tuition" makes a demand of it.
    The story is about the country of at least three of its actors' mentions and twice as
    many as any other's (`Roles.story_country`). Appeals and plain statements stay without a target:
    they are as often addressed to no one (the chain's roots)."""
    country = roles.story_country
    if country is None:
        return []
    return [implied_filler(country, site.token, roles, rule_id(story_country))]


@rule("roles.target.charging-state.v1")
def charging_state(roles: Roles, site: Site) -> list[Filler]:
    """A person or group who rejects "the charges" brought against them, with no accuser named
    before, answers the state of the country the story is about, whose courts bring them (in a
    story on a trial in Peru, "the detained activist rejects the charges" -> Peru). A state's
    own organs deny charges another party made, and are left to
    `roles.target.prior-accuser.v1`."""
    token = site.token
    if token.lemma.lower() not in event_words(rule_id(prior_accuser), "denial_verbs"):
        return []
    if not any(
        roles.toks[c].dep == "dobj" and roles.toks[c].lemma.lower() == "charge"
        and roles.toks[c].tag == "NNS"
        for c in roles.doc.children[token.i]
    ):
        return []
    deniers = source_actors(roles, site)
    if not deniers or any(a.sectors and set(a.sectors) <= STATE_SECTORS for a in deniers):
        return []
    if any(not a.sectors and a.kind == "state" for a in deniers):
        return []
    country = roles.story_country
    return [implied_filler(country, token, roles, rule_id(charging_state))] if country else []


@rule("roles.target.casualties.v1")
def casualties(roles: Roles, site: Site) -> list[Filler]:
    """An attack named as what people were killed, wounded or died in is aimed at them: "twelve
    Peruvian border guards died in an ambush by Chilean rebels", "shoppers were wounded in the
    bombing of the market", "five soldiers were killed when rebels attacked their post" -> the
    guards, the shoppers, the soldiers. The attack noun is the object of "in" or "during" on a
    verb of dying or being hurt, or the attack verb heads its "when" clause; the verb's subject
    is the target."""
    verb = casualty_verb(roles, site)
    if verb is None:
        return []
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep in ("nsubj", "nsubjpass") and child not in site.skip:
            return roles.actors_at(child, rule_id(casualties))
    return []


@rule("roles.target.relative-object.v1")
def relative_object(roles: Roles, site: Site) -> list[Filler]:
    """An accusation told in a relative clause that leaves its object out is aimed at the noun
    the clause hangs on: "Peru expelled two Chilean diplomats it accused of spying", "the
    officials whom Chile blames for the attack" -> the diplomats, the officials."""
    token = site.token
    if not site.is_verb or token.dep != "relcl" or token.head == token.i:
        return []
    if any(
        roles.toks[c].dep == "dobj" and roles.toks[c].tag not in RELATIVE_PRONOUN_TAGS
        for c in roles.doc.children[token.i]
    ):
        return []
    if token.head in site.skip:
        return []
    return roles.actors_at(token.head, rule_id(relative_object))


@rule("roles.target.appeal-addressee.v1")
def appeal_addressee(roles: Roles, site: Site) -> list[Filler]:
    """An appeal or demand made "to" or "on" someone is aimed at them, before whatever the
    thing asked for names: "Peru appealed to the UN for help with the refugees" -> the UN, not
    the refugees. The object of a "to", "on" or "upon" phrase on the verb."""
    if not site.is_verb:
        return []
    for pobj in roles.prep_objects([site.token.i], ("to", "on", "upon")):
        if pobj not in site.skip and (found := roles.actors_at(pobj, rule_id(appeal_addressee))):
            return found
    return []


@rule("roles.target.measure-aim.v1")
def measure_aim(roles: Roles, site: Site) -> list[Filler]:
    """A measure named by a noun is aimed at whom the verb it is subject of says it targets:
    "the sanctions, announced by Chile on Monday, target Peruvian officials", "new tariffs that
    hit Bolivian exports" -> the officials, Bolivia. The noun (the trigger, or the object in a
    verb's pattern: "imposed tariffs that hit ...") is the subject of a verb of aiming
    (`verbs`), directly or as the antecedent of a relative clause; the verb's object is the
    target."""
    verbs = event_words(rule_id(measure_aim), "verbs")
    subject_of = (
        [site.token.head]
        if not site.is_verb and site.token.dep == "nsubj" and site.token.head != site.token.i
        else []
    )
    return _clause_objects(roles, site, verbs, rule_id(measure_aim), subject_of)


@rule("roles.target.deterred.v1")
def deterred(roles: Roles, site: Site) -> list[Filler]:
    """A show of force is aimed at whom its purpose says it deters or guards against: "held
    naval drills to deter Peruvian aggression", "tested a missile to bolster its defenses
    against Peru" -> Peru. The infinitive of purpose on the trigger's verb: the actor its
    object names when the verb is one of deterring (`deterring_verbs`), else one under its
    "against"."""
    if not site.is_verb:
        return []
    this = rule_id(deterred)
    toks, children = roles.toks, roles.doc.children
    verbs = event_words(this, "deterring_verbs")
    for purpose in children[site.token.i]:
        if toks[purpose].dep not in ("xcomp", "advcl") or not any(
            toks[a].text.lower() == "to" and toks[a].dep == "aux" for a in children[purpose]
        ):
            continue
        heads = [purpose] + [o for o in children[purpose] if toks[o].dep == "dobj"]
        aimed = roles.prep_objects(heads, ("against",))
        if toks[purpose].lemma.lower() in verbs:
            aimed = [o for o in children[purpose] if toks[o].dep == "dobj"] + aimed
        for noun in aimed:
            found = [
                f for f in roles.actors_at(noun, this) if f.mention.token_start not in site.skip
            ]
            if found:
                return found
    return []


@rule("roles.target.deadly-clause.v1")
def deadly_clause(roles: Roles, site: Site) -> list[Filler]:
    """An attack that a relative clause says killed or hurt people is aimed at them: "Chile
    launched an offensive that killed twelve Peruvian soldiers", "a Chilean airstrike that
    wounded Peruvian border guards" -> the soldiers, the guards. The nominal trigger is the
    attack, or the object in a verb's pattern ("launched an offensive"); the clause's subject
    is "that" or "which", and its object the people hit (`verbs`)."""
    verbs = event_words(rule_id(deadly_clause), "verbs")
    return _clause_objects(roles, site, verbs, rule_id(deadly_clause))


def _clause_objects(
    roles: Roles, site: Site, verbs: frozenset[str], rule_name: str, more: Sequence[int] = ()
) -> list[Filler]:
    """The first actor among the objects of the verbs (`verbs`) of relative clauses whose
    subject is "that" or "which", on the trigger's noun or its pattern's object ("an offensive
    that killed ...", "tariffs that hit ..."), and of the verbs `more`."""
    nouns = [site.token.i] if not site.is_verb else [
        i for i in site.pattern_tokens if roles.toks[i].dep == "dobj"
    ]
    clauses = [
        c
        for noun in nouns
        for c in roles.doc.children[noun]
        if roles.toks[c].dep == "relcl"
        and any(
            roles.toks[s].dep == "nsubj" and roles.toks[s].tag in RELATIVE_PRONOUN_TAGS
            for s in roles.doc.children[c]
        )
    ]
    for verb in (*clauses, *more):
        if roles.toks[verb].lemma.lower() not in verbs:
            continue
        for child in roles.doc.children[verb]:
            if roles.toks[child].dep == "dobj" and child not in site.skip:
                if found := roles.actors_at(child, rule_name):
                    return found
    return []


@rule("roles.target.response-to.v1")
def response_to(roles: Roles, site: Site) -> list[Filler]:
    """An act done in response, retaliation or protest is aimed at whose act it answers: "in
    response to Peru's decision, Chile recalled its ambassador", "Chile expelled two diplomats
    in retaliation for Peru's sanctions" -> Peru. The phrase's "to", "for", "against", "at" or
    "over" names the answered act, whose actor is found as a target's is (the noun, its
    possessor or an actor modifier). The parser may hang the phrase on the verb's object, and
    the answered act beside it: "Chile recalled its ambassador in protest against Peru's
    decision"."""
    this = rule_id(response_to)
    answers = event_words(this, "answer_nouns")
    answered = ("to", "for", "against", "at", "over")
    heads = [site.token.i]
    if site.is_verb:
        heads += [c for c in roles.doc.children[site.token.i] if roles.toks[c].dep == "dobj"]
    for head in heads:
        for noun in roles.prep_objects([head], ("in",)):
            if roles.toks[noun].lemma.lower() not in answers:
                continue
            beside = [a for a in roles.prep_objects([head], answered) if a > noun]
            for act in (*roles.prep_objects([noun], answered), *beside):
                if act not in site.skip and (found := roles.actors_at(act, this)):
                    return found
    return []


@rule("roles.target.protest-purpose.v1")
def protest_purpose(roles: Roles, site: Site) -> list[Filler]:
    """A protest held to denounce, demand or oppose something is aimed at whom that names:
    "thousands of Peruvians marched in Lima to denounce Chile's policy" -> Chile, not the
    city it was held in. The purpose is an infinitive of the protest verb (`purpose_verbs`)
    whose object or "against" phrase names an actor."""
    this = rule_id(protest_purpose)
    verbs = event_words(this, "purpose_verbs")
    for child in roles.doc.children[site.token.i]:
        clause = roles.toks[child]
        if clause.dep not in ("advcl", "xcomp") or clause.lemma.lower() not in verbs:
            continue
        if not purpose_infinitive(roles.doc, child):
            continue
        heads = [c for c in roles.doc.children[child] if roles.toks[c].dep == "dobj"]
        for head in [*heads, *roles.prep_objects([child], ("against",))]:
            if head not in site.skip and (found := roles.actors_at(head, this)):
                return found
    return []


def casualty_verb(roles: Roles, site: Site) -> Token | None:
    """The verb of dying or being hurt whose "in" or "during" phrase the nominal trigger of
    `site` is ("were killed in an ambush", "died in an ambush and a gunfight with rebels"),
    or whose "when" clause the verbal trigger heads ("were killed when rebels attacked their
    post"), or None."""
    token = site.token
    if token.dep == "conj" and token.head != token.i:
        token = roles.toks[token.head]
    if site.is_verb:
        verb = roles.toks[token.head]
        when = any(
            roles.toks[c].dep == "advmod" and roles.toks[c].text.lower() == "when"
            for c in roles.doc.children[token.i]
        )
        if token.dep != "advcl" or not when or verb.i == token.i:
            return None
        casualty = verb.lemma.lower() in event_words(rule_id(casualties), "verbs")
        return verb if casualty else None
    if token.dep != "pobj" or token.head == token.i:
        return None
    prep = roles.toks[token.head]
    if prep.text.lower() not in ("in", "during") or prep.head == prep.i:
        return None
    verb = roles.toks[prep.head]
    if verb.lemma.lower() not in event_words(rule_id(casualties), "verbs"):
        return None
    return verb


@rule("roles.target.prior-measure.v1")
def prior_measure(roles: Roles, site: Site) -> list[Filler]:
    """Easing a measure the story reported before eases it for whom it was imposed on: "Chile
    imposed tariffs on Peruvian goods. Chile later suspended the tariffs" -> Peru. The object
    is a definite noun that shares a word with the earlier measure's pattern, and the measure
    was reported at most a few sentences before. A clause on the object may say whom it was
    imposed on: "Japan lifted the sanctions it imposed on Korea in 2019", "lifted curbs on
    three chemicals, which it had imposed on Korea" -> Korea."""
    if not site.is_verb:
        return []
    for child in roles.doc.children[site.token.i]:
        noun = roles.toks[child]
        if noun.dep != "dobj" or child in site.skip or noun.pos != "NOUN":
            continue
        if found := _imposed_on(roles, site, child):
            return found
        if not definite(roles, noun):
            continue
        for act, lemmas, targets in reversed(roles.measures):
            if act >= site.token.i or roles.toks[act].sent < noun.sent - PRIOR_ACT_WINDOW:
                continue
            if noun.lemma.lower() in lemmas:
                name = rule_id(prior_measure)
                return [replace(f, rule=name, also=(f.rule, *f.also)) for f in targets]
    return []


def _imposed_on(roles: Roles, site: Site, noun: int) -> list[Filler]:
    """Whom a relative clause on the measure `noun` (or on the object of its preposition) says
    it was imposed on: the "on" or "against" object of its verb. (A participle's phrases are
    the measure's own: `roles.target.object-phrase.v1`.)"""
    nouns = [noun, *roles.prep_objects([noun], ("on", "against", "of"))]
    clauses = [
        c
        for n in nouns
        for c in roles.doc.children[n]
        if roles.toks[c].dep == "relcl" and roles.toks[c].pos == "VERB"
    ]
    for pobj in roles.prep_objects(clauses, ("on", "against")):
        if pobj not in site.skip and (found := roles.actors_at(pobj, rule_id(prior_measure))):
            return found
    return []


def _reacted_to(roles: Roles, site: Site) -> list[int]:
    """What a reaction is to: the trigger's object, or its passive subject ("the move was
    condemned by Peru"), or the object of "over", "about", "at" or "against" on the trigger or
    on a noun of its phrase ("expressed outrage over the killings", "voted against the
    tariffs")."""
    heads = [site.token.i, *(i for i in site.pattern_tokens if i != site.token.i)]
    objects = [
        c
        for c in roles.doc.children[site.token.i]
        if roles.toks[c].dep == "dobj" or roles.toks[c].dep in PASSIVE_SUBJECT_DEPS
    ]
    return objects + roles.prep_objects(heads, ("over", "about", "at", "against"))


@rule("roles.target.clause-author.v1")
def clause_author(roles: Roles, site: Site) -> list[Filler]:
    """Praise, criticism or rejection of a thing whose author a clause on it names is aimed at
    that author: "Peru condemned the attack that Chilean troops carried out" -> the troops,
    "rejected the plan Chile proposed" -> Chile, "criticised the tariffs imposed by Chile" ->
    Chile. The thing is the trigger's object, or the object of its "over", "about" or "at",
    with no actor of its own; the author is the subject of a relative clause whose object the
    thing is, or the "by" agent of a participle on it."""
    if not site.is_verb:
        return []
    for thing in _reacted_to(roles, site):
        if thing in site.skip or roles.toks[thing].pos != "NOUN":
            continue
        clauses = [
            c for c in roles.doc.children[thing] if roles.toks[c].dep in ("relcl", "acl")
        ]
        described = {i for c in clauses for i in roles.subtree(c)}
        if any(i in roles.index.at for i in roles.subtree(thing) if i not in described):
            continue
        for clause in clauses:
            children = [roles.toks[c] for c in roles.doc.children[clause]]
            if roles.toks[clause].dep == "relcl":
                # The thing is the clause's object: no object of its own but the pronoun.
                if any(c.dep == "dobj" and c.tag not in RELATIVE_PRONOUN_TAGS for c in children):
                    continue
                authors = [
                    c.i for c in children if c.dep == "nsubj" and c.tag not in RELATIVE_PRONOUN_TAGS
                ]
            else:
                authors = [
                    p for c in children if c.dep == "agent" for p in roles.doc.children[c.i]
                ]
            for author in authors:
                if found := roles.actors_at(author, rule_id(clause_author)):
                    return found
    return []


@rule("roles.target.prior-act.v1")
def prior_act(roles: Roles, site: Site) -> list[Filler]:
    """Praise, criticism or rejection of an act the story reported before, named by a definite
    noun with no author of its own, is aimed at who did it: "Chilean police arrested a
    Peruvian student on Monday. Student unions condemned the arrest" -> the Chilean police.
    The noun and the earlier trigger share a lemma ("arrest", "attack", "release") or name the
    same kind of act ("police detained a reporter ... condemned the detention", "shelled the
    base ... condemned the attack"), and the act was reported at most a few sentences before;
    or the act is the noun a relative clause of the reaction describes ("Chile made an offer
    that Peru rejected")."""
    if not site.is_verb:
        return []
    objects = _reacted_to(roles, site)
    token = site.token
    if (
        token.dep == "relcl"
        and token.head != token.i
        and all(roles.toks[o].tag in RELATIVE_PRONOUN_TAGS for o in objects)
    ):
        # "Chile made an offer that Peru rejected": the act the clause describes, told in the
        # same sentence, is what it reacts to.
        for act, _, _, sources in roles.acts:
            if act == token.head and sources:
                return [replace(f, rule=rule_id(prior_act), also=()) for f in sources]
        if roles.toks[token.head].dep == "appos":
            # "Chile repeated the claim that ..., a charge Peru rejected": the noun set at
            # the end to rename the clause's object is the object of whoever made it.
            if found := _renamed_object_author(roles, roles.toks[token.head], site):
                return found
    renaming = None
    # "a decision that Peru condemned": the relative pronoun stands for the noun.
    objects = [o for o in objects if roles.toks[o].tag not in RELATIVE_PRONOUN_TAGS]
    if token.dep in ("relcl", "acl") and not objects and token.head != token.i:
        # "Chile deployed troops to the border, a move Peru called provocative", "a step
        # welcomed by Peru": the act noun the clause describes, set beside the clause it
        # renames, is the trigger's object.
        head = roles.toks[token.head]
        first = min(roles.subtree(head.i))
        set_off = head.dep == "appos" or (first > 0 and roles.toks[first - 1].text == ",")
        if set_off and head.lemma.lower() in event_words(
            rule_id(prior_act), "act_nouns"
        ):
            renaming = head.i
            objects.append(head.i)
    for child in objects:
        noun = roles.toks[child]
        if noun.pos != "NOUN" or child in site.skip:
            continue
        if child != renaming and not definite(roles, noun):
            continue
        own = roles.subtree(child)
        if child == renaming:
            # Not the clause that describes it, which names the one reacting.
            own = [i for i in own if i not in roles.subtree(token.i)]
        if any(i in roles.index.at for i in own):
            continue
        found = prior_authors(roles, noun, rule_id(prior_act))
        if found:
            return found
    return []


def _renamed_object_author(roles: Roles, noun: Token, site: Site) -> list[Filler]:
    """The subject of the verb whose object an appositive at the end of its phrase renames,
    however deep in that phrase the parser hangs it: the first object at or above it."""
    current = noun
    for _ in range(10):
        if current.dep == "dobj" and roles.toks[current.head].pos == "VERB":
            verb = roles.toks[current.head]
            return [
                f
                for c in roles.doc.children[verb.i]
                if roles.toks[c].dep == "nsubj"
                for f in roles.actors_at(c, rule_id(prior_act))
                if f.mention.token_start not in site.skip
            ]
        if current.head == current.i:
            return []
        current = roles.toks[current.head]
    return []


def prior_authors(
    roles: Roles, noun: Token, rule_name: str, lemma_too: bool = True
) -> list[Filler]:
    """The authors of the act `noun` names, when it names one reported at most a few sentences
    before it, by the same word (with `lemma_too`) or a word of the same kind of act: its own
    trigger's or (with `lemma_too`) that of any pattern it heads ("expelled two diplomats ...
    condemned the expulsions"). With `lemma_too`, a word of the earlier act's pattern names it
    too ("signed a trade deal ... welcomed the deal"), and a noun of agreement an act of
    agreeing (`agreement_nouns`: "agreed to resume talks ... welcomed the agreement")."""
    kind = roles.trigger_roots.get(noun.i)
    kinds = {kind} if kind is not None else set()
    word = noun.lemma.lower()
    if lemma_too:
        kinds |= roles.noun_roots.get(word, frozenset())
    generic = lemma_too and word in event_words(rule_id(prior_act), "act_nouns")
    agreement = lemma_too and word in event_words(rule_id(prior_act), "agreement_nouns")
    for act, lemma, root, sources in reversed(roles.acts):
        if act >= noun.i or roles.toks[act].sent < noun.sent - PRIOR_ACT_WINDOW:
            continue
        if (
            (lemma_too and lemma == word)
            or (lemma_too and word in roles.act_words.get(act, ()))
            or (agreement and lemma == "agree")
            or any(same_kind(k, root) for k in kinds)
            # "the move", "the decision": the act told last, of whatever kind but speech.
            or (generic and root not in SPEECH_ROOTS)
        ):
            return [replace(f, rule=rule_name, also=()) for f in sources]
    return []


def definite(roles: Roles, noun: Token) -> bool:
    """Whether `noun` names something already told of: "the arrest", "their release", and
    "Monday's attack", where a day names the act as a determiner does."""
    determiners = event_words(rule_id(prior_act), "determiners")
    return any(
        roles.toks[c].dep in ("det", "poss")
        and (
            roles.toks[c].text.lower() in determiners
            or roles.toks[c].ent_type in ("DATE", "TIME")
        )
        for c in roles.doc.children[noun.i]
    )


def same_kind(a: str, b: str) -> bool:
    """Whether two CAMEO roots name the same kind of act: the same root, or both force ("the
    attack" after "shelled the town")."""
    return a == b or (a in FORCE_ROOTS and b in FORCE_ROOTS)


@rule("roles.target.location.v1")
def location(roles: Roles, site: Site) -> list[Filler]:
    """The state where an act happens is its target when no party is named: "eased the curfew in
    Western Sahara", "sent peacekeepers to South Sudan", "the pullout of troops from
    Estonia". Not the place where talks are held, and not the home country of rebels or militias
    that act there, unless they attack it: "militants attacked a base in Peru" is an attack on
    Peru, by whoever makes it."""
    home = (
        set()
        if site.root in FORCE_ROOTS
        else {a.country for a in source_actors(roles, site) if not set(a.sectors) <= STATE_SECTORS}
    )
    found = roles.placed_in(roles.location_heads(site.token), site.skip, rule_id(location))
    return [f for f in found if f.actor.country not in home]


@rule("roles.target.border.v1")
def border(roles: Roles, site: Site) -> list[Filler]:
    """Forces moved, massed or put on alert at a border face the state across it: "deployed
    troops along its border with Peru", "stationed tanks near the Peruvian border" -> Peru.
    The state named with a border word (`border_nouns`: "the border with Peru", "Peru's
    border", "the Peruvian border") in a phrase on the act or its object, not the source's own
    state ("its border")."""
    home = {a.country for a in source_actors(roles, site)}
    borders = event_words(rule_id(border), "border_nouns")
    preps = tuple(event_words(rule_id(border), "border_preps"))
    for place in roles.prep_objects(roles.location_heads(site.token), preps):
        if roles.toks[place].lemma.lower() not in borders:
            continue
        named = [
            c
            for c in roles.doc.children[place]
            if roles.toks[c].dep in ("poss", "amod", "compound")
        ] + roles.prep_objects([place], ("with", "between"))
        for token in named:
            found = [
                f
                for f in roles.actors_at(token, rule_id(border))
                if f.actor.country not in home and f.mention.token_start not in site.skip
            ]
            if found:
                return found
    return []


@rule("roles.target.noun-patient.v1")
def noun_patient(roles: Roles, site: Site) -> list[Filler]:
    """The "of" phrase of a noun of an act done to people names them: "the detention of two
    Chilean journalists", "the release of the fishermen", "the killing of three soldiers",
    "Chile's criticism of Peru" (for the roots the chain gives); so
    does the subject of the custody it says they are in ("two activists remain in custody")."""
    if site.is_verb:
        return []
    patients = roles.prep_objects([site.token.i], ("of",))
    if (held := roles.held_subject(site.token)) is not None:
        patients.append(held)
    for patient in patients:
        if patient not in site.skip and (found := roles.actors_at(patient, rule_id(noun_patient))):
            return found
    return []


@rule("roles.target.shared-object.v1")
def shared_object(roles: Roles, site: Site) -> list[Filler]:
    """A verb joined by "and" to a verb with a party as its object, and with no target of its
    own, addresses that party too: "Peru accused Chile of aggression and demanded an
    apology" -> Chile is asked for the apology; "the president met his Bolivian counterpart
    and signed three agreements" -> signed with Bolivia. The chain keeps it to speech and
    dealings (intents, meetings, cooperation, reduced relations), whose second act is still
    with whom the first names; a second attack may be on anyone. An object of its own that
    names parties the text does not code (`party_nouns`: "met tribal leaders and thanked
    neighbouring countries") is its target, not the first verb's."""
    token = site.token
    if not site.is_verb or token.dep != "conj" or token.head == token.i:
        return []
    first = roles.toks[token.head]
    if first.pos != "VERB" or any(
        roles.toks[c].dep in SUBJECT_DEPS for c in roles.doc.children[token.i]
    ):
        # "Peru accused Chile and Bolivia demanded ...": a clause of its own.
        return []
    parties = event_words(rule_id(shared_object), "party_nouns")
    if any(
        roles.toks[c].dep in ("dobj", "dative") and roles.toks[c].lemma.lower() in parties
        for c in roles.doc.children[token.i]
    ):
        return []
    for child in roles.doc.children[first.i]:
        if roles.toks[child].dep == "dobj" and child not in site.skip:
            return roles.actors_at(child, rule_id(shared_object))
    return []


@rule("roles.target.own-state.v1")
def own_state(roles: Roles, site: Site) -> list[Filler]:
    """People who protest and name no target protest against their own state, as CAMEO coders
    code domestic protest: "Chilean miners staged a sit-in" -> Chile. The state need not be
    mentioned: the trigger is its evidence. So do those who yield by ending their protest
    (root 08: "Peruvian teachers called off their strike" -> Peru); armed groups that stop
    fighting may face anyone (`armed_sectors`)."""
    found = []
    armed = event_words(rule_id(own_state), "armed_sectors")
    for source in site.sources:
        # "Chilean miners", "thousands of Chileans": a nationality naming people, not the state.
        people = roles.toks[source.mention.token_end - 1].tag in ("JJ", "NNS", "NNPS")
        for actor in roles.index.members(source.actor):
            sectors = set(actor.sectors)
            if site.root != "14" and sectors & armed:
                continue
            if actor.country and (not sectors <= STATE_SECTORS or (not sectors and people)):
                found.append(implied_filler(actor.country, site.token, roles, rule_id(own_state)))
    return found


@rule("roles.target.own-people.v1")
def own_people(roles: Roles, site: Site) -> list[Filler]:
    """A state's forces that coerce and name no one act on their own country: "the police
    arrested dozens" by Nigerian police -> Nigeria. So does a government that yields (root 08,
    by the chain) and names no one: "the Peruvian government released 50 political prisoners",
    "lifted the state of emergency" -> Peru."""
    return [
        implied_filler(actor.country, site.token, roles, rule_id(own_people))
        for actor in source_actors(roles, site)
        if actor.country and actor.sectors and set(actor.sectors) <= STATE_SECTORS
    ]


@rule("roles.target.receiver.v1")
def receiver(roles: Roles, site: Site) -> list[Filler]:
    """Who faces, receives or draws an act its noun names undergoes it: "Peru faced criticism
    from Chile", "the minister drew praise from rights groups", "Peru came under pressure from
    Chile" -> Peru, the minister, Peru (the agent is the noun's "from" phrase,
    `roles.source.by-phrase.v1`). The noun is the object of a verb of receiving (also through
    a quantity: "received 20 tons of aid"), or of "under" after "come" (`under_verbs`). An
    act told before that draws it ("the move drew criticism") passes it to its authors
    (`roles.target.prior-act.v1`)."""
    verb = receiving_verb(roles, site)
    if verb is None:
        return []
    subjects = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
    if (
        verb.tag == "VBG"
        and verb.dep in ("advcl", "xcomp", "conj")
        and verb.head != verb.i
        and not any(roles.toks[c].dep in subjects for c in roles.doc.children[verb.i])
    ):
        # "Peru detained two fishermen, prompting a protest from Chile": what the clause
        # tells prompts it, so its subject draws the act.
        verb = roles.toks[verb.head]
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep in subjects and child not in site.skip:
            subject = roles.relative_antecedent(verb, roles.toks[child])
            found = roles.actors_at(subject.i, rule_id(receiver))
            if (
                not found
                and subject.pos == "NOUN"
                and roles.switches.on(rule_id(prior_act))
                and definite(roles, subject)
                and not any(i in roles.index.at for i in roles.subtree(subject.i))
            ):
                # "Peru closed the border. The move drew criticism from Chile": an act told
                # before draws it, and so does whoever did it.
                found = prior_authors(roles, subject, rule_id(prior_act))
            return found
    return []


@rule(ORGANISER_RULE)
def organiser(roles: Roles, site: Site) -> list[Filler]:
    """Whoever a participle says hosts, leads or brokers a meeting is a party to it: "Bolivia
    attended a Chile-hosted summit", "joined the US-led talks", "attended a meeting organized
    by the UN" -> Chile, the US, the UN (`organisers`)."""
    if site.is_verb:
        return []
    for token in organisers(roles, site.token):
        if token not in site.skip and (found := roles.actors_at(token, rule_id(organiser))):
            return found
    return []


@rule("roles.target.arrival.v1")
def arrival(roles: Roles, site: Site) -> list[Filler]:
    """Aid that reaches or arrives somewhere is delivered there: "Chilean aid reached flood
    victims in northern Peru", "a Bolivian aid shipment arrived in Lima" -> Peru; and aid that
    helps or feeds people is given to them: "Chilean aid has helped thousands of families in
    Peru", "the funding will go to schools in Peru"; aid that is carried somewhere goes there:
    "Chilean aid was flown to Peru", "aid from Chile has begun to arrive in Peru". The aid noun
    is the subject of a verb of arrival or benefit (`arrival_verbs`, also as the complement of
    a verb of beginning, `onset_verbs`) or the passive subject of a verb of carrying
    (`carrying_verbs`); its object, else the state its object is "of" ("the towns of northern
    Peru") or its place names, is the target. So is a verb of giving as a participle on such a
    noun, or on what a quantity is "of": "vaccines donated by Chile arrived in Lima", "a batch of
    vaccines donated by Chile reached Lima" -> Peru."""
    token = site.token
    if site.is_verb and token.dep == "acl" and token.tag == "VBN" and token.head != token.i:
        token = roles.toks[token.head]
        of = roles.toks[token.head]
        if token.dep == "pobj" and of.text.lower() == "of" and of.head != of.i:
            token = roles.toks[of.head]  # "a batch of vaccines donated by Chile"
    elif site.is_verb:
        return []
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return []
    verb = roles.toks[token.head]
    if verb.lemma.lower() in event_words(rule_id(arrival), "onset_verbs"):
        verb = next(
            (roles.toks[c] for c in roles.doc.children[verb.i] if roles.toks[c].dep == "xcomp"),
            verb,
        )
    wanted = "arrival_verbs" if token.dep == "nsubj" else "carrying_verbs"
    if verb.lemma.lower() not in event_words(rule_id(arrival), wanted):
        return []
    for child in roles.doc.children[verb.i]:
        if roles.toks[child].dep == "dobj" and child not in site.skip:
            if found := roles.actors_at(child, rule_id(arrival)):
                return found
            for whole in roles.of_objects(child):
                hit = roles.index.at.get(whole)
                if hit and whole not in site.skip and hit[0].kind == "state":
                    return [Filler(hit[0], hit[1], rule_id(arrival))]
    return roles.placed_in(roles.location_heads(verb), site.skip, rule_id(arrival))


def receiving_verb(roles: Roles, site: Site) -> Token | None:
    """The verb by which someone receives or undergoes the act the nominal trigger of `site`
    names (`receiver`), or None."""
    token = site.token
    if site.is_verb or token.head == token.i:
        return None
    verb = roles.toks[token.head]
    if token.dep == "pobj" and verb.text.lower() == "under" and verb.head != verb.i:
        verb = roles.toks[verb.head]
        under = event_words(rule_id(receiver), "under_verbs")
        return verb if verb.lemma.lower() in under else None
    if token.dep == "pobj" and verb.text.lower() == "with" and verb.head != verb.i:
        # "Peru's move was met with criticism from Chile": what is met with an act draws it.
        verb = roles.toks[verb.head]
        passive = any(roles.toks[c].dep == "auxpass" for c in roles.doc.children[verb.i])
        return verb if passive and verb.lemma.lower() == "meet" else None
    if token.dep == "pobj" and verb.text.lower() in ("of", "in") and verb.head != verb.i:
        # "received 20 tons of aid", "$5 million in aid": the quantity is the object.
        token = roles.toks[verb.head]
        if token.head == token.i:
            return None
        verb = roles.toks[token.head]
    if token.dep != "dobj" or verb.lemma.lower() not in event_words(
        rule_id(receiver), "receiving_verbs"
    ):
        return None
    return verb


@rule("roles.target.home-addressees.v1")
def home_addressees(roles: Roles, site: Site) -> list[Filler]:
    """People a country's own officials or groups urge or ask, named by no country or group
    of their own, in a story about that country, are of it: in a story about Chile, "the
    Chilean minister urged parents to keep their children at home" appeals to Chile. The
    appeal's object (or the object of "call on") is a plural noun with no actor in it; its
    sources are all of the story's country (one abroad may be addressing anyone)."""
    country = roles.story_country
    if country is None or not site.is_verb:
        return []
    speakers = source_actors(roles, site)
    if not speakers or any(a.country != country for a in speakers):
        return []
    heads = [c for c in roles.doc.children[site.token.i] if roles.toks[c].dep == "dobj"]
    heads += roles.prep_objects([site.token.i], ("on", "upon"))
    for head in heads:
        noun = roles.toks[head]
        if noun.tag == "NNS" and not any(i in roles.index.at for i in roles.subtree(head)):
            return [implied_filler(country, noun, roles, rule_id(home_addressees))]
    return []


@rule("roles.target.home-fight.v1")
def home_fight(roles: Roles, site: Site) -> list[Filler]:
    """Violence or coercion whose doers are of one state and that names no one it is aimed at,
    and no place abroad (the location rule comes first), is done at home, to that state, as
    CAMEO codes an insurgency and its victims by where they belong: "Peruvian rebels launched
    an offensive", "Chilean police shot two men", "rebels blew up a bridge" in a story about
    Peru -> Peru, Chile, Peru. An organisation or a region names no state; a fight among
    several named doers ("fighting between Peruvian troops and rebels") is among them; and a
    state's army or government in a story about another country (`home_sectors` are the
    groups that act only at home) may be fighting there, so that "Chilean soldiers killed two
    men" in a story about Peru names no target."""
    doers = source_actors(roles, site)
    countries = {actor.country for actor in doers}
    if len(countries) != 1 or (site.reciprocal and len(doers) > 1):
        return []
    country = countries.pop()
    if country is None or country_name(country) == country:
        return []
    home = event_words(rule_id(home_fight), "home_sectors")
    if roles.story_country not in (None, country) and any(
        not actor.sectors or not set(actor.sectors) <= home for actor in doers
    ):
        return []
    return [implied_filler(country, site.token, roles, rule_id(home_fight))]


def source_actors(roles: Roles, site: Site) -> list[Actor]:
    """The actors of the sources found for `site`, a group's members in its place."""
    return [a for s in site.sources for a in roles.index.members(s.actor)]


def implied_filler(country: str, trigger: Token, roles: Roles, rule_name: str) -> Filler:
    """A state the rule `rule_name` finds implied by `trigger` (or by a word that stands for
    it), with that token as evidence."""
    state = roles.index.by_id.get(country) or implied_state(country)
    evidence = Mention(
        trigger.idx, trigger.end, trigger.text, trigger.sent, trigger.i, trigger.i + 1, "implied"
    )
    return Filler(state, evidence, rule_name)


def implied_state(country: str) -> Actor:
    """A state an event names without a mention of it (see `own_state`)."""
    name = country_name(country)
    return Actor(country, name, name, "state", country, (), country, (), "implied:own-state")

