"""Check a user's dictionary file as `--actors` or `--triggers` would read it (`dyads dict check`).

Told apart by content: a PETRARCH verb pattern file has ``--- NAME [CODE] ---`` blocks; a
PETRARCH actor, agent or discard file is recognised by `actors.petrarch.petrarch_kind`; a
``.yaml`` file, or anything else, is read as a YAML actor lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .actors import parse_entries
from .actors.petrarch import petrarch_kind, read_petrarch
from .errors import LexiconError
from .events.petrarch_verbs import is_verb_patterns, read_verb_patterns


@dataclass(frozen=True, slots=True)
class DictionaryReport:
    """What a dictionary file gave: its kind, a one-line summary of counts, and the records that
    cannot be used."""

    kind: str
    summary: str
    problems: tuple[LexiconError, ...] = field(default_factory=tuple)


def check_dictionary(path: str | Path) -> DictionaryReport:
    """Read the dictionary at `path`. Raises LexiconError when the file cannot be read, or for
    the first invalid entry of a YAML lexicon."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(str(path), None, f"cannot read dictionary: {e}") from e
    yaml = Path(path).suffix in (".yaml", ".yml")
    if not yaml and is_verb_patterns(text):
        verbs = read_verb_patterns(path, text)
        patterns = sum(len(e.verbs) for e in verbs.entries)
        share = 100 * verbs.simple / verbs.patterns if verbs.patterns else 0.0
        left_out = ", ".join(f"{n} {why}" for why, n in sorted(verbs.unsupported.items()))
        return DictionaryReport(
            "verbs",
            f"PETRARCH verb patterns: {verbs.verbs} verbs, {verbs.simple} of {verbs.patterns} "
            f"patterns read ({share:.0f}%), {len(verbs.entries)} trigger entries with {patterns} "
            f"patterns; left out: {left_out or 'none'}",
            tuple(verbs.problems),
        )
    kind = None if yaml else petrarch_kind(text)
    if kind is None:
        entries = parse_entries(text, str(path))
        return DictionaryReport("yaml", f"YAML actor lexicon: {len(entries)} entries")
    dictionary = read_petrarch(path, text)
    counts = {
        "actors": f"{dictionary.records} records, {len(dictionary.entries)} entries with "
        f"{dictionary.patterns} patterns, {dictionary.dated_codes} dated codes, "
        f"{dictionary.multiple_codes} with several codes (the first is used), "
        f"{dictionary.null_coded} null-coded [---] records left out",
        "agents": f"{dictionary.records} agents, {len(dictionary.entries)} role entries with "
        f"{dictionary.patterns} patterns",
        "discards": f"{len(dictionary.discards)} discards "
        f"({sum(d.story for d in dictionary.discards)} drop the story)",
    }
    return DictionaryReport(
        kind,
        f"PETRARCH {kind}: {counts[kind]}; {len(dictionary.problems)} skipped",
        tuple(dictionary.problems),
    )
