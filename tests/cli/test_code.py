"""The `dyads code` command, run as the installed console script (loads the real model)."""

from __future__ import annotations

import json
import re

import pytest

import dyads
from dyads.cli import cli
from sample_texts import ENGLISH, FRENCH

GOOD = "Allies agree to work together\n\nTOKYO - " + ENGLISH + "\n"
ACTOR_KINDS = {"state", "person", "organization", "group"}
ACTOR_KEYS = {"id", "text", "name", "kind", "country", "sectors", "code", "mentions"}
ARTICLE_KEYS = {"id", "title", "date", "place", "text", "actors", "rejections"}


def _lines(stream: str) -> list[str]:
    return [line for line in stream.splitlines() if line.strip()]


def _naming(stderr: str, name: str) -> list[str]:
    return [line for line in _lines(stderr) if name in line]


def _assert_article_shape(article: dict) -> None:
    assert ARTICLE_KEYS <= article.keys()
    text = article["text"]
    for actor in article["actors"]:
        assert ACTOR_KEYS <= actor.keys(), actor
        assert actor["kind"] in ACTOR_KINDS, actor
        assert isinstance(actor["sectors"], list)
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text), actor
            assert text[start:end].strip(), actor


def test_version(run_dyads):
    result = run_dyads("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"dyads, version {dyads.__version__}"


COMMANDS = pytest.mark.parametrize(
    "command", ["", *sorted(cli.commands)], ids=lambda c: c or "dyads"
)


@COMMANDS
def test_help_ends_with_an_example(command):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, [*([command] if command else []), "--help"])

    assert result.exit_code == 0, result.output
    last = _lines(result.output)[-1].strip()
    assert last.startswith(f"dyads {command}".rstrip() + " "), last


def test_json_output(run_dyads, example_path):
    result = run_dyads("code", "--format", "json", str(example_path))

    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)  # one object, nothing after it
    assert set(output) == {"articles", "rejections"}
    assert output["rejections"] == []
    [article] = output["articles"]
    _assert_article_shape(article)
    assert article["id"] == "jiji-2017-08-19-us-japan-two-plus-two"
    assert article["title"] == "Japan, US facing need to coordinate N. Korea strategies"
    assert (article["date"], article["place"]) == ("2017-08-19", "Washington")
    assert {"USA", "JPN", "PRK"} <= {actor["code"] for actor in article["actors"]}


def test_jsonl_to_out_file_with_date_override(run_dyads, example_path, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")

    result = run_dyads(
        "code",
        "--format",
        "jsonl",
        "--date",
        "2020-01-02",
        "--out",
        "coded.jsonl",
        str(example_path),
        "good.txt",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    lines = (tmp_path / "coded.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert [a["id"] for a in articles] == ["jiji-2017-08-19-us-japan-two-plus-two", "good"]
    assert [a["date"] for a in articles] == ["2020-01-02", "2020-01-02"]
    for article in articles:
        _assert_article_shape(article)


def test_table_from_stdin(run_dyads):
    result = run_dyads("code", "-", stdin=GOOD)

    assert result.returncode == 0, result.stderr
    assert "ACTORS" in result.stdout
    assert "<stdin>" in result.stdout
    assert "Allies agree to work together" in result.stdout
    assert "JPN" in result.stdout


def test_bad_date_option_is_a_usage_error(run_dyads):
    result = run_dyads("code", "--date", "2020-13-45", "good.txt")

    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


USER_ACTORS = """\
- id: person.test
  kind: person
  name: Zorblat Quenn
  country: FRA
  sectors: [GOV]
  patterns: [Zorblat Quenn]
- id: ngo.quenn-institute
  kind: organization
  name: Quenn Institute
  country: FRA
  sectors: [NGO]
  patterns: [Quenn Institute]
"""
USER_ACTORS_TEXT = (
    "Institute criticises Tokyo\n\n"
    "PARIS - The Quenn Institute criticised the Japanese government on Thursday, and Zorblat "
    "Quenn said that the two countries would need to work together on trade and security.\n"
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param(
            "Zorblat Quenn",
            {
                "name": "Zorblat Quenn",
                "kind": "person",
                "country": "FRA",
                "sectors": ["GOV"],
                "code": "FRAGOV",
            },
            id="person",
        ),
        pytest.param(
            "Quenn Institute",
            {
                "name": "Quenn Institute",
                "kind": "organization",
                "country": "FRA",
                "sectors": ["NGO"],
                "code": "FRANGO",
            },
            id="organization",
        ),
    ],
)
def test_user_actors_file(run_dyads, tmp_path, written, expected):
    (tmp_path / "actors.yaml").write_text(USER_ACTORS, encoding="utf-8")
    (tmp_path / "story.txt").write_text(USER_ACTORS_TEXT, encoding="utf-8")

    result = run_dyads("code", "--format", "json", "--actors", "actors.yaml", "story.txt")

    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    _assert_article_shape(article)
    [actor] = [
        a
        for a in article["actors"]
        if any(article["text"][s:e] == written for s, e in a["mentions"])
    ]
    assert {key: actor[key] for key in expected} == expected


def test_invalid_actors_file(run_dyads, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad-actors.yaml").write_text(
        "- {id: person.ok, kind: person, name: Ok Person, patterns: [Ok Person]}\n"
        "- {id: person.bad, kind: wizard, name: Bad Entry, patterns: [Bad Entry]}\n",
        encoding="utf-8",
    )

    result = run_dyads("code", "--actors", "bad-actors.yaml", "good.txt")

    assert result.returncode == 2
    assert result.stdout == ""
    [line] = _lines(result.stderr)
    assert "bad-actors.yaml:2" in line
    assert "wizard" in line


@pytest.mark.parametrize(
    ("name", "data", "reason", "env"),
    [
        ("missing.txt", None, "no such file", {}),
        ("bad.txt", b"\xff\xfe\xfa bad", "undecodable bytes", {}),
        ("empty.txt", b"", "empty", {}),
        ("french.txt", FRENCH.encode(), "not English", {}),
        (
            "big.txt",
            (ENGLISH * 2).encode(),
            "over the limit of 200",
            {"DYADS_MAX_ARTICLE_BYTES": "200"},
        ),
    ],
    ids=["missing", "undecodable", "empty", "french", "too-large"],
)
def test_bad_input_is_one_stderr_line(run_dyads, tmp_path, name, data, reason, env):
    if data is not None:
        (tmp_path / name).write_bytes(data)

    result = run_dyads("code", name, env=env)

    assert result.returncode == 1
    assert result.stdout == ""
    # One line names the input with the reason; a final count of rejections may follow.
    [line] = _naming(result.stderr, name)
    assert reason in line
    assert "Traceback" not in result.stderr
    assert all(line.startswith("dyads: ") for line in _lines(result.stderr))


def test_batch_codes_good_input_and_reports_bad_ones(run_dyads, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa bad")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "french.txt").write_text(FRENCH, encoding="utf-8")
    bad = {
        "bad.txt": "0xff",
        "missing.txt": "no such file",
        "empty.txt": "empty",
        "french.txt": "not English",
    }

    result = run_dyads("code", "--format", "json", "good.txt", *bad)

    assert result.returncode == 1
    output = json.loads(result.stdout)
    assert [a["id"] for a in output["articles"]] == ["good"]
    assert {r["input"] for r in output["rejections"]} == set(bad)
    for name, reason in bad.items():
        [line] = _naming(result.stderr, name)
        assert reason in line


EVENT_KEYS = {
    "id",
    "cameo",
    "cameo_name",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "sentence",
    "text",
    "source",
    "target",
    "speaker",
    "trigger",
    "rules",
    "confidence",
    "modality",
    "withheld_by",
    "date",
    "date_end",
    "date_source",
    "location",
    "location_source",
}
ROLE_KEYS = {"actor", "text", "code", "country", "sectors", "start", "end"}


def test_json_events_and_all_modalities(run_dyads, example_path):
    default = json.loads(run_dyads("code", "--format", "json", str(example_path)).stdout)
    full = json.loads(
        run_dyads("code", "--format", "json", "--all-modalities", str(example_path)).stdout
    )
    (article,) = default["articles"]
    text = article["text"]
    actor_ids = {a["id"] for a in article["actors"]}
    assert article["events"], "the founding example has events"
    for event in article["events"]:
        assert set(event) == EVENT_KEYS
        assert event["modality"] == "asserted"
        assert set(event["source"]) == ROLE_KEYS and event["source"]["actor"] in actor_ids
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]
    modalities = {e["modality"] for e in full["articles"][0]["events"]}
    assert {"asserted", "negated", "hypothetical"} <= modalities


def test_table_lists_events(run_dyads, example_path):
    result = run_dyads("code", str(example_path))
    assert result.returncode == 0, result.stderr
    events = result.stdout.split("EVENTS", 1)[1]
    assert "111 Criticize or denounce" in events
    assert "USAMIL (US Defense Secretary" in events


def test_table_traces_every_id_a_stance_cites(run_dyads, example_path):
    # Stances read negated and hypothetical events too: each id they cite is a row of EVENTS
    # or QUOTES, or is named in the note under STANCES.
    out = run_dyads("code", str(example_path)).stdout
    events, rest = out.split("EVENTS", 1)[1].split("QUOTES", 1)
    quotes, stances = rest.split("STANCES", 1)
    shown = set(re.findall(r"^  ([eq]\d+) ", events + quotes, re.MULTILINE))
    rows = [line for line in stances.splitlines() if line.startswith("  ") and "(" not in line]
    cited = {i for line in rows for i in re.findall(r"\b[eq]\d+\b", line)}
    notes = [line for line in stances.splitlines() if "not in EVENTS" in line]
    noted = {i for line in notes for i in re.findall(r"\be\d+\b", line)}
    assert cited, "the founding example has stances"
    assert cited <= shown | noted
    assert not noted & shown


def test_jobs_give_the_output_of_one_process(run_dyads, tmp_path):
    stories = [
        "Japan condemned North Korea's missile launch on Monday.",
        "The United States and Japan agreed to expand military cooperation.",
        "",
        "China criticised the drills and called for restraint.",
    ]
    names = []
    for n, text in enumerate(stories):
        (tmp_path / f"s{n}.txt").write_text(text)
        names.append(f"s{n}.txt")
    one = run_dyads("code", "--format", "json", "--jobs", "1", *names)
    two = run_dyads("code", "--format", "json", "--jobs", "2", *names)

    assert one.returncode == two.returncode == 1  # the empty story is a counted rejection
    assert two.stdout == one.stdout
    assert len(json.loads(two.stdout)["articles"]) == 3
    assert "1 of 4 input(s) rejected; 3 coded" in two.stderr


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_coding_commands_take_jobs(command):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, [command, "--help"])

    assert "--jobs" in result.output
