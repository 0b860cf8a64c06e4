"""`dyads eval` on whole stories: the matching rules, the report, the CLI, and agreement with the
team's reference scorer (../shared/hooks/score_stories.py). Every sentence here is written for
the test."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re

import pytest
from click.testing import CliRunner

from dyads.cli import cli
from dyads.errors import MalformedRecordError
from dyads.records import Event, EventActor, Trigger
from dyads.story_evaluation import (
    GoldEvent,
    GoldStory,
    StoryReport,
    hits_trap,
    is_story_gold,
    load_story_gold,
    matches,
    rule_credit,
    same_sentence,
    score_story,
)

SENTENCE = "Japan condemned North Korea's missile launch on Tuesday."


def _actor(code: str | None, country: str | None) -> EventActor:
    return EventActor("a", code or country or "", code, country, (), 0, 5)


def _event(
    source: tuple[str | None, str | None] = ("JPNGOV", "JPN"),
    target: tuple[str | None, str | None] | None = ("PRK", "PRK"),
    root: str = "11",
    text: str = SENTENCE,
    modality: str = "asserted",
    rules: tuple[str, ...] = ("trigger.test",),
) -> Event:
    return Event(
        id="e1", cameo=root + "1", cameo_name="", root=root, quad_class=3, goldstein=None,
        plover=None, sentence=0, text=text, source=_actor(*source),
        target=_actor(*target) if target else None, speaker=None,
        trigger=Trigger("condemned", 6, 15), rules=rules, confidence=1.0, modality=modality,
    )  # fmt: skip


def _gold(
    sources=("JPN",), targets=("PRK",), roots=("11",), quote=SENTENCE, **flags: bool
) -> GoldEvent:
    return GoldEvent("condemn", quote, tuple(roots), frozenset(sources), frozenset(targets),
                     **flags)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "same"),
    [
        (SENTENCE, SENTENCE, True),
        # quotation marks of any kind are dropped and whitespace collapsed
        ("\u201cWe will respond,\u201d  the   minister said on Monday.",
         '"We will respond," the minister said on Monday.', True),
        # the first 40 characters of the shorter occur in the longer, either way
        (SENTENCE, SENTENCE + " It was the third launch this month.", True),
        (SENTENCE + " It was the third launch this month.", SENTENCE, True),
        # dyads' sentence starting later than the quote (a dateline cut off) still overlaps
        (SENTENCE[6:], "TOKYO - " + SENTENCE, True),
        ("Japan condemned North Korea's nuclear test on Friday.", SENTENCE, False),
        ("", SENTENCE, False),
    ],
)  # fmt: skip
def test_sentences_match_on_their_first_40_normalised_characters(text, quote, same):
    assert same_sentence(text, quote) is same


@pytest.mark.parametrize(
    ("event", "gold", "matched"),
    [
        (_event(), _gold(), True),
        (_event(root="12"), _gold(), False),
        (_event(root="12"), _gold(roots=("11", "12")), True),  # two acceptable readings
        (_event(text="Japan welcomed the talks between the two Koreas on Friday."), _gold(), False),
        # the source by the first three letters of its code, with no country
        (_event(source=("JPNGOV", None)), _gold(), True),
        # ... or by its country, whatever its code
        (_event(source=("IGOUNO", "JPN")), _gold(), True),
        (_event(source=("IGOUNO", None)), _gold(sources=("IGO",)), True),
        (_event(source=("KORGOV", "KOR")), _gold(), False),
        (_event(target=("CHN", "CHN")), _gold(), False),
        (_event(target=None), _gold(), False),  # the gold names a target, dyads none
        (_event(target=None), _gold(targets=()), True),  # a gold without target takes any
        (_event(target=("CHN", "CHN")), _gold(targets=()), True),
    ],
)  # fmt: skip
def test_an_output_event_matches_a_gold_event(event, gold, matched):
    assert matches(event, gold) is matched


@pytest.mark.parametrize(
    ("source", "target", "matched"),
    [
        (("KOR", "KOR"), ("JPN", "JPN"), True),
        (("JPNGOV", "JPN"), ("KORGOV", "KOR"), True),  # the other direction
        (("JPNGOV", "JPN"), ("JPNMIL", "JPN"), False),  # one country is no relation
        (("JPNGOV", "JPN"), ("CHN", "CHN"), False),
    ],
)
def test_a_reciprocal_gold_event_matches_either_direction(source, target, matched):
    talks = "South Korea and Japan held talks in Seoul on Wednesday."
    gold = _gold(sources=("KOR", "JPN"), targets=("KOR", "JPN"), roots=("04",), quote=talks,
                 reciprocal=True)  # fmt: skip
    assert matches(_event(source, target, root="04", text=talks), gold) is matched


def test_a_non_reciprocal_gold_event_does_not_match_reversed():
    assert not matches(_event(("PRK", "PRK"), ("JPN", "JPN")), _gold())


@pytest.mark.parametrize(
    ("event", "trap", "hit"),
    [
        (_event(root="19"), _gold(roots=("19",)), True),
        (_event(root="19", target=("CHN", "CHN")), _gold(roots=("19",)), False),
        # no target does not let an event off a trap that names one
        (_event(root="19", target=None), _gold(roots=("19",)), True),
        (_event(root="19", source=("USA", "USA")), _gold(roots=("19",)), False),
        (_event(), _gold(roots=("19",)), False),
    ],
)  # fmt: skip
def test_forbidden_traps(event, trap, hit):
    assert hits_trap(event, trap) is hit
    # the rule of traps is stricter than matching only for events without a target
    assert matches(event, trap) is (hit and event.target is not None)


STORY_TEXT = (
    "Japan condemned North Korea's missile launch on Tuesday.",
    "South Korea and Japan held talks in Seoul on Wednesday.",
    "Officials said China might send envoys to the region.",
    "The weather in Tokyo was mild.",
)


def test_story_counts_misses_false_events_and_traps():
    condemn = _gold(quote=STORY_TEXT[0])
    talks = _gold(("KOR", "JPN"), ("KOR", "JPN"), ("04",), STORY_TEXT[1], reciprocal=True)
    statement = _gold(("JPN",), (), ("01",), STORY_TEXT[0], optional=True)
    envoy = _gold(("CHN",), (), ("04",), STORY_TEXT[2])
    trap = _gold(("CHN",), ("PRK",), ("04",), STORY_TEXT[2])
    story = GoldStory("s1", (condemn, talks, statement, envoy), (trap,))
    events = [
        _event(text=STORY_TEXT[0]),  # condemn: right
        _event(root="01", target=None, text=STORY_TEXT[0]),  # optional: right
        _event(("KOR", "KOR"), ("JPN", "JPN"), "04", STORY_TEXT[1]),  # talks: right
        _event(("JPN", "JPN"), ("KOR", "KOR"), "04", STORY_TEXT[1]),  # other direction: right
        _event(("CHN", "CHN"), None, "04", STORY_TEXT[2]),  # matches envoy, falls into the trap
        _event(("USA", "USA"), None, "04", STORY_TEXT[2]),  # right root, wrong actors
        _event(root="19", text=STORY_TEXT[1]),  # wrong root for the sentence
        _event(text=STORY_TEXT[3]),  # no gold event on the sentence
        _event(text=STORY_TEXT[3], modality="hypothetical"),  # not scored
    ]
    scored = score_story(story, events)
    assert scored.found == (True, True, True)
    assert scored.correct == (True, True, True, True, True, False, False, False)
    assert [t.trap for t in scored.traps] == [trap]
    assert [f.kind for f in scored.false_events] == [
        "right root, wrong actors", "wrong root for sentence", "sentence has no gold event",
    ]  # fmt: skip
    # one output per gold event, two for the reciprocal one
    assert scored.correct_one_to_one == 5


@pytest.mark.parametrize(
    ("events", "kind"),
    [
        ([], "no output on sentence"),
        ([_event(root="19")], "right sentence, wrong root"),
        ([_event(target=("CHN", "CHN"))], "right sentence+root, wrong actors"),
    ],
)
def test_miss_kinds(events, kind):
    (miss,) = score_story(GoldStory("s", (_gold(),)), events).misses
    assert miss.kind == kind


def _write_story_files(tmp_path, gold_stories, texts, split=None):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(s) + "\n" for s in gold_stories), encoding="utf-8")
    stories = [{"id": sid, "title": "A test story", "text": text,
                "published": "2024-05-02 10:00:00Z"} for sid, text in texts.items()]  # fmt: skip
    (tmp_path / "voa_stories.jsonl").write_text(
        "".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8"
    )
    if split:
        (tmp_path / "voa_events.split.json").write_text(json.dumps(split), encoding="utf-8")
    return gold


def _gold_record(quote, source, target, roots, **flags):
    return {"name": f"{source}->{target}", "quote": quote, "source": source, "target": target,
            "roots": roots, "reciprocal": False, "optional": False, **flags}  # fmt: skip


TINY_GOLD = [
    {"id": "s1", "title": "t", "date": "2024-05-02",
     "events": [_gold_record("Japan condemned North Korea on Tuesday.", ["JPN"], ["PRK"], ["11"]),
                # the gold has it the other way round, so that dyads' event is a false one
                _gold_record("Chile condemned Peru on Wednesday.", ["PER"], ["CHL"], ["11"])],
     "forbidden": [_gold_record("Chile condemned Peru on Wednesday.", ["CHL"], ["PER"], ["11"])]},
    {"id": "s2", "title": "t", "date": "2024-05-02",
     "events": [_gold_record("Japan condemned North Korea on Tuesday.", ["JPN"], ["PRK"], ["11"])],
     "forbidden": []},
]  # fmt: skip
TINY_TEXTS = {
    "s1": "Japan condemned North Korea on Tuesday.\n\nChile condemned Peru on Wednesday.",
    "s2": "Japan condemned North Korea on Tuesday.",
    "unscored": "Russia attacked Ukraine.",
}


@pytest.fixture
def tiny_gold(tmp_path, coder):  # the session coder warms the spaCy pipeline the CLI loads
    return _write_story_files(
        tmp_path, TINY_GOLD, TINY_TEXTS, split={"tune": ["s1"], "check": ["s2"]}
    )


def _eval(*args: str):
    result = CliRunner().invoke(cli, ["eval", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_eval_reads_story_gold_and_scores_it(tiny_gold, tmp_path):
    saved = tmp_path / "coded.json"
    report = json.loads(
        _eval(str(tiny_gold), "--format", "json", "--split", "tune", "--save-output", str(saved))
    )
    summary = report["summary"]
    assert (summary["stories"], summary["required"], summary["matched"]) == (1, 2, 1)
    assert (summary["output"], summary["correct"], summary["forbidden_hits"]) == (2, 1, 1)
    assert summary["forbidden_per_100"] == 50.0
    assert [m["kind"] for m in report["misses"]] == ["right sentence+root, wrong actors"]
    assert [f["kind"] for f in report["false_events"]] == ["right root, wrong actors"]
    assert {r["root"]: (r["gold"], r["matched"], r["output"], r["correct"])
            for r in report["per_root"]} == {"11": (2, 1, 2, 1)}  # fmt: skip
    (article,) = json.loads(saved.read_text())["articles"]
    assert (article["id"], article["date"]) == ("s1", "2024-05-02")


def test_rules_are_credited_with_the_events_they_took_part_in():
    story = GoldStory("s", (_gold(),), (_gold(roots=("19",)),))
    events = [
        _event(rules=("trigger.a", "roles.x")),  # right
        _event(root="19", rules=("trigger.b", "roles.x")),  # false, and falls into the trap
        _event(root="12", rules=("trigger.b",)),  # false
    ]
    report = StoryReport([score_story(story, events)])
    credits = {c.rule: (c.events, c.correct, c.false, c.forbidden, c.net)
               for c in rule_credit(report)}  # fmt: skip
    assert credits == {
        "trigger.a": (1, 1, 0, 0, 1), "roles.x": (2, 1, 1, 1, -1), "trigger.b": (2, 0, 2, 1, -3),
    }  # fmt: skip
    assert [c.rule for c in rule_credit(report)] == ["trigger.a", "roles.x", "trigger.b"]


def test_by_rule_and_ablation_of_the_rule_behind_a_found_event(tiny_gold):
    report = json.loads(_eval(str(tiny_gold), "--split", "tune", "--format", "json", "--by-rule"))
    (trigger,) = [c["rule"] for c in report["by_rule"]
                  if c["correct"] and c["rule"].startswith("trigger.")]  # fmt: skip
    ablated = json.loads(_eval(str(tiny_gold), "--split", "tune", "--format", "json",
                               "--ablate", trigger))["ablation"]  # fmt: skip
    assert ablated["rules_off"] == [trigger]
    assert ablated["changes"]["matched"] == {"full": 1, "ablated": 0, "change": -1}
    assert ablated["changes"]["correct"]["change"] == -1
    assert [g["story"] for g in ablated["lost"]] == ["s1"] and ablated["gained"] == []
    table = _eval(str(tiny_gold), "--split", "check", "--by-rule", "--ablate", trigger)
    assert "BY RULE" in table and "ABLATION" in table and "lost" not in table


def test_the_check_split_prints_only_aggregate_figures(tiny_gold):
    table = _eval(str(tiny_gold), "--split", "check")
    assert "recall     1/1 = 1.000" in table
    assert "MISSES" not in table and "FALSE EVENTS" not in table and "s2" not in table
    report = json.loads(_eval(str(tiny_gold), "--split", "check", "--format", "json"))
    assert not {"misses", "false_events", "forbidden_hits", "per_story"} & set(report)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--split", "check", "--save-output", "out.json"], "not allowed with --split check"),
        (["--stories", "missing.jsonl"], "does not exist"),
        (["--ablate", "roles.no-such-rule.v1"], "unknown rule id(s) roles.no-such-rule.v1"),
    ],
)
def test_eval_refuses_what_would_spoil_or_cannot_run(tiny_gold, args, message):
    result = CliRunner().invoke(cli, ["eval", str(tiny_gold), *args])
    assert result.exit_code == 2 and message in result.output


def test_plover_gold_refuses_story_options(tmp_path):
    gold = tmp_path / "plover.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": "Japan condemned North Korea.",
                                "event": "ACCUSE"}) + "\n", encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(cli, ["eval", str(gold), "--split", "tune"])
    assert result.exit_code == 2 and "PLOVER gold records" in result.output
    assert not is_story_gold(gold)


def test_a_gold_story_absent_from_the_stories_file_is_an_error(tmp_path, coder):
    gold = _write_story_files(tmp_path, TINY_GOLD, {"s1": TINY_TEXTS["s1"]})
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "not in the stories file (first: s2)" in result.output


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "s1", "events": [{"quote": "x"}]}'], "gold.jsonl:1: not a gold story"),
        (['{"id": "s1", "events": []}', '{"id": "s1", "events": []}'], "gold.jsonl:2: story s1"),
    ],
)
def test_unreadable_story_gold_names_the_line(tmp_path, lines, message):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert is_story_gold(path)
    with pytest.raises(MalformedRecordError, match=message):
        load_story_gold(path)


def test_the_voa_gold_file_is_read_as_stories(shared_data):
    gold = shared_data / "voa_events.dev.jsonl"
    assert is_story_gold(gold)
    stories = load_story_gold(gold)
    assert len(stories) == 65 and all(len(r) == 2 for s in stories for e in s.events
                                      for r in e.roots)  # fmt: skip


def _reference_figures(scorer_path, gold_path, coded_path) -> dict[str, int]:
    """The counts the reference scorer prints; its own output is swallowed (it lists stories)."""
    spec = importlib.util.spec_from_file_location("score_stories", scorer_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        module.score(str(gold_path), str(coded_path))
    text = printed.getvalue()
    number = {name: re.search(pattern, text) for name, pattern in {
        "recall": r"recall\s+(\d+)/(\d+)", "precision": r"precision\s+(\d+)/(\d+)",
        "one_to_one": r"one output per gold event: (\d+)/", "forbidden": r"forbidden hits (\d+)",
        "missing": r"missing from output: (\d+)"}.items()}  # fmt: skip
    return {
        "matched": int(number["recall"][1]), "required": int(number["recall"][2]),
        "correct": int(number["precision"][1]), "output": int(number["precision"][2]),
        "correct_one_to_one": int(number["one_to_one"][1]),
        "forbidden_hits": int(number["forbidden"][1]),
        "stories_missing": int(number["missing"][1]),
    }  # fmt: skip


# The reference scorer opens its files without closing them.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_figures_equal_the_reference_scorer_on_the_tune_stories(shared_data, coder, tmp_path):
    scorer = shared_data.parent / "hooks" / "score_stories.py"
    if not scorer.is_file():
        pytest.skip(f"the reference scorer is not at {scorer}")
    gold = shared_data / "voa_events.dev.jsonl"
    coded = tmp_path / "coded.json"
    report = json.loads(_eval(str(gold), "--split", "tune", "--format", "json",
                              "--save-output", str(coded)))  # fmt: skip
    tune = set(json.loads((shared_data / "voa_events.split.json").read_text())["tune"])
    # The reference scores every story of its gold file: give it the tune stories only.
    tune_gold = tmp_path / "tune.jsonl"
    tune_gold.write_text(
        "".join(line for line in gold.read_text(encoding="utf-8").splitlines(keepends=True)
                if line.strip() and json.loads(line)["id"] in tune),
        encoding="utf-8",
    )  # fmt: skip
    reference = _reference_figures(scorer, tune_gold, coded)
    ours = {k: report["summary"][k] for k in reference}
    assert ours == reference
    assert report["summary"]["stories"] == len(tune)
