"""An Excel worksheet embedded in a Word document (an OLE object, ``o:OLEObject`` with the
ProgID "Excel.Sheet.…", shown through a preview picture): its used cells read as the table
Word shows. The workbook is someone else's file inside the document and is read as a hostile
one: too large, not a sound Office package, or not readable by openpyxl, and it gives a
warning and no cells (the object stays the picture it shows)."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl import load_workbook

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_number, format_percent
from vplan_desktop.office_safety import check_office_bytes

__all__ = ["MAX_SHEET_BYTES", "MAX_SHEET_CELLS", "sheet_rows", "too_large", "unread", "value_text"]

MAX_SHEET_BYTES = 5 * 1024 * 1024
"""The largest embedded workbook read (a table pasted into a plan is a few kB)."""
MAX_SHEET_CELLS = 20_000
"""The most cells read from it: a table in a plan, not a ledger."""


def value_text(value: Any, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it, in Swedish: "1 234", "12,5", "35 %", a date as
    "2027-03-31"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Sant" if value else "Falskt"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        try:
            number = Decimal(str(value)).normalize()
        except InvalidOperation:
            return str(value)
        if not number.is_finite():
            return str(value)
        if "%" in number_format:
            return format_percent((number * 100).normalize())
        return format_number(number if number != number.to_integral() else number.quantize(1))
    return " ".join(str(value).split())


def unread(name: str) -> str:
    """The start of the warning for the worksheet ``name`` that could not be read."""
    return f"Det inbäddade kalkylbladet {name} kunde inte läsas"


def too_large(name: str) -> str:
    return f"{unread(name)} (det är för stort): tabellen följer med som bild."


def sheet_rows(data: bytes, name: str) -> tuple[list[list[str]], str]:
    """The used cells of the workbook ``data``'s active sheet as rows of texts (rows and
    columns with nothing in them left out), and "" — or no rows and a warning in Swedish saying
    why the worksheet ``name`` could not be read."""
    if len(data) > MAX_SHEET_BYTES:
        return [], too_large(name)
    try:
        check_office_bytes(data, "Excel", f"Kalkylbladet {name}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns on extensions it does not know
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                rows = _rows(book.active)
            finally:
                book.close()
    except InputError as error:
        return [], f"{unread(name)}: {error} Tabellen följer med som bild."
    except Exception:  # a hostile workbook may break openpyxl in any way
        return [], f"{unread(name)} (filen är skadad): tabellen följer med som bild."
    if rows is None:
        return [], f"{unread(name)} (det har för många celler): tabellen följer med som bild."
    return rows, ""


def _rows(sheet: Any) -> list[list[str]] | None:
    """The sheet's rows of texts, blank rows and columns left out; None when it is too large."""
    if sheet is None:
        return []
    grid: list[list[str]] = []
    cells = 0
    for row in sheet.iter_rows():
        texts = [value_text(c.value, getattr(c, "number_format", "General")) for c in row]
        cells += len(texts)
        if cells > MAX_SHEET_CELLS:
            return None
        grid.append(texts)
    grid = [r for r in grid if any(r)]
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    used = [c for c in range(width) if any(r[c] for r in grid)]
    return [[r[c] for c in used] for r in grid]
