"""What the `dyads` command does when things go wrong: one line on stderr and a distinct exit
code (0 ok, 1 some inputs rejected, 2 usage or configuration, 3 internal error, 130
interrupted). Run in-process with click's CliRunner."""

from __future__ import annotations

import io

import click
import pytest
from click.testing import CliRunner

from dyads.cli import EXIT_INTERNAL, EXIT_INTERRUPTED, _Group, cli
from dyads.store import Store
from sample_texts import ENGLISH


def _run(args, env=None, input=None):
    return CliRunner().invoke(cli, args, env=env, input=input)


def _one_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(
        result.exception, SystemExit
    ), result.stderr
    return lines[-1]


def test_out_equal_to_an_input_is_refused_and_the_input_kept(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    result = _run(["code", "--out", str(story), str(story)])
    assert result.exit_code == 2
    assert "is also an input" in result.stderr
    assert story.read_text(encoding="utf-8") == ENGLISH


def test_out_into_a_missing_directory_is_a_usage_error(tmp_path):
    result = _run(["code", "--out", str(tmp_path / "no" / "out.json"), "x.txt"])
    assert result.exit_code == 2
    assert "does not exist" in _one_line(result)


def test_a_full_disk_is_one_line(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    result = _run(["code", "--format", "json", "--out", "/dev/full", str(story)])
    assert result.exit_code == 2
    assert "No space left on device" in _one_line(result)


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"DYADS_SPACY_EXCLUDE": "parser"}, "removes parser, which dyads needs"),
        ({"DYADS_SPACY_EXCLUDE": "senter,ner"}, "removes ner"),
        ({"DYADS_MAX_ARTICLE_BYTES": "5000000"}, "over the ceiling of 1,000,000"),
        ({"DYADS_BATCH_CHARS": "0"}, "must be positive"),
    ],
)
def test_bad_settings_are_configuration_errors(env, reason):
    result = _run(["code", "x.txt"], env=env)
    assert result.exit_code == 2
    assert reason in _one_line(result)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("", "empty query"),
        ("COPY events TO 'x.csv'", "COPY statements are not allowed"),
        ("SELECT * FROM read_text('/etc/passwd')", "not files"),
    ],
)
def test_query_refusals_are_one_line(tmp_path, sql, reason):
    db = tmp_path / "c.duckdb"
    Store.open(db).close()
    result = _run(["query", sql, "--db", str(db)])
    assert result.exit_code == 2
    assert reason in _one_line(result)


def test_query_row_limit_is_said_on_stderr(tmp_path):
    db = tmp_path / "c.duckdb"
    Store.open(db).close()
    result = _run(["query", "SELECT * FROM range(50)", "--db", str(db), "--max-rows", "5",
                   "--format", "csv"])  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["range", "0", "1", "2", "3", "4"]
    assert "only the first 5 rows" in result.stderr


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.duckdb", "no such corpus file"),
        (lambda d: d / "text.duckdb", "not a DuckDB corpus file"),
    ],
)
def test_store_errors_say_the_real_reason(tmp_path, make, reason):
    (tmp_path / "text.duckdb").write_text("not a database\n", encoding="utf-8")
    result = _run(["pairs", "--db", str(make(tmp_path))])
    assert result.exit_code == 2
    line = _one_line(result)
    assert reason in line and "another dyads process" not in line


def test_ingest_into_a_missing_directory_says_so(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    result = _run(["ingest", str(story), "--db", str(tmp_path / "no" / "c.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in _one_line(result)


@pytest.mark.parametrize("scheduler", ["nonsense", "http://host:8786"])
def test_a_bad_scheduler_is_a_configuration_error(tmp_path, scheduler):
    story = tmp_path / "a.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    result = _run(["ingest", str(story), "--db", str(tmp_path / "c.duckdb"),
                   "--scheduler", scheduler])  # fmt: skip
    assert result.exit_code == 2
    assert "cannot use the Dask scheduler" in _one_line(result)


def test_an_unexpected_exception_is_an_internal_error_in_one_line():
    @click.group(cls=_Group)
    def group() -> None:
        pass

    @group.command()
    def broken() -> None:
        raise RuntimeError("something\nwent wrong")

    result = CliRunner().invoke(group, ["broken"])
    assert result.exit_code == EXIT_INTERNAL
    assert result.stderr.strip().splitlines() == [
        "dyads: internal error (RuntimeError: something); this is a bug, please report it "
        "(DYADS_DEBUG=1 shows the traceback)"
    ]


def test_export_into_a_missing_directory_is_one_line(tmp_path):
    db = tmp_path / "c.duckdb"
    Store.open(db).close()
    result = _run(["export", "--db", str(db), "--format", "jsonl", "--out",
                   str(tmp_path / "no" / "events.jsonl")])  # fmt: skip
    assert result.exit_code == 2
    assert "No such file or directory" in _one_line(result)


class _CtrlC(io.RawIOBase):
    """A stdin on which the user presses Ctrl-C."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not len(buffer):  # click probes the stream with an empty read
            return 0
        raise KeyboardInterrupt


def test_ctrl_c_exits_130():
    result = _run(["code", "-"], input=_CtrlC())
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted" in result.stderr
