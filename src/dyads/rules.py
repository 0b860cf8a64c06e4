"""Coding rules as named units: a registry, and the switches that turn rules off.

A rule is a small function registered under a stable, versioned id (`roles.target.dative.v1`)
with a docstring that states the generalisation it implements. Stages run their rules in the
order their chain files give (`data/events/chains.yaml`), skip the ones switched off, and write
the ids of the rules that produced an event into `Event.rules`, so that `dyads eval --by-rule`
can credit each rule and `--ablate` can measure it. Trigger-lexicon entries are switchable the
same way under `trigger.<entry id>`.

Modelled on spaCy's registered factories (`@Language.factory("name")`): registration happens at
import, ids carry a version so a configuration reproduces a run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

from .errors import ConfigError, LexiconError
from .yamlfile import LINE, entry_errors, read_entries

F = TypeVar("F", bound=Callable[..., object])

_ID = re.compile(r"^[a-z]+(\.[a-z0-9-]+)+\.v[0-9]+$")
TRIGGER_PREFIX = "trigger."


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its id, the stage it belongs to, and what it says it does."""

    id: str
    stage: str
    doc: str
    func: Callable[..., object]


_REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[F], F]:
    """Register the decorated function as the rule `rule_id` (stage.role.name.vN).

    Raises ValueError at import for a malformed or duplicate id or a missing docstring, so a
    rule cannot exist without a name and a stated reason.
    """

    def register(func: F) -> F:
        if not _ID.match(rule_id):
            raise ValueError(f"rule id {rule_id!r} is not of the form stage.role.name.vN")
        if rule_id in _REGISTRY:
            raise ValueError(f"rule id {rule_id!r} is registered twice")
        if not (func.__doc__ or "").strip():
            raise ValueError(f"rule {rule_id!r} needs a docstring stating its generalisation")
        _REGISTRY[rule_id] = Rule(rule_id, rule_id.split(".")[0], func.__doc__.strip(), func)
        func.rule_id = rule_id  # type: ignore[attr-defined]
        return func

    return register


def registered() -> dict[str, Rule]:
    """Every registered rule by id. Importing the coder registers them all."""
    return dict(_REGISTRY)


def rule_id(func: Callable[..., object]) -> str:
    """The id a function was registered under."""
    return func.rule_id  # type: ignore[attr-defined,no-any-return]


@dataclass(frozen=True, slots=True)
class RuleSwitches:
    """Which rules are off. An id switches off that rule; a prefix of whole dot-separated parts
    (`roles.target`) switches off every rule under it, and `trigger.` with the first digits of
    a CAMEO code (`trigger.11`, `trigger.0231`) every trigger entry of those codes."""

    disabled: frozenset[str] = frozenset()

    def on(self, rule_id: str) -> bool:
        if not self.disabled:
            return True
        if rule_id in self.disabled:
            return False
        parts = rule_id.split(".")
        if any(".".join(parts[:n]) in self.disabled for n in range(1, len(parts))):
            return False
        return not (rule_id.startswith(TRIGGER_PREFIX) and any(
            parts[1].startswith(code) for code in _trigger_codes(self.disabled)
        ))  # fmt: skip

    @classmethod
    def parse(cls, ids: Iterable[str], known: Iterable[str]) -> RuleSwitches:
        """Switches from user-given ids, checked against the `known` ids (rules and trigger
        entries). Raises ConfigError naming an id that matches nothing."""
        known = set(known)
        prefixes = {".".join(k.split(".")[:n]) for k in known for n in range(1, k.count(".") + 1)}
        codes = {k.split(".")[1] for k in known if k.startswith(TRIGGER_PREFIX)}
        wanted = frozenset(i.strip() for i in ids if i.strip())
        unknown = sorted(
            i
            for i in wanted
            if i not in known
            and i not in prefixes
            and not any(c.startswith(p) for p in _trigger_codes({i}) for c in codes)
        )
        if unknown:
            raise ConfigError(
                f"unknown rule id(s) {', '.join(unknown)}; `dyads rules` lists the rules and "
                "trigger entries that can be switched off"
            )
        return cls(wanted)


def _trigger_codes(ids: Iterable[str]) -> list[str]:
    return [
        i[len(TRIGGER_PREFIX) :]
        for i in ids
        if i.startswith(TRIGGER_PREFIX) and i[len(TRIGGER_PREFIX) :].isdigit()
    ]


def load_chain(relative_path: str) -> list[tuple[str, Callable[..., object]]]:
    """The rules a data file under the package's `data/` lists, in order, as (id, function).

    The file is a YAML list of `{id: ...}` mappings. Raises LexiconError with the file and line
    for an id that is not registered or is listed twice.
    """
    path = resources.files("dyads") / "data" / relative_path
    origin = str(path)
    chain: list[tuple[str, Callable[..., object]]] = []
    for raw in read_entries(path.read_text(encoding="utf-8"), origin, "a rule chain"):
        fail = entry_errors(raw, origin, {"id"})
        found = _REGISTRY.get(raw.get("id"))  # type: ignore[arg-type]
        if found is None:
            raise fail(f"{raw.get('id')!r} is not a registered rule")
        if found.id in {i for i, _ in chain}:
            raise LexiconError(origin, raw[LINE], f"{found.id} is listed twice")
        chain.append((found.id, found.func))
    return chain
