"""The core services: each edit is one transaction, checked, and undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, VardeSlag
from vplan_desktop.domain import RiskBand, RiskScale
from vplan_desktop.errors import InputError, NotFoundError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.plan import (
    DEFAULT_SCALES,
    NewPlan,
    create_plan,
    set_period,
    set_risk_scale,
)
from vplan_desktop.services.read import read_plan


def test_new_plan_has_the_usual_chapters_scale_and_budget_columns(doc: PlanDocument) -> None:
    plan = read_plan(doc)
    assert plan.uppgifter.titel == "Verksamhetsplan 2026–2028"
    assert plan.uppgifter.years == [2026, 2027, 2028]
    assert [k.rubrik for k in plan.kapitel][2] == "Planeringsförutsättningar och omvärldsanalys"
    assert [k.omvarldsanalys for k in plan.kapitel] == [False, False, True, False]
    assert plan.riskskala == DEFAULT_SCALES[4]
    assert [c.rubrik for c in plan.kolumner(BudgetTabell.DRIFT)] == [
        "Bokslut 2023",
        "Bokslut 2024",
        "Budget 2025",
        "Budget 2026",
        "Plan 2027",
        "Plan 2028",
    ]
    assert [c.rubrik for c in plan.kolumner(BudgetTabell.RESULTAT)] == [
        "Bokslut 2024",
        "Budget 2025",
        "Prognos 2025",
        "Budget 2026",
        "Plan 2027",
        "Plan 2028",
    ]


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [(2026, 2030, "för lång"), (2028, 2026, "sluta"), (1066, 1067, "rimligt årtal")],
)
def test_new_plan_refuses_a_bad_period(tmp_path: Path, first: int, last: int, message: str) -> None:
    with pytest.raises(InputError, match=message):
        create_plan(tmp_path / "x.vplan", NewPlan("K", "N", first, last))
    assert list(tmp_path.iterdir()) == []


def test_new_plan_refuses_an_empty_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Nämnden får inte vara tom"):
        create_plan(tmp_path / "x.vplan", NewPlan("K", "  ", 2026, 2027))
    assert list(tmp_path.iterdir()) == []


def test_front_matter_edit_undo_redo(example_doc: PlanDocument) -> None:
    doc = example_doc
    change = items.update_item(
        doc,
        ItemKind.PLAN,
        1,
        {"ordforande": "Maria Johansson", "ordforande_parti": "C", "diarienummer": "SN-1"},
    )
    u = read_plan(doc).uppgifter
    assert u.ordforande_text == "Maria Johansson (C)"
    redo = change.undo(doc)
    assert read_plan(doc).uppgifter.ordforande == "Karin Lindqvist"
    redo.undo(doc)
    assert read_plan(doc).uppgifter.diarienummer == "SN-1"


def test_short_texts_are_trimmed_and_long_ones_refused(doc: PlanDocument) -> None:
    items.update_item(doc, ItemKind.PLAN, 1, {"diarienummer": "  SN-2025/289 \n"})
    assert read_plan(doc).uppgifter.diarienummer == "SN-2025/289"
    with pytest.raises(InputError, match="för lång"):
        items.update_item(doc, ItemKind.PLAN, 1, {"diarienummer": "x" * 501})


def test_chapters_add_move_rename_delete_undo(doc: PlanDocument) -> None:
    added = _id(
        items.add_item(
            doc, ItemKind.KAPITEL, {"rubrik": "Vision", "text": "**Alla** ska med."}, index=1
        )
    )
    rubriker = [k.rubrik for k in read_plan(doc).kapitel]
    assert rubriker[:3] == ["Inledning", "Vision", "Nämndens uppdrag"]
    moved = items.move_item(doc, ItemKind.KAPITEL, added, 10)
    assert [k.rubrik for k in read_plan(doc).kapitel][-1] == "Vision"
    moved.undo(doc)
    assert [k.rubrik for k in read_plan(doc).kapitel][1] == "Vision"
    with pytest.raises(InputError, match="Rubriken får inte vara tom"):
        items.update_item(doc, ItemKind.KAPITEL, added, {"rubrik": " "})
    removed = items.delete_items(doc, [(ItemKind.KAPITEL, added)])
    assert "Vision" not in [k.rubrik for k in read_plan(doc).kapitel]
    restored = removed.undo(doc)
    chapter = read_plan(doc).kapitel[1]
    assert (chapter.id, chapter.rubrik, chapter.text) == (
        added,
        "Vision",
        "**Alla** ska med.",
    )
    restored.undo(doc)
    assert len(read_plan(doc).kapitel) == 4


def _id(change: Change) -> int:
    """The id of the item ``change`` added."""
    assert change.item_id is not None
    return change.item_id


def _goal_tree(doc: PlanDocument) -> tuple[int, int, int, int]:
    area = _id(items.add_item(doc, ItemKind.MALOMRADE, {"kod": "1", "namn": "Kvalitet"}))
    goal = _id(
        items.add_item(
            doc, ItemKind.NAMNDSMAL, {"malomrade_id": area, "text": "Barn får rätt stöd"}
        )
    )
    indicator = _id(
        items.add_item(
            doc,
            ItemKind.INDIKATOR,
            {
                "namndsmal_id": goal,
                "namn": "Andel nöjda",
                "enhet": "%",
                "riktning": "hogre_battre",
                "nulage_ar": 2025,
                "nulage": Decimal("67"),
            },
        )
    )
    activity = _id(
        items.add_item(doc, ItemKind.AKTIVITET, {"namn": "Utbildning", "namndsmal_id": goal})
    )
    return area, goal, indicator, activity


def test_deleting_a_goal_area_takes_its_tree_and_undo_brings_all_back(doc: PlanDocument) -> None:
    area, _, indicator, _ = _goal_tree(doc)
    for year, value in ((2026, Decimal("69")), (2027, Decimal("71")), (2028, "Öka")):
        values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, year, value)
    before = read_plan(doc)
    change = items.delete_items(doc, [(ItemKind.MALOMRADE, area)])
    after = read_plan(doc)
    assert (after.malomraden, after.namndsmal, after.indikatorer) == ((), (), ())
    assert after.aktiviteter[0].namndsmal_id is None
    change.undo(doc)
    assert read_plan(doc) == before


def test_indicator_values_and_undo(doc: PlanDocument) -> None:
    _, _, indicator, _ = _goal_tree(doc)
    first = values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2026, Decimal("35.71"))
    values.set_indicator_value(doc, indicator, VardeSlag.UTFALL, 2025, Decimal("67"))
    second = values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2026, "Nuläge")
    assert read_plan(doc).indikatorer[0].malnivaer == {2026: "Nuläge"}
    second.undo(doc)
    assert read_plan(doc).indikatorer[0].malnivaer == {2026: Decimal("35.71")}
    first.undo(doc)
    assert read_plan(doc).indikatorer[0].malnivaer == {}
    assert read_plan(doc).indikatorer[0].utfall == {2025: Decimal("67")}
    with pytest.raises(InputError, match="Året"):
        values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 20266, Decimal(1))
    with pytest.raises(NotFoundError):
        values.set_indicator_value(doc, 999, VardeSlag.MALNIVA, 2026, Decimal(1))


def test_moving_a_goal_to_another_area_and_back(doc: PlanDocument) -> None:
    area, goal, _, _ = _goal_tree(doc)
    other = _id(items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Delaktighet"}))
    items.add_item(doc, ItemKind.NAMNDSMAL, {"malomrade_id": area, "text": "Andra målet"})
    change = items.update_item(doc, ItemKind.NAMNDSMAL, goal, {"malomrade_id": other})
    plan = read_plan(doc)
    assert [(g.malomrade_id, g.text) for g in plan.namndsmal] == [
        (area, "Andra målet"),
        (other, "Barn får rätt stöd"),
    ]
    change.undo(doc)
    assert [g.text for g in read_plan(doc).namndsmal] == ["Barn får rätt stöd", "Andra målet"]


def test_bad_fields_give_swedish_messages_and_change_nothing(doc: PlanDocument) -> None:
    _, _, indicator, activity = _goal_tree(doc)
    before = read_plan(doc)
    cases: list[tuple[Callable[[], object], str]] = [
        (
            lambda: items.update_item(doc, ItemKind.INDIKATOR, indicator, {"riktning": "uppåt"}),
            "inget giltigt val",
        ),
        (
            lambda: items.update_item(doc, ItemKind.INDIKATOR, indicator, {"kolada_id": "abc"}),
            "Kolada-id",
        ),
        (
            lambda: items.update_item(doc, ItemKind.AKTIVITET, activity, {"namndsmal_id": 999}),
            "finns inte",
        ),
        (
            lambda: items.update_item(doc, ItemKind.AKTIVITET, activity, {"farg": "röd"}),
            "inga fält",
        ),
        (
            lambda: items.update_item(
                doc, ItemKind.AKTIVITET, activity, {"kostnad_tkr": Decimal(-5)}
            ),
            "negativt",
        ),
        (lambda: items.add_item(doc, ItemKind.INDIKATOR, {"namn": "Utan mål"}), "Nämndsmålet"),
        (
            lambda: items.update_item(doc, ItemKind.KAPITEL, 999, {"rubrik": "X"}),
            "finns inte längre",
        ),
        (lambda: items.add_item(doc, "okänd", {}), "Okänd sorts post"),  # type: ignore[arg-type]
        (
            lambda: items.update_item(
                doc,
                ItemKind.INTERNKONTROLL,
                _id(items.add_item(doc, ItemKind.INTERNKONTROLL, {})),
                {"sannolikhet": 5},
            ),
            "från 1 till 4",
        ),
    ]
    for action, message in cases:
        with pytest.raises((InputError, NotFoundError), match=message):
            action()
    after = read_plan(doc)
    assert after.indikatorer == before.indikatorer
    assert after.aktiviteter == before.aktiviteter


def test_activity_cost_is_an_amount_or_own_time(doc: PlanDocument) -> None:
    *_, activity = _goal_tree(doc)
    items.update_item(doc, ItemKind.AKTIVITET, activity, {"egen_tid": True})
    items.update_item(doc, ItemKind.AKTIVITET, activity, {"kostnad_tkr": Decimal("120.5")})
    saved = read_plan(doc).aktiviteter[0]
    assert (saved.kostnad_tkr, saved.egen_tid) == (Decimal("120.5"), False)
    change = items.update_item(doc, ItemKind.AKTIVITET, activity, {"egen_tid": True})
    saved = read_plan(doc).aktiviteter[0]
    assert (saved.kostnad_tkr, saved.egen_tid) == (None, True)
    change.undo(doc)
    saved = read_plan(doc).aktiviteter[0]
    assert (saved.kostnad_tkr, saved.egen_tid) == (Decimal("120.5"), False)
    with pytest.raises(InputError, match="före startdatum"):
        items.update_item(
            doc,
            ItemKind.AKTIVITET,
            activity,
            {"startdatum": dt.date(2026, 5, 1), "slutdatum": dt.date(2026, 4, 1)},
        )


def test_verksamhet_names_are_unique(doc: PlanDocument) -> None:
    items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "Barn och familj"})
    with pytest.raises(InputError, match="”Barn och familj” finns redan"):
        items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "Barn  och familj"})
    assert len(read_plan(doc).verksamheter) == 1


def test_budget_cells_and_ram(doc: PlanDocument) -> None:
    verksamhet = _id(items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "Vuxen"}))
    row = _id(items.add_item(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": verksamhet}))
    plan = read_plan(doc)
    budget = next(
        c for c in plan.kolumner(BudgetTabell.DRIFT) if c.slag is KolumnSlag.BUDGET and c.ar == 2026
    )
    first = values.set_drift_amount(doc, row, budget.id, 13423)
    second = values.set_drift_amount(doc, row, budget.id, 14591)
    assert read_plan(doc).driftbudget[0].belopp == {budget.id: 14591}
    second.undo(doc)
    assert read_plan(doc).driftbudget[0].belopp == {budget.id: 13423}
    first.undo(doc)
    assert read_plan(doc).driftbudget[0].belopp == {}
    with pytest.raises(InputError, match="högst 3 decimaler"):
        values.set_drift_amount(doc, row, budget.id, Decimal("1.5005"))
    resultat_column = plan.kolumner(BudgetTabell.RESULTAT)[0]
    with pytest.raises(InputError, match="annan tabell"):
        values.set_drift_amount(doc, row, resultat_column.id, 1)

    ram = values.set_kf_ram(doc, 2026, 130000, "KF 2025-06-16 § 87")
    assert read_plan(doc).kf_ram[0].belopp == 130000
    ram.undo(doc)
    assert read_plan(doc).kf_ram == ()


def test_resultat_cells(doc: PlanDocument) -> None:
    verksamhet = _id(items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "EKB"}))
    row = _id(items.add_item(doc, ItemKind.RESULTAT_RAD, {"verksamhet_id": verksamhet}))
    column = read_plan(doc).kolumner(BudgetTabell.RESULTAT)[0].id
    values.set_resultat_amount(doc, row, column, "intakter", 74943)
    change = values.set_resultat_amount(doc, row, column, "kostnader", -91784)
    cell = read_plan(doc).resultatrakning[0].belopp[column]
    assert (cell.intakter, cell.kostnader, cell.netto) == (Decimal(74943), Decimal(-91784), None)
    change.undo(doc)
    assert read_plan(doc).resultatrakning[0].belopp[column].kostnader is None
    with pytest.raises(InputError, match="inget fält"):
        values.set_resultat_amount(doc, row, column, "vinst", 1)


def test_investments_span_five_years_from_the_budget_year(doc: PlanDocument) -> None:
    investment = _id(
        items.add_item(
            doc, ItemKind.INVESTERING, {"projekt": "Inventarier", "projektnummer": "MBN 001"}
        )
    )
    for year, amount in zip(range(2026, 2031), (1307, 1547, 1787, 1787, 1050), strict=True):
        values.set_investment_amount(doc, investment, year, amount)
    assert sum(read_plan(doc).investeringar[0].belopp.values()) == 7478
    with pytest.raises(InputError, match="till och med 2030"):
        values.set_investment_amount(doc, investment, 2031, 1)


def test_key_figure_tables(doc: PlanDocument) -> None:
    table = _id(items.add_item(doc, ItemKind.NYCKELTAL_TABELL, {"rubrik": "Personal"}))
    column = _id(
        items.add_item(
            doc, ItemKind.NYCKELTAL_KOLUMN, {"tabell_id": table, "rubrik": "Bokslut 2024"}
        )
    )
    row = _id(
        items.add_item(
            doc, ItemKind.NYCKELTAL_RAD, {"tabell_id": table, "namn": "Sjukfrånvaro", "enhet": "%"}
        )
    )
    values.set_nyckeltal_value(doc, row, column, Decimal("7.9"))
    assert read_plan(doc).nyckeltal[0].rader[0].varden == {column: Decimal("7.9")}
    other = _id(items.add_item(doc, ItemKind.NYCKELTAL_TABELL, {"rubrik": "Volymer"}))
    other_column = _id(
        items.add_item(doc, ItemKind.NYCKELTAL_KOLUMN, {"tabell_id": other, "rubrik": "Jan"})
    )
    with pytest.raises(InputError, match="annan tabell"):
        values.set_nyckeltal_value(doc, row, other_column, Decimal(1))
    removed = items.delete_items(doc, [(ItemKind.NYCKELTAL_TABELL, table)])
    assert [t.rubrik for t in read_plan(doc).nyckeltal] == ["Volymer"]
    removed.undo(doc)
    assert read_plan(doc).nyckeltal[0].rader[0].varden == {column: Decimal("7.9")}


def test_period_change_adds_year_columns_and_undoes(doc: PlanDocument) -> None:
    change = set_period(doc, 2027, 2030)
    plan = read_plan(doc)
    assert plan.uppgifter.years == [2027, 2028, 2029, 2030]
    drift = [c.rubrik for c in plan.kolumner(BudgetTabell.DRIFT)]
    # Plan 2027 stays beside the new Budget 2027: columns are never dropped with their figures.
    assert drift[-5:] == ["Budget 2027", "Plan 2027", "Plan 2028", "Plan 2029", "Plan 2030"]
    change.undo(doc)
    assert read_plan(doc).uppgifter.years == [2026, 2027, 2028]
    with pytest.raises(InputError, match="för lång"):
        set_period(doc, 2026, 2030)


def test_risk_scale_size_labels_and_bands(doc: PlanDocument) -> None:
    change = set_risk_scale(doc, DEFAULT_SCALES[5])
    control = _id(
        items.add_item(
            doc,
            ItemKind.INTERNKONTROLL,
            {"process": "Utbetalningar", "sannolikhet": 5, "konsekvens": 4},
        )
    )
    plan = read_plan(doc)
    assert plan.riskskala.storlek == 5
    assert plan.internkontroll[0].riskvarde == 20
    band = plan.riskskala.band_for(20)
    assert band is not None and band.namn == "Mycket hög"
    with pytest.raises(InputError, match="nivå 5"):
        change.undo(doc)
    items.update_item(doc, ItemKind.INTERNKONTROLL, control, {"sannolikhet": 3})
    change.undo(doc)
    assert read_plan(doc).riskskala.storlek == 4
    bad = RiskScale(4, ("a", "b", "c", "d"), ("a", "b", "c", "d"), (RiskBand(9, "#00ff00", ""),))
    with pytest.raises(InputError, match="till och med 16"):
        set_risk_scale(doc, bad)
    labels = RiskScale(4, ("a", "b", "", "d"), ("a", "b", "c", "d"), DEFAULT_SCALES[4].band)
    with pytest.raises(InputError, match="namngivna nivåer"):
        set_risk_scale(doc, labels)


def test_example_plan_reads_back(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    assert plan.uppgifter.namnd == "Socialnämnden"
    assert 3 <= len(plan.malomraden) <= 5
    assert 8 <= len(plan.indikatorer) <= 15
    assert 10 <= len(plan.aktiviteter) <= 20
    assert 6 <= len(plan.internkontroll) <= 10
    assert any(k.omvarldsanalys for k in plan.kapitel)
