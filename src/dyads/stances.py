"""Where actors stand toward each other, from the events and quotations of articles.

Each piece of evidence gives a weight in [-1, 1] to an (actor, toward, dimension) triple: a
coded event by the kind of act (data/stances.yaml) and its Goldstein intensity, an act someone
explicitly holds back from as restraint against it, and a quotation with no event of its own by
the words it uses. A stance's score is the mean of its weights. The method is in
docs/stances.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .events.modality import read_modality
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
)
from .yamlfile import entry_errors, read_entries

DIMENSIONS = ("military", "pressure", "diplomacy", "cooperation", "criticism")
_KEYS = {"id", "dimension", "sign", "cameo", "words"}
# How much a possible act counts against a done one, and a quotation's words against an event.
_HYPOTHETICAL_FACTOR = 0.5
_UNCLAIMED_NEGATION_FACTOR = 0.5
_QUOTE_WEIGHT = 0.5
# The least and default intensity of an event (|Goldstein| / 10).
_MIN_INTENSITY = 0.2
_DEFAULT_INTENSITY = 0.3
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
        return cls(_rule(raw, origin) for raw in read_entries(text, origin, "a stance file"))

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


def article_stances(
    article_id: str,
    doc: ParsedDoc,
    actors: tuple[Actor, ...],
    events: tuple[Event, ...],
    quotes: tuple[Quote, ...],
    lexicon: StanceLexicon | None = None,
) -> tuple[Stance, ...]:
    """The stances of one article, from all its events (negated and hypothetical included:
    restraint and possibility are evidence too) and its quotations."""
    lexicon = lexicon or default_lexicon()
    by_id = {a.id: a for a in actors}
    weighed = [w for e in events for w in _event_evidence(article_id, doc, e, lexicon)]
    for quote in quotes:
        weighed += _quote_evidence(article_id, doc, quote, events, by_id, lexicon)
    return _stances(weighed)


def _event_evidence(
    article_id: str, doc: ParsedDoc, event: Event, lexicon: StanceLexicon
) -> list[_Weighed]:
    rule = lexicon.rule_for(event.cameo)
    if rule is None or event.target is None or event.target.code is None:
        return []
    intensity = (
        max(_MIN_INTENSITY, abs(event.goldstein) / 10)
        if event.goldstein is not None
        else _DEFAULT_INTENSITY
    )
    sentence = doc.span_text(doc.sentences[event.sentence].start, doc.sentences[event.sentence].end)
    detail = f"{event.cameo} {event.cameo_name}: {event.trigger.text}"
    toward = event.target.code
    if event.modality == "negated":
        # Restraint: whoever holds back from the act ("Kono and Onodera held back from referring
        # to possible military action") stands low on its dimension; a plain negation ("did not
        # attack") says less of the source.
        holders = event.withheld_by or (event.source,)
        factor = 1.0 if event.withheld_by else _UNCLAIMED_NEGATION_FACTOR
        weight = -rule.sign * intensity * factor
        return [
            _Weighed(code, toward, rule.dimension,
                     Evidence("event", event.id, article_id, sentence.strip(),
                              f"held back from {detail}", round(weight, 3), restraint=True))
            for code in _codes(holders)
            if code[:3] != toward[:3]
        ]  # fmt: skip
    factor = _HYPOTHETICAL_FACTOR if event.modality == "hypothetical" else 1.0
    weight = rule.sign * intensity * factor
    if event.source.code is None:
        return []
    evidence = Evidence("event", event.id, article_id, sentence.strip(), detail, round(weight, 3))
    return [_Weighed(event.source.code, toward, rule.dimension, evidence)]


def _quote_evidence(
    article_id: str,
    doc: ParsedDoc,
    quote: Quote,
    events: tuple[Event, ...],
    by_id: dict[str, Actor],
    lexicon: StanceLexicon,
) -> list[_Weighed]:
    """A quotation speaks for its speaker on the dimensions its words name, toward the actors it
    names (else those of its sentence, else of the sentence before), when no coded event
    inside it already says so."""
    if quote.speaker is None or any(quote.start <= e.trigger.start < quote.end for e in events):
        return []
    speakers = _member_actors(by_id.get(quote.speaker.actor), by_id)
    if not speakers:
        return []
    dimensions: dict[str, tuple[StanceRule, list[str], int]] = {}
    for token in doc.tokens:
        if not (quote.start <= token.idx < quote.end):
            continue
        rule = lexicon.by_word.get(token.lemma.lower())
        if rule is None:
            continue
        reading = read_modality(doc, token.i)
        if reading.modality == "negated" and reading.restrainer is None:
            # "block Pyongyang from attacking": someone else's act, prevented; no stance.
            continue
        sign = -1 if reading.modality == "negated" else 1
        _, words, signs = dimensions.get(rule.dimension, (rule, [], 0))
        dimensions[rule.dimension] = (rule, [*words, token.text], signs + sign)
    if not dimensions:
        return []
    named_inside = _named_in(quote, doc, by_id, context=False)
    named_around = _named_in(quote, doc, by_id, context=True)
    sentence = doc.span_text(doc.sentences[quote.sentence].start, doc.sentences[quote.sentence].end)
    out = []
    for speaker in speakers:
        if speaker.code is None:
            continue
        own = (speaker.country or speaker.code)[:3]
        partners = [
            s.code for s in speakers if s.code and s.country and s.country != speaker.country
        ]
        for dimension, (rule, words, signs) in dimensions.items():
            # Words of conflict are about the adversary under discussion, named in the quotation
            # or just before it; words of cooperation only about whom the quotation names, or a
            # joint statement's co-issuers ("our allies" names no one).
            named = named_around if dimension in _CONTEXT_DIMENSIONS else named_inside
            toward = [c for c in named if c[:3] != own] or (
                partners if dimension not in _CONTEXT_DIMENSIONS else []
            )
            weight = rule.sign * _QUOTE_WEIGHT * (1 if signs >= 0 else -1)
            evidence = Evidence(
                "quote", quote.id, article_id, sentence.strip(),
                f"{quote.kind} quote by {quote.speaker.text}: {', '.join(words)}", weight,
            )  # fmt: skip
            out += [_Weighed(speaker.code, t, dimension, evidence) for t in dict.fromkeys(toward)]
    return out


def _named_in(quote: Quote, doc: ParsedDoc, by_id: dict[str, Actor], context: bool) -> list[str]:
    """Codes of the actors named in the quotation; with `context`, else in its sentence outside
    the speaker's mention, else in the sentence before."""
    speaker_span = (quote.speaker.start, quote.speaker.end) if quote.speaker else (-1, -1)
    places = [lambda m: quote.start <= m.start < quote.end]
    if context:
        places += [
            lambda m: m.sentence == quote.sentence and (m.start, m.end) != speaker_span,
            lambda m: m.sentence == quote.sentence - 1,
        ]
    for inside in places:
        codes = [
            member.code
            for actor in by_id.values()
            if any(inside(m) for m in actor.mentions)
            for member in _member_actors(actor, by_id)
            if member.code
        ]
        if codes:
            return list(dict.fromkeys(codes))
    return []


def _member_actors(actor: Actor | None, by_id: dict[str, Actor]) -> list[Actor]:
    if actor is None:
        return []
    if actor.members:
        return [by_id[m] for m in actor.members if m in by_id]
    return [actor]


def _codes(roles: Iterable[EventActor]) -> list[str]:
    return list(dict.fromkeys(r.code for r in roles if r.code))


def _stances(weighed: Iterable[_Weighed]) -> tuple[Stance, ...]:
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for w in weighed:
        items = grouped[(w.actor, w.toward, w.dimension)]
        if w.evidence not in items:
            items.append(w.evidence)
    return tuple(
        Stance(actor, toward, dimension, _score(items), tuple(items))
        for (actor, toward, dimension), items in sorted(grouped.items())
    )


def _score(evidence: Iterable[Evidence]) -> float:
    weights = [e.weight for e in evidence]
    return round(max(-1.0, min(1.0, sum(weights) / len(weights))), 3)


# -- comparison --------------------------------------------------------------------------------


def code_matches(spec: str, code: str) -> bool:
    """Whether actor code `code` falls under `spec`: "USA" covers USAGOV and USAMIL, "USAMIL"
    only codes of the US military; codes are read in three-letter parts."""
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
    within [since, until] (undated articles count only when no window is given)."""
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
                    if other == side or not code_matches(spec, stance.actor):
                        continue
                    if code_matches(target, stance.toward):
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
    gaps = [d.gap for d in dimensions if d.gap is not None]
    agreement = round(1 - sum(gaps) / len(gaps) / 2, 3) if gaps else None
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
        a.upper(), b.upper(), toward.upper(), tuple(dimensions), agreement, largest, count, between
    )
