"""Reading the budget tables back as a user sees them: the app's grids, the Excel workbook with
its formulas recalculated (the ``formulas`` package, as Excel does on opening), the Word tables
and the figures drawn in the PDF. Each gives ``{label: [figure per column]}``."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import formulas
import openpyxl
from docx import Document
from pypdf import PdfReader

from vplan_desktop.exports.xlsx_writer import FIRST_ROW, HEADER_ROW
from vplan_desktop.formatting import MINUS
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.models.budget import DriftbudgetModel, InvesteringModel, ResultatModel

Table = dict[str, list[Decimal | None]]
"""A table as read back: each row's label, then its figures in column order."""


def shown_figure(text: str, minus: str) -> Decimal | None:
    """A figure as shown ("1 307", "−8 055"), read back; blank is none."""
    text = text.strip()
    if not text:
        return None
    assert re.fullmatch(rf"{minus}?\d{{1,3}}(\u00a0\d{{3}})*", text), text
    return Decimal(text.replace(minus, "-").replace("\u00a0", ""))


def app_tables(path: Path) -> dict[str, Table]:
    """The three budget grids as the user sees them."""

    def read(model: Any, first: int) -> Table:
        table: Table = {}
        for r in range(model.rowCount()):
            name = str(model.index(r, 0).data())
            if isinstance(model, ResultatModel) and not name.startswith("Summa "):
                unit, _, line = name.rpartition(" ")  # "Enhet 1 intäkter"
                name = f"{unit}, {line}"
            shown = [model.index(r, c).data() for c in range(first, model.columnCount())]
            table[name] = [shown_figure(s, "-") for s in shown]
        return table

    session = EditSession.open(path)
    try:
        context = PlanContext(session)
        tables = {
            "drift": read(DriftbudgetModel(context), 1),
            "resultat": read(ResultatModel(context), 1),
            "investeringar": read(InvesteringModel(context), 2),
        }
        context.forget_history()
    finally:
        session.close()
    return tables


SOLUTION_CELL = re.compile(r"'\[[^\]]+\](?P<sheet>[^']+)'!(?P<cell>[A-Z]+\d+)")


def excel_figure(value: Any) -> Decimal | None:
    """A calculated cell's figure; blank (or the text "") is none."""
    if value is None or value == "":
        return None
    assert isinstance(value, int | float), value  # an Excel error (#VALUE!) fails here
    figure = Decimal(float(value))
    assert figure == figure.to_integral_value(), value
    return figure


def excel_tables(path: Path) -> dict[str, Table]:
    """The budget sheets with every formula recalculated, as Excel does on opening."""
    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    calculated: dict[tuple[str, str], Any] = {}
    for key, value in solution.items():
        if match := SOLUTION_CELL.fullmatch(str(key)):
            calculated[(match["sheet"].upper(), match["cell"])] = value.value[0][0]
    book = openpyxl.load_workbook(path)

    def read(sheet_name: str, first: int) -> Table:
        if sheet_name not in book.sheetnames:
            return {}
        sheet = book[sheet_name]
        width = len([c for c in sheet[HEADER_ROW] if c.value is not None])
        table: Table = {}
        for row in sheet.iter_rows(min_row=FIRST_ROW, max_col=width):
            values = []
            for cell in row[first - 1 :]:
                value = cell.value
                if isinstance(value, str) and value.startswith("="):
                    value = calculated[(sheet_name.upper(), cell.coordinate)]
                values.append(excel_figure(value))
            table[str(row[0].value)] = values
        return table

    return {
        "drift": read("Driftbudget", 2),
        "resultat": read("Resultaträkning", 2),
        "investeringar": read("Investeringar", 3),
    }


def word_tables(path: Path) -> dict[str, Table]:
    """The driftbudget, resultaträkning and investment tables of the Word file."""
    tables: dict[str, Table] = {"drift": {}, "resultat": {}, "investeringar": {}}
    first_cells = {
        "Verksamhet": ("drift", 1),
        "Resultaträkning": ("resultat", 1),
        "Projekt": ("investeringar", 2),
    }
    for table in Document(str(path)).tables:
        kind = first_cells.get(table.cell(0, 0).text)
        if kind is None:
            continue
        key, first = kind
        for row in table.rows[1:]:
            texts = [c.text for c in row.cells]
            tables[key][texts[0]] = [shown_figure(t, MINUS) for t in texts[first:]]
    return tables


AMOUNT_TEXT = re.compile(rf"{MINUS}?\d{{1,3}}(\u00a0\d{{3}})*")
Piece = tuple[int, float, float, str]


def pdf_pieces(path: Path) -> list[Piece]:
    """Every piece of text drawn: (page, x, y, text), in drawing order."""
    pieces: list[Piece] = []
    for number, page in enumerate(PdfReader(str(path)).pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: Any, page: int = number) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append((page, x, y, text.strip()))

        page.extract_text(visitor_text=visit)
    return pieces


def pdf_label(pieces: list[Piece], label: str) -> tuple[int, float, float]:
    """Where the first ``label`` begins (a table's row comes before the chart's legend); a
    label too wide for its column is drawn as lines one after the other."""
    for n, (page, x, y, text) in enumerate(pieces):
        following = iter(pieces[n + 1 :])
        while label.startswith(text + " ") and (piece := next(following, None)):
            text += " " + piece[3]
        if text == label:
            return page, x, y
    raise AssertionError(f"{label!r} is not in the PDF")


def pdf_figures(pieces: list[Piece], label: str) -> list[Decimal | None]:
    """The figures drawn on the (first) line of ``label``, left to right; a blank cell draws
    nothing."""
    page, x, y = pdf_label(pieces, label)
    line = sorted(
        (px, t)
        for p, px, py, t in pieces
        if p == page and abs(py - y) < 2 and px > x and AMOUNT_TEXT.fullmatch(t)
    )
    return [shown_figure(t, MINUS) for _, t in line]
