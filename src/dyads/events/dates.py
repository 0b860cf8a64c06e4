"""When an event happened: a date expression of the event's own clause, read against the article
date with dateparser ("on Thursday" in a Saturday 19 August 2017 story is 2017-08-17).

A date belongs to an event when it hangs from the trigger, from the verb a nominal trigger is
the object of ("held talks on Monday"), or from a verb that describes the trigger ("the meeting
held ... on Thursday"), never from another clause ("the first talks since Trump took office in
January"). Expressions of a period ("last week", "in January", "earlier this month") give their
first day and `end`; durations ("two years") and starting points ("since May") date nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from dateparser.date import DateDataParser

from .. import wordlists
from ..records import ParsedDoc, Token
from ..rules import RuleSwitches, rule, rule_id
from .clause import DESCRIBING_DEPS, anchors

# Words before a date that only narrow it within its period: "earlier this month".
_QUALIFIERS = re.compile(
    r"^(?:earlier|later|early|late|mid-?|the (?:start|end|middle) of)\s*", re.I
)
_DURATION = re.compile(
    r"^(?:the )?(?:past |last |next |coming )?(?:\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|many|some|a few|few) (?:years?|months?|weeks?|days?|"
    r"decades?|hours?|centuries)$|^(?:the )?\d{2,4}'?s$|^(?:decades|years|months|weeks)$",
    re.I,
)
# Historical periods dateparser does not read: "the 1990s", "the 19th century", "the 19th and
# early 20th centuries" (the last century named counts), "decades ago".
_DECADE = re.compile(r"^(?:the )?(?:early |late |mid-?)?(\d{3})0'?s$", re.I)
_CENTURY = re.compile(r"(\d{1,2})(?:st|nd|rd|th) centur(?:y|ies)$", re.I)
_AGES_AGO = re.compile(r"^(?:many |several |a few |two |three )?(?:decades|centuries) ago$", re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"^({'|'.join(_DAYS)})(?: (?:morning|afternoon|evening|night))?$", re.I)
_RANGE = re.compile(r"\s+(?:to|until|till|through|and)\s+|\s*[-\u2013]\s*")


@dataclass(frozen=True, slots=True)
class EventDate:
    date: dt.date
    end: dt.date | None
    text: str


@rule("events.date.clause.v1")
def event_date(
    doc: ParsedDoc,
    trigger: Token,
    article_date: dt.date | None,
    future: bool = False,
    switches: RuleSwitches | None = None,
) -> EventDate | None:
    """An event happened when a date expression of its own clause says, read against the
    story's date: "Chile and Peru signed the treaty on Thursday" in a Saturday story -> that
    Thursday; a date in another clause ("said on Friday that ...") is not the act's. The date,
    or None (then the story's date stands). `future` reads a bare weekday forward, for acts
    announced ahead ("will meet on Friday"); `switches` may turn the date rules off."""
    on = (switches or RuleSwitches()).on
    if article_date is None or not on(rule_id(event_date)):
        return None
    bounds = on(rule_id(bounding))
    clause = anchors(doc, trigger, switches)
    sentence = doc.sentences[trigger.sent]
    # The sentence's entities, found by bisection (spaCy's are in text order): a scan of the
    # whole article's for each event was quadratic in a long text.
    first = bisect_left(doc.entities, sentence.start, key=lambda e: e.start)
    last = bisect_left(doc.entities, sentence.end, key=lambda e: e.start)
    fallback = None
    introduced = when_clause_dates(doc, clause) if on(rule_id(when_clause_dates)) else set()
    for entity in doc.entities[first:last]:
        if entity.label != "DATE":
            continue
        head = _entity_head(doc, entity.start, entity.end)
        if head.i in introduced:
            found = resolve_date(_clean(doc.span_text(entity.start, entity.end)), article_date)
            if found is not None:
                return found
        owner = _clause_of(doc, head)
        if owner not in clause or (bounds and bounding(doc, head)):
            continue
        text = _clean(doc.span_text(entity.start, entity.end))
        found = resolve_date(text, article_date, future)
        if found is not None and owner == trigger.i:
            # A date on the act's own noun ("the 1998 bombing") before one on the verb that
            # reports it ("hearings began on Tuesday into ...").
            return found
        fallback = fallback or found
    return fallback


@rule("events.date.when-clause.v1")
def when_clause_dates(doc: ParsedDoc, clause: set[int]) -> set[int]:
    """A "when" clause that a date introduces happened at that date: "the rebels have fought
    the army since 2015, when Peru sent troops into the valley", "ties soured in March, when
    Chile expelled two envoys" date the sending to 2015 and the expulsion to March, also
    after "since". The heads of the dates the verbs of `clause` are such clauses of."""
    return {
        doc.tokens[v].head
        for v in clause
        if doc.tokens[v].dep == "relcl"
        and doc.tokens[v].head != v
        and any(
            doc.tokens[c].dep == "advmod" and doc.tokens[c].text.lower() == "when"
            for c in doc.children[v]
        )
    }


def resolve_date(text: str, article_date: dt.date, future: bool = False) -> EventDate | None:
    """`text` ("Thursday", "last week", "March 3 to 5") as a date, relative to `article_date`."""
    text = _QUALIFIERS.sub("", text.strip())
    if not text:
        return None
    if (period := _historical_period(text, article_date)) is not None:
        return period if (period.end or period.date) < article_date else None
    if _DURATION.match(text):
        return None
    parts = [p for p in _RANGE.split(text, maxsplit=1) if p]
    if len(parts) == 2:
        start = _parse(parts[0], article_date, future)
        end_text = parts[1]
        if start is not None and end_text.isdigit():
            # "March 3 to 5": the end shares the start's month.
            end_text = f"{start[0]:%B} {end_text} {start[0].year}"
        end = _parse(end_text, article_date, future)
        if start is not None and end is not None and end[0] >= start[0]:
            return EventDate(start[0], end[1] or end[0], text)
    weekday = _WEEKDAY.match(text)
    if weekday and _DAYS.index(weekday.group(1).lower()) == article_date.weekday() and not future:
        # "on Monday" in a Monday story is that day, not a week before.
        return EventDate(article_date, None, text)
    found = _parse(text, article_date, future)
    if found is None:
        return None
    return EventDate(found[0], found[1], text)


def _historical_period(text: str, article_date: dt.date) -> EventDate | None:
    """A decade or century `text` names, or the past "decades ago" means (at least twenty
    years before the story). dateparser reads none of them."""
    if decade := _DECADE.match(text):
        start = int(decade.group(1)) * 10
        return EventDate(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), text)
    if century := _CENTURY.search(text):
        last = int(century.group(1)) * 100
        return EventDate(dt.date(last - 99, 1, 1), dt.date(last, 12, 31), text)
    if _AGES_AGO.match(text):
        before = dt.date(article_date.year - 20, 1, 1)
        return EventDate(before, None, text)
    return None


def _parse(text: str, article_date: dt.date, future: bool) -> tuple[dt.date, dt.date | None] | None:
    """The first day of what `text` names and, for a period longer than a day, its last."""
    data = _parser(article_date, future).get_date_data(text)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "week":
        start = day - dt.timedelta(days=day.weekday())
        last = start + dt.timedelta(days=6)
        return start, last if last < article_date or future else max(start, article_date)
    if data.period == "month":
        start = day.replace(day=1)
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        return start, last if last < article_date or future else max(start, article_date)
    if data.period == "year":
        start, last = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        return start, last if last < article_date or future else max(start, article_date)
    return day, None


@functools.lru_cache(maxsize=64)
def _parser(article_date: dt.date, future: bool) -> DateDataParser:
    base = dt.datetime.combine(article_date, dt.time(12))
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "future" if future else "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _clean(text: str) -> str:
    words = text.split()
    leading = _words(rule_id(event_date), "leading_preps")
    while words and words[0].lower() in leading:
        words = words[1:]
    return " ".join(words)


def _entity_head(doc: ParsedDoc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside it."""
    for i in range(start, end):
        head = doc.tokens[i].head
        if head == i or not (start <= head < end):
            return doc.tokens[i]
    return doc.tokens[start]


# How a date hangs on the noun of an act it dates.
_NOUN_DATE_DEPS = frozenset({"npadvmod", "nummod", "compound", "amod", "poss"})


def _clause_of(doc: ParsedDoc, token: Token) -> int:
    """The verb (or nominal trigger) whose clause `token` belongs to: up through prepositions
    and nouns to the first verb, or to the noun a date modifies ("the 1998 bombing",
    "Tuesday's attack")."""
    current = token
    for _ in range(8):
        if current.head == current.i:
            return current.i
        head = doc.tokens[current.head]
        if head.pos in ("VERB", "AUX") or (head.pos == "NOUN" and current.dep in _NOUN_DATE_DEPS):
            return head.i
        if current.dep in DESCRIBING_DEPS:
            return current.i
        current = head
    return current.i


@rule("events.date.bound.v1")
def bounding(doc: ParsedDoc, head: Token) -> bool:
    """A date that bounds a span says not when the act happened: "fighting since January",
    "talks until May", "the first visit in ten years". Whether the date headed by `head` is
    the object of such a preposition."""
    bound_preps = _words(rule_id(bounding), "prepositions")
    current = head
    for _ in range(3):
        if current.dep == "pobj" and current.head != current.i:
            return doc.tokens[current.head].text.lower() in bound_preps
        if current.head == current.i:
            return False
        current = doc.tokens[current.head]
    return False


def _words(rule: str, name: str) -> frozenset[str]:
    """A word list of `data/events/words.yaml`, by the id of the rule that reads it."""
    return wordlists.words("events/words.yaml", rule, name)
