"""A keyboard for GUI tests that is only a keyboard: every key goes to the widget that has the
focus, as a real keyboard's would, and nothing is ever clicked or given the focus by the test.

``no_mouse`` fails a test if any mouse button event reaches a widget while it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.ui.helpers import type_text

_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class _MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE:
            self.seen.append(f"{event.type().name} på {type(watched).__name__}")
        return False


@contextmanager
def no_mouse() -> Iterator[None]:
    """Fail if a mouse button was pressed anywhere in the application within the block."""
    app = QApplication.instance()
    assert app is not None
    watch = _MouseWatch()
    app.installEventFilter(watch)
    try:
        yield
    finally:
        app.removeEventFilter(watch)
    assert not watch.seen, f"musen användes: {watch.seen}"


class Keyboard:
    """Key presses to the focused widget."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        for _ in range(times):
            target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
            self.qtbot.keyClick(target, key, modifiers)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        type_text(self.focused(), text)

    def tab_to(self, target: QWidget, limit: int = 40) -> int:
        """Press Tab until ``target`` has the focus; how many presses it took."""
        for presses in range(limit):
            if QApplication.focusWidget() is target:
                return presses
            self.press(Qt.Key.Key_Tab)
        name = target.accessibleName() or type(target).__name__
        chain = []
        for _ in range(limit):
            chain.append(type(self.focused()).__name__ + ":" + self.focused().accessibleName())
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab når aldrig {name}; fokus går {chain[:limit]}")

    def go_to_cell(self, view: QAbstractItemView, row: int, column: int) -> None:
        """From anywhere in ``view`` (it must have the focus): Ctrl+Home, then the arrows."""
        assert self.focused() is view, f"tabellen har inte fokus: {self.focused()}"
        self.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        self.press(Qt.Key.Key_Home)
        self.press(Qt.Key.Key_Down, times=row - _row(view.currentIndex()))
        self.press(Qt.Key.Key_Right, times=column - _column(view.currentIndex()))
        current = view.currentIndex()
        assert (current.row(), current.column()) == (row, column), (
            f"pilarna når inte cellen ({row}, {column}) utan ({current.row()}, {current.column()})"
        )

    def edit_cell(self, view: QAbstractItemView, row: int, column: int, text: str) -> None:
        """Arrow to a cell, F2, select what is there with Ctrl+A, type, Enter."""
        self.go_to_cell(view, row, column)
        self.press(Qt.Key.Key_F2)
        editor = self.focused()
        assert editor.parent() is view.viewport(), "F2 öppnade ingen redigering i cellen"
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)
        self.press(Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits through a queued call
        self.qtbot.waitUntil(lambda: self.focused() is view)

    def pick_in_cell(self, view: QAbstractItemView, row: int, column: int, downs: int) -> None:
        """Arrow to a list cell, F2, Home to the first choice, ``downs`` × Down, Enter."""
        self.go_to_cell(view, row, column)
        self.press(Qt.Key.Key_F2)
        picker = self.focused()
        assert picker.parent() is view.viewport(), "F2 öppnade ingen lista i cellen"
        self.press(Qt.Key.Key_Home)
        self.press(Qt.Key.Key_Down, times=downs)
        self.press(Qt.Key.Key_Return)
        QApplication.processEvents()


def _row(index: QModelIndex) -> int:
    return max(index.row(), 0)


def _column(index: QModelIndex) -> int:
    return max(index.column(), 0)
