"""An indicator table giving the nuläge's year in a column of its own beside it ("Nr | Indikator |
Utgångsvärde | År", "Nuläge | Mätår"): each row's year is its nuläge's year ("81,4 %" under
"Utgångsvärde" and "2025" under "År" is 81,4 % in 2025; a school year "2024/25" is 2025). A
dash in the year column says there is no year (a new measure): it is structure, no words of
the row."""

from __future__ import annotations

import re

from vplan_desktop.imports.word_build import TableView
from vplan_desktop.imports.word_indicator_cells import dated_value, no_figure
from vplan_desktop.imports.word_school_year import year_in

__all__ = ["nulage_year_column", "with_nulage_year"]

_YEAR_HEADER = re.compile(
    r"^(?:år|årtal|mätår|mättillfälle|avser\s+år|år\s+för\s+(?:mätning|utgångsvärde|nuläge)"
    r"|(?:utgångsvärdets|nulägets)\s+år)$",
    re.IGNORECASE,
)
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:\s*/\s*\d\d(?:\d\d)?)?$")


def nulage_year_column(view: TableView) -> int | None:
    """The column headed "År" (or "Mätår") in a table with a nuläge column whose cells are
    years or dashes; None when there is none."""
    if view.col("nulage") is None:
        return None
    for column, header in enumerate(view.headers):
        role = view.roles[column] if column < len(view.roles) else ""
        if role != "ovrigt" or not _YEAR_HEADER.match(" ".join(header.split()).strip(" :")):
            continue
        cells = [r.cells[column] for r in view.rows.rows if column < len(r.cells)]
        filled = [c.strip() for c in cells if c.strip()]
        if filled and all(_YEAR_CELL.match(c) or no_figure(c) for c in filled):
            return column
    return None


def with_nulage_year(view: TableView, cells: list[str]) -> list[str]:
    """``cells`` with the year column's year given to the nuläge cell ("2025: 81,4 %") and
    the year cell emptied; ``cells`` as they are in a table without such a column."""
    column = nulage_year_column(view)
    nulage = view.col("nulage")
    if column is None or nulage is None or column >= len(cells) or nulage >= len(cells):
        return cells
    out = list(cells)
    year = year_in(out[column]) if _YEAR_CELL.match(out[column].strip()) else None
    out[column] = ""
    # a year in the nuläge cell itself ("81 % (2024)") comes first
    dated = bool(out[nulage]) and dated_value(out[nulage])[0] is not None
    if year is not None and out[nulage] and not no_figure(out[nulage]) and not dated:
        out[nulage] = f"{year}: {out[nulage]}"
    return out
