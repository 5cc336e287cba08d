"""What the follow-up editors share: the period they show, their own lock, and a grid whose
pastes and clears are written as one follow-up action.

A follow-up stays writable when the plan is adopted: the adoption freezes the plan, not what
is written about it afterwards. So these editors keep out of the plan's lock (the workspace's
``read_only.set_read_only`` over its pages) and follow ``PlanContext.follow_up_read_only``
instead: locked when the plan is opened read-only or the period is reported.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from vplan_desktop.formatting import format_date
from vplan_desktop.sections import Section
from vplan_desktop.services.follow_up import follow_up_all_or_nothing
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.read_only import VIEW_ONLY
from vplan_desktop.ui.rights_view import Lock, apply_lock, section_lock
from vplan_desktop.ui.spreadsheet import SpreadsheetView


class FollowUpSheet(SpreadsheetView):
    """A spreadsheet grid of a follow-up: a paste or a Delete over several cells is one
    follow-up action (allowed on an adopted plan), saved whole or not at all."""

    def _apply(self, prepared: list[Any], text: str) -> bool:
        if not prepared:
            return False
        model = self.grid_model()
        edits = [edit for _undo_text, edit in prepared]
        undo_text = prepared[0][0] if len(prepared) == 1 else tr(text)
        refused = tr("Inget klistrades in.") if text == "Klistra in" else tr("Inga celler tömdes.")
        action = partial(follow_up_all_or_nothing, edits=edits, refused=refused)
        return model.context.edit_follow_up(undo_text, action) is not None


class FollowUpEditor(SectionEditor):
    """A section's page in follow-up mode: which period it shows, and whether it is locked."""

    section: Section | None = None
    """The section the page follows up, where a redaktör limited to verksamheter writes some
    of its rows (``server.permissions.FOLLOW_UP_TABLES``); None: only the whole plan's."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The plan's lock (an adopted plan) passes this page by; it locks itself (see above).
        self.setProperty(VIEW_ONLY, True)
        self.period_label = QLabel()
        self.period_label.setObjectName("uppfoljningsperiod")
        self.period_label.setWordWrap(True)
        self.outer.addWidget(self.period_label)
        # A subclass ends its __init__ with on_changed(None), once its models are made.
        context.period_changed.connect(self._period_shown)

    def heading_text(self) -> str:
        return tr("{section} – uppföljning").format(section=self.title)

    def _period_shown(self, _period_id: object) -> None:
        self.on_changed(None)

    def on_changed(self, change: object) -> None:
        self.show_period()
        self.apply_lock()

    def show_period(self) -> None:
        """Say why the page is locked, when it is (the window's period bar names the period)."""
        period = self.context.period
        self.period_label.setVisible(period is None or self.context.follow_up_read_only)
        if period is None:
            self.period_label.setText(tr("<i>Ingen uppföljning vald: planen visas.</i>"))
            return
        text = f"<b>{period.namn}</b>"
        if period.slutdatum is not None:
            text += " · " + tr("utfall till och med {date}").format(
                date=format_date(period.slutdatum)
            )
        if period.rapporterad and period.rapporterad_datum:
            text += " · " + tr("<b>Rapporterad {date}</b>: den kan läsas men inte ändras.").format(
                date=format_date(period.rapporterad_datum)
            )
        elif period.rapporterad:
            text += " · " + tr("<b>Rapporterad</b>: den kan läsas men inte ändras.")
        elif self.context.session.read_only:
            text += " · " + tr("<b>Skrivskyddad</b>: planen är öppnad för läsning.")
        self.period_label.setText(text)

    def apply_lock(self) -> None:
        """Make the page read-only while the period cannot be written, writable again after
        (for a redaktör limited to verksamheter, only her rows: ``rights_view``)."""
        lock = section_lock(self.context, self.section, follow_up=True)
        # Every time, not only on a change: the workspace may have locked the page along with
        # an adopted plan's pages.
        apply_lock(self, Lock.LOCKED if self.context.period is None else lock)

    def showEvent(self, event: QShowEvent) -> None:
        self.apply_lock()
        super().showEvent(event)
