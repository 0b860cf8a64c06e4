"""PETRARCH verb pattern files (CAMEO.verbpatterns) read as extra trigger entries.

What is read (docs/dictionaries.md lists what is not):

- ``&NAME`` synonym sets, one ``+MEMBER`` a line.
- ``--- NAME [CODE] ---`` verb blocks: each verb line of the block (``SAY {SAYS SAID}``,
  ``+CLEAR_UP``, ``EXPRESS [0110]``) becomes a trigger entry for the block's code, or the
  line's own.
- Simple patterns, ``- * WORDS [CODE]``: the verb first, then literal words or ``&SET``
  references. Each becomes an entry for every verb of its block ("abandon headquarters" for
  ``- * HEADQUARTERS [0874]`` in the ABANDON block); a set reference gives one pattern per
  member.

Patterns with words before the verb, source or target markers (``$``, ``+``), compound and skip
markers (``%``, ``^``), null codes (``[---]``), paired codes (``[031:031]``) or words dyads'
patterns cannot hold (digits) are counted as unsupported and left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from ..yamlfile import read_lexicon_text
from .codebook import codebook
from .lexicon import DEFAULT_TARGET_PREPS, TriggerEntry

_BLOCK = re.compile(r"^---\s*(?P<name>[^\[]+?)\s*\[(?P<code>[^\]]*)\]\s*---\s*$")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_BRACES = re.compile(r"\{[^}]*\}")
_WORD = re.compile(r"^[a-z][a-z'\-]*$")
_NULL_CODE = "---"
# Source ($), target (+), compound (%) and skip (^) markers, and PETRARCH's other specials.
_MARKERS = frozenset("+$%^@{")


@dataclass(slots=True)
class VerbPatterns:
    """The entries one verb pattern file gave, with counts of what was left out and why."""

    path: str
    entries: list[TriggerEntry] = field(default_factory=list)
    problems: list[LexiconError] = field(default_factory=list)
    verbs: int = 0
    patterns: int = 0
    simple: int = 0
    unsupported: dict[str, int] = field(default_factory=dict)


def is_verb_patterns(text: str) -> bool:
    """Whether `text` is a PETRARCH verb pattern file (it has ``--- NAME [CODE] ---`` blocks)."""
    return any(_BLOCK.match(line) for _, line in _content_lines(text))


def read_verb_patterns(path: str | Path, text: str | None = None) -> VerbPatterns:
    """The trigger entries of the PETRARCH verb file `path` (or its `text`). Raises
    LexiconError when the file cannot be read or has no verb blocks."""
    origin = str(path)
    if text is None:
        text = read_lexicon_text(path, "verb patterns")
    if not is_verb_patterns(text):
        raise LexiconError(origin, None, "no '--- NAME [CODE] ---' verb blocks: not a verb file")
    out = VerbPatterns(origin)
    sets = _synonym_sets(text)
    codes = codebook()
    block_code: str | None = None
    block_verbs: list[str] = []
    seen: set[tuple[str, ...]] = set()

    def add(number: int, cameo: str, patterns: list[tuple[str, ...]]) -> None:
        """One entry per line of the file: a verb, or a pattern for every verb of its block."""
        fresh = tuple(dict.fromkeys(p for p in patterns if p not in seen))
        if not fresh:
            return
        seen.update(fresh)
        out.entries.append(TriggerEntry(
            id=f"{cameo}.petrarch-{number}", cameo=cameo, verbs=fresh, nouns=(),
            target=DEFAULT_TARGET_PREPS, reciprocal=False, intent=None,
            # PETRARCH's verb dictionary is written from the CAMEO codebook.
            origin="codebook", defined_at=f"{origin}:{number}",
        ))  # fmt: skip

    for number, line in _content_lines(text):
        stripped = line.strip()
        if not stripped or stripped.startswith(("&", "+")) and block_code is None:
            continue
        block = _BLOCK.match(stripped)
        if block:
            # A paired block code ("[040:040]") codes source and target apart; its first half
            # is the event's code.
            block_code, block_verbs = block["code"].split(":")[0].strip(), []
            continue
        if block_code is None:
            continue
        if stripped.startswith("-"):
            out.patterns += 1
            reason, variants, code = _simple_pattern(stripped, sets)
            if reason is None and code not in codes:
                reason = "code not in CAMEO"
            if reason is not None:
                out.unsupported[reason] = out.unsupported.get(reason, 0) + 1
                continue
            out.simple += 1
            patterns = [(*verb.split(), *words) for verb in block_verbs for words in variants]
            add(number, code, patterns)
            continue
        verb_code = _CODE.search(stripped)
        words = _words(_BRACES.sub(" ", _CODE.sub("", stripped)).lstrip("+"))
        if not words or not all(_WORD.match(w) for w in words):
            out.problems.append(LexiconError(origin, number, f"not a verb: {stripped}"))
            continue
        out.verbs += 1
        verb = " ".join(words)
        block_verbs.append(verb)
        code = verb_code.group(1).strip() if verb_code else block_code
        if code == _NULL_CODE:
            continue
        if code not in codes:
            out.problems.append(LexiconError(origin, number, f"code [{code}] is not in CAMEO"))
            continue
        add(number, code, [tuple(words)])
    return out


def _simple_pattern(
    line: str, sets: dict[str, list[tuple[str, ...]]]
) -> tuple[str | None, list[tuple[str, ...]], str]:
    """(None, word variants, code) for a simple pattern, else (the reason, [], "")."""
    code = _CODE.search(line)
    if code is None:
        return "no code", [], ""
    value = code.group(1).strip()
    if value == _NULL_CODE:
        return "null code [---]", [], ""
    if ":" in value:
        return "paired code", [], ""
    tokens = _CODE.sub("", line)[1:].split()
    if any(token[:1] in _MARKERS for token in tokens):
        return "source, target, compound or skip marker", [], ""
    if not tokens or tokens[0] != "*":
        return "words before the verb", [], ""
    variants: list[tuple[str, ...]] = [()]
    for token in tokens[1:]:
        if token.startswith("&"):
            members = sets.get(token[1:].rstrip("_").upper())
            if members is None:
                return "unknown synonym set", [], ""
            variants = [v + m for v in variants for m in members]
            continue
        words = tuple(_words(token))
        if not all(_WORD.match(w) for w in words):
            return "words dyads cannot match", [], ""
        variants = [v + words for v in variants]
    if not tokens[1:]:
        return "verb alone", [], ""
    return None, variants, value


def _synonym_sets(text: str) -> dict[str, list[tuple[str, ...]]]:
    """&NAME -> its members' words, for the members dyads' patterns can hold."""
    sets: dict[str, list[tuple[str, ...]]] = {}
    current: list[tuple[str, ...]] | None = None
    for _, line in _content_lines(text):
        stripped = line.strip()
        if stripped.startswith("&"):
            current = sets.setdefault(stripped[1:].rstrip("_").upper(), [])
        elif stripped.startswith("+") and current is not None:
            words = tuple(_words(stripped[1:]))
            if words and all(_WORD.match(w) for w in words):
                current.append(words)
        elif stripped:
            current = None
    return sets


def _words(phrase: str) -> list[str]:
    return [w.lower() for w in re.split(r"[_\s]+", phrase.strip()) if w]


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line without comments); ``#`` comments and ``<!-- -->`` blocks removed."""
    in_comment = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.lstrip().startswith("<!"):
            in_comment = line.lstrip().startswith("<!--") and "-->" not in line
            continue
        yield number, line.split("#", 1)[0].rstrip()
