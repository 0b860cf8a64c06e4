"""The corpus commands: ingest, query, pairs, timeline, export and compare --db."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sample_texts import corpus


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, example_path):
    """A corpus file from a JSONL corpus (with one bad line) and the founding example."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path_factory.mktemp("cli-store")
    stories = folder / "stories.jsonl"
    stories.write_text(
        "\n".join([*(json.dumps(r) for r in corpus(6)), "{not json"]) + "\n", encoding="utf-8"
    )
    db = folder / "c.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DYADS_")}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dyads"), "ingest", str(stories), str(example_path),
         "--db", str(db)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    return db, result


def test_ingest_reports_and_exits_1_on_rejections(corpus_db):
    _, result = corpus_db
    assert result.returncode == 1
    assert "stories.jsonl:7" in result.stderr
    assert "7 article(s) stored, 0 already there, 1 rejected" in result.stderr


def test_query_formats(run_dyads, corpus_db):
    db, _ = corpus_db
    sql = "SELECT count(*) AS n FROM articles"
    assert json.loads(run_dyads("query", sql, "--db", str(db), "--format", "json").stdout) == [
        {"n": 7}
    ]
    rows = list(csv.reader(io.StringIO(run_dyads("query", sql, "--db", str(db), "--format",
                                                 "csv").stdout)))  # fmt: skip
    assert rows == [["n"], ["7"]]
    assert "n" in run_dyads("query", sql, "--db", str(db)).stdout


def test_query_is_read_only(run_dyads, corpus_db):
    db, _ = corpus_db
    result = run_dyads("query", "DELETE FROM events", "--db", str(db))
    assert result.returncode == 2 and "read-only" in result.stderr


def test_missing_corpus_file(run_dyads):
    result = run_dyads("pairs", "--db", "nowhere.duckdb")
    assert result.returncode == 2 and "no such corpus file" in result.stderr


def test_pairs_and_timeline(run_dyads, corpus_db):
    db, _ = corpus_db
    pairs = json.loads(run_dyads("pairs", "--db", str(db), "--top", "5", "--format",
                                 "json").stdout)  # fmt: skip
    assert len(pairs) == 5
    assert {"source", "target", "events", "quad1", "quad4", "mean_goldstein"} <= set(pairs[0])
    days = json.loads(run_dyads("timeline", "USA", "PRK", "--db", str(db), "--format",
                                "json").stdout)  # fmt: skip
    assert days and {d["direction"] for d in days} <= {"USA>PRK", "PRK>USA"}
    clusters = json.loads(run_dyads("pairs", "--db", str(db), "--count", "clusters",
                                    "--format", "json").stdout)  # fmt: skip
    assert "clusters" in clusters[0]


def test_compare_reads_the_store(run_dyads, corpus_db):
    db, _ = corpus_db
    result = run_dyads("compare", "USA", "JPN", "--toward", "PRK", "--db", str(db),
                       "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["largest_divergence"] == "military"
    both = run_dyads("compare", "USA", "JPN", "--toward", "PRK", "x.txt", "--db", str(db))
    assert both.returncode == 2 and "either PATHS" in both.stderr


def test_export_gdelt_to_a_file(run_dyads, corpus_db, tmp_path):
    db, _ = corpus_db
    out = tmp_path / "events.tsv"
    result = run_dyads("export", "--db", str(db), "--format", "gdelt", "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    assert f"{len(lines)} record(s) written" in result.stderr
