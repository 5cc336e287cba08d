"""Markera som rapporterad…: the day a follow-up went to the nämnd; it is locked from then on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.dialog_edit import follow_up_edit
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import tr


class ReportDialog(QDialog):
    """The date of the meeting the period was reported to (today unless changed)."""

    def __init__(self, context: PlanContext, period_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period_id = period_id
        period = context.plan.uppfoljning(period_id)
        self.shown = period
        name = period.namn if period else ""
        self.setWindowTitle(tr("Markera som rapporterad"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "När ”{name}” har rapporterats till nämnden låses den för "
                "ändringar. Den kan öppnas igen om den måste ändras; orsaken "
                "sparas då i planens logg."
            ).format(name=name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date = DateField()
        self.date.setAccessibleName(tr("Datum för rapporteringen"))
        self.date.setText(format_date(dt.date.today()))
        self.date.setMinimumWidth(self.date.fitting_width())
        form.addRow(buddy_label(tr("Rapporterad &den:"), self.date), self.date)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Markera som &rapporterad")))
        self.date.textEdited.connect(lambda _: self.error.clear())
        self.date.setFocus()
        self.date.selectAll()

    def accept(self) -> None:
        try:
            date = parse_date(self.date.text())
        except InputError as error:
            self.error.setText(error.message)
            return
        action = seen.mark_reported(self.shown, self.period_id, date)
        if (
            follow_up_edit(self.context, tr("Markera som rapporterad"), action, self.error)
            is not None
        ):
            super().accept()
