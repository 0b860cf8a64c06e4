"""Build src/dyads/data/cameo.tsv, the codebook the package ships, from the reference tables.

Reads ../shared/data/cameo_eventcodes.tsv (names, CAMEO 1.1b3 manual), cameo_goldstein.tsv
(Goldstein scale, GDELT) and CAMEO2PLOVER-2021.txt (PLOVER type, mode and context, PLOVER
manual draft 0.8, CC BY-SA 4.0), and writes one row per CAMEO code. Run it again when those
tables change; tests/events/test_codebook.py checks that the shipped file still agrees with them.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "dyads" / "data" / "cameo.tsv"
HEADER = """\
# CAMEO event codes as dyads codes them: name (CAMEO 1.1b3 manual), Goldstein scale (GDELT's
# CAMEO.goldsteinscale table), quad class (from the root as GDELT's event files class it: 01-05,
# 06-09, 10-14, 15-20), and the PLOVER event type, mode and context (CAMEO-to-PLOVER table of the
# PLOVER manual, draft 0.8, 2021, by Philip Schrodt and the Open Event Data Alliance, CC BY-SA
# 4.0; those three columns are under that licence). Appeals (02x) take the PLOVER row of the
# matching demand (10x): PLOVER's REQUEST covers both.
# Built by scripts/build_codebook.py from ../shared/data.
"""
PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z_]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


def quad_class(root: str) -> int:
    """GDELT's quad classes by CAMEO root: 01-05 verbal cooperation, 06-09 material
    cooperation, 10-14 verbal conflict, 15-20 material conflict (the classes GDELT 2.0's event
    files carry: consult 04 and diplomatic cooperation 05 are verbal, investigate 09 material
    cooperation, protest 14 verbal conflict)."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


def main() -> None:
    if not SHARED.is_dir():
        sys.exit(f"reference data not found at {SHARED}")
    with open(SHARED / "cameo_eventcodes.tsv", encoding="utf-8") as f:
        names = {r["code"]: r["name"] for r in csv.DictReader(f, delimiter="\t")}
    with open(SHARED / "cameo_goldstein.tsv", encoding="utf-8") as f:
        goldstein = {r["code"]: r["goldstein"] for r in csv.DictReader(f, delimiter="\t")}
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (SHARED / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = PLOVER_LINE.match(line.strip())
        if match:
            code, event, mode, context = match.groups()
            plover[code] = (event, (mode or "").strip(), " ".join((context or "").split()))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(
            [
                "code",
                "name",
                "goldstein",
                "quad_class",
                "plover_type",
                "plover_mode",
                "plover_context",
            ]
        )
        for code, name in names.items():
            # The table leaves CAMEO's appeals (02x) out; PLOVER's REQUEST covers appeals and
            # demands alike (its gold records label CAMEO's appeal examples REQUEST), so an
            # appeal takes the row of the demand it softens: 0233 as 1033, 026 as 106.
            key = "10" + code[2:] if code[:2] == "02" else code
            event, mode, context = plover.get(key, ("", "", ""))
            writer.writerow(
                [code, name, goldstein.get(code, ""), quad_class(code[:2]), event, mode, context]
            )
    print(f"wrote {OUT} ({len(names)} codes)")


if __name__ == "__main__":
    main()
