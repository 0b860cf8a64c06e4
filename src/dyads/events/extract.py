"""Events from a parsed article and its actors: triggers, roles, speakers and modality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..geo import country_name
from ..records import Actor, Event, EventActor, Mention, ParsedDoc, Token, Trigger
from .codebook import codebook
from .dates import event_date
from .lexicon import DEFAULT_TARGET_PREPS, TriggerEntry, TriggerLexicon
from .modality import Reading, negating_phrase, read_modality
from .places import PlaceResolver, event_location
from .roles import ActorIndex, Filler, Roles
from .speech import Attribution, attributions

# Roots whose events are acts of speech by their source: when the words of the act name no
# source ("'There are strong military consequences if ...,' Mattis said"), the speaker is it.
SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
# Roots that say what the source will do to someone: their targets may sit in the content
# ("a threat to fire missiles over Japan") or in a condition ("if DPRK initiates hostilities").
CONTENT_TARGET_ROOTS = frozenset({"02", "03", "10", "12", "13"})
# Roots whose acts a state may direct at its own country and people.
DOMESTIC_ROOTS = frozenset({"08", "17", "18", "19", "20"})
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Roots whose events are coded to the place they happen in when no actor is named.
UNATTRIBUTED_ROOTS = frozenset({"14", "18", "19", "20"})
# Sectors that are part of the state itself, as against its rebels, opposition or people.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
ACT_ROOTS = frozenset({f"{n:02d}" for n in (*range(4, 9), *range(14, 21))})
_PATTERN_DEPTH = 3
_BASE_CONFIDENCE = 0.95
_INDIRECT_PENALTY = 0.1
_NOUN_PENALTY = 0.05


@dataclass(frozen=True, slots=True)
class _Match:
    token: int
    entry: TriggerEntry
    pattern: tuple[str, ...]
    tokens: tuple[int, ...]


class EventExtractor:
    """Codes the events of parsed articles. Build once and pass it in."""

    def __init__(self, lexicon: TriggerLexicon, places: PlaceResolver) -> None:
        self.lexicon = lexicon
        self.places = places
        self.codes = codebook()

    def extract(
        self,
        doc: ParsedDoc,
        actors: tuple[Actor, ...],
        article_date: dt.date | None = None,
        dateline_country: str | None = None,
    ) -> tuple[Event, ...]:
        """Every event of the article, with its modality (the caller filters by it), date and
        place. `article_date` dates events whose own words give no date and reads relative
        dates; `dateline_country` helps settle ambiguous place names."""
        index = ActorIndex(actors)
        setting = _Setting(article_date, _story_countries(actors, dateline_country))
        roles = Roles(doc, index)
        said = attributions(doc)
        matches = [m for t in doc.tokens if t.i not in index.at and (m := self._match(doc, t))]
        # A noun that is a word of a longer pattern ("demanded a truce") is no trigger itself.
        inside = {i for m in matches for i in m.tokens[1:]}
        matches = [m for m in matches if m.token not in inside]
        by_token = {m.token: m for m in matches}
        drafts: list[tuple[int, Event]] = []
        announcers: set[int] = set()
        for match in matches:
            attribution = said.get(match.token)
            reported = attribution is not None and not attribution.quoted
            reading = read_modality(doc, match.token, reported)
            found = self._events(doc, match, reading, roles, index, said, by_token)
            for event in self._placed_in_time(doc, match, reading, index, setting, found):
                drafts.append((match.token, event))
                if (reading.announced or reading.refused) and reading.announcer not in (
                    None,
                    match.token,
                ):
                    announcers.add(reading.announcer)
        events: list[Event] = []
        seen: set[tuple[str, str | None, str, int]] = set()
        for token, event in drafts:
            # "X agreed to meet Y" is X's intent to meet Y (036), not also a bare "agree".
            if token in announcers:
                continue
            key = (
                event.source.actor,
                event.target.actor if event.target else None,
                event.cameo,
                event.sentence,
            )
            if key in seen:
                continue
            seen.add(key)
            events.append(_renumber(event, len(events) + 1))
        return tuple(events)

    def _placed_in_time(
        self,
        doc: ParsedDoc,
        match: _Match,
        reading: Reading,
        index: ActorIndex,
        setting: _Setting,
        events: list[Event],
    ) -> list[Event]:
        """The events of one trigger with their date and place."""
        if not events:
            return events
        token = doc.tokens[match.token]
        when = event_date(doc, token, setting.article_date, future=reading.announced)
        placed = []
        for event in events:
            context = [
                c
                for c in (event.source.country, event.target.country if event.target else None)
                if c
            ] + setting.countries
            where = event_location(doc, token, event.root, index, self.places, context)
            placed.append(
                replace(
                    event,
                    date=when.date if when else setting.article_date,
                    date_end=when.end if when else None,
                    date_source="text" if when else "article" if setting.article_date else None,
                    location=where,
                    location_source="text" if where else None,
                )
            )
        return placed

    # -- triggers ------------------------------------------------------------------------------

    def _match(self, doc: ParsedDoc, token: Token) -> _Match | None:
        if negating_phrase(doc, token):
            # "ruled out", "held back": a word of restraint, not the verb's own sense.
            return None
        if token.pos == "VERB" or (token.pos == "ADJ" and _has_clause(doc, token)):
            # An adjective with a clause is a predicate like a verb: "ready to talk".
            candidates = self.lexicon.by_verb.get(token.lemma.lower(), ())
        elif token.pos == "NOUN":
            candidates = self.lexicon.by_noun.get(token.lemma.lower(), ())
        else:
            return None
        if not candidates:
            return None
        below = _pattern_words(doc, token)
        for pattern, entry in candidates:
            used: list[int] = []
            for word in pattern[1:]:
                hit = next(
                    (i for i in below if i not in used and doc.tokens[i].lemma.lower() == word),
                    None,
                )
                if hit is None:
                    break
                used.append(hit)
            else:
                return _Match(token.i, entry, pattern, (token.i, *used))
        return None

    # -- one trigger -> events -----------------------------------------------------------------

    def _events(
        self,
        doc: ParsedDoc,
        match: _Match,
        reading: Reading,
        roles: Roles,
        index: ActorIndex,
        said: dict[int, Attribution],
        by_token: dict[int, _Match],
    ) -> list[Event]:
        token = doc.tokens[match.token]
        entry = match.entry
        code, modality = self._code_and_modality(entry, reading)
        code = self._refined_threat(doc, match, code, by_token)
        root = code[:2]
        attribution = said.get(match.token)
        speakers = (
            roles.actors_at(attribution.speaker, "speaker")
            if attribution and attribution.speaker is not None
            else []
        )
        is_verb = token.pos in ("VERB", "ADJ")
        sources = (
            roles.verb_source(token)
            if is_verb
            else roles.noun_source(token, light=_light_verb(token.head, by_token))
        )
        if not is_verb and entry.reciprocal and (between := roles.participants(token)):
            # "a meeting between their foreign ministers": the participants act on each other.
            sources = between
        if (
            not sources
            and attribution
            and attribution.quoted
            and speakers
            and (root in SPEECH_ACT_ROOTS or self._first_person_subject(doc, token, roles))
        ):
            sources = [Filler(s.actor, s.mention, "speaker-as-source") for s in speakers]
        restrainers = (
            roles.verb_source(doc.tokens[reading.restrainer])
            if reading.restrainer is not None
            else []
        )
        if not sources and restrainers:
            # "Japan ruled out military action against North Korea": its own action.
            sources = [replace(f, rule="restrainer") for f in restrainers]
        # "the besieged town", "evacuated the wounded": a participle naming a state or people
        # is no attack to report.
        participle = is_verb and token.dep in ("amod", "dobj", "pobj", "nsubj", "nsubjpass")
        unattributed = not sources and root in UNATTRIBUTED_ROOTS and not participle
        if unattributed:
            # An attack or protest nobody is named for ("a roadside bomb near Samarra killed
            # ...", "prisoners rioted at a jail in Dili") is coded to the state where it
            # happened, as CAMEO and PLOVER coders do; its victims may be of that state too
            # ("killed two Iraqi youths").
            sources = roles.scene(token, set())
        if not sources:
            return []
        # The source's own tokens, and mentions of actors no source can act on (itself, its own
        # state or state apparatus: "Syria offered its troops to ..."), are no targets.
        source_actors = [a for s in sources for a in index.members(s.actor)]
        skip = {i for s in sources for i in range(s.mention.token_start, s.mention.token_end)}
        # "deployed troops": troops of no named country in the pattern are part of the act, but
        # in "expelled Pakistani diplomats" the diplomats are its target.
        skip.update(i for i in match.tokens if i in index.at and index.at[i][0].country is None)
        for actor_id, tokens in index.tokens_of.items():
            members = index.members(index.by_id[actor_id])
            if not unattributed and all(
                not _distinct(a, b, root) for a in source_actors for b in members
            ):
                skip.update(tokens)
        preps = _pattern_preps(match.pattern) + entry.target
        finders: list[Callable[[], list[Filler]]] = [
            lambda: (
                roles.verb_target(token, preps, skip, _object_preps(root, preps))
                if is_verb
                else roles.noun_target(token, preps, skip)
            )
        ]
        # The object of a verb inside the pattern: "opened fire to disperse demonstrators".
        finders += [
            lambda i=i: roles.verb_target(doc.tokens[i], preps, skip, _object_preps(root, preps))
            for i in match.tokens[1:]
            if doc.tokens[i].pos == "VERB"
        ]
        if root in CONTENT_TARGET_ROOTS:
            finders += [lambda: roles.condition_subject(token),
                        lambda: roles.content_actors(token, skip)]  # fmt: skip
        if root not in ("01", "04"):
            # Where a meeting is held is not who takes part ("talks in Quebec").
            finders.append(lambda: roles.location(token, skip))
        if root == "14":
            finders.append(lambda: self._own_state(sources, token, index, doc))
        if root == "17":
            finders.append(lambda: self._own_people(sources, token, index))
        # Rebels who surrender, or a militia that declares a truce, in their own country do
        # nothing to that country: its place is no target of theirs.
        home = {
            a.country
            for s in sources
            for a in index.members(s.actor)
            if not set(a.sectors) <= STATE_SECTORS
        }
        targets: list[Filler] = []
        for find in finders:
            # A finder may reach a skipped mention through a modifier ("its partners").
            targets = [
                t
                for t in find()
                if t.mention.token_start not in skip
                and not (t.rule == "location" and t.actor.country in home)
            ]
            if targets:
                break
        # Parties that agree together act on each other ("Jordan and Britain agreed to hold
        # exercises"); but an intent toward a named target is one side's ("ready to talk to
        # North Korea" is not North Korea's too).
        mutual = entry.reciprocal or code[:2] == "03"
        reverse = entry.reciprocal and code == entry.cameo
        place = None
        if any(f.actor.country is None for f in (*sources, *targets)):
            # Only a group known by its sector alone needs the place of the act.
            located = roles.location(token, set())
            place = located[0].actor.country if located else None
        pairs = self._pairs(sources, targets, mutual, reverse, index, root, place, unattributed)
        if token.pos == "ADJ":
            # Bare readiness ("we're prepared militarily, ... to respond") names neither what
            # is offered nor to whom: coded only with a target.
            pairs = [(s, t) for s, t in pairs if t[0] is not None]
        if root == "01":
            # A statement is coded only with a target that is an actor of its own standing: not
            # the journalists it was made to ("told VOA", "told reporters").
            pairs = [(s, t) for s, t in pairs
                     if t[0] is not None and t[0].code and "MED" not in t[0].sectors]  # fmt: skip
        # Groups known only by sector on both sides ("protesters attacked police") say nothing
        # an analyst can place; one side must have a country or be a named organisation.
        pairs = [(s, t) for s, t in pairs if _placed(s[0], index) or _placed(t[0], index)]
        cameo = self.codes[code]
        trigger_tokens = sorted(match.tokens)
        trigger = _trigger(doc, trigger_tokens)
        speaker = _as_event_actor(speakers[0].actor, speakers[0]) if speakers else None
        # Holding back from one's own act is restraint; from another's act only when what is
        # held back is speaking of it ("held back from referring to possible military action
        # by the United States"): "US officials ruled out an Iranian attack" dismisses a
        # possibility and restrains no one.
        own = {a.id for f in sources for a in index.members(f.actor)}
        withheld_by = tuple(
            _as_event_actor(a, f)
            for f in restrainers
            for a in index.members(f.actor)
            if a.id in own or _spoken_of(doc, token, reading.restrainer)
        )
        sentence = doc.sentences[token.sent]
        events = []
        for (source, s_rule), (target, t_rule) in pairs:
            rules = [entry.id, s_rule] + ([t_rule] if t_rule else [])
            indirect = sum(
                r
                not in (
                    "subject",
                    "dobj",
                    "dative",
                    "possessor",
                    "passive-agent",
                    "passive-subject",
                )
                and not r.startswith("prep-")
                for r in rules[1:]
            )
            confidence = (
                _BASE_CONFIDENCE - _INDIRECT_PENALTY * indirect - (0 if is_verb else _NOUN_PENALTY)
            )
            events.append(
                Event(
                    id="",
                    cameo=code,
                    cameo_name=cameo.name,
                    root=root,
                    quad_class=cameo.quad_class,
                    goldstein=cameo.goldstein,
                    plover=cameo.plover,
                    sentence=token.sent,
                    text=doc.span_text(sentence.start, sentence.end).strip(),
                    source=source,
                    target=target,
                    speaker=speaker,
                    trigger=trigger,
                    rule="/".join(rules),
                    confidence=round(max(confidence, 0.3), 2),
                    modality=modality,  # type: ignore[arg-type]
                    withheld_by=withheld_by,
                )
            )
        return events

    def _code_and_modality(self, entry: TriggerEntry, reading: Reading) -> tuple[str, str]:
        """The code, with an announced act coded as its intent (03x/13x) per the codebook, and
        the modality: an announced act is asserted as an intent, a bare future act only might
        happen."""
        if reading.refused and entry.cameo[:2] in COOPERATION_ROOTS:
            # Refusing to cooperate is a rejection; refusing to condemn or attack is not.
            return refusal_code(entry.cameo), "asserted"
        if reading.modality != "asserted":
            return entry.cameo, reading.modality
        if reading.announced and entry.cameo[:2] in ACT_ROOTS:
            if entry.intent:
                return entry.intent, "asserted"
            return entry.cameo, "hypothetical"
        return entry.cameo, "asserted"

    def _refined_threat(
        self, doc: ParsedDoc, match: _Match, code: str, by_token: dict[int, _Match]
    ) -> str:
        """A general threat ("threatened to ...", "a threat to fire missiles") takes the more
        specific 13x code of the act threatened, when that act is in the lexicon."""
        if code[:2] != "13" or len(code) > 3 or code[2] != "0":
            return code
        for child in doc.children[match.token]:
            inner = by_token.get(child)
            if (
                inner is not None
                and doc.tokens[child].dep in ("xcomp", "acl", "ccomp")
                and inner.entry.intent
                and inner.entry.intent.startswith("13")
            ):
                return inner.entry.intent
        return code

    def _own_state(
        self, sources: list[Filler], trigger: Token, index: ActorIndex, doc: ParsedDoc
    ) -> list[Filler]:
        """The state its own people protest against when the text names no target ("Egyptian
        demonstrators rioted", "Algerian landowners began a hunger strike"), as CAMEO coders
        code domestic protest. The state need not be mentioned: the trigger is its evidence,
        and the coder lists it among the actors."""
        found = []
        for source in sources:
            # "Algerian landowners": a nationality naming people, not the state itself.
            people = doc.tokens[source.mention.token_end - 1].tag == "JJ"
            for actor in index.members(source.actor):
                sectors = set(actor.sectors)
                if actor.country and (not sectors <= STATE_SECTORS or (not sectors and people)):
                    found.append(_implied(actor.country, trigger, index, "own-state"))
        return found

    def _own_people(self, sources: list[Filler], trigger: Token, index: ActorIndex) -> list[Filler]:
        """The country whose people a state's forces coerce when the text names no one else
        ("Egyptian police opened fire ..., arresting 12"): a domestic event."""
        return [
            _implied(actor.country, trigger, index, "own-people")
            for source in sources
            for actor in index.members(source.actor)
            if actor.country and actor.sectors and set(actor.sectors) <= STATE_SECTORS
        ]

    def _first_person_subject(self, doc: ParsedDoc, token: Token, roles: Roles) -> bool:
        return any(
            doc.tokens[c].dep in ("nsubj", "nsubjpass") and roles.first_person(c)
            for c in doc.children[token.i]
        )

    def _pairs(
        self,
        sources: list[Filler],
        targets: list[Filler],
        mutual: bool,
        reverse: bool,
        index: ActorIndex,
        root: str,
        place: str | None,
        unattributed: bool = False,
    ) -> list[tuple[tuple[EventActor, str], tuple[EventActor | None, str | None]]]:
        """Source-target pairs: one per member of compound or group actors, both directions for
        a reciprocal act of a plural subject, and never an actor acting on itself or on the
        state it belongs to, unless the source is only where an unattributed attack happened."""
        source_actors = [(a, f) for f in sources for a in index.members(f.actor)]
        target_actors = [(a, f) for f in targets for a in index.members(f.actor)]
        pairs = []
        if not target_actors and mutual and len(source_actors) > 1:
            for a, fa in source_actors:
                for b, fb in source_actors:
                    if _distinct(a, b, root):
                        pairs.append(
                            (
                                (_as_event_actor(a, fa), fa.rule),
                                (_as_event_actor(b, fb), "reciprocal"),
                            )
                        )
            return pairs
        if not target_actors:
            return [((_localised(a, f, None, place)), (None, None)) for a, f in source_actors]
        for a, fa in source_actors:
            for b, fb in target_actors:
                # An implied own state is distinct by construction: "Algerian landowners"
                # protesting to Algeria are its people, though coded as the state.
                if unattributed or fb.rule == "own-state" or _distinct(a, b, root):
                    # A group known by its sector only ("police dispersed demonstrators",
                    # "rebels demanded that the government ...") is taken to be of the other
                    # party's country: a domestic event.
                    pairs.append((_localised(a, fa, b, place), _localised(b, fb, a, place)))
                    if reverse and fb.rule not in ("location", "own-state", "own-people"):
                        # A place or an implied state is not a party acting back.
                        pairs.append(
                            (
                                (_as_event_actor(b, fb), fb.rule),
                                (_as_event_actor(a, fa), "reciprocal"),
                            )
                        )
        return pairs


@dataclass(frozen=True, slots=True)
class _Setting:
    """What the whole article says about when and where: its date, and the countries it is
    about (the dateline's first, then by how often they are mentioned)."""

    article_date: dt.date | None
    countries: list[str]


def _story_countries(actors: tuple[Actor, ...], dateline_country: str | None) -> list[str]:
    counts: dict[str, int] = {}
    for actor in actors:
        if actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    ranked = sorted(counts, key=lambda c: -counts[c])
    return list(dict.fromkeys([c for c in (dateline_country,) if c] + ranked))


# Verbs of speaking about something: holding back from them is holding back from their object.
_REFERRING_VERBS = frozenset(
    {"refer", "mention", "discuss", "talk", "speak", "raise", "cite", "invoke", "advocate"}
)


def _spoken_of(doc: ParsedDoc, trigger: Token, restrainer: int | None) -> bool:
    """Whether a verb of speaking lies between the trigger and the verb that holds it back."""
    current = trigger
    for _ in range(8):
        if current.head == current.i or current.head == restrainer:
            return False
        current = doc.tokens[current.head]
        if current.lemma.lower() in _REFERRING_VERBS:
            return True
    return False


def _implied(country: str, trigger: Token, index: ActorIndex, rule: str) -> Filler:
    state = index.by_id.get(country) or _implied_state(country)
    evidence = Mention(
        trigger.idx, trigger.end, trigger.text, trigger.sent, trigger.i, trigger.i + 1, "implied"
    )
    return Filler(state, evidence, rule)


def _implied_state(country: str) -> Actor:
    name = country_name(country)
    return Actor(country, name, name, "state", country, (), country, (), "implied:own-state")


def implied_actors(events: tuple[Event, ...], actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The states events name without a mention (see `_own_state`), to list with the actors."""
    known = {a.id for a in actors}
    implied = {}
    for event in events:
        role = event.target
        if role is not None and role.actor not in known and role.actor not in implied:
            implied[role.actor] = _implied_state(role.actor)
    return tuple(implied.values())


def _localised(
    actor: Actor, filler: Filler, other: Actor | None, place: str | None
) -> tuple[EventActor, str]:
    """A group known only by its sector takes the country of the place of the act ("prisoners
    rioted at a jail in Dili", "US troops killed insurgents in Iraq"), else of the other party
    ("police dispersed demonstrators")."""
    role = _as_event_actor(actor, filler)
    if actor.country is not None or actor.kind != "group" or actor.members:
        return role, filler.rule
    country = place or (other.country if other is not None else None)
    if country is None:
        return role, filler.rule
    code = country + "".join(actor.sectors)
    return replace(role, country=country, code=code), filler.rule + ":domestic"


def _placed(role: EventActor | None, index: ActorIndex) -> bool:
    if role is None:
        return False
    return role.country is not None or index.by_id[role.actor].kind == "organization"


def _distinct(a: Actor, b: Actor, root: str = "") -> bool:
    """Whether an event between a and b says something: not an actor and itself, nor a state
    and its own state apparatus ("the Japanese government ... the security of Japan"), except
    for what a state does to its own country by force or concession ("Turkish authorities
    imposed a curfew in Turkey", "Serbia lifted a curfew"). A state and its rebels, opposition
    or civilians are distinct actors."""
    if a.id == b.id or (a.code is not None and a.code == b.code):
        return False
    if a.country is None or b.country is None or root in DOMESTIC_ROOTS:
        return True
    if a.country == b.country and (not a.sectors or not b.sectors):
        return not set(a.sectors) | set(b.sectors) <= STATE_SECTORS
    return True


def _as_event_actor(actor: Actor, filler: Filler) -> EventActor:
    mention = filler.mention
    return EventActor(
        actor.id, mention.text, actor.code, actor.country, actor.sectors, mention.start, mention.end
    )


def _trigger(doc: ParsedDoc, tokens: list[int]) -> Trigger:
    start, end = doc.tokens[tokens[0]].idx, doc.tokens[tokens[-1]].end
    if end - start > 80:
        # Far-apart pattern words: the head word alone marks the trigger.
        start, end = doc.tokens[tokens[0]].idx, doc.tokens[tokens[0]].end
    return Trigger(doc.text[start:end], start, end)


def _pattern_preps(pattern: tuple[str, ...]) -> tuple[str, ...]:
    """The preposition a pattern names ("meet with", "impose sanction on") comes first."""
    return tuple(w for w in pattern[1:] if w in _PREPOSITIONS)


_PREPOSITIONS = frozenset(DEFAULT_TARGET_PREPS) | {"for", "of", "in", "about", "upon", "between"}


# The codebook's rejection of each kind of act: refusing to meet is 125, to give aid 122, ...
_REFUSALS = {"045": "126", "057": "127", "061": "1211", "062": "1212", "071": "1221",
             "072": "1222", "073": "1223", "074": "1224", "081": "1241", "082": "1242",
             "084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245",
             "087": "1246", "04": "125", "06": "121", "07": "122", "08": "124",
             "083": "123"}  # fmt: skip


def refusal_code(code: str) -> str:
    """The 12x code for refusing the act `code` ("will not meet" is 125), most specific first."""
    for prefix in (code, code[:3], code[:2]):
        if prefix in _REFUSALS:
            return _REFUSALS[prefix]
    return "120"


def _light_verb(head: int, by_token: dict[int, _Match]) -> bool:
    """Whether the verb governing a nominal trigger lends it its subject: any verb that is not
    an event of its own, and statements ("declared a ceasefire", "announced sanctions")."""
    governor = by_token.get(head)
    return governor is None or governor.entry.cameo[:2] == "01"


def _has_clause(doc: ParsedDoc, token: Token) -> bool:
    return any(doc.tokens[c].dep in ("xcomp", "ccomp") for c in doc.children[token.i])


def _object_preps(root: str, preps: tuple[str, ...]) -> tuple[str, ...]:
    """Prepositions on the object that may name the target: "imposed sanctions on Iran" and "the
    blockade of Serbia" do; but in "condemned the attack on Ukraine" Ukraine is the victim, not
    the one condemned, while "rejected an offer from Afghanistan" and "lodged a protest with
    Albania" name who is rejected or protested to."""
    return ("of", "from", "by", "with", "to") if root in ("11", "12") else ("of", *preps)


def _pattern_words(doc: ParsedDoc, trigger: Token) -> list[int]:
    """Where a pattern's later words may be: the trigger's dependents, down to three levels,
    leaving out its subject ("prisoners exchanged gunfire" is no prisoner exchange). A verb's
    words come after it; a noun's may precede it ("military consequences")."""
    out: list[int] = []
    frontier = [trigger.i]
    for _ in range(_PATTERN_DEPTH):
        frontier = [
            c
            for f in frontier
            for c in doc.children[f]
            if doc.tokens[c].dep not in ("nsubj", "nsubjpass", "csubj")
        ]
        out.extend(frontier)
    if trigger.pos == "VERB":
        out = [i for i in out if i > trigger.i]
    return sorted(out)


def _renumber(event: Event, n: int) -> Event:
    return replace(event, id=f"e{n}")
