"""The panel "Värden per år" of Mål och indikatorer, driven as a user drives it: an indicator
chosen in the tree, "Lägg till år…" answered, outcomes, a comparison and a long-range goal
typed in the table, the source and the comparison's name typed in their fields, Ctrl+Z.
Every step is checked on screen and in the plan file (each refresh against a full read)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.goal_helpers import open_goals
from tests.ui.helpers import (
    click_and_answer,
    column_of,
    context_of,
    edit_cell,
    on_disk,
    press,
    shown_cells,
    type_text,
    typed_answer,
)
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.models.goals import INDICATOR
from vplan_desktop.ui.models.indicator_years import IndicatorYearsModel, year_rows

CTRL = Qt.KeyboardModifier.ControlModifier
NBSP = "\u00a0"


def _row(editor: GoalsEditor, year: int) -> int:
    row = editor.years_panel.model.row_of(year)
    assert row is not None, f"no row for {year}"
    return row


def test_an_outcome_typed_for_a_history_year_reaches_the_plan_and_undo_takes_it_back(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = open_goals(qtbot, example_path)
    plan = context_of(window).plan
    indicator = plan.indikatorer[1]  # the second: chosen in the tree, not the default first
    editor.select(INDICATOR, indicator.id)
    panel = editor.years_panel
    assert panel.isEnabled() and indicator.namn in panel.title()
    table = panel.table
    # The plan years are there from the start; the earlier years come with "Lägg till år…".
    assert [r[0] for r in shown_cells(table)] == ["2027", "2028", "2029"]
    assert click_and_answer(qtbot, panel.add_year_button, typed_answer(qtbot, "2012")) == [
        "Lägg till år"
    ]
    assert [r[0] for r in shown_cells(table)] == ["2012", "2027", "2028", "2029"]

    edit_cell(qtbot, table, _row(editor, 2012), column_of(table, "Utfall"), "59,5 %")
    assert on_disk(example_path).indikatorer[1].utfall == {2012: Decimal("59.5")}
    assert shown_cells(table)[0] == ["2012", "", f"59,5{NBSP}%", ""]

    edit_cell(qtbot, table, _row(editor, 2012), column_of(table, "Jämförelse"), "57")
    click_and_answer(qtbot, panel.add_year_button, typed_answer(qtbot, "2030"))
    edit_cell(qtbot, table, _row(editor, 2030), column_of(table, "Målnivå"), "Minst 90 %")
    saved = on_disk(example_path).indikatorer[1]
    assert saved.jamforelser == {2012: Decimal(57)}
    assert (saved.malnivaer[2030], saved.jamforare[2030]) == (Decimal(90), Jamforare.MINST)

    # Källa and "Jämförs med": typed, then Tab leaves the field and saves it.
    field = panel.fields["jamforelse"]
    field.setFocus()
    type_text(field, "Medel i riket")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert on_disk(example_path).indikatorer[1].jamforelse == "Medel i riket"

    # Ctrl+Z takes the steps back one at a time: the name, the 2030 goal, the comparison.
    table.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    undone = on_disk(example_path).indikatorer[1]
    assert (undone.jamforelse, undone.jamforelser) == ("", {})
    assert 2030 not in undone.malnivaer
    assert undone.utfall == {2012: Decimal("59.5")}
    assert panel.fields["jamforelse"].text() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(example_path).indikatorer[1].utfall == {}
    assert shown_cells(table)[0][2] == ""  # the emptied year keeps its row while shown


def test_a_year_that_is_none_is_refused_in_swedish(qtbot: QtBot, example_path: Path) -> None:
    window, editor = open_goals(qtbot, example_path)
    editor.select(INDICATOR, context_of(window).plan.indikatorer[0].id)
    said: list[str] = []
    context_of(window).failed.connect(said.append)
    before = on_disk(example_path)
    click_and_answer(qtbot, editor.years_panel.add_year_button, typed_answer(qtbot, "tjugo"))
    assert said == ["”tjugo” är inget årtal (skriv till exempel 2024)."]
    assert on_disk(example_path) == before


def test_the_source_typed_in_the_panel_shows_in_the_indicator_table(
    qtbot: QtBot, example_path: Path
) -> None:
    window, editor = open_goals(qtbot, example_path)
    editor.select(INDICATOR, context_of(window).plan.indikatorer[0].id)
    field = editor.years_panel.fields["kalla"]
    field.setFocus()
    field.selectAll()
    type_text(field, "SCB")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()
    first = context_of(window).plan.indikatorer[0]
    assert first.kalla == "SCB" == on_disk(example_path).indikatorer[0].kalla
    source = column_of(editor.indicators, "Källa")
    assert editor.indicators.model().index(0, source).data() == "SCB"


def test_the_years_model(qtbot: QtBot, qtmodeltester: object, example_path: Path) -> None:
    window, _ = open_goals(qtbot, example_path)
    context = context_of(window)
    model = IndicatorYearsModel(context)
    assert model.rowCount() == 0  # no indicator: no rows
    first = context.plan.indikatorer[0]
    model.set_indicator(first.id)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "2024",
        "2025",
        "2027",
        "2028",
        "2029",
    ]
    rows = year_rows(first, [2027, 2028, 2029], [2031])
    assert [(r.ar, r.plats) for r in rows][-2:] == [(2029, "plan"), (2031, "efter")]
    assert rows[0].plats == "före"
