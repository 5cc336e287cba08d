"""Every control a screen reader meets has a Swedish name, tables announce their column headers,
and Tab from the section list lands in the section shown.

The name checked is the one Qt's accessibility gives a screen reader
(``QAccessible.queryAccessibleInterface(widget).text(Name)``): a button's text, a field's
buddy label and an explicit ``setAccessibleName`` all count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from tests.ui.helpers import context_of, shown_window, workspace_of
from vplan_desktop.db.enums import BudgetTabell
from vplan_desktop.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,  # QPushButton, QToolButton, QCheckBox, QRadioButton
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)

PLAN_SECTIONS = (
    "uppgifter",
    "kapitel",  # replaced by "kapitel:<first chapter's id>"
    "mal",
    "aktiviteter",
    "drift",
    "resultat",
    "investeringar",
    "nyckeltal",
    "internkontroll",
    "uppfoljning",
    "granskning",
)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``, without "&" mnemonics."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def _part_of_another(widget: QWidget) -> bool:
    """Qt's own pieces of a control, which the screen reader meets as part of that control:
    a combo box's or spin box's line edit, a table's headers and corner button, a tab bar's
    scroll arrows."""
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    if widget.metaObject().className() == "QTableCornerButton":
        return True
    return isinstance(parent, QTabBar)


def _where(widget: QWidget) -> str:
    """The widget, its object name and its parents, as a line of a failure message."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(f"{type(parent).__name__}({parent.objectName()!r})")
        parent = parent.parentWidget()
    return (
        f"{type(widget).__name__} {widget.objectName()!r} tooltip={widget.toolTip()!r} "
        f"text={_shown_text(widget)!r} in {' < '.join(chain[:6])}"
    )


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def controls(root: QWidget) -> Iterator[QWidget]:
    """The visible interactive widgets in ``root`` (``root`` included)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not _part_of_another(widget):
            yield widget


def named(widget: QWidget) -> bool:
    """Whether a screen reader can say what ``widget`` is. A name of signs alone ("…", "+")
    says nothing."""
    name = _combo_name(widget) if isinstance(widget, QComboBox) else accessible_name(widget)
    return any(char.isalpha() for char in name)


def _combo_name(combo: QComboBox) -> str:
    """A combo box's name as Windows' screen readers get it: its accessible name, else its
    buddy label's text (or its group box's title). (On Linux Qt names a combo box by the
    choice it shows and leaves the label to a relation, so the choice would always pass.)"""
    if combo.accessibleName():
        return combo.accessibleName()
    parent = combo.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is combo:
            return label.text().replace("&", "").strip()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def nameless(root: QWidget) -> list[str]:
    """Every visible control in ``root`` a screen reader could not name."""
    return [_where(widget) for widget in controls(root) if not named(widget)]


def headerless(root: QWidget) -> list[str]:
    """Every visible table or tree in ``root`` whose model has no header for a shown column."""
    found = []
    for view in controls(root):
        if not isinstance(view, QTableView | QTreeView) or view.model() is None:
            continue
        model = view.model()
        missing = [
            column
            for column in range(model.columnCount())
            if not view.isColumnHidden(column)
            and not _header_text(model.headerData(column, Qt.Orientation.Horizontal))
        ]
        if missing:
            found.append(f"{_where(view)}: no header for column(s) {missing}")
    return found


def _header_text(value: object) -> str:
    """A column header as text; Qt's default header (the column's number) is no header."""
    return value.strip() if isinstance(value, str) else ""


def _rows(view: QAbstractItemView, limit: int = 60) -> list[QModelIndex]:
    """The first ``limit`` rows of ``view``, children included (a tree's levels)."""
    model = view.model()
    found: list[QModelIndex] = []
    parents = [QModelIndex()]
    while parents and len(found) < limit:
        parent = parents.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index)
            parents.append(index)
    return found[:limit]


def problems_in(window: QWidget, page: QWidget) -> list[str]:
    """What ``nameless`` and ``headerless`` find in the window while ``page`` shows each of its
    states: each tab of its tab widgets, each row of its lists and trees chosen (a goal, an
    indicator and a målområde show different fields)."""
    found = nameless(window) + headerless(window)
    for tabs in page.findChildren(QTabWidget):
        for tab in range(tabs.count()):
            if tabs.isVisible() and tabs.isTabEnabled(tab):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                found += nameless(window) + headerless(window)
    for view in page.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and not isinstance(view, QHeaderView):
            for index in _rows(view):
                view.setCurrentIndex(index)
                QApplication.processEvents()
                found += nameless(page)
    return list(dict.fromkeys(found))


def _report(problems: dict[str, list[str]], what: str = "screen reader") -> str:
    total = sum(len(found) for found in problems.values())
    lines = [f"{total} problem(s) a {what} user meets:"]
    for where, found in problems.items():
        lines += [f"  [{where}] {line}" for line in found]
    return "\n".join(lines)


def _section_keys(window: MainWindow) -> list[str]:
    chapters = context_of(window).plan.kapitel
    assert chapters, "the example plan has chapters"
    return [f"kapitel:{chapters[0].id}" if key == "kapitel" else key for key in PLAN_SECTIONS]


W = TypeVar("W", bound=QWidget)


def _named(widget: W, object_name: str) -> W:
    widget.setObjectName(object_name)
    return widget


def test_the_check_finds_what_a_screen_reader_cannot_name(qtbot: QtBot) -> None:
    """The check itself: a field without a label, a button with only an icon or a sign, a
    combo box without a label and a table without headers are found; a buddy label, a text
    and an accessible name are names."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QFormLayout, QPushButton, QToolButton

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    bare = _named(QLineEdit(), "utanNamn")
    labelled = _named(QLineEdit(), "medEtikett")
    label = QLabel("&Ordförandens parti:")
    label.setBuddy(labelled)
    form.addRow(label, labelled)
    form.addRow(bare)
    icon_only = _named(QToolButton(), "ikon")
    icon_only.setToolTip("Välj datum")
    sign = _named(QPushButton("…"), "tecken")
    worded = _named(QPushButton("&Spara"), "ord")
    combo = _named(QComboBox(), "lista")
    combo.addItems(["tkr", "mnkr"])
    named_combo = _named(QComboBox(), "namngiven")
    named_combo.addItems(["tkr"])
    named_combo.setAccessibleName("Enhet")
    table = _named(QTableView(), "tabell")
    table.setAccessibleName("Budget")
    model = QStandardItemModel(2, 2, table)
    model.setHorizontalHeaderLabels(["Verksamhet"])  # the second column has none
    table.setModel(model)
    for widget in (icon_only, sign, worded, combo, named_combo, table):
        form.addRow(widget)
    page.show()
    found = " ".join(nameless(page))
    for missing in ("utanNamn", "ikon", "tecken", "lista"):
        assert f"'{missing}'" in found
    for fine in ("medEtikett", "ord", "namngiven", "tabell"):
        assert f"'{fine}'" not in found
    assert "tooltip='Välj datum'" in found
    assert accessible_name(labelled) == "Ordförandens parti:"
    assert [line.split("no header for column(s) ")[1] for line in headerless(page)] == ["[1]"]


def test_every_control_of_every_section_has_a_name(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    workspace = workspace_of(window)
    problems: dict[str, list[str]] = {}
    for key in _section_keys(window):
        window.show_section(key)
        QApplication.processEvents()
        assert workspace.current == key
        found = problems_in(window, workspace.editor_for(key))
        if found:
            problems[key] = found
    assert not problems, _report(problems)


def test_every_control_of_a_follow_up_period_has_a_name(
    qtbot: QtBot, followed_up_path: Path
) -> None:
    """The sections of a delår (the example's filled-in period), as their own pages."""
    window = shown_window(qtbot, followed_up_path)
    context = context_of(window)
    periods = context.plan.uppfoljningar
    assert periods, "the example plan has a follow-up"
    context.set_period(periods[0].id)
    workspace = workspace_of(window)
    problems: dict[str, list[str]] = {}
    for key in workspace.navigator.leaf_keys():
        window.show_section(key)
        QApplication.processEvents()
        found = problems_in(window, workspace.editor_for(key))
        if found:
            problems[f"delår {key}"] = found
    assert not problems, _report(problems)


# --- the dialogs ---------------------------------------------------------------------------------


def _png() -> bytes:
    """A small PNG, as Pillow writes it."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#1f4e79").save(buffer, "PNG")
    return buffer.getvalue()


def _dialogs(window: MainWindow, example_path: Path) -> dict[str, Callable[[], QDialog]]:
    """Each dialog of vplan_desktop/ui/*_dialog.py, built as the window would build it, and
    the dialogs that live beside their editor (adoption, goal levels, a chapter's table)."""
    from vplan_desktop.exports.export import export_plan
    from vplan_desktop.imports.budget_xlsx import CellChange
    from vplan_desktop.imports.follow_up_xlsx import FollowUpPreview
    from vplan_desktop.imports.word import interpret, read_source
    from vplan_desktop.storage.recovery import Unsaved
    from vplan_desktop.ui.adoption_dialogs import AdoptDialog, ReopenDialog
    from vplan_desktop.ui.assessment_scale_dialog import AssessmentScaleDialog
    from vplan_desktop.ui.budget_column_dialog import BudgetColumnDialog
    from vplan_desktop.ui.budget_import_dialog import BudgetPreviewDialog
    from vplan_desktop.ui.compare_dialog import CompareDialog
    from vplan_desktop.ui.crash_dialog import CrashDialog
    from vplan_desktop.ui.editors.chapter_tables import TableSizeDialog
    from vplan_desktop.ui.export_template_dialog import ExportTemplateDialog
    from vplan_desktop.ui.follow_up_period_dialog import PeriodDialog
    from vplan_desktop.ui.follow_up_reopen_dialog import ReopenPeriodDialog
    from vplan_desktop.ui.follow_up_report_dialog import ReportDialog
    from vplan_desktop.ui.follow_up_templates_dialog import NewPeriodsDialog
    from vplan_desktop.ui.follow_up_workbook_dialog import FollowUpPreviewDialog
    from vplan_desktop.ui.goal_levels import GoalLevelsDialog
    from vplan_desktop.ui.image_dialog import ImageDialog
    from vplan_desktop.ui.new_goal_dialog import NewGoalDialog
    from vplan_desktop.ui.new_plan_dialog import NewPlanDialog
    from vplan_desktop.ui.recovery_dialog import RecoveryDialog
    from vplan_desktop.ui.rollover_dialog import RolloverDialog
    from vplan_desktop.ui.versions_dialog import VersionsDialog
    from vplan_desktop.ui.welcome_dialog import WelcomeDialog
    from vplan_desktop.ui.word_import_dialog import WordImportDialog

    context = context_of(window)
    plan = context.plan
    period = plan.uppfoljningar[0].id
    change = CellChange(
        "Drift", "C5", "Fritid", "Budget 2027", Decimal(100), Decimal(120), ("drift", 1, 1)
    )
    unsaved = Unsaved(example_path, example_path, example_path, "2026-11-29T09:30:00")
    word = example_path.with_name("plan.docx")
    export_plan(plan, "docx", word)
    source = read_source(word)
    return {
        "AssessmentScaleDialog": lambda: AssessmentScaleDialog(context, window),
        "BudgetColumnDialog": lambda: BudgetColumnDialog(
            BudgetTabell.DRIFT, 2025, "driftbudgeten", window
        ),
        "BudgetPreviewDialog": lambda: BudgetPreviewDialog([change], "budget.xlsx", window),
        "CompareDialog": lambda: CompareDialog(context, window),
        "CrashDialog": lambda: CrashDialog("Traceback …", None, window),
        "ExportTemplateDialog": lambda: ExportTemplateDialog(window),
        "PeriodDialog (ny)": lambda: PeriodDialog(context, None, window),
        "PeriodDialog": lambda: PeriodDialog(context, plan.uppfoljningar[0], window),
        "ReopenPeriodDialog": lambda: ReopenPeriodDialog(context, period, window),
        "ReportDialog": lambda: ReportDialog(context, period, window),
        "NewPeriodsDialog": lambda: NewPeriodsDialog(context, window),
        "FollowUpPreviewDialog": lambda: FollowUpPreviewDialog(
            FollowUpPreview(period, "Delår 1", (), (("Drift rad 4", "okänd rad"),)),
            "uppfoljning.xlsx",
            window,
        ),
        "ImageDialog": lambda: ImageDialog(_png(), "org.png", replaceable=True, parent=window),
        "NewGoalDialog": lambda: NewGoalDialog(
            plan.uppgifter, "Nytt mål", "Under …", parent=window
        ),
        "NewPlanDialog": lambda: NewPlanDialog(window),
        "RecoveryDialog": lambda: RecoveryDialog(unsaved, window),
        "RolloverDialog": lambda: RolloverDialog(window, example_path),
        "VersionsDialog": lambda: VersionsDialog(context, window),
        "WelcomeDialog": lambda: WelcomeDialog(
            window, new_plan=print, from_last_year=print, import_word=print
        ),
        "AdoptDialog": lambda: AdoptDialog(context, window),
        "ReopenDialog": lambda: ReopenDialog(context, window),
        "GoalLevelsDialog": lambda: GoalLevelsDialog(context, window),
        "TableSizeDialog": lambda: TableSizeDialog(window),
        "WordImportDialog": lambda: WordImportDialog(word, source, interpret(source), window),
    }


@pytest.fixture
def dialog_window(qtbot: QtBot, followed_up_path: Path) -> MainWindow:
    return shown_window(qtbot, followed_up_path)


def test_every_control_of_every_dialog_has_a_name(
    qtbot: QtBot, dialog_window: MainWindow, followed_up_path: Path
) -> None:
    problems: dict[str, list[str]] = {}
    for name, build in _dialogs(dialog_window, followed_up_path).items():
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()  # not exec(): nothing waits for an answer
        QApplication.processEvents()
        found = problems_in(dialog, dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert not problems, _report(problems)


# --- the keyboard: Tab from the section list goes into the section ------------------------------


def _tab_from_navigator(qtbot: QtBot, window: MainWindow, key: str) -> list[str]:
    """Tab from the section list with ``key`` shown: what is wrong with where the focus went."""
    workspace = workspace_of(window)
    window.show_section(key)
    QApplication.processEvents()
    navigator = workspace.navigator
    navigator.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(navigator.hasFocus)
    qtbot.keyClick(navigator, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    editor = workspace.editor_for(key)
    if focus is None or not editor.isAncestorOf(focus):
        where = _where(focus) if focus is not None else "nothing"
        return [f"Tab from the section list went to {where}, not into the section"]
    wrong = []
    if not focus.isVisible():
        wrong.append(f"Tab went to a hidden widget: {_where(focus)}")
    rows = focus.model().rowCount() if isinstance(focus, QAbstractItemView) else 0
    if rows and isinstance(focus, QAbstractItemView) and not focus.currentIndex().isValid():
        wrong.append(f"{_where(focus)} took the focus without a current row to show it on")
    qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    if QApplication.focusWidget() is not navigator:
        back = QApplication.focusWidget()
        where = _where(back) if back is not None else "nothing"
        wrong.append(f"Shift+Tab from {_where(focus)} went to {where}, not the section list")
    return wrong


def test_tab_from_the_navigator_lands_in_the_section(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    problems = {}
    for key in _section_keys(window):
        found = _tab_from_navigator(qtbot, window, key)
        if found:
            problems[key] = found
    assert not problems, _report(problems, "keyboard")


def test_tab_from_the_navigator_lands_in_a_follow_up_section(
    qtbot: QtBot, followed_up_path: Path
) -> None:
    window = shown_window(qtbot, followed_up_path)
    context = context_of(window)
    context.set_period(context.plan.uppfoljningar[0].id)
    problems = {}
    for key in workspace_of(window).navigator.leaf_keys():
        found = _tab_from_navigator(qtbot, window, key)
        if found:
            problems[f"delår {key}"] = found
    assert not problems, _report(problems, "keyboard")
