"""Writing the corpus documents with python-docx: paragraphs, headings and tables as municipal
plans have them, each writer collecting what a perfect import must make of what it wrote."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.word_shapes_model import BudgetRow, Expected, Front, Goal, Indicator, Val


def sv(value: Decimal | int, unit: str = "", *, sep: str = " ", minus: str = "-") -> str:
    """``value`` as a Swedish document prints it: "1 307", "3,7", "35,71 %", "-12 345"."""
    number = Decimal(value)
    sign = minus if number < 0 else ""
    whole, _, decimals = format(abs(number), "f").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + sep.join(groups) + ("," + decimals if decimals else "")
    return f"{text} {unit}" if unit else text


def cell_text(value: Val | None, unit: str = "") -> str:
    """A table cell for a value: a number with its unit, a text as it is, a blank as ""."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return sv(value, unit)
    return value


Run = str | tuple[str, str]
"""A run of a paragraph: plain text, or ("b" | "i" | "bi", text)."""


class Writer:
    """One corpus document being written, and what its import must give."""

    def __init__(self, name: str, front: Front) -> None:
        self.doc: Any = Document()
        self.expected = Expected(name, front)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        self.doc.styles["Normal"].font.name = "Calibri"
        self.doc.styles["Normal"].font.size = Pt(11)

    # --- text ------------------------------------------------------------------------------

    def para(self, *runs: Run, style: str | None = None, size: int = 0) -> Any:
        """A paragraph of ``runs``."""
        paragraph = self.doc.add_paragraph(style=style)
        for item in runs:
            how, text = ("", item) if isinstance(item, str) else item
            run = paragraph.add_run(text)
            run.bold = "b" in how or None
            run.italic = "i" in how or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def paras(self, *texts: str) -> None:
        for text in texts:
            self.para(text)

    def cover(self, text: str, *, size: int = 0, bold: bool = False) -> Any:
        """A line of the cover page whose content the front matter holds (not text)."""
        self.expected.structure.add(text)
        return self.para(("b" if bold else "", text), size=size)

    def heading(self, text: str, level: int) -> Any:
        return self.doc.add_heading(text, level)

    def chapter(self, text: str, level: int = 1) -> Any:
        """A heading that starts a narrative chapter of the plan."""
        self.expected.chapters.append(text)
        return self.heading(text, level)

    def bullets(self, *items: str, numbered: bool = False) -> None:
        style = "List Number" if numbered else "List Bullet"
        for item in items:
            self.doc.add_paragraph(item, style=style)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def structure(self, *texts: str) -> None:
        self.expected.structure.update(t for t in texts if t.strip())

    # --- tables ----------------------------------------------------------------------------

    def table(
        self,
        rows: Sequence[Sequence[str]],
        *,
        header_rows: int = 1,
        keep_headers: bool = False,
        label_columns: int = 1,
        merges: Sequence[tuple[int, int, int, int]] = (),
        widths: Sequence[float] = (),
        size: int = 9,
    ) -> Any:
        """A bordered table of ``rows``; ``merges`` are (row, col, last row, last col) ranges
        merged into one cell holding the first cell's text. The header rows repeat on each
        page and are bold; their cells are structure, except with ``keep_headers`` (a key-figure
        table keeps its column headings) those over the ``label_columns`` first columns."""
        body = self.doc.element.body
        if len(body) > 1 and body[-2].tag == qn("w:tbl"):
            # Word shows two tables with nothing between them as one: a plan has a line there.
            self.doc.add_paragraph()
        width = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        if widths:
            table.autofit = False
            for c, cm in enumerate(widths):
                table.columns[c].width = Cm(cm)
        # Filled before merging (row by row: python-docx's table.cell() reads the whole grid
        # each time); a merge keeps the first cell's text, the others it covers are empty.
        for r, (values, row) in enumerate(zip(rows, table.rows, strict=True)):
            for c, cell in enumerate(row.cells):
                if widths:
                    cell.width = Cm(widths[c])
                text = values[c] if c < len(values) else ""
                if text:
                    run = cell.paragraphs[0].add_run(text)
                    run.font.size = Pt(size)
                    run.bold = r < header_rows or None
        for r0, c0, r1, c1 in merges:
            assert not any(
                rows[r][c]
                for r in range(r0, r1 + 1)
                for c in range(c0, c1 + 1)
                if (r, c) != (r0, c0)
            ), "a merged range holds text beyond its first cell"
            table.cell(r0, c0).merge(table.cell(r1, c1))
        for r in range(header_rows):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
            self.structure(*(rows[r] if not keep_headers else rows[r][:label_columns]))
        return table

    def totals(self, *cells: str) -> None:
        """The cells of a totals row: checked against the rows, kept as no row."""
        self.structure(*cells)

    def save(self, path: Path) -> Expected:
        self.doc.save(str(path))
        return self.expected


def set_cell_paragraph(cell: Any, element: Any) -> None:
    """Replace the cell's (first, empty) paragraph by ``element`` (raw WordprocessingML)."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    tc.append(element)


def toc_styles(doc: Any, levels: int) -> None:
    """Word's "TOC 1" … styles (not in python-docx's template): indented, the page number
    at the right margin after a dotted leader."""
    for level in range(1, levels + 1):
        style = doc.styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.tab_stops.add_tab_stop(
            Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )


# --- goal tables -----------------------------------------------------------------------------


@dataclass
class Ind:
    """An indicator row of a goal table: its name, unit, nuläge and targets per year."""

    name: str
    unit: str = ""
    nulage: Val | None = None
    targets: dict[int, Val | None] = field(default_factory=dict)

    def cells(self, years: Sequence[int]) -> list[str]:
        return [
            self.name,
            cell_text(self.nulage, self.unit),
            *(cell_text(self.targets.get(y), self.unit) for y in years),
        ]

    def expected(self, goal: str, nulage_year: int) -> Indicator:
        return Indicator(
            goal=goal,
            name=self.name,
            unit=self.unit,
            nulage_ar=nulage_year if self.nulage is not None else None,
            nulage=self.nulage,
            targets={y: v for y, v in self.targets.items() if v is not None},
        )


def goal_table(
    w: Writer,
    label: str,
    goal: str,
    indicators: Sequence[Ind],
    nulage_year: int,
    years: Sequence[int],
    *,
    label_apart: bool = False,
    niva: str = "namnd",
) -> Any:
    """A goal table with three header rows: the goal ("Nämndsmål 1: …") merged across the
    table (or the label in the first cell and the goal merged over the rest), "Mätmetod/
    Indikator | Nuläge: | Målnivåer:" with Målnivåer over the year columns, then the years
    under an empty first cell."""
    width = 2 + len(years)
    if label_apart:
        first = [label, goal] + [""] * (width - 2)
        merges = [(0, 1, 0, width - 1)]
    else:
        first = [f"{label} {goal}"] + [""] * (width - 1)
        merges = [(0, 0, 0, width - 1)]
    rows = [
        first,
        ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:"] + [""] * (len(years) - 1),
        ["", str(nulage_year), *(str(y) for y in years)],
        *(i.cells(years) for i in indicators),
    ]
    merges.append((1, 2, 1, width - 1))
    table = w.table(rows, header_rows=3, merges=merges, widths=[7.0] + [1.9] * (width - 1))
    # The header rows are structure but for the goal's sentence: a perfect import keeps it.
    w.expected.structure.discard(goal if label_apart else first[0])
    if label_apart:
        goal_cell = table.cell(0, 1).paragraphs[0].runs[0]
        goal_cell.italic = True
        goal_cell.bold = False
    w.expected.goals.append(Goal(goal, niva))
    w.expected.indicators += [i.expected(goal, nulage_year) for i in indicators]
    return table


# --- budget tables ---------------------------------------------------------------------------

Amounts = Sequence[int | None]


def budget_rows(
    w: Writer,
    kind: str,
    keys: Sequence[tuple[str, int]],
    rows: Sequence[tuple[str, Amounts]],
    total: str = "",
    *,
    sep: str = " ",
    minus: str = "-",
    wrong: dict[int, int] | None = None,
) -> list[list[str]]:
    """The body rows of a budget table (name, then an amount per column of ``keys``) and,
    with ``total``, its totals row: the column sums, except where ``wrong`` adds a mistake
    the import must report. Each row is expected as a budget row of ``kind``."""
    out = []
    for name, amounts in rows:
        out.append([name, *("" if a is None else sv(a, sep=sep, minus=minus) for a in amounts)])
        given = {k: Decimal(a) for k, a in zip(keys, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow(kind, name, given))
    if total:
        printed = []
        for column in range(len(keys)):
            figures = [a[column] for _, a in rows if a[column] is not None]
            right = sum(x for x in figures if x is not None)
            shown = right + (wrong or {}).get(column, 0)
            if shown != right:
                w.expected.wrong_totals.append((Decimal(shown), Decimal(right)))
            printed.append(sv(shown, sep=sep, minus=minus) if figures else "")
        out.append([total, *printed])
        w.totals(total, *printed)
    return out
