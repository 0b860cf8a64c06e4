"""Where actors stand toward each other, from the events and quotations of articles.

Each piece of evidence gives a weight in [-1, 1] to an (actor, toward, dimension) triple: a
coded event by the kind of act (data/stances.yaml) and its Goldstein intensity, an act someone
explicitly holds back from as restraint against it, and a quotation with no event of its own by
the words it uses. A stance's score is the mean of its weights. The method is in
docs/stances.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import wordlists
from .errors import LexiconError
from .events.modality import read_modality
from .events.roles import ActorIndex
from .records import (
    Actor,
    CodedArticle,
    Comparison,
    DimensionComparison,
    Event,
    EventActor,
    Evidence,
    ParsedDoc,
    Quote,
    Stance,
    Token,
)
from .rules import RuleSwitches, rule, rule_id
from .yamlfile import LINE, entry_errors, read_entries

DIMENSIONS = ("military", "pressure", "diplomacy", "cooperation", "criticism")
_KEYS = {"id", "dimension", "sign", "cameo", "words"}
# How much a possible act counts against a done one, and a quotation's words against an event.
_HYPOTHETICAL_FACTOR = 0.5
_QUOTE_WEIGHT = 0.5
# The least and default intensity of an event (|Goldstein| / 10).
_MIN_INTENSITY = 0.2
_DEFAULT_INTENSITY = 0.3
# How far back a quotation that names no one looks for the adversary under discussion.
_LOOKBACK_SENTENCES = 2
# Quad classes 3 and 4: verbal and material conflict.
_CONFLICT_QUAD = 3
# Dimensions whose words in a quotation are about the adversary under discussion.
_CONTEXT_DIMENSIONS = frozenset({"military", "pressure", "criticism"})
# Below this gap two actors are taken to agree on a dimension.
DIVERGENCE_MIN = 0.25


@dataclass(frozen=True, slots=True)
class StanceRule:
    """One entry of data/stances.yaml."""

    id: str
    dimension: str
    sign: int
    cameo: tuple[str, ...]
    words: frozenset[str]


class StanceLexicon:
    """The stance rules, by CAMEO prefix and by cue word. Build once with `load()`."""

    def __init__(self, rules: Iterable[StanceRule]) -> None:
        self.rules = tuple(rules)
        self.by_prefix = {p: r for r in self.rules for p in r.cameo}
        self.by_word = {w: r for r in self.rules for w in r.words}

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceLexicon:
        """The package's stance rules (or those of `path`). Raises LexiconError with the file,
        line and reason for an invalid entry."""
        if path is None:
            text = resources.files("dyads").joinpath("data/stances.yaml").read_text("utf-8")
            origin = "dyads/data/stances.yaml"
        else:
            text, origin = Path(path).read_text(encoding="utf-8"), str(path)
        rules: list[StanceRule] = []
        taken: dict[str, str] = {}
        for raw in read_entries(text, origin, "a stance file"):
            rule = _rule(raw, origin)
            for key in (f"id {rule.id}", *(f"prefix {c}" for c in rule.cameo),
                        *(f"word {w}" for w in rule.words)):  # fmt: skip
                if key in taken:
                    raise LexiconError(origin, raw.get(LINE), f"{key} is also in {taken[key]}")
                taken[key] = rule.id
            rules.append(rule)
        return cls(rules)

    def rule_for(self, cameo: str) -> StanceRule | None:
        """The rule of the longest CAMEO prefix of `cameo`, if any."""
        for n in range(len(cameo), 1, -1):
            rule = self.by_prefix.get(cameo[:n])
            if rule is not None:
                return rule
        return None


@functools.cache
def default_lexicon() -> StanceLexicon:
    return StanceLexicon.load()


def _rule(raw: dict, origin: str) -> StanceRule:
    fail = entry_errors(raw, origin, _KEYS)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise fail("each entry needs an 'id'")
    dimension = raw.get("dimension")
    if dimension not in DIMENSIONS:
        raise fail(f"{rule_id}: 'dimension' must be one of {', '.join(DIMENSIONS)}")
    sign = raw.get("sign")
    if sign not in (1, -1):
        raise fail(f"{rule_id}: 'sign' must be 1 or -1")
    cameo, words = raw.get("cameo", []), raw.get("words", [])
    if not isinstance(cameo, list) or not all(isinstance(c, str) and c.isdigit() for c in cameo):
        raise fail(f"{rule_id}: 'cameo' must be a list of quoted CAMEO code prefixes")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise fail(f"{rule_id}: 'words' must be a list of lemmas")
    if bool(cameo) == bool(words):
        raise fail(f"{rule_id}: give either 'cameo' or 'words'")
    return StanceRule(rule_id, dimension, sign, tuple(cameo), frozenset(w.lower() for w in words))


# -- one article -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Weighed:
    actor: str
    toward: str
    dimension: str
    evidence: Evidence
    # Organisations without a country share a code (the EU and the AU are both IGO): their
    # stances are kept apart by actor id.
    actor_id: str | None = None
    toward_id: str | None = None


def article_stances(
    article_id: str,
    doc: ParsedDoc,
    actors: tuple[Actor, ...],
    events: tuple[Event, ...],
    quotes: tuple[Quote, ...],
    lexicon: StanceLexicon | None = None,
    switches: RuleSwitches | None = None,
) -> tuple[Stance, ...]:
    """The stances of one article, from all its events (negated and hypothetical included:
    restraint and possibility are evidence too) and its quotations. `switches` may turn the
    stance rules off."""
    lexicon = lexicon or default_lexicon()
    own_only = (switches or RuleSwitches()).on(rule_id(speakers_own))
    index = ActorIndex(actors)
    positions = _Positions.of(actors, events)
    weighed = [w for e in events for w in _event_evidence(article_id, doc, e, lexicon)]
    for quote in quotes:
        weighed += _quote_evidence(
            article_id, doc, quote, events, positions, index, lexicon, own_only
        )
    return _stances(weighed)


@dataclass(frozen=True, slots=True)
class _Positions:
    """Where an article's actors are mentioned and its events' triggers are, sorted for the
    lookups of each quotation: scanning every mention and every event for each of a long
    article's hundreds of quotations made stances grow with the square of its length."""

    by_id: dict[str, Actor]
    # The actors in `by_id`'s order, which is the order stances list them in.
    actors: list[Actor]
    # (mention start, the index of its actor in `actors`), sorted.
    mention_starts: list[tuple[int, int]]
    # sentence -> the indexes in `actors` of the actors mentioned in it.
    in_sentence: dict[int, set[int]]
    trigger_starts: list[int]

    @staticmethod
    def of(actors: tuple[Actor, ...], events: tuple[Event, ...]) -> _Positions:
        by_id = {a.id: a for a in actors}
        ordered = list(by_id.values())
        in_sentence: dict[int, set[int]] = defaultdict(set)
        for n, actor in enumerate(ordered):
            for m in actor.mentions:
                in_sentence[m.sentence].add(n)
        return _Positions(
            by_id,
            ordered,
            sorted((m.start, n) for n, a in enumerate(ordered) for m in a.mentions),
            dict(in_sentence),
            sorted(e.trigger.start for e in events),
        )

    def has_trigger(self, start: int, end: int) -> bool:
        """Whether an event's trigger starts within [start, end)."""
        first = bisect.bisect_left(self.trigger_starts, start)
        return first < len(self.trigger_starts) and self.trigger_starts[first] < end

    def starting_within(self, start: int, end: int) -> list[Actor]:
        """The actors with a mention that starts within [start, end), in `actors`' order."""
        first = bisect.bisect_left(self.mention_starts, (start, -1))
        last = bisect.bisect_left(self.mention_starts, (end, -1))
        return [self.actors[n] for n in sorted({n for _, n in self.mention_starts[first:last]})]

    def mentioned_in(self, sentence: int) -> list[Actor]:
        """The actors mentioned in `sentence`, in `actors`' order."""
        return [self.actors[n] for n in sorted(self.in_sentence.get(sentence, ()))]


def _event_evidence(
    article_id: str, doc: ParsedDoc, event: Event, lexicon: StanceLexicon
) -> list[_Weighed]:
    rule = lexicon.rule_for(event.cameo)
    target = event.target
    if rule is None or target is None or target.code is None:
        return []
    if target.country is None and target.actor == target.code:
        # A group known only by its sector ("troops", "protesters") is no one to stand toward.
        return []
    intensity = (
        max(_MIN_INTENSITY, abs(event.goldstein) / 10)
        if event.goldstein is not None
        else _DEFAULT_INTENSITY
    )
    sentence = doc.span_text(doc.sentences[event.sentence].start, doc.sentences[event.sentence].end)
    detail = f"{event.cameo} {event.cameo_name}: {event.trigger.text}"
    toward, toward_id = target.code, _org_id(target)
    if event.modality == "negated":
        # Restraint: whoever holds back from the act ("Kono and Onodera held back from referring
        # to possible military action") stands low on its dimension. A plain negation ("did
        # not attack", "ruled out an Iranian attack") is no one's stance.
        holders = event.withheld_by
        weight = -rule.sign * intensity
        return [
            _Weighed(holder.code, toward, rule.dimension,
                     Evidence("event", event.id, article_id, sentence.strip(),
                              f"held back from {detail}", round(weight, 3), restraint=True),
                     _org_id(holder), toward_id)
            for holder in {h.code: h for h in holders if h.code}.values()
            if holder.code[:3] != toward[:3]
        ]  # fmt: skip
    factor = _HYPOTHETICAL_FACTOR if event.modality == "hypothetical" else 1.0
    weight = rule.sign * intensity * factor
    if event.source.code is None:
        return []
    evidence = Evidence("event", event.id, article_id, sentence.strip(), detail, round(weight, 3))
    return [
        _Weighed(event.source.code, toward, rule.dimension, evidence, _org_id(event.source),
                 toward_id)
    ]  # fmt: skip


def _org_id(role: EventActor) -> str | None:
    """The id that tells apart organisations sharing a code, for actors with no country."""
    return role.actor if role.country is None and role.actor != role.code else None


def _quote_evidence(
    article_id: str,
    doc: ParsedDoc,
    quote: Quote,
    events: tuple[Event, ...],
    positions: _Positions,
    index: ActorIndex,
    lexicon: StanceLexicon,
    own_only: bool = True,
) -> list[_Weighed]:
    """A quotation with no coded event of its own speaks for its speaker on the dimensions its
    words name. Words of the speaker's own posture count only when the speaker ("we") or no one
    else is their agent: in "North Korea's missile launches are reckless" the missiles are not
    the speaker's. Held back from ("we will not use force"), they count against."""
    if quote.speaker is None or positions.has_trigger(quote.start, quote.end):
        return []
    by_id = positions.by_id
    speakers = _member_actors(by_id.get(quote.speaker.actor), by_id)
    if not speakers:
        return []
    countries = {s.country for s in speakers}
    dimensions: dict[str, tuple[StanceRule, list[str], int]] = {}
    # The quotation's tokens found by bisection (tokens are in text order): a long article has
    # hundreds of quotations, and a scan of all its tokens for each was quadratic.
    first = bisect.bisect_left(doc.tokens, quote.start, key=lambda t: t.idx)
    last = bisect.bisect_left(doc.tokens, quote.end, key=lambda t: t.idx)
    for token in doc.tokens[first:last]:
        rule = lexicon.by_word.get(token.lemma.lower())
        if rule is None:
            continue
        if (
            rule.dimension != "criticism"
            and own_only
            and not speakers_own(doc, token, index, countries)
        ):
            continue
        readings = [read_modality(doc, token.i), read_modality(doc, _clause_head(doc, token).i)]
        if any(r.prevented for r in readings):
            # "block Pyongyang from attacking": someone else's act, prevented; no stance.
            continue
        sign = -1 if any(r.modality == "negated" for r in readings) else 1
        _, words, signs = dimensions.get(rule.dimension, (rule, [], 0))
        dimensions[rule.dimension] = (rule, [*words, token.text], signs + sign)
    if not dimensions:
        return []
    named_inside = _named_in(quote, positions)
    adversaries = named_inside or _adversaries(quote, positions, events)
    sentence = doc.span_text(doc.sentences[quote.sentence].start, doc.sentences[quote.sentence].end)
    out = []
    for speaker in speakers:
        if speaker.code is None:
            continue
        own = (speaker.country or speaker.code)[:3]
        partners = [(s.code, None) for s in speakers if s.code and s.country not in (None, own)]
        for dimension, (rule, words, signs) in dimensions.items():
            # Words of conflict are about the adversary under discussion: named in the quotation,
            # else around it; words of cooperation only about whom the quotation names, or a
            # joint statement's co-issuers ("our allies" names no one).
            named = adversaries if dimension in _CONTEXT_DIMENSIONS else named_inside
            toward = [t for t in named if t[0][:3] != own] or (
                partners if dimension not in _CONTEXT_DIMENSIONS else []
            )
            weight = rule.sign * _QUOTE_WEIGHT * (1 if signs >= 0 else -1)
            evidence = Evidence(
                "quote", quote.id, article_id, sentence.strip(),
                f"{quote.kind} quote by {quote.speaker.text}: {', '.join(words)}", weight,
            )  # fmt: skip
            out += [
                _Weighed(speaker.code, code, dimension, evidence, _actor_org_id(speaker), org)
                for code, org in dict.fromkeys(toward)
            ]
    return out


def _clause_head(doc: ParsedDoc, token: Token) -> Token:
    """The verb whose clause `token` is in (the token itself for a verb)."""
    current = token
    for _ in range(6):
        if current.pos in ("VERB", "AUX") or current.head == current.i:
            return current
        current = doc.tokens[current.head]
    return current


@rule("stances.quote.own-posture.v1")
def speakers_own(doc: ParsedDoc, token: Token, index: ActorIndex, countries: set) -> bool:
    """A word of posture in a quotation ("our forces are ready") is the speaker's own posture
    only when its agent is the speaker: "we", an actor of the speaker's country, or no one
    named. In "North Korea's missile launches are reckless," said the Japanese minister, the
    missiles are not Japan's. The agent is a noun's possessor or modifier, else its clause's
    subject. Switched off, every posture word in a quotation is the speaker's."""
    first_person = wordlists.words("stances/words.yaml", rule_id(speakers_own), "pronouns")
    agents = [c for c in doc.children[token.i] if doc.tokens[c].dep in ("poss", "compound", "nmod")]
    if not agents and token.head != token.i and token.dep in ("compound", "amod"):
        noun = doc.tokens[token.head]
        agents = [c for c in doc.children[noun.i] if doc.tokens[c].dep in ("poss", "nmod")]
    if not agents:
        head = _clause_head(doc, token)
        agents = [c for c in doc.children[head.i] if doc.tokens[c].dep in ("nsubj", "nsubjpass")]
    for agent in agents:
        if doc.tokens[agent].text.lower() in first_person:
            return True
        hit = index.at.get(agent)
        if hit is not None and hit[0].country is not None:
            return hit[0].country in countries
    return True


def _named_in(quote: Quote, positions: _Positions) -> list[tuple[str, str | None]]:
    """(code, organisation id) of the actors named in the quotation."""
    return _coded_members(positions.starting_within(quote.start, quote.end), positions.by_id)


def _adversaries(
    quote: Quote, positions: _Positions, events: tuple[Event, ...]
) -> list[tuple[str, str | None]]:
    """Who a quotation that names no one is about: the actors named in its sentence besides
    the speaker, else the targets of conflict in the two sentences before ("... if DPRK
    initiates hostilities," Mattis said. "We're prepared militarily," Tillerson said.)."""
    speaker_span = (quote.speaker.start, quote.speaker.end) if quote.speaker else (-1, -1)
    around = _coded_members(
        [
            actor
            for actor in positions.mentioned_in(quote.sentence)
            if any(
                m.sentence == quote.sentence and (m.start, m.end) != speaker_span
                for m in actor.mentions
            )
        ],
        positions.by_id,
    )
    if around:
        return around
    return list(
        dict.fromkeys(
            (e.target.code, _org_id(e.target))
            for e in events
            if quote.sentence - _LOOKBACK_SENTENCES <= e.sentence < quote.sentence
            and e.quad_class >= _CONFLICT_QUAD
            and e.modality != "negated"
            and e.target is not None
            and e.target.code
        )
    )


def _coded_members(
    actors: list[Actor], by_id: dict[str, Actor]
) -> list[tuple[str, str | None]]:
    """(code, organisation id) of `actors`' members that have a code and a place."""
    found = [
        (member.code, _actor_org_id(member))
        for actor in actors
        for member in _member_actors(actor, by_id)
        if member.code and not (member.country is None and member.kind == "group")
    ]
    return list(dict.fromkeys(found))


def _actor_org_id(actor: Actor) -> str | None:
    return actor.id if actor.country is None and actor.kind == "organization" else None


def _member_actors(actor: Actor | None, by_id: dict[str, Actor]) -> list[Actor]:
    if actor is None:
        return []
    if actor.members:
        return [by_id[m] for m in actor.members if m in by_id]
    return [actor]


def _stances(weighed: Iterable[_Weighed]) -> tuple[Stance, ...]:
    grouped: dict[tuple[str, str, str, str, str], list[Evidence]] = defaultdict(list)
    for w in weighed:
        key = (w.actor, w.toward, w.dimension, w.actor_id or "", w.toward_id or "")
        items = grouped[key]
        if w.evidence not in items:
            items.append(w.evidence)
    return tuple(
        Stance(actor, toward, dimension, _score(items), tuple(items), actor_id or None,
               toward_id or None)
        for (actor, toward, dimension, actor_id, toward_id), items in sorted(grouped.items())
    )  # fmt: skip


def _score(evidence: Iterable[Evidence]) -> float:
    weights = [e.weight for e in evidence]
    return round(max(-1.0, min(1.0, sum(weights) / len(weights))), 3)


# -- comparison --------------------------------------------------------------------------------


def code_matches(spec: str, code: str, actor_id: str | None = None) -> bool:
    """Whether an actor with `code` (and, for an organisation without a country, `actor_id`)
    falls under `spec`: "USA" covers USAGOV and USAMIL, "USAMIL" only codes of the US
    military (codes are read in three-letter parts); "NATO" or "EU" name an organisation by
    its id."""
    if actor_id is not None and spec.lower() == actor_id.lower():
        return True
    want, have = _parts(spec.upper()), _parts(code.upper())
    return bool(want) and have[:1] == want[:1] and set(want[1:]) <= set(have[1:])


def _parts(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def compare(
    articles: Iterable[CodedArticle],
    a: str,
    b: str,
    toward: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Comparison:
    """How `a` and `b` stand toward `toward`, dimension by dimension, over the articles dated
    within [since, until] (undated articles count only when no window is given). Each is a
    CAMEO code or an organisation's id. Raises ValueError when a and b are the same or the
    window is empty."""
    if a.upper() == b.upper():
        raise ValueError(f"compare needs two different actors, got {a!r} twice")
    if since and until and since > until:
        raise ValueError(f"the window is empty: --since {since} is after --until {until}")
    pooled: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    count = 0
    for coded in articles:
        date = coded.article.date
        if (since or until) and (
            date is None or (since and date < since) or (until and date > until)
        ):
            continue
        count += 1
        for stance in coded.stances:
            for side, spec in (("a", a), ("b", b)):
                for other, target in (("toward", toward), ("a", a), ("b", b)):
                    if other == side or not code_matches(spec, stance.actor, stance.actor_id):
                        continue
                    if code_matches(target, stance.toward, stance.toward_id):
                        items = pooled[(side, other, stance.dimension)]
                        items.extend(e for e in stance.evidence if e not in items)
    dimensions = []
    for name in DIMENSIONS:
        evidence_a, evidence_b = pooled[("a", "toward", name)], pooled[("b", "toward", name)]
        score_a = _score(evidence_a) if evidence_a else None
        score_b = _score(evidence_b) if evidence_b else None
        gap = (
            round(abs(score_a - score_b), 3)
            if score_a is not None and score_b is not None
            else None
        )
        dimensions.append(
            DimensionComparison(name, score_a, score_b, gap, tuple(evidence_a), tuple(evidence_b))
        )
    # Agreement is over the dimensions both sides have evidence on; those only one side has
    # are listed apart, as neither agreement nor divergence ("France threatened, Germany said
    # nothing").
    gaps = [d.gap for d in dimensions if d.gap is not None]
    agreement = round(1 - sum(gaps) / len(gaps) / 2, 3) if gaps else None
    one_sided = tuple(d.name for d in dimensions if (d.a is None) != (d.b is None))
    widest = max((d for d in dimensions if d.gap is not None), key=lambda d: d.gap, default=None)
    largest = widest.name if widest is not None and widest.gap >= DIVERGENCE_MIN else None
    # How the two stand toward each other: "both committed to the alliance".
    between = tuple(
        Stance(source.upper(), target.upper(), name, _score(items), tuple(items))
        for side, other, source, target in (("a", "b", a, b), ("b", "a", b, a))
        for name in DIMENSIONS
        if (items := pooled[(side, other, name)])
    )
    return Comparison(
        a.upper(), b.upper(), toward.upper(), tuple(dimensions), agreement, largest, count,
        between, one_sided,
    )  # fmt: skip
