"""The ekonom's workbook in the table's unit: decimals read as written (mnkr), a cell with more
than three decimals refused with the service's message, a sheet in another unit refused as a
whole, Excel's binary noise read as Excel shows it; investments' outcomes and years before
the plan, and the resultaträkning by cost type, come back too; avvikelse columns are computed
and never read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell, KolumnSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import InterchangeError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.budget_xlsx import apply_budget, read_budget
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan

# The empty plan runs 2026–2028: its driftbudget has Bokslut 2023, Bokslut 2024, Budget 2025,
# Budget 2026, Plan 2027 and Plan 2028 (columns B–G of the Driftbudget sheet).


@pytest.fixture
def plan(doc: PlanDocument) -> PlanSnapshot:
    """A driftbudget in mnkr with one verksamhet (Budget 2026: 12,3, KF's ram 13,0), a
    Prognos 2025 and an Avvikelse 2025 column, an investment with an outcome in 2024."""
    budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
    unit = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "Bibliotek"}).item_id
    row = items.add_item(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit}).item_id
    assert row is not None
    for slag in (KolumnSlag.PROGNOS, KolumnSlag.AVVIKELSE):
        fields = {"tabell": BudgetTabell.DRIFT, "slag": slag, "ar": 2025}
        items.add_item(doc, ItemKind.BUDGETKOLUMN, fields)
    columns = {c.rubrik: c.id for c in read_plan(doc).kolumner(BudgetTabell.DRIFT)}
    values.set_drift_amount(doc, row, columns["Budget 2026"], Decimal("12.3"))
    values.set_drift_amount(doc, row, columns["Budget 2025"], Decimal("11.5"))
    values.set_drift_amount(doc, row, columns["Prognos 2025"], Decimal("11.9"))
    values.set_kf_ram(doc, 2026, Decimal(13))
    project = items.add_item(doc, ItemKind.INVESTERING, {"projekt": "Skolgård"}).item_id
    assert project is not None
    values.set_investment_amount(doc, project, 2024, 800, falt="utfall")
    values.set_investment_amount(doc, project, 2026, 400)
    return read_plan(doc)


def _workbook(plan: PlanSnapshot, tmp_path: Path, cells: dict[str, dict[str, object]]) -> Path:
    """The plan exported to Excel, then the ``cells`` changed as the ekonom would."""
    path = tmp_path / "budget.xlsx"
    export_plan(plan, "xlsx", path)
    book = openpyxl.load_workbook(path)
    for sheet, changes in cells.items():
        for ref, value in changes.items():
            book[sheet][ref] = value
    edited = tmp_path / "ändrad.xlsx"
    book.save(edited)
    return edited


def _heading(path: Path, sheet: str, text: str) -> str:
    """The letter of the column headed ``text`` on row 4."""
    book = openpyxl.load_workbook(path)
    for cell in book[sheet][4]:
        if cell.value == text:
            return str(cell.column_letter)
    raise AssertionError(f"no column {text!r} on {sheet}: {[c.value for c in book[sheet][4]]}")


def test_an_unchanged_workbook_in_mnkr_has_no_changes(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    """The avvikelse column's formulas (no value saved by vplan) are never read."""
    book = _workbook(plan, tmp_path, {})
    assert openpyxl.load_workbook(book)["Driftbudget"]["A2"].value == "Nettobelopp i mnkr"
    assert read_budget(plan, book) == []


def test_decimals_are_read_in_the_tables_unit(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    first = _workbook(plan, tmp_path, {})
    budget_2026 = _heading(first, "Driftbudget", "Budget 2026")
    edited = _workbook(plan, tmp_path, {"Driftbudget": {f"{budget_2026}5": 12.35}})
    changes = read_budget(plan, edited)
    assert [c.text for c in changes] == [
        f"Driftbudget {budget_2026}5 (Bibliotek, Budget 2026): 12,3 → 12,35"
    ]
    apply_budget(doc, changes)
    column = next(
        c.id for c in read_plan(doc).kolumner(BudgetTabell.DRIFT) if c.rubrik == "Budget 2026"
    )
    assert read_plan(doc).driftbudget[0].belopp[column] == Decimal("12.35")


def test_more_than_three_decimals_stops_the_whole_import(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    first = _workbook(plan, tmp_path, {})
    budget_2026 = _heading(first, "Driftbudget", "Budget 2026")
    plan_2027 = _heading(first, "Driftbudget", "Plan 2027")
    edited = _workbook(
        plan,
        tmp_path,
        {"Driftbudget": {f"{plan_2027}5": 14, f"{budget_2026}5": 12.3456}},
    )
    with pytest.raises(InterchangeError) as raised:
        read_budget(plan, edited)
    assert raised.value.problems == [
        (f"Driftbudget!{budget_2026}5", "Beloppet: ett belopp har högst 3 decimaler.")
    ]
    assert "inget ändrades" in raised.value.message
    assert read_plan(doc) == plan


def test_excels_binary_noise_is_read_as_excel_shows_it(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    """0,1 + 0,2 computed by Excel is saved as 0.30000000000000004: it is 0,3."""
    first = _workbook(plan, tmp_path, {})
    budget_2026 = _heading(first, "Driftbudget", "Budget 2026")
    edited = _workbook(plan, tmp_path, {"Driftbudget": {f"{budget_2026}5": 0.1 + 0.2}})
    [change] = read_budget(plan, edited)
    assert change.new == Decimal("0.3")


def test_a_sheet_in_another_unit_is_refused(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    """Exported before the plan went over to mnkr: 12 300 tkr would be read as 12 300 mnkr."""
    edited = _workbook(plan, tmp_path, {"Driftbudget": {"A2": "Nettobelopp i tkr"}})
    with pytest.raises(InterchangeError) as raised:
        read_budget(plan, edited)
    assert raised.value.problems == [
        (
            "Driftbudget!A2",
            "beloppen är i tkr men planens driftbudget är i mnkr; exportera planen till Excel på "
            "nytt och för över ändringarna dit",
        )
    ]


def test_investment_outcomes_and_history_years_come_back(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    first = _workbook(plan, tmp_path, {})
    history = _heading(first, "Investeringar", "Budget 2024")
    outcome = _heading(first, "Investeringar", "Utfall 2024")
    edited = _workbook(plan, tmp_path, {"Investeringar": {f"{history}5": 750, f"{outcome}5": 820}})
    changes = read_budget(plan, edited)
    assert sorted(c.text for c in changes) == sorted(
        [
            f"Investeringar {history}5 (Skolgård, 2024): tomt → 750",
            f"Investeringar {outcome}5 (Skolgård, utfall 2024): 800 → 820",
        ]
    )
    change = apply_budget(doc, changes)
    project = read_plan(doc).investeringar[0]
    assert (project.belopp, project.utfall) == (
        {2024: Decimal(750), 2026: Decimal(400)},
        {2024: Decimal(820)},
    )
    change.undo(doc)
    assert read_plan(doc) == plan


def test_a_year_heading_that_names_the_year_wrongly_is_a_problem(
    doc: PlanDocument, plan: PlanSnapshot, tmp_path: Path
) -> None:
    """The budget year headed "Plan 2026" would be skipped without a word: it is reported."""
    first = _workbook(plan, tmp_path, {})
    budget_2026 = _heading(first, "Investeringar", "Budget 2026")
    edited = _workbook(plan, tmp_path, {"Investeringar": {f"{budget_2026}4": "Plan 2026"}})
    with pytest.raises(InterchangeError) as raised:
        read_budget(plan, edited)
    assert raised.value.problems == [
        (f"Investeringar!{budget_2026}4", "rubriken ”Plan 2026” ska vara ”Budget 2026”")
    ]


def test_the_resultatrakning_by_cost_type_comes_back(doc: PlanDocument, tmp_path: Path) -> None:
    line = items.add_item(doc, ItemKind.KOSTNADSSLAG_RAD, {"namn": "Personalkostnader"}).item_id
    assert line is not None
    plan = read_plan(doc)
    column = next(c for c in plan.kolumner(BudgetTabell.RESULTAT) if c.rubrik == "Budget 2026")
    values.set_cost_type_amount(doc, line, column.id, -900)
    plan = read_plan(doc)
    first = _workbook(plan, tmp_path, {})
    sheet = "Resultat per kostnadsslag"
    letter = _heading(first, sheet, "Budget 2026")
    edited = _workbook(plan, tmp_path, {sheet: {f"{letter}5": -950, "A9": "Lokaler"}})
    with pytest.raises(InterchangeError) as raised:
        read_budget(plan, edited)
    assert raised.value.problems == [
        (f"{sheet}!A9", "kostnadsslaget ”Lokaler” finns inte i planen")
    ]
    edited = _workbook(plan, tmp_path, {sheet: {f"{letter}5": -950}})
    changes = read_budget(plan, edited)
    assert [c.text for c in changes] == [
        f"{sheet} {letter}5 (Personalkostnader, Budget 2026): -900 → -950"
    ]
    apply_budget(doc, changes)
    assert read_plan(doc).kostnadsslag[0].belopp[column.id] == Decimal(-950)
