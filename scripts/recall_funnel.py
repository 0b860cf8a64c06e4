"""Where the required gold events of a story split are lost, in aggregate only.

Codes the stories of one split of ../shared/data/voa_events.dev.jsonl twice: as `dyads eval`
does, and with every filter off and every modality kept (the candidates). Each required gold
event then falls at the first stage it fails:

- no candidate on its sentence: with a trigger the lexicon matches there but no source found
  for it, or with no trigger at all;
- a candidate on the sentence, none of the gold's roots;
- the right root, a wrong source;
- the right root and source, a wrong target;
- right, but not asserted (negated or hypothetical);
- right and asserted, but left out by a filter;
- found.

Only counts are printed, per stage and per gold root, so that the `check` split can be read
too: it tells whether a split's misses lie in the lexicon, the roles or the filters without
showing a single miss. Run: `python scripts/recall_funnel.py --split check`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyads.coder import Coder
from dyads.events.roles import ActorIndex
from dyads.records import CodedArticle, ParsedDoc
from dyads.story_evaluation import GoldEvent, StoryRun, actor_codes, matches, same_sentence

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "voa_events.dev.jsonl"
STAGES = (
    "no candidate: trigger, no source",
    "no candidate: no trigger",
    "candidate, wrong root",
    "right root, wrong source",
    "right root and source, wrong target",
    "right, not asserted",
    "right, filtered out",
    "found",
)


def stage(
    gold: GoldEvent, coded: CodedArticle, candidates: CodedArticle, doc: ParsedDoc, coder: Coder
) -> str:
    if any(matches(e, gold) and e.modality == "asserted" for e in coded.events):
        return STAGES[7]
    on_sentence = [e for e in candidates.events if same_sentence(e.text, gold.quote)]
    if not on_sentence:
        return STAGES[0] if _has_trigger(gold, candidates, doc, coder) else STAGES[1]
    rooted = [e for e in on_sentence if e.root in gold.roots]
    sourced = [e for e in rooted if actor_codes(e.source) & gold.sources]
    targeted = [e for e in sourced if not gold.targets or actor_codes(e.target) & gold.targets]
    if not rooted:
        return STAGES[2]
    if not sourced:
        return STAGES[3]
    if not targeted:
        return STAGES[4]
    if not any(e.modality == "asserted" for e in targeted):
        return STAGES[5]
    return STAGES[6]


def _has_trigger(gold: GoldEvent, coded: CodedArticle, doc: ParsedDoc, coder: Coder) -> bool:
    index = ActorIndex(coded.actors)
    for span in doc.sentences:
        if same_sentence(doc.span_text(span.start, span.end), gold.quote):
            return any(
                coder.events.is_trigger(doc, t, index)
                for t in doc.tokens[span.start : span.end]
                if t.i not in index.at
            )
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(GOLD), help="story gold (voa_events.dev.jsonl)")
    parser.add_argument("--split", choices=("tune", "check"), default="tune")
    args = parser.parse_args()
    coder = Coder()
    loose = Coder(all_modalities=True).with_rules_off(["filters"])
    run = StoryRun(args.gold, coder, split=args.split)
    gold = {g.id: g for g in run.gold}
    counts: Counter[str] = Counter()
    by_root: dict[str, Counter[str]] = defaultdict(Counter)
    for article, doc in zip(run.articles, run.docs, strict=True):
        coded = coder.code_parsed(article, doc)
        candidates = loose.code_parsed(article, doc)
        for event in gold[article.id].required:
            where = stage(event, coded, candidates, doc, loose)
            counts[where] += 1
            by_root[event.roots[0]][where] += 1
    total = sum(counts.values())
    print(f"{args.split}: {total} required gold events")
    for name in STAGES:
        print(f"  {name:<38} {counts[name]:>4}")
    print("by gold root (stages in the order above):")
    for root in sorted(by_root):
        print(f"  {root}  " + " ".join(f"{by_root[root][name]:>3}" for name in STAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
