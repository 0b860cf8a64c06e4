"""Word lists that coding rules read, kept as data in `data/<stage>/words.yaml`.

Each file is a YAML mapping from a rule id to the lists that rule reads; each list has a
one-line `why` (the general phenomenon the words are evidence of) and its `words`:

```yaml
actors.anaphora.pronoun.v1:
  singular:
    why: A singular pronoun stands for one actor named before ("Chile recalled its envoy").
    words: [it, its]
```

A file is read and validated once: when a Coder is built (`check_word_lists`) or a rule first
asks for one of its lists. Lookups name the file, the rule and the list, so that a list cannot
exist apart from the rule that reads it.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from .errors import ConfigError, LexiconError
from .yamlfile import LINE, read_mapping

_RULE_ID = re.compile(r"^[a-z]+(\.[a-z0-9-]+)+\.v[0-9]+$")
_LIST_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_LIST_KEYS = frozenset({"why", "words"})


def words(relative_path: str, rule_id: str, name: str) -> frozenset[str]:
    """The list `name` of rule `rule_id` in the package file `data/<relative_path>`.

    Raises ConfigError naming the file and key when the file is invalid or holds no such list.
    """
    lists = word_lists(relative_path)
    found = lists.get(rule_id, {}).get(name)
    if found is None:
        raise ConfigError(f"{_origin(relative_path)}: {rule_id}.{name}: no such word list")
    return found


def word_list_files() -> list[str]:
    """The package's word-list files, as paths under `data/`: `<stage>/words.yaml`."""
    data = resources.files("dyads") / "data"
    return sorted(
        f"{d.name}/words.yaml" for d in data.iterdir() if (d / "words.yaml").is_file()
    )


def check_word_lists() -> None:
    """Read and validate every word-list file of the package now, so that an invalid list stops
    a Coder when it is built instead of failing each article it codes. Raises ConfigError
    naming the file and key."""
    for relative_path in word_list_files():
        word_lists(relative_path)


@functools.cache
def word_lists(relative_path: str) -> dict[str, dict[str, frozenset[str]]]:
    """Every list of the package file `data/<relative_path>`, by rule id and list name, read
    and validated once. Raises ConfigError naming the file and key for a key that is not a rule
    id or a list name, a list without a `why` line or words, or words that are not non-empty,
    unique strings."""
    origin = _origin(relative_path)
    path = resources.files("dyads") / "data" / relative_path
    try:
        data = read_mapping(path.read_text(encoding="utf-8"), origin)
    except LexiconError as e:
        raise ConfigError(str(e)) from e
    return parse_word_lists(data, origin)


def parse_word_lists(data: dict[str, Any], origin: str) -> dict[str, dict[str, frozenset[str]]]:
    """The lists of a word-list file already read as YAML (see `word_lists`)."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for rule_id, lists in data.items():
        if rule_id == LINE:
            continue
        if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
            raise ConfigError(f"{origin}: {rule_id!r}: a key must be a rule id (stage.role.id.vN)")
        if not isinstance(lists, dict) or not set(lists) - {LINE}:
            raise ConfigError(f"{origin}: {rule_id}: give a mapping of named word lists")
        out[rule_id] = {}
        for name, entry in lists.items():
            if name == LINE:
                continue
            out[rule_id][name] = _word_list(entry, origin, f"{rule_id}.{name}", name)
    return out


def _word_list(entry: Any, origin: str, key: str, name: Any) -> frozenset[str]:
    def fail(reason: str) -> ConfigError:
        return ConfigError(f"{origin}: {key}: {reason}")

    if not isinstance(name, str) or not _LIST_NAME.match(name):
        raise fail("a list name is lower-case letters, digits and underscores")
    if not isinstance(entry, dict):
        raise fail("give a mapping with `why` and `words`")
    keys = set(entry) - {LINE}
    if keys != _LIST_KEYS:
        unknown, missing = sorted(keys - _LIST_KEYS), sorted(_LIST_KEYS - keys)
        raise fail(
            (f"unknown key(s) {', '.join(unknown)}; " if unknown else "")
            + (f"missing {', '.join(missing)}; " if missing else "")
            + "a list has exactly `why` and `words`"
        )
    why = entry["why"]
    if not isinstance(why, str) or not why.strip() or "\n" in why.strip():
        raise fail("`why` must be one line saying what the words are evidence of")
    found = entry["words"]
    if not isinstance(found, list) or not found:
        raise fail("`words` must be a non-empty list")
    bad = [w for w in found if not isinstance(w, str) or not w.strip() or w != w.strip()]
    if bad:
        raise fail(f"{bad[0]!r} is not a word (a non-empty string without outer spaces)")
    repeated = sorted({w for w in found if found.count(w) > 1})
    if repeated:
        raise fail(f"{', '.join(repeated)} listed twice")
    return frozenset(found)


def _origin(relative_path: str) -> str:
    return str(resources.files("dyads") / "data" / relative_path)
