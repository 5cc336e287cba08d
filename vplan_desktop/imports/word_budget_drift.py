"""The driftbudget per verksamhet ("DRIFTVERKSAMHET", "Nettobelopp i kkr utan decimal") read
into the plan's drift rows: verksamheter split into intäkter and kostnader, "varav" parts and
headings over verksamheter kept in the chapter, the totals checked (``word_budget_totals``)."""

from __future__ import annotations

from decimal import Decimal

from vplan_desktop import markdown as md
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word_budget_matrix import read_matrix
from vplan_desktop.imports.word_budget_parts import keep_parts, take_parts
from vplan_desktop.imports.word_budget_ram import ram_below_total, ram_total
from vplan_desktop.imports.word_budget_read import _done, _money, _years, keep_unplaced
from vplan_desktop.imports.word_budget_split import Split, group_lines, split_units, unit_amounts
from vplan_desktop.imports.word_budget_totals import _lone_total, _totals, totals_text
from vplan_desktop.imports.word_build import Builder, TableView
from vplan_desktop.imports.word_dash_zero import dash_note, dash_zeros
from vplan_desktop.imports.word_deviation_forecast import add_forecast, deviation_forecast
from vplan_desktop.imports.word_indent_rows import fold_indent_sums
from vplan_desktop.imports.word_money_unit import unit_note, units_in
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_tolkning import role_label
from vplan_desktop.imports.word_unit_rows import suffixed_units
from vplan_desktop.numbers import item_name
from vplan_desktop.wording import count as count_of


def read_drift(view: TableView, b: Builder) -> None:
    if read_matrix(view, b, "drift"):  # kostnadsslag down, verksamheter across
        return
    _lone_total(view)
    parts = take_parts(view)  # "varav …" under a verksamhet: a part of it, no row
    years = _years(view, b)
    fold_indent_sums(view, list(years))  # rows carrying the sums of rows indented under them
    ram_total(view, list(years))  # "Kommunbidrag" under the verksamheter: their sum
    ram_below_total(view)  # "Nettokostnad | Kommunbidrag | Resultat": the ram, no verksamhet
    forecast = deviation_forecast(view, years)  # "Budgetavvikelse prognos helår" alone
    for key in [*years.values(), *([forecast.key] if forecast else [])]:
        slag, year = key.split("-")
        b.drift_columns.setdefault(key, {"slag": slag, "ar": int(year), "anmarkning": ""})
    count = zeros = 0
    seen = {b.unit_name(r["verksamhet_id"]) for r in b.drift_rows}
    split = suffixed_units(view, years) or split_units(view, years)
    headings = group_lines(view)
    for row in view.rows.rows:
        name = view.cell(row.cells, "namn")
        if any(row is heading for heading in headings):
            continue  # "Kultur" over its verksamheter, summed by "Summa kultur"
        if id(row) in split.claimed:
            whole = split.unit_of(row)
            if whole is None or whole is split.total:
                continue  # an intäkter or kostnader row, kept in the chapter below
            name, cells = whole.name, _cells_with(row.cells, unit_amounts(whole, years))
        else:
            cells = row.cells
        if not name:
            continue
        if name in seen and row.group:
            name = f"{row.group} – {name}"
        name = _unique(name, seen)
        seen.add(name)
        amounts = {}
        for index, key in years.items():
            where = f"Beloppet för {item_name(name)}, {role_label(view.roles[index])}"
            if (value := _money(b, cells[index], where)) is not None:
                amounts[key] = value
        # Excel's accounting format prints 0 as "-", unless the document says "–" is no figure
        for index in dash_zeros(cells, years, b.dash_missing):
            amounts[years[index]], zeros = Decimal(0), zeros + 1
        add_forecast(forecast, cells, amounts)
        unit = b.unit(name)
        b.drift_rows.append(
            {"id": b.next_id(), "verksamhet_id": unit, "belopp": amounts, "att_granska": True}
        )
        count += 1
    warnings = _totals(view, b, b.drift_columns)
    if forecast is not None:
        warnings.append(f"Prognosen är budgeten minus ”{forecast.header}” (överskott positivt).")
    if note := dash_note(zeros):
        warnings.append(note)
    if note := unit_note(units_in([r.cells[i] for r in view.rows.rows for i in years])):
        warnings.append(note)
    if left := keep_unplaced(view, b, years):
        warnings.append(left)
    if kept := keep_parts(view, b, parts):
        warnings.append(kept)
    if split.units:
        warnings.append(_keep_parts(view, b, split, years))
    if headings:
        names = ", ".join(f"”{view.cell(r.cells, 'namn')}”" for r in headings)
        warnings.append(f"Raderna {names} är rubriker över verksamheterna under dem.")
    if split.total is not None:
        warnings.append(
            f"”{split.total.name}” är summan av de andra verksamheterna och kontrollerades mot "
            "dem; den blev ingen egen rad."
        )
    text = f"Driftbudget med {count_of(count, 'rad')}" + totals_text(view)
    _done(view, b, Became.DRIFT, text, warnings)


def _unique(name: str, seen: set[str]) -> str:
    """``name``, numbered when the table has named a verksamhet so already: a plan holds one
    row per verksamhet."""
    number = 2
    unique = name
    while unique in seen:
        unique, number = f"{name} ({number})", number + 1
    return unique


def _cells_with(cells: list[str], amounts: dict[int, Decimal]) -> list[str]:
    return [format_amount(amounts[i]) if i in amounts else c for i, c in enumerate(cells)]


def _keep_parts(view: TableView, b: Builder, split: Split, years: dict[int, str]) -> str:
    """The intäkter and kostnader under each verksamhet, as a table in the chapter."""
    columns = sorted(years)
    body = []
    for unit in split.units:
        body.append([unit.name, *("" for _ in columns)])
        lines = [p.cells for p in unit.parts] + ([unit.net.cells] if unit.net else [])
        for cells in lines:
            body.append([cells[view.col("namn") or 0], *(cells[i] for i in columns)])
    chapter = b.target_chapter()
    b.text(
        chapter,
        md.TableBlock(
            header=((), *((md.Run(view.headers[i]),) for i in columns)),
            rows=tuple(tuple((md.Run(c),) if c else () for c in row) for row in body),
        ),
    )
    where = b.chapters[chapter]["rubrik"]
    return (
        "Driftbudgetens verksamheter har intäkter och kostnader på egna rader: planen har "
        f"verksamhetens netto, raderna står som tabell i kapitlet ”{where}”."
    )
