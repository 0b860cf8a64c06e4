"""Resolve the actors of one parsed article.

The steps, in order:
1. pieces: lexicon matches (countries, seats, organisations, role nouns), PERSON entities and
   later bare surnames of people already named, and GPE entities found in the gazetteer;
2. chunks: adjacent pieces that form one noun phrase ("US Defense Secretary James Mattis",
   "Japan's foreign minister", "the Japanese and US foreign and defense ministers");
3. references: what each chunk names (a person with country and role, a state or one of its
   sectors, an organisation, a group), with appositives ("Kono, Japan's foreign minister")
   and "of" phrases ("the president of France") folded into the chunk they describe;
4. anaphora by rule, since no coreference model runs offline: "it", "they", "their", "its",
   "the ministers", "the defense secretary", "the statement" and "a joint statement" go to the
   actor(s) they refer to in the same or the previous sentence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import wordlists
from ..geo import REGION_CODES, Gazetteer, Place
from ..records import Actor, Mention, ParsedDoc, Token
from ..rules import RuleSwitches, load_chain, rule, rule_id
from .lexicon import STATE_SECTORS, ActorLexicon, Entry, national_sectors, sector_labels
from .matcher import Match, PatternIndex

INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC", "INT"})
# How many sentences back "he" or "she" may reach: news names a person once, then quotes them
# as "he said" for a paragraph or two.
_PERSON_WINDOW = 3
_HOME_MIN_MENTIONS = 3
# What may stand before "countries" in "the two oil-rich countries".
_STATE_NOUN_MODIFIERS = frozenset(
    {"det", "nummod", "predet", "amod", "compound", "punct", "npadvmod"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a country's name modifies the noun after it ("China officials", "the US-China talks").
_NAME_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# The longest institution name read between a role and the place it is in ("a lecturer at
# the Pacific Center for Mining Research in Lima").
_MAX_INSTITUTION_WORDS = 10
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# A one-word entity of these kinds naming a city this large is taken for the city: the small
# tagger labels "Kharkiv" a person, an organisation or a facility by turns.
_MISTAKEN_CITY_LABELS = frozenset({"PERSON", "ORG", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_BIG_CITY = 500_000
# How many sentences back an anaphor may reach.
_ANAPHOR_WINDOW = 1
_SLUG = re.compile(r"[^a-z0-9]+")
_PEOPLE = "role.civilian"
_PARTY = "role.political-party"
_ARMED_GROUP = "role.armed-group"
_NGO = "role.ngo"


def _words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/actors/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("actors/words.yaml", rule, name)


@dataclass(slots=True)
class _Piece:
    """Tokens [start, end) that name something an actor can be built from."""

    start: int
    end: int
    kind: str  # "state", "adjective", "organization", "group", "person", "role", "place"
    entry: Entry | None = None
    country: str | None = None
    name: str = ""


@dataclass(slots=True)
class _Ref:
    """What one chunk of text refers to, before actors are merged across the article."""

    start: int
    end: int
    sent: int
    kind: str  # "state", "person", "organization", "group", "anaphor"
    rule: str
    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    entry: Entry | None = None
    name: str = ""
    plural: bool = False
    possessor: str | None = None  # "its" or "their" opening the chunk
    role_entries: list[str] = field(default_factory=list)
    titled: bool = False  # an organisation named with a role of its people ("the EU envoy")
    # The code of the international organisation a person acts for ("U.N. envoy Ana Silva").
    organisation_code: str | None = None


@dataclass(slots=True)
class _Building:
    """An actor while the article is read; frozen into an Actor at the end."""

    id: str
    name: str
    kind: str
    country: str | None
    sectors: list[str]
    entry: str
    mentions: list[Mention] = field(default_factory=list)
    members: tuple[str, ...] = ()
    role_entries: set[str] = field(default_factory=set)
    entry_code: str | None = None  # an organisation's code from its lexicon entry

    @property
    def code(self) -> str | None:
        if self.kind == "person" and self.country is None:
            # An international official ("Ban Ki-moon, the UN secretary-general") codes as
            # the organisation, else as its sector (IGO).
            international = [s for s in self.sectors if s in INTERNATIONAL_SECTORS]
            if international and self.entry_code is not None:
                return self.entry_code
            return "".join(international) or None
        if self.country is None and self.members:
            return None
        if self.kind == "organization" and self.entry_code is not None:
            return self.entry_code
        joined = (self.country or "") + "".join(self.sectors)
        return joined or None


@dataclass(slots=True)
class _Seen:
    """An actor mentioned at a place in the text: the history anaphora look back through."""

    actor: str
    sent: int
    token: int
    subject: bool
    plural: bool
    person: bool


@dataclass(frozen=True, slots=True)
class _Scan:
    """What recognisers look up while reading an article: lexicon matches and entities by
    start token, and the surnames of people named in full."""

    matches: dict[int, Match]
    entity_at: dict[int, Any]
    surnames: set[str]
    # The countries the lexicon matches name, and the token where each word of a proper name
    # of several words first stands (`_named_before`): read once per article.
    named_countries: frozenset[str] = frozenset()
    name_word_first: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Gap:
    """The tokens between two pieces, and the same without an opening possessive "'s"."""

    tokens: list[Token]
    possessive: bool
    rest: list[Token]

    @classmethod
    def between(cls, tokens: list[Token]) -> _Gap:
        possessive = bool(tokens) and tokens[0].tag == "POS"
        return cls(tokens, possessive, tokens[1:] if possessive else tokens)

    @property
    def words(self) -> list[str]:
        """The lower-cased words after the possessive."""
        return [t.text.lower() for t in self.rest]


# A recogniser reads the text at token i: the pieces it finds there and the token to go on from,
# or None when it does not apply.
Recognised = tuple[list[_Piece], int] | None


INTERNATIONAL_TITLE_RULE = "actors.refs.international-title.v1"
OBJECT_BEFORE_NAME_RULE = "actors.refs.object-before-name.v1"
ORGANISATION_APPOSITIVE_RULE = "actors.refs.organisation-appositive.v1"


class ActorResolver:
    """Resolves actors in ParsedDocs. Build once with the lexicon and pass it in."""

    def __init__(
        self,
        lexicon: ActorLexicon,
        tokenize: Callable[[str], tuple[str, ...]],
        gazetteer: Gazetteer,
        switches: RuleSwitches | None = None,
    ) -> None:
        self.switches = switches or RuleSwitches()
        self.recognisers = load_chain("actors/recognisers.yaml")
        self.joins = load_chain("actors/joins.yaml")
        self.lexicon = lexicon
        self.index = PatternIndex(lexicon, tokenize)
        self.gazetteer = gazetteer
        self.country_names = {
            e.country: e.name for e in lexicon.entries.values() if e.id.startswith("country.")
        }
        self.surname_countries = _surname_countries(lexicon.entries.values())

    def resolve(
        self, doc: ParsedDoc, skip: tuple[int, int] | None = None, day: dt.date | None = None
    ) -> tuple[Actor, ...]:
        """The actors of `doc`, in order of first mention. `skip` is a character span (the
        dateline) whose words are the reporting place, not actors; `day`, the story's date,
        picks the dated code of an entry that has them (a president in office or after)."""
        return _ArticleResolution(self, doc, skip, day).run()


class _ArticleResolution:
    """The state of resolving one article."""

    def __init__(
        self,
        resolver: ActorResolver,
        doc: ParsedDoc,
        skip: tuple[int, int] | None,
        day: dt.date | None = None,
    ):
        self.r = resolver
        self.day = day
        self.doc = doc
        self.tokens = doc.tokens
        self.skip_end = skip[1] if skip else -1
        self.actors: dict[str, _Building] = {}
        self.people_by_surname: dict[str, str] = {}
        self.seen: list[_Seen] = []
        # The sentences of `seen`, and whether they are in order (they are: references are added
        # in text order), so that anaphora find the sentences they look back through by
        # bisection: a scan of everything seen, for each anaphor, grew with the square of a
        # long article.
        self.seen_sents: list[int] = []
        self.seen_in_order = True
        self.token_actor: dict[int, str] = {}
        self.statements: list[tuple[int, str]] = []  # (sentence, actor id)
        # Who issued a statement named as their verb's object ("the ministry issued a
        # statement"), whom a later "the statement" stands for.
        self.issuers: list[tuple[int, str]] = []
        # Runs of coordinated references: (start token, end token, actor id) each.
        self.coordinations: list[list[tuple[int, int, str]]] = []
        self.groups = 0
        self.home: str | None = None
        # "the two countries" and the like, by their first token (`role_of_states`).
        self.states_at: dict[int, _Ref] = {}

    # -- the steps ---------------------------------------------------------------------------

    def run(self) -> tuple[Actor, ...]:
        on = self.r.switches.on
        pieces = self._pieces()
        chunks = self._chunks(pieces)
        refs = [ref for chunk in chunks if (ref := self._interpret(chunk)) is not None]
        if on(rule_id(_ArticleResolution._fold_descriptions)):
            refs = self._fold_descriptions(refs)
        if on(rule_id(_ArticleResolution._distribute_coordinated_countries)):
            self._distribute_coordinated_countries(refs)
        anaphors = []
        if on(rule_id(_ArticleResolution._pronoun_refs)):
            anaphors += self._pronoun_refs(refs)
        if on(rule_id(_ArticleResolution._statement_refs)):
            anaphors += self._statement_refs(refs)
        if on(rule_id(_ArticleResolution._personal_refs)):
            anaphors += self._personal_refs(refs)
        if on(rule_id(_ArticleResolution._state_noun_refs)):
            anaphors += self._state_noun_refs(refs)
        if on(rule_id(_ArticleResolution._organisation_head_refs)):
            anaphors += self._organisation_head_refs(refs, anaphors)
        self.states_at = {a.start: a for a in anaphors if a.rule.startswith("states:")}
        if on(rule_id(home_country)):
            self.home = home_country(refs)
        if on(rule_id(_ArticleResolution._country_refs)):
            anaphors += self._country_refs(refs, anaphors)
        for ref in sorted(refs + anaphors, key=lambda r: r.start):
            self._add(ref)
        members = {m for b in self.actors.values() if b.mentions for m in b.members}
        return tuple(self._freeze(b) for b in self.actors.values() if b.mentions or b.id in members)

    def _pieces(self) -> list[_Piece]:
        """What each stretch of text names, by the first recogniser of the chain that reads it
        (`data/actors/recognisers.yaml`)."""
        toks = self.tokens
        matches = {
            m.start: replace(m, entry=m.entry.on(self.day)) if m.entry.dated_codes else m
            for m in self.r.index.find(self.doc)
        }
        surnames = {
            toks[e.end - 1].text
            for e in self.doc.entities
            if e.label == "PERSON" and e.end - e.start >= 2 and toks[e.end - 1].text[:1].isupper()
        }
        if self.r.switches.on(rule_id(family_name_first)):
            surnames |= {
                name for m in matches.values() if (name := family_name_first(m.entry)) is not None
            }
        name_word_first: dict[str, int] = {}
        for j in range(len(toks)):
            if _in_longer_name(self, j):
                name_word_first.setdefault(toks[j].text, j)
        scan = _Scan(
            matches=matches,
            entity_at={e.start: e for e in self.doc.entities},
            surnames=surnames,
            named_countries=frozenset(m.entry.country for m in matches.values() if m.entry.country),
            name_word_first=name_word_first,
        )
        recognisers = [f for i, f in self.r.recognisers if self.r.switches.on(i)]
        vetoes = [
            veto
            for veto in (plural_is_no_person, adjective_is_no_person)
            if self.r.switches.on(rule_id(veto))
        ]
        pieces: list[_Piece] = []
        i = 0
        while i < len(toks):
            if toks[i].idx < self.skip_end:
                i += 1
                continue
            match = scan.matches.get(i)
            entity = scan.entity_at.get(i)
            if entity is not None and any(veto(self, scan, entity) for veto in vetoes):
                entity = None
            for recognise in recognisers:
                found = recognise(self, scan, i, match, entity)
                if found is not None:
                    new_pieces, i = found
                    pieces.extend(new_pieces)
                    break
            else:
                i += 1
        if self.r.switches.on(rule_id(name_particles)):
            named: list[_Piece] = []
            for piece in pieces:
                # A surname read on its own is part of the name it now ends.
                if not named or piece.start >= named[-1].end:
                    named.append(name_particles(self, piece))
            pieces = named
        return pieces

    def _in_place_position(self, i: int) -> bool:
        """Whether token i is the object of a locative preposition ("near Kidal") or names a
        settlement ("the town of Kidal")."""
        tok = self.tokens[i]
        if tok.dep != "pobj":
            return False
        prep = self.tokens[tok.head]
        word = prep.text.lower()
        if word == "of":
            settlements = _words(rule_id(place_in_position), "settlement_nouns")
            return self.tokens[prep.head].lemma.lower() in settlements
        return word in _words(rule_id(place_in_position), "prepositions")

    def _untagged_name_after(
        self, i: int, matches: dict[int, Match], entity_at: dict[int, Any]
    ) -> int:
        """The end of a run of capitalised proper nouns at token i that no lexicon entry and no
        place entity claims (i when there is none). The small model often tags the name after a
        title as an organisation ("Chancellor [Olaf Scholz]ORG"), so that tag does not stop it."""
        toks = self.tokens
        end = i
        while (
            end < len(toks)
            and end - i < 4
            and toks[end].pos == "PROPN"
            and toks[end].text[:1].isupper()
            and end not in matches
            and toks[end].ent_type not in ("PERSON", "GPE", "LOC", "NORP", "DATE", "FAC")
            and toks[end].sent == toks[i - 1].sent
        ):
            end += 1
        return end

    def _name_end(self, entity: Any) -> int:
        """The end of a PERSON entity without its possessive ("Hamid Karzai's")."""
        end = entity.end
        while end > entity.start + 1 and self.tokens[end - 1].tag == "POS":
            end -= 1
        return end

    def _stance_prefix(self, i: int) -> bool:
        toks = self.tokens
        return (
            i >= 2
            and toks[i - 1].text == "-"
            and toks[i - 2].text.lower() in _words(rule_id(stance_prefix), "prefixes")
            and toks[i - 1].idx == toks[i - 2].end
            and toks[i].idx == toks[i - 1].end
        )

    def _given_name(self, i: int, matches: dict[int, Match], entity_at: dict[int, Any]) -> bool:
        """Whether token i is a given name before a surname: a capitalised proper noun that no
        lexicon entry or entity claims, compounded onto the next word, and no compass word."""
        tok = self.tokens[i]
        return (
            tok.pos == "PROPN"
            and tok.dep == "compound"
            and tok.head == i + 1
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and tok.text.lower() not in _words(rule_id(place_surname), "place_qualifiers")
            and not tok.ent_type
            and i not in matches
            and i not in entity_at
            and tok.idx >= self.skip_end
        )

    def _big_city(self, scan: _Scan, start: int, end: int) -> Place | None:
        """A one-word "person" or "organisation" that is a city of half a million or more: the
        tagger often takes "Kharkiv" or "Mariupol" for a name, while few are named only so.
        A town of the article's countries whose own name it is, before a big city it is only
        another name of (`place_in_named_country`)."""
        if end - start != 1:
            return None
        name = self.tokens[start].text
        places = self.r.gazetteer.lookup(name)
        if not places:
            return None
        if self.r.switches.on(rule_id(place_in_named_country)):
            own = place_in_named_country(scan, name, places)
            if own is not places[0]:
                return own
        if places[0].population >= _BIG_CITY and places[0].feature == "city":
            return places[0]
        return None

    def _chunks(self, pieces: list[_Piece]) -> list[list[_Piece]]:
        """Group pieces into noun phrases."""
        chunks: list[list[_Piece]] = []
        for piece in pieces:
            if chunks and self._joins(chunks[-1], piece):
                chunks[-1].append(piece)
            else:
                chunks.append([piece])
        return chunks

    def _joins(self, chunk: list[_Piece], piece: _Piece) -> bool:
        """Whether `piece` continues the noun phrase `chunk` ends in: never across sentences,
        else as the first join rule of `data/actors/joins.yaml` that decides says (no rule:
        it does not)."""
        toks = self.tokens
        if toks[chunk[-1].start].sent != toks[piece.start].sent:
            return False
        gap = _Gap.between(toks[chunk[-1].end : piece.start])
        for rule_name, join in self.r.joins:
            if self.r.switches.on(rule_name):
                verdict = join(self, chunk, piece, gap)
                if verdict is not None:
                    return bool(verdict)
        return False

    def _role_with(self, modifier: Token, head: Token) -> Entry | None:
        key = (modifier.text.lower(), head.lemma.lower())
        hit = self.r.index.uncased.get(key)
        return hit[0] if hit and hit[0].kind == "role" else None

    def _interpret(self, chunk: list[_Piece]) -> _Ref | None:
        """What a chunk refers to, by the reference rules (`actors.refs.*`), or None."""
        toks = self.tokens
        on = self.r.switches.on
        if on(rule_id(role_modifies_noun)):
            while chunk and chunk[-1].kind == "role" and role_modifies_noun(toks, chunk[-1]):
                chunk = chunk[:-1]
        if on(rule_id(organisation_branch)) and organisation_branch(toks, chunk):
            chunk = chunk[:-1]
        if chunk and on(rule_id(venue_name)) and venue_name(self, chunk[-1]):
            chunk = chunk[:-1]
        if not chunk:
            return None
        head = chunk[-1]
        start, end = chunk[0].start, head.end
        sent = toks[start].sent
        roles = [p.entry for p in chunk if p.kind == "role" and p.entry is not None]
        if head.kind == "role":
            roles += self._coordinated_roles(chunk)
            # "their foreign and [defense ministers]": a modifier coordinated with the head role.
            while (
                start >= 2
                and toks[start - 1].text in ("and", ",")
                and toks[start - 2].sent == sent
                and toks[start - 2].head > start - 2
                and (role := self._role_with(toks[start - 2], toks[end - 1]))
            ):
                roles.append(role)
                start -= 2
        possessor = possessor_pronoun(toks, start) if on(rule_id(possessor_pronoun)) else None
        if possessor is None and on(rule_id(_ArticleResolution._country_refs)):
            possessor = self._country_possessor(start)
        before = toks[start - 1] if start > 0 else None
        if before is not None and before.tag in ("DT", "PRP$") and before.sent == sent:
            start -= 1
        # An organisation's own country is kept apart: a person or role it titles acts for the
        # organisation ("ZANU-PF officials" are the party, not the state), by the rules below.
        countries = [
            p.country for p in chunk if p.country and p is not head and p.kind != "organization"
        ]
        organisation_countries = [
            p.country for p in chunk if p.country and p is not head and p.kind == "organization"
        ]
        if head.kind == "role" and chunk[0].kind == "person" and not countries:
            countries = self._leader_country(chunk[0].name, None)
        # Roles are remembered by entry and by head noun, so "the ministers" finds the
        # "foreign and defense ministers" and "the secretary" finds a "Defense Secretary".
        role_keys = [r.id for r in roles] + [
            "head:" + toks[p.end - 1].lemma.lower() for p in chunk if p.kind == "role"
        ]
        role_sectors = _sectors_of(roles)
        rule_roles = "+".join(r.id for r in roles)
        if head.kind == "person":
            known = head.entry  # a person in the lexicon brings country and sectors
            organizations = [p.entry for p in chunk if p.kind == "organization" and p.entry]
            organisation_code = None
            if (
                known is not None
                and not countries
                and on(rule_id(international_office))
                # The title with the words before it: "former" may open the phrase.
                and international_office(organizations, toks[max(0, start - 3) : end])
            ):
                countries, role_sectors = organisation_person(organizations)
                organisation_code = organizations[-1].actor_code
            elif known is not None:
                countries = countries or ([known.country] if known.country else [])
                # "FARC leader Manuel Marulanda" stays a rebel: the entry knows the person.
                # But a title out of office ("former prime minister", "opposition leader")
                # is newer than an entry that knows the person in office.
                out_of_office = (
                    role_sectors
                    and not set(role_sectors) & STATE_SECTORS
                    and set(known.sectors) <= STATE_SECTORS
                )
                if not out_of_office:
                    role_sectors = list(known.sectors) or role_sectors
            elif not countries and organizations and on(rule_id(organisation_person)):
                countries, role_sectors = organisation_person(organizations)
                organisation_code = organizations[-1].actor_code
            elif not countries:
                countries = organisation_countries or self._leader_country(
                    head.name, [r.id for r in roles]
                )
            return _Ref(
                start,
                end,
                sent,
                "person",
                known.id if known else "person" + (f"+{rule_roles}" if roles else ""),
                countries=countries,
                sectors=role_sectors,
                name=head.name,
                possessor=possessor,
                role_entries=role_keys,
                entry=known,
                organisation_code=organisation_code if not countries else None,
            )
        organizations = [p for p in chunk if p.kind == "organization" and p.entry is not None]
        if (
            head.kind == "role"
            and organizations
            and not countries
            and on(rule_id(organisation_role))
        ):
            return organisation_role(start, end, sent, organizations[-1].entry)
        countries = countries or organisation_countries
        if head.kind == "role":
            plural = toks[head.end - 1].tag in ("NNS", "NNPS")
            if (
                not countries
                and possessor is None
                and on(rule_id(_ArticleResolution._state_noun_refs))
                and (owner := self._organisation_possessor(start))
            ):
                # "the agency's spokesman" speaks for the agency, as "UNICEF's spokesman" does
                # for UNICEF (`organisation_role`).
                return _Ref(start, end, sent, "anaphor", owner, name=self.doc.span_text(start, end))
            if not countries and possessor is None and on(rule_id(locates)):
                possessor = self._in_the_country(end)
            if not countries and possessor is None:
                return _Ref(
                    start,
                    end,
                    sent,
                    "anaphor",
                    "role-anaphor:" + rule_roles,
                    sectors=_sectors_of(roles),
                    plural=plural,
                    role_entries=role_keys,
                    name=self.doc.span_text(start, end),
                )
            return _Ref(
                start,
                end,
                sent,
                "state",
                "role:" + rule_roles,
                countries=countries,
                sectors=_sectors_of(roles),
                plural=plural,
                possessor=possessor,
                role_entries=role_keys,
                name=self.doc.span_text(start, end),
            )
        if head.kind == "adjective" and len(chunk) > 1:
            # "the Thai and Cambodian sides": coordinated adjectives name their states together.
            adjectives = [p.country for p in chunk if p.kind == "adjective" and p.country]
            if len(adjectives) != len(chunk):
                return None
            if on(rule_id(nation_abroad)) and nation_abroad(chunk):
                return _Ref(start, end, sent, "state", "adjective+people", countries=adjectives[:1])
            return _Ref(start, end, sent, "state", "adjectives", countries=adjectives)
        if head.kind in ("state", "adjective", "place"):
            entry = head.entry
            return _Ref(
                start,
                end,
                sent,
                "state",
                entry.id if entry else "gazetteer:" + head.name,
                countries=[head.country] if head.country else [],
                sectors=list(entry.sectors) if entry else [],
                entry=entry,
            )
        if head.entry is None:
            return None
        return _Ref(
            start,
            end,
            sent,
            head.entry.kind if head.entry.kind != "role" else "state",
            head.entry.id,
            countries=[head.entry.country] if head.entry.country else countries,
            sectors=list(head.entry.sectors),
            entry=head.entry,
        )

    def _leader_country(self, name: str, titles: list[str] | None) -> list[str]:
        """The country `leader_country` reads, or none when that rule is off."""
        if not self.r.switches.on(rule_id(leader_country)):
            return []
        return leader_country(self.r.surname_countries, name, titles)

    def _coordinated_roles(self, chunk: list[_Piece]) -> list[Entry]:
        """Roles elided in coordination: "foreign and defense ministers" has foreign minister."""
        toks = self.tokens
        head = chunk[-1]
        extra = []
        for left, right in zip(chunk, chunk[1:], strict=False):
            if right is head and right.start - left.end == 2:
                role = self._role_with(toks[left.end], toks[head.end - 1])
                if role is not None:
                    extra.append(role)
        return extra

    @rule("actors.refs.appositive.v1")
    def _fold_descriptions(self, refs: list[_Ref]) -> list[_Ref]:
        """Appositives and "of" phrases describe the reference before them: "Maria Lopez,
        Peru's foreign minister" is a Peruvian minister; "the president of Chile" is Chile's;
        "a spokesman for the EU" speaks for the EU;
        the proper noun next to a singular role between commas is a person the tagger missed."""
        toks = self.tokens
        place = self.r.switches.on(rule_id(locates))
        modified = self.r.switches.on(rule_id(modified_appositive))
        out: list[_Ref] = []
        for ref in self._with_described_names(refs):
            if out and out[-1].sent == ref.sent:
                gap = toks[out[-1].end : ref.start]
                if self.r.switches.on(INTERNATIONAL_TITLE_RULE) and self._international_title(
                    out[-1], ref, gap
                ):
                    out[-1].sectors = out[-1].sectors or list(ref.sectors)
                    out[-1].rule = "person+appositive"
                    continue
                if self.r.switches.on(ORGANISATION_APPOSITIVE_RULE) and organisation_appositive(
                    out[-1], ref, gap, modified, self.tokens
                ):
                    _act_for(out[-1], ref)
                    out[-1].rule = "person+appositive"
                    continue
                if self._institution_of(out[-1], ref):
                    continue
                if self.r.switches.on(rule_id(business_head)) and business_head(
                    out[-1], gap, toks[ref.end - 1]
                ):
                    # The firm stays an actor of its own.
                    out[-1].sectors = list(_words(rule_id(business_head), "sectors"))
                    out.append(ref)
                    continue
                if self._second_role(out[-1], ref, gap):
                    continue
                if (
                    ref.kind == "person"
                    and self.r.switches.on(OBJECT_BEFORE_NAME_RULE)
                    and self._object_before_name(out[-1])
                ):
                    out.append(ref)
                    continue
                if self.r.switches.on(rule_id(stated_nationality)) and stated_nationality(
                    out[-1], ref, gap, toks[ref.start : ref.end + _MAX_DESCRIPTION_WORDS + 1]
                ):
                    out[-1].countries = list(ref.countries)
                    out[-1].sectors = out[-1].sectors or list(ref.sectors)
                    out[-1].end = ref.end
                    continue
                if self.r.switches.on(rule_id(leading_relative)) and leading_relative(
                    out[-1], ref, gap
                ):
                    _act_for(out[-1], ref)
                    continue
                if self.r.switches.on(rule_id(representing_relative)) and (
                    representing_relative(out[-1], gap)
                ):
                    # The client stays an actor of their own.
                    out[-1].sectors = list(_words(rule_id(representing_relative), "sectors"))
                    out.append(ref)
                    continue
                if self.r.switches.on(OBJECT_BEFORE_NAME_RULE) and _clause_subject_after(
                    out[-1], ref, toks
                ):
                    out.append(ref)
                    continue
                if self.r.switches.on(rule_id(group_member)) and group_member(
                    out[-1], ref, gap
                ):
                    # "militants from the Arakan Army": the named group acts.
                    ref.start = out[-1].start
                    out[-1] = ref
                    continue
                if place and _coordinated_place(out[-1], ref, gap, toks):
                    # "leaders from Chile, Peru and Bolivia": a group placed in each of them.
                    out[-1].countries.extend(c for c in ref.countries if c not in out[-1].countries)
                    out[-1].end = ref.end
                    continue
                described = _describe(out[-1], ref, gap, place, modified)
                if described is not None:
                    out[-1] = described
                    # "a professor at San Marcos University in Lima": the institution placed
                    # by the words after it may complete the role of the person before it.
                    if len(out) > 1 and self._institution_of(out[-2], out[-1]):
                        out.pop()
                    continue
            out.append(ref)
        return out

    def _institution_of(self, person: _Ref, body: _Ref) -> bool:
        """Fold `body` into `person` when it is where the person holds their role
        (`institution_appositive`), or the place of a body the person heads (`headed_body`);
        whether it was."""
        if person.sent != body.sent:
            return False
        gap = self.tokens[person.end : body.start]
        on = self.r.switches.on
        headed = not (
            on(rule_id(institution_appositive)) and institution_appositive(person, body, gap)
        )
        if headed and not (on(rule_id(headed_body)) and headed_body(person, body, gap)):
            return False
        person.countries = list(body.countries)
        person.sectors = person.sectors or list(body.sectors)
        if headed:
            # A body the lexicon lacks is no organ of the state; one of research makes its
            # people commentators, as researchers are.
            rest = _phrase_after(self.tokens, body, hyphens=True)
            name = [*gap, *self.tokens[body.start : body.end], *rest]
            research = _words(rule_id(headed_body), "research_words")
            person.sectors = (
                ["EDU"]
                if any(t.lemma.lower() in research for t in name)
                else [s for s in person.sectors if s not in STATE_SECTORS]
            )
        if self._names_unlisted_body(body):
            # "president of the Peruvian Alpaca Council": a Peruvian, not Peru's government, and
            # the mention ends before the name it would cut in two.
            person.sectors = [s for s in person.sectors if s not in STATE_SECTORS]
            return True
        person.end = body.end
        return True

    def _second_role(self, person: _Ref, role: _Ref, gap: list[Token]) -> bool:
        """Fold a second role joined by "and" into the person it describes, so that the body
        after it completes both (`institution_appositive`): "Rui Alves, a senator and former
        deputy minister in Peru's government"; whether it was."""
        if not (
            self.r.switches.on(rule_id(institution_appositive))
            and person.kind == "person"
            and person.rule == "person+appositive"
            and not person.countries
            and role.kind == "anaphor"
            and role.rule.startswith("role-anaphor")
            and not role.countries
            and gap
            and gap[0].text.lower() == "and"
            and all(t.pos in ("ADJ", "NOUN", "PROPN") for t in gap[1:])
        ):
            return False
        person.end = role.end
        person.role_entries += role.role_entries
        return True

    def _names_unlisted_body(self, body: _Ref) -> bool:
        """Whether the country `body` only modifies the name of a body no actor names ("the
        Peruvian Alpaca Council", "Peru's Andean Studies Center"), where a role is held in that
        body and not in the state."""
        last = self.tokens[body.end - 1]
        return (
            not body.sectors
            and last.dep in ("amod", "compound", "poss")
            and last.head >= body.end
        )

    @rule("actors.refs.object-before-name.v1")
    def _object_before_name(self, ref: _Ref) -> bool:
        """Whether `ref`, before a person's name and a comma, is the object of a preposition
        and so no description of the person: in "In an interview with a radio station,
        General Ana Ruiz said ..." the station is whom she spoke to, while in "The defense
        secretary, Mattis, said ..." the role is the person's. So, the other way round, a role
        after a person the opening phrase names is the clause's subject
        (`_clause_subject_after`)."""
        toks = self.tokens
        heads = [t for t in toks[ref.start : ref.end] if not ref.start <= t.head < ref.end]
        return len(heads) == 1 and heads[0].dep == "pobj"

    @rule("actors.refs.international-title.v1")
    def _international_title(self, person: _Ref, org: _Ref, gap: list[Token]) -> bool:
        """Whether `org` opens a title in apposition to `person`: "Hiroshi Nagano, the United
        Nations refugee coordinator" is a UN official, coded as the organisation is."""
        return (
            person.kind == "person"
            and not person.countries
            and org.kind == "organization"
            and not org.countries
            and any(s in INTERNATIONAL_SECTORS for s in org.sectors)
            and [t.text for t in gap] == [","]
            and self.tokens[org.end - 1].dep == "compound"
        )

    def _with_described_names(self, refs: list[_Ref]) -> list[_Ref]:
        """Add the people the tagger left unnamed but an appositive describes: in "Kono, Japan's
        foreign minister," or "the defense secretary, Mattis," the proper noun next to a
        singular role between commas is a person."""
        toks = self.tokens
        covered = {i for r in refs for i in range(r.start, r.end)}
        found = []
        for ref in refs:
            if ref.kind not in ("state", "anaphor") or not ref.sectors or ref.plural:
                continue
            before = self._proper_name_span(ref.start - 2, -1, covered)
            after = self._proper_name_span(ref.end + 1, 1, covered)
            for span, comma in ((before, ref.start - 1), (after, ref.end)):
                if span and toks[comma].text == ",":
                    name = self.doc.span_text(*span)
                    found.append(_Ref(span[0], span[1], ref.sent, "person", "person", name=name))
                    covered.update(range(*span))
        # Their other mentions, which the tagger missed as it missed this one.
        surnames = {toks[r.end - 1].text for r in found}
        for t in toks:
            if t.text in surnames and t.pos == "PROPN" and t.i not in covered:
                found.append(_Ref(t.i, t.i + 1, t.sent, "person", "person", name=t.text))
        return sorted(refs + found, key=lambda r: r.start)

    def _proper_name_span(self, i: int, step: int, covered: set[int]) -> tuple[int, int] | None:
        """The run of proper nouns that ends (step -1) or starts (step 1) at token i."""
        toks = self.tokens
        j = i
        while (
            0 <= j < len(toks)
            and toks[j].pos == "PROPN"
            and j not in covered
            and toks[j].ent_type not in ("GPE", "DATE", "LOC")
        ):
            j += step
        if j == i:
            return None
        start, end = (j + 1, i + 1) if step < 0 else (i, j)
        return (start, end) if toks[start].sent == toks[end - 1].sent else None

    @rule("actors.refs.coordinated-country.v1")
    def _distribute_coordinated_countries(self, refs: list[_Ref]) -> None:
        """A nationality before coordinated titled people covers both: "Brazilian Foreign
        Minister Ana Costa and Defense Minister Rui Alves" are both Brazilian. A titled person
        with no country takes the country of the titled person just before it, joined by
        "and"."""
        toks = self.tokens
        for prev, ref in zip(refs, refs[1:], strict=False):
            gap = [t.text.lower() for t in toks[prev.end : ref.start]]
            if (
                ref.kind == "person"
                and prev.kind == "person"
                and ref.entry is None
                and not ref.countries
                and prev.countries
                and ref.sectors
                and gap == ["and"]
            ):
                ref.countries = list(prev.countries)

    @rule("actors.anaphora.pronoun.v1")
    def _pronoun_refs(self, refs: list[_Ref]) -> list[_Ref]:
        """"it", "its", "they", "them" and "their" refer to an actor of the same or the previous
        sentence: the latest coordination or group for a plural, the latest subject state or
        organisation for a singular ("Chile recalled its envoy" -> Chile's envoy)."""
        covered = {i for r in refs for i in range(r.start, r.end)}
        this = rule_id(_ArticleResolution._pronoun_refs)
        singular, plural = _words(this, "singular"), _words(this, "plural")
        out = []
        for t in self.tokens:
            lower = t.text.lower()
            if t.i in covered or t.pos != "PRON" or t.idx < self.skip_end:
                continue
            if lower == "both" and t.i - 1 in covered:
                # "Chile and Peru both condemned ...": a quantifier floated after the parties,
                # who are named already.
                continue
            if lower in singular or lower in plural:
                out.append(
                    _Ref(
                        t.i,
                        t.i + 1,
                        t.sent,
                        "anaphor",
                        "pronoun:" + lower,
                        plural=lower in plural,
                        name=lower,
                    )
                )
        return out

    @rule("actors.anaphora.states.v1")
    def _state_noun_refs(self, refs: list[_Ref]) -> list[_Ref]:
        """"The two countries", "both nations", "the three governments" refer, like "they", to
        the states just named together: "Chile and Peru signed a deal. The two countries
        accused Bolivia of ..." -> Chile and Peru; so do "the trio", "the pair", and "each
        side", "either country" (each of them). The plural noun needs "the", "both", "these"
        or "those" before it, so that "many countries" and "from 12 countries", which name
        states not yet told of, stay unresolved. "The bloc", "the alliance" refer to the
        organisation last named within three sentences; "the group" and "the movement" to the
        last that is no body of states (`nonstate_organizations`: a rights group or an armed
        one, not a UN agency).
        (The nouns are `data/actors/words.yaml`.)"""
        covered = {i for r in refs for i in range(r.start, r.end)}
        this = rule_id(_ArticleResolution._state_noun_refs)
        nouns, bodies = _words(this, "states"), _words(this, "organizations")
        collectives = _words(this, "collectives")
        out = []
        for t in self.tokens:
            if t.i in covered:
                continue
            # The small tagger may call a lower-case noun a proper one ("the bloc").
            singular = t.tag == "NN" or (t.tag == "NNP" and t.text.islower())
            if singular and t.lemma.lower() in bodies:
                # "the bloc", "the continental body"; not "the body of the victim".
                start = t.i - 1
                while start > 0 and self.tokens[start].dep == "amod" and start not in covered:
                    start -= 1
                owned = any(
                    self.tokens[c].text.lower() == "of" for c in self.doc.children[t.i]
                )
                if start >= 0 and self.tokens[start].text.lower() == "the" and not owned:
                    out.append(
                        _Ref(start, t.i + 1, t.sent, "anaphor",
                             "organization:" + t.lemma.lower(),
                             name=self.doc.span_text(start, t.i + 1))
                    )  # fmt: skip
                continue
            if t.tag == "NN" and t.lemma.lower() in collectives and t.i > 0:
                # "the trio", "the pair": the states just named together, as "the three
                # countries" are.
                if self.tokens[t.i - 1].text.lower() == "the":
                    out.append(
                        _Ref(t.i - 1, t.i + 1, t.sent, "anaphor", "states:" + t.lemma.lower(),
                             plural=True, name=self.doc.span_text(t.i - 1, t.i + 1))
                    )  # fmt: skip
                continue
            if (
                t.tag == "NN"
                and t.lemma.lower() in nouns
                and t.i > 0
                and self.tokens[t.i - 1].text.lower() in ("each", "either")
            ):
                # "Each side accused the other": each of the states just named together.
                out.append(
                    _Ref(t.i - 1, t.i + 1, t.sent, "anaphor", "states:" + t.lemma.lower(),
                         plural=True, name=self.doc.span_text(t.i - 1, t.i + 1))
                )  # fmt: skip
                continue
            if t.tag != "NNS" or t.lemma.lower() not in nouns:
                continue
            start = t.i
            while (
                start > t.i - 5
                and self.tokens[start - 1].sent == t.sent
                and self.tokens[start - 1].dep in _STATE_NOUN_MODIFIERS
                and (self.tokens[start - 1].dep != "punct" or self.tokens[start - 1].text == "-")
            ):
                start -= 1
            words = {x.text.lower() for x in self.tokens[start : t.i]}
            if not words & {"the", "both", "these", "those"}:
                continue
            out.append(
                _Ref(start, t.i + 1, t.sent, "anaphor", "states:" + t.lemma.lower(), plural=True,
                     name=self.doc.span_text(start, t.i + 1))
            )  # fmt: skip
        return out

    @rule("actors.anaphora.organisation-head.v1")
    def _organisation_head_refs(self, refs: list[_Ref], anaphors: list[_Ref]) -> list[_Ref]:
        """"The council", "the commission" refer to the organisation last named
        whose name ends in that noun, within three sentences: "Chile asked the UN Security
        Council to meet. The council refused" -> the UN Security Council."""
        toks = self.tokens
        heads = {
            toks[r.end - 1].lemma.lower()
            for r in refs
            if r.kind == "organization" and toks[r.end - 1].tag in ("NNP", "NN")
        }
        return self._the_noun_refs(refs + anaphors, heads, "organization-head")

    def _the_noun_refs(
        self, known: list[_Ref], nouns: Container[str], kind: str, owned: bool = True
    ) -> list[_Ref]:
        """Anaphors "the <noun>" for singular `nouns` outside the references `known`, of rule
        `kind`; with `owned` False, not a noun with an "of" phrase ("the country of ...")."""
        toks = self.tokens
        covered = {i for r in known for i in range(r.start, r.end)}
        out = []
        for t in toks:
            if (
                t.i in covered
                or t.tag != "NN"
                or t.lemma.lower() not in nouns
                or t.i == 0
                or toks[t.i - 1].text.lower() != "the"
                or (not owned and any(toks[c].text.lower() == "of" for c in self.doc.children[t.i]))
            ):
                continue
            out.append(
                _Ref(t.i - 1, t.i + 1, t.sent, "anaphor", f"{kind}:{t.lemma.lower()}",
                     name=self.doc.span_text(t.i - 1, t.i + 1))
            )  # fmt: skip
        return out

    @rule("actors.anaphora.country.v1")
    def _country_refs(self, refs: list[_Ref], anaphors: list[_Ref]) -> list[_Ref]:
        """"The country" and "the nation" refer to the one country the story is about, else to
        the state last named as a subject within three sentences, else the last state named
        there: "Chile closed its border. The country also recalled its envoy" -> Chile; so does
        "the country's" before a role ("the country's foreign minister"). Not "the country of
        ..." nor a country an adjective picks out ("the neighbouring country")."""
        nouns = _words(rule_id(_ArticleResolution._country_refs), "nouns")
        return self._the_noun_refs(refs + anaphors, nouns, "country", owned=False)

    def _country_possessor(self, start: int) -> str | None:
        """"country" when "the country's" comes before token `start` ("the country's foreign
        minister"), so that the role is that state's (`_country_refs`); else None."""
        toks = self.tokens
        if start < 3 or toks[start - 1].tag != "POS":
            return None
        noun, the = toks[start - 2], toks[start - 3]
        if the.text.lower() != "the" or noun.sent != toks[start].sent:
            return None
        nouns = _words(rule_id(_ArticleResolution._country_refs), "nouns")
        return "country" if noun.lemma.lower() in nouns else None

    def _organisation_possessor(self, start: int) -> str | None:
        """The anaphor rule "organization:<noun>" when "the <noun>'s" of an organisation noun
        (`organizations` of `_state_noun_refs`) comes before token `start` ("the agency's
        spokesman"); else None."""
        toks = self.tokens
        if start < 3 or toks[start - 1].tag != "POS":
            return None
        noun, the = toks[start - 2], toks[start - 3]
        if the.text.lower() != "the" or noun.sent != toks[start].sent or noun.tag != "NN":
            return None
        nouns = _words(rule_id(_ArticleResolution._state_noun_refs), "organizations")
        return "organization:" + noun.lemma.lower() if noun.lemma.lower() in nouns else None

    def _in_the_country(self, end: int) -> str | None:
        """"country" when a group ending before token `end` is placed in a part of "the
        country" ("rebels in the country's north", "teachers across the nation's southern
        provinces"), so that the group is that state's (`locates`); else None."""
        toks = self.tokens
        if end + 4 >= len(toks) or toks[end].text.lower() not in _words(
            rule_id(locates), "prepositions"
        ):
            return None
        possessed = self._country_possessor(end + 4)
        return possessed if possessed and toks[end + 4].sent == toks[end].sent else None

    def _country_antecedent(self, ref: _Ref) -> list[str]:
        """The state "the country" of `ref` stands for (`_country_refs`), or []: in what an
        organ of a state says, its own state ("Chile's president said the country would not
        negotiate"); else the story's country, else the state named last."""
        if self.r.switches.on(rule_id(_ArticleResolution._speakers_country)) and (
            country := self._speakers_country(ref)
        ):
            return [self._state(country, [], ref)]
        if self.home:
            return [self._state(self.home, [], ref)]
        states = [
            s
            for s in self._seen_since(ref.sent - _PERSON_WINDOW)
            if s.token < ref.start
            and self.actors[s.actor].kind == "state"
            and not self.actors[s.actor].sectors
        ]
        subjects = [s for s in states if s.subject]
        return [(subjects or states)[-1].actor] if subjects or states else []

    @rule("actors.anaphora.speakers-country.v1")
    def _speakers_country(self, ref: _Ref) -> str | None:
        """The country of an organ of a state (its government, forces, courts or legislature,
        or one of their people) that is the subject of the verb whose clause holds `ref`:
        "Chile's president said the country would not negotiate with Peru" -> Chile, "the
        Chilean minister vowed that the country would respond" -> Chile, whatever country
        the story is about. None when no such speaker governs the clause."""
        toks = self.tokens
        verb = toks[ref.start]
        while verb.pos not in ("VERB", "AUX") and verb.head != verb.i:
            verb = toks[verb.head]
        if verb.dep not in ("ccomp", "xcomp") or verb.head == verb.i:
            return None
        governor = toks[verb.head]
        for child in self.doc.children[governor.i]:
            if toks[child].dep != "nsubj" or child > ref.start:
                continue
            actor = self.actors.get(self.token_actor.get(child, ""))
            if (
                actor is not None
                and actor.country
                and actor.sectors
                and set(actor.sectors) <= STATE_SECTORS
            ):
                return actor.country
        return None

    @rule("actors.anaphora.personal.v1")
    def _personal_refs(self, refs: list[_Ref]) -> list[_Ref]:
        """"he", "she", "his" and "her" refer to the person last named within three sentences,
        the subject of the sentence before when the pronoun is a subject: "Maria Lopez, Peru's
        foreign minister, arrived on Monday. She urged Chile to reopen the border" -> Lopez
        urged Chile."""
        covered = {i for r in refs for i in range(r.start, r.end)}
        pronouns = _words(rule_id(_ArticleResolution._personal_refs), "pronouns")
        return [
            _Ref(t.i, t.i + 1, t.sent, "anaphor", "personal:" + t.text.lower(), name=t.text.lower())
            for t in self.tokens
            if t.text.lower() in pronouns
            and t.pos == "PRON"
            and t.i not in covered
            and t.idx >= self.skip_end
        ]

    @rule("actors.anaphora.statement.v1")
    def _statement_refs(self, refs: list[_Ref]) -> list[_Ref]:
        """"The statement", "a joint statement" and "their communique" stand for who issued it:
        the parties of a meeting just reported, so that "a joint statement said" has them as
        its speaker."""
        covered = {i for r in refs for i in range(r.start, r.end)}
        this = rule_id(_ArticleResolution._statement_refs)
        nouns, openers = _words(this, "nouns"), _words(this, "openers")
        out = []
        for t in self.tokens:
            if t.lemma.lower() in nouns and t.i not in covered:
                start = t.i
                while (
                    start > 0
                    and self.tokens[start - 1].dep in ("det", "amod", "compound")
                    and self.tokens[start - 1].sent == t.sent
                ):
                    start -= 1
                words = {x.text.lower() for x in self.tokens[start : t.i]}
                if not words & openers:
                    continue
                out.append(
                    _Ref(
                        start,
                        t.i + 1,
                        t.sent,
                        "anaphor",
                        "statement:" + ("joint" if "joint" in words else "definite"),
                        name=self.doc.span_text(start, t.i + 1),
                    )
                )
        return out

    # -- merging references into actors -------------------------------------------------------

    def _placed_only(self, ref: _Ref) -> bool:
        """Whether `ref` is named only by roles that need a country or a place to name an
        actor ("the children bought ice cream")."""
        known = self.r.lexicon.entries
        entries = [known[k] for k in ref.role_entries if k in known]
        return bool(entries) and all(e.placed_only for e in entries)

    def _add(self, ref: _Ref) -> None:
        if self.r.switches.on(rule_id(counterpart)) and "role.counterpart" in ref.role_entries:
            if not ref.countries:
                # "met his counterpart": of which country, the words do not say.
                return
            ref.sectors = counterpart(self, ref) or ref.sectors
        if ref.kind == "anaphor":
            ids = self._antecedent(ref)
            if (
                not ids
                and ref.rule.startswith("role-anaphor")
                and ref.sectors
                and self.r.switches.on(rule_id(_ArticleResolution._sector))
                and not self._placed_only(ref)
            ):
                countries = (
                    role_of_states(self, ref) if self.r.switches.on(rule_id(role_of_states)) else []
                )
                home = None if countries else self._home_for(ref.sectors)
                if not countries and home is None and self.r.switches.on(rule_id(sentence_state)):
                    home = sentence_state(self, ref)
                if not countries and home is None and self.r.switches.on(rule_id(acting_state)):
                    home = acting_state(self, ref)
                if not countries and home is None and self.r.switches.on(rule_id(sector_kin)):
                    home = sector_kin(self, ref)
                if home:
                    countries = [home]
                ids = [self._state(c, ref.sectors, ref) for c in countries] or [self._sector(ref)]
            if not ids:
                return
            actor_id = ids[0] if len(ids) == 1 else self._group(ids, ref)
        elif ref.kind == "person":
            actor_id = self._person(ref)
        elif ref.kind == "state":
            countries = self._countries(ref)
            if not countries:
                return
            if len(countries) > 1:
                actor_id = self._group([self._state(c, ref.sectors, ref) for c in countries], ref)
            else:
                actor_id = self._state(countries[0], ref.sectors, ref)
                self.actors[actor_id].role_entries.update(ref.role_entries)
        elif ref.entry is not None:
            actor_id = self._organization(ref.entry)
        else:
            return
        self._mention(actor_id, ref)

    def _countries(self, ref: _Ref) -> list[str]:
        countries = list(dict.fromkeys(ref.countries))
        if ref.possessor is not None and not countries:
            # "her lawyer", "his government": the person the pronoun stands for.
            personal = ref.possessor in _words(rule_id(possessor_pronoun), "personal")
            owner = (
                self._country_antecedent(ref)
                if ref.possessor == "country"
                else self._antecedent(
                    _Ref(
                        ref.start,
                        ref.start + 1,
                        ref.sent,
                        "anaphor",
                        "personal" if personal else "possessor",
                        plural=ref.possessor == "their",
                    )
                )
            )
            for actor_id in owner:
                building = self.actors[actor_id]
                for member in building.members or (actor_id,):
                    country = self.actors[member].country
                    if country and country not in countries:
                        countries.append(country)
        return countries

    def _state(self, country: str, sectors: list[str], ref: _Ref) -> str:
        code = country + "".join(sectors)
        actor_id, name = code, None
        if ref.entry is not None and ref.entry.id.startswith("territory."):
            # A dependent territory keeps its own name, coded as its sovereign ("Guam": USA).
            actor_id, name = ref.entry.id.split(".", 1)[1].upper(), ref.entry.name
        if actor_id not in self.actors:
            labels = sector_labels()
            base = self.r.country_names.get(country, country)
            if name is None:
                name = base + (f" ({', '.join(labels[s] for s in sectors)})" if sectors else "")
            entry = ref.entry.id if ref.entry else ref.rule
            self.actors[actor_id] = _Building(
                actor_id, name, "state", country, list(sectors), entry
            )
        return actor_id

    def _home_for(self, sectors: list[str]) -> str | None:
        """The story's home country for a group or titled person known by `sectors` alone,
        when they are national sectors (police, not peacekeepers)."""
        if self.home and sectors and set(sectors) <= national_sectors():
            return self.home
        return None

    @rule("actors.refs.sector-group.v1")
    def _sector(self, ref: _Ref) -> str:
        """A group known only by its sector, with no country and nothing named before that it
        could stand for ("protesters", "police", "the rebels"), is an actor of its own: its code
        is the sector alone, as in GDELT, and events may give it the country of the other
        party. The id of that actor."""
        actor_id = "".join(ref.sectors)
        if actor_id not in self.actors:
            name = ", ".join(sector_labels()[s] for s in ref.sectors)
            self.actors[actor_id] = _Building(
                actor_id,
                name,
                "group",
                None,
                list(ref.sectors),
                "sector:" + ref.rule.split(":", 1)[-1],
            )
        return actor_id

    def _organization(self, entry: Entry) -> str:
        actor_id = entry.id.split(".", 1)[-1]
        if actor_id not in self.actors:
            self.actors[actor_id] = _Building(
                actor_id,
                entry.name,
                entry.kind if entry.kind != "role" else "organization",
                entry.country,
                list(entry.sectors),
                entry.id,
                entry_code=entry.actor_code,
            )
        return actor_id

    def _person(self, ref: _Ref) -> str:
        words = ref.name.split()
        particles = _words(rule_id(name_particles), "particles")
        # "De la Cruz" after "Ana Ruiz de la Cruz": a surname with its particles.
        surname_only = len(words) == 1 or (
            self.r.switches.on(rule_id(name_particles))
            and all(w.lower() in particles for w in words[:-1])
        )
        actor_id = self.people_by_surname.get(words[-1]) if surname_only else None
        if actor_id is None:
            actor_id = "person." + _SLUG.sub("-", ref.name.lower()).strip("-")
            if ref.entry is not None:
                actor_id = ref.entry.id
            if actor_id not in self.actors:
                self.actors[actor_id] = _Building(actor_id, ref.name, "person", None, [], ref.rule)
            if len(words) > 1:
                # "al-Sudani" is later "Sudani"; "Le Drian" stays "Le Drian" or "Drian".
                for surname in {words[-1], words[-1].split("-")[-1]}:
                    self.people_by_surname.setdefault(surname, actor_id)
            if ref.entry is not None and self.r.switches.on(rule_id(family_name_first)):
                if (family := family_name_first(ref.entry)) is not None:
                    self.people_by_surname.setdefault(family, actor_id)
        person = self.actors[actor_id]
        countries = self._countries(ref) if ref.possessor is not None else ref.countries
        if countries and person.country is None:
            person.country = countries[0]
        elif (
            person.country is None
            and ref.sectors
            and set(ref.sectors) <= STATE_SECTORS | {"MED", "OPP", "PTY"}
            and (home := self._home_for(ref.sectors))
        ):
            # An official, an opposition or party figure or a journalist with no country of
            # their own ("spokesperson Ana Ruiz", "opposition leader Ana Ruiz", "Rui Alves, a
            # reporter with a local radio") in a story about one country is that country's: a
            # foreign one is named with an outlet the lexicon knows or a nationality. A
            # businessman may well be a foreigner the story is about.
            person.country = home
        elif (
            person.country is None
            and ref.sectors
            and self.r.switches.on(rule_id(sector_kin))
            and (kin := sector_kin(self, ref))
        ):
            # "A Peruvian court opened the trial. Judge Ana Ruiz said ..."
            person.country = kin
        for sector in ref.sectors:
            if not person.sectors:
                person.sectors.append(sector)
        if person.country is None and person.entry_code is None:
            person.entry_code = ref.organisation_code
        person.role_entries.update(ref.role_entries)
        if ref.sectors and "+" not in person.entry:
            person.entry = ref.rule
        return actor_id

    def _group(self, members: list[str], ref: _Ref) -> str:
        members = list(dict.fromkeys(members))
        for building in self.actors.values():
            if building.kind == "group" and list(building.members) == members:
                return building.id
        self.groups += 1
        actor_id = f"group.{self.groups}"
        countries = {self.actors[m].country for m in members}
        sectors = [
            s
            for s in self.actors[members[0]].sectors
            if all(s in self.actors[m].sectors for m in members)
        ]
        self.actors[actor_id] = _Building(
            actor_id,
            ref.name if ref.kind == "state" else " and ".join(self.actors[m].name for m in members),
            "group",
            countries.pop() if len(countries) == 1 else None,
            sectors,
            ref.rule,
            members=tuple(members),
        )
        return actor_id

    def _mention(self, actor_id: str, ref: _Ref) -> None:
        doc = self.doc
        start = ref.start
        if self.r.switches.on(rule_id(mention_start)):
            start = mention_start(doc.tokens, ref.start, ref.end)
        char_start, char_end = doc.tokens[start].idx, doc.tokens[ref.end - 1].end
        self.actors[actor_id].mentions.append(
            Mention(
                char_start,
                char_end,
                doc.text[char_start:char_end],
                ref.sent,
                start,
                ref.end,
                ref.rule,
            )
        )
        building = self.actors[actor_id]
        building.role_entries.update(ref.role_entries)
        for i in range(ref.start, ref.end):
            self.token_actor.setdefault(i, actor_id)
        subject = any(t.dep in _SUBJECT_DEPS for t in doc.tokens[ref.start : ref.end])
        self.seen_in_order = self.seen_in_order and (
            not self.seen_sents or self.seen_sents[-1] <= ref.sent
        )
        self.seen_sents.append(ref.sent)
        plural = bool(building.members) or ref.plural
        self.seen.append(
            _Seen(
                actor_id,
                ref.sent,
                ref.start,
                subject,
                plural=plural,
                person=building.kind == "person" or (not plural and self._titled_one(ref)),
            )
        )
        if ref.rule.startswith("statement") or _is_statement(doc, ref):
            self.statements.append((ref.sent, actor_id))
        if self.r.switches.on(rule_id(statement_issuer)) and statement_issuer(doc, ref):
            self.issuers.append((ref.sent, actor_id))
        self._note_coordination(actor_id, ref)

    def _titled_one(self, ref: _Ref) -> bool:
        """Whether a reference names one office holder by title alone ("the Kenyan foreign
        minister", "a senior US official"), whom a later "he" or "she" may stand for."""
        if ref.kind == "anaphor" or not self.r.switches.on(
            rule_id(_ArticleResolution._personal_refs)
        ):
            return False
        last = self.tokens[ref.end - 1]
        titles = _words(rule_id(_ArticleResolution._personal_refs), "titles")
        return last.tag == "NN" and last.lemma.lower() in titles

    def _note_coordination(self, actor_id: str, ref: _Ref) -> None:
        """Remember "Japan and the United States" for a later "they" or "their".

        Two references are coordinated when "and" joins them, or when the parser makes one a
        conjunct of the other (a bare comma is too often a list boundary to trust alone).
        """
        toks = self.tokens
        if self.coordinations:
            members = self.coordinations[-1]
            last_start, last_end, _ = members[-1]
            gap = [t.text.lower() for t in toks[last_end : ref.start]]
            conjunct = any(
                t.dep == "conj" and last_start <= t.head < last_end
                for t in toks[ref.start : ref.end]
            )
            and_joined = gap in (["and"], ["and", "the"], [",", "and"], [",", "and", "the"])
            if (
                toks[last_start].sent == ref.sent
                and (and_joined or conjunct and len(gap) <= 2)
                and actor_id not in {m[2] for m in members}
            ):
                members.append((ref.start, ref.end, actor_id))
                return
        self.coordinations.append([(ref.start, ref.end, actor_id)])

    def _coordinated_ids(self, members: list[tuple[int, int, str]]) -> list[str]:
        """The ids of a coordination, without a leading member that belongs to a preceding
        phrase: in "threats from North Korea, Japan and the United States may need to ..."
        the parser lists all three, but a verb follows with no subject of its own, so the
        list after the comma is that subject and "North Korea" ends the "from" phrase."""
        toks = self.tokens
        end = members[-1][1]
        first_head = toks[members[0][1] - 1]
        verb_follows = end < len(toks) and toks[end].tag in ("MD", "VBZ", "VBP", "VBD")
        if (
            len(members) > 2
            and verb_follows
            and first_head.dep == "pobj"
            and toks[members[0][1]].text == ","
        ):
            members = members[1:]
        return [m[2] for m in members]

    # -- anaphora -----------------------------------------------------------------------------

    def _antecedent(self, ref: _Ref) -> list[str]:
        """The actor ids an anaphoric reference stands for, or [] when rules cannot tell: by
        the antecedent rules that the kind of anaphor calls for, else the latest fitting actor
        of the same or the previous sentence."""
        on = self.r.switches.on
        if ref.rule.startswith("statement"):
            return self._statement_issuers(ref)
        if ref.rule.startswith("personal"):
            people = [
                s
                for s in self._seen_since(ref.sent - _PERSON_WINDOW)
                if s.person and s.token < ref.start
            ]
            if not people:
                return []
            if on(rule_id(reported_speaker)) and (found := reported_speaker(self, ref)):
                return [found]
            if on(rule_id(parallel_subject)) and (found := parallel_subject(self, ref, people)):
                return [found]
            return [people[-1].actor]
        if ref.rule.startswith("role-anaphor"):
            if on(rule_id(role_pair)) and (pair := role_pair(self, ref)):
                return pair
            if on(rule_id(ruling_body)) and (body := ruling_body(self, ref)):
                return body
            return role_antecedent(self, ref) if on(rule_id(role_antecedent)) else []
        if ref.rule.startswith("country:"):
            return self._country_antecedent(ref)
        if ref.rule.startswith(("organization:", "organization-head:")):
            # "the bloc" is any organisation; "the council" one whose name ends in "council".
            head = ref.rule.split(":", 1)[1] if ref.rule.startswith("organization-head:") else None
            noun = ref.rule.split(":", 1)[1]
            this = rule_id(_ArticleResolution._state_noun_refs)
            nonstate = noun in _words(this, "nonstate_organizations")
            unarmed = noun in _words(this, "unarmed_organizations")
            fighters = _words(rule_id(role_antecedent), "fighter_sectors")
            bodies = [
                s
                for s in self._seen_since(ref.sent - _PERSON_WINDOW)
                if s.token < ref.start
                and self.actors[s.actor].kind == "organization"
                and not (nonstate and (self.actors[s.actor].code or "").startswith("IGO"))
                and not (unarmed and set(self.actors[s.actor].sectors) & fighters)
                and (
                    head is None
                    or any(
                        self.tokens[m.token_end - 1].lemma.lower() == head
                        for m in self.actors[s.actor].mentions
                    )
                )
            ]
            return [bodies[-1].actor] if bodies else []
        window = [s for s in self._seen_since(ref.sent - _ANAPHOR_WINDOW) if s.token < ref.start]
        if ref.plural:
            subject = own_subject(self, ref) if on(rule_id(own_subject)) else None
            if subject:
                window = [s for s in window if not subject[0] <= s.token < subject[1]]
            candidates = [s for s in window if s.plural and not s.person]
            if ref.rule.startswith("states:"):
                # "the two countries" are states, not the officials named just before them.
                candidates = [s for s in candidates if self._of_states(s.actor)]
            if not candidates and on(rule_id(collective_organisation)):
                candidates = collective_organisation(self, window)
            latest = candidates[-1] if candidates else None
            found_ids = None
            if on(rule_id(coordinated_antecedent)):
                found_ids = coordinated_antecedent(self, ref, latest, subject)
            if not found_ids:
                found_ids = [latest.actor] if latest else []
            if not found_ids and ref.rule.startswith("states:") and on(rule_id(two_states)):
                found_ids = two_states(self, ref, window)
            if on(rule_id(reporting_official)) and (
                official := reporting_official(self, ref, latest, found_ids)
            ):
                return [official]
            return found_ids
        if ref.rule.startswith("pronoun:") and on(rule_id(own_subject)):
            subject = own_subject(self, ref)
            if subject:
                window = [s for s in window if not subject[0] <= s.token < subject[1]]
        candidates = [
            s
            for s in window
            if not s.person and not s.plural or s.actor in {a for _, a in self.statements}
        ]
        if not candidates:
            return []
        if on(rule_id(relative_clause_subject)) and (found := relative_clause_subject(self, ref)):
            return [found]
        if on(rule_id(reported_body)) and (found := reported_body(self, ref)):
            return [found]
        if on(rule_id(parallel_subject)) and (found := parallel_subject(self, ref, candidates)):
            return [found]
        if on(rule_id(violated_owner)) and (found := violated_owner(self, ref, candidates)):
            return [found]
        if on(rule_id(clause_owner)) and (found := clause_owner(self, ref, candidates)):
            return [found]
        return [candidates[-1].actor]

    def _seen_since(self, sent: int) -> list[_Seen]:
        """The actors seen in sentence `sent` or later, in the order seen."""
        if self.seen_in_order:
            return self.seen[bisect.bisect_left(self.seen_sents, sent) :]
        return [s for s in self.seen if s.sent >= sent]

    def _clause_subject(self, i: int) -> str | None:
        """The actor that is the subject of the clause around token `i` ("the United States
        reassured Japan over its umbrella"; "North Korea, which is promoting its programs")."""
        toks = self.tokens
        verb = toks[i]
        while verb.pos not in ("VERB", "AUX") and verb.head != verb.i:
            verb = toks[verb.head]
        subjects = [c for c in self.doc.children[verb.i] if toks[c].dep in _SUBJECT_DEPS]
        if not subjects:
            return None
        subject = toks[subjects[0]]
        if subject.tag in ("WDT", "WP") and verb.dep == "relcl":
            subject = toks[verb.head]
        return self.token_actor.get(subject.i)

    def _of_states(self, actor_id: str) -> bool:
        """Whether the actor is states, or a group of states, each with a country."""
        actor = self.actors[actor_id]
        members = [self.actors[m] for m in actor.members] if actor.members else [actor]
        return all(m.kind == "state" and m.country for m in members)

    def _member_roles(self, actor: _Building) -> set[str]:
        return {r for m in actor.members for r in self.actors[m].role_entries}

    def _latest_coordination(
        self, ref: _Ref, skip: tuple[int, int] | None = None
    ) -> tuple[int, list[str]] | None:
        """The last coordination of actors before `ref`, as its end and the coordinated ids;
        none inside the token span `skip`."""
        for members in reversed(self.coordinations):
            start, end = members[0][0], members[-1][1]
            if ref.sent - self.tokens[start].sent > _ANAPHOR_WINDOW:
                # Coordinations are noted in text order: every earlier one is further back.
                break
            if skip and skip[0] <= start and end <= skip[1]:
                continue
            if len(members) > 1 and end <= ref.start:
                return end, self._coordinated_ids(members)
        return None

    def _statement_issuers(self, ref: _Ref) -> list[str]:
        toks = self.tokens
        head = toks[ref.end - 1]
        for child in self.doc.children[head.i]:
            if toks[child].text.lower() == "by":
                issuers = [s.actor for s in self.seen if s.token > child]
                if issuers:
                    return issuers[:1]
        if ref.rule.endswith("joint"):
            groups = [s for s in self._seen_since(ref.sent - 2) if s.plural]
            coordination = self._latest_coordination(ref)
            if groups and (coordination is None or groups[-1].token >= coordination[0]):
                return [groups[-1].actor]
            return coordination[1] if coordination else []
        # An issuer counts from a sentence before: "the statement" that its own verb issues
        # ("she issued the statement") stands for no one yet.
        issued = [(sent, a) for sent, a in self.issuers if sent < ref.sent]
        recent = sorted(
            (sent, a) for sent, a in [*self.statements, *issued] if ref.sent - sent <= 2
        )
        return [a for _, a in recent[-1:]]

    def _freeze(self, b: _Building) -> Actor:
        sectors = tuple(b.sectors)
        text = max(b.mentions, key=lambda m: len(m.text)).text if b.mentions else b.name
        # A group named by a role ("the Japanese and US ministers") is best named in full.
        name = text if b.members and b.entry.startswith("role:") else b.name
        return Actor(
            id=b.id,
            text=text,
            name=name,
            kind=b.kind,  # type: ignore[arg-type]
            country=b.country,
            sectors=sectors,
            code=b.code,
            mentions=tuple(b.mentions),
            entry=b.entry,
            members=b.members,
        )


@rule("actors.refs.leader-surname.v1")
def leader_country(
    surname_countries: dict[str, str], name: str, titles: list[str] | None
) -> list[str]:
    """A name the lexicon does not list, under a leader's title or heading a body ("President
    Bush", "King Abdullah", "the Obama administration"), is a leader of the one country whose
    listed people bear that surname: "President Bush" is one of two US presidents either way;
    a surname shared across countries ("Kim") says nothing. `titles` are the lexicon ids of the
    roles over the name, None for a name heading a body; "Jr." and the like are no surname.
    Returns [country] or []."""
    leader_titles = _words(rule_id(leader_country), "titles")
    if titles is not None and not any(t in leader_titles for t in titles):
        return []
    words = [w for w in name.split() if w not in _words(rule_id(leader_country), "suffixes")]
    if not words:
        return []
    country = surname_countries.get(words[-1])
    return [country] if country else []


@rule("actors.refs.family-name-first.v1")
def family_name_first(entry: Entry) -> str | None:
    """A listed person of a country whose names put the family name first is later called by
    it: "Kim Jong Un ... met Kim" and "Yoon Suk Yeol ... Yoon said" are the same person, as
    "Rex Tillerson ... Tillerson" is. The family name of `entry`, or None."""
    words = entry.name.split()
    countries = _words(rule_id(family_name_first), "countries")
    if entry.kind != "person" or len(words) < 2 or entry.country not in countries:
        return None
    return words[0]


def _surname_countries(entries: Iterable[Entry]) -> dict[str, str]:
    """Surname -> country, for surnames that every listed person bearing them shares one
    country with ("Bush", "Clinton"); surnames shared across countries ("Kim") are left out."""
    countries: dict[str, set[str | None]] = {}
    suffixes = _words(rule_id(leader_country), "suffixes")
    for entry in entries:
        if entry.kind != "person":
            continue
        words = [w for w in entry.name.split() if w not in suffixes]
        if len(words) >= 2:
            countries.setdefault(words[-1], set()).add(entry.country)
    return {
        surname: found.pop()
        for surname, found in countries.items()
        if len(found) == 1 and None not in found
    }


def _piece_from_match(match: Match) -> _Piece:
    entry = match.entry
    if entry.kind == "role":
        return _Piece(match.start, match.end, "role", entry)
    if entry.kind == "state" and match.role == "adjective":
        return _Piece(match.start, match.end, "adjective", entry, entry.country)
    return _Piece(match.start, match.end, entry.kind, entry, entry.country, name=entry.name)


def _sectors_of(roles: Iterable[Entry]) -> list[str]:
    """The sectors of a set of roles: government when mixed ("foreign and defense ministers")."""
    sectors = list(dict.fromkeys(r.sectors[0] for r in roles if r.sectors))
    if len(sectors) > 1 and "GOV" in sectors:
        return ["GOV"]
    return sectors[:1]


def _clause_subject_after(ref: _Ref, nxt: _Ref, toks: Sequence[Token]) -> bool:
    """Whether `nxt`, after a comma, is no appositive of `ref` but the subject of the clause an
    opening phrase leads into: "Following a meeting with Bolivian President Luis Arce, the
    Peruvian leader announced ..." names two people. The parser makes `nxt` the subject of a
    verb after it, and `ref` the object of a preposition or of a verb."""
    head, last = toks[nxt.end - 1], toks[ref.end - 1]
    return (
        toks[nxt.start - 1].text == ","
        and head.dep in ("nsubj", "nsubjpass")
        and head.head > head.i
        and last.dep in ("pobj", "dobj")
    )


def _describe(
    ref: _Ref, nxt: _Ref, gap_tokens: list[Token], place: bool, modified: bool
) -> _Ref | None:
    """`ref` with `nxt` folded in when one describes the other, else None. `place` says
    whether a place may describe a group (the rule `locates`), `modified` whether articles and
    adjectives may open an appositive (the rule `modified_appositive`)."""
    gap = [t.text.lower() for t in gap_tokens]
    if place and locates(ref, nxt, gap_tokens):
        # "opposition activists in Belarus", "teachers across Nigeria": where a group
        # without a country of its own is, is its country.
        ref.countries = list(nxt.countries)
        ref.kind, ref.rule = "state", ref.rule.replace("role-anaphor:", "role+place:")
        ref.end = nxt.end
        return ref
    state_body = nxt.kind == "state" and bool(nxt.sectors) and not nxt.plural
    if (
        gap[:1] in (["of"], ["for"])
        and ref.kind == "anaphor"
        and ref.rule.startswith("role-anaphor")
        and not ref.plural
        and (
            (nxt.kind == "organization" and len(gap) == 1)
            or (state_body and all(w in ("the", "a", "an") for w in gap[1:]))
        )
    ):
        # "a spokesman for the EU", "the envoy of the African Union", "the spokesperson for
        # the Peruvian foreign ministry": an organisation's or a state body's person speaks and
        # acts for it.
        nxt.start = ref.start
        return nxt
    person, description = (ref, nxt) if ref.kind == "person" else (nxt, ref)
    apposition = (
        (gap == [","] or (modified and person is ref and modified_appositive(gap_tokens)))
        and person.kind == "person"
        and description.kind in ("state", "anaphor")
        and description.sectors
        and not description.plural
    )
    of_phrase = (
        gap == ["of"]
        and nxt.kind == "state"
        and not nxt.sectors
        and ref.kind in ("person", "anaphor", "state")
        and (ref.kind != "state" or ref.sectors)
    )
    if of_phrase:
        ref.countries = ref.countries or nxt.countries
        if ref.kind == "anaphor":
            ref.kind = "state"
            if ref.plural and place:
                # "the foreign ministers of Chile and Peru": a group of each state named, as
                # "officials from Chile and Peru" is (`_coordinated_place`).
                ref.rule = ref.rule.replace("role-anaphor:", "role+place:")
        ref.end = nxt.end
        return ref
    if not apposition:
        return None
    person.countries = person.countries or description.countries
    person.sectors = person.sectors or description.sectors
    person.role_entries += description.role_entries
    # "Her lawyer, Rui Alves": the role's possessor places the person too.
    person.possessor = person.possessor or description.possessor
    person.rule = "person+appositive"
    person.start, person.end = min(ref.start, nxt.start), max(ref.end, nxt.end)
    return person


# Words that make a description a past one: "Lopez, a former Mexican diplomat" no longer acts
# for Mexico's government (role patterns code former leaders as elites).
_PAST_OFFICE = frozenset({"former", "ex", "onetime", "one-time", "retired", "late", "then"})


@rule("actors.refs.modified-appositive.v1")
def modified_appositive(gap: list[Token]) -> bool:
    """Whether `gap`, between a person's name and a description after it, is a comma and then
    only articles and adjectives: "Maria Lopez, a senior Mexican diplomat" is a Mexican
    diplomat as "Maria Lopez, Mexico's foreign minister" is a minister; "a former Mexican
    diplomat" is not."""
    return (
        len(gap) >= 2
        and gap[0].text == ","
        and all(
            (t.text.lower() in ("a", "an", "the") or t.pos == "ADJ")
            and t.text.lower() not in _PAST_OFFICE
            for t in gap[1:]
        )
    )


def _coordinated_place(prev: _Ref, ref: _Ref, gap: list[Token], toks: Sequence[Token]) -> bool:
    """Whether `ref` is a state coordinated with the place that placed the group `prev` ("from
    Chile, Peru and Bolivia"), so the group is of each (`locates`)."""
    return (
        prev.rule.startswith("role+place:")
        and ref.kind == "state"
        and not ref.sectors
        and len(ref.countries) == 1
        and 0 < len(gap) <= 2
        and all(t.text.lower() in (",", "and") for t in gap)
        and toks[ref.end - 1].dep == "conj"
    )


@rule("actors.refs.group-member.v1")
def group_member(ref: _Ref, nxt: _Ref, gap: list[Token]) -> bool:
    """People known by their role "from" a body or a named group are its members and act as
    it: "militants from the Islamic State", "rebels from the Chilean Liberation Front",
    "officials from the Peruvian government" -> that body; so are those loyal to, affiliated
    with or allied to it (`affiliations`): "fighters affiliated with the Shining Path", "forces
    loyal to the Peruvian president". Whether `nxt` is the body of the role group `ref`,
    joined by "from" or such a phrase and at most an article."""
    named_group = nxt.kind == "anaphor" and any(w[:1].isupper() for w in nxt.name.split())
    body = nxt.kind == "organization" or (nxt.kind == "state" and bool(nxt.sectors))
    words = _without_trailing_articles([t.text.lower() for t in gap])
    joined = " ".join(words)
    affiliated = joined in _words(rule_id(group_member), "affiliations")
    return (
        ref.kind == "anaphor"
        and ref.rule.startswith("role-anaphor")
        and ref.plural
        and (joined == "from" or affiliated)
        and len(gap) <= len(words) + 1
        and (body or named_group)
    )


@rule("actors.refs.group-place.v1")
def locates(ref: _Ref, nxt: _Ref, gap: list[Token]) -> bool:
    """Where a group without a country of its own is, is its country: "opposition activists in
    Belarus", "teachers across Nigeria", "refugees from Syria", "a rebel group based in Peru",
    "militias operating in Chad"; placed in several, it is of each ("leaders from Chile, Peru
    and Bolivia"). Whether `nxt` is the place of the role group `ref`, joined by a locative
    preposition (after a participle of where one is: `locating_participles`) and at most two
    more words."""
    prepositions = _words(rule_id(locates), "prepositions")
    if gap and gap[0].text.lower() in _words(rule_id(locates), "locating_participles"):
        gap = gap[1:]
        prepositions = prepositions | _words(rule_id(locates), "participle_prepositions")
    return (
        ref.kind == "anaphor"
        and ref.rule.startswith("role-anaphor")
        and bool(nxt.countries)
        and nxt.kind in ("state", "organization")
        and not (nxt.kind == "state" and nxt.sectors)
        and bool(gap)
        and gap[0].text.lower() in prepositions
        and len(gap) <= 3
        and all(t.pos in ("DET", "ADJ", "PROPN") for t in gap[1:])
    )


@rule("actors.refs.venue-name.v1")
def venue_name(res: _ArticleResolution, piece: _Piece) -> bool:
    """A city named before an agreement, a treaty or a process names where it was made, not a
    party to it: "the Paris climate agreement", "the Minsk accords", "the Oslo process". A
    country's own name stays a party ("the Iran nuclear deal"), as do names joined by a
    hyphen ("the Chile-Peru pact"). Whether the one-word `piece` is a city of its country of
    at least 100,000 people (in the gazetteer) whose compound chain ends in a noun of
    `agreement_nouns`."""
    toks = res.tokens
    if piece.kind != "state" or piece.end - piece.start != 1 or piece.country is None:
        return False
    if (piece.start > 0 and toks[piece.start - 1].text == "-") or (
        piece.end < len(toks) and toks[piece.end].text == "-"
    ):
        return False
    head = piece.start
    while toks[head].dep == "compound" and toks[head].head > head:
        head = toks[head].head
    if head == piece.start or toks[head].lemma.lower() not in _words(
        rule_id(venue_name), "agreement_nouns"
    ):
        return False
    places = res.r.gazetteer.lookup(toks[piece.start].text)
    if not places:
        return False
    first = places[0]
    return first.feature == "city" and first.country == piece.country and (
        first.population >= _VENUE_CITY
    )


# A town too small to lend its name to an agreement may be a country's name ("Chile", Turkey).
_VENUE_CITY = 100_000


@rule("actors.refs.role-modifier.v1")
def role_modifies_noun(tokens: list[Token], piece: _Piece) -> bool:
    """A role noun followed by another noun of its sentence modifies that noun and names no
    actor: "military power", "government spending", "police station"; so does one joined by a
    hyphen to a participle ("army-run mines", "state-run media"). A noun for the role's people,
    a group of them or a craft they crew, for an act the role does or for a place it holds,
    does not take the role's place: "media groups", "a military convoy", "a rebel ambush",
    "rebel positions". (A nationality before a
    noun, "Russian attack", still names its country, which events need as the actor of a
    nominal trigger.) Whether the role `piece` is such a modifier."""
    after = piece.end
    if (
        after + 1 < len(tokens)
        and tokens[after].text == "-"
        and tokens[after + 1].tag == "VBN"
    ):
        return True
    if not (
        after < len(tokens)
        and tokens[after].pos in _NOUN_POS
        and tokens[after].tag != "POS"
        # "briefed Congress Tuesday": a day after the role says when, and is not modified.
        and tokens[after].ent_type not in ("DATE", "TIME")
        and tokens[after].sent == tokens[piece.start].sent
    ):
        return False
    # A group or a crewed craft of the role is its people: "media groups said", "a military
    # convoy", "a passenger train" (its passengers). The modified noun ends the compound.
    modified = after
    while (
        modified + 1 < len(tokens)
        and tokens[modified].dep == "compound"
        and tokens[modified + 1].pos in _NOUN_POS
    ):
        modified += 1
    # So is an act of the role: "a rebel ambush", "a police raid" are the rebels', the police's;
    # and a place the role holds: to strike "rebel positions" is to strike the rebels.
    this = rule_id(role_modifies_noun)
    own = _words(this, "people") | _words(this, "acts") | _words(this, "holdings")
    return tokens[modified].lemma.lower() not in own


def _act_for(person: _Ref, body: _Ref) -> None:
    """Fold `body`, the organisation or state body a person is said to act for, into `person`:
    its country and sectors, and an organisation's own code."""
    if body.kind == "organization" and body.entry is not None:
        person.countries, person.sectors = organisation_person([body.entry])
        person.organisation_code = body.entry.actor_code
    else:
        person.countries, person.sectors = list(body.countries), list(body.sectors)
    person.end = body.end


@rule("actors.refs.organisation-person.v1")
def organisation_person(organizations: list[Entry]) -> tuple[list[str], list[str]]:
    """A person titled by an organisation and by no country acts for the organisation: "U.N.
    envoy Anna Keller" is a UN official, "Fatah official Jibril Rajoub" a Fatah one. The
    country and sectors of the last organisation named."""
    entry = organizations[-1]
    return ([entry.country] if entry.country else []), list(entry.sectors)


@rule("actors.refs.international-office.v1")
def international_office(organizations: list[Entry], words: list[Token]) -> bool:
    """A person the lexicon lists under a state, titled in the text by an international
    organisation and by no state, now holds that organisation's office: national politicians
    go on to lead alliances and unions ("NATO chief Ana Berg", a former prime minister), and
    the text is newer than the lexicon. A past title ("former EU official") says nothing of
    now. Whether the last organisation of the title, in `words`, is an international one."""
    if not organizations or any(t.text.lower() in _PAST_OFFICE for t in words):
        return False
    entry = organizations[-1]
    return entry.country is None and any(s in INTERNATIONAL_SECTORS for s in entry.sectors)


@rule("actors.refs.institution-appositive.v1")
def institution_appositive(person: _Ref, body: _Ref, gap: list[Token]) -> bool:
    """A person described by a role, then by where they hold it, is of that place's country:
    "Ana Costa, a senator in Chile's Congress", "Rui Alves, an official at Peru's foreign
    ministry", "a professor at the University of Lima", "a lecturer at the Pacific Center
    for Mining Research in Santiago", "a researcher at the Andean Studies Center of Peru". Whether
    `body`, after `gap`, is a state or a body of one that completes the role `person` was
    described by: the gap opens with "in", "at", "of" or "from" (or "and" another role: "a
    senator and party spokesman in Peru's Congress") and runs through the name of an
    institution no actor names, without a comma or a verb, to an "in" or "at" before the
    place, or to an "of" that ends the name. Not "for": a "special envoy for Haiti" deals
    with Haiti."""
    if not (
        person.kind == "person"
        and person.rule == "person+appositive"
        and not person.countries
        # "head of the Red Cross delegation in Peru" acts for the organisation, not Peru.
        and person.organisation_code is None
        and len(body.countries) == 1
        and gap
        and gap[0].text.lower() in ("in", "at", "of", "from", "and")
    ):
        return False
    if gap[0].text.lower() == "and" and (
        len(gap) < 3 or gap[-1].text.lower() not in ("in", "at", "of", "from")
    ):
        return False
    if len(gap) <= 2:
        return body.kind == "state" and all(t.text.lower() == "the" for t in gap[1:])
    # The gap ends at the place ("... Studies in Lima") or runs into a body that names its own
    # country ("... San Marcos University in Lima").
    return (
        len(gap) <= _MAX_INSTITUTION_WORDS
        and (
            gap[-1].text.lower() in ("in", "at")
            # "... Andean Studies Center of Peru": a name that ends in its country.
            or (gap[-1].text.lower() == "of" and gap[-2].pos == "PROPN")
            or body.kind != "state"
            or bool(body.sectors)
        )
        and not any(t.pos in ("VERB", "AUX", "PUNCT", "PRON") for t in gap)
    )


@rule("actors.refs.headed-body.v1")
def headed_body(person: _Ref, body: _Ref, gap: list[Token]) -> bool:
    """A person an appositive says heads, founded or speaks for a body the lexicon lacks, whose
    name places it, is of that place's country: "Rui Alves, director of the Andes Mining
    Federation in Chile", "Rui Alves, chairman of the Peruvian Fishing Federation" (the body's
    country, not its state: such a body is no organ of government). Whether `gap` (",
    director of the Andes Mining Federation in") so joins `person` to `body`, by a leading
    noun of the organisation appositive, "of" or "at", and the words of the body's name."""
    words = [t.text.lower() for t in gap]
    if not (
        person.kind == "person"
        and not person.countries
        and person.organisation_code is None
        and len(body.countries) == 1
        # A body the lexicon knows ("Peru's central bank") is the organisation appositive's.
        and not body.sectors
        and words[:1] == [","]
    ):
        return False
    link = next((k for k, w in enumerate(words) if w in ("of", "at")), None)
    if link is None:
        return False
    name = gap[link + 1 :]
    return (
        _titles(words[1:link])
        and len(name) <= _MAX_INSTITUTION_WORDS
        and not any(t.pos in ("VERB", "AUX", "PUNCT", "PRON") for t in name)
        # The name runs on into the place ("... Federation in Chile") or the place opens it
        # ("the Peruvian Fishing Federation", which `_names_unlisted_body` then keeps short).
        and (not name or name[-1].text.lower() in ("of", "in", "at") or body.kind == "state")
    )


@rule(ORGANISATION_APPOSITIVE_RULE)
def organisation_appositive(
    person: _Ref, org: _Ref, gap: list[Token], modified: bool, tokens: Sequence[Token] = ()
) -> bool:
    """A person described as one of an organisation's people acts for it, as under a title
    before the name (`organisation_person`): "Anna Keller, the EU envoy," and "Anna Keller, a
    spokeswoman for Hamas," speak for the EU and for Hamas; "Rui Alves, a spokesman for
    Chile's foreign ministry," for a state's body; "Rui Alves, the Fatah media director," for
    the organisation her office is named by. Whether `org`, after `gap` (in the article's
    `tokens`), is such a description of `person`: an organisation
    named with a role ("the EU envoy") or with words ending in an office ("media director")
    in apposition, or an organisation after "for", "of" or "at" that ends the role `person`
    was described by ("Rui Alves, a researcher at Amnesty International"). A bare name before
    an organisation's "of" works for it too ("Rui Alves of Amnesty International"), and so
    does one "speaking for" a body. `modified` lets articles and adjectives open the
    apposition (`modified_appositive`)."""
    if person.kind != "person" or person.countries:
        return False
    # A state's body: ", head of Peru's central bank", ", a spokeswoman for Chile's foreign
    # ministry". Not a state itself: a "special envoy for Haiti".
    state_body = org.kind == "state" and bool(org.sectors) and len(org.countries) == 1
    if not state_body and (org.kind != "organization" or org.entry is None):
        return False
    words = [t.text.lower() for t in gap]
    if org.titled:
        # ", the EU envoy," or ", head of the Red Cross delegation": a body named with its
        # people.
        return (
            words == [","] or (modified and modified_appositive(gap)) or _leading_appositive(words)
        )
    if words in ([","], [",", "the"], [",", "a"], [",", "an"]) and _office_words(
        _phrase_after(tokens, org)
    ):
        return True
    if person.rule == "person+appositive" and words in (["for"], ["of"], ["at"]):
        return True
    if person.rule == "person" and words == ["of"]:
        # "Rui Alves of Amnesty International": a name right before an organisation's "of"
        # says whom the person works for.
        return True
    return _leading_appositive(words) or _speaking_for(words)


def _phrase_after(tokens: Sequence[Token], ref: _Ref, hyphens: bool = False) -> list[Token]:
    """The tokens after `ref` to the next punctuation mark, in its sentence; with `hyphens`,
    hyphenated words run on (the rest of a name: "Berlin-based Institute for Peace")."""
    found = []
    for t in tokens[ref.end :]:
        if t.sent != ref.sent or (t.pos == "PUNCT" and not (hyphens and t.text == "-")):
            break
        found.append(t)
    return found


def _office_words(words: list[Token]) -> bool:
    """Whether `words` after an organisation's name are an office in it: at most three nouns
    or adjectives ending in a leading noun ("information director", "media chief")."""
    nouns = _words(ORGANISATION_APPOSITIVE_RULE, "leading_nouns")
    return (
        0 < len(words) <= 3
        and all(t.pos in ("NOUN", "ADJ", "PROPN") for t in words)
        and words[-1].text.lower() in nouns
    )


def _leading_appositive(words: list[str]) -> bool:
    """Whether `words`, between a name and an organisation, say the person leads, speaks for,
    works in or serves it: ", head of", ", the executive director of", ", a spokeswoman for",
    ", an adviser to" (`serving_nouns`)."""
    words = _without_trailing_articles(words)  # ", head of the Red Cross delegation"
    if len(words) >= 3 and words[0] == "," and words[-1] == "to":
        # ", an adviser to", ", a senior aide to": one who serves the body or office after.
        serving = _words(ORGANISATION_APPOSITIVE_RULE, "serving_nouns")
        return len(words) <= 5 and words[-2] in serving
    if len(words) < 3 or words[0] != "," or words[-1] not in ("of", "for", "at"):
        return False
    return _titles(words[1:-1])


def _titles(words: list[str]) -> bool:
    """Whether `words`, between a name and the body it is "of", are a title by which the person
    leads, speaks for or works in it: at most three words ending in a leading noun ("executive
    director"), or two such titles joined by "and" ("founder and board chairman")."""
    joined = " ".join(w for w in words if w not in ("a", "an", "the")).replace(" - ", "-")
    titles = [t.split() for t in joined.split(" and ")]
    nouns = _words(ORGANISATION_APPOSITIVE_RULE, "leading_nouns")
    return (
        len(titles) <= 2
        and all(0 < len(t) <= 3 for t in titles)
        and titles[-1][-1] in nouns
    )


def _without_trailing_articles(words: list[str]) -> list[str]:
    while words and words[-1] in ("a", "an", "the"):
        words = words[:-1]
    return words


def _speaking_for(words: list[str]) -> bool:
    """Whether `words`, between a name and a body, say the person speaks for it: ", speaking
    for the", ", speaking on behalf of"."""
    return _without_trailing_articles(words) in (
        [",", "speaking", "for"],
        [",", "speaking", "on", "behalf", "of"],
    )


@rule("actors.refs.organisation-role.v1")
def organisation_role(start: int, end: int, sent: int, entry: Entry) -> _Ref:
    """People named by a role under an organisation and no country are the organisation:
    "EU negotiators", "Hamas fighters", "UN peacekeepers" act as the EU, Hamas, the UN. The
    reference to the organisation `entry` over tokens [start, end)."""
    return _Ref(
        start,
        end,
        sent,
        "organization",
        entry.id,
        countries=[entry.country] if entry.country else [],
        sectors=list(entry.sectors),
        entry=entry,
        titled=True,
    )


@rule("actors.refs.nation-abroad.v1")
def nation_abroad(chunk: list[_Piece]) -> bool:
    """A nationality before another people's name is that people living in the first state:
    "Croatian Serbs", "Latvian Russians" are Croatia's and Latvia's people, not two states.
    Whether the chunk of nationality pieces is two written together."""
    return len(chunk) == 2 and chunk[0].end == chunk[1].start


@rule("actors.refs.possessor.v1")
def possessor_pronoun(tokens: list[Token], start: int) -> str | None:
    """A role opened by a possessive pronoun belongs to the actor the pronoun stands for:
    "Chile recalled its envoy" -> Chile's envoy; "their defense ministers" are the ministers of
    the states just named; "Peruvian journalist Ana Ruiz ... her lawyer" is of Peru. The
    pronoun (`pronouns`, or `personal` ones) before token `start`, in its sentence, or None."""
    if start == 0:
        return None
    before = tokens[start - 1]
    if before.sent != tokens[start].sent:
        return None
    word = before.text.lower()
    this = rule_id(possessor_pronoun)
    return word if word in _words(this, "pronouns") or word in _words(this, "personal") else None


@rule("actors.mention.determiner.v1")
def mention_start(tokens: list[Token], start: int, end: int) -> int:
    """An actor is mentioned by its name, not the determiner or possessive pronoun before it:
    "the ministers" is mentioned as "ministers", "their envoy" as "envoy". The first token of
    the mention of tokens [start, end); a one-word mention keeps its word."""
    determiners = _words(rule_id(mention_start), "determiners")
    while start < end - 1 and tokens[start].text.lower() in determiners:
        start += 1
    return start


# -- antecedent rules: what an anaphor stands for ------------------------------------------------


@rule("actors.antecedent.role.v1")
def role_antecedent(res: _ArticleResolution, ref: _Ref) -> list[str]:
    """A definite role with no country of its own ("the president", "the minister", "the
    ministers") stands for the latest actor named before with that role, by lexicon entry or
    by head noun, and of the same number: "Chilean President Ana Costa arrived. The president
    met ..." -> Costa; "the foreign and defense ministers ... the ministers" -> that group;
    "the leader" -> the head of state or government named last, whatever title named them.
    "The rebels", "the militants" stand for the armed group named last within three
    sentences, whatever word named it: "Shining Path attacked a convoy. The militants also
    burned a bridge" -> Shining Path. A role the words give a sector is held in that sector
    ("the military spokesman" is not the foreign ministry's)."""
    fighters = _words(rule_id(role_antecedent), "fighter_sectors")
    if set(ref.sectors) & fighters and res.tokens[ref.start].text.lower() == "the":
        for seen in reversed(res._seen_since(ref.sent - _PERSON_WINDOW)):
            if seen.token >= ref.start:
                continue
            actor = res.actors[seen.actor]
            if actor.kind != "person" and actor.country and set(actor.sectors) & fighters:
                return [seen.actor]
    head = ref.end - 1
    if any(
        res.tokens[c].dep == "det" and res.tokens[c].text.lower() in ("a", "an")
        for c in res.doc.children[head]
    ):
        # "A spokesman said": someone new, not the spokesman named before.
        return []
    wanted = set(ref.role_entries)
    if "role.leader" in wanted:
        # "the leader" is whichever head of state or government was named last (the word
        # list of `role_pair`): "Peru's president arrived. The leader said ...".
        wanted |= _words(rule_id(role_pair), "leader_roles")
    # "The military spokesman" is no foreign ministry's spokesman: a role the words give a
    # sector holds it too.
    sectors = set(ref.sectors)
    # Whether each actor holds the role, decided once: a long article mentions most many times.
    holds: dict[str, bool] = {}
    for seen in reversed(res.seen):
        if seen.token >= ref.start:
            continue
        actor = res.actors[seen.actor]
        held = holds.get(seen.actor)
        if held is None:
            held = holds[seen.actor] = bool(
                wanted & actor.role_entries or wanted & res._member_roles(actor)
            ) and not (sectors and actor.sectors and not sectors & set(actor.sectors))
        if held and ref.plural == (bool(actor.members) or seen.plural):
            return [seen.actor]
    return []


@rule("actors.antecedent.ruling-body.v1")
def ruling_body(res: _ArticleResolution, ref: _Ref) -> list[str]:
    """"The regime", "the government", "the junta" stand for the ruling body named last within
    three sentences, whatever word named it: "Peru's military government took power in May.
    The regime expelled two diplomats" -> Peru's junta. The bodies are lexicon role entries
    (`bodies`); an actor holds one by its own entries or its members'."""
    bodies = _words(rule_id(ruling_body), "bodies")
    if not bodies & set(ref.role_entries) or res.tokens[ref.start].text.lower() != "the":
        return []
    for seen in reversed(res._seen_since(ref.sent - _PERSON_WINDOW)):
        actor = res.actors[seen.actor]
        if (
            seen.token < ref.start
            and actor.kind != "person"
            and actor.country
            and bodies & (actor.role_entries | res._member_roles(actor))
        ):
            return [seen.actor]
    return []


# The role of one named as another's "counterpart" (`counterpart`).
_COUNTERPART_ROLE = "role.counterpart"


@rule("actors.antecedent.role-pair.v1")
def role_pair(res: _ArticleResolution, ref: _Ref) -> list[str]:
    """"The two presidents", "both ministers" stand for the two holders of that role named
    last, within three sentences, each on their own: "Chile's president flew to Lima to meet
    Peru's president. The two presidents signed a deal" -> the Chilean and the Peruvian
    president. The role needs "two" or "both" before it. "The two leaders" stand for any two
    heads of state or government (`leader_roles`), also ones the lexicon names ("Lula met
    Boric. The two leaders ..."), and a holder with the "counterpart" named with them ("the
    minister met her Peruvian counterpart. The two ministers ..."). The two actor ids, or
    []."""
    head = res.tokens[ref.end - 1]
    counted = {res.tokens[c].text.lower() for c in res.doc.children[head.i] if c < head.i}
    if not ref.plural or not counted & {"two", "both"}:
        return []
    wanted = set(ref.role_entries)
    leaders = _words(rule_id(role_pair), "leader_roles")
    if wanted & leaders:
        wanted |= leaders
    found: list[str] = []
    holders = 0
    for seen in reversed(res._seen_since(ref.sent - _PERSON_WINDOW)):
        if seen.token >= ref.start or seen.plural or seen.actor in found:
            continue
        actor = res.actors[seen.actor]
        named_leader = (
            wanted & leaders and actor.kind == "person" and "GOV" in actor.sectors
        )
        # "Chile's foreign minister met her Peruvian counterpart. The two ministers ...": a
        # counterpart holds the office of the one it is paired with.
        paired = _COUNTERPART_ROLE in actor.role_entries
        if actor.members or not (wanted & actor.role_entries or named_leader or paired):
            continue
        found.append(seen.actor)
        holders += not paired or bool(wanted & actor.role_entries)
        if len(found) == 2:
            return found[::-1] if holders else []
    return []


@rule("actors.antecedent.sentence-state.v1")
def sentence_state(res: _ArticleResolution, ref: _Ref) -> str | None:
    """A definite organ of a state with no country of its own ("the government", "the army")
    in a story with no one home country is the state of the one country its sentence names
    before it: "Chile's opposition criticized the government" -> Chile's government. Not when
    the sentence names two countries or more before it ("Peru accused Chile; the government
    said ...")."""
    toks = res.tokens
    if not (
        ref.sectors
        and set(ref.sectors) <= STATE_SECTORS
        and toks[ref.start].text.lower() == "the"
    ):
        return None
    countries = {
        res.actors[s.actor].country
        for s in res._seen_since(ref.sent)
        if s.sent == ref.sent and s.token < ref.start and res.actors[s.actor].country
    }
    return countries.pop() if len(countries) == 1 else None


@rule("actors.antecedent.role-of-states.v1")
def role_of_states(res: _ArticleResolution, ref: _Ref) -> list[str]:
    """A role "from" or "of" the states an anaphor names stands for that role of each of them:
    "Chile and Peru disputed the border. Officials from both countries met", "the foreign
    ministers of the two countries" -> Chile's and Peru's. The states' countries, or []."""
    toks = res.tokens
    if ref.end >= len(toks) or toks[ref.end].text.lower() not in ("from", "of"):
        return []
    states = res.states_at.get(ref.end + 1)
    if states is None:
        return []
    countries = []
    for actor_id in res._antecedent(states):
        actor = res.actors[actor_id]
        for member in [res.actors[m] for m in actor.members] if actor.members else [actor]:
            if member.country and member.country not in countries:
                countries.append(member.country)
    return countries if len(countries) > 1 else []


@rule("actors.antecedent.acting-state.v1")
def acting_state(res: _ArticleResolution, ref: _Ref) -> str | None:
    """Officials or a government with no country of their own, as the subject of their clause,
    continue the state that acted as the subject of the sentence before: "Chile summoned Peru's
    ambassador. Officials accused Lima of spying" -> Chile's officials, not the ambassador's
    country. A state named as a subject acts through its government, so its officials go on
    with what it did. Only for the government's sector, and only when the sentence before had
    one such state as a subject."""
    head = res.tokens[ref.end - 1]
    if set(ref.sectors) != {"GOV"} or head.dep not in _SUBJECT_DEPS:
        return None
    if any(res.tokens[c].dep == "poss" for c in res.doc.children[head.i]):
        # "The country's minister", "its officials": the possessor says whose.
        return None
    if any(res.tokens[c].dep in ("nummod", "predet", "det") and res.tokens[c].text.lower()
           in ("two", "both") for c in res.doc.children[head.i]):  # fmt: skip
        # A counted pair ("the two presidents") is two holders, not one state's.
        return None
    subjects = [s for s in res._seen_since(ref.sent - 1) if s.sent == ref.sent - 1 and s.subject]
    # "Chile and Peru disputed the border": officials after two states are of neither alone.
    if any(
        s.plural or any(res.tokens[c].dep == "conj" for c in res.doc.children[s.token])
        for s in subjects
    ):
        return None
    countries = {
        actor.country
        for s in subjects
        if (actor := res.actors[s.actor]).kind == "state"
        and actor.country
        and set(actor.sectors) <= {"GOV"}
    }
    return countries.pop() if len(countries) == 1 else None


@rule("actors.antecedent.sector-kin.v1")
def sector_kin(res: _ArticleResolution, ref: _Ref) -> str | None:
    """A group of a state's sector with no country of its own, in a story that has placed that
    sector in one country before, is of that country: "A Peruvian court opened the trial of two
    Chilean activists. Prosecutors accused them of spying" -> Peru's prosecutors, not the
    activists' country. Not when the story has placed the sector in two countries or more."""
    if not ref.sectors or not set(ref.sectors) <= STATE_SECTORS:
        return None
    countries = {
        actor.country
        for s in res._seen_since(0)
        if s.token < ref.start
        and (actor := res.actors[s.actor]).country
        and actor.kind == "state"
        and actor.sectors == list(ref.sectors)
    }
    return countries.pop() if len(countries) == 1 else None


@rule("actors.antecedent.parallel-subject.v1")
def parallel_subject(res: _ArticleResolution, ref: _Ref, candidates: list[_Seen]) -> str | None:
    """A pronoun that is a subject continues the subject of the sentence before, rather than
    the actor named last: "Chile summoned Peru's ambassador. It said ..." -> Chile; "Ana Costa
    met Rui Alves. She said ..." -> Costa. The first of `candidates` that was a subject there,
    or None."""
    if res.tokens[ref.start].dep not in _SUBJECT_DEPS:
        return None
    before = [s for s in candidates if s.subject and s.sent == ref.sent - 1]
    return before[0].actor if before else None


@rule("actors.antecedent.reported-speaker.v1")
def reported_speaker(res: _ArticleResolution, ref: _Ref) -> str | None:
    """"He" or "she" as the subject of what a person says is that person: "Ana Ruiz met Luis
    Soto on Monday. Rui Alves said he hopes to visit Lima" -> Alves, not the subject of the
    sentence before. The pronoun is the subject of the clausal complement of a verb whose
    subject is a person named before it. The person's actor id, or None."""
    speaker = _speaker_of_clause(res, ref)
    if speaker is None or res.actors[speaker].kind != "person":
        return None
    return speaker


@rule("actors.antecedent.reported-body.v1")
def reported_body(res: _ArticleResolution, ref: _Ref) -> str | None:
    """"It" as the subject of what a state or an organisation says is that speaker: "Chile and
    Peru signed a pact. Argentina said it would join" -> Argentina, not the subject of the
    sentence before. The speaker's actor id, or None."""
    speaker = _speaker_of_clause(res, ref)
    if speaker is None:
        return None
    actor = res.actors[speaker]
    if actor.kind not in ("state", "organization") or actor.members:
        return None
    return speaker


def _speaker_of_clause(res: _ArticleResolution, ref: _Ref) -> str | None:
    """The actor of the subject of the verb whose clausal complement the pronoun `ref` is the
    subject of ("Rui Alves said he ...", "Chile said it ..."), or None."""
    toks = res.tokens
    pronoun = toks[ref.start]
    if pronoun.dep not in _SUBJECT_DEPS or pronoun.head == pronoun.i:
        return None
    clause = toks[pronoun.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    subjects = [c for c in res.doc.children[clause.head] if toks[c].dep == "nsubj"]
    return res.token_actor.get(subjects[0]) if subjects else None


@rule("actors.antecedent.relative-clause-subject.v1")
def relative_clause_subject(res: _ArticleResolution, ref: _Ref) -> str | None:
    """"It" as the subject of a relative clause on what its clause's subject acts on is that
    subject: "the Chilean navy seized a Peruvian boat that it said had entered Chilean waters"
    -> the navy, which says so, not the boat's country named last. The clause's subject must
    be a state or organisation. The actor id, or None."""
    toks = res.tokens
    pronoun = toks[ref.start]
    if pronoun.text.lower() != "it" or pronoun.dep not in _SUBJECT_DEPS:
        return None
    verb = toks[pronoun.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    owner = res._clause_subject(verb.head)
    if owner is None or res.actors[owner].kind == "person":
        return None
    return owner


@rule("actors.antecedent.clause-owner.v1")
def clause_owner(res: _ArticleResolution, ref: _Ref, candidates: list[_Seen]) -> str | None:
    """A possessive "its" belongs to the subject of its own clause when that is a state or
    organisation: "the United States reassured Japan over its defence" -> the United States;
    "North Korea, which is expanding its programme" -> North Korea. Not a plural subject, which
    "its" cannot stand for ("Chile's army said Peruvian troops had attacked its post" -> the
    army): it must be one of the singular `candidates`. The actor id, or None."""
    if ref.name not in _words(rule_id(clause_owner), "pronouns"):
        return None
    owner = res._clause_subject(ref.start)
    if owner is None or res.actors[owner].kind == "person":
        return None
    return owner if owner in {c.actor for c in candidates} else None


@rule("actors.refs.counterpart.v1")
def counterpart(res: _ArticleResolution, ref: _Ref) -> list[str]:
    """A "counterpart" holds, in another country, the office held by the one whose
    counterpart it is, the subject of its clause: "Chile's defence minister met his Peruvian
    counterpart" -> Peru's defence minister (military); "Chile's president received his
    Peruvian counterpart" -> Peru's president (government). One named with no country ("met
    his counterpart") is left out: whose counterpart, the words do not say. The sectors of
    that subject, or [] when the subject is no office holder (the role's own sector then
    stands)."""
    subject = res._clause_subject(ref.start)
    if subject is None or subject not in res.actors:
        return []
    return list(res.actors[subject].sectors)


@rule("actors.antecedent.violated-owner.v1")
def violated_owner(res: _ArticleResolution, ref: _Ref, candidates: list[_Seen]) -> str | None:
    """"Its" in what a hostile act violates or strikes is not the actor that does it: no state
    violates its own airspace, so in "Bolivia said Peruvian jets had violated its airspace"
    and "Peru accused Chile of launching airstrikes on its territory" the airspace is
    Bolivia's and the territory Peru's. The words from the owned noun up to the verb include
    one of hostility (`hostile_words`); the owner is the last state named before, outside the
    verb's subject. The verb itself is hostile, or carries out the hostile act its object
    names (`carrying_verbs`): in "Chile said Peru had repelled an attack on its post" the post
    is Peru's. Its actor id, or None."""
    if ref.name not in _words(rule_id(clause_owner), "pronouns"):
        return None
    toks = res.tokens
    hostile = _words(rule_id(violated_owner), "hostile_words")
    current, act = toks[toks[ref.start].head], None
    for _ in range(6):
        if current.pos in ("VERB", "AUX") or current.head == current.i:
            break
        act = current
        current = toks[current.head]
    if current.pos != "VERB":
        return None
    carried = (
        act is not None
        and act.dep == "dobj"
        and act.lemma.lower() in hostile
        and current.lemma.lower() in _words(rule_id(violated_owner), "carrying_verbs")
    )
    if current.lemma.lower() not in hostile and not carried:
        return None
    subject = next(
        (c for c in res.doc.children[current.i] if toks[c].dep in _SUBJECT_DEPS), None
    )
    states = [c for c in candidates if res.actors[c.actor].kind == "state"]
    if subject is not None:
        span = res.doc.subtree(subject)
        others = [c.actor for c in states if c.token not in span]
    else:
        # A verb with no subject of its own ("accused Chile of breaching its airspace") is
        # done by the state named last before it.
        doer = [c.actor for c in states if c.token < current.i][-1:]
        others = [c.actor for c in states if c.actor not in doer]
    return others[-1] if others else None


@rule("actors.antecedent.reporting-official.v1")
def reporting_official(
    res: _ArticleResolution, ref: _Ref, latest: _Seen | None, found: list[str]
) -> str | None:
    """"They" as the subject of what an official reports is the official's own side when no
    group was named before it in the sentence and the group named before (`found`) does not
    include the official's country: "Paraguayan trade official Ana Benitez says they are
    seeking a deal with Uruguay" -> Paraguay's government, not the countries of the sentence before;
    but "Chile and Peru met. Peru's minister said they agreed ..." -> Chile and Peru. The
    official is a titled person with a country who is the subject of the verb the clause
    complements. The official's actor id, or None."""
    toks = res.tokens
    pronoun = toks[ref.start]
    if pronoun.dep not in _SUBJECT_DEPS or (latest is not None and latest.sent == ref.sent):
        return None
    clause = toks[pronoun.head]
    if clause.dep != "ccomp":
        return None
    subjects = [c for c in res.doc.children[clause.head] if toks[c].dep == "nsubj"]
    speaker = res.token_actor.get(subjects[0]) if subjects else None
    if speaker is None:
        return None
    official = res.actors[speaker]
    if official.kind != "person" or not official.country or not official.sectors:
        return None
    countries = {
        res.actors[m].country for a in found for m in (res.actors[a].members or [a])
    }
    return None if official.country in countries else speaker


@rule("actors.antecedent.two-states.v1")
def two_states(res: _ArticleResolution, ref: _Ref, window: list[_Seen]) -> list[str]:
    """"The two countries", "both nations" with no states named together before them stand
    for the last two states named apart, by their people or places: "Chile's president flew
    to Lima. The two countries signed a deal" -> Chile and Peru; "the two sides" of one
    country's war, its last two parties named apart. Only for "two" or "both". The two ids,
    or []."""
    if not {t.text.lower() for t in res.tokens[ref.start : ref.end]} & {"two", "both"}:
        return []
    countries: list[str] = []
    for seen in reversed(window):
        country = res.actors[seen.actor].country
        if country and country not in countries and country not in REGION_CODES:
            countries.append(country)
        if len(countries) == 2:
            return [res._state(c, [], ref) for c in reversed(countries)]
    if res.tokens[ref.end - 1].lemma.lower() != "side":
        return []
    # "The two sides" of a war within one country are its last two parties named apart:
    # "Chile's army clashed with the rebels. The two sides agreed to a truce."
    parties: list[str] = []
    for seen in reversed(window):
        actor = res.actors[seen.actor]
        if not seen.person and actor.sectors and seen.actor not in parties:
            parties.append(seen.actor)
        if len(parties) == 2:
            return parties[::-1]
    return []


@rule("actors.antecedent.collective-organisation.v1")
def collective_organisation(res: _ArticleResolution, window: list[_Seen]) -> list[_Seen]:
    """With no group or coordination named before it, "they" may refer to an organisation or
    an armed group named as a body of people: "the Chilean Liberation Front said they would
    free the hostages". The organisations that are subjects in `window`, in order."""
    return [
        s
        for s in window
        if s.subject and not s.person and res.actors[s.actor].kind == "organization"
    ]


@rule("actors.antecedent.coordination.v1")
def coordinated_antecedent(
    res: _ArticleResolution,
    ref: _Ref,
    latest: _Seen | None,
    subject: tuple[int, int] | None = None,
) -> list[str] | None:
    """A plural pronoun stands for the actors just coordinated ("Chile and Peru ... they"),
    unless a plural actor was named after the coordination (`latest`, then taken instead).
    A coordination inside the token span `subject` (`own_subject`) is passed over. The
    coordinated ids, or None."""
    coordination = res._latest_coordination(ref, subject)
    if coordination and (latest is None or coordination[0] >= latest.token):
        return coordination[1]
    return None


@rule("actors.antecedent.own-subject.v1")
def own_subject(res: _ArticleResolution, ref: _Ref) -> tuple[int, int] | None:
    """A plural anaphor, or a pronoun, a verb takes as its object refers to others than the
    verb's own subject, which only a reflexive names: in "Chile and Peru urged both sides to
    talk" the sides are not Chile and Peru; nor in "Egypt and Qatar, which mediate between the
    two sides"; in "Chile and Peru voted against it" it is neither. The token span of that
    subject (of the noun a relative pronoun stands for), or None when the anaphor is no object
    of a verb with a subject."""
    toks = res.tokens
    head = toks[ref.end - 1]
    verb = toks[head.head]
    if head.dep == "pobj" and verb.head != verb.i:
        verb = toks[verb.head]
    elif head.dep not in ("dobj", "dative"):
        return None
    if verb.pos != "VERB":
        return None
    for child in res.doc.children[verb.i]:
        if toks[child].dep in _SUBJECT_DEPS:
            if toks[child].tag in ("WDT", "WP") and verb.dep == "relcl" and verb.head != verb.i:
                # "Egypt and Qatar, which mediate between the two sides": the subject is the
                # noun the clause hangs on, up to the clause.
                return res.doc.subtree(verb.head)[0], child
            span = res.doc.subtree(child)
            return span[0], span[-1] + 1
    return None


def _is_statement(doc: ParsedDoc, ref: _Ref) -> bool:
    nouns = _words(rule_id(_ArticleResolution._statement_refs), "nouns")
    return doc.tokens[ref.end - 1].lemma.lower() in nouns


@rule("actors.anaphora.statement-issuer.v1")
def statement_issuer(doc: ParsedDoc, ref: _Ref) -> bool:
    """Who issues a statement is whom "the statement" after it stands for: "Chile's foreign
    ministry issued a statement on Monday. The statement accused Peru of lying" -> the
    ministry. Whether `ref` is the subject of a verb whose object is a document noun
    (`actors.anaphora.statement.v1`'s nouns)."""
    nouns = _words(rule_id(_ArticleResolution._statement_refs), "nouns")
    head = doc.tokens[ref.end - 1]
    if head.dep not in _SUBJECT_DEPS or head.head == head.i:
        return False
    return any(
        doc.tokens[c].dep == "dobj" and doc.tokens[c].lemma.lower() in nouns
        for c in doc.children[head.head]
    )


# -- join rules: whether two pieces form one noun phrase -----------------------------------------
# Each reads the last chunk, the next piece and the gap between them, and says True (they join),
# False (they do not) or None (the rule does not apply). The order is `data/actors/joins.yaml`.


@rule("actors.chunk.leader-body.v1")
def leader_body(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A person's name ends its noun phrase, except that a leader's name heads the body they
    lead, right after it: "the Obama administration", "the Putin government" are that
    leader's state's government. (The bodies are `data/actors/words.yaml`.)"""
    if chunk[-1].kind != "person":
        return None
    return (
        not gap.tokens
        and len(chunk) == 1
        and piece.kind == "role"
        and piece.entry is not None
        and piece.entry.id in _words(rule_id(leader_body), "bodies")
    )


# How many words may describe a person after the nationality an appositive gives them.
_MAX_DESCRIPTION_WORDS = 5


@rule("actors.refs.stated-nationality.v1")
def stated_nationality(
    person: _Ref, nationality: _Ref, gap: list[Token], around: Sequence[Token] = ()
) -> bool:
    """A person of whom a relative clause says the nationality or the role is of that country:
    "Rui Alves, who is Peruvian, said ..." -> Peru; "who is a Peruvian diplomat" -> Peru's
    government. So is one an appositive gives a nationality, alone or before what the person
    is or does: "Rui Alves, a Peruvian, said ...", "a Peruvian national", "a Peruvian poet and
    former senator". Whether `nationality`, after `gap` (", who is", ", who was a", ",";
    `around` is its tokens and the words after it), is such a statement about `person`."""
    words = [t.text.lower() for t in gap]
    if not (
        person.kind == "person"
        and not person.countries
        and nationality.kind == "state"
        and len(nationality.countries) == 1
    ):
        return False
    if words == [","] and around and around[0].text.lower() in ("a", "an"):
        # The appositive ends at the nationality, or at a noun of citizenship after it.
        after = list(around[nationality.end - nationality.start :])
        rest = [t.text.lower() for t in after]
        if rest[:1] == [","] or (
            rest[:1] in (["national"], ["citizen"]) and rest[1:2] in ([","], [])
        ):
            return True
        # "a Peruvian poet and former senator," up to the comma or the sentence's end.
        end = next((k for k, t in enumerate(after) if t.pos == "PUNCT"), None)
        words = after[:end]
        return (
            end is not None
            and after[end].text in (",", ".")
            and 0 < len(words) <= _MAX_DESCRIPTION_WORDS
            and words[-1].pos == "NOUN"
            and all(t.pos in ("NOUN", "ADJ", "CCONJ") for t in words)
            and all(t.ent_type not in ("NORP", "GPE") for t in words)
        )
    return words[:3] in ([",", "who", "is"], [",", "who", "was"]) and all(
        w in ("a", "an") for w in words[3:]
    )


@rule("actors.refs.leading-relative.v1")
def leading_relative(person: _Ref, body: _Ref, gap: list[Token]) -> bool:
    """A person of whom a relative clause says they lead a body acts for it: "Rui Alves, who
    heads the Chilean Socialist Party, said ..." -> the party; "Ana Ruiz, who leads the
    Peruvian army," -> the army. Whether `gap` (", who heads the") joins `person` so to
    `body`, a body with a country or an organisation."""
    words = [t.text.lower() for t in gap]
    return (
        person.kind == "person"
        and not person.countries
        and body.kind in ("role", "organization", "state")
        and bool(body.countries or body.kind == "organization")
        and words[:2] == [",", "who"]
        and len(words) >= 3
        and words[2] in _words(rule_id(leading_relative), "verbs")
        and all(w in ("the", "a", "an") for w in words[3:])
    )


@rule("actors.refs.business-head.v1")
def business_head(person: _Ref, gap: list[Token], name_end: Token) -> bool:
    """A person an appositive titles as the head of a firm is in business, whatever the title
    says elsewhere: "Rui Alves, president of Andes Copper Company," is no head of state, and
    the story's country does not make him its government. Whether `gap` ("of" or "at", and
    the words of the name the lexicon did not read) joins the titled `person` to a name whose
    last word (`name_end`) is a firm's (`firm_words`)."""
    return (
        person.kind == "person"
        and person.rule == "person+appositive"
        and not person.countries
        and bool(gap)
        and gap[0].text.lower() in ("of", "at")
        # The rest of the firm's name the lexicon did not read: "of the Andes Copper".
        and all(t.pos == "PROPN" or t.text.lower() == "the" for t in gap[1:])
        and name_end.text.lower().rstrip(".") in _words(rule_id(business_head), "firm_words")
    )


@rule("actors.refs.representing-relative.v1")
def representing_relative(person: _Ref, gap: list[Token]) -> bool:
    """A person of whom a relative clause says they represent someone is their lawyer, as "a
    lawyer for" says: "Rui Alves, who represents the jailed journalist, said ..." is a lawyer
    (JUD), of the story's home country when it has one. Whether `gap` (", who represents
    the") joins `person`, with no country or sector yet, so to the next reference."""
    words = [t.text.lower() for t in gap]
    return (
        person.kind == "person"
        and not person.countries
        and not person.sectors
        and words[:2] == [",", "who"]
        and len(words) >= 3
        and words[2] in _words(rule_id(representing_relative), "verbs")
        # Articles and modifiers of the one represented: "the jailed journalist".
        and all(t.pos in ("DET", "ADJ") or t.tag == "VBN" for t in gap[3:])
    )


@rule("actors.refs.organisation-branch.v1")
def organisation_branch(tokens: list[Token], chunk: list[_Piece]) -> bool:
    """An international organisation's name followed by a country names its office or branch
    there, which speaks for the organisation, not for the state: "UNICEF Peru", "Amnesty
    International Chile". Whether `chunk` ends so (the country is then left out of it)."""
    if len(chunk) < 2:
        return False
    org, place = chunk[-2], chunk[-1]
    return (
        org.kind == "organization"
        and org.entry is not None
        and org.entry.country is None
        and place.kind == "state"
        and place.entry is not None
        and place.entry.id.startswith("country.")
        and org.end == place.start
        and tokens[place.start].pos == "PROPN"
    )


@rule("actors.chunk.adjacent.v1")
def adjacent(res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap) -> bool | None:
    """Names, nationalities and roles written next to each other form one noun phrase: "US
    Defense Secretary", "Chilean Foreign Minister", "EU foreign ministers"."""
    return True if not gap.tokens and chunk[-1].kind != "person" else None


@rule("actors.context.home-country.v1")
def home_country(refs: list[_Ref]) -> str | None:
    """The country a story is about, when one country dominates its named actors: there,
    "the authorities", "police" or "militants" with no country of their own are that
    country's ("Floods hit Peru. Police said five people died": Peruvian police). A country
    dominates when it is named at least three times and at least twice as often as any other.
    Organisations and world regions are never a story's home."""
    counts = Counter(
        ref.countries[0]
        for ref in refs
        if len(ref.countries) == 1
        and ref.countries[0]
        and not ref.countries[0].startswith("IGO")
        and ref.countries[0] not in REGION_CODES
    )
    return dominant_country(counts)


def dominant_country(counts: Counter[str]) -> str | None:
    """The country of at least three mentions and of at least twice as many as any other's:
    the one country a story is about, or None."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _HOME_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


@rule("actors.chunk.described-name.v1")
def described_name(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A name after a country, nationality or organisation and a few words that describe the
    person is that country's or organisation's person: "UN special envoy Ana Silva", "Afghan
    poet Ali Khan", "US Homeland Security Secretary Jo Park", "the EU's trade chief Ana
    Silva". The words must modify the name (compounds and adjectives), at most four of them
    after any possessive "'s", and name no other entity."""
    words = gap.rest
    applies = (
        piece.kind == "person"
        and chunk[-1].kind in ("state", "adjective", "organization", "role")
        and 0 < len(words) <= 4
        and all(
            t.dep in ("compound", "amod", "nmod")
            and t.pos in ("NOUN", "PROPN", "ADJ")
            and t.ent_type not in ("PERSON", "GPE", "NORP", "DATE")
            for t in words
        )
    )
    return True if applies else None


@rule("actors.chunk.possessive.v1")
def possessive(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A state's or organisation's possessive and at most two modifiers, adjectives or nouns,
    join the role after them: "Japan's foreign minister", "Chile's new President", "NATO's
    top commander", "the OAS's acting Board President"; a hyphenated word is one modifier,
    judged by its last word ("China's state-owned bank")."""
    if not gap.possessive:
        return None
    modifiers = _hyphenated_words(gap.rest)
    if len(modifiers) > 2:
        return None
    if not all(t.pos == "ADJ" or t.dep in ("amod", "compound") for t in modifiers):
        return None
    return chunk[-1].kind in ("state", "organization", "place")


def _hyphenated_words(tokens: list[Token]) -> list[Token]:
    """The last token of each word of `tokens`, a hyphenated word ("state-owned") as one."""
    words: list[Token] = []
    for i, token in enumerate(tokens):
        if token.tag == "HYPH" and 0 < i < len(tokens) - 1:
            continue
        if i > 1 and tokens[i - 1].tag == "HYPH":
            words[-1] = token
        else:
            words.append(token)
    return words


@rule("actors.chunk.modified-role.v1")
def modified_role(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A country or nationality and a role with at most two modifiers between them form one
    phrase: "US nuclear forces", "Iraqi senior officials", "Greek dock workers"."""
    if len(gap.rest) > 2 or not all(
        t.pos == "ADJ" or t.dep in ("amod", "compound") for t in gap.rest
    ):
        return None
    return chunk[-1].kind in ("state", "adjective") and piece.kind == "role"


@rule("actors.chunk.affiliating-participle.v1")
def affiliating_participle(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A hyphenated participle of control after a state or organisation makes the noun after
    it that party's own: "Saudi-led forces", "OAS-appointed envoy Ana Silva", "Kremlin-installed
    governor Ivan Petrov". Participles of mere backing ("Iran-backed militias") do not. One of
    where a group is makes a role the place's ("a Peru-based rebel group"), not a named body,
    which is an actor of its own ("the Lima-based Andean Foundation"). (The participles are
    `data/actors/words.yaml`.)"""
    tokens = gap.tokens
    if (
        len(tokens) == 2
        and tokens[0].text == "-"
        and tokens[1].text.lower() in _words(rule_id(locates), "locating_participles")
        and piece.kind == "role"
    ):
        return chunk[-1].kind in ("state", "place")
    if not (
        len(tokens) >= 2
        and tokens[0].text == "-"
        and tokens[1].text.lower() in _words(rule_id(affiliating_participle), "participles")
    ):
        return None
    rest = _Gap.between(tokens[2:])
    return chunk[-1].kind in ("state", "adjective", "organization") and (
        (not rest.tokens and piece.kind in ("role", "person"))
        or (piece.kind == "person" and bool(described_name(res, chunk, piece, rest)))
    )


@rule("actors.chunk.coordinated-adjectives.v1")
def coordinated_adjectives(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """Nationalities coordinated before one head share it: "Japanese and US [ministers]",
    "the Thai, Cambodian and Lao delegations". A country name after the nationality shares a
    head only as its modifier ("US and China [officials]"); as a noun of its own it is a second
    party: in "the US and China held talks", "US" is the country, not a nationality."""
    if gap.words in (["and"], [","]) and chunk[-1].kind == "adjective":
        if piece.kind == "state":
            return True if res.tokens[piece.end - 1].dep in _NAME_MODIFIERS else None
        return True if piece.kind == "adjective" else None
    return None


@rule("actors.chunk.coordinated-role-modifier.v1")
def coordinated_role_modifier(
    res: _ArticleResolution, chunk: list[_Piece], piece: _Piece, gap: _Gap
) -> bool | None:
    """A modifier coordinated with a role's own modifier forms a role with the same head, so
    the phrase goes on: "foreign and [defense ministers]" holds a foreign minister. The
    modifier must hang on what follows it: in "troops reached the border, officials said" the
    noun before the comma ends a phrase of its own."""
    words = gap.words
    applies = (
        len(words) == 2
        and words[1] in ("and", ",")
        and gap.rest[0].head > gap.rest[0].i
        and piece.kind == "role"
        and chunk[-1].kind != "person"
        and res._role_with(gap.rest[0], res.tokens[piece.end - 1]) is not None
    )
    return True if applies else None


# -- recognisers: what a stretch of text names ---------------------------------------------------


@rule("actors.entity.plural-not-person.v1")
def plural_is_no_person(res: _ArticleResolution, scan: _Scan, entity: Any) -> bool:
    """A name is never plural: a PERSON entity ending in a plural noun ("Bosnian Serbs",
    "Kurdish fighters") is read as lexicon matches instead. A plural proper noun the lexicon
    does not know is a surname the tagger reads as plural ("Rui Alves", "Ana Gomes")."""
    if entity.label != "PERSON":
        return False
    last = entity.end - 1
    tag = res.tokens[last].tag
    if tag == "NNPS":
        return any(m.start <= last < m.end for m in scan.matches.values())
    return tag == "NNS"


@rule("actors.entity.adjective-not-person.v1")
def adjective_is_no_person(res: _ArticleResolution, scan: _Scan, entity: Any) -> bool:
    """A name ends in a proper noun: a PERSON entity the tagger ends in an adjective is a
    capitalised word that opens a sentence or a headline ("Humanitarian aid reached Lima",
    "Diplomatic sources said")."""
    return entity.label == "PERSON" and res.tokens[entity.end - 1].tag in ("JJ", "JJR", "JJS")


@rule("actors.recognise.ethnic-group.v1")
def ethnic_group(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """An ethnic group is civilians of where it lives, not the state of its name: "ethnic
    Hungarians in Romania" are civilians, "ethnic Armenian fighters" are fighters."""
    toks = res.tokens
    if match is None or match.role != "adjective" or i == 0 or toks[i - 1].text.lower() != "ethnic":
        return None
    pieces = []
    if match.end not in scan.matches and toks[match.end - 1].tag in ("NNPS", "NNS"):
        pieces.append(_Piece(i, match.end, "role", res.r.lexicon.entries[_PEOPLE]))
    return pieces, match.end


@rule("actors.recognise.language.v1")
def language_not_state(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A nationality adjective naming a language is no state: "the Russian language",
    "Arabic-speaking"."""
    toks = res.tokens
    if (
        match is not None
        and match.role == "adjective"
        and match.end < len(toks)
        and toks[match.end].lemma.lower() in _words(rule_id(language_not_state), "nouns")
    ):
        return [], match.end
    return None


@rule("actors.recognise.name-particles.v1")
def name_particles(res: _ArticleResolution, piece: _Piece) -> _Piece:
    """A person's name runs on over the particles of a family name ("von der", "de la", "bin")
    to the surname the parser hangs them on, where the tagger cut the name short: "Ana Von
    der Berg", "President Ana Ruiz de la Cruz" name one person, whose surname is the subject
    of what follows. Only particles may lie between the name and that surname."""
    toks = res.tokens
    if piece.kind != "person" or piece.end >= len(toks):
        return piece
    last = toks[piece.end - 1]
    particles = _words(rule_id(name_particles), "particles")
    head = last.head
    while toks[head].dep == "compound" and toks[head].text.lower() in particles:
        if toks[head].head <= head:
            return piece
        head = toks[head].head
    if (
        last.dep != "compound"
        or head <= piece.end
        or not all(toks[k].text.lower() in particles for k in range(piece.end, head))
        or toks[head].pos != "PROPN"
        or not toks[head].text[:1].isupper()
        or toks[head].sent != last.sent
    ):
        return piece
    end = head + 1
    name = piece.name
    if name:
        # A name stripped of its title ("Ana Ruiz" of "President Ana Ruiz") keeps its start.
        at = res.doc.span_text(piece.start, piece.end).rfind(name)
        name = res.doc.span_text(piece.start, end)[at:] if at >= 0 else name
    return replace(piece, end=end, name=name)


@rule("actors.recognise.name-part.v1")
def name_part(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A country or region named inside the name of a facility, event, work or law is no party:
    "the Europe Bridge", "the Africa Cup of Nations", "the Kenya Wildlife Act". The name must run
    on past the place, within one such entity. Nor is a person whose name is part of a longer
    name, an organisation's too: "San Marcos University", "the Kennedy School"."""
    toks = res.tokens
    if (
        match is not None
        and match.entry.kind == "state"
        and match.end < len(toks)
        and toks[match.end].pos == "PROPN"
        and toks[match.end].ent_type == toks[i].ent_type
        and toks[i].ent_type in _words(rule_id(name_part), "entity_types")
    ):
        return [], match.end
    named_after = match is not None and match.entry.kind == "person"
    if named_after and _inside_longer_name(res, scan, i, match):  # type: ignore[arg-type]
        # "San Marcos University", "Mandela Avenue": a place or body named after a person.
        return [], match.end  # type: ignore[union-attr]
    return None


def _inside_longer_name(res: _ArticleResolution, scan: _Scan, i: int, match: Match) -> bool:
    """Whether the lexicon match at token i lies inside a longer name of an organisation,
    facility, event, work or law, whose proper nouns run on before or after it (a possessive
    the tagger took into the entity does not: "Boric's")."""
    toks = res.tokens
    label = toks[i].ent_type
    if label not in _words(rule_id(name_part), "named_after_types"):
        return False
    starts_before = (
        i not in scan.entity_at
        and i > 0
        and toks[i - 1].ent_type == label
        and toks[i - 1].pos == "PROPN"
    )
    runs_on = (
        match.end < len(toks)
        and toks[match.end].ent_type == label
        and toks[match.end].pos == "PROPN"
        and match.end not in scan.entity_at
    )
    return starts_before or runs_on


@rule("actors.recognise.stance-prefix.v1")
def stance_prefix(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """"anti-Syria" and "pro-Iranian" name a stance toward a state, not membership of it: an
    "anti-American protester" is no American."""
    if match is not None and match.entry.kind == "state" and res._stance_prefix(i):
        return [], match.end
    return None


@rule("actors.recognise.place-surname.v1")
def place_surname(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A place name after a given name is a surname: "Maria Lima", "Rafael Israel"."""
    if i == 0 or not res._given_name(i - 1, scan.matches, scan.entity_at):
        return None
    if match is not None and match.entry.kind in ("state", "place"):
        end = match.end
    elif (
        match is None
        and entity is not None
        and entity.label == "GPE"
        and entity.end - entity.start == 1
    ):
        end = entity.end
    else:
        return None
    return [_Piece(i - 1, end, "person", name=res.doc.span_text(i - 1, end))], end


@rule("actors.recognise.natural-region.v1")
def natural_region(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A region of several countries the lexicon gives no actor of its own, a mountain range,
    sea or strait (`data/places/regions.yaml`), names no party: "villagers in the Andes",
    "warships crossing the Taiwan Strait" name neither a town called Andes nor Taiwan.
    Regions that act, as Europe or Africa do, are lexicon entries and keep their codes."""
    if entity is None or entity.label not in ("LOC", "GPE"):
        return None
    if match is not None and match.end >= entity.end:
        return None
    if res.r.gazetteer.region(res.doc.span_text(entity.start, entity.end)) is None:
        return None
    return [], entity.end


@rule("actors.recognise.lexicon.v1")
def lexicon_entry(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A lexicon entry names a country, seat of power, organisation, armed group, person or
    role, unless a person's name runs on past it ("Jordan Peterson"); a title followed by a
    name the tagger missed names a person ("Chancellor Olaf Scholz")."""
    if match is None or (
        entity is not None and entity.label == "PERSON" and res._name_end(entity) > match.end
    ):
        return None
    piece = _piece_from_match(match)
    if piece.kind == "person":
        # A known person keeps the name the article gives ("James Mattis").
        piece.name = res.doc.span_text(match.start, match.end)
    if match.entry.kind == "role" and res.r.switches.on(rule_id(titled_name)):
        name = titled_name(res, scan, match.end)
        if name is not None:
            return [piece, name], name.end
    return [piece], match.end


@rule("actors.recognise.titled-name.v1")
def titled_name(res: _ArticleResolution, scan: _Scan, i: int) -> _Piece | None:
    """A title names the person whose untagged name follows it: "Chancellor Olaf Scholz" with
    no PERSON entity (the small tagger often calls the name an organisation). Read by the
    lexicon recogniser after a role."""
    name_end = res._untagged_name_after(i, scan.matches, scan.entity_at)
    if name_end <= i or _party_name_end(res, scan, i) is not None:
        return None
    if _organisation_name_end(res, scan, i, rule_id(armed_group_name)) is not None:
        return None
    return _Piece(i, name_end, "person", name=res.doc.span_text(i, name_end))


@rule("actors.recognise.mistaken-city.v1")
def mistaken_city(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A one-word "person" or "organisation" that is a city of half a million or more is the
    city: the small tagger takes "Kharkiv" or "Mariupol" for a name by turns."""
    if entity is None or entity.label not in _MISTAKEN_CITY_LABELS:
        return None
    if entity.end - entity.start == 1 and _named_before(res, scan, i):
        # "activist Rui Santiago ... Santiago denied": the person's surname again.
        return None
    city = res._big_city(scan, entity.start, entity.end)
    if city is None:
        return None
    return [_Piece(i, entity.end, "place", country=city.country, name=city.name)], entity.end


@rule("actors.recognise.compass-name.v1")
def compass_name(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """"The West" names the Western world only alone: before a capitalised word it opens the
    name of a place or of something else ("the West Java governor", "the West Virginia
    senator", "the West Wing"): the place the two words name when the gazetteer has it, else
    nothing. Not before a day or a month, which dates the sentence ("warned the West Monday")."""
    if match is None or match.entry.id != "region.wst":
        return None
    toks = res.tokens
    if [t.text.lower() for t in toks[match.start : match.end]] not in (["the", "west"], ["west"]):
        return None
    after = toks[match.end] if match.end < len(toks) else None
    if (
        after is None
        or not (after.text[:1].isupper() and after.text.isalpha())
        or after.ent_type in ("DATE", "TIME")
    ):
        return None
    west = match.end - 1
    places = res.r.gazetteer.lookup(f"{toks[west].text} {after.text}")
    if places:
        # "West Virginia", "West Java": the place the two words name.
        place = places[0]
        return [_Piece(west, after.i + 1, "place", country=place.country, name=place.name)], (
            after.i + 1
        )
    return [], match.end


@rule("actors.recognise.untagged-city.v1")
def untagged_city(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A one-word proper noun the tagger leaves unlabelled, that a lexicon entry does not
    claim, is a city of half a million or more when the article names the city's country:
    in a story naming Chile, "Santiago denied the accusation" names Chile's capital, which the
    lexicon leaves out as a common first name. Not a name of two or more words ("Santiago
    Pena"), nor a word of such a name told before, nor the surname of a person the article
    names, nor another name of a city."""
    if entity is not None or match is not None:
        return None
    tok = res.tokens[i]
    if tok.pos != "PROPN" or not tok.text[:1].isupper() or tok.dep == "compound":
        return None
    if any(res.tokens[c].dep == "compound" for c in res.doc.children[i]):
        return None
    if _named_before(res, scan, i):
        return None
    city = res._big_city(scan, i, i + 1)
    if city is None or city.name != tok.text or city.country not in scan.named_countries:
        return None
    return [_Piece(i, i + 1, "place", country=city.country, name=city.name)], i + 1


def _named_before(res: _ArticleResolution, scan: _Scan, i: int) -> bool:
    """Whether the word at token i is the surname of a person the article names, or a word of
    a proper name of several words told before it."""
    text = res.tokens[i].text
    return text in scan.surnames or scan.name_word_first.get(text, i) < i


def _in_longer_name(res: _ArticleResolution, j: int) -> bool:
    """Whether token j is a word of a proper name of several words."""
    tok = res.tokens[j]
    return (tok.dep == "compound" and res.tokens[tok.head].pos == "PROPN") or any(
        res.tokens[c].dep == "compound" and res.tokens[c].pos == "PROPN"
        for c in res.doc.children[j]
    )


@rule("actors.recognise.listed-us-state.v1")
def listed_us_state(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A country's name that is also a US state's is the state when it is listed with other US
    states: "cotton grown in Texas and Georgia" is American, not from the Caucasus."""
    if match is None or match.entry.kind != "state" or match.end - match.start != 1:
        return None
    if not _us_state(res, res.tokens[i].text):
        return None
    toks = res.tokens
    first = i
    while toks[first].dep == "conj" and toks[first].head != first:
        first = toks[first].head
    listed = {first}
    frontier = [first]
    while frontier:
        head = frontier.pop()
        for c in res.doc.children[head]:
            if toks[c].dep == "conj" and c not in listed:
                listed.add(c)
                frontier.append(c)
    states = [
        toks[k].text
        for k in listed
        if k != i
        and _us_state(res, toks[k].text)
        and res.r.gazetteer.country_named(toks[k].text) is None
    ]
    if not states:
        return None
    place = res.r.gazetteer.lookup(toks[i].text)[0]
    return [_Piece(i, i + 1, "place", country="USA", name=place.name)], i + 1


def _us_state(res: _ArticleResolution, name: str) -> bool:
    places = res.r.gazetteer.lookup(name)
    return bool(places) and places[0].feature == "admin1" and places[0].country == "USA"


@rule("actors.recognise.party-name.v1")
def party_name(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A run of capitalised proper nouns the tagger calls an organisation, the lexicon does not
    know and whose last word is "Party", "Movement" or "Front" names a political party or
    movement: "the opposition Socialist Party", "the Chilean Green Party" (its country is the
    nationality before it, or the story's). Not a person a title names."""
    end = _party_name_end(res, scan, i)
    if end is None:
        return None
    return [_Piece(i, end, "role", res.r.lexicon.entries[_PARTY])], end


@rule("actors.recognise.armed-group-name.v1")
def armed_group_name(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A run of capitalised proper nouns the tagger calls an organisation, the lexicon does not
    know and whose last word is "Army", "Brigade" or "Militia" names an armed group: "the
    Arakan Army", "the Kachin Independence Army" (its country is the nationality before it, or
    the story's). A state's army is named by its country ("the Pakistan Army"), which the
    lexicon knows."""
    end = _organisation_name_end(res, scan, i, rule_id(armed_group_name))
    if end is None:
        return None
    return [_Piece(i, end, "role", res.r.lexicon.entries[_ARMED_GROUP])], end


@rule("actors.recognise.civil-organisation-name.v1")
def civil_organisation_name(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A run of capitalised proper nouns the tagger calls an organisation, the lexicon does not
    know and whose last word is "Foundation", "Association", "Society" or the like names a
    non-governmental organisation: "the Andean Press Foundation", "the Chilean Bar
    Association" (its country is the nationality or place before it), not the state a place
    in its name belongs to. Not words that also name plans, events or places ("Initiative",
    "Forum", "Center")."""
    end = _organisation_name_end(res, scan, i, rule_id(civil_organisation_name))
    if end is None:
        return None
    return [_Piece(i, end, "role", res.r.lexicon.entries[_NGO])], end


def _party_name_end(res: _ArticleResolution, scan: _Scan, i: int) -> int | None:
    """The end of a party name that starts at token i (`party_name`), else None."""
    return _organisation_name_end(res, scan, i, rule_id(party_name))


def _organisation_name_end(
    res: _ArticleResolution, scan: _Scan, i: int, rule_name: str
) -> int | None:
    """The end of an organisation's name the lexicon lacks that starts at token i and ends in
    one of the `head_words` of the rule `rule_name`, else None. The head word may be a role
    the lexicon knows alone ("Army")."""
    toks = res.tokens
    if i in scan.matches:
        return None
    heads = _words(rule_name, "head_words")
    end = i
    while (
        end < len(toks)
        and toks[end].pos == "PROPN"
        and toks[end].text[:1].isupper()
        and toks[end].ent_type == "ORG"
        and toks[end].sent == toks[i].sent
    ):
        if end in scan.matches:
            word_alone = scan.matches[end].end == end + 1
            if end > i and word_alone and toks[end].text.lower() in heads:
                end += 1
            break
        end += 1
    return end if end > i and toks[end - 1].text.lower() in heads else None


@rule("actors.recognise.person-entity.v1")
def person_entity(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A PERSON entity names a person (without a possessive "'s")."""
    if entity is None or entity.label != "PERSON":
        return None
    end = res._name_end(entity)
    return [_Piece(i, end, "person", name=res.doc.span_text(i, end))], entity.end


@rule("actors.recognise.surname.v1")
def known_surname(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A bare surname of a person the article names in full is that person, even where the
    tagger misses it: "Maria Lopez ... Lopez said". Also where it tags the surname a common
    noun as the subject of a clause ("Rui Alves ... Alves said"): the capitalised word is
    written as the name was, and the subject of what follows."""
    tok = res.tokens[i]
    if tok.text in scan.surnames and (
        tok.pos == "PROPN" or (tok.pos == "NOUN" and tok.dep in ("nsubj", "nsubjpass"))
    ):
        return [_Piece(i, i + 1, "person", name=tok.text)], i + 1
    return None


@rule("actors.recognise.gazetteer-place.v1")
def gazetteer_place(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """A GPE entity found in the gazetteer is a place of its country: "Lviv" -> Ukraine."""
    if entity is None or entity.label != "GPE":
        return None
    return _gazetteer_piece(res, scan, i, entity)


@rule("actors.recognise.place-position.v1")
def place_in_position(
    res: _ArticleResolution, scan: _Scan, i: int, match: Match | None, entity: Any
) -> Recognised:
    """An entity the tagger calls a nationality, organisation or facility is a place when the
    syntax says so: "near Kandahar", "the town of Mosul"."""
    if entity is None or entity.label not in ("LOC", "NORP", "FAC", "ORG"):
        return None
    if not res._in_place_position(entity.end - 1):
        return None
    return _gazetteer_piece(res, scan, i, entity)


def _gazetteer_piece(res: _ArticleResolution, scan: _Scan, i: int, entity: Any) -> Recognised:
    name = res.doc.span_text(entity.start, entity.end)
    places = res.r.gazetteer.lookup(name)
    if res.r.switches.on(rule_id(named_country_division)):
        name, places = named_country_division(res, scan, entity, name, places)
    if not places:
        return None
    place = places[0]
    if res.r.switches.on(rule_id(place_in_named_country)):
        place = place_in_named_country(scan, name, places)
    return [_Piece(i, entity.end, "place", country=place.country, name=place.name)], entity.end


@rule("actors.recognise.named-country-division.v1")
def named_country_division(
    res: _ArticleResolution, scan: _Scan, entity: Any, name: str, places: list[Place]
) -> tuple[str, list[Place]]:
    """A state or province of a country the article names, before towns of other countries
    of the same name: in a story naming Nigeria, "Borno" is Nigeria's state, not a town
    abroad; "Balochistan" in a story naming Pakistan is its province, which no town is named.
    A name the text calls a division ("Kandahar province", `division_nouns`) is looked up
    without that word. A name no town has is the one division of the world so named when the
    article names none of its countries ("clashes in Sindh province", "floods in West Java").
    The name and the places it may be, the division first when there is one."""
    toks, nouns = res.tokens, _words(rule_id(named_country_division), "division_nouns")
    start = entity.start + (toks[entity.start].text.lower() == "the")
    inside = entity.end - start > 1 and toks[entity.end - 1].text.lower() in nouns
    after = entity.end < len(toks) and toks[entity.end].text.lower() in nouns
    if inside and not places:
        name = res.doc.span_text(start, entity.end - 1)
        places = res.r.gazetteer.lookup(name)
    if any(p.country in scan.named_countries for p in places):
        return name, places
    division = res.r.gazetteer.division(name, scan.named_countries)
    if division is None and (inside or after or not places):
        division = res.r.gazetteer.division(name)
    return name, [division, *places] if division is not None else places


@rule("actors.recognise.named-country-place.v1")
def place_in_named_country(scan: _Scan, name: str, places: list[Place]) -> Place:
    """A town's own name before another city's former or foreign name, when the article names
    the town's country: "Zaragoza" in a story on Spain is the Spanish city, not Tijuana, one
    of whose other names it is; "Puno" in a story on Peru is Puno, not Pune. The most
    populous place otherwise (`Gazetteer.lookup`), so "Calcutta" is still Kolkata."""
    first = places[0]
    if first.name == name:
        return first
    return next(
        (p for p in places if p.name == name and p.country in scan.named_countries), first
    )
