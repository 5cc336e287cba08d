"""An investment table whose amount columns name their kind alone, the year only in the
caption or heading over it: "Investeringar 2026, tkr" over "Projekt | Budget | Utfall | Kvar
att använda". The "Budget" column is that year's budget, "Utfall" (or "Bokslut") that year's
outcome; a column of what is left ("Kvar att använda", "Avvikelse") stays other text. A
caption naming several years ("Investeringar 2026–2028") names no one year: nothing is
taken."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_build import TableContext

__all__ = ["caption_year_roles"]

_KIND = re.compile(
    r"^(?P<kind>budget|utfall|bokslut)(?:\s+(?:helår|helåret|år))?"
    r"(?:,?\s*\(?(?:tkr|mnkr|kkr)\)?)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _one_year(text: str) -> int | None:
    years = set(_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def caption_year_roles(headers: list[str], ctx: TableContext, out: list[str]) -> None:
    """Gives the columns named by their kind alone the caption's (else the heading's) one
    year, when no column of ``out`` has a year of its own."""
    if any(":" in role for role in out):
        return
    year = _one_year(ctx.caption) or _one_year(ctx.heading)
    if year is None:
        return
    for index, header in enumerate(headers):
        found = _KIND.match(" ".join(header.split())) if index else None
        if found is None or out[index] != "ovrigt":
            continue
        kind = "utfall" if found.group("kind").lower() in ("utfall", "bokslut") else "budget"
        if f"{kind}:{year}" not in out:
            out[index] = f"{kind}:{year}"
