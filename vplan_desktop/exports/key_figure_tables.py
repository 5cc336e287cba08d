"""The key-figure tables as Word and PDF print them: grouped under their målområde, the
reporting frequency in the caption, sub-rows ("varav …") indented and footnotes under each."""

from __future__ import annotations

from vplan_desktop import domain as d
from vplan_desktop.exports.content import Cell, DocBlock, Table
from vplan_desktop.formatting import MINUS, format_value
from vplan_desktop.markdown import Heading, Run


def caption(table: d.NyckeltalTabell) -> str:
    """The unit and how often the figures are reported: "Antal · Rapporteras per tertial"."""
    reported = d.RAPPORTERAS_LABELS[table.frekvens] if table.frekvens else ""
    return " · ".join(part for part in (table.enhet, reported) if part)


def group_heading(area: d.Malomrade) -> str:
    """The heading over the tables of one målområde."""
    return f"Nyckeltal – {area.rubrik}"


def _table(table: d.NyckeltalTabell, *, title: str = "") -> Table:
    return Table(
        caption=caption(table),
        header=[
            Cell("Nyckeltal", bold=True),
            *[Cell(k.rubrik, "right", bold=True) for k in table.kolumner],
        ],
        rows=[
            [
                Cell(r.namn + (f" ({r.enhet})" if r.enhet else ""), indent=r.niva),
                *[
                    Cell(format_value(r.varden.get(k.id), minus=MINUS), "right")
                    for k in table.kolumner
                ],
            ]
            for r in table.rader
        ],
        widths=[3.4, *[1.1] * len(table.kolumner)],
        title=title,
        notes=table.notes,
    )


def key_figure_blocks(plan: d.PlanSnapshot) -> list[DocBlock]:
    """Tables without a målområde first, each under its own heading, in the plan's order;
    then per målområde (in the plan's order) one heading with its tables under it."""
    shown = [t for t in plan.nyckeltal if t.rader and t.kolumner]
    areas = {area.id: area for area in plan.malomraden}
    blocks: list[DocBlock] = []
    for table in shown:
        if table.malomrade_id not in areas:
            blocks += [Heading(2, (Run(table.rubrik),)), _table(table)]
    for area in plan.malomraden:
        own = [t for t in shown if t.malomrade_id == area.id]
        if own:
            blocks.append(Heading(2, (Run(group_heading(area)),)))
            blocks += [_table(t, title=t.rubrik) for t in own]
    return blocks
