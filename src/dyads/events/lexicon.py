"""The trigger lexicon: YAML entries (format in data/events/SCHEMA.md), validated on load."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .. import wordlists
from ..errors import LexiconError
from ..yamlfile import LINE, entry_errors, read_entries
from .codebook import codebook

DEFAULT_TARGET_PREPS = (
    "with",
    "against",
    "on",
    "to",
    "toward",
    "towards",
    "at",
    "over",
    "into",
    "from",
)
_KEYS = {
    "id", "cameo", "origin", "verbs", "nouns", "target", "reciprocal", "intent", "topic_object",
    "targetless", "intent_only",
}  # fmt: skip
# Where an entry's patterns come from: the CAMEO codebook's descriptions and examples, news text
# read outside the gold files, or plain English usage.
ORIGINS = ("codebook", "news", "general")
# Lower-case lemmas; after the first, a currency sign too ("give $" for "gave Peru $5 million")
# or a word class ("send @armed_unit" for "sent warships").
_PATTERN = re.compile(r"^[a-z][a-z'\-]*( ([a-z][a-z'\-]*|[$€£¥]|@[a-z_]+))*$")
# Where the word classes a pattern may name are listed: `data/events/words.yaml`, rule
# `triggers.word-class.v1`.
WORD_CLASS_RULE = "triggers.word-class.v1"
_INTENT_ROOTS = ("03", "13")
_ACT_ROOTS = {f"{n:02d}" for n in (*range(4, 9), *range(14, 21))}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    id: str
    cameo: str
    verbs: tuple[tuple[str, ...], ...]
    nouns: tuple[tuple[str, ...], ...]
    target: tuple[str, ...]
    reciprocal: bool
    intent: str | None
    # `codebook`, `news` or `general` (ORIGINS).
    origin: str
    # The file and line that define the entry, for messages.
    defined_at: str
    # The direct object is what the act is about, not a party to it: "discussed Ukraine".
    topic_object: bool = False
    # The act is complete with no second party: claiming a bombing, denying a role in it.
    targetless: bool = False
    # The words name an act only as announced or promised ("will work with Peru"); said as
    # done they are too vague to code ("worked with Peru on ...").
    intent_only: bool = False


# The head word of patterns of state ("be on alert"), matched on a copula (`copula_phrase`).
COPULA = "be"


class TriggerLexicon:
    """Trigger entries indexed by the lemma of their head word."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self.entries = {e.id: e for e in entries}
        self.by_verb: dict[str, list[tuple[tuple[str, ...], TriggerEntry]]] = {}
        self.by_noun: dict[str, list[tuple[tuple[str, ...], TriggerEntry]]] = {}
        for entry in self.entries.values():
            for pattern in entry.verbs:
                self.by_verb.setdefault(pattern[0], []).append((pattern, entry))
            for pattern in entry.nouns:
                self.by_noun.setdefault(pattern[0], []).append((pattern, entry))
        for index in (self.by_verb, self.by_noun):
            for patterns in index.values():
                # Longest first, so "give warning" is tried before "give".
                patterns.sort(key=lambda p: -len(p[0]))
        # The CAMEO roots a noun heads a pattern of, whatever words the pattern wants with it:
        # "the expulsion" names an act of root 16 though only "expulsion of diplomat" codes one.
        self.noun_roots = {
            head: frozenset(entry.cameo[:2] for _, entry in patterns)
            for head, patterns in self.by_noun.items()
        }

    def head_words(self) -> set[str]:
        """The words one of which a sentence must hold to hold an event (`parse_selectively`):
        each pattern's head word, but for a copula's patterns ("be on alert", "be in talk")
        their last word, as nearly every sentence holds a form of "be"."""
        words = {*self.by_verb, *self.by_noun} - {COPULA}
        words |= {pattern[-1] for pattern, _ in self.by_verb.get(COPULA, ())}
        return words

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> TriggerLexicon:
        """The package's trigger files, then `extra_files` (a user's --triggers files: YAML in
        the package's format, or PETRARCH verb pattern files). Raises LexiconError with file,
        line and reason."""
        folder = resources.files("dyads").joinpath("data/events")
        entries: list[TriggerEntry] = []
        names = sorted(f.name for f in folder.iterdir() if f.name.startswith("triggers"))
        for name in names:
            entries += parse_triggers(
                folder.joinpath(name).read_text(encoding="utf-8"), f"dyads/data/events/{name}"
            )
        _one_entry_per_pattern(entries)
        for path in extra_files:
            entries += _extra_triggers(path)
        seen: dict[str, str] = {}
        for entry in entries:
            if entry.id in seen:
                raise LexiconError(
                    entry.defined_at, None, f"duplicate id {entry.id!r} (also at {seen[entry.id]})"
                )
            seen[entry.id] = entry.defined_at
        return cls(entries)


def _extra_triggers(path: str | Path) -> list[TriggerEntry]:
    """The entries of a user's trigger file, YAML or PETRARCH verb patterns."""
    # Imported here: the PETRARCH reader builds this module's TriggerEntry records.
    from .petrarch_verbs import is_verb_patterns, read_verb_patterns

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(str(path), None, f"cannot read trigger file: {e}") from e
    if Path(path).suffix not in (".yaml", ".yml") and is_verb_patterns(text):
        return read_verb_patterns(path, text).entries
    return parse_triggers(text, path)


def _one_entry_per_pattern(entries: Sequence[TriggerEntry]) -> None:
    """The package's patterns each code one act, whichever file holds them: a pattern in two
    entries would code by the order of the files. Raises LexiconError naming both entries."""
    owners: dict[tuple[str, str], TriggerEntry] = {}
    for entry in entries:
        for kind, patterns in (("verb", entry.verbs), ("noun", entry.nouns)):
            for pattern in patterns:
                key = (kind, " ".join(pattern))
                other = owners.setdefault(key, entry)
                if other.id != entry.id:
                    raise LexiconError(
                        entry.defined_at,
                        None,
                        f"{kind} pattern {key[1]!r} of {entry.id!r} is already in {other.id!r} "
                        f"({other.defined_at}): keep it in one entry",
                    )


def parse_triggers(text: str, origin: str | Path) -> list[TriggerEntry]:
    """Validated trigger entries from the YAML `text` of the file `origin`."""
    origin = str(origin)
    data = read_entries(text, origin, "a trigger file")
    entries = []
    patterns_seen: dict[tuple[str, str], str] = {}
    for raw in data:
        entry = _entry(raw, origin)
        for kind, patterns in (("verb", entry.verbs), ("noun", entry.nouns)):
            for pattern in patterns:
                key = (kind, " ".join(pattern))
                if key in patterns_seen:
                    raise LexiconError(
                        origin,
                        raw[LINE],
                        f"{kind} pattern {key[1]!r} of "
                        f"{entry.id!r} is already in {patterns_seen[key]!r}",
                    )
                patterns_seen[key] = entry.id
        entries.append(entry)
    return entries


def _entry(raw: dict[str, Any], origin: str) -> TriggerEntry:
    fail = entry_errors(raw, origin, _KEYS)
    entry_id, cameo = raw.get("id"), raw.get("cameo")
    if not isinstance(entry_id, str) or not entry_id:
        raise fail("entry has no 'id'")
    codes = codebook()
    if not isinstance(cameo, str) or cameo not in codes:
        raise fail(f'{entry_id}: cameo {cameo!r} is not a CAMEO code (quote it: "0334")')
    if not entry_id.startswith(cameo + "."):
        raise fail(f"{entry_id}: the id must start with its code and a dot ({cameo}.)")
    verbs = _patterns(raw.get("verbs"), "verbs", entry_id, fail)
    nouns = _patterns(raw.get("nouns"), "nouns", entry_id, fail)
    if not verbs and not nouns:
        raise fail(f"{entry_id}: give 'verbs' or 'nouns'")
    target = raw.get("target", list(DEFAULT_TARGET_PREPS))
    if not isinstance(target, list) or not all(isinstance(p, str) for p in target):
        raise fail(f"{entry_id}: 'target' must be a list of prepositions")
    reciprocal = raw.get("reciprocal", False)
    if not isinstance(reciprocal, bool):
        raise fail(f"{entry_id}: 'reciprocal' must be true or false")
    intent = raw.get("intent")
    if intent is not None:
        if not isinstance(intent, str) or intent not in codes or intent[:2] not in _INTENT_ROOTS:
            raise fail(f"{entry_id}: intent {intent!r} must be a 03x or 13x CAMEO code")
        if cameo[:2] not in _ACT_ROOTS:
            raise fail(f"{entry_id}: only acts (roots 04-08, 14-20) have an 'intent' code")
    provenance = raw.get("origin")
    if provenance not in ORIGINS:
        raise fail(f"{entry_id}: 'origin' must be one of {', '.join(ORIGINS)}")
    topic_object = raw.get("topic_object", False)
    if not isinstance(topic_object, bool):
        raise fail(f"{entry_id}: 'topic_object' must be true or false")
    targetless = raw.get("targetless", False)
    if not isinstance(targetless, bool):
        raise fail(f"{entry_id}: 'targetless' must be true or false")
    intent_only = raw.get("intent_only", False)
    if not isinstance(intent_only, bool):
        raise fail(f"{entry_id}: 'intent_only' must be true or false")
    if intent_only and intent is None:
        raise fail(f"{entry_id}: an 'intent_only' entry needs an 'intent' code")
    return TriggerEntry(
        entry_id, cameo, verbs, nouns, tuple(target), reciprocal, intent, provenance,
        f"{origin}:{raw[LINE]}", topic_object, targetless, intent_only,
    )  # fmt: skip


def _patterns(value: Any, key: str, entry_id: str, fail: Any) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{entry_id}: '{key}' must be a list of strings")
    bad = [v for v in value if not _PATTERN.match(v)]
    if bad:
        raise fail(f"{entry_id}: pattern {bad[0]!r} must be lower-case lemmas separated by spaces")
    classes = wordlists.word_lists("events/words.yaml").get(WORD_CLASS_RULE, {})
    unknown = [w for v in value for w in v.split() if w.startswith("@") and w[1:] not in classes]
    if unknown:
        raise fail(
            f"{entry_id}: word class {unknown[0]!r} is not a list of {WORD_CLASS_RULE} in "
            "data/events/words.yaml"
        )
    return tuple(tuple(v.split()) for v in value)
