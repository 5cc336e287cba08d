"""Arkiv → Uppföljning: the delårsrapport's export, and the ekonom's workbook out and in."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from vplan_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from vplan_desktop.ui.main_window import MainWindow

FORMATS = (("docx", "&Word"), ("pdf", "&PDF"), ("xlsx", "&Excel"))


class FollowUpMenu:
    """The follow-up's entries of the Arkiv menu, enabled as the open plan allows."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        self.window = window
        self.menu = file_menu.addMenu(tr("&Uppföljning"))
        self.menu.setToolTipsVisible(True)
        self.exports = [
            self._add(tr("Exportera till {label}…").format(label=label), partial(self._export, fmt))
            for fmt, label in FORMATS
        ]
        self.menu.addSeparator()
        self.workbook = self._add(tr("Underlag för &ekonomen (Excel)…"), self._workbook)
        self.read_in = self._add(tr("Läs in &utfall och prognos från Excel…"), self._read_in)

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def update(self) -> None:
        """An export needs a period in the plan; the workbook a period shown; reading it in
        a period that may be written."""
        context = self.window.context
        periods = bool(context and context.plan.uppfoljningar)
        for action in self.exports:
            action.setEnabled(periods)
        shown = bool(context and context.period is not None)
        self.workbook.setEnabled(shown)
        self.read_in.setEnabled(bool(shown and context and not context.follow_up_read_only))
        hint = "" if shown else tr("Välj en uppföljning i listan Visa först.")
        for action in (self.workbook, self.read_in):
            action.setToolTip(hint or action.text().replace("&", "").rstrip("…"))

    def _flush(self) -> None:
        """Typed text becomes part of the plan before anything is written or read."""
        if self.window.workspace is not None:
            self.window.workspace.flush()

    def _export(self, fmt: str) -> None:
        # Deferred for start-up time: the export's modules load when one is asked for.
        from vplan_desktop.ui.follow_up_export import export_follow_up

        if self.window.context is not None:
            self._flush()
            export_follow_up(self.window, self.window.context, fmt)

    def _workbook(self) -> None:
        # Deferred for start-up time: openpyxl loads when a workbook is asked for.
        from vplan_desktop.ui.follow_up_workbook_dialog import export_follow_up_workbook

        if self.window.context is not None:
            self._flush()
            export_follow_up_workbook(self.window, self.window.context)

    def _read_in(self) -> None:
        # Deferred for start-up time, as above.
        from vplan_desktop.ui.follow_up_workbook_dialog import import_follow_up_workbook

        if self.window.context is not None:
            self._flush()
            import_follow_up_workbook(self.window, self.window.context)
