"""A budget's "varav" rows: a line "varav personalkostnader ⇥ −14 200 ⇥ −14 900" (also
"därav …", "– varav …") under a verksamhet or kostnadsslag says how much of the row above is
one kind of cost. It is a part of that row, not a row of its own: it does not become a budget
row and is not counted when the totals rows are checked. Its line is kept as written, after
the name of the row it belongs to, as text in the chapter the budget stands in."""

from __future__ import annotations

import re

from vplan_desktop import markdown as md
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_table import Row

_PART = re.compile(r"^[-–—]?\s*(?:varav|därav)\s+\S", re.IGNORECASE)
"""A row naming a part of the row above."""


def take_parts(view: TableView) -> list[tuple[Row, Row]]:
    """The "varav" rows of ``view``'s table, each with the row it is a part of, taken out of
    the table's rows and out of the rows its totals sum; [] when it has none."""
    parts: list[tuple[Row, Row]] = []
    kept: list[Row] = []
    for row in view.rows.rows:
        if kept and _PART.match(view.cell(row.cells, "namn").strip()):
            parts.append((kept[-1], row))
        else:
            kept.append(row)
    if parts:
        taken = {id(part) for _, part in parts}
        view.rows.rows = kept
        for total in view.rows.totals:
            total.rows = [r for r in total.rows if id(r) not in taken]
    return parts


def keep_parts(view: TableView, b: Builder, parts: list[tuple[Row, Row]]) -> str:
    """The "varav" lines kept as text in the chapter, each after its row's name, and the
    report's sentence saying so; "" when there are none."""
    if not parts:
        return ""
    chapter = b.target_chapter()
    for whole, part in parts:
        line = " ".join(c.strip() for c in part.cells if c.strip())
        b.text(chapter, md.Paragraph((md.Run(f"{view.cell(whole.cells, 'namn')}: {line}"),)))
    names = ", ".join(f"”{view.cell(part.cells, 'namn').strip()}”" for _, part in parts)
    return (
        f"Raderna {names} är delar av raden ovanför, inga egna rader; de står som text i "
        f"kapitlet ”{b.chapters[chapter]['rubrik']}”."
    )
