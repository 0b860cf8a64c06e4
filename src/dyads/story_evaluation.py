"""Score dyads against whole news stories coded by hand (the story format of voa_events.dev.jsonl).

A gold story lists every event a careful coder would write (required or optional) and tempting
false events it must not write (forbidden). dyads codes each story; its asserted events are
matched against the gold events sentence by sentence. The rules are in docs/evaluation.md and
reproduce the team's reference scorer (../shared/hooks/score_stories.py) exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, get_args

from .coder import Coder
from .errors import InputError, MalformedRecordError
from .events import codebook
from .ingest import read_inputs
from .records import Article, CodedArticle, Event, EventActor, Rejection

SPLITS = ("tune", "check")
# The split read only in aggregate, so that it keeps measuring how well a change generalises.
WITHHELD_SPLIT = "check"
SPLIT_FILE = "voa_events.split.json"
STORIES_FILE = "voa_stories.jsonl"
# Sentences match when the first 40 normalised characters of one occur in the other: gold quotes
# and dyads' sentences are cut at slightly different places (a quotation's closing mark, a
# paragraph break), and 40 characters are enough to tell two sentences of a story apart.
SENTENCE_PREFIX = 40
SENTENCE_SHOWN = 70
# Typographic quotation marks folded to ASCII and then dropped, as the reference scorer does.
_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                              "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'",
                              "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "`": "'"})  # fmt: skip
_SPACE = re.compile(r"\s+")

MissKind = Literal[
    "no output on sentence", "right sentence, wrong root", "right sentence+root, wrong actors"
]
FalseKind = Literal[
    "sentence has no gold event", "wrong root for sentence", "right root, wrong actors"
]
MISS_KINDS: tuple[MissKind, ...] = get_args(MissKind)
FALSE_KINDS: tuple[FalseKind, ...] = get_args(FalseKind)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event (or forbidden trap) of a story: its sentence as quoted, acceptable
    CAMEO roots (two-digit) and acceptable source and target codes (empty target: any)."""

    name: str
    quote: str
    roots: tuple[str, ...]
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool = False
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldStory:
    id: str
    events: tuple[GoldEvent, ...]
    forbidden: tuple[GoldEvent, ...] = ()

    @property
    def required(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if not e.optional)


@dataclass(frozen=True, slots=True)
class Miss:
    story: str
    gold: GoldEvent
    kind: MissKind
    nearby: tuple[Event, ...]  # dyads' events on the gold sentence


@dataclass(frozen=True, slots=True)
class FalseEvent:
    story: str
    event: Event
    kind: FalseKind


@dataclass(frozen=True, slots=True)
class TrapHit:
    story: str
    event: Event
    trap: GoldEvent


@dataclass(frozen=True, slots=True)
class StoryScore:
    """One story scored: which required events were found, which output events are right."""

    story: GoldStory
    events: tuple[Event, ...]  # dyads' asserted events
    found: tuple[bool, ...]  # per required gold event
    correct: tuple[bool, ...]  # per output event: matches a gold event, required or optional
    traps: tuple[TrapHit, ...]
    correct_one_to_one: int
    coded: bool  # False when the story was rejected and has no output

    @property
    def misses(self) -> list[Miss]:
        out = []
        for gold, hit in zip(self.story.required, self.found, strict=True):
            if not hit:
                nearby = tuple(e for e in self.events if same_sentence(e.text, gold.quote))
                out.append(Miss(self.story.id, gold, _miss_kind(gold, nearby), nearby))
        return out

    @property
    def false_events(self) -> list[FalseEvent]:
        return [
            FalseEvent(self.story.id, event, _false_kind(event, self.story.events))
            for event, ok in zip(self.events, self.correct, strict=True)
            if not ok
        ]


def score_story(story: GoldStory, events: Iterable[Event], coded: bool = True) -> StoryScore:
    """Score dyads' events for one story against its gold events and traps."""
    asserted = tuple(e for e in events if e.modality == "asserted")
    found = tuple(any(matches(e, g) for e in asserted) for g in story.required)
    correct = tuple(any(matches(e, g) for g in story.events) for e in asserted)
    traps = tuple(
        TrapHit(story.id, e, trap)
        for e in asserted
        for trap in story.forbidden
        if hits_trap(e, trap)
    )
    return StoryScore(
        story, asserted, found, correct, traps, _one_to_one(story.events, asserted), coded
    )


def _one_to_one(gold: Sequence[GoldEvent], events: Sequence[Event]) -> int:
    """Output events that match a gold event not yet used up: one output per gold event (two for
    a reciprocal one), so that writing the same event many times is not rewarded."""
    left = [2 if g.reciprocal else 1 for g in gold]
    right = 0
    for event in events:
        for i, g in enumerate(gold):
            if left[i] and matches(event, g):
                left[i] -= 1
                right += 1
                break
    return right


def normalise(text: str) -> str:
    """Quotation marks dropped and whitespace collapsed."""
    text = text.translate(_QUOTE_MARKS).replace('"', "").replace("'", "")
    return _SPACE.sub(" ", text).strip()


def same_sentence(text: str, quote: str) -> bool:
    """Whether dyads' sentence and a gold quote are the same sentence: the first 40 normalised
    characters of one occur in the other."""
    a, b = normalise(text), normalise(quote)
    if not a or not b:
        return False
    return a[:SENTENCE_PREFIX] in b or b[:SENTENCE_PREFIX] in a


def actor_codes(actor: EventActor | None) -> frozenset[str]:
    """The codes a gold list may name an actor by: its code's first three letters (USAMIL is
    USA, an organisation IGO) and its country."""
    if actor is None:
        return frozenset()
    return frozenset(v[:3].upper() for v in (actor.code, actor.country) if v)


def matches(event: Event, gold: GoldEvent) -> bool:
    """Whether an output event is the gold event: same sentence, a root in the gold roots, and
    source and target among the gold codes (any target when the gold names none)."""
    return (
        event.root in gold.roots
        and same_sentence(event.text, gold.quote)
        and _actors_fit(event, gold)
    )


def hits_trap(event: Event, trap: GoldEvent) -> bool:
    """Whether an output event falls into a forbidden trap. Like `matches`, except that an event
    without a target does not escape a trap that names one ("India fought", with no target, on
    a sentence about a past war is still that war)."""
    if not actor_codes(event.target):
        trap = replace(trap, targets=frozenset())
    return matches(event, trap)


def _actors_fit(event: Event, gold: GoldEvent) -> bool:
    source, target = actor_codes(event.source), actor_codes(event.target)
    if gold.reciprocal and gold.targets:
        # Either direction; but a relation needs two parties, which matters when both gold
        # lists are the same list of countries.
        if event.target and event.source.country and event.source.country == event.target.country:
            return False
        return _fits(source, target, gold.sources, gold.targets) or _fits(
            source, target, gold.targets, gold.sources
        )
    return _fits(source, target, gold.sources, gold.targets)


def _fits(
    source: frozenset[str], target: frozenset[str], sources: frozenset[str], targets: frozenset[str]
) -> bool:
    return bool(source & sources) and (not targets or bool(target & targets))


def _miss_kind(gold: GoldEvent, nearby: Sequence[Event]) -> MissKind:
    if not nearby:
        return "no output on sentence"
    if not any(e.root in gold.roots for e in nearby):
        return "right sentence, wrong root"
    return "right sentence+root, wrong actors"


def _false_kind(event: Event, gold: Sequence[GoldEvent]) -> FalseKind:
    on_sentence = [g for g in gold if same_sentence(event.text, g.quote)]
    if not on_sentence:
        return "sentence has no gold event"
    if not any(event.root in g.roots for g in on_sentence):
        return "wrong root for sentence"
    return "right root, wrong actors"


@dataclass(frozen=True, slots=True)
class RootRow:
    """Per CAMEO root: required gold events (a gold event with two acceptable roots counted
    under its first), how many dyads found, dyads' events of the root and how many are right."""

    root: str
    name: str
    gold: int
    matched: int
    output: int
    correct: int


@dataclass(slots=True)
class StoryReport:
    """The scores of a set of stories. With the `check` split only aggregate figures are shown:
    `details` is False and the misses, false events and per-story rows are left out."""

    stories: list[StoryScore]
    split: str | None = None
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def details(self) -> bool:
        return self.split != WITHHELD_SPLIT

    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for s in self.stories:
            total.update(
                required=len(s.found),
                matched=sum(s.found),
                output=len(s.events),
                correct=sum(s.correct),
                correct_one_to_one=s.correct_one_to_one,
                forbidden_hits=len(s.traps),
                traps=len(s.story.forbidden),
                stories_missing=int(not s.coded),
            )
        return total

    def summary(self) -> dict[str, Any]:
        n = self.counts()
        recall = _ratio(n["matched"], n["required"])
        precision = _ratio(n["correct"], n["output"])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "stories": len(self.stories),
            "stories_missing": n["stories_missing"],
            "required": n["required"],
            "matched": n["matched"],
            "recall": round(recall, 4),
            "output": n["output"],
            "correct": n["correct"],
            "precision": round(precision, 4),
            "f1": round(f1, 4),
            "correct_one_to_one": n["correct_one_to_one"],
            "precision_one_to_one": round(_ratio(n["correct_one_to_one"], n["output"]), 4),
            "forbidden_hits": n["forbidden_hits"],
            "forbidden_per_100": round(100 * _ratio(n["forbidden_hits"], n["output"]), 2),
            "traps": n["traps"],
        }

    def per_root(self) -> list[RootRow]:
        gold: Counter[str] = Counter()
        matched: Counter[str] = Counter()
        output: Counter[str] = Counter()
        correct: Counter[str] = Counter()
        for s in self.stories:
            for g, hit in zip(s.story.required, s.found, strict=True):
                gold[g.roots[0]] += 1
                matched[g.roots[0]] += hit
            for e, ok in zip(s.events, s.correct, strict=True):
                output[e.root] += 1
                correct[e.root] += ok
        names = codebook()
        return [
            RootRow(
                r, names[r].name if r in names else "", gold[r], matched[r], output[r], correct[r]
            )
            for r in sorted(gold | output)
        ]

    def error_kinds(self) -> dict[str, Any]:
        misses = Counter(m.kind for s in self.stories for m in s.misses)
        falses = Counter(f.kind for s in self.stories for f in s.false_events)
        return {
            "misses": {k: misses[k] for k in MISS_KINDS},
            "false_events": {k: falses[k] for k in FALSE_KINDS},
            "forbidden": sum(len(s.traps) for s in self.stories),
        }

    def to_dict(self) -> dict[str, Any]:
        report: dict[str, Any] = {
            "format": "stories",
            "split": self.split,
            "summary": self.summary(),
            "per_root": [_slots(r) for r in self.per_root()],
            "errors": self.error_kinds(),
            "rejections": [{"input": r.input, "id": r.id, "reason": r.reason}
                           for r in self.rejections],
        }  # fmt: skip
        if not self.details:
            report["withheld"] = _WITHHELD_NOTE
            return report
        report["per_story"] = [_story_row(s) for s in self.stories]
        report["misses"] = [_miss_dict(m) for s in self.stories for m in s.misses]
        report["false_events"] = [_false_dict(f) for s in self.stories for f in s.false_events]
        report["forbidden_hits"] = [_trap_dict(t) for s in self.stories for t in s.traps]
        return report

    def table(self) -> str:
        """The report as text: summary, per-root table, error kinds, then (not for the check
        split) per-story figures, misses, false events and forbidden hits."""
        s = self.summary()
        lines = [
            f"STORIES {s['stories']}"
            + (f" (split {self.split})" if self.split else "")
            + f", {s['stories_missing']} without output",
            f"  recall     {s['matched']}/{s['required']} = {s['recall']:.3f}",
            f"  precision  {s['correct']}/{s['output']} = {s['precision']:.3f}",
            f"  F1         {s['f1']:.3f}",
            f"  forbidden  {s['forbidden_hits']} hit(s), {s['forbidden_per_100']:.1f} per 100 "
            f"output events ({s['traps']} traps)",
            f"  (supplementary) precision with one output per gold event: "
            f"{s['correct_one_to_one']}/{s['output']} = {s['precision_one_to_one']:.3f}",
            "",
            "PER ROOT",
            f"  {'root':<5}{'name':<34}{'gold':>5}{'found':>6}{'output':>7}{'right':>6}",
        ]
        lines += [
            f"  {r.root:<5}{r.name[:33]:<34}{r.gold:>5}{r.matched:>6}{r.output:>7}{r.correct:>6}"
            for r in self.per_root()
        ]
        errors = self.error_kinds()
        lines += ["", "ERROR KINDS", "  misses:"]
        lines += [f"    {k:<36}{v:>5}" for k, v in errors["misses"].items()]
        lines += ["  false events:"]
        lines += [f"    {k:<36}{v:>5}" for k, v in errors["false_events"].items()]
        lines += [f"  {'forbidden hits':<38}{errors['forbidden']:>5}"]
        if not self.details:
            return "\n".join([*lines, "", _WITHHELD_NOTE])
        lines += ["", "PER STORY (required found, output right, forbidden)"]
        lines += [
            f"  {row['id']:<12}{row['matched']:>3}/{row['required']:<4}"
            f"{row['correct']:>3}/{row['output']:<4}{row['forbidden_hits']:>3}"
            for row in map(_story_row, self.stories)
        ]
        lines += ["", "MISSES (required gold events not found)"]
        for st in self.stories:
            for m in st.misses:
                lines.append(f"  [{m.story}] {m.kind}: {m.gold.name} {_wanted(m.gold)}")
                lines.append(f"      {_start(m.gold.quote)}")
                lines += [f"      dyads: {describe(e)}" for e in m.nearby]
        lines += ["", "FALSE EVENTS (output matching no gold event)"]
        for st in self.stories:
            for f in st.false_events:
                lines.append(f"  [{f.story}] {f.kind}: {describe(f.event)}")
                lines.append(f"      {_start(f.event.text)}")
        lines += ["", "FORBIDDEN HITS"]
        for st in self.stories:
            for t in st.traps:
                lines.append(
                    f"  [{t.story}] {t.trap.name} {_wanted(t.trap)} <= {describe(t.event)}"
                )
                lines.append(f"      {_start(t.event.text)}")
        return "\n".join(lines)


_WITHHELD_NOTE = (
    "check split: only aggregate figures are shown (no misses, false events or per-story rows), "
    "so that it keeps measuring generalisation"
)


def describe(event: Event) -> str:
    """An output event in one line: 'cameo (root) SOURCE -> TARGET'."""
    target = (event.target.code or event.target.country) if event.target else None
    return f"{event.cameo} ({event.root}) {event.source.code or event.source.country} -> {target}"


def _wanted(gold: GoldEvent) -> str:
    """A gold event's roots and actors: '(11 JPN -> PRK)'; 'any' for no target given."""
    targets = "/".join(sorted(gold.targets)) or "any"
    return f"({'/'.join(gold.roots)} {'/'.join(sorted(gold.sources))} -> {targets})"


def load_story_gold(path: str | Path) -> list[GoldStory]:
    """Gold stories from a JSONL file in the story format (fields id, events, forbidden).

    Raises MalformedRecordError naming the line of a record that is not a gold story, or that
    repeats a story id.
    """
    stories: list[GoldStory] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
                story = GoldStory(
                    id=str(raw["id"]),
                    events=tuple(_gold_event(e) for e in raw["events"]),
                    forbidden=tuple(_gold_event(e) for e in raw.get("forbidden", [])),
                )
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
                raise MalformedRecordError(
                    where,
                    f"not a gold story ({type(e).__name__}: {e}); it needs id and events, each "
                    "event quote, roots, source and target",
                ) from e
            if story.id in seen:
                raise MalformedRecordError(where, f"story {story.id} is already in the file")
            seen.add(story.id)
            stories.append(story)
    return stories


def _gold_event(raw: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        name=str(raw.get("name", "")),
        quote=raw["quote"],
        roots=tuple(str(r) for r in raw["roots"]),
        sources=frozenset(raw["source"]),
        targets=frozenset(raw["target"]),
        reciprocal=bool(raw.get("reciprocal")),
        optional=bool(raw.get("optional")),
    )


def load_split(gold_path: str | Path, split: str) -> frozenset[str]:
    """The story ids of `split` ("tune" or "check") from voa_events.split.json beside the gold
    file. Raises MalformedRecordError when the file is missing or has no such list."""
    path = Path(gold_path).parent / SPLIT_FILE
    try:
        ids = json.loads(path.read_text(encoding="utf-8"))[split]
    except FileNotFoundError as e:
        raise MalformedRecordError(
            str(path), f"no split file; --split {split} needs {SPLIT_FILE} beside the gold file"
        ) from e
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise MalformedRecordError(
            str(path), f"not a split file with a {split!r} list ({e})"
        ) from e
    return frozenset(str(i) for i in ids)


def read_stories(
    path: str | Path, ids: Iterable[str], max_bytes: int
) -> tuple[list[Article], list[Rejection]]:
    """The articles of the stories `ids` from a stories JSONL file (fields id, title, text,
    published), dated by `published` (its first ten characters, YYYY-MM-DD), in `ids` order;
    and the rejections among them.

    Raises InputError when the file is missing, MalformedRecordError when a story is not in it.
    """
    if not Path(path).is_file():
        raise InputError(str(path), "no such stories file; give the stories with --stories")
    wanted = list(ids)
    wanted_set = set(wanted)
    found: dict[str, Article | Rejection] = {}
    for item in read_inputs([str(path)], max_bytes):
        if item.id in wanted_set and item.id not in found:
            found[item.id] = item if isinstance(item, Rejection) else _dated(item)
    absent = [i for i in wanted if i not in found]
    if absent:
        raise MalformedRecordError(
            str(path),
            f"{len(absent)} gold story id(s) not in the stories file (first: {absent[0]}); "
            "give the stories of the gold file with --stories",
        )
    items = [found[i] for i in wanted]
    return (
        [a for a in items if isinstance(a, Article)],
        [r for r in items if isinstance(r, Rejection)],
    )


def _dated(article: Article) -> Article:
    published = str(article.metadata.get("published") or "")[:10]
    try:
        return replace(article, date=dt.date.fromisoformat(published))
    except ValueError:
        return article


class StoryRun:
    """The stories of a gold file, read and parsed once, so that they can be coded and scored
    with the coder's rules and again with some rules off (parsing is most of the time)."""

    def __init__(
        self,
        gold_path: str | Path,
        coder: Coder,
        stories_path: str | Path | None = None,
        split: str | None = None,
    ) -> None:
        """`stories_path` defaults to voa_stories.jsonl beside the gold file; `split` ("tune"
        or "check") keeps the stories of that split.

        Raises InputError (MalformedRecordError) for an unreadable gold, split or stories file.
        """
        gold = load_story_gold(gold_path)
        if split is not None:
            keep = load_split(gold_path, split)
            gold = [g for g in gold if g.id in keep]
        self.gold, self.split, self.coder = gold, split, coder
        self.articles, self.rejections = read_stories(
            stories_path or Path(gold_path).parent / STORIES_FILE,
            [g.id for g in gold],
            coder.settings.max_article_bytes,
        )
        self.docs = list(
            coder.parser.parse_many((a.text for a in self.articles), coder.settings.batch_size)
        )

    def score(self, rules_off: Sequence[str] = ()) -> tuple[StoryReport, list[CodedArticle]]:
        """Code the parsed stories with `rules_off` switched off too, and score them. Returns
        the report and the coded stories. Raises ConfigError for an unknown rule id."""
        coder = self.coder.with_rules_off(rules_off) if rules_off else self.coder
        coded = [coder.code_parsed(a, d) for a, d in zip(self.articles, self.docs, strict=True)]
        by_id = {c.article.id: c for c in coded}
        scores = [
            score_story(g, by_id[g.id].events if g.id in by_id else (), coded=g.id in by_id)
            for g in self.gold
        ]
        return StoryReport(scores, self.split, self.rejections), coded

    def ablate(self, rules_off: Sequence[str], full: StoryReport | None = None) -> Ablation:
        """The scores with and without `rules_off` (`full`: the run with them on, if made)."""
        full = full or self.score()[0]
        return Ablation(tuple(rules_off), full, self.score(rules_off)[0])


def evaluate_stories(
    gold_path: str | Path,
    coder: Coder,
    stories_path: str | Path | None = None,
    split: str | None = None,
) -> tuple[StoryReport, list[CodedArticle]]:
    """Code the stories of a gold file and score them (see StoryRun). Returns the report and
    the coded stories. Raises InputError for an unreadable gold, split or stories file."""
    return StoryRun(gold_path, coder, stories_path, split).score()


@dataclass(frozen=True, slots=True)
class RuleCredit:
    """What one rule (or trigger entry) took part in: output events, how many of them match a
    gold event and how many do not, and the forbidden traps they fell into."""

    rule: str
    events: int
    correct: int
    false: int
    forbidden: int

    @property
    def net(self) -> int:
        """Correct events less false events less trap hits: a trap hit costs twice, as a false
        event and as a forbidden act coded as done."""
        return self.correct - self.false - self.forbidden


def rule_credit(report: StoryReport) -> list[RuleCredit]:
    """Every rule that took part in an output event, most helpful first (by net, then id)."""
    correct: Counter[str] = Counter()
    false: Counter[str] = Counter()
    forbidden: Counter[str] = Counter()
    for s in report.stories:
        for event, ok in zip(s.events, s.correct, strict=True):
            (correct if ok else false).update(set(event.rules))
        for hit in s.traps:
            forbidden.update(set(hit.event.rules))
    credits = [
        RuleCredit(r, correct[r] + false[r], correct[r], false[r], forbidden[r])
        for r in correct | false
    ]
    return sorted(credits, key=lambda c: (-c.net, c.rule))


def rule_credit_table(credits: Sequence[RuleCredit]) -> str:
    width = max((len(c.rule) for c in credits), default=4)
    lines = [
        "BY RULE (output events each rule took part in; net = correct - false - forbidden)",
        f"  {'rule':<{width}} {'events':>6} {'right':>6} {'false':>6} {'forbid':>6} {'net':>5}",
    ]
    lines += [
        f"  {c.rule:<{width}} {c.events:>6} {c.correct:>6} {c.false:>6} {c.forbidden:>6} "
        f"{c.net:>+5}"
        for c in credits
    ]
    return "\n".join(lines)


def rule_credit_dict(credit: RuleCredit) -> dict[str, Any]:
    return {**_slots(credit), "net": credit.net}


# The figures an ablation compares.
_COMPARED = ("matched", "recall", "output", "correct", "precision", "f1", "forbidden_hits")


@dataclass(frozen=True, slots=True)
class Ablation:
    """The same stories scored with all rules on (`full`) and with `rules_off` switched off."""

    rules_off: tuple[str, ...]
    full: StoryReport
    ablated: StoryReport

    def changes(self) -> dict[str, dict[str, float]]:
        """Each compared figure: full, ablated and the change (ablated - full)."""
        full, ablated = self.full.summary(), self.ablated.summary()
        return {
            k: {"full": full[k], "ablated": ablated[k], "change": round(ablated[k] - full[k], 4)}
            for k in _COMPARED
        }

    def lost(self) -> list[tuple[str, GoldEvent]]:
        """Required gold events found with the rules on and not without them."""
        return self._differ(want_full=True)

    def gained(self) -> list[tuple[str, GoldEvent]]:
        """Required gold events found only with the rules off."""
        return self._differ(want_full=False)

    def _differ(self, want_full: bool) -> list[tuple[str, GoldEvent]]:
        out = []
        for full, ablated in zip(self.full.stories, self.ablated.stories, strict=True):
            for gold, a, b in zip(full.story.required, full.found, ablated.found, strict=True):
                if a != b and a == want_full:
                    out.append((full.story.id, gold))
        return out

    def to_dict(self) -> dict[str, Any]:
        report: dict[str, Any] = {"rules_off": list(self.rules_off), "changes": self.changes()}
        if self.full.details:
            report["lost"] = [{"story": s, "gold": _gold_dict(g)} for s, g in self.lost()]
            report["gained"] = [{"story": s, "gold": _gold_dict(g)} for s, g in self.gained()]
        return report

    def table(self) -> str:
        lines = [
            f"ABLATION (off: {', '.join(self.rules_off)})",
            f"  {'figure':<16}{'full':>9}{'ablated':>9}{'change':>9}",
        ]
        lines += [
            f"  {k:<16}{_figure(v['full'])}{_figure(v['ablated'])}{_figure(v['change'], True)}"
            for k, v in self.changes().items()
        ]
        if self.full.details:
            for title, events in (("lost", self.lost()), ("gained", self.gained())):
                lines.append(f"  required gold events {title}: {len(events)}")
                lines += [f"    [{story}] {gold.name}" for story, gold in events]
        return "\n".join(lines)


def _figure(value: float, signed: bool = False) -> str:
    if isinstance(value, int):
        return f"{value:>+9d}" if signed else f"{value:>9d}"
    return f"{value:>+9.3f}" if signed else f"{value:>9.3f}"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _start(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= SENTENCE_SHOWN else text[: SENTENCE_SHOWN - 1] + "\u2026"


def _slots(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def _story_row(s: StoryScore) -> dict[str, Any]:
    return {
        "id": s.story.id,
        "required": len(s.found),
        "matched": sum(s.found),
        "output": len(s.events),
        "correct": sum(s.correct),
        "forbidden_hits": len(s.traps),
    }


def _event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "cameo": e.cameo,
        "root": e.root,
        "source": e.source.code or e.source.country,
        "target": (e.target.code or e.target.country) if e.target else None,
        "rules": list(e.rules),
    }


def _miss_dict(m: Miss) -> dict[str, Any]:
    return {
        "story": m.story,
        "kind": m.kind,
        "gold": _gold_dict(m.gold),
        "sentence": _start(m.gold.quote),
        "nearby": [_event_dict(e) for e in m.nearby],
    }


def _gold_dict(g: GoldEvent) -> dict[str, Any]:
    return {
        "name": g.name,
        "roots": list(g.roots),
        "source": sorted(g.sources),
        "target": sorted(g.targets),
        "reciprocal": g.reciprocal,
    }


def _false_dict(f: FalseEvent) -> dict[str, Any]:
    return {
        "story": f.story,
        "kind": f.kind,
        "event": _event_dict(f.event),
        "sentence": _start(f.event.text),
    }


def _trap_dict(t: TrapHit) -> dict[str, Any]:
    return {
        "story": t.story,
        "trap": _gold_dict(t.trap),
        "event": _event_dict(t.event),
        "sentence": _start(t.event.text),
    }


def is_story_gold(path: str | Path) -> bool:
    """Whether a gold file is in the story format (its first record has an `events` list), as
    opposed to PLOVER gold records. Raises MalformedRecordError for a file that starts with
    something other than a JSON object, or has no record."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                first = json.loads(line)
            except json.JSONDecodeError as e:
                raise MalformedRecordError(f"{path}:{number}", f"not valid JSON ({e.msg})") from e
            if not isinstance(first, dict):
                raise MalformedRecordError(f"{path}:{number}", "a gold record must be an object")
            return isinstance(first.get("events"), list)
    raise MalformedRecordError(str(path), "the gold file has no records")
