"""Each section's header: its title, its hint and, right of the title, the section's primary
actions as buttons with icons, reached by Tab before the rest of the page. And Internkontroll
on a 1920×1080 screen at 150 %: the table has the page's width, the risk matrix a button
(the user's choice with it remembered)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.ui.helpers import editor_of, shown_window, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.follow_up import Mall
from vplan_desktop.services.follow_up import add_periods
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.icons import IconButton
from vplan_desktop.ui.main_window import MainWindow

PRIMARY = {
    "kapitel": ["Nytt kapitel…"],
    "mal": ["Nytt målområde…", "Nytt mål…"],
    "aktiviteter": ["Ny aktivitet…"],
    "drift": ["Ny verksamhet…"],
    "resultat": ["Ny verksamhet…"],
    "investeringar": ["Nytt projekt…"],
    "nyckeltal": ["Ny tabell…"],
    "internkontroll": ["Ny kontrollpunkt"],
    "uppfoljning": ["Nya uppföljningar…", "Ny uppföljning…"],
}


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    return shown_window(qtbot, example_path)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _text(button: QPushButton) -> str:
    return button.text().replace("&", "")


def _editor(window: MainWindow, section: str) -> SectionEditor:
    window.show_section(section)
    _settle()
    return editor_of(window, section, SectionEditor)


@pytest.mark.parametrize("section", list(PRIMARY))
def test_the_primary_actions_are_in_the_header_right_of_the_title(
    window: MainWindow, section: str
) -> None:
    editor = _editor(window, section)
    header = editor.header
    assert [_text(b) for b in header.buttons] == PRIMARY[section]
    heading = header.heading.mapTo(editor, header.heading.rect().topLeft())
    for button in header.buttons:
        assert isinstance(button, IconButton) and not button.icon().isNull()
        assert button.isVisible() and button.isEnabled()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        where = button.mapTo(editor, QPoint(0, 0))
        # On the title's line, at the right end of the page.
        assert abs(where.y() - heading.y()) < header.heading.height()
        assert where.x() > editor.width() // 2
        right = header.buttons[-1].mapTo(editor, header.buttons[-1].rect().topRight())
        assert editor.width() - right.x() < 40
    # Each is there once: not also in a row under the table.
    for text in PRIMARY[section]:
        found = [b for b in editor.findChildren(QPushButton) if _text(b) == text]
        assert found == [b for b in header.buttons if _text(b) == text]


def _tab_stops_after(start: QWidget, editor: QWidget, count: int) -> list[QWidget]:
    """The widgets in the editor Tab goes to from ``start``, in order."""
    stops: list[QWidget] = []
    widget: QWidget | None = start.nextInFocusChain()
    while len(stops) < count and widget is not None and widget is not start:
        if (
            editor.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


@pytest.mark.parametrize("section", ["aktiviteter", "internkontroll", "drift", "nyckeltal"])
def test_tab_from_the_section_list_reaches_the_header_actions_first(
    window: MainWindow, section: str
) -> None:
    editor = _editor(window, section)
    navigator = workspace_of(window).navigator
    first = _tab_stops_after(navigator, editor, len(editor.header.buttons))
    assert first == editor.header.buttons


def test_the_follow_up_list_hides_its_actions_while_a_period_is_shown(
    qtbot: QtBot, plan_path: Path
) -> None:
    with PlanDocument.open(plan_path) as doc:
        add_periods(doc, Mall.TERTIAL, 2026)
    window = shown_window(qtbot, plan_path)
    editor = _editor(window, "uppfoljning")
    assert editor.header.actions_box.isVisible()
    workspace = workspace_of(window)
    workspace.context.set_period(workspace.context.plan.uppfoljningar[0].id)
    _settle()
    window.show_section("uppfoljning")
    _settle()
    assert workspace.editor_for("uppfoljning") is editor
    assert not editor.header.actions_box.isVisible()


def test_a_long_chapter_title_wraps_beside_the_action(window: MainWindow) -> None:
    window.resize(1024, 700)
    editor = _editor(window, "kapitel")
    editor.heading.setText("<h2>" + "Planeringsförutsättningar och omvärldsanalys " * 3 + "</h2>")
    _settle()
    button = editor.header.buttons[0]
    assert button.isVisible()
    right = button.mapTo(editor, button.rect().topRight())
    assert right.x() <= editor.width()
    assert button.width() >= button.sizeHint().width()


def test_internkontroll_at_1920x1080_150_percent_gives_the_table_the_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    # 1920×1080 at 150 % is 1280×720 for Qt; the section list shown.
    workspace_of(window).set_navigator_shown(True)
    window.resize(1280, 720)
    editor = _editor(window, "internkontroll")
    assert isinstance(editor, InternalControlEditor)
    assert not editor.matrix_pane.isVisible()
    assert not editor.matrix_button.isChecked()
    page = editor.width()
    assert editor.view.width() > page - 60
    view = editor.view
    headers = [
        str(view.model().headerData(c, Qt.Orientation.Horizontal))
        for c in range(view.model().columnCount())
    ]
    wanted = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment"]
    width = view.viewport().width()
    for name in wanted:
        column = headers.index(name)
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= width, name
    # The button shows the matrix beside the table, and hides it again; a cell chosen in
    # the matrix filters no longer once it is hidden.
    editor.matrix_button.click()
    _settle()
    assert editor.matrix_pane.isVisible() and editor.matrix.isVisible()
    centre = editor.matrix._cell_rect(3, 3).center()
    qtbot.mouseClick(editor.matrix, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert editor.proxy.rowCount() < editor.model.rowCount()
    editor.matrix_button.click()
    _settle()
    assert not editor.matrix_pane.isVisible()
    assert editor.proxy.rowCount() == editor.model.rowCount()
    # The user's choice holds when the window is made wider or narrower.
    editor.matrix_button.click()
    window.resize(1200, 700)
    _settle()
    assert editor.matrix_pane.isVisible()


def test_internkontroll_on_a_wide_screen_shows_the_matrix(window: MainWindow) -> None:
    workspace_of(window).set_navigator_shown(True)
    window.resize(1920, 1080)
    editor = _editor(window, "internkontroll")
    assert isinstance(editor, InternalControlEditor)
    assert editor.matrix_pane.isVisible() and editor.matrix_button.isChecked()
    view = editor.view
    assert view.horizontalScrollBar().maximum() == 0


def test_internkontroll_remembers_the_matrix_shown_or_folded_away_between_sessions(
    window: MainWindow, qtbot: QtBot, example_path: Path
) -> None:
    def next_session(size: tuple[int, int]) -> InternalControlEditor:
        nonlocal window
        window.close()
        window = shown_window(qtbot, example_path)
        workspace_of(window).set_navigator_shown(True)
        window.resize(*size)
        editor = _editor(window, "internkontroll")
        assert isinstance(editor, InternalControlEditor)
        return editor

    workspace_of(window).set_navigator_shown(True)
    window.resize(1280, 720)
    editor = _editor(window, "internkontroll")
    assert isinstance(editor, InternalControlEditor)
    assert not editor.matrix_pane.isVisible()
    editor.matrix_button.click()
    # Shown by the user on a narrow page: shown again next time, on as narrow a page.
    editor = next_session((1280, 720))
    assert editor.matrix_pane.isVisible() and editor.matrix_button.isChecked()
    editor.matrix_button.click()
    # Folded away: folded away next time, even on a page wide enough for it.
    editor = next_session((1920, 1080))
    assert not editor.matrix_pane.isVisible() and not editor.matrix_button.isChecked()
    assert editor.proxy.rowCount() == editor.model.rowCount()


def test_a_chapters_text_comes_before_its_header_action_in_the_tab_order(
    window: MainWindow,
) -> None:
    window.show_section("kapitel")
    _settle()
    editor = workspace_of(window).chapter
    navigator = workspace_of(window).navigator
    formats = list(editor.format_buttons.values())
    stops = _tab_stops_after(navigator, editor, 4 + len(formats))
    assert stops[:3] == [editor.rubrik, editor.omvarld, editor.text]
    shown = [b for b in formats if b.isVisible() and b.isEnabled()]
    after_text = stops[3 : 3 + len(shown)]
    assert after_text == shown
    assert stops[3 + len(shown)] is editor.add_button


def test_internkontroll_with_the_matrix_below_the_table_still_shows_rows(
    window: MainWindow,
) -> None:
    # A laptop window too narrow for the matrix beside the table: opened, it stands below,
    # and the table must keep room for several rows, not one.
    workspace_of(window).set_navigator_shown(True)
    window.resize(1100, 700)
    editor = _editor(window, "internkontroll")
    assert isinstance(editor, InternalControlEditor)
    editor.matrix_button.click()
    _settle()
    assert editor.matrix_pane.isVisible()
    view = editor.view
    rows = view.rowHeight(0) + view.rowHeight(1) + view.rowHeight(2)
    assert view.viewport().height() >= rows, (view.viewport().height(), rows)
