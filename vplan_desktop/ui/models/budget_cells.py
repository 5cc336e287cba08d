"""What the budget grids share: amounts read and written in the table's unit, the look of a
printed total and of a computed (avvikelse) column."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.enums import KolumnSlag
from vplan_desktop.formatting import format_amount, parse_amount
from vplan_desktop.ui.i18n import tr


def amount_from(text: Any) -> Decimal | None:
    """An amount typed in a cell ("1 307", "12,35"); an empty cell is no amount."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, int | Decimal) and not isinstance(text, bool):
        return Decimal(text)
    return parse_amount(str(text))


def column_header(column: d.BudgetKolumn) -> str:
    """A budget column's heading: "Prognos 2026", with its note ("augusti") below."""
    return column.rubrik + (f"\n{column.anmarkning}" if column.anmarkning else "")


def computed_note(columns: Sequence[d.BudgetKolumn], column: d.BudgetKolumn) -> str:
    """Why an avvikelse column cannot be typed in, and what it is computed from (the year's
    Budget minus its Prognos, or its Utfall without one; the other way round in the
    resultaträkning: ``budget.with_deviations``)."""
    kinds = {c.slag for c in columns if c.ar == column.ar}
    year = column.ar
    signed = budget.signed_table(columns)
    against = next((k for k in (KolumnSlag.PROGNOS, KolumnSlag.UTFALL) if k in kinds), None)
    if KolumnSlag.BUDGET in kinds and against is not None:
        pair = [tr("Budget {year}").format(year=year), f"{d.KOLUMN_SLAG_LABELS[against]} {year}"]
        first, second = reversed(pair) if signed else pair
        return tr("Räknas fram: {first} − {second}. Skrivs inte in.").format(
            first=first, second=second
        )
    if KolumnSlag.BUDGET not in kinds:
        missing = tr("Budget {year}").format(year=year)
    else:
        missing = tr("Prognos eller Utfall {year}").format(year=year)
    pair = [
        tr("Budget {year}").format(year=year),
        tr("Prognos (eller Utfall) {year}").format(year=year),
    ]
    first, second = reversed(pair) if signed else pair
    return tr(
        "Räknas fram ur {first} − {second}, men kolumnen {missing} saknas. Skrivs inte in."
    ).format(first=first, second=second, missing=missing)


def computed_colour() -> QColor:
    """The text colour of figures that are computed, not typed (the palette's dimmed text)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def total_tooltip(
    total: Decimal | None, rows_sum: Decimal | None, unit: str, decimals: int | None = None
) -> str:
    """What a printed total's cell says when pointed at (the sum with the table's decimals)."""
    if rows_sum is None:
        return tr("Angiven summa. Raderna har inga belopp i kolumnen.")
    if rows_sum != total:
        shown = format_amount(rows_sum, unit, decimals=decimals)
        return tr("Angiven summa. Radernas summa är {sum}.").format(sum=shown)
    return tr("Angiven summa.")


def given_total_font() -> QFont:
    """A printed total: bold as every total, in italics since it is not the rows' sum."""
    font = QFont()
    font.setBold(True)
    font.setItalic(True)
    return font
