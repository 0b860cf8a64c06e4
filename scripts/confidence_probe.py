"""Would a learned confidence pay? (issue 13, deliver item 3.)

Codes the `tune` stories of ../shared/data/voa_events.dev.jsonl, labels every output event right
(it matches a gold event, required or optional) or false, and fits a logistic regression on
features of each event: its CAMEO root and depth, the trigger entry's code, the rules that made
it, the trigger's part of speech and dependency, the actor sectors, whether it has a target and a
speaker, token distances, whether it lies in a quotation, whether its date comes from its own
words, how many events share its sentence, and whether it is in the story's opening sentences.
It reports:

- the out-of-fold ROC AUC on `tune` (5 folds, grouped by story), against the AUC of the
  confidence dyads writes now;
- recall, precision and forbidden hits on `tune` when events under a threshold are dropped
  (out-of-fold scores);
- the same on `check` for a model fitted on all of `tune`: aggregate figures only, as for
  every read of `check`.

A calibrated confidence would ship as weights in a data file only if it separated right from
false events on `check` as well as on `tune`. Needs scikit-learn, which dyads itself does not:
`pip install -e ".[probe]"`, then `python scripts/confidence_probe.py`.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from dyads.coder import Coder
from dyads.records import CodedArticle, Event, ParsedDoc
from dyads.story_evaluation import StoryRun, matches, score_story

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "voa_events.dev.jsonl"
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6)
# A feature seen on fewer tune events than this is left out: its weight would be noise.
MIN_SUPPORT = 5


def features(event: Event, doc: ParsedDoc, coded: CodedArticle) -> dict[str, float]:
    starts = [t.idx for t in doc.tokens]

    def token_at(char: int) -> int:
        return bisect.bisect_right(starts, char) - 1

    trigger = doc.tokens[token_at(event.trigger.start)]
    found: dict[str, float] = {
        f"root={event.root}": 1,
        f"depth={len(event.cameo)}": 1,
        f"pos={trigger.pos}": 1,
        f"dep={trigger.dep}": 1,
        "has_target": float(event.target is not None),
        "has_speaker": float(event.speaker is not None),
        "date_from_text": float(event.date_source == "text"),
        "opening_sentences": float(event.sentence < 3),
        "in_quotation": float(
            any(q.kind == "direct" and q.start <= event.trigger.start < q.end for q in coded.quotes)
        ),
        "events_on_sentence": min(sum(e.sentence == event.sentence for e in coded.events), 8) / 8,
    }
    for rule in event.rules:
        # A trigger entry by its code ("trigger.111.criticize" -> 111): entries are too many.
        found[
            "trigger=" + rule.split(".")[1] if rule.startswith("trigger.") else "rule=" + rule
        ] = 1
    for side, actor in (("source", event.source), ("target", event.target)):
        if actor is None:
            continue
        found[f"{side}_sector={actor.sectors[0] if actor.sectors else 'none'}"] = 1
        found[f"{side}_igo"] = float((actor.code or "").startswith("IGO"))
        found[f"{side}_distance"] = min(abs(token_at(actor.start) - trigger.i), 30) / 30
    if event.target is not None and event.source.country == event.target.country:
        found["same_country"] = 1
    return found


def labelled(run: StoryRun, coder: Coder) -> list[tuple[str, dict[str, float], int, Event]]:
    gold = {g.id: g for g in run.gold}
    rows = []
    for article, doc in zip(run.articles, run.docs, strict=True):
        coded = coder.code_parsed(article, doc)
        for event in coded.events:
            right = any(matches(event, g) for g in gold[article.id].events)
            rows.append((article.id, features(event, doc, coded), int(right), event))
    return rows


def scores_at(run: StoryRun, rows: list, probabilities: np.ndarray, threshold: float) -> str:
    kept = defaultdict(list)
    for (story, _, _, event), p in zip(rows, probabilities, strict=True):
        if p >= threshold:
            kept[story].append(event)
    required = found = output = right = forbidden = 0
    for gold in run.gold:
        score = score_story(gold, kept.get(gold.id, []))
        required += len(gold.required)
        found += sum(score.found)
        output += len(score.events)
        right += sum(score.correct)
        forbidden += len(score.traps)
    return (
        f"  >= {threshold:.1f}: recall {found}/{required} = {found / required:.3f}, precision "
        f"{right}/{output} = {right / max(output, 1):.3f}, forbidden {forbidden}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(GOLD), help="story gold (voa_events.dev.jsonl)")
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    args = parser.parse_args()
    coder = Coder()
    tune = StoryRun(args.gold, coder, split="tune")
    rows = labelled(tune, coder)
    support: dict[str, int] = defaultdict(int)
    for _, found, _, _ in rows:
        for name in found:
            support[name] += 1
    names = sorted(n for n, k in support.items() if k >= MIN_SUPPORT)

    def matrix(some: list) -> np.ndarray:
        return np.array([[f.get(n, 0.0) for n in names] for _, f, _, _ in some])

    x, y = matrix(rows), np.array([r[2] for r in rows])
    stories = [r[0] for r in rows]
    out_of_fold = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, stories):
        model = LogisticRegression(C=args.c, max_iter=2000).fit(x[train], y[train])
        out_of_fold[test] = model.predict_proba(x[test])[:, 1]
    now = roc_auc_score(y, [r[3].confidence for r in rows])
    print(f"tune: {len(y)} events, {int(y.sum())} right, {len(names)} features")
    print(
        f"  out-of-fold AUC {roc_auc_score(y, out_of_fold):.3f} (dyads' confidence now: {now:.3f})"
    )
    for threshold in THRESHOLDS:
        print(scores_at(tune, rows, out_of_fold, threshold))
    model = LogisticRegression(C=args.c, max_iter=2000).fit(x, y)
    check = StoryRun(args.gold, coder, split="check")
    check_rows = labelled(check, coder)
    check_y = np.array([r[2] for r in check_rows])
    scored = model.predict_proba(matrix(check_rows))[:, 1]
    now = roc_auc_score(check_y, [r[3].confidence for r in check_rows])
    print(f"check (model fitted on all of tune): {len(check_y)} events")
    print(f"  AUC {roc_auc_score(check_y, scored):.3f} (dyads' confidence now: {now:.3f})")
    for threshold in THRESHOLDS:
        print(scores_at(check, check_rows, scored, threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
