"""Ny uppföljning… and Ändra…: one follow-up period's name, year, kind and end date."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.enums import UppfoljningSlag
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_data import SLAG_LABELS, Uppfoljning
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.services.follow_up import add_period, update_period
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.date_field import DateField
from vplan_desktop.ui.dialog_edit import follow_up_edit
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import tr


class PeriodDialog(QDialog):
    """A new period (``period`` None), or the name and end date of one the plan has (its year
    and kind are set when it is made)."""

    def __init__(
        self, context: PlanContext, period: Uppfoljning | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.period = period
        self.setWindowTitle(tr("Ny uppföljning") if period is None else tr("Ändra uppföljning"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(period.namn if period else "")
        self.name.setAccessibleName(tr("Namn"))
        self.name.setPlaceholderText(tr("t.ex. Delår april 2027"))
        self.year = QSpinBox()
        self.year.setAccessibleName(tr("År"))
        self.year.setRange(2000, 2100)
        self.year.setValue(period.ar if period else context.plan.uppgifter.forsta_ar)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Slag"))
        for slag, label in SLAG_LABELS.items():
            self.kind.addItem(label, slag.value)
        if period is not None:
            self.kind.setCurrentIndex(self.kind.findData(period.slag.value))
            self.year.setEnabled(False)
            self.kind.setEnabled(False)
        self.end = DateField()
        self.end.setAccessibleName(tr("Slutdatum"))
        self.end.setText(format_date(period.slutdatum) if period else "")
        self.end.setMinimumWidth(self.end.fitting_width())
        form.addRow(buddy_label(tr("&Namn:"), self.name), self.name)
        form.addRow(buddy_label(tr("&År:"), self.year), self.year)
        form.addRow(buddy_label(tr("&Slag:"), self.kind), self.kind)
        form.addRow(buddy_label(tr("Period&en slutar:"), self.end), self.end)
        layout.addLayout(form)
        if period is not None:
            note = QLabel(tr("Året och slaget bestäms när uppföljningen skapas."))
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(note)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Lägg till") if period is None else tr("Spara")))
        self.name.textEdited.connect(lambda _: self.error.clear())
        self.end.textEdited.connect(lambda _: self.error.clear())
        self.name.setFocus()

    def accept(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.error.setText(tr("Skriv uppföljningens namn, t.ex. ”Delår april 2027”."))
            self.name.setFocus()
            return
        try:
            end = parse_date(self.end.text())
        except InputError as error:
            self.error.setText(error.message)
            self.end.setFocus()
            return
        if self.period is None:
            slag = UppfoljningSlag(self.kind.currentData())
            action: Any = partial(
                add_period, namn=name, ar=self.year.value(), slag=slag, slutdatum=end
            )
            done = follow_up_edit(self.context, tr("Ny uppföljning"), action, self.error)
        else:
            fields: dict[str, Any] = {}
            if name != self.period.namn:
                fields["namn"] = name
            if end != self.period.slutdatum:
                fields["slutdatum"] = end
            if not fields:
                super().accept()
                return
            action = partial(
                update_period,
                period_id=self.period.id,
                fields=fields,
                seen=self.period.version or None,
            )
            done = follow_up_edit(self.context, tr("Ändra uppföljning"), action, self.error)
        if done is not None:
            super().accept()
