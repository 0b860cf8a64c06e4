"""`dyads dict check` and PETRARCH dictionaries given to `dyads code`, run in-process."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyads.cli import cli

ACTORS = """\
# A PETRARCH actor dictionary
MARCUS_AURELIUS_
+EMPEROR_AURELIUS
\t[ITAGOV 1610307-1800317]
\t[ITAGOV 01610307-01800317]
ZORBLAT_QUENN_
\t[FRAELI <20170514]
\t[FRAGOV >20170514]
"""


def test_dict_check_reports_counts_time_and_errors(tmp_path):
    path = tmp_path / "my.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", str(path)])
    assert result.exit_code == 1
    first, problem = result.output.splitlines()
    assert first.startswith(f"{path}: PETRARCH actors: 2 records, 1 entries")
    assert first.endswith(" s") and "1 skipped in" in first
    assert problem.strip().startswith(f"{path}:4: code [ITAGOV 1610307-1800317]")


def test_dict_check_of_a_good_file_exits_0(tmp_path):
    path = tmp_path / "my.discards.txt"
    path.write_text("+WORLD_CUP\nYEARS_LATER\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dict", "check", str(path)])
    assert result.exit_code == 0
    assert "PETRARCH discards: 2 discards (1 drop the story); 0 skipped" in result.output


def test_dict_check_of_a_missing_file(tmp_path):
    result = CliRunner().invoke(cli, ["dict", "check", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    assert "cannot read dictionary" in result.output


@pytest.mark.parametrize(
    ("date", "code"),
    [("2016-06-01", "FRAELI"), ("2018-06-01", "FRAGOV")],
)
def test_code_reads_petrarch_actors_by_the_story_date(tmp_path, date, code):
    actors = tmp_path / "my.actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Zorblat Quenn criticized Germany on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["code", "--format", "json", "--date", date, "--actors", str(actors), str(story)],
    )
    assert result.exit_code == 0, result.output
    assert "1 record(s) skipped; `dyads dict check" in result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert [e["source"]["code"] for e in article["events"]] == [code]


def test_code_drops_a_story_with_a_story_discard(tmp_path):
    discards = tmp_path / "my.discards.txt"
    discards.write_text("+WORLD_CUP\nAFTER THE MATCH\n", encoding="utf-8")
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "cup", "text": "France criticized Germany after the World Cup final."})
        + "\n"
        + json.dumps(
            {
                "id": "match",
                "text": "France criticized Germany after the match. Spain condemned Italy.",
            }
        )  # fmt: skip
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["code", "--format", "json", "--actors", str(discards), str(stories)]
    )
    assert result.exit_code == 0, result.output
    cup, match = json.loads(result.stdout)["articles"]
    assert (cup["events"], cup["actors"]) == ([], [])
    # A sentence discard: the first sentence yields nothing, the second is coded.
    assert [(e["source"]["code"], e["target"]["code"]) for e in match["events"]] == [("ESP", "ITA")]


def test_ingest_reads_petrarch_actors(tmp_path):
    import duckdb

    actors = tmp_path / "my.actors.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps(
            {"id": "q", "date": "2018-06-01", "text": "Zorblat Quenn criticized Germany on Monday."}
        )
        + "\n",  # fmt: skip
        encoding="utf-8",
    )
    db = tmp_path / "corpus.duckdb"
    result = CliRunner().invoke(
        cli, ["ingest", str(stories), "--db", str(db), "--actors", str(actors)]
    )
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as store:
        codes = store.execute("SELECT source_code FROM events").fetchall()
    assert codes == [("FRAGOV",)]
