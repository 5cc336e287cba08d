"""Printed totals, avvikelse columns and investment history as the budget module computes them
and validation reports them: a total the plan prints that is not its rows' sum is a warning,
a total with no rows behind it is not; a netto off by rounding is not an error."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vplan_desktop import budget
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell, KolumnSlag
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Severity, validate

# The empty plan runs 2026–2028: its driftbudget has Bokslut 2023, Bokslut 2024, Budget 2025,
# Budget 2026, Plan 2027 and Plan 2028; its resultaträkning Bokslut 2024, Budget 2025,
# Prognos 2025, Budget 2026, Plan 2027 and Plan 2028.


def _column(plan: PlanSnapshot, tabell: BudgetTabell, rubrik: str) -> int:
    return next(c.id for c in plan.kolumner(tabell) if c.rubrik == rubrik)


def _drift_rows(doc: PlanDocument, *names: str) -> list[int]:
    """Driftbudget rows for new verksamheter, in order."""
    rows = []
    for name in names:
        unit = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": name}).item_id
        rows.append(items.add_item(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit}).item_id)
    return [r for r in rows if r is not None]


def _resultat_row(doc: PlanDocument, name: str) -> int:
    unit = items.add_item(doc, ItemKind.VERKSAMHET, {"namn": name}).item_id
    row = items.add_item(doc, ItemKind.RESULTAT_RAD, {"verksamhet_id": unit}).item_id
    assert row is not None
    return row


def _messages(plan: PlanSnapshot, rule: str) -> list[str]:
    return [f.message for f in validate(plan) if f.rule == rule]


def test_a_printed_total_stands_in_nettokostnad_and_against_the_ram(doc: PlanDocument) -> None:
    first, second = _drift_rows(doc, "Förskola", "Grundskola")
    budget_2026 = _column(read_plan(doc), BudgetTabell.DRIFT, "Budget 2026")
    values.set_drift_amount(doc, first, budget_2026, 100_000)
    values.set_drift_amount(doc, second, budget_2026, 28_000)
    values.set_kf_ram(doc, 2026, 130_000)
    values.set_column_total(doc, budget_2026, 129_976)
    drift = budget.driftbudget(read_plan(doc))
    n = [c.id for c in drift.columns].index(budget_2026)
    assert (drift.totals[n], drift.sums[n]) == (Decimal(129_976), Decimal(128_000))
    assert drift.difference[n] == Decimal(24)  # the ram against the total the plan prints
    assert drift.years[0].netto == Decimal(129_976)


def test_a_total_that_is_not_the_rows_sum_is_a_warning(doc: PlanDocument) -> None:
    first, second = _drift_rows(doc, "Förskola", "Grundskola")
    budget_2026 = _column(read_plan(doc), BudgetTabell.DRIFT, "Budget 2026")
    values.set_drift_amount(doc, first, budget_2026, 100_000)
    values.set_drift_amount(doc, second, budget_2026, 28_000)
    values.set_column_total(doc, budget_2026, 129_976)
    found = [f for f in validate(read_plan(doc)) if f.rule == "budget.summa"]
    assert [f.message for f in found] == [
        "Summan för Budget 2026 är angiven till 129\u00a0976 men raderna summerar till "
        "128\u00a0000."
    ]
    assert found[0].severity is Severity.VARNING
    assert (found[0].section, found[0].kind, found[0].item_id) == (
        Section.DRIFT,
        ItemKind.BUDGETKOLUMN,
        budget_2026,
    )
    assert found[0].field == f"kolumn:{budget_2026}"  # Granskning goes to the total's cell
    values.set_column_total(doc, budget_2026, 128_000)
    assert _messages(read_plan(doc), "budget.summa") == []  # given, and what the rows sum to


def test_a_total_with_no_rows_behind_it_is_fine(doc: PlanDocument) -> None:
    """A plan that only knows the total (an older year printed as one figure)."""
    _drift_rows(doc, "Förskola")
    bokslut = _column(read_plan(doc), BudgetTabell.DRIFT, "Bokslut 2024")
    values.set_column_total(doc, bokslut, 125_300)
    plan = read_plan(doc)
    assert _messages(plan, "budget.summa") == []
    drift = budget.driftbudget(plan)
    n = [c.id for c in drift.columns].index(bokslut)
    assert (drift.totals[n], drift.sums[n]) == (Decimal(125_300), None)


def test_summa_netto_given_against_the_rows_in_mnkr(doc: PlanDocument) -> None:
    budget_units.set_budget_unit(doc, "resultat", BeloppEnhet.MNKR)
    row = _resultat_row(doc, "Omsorg")
    budget_2026 = _column(read_plan(doc), BudgetTabell.RESULTAT, "Budget 2026")
    values.set_resultat_amount(doc, row, budget_2026, "intakter", Decimal("1.8"))
    values.set_resultat_amount(doc, row, budget_2026, "kostnader", Decimal("-50.7"))
    values.set_column_total(doc, budget_2026, Decimal("-49.1"))
    result = budget.resultatrakning(read_plan(doc))
    n = [c.id for c in result.columns].index(budget_2026)
    assert (result.netto[n], result.netto_sums[n]) == (Decimal("-49.1"), Decimal("-48.9"))
    found = [f for f in validate(read_plan(doc)) if f.rule == "budget.summa"]
    assert [(f.message, f.section, f.severity) for f in found] == [
        (
            "Summa netto för Budget 2026 är angiven till -49,1 men raderna summerar till -48,9.",
            Section.RESULTAT,
            Severity.VARNING,
        )
    ]


def test_many_totals_off_read_as_one_finding(doc: PlanDocument) -> None:
    (row,) = _drift_rows(doc, "Förskola")
    plan = read_plan(doc)
    for rubrik in ("Budget 2026", "Plan 2027", "Plan 2028"):
        column = _column(plan, BudgetTabell.DRIFT, rubrik)
        values.set_drift_amount(doc, row, column, 100)
        values.set_column_total(doc, column, 101)
    found = [f for f in validate(read_plan(doc)) if f.rule == "budget.summa"]
    assert [f.message for f in found] == [
        "3 nettobelopp är angivna men stämmer inte med radernas summa: Budget 2026, Plan 2027 "
        "och Plan 2028."
    ]
    assert found[0].count == 3


def test_a_netto_off_by_rounding_is_not_an_error(doc: PlanDocument) -> None:
    """Printed in mnkr with one decimal, 1,82 + -50,753 = -48,933 reads 1,8, -50,8 and -48,9:
    one unit of the last decimal off is the rounding, not a wrong netto."""
    budget_units.set_budget_unit(doc, "resultat", BeloppEnhet.MNKR)
    row = _resultat_row(doc, "Omsorg")
    column = _column(read_plan(doc), BudgetTabell.RESULTAT, "Bokslut 2024")
    for falt, amount in (("intakter", "1.8"), ("kostnader", "-50.8"), ("netto", "-48.9")):
        values.set_resultat_amount(doc, row, column, falt, Decimal(amount))
    assert _messages(read_plan(doc), "resultat.netto") == []
    values.set_resultat_amount(doc, row, column, "netto", Decimal("-48.8"))
    assert _messages(read_plan(doc), "resultat.netto") == [
        "Nettot för ”Omsorg”, Bokslut 2024 är -48,8 men intäkter + kostnader är -49,0."
    ]


def test_the_ram_message_is_in_the_driftbudgets_unit(doc: PlanDocument) -> None:
    (row,) = _drift_rows(doc, "Förskola")
    budget_2026 = _column(read_plan(doc), BudgetTabell.DRIFT, "Budget 2026")
    values.set_drift_amount(doc, row, budget_2026, 150)
    values.set_kf_ram(doc, 2026, 100)
    assert _messages(read_plan(doc), "drift.over_ram") == [
        "Nettokostnaden 2026 (150 tkr) överstiger KF:s ram (100 tkr) med 50 tkr."
    ]
    budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
    assert _messages(read_plan(doc), "drift.over_ram") == [
        "Nettokostnaden 2026 (0,15 mnkr) överstiger KF:s ram (0,1 mnkr) med 0,05 mnkr."
    ]


def _add_column(doc: PlanDocument, tabell: BudgetTabell, slag: KolumnSlag, year: int) -> int:
    column = items.add_item(
        doc, ItemKind.BUDGETKOLUMN, {"tabell": tabell, "slag": slag, "ar": year}
    ).item_id
    assert column is not None
    return column


def test_an_avvikelse_is_budget_less_prognos_row_by_row_and_for_the_totals(
    doc: PlanDocument,
) -> None:
    first, second = _drift_rows(doc, "Förskola", "Grundskola")
    plan = read_plan(doc)
    budget_2025 = _column(plan, BudgetTabell.DRIFT, "Budget 2025")
    prognos = _add_column(doc, BudgetTabell.DRIFT, KolumnSlag.PROGNOS, 2025)
    avvikelse = _add_column(doc, BudgetTabell.DRIFT, KolumnSlag.AVVIKELSE, 2025)
    for row, (given, forecast) in ((first, (1000, 1100)), (second, (500, 450))):
        values.set_drift_amount(doc, row, budget_2025, given)
        values.set_drift_amount(doc, row, prognos, forecast)
    values.set_column_total(doc, budget_2025, 1600)  # printed: the avvikelse follows it
    drift = budget.driftbudget(read_plan(doc))
    n = [c.id for c in drift.columns].index(avvikelse)
    assert [line.belopp[n] for line in drift.lines] == [Decimal(-100), Decimal(50)]
    assert drift.totals[n] == Decimal(1600 - 1550)
    assert drift.columns[n].computed
    with pytest.raises(InputError, match="räknas fram"):
        values.set_drift_amount(doc, first, avvikelse, 5)
    with pytest.raises(InputError, match="räknas fram"):
        values.set_column_total(doc, avvikelse, 5)


def test_an_avvikelse_without_prognos_is_against_the_utfall(doc: PlanDocument) -> None:
    row = _resultat_row(doc, "Omsorg")
    plan = read_plan(doc)
    items.delete_items(
        doc, [(ItemKind.BUDGETKOLUMN, _column(plan, BudgetTabell.RESULTAT, "Prognos 2025"))]
    )
    budget_2025 = _column(plan, BudgetTabell.RESULTAT, "Budget 2025")
    utfall = _add_column(doc, BudgetTabell.RESULTAT, KolumnSlag.UTFALL, 2025)
    avvikelse = _add_column(doc, BudgetTabell.RESULTAT, KolumnSlag.AVVIKELSE, 2025)
    values.set_resultat_amount(doc, row, budget_2025, "kostnader", -900)
    values.set_resultat_amount(doc, row, utfall, "kostnader", -950)
    result = budget.resultatrakning(read_plan(doc))
    n = [c.id for c in result.columns].index(avvikelse)
    # Kostnader 50 above budget: in the resultaträkning avvikelse is utfall minus budget, so
    # that a negative one is worse than budget there too.
    assert result.lines[0].kostnader[n] == Decimal(-50)
    assert result.netto[n] == Decimal(-50)


def test_investments_show_history_years_and_outcomes(doc: PlanDocument) -> None:
    project = items.add_item(doc, ItemKind.INVESTERING, {"projekt": "Skolgård"}).item_id
    other = items.add_item(doc, ItemKind.INVESTERING, {"projekt": "Kök"}).item_id
    assert project is not None and other is not None
    values.set_investment_amount(doc, project, 2024, 300, falt="utfall")
    values.set_investment_amount(doc, project, 2024, 250)
    values.set_investment_amount(doc, other, 2024, Decimal("12.5"), falt="utfall")
    values.set_investment_amount(doc, project, 2026, 400)
    plan = read_plan(doc)
    figures = budget.investeringar(plan)
    assert figures.years == (2024, 2026, 2027, 2028, 2029, 2030)
    assert figures.lines[0].belopp[:2] == (Decimal(250), Decimal(400))
    assert figures.lines[0].utfall[:2] == (Decimal(300), None)
    assert figures.utfall_totals[0] == Decimal("312.5")
    assert figures.totals[:2] == (Decimal(250), Decimal(400))
    assert figures.has_utfall()
    # A project with only an outcome (finished before the plan) does not lack amounts.
    assert [m for m in _messages(plan, "investeringar.belopp") if "Kök" in m] == []
    with pytest.raises(InputError, match="till och med 2030"):
        values.set_investment_amount(doc, project, 2031, 1)


def test_a_budget_year_known_only_by_its_total_asks_no_row_for_an_amount(
    doc: PlanDocument,
) -> None:
    """Like the Värnamo plan: the budget year printed as NETTOKOSTNAD alone."""
    _drift_rows(doc, "Förskola", "Grundskola")
    budget_year = _column(read_plan(doc), BudgetTabell.DRIFT, "Budget 2026")
    assert len(_messages(read_plan(doc), "drift.budgetar")) == 2
    values.set_column_total(doc, budget_year, 129_976)
    assert _messages(read_plan(doc), "drift.budgetar") == []
    # Once a row has an amount the others are asked for theirs again.
    first = read_plan(doc).driftbudget[0].id
    values.set_drift_amount(doc, first, budget_year, 60_000)
    assert len(_messages(read_plan(doc), "drift.budgetar")) == 1


def test_a_plan_budgeted_in_its_resultatrakning_alone_needs_no_driftbudget(
    doc: PlanDocument,
) -> None:
    """Like the Timrå plan: a resultaträkning per verksamhet and no driftbudget rows."""
    assert _messages(read_plan(doc), "drift.tom")
    _resultat_row(doc, "Barn och familj")
    assert _messages(read_plan(doc), "drift.tom") == []
