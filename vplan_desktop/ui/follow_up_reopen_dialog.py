"""Öppna för ändringar…: why a reported follow-up must change; the reason goes in the log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_edit import follow_up_edit
from vplan_desktop.ui.dialog_parts import error_label, ok_cancel
from vplan_desktop.ui.i18n import tr


class ReopenPeriodDialog(QDialog):
    """A reason is required; the period is then writable until it is reported again."""

    def __init__(self, context: PlanContext, period_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period_id = period_id
        period = context.plan.uppfoljning(period_id)
        self.shown = period
        name = period.namn if period else ""
        self.setWindowTitle(tr("Öppna uppföljningen för ändringar"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "”{name}” är rapporterad till nämnden och därför låst. Om "
                "den öppnas för ändringar bör den rapporteras på nytt. "
                "Orsaken sparas i planens logg."
            ).format(name=name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        label = QLabel(tr("&Orsak:"))
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(tr("Orsak"))
        self.reason.setPlaceholderText(tr("t.ex. Prognosen för hemtjänsten var fel i rapporten"))
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Öppna för &ändringar")))
        self.reason.textChanged.connect(self.error.clear)
        self.reason.setFocus()

    def accept(self) -> None:
        action = seen.reopen_period(self.shown, self.period_id, self.reason.toPlainText())
        if (
            follow_up_edit(self.context, tr("Öppna uppföljning för ändringar"), action, self.error)
            is not None
        ):
            super().accept()
