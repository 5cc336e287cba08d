"""Nya uppföljningar…: a year's follow-up periods from a template (tertial, halvår, helår)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.follow_up import MALL_LABELS, Mall, template_periods
from vplan_desktop.services.follow_up import add_periods
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_edit import follow_up_edit
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import tr


class NewPeriodsDialog(QDialog):
    """The template and the year; the periods it makes are listed before they are made."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Nya uppföljningar"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Hur ofta följer nämnden upp planen? Välj mall och år; uppföljningarna som planen "
                "inte redan har läggs till, med namn och slutdatum som går att ändra efteråt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(tr("Mall"))
        for mall, label in MALL_LABELS.items():
            self.template.addItem(label, mall.value)
        self.year = QSpinBox()
        self.year.setAccessibleName(tr("År"))
        self.year.setRange(2000, 2100)
        self.year.setValue(context.plan.uppgifter.forsta_ar)
        form.addRow(buddy_label(tr("&Mall:"), self.template), self.template)
        form.addRow(buddy_label(tr("&År:"), self.year), self.year)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("forhandsvisning")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Lägg till")))
        self.template.currentIndexChanged.connect(self._show_preview)
        self.year.valueChanged.connect(self._show_preview)
        self._show_preview()
        self.template.setFocus()

    def mall(self) -> Mall:
        return Mall(self.template.currentData())

    def _show_preview(self) -> None:
        self.error.clear()
        taken = {p.namn.lower() for p in self.context.plan.uppfoljningar}
        lines = [
            f"• {p.namn}" + (tr(" (finns redan)") if p.namn.lower() in taken else "")
            for p in template_periods(self.mall(), self.year.value())
        ]
        self.preview.setText(tr("Uppföljningar:") + "\n" + "\n".join(lines))

    def accept(self) -> None:
        action = partial(add_periods, mall=self.mall(), ar=self.year.value())
        if follow_up_edit(self.context, tr("Nya uppföljningar"), action, self.error) is not None:
            super().accept()
