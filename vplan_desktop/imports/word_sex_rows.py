"""Figures reported by sex, as Swedish plans report every figure about people: an indicator's
row for the total, then a row per sex. The sex is written in a column of its own beside the
name ("Indikator | (blank) | Utfall 2025 | Mål 2027" with "Totalt", "Flickor", "Pojkar" or
"Kvinnor", "Män" in the blank column, the name written on the total's row only or merged down
over the rows), or in the name cell of the row under the total ("– varav kvinnor", "Män").

The total is the indicator, under its own name; each sex's row is an indicator of its own,
named "<name> – kvinnor" ("– män", "– flickor", "– pojkar"), with that row's figures. The
labels "Totalt", "varav" and the dash are structure: the names say what they said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vplan_desktop.imports.word_blocks import Block

__all__ = ["SexRows", "named_sex", "sex_label"]

_SEXES = {
    "kvinnor": "kvinnor",
    "kvinna": "kvinnor",
    "män": "män",
    "man": "män",
    "flickor": "flickor",
    "flicka": "flickor",
    "pojkar": "pojkar",
    "pojke": "pojkar",
}
_TOTALS = {"totalt", "total", "samtliga", "alla", "båda könen"}
"""The total's label; a column is read by sex only when all its labels are these or sexes."""
_NAMED = re.compile(
    r"^[-–—•]?\s*(?:(?:varav|därav)\s+)?(?P<sex>kvinnor|män|flickor|pojkar)\s*:?$", re.IGNORECASE
)


def sex_label(text: str) -> str | None:
    """The sex a cell of its own names ("Kvinnor" → "kvinnor"), "" for the total ("Totalt"),
    None for a cell that names neither."""
    lower = " ".join(text.split()).lower().rstrip(":")
    if lower in _TOTALS:
        return ""
    return _SEXES.get(lower)


def named_sex(text: str) -> str | None:
    """The sex a row's name cell names as a part of the row above ("– varav kvinnor", "varav
    män", "Flickor" → "flickor"); None for any other name."""
    found = _NAMED.match(" ".join(text.split()))
    return found.group("sex").lower() if found else None


def _names_sexes(parts: Sequence[tuple[Block, int]], column: int) -> bool:
    """Whether the column names the rows' sexes: a sex in some row and nothing else in any."""
    cells = [
        block.row_texts(r)[column]
        for block, skip in parts
        for r in range(skip, len(block.rows))
        if column < len(block.rows[r])
    ]
    labels = [sex_label(c) for c in cells if c.strip()]
    return any(labels) and None not in labels


class SexRows:
    """Names, row by row, the rows of a table of indicators that report a figure by sex."""

    def __init__(self, roles: list[str], name_col: int, parts: Sequence[tuple[Block, int]]) -> None:
        self.on = any(r.startswith(("mal:", "utfall:")) or r == "nulage" for r in roles)
        """Only a table of indicators (its figures outcomes, a nuläge or targets)."""
        self.name_col = name_col
        self.sides = [
            i
            for i, role in enumerate(roles)
            if role == "ovrigt" and i != name_col and _names_sexes(parts, i)
        ]
        """The columns that name a row's sex beside its name."""
        self.base = ""
        """The name of the indicator whose rows by sex may follow."""

    def reset(self) -> None:
        """A title row: the rows under it start anew."""
        self.base = ""

    def name(self, cells: list[str]) -> None:
        """Names the row ``cells`` in place: a sex's row "<indicator> – <sex>", its sex cell
        emptied; the total's row keeps the indicator's name, its "Totalt" emptied."""
        if not self.on:
            return
        name = cells[self.name_col].strip()
        for side in self.sides:
            if side >= len(cells) or (sex := sex_label(cells[side])) is None:
                continue
            if not (name or self.base):
                return  # a sex with no indicator named: not this shape
            cells[side] = ""
            if name and name != self.base:
                self.base = name  # the indicator's first row, the total's or a sex's
            if sex:
                cells[self.name_col] = f"{self.base} – {sex}"
            return
        sex = named_sex(name)
        if sex and self.base:
            cells[self.name_col] = f"{self.base} – {sex}"
        elif name and not sex:
            self.base = name
