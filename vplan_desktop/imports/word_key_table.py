"""Tables of figures that are not the plan's own parts become key-figure tables (their columns'
headings kept, a group's rows as sub-rows of a row named for the group); tables of text stay
as tables in the chapter's text. Either way nothing of them is lost. A table read from a chart
(``word_docx_objects``) holds the figures the chart draws: key figures, whatever its caption or
columns say (a chart of costs over the years is no budget)."""

from __future__ import annotations

import re
from typing import Any

from vplan_desktop import markdown as md
from vplan_desktop.imports.word_area_costs import area_cost_table
from vplan_desktop.imports.word_blocks import Block, Cell
from vplan_desktop.imports.word_build import Builder, TableContext, TableView
from vplan_desktop.imports.word_docx_objects import CHART
from vplan_desktop.imports.word_indent_rows import view_depths
from vplan_desktop.imports.word_quantity_rows import MEASURES
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_row_numbers import row_number_column
from vplan_desktop.imports.word_sex_rows import sex_label
from vplan_desktop.imports.word_text import cell_value
from vplan_desktop.imports.word_unit_figures import figure_share
from vplan_desktop.wording import clipped
from vplan_desktop.wording import count as count_of

_PART = re.compile(r"^[-–—]?\s*(?:varav|därav)\s+\S", re.IGNORECASE)
"""A row that is a part of the row above: "– varav kvinnor", "därav hushåll med barn"."""
GROUP_WORDS = re.compile(r"^(?:verksamhet|område|målområde|enhet\b|kategori|grupp|inriktning)")


CHART_SCORE = 100.0
"""A chart's table's score: above any other kind's."""


def score_key(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    if block.embedded == CHART:
        return CHART_SCORE
    words = " ".join([*headers, *titles]).lower() + " " + ctx.words()
    found = 1.0 + 3 * figure_share(block, 1)
    if any(w in words for w in ("nyckeltal", "statistik", "volym")) or MEASURES.search(words):
        found += 2
    if headers and ("nyckeltal" in headers[0].lower() or MEASURES.search(headers[0])):
        found += 3
    if area_cost_table(block, ctx):
        found -= 4  # an area's budget lines by cost type: text of its chapter
    return found


def score_text(headers: list[str], titles: list[str], block: Block, ctx: TableContext) -> float:
    return 1.0 + 3 * (1 - figure_share(block, 1))


def roles(headers: list[str], ctx: TableContext) -> list[str]:
    out = ["varde"] * len(headers)
    if row_number_column(headers):  # "Nr | Nyckeltal | 2023 …": the numbers count the rows
        return ["nr", "namn", *roles(headers[1:], ctx)[1:]]
    if headers:
        out[0] = "namn"
        if (
            len(headers) > 2
            and GROUP_WORDS.match(headers[0].lower())
            and not re.search(r"\d", headers[1])
        ):
            out[0], out[1] = "grupp", "namn"
    for index, header in enumerate(headers):
        if index and header.lower().strip(": ") == "enhet":
            out[index] = "enhet"
    return out


def read_key(view: TableView, b: Builder) -> dict[str, Any]:
    ctx = view.context
    columns = [
        {"id": b.next_id(), "rubrik": (view.headers[i] or f"Kolumn {i + 1}")[:200]}
        for i, role in enumerate(view.roles)
        if role in ("varde", "ovrigt") or ":" in role
    ]
    indices = [i for i, role in enumerate(view.roles) if role in ("varde", "ovrigt") or ":" in role]
    rows: list[dict[str, Any]] = []
    group = None
    main: dict[str, Any] | None = None  # the last row that is no part of another
    depth = view_depths(view)  # rows nested by indentation alone: sub-rows (two levels kept)
    for place, row in enumerate(view.rows.rows):
        if row.group and row.group != group:
            group = row.group
            rows.append({"id": b.next_id(), "namn": group, "enhet": "", "niva": 0, "varden": {}})
        values = {}
        for column, index in zip(columns, indices, strict=True):
            text = row.cells[index] if index < len(row.cells) else ""
            if text:
                values[str(column["id"])] = cell_value(text)
        unit = view.cell(row.cells, "enhet")
        if not unit and any("%" in row.cells[i] for i in indices if i < len(row.cells)):
            unit = "%"
        name = view.cell(row.cells, "namn") or "–"
        # "– varav kvinnor", "Kvinnor" under its main row: a sub-row, named as printed
        sub = main is not None and (_PART.match(name) or sex_label(name))
        rows.append(
            {
                "id": b.next_id(),
                "namn": name,
                "enhet": unit[:40],
                "niva": min(depth[place] + bool(group), 1) if depth else 1 if group or sub else 0,
                "varden": values,
            }
        )
        if not sub:  # a sex's row under none is no main row for the next sex
            main = None if group or sex_label(name) is not None else rows[-1]
    for total in view.rows.totals:
        named = view.cell(total.cells, "grupp")
        if named and named != group:  # a group cell beside the totals row: kept as its group
            group = named
            rows.append({"id": b.next_id(), "namn": group, "enhet": "", "niva": 0, "varden": {}})
        values = {
            str(c["id"]): cell_value(total.cells[i])
            for c, i in zip(columns, indices, strict=True)
            if i < len(total.cells) and total.cells[i]
        }
        unit = view.cell(total.cells, "enhet")[:40]  # a totals row keeps its unit
        rows.append(
            {"id": b.next_id(), "namn": total.label, "enhet": unit, "niva": 0, "varden": values}
        )
    heading = ctx.heading
    if heading and any(t["rubrik"] == heading[:200] for t in b.key_tables):
        heading = _names_heading(view) or heading  # the second table under one heading
    title = ctx.caption or (view.titles[0] if view.titles else "") or heading
    title = title or _names_heading(view) or "Tabell"
    if ctx.caption and ctx.heading:
        b.captioned.add(ctx.heading[:300])  # a chapter's heading ("Nämnden i siffror")
    table = {
        "id": b.next_id(),
        "rubrik": title[:200],
        "enhet": "",
        "fotnoter": "",
        "kolumner": columns,
        "rader": rows,
        "att_granska": True,
    }
    b.key_tables.append(table)
    text = f"Nyckeltalstabell ”{clipped(title, 60)}” med {count_of(len(rows), 'rad')}"
    b.became(view.block.index, Became.NYCKELTAL, text)
    for part, _skip in view.parts[1:]:
        b.became(part.index, Became.NYCKELTAL, f"Fortsättning: {text}")
    b.report(text)
    return table


def _names_heading(view: TableView) -> str:
    """The heading of the column naming the rows ("Pensionsavgångar/-prognos" over "Antal"):
    the name of a table with no caption or heading of its own, or under a heading that names
    a table before it; "" when it is empty or a figure."""
    at = view.col("namn")
    heading = view.headers[at].strip() if at is not None and at < len(view.headers) else ""
    return heading if any(c.isalpha() for c in heading) else ""


def _runs(cell: Cell) -> tuple[md.Run, ...]:
    return cell.runs or ((md.Run(cell.text),) if cell.text else ())


def chapter_table(view: TableView) -> md.TableBlock:
    """The table (with its continuations) as a table in the chapter's text."""
    block = view.block
    header = tuple(_runs(c) for c in block.rows[0])
    rows = []
    for part, skip in view.parts:
        start = 1 if part is block else skip
        for r in range(start, len(part.rows)):
            previous: Cell | None = None
            cells = []
            for cell in part.rows[r]:
                cells.append(() if cell is previous else _runs(cell))
                previous = cell
            if any(cells):
                rows.append(tuple(cells))
    return md.TableBlock(header=header, rows=tuple(rows))


def kept_in_chapter(view: TableView, b: Builder, rubrik: str) -> None:
    """Says of a table kept in the chapter ``rubrik`` what it became; of an area's budget
    lines by cost type (``area_cost_table``) the report says why they are no drift rows."""
    name = rubrik[:50]
    for part, _skip in view.parts:
        b.became(part.index, Became.TEXT, f"Tabell i kapitlet ”{name}”")
    if area_cost_table(view.block, view.context):
        b.report(
            f"Tabellen med kostnadsslag (”{clipped(view.block.rows[1][0].text, 30)}” …) i "
            f"kapitlet ”{name}” står som tabell i kapitlet: raderna är verksamhetsområdets "
            "kostnadsslag, inga verksamheter i driftbudgeten."
        )
