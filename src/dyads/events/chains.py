"""The order of the event stage's role and place rules, read from `data/events/chains.yaml`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import LexiconError
from ..rules import RuleSwitches, registered
from ..yamlfile import LINE, entry_errors, read_sections
from .roles import Filler, Roles, Site

RoleRule = Callable[..., Any]
_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21))
CHAINS = ("source", "target", "filters", "places")


@dataclass(frozen=True, slots=True)
class Link:
    """One rule of a chain and the roots it applies to (all when `roots` is empty)."""

    id: str
    # A role rule (Roles, Site) -> fillers, a filter (pairs, Site, ActorIndex) -> pairs, or a
    # place rule (PlaceSite) -> Location.
    func: RoleRule
    roots: frozenset[str]
    except_roots: frozenset[str]

    def applies(self, root: str) -> bool:
        return (not self.roots or root in self.roots) and root not in self.except_roots


@dataclass(frozen=True, slots=True)
class Chains:
    source: tuple[Link, ...]
    target: tuple[Link, ...]
    filters: tuple[Link, ...]
    places: tuple[Link, ...]

    @classmethod
    def load(cls) -> Chains:
        """The package's chains. Raises LexiconError with the file, line and reason."""
        path = resources.files("dyads") / "data" / "events" / "chains.yaml"
        origin = str(path)
        data = read_sections(path.read_text(encoding="utf-8"), origin, CHAINS)
        rules = registered()
        chains = {}
        for name in CHAINS:
            links: list[Link] = []
            for raw in data[name]:
                if not isinstance(raw, dict):
                    raise LexiconError(origin, None, f"{name}: {raw!r} is not a mapping")
                link = _link(raw, rules, origin)
                if link.id in {k.id for k in links}:
                    raise LexiconError(origin, raw[LINE], f"{link.id} is listed twice")
                links.append(link)
            chains[name] = tuple(links)
        return cls(**chains)

    def run(
        self, chain: tuple[Link, ...], roles: Roles, site: Site, switches: RuleSwitches,
        keep: Callable[[Filler], bool] = lambda f: True,
    ) -> list[Filler]:  # fmt: skip
        """The actors the first applicable, switched-on rule of `chain` finds and `keep`
        accepts."""
        for link in chain:
            if link.applies(site.root) and switches.on(link.id):
                found = [f for f in link.func(roles, site) if keep(f)]
                if found:
                    return found
        return []


def _link(raw: dict[str, Any], rules: dict[str, Any], origin: str) -> Link:
    fail = entry_errors(raw, origin, {"id", "roots", "except_roots"})
    rule = rules.get(raw.get("id"))  # type: ignore[arg-type]
    if rule is None:
        raise fail(f"{raw.get('id')!r} is not a registered rule")
    roots = {key: frozenset(raw.get(key, ())) for key in ("roots", "except_roots")}
    for key, values in roots.items():
        if not values <= _ROOTS:
            raise fail(f"{key} must be two-digit CAMEO roots 01-20")
    return Link(raw["id"], rule.func, roots["roots"], roots["except_roots"])  # type: ignore[arg-type]
