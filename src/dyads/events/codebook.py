"""The CAMEO codebook the package ships (data/cameo.tsv): names, Goldstein, quad class, PLOVER."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from ..records import Plover


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: Plover | None

    @property
    def root(self) -> str:
        return self.code[:2]


@functools.cache
def codebook() -> dict[str, CameoCode]:
    """CAMEO code -> its entry, for every code of CAMEO 1.1b3."""
    text = resources.files("dyads").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return {
        row["code"]: CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            quad_class=int(row["quad_class"]),
            plover=Plover(row["plover_type"], row["plover_mode"], row["plover_context"])
            if row["plover_type"]
            else None,
        )
        for row in rows
    }
