"""Marking the plan adopted (date and §), and opening an adopted plan for edits (a reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import VplanError
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.services import adoption
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import error_label, ok_cancel
from vplan_desktop.ui.i18n import tr
from vplan_desktop.validation import Severity, validate
from vplan_desktop.wording import count


def _grows(dialog: QDialog, layout: QLayout) -> None:
    """The dialog is at least as big as its text, also when a longer message appears."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    dialog.setMinimumWidth(480)


class AdoptDialog(QDialog):
    """Antagen: the date of the meeting and the paragraph in its minutes; then the plan is
    frozen. The checks must have no Fel, which the service enforces."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Markera planen som antagen"))
        u: PlanSnapshot = context.plan
        layout = QVBoxLayout(self)
        _grows(self, layout)
        # Every Fel first, all of them: nobody should type a date and § only to be told of
        # one error, then the next.
        self.blockers = [f.message for f in validate(u) if f.severity is Severity.FEL]
        intro = QLabel(
            tr(
                "När {namnd} har antagit planen låses den för ändringar. "
                "Ange sammanträdets datum och paragrafen i protokollet."
            ).format(namnd=u.uppgifter.namnd)
        )
        if self.blockers:
            intro.setText(
                tr(
                    "Planen kan inte markeras som antagen förrän {errors} nedan "
                    "är rättade ({count}; se Granskning):"
                ).format(
                    errors=tr("felet") if len(self.blockers) == 1 else tr("felen"),
                    count=count(len(self.blockers), "fel"),
                )
            )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.blocker_list = QLabel("\n".join(f"• {message}" for message in self.blockers))
        self.blocker_list.setObjectName("felLista")
        self.blocker_list.setWordWrap(True)
        self.blocker_list.setVisible(bool(self.blockers))
        layout.addWidget(self.blocker_list)
        form = QFormLayout()
        self.date = QLineEdit(format_date(u.uppgifter.antagen_datum or dt.date.today()))
        self.date.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.paragraph = QLineEdit(u.uppgifter.antagen_paragraf)
        self.paragraph.setPlaceholderText(tr("t.ex. 123"))
        form.addRow(tr("&Datum:"), self.date)
        form.addRow(tr("&Paragraf (§):"), self.paragraph)
        self.form = QWidget()
        self.form.setLayout(form)
        self.form.setVisible(not self.blockers)  # no date or § asked for while it cannot be done
        layout.addWidget(self.form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, tr("Markera som &antagen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.blockers)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.blockers:
            self.error.setText(
                tr("Planen kan inte markeras som antagen förrän felen ovan är rättade.")
            )
            return
        try:
            date = parse_date(self.date.text())
            adopted = adoption.adopt(self.context.document, date, self.paragraph.text())
        except VplanError as error:
            self.error.setText(error.message)
            self.adjustSize()  # a long message makes the dialog taller, not cut off
            return
        del adopted  # adoption is undone only by reopening, which asks for a reason
        self.context.reload()
        super().accept()


class ReopenDialog(QDialog):
    """Why an adopted plan must change; the reason is kept in the plan's log."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Öppna antagen plan för ändringar"))
        layout = QVBoxLayout(self)
        _grows(self, layout)
        text = QLabel(
            tr(
                "Planen är {status}. Om den öppnas för ändringar blir "
                "statusen ”Under beredning” och planen måste antas på nytt. "
                "Orsaken sparas i planens logg."
            ).format(status=context.plan.uppgifter.status_text.lower())
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        reason_label = QLabel(tr("&Orsak:"))
        layout.addWidget(reason_label)
        self.reason = QPlainTextEdit()
        reason_label.setBuddy(self.reason)
        self.reason.setPlaceholderText(tr("t.ex. Nämnden återremitterade investeringsplanen § 131"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Öppna för &ändringar")))

    def accept(self) -> None:
        try:
            adoption.reopen(self.context.document, self.reason.toPlainText())
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.context.reload()
        super().accept()
