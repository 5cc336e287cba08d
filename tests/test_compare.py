"""Comparing two states of a plan (vplan_desktop.compare) and ``vplan diff``."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from vplan_desktop.cli import main
from vplan_desktop.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    diff_plans,
    format_differences,
    plan_state,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, Jamforare, MalNiva, VardeSlag
from vplan_desktop.interchange import load_json
from vplan_desktop.planning import versions
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, goal_tree, items, values
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage.working import EditSession


def test_the_same_plan_has_no_differences(example_doc: PlanDocument) -> None:
    state = plan_state(example_doc)
    assert diff_plans(state, state) == []
    assert format_differences([]) == "Inga skillnader."


def test_every_kind_of_change_is_found(example_doc: PlanDocument) -> None:
    doc = example_doc
    before = plan_state(doc)
    plan = read_plan(doc)
    items.update_item(
        doc, ItemKind.KAPITEL, plan.kapitel[0].id, {"text": "Ny första rad.\n\nAndra."}
    )
    items.update_item(doc, ItemKind.AKTIVITET, plan.aktiviteter[0].id, {"status": "klart"})
    items.add_item(
        doc, ItemKind.AKTIVITET, {"namn": "Ny aktivitet", "namndsmal_id": plan.namndsmal[0].id}
    )
    items.delete_items(doc, [(ItemKind.INTERNKONTROLL, plan.internkontroll[0].id)])
    indicator = plan.indikatorer[0]
    values.set_indicator_value(doc, indicator.id, VardeSlag.MALNIVA, 2028, "99")
    row = plan.driftbudget[0]
    column = plan.kolumner(BudgetTabell.DRIFT)[-1]
    values.set_drift_amount(doc, row.id, column.id, 123456)
    values.set_kf_ram(doc, 2027, 140000)
    items.update_item(doc, ItemKind.PLAN, 1, {"summa_resultat": False})
    names = {v.id: v.namn for v in plan.verksamheter}
    column_label = f"{column.slag.value.capitalize()} {column.ar}"
    differences = diff_plans(before, plan_state(doc))
    lines = format_differences(differences)
    kinds = {(d.section, d.change) for d in differences}
    assert ("Kapitel", CHANGED) in kinds
    assert ("Aktiviteter", ADDED) in kinds and ("Aktiviteter", CHANGED) in kinds
    assert ("Internkontroll", REMOVED) in kinds
    assert "Status: Pågår → Klart" in lines
    assert f"Indikator ”{indicator.namn[:60]}" in lines and "Målnivå 2028" in lines
    assert "KF:s ram 2027" in lines and "131 000 → 140 000" in lines.replace("\u00a0", " ")
    [text] = [d for d in differences if d.section == "Kapitel"]
    assert "+Ny första rad." in text.text_diff
    assert f"Driftbudget, {names[row.verksamhet_id]}: {column_label}" in lines
    assert "Verksamheterna: summeras → summeras inte" in lines


def test_a_stored_version_compares_like_the_plan(example_doc: PlanDocument) -> None:
    version = versions.save_version(example_doc, "Före")
    assert (
        diff_plans(versions.version_content(example_doc, version.id), plan_state(example_doc)) == []
    )


def test_vplan_diff_between_two_files(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "ny.vplan"
    other.write_bytes(example_path.read_bytes())
    session = EditSession.open(other)
    items.update_item(session.document, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
    session.close()
    assert main(["diff", str(example_path), str(other)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Uppgifter\n") and "Nämnd: Socialnämnden → Kulturnämnden" in out
    exported = tmp_path / "a.json"
    assert main(["export", str(example_path), "--format", "json", "-o", str(exported)]) == 0
    assert main(["diff", str(exported), str(example_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("Inga skillnader.")
    assert load_json(exported)["uppgifter"]["namnd"] == "Socialnämnden"


def test_vplan_diff_refuses_what_is_not_a_plan(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "x.vplan"
    junk.write_bytes(b"")
    assert main(["diff", str(example_path), str(junk)]) == 2
    assert "tom (0 byte)" in capsys.readouterr().err
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps([1, 2]), encoding="utf-8")
    assert main(["diff", str(bad), str(example_path)]) == 2


@pytest.mark.parametrize("broken", [{"kapitel": "inte en lista"}, {"namndsmal": [1, None]}, {}])
def test_comparison_survives_odd_shapes(
    example_doc: PlanDocument, broken: dict[str, object]
) -> None:
    state = plan_state(example_doc)
    assert isinstance(diff_plans({**state, **broken}, state), list)


def test_the_fields_of_format_version_2_are_compared(example_doc: PlanDocument) -> None:
    doc = example_doc
    before = plan_state(doc)
    plan = read_plan(doc)
    indicator, table = plan.indikatorer[0], plan.nyckeltal[0]
    values.set_indicator_value(doc, indicator.id, VardeSlag.JAMFORELSE, 2024, "57")
    values.set_indicator_value(doc, indicator.id, VardeSlag.UTFALL, 2012, "59")
    items.update_item(doc, ItemKind.INDIKATOR, indicator.id, {"jamforelse": "Medel i riket"})
    items.update_item(
        doc, ItemKind.NYCKELTAL_TABELL, table.id, {"frekvens": "tertial", "fotnoter": "* Not"}
    )
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, table.rader[1].id, {"niva": 1})
    items.update_item(doc, ItemKind.AKTIVITET, plan.aktiviteter[0].id, {"status": None})
    # A key figure's value (a number read back as Decimal) used to break the diff's text.
    values.set_nyckeltal_value(doc, table.rader[0].id, table.kolumner[0].id, Decimal("183.5"))
    lines = format_differences(diff_plans(before, plan_state(doc)))
    for expected in (
        "Jämförs med: (tomt) → Medel i riket",
        "Jämförelse 2024",
        "Utfall 2012",
        "Frekvens: (tomt) → Tertial",
        "Fotnoter: (tomt) → * Not",
        "Underrad: 0 → 1",
        "Status: Pågår → (tomt)",
        f"Rad ”{table.rader[0].namn}”",
        "183,5",
    ):
        assert expected in lines, expected


def _add(doc: PlanDocument, kind: ItemKind, values: dict[str, object]) -> int:
    """The id of a new item."""
    item_id = items.add_item(doc, kind, values).item_id
    assert item_id is not None
    return item_id


def test_the_goal_tree_and_targets_that_compare_are_compared(doc: PlanDocument) -> None:
    """Each field of the goal tree by its Swedish name; a parent and a målområde by name, not
    id; a target with its comparison as the plan writes it."""
    area = _add(doc, ItemKind.MALOMRADE, {"namn": "Trygghet"})
    kf = _add(
        doc,
        ItemKind.NAMNDSMAL,
        {"text": "Tryggt för alla", "malomrade_id": area, "niva": MalNiva.KF, "kod": "1"},
    )
    goal = _add(doc, ItemKind.NAMNDSMAL, {"text": "Stöd i tid", "malomrade_id": area, "kod": "4"})
    indicator = _add(
        doc, ItemKind.INDIKATOR, {"namndsmal_id": goal, "namn": "Andel i tid", "enhet": "%"}
    )
    values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(95))
    activity = _add(doc, ItemKind.AKTIVITET, {"namn": "Vandringar"})
    before = plan_state(doc)
    items.update_item(doc, ItemKind.PLAN, 1, {"malniva_kf": "Kommunfullmäktiges mål"})
    items.update_item(doc, ItemKind.MALOMRADE, area, {"beskrivning": "Om tryggheten."})
    items.update_item(
        doc,
        ItemKind.NAMNDSMAL,
        goal,
        {
            "overordnat_id": kf,
            "niva": MalNiva.FORVALTNING,
            "kod": "1:2",
            "ansvarig": "Enhetschef",
            "foljs_upp_genom": "Delårsrapporten",
            "adressat": "Socialnämnden",
        },
    )
    goal_tree.set_year_text(doc, goal, 2027, "En modell finns klar.")
    values.set_indicator_value(
        doc, indicator, VardeSlag.MALNIVA, 2027, Decimal(95), Jamforare.MINST
    )
    items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"langsiktigt": Decimal(98), "langsiktigt_jamforare": Jamforare.MINST},
    )
    items.update_item(
        doc,
        ItemKind.AKTIVITET,
        activity,
        {"malomrade_id": area, "ar": 2027, "slutdatum_reviderat": dt.date(2027, 12, 31)},
    )
    lines = format_differences(diff_plans(before, plan_state(doc))).replace("\u00a0", " ")
    named = "Förvaltningens mål 1:2 ”Stöd i tid”"
    for expected in (
        "Planens uppgifter: Namn på nivån KF:s mål: (tomt) → Kommunfullmäktiges mål",
        "Målområde ”Trygghet”: Beskrivning: (tomt) → Om tryggheten.",
        f"{named}: Överordnat mål: (tomt) → 1 Tryggt för alla",
        f"{named}: Nivå: Nämndsmål → Förvaltningens mål",
        f"{named}: Nummer: 4 → 1:2",
        f"{named}: Ansvarig: (tomt) → Enhetschef",
        f"{named}: Följs upp genom: (tomt) → Delårsrapporten",
        f"{named}: Adressat: (tomt) → Socialnämnden",
        f"{named}: Mål 2027: (tomt) → En modell finns klar.",
        "Indikator ”Andel i tid”: Målnivå 2027: 95 → ≥ 95",
        "Indikator ”Andel i tid”: Långsiktigt mål: (tomt) → ≥ 98",
        "Aktivitet ”Vandringar”: Målområde: (tomt) → Trygghet",
        "Aktivitet ”Vandringar”: År: (tomt) → 2027",
        "Aktivitet ”Vandringar”: Reviderat slut: (tomt) → 2027-12-31",
    ):
        assert f"  {expected}\n" in f"{lines}\n", expected
    assert "jamforare" not in lines and "kf_text" not in lines
    # A goal is named by its level as the plan now names it, with its number.
    items.update_item(doc, ItemKind.NAMNDSMAL, kf, {"text": "Tryggt för alla, hela livet"})
    renamed = [d for d in diff_plans(before, plan_state(doc)) if d.field == "Text"]
    assert [(d.item, d.change) for d in renamed] == [
        ("Kommunfullmäktiges mål 1 ”Tryggt för alla, hela livet”", CHANGED)
    ]


def test_budget_units_columns_and_cost_types_are_compared(doc: PlanDocument) -> None:
    """A table's unit, a column's note and printed total, and a line by cost type, each by
    its Swedish name; a column by its heading."""
    plan = read_plan(doc)
    column = plan.kolumner(BudgetTabell.RESULTAT)[0]
    line = _add(doc, ItemKind.KOSTNADSSLAG_RAD, {"namn": "Personalkostnader"})
    before = plan_state(doc)
    budget_units.set_budget_unit(doc, "resultat", "mnkr")
    items.update_item(doc, ItemKind.BUDGETKOLUMN, column.id, {"anmarkning": "KF § 142"})
    values.set_column_total(doc, column.id, Decimal("-48.9"))
    values.set_cost_type_amount(doc, line, column.id, Decimal("-50.8"))
    lines = format_differences(diff_plans(before, plan_state(doc))).replace("\u00a0", " ")
    for expected in (
        "Planens uppgifter: Enhet i resultaträkningen: tkr → mnkr",
        f"Kolumnen {column.rubrik}: Anmärkning: (tomt) → KF § 142",
        f"Kolumnen {column.rubrik}: Angiven summa: (tomt) → -48,9",
        f"Kostnadsslag ”Personalkostnader”: {column.rubrik}: (tomt) → -50,8",
    ):
        assert expected in lines, expected
