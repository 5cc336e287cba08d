"""One worksheet in vplan's layout: the title in row 1, the unit in row 2, the column headings
in row 4 and the data from row 5 (what the budget import reads back). Every user text is
stored as a string, control characters removed and cut to Excel's limit with a notice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vplan_desktop import domain as d
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.exports.xlsx_print import set_up_printing
from vplan_desktop.targets import SIGNS

TKR = "#,##0;-#,##0"
PERCENT = '0.0##" %"'
NUMBER = "#,##0.##"
DATE = "yyyy-mm-dd"
"""Swedish dates, as vplan writes them everywhere: 2027-06-30."""
HEADER_ROW, FIRST_ROW = 4, 5
MAX_CELL = 32_767
HEADER_FILL = PatternFill("solid", fgColor="E4EAF0")
BOLD = Font(bold=True)


class Sheet:
    """Writes one sheet in vplan's layout and collects notices."""

    def __init__(self, sheet: Worksheet, plan: d.PlanSnapshot, notices: list[str]) -> None:
        self.sheet = sheet
        self.plan = plan
        self.notices = notices
        self.widths: dict[int, float] = {}
        self.text_columns: set[int] = set()
        """Columns with text in the data rows, which may wrap when the sheet prints."""

    def text(
        self, row: int, column: int, value: str, *, bold: bool = False, fit: bool = True
    ) -> Cell:
        """A user's text, always stored as text; ``fit``: the column widens to show it."""
        clean = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(clean) > MAX_CELL:
            clean = clean[: MAX_CELL - 1] + "…"
            self.notices.append(
                f"{self.sheet.title}, cell {get_column_letter(column)}{row}: texten kortades till "
                f"{MAX_CELL} tecken, Excels gräns."
            )
        cell = self.sheet.cell(row=row, column=column)
        cell.value = clean
        cell.data_type = "s"  # never a formula, whatever the text begins with
        if bold:
            cell.font = BOLD
        if fit:
            self._fit(column, clean)
        if row >= FIRST_ROW and clean:
            self.text_columns.add(column)
        return cell

    def date(self, row: int, column: int, value: dt.date | None) -> Cell:
        """A date as an Excel date (sorts and filters as one), shown as 2027-06-30; blank
        for None."""
        cell = self.sheet.cell(row=row, column=column)
        if value is not None:
            cell.value = value
            cell.number_format = DATE
        self._fit(column, "0000-00-00")
        return cell

    def number(
        self,
        row: int,
        column: int,
        value: int | Decimal | str | None,
        fmt: str = TKR,
        *,
        bold: bool = False,
    ) -> Cell:
        cell = self.sheet.cell(row=row, column=column)
        if isinstance(value, str) and value.startswith("="):
            cell.value = value  # a formula vplan itself wrote
        elif value is not None:
            cell.value = (
                float(value)
                if isinstance(value, Decimal) and value % 1
                else (int(value) if isinstance(value, Decimal) else value)
            )
        cell.number_format = fmt
        cell.alignment = Alignment(horizontal="right")
        if bold:
            cell.font = BOLD
        self._fit(column, "0" * 9)
        return cell

    def value(
        self,
        row: int,
        column: int,
        value: d.Value,
        unit: str = "",
        jamforare: Jamforare | None = None,
    ) -> None:
        """An indicator or key-figure value: a number (percent for %), a text, or blank. A
        målnivå that compares stays a number, its sign shown by the format: "≥ 95 %"."""
        if isinstance(value, str):
            self.text(row, column, value)
        elif value is None:
            self.sheet.cell(row=row, column=column)
        else:
            fmt = PERCENT if unit.strip() == "%" else NUMBER
            if jamforare is not None:
                sign = f'"{SIGNS[jamforare]} "'
                fmt = f"{sign}{fmt};{sign}-{fmt}"  # the sign before a negative number's minus
            self.number(row, column, value, fmt)

    def head(self, title: str, unit: str, headers: list[str]) -> None:
        u = self.plan.uppgifter
        # The title and unit run on over the empty cells beside them: the first column keeps
        # the width of its own texts.
        self.text(1, 1, f"{title} – {u.namnd}, {u.titel}", bold=True, fit=False).font = Font(
            bold=True, size=13
        )
        self.text(2, 1, unit, fit=False).font = Font(italic=True)
        for column, header in enumerate(headers, start=1):
            cell = self.text(HEADER_ROW, column, header, bold=True, fit=False)
            self._fit(column, max(header.split(), key=len, default=""))  # headings wrap
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="left" if column == 1 else "center"
            )
        sheet = self.sheet
        sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=2)
        sheet.oddHeader.center.text = f"{u.namnd} – {u.titel}"
        sheet.oddFooter.right.text = "Sida &P av &N"

    def _fit(self, column: int, text: str) -> None:
        longest = max((len(line) for line in text.splitlines()), default=0)
        self.widths[column] = max(self.widths.get(column, 8), min(longest * 1.1 + 2, 60))

    def finish(self) -> None:
        """The column widths and how the sheet prints (``xlsx_print``)."""
        set_up_printing(self.sheet, self.widths, self.text_columns, HEADER_ROW, FIRST_ROW)
        for column, width in self.widths.items():
            self.sheet.column_dimensions[get_column_letter(column)].width = width
