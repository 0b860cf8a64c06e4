"""Source and target of a trigger, read from the dependency parse.

Every function returns the tokens at which an actor is mentioned; `ActorIndex` maps a token to
the actor mentioned there. Rules are tried in order from the most to the least direct, and the
name of the rule that found a role goes into the event's `rule`, so each event says how its
actors were found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..records import Actor, Mention, ParsedDoc, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ourselves"})
# "engaged in talks with", "took part in talks": the noun object of the preposition is the act.
LIGHT_VERBS_WITH_PREP = frozenset({"engage", "participate", "enter", "join", "take", "involve"})
MOTION_VERBS = frozenset(
    {
        "arrive",
        "travel",
        "fly",
        "go",
        "come",
        "return",
        "head",
        "gather",
        "convene",
        "leave",
        "depart",
        "set",
    }
)
_FINITE_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})
# Nouns of dealings between parties, whose "with" phrase names the other party.
RELATION_NOUNS = frozenset(
    {"contact", "talk", "relation", "tie", "trade", "cooperation", "dealing", "negotiation"}
    | {"dialogue", "meeting", "exchange", "link"}
)
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "into",
        "to",
        "from",
        "near",
        "at",
        "inside",
        "across",
        "throughout",
        "outside",
        "around",
    }
)
QUANTITY_NOUNS = frozenset(
    {
        "thousand",
        "hundred",
        "dozen",
        "million",
        "score",
        "group",
        "number",
        "crowd",
        "majority",
        "some",
        "many",
        "all",
        "both",
    }
)


@dataclass(frozen=True, slots=True)
class Filler:
    """An actor filling a role: the actor, the mention, and the rule that found it."""

    actor: Actor
    mention: Mention
    rule: str


class ActorIndex:
    """Which actor is mentioned at each token of one article."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.by_id = {a.id: a for a in actors}
        self.at: dict[int, tuple[Actor, Mention]] = {}
        for actor in actors:
            for mention in actor.mentions:
                for i in range(mention.token_start, mention.token_end):
                    self.at.setdefault(i, (actor, mention))
        # Tokens by actor, for rules that judge an actor once rather than at every token.
        self.tokens_of: dict[str, list[int]] = {}
        for i, (actor, _) in self.at.items():
            self.tokens_of.setdefault(actor.id, []).append(i)

    def members(self, actor: Actor) -> list[Actor]:
        """The actors a group stands for, or the actor itself."""
        if not actor.members:
            return [actor]
        return [self.by_id[m] for m in actor.members if m in self.by_id]


class Roles:
    """Finds sources and targets in one parsed article."""

    def __init__(self, doc: ParsedDoc, index: ActorIndex) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.index = index

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
        if hit is not None:
            return [Filler(hit[0], hit[1], rule)]
        if self.toks[i].pos == "NUM" or self.toks[i].lemma.lower() in QUANTITY_NOUNS:
            # "Thousands of Iranians", "a group of Israeli soldiers": the "of" phrase acts.
            for child in self.doc.children[i]:
                if self.toks[child].dep == "prep" and self.toks[child].text.lower() == "of":
                    for pobj in self.doc.children[child]:
                        return self._head_actor(pobj, rule)
        for child in self.doc.children[i]:
            if self.toks[child].dep in ("poss", "compound", "amod", "nmod"):
                hit = self.index.at.get(child)
                if hit is not None:
                    return [Filler(hit[0], hit[1], rule + ":modifier")]
        return []

    def _conjuncts(self, i: int) -> list[int]:
        """Tokens coordinated with i, except where the list is a parser's garden path: in
        "threats from North Korea, Japan and the United States may need to ...", the verb that
        follows has no subject, so the conjuncts are that subject, not more objects of "from"."""
        found: list[int] = []
        stack = [i]
        while stack:
            for child in self.doc.children[stack.pop()]:
                if self.toks[child].dep == "conj":
                    found.append(child)
                    stack.append(child)
        if found and self.toks[i].dep == "pobj":
            after = max(found) + 1
            if after < len(self.toks) and self.toks[after].tag in _FINITE_TAGS:
                return []
        return found

    # -- sources -------------------------------------------------------------------------------

    def verb_source(self, verb: Token) -> list[Filler]:
        """The agent of a verb: its subject, a passive's "by" phrase, or the subject of the verb
        that controls it ("X agreed to meet Y", "X met Y and condemned Z")."""
        current, hops = verb, 0
        while hops < 4:
            children = self.doc.children[current.i]
            for child in children:
                c = self.toks[child]
                if c.dep in SUBJECT_DEPS:
                    subject = self._relative_antecedent(current, c)
                    return self.actors_at(subject.i, "subject" if hops == 0 else "controller")
                if c.dep == "agent":
                    for pobj in self.doc.children[child]:
                        return self.actors_at(pobj, "passive-agent")
            if any(self.toks[c].dep in PASSIVE_SUBJECT_DEPS for c in children):
                return []
            if current.dep in ("xcomp", "conj", "advcl", "acomp") and current.head != current.i:
                current, hops = self.toks[current.head], hops + 1
                continue
            if current.dep in ("acl", "relcl") and current.head != current.i:
                # "The ministers condemned ...", which the parser reads as a reduced relative;
                # also through a phrase the parser hung the verb on: "Kono and Onodera at the
                # press conference held back from ...".
                head = self.toks[current.head]
                for _ in range(3):
                    found = self.actors_at(head.i, "acl-head")
                    if found or head.dep != "pobj" or head.head == head.i:
                        return found
                    prep = self.toks[head.head]
                    if prep.dep != "prep" or prep.head == prep.i:
                        return found
                    head = self.toks[prep.head]
                return self.actors_at(head.i, "acl-head")
            break
        return []

    def _relative_antecedent(self, verb: Token, subject: Token) -> Token:
        if subject.tag in RELATIVE_PRONOUN_TAGS and verb.dep == "relcl":
            return self.toks[verb.head]
        return subject

    def noun_source(self, noun: Token, light: bool = True) -> list[Filler]:
        """The agent of a nominal trigger: a possessor ("Pyongyang's threat"), a country
        adjective ("US sanctions"), a "by"/"from" phrase, or, when `light`, the subject of the
        verb whose object it is ("X held talks", "X issued a condemnation"). A verb that is an
        event itself is no light verb: in "Pakistan rejected an offer of talks" the offer is not
        Pakistan's."""
        for child in self.doc.children[noun.i]:
            c = self.toks[child]
            if c.dep in ("poss", "amod", "compound", "nmod"):
                hit = self.index.at.get(child)
                # "Pyongyang's threat" is Pyongyang's, but in "the Jeddah talks" a city that is
                # not a seat of government only says where.
                if hit is not None and (c.dep == "poss" or not hit[1].rule.startswith("gazetteer")):
                    return [Filler(hit[0], hit[1], "possessor")]
            if c.dep == "prep" and c.text.lower() in ("by", "from"):
                for pobj in self.doc.children[child]:
                    found = self.actors_at(pobj, "by-phrase")
                    if found:
                        return found
        governor = self._governing_verb(noun)
        if governor is not None and light:
            return self.verb_source(governor)
        return []

    def _governing_verb(self, noun: Token) -> Token | None:
        if noun.dep in ("dobj", "attr", "nsubjpass") and noun.head != noun.i:
            return self.toks[noun.head]
        if noun.dep == "pobj":
            prep = self.toks[noun.head]
            verb = self.toks[prep.head]
            if prep.text.lower() in ("in", "into") and verb.lemma.lower() in LIGHT_VERBS_WITH_PREP:
                return verb
            # "negotiators return to Geneva for talks", "arrived in Moscow for a visit"
            if prep.text.lower() == "for" and verb.lemma.lower() in MOTION_VERBS:
                return verb
        return None

    def participants(self, noun: Token) -> list[Filler]:
        """The actors of a reciprocal noun's "between" phrase: "talks between X and Y"."""
        for child in self.doc.children[noun.i]:
            if self.toks[child].dep == "prep" and self.toks[child].text.lower() == "between":
                for pobj in self.doc.children[child]:
                    return self.actors_at(pobj, "between")
        return []

    # -- targets -------------------------------------------------------------------------------

    def verb_target(
        self, verb: Token, preps: tuple[str, ...], skip: set[int], object_preps: tuple[str, ...]
    ) -> list[Filler]:
        """The patient or recipient of a verb: a passive subject, the direct object (or its
        possessor: "condemned North Korea's provocations"), an indirect object, or the object
        of one of `preps` attached to the verb or to its object."""
        children = self.doc.children[verb.i]
        for child in children:
            if self.toks[child].dep in PASSIVE_SUBJECT_DEPS:
                found = self.actors_at(child, "passive-subject")
                if found:
                    return found
        for dep in ("dobj", "dative"):
            for child in children:
                if self.toks[child].dep == dep and child not in skip:
                    # "mobilized army reservists": an object inside the pattern is no target.
                    found = [
                        f for f in self.actors_at(child, dep) if f.mention.token_start not in skip
                    ]
                    if found:
                        return found
                    with_preps = object_preps
                    if self.toks[child].lemma.lower() in RELATION_NOUNS:
                        # "boycott all contact with the United States": the other party.
                        with_preps = (*object_preps, "with")
                    found = self._prep_object(child, with_preps, skip)
                    if found:
                        return found
        return self._prep_object(verb.i, preps, skip)

    def noun_target(self, noun: Token, preps: tuple[str, ...], skip: set[int]) -> list[Filler]:
        return self._prep_object(noun.i, preps, skip)

    def _prep_object(self, head: int, preps: tuple[str, ...], skip: set[int]) -> list[Filler]:
        by_prep: dict[str, list[int]] = {}
        for child in self.doc.children[head]:
            c = self.toks[child]
            if c.dep == "prep":
                by_prep.setdefault(c.text.lower(), []).extend(
                    p for p in self.doc.children[child] if self.toks[p].dep == "pobj"
                )
        for prep in preps:
            for pobj in by_prep.get(prep, []):
                if pobj in skip:
                    continue
                found = self.actors_at(pobj, "prep-" + prep)
                if found:
                    return found
                # "the security of Japan", "for a possible war against Iraq"
                found = self._prep_object(pobj, ("of", "against"), skip)
                if found:
                    return found
        return []

    def content_actors(self, trigger: Token, skip: set[int]) -> list[Filler]:
        """Actors inside what a threat or demand is about ("a threat to fire missiles over
        Japan"): objects of prepositions in the trigger's clausal complement."""
        found: list[Filler] = []
        for child in self.doc.children[trigger.i]:
            if self.toks[child].dep in ("xcomp", "acl", "ccomp", "advcl"):
                # "demanded that Syria withdraw": who is to act comes first.
                for sub in self.doc.children[child]:
                    if self.toks[sub].dep in SUBJECT_DEPS and sub not in skip:
                        found += self.actors_at(sub, "content-subject")
                if found:
                    return found
                for i in self._subtree(child):
                    t = self.toks[i]
                    if t.dep in ("pobj", "dobj") and i not in skip:
                        for filler in self.actors_at(i, "content"):
                            if filler.actor.id not in {f.actor.id for f in found}:
                                found.append(filler)
        return found

    def condition_subject(self, trigger: Token) -> list[Filler]:
        """The subject of an "if" clause on the trigger or the verb it belongs to: "There are
        strong military consequences if DPRK initiates hostilities" threatens DPRK."""
        candidates = [trigger.i]
        if trigger.head != trigger.i:
            candidates.append(trigger.head)
        for head in candidates:
            for child in self.doc.children[head]:
                c = self.toks[child]
                if c.dep == "advcl" and any(
                    self.toks[m].dep == "mark" and self.toks[m].text.lower() in ("if", "unless")
                    for m in self.doc.children[child]
                ):
                    for sub in self.doc.children[child]:
                        if self.toks[sub].dep in SUBJECT_DEPS:
                            return self.actors_at(sub, "condition-subject")
        return []

    def location(self, trigger: Token, skip: set[int]) -> list[Filler]:
        """A state or place where the act happens, as the target of an act that names no other:
        "lifted a curfew in Montenegro", "sent personnel to Bosnia", "the withdrawal of forces
        from Panama". Searched in the trigger's phrases, its object's, and those of the verb it
        depends on."""
        heads = [trigger.i]
        heads += [c for c in self.doc.children[trigger.i] if self.toks[c].dep in ("dobj", "attr")]
        # "the withdrawal of some forces from Panama": the place may hang on what is moved.
        heads += [h for h in list(heads) for h in self._of_objects(h)]
        if trigger.dep in ("xcomp", "advcl", "pobj", "dobj") and trigger.head != trigger.i:
            heads.append(trigger.head)
        return self._placed_in(heads, skip)

    def scene(self, trigger: Token, skip: set[int]) -> list[Filler]:
        """The state where an attack nobody is named for happened, searched also in the phrases
        of its cause: "a roadside bombing near Samarra killed ...", "killed by a bomb in Basra".
        """
        children = self.doc.children[trigger.i]
        heads = [trigger.i]
        heads += [c for c in children if self.toks[c].dep in ("nsubj", "csubj", "dobj")]
        heads += [p for c in children if self.toks[c].dep == "agent" for p in self.doc.children[c]]
        if trigger.dep in ("xcomp", "advcl", "acl") and trigger.head != trigger.i:
            heads.append(trigger.head)
        # A place, not a state body: "in defiance of Chinese authorities" is no scene.
        found = self._placed_in(heads, skip, places_only=True)
        return [replace(f, rule="scene") for f in found]

    def _placed_in(
        self, heads: list[int], skip: set[int], places_only: bool = False
    ) -> list[Filler]:
        for head in heads:
            for pobj in self._locative_objects(head):
                # "in the town of Cizre in southeastern Turkey": two phrases down at most.
                near = [*self._locative_objects(pobj), *self._of_objects(pobj)]
                far = [c for n in near for c in (*self._locative_objects(n), *self._of_objects(n))]
                for candidate in (pobj, *near, *far):
                    hit = self.index.at.get(candidate)
                    if (
                        hit
                        and candidate not in skip
                        and hit[0].kind == "state"
                        and not (places_only and hit[0].sectors)
                    ):
                        return [Filler(hit[0], hit[1], "location")]
        return []

    def _locative_objects(self, head: int) -> list[int]:
        preps = [
            c
            for c in self.doc.children[head]
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() in LOCATIVE_PREPS
        ]
        # "outside of Basra", "out of Kabul": the place is the inner phrase's object.
        preps += [c for p in preps for c in self._of_preps(p)]
        return [p for c in preps for p in self.doc.children[c] if self.toks[p].dep == "pobj"]

    def _of_preps(self, head: int) -> list[int]:
        return [
            c
            for c in self.doc.children[head]
            if self.toks[c].dep == "prep" and self.toks[c].text.lower() == "of"
        ]

    def _of_objects(self, head: int) -> list[int]:
        return [
            p
            for c in self._of_preps(head)
            for p in self.doc.children[c]
            if self.toks[p].dep == "pobj"
        ]

    def first_person(self, i: int) -> bool:
        return self.toks[i].text.lower() in FIRST_PERSON

    def _subtree(self, root: int) -> list[int]:
        out, stack = [], [root]
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(self.doc.children[i])
        return sorted(out)
