"""`dyads eval`: the scoring rules, and the accuracy gate against pinned floors."""

from __future__ import annotations

import json
import tomllib

import pytest
from click.testing import CliRunner

from conftest import ROOT
from dyads.cli import cli
from dyads.evaluation import GoldRecord, evaluate, load_gold, score_record

ALL_FLOORS = tomllib.loads((ROOT / "accuracy-floors.toml").read_text())
FLOORS = ALL_FLOORS["plover_gsr_dev"]
STORY_FLOORS = [
    (split, metric, value)
    for split in ("tune", "check")
    for metric, value in ALL_FLOORS[f"voa_{split}"].items()
]


@pytest.fixture(scope="module")
def dev_report(coder, shared_data):
    return evaluate(shared_data / "plover_gsr.dev.jsonl", coder)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_accuracy_does_not_drop_below_its_floor(dev_report, metric):
    score = dev_report.summary()[metric]
    assert score >= FLOORS[metric], (
        f"{metric} fell to {score:.4f}, below its floor {FLOORS[metric]} in accuracy-floors.toml"
    )


@pytest.fixture(scope="module")
def story_summaries(coder, shared_data):
    from dyads.story_evaluation import StoryRun

    gold = shared_data / "voa_events.dev.jsonl"
    return {
        split: StoryRun(gold, coder, split=split).score()[0].summary()
        for split in ("tune", "check")
    }


@pytest.mark.parametrize("split, metric, floor", STORY_FLOORS)
def test_story_accuracy_does_not_drop_below_its_floor(story_summaries, split, metric, floor):
    summary = story_summaries[split]
    if metric.endswith("_max"):
        value = summary[metric.removesuffix("_max")]
        assert value <= floor, f"{split} {metric}: {value} above its ceiling {floor}"
    else:
        assert summary[metric] >= floor, f"{split} {metric}: {summary[metric]} below {floor}"


def test_report_has_every_part(dev_report):
    report = dev_report.to_dict()
    assert report["summary"]["records"] == 191
    assert [t["type"] for t in report["per_type"]][:3] == ["AGREE", "CONSULT", "SUPPORT"]
    assert len(report["per_type"]) == 16
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 191
    assert all({"sentence", "expected", "got"} <= set(m) for m in report["misses"])
    assert "SUMMARY" in dev_report.table() and "CONFUSION" in dev_report.table()


def _gold(tmp_path, **fields):
    record = {"id": "g1", "text": "Russia condemned Japan.", "date": "2000-01-01",
              "event": "DISAPPROVE", "source": [{"code": "RUS"}], "target": [{"code": "JAP"}],
              "reciprocal": False, **fields}  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_old_labels_and_codes_are_mapped(tmp_path):
    (gold,) = load_gold(_gold(tmp_path))
    assert (gold.type, gold.sources, gold.targets) == ("ACCUSE", {"RUS"}, {"JPN"})


@pytest.mark.parametrize(
    ("text", "type_ok", "source_ok", "target_ok"),
    [
        ("Russia condemned Japan.", True, True, True),
        ("Japan condemned Russia.", True, False, False),
        ("Russia attacked Japan.", False, True, True),
        ("The weather was fine.", False, False, False),
    ],
)
def test_scoring_of_one_record(code_text, text, type_ok, source_ok, target_ok):
    gold = GoldRecord("g", text, "ACCUSE", frozenset({"RUS"}), frozenset({"JPN"}), False)
    scored = score_record(gold, code_text(text))
    assert (scored.type_ok, scored.source_ok, scored.target_ok) == (type_ok, source_ok, target_ok)


def test_reciprocal_record_accepts_either_direction(code_text):
    gold = GoldRecord("g", "", "CONSULT", frozenset({"JPN", "KOR"}), frozenset(), True)
    scored = score_record(gold, code_text("South Korea and Japan held talks in Tokyo."))
    assert scored.full


def test_unreadable_gold_file_names_the_line(tmp_path):
    from dyads.errors import MalformedRecordError

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "event": "AGREE"}\n', encoding="utf-8")
    with pytest.raises(MalformedRecordError, match="gold.jsonl:1"):
        load_gold(path)


def test_eval_command_json(coder, tmp_path):  # the session coder warms the spaCy pipeline
    result = CliRunner().invoke(cli, ["eval", "--format", "json", str(_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"]["full_match"] == 1.0
