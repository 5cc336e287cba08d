"""A follow-up period as an Excel workbook: one sheet per part (Mål, Indikatorer, Aktiviteter,
Driftbudget, Resultaträkning, Investeringar, Internkontroll) in vplan's sheet layout
(``xlsx_sheet``: title in row 1, unit in row 2, headings in row 4, data from row 5).

Amounts, percentages and outcomes are real numbers with number formats (Excel shows them the
Swedish way), never text; every figure is ``vplan_desktop.follow_up``'s. A sheet the plan has
nothing for is left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from vplan_desktop import domain as d
from vplan_desktop import follow_up as fu
from vplan_desktop.budget_labels import Table as UnitTable
from vplan_desktop.budget_labels import table_decimals, table_unit
from vplan_desktop.exports.follow_up_budget import figures
from vplan_desktop.exports.follow_up_content import DONE, months_text, report_title
from vplan_desktop.exports.follow_up_goals import NOT_ASSESSED, trend_text
from vplan_desktop.exports.goal_labels import activity_tie, goal_title
from vplan_desktop.exports.xlsx_budget import amount_format
from vplan_desktop.exports.xlsx_sheet import FIRST_ROW, Sheet
from vplan_desktop.follow_up_data import Uppfoljning, status_label

PERCENT_1 = '0.0" %";-0.0" %"'
MET = {True: "Ja", False: "Nej", None: ""}


def _goals(out: Sheet, period: Uppfoljning) -> None:
    plan = out.plan
    areas = {a.id: a.rubrik for a in plan.malomraden}
    out.head(
        "Mål",
        period.namn,
        ["Målområde", "Mål", "Bedömning", "Bedömningstext", "Orsak", "Åtgärd"],
    )
    for row, goal in enumerate(plan.namndsmal, start=FIRST_ROW):
        held = period.goal(goal.id)
        level = plan.bedomningsniva(held.bedomningsniva_id)
        out.text(row, 1, areas.get(goal.malomrade_id or 0, ""))
        out.text(row, 2, goal_title(plan, goal))
        cell = out.text(row, 3, level.namn if level else NOT_ASSESSED)
        if level is not None:  # the colour beside the name, as in the documents
            cell.fill = PatternFill("solid", fgColor=level.farg.lstrip("#").upper())
        out.text(row, 4, held.bedomning)
        out.text(row, 5, held.orsak)
        out.text(row, 6, held.atgard)


def _indicators(out: Sheet, period: Uppfoljning) -> None:
    plan = out.plan
    goals = {g.id: g for g in plan.namndsmal}
    years = sorted({y for i in plan.indikatorer for y in fu.history(i, period) if y <= period.ar})
    years = [*[y for y in years if y != period.ar][-4:], period.ar]
    out.head(
        "Indikatorer",
        period.namn,
        [
            "Mål",
            "Indikator",
            "Enhet",
            f"Målnivå {period.ar}",
            *[f"Utfall {y}" for y in years],
            "Målnivån nådd",
            "Trend",
            "Datum",
            "Källa",
            "Kommentar",
        ],
    )
    for row, indicator in enumerate(plan.indikatorer, start=FIRST_ROW):
        goal = goals.get(indicator.namndsmal_id)
        out.text(row, 1, goal_title(plan, goal) if goal else "")
        out.text(row, 2, indicator.namn)
        out.text(row, 3, indicator.enhet)
        comparison = indicator.jamforare.get(period.ar)
        out.value(row, 4, fu.target(indicator, period), indicator.enhet, comparison)
        held = fu.history(indicator, period)
        for n, year in enumerate(years):
            out.value(row, 5 + n, held.get(year), indicator.enhet)
        column = 5 + len(years)
        outcome = period.outcome(indicator.id)
        out.text(row, column, MET[fu.target_met(indicator, period)])
        out.text(row, column + 1, trend_text(indicator, period))
        out.date(row, column + 2, outcome.datum)
        out.text(row, column + 3, outcome.kalla)
        out.text(row, column + 4, outcome.kommentar)


def _activities(out: Sheet, period: Uppfoljning) -> None:
    plan = out.plan
    out.head(
        "Aktiviteter",
        period.namn,
        [
            "Aktivitet",
            "Kopplad till",
            "Ansvarig",
            "Status",
            "Kommentar",
            "Slutdatum",
            "Reviderat slutdatum",
        ],
    )
    for row, activity in enumerate(plan.aktiviteter, start=FIRST_ROW):
        held = period.activity(activity.id)
        end = fu.end_date(activity, period)
        out.text(row, 1, activity.namn)
        out.text(row, 2, activity_tie(plan, activity))
        out.text(row, 3, activity.ansvarig)
        out.text(row, 4, status_label(held.status))
        out.text(row, 5, held.kommentar)
        out.date(row, 6, activity.slutdatum)
        out.date(row, 7, None if end == activity.slutdatum else end)


Line = tuple[str, fu.BudgetLine, bool, str]
"""A budget row of a sheet: its name, figures, whether it is bold, and its comment."""
BUDGET_HEADERS = ["Budget {ar}", "Utfall {months}", "Prognos helår", "Avvikelse", "Avvikelse %"]


def _budget_rows(
    out: Sheet,
    period: Uppfoljning,
    table: UnitTable,
    title: str,
    first: str,
    lines: list[Line],
) -> None:
    """Name | budget | utfall | prognos | avvikelse | avvikelse % | kommentar, one row per line
    (sums and netto in bold)."""
    unit = table_unit(out.plan.uppgifter, table).value
    decimals = table_decimals((a for _, x, _, _ in lines for a in figures(x)), unit)
    fmt = amount_format(decimals)
    months = months_text(period)
    headers = [h.format(ar=period.ar, months=months).strip() for h in BUDGET_HEADERS]
    out.head(title, f"Belopp i {unit}", [first, *headers, "Kommentar"])
    row = FIRST_ROW
    for name, line, bold, comment in lines:
        out.text(row, 1, name, bold=bold)
        for n, amount in enumerate(figures(line)):
            out.number(row, 2 + n, amount, fmt, bold=bold)
        out.number(row, 6, line.procent, PERCENT_1, bold=bold or line.stor)
        out.text(row, 7, comment)
        row += 1


def _drift(out: Sheet, period: Uppfoljning) -> None:
    lines = fu.drift_lines(out.plan, period)
    total = fu.drift_total(out.plan, period)
    rows = [(x.namn, x, False, x.kommentar) for x in lines] + [("Summa", total, True, "")]
    _budget_rows(out, period, "drift", "Driftbudget", "Verksamhet", rows)


def _result(out: Sheet, period: Uppfoljning) -> None:
    plan = out.plan
    every = list(fu.result_lines(plan, period))
    rows: list[Line] = []
    for result in every:
        for line in (result.intakter, result.kostnader, result.netto):
            netto = line is result.netto  # the row's comment once, on its netto
            name = f"{result.namn}, {line.namn.lower()}"
            rows.append((name, line, netto, result.kommentar if netto else ""))
    if plan.uppgifter.summa_resultat:
        total = fu.result_total(plan, period)
        for line in (total.intakter, total.kostnader, total.netto):
            rows.append((f"Summa {line.namn.lower()}", line, True, ""))
    _budget_rows(out, period, "resultat", "Resultaträkning", "Resultaträkning", rows)


def _investments(out: Sheet, period: Uppfoljning) -> None:
    rows = [(x.namn, x, False, x.kommentar) for x in fu.investment_lines(out.plan, period)]
    if rows:
        rows.append(("Summa", fu.investment_total(out.plan, period), True, ""))
    _budget_rows(out, period, "investering", "Investeringar", "Projekt", rows)


def _controls(out: Sheet, period: Uppfoljning) -> None:
    plan = out.plan
    out.head(
        "Internkontroll",
        period.namn,
        ["Process/rutin", "Kontrollmoment", "Utförd", "Avvikelse", "Åtgärd"],
    )
    for row, control in enumerate(plan.internkontroll, start=FIRST_ROW):
        result = period.control(control.id)
        out.text(row, 1, control.process)
        out.text(row, 2, control.kontrollmoment)
        out.text(row, 3, DONE[result.utford])
        out.text(row, 4, result.avvikelse)
        out.text(row, 5, result.atgard)


Writer = Callable[[Sheet, Uppfoljning], None]
SHEETS: list[tuple[str, Writer, Callable[[d.PlanSnapshot], bool]]] = [
    ("Mål", _goals, lambda p: bool(p.namndsmal)),
    ("Indikatorer", _indicators, lambda p: bool(p.indikatorer)),
    ("Aktiviteter", _activities, lambda p: bool(p.aktiviteter)),
    ("Driftbudget", _drift, lambda p: bool(p.driftbudget)),
    ("Resultaträkning", _result, lambda p: bool(p.resultatrakning)),
    ("Investeringar", _investments, lambda p: bool(p.investeringar)),
    ("Internkontroll", _controls, lambda p: bool(p.internkontroll)),
]


def write_follow_up_xlsx(
    plan: d.PlanSnapshot, period: Uppfoljning, out: Path | BinaryIO
) -> list[str]:
    """Write the period's workbook; returns notices (texts that had to be cut)."""
    notices: list[str] = []
    u = plan.uppgifter
    title = report_title(period)
    titled = dataclasses.replace(plan, uppgifter=dataclasses.replace(u, titel=title))
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, writer, held in SHEETS:
        if not held(plan):
            continue
        sheet = Sheet(workbook.create_sheet(name), titled, notices)
        writer(sheet, period)
        sheet.finish()
    if not workbook.sheetnames:  # an empty plan: still a workbook that opens
        empty = Sheet(workbook.create_sheet("Mål"), titled, notices)
        empty.head("Mål", period.namn, ["Mål"])
        empty.finish()
    workbook.properties.title = title
    workbook.properties.creator = u.namnd
    workbook.properties.subject = f"{title}, {u.kommun}"
    workbook.properties.language = "sv-SE"
    workbook.save(out)
    return notices
