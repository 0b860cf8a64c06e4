"""Score dyads against gold event records in the PLOVER gold-standard format.

The scoring rules are in docs/evaluation.md. In short: every gold record is one sentence with one
event; dyads codes the sentence, and the coded event that agrees best with the gold record (on
type, source and target, then confidence) is compared with it. "No event" is a wrong answer.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .coder import Coder
from .errors import MalformedRecordError
from .geo import CAMEO_FROM_ISO
from .ingest import read_inputs
from .records import Article, CodedArticle, Event, Rejection

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)  # fmt: skip
NO_EVENT = "none"
# The gold file's older PLOVER labels, as the current ontology names them.
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}  # fmt: skip
# Old CAMEO spellings in the gold file, and CAMEO's own codes, as ISO 3166 alpha-3.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM",
                **{cameo: iso for iso, cameo in CAMEO_FROM_ISO.items()}}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    type: str
    sources: frozenset[str]
    targets: frozenset[str]
    reciprocal: bool


@dataclass(frozen=True, slots=True)
class Guess:
    """What dyads said of one gold record: the aligned event's type and actors."""

    type: str
    source: str | None
    target: str | None
    events: int


@dataclass(frozen=True, slots=True)
class Scored:
    gold: GoldRecord
    guess: Guess
    type_ok: bool
    source_ok: bool
    target_ok: bool

    @property
    def full(self) -> bool:
        return self.type_ok and self.source_ok and self.target_ok


@dataclass(frozen=True, slots=True)
class TypeScore:
    type: str
    gold: int
    predicted: int
    precision: float
    recall: float
    f1: float


@dataclass(slots=True)
class Report:
    records: list[Scored]
    rejected: int = 0
    per_type: list[TypeScore] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.per_type = _per_type(self.records)

    @property
    def total(self) -> int:
        return len(self.records)

    def _rate(self, hits: Iterable[bool]) -> float:
        return round(sum(hits) / self.total, 4) if self.total else 0.0

    @property
    def detection(self) -> float:
        return self._rate(s.guess.type != NO_EVENT for s in self.records)

    @property
    def type_accuracy(self) -> float:
        return self._rate(s.type_ok for s in self.records)

    @property
    def macro_f1(self) -> float:
        scored = [t.f1 for t in self.per_type if t.gold or t.predicted]
        return round(sum(scored) / len(scored), 4) if scored else 0.0

    @property
    def source_accuracy(self) -> float:
        return self._rate(s.source_ok for s in self.records)

    @property
    def target_accuracy(self) -> float:
        return self._rate(s.target_ok for s in self.records)

    @property
    def full_match(self) -> float:
        return self._rate(s.full for s in self.records)

    @property
    def events_per_record(self) -> float:
        return round(sum(s.guess.events for s in self.records) / max(self.total, 1), 3)

    def confusion(self) -> dict[str, Counter[str]]:
        """Gold type -> counts of the types dyads gave ("none" for no event)."""
        matrix: dict[str, Counter[str]] = {t: Counter() for t in PLOVER_TYPES}
        for s in self.records:
            matrix.setdefault(s.gold.type, Counter())[s.guess.type] += 1
        return matrix

    def summary(self) -> dict[str, float]:
        return {
            "records": self.total,
            "detection": self.detection,
            "type_accuracy": self.type_accuracy,
            "macro_f1": self.macro_f1,
            "source_accuracy": self.source_accuracy,
            "target_accuracy": self.target_accuracy,
            "full_match": self.full_match,
            "events_per_record": self.events_per_record,
        }

    def table(self) -> str:
        """The report as text: summary, per-type scores, confusion matrix, misses."""
        lines = ["SUMMARY"]
        lines += [f"  {k:<18} {v}" for k, v in self.summary().items()]
        lines += [
            "",
            "PER TYPE",
            f"  {'type':<10} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6} {'f1':>6}",
        ]
        lines += [
            f"  {t.type:<10} {t.gold:>5} {t.predicted:>5} {t.precision:>6.2f} "
            f"{t.recall:>6.2f} {t.f1:>6.2f}"
            for t in self.per_type
        ]
        matrix = self.confusion()
        columns = [t for t in (*PLOVER_TYPES, NO_EVENT) if any(c[t] for c in matrix.values())]
        lines += [
            "",
            "CONFUSION (rows gold, columns dyads)",
            "  " + " " * 10 + "".join(f"{c[:5]:>6}" for c in columns),
        ]
        lines += [
            "  " + f"{g:<10}" + "".join(f"{matrix[g][c] or '.':>6}" for c in columns)
            for g in matrix
            if matrix[g]
        ]
        lines += ["", "MISSES"]
        for s in self.records:
            if not s.full:
                g = s.gold
                expected = (
                    f"{g.type} {'/'.join(sorted(g.sources)) or '-'} -> "
                    f"{'/'.join(sorted(g.targets)) or '-'}{' (reciprocal)' if g.reciprocal else ''}"
                )
                got = f"{s.guess.type} {s.guess.source or '-'} -> {s.guess.target or '-'}"
                lines += [f"  {g.id}: {g.text}", f"    expected {expected}", f"    got      {got}"]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "per_type": [_slots(t) for t in self.per_type],
            "confusion": {g: dict(c) for g, c in self.confusion().items() if c},
            "misses": [_miss(s) for s in self.records if not s.full],
        }


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records from a PLOVER gold-standard JSONL file.

    Raises MalformedRecordError naming the line of a record without text or event.
    """
    records = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                event = OLD_LABELS.get(raw["event"], raw["event"])
                records.append(
                    GoldRecord(
                        id=str(raw.get("id") or number),
                        text=raw["text"],
                        type=event,
                        sources=frozenset(_norm(a["code"]) for a in raw.get("source", [])),
                        targets=frozenset(_norm(a["code"]) for a in raw.get("target", [])),
                        reciprocal=bool(raw.get("reciprocal")),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise MalformedRecordError(
                    f"{path}:{number}", f"not a gold record ({e}); it needs text and event"
                ) from e
    return records


def evaluate(gold_path: str | Path, coder: Coder) -> Report:
    """Code every gold sentence and score the events against the gold records."""
    gold = {g.id: g for g in load_gold(gold_path)}
    articles: list[Article] = []
    rejected = 0
    for item in read_inputs([str(gold_path)], coder.settings.max_article_bytes):
        if isinstance(item, Article):
            articles.append(item)
        else:
            rejected += 1
    coded: dict[str, CodedArticle] = {}
    for item in coder.code_many(articles):
        if isinstance(item, Rejection):
            rejected += 1
        else:
            coded[item.article.id] = item
    scored = [score_record(g, coded.get(g.id)) for g in gold.values()]
    return Report(scored, rejected=rejected)


def score_record(gold: GoldRecord, coded: CodedArticle | None) -> Scored:
    """The best-agreeing event of `coded` against `gold`."""
    events = [e for e in coded.events if e.plover is not None] if coded else []
    best: tuple[tuple[int, float], Scored] | None = None
    for event in events:
        candidate = _compare(gold, event, len(events))
        rank = (candidate.type_ok + candidate.source_ok + candidate.target_ok, event.confidence)
        if best is None or rank > best[0]:
            best = (rank, candidate)
    if best is None:
        return Scored(gold, Guess(NO_EVENT, None, None, 0), False, False, False)
    return best[1]


def _compare(gold: GoldRecord, event: Event, count: int) -> Scored:
    source = _actor_key(event.source.country, event.source.code)
    target = _actor_key(event.target.country, event.target.code) if event.target else None
    guess = Guess(event.plover.type if event.plover else NO_EVENT, source, target, count)
    type_ok = guess.type == gold.type
    if gold.reciprocal:
        parties = gold.sources | gold.targets
        source_ok = source in parties
        target_ok = target in parties and target != source
    else:
        source_ok = source in gold.sources
        target_ok = target in gold.targets if gold.targets else target is None
    return Scored(gold, guess, type_ok, source_ok, target_ok)


def _actor_key(country: str | None, code: str | None) -> str | None:
    """The three-letter code gold records use: the country, else the code's first three letters
    (IGO, NGO)."""
    if country:
        return _norm(country)
    return code[:3] if code else None


def _norm(code: str) -> str:
    return CODE_ALIASES.get(code, code)


def _per_type(records: list[Scored]) -> list[TypeScore]:
    gold = Counter(s.gold.type for s in records)
    predicted = Counter(s.guess.type for s in records)
    right = Counter(s.gold.type for s in records if s.type_ok)
    out = []
    for t in PLOVER_TYPES:
        p = right[t] / predicted[t] if predicted[t] else 0.0
        r = right[t] / gold[t] if gold[t] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out.append(TypeScore(t, gold[t], predicted[t], round(p, 4), round(r, 4), round(f1, 4)))
    return out


def _slots(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def _miss(s: Scored) -> dict[str, Any]:
    g = s.gold
    return {
        "id": g.id,
        "sentence": g.text,
        "expected": {
            "type": g.type,
            "source": sorted(g.sources),
            "target": sorted(g.targets),
            "reciprocal": g.reciprocal,
        },
        "got": {"type": s.guess.type, "source": s.guess.source, "target": s.guess.target},
    }
