"""The plan as a document: an ordered list of blocks that the Word and PDF writers render alike.

Every number goes through ``vplan_desktop.formatting``, with the printed minus sign (U+2212);
every text is the user's own, unescaped (each writer escapes for its own format). What is empty
is left out: a plan without budget or internkontroll has no empty tables, chart or risk matrix.
The blocks themselves are in ``blocks``; the goal and activity chapters in their own modules.
"""

from __future__ import annotations

from collections import defaultdict

from vplan_desktop import domain as d
from vplan_desktop.exports.activity_chapter import activity_blocks
from vplan_desktop.exports.blocks import (
    INDENT_POINTS,
    Cell,
    Chart,
    DocBlock,
    Document,
    Figure,
    Indent,
    Orientation,
    Table,
    figure,
)
from vplan_desktop.exports.budget_tables import drift_blocks, investment_blocks, resultat_blocks
from vplan_desktop.exports.chapter_tables import chapter_table
from vplan_desktop.exports.goal_chapter import goal_blocks
from vplan_desktop.formatting import NBSP
from vplan_desktop.markdown import Heading, ImageBlock, TableBlock, parse
from vplan_desktop.risk_legend import legend_sentence

__all__ = [
    "INDENT_POINTS",
    "Cell",
    "Chart",
    "DocBlock",
    "Document",
    "Figure",
    "Indent",
    "Orientation",
    "Table",
    "build",
    "figure",
]


def _chapters(doc: Document) -> None:
    for chapter in doc.plan.kapitel:
        doc.heading(1, chapter.rubrik)
        if not chapter.text.strip():
            # Not a page holding only a heading: say that the text is still to be written.
            doc.paragraph("Kapitlet har ännu ingen text.", italic=True)
            continue
        for block in parse(chapter.text):
            if isinstance(block, Heading):
                doc.blocks.append(Heading(2 if block.level <= 2 else 3, block.runs))
            elif isinstance(block, TableBlock):
                doc.blocks.append(chapter_table(block))
            elif isinstance(block, ImageBlock):
                doc.blocks.append(figure(doc.plan, block))
            else:
                doc.blocks.append(block)


def _budget(doc: Document) -> None:
    """Ekonomi: the driftbudget, its chart, resultaträkning, investeringar and nyckeltal, each
    only when it holds something."""
    plan = doc.plan
    blocks = [*drift_blocks(plan), *resultat_blocks(plan), *investment_blocks(plan)]
    # Imported here: the key-figure module builds on this one's cells and tables.
    from vplan_desktop.exports.key_figure_tables import key_figure_blocks

    blocks += key_figure_blocks(plan)
    if blocks:  # nothing under "Ekonomi": leave the heading out too
        doc.heading(1, "Ekonomi")
        doc.blocks += blocks


def _internal_control(doc: Document) -> None:
    """Internkontroll on landscape pages, when the plan has control points; the risk matrix
    when at least one of them is scored."""
    plan = doc.plan
    if not plan.internkontroll:
        return
    scale = plan.riskskala
    doc.blocks.append(Orientation(landscape=True))
    doc.heading(1, "Internkontroll")
    # The bands by name and range: the colours alone would tell nothing to a reader who
    # cannot see them, nor on a black-and-white print (WCAG 1.4.1).
    sentences = (
        f"Riskerna bedöms efter sannolikhet och konsekvens på en skala 1–{scale.storlek}; "
        "riskvärdet är produkten.",
        legend_sentence(scale),  # "" for a scale without bands
        "Risker i det högsta bandet ska ha ett kontrollmoment.",
    )
    doc.paragraph(" ".join(s for s in sentences if s))
    rows = []
    for row in plan.internkontroll:
        band = scale.band_for(row.riskvarde) if row.riskvarde is not None else None
        rows.append(
            [
                Cell(row.process),
                Cell(row.risk),
                Cell("" if row.sannolikhet is None else str(row.sannolikhet), "center"),
                Cell("" if row.konsekvens is None else str(row.konsekvens), "center"),
                Cell(
                    "" if row.riskvarde is None else str(row.riskvarde),
                    "center",
                    True,
                    band.farg if band else None,
                    note=band.namn if band else "",  # the band by name, not by colour alone
                ),
                Cell(row.kontrollmoment),
                Cell(row.kontrollansvar),
                Cell(row.frekvens),
                Cell(row.metod),
                # To whom, then when, each on its own line: "Nämnden" / "Vid sammanträde i juni".
                Cell(
                    "\n".join(
                        t.strip()
                        for t in (row.rapportering_till, row.rapportering_nar)
                        if t.strip()
                    )
                ),
            ]
        )
    doc.blocks.append(
        Table(
            caption="",
            title="Plan för intern kontroll",
            header=[Cell(h, bold=True) for h in ("Process/rutin", "Risk")]
            + [Cell(h, "center", True) for h in ("S", "K", "Riskvärde")]
            + [
                Cell(h, bold=True)
                for h in ("Kontrollmoment", "Kontrollansvar", "Frekvens", "Metod", "Rapportering")
            ],
            rows=rows,
            widths=[2.2, 2.4, 0.45, 0.45, 0.7, 2.4, 1.5, 1.3, 1.8, 1.8],
        )
    )
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for row in plan.internkontroll:
        if row.sannolikhet and row.konsekvens:
            counts[(row.sannolikhet, row.konsekvens)] += 1
    if not counts:
        return
    matrix_rows = []
    for s in range(scale.storlek, 0, -1):
        cells = [Cell(f"{s} {scale.sannolikhet[s - 1]}", bold=True)]
        for k in range(1, scale.storlek + 1):
            band = scale.band_for(s * k)
            count = counts.get((s, k), 0)
            cells.append(
                Cell(
                    f"{s * k}" + (f" ({count}{NBSP}st)" if count else ""),
                    "center",
                    bool(count),
                    band.farg if band else None,
                    note=band.namn if band else "",
                )
            )
        matrix_rows.append(cells)
    doc.blocks.append(
        Table(
            caption=(
                "Sannolikhet (rader) × konsekvens (kolumner); antal kontrollpunkter inom parentes"
            ),
            title="Riskmatris",
            header=[Cell("")]
            + [
                Cell(f"{k} {scale.konsekvens[k - 1]}", "center", True)
                for k in range(1, scale.storlek + 1)
            ],
            rows=matrix_rows,
            widths=[1.8, *[1.3] * scale.storlek],
        )
    )


def build(plan: d.PlanSnapshot) -> Document:
    """The whole plan as document blocks, in the order the committee reads it."""
    doc = Document(plan)
    _chapters(doc)
    doc.blocks += goal_blocks(plan)
    doc.blocks += activity_blocks(plan)
    _budget(doc)
    _internal_control(doc)
    return doc
