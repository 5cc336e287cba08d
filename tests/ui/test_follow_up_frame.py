"""Follow-up mode as a user meets it: the Visa selector, the navigator and pages of a period,
and the Uppföljning section (its periods, their report mark, the settings, the summary texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QLabel, QWidget

from tests.ui.helpers import (
    button_answer,
    click,
    click_and_answer,
    context_of,
    on_disk,
    press,
    shown_window,
    type_text,
    workspace_of,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.follow_up import Mall
from vplan_desktop.sections import Section
from vplan_desktop.services import adoption
from vplan_desktop.services.follow_up import add_periods
from vplan_desktop.ui import follow_up_pages
from vplan_desktop.ui.assessment_scale_dialog import AssessmentScaleDialog
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.editors.follow_up import FollowUpEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.follow_up_period_dialog import PeriodDialog
from vplan_desktop.ui.follow_up_reopen_dialog import ReopenPeriodDialog
from vplan_desktop.ui.follow_up_report_dialog import ReportDialog
from vplan_desktop.ui.follow_up_templates_dialog import NewPeriodsDialog
from vplan_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

PLAN_NAVIGATOR = [
    "Uppgifter",
    "Kapitel",
    "Mål och indikatorer",
    "Aktiviteter",
    "Budget",
    "Driftbudget",
    "Resultaträkning",
    "Investeringar",
    "Nyckeltal",
    "Internkontroll",
    "Uppföljning",
    "Granskning",
]
PERIOD_NAVIGATOR = [
    "Uppföljning",
    "Mål och indikatorer",
    "Aktiviteter",
    "Budget",
    "Driftbudget",
    "Resultaträkning",
    "Investeringar",
    "Internkontroll",
    "Granskning",
]


class StandInGoals(SectionEditor):
    """A follow-up page of Mål that says which period it shows."""

    title = "Mål – uppföljning"

    def __init__(self, context: PlanContext) -> None:
        super().__init__(context)
        self.shown = QLabel()
        self.outer.addWidget(self.shown)
        self.on_changed(None)

    def on_changed(self, change: object) -> None:
        period = self.context.period
        self.shown.setText(period.namn if period else "")


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(follow_up_pages.FOLLOW_UP_EDITORS, Section.MAL, StandInGoals)


def _shown(qtbot: QtBot, path: Path) -> MainWindow:
    """The plan open in a window, laid out on screen."""
    window = shown_window(qtbot, path)
    qtbot.waitUntil(lambda: workspace_of(window).isVisible())
    return window


def _with_periods(path: Path) -> Path:
    with PlanDocument.open(path) as doc:
        add_periods(doc, Mall.TERTIAL, 2026)
    return path


@pytest.fixture
def window(qtbot: QtBot, plan_path: Path) -> MainWindow:
    """The empty plan (2026–2028) with the tertial periods of 2026, open in a window."""
    return _shown(qtbot, _with_periods(plan_path))


def _navigator(window: MainWindow) -> list[str]:
    navigator = workspace_of(window).navigator
    titles: list[str] = []
    for index in range(navigator.topLevelItemCount()):
        item = navigator.topLevelItem(index)
        assert item is not None
        titles.append(item.text(0))
        children = [item.child(c) for c in range(item.childCount())]
        titles += [child.text(0) for child in children if child is not None]
    return [t for t in titles if t not in {k.rubrik for k in context_of(window).plan.kapitel}]


def _choose(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+Shift+U, then the arrow keys down the selector until ``text`` is chosen."""
    combo = workspace_of(window).period_bar.combo
    press(qtbot, Qt.Key.Key_U, CTRL_SHIFT)
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, (
        f"no {text!r} in {workspace_of(window).period_bar.choices()}"
    )


def _follow_up(window: MainWindow) -> FollowUpEditor:
    editor = workspace_of(window).editors[Section.UPPFOLJNING]
    assert isinstance(editor, FollowUpEditor)
    return editor


def _open_follow_up(window: MainWindow) -> FollowUpEditor:
    window.show_section(Section.UPPFOLJNING.value)
    return _follow_up(window)


def _banner(window: MainWindow) -> str:
    return workspace_of(window).period_bar.text.text()


# --- the selector and the frame ----------------------------------------------------------------


def test_the_selector_lists_the_plan_then_each_period_by_name(window: MainWindow) -> None:
    bar = workspace_of(window).period_bar
    assert bar.combo.accessibleName() == "Visa" and bar.combo.isVisible()
    assert bar.choices() == [
        "Planen",
        "Delår april 2026",
        "Delår augusti 2026",
        "Årsredovisning 2026",
    ]
    assert bar.combo.currentText() == "Planen" and _banner(window) == ""
    assert _navigator(window) == PLAN_NAVIGATOR


def test_a_period_shows_its_sections_and_the_plan_comes_back_as_it_was(
    window: MainWindow, qtbot: QtBot, stand_in: None
) -> None:
    workspace = workspace_of(window)
    window.show_section("mal")
    goals = workspace.stack.currentWidget()
    assert isinstance(goals, GoalsEditor)

    _choose(qtbot, window, "Delår augusti 2026")
    assert context_of(window).period is not None
    assert _navigator(window) == PERIOD_NAVIGATOR
    assert workspace.current == "mal"  # Mål is in both: it stays open
    page = workspace.stack.currentWidget()
    assert isinstance(page, StandInGoals) and page.shown.text() == "Delår augusti 2026"
    assert "Uppföljning: Delår augusti 2026" in _banner(window)
    assert "Delår augusti 2026" in window.windowTitle()
    assert workspace.step_label.text() == "Avsnitt 2 av 8"

    _choose(qtbot, window, "Delår april 2026")  # another period: the same page, kept
    assert workspace.stack.currentWidget() is page and page.shown.text() == "Delår april 2026"

    _choose(qtbot, window, "Planen")
    assert context_of(window).period is None
    assert _navigator(window) == PLAN_NAVIGATOR
    assert workspace.stack.currentWidget() is goals and workspace.current == "mal"
    assert _banner(window) == "" and "Delår" not in window.windowTitle()


def test_a_section_the_plan_alone_has_is_left_for_the_period_and_found_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = workspace_of(window)
    window.show_section("kapitel")
    chapter = workspace.current
    assert chapter.startswith("kapitel:")
    _choose(qtbot, window, "Delår april 2026")
    assert workspace.current == "uppfoljning"
    assert workspace.navigator.current_key() == "uppfoljning"
    _choose(qtbot, window, "Planen")
    assert workspace.current == chapter
    assert workspace.navigator.current_key() == chapter


def test_going_to_a_plan_section_from_a_period_shows_the_plan(
    window: MainWindow, qtbot: QtBot
) -> None:
    _choose(qtbot, window, "Delår april 2026")
    assert not window.import_budget_action.isEnabled()  # the plan's budget, not the period's
    press(qtbot, Qt.Key.Key_1, CTRL)  # Gå till → Uppgifter
    assert context_of(window).period is None
    assert workspace_of(window).current == "uppgifter"
    assert workspace_of(window).period_bar.combo.currentText() == "Planen"
    assert window.import_budget_action.isEnabled()


def test_visa_in_the_list_of_periods_shows_that_period(window: MainWindow, qtbot: QtBot) -> None:
    editor = _open_follow_up(window)
    editor.select_period(context_of(window).plan.uppfoljningar[2].id)
    click(qtbot, editor.show_button)
    assert workspace_of(window).period_bar.combo.currentText() == "Årsredovisning 2026"
    assert workspace_of(window).current == "uppfoljning"
    assert editor.pages.currentWidget() is editor.period_page
    assert "Årsredovisning 2026" in editor.period_line.text()


# --- the periods -----------------------------------------------------------------------------


def test_a_template_adds_a_years_periods_as_one_step(qtbot: QtBot, plan_path: Path) -> None:
    window = _shown(qtbot, plan_path)
    assert workspace_of(window).period_bar.choices() == ["Planen"]
    assert workspace_of(window).period_bar.combo.currentText() == "Planen"
    editor = _open_follow_up(window)
    assert editor.periods.topLevelItemCount() == 0
    assert editor.empty_hint.isVisible()
    assert "Inga uppföljningar ännu" in editor.empty_hint.text()
    assert "Nya uppföljningar…" in editor.empty_hint.text()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPeriodsDialog)
        assert dialog.year.value() == 2026  # the plan's first year
        dialog.template.setCurrentIndex(dialog.template.findData(Mall.HALVAR.value))
        assert "Delår juni 2026" in dialog.preview.text()
        qtbot.keyClick(dialog.year, Qt.Key.Key_Up)
        assert "Delår juni 2027" in dialog.preview.text()
        qtbot.keyClick(dialog.year, Qt.Key.Key_Return)

    assert click_and_answer(qtbot, editor.new_button, fill) == ["Nya uppföljningar"]
    assert [p.namn for p in on_disk(plan_path).uppfoljningar] == [
        "Delår juni 2027",
        "Årsredovisning 2027",
    ]
    assert workspace_of(window).period_bar.choices()[1:] == [
        "Delår juni 2027",
        "Årsredovisning 2027",
    ]
    shown = editor.periods.topLevelItem(0)
    assert shown is not None
    assert [shown.text(c) for c in range(5)] == [
        "Delår juni 2027",
        "2027",
        "Delårsrapport",
        "2027-06-30",
        "Nej",
    ]
    editor.periods.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(plan_path).uppfoljningar == ()
    assert workspace_of(window).period_bar.choices() == ["Planen"]
    assert editor.empty_hint.isVisible()


def test_a_template_the_plan_already_has_is_refused_in_the_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPeriodsDialog)
        assert "(finns redan)" in dialog.preview.text()
        dialog.accept()
        said.append(dialog.error.text())

    click_and_answer(qtbot, _open_follow_up(window).new_button, fill)
    assert said == ["Planen har redan uppföljningarna för 2026."]
    assert len(context_of(window).plan.uppfoljningar) == 3


def test_a_new_period_says_what_is_wrong_and_adds_nothing_until_right(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PeriodDialog)
        dialog.accept()
        said.append(dialog.error.text())
        type_text(dialog.name, "Delår april 2026")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.name.selectAll()
        type_text(dialog.name, "Extra uppföljning maj")
        type_text(dialog.end, "31 maj")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.end.clear()
        type_text(dialog.end, "31/5 2026")
        dialog.accept()

    click_and_answer(qtbot, _open_follow_up(window).new_one_button, fill)
    assert said[0] == "Skriv uppföljningens namn, t.ex. ”Delår april 2027”."
    assert said[1] == "Det finns redan en uppföljning som heter ”Delår april 2026”."
    assert "31 maj" in said[2]
    added = on_disk(plan_path).uppfoljningar[-1]
    assert (added.namn, added.ar, added.slutdatum) == (
        "Extra uppföljning maj",
        2026,
        dt.date(2026, 5, 31),
    )
    assert _follow_up(window).chosen() == context_of(window).plan.uppfoljningar[-1]


def test_a_period_is_renamed_and_removed_after_a_question_and_comes_back_on_undo(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    editor = _open_follow_up(window)
    editor.select_period(context_of(window).plan.uppfoljningar[0].id)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, PeriodDialog) and not dialog.year.isEnabled()
        dialog.name.selectAll()
        type_text(dialog.name, "Tertial 1 2026")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    click_and_answer(qtbot, editor.edit_button, rename)
    assert on_disk(plan_path).uppfoljningar[0].namn == "Tertial 1 2026"
    asked: list[str] = []
    click_and_answer(qtbot, editor.remove_button, button_answer(qtbot, "Ta bort", asked))
    assert asked == [
        "Ta bort uppföljningen ”Tertial 1 2026” och allt som skrivits in i den "
        "(bedömningar, utfall, status och texter)?"
    ]
    assert [p.namn for p in on_disk(plan_path).uppfoljningar] == [
        "Delår augusti 2026",
        "Årsredovisning 2026",
    ]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(plan_path).uppfoljningar[0].namn == "Tertial 1 2026"


def test_a_reported_period_is_locked_until_opened_with_a_reason(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    editor = _open_follow_up(window)
    period = context_of(window).plan.uppfoljningar[0]
    editor.select_period(period.id)
    assert not editor.reopen_button.isEnabled()
    said: list[str] = []

    def report(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        assert dialog.date.text() == dt.date.today().isoformat()
        dialog.date.selectAll()
        type_text(dialog.date, "2026-13-40")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.date.selectAll()
        type_text(dialog.date, "2026-05-20")
        dialog.accept()

    click_and_answer(qtbot, editor.report_button, report)
    assert "2026-13-40" in said[0]
    reported = on_disk(plan_path).uppfoljningar[0]
    assert reported.rapporterad and reported.rapporterad_datum == dt.date(2026, 5, 20)
    assert workspace_of(window).period_bar.choices()[1] == "Delår april 2026 ✓ (rapporterad)"
    row = editor.periods.topLevelItem(0)
    assert row is not None and row.text(4) == "2026-05-20"
    assert not editor.edit_button.isEnabled() and not editor.remove_button.isEnabled()

    click(qtbot, editor.show_button)  # the period: read, not written
    assert "Delår april 2026 – Rapporterad – låst." in _banner(window)
    assert "(rapporterad – låst)" in window.windowTitle()
    assert all(field.isReadOnly() for field in editor.texts.values())
    assert editor.period_report_button.isHidden()
    said.clear()

    def reopen(dialog: QWidget) -> None:
        assert isinstance(dialog, ReopenPeriodDialog)
        dialog.accept()
        said.append(dialog.error.text())
        type_text(dialog.reason, "Prognosen var fel")
        dialog.accept()
        said.append(dialog.error.text())

    click_and_answer(qtbot, editor.period_reopen_button, reopen)
    assert said == ["Skriv varför uppföljningen ska ändras; orsaken sparas i planen.", ""]
    assert not on_disk(plan_path).uppfoljningar[0].rapporterad
    assert not any(field.isReadOnly() for field in editor.texts.values())
    assert "Uppföljning: Delår april 2026" in _banner(window)


def test_the_summary_texts_are_saved_on_leaving_the_field(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    _choose(qtbot, window, "Delår augusti 2026")
    editor = _follow_up(window)
    assert workspace_of(window).stack.currentWidget() is editor
    field = editor.texts["sammanfattning"]
    field.setFocus()
    type_text(field, "Nämnden når **de flesta** mål.")
    assert on_disk(plan_path).uppfoljningar[1].sammanfattning == ""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field
    assert on_disk(plan_path).uppfoljningar[1].sammanfattning == "Nämnden når **de flesta** mål."

    field = editor.texts["framtid"]
    field.setFocus()
    type_text(field, "Hösten")
    _choose(qtbot, window, "Delår april 2026")  # saved in the period it was typed in
    assert on_disk(plan_path).uppfoljningar[1].framtid == "Hösten"
    assert on_disk(plan_path).uppfoljningar[0].framtid == ""
    assert editor.texts["framtid"].toPlainText() == ""


def test_an_adopted_plans_follow_ups_stay_writable(qtbot: QtBot, example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        adoption.adopt(doc, dt.date(2026, 11, 26), "123")
        add_periods(doc, Mall.HELAR, 2028)
    window = _shown(qtbot, example_path)
    workspace = workspace_of(window)
    assert workspace.locked_bar.isVisible()
    editor = _open_follow_up(window)
    assert editor.new_button.isVisible() and not editor.threshold.isReadOnly()
    assert "Planens uppföljningar kan fortfarande skrivas." in workspace.locked_text.text()
    _choose(qtbot, window, "Årsredovisning 2028")
    assert not workspace.locked_bar.isVisible()  # the adoption locks the plan, not this
    assert not window.reopen_action.isEnabled()  # (the plan's own lock is the plan's)
    field = editor.texts["viktiga_handelser"]
    assert not field.isReadOnly()
    field.setFocus()
    type_text(field, "Ny lokal")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    saved = on_disk(example_path).uppfoljning("Årsredovisning 2028")
    assert saved is not None and saved.viktiga_handelser == "Ny lokal"
    _choose(qtbot, window, "Planen")
    assert workspace.locked_bar.isVisible() and window.reopen_action.isEnabled()


# --- the settings ----------------------------------------------------------------------------


def test_the_deviation_threshold_takes_a_swedish_number_and_refuses_anything_else(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    field = _open_follow_up(window).threshold
    assert field.text() == "5"
    field.setFocus()
    field.selectAll()
    type_text(field, "7,5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert on_disk(plan_path).uppgifter.avvikelsegrans == Decimal("7.5")
    field.selectAll()
    type_text(field, "150")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    message = workspace_of(window).message
    assert message.text() == "Gränsen för avvikelser ska vara mellan 0 och 100 procent."
    assert on_disk(plan_path).uppgifter.avvikelsegrans == Decimal("7.5")
    assert field.text() == "7,5"


def test_the_scale_gets_a_new_level_with_its_colour_and_meaning(
    window: MainWindow, qtbot: QtBot, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssessmentScaleDialog)
        assert dialog.list.count() == 4
        click(qtbot, dialog.add_button)
        dialog.name.selectAll()
        type_text(dialog.name, "Delvis uppfyllt")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.name.selectAll()
        type_text(dialog.name, "Nästan uppfyllt")
        click(qtbot, dialog.colour_button)
        dialog.meaning.setCurrentIndex(dialog.meaning.findText("Delvis uppfyllt"))
        dialog.meaning.activated.emit(dialog.meaning.currentIndex())
        click(qtbot, dialog.up_button)
        dialog.colour.selectAll()
        type_text(dialog.colour, "grönt")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.colour.selectAll()
        type_text(dialog.colour, "#123456")
        dialog.accept()

    click_and_answer(qtbot, _open_follow_up(window).scale_button, fill)
    assert said == [
        "Två nivåer i skalan har samma namn.",
        "”grönt” är ingen färg. Välj färg… eller skriv den som #2e7d32.",
    ]
    scale = on_disk(plan_path).bedomningsskala
    assert [(s.namn, s.farg, s.grad.value) for s in scale][3] == (
        "Nästan uppfyllt",
        "#123456",
        "delvis",
    )
    assert len(scale) == 5
    assert "Nästan uppfyllt" in _follow_up(window).scale_text.text()


def test_the_navigator_marks_what_the_period_still_lacks(window: MainWindow, qtbot: QtBot) -> None:
    from vplan_desktop.follow_up_progress import follow_up_sections

    _choose(qtbot, window, "Delår april 2026")
    navigator = workspace_of(window).navigator
    period = context_of(window).period
    assert period is not None
    expected = follow_up_sections(context_of(window).plan, period)
    summary = navigator.topLevelItem(0)
    assert summary is not None and summary.text(0) == "Uppföljning"
    assert summary.toolTip(0) == f"Uppföljning\n{expected['uppfoljning'].tooltip}"

    editor = _follow_up(window)
    for field in editor.texts.values():
        field.setFocus()
        type_text(field, "Text")
    window.show_section("aktiviteter")  # leaving the page saves the texts
    period = context_of(window).plan.uppfoljning(period.id)
    assert period is not None
    now = follow_up_sections(context_of(window).plan, period)
    assert now["uppfoljning"] != expected["uppfoljning"]
    assert summary.toolTip(0) == f"Uppföljning\n{now['uppfoljning'].tooltip}"


def test_undoing_a_period_edit_from_the_plan_shows_the_period_again(
    window: MainWindow, qtbot: QtBot, plan_path: Path
) -> None:
    _choose(qtbot, window, "Delår augusti 2026")
    field = _follow_up(window).texts["sammanfattning"]
    field.setFocus()
    type_text(field, "Bra år")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    window.show_section("uppgifter")  # the plan's own section: the plan is shown
    assert context_of(window).period is None
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert on_disk(plan_path).uppfoljningar[1].sammanfattning == ""
    assert workspace_of(window).period_bar.combo.currentText() == "Delår augusti 2026"
    assert workspace_of(window).current == "uppfoljning"
    assert _follow_up(window).texts["sammanfattning"].toPlainText() == ""


def test_a_plan_opened_read_only_shows_its_periods_but_changes_nothing(
    qtbot: QtBot, plan_path: Path
) -> None:
    _with_periods(plan_path)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_plan(plan_path, read_only=True)
    qtbot.waitUntil(lambda: workspace_of(main).isVisible())
    editor = _open_follow_up(main)
    assert editor.new_button.isHidden() and editor.threshold.isReadOnly()
    assert not editor.show_button.isHidden()  # looking is not changing
    editor.select_period(context_of(main).plan.uppfoljningar[0].id)
    click(qtbot, editor.show_button)
    assert context_of(main).period is not None
    assert all(field.isReadOnly() for field in editor.texts.values())
    assert editor.period_reopen_button.isHidden() and editor.period_report_button.isHidden()
