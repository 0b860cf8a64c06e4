"""A seeded corpus of odd inputs through `dyads.code` and the JSONL reader: every outcome is a
result or a DyadsError, never another exception (benchmarks/fuzz.py runs tens of thousands)."""

from __future__ import annotations

import io

import dyads
from dyads.errors import CodingError, DyadsError
from dyads.ingest import read_inputs
from dyads.records import Article, CodedArticle, Rejection
from fuzz_inputs import fuzz_inputs

SEED = 14
COUNT = 200


def test_every_odd_input_is_a_result_or_a_dyads_error(coder):
    escaped: list[str] = []
    bugs: list[str] = []
    for n, (category, text, date, article_id) in enumerate(fuzz_inputs(SEED, COUNT)):
        where = f"input {n} ({category})"
        try:
            if category == "jsonl":
                items = list(read_inputs(["-"], 1_000_000, stdin=io.BytesIO(text)))
                coded = list(coder.code_many(i for i in items if isinstance(i, Article)))
                assert all(isinstance(i, Article | Rejection) for i in items), where
                assert all(isinstance(c, CodedArticle | Rejection) for c in coded), where
                bugs += [f"{where}: {c.reason}" for c in coded if isinstance(c, Rejection)]
            else:
                assert isinstance(dyads.code(text, date=date, id=article_id), CodedArticle)
        except CodingError as e:
            bugs.append(f"{where}: {e}")
        except DyadsError:
            pass
        except Exception as e:  # what this test exists to find
            escaped.append(f"{where}: {type(e).__name__}: {e}")
    assert escaped == []
    assert bugs == []  # a CodingError is a caught bug: none is known
