"""The budget tables and lists as an Excel workbook (openpyxl), for the ekonom.

Totals, the ram difference and the resultaträkning netto are live formulas that give the
figures of ``vplan_desktop.budget`` (a total stays blank while its column is; a netto typed by
hand that is not intäkter + kostnader is written as typed, with a note). Every user text is
stored as a string (a goal named "=HYPERLINK(…)" stays text), control characters are removed
and cells longer than Excel allows are cut, with a notice. Each sheet has the same shape: the
title in row 1, the unit in row 2, the column headings in row 4 and the data from row 5, which
is what the budget import reads back. A sheet the plan has nothing for is left out, except the
driftbudget: it is the ekonom's form (KF:s ram is typed on it) and the import needs it. The
goals are listed in the tree's order with their level, number and parent; a målnivå that
compares ("≥ 95 %") stays a number, its sign in the cell's format.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.exports.goal_labels import activity_tie, goal_depths, goal_title
from vplan_desktop.exports.indicator_figures import figure_rows, row_years
from vplan_desktop.formatting import format_amount, format_date
from vplan_desktop.targets import SIGNS

SHEETS = [
    "Driftbudget",
    "Resultaträkning",
    "Investeringar",
    "Nyckeltal",
    "Mål och indikatorer",
    "Aktiviteter",
    "Internkontroll",
]
TKR = "#,##0;-#,##0"
PERCENT = '0.0##" %"'
NUMBER = "#,##0.##"
HEADER_ROW, FIRST_ROW = 4, 5
MAX_CELL = 32_767
HEADER_FILL = PatternFill("solid", fgColor="E4EAF0")
BOLD = Font(bold=True)


class _Sheet:
    """Writes one sheet in vplan's layout and collects notices."""

    def __init__(self, sheet: Worksheet, plan: d.PlanSnapshot, notices: list[str]) -> None:
        self.sheet = sheet
        self.plan = plan
        self.notices = notices
        self.widths: dict[int, float] = {}

    def text(self, row: int, column: int, value: str, *, bold: bool = False) -> Cell:
        """A user's text, always stored as text."""
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
        self._fit(column, clean)
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
        self.text(1, 1, f"{title} – {u.namnd}, {u.titel}", bold=True).font = Font(
            bold=True, size=13
        )
        self.text(2, 1, unit).font = Font(italic=True)
        for column, header in enumerate(headers, start=1):
            cell = self.text(HEADER_ROW, column, header, bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="left" if column == 1 else "center"
            )
        sheet = self.sheet
        sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=2)
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.oddHeader.center.text = f"{u.namnd} – {u.titel}"
        sheet.oddFooter.right.text = "Sida &P av &N"

    def _fit(self, column: int, text: str) -> None:
        longest = max((len(line) for line in text.splitlines()), default=0)
        self.widths[column] = max(self.widths.get(column, 8), min(longest * 1.1 + 2, 60))

    def finish(self) -> None:
        for column, width in self.widths.items():
            self.sheet.column_dimensions[get_column_letter(column)].width = width


def _range(column: int, first: int, last: int) -> str:
    letter = get_column_letter(column)
    return f"{letter}{first}:{letter}{last}"


def _total(column: int, first: int, last: int) -> str:
    """A column's total, blank while no amount is typed in it (``budget.total``)."""
    cells = _range(column, first, last)
    return f'=IF(COUNT({cells})=0,"",SUM({cells}))'


def _drift(out: _Sheet) -> None:
    drift = budget.driftbudget(out.plan)
    out.head("Driftbudget", "Nettobelopp i tkr", ["Verksamhet", *[c.rubrik for c in drift.columns]])
    for offset, line in enumerate(drift.lines):
        out.text(FIRST_ROW + offset, 1, line.namn)
        for index, amount in enumerate(line.belopp, start=2):
            out.number(FIRST_ROW + offset, index, amount)
    last = FIRST_ROW + len(drift.lines) - 1
    total_row, ram_row, diff_row = last + 1, last + 2, last + 3
    out.text(total_row, 1, "NETTOKOSTNAD", bold=True)
    out.text(ram_row, 1, "KF:s ram")
    out.text(diff_row, 1, "Differens mot ram")
    for index, (applies, ram) in enumerate(zip(drift.ram_columns, drift.ram, strict=True), start=2):
        letter = get_column_letter(index)
        if drift.lines:  # with no rows, the sum would be of its own cell: a circular reference
            out.number(total_row, index, _total(index, FIRST_ROW, last), bold=True)
        if applies:
            # The ekonom types KF's ram here; the difference follows (a blank total is 0).
            out.number(ram_row, index, ram)
            ram_cell, total_cell = f"{letter}{ram_row}", f"{letter}{total_row}"
            out.number(diff_row, index, f'=IF(ISNUMBER({ram_cell}),{ram_cell}-N({total_cell}),"")')


def _netto_note(cell: d.ResultatBelopp | None) -> Comment:
    """Why a netto is a typed figure rather than intäkter + kostnader."""
    computed = budget.computed_netto(cell)
    text = (
        "Nettot är inskrivet: intäkter och kostnader saknas."
        if computed is None
        else f"Nettot är inskrivet och är inte intäkter + kostnader ({format_amount(computed)})."
    )
    return Comment(text, "vplan")


def _line_total(column: int, field: str, first: int, last: int) -> str:
    """The sum of one resultaträkning line over the verksamheter, found by the label's ending
    (", intäkter"); blank while none of them has an amount. Two COUNTIFS count the numbers
    (≥ 0 and < 0): a netto left blank is the text "" and counts as none."""
    labels, cells = f"$A${first}:$A${last}", _range(column, first, last)
    criterion = f'"*, {budget.RESULTAT_LINES[field]}"'
    count = "+".join(f'COUNTIFS({labels},{criterion},{cells},"{sign}")' for sign in (">=0", "<0"))
    return f'=IF({count}=0,"",SUMIF({labels},{criterion},{cells}))'


def _resultat(out: _Sheet) -> None:
    result = budget.resultatrakning(out.plan)
    out.head(
        "Resultaträkning", "Belopp i tkr", ["Resultaträkning", *[c.rubrik for c in result.columns]]
    )
    row = FIRST_ROW
    for line in result.lines:
        out.text(row, 1, f"{line.namn}, intäkter")
        out.text(row + 1, 1, f"{line.namn}, kostnader")
        out.text(row + 2, 1, f"{line.namn}, netto", bold=True)
        for n, column in enumerate(result.columns):
            index, letter = n + 2, get_column_letter(n + 2)
            out.number(row, index, line.intakter[n])
            out.number(row + 1, index, line.kostnader[n])
            cell = line.rad.belopp.get(column.id)
            if budget.netto_as_given(cell):  # as typed, with a note saying so
                out.number(row + 2, index, line.netto[n], bold=True).comment = _netto_note(cell)
            else:
                parts = f"{letter}{row}:{letter}{row + 1}"
                formula = f'=IF(COUNT({parts})=0,"",{letter}{row}+{letter}{row + 1})'
                out.number(row + 2, index, formula, bold=True)
        row += 3
    last = row - 1
    for offset, (field, label) in enumerate(budget.RESULTAT_LINES.items()):
        out.text(row + offset, 1, f"Summa {label}", bold=True)
        if result.lines:
            for index in range(2, 2 + len(result.columns)):
                out.number(
                    row + offset, index, _line_total(index, field, FIRST_ROW, last), bold=True
                )


def _investments(out: _Sheet) -> None:
    investments = budget.investeringar(out.plan)
    first = investments.years[0]
    out.head(
        "Investeringar",
        "Belopp i tkr",
        [
            "Projekt",
            "Projektnummer",
            *[("Budget " if y == first else "Plan ") + str(y) for y in investments.years],
        ],
    )
    for offset, line in enumerate(investments.lines):
        out.text(FIRST_ROW + offset, 1, line.investering.projekt)
        out.text(FIRST_ROW + offset, 2, line.investering.projektnummer)
        for index, amount in enumerate(line.belopp, start=3):
            out.number(FIRST_ROW + offset, index, amount)
    total = FIRST_ROW + len(investments.lines)
    out.text(total, 1, "SUMMA INVESTERINGAR", bold=True)
    for index in range(3, 3 + len(investments.years)):
        out.number(total, index, _total(index, FIRST_ROW, max(total - 1, FIRST_ROW)), bold=True)


SUB_ROW = Alignment(indent=2)
"""A key figure's sub-row ("varav …"): its name stands in under its main row's."""
NOTE_FONT = Font(italic=True, size=9)


def _key_figures(out: _Sheet) -> None:
    plan = out.plan
    areas = {area.id: area.rubrik for area in plan.malomraden}
    out.head("Nyckeltal", "", ["Nyckeltal", "Enhet", "Kolumn", "Värde", "Målområde", "Rapporteras"])
    row = FIRST_ROW
    for table in plan.nyckeltal:
        out.text(row, 1, table.rubrik, bold=True)
        area = areas.get(table.malomrade_id, "") if table.malomrade_id is not None else ""
        frequency = d.FREKVENS_LABELS[table.frekvens].lower() if table.frekvens else ""
        row += 1
        for line in table.rader:
            for column in table.kolumner:
                name = out.text(row, 1, line.namn)
                if line.niva:
                    name.alignment = SUB_ROW
                out.text(row, 2, line.enhet)
                out.text(row, 3, column.rubrik)
                out.value(row, 4, line.varden.get(column.id), line.enhet)
                out.text(row, 5, area)
                out.text(row, 6, frequency)
                row += 1
        for note in table.notes:  # under the table, as in the documents
            out.text(row, 1, note).font = NOTE_FONT
            row += 1


def _goal_headers(years: list[int], text_years: list[int], long_range: bool) -> list[str]:
    return [
        "Målområde",
        "Nivå",
        "Nummer",
        "Mål",
        "Överordnat mål",
        "Ansvarig",
        "Följs upp genom",
        "Adressat",
        *[f"Mål {y}" for y in text_years],
        "Indikator",
        "Enhet",
        "Nuläge år",
        "Nuläge",
        *[f"Målnivå {y}" for y in years],
        *(["Långsiktigt"] if long_range else []),
        "Källa",
        "Jämförs med",
    ]


def _goals(out: _Sheet) -> None:
    """One row per goal in tree order (a sub-goal's text indented under its parent's), one
    per indicator for a goal that has them, the goal's columns repeated on each."""
    plan = out.plan
    years = plan.uppgifter.years
    text_years = sorted({y for g in plan.namndsmal for y in g.arstexter})
    long_range = any(i.langsiktigt is not None for i in plan.indikatorer)
    out.head("Mål och indikatorer", "", _goal_headers(years, text_years, long_range))
    goals = {g.id: g for g in plan.namndsmal}
    areas = {a.id: a.rubrik for a in plan.malomraden}
    depths = goal_depths(plan)
    indicators: dict[int, list[d.Indikator]] = defaultdict(list)
    for indicator in plan.indikatorer:
        indicators[indicator.namndsmal_id].append(indicator)
    row = FIRST_ROW
    for goal in plan.namndsmal:
        parent = goals.get(goal.overordnat_id) if goal.overordnat_id is not None else None
        shown: list[d.Indikator | None] = [*indicators[goal.id]] or [None]
        for measure in shown:
            texts = (
                areas.get(goal.malomrade_id, "") if goal.malomrade_id is not None else "",
                plan.uppgifter.niva_namn(goal.niva),
                goal.kod,
                goal.text,
                goal_title(plan, parent) if parent else "",
                goal.ansvarig,
                goal.foljs_upp_genom,
                goal.adressat,
                *[goal.arstexter.get(y, "") for y in text_years],
            )
            for column, text in enumerate(texts, start=1):
                out.text(row, column, text)
            if depths[goal.id]:
                out.sheet.cell(row=row, column=4).alignment = Alignment(indent=2 * depths[goal.id])
            if measure is not None:
                _indicator_cells(out, row, len(texts) + 1, measure, long_range)
            row += 1
    _indicator_figures(out, row + 1)


def _indicator_cells(
    out: _Sheet, row: int, first: int, indicator: d.Indikator, long_range: bool
) -> None:
    """The indicator's columns of its goal's row, from column ``first``."""
    years = out.plan.uppgifter.years
    unit = indicator.enhet
    out.text(row, first, indicator.namn)
    out.text(row, first + 1, unit)
    out.number(row, first + 2, indicator.nulage_ar, "0")
    out.value(row, first + 3, indicator.nulage, unit)
    column = first + 4
    for year in years:
        out.value(row, column, indicator.malnivaer.get(year), unit, indicator.jamforare.get(year))
        column += 1
    if long_range:
        out.value(row, column, indicator.langsiktigt, unit, indicator.langsiktigt_jamforare)
        column += 1
    out.text(row, column, indicator.kalla)
    out.text(row, column + 1, indicator.jamforelse)


def _indicator_figures(out: _Sheet, first: int) -> None:
    """Below the indicators, from row ``first``: their outcomes, comparison figures and
    målnivåer year by year (history and long-range goals included), one row each."""
    plan = out.plan
    figures = [(i, figure_rows(i, plan.uppgifter.years)) for i in plan.indikatorer]
    figures = [(indicator, rows) for indicator, rows in figures if rows]
    if not figures:
        return
    years = row_years([row for _, rows in figures for row in rows])
    out.text(first, 1, "Värden per år", bold=True)
    for column, header in enumerate(["Indikator", "Värde", *[str(y) for y in years]], start=1):
        out.text(first + 1, column, header, bold=True).fill = HEADER_FILL
    row = first + 2
    for indicator, rows in figures:
        for line in rows:
            out.text(row, 1, indicator.namn)
            out.text(row, 2, line.label)
            for column, year in enumerate(years, start=3):
                out.value(
                    row, column, line.values.get(year), indicator.enhet, line.jamforare.get(year)
                )
            row += 1


def _activities(out: _Sheet) -> None:
    plan = out.plan
    units: dict[int | None, str] = {v.id: v.namn for v in plan.verksamheter}
    out.head(
        "Aktiviteter",
        "Kostnad i tkr",
        [
            "Aktivitet",
            "Kopplad till",
            "Ansvarig",
            "Start",
            "Slutdatum",
            "Reviderat slutdatum",
            "År",
            "Status",
            "Verksamhet",
            "Kostnad",
            "Beskrivning",
        ],
    )
    for offset, a in enumerate(plan.aktiviteter):
        row = FIRST_ROW + offset
        for column, text in enumerate(
            (
                a.namn,
                activity_tie(plan, a),
                a.ansvarig,
                format_date(a.startdatum),
                format_date(a.slutdatum),
                format_date(a.slutdatum_reviderat),
            ),
            start=1,
        ):
            out.text(row, column, text)
        out.number(row, 7, a.ar, "0")
        out.text(row, 8, d.aktivitet_status_label(a.status))
        out.text(row, 9, units.get(a.verksamhet_id, ""))
        if a.egen_tid:
            out.text(row, 10, "Egen tid")
        else:
            out.number(row, 10, a.kostnad_tkr, NUMBER)
        out.text(row, 11, a.beskrivning)


def _internal_control(out: _Sheet) -> None:
    plan = out.plan
    out.head(
        "Internkontroll",
        f"Riskskala {plan.riskskala.storlek}×{plan.riskskala.storlek}",
        [
            "Process/rutin",
            "Risk",
            "Sannolikhet",
            "Konsekvens",
            "Riskvärde",
            "Kontrollmoment",
            "Kontrollansvar",
            "Frekvens",
            "Metod",
            "Rapportering till",
            "När",
        ],
    )
    for offset, r in enumerate(plan.internkontroll):
        row = FIRST_ROW + offset
        out.text(row, 1, r.process)
        out.text(row, 2, r.risk)
        out.number(row, 3, r.sannolikhet, "0")
        out.number(row, 4, r.konsekvens, "0")
        out.number(row, 5, f'=IF(AND(C{row}<>"",D{row}<>""),C{row}*D{row},"")', "0")
        for column, text in enumerate(
            (
                r.kontrollmoment,
                r.kontrollansvar,
                r.frekvens,
                r.metod,
                r.rapportering_till,
                r.rapportering_nar,
            ),
            start=6,
        ):
            out.text(row, column, text)


def _has(plan: d.PlanSnapshot, sheet: str) -> bool:
    """Whether the plan has anything for ``sheet``."""
    held = {
        "Driftbudget": True,
        "Resultaträkning": bool(plan.resultatrakning),
        "Investeringar": bool(plan.investeringar),
        "Nyckeltal": any(table.rader for table in plan.nyckeltal),
        "Mål och indikatorer": bool(plan.namndsmal),
        "Aktiviteter": bool(plan.aktiviteter),
        "Internkontroll": bool(plan.internkontroll),
    }
    return held[sheet]


def write_xlsx(plan: d.PlanSnapshot, out: Path | BinaryIO) -> list[str]:
    """Write the workbook; returns notices (texts that had to be cut)."""
    notices: list[str] = []
    workbook = Workbook()
    workbook.remove(workbook.active)
    writers: list[Any] = [
        _drift,
        _resultat,
        _investments,
        _key_figures,
        _goals,
        _activities,
        _internal_control,
    ]
    for name, writer in zip(SHEETS, writers, strict=True):
        if not _has(plan, name):
            continue
        sheet = _Sheet(workbook.create_sheet(name), plan, notices)
        writer(sheet)
        sheet.finish()
    u = plan.uppgifter
    workbook.properties.title = u.titel
    workbook.properties.creator = u.namnd
    workbook.properties.subject = f"Budgettabeller, {u.kommun}"
    workbook.properties.language = "sv-SE"
    workbook.save(out)
    return notices
