"""Ny plan från förra årets plan shows what the follow-ups hand on before anything is written."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Bedomningsgrad, UppfoljningStatus
from vplan_desktop.follow_up import Mall
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.rollover_dialog import RolloverDialog


def test_the_dialog_names_goals_not_met_and_activities_left(
    qtbot: QtBot, example_path: Path
) -> None:
    with PlanDocument.open(example_path) as doc:
        follow_up.add_periods(doc, Mall.HELAR, 2027)
        plan = read_plan(doc)
        year = plan.uppfoljningar[0].id
        not_met = next(b for b in plan.bedomningsskala if b.grad is Bedomningsgrad.EJ_UPPFYLLT)
        follow_up.set_follow_up(
            doc, ItemKind.UPPFOLJNING_MAL, year, 2, {"bedomningsniva_id": not_met.id}
        )
        follow_up.set_follow_up(
            doc, ItemKind.UPPFOLJNING_AKTIVITET, year, 2, {"status": UppfoljningStatus.KLAR}
        )
    before = example_path.read_bytes()
    dialog = RolloverDialog(None, example_path)
    qtbot.addWidget(dialog)
    shown = dialog.summary.toPlainText()
    assert "Mål som inte uppfylldes helt, att granska särskilt (1):" in shown
    assert "(Ej uppfyllt i Årsredovisning 2027)" in shown
    assert "  – Bygga ut öppenvården för familjer (Klar i Årsredovisning 2027)" in shown
    assert "Aktiviteter: 17 överförs" in shown
    assert example_path.read_bytes() == before
