"""The `dyads compare` command."""

from __future__ import annotations

import json

from sample_texts import ALLIES


def test_compare_command_json(run_dyads, example_path):
    result = run_dyads(
        "compare", "USA", "JPN", "--toward", "PRK", str(example_path), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["a"], data["b"], data["toward"]) == ("USA", "JPN", "PRK")
    assert data["largest_divergence"] == "military"
    assert 0 <= data["agreement"] <= 1
    military = next(d for d in data["dimensions"] if d["name"] == "military")
    assert set(military) >= {"name", "a", "b", "gap", "evidence_a", "evidence_b"}
    assert all({"sentence", "id"} <= set(e) for e in military["evidence_a"])


def test_compare_command_table_and_window(run_dyads, tmp_path):
    path = tmp_path / "allies.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ALLIES) + "\n", encoding="utf-8")
    result = run_dyads("compare", "FRA", "DEU", "--toward", "RUS", str(path), "--since",
                       "2022-03-05")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "FRA and DEU toward RUS (1 article(s))" in result.stdout
    assert "largest divergence -" in result.stdout


def test_compare_command_rejects_bad_codes_and_inputs(run_dyads, tmp_path):
    bad_code = run_dyads("compare", "U S", "JPN", "--toward", "PRK", "x.txt")
    assert bad_code.returncode == 2 and "'U S' is not an actor" in bad_code.stderr
    same = run_dyads("compare", "USA", "usa", "--toward", "PRK", "x.txt")
    assert same.returncode == 2 and "compare two actors" in same.stderr
    window = run_dyads("compare", "USA", "JPN", "--toward", "PRK", "x.txt", "--since",
                       "2022-02-01", "--until", "2022-01-01")  # fmt: skip
    assert window.returncode == 2 and "is after --until" in window.stderr
    good = tmp_path / "good.txt"
    good.write_text("Japan condemned North Korea's missile launch.", encoding="utf-8")
    result = run_dyads("compare", "JPN", "USA", "--toward", "PRK", str(good), "missing.txt")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "1 of 2 input(s) rejected" in result.stderr
    assert "(1 article(s))" in result.stdout
