"""The plan as a document: an ordered list of blocks that the Word and PDF writers render alike.

Every number goes through ``vplan_desktop.formatting``, with the printed minus sign (U+2212);
every text is the user's own, unescaped (each writer escapes for its own format). What is empty
is left out: a plan without budget or internkontroll has no empty tables, chart or risk matrix.
The blocks themselves are in ``blocks``; the goal and activity chapters in their own modules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.exports.activity_chapter import activity_blocks
from vplan_desktop.exports.blocks import (
    INDENT_POINTS,
    Cell,
    Chart,
    DocBlock,
    Document,
    Indent,
    Orientation,
    Table,
)
from vplan_desktop.exports.blocks import right as _right
from vplan_desktop.exports.goal_chapter import goal_blocks
from vplan_desktop.exports.markdown import Heading, parse
from vplan_desktop.formatting import MINUS, NBSP, format_amount, format_period

__all__ = [
    "AMOUNT_CAPTION",
    "INDENT_POINTS",
    "Cell",
    "Chart",
    "DocBlock",
    "Document",
    "Indent",
    "Orientation",
    "Table",
    "build",
]

AMOUNT_CAPTION = "Belopp i tkr"


def _amount(value: budget.Amount | int) -> str:
    """A tkr amount as printed: "1 307", "−8 055" (a real minus sign), blank for none."""
    return format_amount(value, minus=MINUS)


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
            else:
                doc.blocks.append(block)


def _column_label(column: d.BudgetKolumn) -> str:
    """ "Budget 2026", with its note on a line of its own: "(KF 2025-11-24 § 142)"."""
    return column.rubrik + (f"\n({column.anmarkning})" if column.anmarkning else "")


def _figures(values: Iterable[budget.Amount], *, bold: bool = False) -> list[Cell]:
    return [_right(_amount(v), bold=bold) for v in values]


def _budget(doc: Document) -> None:
    """Ekonomi: the driftbudget, its chart, resultaträkning, investeringar and nyckeltal, each
    only when it holds something."""
    plan = doc.plan
    u = plan.uppgifter
    blocks_before = len(doc.blocks)
    doc.heading(1, "Ekonomi")
    heading_only = len(doc.blocks)
    drift = budget.driftbudget(plan)
    later = (
        f" samt plan {format_period(u.forsta_ar + 1, u.sista_ar)}"
        if u.sista_ar > u.forsta_ar
        else ""
    )
    if drift.columns and drift.has_amounts():
        doc.heading(2, f"Driftbudget {u.forsta_ar}{later}")
        doc.blocks.append(
            Table(
                caption="Nettobelopp i tkr",
                header=[
                    Cell("Verksamhet", bold=True),
                    *[_right(_column_label(c), bold=True) for c in drift.columns],
                ],
                rows=[[Cell(line.namn), *_figures(line.belopp)] for line in drift.lines]
                + [
                    [Cell("NETTOKOSTNAD", bold=True), *_figures(drift.totals, bold=True)],
                    [Cell("KF:s ram"), *_figures(drift.ram)],
                    [Cell("Differens mot ram"), *_figures(drift.difference)],
                ],
                widths=[3.2, *[1.2] * len(drift.columns)],
            )
        )
        _chart(doc, drift)
    _resultat(doc)
    _investments(doc)
    # Imported here: the key-figure module builds on this one's cells and tables.
    from vplan_desktop.exports.key_figure_tables import key_figure_blocks

    doc.blocks.extend(key_figure_blocks(plan))
    if len(doc.blocks) == heading_only:  # nothing under "Ekonomi": leave the heading out too
        del doc.blocks[blocks_before:]


def _chart(doc: Document, drift: budget.Driftbudget) -> None:
    """Net cost against KF's ram per plan year, when at least one of them has a figure."""
    years = [y.year for y in drift.years]
    netto = [y.netto for y in drift.years]
    ram_values = [y.ram for y in drift.years]
    if all(v is None for v in (*netto, *ram_values)):
        return
    alt = "; ".join(
        f"{y}: nettokostnad {_amount(n) or 'saknas'} tkr, ram {_amount(r) or 'saknas'} tkr"
        for y, n, r in zip(years, netto, ram_values, strict=True)
    )
    doc.blocks.append(
        Chart(
            "Nettokostnad och KF:s ram per år (tkr)",
            years,
            [_height(n) for n in netto],
            [_height(r) for r in ram_values],
            f"Stapeldiagram. {alt}.",
        )
    )


def _height(value: budget.Amount) -> float | None:
    """A bar's height: the drawing libraries count in floats."""
    return None if value is None else float(value)


def _resultat(doc: Document) -> None:
    """Each verksamhet's intäkter, kostnader and netto, then the sums of the three."""
    result = budget.resultatrakning(doc.plan)
    if not result.lines or not result.columns:
        return
    doc.heading(2, "Resultaträkning")
    rows: list[list[Cell]] = []
    for line in result.lines:
        for field_name, label in budget.RESULTAT_LINES.items():
            bold = field_name == "netto"
            rows.append(
                [
                    Cell(f"{line.namn}, {label}", bold=bold),
                    *_figures(line.field(field_name), bold=bold),
                ]
            )
    for field_name, label in budget.RESULTAT_LINES.items():
        rows.append(
            [Cell(f"Summa {label}", bold=True), *_figures(result.totals(field_name), bold=True)]
        )
    doc.blocks.append(
        Table(
            caption=AMOUNT_CAPTION,
            header=[
                Cell("Resultaträkning", bold=True),
                *[_right(_column_label(c), bold=True) for c in result.columns],
            ],
            rows=rows,
            widths=[3.2, *[1.2] * len(result.columns)],
        )
    )


def _investments(doc: Document) -> None:
    investments = budget.investeringar(doc.plan)
    if not investments.lines:
        return
    first, years = investments.years[0], investments.years
    doc.heading(2, f"Investeringsbudget {first} samt plan {format_period(first + 1, years[-1])}")
    doc.blocks.append(
        Table(
            caption=AMOUNT_CAPTION,
            header=[
                Cell("Projekt", bold=True),
                Cell("Projektnr", bold=True),
                *[_right(("Budget" if y == first else "Plan") + f" {y}", bold=True) for y in years],
            ],
            rows=[
                [
                    Cell(line.investering.projekt),
                    Cell(line.investering.projektnummer),
                    *_figures(line.belopp),
                ]
                for line in investments.lines
            ]
            + [
                [
                    Cell("SUMMA INVESTERINGAR", bold=True),
                    Cell(""),
                    *_figures(investments.totals, bold=True),
                ]
            ],
            widths=[3.0, 1.2, *[1.05] * len(years)],
        )
    )


def _internal_control(doc: Document) -> None:
    """Internkontroll on landscape pages, when the plan has control points; the risk matrix
    when at least one of them is scored."""
    plan = doc.plan
    if not plan.internkontroll:
        return
    scale = plan.riskskala
    doc.blocks.append(Orientation(landscape=True))
    doc.heading(1, "Internkontroll")
    doc.paragraph(
        f"Riskerna bedöms efter sannolikhet och konsekvens på en skala 1–{scale.storlek}; "
        "riskvärdet är produkten. Risker i det högsta bandet ska ha ett kontrollmoment."
    )
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
