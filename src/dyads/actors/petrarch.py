"""PETRARCH dictionaries read natively: actor, agent and discard files, as lexicon records.

The files are PETRARCH2's (and TABARI's before it); docs/dictionaries.md describes what is read
and how it maps onto dyads' records. In short:

actors
    ``PRIMARY_PHRASE_ [CODE]`` starts a record; ``+SYNONYM`` lines (and phrase lines before
    its first code) add phrases to it; indented ``[CODE]`` lines give its codes: ``[CODE >D]``
    from D on, ``[CODE <D]`` before D, ``[CODE D1-D2]`` from D1 to D2 (both included), D as
    YYMMDD or YYYYMMDD; ``[A/B]`` gives several codes and ``[---]`` marks a phrase that is no
    actor. Each record becomes an `Entry`.
agents
    ``!PERSON! = MAN, MEN, WOMAN`` defines a substitution set; ``PHRASE {PLURAL} [~GOV]`` is an
    agent whose code follows the actor's (``~GOV``: USAGOV) or precedes it (``IGO~``). Each
    becomes a role entry.
discards
    ``+PHRASE`` drops the whole story that contains it; ``PHRASE`` drops the events of the
    sentences that contain it.

Comments: ``#`` to the end of a line, ``<!-- ... -->`` over any number of lines, and lines that
start with ``<!``. A record the reader cannot use is skipped and reported as a `LexiconError`
with its file and line; the rest of the file is read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from ..records import ParsedDoc
from ..yamlfile import read_lexicon_text
from .lexicon import DatedCode, Entry, known_groups, sector_labels, split_code

KINDS = ("actors", "agents", "discards")

# Two-digit years as PETRARCH reads them: below 30 in the 2000s, else the 1900s.
_CENTURY_PIVOT = 30
_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_ACTOR_CODE = re.compile(
    r"^(?P<codes>---|[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*)\s*"
    r"(?:(?P<op>[<>])\s*(?P<day>\d+)|(?P<first>\d+)\s*-\s*(?P<last>\d+))?$"
)
_AGENT_CODE = re.compile(r"^(?:~(?P<after>[A-Z]+)|(?P<before>[A-Z]+)~)$")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_SLUG = re.compile(r"[^a-z0-9]+")
_NULL_CODE = "---"
# One-word phrases this short are acronyms ("US", "UN", "IMF"): matched in capitals only, so
# "US" is never the pronoun "us". Other phrases match in any case, as PETRARCH (which reads
# upper-cased text) matches them.
_ACRONYM_MAX = 3


@dataclass(frozen=True, slots=True)
class Discard:
    """A phrase (lower-case words) whose story (`story`) or sentence yields no events."""

    words: tuple[str, ...]
    story: bool
    origin: str


class DiscardIndex:
    """Finds discard phrases in a parsed article. Build once from the lexicon's discards."""

    def __init__(self, discards: Sequence[Discard]) -> None:
        self.by_first: dict[str, list[Discard]] = {}
        for discard in discards:
            self.by_first.setdefault(discard.words[0], []).append(discard)
        for found in self.by_first.values():
            found.sort(key=lambda d: -len(d.words))

    def find(self, doc: ParsedDoc) -> tuple[Discard | None, dict[int, Discard]]:
        """The story discard `doc` contains (None if none), and the sentences (by index) that
        contain a sentence discard."""
        sentences: dict[int, Discard] = {}
        if not self.by_first:
            return None, sentences
        words = [t.text.lower() for t in doc.tokens]
        for i, word in enumerate(words):
            for discard in self.by_first.get(word, ()):
                if tuple(words[i : i + len(discard.words)]) != discard.words:
                    continue
                if discard.story:
                    return discard, {}
                sentences.setdefault(doc.tokens[i].sent, discard)
        return None, sentences


@dataclass(slots=True)
class PetrarchDictionary:
    """What one PETRARCH file gave: entries or discards, counts, and the records skipped."""

    path: str
    kind: str
    entries: list[Entry] = field(default_factory=list)
    discards: list[Discard] = field(default_factory=list)
    problems: list[LexiconError] = field(default_factory=list)
    records: int = 0
    patterns: int = 0
    dated_codes: int = 0
    multiple_codes: int = 0
    null_coded: int = 0


def petrarch_kind(text: str) -> str | None:
    """The kind of PETRARCH dictionary `text` is ("actors", "agents" or "discards"), or None
    for anything else (a YAML lexicon starts with "- ", a verb file with "--- NAME [CODE] ---")."""
    for _, line in _content_lines(text):
        if line.startswith("-"):
            return None
        break
    else:
        return None
    for _, line in _content_lines(text):
        code = _BRACKET.search(line)
        if code is not None:
            return "agents" if "~" in code.group(1) else "actors"
    return "discards"


def read_petrarch(path: str | Path, text: str | None = None) -> PetrarchDictionary:
    """Read the PETRARCH file `path` (or its `text`). Raises LexiconError when it cannot be read
    or is no PETRARCH dictionary; records it cannot use are in `.problems`."""
    origin = str(path)
    if text is None:
        text = read_lexicon_text(path, "dictionary")
    kind = petrarch_kind(text)
    if kind is None:
        raise LexiconError(
            origin, None, "not a PETRARCH actor, agent or discard file (see docs/dictionaries.md)"
        )
    dictionary = PetrarchDictionary(origin, kind)
    reader = {"actors": _read_actors, "agents": _read_agents, "discards": _read_discards}[kind]
    reader(text, dictionary)
    return dictionary


# -- actors --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    line: int
    phrases: list[str]
    codes: list[tuple[int, str]] = field(default_factory=list)  # (line, bracket contents)


def _read_actors(text: str, out: PetrarchDictionary) -> None:
    record: _Record | None = None
    for number, line in _content_lines(text):
        phrase = _BRACKET.sub(" ", line).strip()
        codes = [(number, m.group(1).strip()) for m in _BRACKET.finditer(line)]
        if not phrase and not codes:
            continue
        if line[:1].isspace() or not phrase:
            if record is None:
                out.problems.append(LexiconError(out.path, number, "a code before any phrase"))
                continue
            record.codes += codes
            if phrase:
                record.phrases.append(phrase.lstrip("+"))
        elif phrase.startswith("+"):
            if record is None:
                out.problems.append(LexiconError(out.path, number, "a synonym before any phrase"))
                continue
            record.phrases.append(phrase[1:])
            record.codes += codes
        elif record is not None and not record.codes:
            # Phrases listed one under another before any code share the codes that follow.
            record.phrases.append(phrase)
            record.codes += codes
        else:
            if record is not None:
                _add_actor(record, out)
            record = _Record(number, [phrase], codes)
    if record is not None:
        _add_actor(record, out)


def _add_actor(record: _Record, out: PetrarchDictionary) -> None:
    out.records += 1
    if not record.codes:
        out.problems.append(LexiconError(out.path, record.line, f"{record.phrases[0]}: no code"))
        return
    default: str | None = None
    dated: list[DatedCode] = []
    for line, raw in record.codes:
        match = _ACTOR_CODE.match(raw)
        if match is None:
            out.problems.append(LexiconError(out.path, line, f"code [{raw}] is not CODE, CODE >D, "
                                             "CODE <D or CODE D1-D2"))  # fmt: skip
            return
        codes = match["codes"].upper().split("/")
        if codes == [_NULL_CODE]:
            out.null_coded += 1
            return
        if len(codes) > 1:
            out.multiple_codes += 1
        try:
            period = _period(match)
        except ValueError as e:
            out.problems.append(LexiconError(out.path, line, f"code [{raw}]: {e}"))
            return
        if period is None:
            default = default or codes[0]
        else:
            dated.append(DatedCode(codes[0], *period))
    # A record with dated codes only keeps its latest one outside their periods.
    code = default or dated[-1].code
    patterns = _patterns(record.phrases)
    country, sectors = _split_code(code)
    kind = "state" if code == country else "organization"
    out.entries.append(
        Entry(
            id=f"petrarch.{_slug(record.phrases[0])}",
            kind=kind,
            name=_name(record.phrases[0]),
            patterns=patterns,
            adjectives=(),
            country=country,
            sectors=sectors,
            code=None if kind == "state" else code,
            origin=f"{out.path}:{record.line}",
            known_group=_known_group(code),
            dated_codes=tuple(dated),
        )
    )
    out.patterns += len(patterns)
    out.dated_codes += len(dated)


def _period(match: re.Match[str]) -> tuple[dt.date | None, dt.date | None] | None:
    """(start, end) of a dated code, end exclusive; None for an undated one."""
    if match["op"] == ">":
        return _day(match["day"]), None
    if match["op"] == "<":
        return None, _day(match["day"])
    if match["first"]:
        return _day(match["first"]), _day(match["last"]) + dt.timedelta(days=1)
    return None


def _day(digits: str) -> dt.date:
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year < _CENTURY_PIVOT else 1900
        return dt.date(year, int(digits[2:4]), int(digits[4:6]))
    if len(digits) == 8:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    raise ValueError(f"date {digits} is not YYMMDD or YYYYMMDD")


# Dictionaries repeat a few thousand codes over tens of thousands of records.
_split_code = functools.lru_cache(maxsize=65536)(split_code)


@functools.lru_cache(maxsize=65536)
def _known_group(code: str) -> str | None:
    groups = known_groups()
    country = _split_code(code)[0]
    rest = code[3:] if country else code
    parts = (rest[i : i + 3] for i in range(0, len(rest), 3))
    return next((p for p in parts if p in groups), None)


# -- agents --------------------------------------------------------------------------------------


def _read_agents(text: str, out: PetrarchDictionary) -> None:
    substitutions: dict[str, list[str]] = {}
    seen: set[str] = set()
    for number, line in _content_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        definition = _SUBSTITUTION.match(stripped)
        if definition:
            words = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            substitutions[definition.group(1)] = words
            continue
        out.records += 1
        codes = [m.group(1).replace(" ", "") for m in _BRACKET.finditer(stripped)]
        if len(codes) != 1 or not (code := _AGENT_CODE.match(codes[0].upper())):
            out.problems.append(
                LexiconError(out.path, number, f"agent needs one code [~XXX] or [XXX~]: {stripped}")
            )
            continue
        part = code["after"] or code["before"]
        chunks = [part[i : i + 3] for i in range(0, len(part), 3)]
        sectors = tuple(c for c in chunks if c in sector_labels())
        if not sectors:
            out.problems.append(LexiconError(
                out.path, number,
                f"agent code [{codes[0]}] has no sector dyads knows (dyads/data/sectors.tsv)",
            ))  # fmt: skip
            continue
        plurals = [p for m in _BRACES.finditer(stripped) for p in m.group(1).split()]
        phrase = _BRACES.sub(" ", _BRACKET.sub(" ", stripped)).strip()
        variants = _substituted(phrase, substitutions) + [
            v for p in plurals for v in _substituted(p, substitutions)
        ]
        patterns = tuple(dict.fromkeys(" ".join(_words(v)).lower() for v in variants if _words(v)))
        patterns = tuple(p for p in patterns if p not in seen)
        if not patterns:
            continue
        seen.update(patterns)
        out.entries.append(
            Entry(
                id=f"petrarch-agent.{_slug(phrase)}.{number}",
                kind="role",
                name=patterns[0],
                patterns=patterns,
                adjectives=(),
                country=None,
                sectors=sectors,
                code=None,
                origin=f"{out.path}:{number}",
            )
        )
        out.patterns += len(patterns)


def _substituted(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Every spelling of `phrase` with its !SET! markers replaced by the set's words."""
    marker = next((m for m in substitutions if m in phrase), None)
    if marker is None:
        return [phrase]
    return [v for word in substitutions[marker] for v in _substituted(
        phrase.replace(marker, word, 1), substitutions)]  # fmt: skip


# -- discards ------------------------------------------------------------------------------------


def _read_discards(text: str, out: PetrarchDictionary) -> None:
    for number, line in _content_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        out.records += 1
        story = stripped.startswith("+")
        words = tuple(w.lower() for w in _words(stripped.lstrip("+")))
        if words:
            out.discards.append(Discard(words, story, f"{out.path}:{number}"))
            out.patterns += 1


# -- shared --------------------------------------------------------------------------------------


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line without comments) for every line, comments removed."""
    in_comment = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line.split("<!--", 1)[1]
            continue
        if line.lstrip().startswith("<!"):
            continue
        yield number, line.split("#", 1)[0].rstrip()


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


def _patterns(phrases: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for phrase in phrases:
        words = _words(phrase)
        if not words:
            continue
        text = " ".join(words)
        acronym = len(words) == 1 and len(text) <= _ACRONYM_MAX and text.isalpha()
        out.append(text.upper() if acronym else text.lower())
    return tuple(dict.fromkeys(out))


def _name(phrase: str) -> str:
    words = _words(phrase)
    if len(words) == 1 and len(words[0]) <= _ACRONYM_MAX and words[0].isalpha():
        return words[0]
    return " ".join(w.capitalize() for w in words)


def _slug(phrase: str) -> str:
    return _SLUG.sub("-", phrase.lower()).strip("-") or "entry"
