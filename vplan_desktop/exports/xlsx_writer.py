"""The budget tables and lists as an Excel workbook (openpyxl), for the ekonom.

The budget sheets (driftbudget, resultaträkning, by cost type, investeringar) are written by
``xlsx_budget``; each sheet has the same shape (``xlsx_sheet``): the title in row 1, the unit in
row 2, the column headings in row 4 and the data from row 5, which is what the budget import
reads back. Every user text is stored as a string (a goal named "=HYPERLINK(…)" stays text),
control characters are removed and cells longer than Excel allows are cut, with a notice. A
sheet the plan has nothing for is left out, except the driftbudget: it is the ekonom's form
(KF:s ram is typed on it) and the import needs it. The goals are listed in the tree's order
with their level, number and parent; a målnivå that compares ("≥ 95 %") stays a number, its
sign in the cell's format.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill

from vplan_desktop import domain as d
from vplan_desktop.colours import is_colour
from vplan_desktop.exports import xlsx_budget
from vplan_desktop.exports.goal_labels import activity_tie, goal_depths, goal_title
from vplan_desktop.exports.indicator_figures import figure_rows, row_years
from vplan_desktop.exports.xlsx_sheet import FIRST_ROW, HEADER_FILL, HEADER_ROW, NUMBER
from vplan_desktop.exports.xlsx_sheet import Sheet as _Sheet
from vplan_desktop.risk_legend import legend

__all__ = ["FIRST_ROW", "HEADER_ROW", "SHEETS", "write_xlsx"]

SHEETS = [
    "Driftbudget",
    "Resultaträkning",
    xlsx_budget.COST_TYPE_SHEET,
    "Investeringar",
    "Nyckeltal",
    "Mål och indikatorer",
    "Aktiviteter",
    "Internkontroll",
]


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
        for column, text in enumerate((a.namn, activity_tie(plan, a), a.ansvarig), start=1):
            out.text(row, column, text)
        for column, date in enumerate((a.startdatum, a.slutdatum, a.slutdatum_reviderat), 4):
            out.date(row, column, date)
        out.number(row, 7, a.ar, "0")
        out.text(row, 8, d.aktivitet_status_label(a.status))
        out.text(row, 9, units.get(a.verksamhet_id, ""))
        if a.egen_tid:
            out.text(row, 10, "Egen tid")
        else:
            out.number(row, 10, a.kostnad_tkr, NUMBER)
        out.text(row, 11, a.beskrivning)


RISK_HEADERS = [
    "Process/rutin",
    "Risk",
    "Sannolikhet",
    "Konsekvens",
    "Riskvärde",
    "Riskband",
    "Kontrollmoment",
    "Kontrollansvar",
    "Frekvens",
    "Metod",
    "Rapportering till",
    "När",
]


def _internal_control(out: _Sheet) -> None:
    """The control points; each risk's band by name beside its value, in the band's colour,
    and the bands listed under the table: a risk is never told by its colour alone. Value,
    band and colour follow what is typed in Sannolikhet and Konsekvens (formulas)."""
    plan = out.plan
    scale = plan.riskskala
    out.head("Internkontroll", f"Riskskala {scale.storlek}×{scale.storlek}", RISK_HEADERS)
    bands = legend(scale)
    last = FIRST_ROW + len(plan.internkontroll) - 1
    key_first = last + 4  # the legend's bands: a blank row, its title and its headings above
    key_last = key_first + len(bands) - 1
    for offset, r in enumerate(plan.internkontroll):
        row = FIRST_ROW + offset
        out.text(row, 1, r.process)
        out.text(row, 2, r.risk)
        out.number(row, 3, r.sannolikhet, "0")
        out.number(row, 4, r.konsekvens, "0")
        out.number(row, 5, f'=IF(AND(C{row}<>"",D{row}<>""),C{row}*D{row},"")', "0")
        if bands:
            # The band whose lowest value is the largest not above the risk value.
            out.sheet.cell(row=row, column=6).value = (
                f'=IF(E{row}="","",LOOKUP(E{row},$B${key_first}:$B${key_last},'
                f"$A${key_first}:$A${key_last}))"
            )
        for column, text in enumerate(
            (
                r.kontrollmoment,
                r.kontrollansvar,
                r.frekvens,
                r.metod,
                r.rapportering_till,
                r.rapportering_nar,
            ),
            start=7,
        ):
            out.text(row, column, text)
    if not bands:
        return
    out.text(key_first - 2, 1, "Riskbandens färger", bold=True, fit=False)
    for column, header in enumerate(("Riskband", "Från riskvärde", "Till riskvärde"), start=1):
        out.text(key_first - 1, column, header, bold=True, fit=False).fill = HEADER_FILL
    for row, entry in enumerate(bands, start=key_first):
        name = out.text(row, 1, entry.namn)
        out.number(row, 2, entry.fran, "0")
        out.number(row, 3, entry.till, "0")
        if is_colour(entry.farg):
            name.fill = _solid(entry.farg)
            name.font = Font(color=_argb(entry.text_farg))
            risks = f"E{FIRST_ROW}:F{last}"
            value = f"$E{FIRST_ROW}"
            out.sheet.conditional_formatting.add(
                risks,
                FormulaRule(
                    formula=[f"AND(ISNUMBER({value}),{value}>={entry.fran},{value}<={entry.till})"],
                    fill=_solid(entry.farg),
                    font=Font(color=_argb(entry.text_farg)),
                ),
            )
    longest = max(len(entry.namn) for entry in bands)  # the Riskband column shows them
    out.widths[6] = max(out.widths.get(6, 8), longest * 1.1 + 2)


def _argb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


def _solid(colour: str) -> PatternFill:
    """A fill of ``colour``, as a cell's and as a conditional format's (which reads the end
    colour)."""
    return PatternFill("solid", start_color=_argb(colour), end_color=_argb(colour))


def _has(plan: d.PlanSnapshot, sheet: str) -> bool:
    """Whether the plan has anything for ``sheet``."""
    held = {
        "Driftbudget": True,
        "Resultaträkning": bool(plan.resultatrakning),
        xlsx_budget.COST_TYPE_SHEET: bool(plan.kostnadsslag),
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
    writers: list[Callable[[_Sheet], None]] = [
        xlsx_budget.drift,
        xlsx_budget.resultat,
        xlsx_budget.cost_types,
        xlsx_budget.investments,
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
