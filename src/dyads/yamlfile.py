"""YAML lexicon files: a list of mappings, each remembering its line for error messages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .errors import LexiconError

LINE = "__line__"


# libyaml's parser when PyYAML was built with it: the lexicons hold thousands of entries, and
# the pure-Python parser takes seconds over them.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe YAML loader that records the line of every mapping under the key LINE."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # YAML lets a repeated key silently replace the first; in a lexicon that loses a list.
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} is repeated", key_node.start_mark
                )
            seen.add(key)
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


# YAML 1.1 reads on, off, yes and no as booleans, which turns the preposition "on" in a list of
# words into True. Lexicon files take only true and false as booleans.
_LineLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_lexicon_text(path: str | Path, what: str) -> str:
    """The UTF-8 text of a lexicon or dictionary file. Raises LexiconError naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(str(path), None, f"cannot read {what}: {e}") from e


def read_entries(text: str, origin: str, what: str) -> list[dict[str, Any]]:
    """The entries of a YAML list of mappings, each with its line under LINE.

    Raises LexiconError naming `origin` and the line for bad YAML or a non-list file.
    """
    data = _load(text, origin)
    if data is None:
        return []
    if not isinstance(data, list):
        raise LexiconError(origin, 1, f"{what} must be a YAML list of entries")
    for raw in data:
        if not isinstance(raw, dict):
            raise LexiconError(origin, None, f"entry {raw!r} is not a mapping")
    return data


def read_sections(text: str, origin: str, sections: tuple[str, ...]) -> dict[str, list[Any]]:
    """A YAML mapping of exactly `sections`, each a list (mappings in it carry LINE).

    Raises LexiconError naming `origin` for bad YAML, missing or unknown sections.
    """
    data = _load(text, origin)
    keys = set(data) - {LINE} if isinstance(data, dict) else set()
    if keys != set(sections) or not all(isinstance(data[k], list) for k in sections):
        raise LexiconError(origin, 1, f"expected a mapping of lists under {', '.join(sections)}")
    return {k: data[k] for k in sections}


def read_mapping(text: str, origin: str) -> dict[str, Any]:
    """A YAML mapping (nested mappings carry LINE). Raises LexiconError naming `origin` for bad
    YAML or a file that is not a mapping."""
    data = _load(text, origin)
    if not isinstance(data, dict):
        raise LexiconError(origin, 1, "expected a YAML mapping")
    return data


def _load(text: str, origin: str) -> Any:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise LexiconError(origin, line, f"not valid YAML: {getattr(e, 'problem', e)}") from e
    return data


def entry_errors(
    raw: dict[str, Any], origin: str, allowed: set[str]
) -> Callable[[str], LexiconError]:
    """A maker of errors located at entry `raw` of `origin`, once its keys are checked.

    Raises LexiconError for keys outside `allowed`.
    """
    line = raw[LINE]

    def fail(reason: str) -> LexiconError:
        return LexiconError(origin, line, reason)

    unknown = sorted(set(raw) - allowed - {LINE})
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    return fail
