"""JSON format version 5: the plan's follow-ups (periods with what each holds), the scale of
måluppfyllelse and the deviation threshold; version 4 reads forward with none. A follow-up in
a JSON file may come from anyone: every row is checked as an edit in the window is."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningStatus
from vplan_desktop.errors import InterchangeError
from vplan_desktop.follow_up import Mall
from vplan_desktop.interchange import load_json
from vplan_desktop.interchange.formats import VERSION, forward
from vplan_desktop.interchange.importing import import_json
from vplan_desktop.interchange.reading import schema_problems
from vplan_desktop.interchange.writing import plan_to_json
from vplan_desktop.paths import resource
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.follow_up import AssessmentLevel
from vplan_desktop.services.read import read_plan


def _imported(data: dict[str, Any], path: Path) -> Any:
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


def _refused(data: dict[str, Any], tmp_path: Path) -> list[str]:
    target = tmp_path / "vägrad.vplan"
    with pytest.raises(InterchangeError) as raised:
        import_json(data, target)
    assert not target.exists()
    return raised.value.message.splitlines()[1:]


def _filled(doc: PlanDocument) -> dict[str, Any]:
    """The plan with a reported delår and a started årsredovisning, as JSON."""
    follow_up.add_periods(doc, Mall.TERTIAL, 2027)
    plan = read_plan(doc)
    april = plan.uppfoljning("Delår april 2027")
    assert april is not None
    scale = plan.bedomningsskala
    follow_up.set_assessment_scale(
        doc,
        [
            AssessmentLevel(scale[0].id, "Målet är nått", "#1b5e20", Bedomningsgrad.UPPFYLLT),
            *(AssessmentLevel(b.id, b.namn, b.farg, b.grad) for b in scale[1:]),
        ],
    )
    follow_up.set_deviation_threshold(doc, "7,5")
    edits: dict[ItemKind, tuple[int, dict[str, Any]]] = {
        ItemKind.UPPFOLJNING_MAL: (
            plan.namndsmal[1].id,
            {"bedomningsniva_id": scale[2].id, "bedomning": "Nej.", "orsak": "Vakanser."},
        ),
        ItemKind.UPPFOLJNING_INDIKATOR: (
            plan.indikatorer[0].id,
            {"varde": Decimal("72.5"), "datum": dt.date(2027, 4, 30), "kalla": "Kolada"},
        ),
        ItemKind.UPPFOLJNING_AKTIVITET: (
            plan.aktiviteter[0].id,
            {"status": "senarelagd", "slutdatum_reviderat": dt.date(2027, 11, 30)},
        ),
        ItemKind.UPPFOLJNING_DRIFT: (
            plan.driftbudget[1].id,
            {"utfall": "16 300,5", "prognos": 52300, "kommentar": "Placeringar."},
        ),
        ItemKind.UPPFOLJNING_RESULTAT: (
            plan.resultatrakning[0].id,
            {"utfall_intakter": "0,6", "prognos_kostnader": "-52,1"},
        ),
        ItemKind.UPPFOLJNING_INVESTERING: (plan.investeringar[0].id, {"prognos": 1100}),
        ItemKind.UPPFOLJNING_KONTROLL: (
            plan.internkontroll[1].id,
            {"utford": False, "avvikelse": "Ej hunnen.", "atgard": "Görs i maj."},
        ),
    }
    for kind, (item_id, fields) in edits.items():
        follow_up.set_follow_up(doc, kind, april.id, item_id, fields)
    follow_up.update_period(doc, april.id, {"sammanfattning": "Ett **bra** tertial."})
    follow_up.mark_reported(doc, april.id, dt.date(2027, 5, 20))
    arsred = plan.uppfoljning("Årsredovisning 2027")
    assert arsred is not None
    follow_up.set_follow_up(
        doc, ItemKind.UPPFOLJNING_INDIKATOR, arsred.id, plan.indikatorer[7].id, {"varde": "Tre"}
    )
    return plan_to_json(read_plan(doc))


def test_follow_ups_round_trip_through_json(example_doc: PlanDocument, tmp_path: Path) -> None:
    data = _filled(example_doc)
    assert data["version"] == VERSION == 5
    assert schema_problems(data) == []
    original = read_plan(example_doc)
    plan = _imported(copy.deepcopy(data), tmp_path / "kopia.vplan")
    assert plan.uppfoljningar == original.uppfoljningar
    assert plan.bedomningsskala == original.bedomningsskala
    assert plan.uppgifter.avvikelsegrans == Decimal("7.5")
    april = plan.uppfoljning("delår APRIL 2027")
    assert april is not None and april.rapporterad
    assert april.rapporterad_datum == dt.date(2027, 5, 20)
    assert april.activity(plan.aktiviteter[0].id).status is UppfoljningStatus.SENARELAGD
    assert april.drift_row(plan.driftbudget[1].id).utfall == Decimal("16300.5")
    assert april.control(plan.internkontroll[1].id).utford is False
    arsred = plan.uppfoljning("Årsredovisning 2027")
    assert arsred is not None and arsred.outcome(plan.indikatorer[7].id).varde == "Tre"
    # Written again, the JSON is the same: nothing is lost or changed on the way.
    assert plan_to_json(plan) == data


def test_version_4_reads_forward_with_no_follow_ups(tmp_path: Path) -> None:
    data: dict[str, Any] = load_json(resource("example_plan.json"))
    data = copy.deepcopy(data)
    data["version"] = 4
    for key in ("uppfoljningar", "bedomningsskala"):
        data.pop(key, None)
    data["uppgifter"].pop("avvikelsegrans", None)
    assert schema_problems(data) == []
    moved = forward(data)
    assert moved["version"] == 5 and moved["uppfoljningar"] == []
    plan = _imported(data, tmp_path / "v4.vplan")
    assert plan.uppfoljningar == ()
    assert plan.bedomningsskala[0].namn == "Uppfyllt"
    assert plan.uppgifter.avvikelsegrans == Decimal(5)


def test_version_4_may_not_hold_follow_ups(example_doc: PlanDocument) -> None:
    data = _filled(example_doc)
    data["version"] = 4
    problems = dict(schema_problems(data))
    assert problems["$.uppfoljningar"] == "finns inte i version 4 av formatet"
    assert "$.uppgifter.avvikelsegrans" in problems


def test_a_hostile_follow_up_is_refused_with_its_place_and_nothing_written(
    example_doc: PlanDocument, tmp_path: Path
) -> None:
    data = _filled(example_doc)
    period = data["uppfoljningar"][0]
    period["mal"].append({"namndsmal_id": 999999, "bedomning": "Finns inte"})
    period["aktiviteter"][0]["status"] = "klart"
    period["driftbudget"][0]["kommentar"] = "x" * 100_001
    data["uppfoljningar"][1]["namn"] = period["namn"].upper()
    problems = "\n".join(_refused(data, tmp_path))
    assert "uppfoljningar" in problems
    # The schema refuses the unknown status and the overlong comment at their paths.
    assert "aktiviteter" in problems and "status" in problems


def test_rows_that_point_nowhere_or_repeat_are_named(
    example_doc: PlanDocument, tmp_path: Path
) -> None:
    data = _filled(example_doc)
    period = data["uppfoljningar"][0]
    period["mal"].append({"namndsmal_id": 999999, "bedomning": "Finns inte"})
    period["indikatorer"].append(dict(period["indikatorer"][0]))
    period["mal"][0]["bedomningsniva_id"] = 777
    data["uppfoljningar"][1]["namn"] = "delår april 2027"
    problems = _refused(data, tmp_path)
    text = "\n".join(problems)
    assert "målet 999999 finns inte i planen" in text
    assert "förekommer två gånger" in text
    assert "Bedömningen finns inte i planen" in text
    assert "uppföljningen ”delår april 2027” finns två gånger" in text
