"""The window's first frame: the plan painted as soon as Qt is up, while the rest of vplan loads.

Most of a cold start is loading vplan itself (SQLAlchemy, the plan's models, the editors) and
reading the whole plan; none of that is needed to show the window the user is waiting for.
``vplan PLAN`` therefore paints this frame first, from a glance at the file
(``vplan_desktop.glance``): the same menus, section list, Uppgifter page and step row as the
window that follows, built from the same parts (``section_tree``, ``front_matter_form``,
``steps_bar``), with "Öppnar planen…" in the status bar and a busy cursor. It takes no input.
When the real window has opened the plan it takes this frame's place and size, and the frame
closes (``take``). A file the glance cannot read simply gets no first frame.

Light on purpose: only Qt and the modules named above, never the database layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.glance import Glance, glance
from vplan_desktop.sections import SECTIONS, Section
from vplan_desktop.ui.editors.front_matter_form import HINT, FrontMatterForm
from vplan_desktop.ui.editors.section_header import SectionHeader
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.qt_app import application
from vplan_desktop.ui.section_tree import SectionTree
from vplan_desktop.ui.settings import navigator_hidden, settings
from vplan_desktop.ui.steps_bar import StepsBar, show_navigator_shown, show_step
from vplan_desktop.ui.window_size import restore_window_size

MENU_TITLES = (
    QT_TR_NOOP("&Arkiv"),
    QT_TR_NOOP("&Redigera"),
    QT_TR_NOOP("&Gå till"),
    QT_TR_NOOP("&Hjälp"),
)
"""The main window's menus, in its order (a test holds them to the real window's)."""

OPENING = QT_TR_NOOP("Öppnar planen…")

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletRelease,
    QEvent.Type.DragEnter,
    QEvent.Type.Drop,
}

_shown: FirstFrame | None = None


class _NoInput(QObject):
    """Keys and clicks on the frame go nowhere while it stands in for the window (a dialog
    the opening shows meanwhile gets its own)."""

    def __init__(self, frame: QMainWindow) -> None:
        super().__init__(frame)
        self.frame = frame

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT:
            return False
        return isinstance(watched, QWidget) and watched.window() is self.frame


class _DialogWatch(QObject):
    """Calls ``shown`` when a dialog is about to be shown (the opening asks something)."""

    def __init__(self, frame: QMainWindow, shown: Callable[[], None]) -> None:
        super().__init__(frame)
        self.shown = shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            self.shown()
        return False


class FirstFrame(QMainWindow):
    """The plan's window as it will open, from ``seen`` (a glance at the file)."""

    def __init__(self, seen: Glance) -> None:
        super().__init__()
        texts = seen.texts
        self.setWindowTitle(
            tr("{namnd} – {titel}{label}{mode}[*] – vplan").format(
                namnd=texts["namnd"], titel=texts["titel"], label="", mode=""
            )
        )
        for title in MENU_TITLES:
            self.menuBar().addMenu(tr(title))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._period_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("huvudSplitter")
        self.navigator = SectionTree()
        self.navigator.setMinimumWidth(220)
        self.navigator.lay_out(seen.chapters, follow_up=False)
        self.navigator.select(Section.UPPGIFTER.value)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self._page(seen))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1000])
        self.splitter.setCollapsible(1, False)
        shown = not navigator_hidden()
        self.navigator.setVisible(shown)
        show_navigator_shown(self.steps.navigator_button, shown)
        state = settings().value(f"fonster/{self.splitter.objectName()}")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.opening = QLabel(tr(OPENING))
        self.statusBar().addPermanentWidget(self.opening)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._no_input = _NoInput(self)
        self._leaving = False
        self._successor: QWidget | None = None
        self._dialogs: _DialogWatch | None = None
        self.collector_paused = False
        """Python's garbage collector was switched off for the start (``ui/launch.py``): the
        window that takes the frame's place switches it on (``ui/app.open_window``)."""
        application().installEventFilter(self._no_input)
        restore_window_size(self)

    @staticmethod
    def _period_bar() -> QWidget:
        bar = QWidget()
        bar.setObjectName("periodBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 10, 4)
        combo = QComboBox()
        combo.setObjectName("visa")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(14)
        combo.addItem(tr("Planen"))
        label = QLabel(tr("&Visa:"))
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        row.addWidget(QLabel(), 1)
        return bar

    def _page(self, seen: Glance) -> QWidget:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(SectionHeader(SECTIONS[Section.UPPGIFTER].title, tr(HINT)))
        self.form = FrontMatterForm()
        self.form.show_values(
            seen.texts,
            (seen.forsta_ar, seen.sista_ar),
            seen.status,
            (_date_shown(seen.antagen_datum), seen.texts["antagen_paragraf"]),
        )
        outer.addLayout(self.form.layout)
        outer.addStretch(1)
        right_layout.addWidget(page, 1)
        self.steps = StepsBar()
        right_layout.addLayout(self.steps.layout)
        keys = self.navigator.leaf_keys()
        show_step(
            self.steps.previous_button, self.steps.next_button, self.steps.step_label, 0, len(keys)
        )
        return right

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the user while vplan loads: stays (the window is about to take its place,
        and closes as any window does); only ``leave`` closes it."""
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()

    def give_way_to(self, window: QWidget) -> None:
        """``window`` will take the frame's place: it gets its place and size now (a dialog
        the opening shows is centred on it), and is shown in the frame's place as soon as a
        dialog comes up (a question must not stand over a frame that takes no input), else by
        ``hand_over``."""
        window.restoreGeometry(self.saveGeometry())
        self._successor = window
        self._dialogs = _DialogWatch(self, self.hand_over)
        application().installEventFilter(self._dialogs)

    def hand_over(self) -> None:
        """Show the window that takes the frame's place (``give_way_to``) and leave."""
        window, self._successor = self._successor, None
        if window is None:
            return
        window.restoreGeometry(self.saveGeometry())  # (moved meanwhile by the user)
        window.show()
        window.raise_()
        window.activateWindow()
        self.leave()

    def leave(self) -> None:
        """Stop standing in for the window: input flows again and the frame closes."""
        application().removeEventFilter(self._no_input)
        if self._dialogs is not None:
            application().removeEventFilter(self._dialogs)
            self._dialogs = None
        self._leaving = True
        self.close()
        self.deleteLater()


def _date_shown(iso: str) -> str:
    """The adoption date as the form shows it ("2026-11-12"); a malformed one as nothing."""
    try:
        return dt.date.fromisoformat(iso).isoformat() if iso else ""
    except ValueError:
        return ""


def show_first_frame(path: Path, *, collector_paused: bool = False) -> bool:
    """Paint the first frame of the plan at ``path``, if a glance can read it (and it is not an
    adopted plan, whose window opens read-only and looks otherwise); True if it was shown.
    ``collector_paused``: the caller switched the garbage collector off for the start."""
    global _shown
    seen = glance(path)
    if seen is None or seen.status == "antagen":
        return False
    application()
    frame = FirstFrame(seen)
    frame.collector_paused = collector_paused
    frame.show()
    frame.repaint()
    application().processEvents()
    _shown = frame
    return True


def take() -> FirstFrame | None:
    """The first frame on the screen, for the window that takes its place (once)."""
    global _shown
    frame, _shown = _shown, None
    return frame
