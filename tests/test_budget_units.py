"""Budget amounts in a unit of the table's own (tkr or mnkr), kept exactly; printed totals kept
as given; investment outcomes and history years; typing in an avvikelse column refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vplan_desktop import budget
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell, KolumnSlag
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_amount
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan


def _new(doc: PlanDocument, kind: ItemKind, fields: dict[str, object]) -> int:
    """The id of a new item."""
    item_id = items.add_item(doc, kind, fields).item_id
    assert item_id is not None
    return item_id


def _drift(doc: PlanDocument) -> tuple[int, int]:
    """A driftbudget row and its first column, with 1 307 tkr in it."""
    unit = _new(doc, ItemKind.VERKSAMHET, {"namn": "Barn och familj"})
    row = _new(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit})
    column = read_plan(doc).kolumner(BudgetTabell.DRIFT)[0].id
    values.set_drift_amount(doc, row, column, 1307)
    return row, column


def test_a_new_unit_converts_every_amount_exactly_and_undo_converts_back(
    doc: PlanDocument,
) -> None:
    _row, column = _drift(doc)
    values.set_kf_ram(doc, 2026, 1450)
    values.set_column_total(doc, column, 1310)
    before = read_plan(doc)
    change = budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
    plan = read_plan(doc)
    assert plan.uppgifter.enhet_drift is BeloppEnhet.MNKR
    assert plan.driftbudget[0].belopp[column] == Decimal("1.307")
    assert plan.kf_ram[0].belopp == Decimal("1.45")
    assert plan.kolumner(BudgetTabell.DRIFT)[0].angiven_summa == Decimal("1.31")
    assert format_amount(plan.driftbudget[0].belopp[column], "mnkr") == "1,307"
    change.undo(doc)
    assert read_plan(doc) == before
    assert str(read_plan(doc).driftbudget[0].belopp[column]) == "1307"  # no "1307.000"


def test_a_conversion_that_would_lose_a_decimal_is_refused(doc: PlanDocument) -> None:
    row, column = _drift(doc)
    values.set_drift_amount(doc, row, column, Decimal("0.5"))
    before = read_plan(doc)
    with pytest.raises(InputError, match="kan inte räknas om exakt"):
        budget_units.set_budget_unit(doc, "drift", "mnkr")
    assert read_plan(doc) == before
    with pytest.raises(InputError, match="Enheten ”kr” finns inte"):
        budget_units.set_budget_unit(doc, "drift", "kr")
    with pytest.raises(InputError, match="ingen budgettabell"):
        budget_units.set_budget_unit(doc, "nyckeltal", "mnkr")


def test_amounts_take_up_to_three_decimals(doc: PlanDocument) -> None:
    row, column = _drift(doc)
    values.set_drift_amount(doc, row, column, "12,35")
    assert read_plan(doc).driftbudget[0].belopp[column] == Decimal("12.35")
    with pytest.raises(InputError, match="högst 3 decimaler"):
        values.set_drift_amount(doc, row, column, "12,3456")
    assert read_plan(doc).driftbudget[0].belopp[column] == Decimal("12.35")


def test_a_printed_total_is_kept_as_given_and_undo_returns_to_the_sum(doc: PlanDocument) -> None:
    _row, column = _drift(doc)
    change = values.set_column_total(doc, column, "129 976")
    assert read_plan(doc).kolumner(BudgetTabell.DRIFT)[0].angiven_summa == Decimal(129976)
    change.undo(doc)
    assert read_plan(doc).kolumner(BudgetTabell.DRIFT)[0].angiven_summa is None


def test_an_avvikelse_column_is_not_typed_in(doc: PlanDocument) -> None:
    row, _ = _drift(doc)
    deviation = _new(
        doc,
        ItemKind.BUDGETKOLUMN,
        {"tabell": BudgetTabell.DRIFT, "slag": KolumnSlag.AVVIKELSE, "ar": 2026},
    )
    with pytest.raises(InputError) as raised:
        values.set_drift_amount(doc, row, deviation, 5)
    assert raised.value.message == values.COMPUTED_COLUMN
    with pytest.raises(InputError):
        values.set_column_total(doc, deviation, 5)


def test_an_investment_has_outcomes_and_history_years(doc: PlanDocument) -> None:
    project = _new(doc, ItemKind.INVESTERING, {"projekt": "Inventarier"})
    values.set_investment_amount(doc, project, 2026, 1307)
    change = values.set_investment_amount(doc, project, 2024, 980, falt="utfall")
    (found,) = read_plan(doc).investeringar
    assert (found.belopp, found.utfall) == ({2026: Decimal(1307)}, {2024: Decimal(980)})
    change.undo(doc)
    assert read_plan(doc).investeringar[0].utfall == {}
    with pytest.raises(InputError, match="till och med 2030"):
        values.set_investment_amount(doc, project, 2031, 5)
    with pytest.raises(InputError, match="inget fält"):
        values.set_investment_amount(doc, project, 2026, 5, falt="prognos")


def test_the_resultatrakning_by_cost_type_sums_to_its_nettokostnad(doc: PlanDocument) -> None:
    columns = read_plan(doc).kolumner(BudgetTabell.RESULTAT)
    prognos = next(c for c in columns if c.slag is KolumnSlag.PROGNOS)
    same_year_budget = next(
        c for c in columns if c.slag is KolumnSlag.BUDGET and c.ar == prognos.ar
    )
    deviation = _new(
        doc,
        ItemKind.BUDGETKOLUMN,
        {"tabell": BudgetTabell.RESULTAT, "slag": KolumnSlag.AVVIKELSE, "ar": prognos.ar},
    )
    lines = [
        _new(doc, ItemKind.KOSTNADSSLAG_RAD, {"namn": name})
        for name in ("Intäkter", "Personalkostnader", "Övriga kostnader")
    ]
    for line, figures in zip(lines, ((8.3, 9.0), (-68, -69.5), (-36.7, -36.2)), strict=True):
        values.set_cost_type_amount(doc, line, same_year_budget.id, figures[0])
        values.set_cost_type_amount(doc, line, prognos.id, figures[1])
    with pytest.raises(InputError) as raised:
        values.set_cost_type_amount(doc, lines[0], deviation, 1)
    assert raised.value.message == values.COMPUTED_COLUMN
    plan = read_plan(doc)
    assert [r.namn for r in plan.kostnadsslag] == [
        "Intäkter",
        "Personalkostnader",
        "Övriga kostnader",
    ]
    table = budget.kostnadsslag(plan)
    index = {c.id: n for n, c in enumerate(table.columns)}
    assert table.totals[index[same_year_budget.id]] == Decimal("-96.4")
    assert table.totals[index[prognos.id]] == Decimal("-96.7")
    # Avvikelse in the resultaträkning (kostnader negative): prognos minus budget, line by line
    # and for the sum, so that a cost above budget is negative.
    assert table.lines[1].belopp[index[deviation]] == Decimal("-1.5")
    assert table.totals[index[deviation]] == Decimal("-0.3")
    removed = items.delete_items(doc, [(ItemKind.KOSTNADSSLAG_RAD, lines[1])])
    assert len(read_plan(doc).kostnadsslag) == 2
    removed.undo(doc)
    assert read_plan(doc) == plan


def test_a_conversion_to_an_unreasonable_amount_says_so(doc: PlanDocument) -> None:
    project = _new(doc, ItemKind.INVESTERING, {"projekt": "Ny skola"})
    budget_units.set_budget_unit(doc, "investering", BeloppEnhet.MNKR)
    values.set_investment_amount(doc, project, 2026, 5_000_000_000)
    with pytest.raises(InputError, match="orimligt stort belopp"):
        budget_units.set_budget_unit(doc, "investering", BeloppEnhet.TKR)
    assert read_plan(doc).uppgifter.enhet_investering is BeloppEnhet.MNKR


def test_a_sum_keeps_no_trailing_zeros(doc: PlanDocument) -> None:
    row, column = _drift(doc)
    values.set_drift_amount(doc, row, column, "1 307,5")
    other = _new(doc, ItemKind.VERKSAMHET, {"namn": "Skola"})
    second = _new(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": other})
    values.set_drift_amount(doc, second, column, "2,5")
    drift = budget.driftbudget(read_plan(doc))
    assert str(drift.totals[[c.id for c in drift.columns].index(column)]) == "1310"
