"""Plain-text articles: a header of short lines (title, date), a place dateline, the body."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from ..records import Article

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "August 19, 2017", "Aug. 19 2017", "19 August 2017", "2017-08-19": the forms datelines use.
_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
# "WASHINGTON-", "WASHINGTON (AP) -", "KYIV, Ukraine —", "NEW DELHI:", "ISLAMABAD/PENTAGON —"
# (two places, the first where the story was written) at the start of the body.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){0,3})"
    r"(?:,[ ]?(?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?"
    r"[ ]?(?:\([A-Za-z.\- ]{1,30}\))?[ ]?"
    # A hyphen or colon must be followed by a space ("US-Japan talks" is no dateline); a dash
    # need not be ("WASHINGTON\u2014The").
    r"(?:[-:]+[ \t]+|[\u2013\u2014]+[ \t]*)"
)
_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
    # Every parser but "relative-time".
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}
_HEADLINE_MAX_WORDS = 20
_HEADER_MAX_LINES = 6


def parse_date(text: str) -> dt.date | None:
    """The date written in `text` (any common English form), or None. Relative dates
    ("yesterday", "2 days ago") give None: read against today's clock they would date a story
    by when it was coded."""
    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def find_date(text: str) -> dt.date | None:
    """The first dateline-style date in `text`, or None."""
    match = _DATE.search(text)
    return parse_date(match.group(0)) if match else None


def find_dateline(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The place of a leading dateline ("WASHINGTON-" gives "Washington") and its span."""
    match = _DATELINE.match(text)
    if not match or len(match.group("place")) < 2:
        return None, None
    return match.group("place").title(), (0, match.end())


def dateline_places(dateline: str) -> tuple[list[str], str | None]:
    """The place names of a dateline as written and the country or state that qualifies them:
    "KYIV, Ukraine — " gives (["Kyiv"], "Ukraine"), "ISLAMABAD/PENTAGON — " (["Islamabad",
    "Pentagon"], None), "MARANCHON, SPAIN — " (["Maranchon"], "Spain")."""
    match = _DATELINE.match(dateline)
    if not match:
        return [], None
    names = [name.title() for name in match.group("place").split("/") if len(name) >= 2]
    region = match.group("region")
    return names, (region.title() if region and region.isupper() else region)


def _reads_as_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", '"', ":"))


def _is_date_line(line: str) -> bool:
    match = _DATE.search(line)
    return bool(match) and len(line.split()) <= len(match.group(0).split()) + 2


def article_from_text(raw: str, id: str, input: str = "<text>") -> Article:
    """An Article from plain text.

    Leading short lines form the header: a line that is a date gives the date, and the longest
    line that reads as a headline is the title. The body follows; a place dateline at its start
    ("WASHINGTON-") gives the place, and the first date in the header or the first paragraph
    gives the article date.
    """
    lines = raw.splitlines(keepends=True)
    header: list[str] = []
    offset = 0
    for line in lines:
        stripped = line.strip()
        if len(header) >= _HEADER_MAX_LINES:
            break
        if stripped and not (_reads_as_headline(stripped) or _is_date_line(stripped)):
            break
        if stripped:
            header.append(stripped)
        offset += len(line)
    if offset >= len(raw.rstrip()):
        # A text that is all short lines has no header: it is all body.
        header, offset = [], 0
    text = raw[offset:].strip()
    headlines = [h for h in header if not _is_date_line(h)]
    title = max(headlines, key=lambda h: len(h.split())) if headlines else None
    date = next((d for d in map(find_date, filter(_is_date_line, header)) if d), None)
    if date is None:
        date = find_date(text[:300])
    place, dateline = find_dateline(text)
    return Article(
        id=id,
        text=text,
        title=title,
        date=date,
        place=place,
        input=input,
        dateline=dateline,
        metadata={"header": header} if len(headlines) > 1 else {},
    )
