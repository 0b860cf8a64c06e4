"""read_inputs: files, JSONL, HTML, directories and stdin -> Articles or Rejections."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from dyads.ingest.sources import read_inputs
from dyads.records import Article, Rejection
from sample_texts import ENGLISH, FRENCH

MAX = 1_000_000
AUG_19 = dt.date(2017, 8, 19)
TEXT_FILE = "Japan and US agree to boost alliance\nAugust 19, 2017\n\nWASHINGTON- " + ENGLISH + "\n"
HTML = """<!doctype html>
<html><head><title>Japan and US agree on missile defense</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<p>TOKYO - Japan and the United States agreed on Thursday to strengthen their cooperation on
missile defense in the face of growing threats from North Korea, officials said after talks.</p>
<p>The foreign and defense ministers of the two countries met for the first time since the new
government took office, and they pledged to work closely with South Korea as well.</p>
<p>North Korea has fired several ballistic missiles over the past year, and the allies said they
would continue to press Pyongyang to abandon its nuclear weapons programme.</p>
</article>
<footer>Copyright 2017 Example News. All rights reserved.</footer>
</body></html>
"""


def _read(paths, **kwargs) -> list[Article | Rejection]:
    return list(read_inputs([str(p) for p in paths], MAX, **kwargs))


def _jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_plain_text_file(tmp_path):
    path = tmp_path / "us-japan.txt"
    path.write_text(TEXT_FILE, encoding="utf-8")

    [article] = _read([path])

    assert isinstance(article, Article)
    assert article.id == "us-japan"
    assert article.input == str(path)
    assert article.title == "Japan and US agree to boost alliance"
    assert article.date == AUG_19
    assert article.place == "Washington"
    assert article.text == "WASHINGTON- " + ENGLISH


def test_jsonl_fields_and_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    record = {
        "id": "a1",
        "title": "Allies agree",
        "text": "WASHINGTON- " + ENGLISH,
        "date": "2017-08-19",
        "url": "https://example.com/a1",
        "source": "Jiji",
        "lang": "en",
        "tags": ["asia", "security"],
    }
    path.write_text(_jsonl(record, {"text": ENGLISH, "published": "Aug. 19, 2017"}), "utf-8")

    first, second = _read([path])

    assert (first.id, first.title, first.date, first.url, first.source) == (
        "a1",
        "Allies agree",
        AUG_19,
        "https://example.com/a1",
        "Jiji",
    )
    assert first.text == "WASHINGTON- " + ENGLISH
    assert first.place == "Washington"
    assert first.input == f"{path}:1"
    assert dict(first.metadata) == {"lang": "en", "tags": ["asia", "security"]}
    # Without `date`, `published` gives the date; without `id`, the line number is the id.
    assert second.date == AUG_19
    assert second.id == "2"
    assert second.input == f"{path}:2"


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"id": "x", "title": "no text here"}), "no 'text'"),
        (json.dumps({"text": 42}), "no 'text'"),
        (json.dumps([ENGLISH]), "must be an object"),
        (json.dumps({"text": FRENCH}), "not English"),
        (json.dumps({"text": "   "}), "empty"),
        (json.dumps({"text": ENGLISH, "date": "some day"}), "not a date"),
    ],
    ids=["bad-json", "no-text", "text-not-string", "not-object", "french", "empty", "bad-date"],
)
def test_jsonl_bad_line_is_rejected_and_others_still_read(tmp_path, bad_line, reason):
    path = tmp_path / "feed.jsonl"
    path.write_text(_jsonl({"id": "a", "text": ENGLISH}, bad_line, {"id": "c", "text": ENGLISH}))

    first, rejection, third = _read([path])

    assert isinstance(rejection, Rejection)
    assert rejection.input == f"{path}:2"
    assert reason in rejection.reason
    assert (first.id, third.id) == ("a", "c")
    assert third.input == f"{path}:3"


def test_jsonl_blank_lines_are_skipped(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_text(_jsonl({"text": ENGLISH}, "", "   ", {"text": ENGLISH}))

    items = _read([path])

    assert [item.input for item in items] == [f"{path}:1", f"{path}:4"]
    assert all(isinstance(item, Article) for item in items)


def test_html_main_text_is_extracted(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")

    [article] = _read([path])

    assert isinstance(article, Article)
    assert article.id == "page"
    assert article.title == "Japan and US agree on missile defense"
    assert article.place == "Tokyo"
    assert article.text.startswith("TOKYO - Japan and the United States agreed")
    assert "abandon its nuclear weapons programme" in article.text
    assert "<p>" not in article.text
    assert "Copyright" not in article.text


def test_html_without_main_text_is_rejected(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")

    [rejection] = _read([path])

    assert isinstance(rejection, Rejection)
    assert rejection.input == str(path)
    assert "no main text" in rejection.reason


def test_html_reading_uses_no_deprecated_trafilatura_api(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")

    [article] = _read([path])

    assert isinstance(article, Article)


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ENGLISH)
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "sub" / "c.txt").write_text(ENGLISH)
    (tmp_path / "sub" / "d.jsonl").write_text(_jsonl({"id": "d1", "text": ENGLISH}))
    (tmp_path / "notes.md").write_text("# notes, not an article")

    items = _read([tmp_path])

    assert [item.id for item in items] == ["a", "b", "c", "d1"]
    assert all(isinstance(item, Article) for item in items)


def test_directory_without_articles_is_rejected(tmp_path):
    (tmp_path / "notes.md").write_text("# notes")

    [rejection] = _read([tmp_path])

    assert rejection == Rejection(str(tmp_path), "directory has no .txt, .jsonl or .html files")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (TEXT_FILE.encode(), "text"),
        (_jsonl({"id": "s1", "text": ENGLISH}).encode(), "jsonl"),
        pytest.param(HTML.encode(), "html", id="html"),
    ],
    ids=["text", "jsonl", "html"],
)
def test_stdin(data, kind):
    [article] = _read(["-"], stdin=io.BytesIO(data))

    assert isinstance(article, Article)
    assert article.input == ("<stdin>:1" if kind == "jsonl" else "<stdin>")
    assert "United States" in article.text


def test_stdin_rejection_names_stdin():
    [rejection] = _read(["-"], stdin=io.BytesIO(b"\xff\xfe\xfa bad"))

    assert rejection.input == "<stdin>"
    assert "0xff" in rejection.reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bad.txt", b"\xff\xfe\xfa bad", "0xff"),
        ("empty.txt", b"", "empty"),
        ("french.txt", FRENCH.encode(), "not English"),
    ],
)
def test_bad_file_becomes_rejection(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)

    [rejection] = _read([path])

    assert isinstance(rejection, Rejection)
    assert rejection.input == str(path)
    assert reason in rejection.reason


def test_missing_file_is_rejected_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    missing = tmp_path / "missing.txt"

    rejection, article = _read([missing, good])

    assert rejection == Rejection(str(missing), "no such file")
    assert isinstance(article, Article)
    assert article.id == "good"


def test_too_large_file_is_rejected(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH)

    [rejection] = read_inputs([str(path)], max_bytes=100)

    assert isinstance(rejection, Rejection)
    assert "limit of 100" in rejection.reason


def test_date_overrides_every_article(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(TEXT_FILE)
    feed = tmp_path / "b.jsonl"
    feed.write_text(_jsonl({"text": ENGLISH, "date": "2017-08-19"}, {"text": ENGLISH}))
    override = dt.date(2020, 1, 2)

    items = _read([text, feed], date=override)

    assert [item.date for item in items] == [override] * 3


# Records that once stopped a whole JSONL file (or were read wrongly), each between two good
# ones: a clear rejection, and both neighbours still read.
POISON_RECORDS = [
    ('{"id": "n", "text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too"),
    ('{"id": "n", "text": "x", "meta": ' + "[" * 40 + "]" * 40 + "}", "nested deeper than 32"),
    ('{"id": ' + "9" * 5000 + ', "text": "x"}', "not usable JSON"),
    ({"id": "1" * 300, "text": ENGLISH}, "field 'id' is 300 characters"),
    ({"id": ["a"], "text": ENGLISH}, "field 'id' must be a string or an integer"),
    ({"id": True, "text": ENGLISH}, "field 'id' must be a string or an integer"),
    ({"id": "d", "text": ENGLISH, "published": []}, "field 'published' must be a string, not an"),
    ({"id": "d", "text": ENGLISH, "date": 20170819}, "field 'date' must be a string"),
    ({"id": "d", "text": ENGLISH, "date": "9999-12-31"}, "outside 1900-2100"),
    ({"id": "d", "text": ENGLISH, "date": "1066-10-14"}, "outside 1900-2100"),
    ({"id": "d", "text": ENGLISH, "date": "yesterday"}, "relative dates"),
    ({"id": "d", "text": ENGLISH, "date": "2 days ago"}, "relative dates"),
]


@pytest.mark.parametrize(("bad", "reason"), POISON_RECORDS, ids=lambda x: str(x)[:40])
def test_poison_jsonl_records_are_rejected_and_the_rest_read(tmp_path, bad, reason):
    path = tmp_path / "feed.jsonl"
    path.write_text(_jsonl({"id": "a", "text": ENGLISH}, bad, {"id": "c", "text": ENGLISH}))
    first, rejection, third = _read([path])
    assert isinstance(rejection, Rejection), rejection
    assert reason in rejection.reason and "\n" not in rejection.reason
    assert (first.id, third.id) == ("a", "c")


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Japan \ud800 said", "Japan \ufffd said"),  # a lone surrogate
        ("Japan\x00 said\x1b", "Japan  said "),  # NUL and escape
        ("Japan\u0085said\tit", "Japan\u0085said\tit"),  # line breaks and tabs stay
    ],
)
def test_jsonl_text_is_cleaned_one_character_for_one(tmp_path, text, cleaned):
    path = tmp_path / "feed.jsonl"
    path.write_text(_jsonl({"id": "a", "text": text + " " + ENGLISH}), encoding="utf-8",
                    errors="surrogatepass")  # fmt: skip
    [article] = _read([path])
    assert article.text == cleaned + " " + ENGLISH


def test_a_jsonl_line_over_the_cap_is_skipped_unread(tmp_path):
    path = tmp_path / "feed.jsonl"
    huge = json.dumps({"id": "big", "text": "word " * 20_000})
    path.write_text(_jsonl({"id": "a", "text": ENGLISH}, huge, {"id": "c", "text": ENGLISH}))
    first, rejection, third = list(read_inputs([str(path)], 1000))
    assert "line is over" in rejection.reason and rejection.input.endswith(":2")
    assert first.id == "a" and third.id == "c"


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_devices_are_refused_not_read(path):
    [rejection] = _read([path])
    assert "not a regular file" in rejection.reason


def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    [rejection] = _read([fifo])
    assert "not a regular file" in rejection.reason


def test_stdin_is_read_with_a_cap():
    data = b"Japan said so. " * 10_000
    endless = io.BytesIO(data)
    [rejection] = list(read_inputs(["-"], 1000, stdin=endless))
    assert rejection.input == "<stdin>" and "input is over 4,000 bytes" in rejection.reason
    assert endless.tell() < len(data) / 4  # read up to the cap, not to the end


def test_a_title_or_source_that_is_not_a_string_stays_in_the_metadata(tmp_path):
    """A gold file's "source" is a list of actors: no outlet, but not a reason to reject."""
    path = tmp_path / "gold.jsonl"
    path.write_text(_jsonl({"id": "g", "text": ENGLISH, "source": [{"code": "USA"}], "title": 5,
                            "url": None}))  # fmt: skip
    [article] = _read([path])
    assert (article.source, article.title, article.url) == (None, None, None)
    assert article.metadata == {"source": [{"code": "USA"}], "title": 5}
