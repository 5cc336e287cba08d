"""An indicator's figure that says when it was measured. A delårsrapport's indicator table
often has a column "Senaste mätning 2026" or "Utfall 2026" whose cells carry the period the
register was read for, in brackets after the figure: "89 % (juli)", "13 (mars)", "104
(jan–aug)", "8,4 % (jan–jul)", "71 % (tertial 1)". The figure is the year's outcome so far;
the bracket is no part of it, and the period is kept in words with the follow-up's outcome,
named by its column ("Senaste mätning 2026: 89 % (juli)"), so that nothing of the cell is
lost."""

from __future__ import annotations

import re

__all__ = ["measured_periods", "without_periods"]

_MONTH = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PART = r"(?:(?:t|tertial|kv|kvartal|q)\s*[1-4]|[1-4]:a\s+(?:tertialet|kvartalet)|halvår\s*[12])"
_PERIOD = rf"(?:{_MONTH}(?:\s*[–—-]\s*{_MONTH})?|{_PART})(?:\s+(?:19|20)\d\d)?"
_FIGURE = r"[-−+]?\d[\d  ]*(?:[,.]\d+)?(?:\s*%)?"
_MEASURED = re.compile(rf"^(?P<figure>{_FIGURE})\s*\((?P<period>{_PERIOD})\)$", re.IGNORECASE)


def _measured(text: str) -> re.Match[str] | None:
    return _MEASURED.match(" ".join(text.split()))


def _figure_column(roles: list[str], index: int) -> bool:
    return index < len(roles) and (roles[index] == "nulage" or ":" in roles[index])


def without_periods(cells: list[str], roles: list[str]) -> list[str]:
    """The row's cells with each figure column's measured period left out ("89 % (juli)" →
    "89 %"); any other cell as it is."""
    out = []
    for index, cell in enumerate(cells):
        found = _measured(cell) if _figure_column(roles, index) else None
        out.append(found.group("figure").strip() if found else cell)
    return out


def measured_periods(headers: list[str], roles: list[str], cells: list[str]) -> str:
    """The figure cells of an indicator's row that say when they were measured, each named by
    its column ("Senaste mätning 2026: 89 % (juli)"); "" when no cell does."""
    return "\n".join(
        f"{headers[i]}: {' '.join(cell.split())}" if i < len(headers) and headers[i] else cell
        for i, cell in enumerate(cells)
        if _figure_column(roles, i) and _measured(cell)
    )
