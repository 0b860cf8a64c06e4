"""The start-up cache: built once, read back, never stale, never in the way."""

from __future__ import annotations

import pytest

from dyads.cache import cached


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_value_is_built_once_then_read_back(cache_dir):
    build, calls = _counting({"a": (1, 2)})
    assert cached("thing", build) == {"a": (1, 2)}
    assert cached("thing", build) == {"a": (1, 2)}
    assert len(calls) == 1
    assert len(list(cache_dir.glob("thing-*.pickle"))) == 1


@pytest.mark.parametrize("change", ["key", "file"])
def test_another_key_or_file_content_is_another_entry(cache_dir, tmp_path, change):
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("- one\n")
    build, calls = _counting("v")
    cached("thing", build, key=("k1",), files=[lexicon])
    if change == "key":
        cached("thing", build, key=("k2",), files=[lexicon])
    else:
        lexicon.write_text("- two\n")
        cached("thing", build, key=("k1",), files=[lexicon])
    assert len(calls) == 2


def test_a_corrupt_file_is_rebuilt(cache_dir):
    build, calls = _counting([1, 2, 3])
    cached("thing", build)
    (path,) = cache_dir.glob("thing-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cached("thing", build) == [1, 2, 3]
    assert len(calls) == 2


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DYADS_CACHE_DIR", str(blocker / "cache"))  # under a file: unwritable
    build, calls = _counting("v")
    assert cached("thing", build) == "v"
    assert cached("thing", build) == "v"
    assert len(calls) == 2


def test_an_unreadable_input_file_is_left_to_the_builder(cache_dir, tmp_path):
    build, calls = _counting("v")
    assert cached("thing", build, files=[tmp_path / "missing.yaml"]) == "v"
    assert not cache_dir.exists()


def test_a_lexicon_s_skipped_records_survive_the_cache(cache_dir):
    from dyads.errors import LexiconError

    problems = [LexiconError("agents.txt", 12, "no code"), LexiconError("x.txt", None, "empty")]
    build, calls = _counting(problems)
    cached("problems", build)
    read_back = cached("problems", build)
    assert len(calls) == 1
    assert [(p.path, p.line, p.reason, str(p)) for p in read_back] == [
        (p.path, p.line, p.reason, str(p)) for p in problems
    ]


def test_stale_files_of_a_kind_are_pruned_when_a_new_one_is_stored(cache_dir):
    import os
    import time

    from dyads.cache import STALE_AFTER

    cached("thing", lambda: 1, key=["old"])
    cached("other", lambda: 3, key=["old"])
    long_ago = time.time() - STALE_AFTER - 60
    for path in cache_dir.glob("*.pickle"):
        os.utime(path, (long_ago, long_ago))
    before = set(cache_dir.glob("thing-*.pickle"))
    cached("thing", lambda: 2, key=["recent"])
    (recent,) = set(cache_dir.glob("thing-*.pickle")) - before
    cached("thing", lambda: 4, key=["new"])
    left = {p.name for p in cache_dir.glob("*.pickle")}
    # The stale file of the kind is gone; the recently used one, the new one and other kinds stay.
    assert len([n for n in left if n.startswith("thing-")]) == 2
    assert recent.name in left
    assert any(n.startswith("other-") for n in left)
