"""What the window passes on as seen (``ui.seen``): the item's version or the cell's value as
its snapshot shows them. An edit built on a snapshot from before someone else's change is
refused; built on a fresh one it goes through."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag
from vplan_desktop.errors import ConflictError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui import seen


def _two(path: Path) -> tuple[PlanDocument, PlanDocument]:
    mine = PlanDocument.open(path)
    mine.user_name = "Erik Berg"
    hers = PlanDocument.open(path)
    hers.user_name = "Anna Svensson"
    return mine, hers


def _refused_then_fresh(
    mine: PlanDocument,
    hers: PlanDocument,
    theirs: Callable[[PlanDocument], Change],
    ours: Callable[[d.PlanSnapshot], Callable[[PlanDocument], Change]],
) -> None:
    shown = read_plan(mine)
    theirs(hers)
    with pytest.raises(ConflictError) as refused:
        ours(shown)(mine)
    assert refused.value.who == "Anna Svensson"
    ours(read_plan(mine))(mine)


def test_cells_are_passed_on_as_shown(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        plan = read_plan(mine)
        column = next(
            k for k in plan.kolumner(BudgetTabell.RESULTAT) if k.slag is KolumnSlag.BUDGET
        )
        line = plan.resultatrakning[0]
        assert seen.resultat_amount(plan, line.id, column.id, "intakter") == (
            line.belopp[column.id].intakter
        )
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: values.set_resultat_amount(doc, line.id, column.id, "intakter", 11),
            lambda shown: (
                lambda doc: values.set_resultat_amount(
                    doc,
                    line.id,
                    column.id,
                    "intakter",
                    12,
                    seen=seen.resultat_amount(shown, line.id, column.id, "intakter"),
                )
            ),
        )
        project = plan.investeringar[0]
        year = plan.uppgifter.forsta_ar
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: values.set_investment_amount(doc, project.id, year, 500),
            lambda shown: (
                lambda doc: values.set_investment_amount(
                    doc,
                    project.id,
                    year,
                    600,
                    seen=seen.investment_amount(shown, project.id, year, "belopp"),
                )
            ),
        )
        row = plan.nyckeltal[0].rader[0]
        key_column = plan.nyckeltal[0].kolumner[0]
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: values.set_nyckeltal_value(doc, row.id, key_column.id, Decimal(3)),
            lambda shown: (
                lambda doc: values.set_nyckeltal_value(
                    doc,
                    row.id,
                    key_column.id,
                    Decimal(4),
                    seen=seen.key_figure(shown, row.id, key_column.id),
                )
            ),
        )
        drift = next(k for k in plan.kolumner(BudgetTabell.DRIFT) if k.slag is KolumnSlag.BUDGET)
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: values.set_kf_ram(doc, drift.ar, 1000),
            lambda shown: (
                lambda doc: values.set_kf_ram(
                    doc, drift.ar, 2000, seen=seen.kf_ram(shown, drift.ar)
                )
            ),
        )
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: values.set_column_total(doc, drift.id, 5000),
            lambda shown: (
                lambda doc: values.set_column_total(
                    doc, drift.id, 6000, seen=seen.column_total(shown, drift.id)
                )
            ),
        )


def test_items_and_year_texts_are_passed_on_as_shown(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        plan = read_plan(mine)
        goal = plan.namndsmal[0]
        _refused_then_fresh(
            mine,
            hers,
            seen.update(plan, ItemKind.NAMNDSMAL, goal.id, {"ansvarig": "Anna"}),
            lambda shown: seen.update(shown, ItemKind.NAMNDSMAL, goal.id, {"ansvarig": "Erik"}),
        )
        table = plan.nyckeltal[0]
        assert seen.version(plan, ItemKind.NYCKELTAL_KOLUMN, table.kolumner[0].id) == 1
        assert seen.version(plan, ItemKind.NYCKELTAL_RAD, table.rader[0].id) == 1
        assert seen.version(plan, ItemKind.AKTIVITET, -1) is None  # not shown: not checked
        year = plan.uppgifter.forsta_ar
        _refused_then_fresh(
            mine,
            hers,
            seen.set_year_text(plan, goal.id, year, "Hennes mål"),
            lambda shown: seen.set_year_text(shown, goal.id, year, "Mitt mål"),
        )
        activity = plan.aktiviteter[0]
        _refused_then_fresh(
            mine,
            hers,
            seen.update(plan, ItemKind.AKTIVITET, activity.id, {"ansvarig": "Anna"}),
            lambda shown: seen.delete(shown, [(ItemKind.AKTIVITET, activity.id)]),
        )
        assert activity.id not in {a.id for a in read_plan(mine).aktiviteter}


def test_follow_up_values_are_passed_on_as_shown(followed_up_path: Path) -> None:
    mine, hers = _two(followed_up_path)
    with mine, hers:
        plan = read_plan(mine)
        period = plan.uppfoljningar[0]
        line = plan.driftbudget[0]
        kind = ItemKind.UPPFOLJNING_DRIFT
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: follow_up.set_follow_up(doc, kind, period.id, line.id, {"utfall": 100}),
            lambda shown: seen.set_follow_up(shown, kind, period.id, line.id, {"utfall": 200}),
        )
        now = read_plan(mine).uppfoljning(period.id)
        assert now is not None and now.drift[line.id].utfall == Decimal(200)
        indicator = plan.indikatorer[0]
        kind = ItemKind.UPPFOLJNING_INDIKATOR
        _refused_then_fresh(
            mine,
            hers,
            lambda doc: follow_up.set_follow_up(
                doc, kind, period.id, indicator.id, {"varde": Decimal(71)}
            ),
            lambda shown: seen.set_follow_up(
                shown, kind, period.id, indicator.id, {"varde": "Tre möten"}
            ),
        )
