"""The new-user walk at 1366×768, keyboard first: new plan → chapter → goal with indicators →
activity with dates → budget with paste → internkontroll → Granskning → export → reopen.

Each step is typed as a secretary types it, grabbed as a screenshot, and checked twice: the
value shows where she put it, and it is in the plan. Only the save dialog of the exports
(a native file dialog) is answered by the test.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QWidget,
)

from tests.ui.goal_helpers import goal_answer
from tests.ui.helpers import answer_next_dialog, edit_cell, editor_of, on_disk, type_text
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.editors.budget_grid import DriftbudgetEditor
from vplan_desktop.ui.editors.goals import GoalsEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.new_plan_dialog import NewPlanDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

KOMMUN, NAMND = "Provkommun", "Kulturnämnden"
CHAPTER_TEXT = "Nämnden satsar på läsning för barn och unga."
AREA, GOAL, INDICATOR = "Kultur för alla", "Fler unga läser varje vecka", "Andel unga som läser"
TARGET = "75"
ACTIVITY, OWNER = "Läsfrämjande i skolan", "Bibliotekschef"
START, END = dt.date(2027, 2, 1), dt.date(2027, 11, 30)
UNITS = ("Bibliotek", "Fritidsgårdar")
PASTE = "1 307\t1 400\r\n2\u00a0000\t2100\r\n"  # as Excel puts it on the clipboard
BUDGET = {("Bibliotek", "Budget 2027"): 1307, ("Bibliotek", "Plan 2028"): 1400}
BUDGET |= {("Fritidsgårdar", "Budget 2027"): 2000, ("Fritidsgårdar", "Plan 2028"): 2100}
RISK = "Fel i utlåningsstatistiken"


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press_with_typed_name(qtbot: QtBot, button: QWidget, name: str) -> list[str]:
    """Tab to ``button``, press Space, type ``name`` in the dialog it opens and press Enter."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        field = QApplication.focusWidget()
        type_text(field, name)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    seen = answer_next_dialog(qtbot, fill)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert seen, "the button opened no dialog"
    _activate(qtbot, button.window())  # the window has the keyboard again
    return seen


def _tab_to(qtbot: QtBot, window: QWidget, target: QWidget) -> int:
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for presses in range(12):
        if QApplication.focusWidget() is target:
            return presses
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.accessibleName() or target}")


def _column(view: QAbstractItemView, header: str) -> int:
    model = view.model()
    return next(
        c
        for c in range(model.columnCount())
        if str(model.headerData(c, Qt.Orientation.Horizontal)).splitlines()[0] == header
    )


def _pick_in_cell(qtbot: QtBot, view: QAbstractItemView, row: int, column: int, downs: int) -> None:
    """Open a list cell with F2, move down ``downs`` choices with the arrow key, Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox) and picker.parent() is view.viewport(), "no picker"
    picker.setCurrentIndex(0)
    for _ in range(downs):
        qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()


def _row_of(view: QAbstractItemView, column: int, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)


def _cell(view: QAbstractItemView, row: int, header: str) -> str:
    return str(view.model().index(row, _column(view, header)).data())


def _new_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _activate(qtbot, window)
    return window


def _export(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, key: Qt.Key, out: Path
) -> None:
    """Arkiv → Exportera by its shortcut; the save dialog answers ``out``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.exporter.ask_after = False  # the "Öppna filen / Visa i mappen" box is not for a test
    _activate(qtbot, window)  # the progress dialog of an export before may have had it
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as done:
        qtbot.keyClick(window, key, CTRL | SHIFT)
    assert done.args == [out]


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def _flat(text: str) -> str:
    """Text as extracted from a PDF: line breaks, hyphen breaks and no-break spaces evened out."""
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_new_user_walks_through_a_plan_with_the_keyboard(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "Kulturnämnden 2027.vplan"
    shots = tmp_path / "bilder"
    shots.mkdir()
    window = _new_window(qtbot)

    def shot(name: str) -> None:
        QApplication.processEvents()
        assert window.grab().save(str(shots / f"{name}.png"))

    # --- 1. Ny plan: Ctrl+N, kommun, Tab, nämnd, the file name, Enter ---------------------
    def fill_new_plan(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPlanDialog)
        assert QApplication.focusWidget() is dialog.kommun
        type_text(dialog.kommun, KOMMUN)
        qtbot.keyClick(dialog.kommun, Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), NAMND)
        dialog.first.setFocus(Qt.FocusReason.TabFocusReason)
        dialog.first.selectAll()
        qtbot.keyClicks(dialog.first, "2027")
        qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
        dialog.path.setFocus(Qt.FocusReason.TabFocusReason)
        dialog.path.selectAll()
        type_text(dialog.path, str(path))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    seen = answer_next_dialog(qtbot, fill_new_plan)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert seen == ["Ny plan"]
    assert window.workspace is not None and window.context is not None
    _activate(qtbot, window)
    shot("01-ny-plan")
    assert window.windowTitle().startswith(f"{NAMND} – ")
    assert window.workspace.front_matter.fields["namnd"].text() == NAMND
    saved = on_disk(path).uppgifter
    assert (saved.kommun, saved.namnd, saved.forsta_ar) == (KOMMUN, NAMND, 2027)

    # --- 2. Kapitel: Ctrl+2 opens Inledning, the text is typed ----------------------------
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    chapter = window.context.plan.kapitel[0]
    assert window.workspace.current == f"kapitel:{chapter.id}"
    text = window.workspace.chapter.text
    tabs = _tab_to(qtbot, window, text)
    # Ctrl+2 leaves the focus outside the text (see the report); Tab goes past the heading
    # (and the Omvärldsanalys box) straight into the text, the formatting buttons after it.
    assert tabs <= 3
    type_text(text, CHAPTER_TEXT)
    qtbot.waitUntil(lambda: CHAPTER_TEXT in on_disk(path).kapitel[0].text, timeout=15_000)
    shot("02-kapitel")
    assert CHAPTER_TEXT in text.toPlainText()
    assert CHAPTER_TEXT in window.context.plan.kapitel[0].text

    # --- 3. Mål: målområde, nämndsmål and an indicator with a target -----------------------
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.workspace.current == "mal"
    goals = editor_of(window, "mal", GoalsEditor)
    assert _press_with_typed_name(qtbot, goals.add_area, AREA) == ["Nytt målområde"]
    assert goals.area_name.text() == AREA
    seen = answer_next_dialog(qtbot, goal_answer(qtbot, GOAL))  # level and text: one dialog
    goals.add_goal.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(goals.add_goal, Qt.Key.Key_Space)
    _activate(qtbot, window)
    assert seen == ["Nytt mål"]
    assert goals.goal_text.text() == GOAL
    assert goals.goal_area.currentText().endswith(AREA)
    assert _press_with_typed_name(qtbot, goals.add_indicator, INDICATOR) == ["Ny indikator"]
    view = goals.indicators
    assert view.model().index(0, 0).data() == INDICATOR
    edit_cell(qtbot, view, 0, _column(view, "2027"), TARGET)
    shot("03-mal-och-indikator")
    assert _cell(view, 0, "2027") == TARGET
    tree = goals.tree_model
    assert tree.index(0, 0).data().endswith(AREA)
    assert tree.index(0, 0, tree.index(0, 0)).data() == f"Nämndsmål – {GOAL}"
    plan = on_disk(path)
    assert [a.namn for a in plan.malomraden] == [AREA]
    assert [g.text for g in plan.namndsmal] == [GOAL]
    assert plan.namndsmal[0].malomrade_id == plan.malomraden[0].id
    assert [(i.namn, i.malnivaer.get(2027)) for i in plan.indikatorer] == [(INDICATOR, Decimal(75))]

    # --- 4. Aktivitet: name, goal, ansvarig and two typed dates ----------------------------
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.workspace.current == "aktiviteter"
    activities = editor_of(window, "aktiviteter", ActivitiesEditor)
    assert _press_with_typed_name(qtbot, activities.add_button, ACTIVITY) == ["Ny aktivitet"]
    view = activities.view
    row = _row_of(view, 0, ACTIVITY)
    goal_column = _column(view, "Kopplad till")
    if not str(view.model().index(row, goal_column).data()).endswith(GOAL):
        # The choices: Hela planen, the målområde, the goal under it.
        _pick_in_cell(qtbot, view, row, goal_column, downs=2)
    edit_cell(qtbot, view, row, _column(view, "Ansvarig"), OWNER)
    edit_cell(qtbot, view, row, _column(view, "Start"), "2027-02-01")
    edit_cell(qtbot, view, row, _column(view, "Slutdatum"), "30/11 2027")
    shot("04-aktivitet")
    row = _row_of(view, 0, ACTIVITY)
    assert _cell(view, row, "Kopplad till").endswith(f" – {GOAL}")
    assert [_cell(view, row, h) for h in ("Ansvarig", "Start", "Slutdatum")] == [
        OWNER,
        "2027-02-01",
        "2027-11-30",
    ]
    plan = on_disk(path)
    activity = plan.aktiviteter[0]
    assert (activity.namn, activity.ansvarig, activity.startdatum, activity.slutdatum) == (
        ACTIVITY,
        OWNER,
        START,
        END,
    )
    assert activity.namndsmal_id == plan.namndsmal[0].id

    # --- 5. Budget: two verksamheter, then a block pasted from Excel with Ctrl+V -----------
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.workspace.current == "drift"
    drift = editor_of(window, "drift", DriftbudgetEditor)
    for unit in UNITS:
        assert _press_with_typed_name(qtbot, drift.add_button, unit) == ["Ny verksamhet"]
    view = drift.view
    first = _row_of(view, 0, UNITS[0])
    assert _row_of(view, 0, UNITS[1]) == first + 1
    view.setFocus()
    view.setCurrentIndex(view.model().index(first, _column(view, "Budget 2027")))
    QGuiApplication.clipboard().setText(PASTE)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    shot("05-budget")
    shown = {(unit, header): _cell(view, _row_of(view, 0, unit), header) for unit, header in BUDGET}
    assert shown == {key: f"{value:,}".replace(",", "\u00a0") for key, value in BUDGET.items()}
    plan = on_disk(path)
    columns = {c.id: c.rubrik for c in plan.kolumner(BudgetTabell.DRIFT)}
    units = {v.id: v.namn for v in plan.verksamheter}
    stored = {
        (units[r.verksamhet_id], columns[c]): amount
        for r in plan.driftbudget
        for c, amount in r.belopp.items()
    }
    assert stored == BUDGET

    # --- 6. Internkontroll: a new control point, its risk typed, its sannolikhet picked ----
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    assert window.workspace.current == "internkontroll"
    control = editor_of(window, "internkontroll", InternalControlEditor)
    control.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(control.add_button, Qt.Key.Key_Space)
    view = control.view
    assert view.model().rowCount() == 1
    edit_cell(qtbot, view, 0, _column(view, "Risk"), RISK)
    _pick_in_cell(qtbot, view, 0, _column(view, "Sannolikhet"), downs=3)  # – 1 2 3
    _pick_in_cell(qtbot, view, 0, _column(view, "Konsekvens"), downs=2)
    shot("06-internkontroll")
    assert [_cell(view, 0, h) for h in ("Risk", "Sannolikhet", "Konsekvens", "Riskvärde")] == [
        RISK,
        "3 Möjlig",
        "2 Lindrig",
        "6 Måttlig",  # the band by name, not by its colour alone
    ]
    point = on_disk(path).internkontroll[0]
    assert (point.risk, point.sannolikhet, point.konsekvens) == (RISK, 3, 2)

    # --- 7. Granskning: Ctrl+8 (Ctrl+7 is Uppföljning), the findings list has the focus -----
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    assert window.workspace.current == "granskning"
    review = window.workspace.review
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.view)
    qtbot.waitUntil(lambda: "Kontrollerar" not in review.summary.text(), timeout=10_000)
    shot("07-granskning")
    assert "redo för nämnd" in review.summary.text().lower()
    navigator = window.workspace.navigator
    assert navigator.current_key() == "granskning"
    texts = {navigator._items[k].text(0) for k in ("mal", "aktiviteter", "internkontroll")}
    assert len(texts) == 3
    # once the check has run after her edits, nothing she filled in is reported missing
    stale = ("har ingen aktivitet", "Driftbudgeten har inga rader", "saknar internkontroll")

    def checked() -> bool:
        messages = " ".join(f.message for f in review.findings)
        return bool(review.findings) and not any(s in messages for s in stale)

    qtbot.waitUntil(checked, timeout=10_000)

    # --- 8. Export to PDF and Word from Arkiv → Exportera (Ctrl+Shift+P, Ctrl+Shift+W) ------
    pdf, word = tmp_path / "till nämnden.pdf", tmp_path / "till nämnden.docx"
    _export(qtbot, window, monkeypatch, Qt.Key.Key_P, pdf)
    _export(qtbot, window, monkeypatch, Qt.Key.Key_W, word)
    shot("08-export")
    for extracted in (_flat(_pdf_text(pdf)), _flat(_docx_text(word))):
        for typed in (GOAL, ACTIVITY, INDICATOR, RISK, CHAPTER_TEXT, *UNITS):
            assert typed in extracted, typed
        assert "1 307" in extracted and "2 100" in extracted

    # --- 9. Close the window and open the plan again in a new window ----------------------
    assert window.close()
    assert window.context is None
    again = _new_window(qtbot)
    assert again.open_plan(path)
    shot_window = again

    def shot_again(name: str) -> None:
        QApplication.processEvents()
        assert shot_window.grab().save(str(shots / f"{name}.png"))

    plan = again.context.plan
    assert (plan.uppgifter.kommun, plan.uppgifter.namnd) == (KOMMUN, NAMND)
    assert CHAPTER_TEXT in plan.kapitel[0].text
    assert [g.text for g in plan.namndsmal] == [GOAL]
    assert plan.indikatorer[0].malnivaer[2027] == Decimal(75)
    assert (plan.aktiviteter[0].startdatum, plan.aktiviteter[0].slutdatum) == (START, END)
    assert plan.internkontroll[0].risk == RISK
    qtbot.keyClick(again, Qt.Key.Key_2, CTRL)
    assert CHAPTER_TEXT in again.workspace.chapter.text.toPlainText()
    qtbot.keyClick(again, Qt.Key.Key_3, CTRL)
    goals = again.workspace.editors[Section.MAL]
    assert (
        goals.tree_model.index(0, 0, goals.tree_model.index(0, 0)).data() == f"Nämndsmål – {GOAL}"
    )
    qtbot.keyClick(again, Qt.Key.Key_4, CTRL)
    view = again.workspace.editors[Section.AKTIVITETER].view
    row = _row_of(view, 0, ACTIVITY)
    assert [_cell(view, row, h) for h in ("Ansvarig", "Start", "Slutdatum")] == [
        OWNER,
        "2027-02-01",
        "2027-11-30",
    ]
    qtbot.keyClick(again, Qt.Key.Key_5, CTRL)
    view = again.workspace.editors[Section.DRIFT].view
    assert _cell(view, _row_of(view, 0, UNITS[0]), "Budget 2027") == "1\u00a0307"
    shot_again("09-oppnad-igen-budget")
    qtbot.keyClick(again, Qt.Key.Key_6, CTRL)
    view = again.workspace.editors[Section.INTERNKONTROLL].view
    assert _cell(view, 0, "Risk") == RISK
    assert _cell(view, 0, "Riskvärde") == "6 Måttlig"
    shot_again("10-oppnad-igen-internkontroll")
