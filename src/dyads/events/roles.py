"""What role rules read: which actor is mentioned where, and the noun phrases and
prepositional phrases of a parse.

`ActorIndex` maps a token to the actor mentioned there; `Roles` finds the actors of a phrase.
The role rules themselves (`sources.py`, `targets.py`) are registered units that call these
helpers, and the id of the rule that found an actor travels with it in its `Filler`.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, replace

from .. import wordlists
from ..actors.matcher import noun_lemma
from ..actors.resolve import INTERNATIONAL_SECTORS
from ..records import Actor, Mention, ParsedDoc, Token
from ..rules import RuleSwitches, rule, rule_id
from .modality import lends_its_subject, modality_words

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})
# Adverbs of direction whose phrase says where an act moves something ("pulled back from",
# "moved closer to").
_DIRECTION_ADVERBS = frozenset({"back", "away", "out", "off", "forward", "up", "close", "near"})
# Cargo a sent vehicle carries (`cargo_of`), read by the source and target rules.
CARGO_RULE = "roles.source.cargo.v1"
_FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
# The rules whose word lists the helpers here read (the rules are in sources.py, targets.py).
LIGHT_VERB_RULE = "roles.source.light-verb.v1"
IMPLIED_AUTHORITY_RULE = "roles.source.implied-authority.v1"
ORGANISER_RULE = "roles.target.organiser.v1"
LOCATION_RULE = "roles.target.location.v1"
VISITING_RULE = "roles.source.visiting-participle.v1"
OBJECT_PHRASE_RULE = "roles.target.object-phrase.v1"
FIRST_PERSON_RULE = "speech.source.first-person.v1"


def event_words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/events/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("events/words.yaml", rule, name)


@dataclass(frozen=True, slots=True)
class Filler:
    """An actor filling a role: the actor, the mention, the id of the rule that found it, and
    the ids of helper rules that took part (an actor found in a noun phrase's modifier)."""

    actor: Actor
    mention: Mention
    rule: str
    also: tuple[str, ...] = ()


@rule("roles.phrase.orphan-prep.v1")
def orphan_prep(roles: Roles, prep: Token) -> list[int]:
    """A preposition the parser leaves with no object, when a participle follows its noun
    phrase, has that phrase as its object still: in "granted asylum to five Chilean officers
    hiding in the embassy" the small parser makes "officers" the subject of "hiding" and
    leaves "to" bare. The noun phrase starts right after the preposition and is the subject
    of the participle (which the tagger may read as a past tense). Returns the object's token,
    or nothing."""
    toks = roles.toks
    if any(toks[c].dep == "pobj" for c in roles.doc.children[prep.i]) or prep.i + 1 >= len(toks):
        return []
    # The noun phrase's head lies within a few words of the preposition ("to five Chilean
    # army officers").
    for noun in toks[prep.i + 1 : prep.i + 8]:
        if noun.dep in ("nsubj", "nsubjpass") and noun.head > noun.i:
            words = roles.subtree(noun.i)
            clause = toks[noun.head]
            if min(words) == prep.i + 1 and clause.tag in ("VBN", "VBG", "VBD"):
                return [noun.i]
            return []
    return []


@rule("roles.phrase.modifier.v1")
def modifier_actor(roles: Roles, i: int, role_rule: str) -> list[Filler]:
    """A phrase with no actor at its head stands for the actor in its modifier: "condemned North
    Korea's launches" -> North Korea, "the Japanese delegation" -> Japan, "a British-flagged
    tanker" -> Britain."""
    for child in roles.doc.children[i]:
        if roles.toks[child].dep in ("poss", "compound", "amod", "nmod"):
            hit = roles.index.at.get(child)
            if hit is None:
                # A hyphenated modifier names its actor one level down: "a British-flagged
                # tanker", "a Chilean-owned mine".
                hit = next(
                    (
                        roles.index.at[c]
                        for c in roles.doc.children[child]
                        if c in roles.index.at
                        and roles.toks[c].dep in ("npadvmod", "amod", "compound", "nmod")
                        and roles.toks[c + 1].text == "-"
                    ),
                    None,
                )
            if hit is not None:
                return [Filler(hit[0], hit[1], role_rule, (rule_id(modifier_actor),))]
    return []


@rule("roles.phrase.office-of.v1")
def office_holder_actor(roles: Roles, i: int, role_rule: str) -> list[Filler]:
    """A phrase headed by an office with no actor of its own stands for the body whose office
    it is: "the head of UNICEF warned" -> UNICEF, "the chief of the army" -> the army. A body
    named by a description stands for the name after it or the name that modifies it: "the chief
    of the UN nuclear watchdog, the IAEA," -> the IAEA, "the head of the United Nations food
    agency" -> the UN. A body the lexicon does not know (`bodies`) speaks for whom its "of"
    phrase names: "the Wine Producers Association of Chile" -> Chile. (The office and body
    nouns are `data/events/words.yaml`.)"""
    name = rule_id(office_holder_actor)
    bodies = event_words(name, "bodies")
    # "Members of ..." opening a sentence is tagged as a name, and keeps its plural.
    if noun_lemma(roles.toks[i]) not in event_words(name, "offices") | bodies:
        return []
    also = (name,)
    for child in roles.doc.children[i]:
        if roles.toks[child].dep == "prep" and roles.toks[child].text.lower() in ("of", "for"):
            for pobj in roles.doc.children[child]:
                if roles.toks[pobj].dep != "pobj":
                    continue
                named = [c for c in roles.doc.children[pobj] if roles.toks[c].dep == "appos"]
                for body in (pobj, *named):
                    hit = roles.index.at.get(body)
                    if hit is not None:
                        return [Filler(hit[0], hit[1], role_rule, also)]
                if pobj != i and roles.toks[pobj].lemma.lower() in bodies:
                    # "the head of the Fruit Growers Council of Peru": the body whose
                    # office it is speaks for whom its own "of" phrase names.
                    if found := office_holder_actor(roles, pobj, role_rule):
                        return found
                if roles.modifiers:
                    return [
                        replace(f, also=also + f.also)
                        for f in modifier_actor(roles, pobj, role_rule)
                    ]
    return []


@rule("roles.phrase.represented.v1")
def represented_actor(roles: Roles, i: int, role_rule: str) -> list[Filler]:
    """One who speaks for another in law or as kin, with no country of their own, acts for
    the one their "for" or "of" phrase names: "lawyers for Chile's opposition leader said"
    -> the leader, "the wife of a detained Peruvian reporter appealed" -> the reporter. Only
    as a doer: the one acted upon is the relative or lawyer themself ("Peru questioned the
    son of Chile's president"). (The nouns are `data/events/words.yaml`.)"""
    name = rule_id(represented_actor)
    if ".source." not in role_rule or roles.toks[i].lemma.lower() not in event_words(
        name, "nouns"
    ):
        return []
    for pobj in roles.prep_objects([i], ("of", "for"))[:1]:
        return [
            replace(f, also=(name, *f.also))
            for f in roles.actors_at(pobj, role_rule)
            if f.actor.country
        ]
    return []


@rule("roles.phrase.quantity.v1")
def quantity_of(roles: Roles, i: int) -> int | None:
    """A number or a noun of quantity stands for what its "of" phrase counts: "thousands of
    Iranians protested", "a group of Kenyan teachers" -> the Iranians, the teachers. The
    token the "of" phrase governs, or None."""
    tok = roles.toks[i]
    if tok.pos != "NUM" and tok.lemma.lower() not in event_words(rule_id(quantity_of), "nouns"):
        return None
    for child in roles.doc.children[i]:
        if roles.toks[child].dep == "prep" and roles.toks[child].text.lower() == "of":
            for pobj in roles.doc.children[child]:
                return pobj
    return None


@rule("roles.phrase.among-those.v1")
def among_those(roles: Roles, noun: Token) -> int | None:
    """Who is said to be among those that did something, or one of them, did it: "Chile was
    among the countries that condemned Peru", "Bolivia is one of the states that recognised
    the government" -> Chile, Bolivia. The subject of the copula whose "among" phrase, or
    whose "one of" phrase, is `noun` (the antecedent of a relative clause), or None."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = roles.toks[noun.head]
    word = prep.text.lower()
    holder = roles.toks[prep.head]
    if word == "of" and holder.lemma.lower() == "one" and holder.dep == "attr":
        copula = roles.toks[holder.head]
    elif word == "among" and prep.dep == "prep":
        copula = holder
    else:
        return None
    if copula.lemma.lower() != "be":
        return None
    return next(
        (c for c in roles.doc.children[copula.i] if roles.toks[c].dep == "nsubj"), None
    )


@rule("roles.phrase.named-members.v1")
def named_members(roles: Roles, i: int) -> int | None:
    """A noun with no actor of its own, or one with a sector and no country ("critics"), stands
    for the members its "including", "such as" or "like" phrase names: "several countries,
    including Chile and Bolivia, condemned Peru" -> Chile and Bolivia; "neighbours such as
    Chile" -> Chile; "critics, including Chile's foreign minister" -> the minister. The token
    the phrase governs (its conjuncts come with it), or None."""
    preps = event_words(rule_id(named_members), "preps")
    for child in roles.doc.children[i]:
        tok = roles.toks[child]
        such_as = tok.text.lower() == "as" and any(
            roles.toks[c].text.lower() == "such" for c in roles.doc.children[child]
        )
        if tok.dep == "prep" and (tok.text.lower() in preps or such_as):
            for pobj in roles.doc.children[child]:
                if roles.toks[pobj].dep == "pobj":
                    return pobj
    return None


def cargo_of(doc: ParsedDoc, noun: Token) -> tuple[Token, Token] | None:
    """The participle by which a vehicle carries the cargo `noun`, and the verb that sends the
    vehicle: in "Chile sent a plane carrying 20 tons of aid to Peru", ("carrying", "sent");
    also "a ship loaded with food". None when `noun` is no such cargo."""
    toks = doc.tokens
    current = noun
    if current.dep == "pobj" and toks[current.head].text.lower() == "of":
        # "20 tons of aid": the quantity carries the cargo.
        current = toks[toks[current.head].head]
    if current.dep == "pobj" and toks[current.head].text.lower() == "with":
        current = toks[current.head]
    elif current.dep != "dobj":
        return None
    participle = toks[current.head]
    if participle.dep != "acl" or participle.lemma.lower() not in event_words(
        CARGO_RULE, "cargo_participles"
    ):
        return None
    vehicle = toks[participle.head]
    verb = toks[vehicle.head]
    if vehicle.dep != "dobj" or verb.pos != "VERB":
        return None
    if verb.lemma.lower() not in event_words("roles.target.object.v1", "sending_verbs"):
        return None
    return participle, verb


class ActorIndex:
    """Which actor is mentioned at each token of one article."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.by_id = {a.id: a for a in actors}
        self.at: dict[int, tuple[Actor, Mention]] = {}
        for actor in actors:
            for mention in actor.mentions:
                for i in range(mention.token_start, mention.token_end):
                    self.at.setdefault(i, (actor, mention))

    def members(self, actor: Actor) -> list[Actor]:
        """The actors a group stands for, or the actor itself."""
        if not actor.members:
            return [actor]
        return [self.by_id[m] for m in actor.members if m in self.by_id]


class Roles:
    """Finds sources and targets in one parsed article."""

    def __init__(
        self, doc: ParsedDoc, index: ActorIndex, switches: RuleSwitches | None = None
    ) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.index = index
        self.switches = switches = switches or RuleSwitches()
        self.modifiers = switches.on(rule_id(modifier_actor))
        self.offices = switches.on(rule_id(office_holder_actor))
        self.represented = switches.on(rule_id(represented_actor))
        self.quantities = switches.on(rule_id(quantity_of))
        self.named_members = switches.on(rule_id(named_members))
        self.members_of = switches.on(rule_id(among_those))
        # The accusations (root 11) coded so far in the article, in text order, as their
        # sources and targets: a later denial answers the latest made against its speaker.
        self.accusations: list[tuple[tuple[Filler, ...], tuple[Filler, ...]]] = []
        # The asserted acts coded so far, in text order, as their trigger's token, lemma and
        # CAMEO root and their sources: a later reaction to "the arrest" is aimed at who made it.
        self.acts: list[tuple[int, str, str, tuple[Filler, ...]]] = []
        # The lemmas of the words of each asserted act's pattern, by its trigger's token: "the
        # deal" a reaction names may be the one "signed a trade deal" told of.
        self.act_words: dict[int, frozenset[str]] = {}
        # The measures (roots 16 and 17) coded so far, in text order, as their trigger's token,
        # the lemmas of their pattern's words and their targets: "lifted the sanctions" later
        # eases them for whom they were imposed on.
        self.measures: list[tuple[int, frozenset[str], tuple[Filler, ...]]] = []
        # The CAMEO root of each trigger of the article, by token: "the launch" a reaction
        # names may be the act of another word ("fired a missile").
        self.trigger_roots: dict[int, str] = {}
        # The CAMEO roots of the patterns each noun heads (`TriggerLexicon.noun_roots`): "the
        # expulsions" a reaction names may be the act of "expelled two diplomats".
        self.noun_roots: Mapping[str, frozenset[str]] = {}
        # The one country the story is about, when one dominates its actors' mentions.
        self.story_country: str | None = None
        # The country of the story's dateline, when it has one.
        self.dateline_country: str | None = None

    # -- actors at a token ---------------------------------------------------------------------

    def actors_at(self, i: int, rule: str) -> list[Filler]:
        """The actor(s) of the noun phrase headed by token i: the head's own mention, else one
        in its modifiers ("North Korea's provocations" gives North Korea), plus conjuncts
        ("Japan and the United States")."""
        found = self._head_actor(i, rule)
        for conjunct in self._conjuncts(i):
            found += self._head_actor(conjunct, rule)
        for child in self.doc.children[i]:
            # "Taro Kono and Defense Minister Itsunori Onodera", which the small parser may hang
            # as a modifier of the last name: a coordinated modifier is a co-subject.
            if self.toks[child].dep == "nmod" and any(
                self.toks[c].dep == "cc" for c in self.doc.children[child]
            ):
                found += self._head_actor(child, rule)
        seen, unique = set(), []
        for filler in found:
            if filler.actor.id not in seen:
                seen.add(filler.actor.id)
                unique.append(filler)
        return unique

    def _head_actor(self, i: int, rule: str) -> list[Filler]:
        hit = self.index.at.get(i)
        if hit is not None and hit[0].country:
            return [Filler(hit[0], hit[1], rule)]
        if self.quantities and (inner := quantity_of(self, i)) is not None:
            # Also a body with no country of its own: "a delegation of Bolivian lawmakers".
            return self._head_actor(inner, rule)
        if self.named_members and (inner := named_members(self, i)) is not None:
            if members := self.actors_at(inner, rule):
                # "Peruvian aircraft, including helicopter gunships": members named by kind
                # alone are of the country the noun's own modifier gives; organisations named
                # by name ("aid groups, including the Red Cross") are themselves.
                own = modifier_actor(self, i, rule) if self.modifiers else []
                if own and not all(
                    m.actor.country or m.actor.kind == "organization" for m in members
                ):
                    return own
                return members
        if self.represented and (client := represented_actor(self, i, rule)):
            return client
        international = hit is not None and bool(INTERNATIONAL_SECTORS & set(hit[0].sectors))
        if self.offices and not international and (office := office_holder_actor(self, i, rule)):
            # Also before a sector-only office ("leaders", "officials"), which the body whose
            # office it is places: "the leaders of Peru's ruling party" are the party's; not
            # an office of an international body ("the UN envoy for Peru" is the UN's).
            return office
        if hit is not None:
            # A sector-only group ("critics") with no members named.
            return [Filler(hit[0], hit[1], rule)]
        return modifier_actor(self, i, rule) if self.modifiers else []

    def _conjuncts(self, i: int) -> list[int]:
        """Tokens coordinated with i, except where the list is a parser's garden path: in
        "threats from North Korea, Japan and the United States may need to ...", the verb that
        follows has no subject, so the conjuncts are that subject, not more objects of "from".
        "Between" takes two parties, so its list is its own ("talks between Chile and Peru
        resumed")."""
        found: list[int] = []
        stack = [i]
        while stack:
            for child in self.doc.children[stack.pop()]:
                if self.toks[child].dep == "conj":
                    found.append(child)
                    stack.append(child)
        head = self.toks[self.toks[i].head]
        if found and self.toks[i].dep == "pobj" and head.text.lower() != "between":
            after = max(found) + 1
            if after < len(self.toks) and self.toks[after].tag in _FINITE_TAGS:
                verb = self.toks[after]
                if verb.dep in ("aux", "auxpass"):
                    verb = self.toks[verb.head]
                # "aid from Chile and Peru arrived": the verb has its subject, the list is whole.
                if not any(
                    self.toks[c].dep in ("nsubj", "nsubjpass") for c in self.doc.children[verb.i]
                ):
                    return []
        return found

    def clause_subjects(self, verb: int) -> list[int]:
        """The subjects of the clause headed by token `verb`, also where the small parser hangs
        one on the clause's auxiliary ("Peru's army was destabilizing the region")."""
        found = [c for c in self.doc.children[verb] if self.toks[c].dep in SUBJECT_DEPS]
        if found:
            return found
        return [
            s
            for a in self.doc.children[verb]
            if self.toks[a].dep in ("aux", "auxpass")
            for s in self.doc.children[a]
            if self.toks[s].dep in SUBJECT_DEPS
        ]

    def relative_antecedent(self, verb: Token, subject: Token) -> Token:
        if subject.tag in RELATIVE_PRONOUN_TAGS and verb.dep == "relcl":
            antecedent = self.toks[verb.head]
            if self.members_of and (member := among_those(self, antecedent)) is not None:
                return self.toks[member]
            return antecedent
        return subject

    def held_subject(self, noun: Token) -> int | None:
        """Who is in the custody a noun names: the subject of "be", "remain" or "languish"
        whose "in" phrase the noun is ("a Chilean fisherman is in detention in Lima", "two
        activists remain in custody"), else None."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.toks[noun.head]
        if prep.text.lower() != "in" or prep.head == prep.i:
            return None
        verb = self.toks[prep.head]
        if verb.lemma.lower() not in event_words(IMPLIED_AUTHORITY_RULE, "custody_states"):
            return None
        for child in self.doc.children[verb.i]:
            if self.toks[child].dep == "nsubj":
                return self.relative_antecedent(verb, self.toks[child]).i
        return None

    def passive_patient(self, verb: Token) -> int | None:
        """Who a passive verb's act is done to: its passive subject ("two activists were
        detained"), through a relative pronoun to its antecedent ("an activist who was
        detained"), or the noun a past participle follows as a reduced relative ("an
        activist detained in Lima"), or the subject of the clause a passive gerund sets the
        time of ("the activist flew home after being released"). Not a participle with a
        direct object: that is the small parser's misreading of a clause ("the ministers
        condemned the launch")."""
        children = [self.toks[c] for c in self.doc.children[verb.i]]
        for child in children:
            if child.dep in PASSIVE_SUBJECT_DEPS:
                return self.relative_antecedent(verb, child).i
        if (
            verb.dep == "acl"
            and verb.tag == "VBN"
            and verb.head < verb.i
            and not any(c.dep == "dobj" for c in children)
        ):
            return verb.head
        if verb.tag == "VBN" and any(
            c.dep == "auxpass" and c.text.lower() == "being" for c in children
        ):
            return self._adverbial_clause_subject(verb)
        return None

    def _adverbial_clause_subject(self, verb: Token) -> int | None:
        """The subject of the clause that `verb`, a gerund with no subject of its own, is an
        adverbial of ("after being freed", "being questioned by police, she ..."), or None."""
        head = verb
        if head.dep == "pcomp" and head.head != head.i:
            head = self.toks[head.head]  # the preposition: "after"
        if head.dep not in ("prep", "advcl") or head.head == head.i:
            return None
        clause = self.toks[head.head]
        if clause.pos not in ("VERB", "AUX"):
            return None
        subjects = [c for c in self.doc.children[clause.i] if self.toks[c].dep == "nsubj"]
        return subjects[0] if subjects else None

    def governing_verb(self, noun: Token) -> Token | None:
        if bundle := self.bundle_head(noun):
            return self.governing_verb(bundle)
        if noun.dep in ("dobj", "attr", "nsubjpass") and noun.head != noun.i:
            return self.toks[noun.head]
        if noun.dep == "pobj":
            prep = self.toks[noun.head]
            verb = self.toks[prep.head]
            if lends_its_subject(prep, verb):
                return verb
            # "Chile retaliated with a ban", "responded with sanctions": the means of a reaction;
            # "went ahead with the deportation", "proceeded with the expulsion": an act carried
            # out.
            if prep.text.lower() == "with" and (
                verb.lemma.lower() in event_words(LIGHT_VERB_RULE, "reaction_verbs")
                or verb.lemma.lower()
                in event_words("events.named-situation.v1", "carrying_on_verbs")
            ):
                return verb
            # "delegates flew to Vienna for talks", "arrived in Moscow for a visit", "is on a
            # visit to Peru"
            if prep.text.lower() in ("for", "on") and verb.lemma.lower() in event_words(
                LIGHT_VERB_RULE, "motion_verbs"
            ):
                return verb
            # "held a new round of negotiations": the verb of the measure of the act.
            if (
                prep.text.lower() == "of"
                and verb.lemma.lower() in event_words(LIGHT_VERB_RULE, "measure_nouns")
                and verb.dep in ("dobj", "attr")
                and verb.head != verb.i
            ):
                return self.toks[verb.head]
            # "in a rebuke to Peru, Chile recalled its envoy", "in a show of support for
            # Peru": what the verb's own doing is, named by a noun of manner.
            if (manner := self._manner_verb(noun, prep, verb)) is not None:
                return manner
            # "Peru is ready for talks", "open to dialogue": the subject of the copula.
            if (
                prep.text.lower() in ("to", "for")
                and verb.pos == "ADJ"
                and verb.dep == "acomp"
                and verb.lemma.lower() in modality_words().intent_adjectives
            ):
                return self.toks[verb.head]
        return None

    def _manner_verb(self, noun: Token, prep: Token, head: Token) -> Token | None:
        """The verb an indefinite "in" phrase of manner hangs on, whose act the phrase names:
        the noun itself ("in a rebuke to Peru") or the act its "of" phrase names ("in a show of
        support for Peru", "in a gesture of goodwill"); the noun of manner is one of
        `manner_nouns`."""
        words = event_words(LIGHT_VERB_RULE, "manner_nouns")
        if prep.text.lower() == "of" and head.lemma.lower() in words and head.dep == "pobj":
            noun, prep = head, self.toks[head.head]
            head = self.toks[prep.head]
        if (
            noun.lemma.lower() not in words
            or prep.text.lower() != "in"
            or prep.head == prep.i
            or head.pos != "VERB"
            or not any(
                self.toks[c].dep == "det" and self.toks[c].text.lower() in ("a", "an")
                for c in self.doc.children[noun.i]
            )
        ):
            return None
        return head

    def bundle_head(self, noun: Token) -> Token | None:
        """The noun that bundles an act named by the compound before it: "approved an aid
        package for Peru", "a sanctions package", "the relief convoy": the bundle is the act."""
        if noun.dep != "compound" or noun.head == noun.i:
            return None
        head = self.toks[noun.head]
        if head.lemma.lower() in event_words(LIGHT_VERB_RULE, "bundle_nouns"):
            return head
        return None

    def prep_objects(self, heads: list[int], words: tuple[str, ...]) -> list[int]:
        """The objects of the prepositions among `words` that hang on the tokens `heads`, in
        the order of the heads: "between" on "talks", "over" on "outrage"; a "to" the parser
        labels a dative is one too ("sent hundreds of soldiers to the border")."""
        return [
            p
            for head in heads
            for c in self.doc.children[head]
            if _is_preposition(self.toks[c]) and self.toks[c].text.lower() in words
            for p in self.doc.children[c]
            if self.toks[p].dep == "pobj"
        ]

    def prep_object(
        self, head: int, preps: tuple[str, ...], skip: Container[int], rule: str
    ) -> list[Filler]:
        """The actor of the first of `preps` attached to `head` that names one, also one level
        down through "of", "against", "from" and "in" ("the security of Japan", "a ban on imports
        from Peru": where goods, flights or people come from is whom a measure on them hits;
        "concern over the unrest in Peru").
        The parser labels the "to" of a recipient as a dative ("sent aid to Bolivia"): that is
        a preposition too, and "out of" is "from" ("pulled its troops out of Bolivia")."""
        by_prep: dict[str, list[int]] = {}
        for child in self.doc.children[head]:
            c = self.toks[child]
            if _is_preposition(c):
                by_prep.setdefault(c.text.lower(), []).extend(
                    p for p in self.doc.children[child] if self.toks[p].dep == "pobj"
                )
                if self.switches.on(rule_id(orphan_prep)):
                    by_prep[c.text.lower()].extend(orphan_prep(self, c))
                if c.text.lower() == "out":
                    by_prep.setdefault("from", []).extend(
                        p
                        for of in self.doc.children[child]
                        if self.toks[of].dep == "prep" and self.toks[of].text.lower() == "of"
                        for p in self.doc.children[of]
                        if self.toks[p].dep == "pobj"
                    )
        for prep in preps:
            for pobj in by_prep.get(prep, []):
                if pobj in skip:
                    continue
                # Not the source's own possessive ("answered with its own duties on ..."):
                # the next preposition may still name the target.
                found = [f for f in self.actors_at(pobj, rule) if f.mention.token_start not in skip]
                if found:
                    return found
                # "the security of Japan", "for a war against Bolivia", "imports from Peru",
                # "the unrest in Peru"; for dealings, the other party: "committed to the peace
                # process with Peru".
                down: tuple[str, ...] = ("of", "against", "from", "in")
                lemma = self.toks[pobj].lemma.lower()
                if lemma in event_words("roles.target.prep.v1", "gathering_nouns"):
                    # "met at the margins of a summit in Brasilia": where a gathering is held
                    # is its venue, not a party.
                    down = ("of", "against", "from")
                if lemma in event_words("roles.target.prep.v1", "margin_nouns"):
                    # "met on the sidelines of the UN General Assembly": what the margins are
                    # of is where the meeting is, not who is met.
                    continue
                relation_nouns = event_words("roles.target.object-phrase.v1", "relation_nouns")
                if lemma in relation_nouns:
                    down = (*down, "with", "between")
                found = self.prep_object(pobj, down, skip, rule)
                if found:
                    return found
                # "tariffs on cars made in Peru": where the goods come from.
                origins = event_words("roles.target.prep.v1", "origin_participles")
                for participle in self.doc.children[pobj]:
                    if (
                        self.toks[participle].dep == "acl"
                        and self.toks[participle].tag == "VBN"
                        and self.toks[participle].lemma.lower() in origins
                        and (found := self.prep_object(participle, ("in", "from"), skip, rule))
                    ):
                        return found
        return []

    def location_heads(self, trigger: Token) -> list[int]:
        """Where the place of an act may hang: the trigger, its object or the object of a
        preposition on either ("called for a truce in Yemen", "launched airstrikes on rebel
        positions in Peru"), what the object is "of" ("the pullout of
        troops from Estonia"), an adverb of direction on the verb ("pulled its troops back
        from the border"), and the verb it depends on or is coordinated with ("arrived in Lima
        and handed out food")."""
        heads = [trigger.i]
        heads += [c for c in self.doc.children[trigger.i] if self.toks[c].dep in ("dobj", "attr")]
        heads += [
            c
            for c in self.doc.children[trigger.i]
            if self.toks[c].dep in ("advmod", "prt")
            and self.toks[c].lemma.lower() in _DIRECTION_ADVERBS
        ]
        heads += [
            p
            for h in list(heads)
            for c in self.doc.children[h]
            if self.toks[c].dep == "prep"
            for p in self.doc.children[c]
            if self.toks[p].dep == "pobj"
        ]
        heads += [h for h in list(heads) for h in self.of_objects(h)]
        if trigger.dep in ("xcomp", "advcl", "pobj", "dobj") and trigger.head != trigger.i:
            heads.append(trigger.head)
            governor = self.toks[trigger.head]
            if governor.dep == "conj" and governor.head != governor.i:
                # "landed in Lima and began distributing food": where the verbs it is
                # coordinated with happen.
                heads.append(governor.head)
        elif trigger.dep == "conj" and trigger.pos == "VERB" and trigger.head != trigger.i:
            heads.append(trigger.head)
        elif (
            trigger.dep == "nsubj"
            and trigger.pos == "NOUN"
            and trigger.head != trigger.i
            and self.toks[trigger.head].lemma.lower()
            in event_words("roles.target.casualties.v1", "verbs")
        ):
            # "a rebel raid killed three officers in Peru": where the people it hurt were.
            heads.append(trigger.head)
        return heads

    def placed_in(self, heads: list[int], skip: Container[int], rule: str) -> list[Filler]:
        """The first state named in a locative phrase of one of `heads`. A place inside the
        phrase of a state's organ is where the organ is ("outside the Chilean embassy in Lima"
        is in Peru), so it comes before the organ's own state."""
        for head in heads:
            for pobj in self._locative_objects(head):
                # "in the town of Kidal in northern Mali": two phrases down at most.
                near = [*self._locative_objects(pobj), *self.of_objects(pobj)]
                far = [c for n in near for c in (*self._locative_objects(n), *self.of_objects(n))]
                organ: list[Filler] = []
                for candidate in (pobj, *near, *far):
                    hit = self.index.at.get(candidate)
                    if hit and candidate not in skip and hit[0].kind == "state":
                        if not hit[0].sectors:
                            return [Filler(hit[0], hit[1], rule)]
                        organ = organ or [Filler(hit[0], hit[1], rule)]
                if organ:
                    return organ
        return []

    def _locative_objects(self, head: int) -> list[int]:
        locative = event_words(LOCATION_RULE, "locative_preps")
        preps = [
            c
            for c in self.doc.children[head]
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() in locative
        ]
        # "outside of Mosul", "out of Aleppo": the place is the inner phrase's object.
        preps += [c for p in preps for c in self._of_preps(p)]
        return [p for c in preps for p in self.doc.children[c] if self.toks[p].dep == "pobj"]

    def _of_preps(self, head: int) -> list[int]:
        return [
            c
            for c in self.doc.children[head]
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() == "of"
        ]

    def of_objects(self, head: int) -> list[int]:
        return [
            p
            for c in self._of_preps(head)
            for p in self.doc.children[c]
            if self.toks[p].dep == "pobj"
        ]

    def first_person(self, i: int) -> bool:
        return self.toks[i].text.lower() in event_words(FIRST_PERSON_RULE, "pronouns")

    def subtree(self, root: int) -> list[int]:
        return self.doc.subtree(root)


@dataclass(frozen=True, slots=True)
class Site:
    """What the role rules know of one trigger: the token, the words of its pattern, its code,
    who reports it, how it reads, and, once sources are found, the sources and the tokens no
    target may come from."""

    token: Token
    pattern_tokens: tuple[int, ...]
    root: str
    is_verb: bool
    # Whether the verb governing a nominal trigger lends it its subject ("X issued a threat").
    light: bool
    reciprocal: bool
    quoted: bool
    speakers: tuple[Filler, ...]
    restrainers: tuple[Filler, ...]
    # The subject of the trigger is "we" or "I" (the speaker, in a quotation).
    first_person: bool
    preps: tuple[str, ...]
    object_preps: tuple[str, ...]
    # The direct object is the act's topic, not its target ("discussed Ukraine").
    topic_object: bool = False
    # The act needs no target ("claimed responsibility for the bombing").
    targetless: bool = False
    # The trigger is a verb of saying that reports a direct quotation ('"...," she said').
    reports_quote: bool = False
    # The words it reports tell only how a quantity changed ("exports rose 5%").
    reports_statistic: bool = False
    sources: tuple[Filler, ...] = ()
    skip: Container[int] = frozenset()


def participles_of(roles: Roles, noun: Token) -> list[int]:
    """The past participles that describe a nominal trigger after it, whose agent and
    prepositions are the act's: "the sanctions imposed by Chile on Peru", "aid sent by Chile
    to Peru"."""
    return [
        c
        for c in roles.doc.children[noun.i]
        if roles.toks[c].dep == "acl" and roles.toks[c].tag == "VBN" and c > noun.i
    ]


def organisers(roles: Roles, noun: Token) -> list[int]:
    """The tokens naming who hosts, leads or brokers the meeting `noun` names: the word before
    the hyphen of a participle that modifies it ("a Chile-hosted summit", "the UN-organized
    talks", however the parser hangs the pieces) and the "by" agent of a participle after it
    ("a meeting organized by the UN"). Such an organiser is a party to the meeting, not its
    author (`roles.target.organiser.v1`)."""
    participles = event_words(ORGANISER_RULE, "organising_participles")
    found: list[int] = []
    for child in roles.doc.children[noun.i]:
        participle = roles.toks[child]
        if participle.text.lower() not in participles:
            continue
        if child < noun.i and child >= 2 and roles.toks[child - 1].text == "-":
            found += [a for a in roles.doc.children[child] if a < child - 1]
            found.append(child - 2)
        elif child > noun.i and participle.dep == "acl":
            found += [
                p
                for agent in roles.doc.children[child]
                if roles.toks[agent].dep == "agent"
                for p in roles.doc.children[agent]
            ]
    return found


def visitor_of(roles: Roles, token: Token) -> int | None:
    """The visitor a participle of visiting describes, or None: "met visiting Chinese Premier
    Li" (the parser often makes the participle a clause with the visitor as its object), "the
    visiting premier" (an adjective)."""
    if token.tag != "VBG" or token.lemma.lower() not in event_words(VISITING_RULE, "visiting"):
        return None
    if token.dep == "amod":
        return token.head
    children = roles.doc.children[token.i]
    # Misparsed as a clause of the verb right before it, with no subject or subordinator of
    # its own ("met Li while visiting Tokyo" is a clause).
    if (
        token.dep in ("xcomp", "advcl")
        and token.head == token.i - 1
        and not any(roles.toks[c].dep in (*SUBJECT_DEPS, "mark", "advmod") for c in children)
    ):
        objects = [c for c in children if roles.toks[c].dep == "dobj" and c > token.i]
        return objects[0] if objects else None
    return None


def misread_adjective(roles: Roles, token: Token) -> bool:
    """Whether `token` is a verb the parser read as an adjective between two names: a
    participle whose head is a proper noun and whose left neighbour is a proper noun that
    modifies the same head ("Biden hosted Lula"; not "the Hamas-held hostages")."""
    if token.dep != "amod" or token.tag not in ("VBD", "VBN") or token.i == 0:
        return False
    before, head = roles.toks[token.i - 1], roles.toks[token.head]
    return (
        head.i > token.i
        and head.pos == "PROPN"
        and before.pos == "PROPN"
        and before.head == head.i
        and before.dep in ("nmod", "compound")
    )


def _is_preposition(token: Token) -> bool:
    """Whether `token` is a preposition on its head: the parser labels the "to" of a recipient
    a dative ("sent aid to Bolivia")."""
    return token.dep == "prep" or (token.dep == "dative" and token.pos == "ADP")
