"""The actor lexicon: YAML entries (format in data/actors/SCHEMA.md), validated on load.

Country names come partly from pycountry, merged into the shipped country entries at load time,
so every ISO 3166 country is known by its official and common names.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pycountry

from ..errors import LexiconError
from ..geo import cameo_country, country_codes
from ..yamlfile import LINE, entry_errors, read_entries

if TYPE_CHECKING:
    from .petrarch import Discard

KINDS = ("state", "organization", "group", "person", "role")
_PACKAGE_FILES = (
    "countries.yaml",
    "organizations.yaml",
    "parties.yaml",
    "armed_groups.yaml",
    "roles.yaml",
    "people.yaml",
    "people_africa.yaml",
    "people_asia.yaml",
    "people_europe_americas.yaml",
)
_KEYS = {
    "id", "kind", "name", "patterns", "adjectives", "country", "sectors", "code", "known_group",
    "codes", "placed_only",
}  # fmt: skip
_PERIOD_KEYS = {"code", "from", "until"}


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code that holds from `start` (inclusive) until `end` (exclusive); None is open."""

    code: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry; `origin` is "file:line" for messages and evidence."""

    id: str
    kind: str
    name: str
    patterns: tuple[str, ...]
    adjectives: tuple[str, ...]
    country: str | None
    sectors: tuple[str, ...]
    code: str | None
    origin: str
    known_group: str | None = None
    dated_codes: tuple[DatedCode, ...] = ()
    # A role that names an actor only with a country or place ("Afghan women", "children in
    # Sudan"), not alone ("the children bought ice cream").
    placed_only: bool = False

    @property
    def actor_code(self) -> str | None:
        if self.code:
            return self.code
        joined = (self.country or "") + "".join(self.sectors) + (self.known_group or "")
        return joined or None

    def on(self, day: dt.date | None) -> Entry:
        """The entry as it codes a story of `day`: with the country and sectors of the dated code
        that holds that day ("USAGOV" while in office, "USAELI" after), else unchanged (also
        when the day is unknown)."""
        if day is None or not self.dated_codes:
            return self
        for dated in self.dated_codes:
            if dated.holds_on(day):
                country, sectors = split_code(dated.code)
                return replace(self, code=dated.code, country=country, sectors=sectors)
        return self


def split_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """A CAMEO actor code's country (its first three letters when they are a country code) and
    the sector codes among its other three-letter parts: "USAGOV" -> ("USA", ("GOV",))."""
    country = code[:3] if code[:3] in country_codes() else None
    rest = code[3:] if country else code
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    return country, tuple(p for p in parts if p in sector_labels())


@functools.cache
def known_groups() -> dict[str, str]:
    """CAMEO known-group code -> organisation, from the package's known_groups.tsv."""
    text = resources.files("dyads").joinpath("data/known_groups.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return {row["code"]: row["name"] for row in rows}


@functools.cache
def _sector_rows() -> list[dict[str, str]]:
    text = resources.files("dyads").joinpath("data/sectors.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def sector_labels() -> dict[str, str]:
    """Sector code -> readable label, from the package's sectors.tsv."""
    return {row["code"]: row["label"] for row in _sector_rows()}


# Sectors that are part of the state itself, as against its rebels, opposition or people.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@functools.lru_cache(maxsize=1)
def national_sectors() -> frozenset[str]:
    """Sectors that belong to one country (government, police, rebels), as opposed to
    international ones (IGO, NGO, peacekeepers): sectors.tsv's `national` column."""
    return frozenset(row["code"] for row in _sector_rows() if row["national"] == "yes")


class ActorLexicon:
    """Entries by id, and an index from token sequences to entries.

    Later files override earlier ones: an entry with an existing id replaces it, and a pattern
    already taken moves to the later entry. Within one file a repeated id or pattern is an error.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        discards: Sequence[Discard] = (),
        problems: Sequence[LexiconError] = (),
    ) -> None:
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        # From PETRARCH discard files: phrases whose story, or sentence, yields no events.
        self.discards = tuple(discards)
        # PETRARCH records that were skipped, with file, line and reason.
        self.problems = tuple(problems)

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> ActorLexicon:
        """The package lexicon plus `extra_files` (a user's --actors files): YAML lexicons, or
        PETRARCH actor, agent and discard files (told apart by their content).

        Raises LexiconError with file, line and reason for the first invalid YAML entry; the
        PETRARCH records that cannot be used are skipped and listed in `problems`.
        """
        # Imported here: the PETRARCH reader builds this module's Entry records.
        from .petrarch import petrarch_kind, read_petrarch

        entries: list[Entry] = []
        discards: list[Discard] = []
        problems: list[LexiconError] = []
        folder = resources.files("dyads").joinpath("data/actors")
        for name in _PACKAGE_FILES:
            text = folder.joinpath(name).read_text(encoding="utf-8")
            entries.extend(parse_entries(text, f"dyads/data/actors/{name}"))
        entries = _with_pycountry_names(entries)
        for path in extra_files:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise LexiconError(str(path), None, f"cannot read actor file: {e}") from e
            # A .yaml file is always read as YAML, so a mistyped one gets a YAML error.
            if Path(path).suffix in (".yaml", ".yml") or petrarch_kind(text) is None:
                entries.extend(parse_entries(text, str(path)))
                continue
            dictionary = read_petrarch(path, text)
            entries.extend(dictionary.entries)
            discards.extend(dictionary.discards)
            problems.extend(dictionary.problems)
        return cls(entries, discards, problems)

    def patterns(self) -> Iterable[tuple[str, Entry, str]]:
        """(pattern, entry, role) for every name ("name") and adjective ("adjective")."""
        for entry in self.entries.values():
            for pattern in entry.patterns:
                yield pattern, entry, "name"
            for adjective in entry.adjectives:
                yield adjective, entry, "adjective"


def parse_entries(text: str, origin: str) -> list[Entry]:
    """Validated entries from the YAML `text` of the file named `origin`."""
    data = read_entries(text, origin, "an actor file")
    entries: list[Entry] = []
    seen_ids: set[str] = set()
    seen_patterns: dict[str, str] = {}
    for raw in data:
        entry = _entry(raw, origin)
        if entry.id in seen_ids:
            raise LexiconError(origin, raw[LINE], f"duplicate id {entry.id!r}")
        seen_ids.add(entry.id)
        for pattern in {*entry.patterns, *entry.adjectives}:
            key = pattern if _is_cased(pattern) else pattern.lower()
            if key in seen_patterns and seen_patterns[key] != entry.id:
                raise LexiconError(
                    origin,
                    raw[LINE],
                    f"pattern {pattern!r} of {entry.id!r} is already used by "
                    f"{seen_patterns[key]!r}",
                )
            seen_patterns[key] = entry.id
        entries.append(entry)
    return entries


def _entry(raw: dict[str, Any], origin: str) -> Entry:
    fail = entry_errors(raw, origin, _KEYS)
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise fail("entry has no 'id'")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise fail(f"{entry_id}: kind {kind!r} is not one of {', '.join(KINDS)}")
    name = raw.get("name")
    if kind != "role" and (not isinstance(name, str) or not name.strip()):
        raise fail(f"{entry_id}: a {kind} entry needs a 'name'")
    patterns = _strings(raw.get("patterns"), "patterns", entry_id, fail)
    if not patterns:
        raise fail(f"{entry_id}: 'patterns' must be a non-empty list of strings")
    adjectives = _strings(raw.get("adjectives", []), "adjectives", entry_id, fail)
    if adjectives and kind != "state":
        raise fail(f"{entry_id}: only state entries have 'adjectives'")
    country = raw.get("country")
    if country is not None and country not in country_codes():
        raise fail(f"{entry_id}: country {country!r} is not a CAMEO country code")
    sectors = _strings(raw.get("sectors", []), "sectors", entry_id, fail)
    bad = [s for s in sectors if s not in sector_labels()]
    if bad:
        raise fail(f"{entry_id}: unknown sector(s) {', '.join(bad)}; see dyads/data/sectors.tsv")
    if kind == "role" and not sectors:
        raise fail(f"{entry_id}: a role entry needs 'sectors'")
    code = raw.get("code")
    if code is not None and not _is_code(code):
        raise fail(f"{entry_id}: code {code!r} must be upper-case letters")
    known_group = raw.get("known_group")
    if known_group is not None and known_group not in known_groups():
        raise fail(
            f"{entry_id}: known_group {known_group!r} is not a CAMEO known-group code; see "
            "dyads/data/known_groups.tsv"
        )
    if known_group is not None and kind != "organization":
        raise fail(f"{entry_id}: only organization entries have a 'known_group'")
    placed_only = raw.get("placed_only", False)
    if not isinstance(placed_only, bool):
        raise fail(f"{entry_id}: 'placed_only' must be true or false")
    if placed_only and kind != "role":
        raise fail(f"{entry_id}: only role entries are 'placed_only'")
    return Entry(
        id=entry_id,
        kind=kind,
        name=name or patterns[0],
        patterns=patterns,
        adjectives=adjectives,
        country=country,
        sectors=sectors,
        code=code,
        origin=f"{origin}:{raw[LINE]}",
        known_group=known_group,
        dated_codes=_dated_codes(raw.get("codes"), entry_id, fail),
        placed_only=placed_only,
    )


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and value.isalpha() and value.isupper()


def _dated_codes(
    value: Any, entry_id: str, fail: Callable[[str], LexiconError]
) -> tuple[DatedCode, ...]:
    """The `codes` list: {code, from, until} periods, dates as YYYY-MM-DD, in order and apart."""
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        raise fail(f"{entry_id}: 'codes' must be a non-empty list of {{code, from, until}}")
    periods: list[DatedCode] = []
    for item in value:
        if not isinstance(item, dict) or set(item) - _PERIOD_KEYS - {LINE}:
            raise fail(f"{entry_id}: each of 'codes' is a mapping of code, from and until")
        code, start, end = item.get("code"), item.get("from"), item.get("until")
        if not _is_code(code):
            raise fail(f"{entry_id}: dated code {code!r} must be upper-case letters")
        for key, day in (("from", start), ("until", end)):
            if day is not None and not isinstance(day, dt.date):
                raise fail(f"{entry_id}: '{key}' of {code} must be a date written YYYY-MM-DD")
        if start is not None and end is not None and start >= end:
            raise fail(f"{entry_id}: {code} ends ({end}) before it starts ({start})")
        if periods and (periods[-1].end is None or start is None or start < periods[-1].end):
            raise fail(f"{entry_id}: the periods of 'codes' must be in order and not overlap")
        periods.append(DatedCode(code, start, end))
    return tuple(periods)


def _strings(
    value: Any, key: str, entry_id: str, fail: Callable[[str], LexiconError]
) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(f"{entry_id}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _is_cased(pattern: str) -> bool:
    return pattern != pattern.lower()


def _with_pycountry_names(entries: list[Entry]) -> list[Entry]:
    """Country entries with pycountry's name, common and official names added as patterns."""
    taken = {p for e in entries for p in (*e.patterns, *e.adjectives)}
    by_id = {e.id: e for e in entries}
    for country in pycountry.countries:
        code = cameo_country(country.alpha_3)
        entry = by_id.get(f"country.{code.lower()}") or by_id.get(
            f"territory.{country.alpha_3.lower()}"
        )
        if entry is None:
            continue
        names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        # pycountry writes some names inverted ("Korea, Republic of"); news never does.
        extra = tuple(n for n in names if n and "," not in n and n not in taken)
        if extra:
            taken.update(extra)
            by_id[entry.id] = replace(entry, patterns=entry.patterns + extra)
    return list(by_id.values())
