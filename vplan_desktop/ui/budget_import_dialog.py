"""Läs in budget från Excel: every change the ekonom's workbook makes, before it is applied."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from vplan_desktop.ui.dialog_parts import ok_cancel
from vplan_desktop.ui.i18n import tr
from vplan_desktop.wording import count

if TYPE_CHECKING:
    from vplan_desktop.imports.budget_xlsx import CellChange


class BudgetPreviewDialog(QDialog):
    def __init__(
        self, changes: list[CellChange], file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Läs in budget från Excel"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "<b>{count}</b> i {file_name}. Allt genomförs på en gång och "
                    "kan ångras med Ctrl+Z."
                ).format(count=count(len(changes), "ändring"), file_name=file_name)
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Ändringar"))
        self.list.addItems([change.text for change in changes])
        layout.addWidget(self.list, 1)
        buttons = ok_cancel(self, tr("Verkställ"))
        layout.addWidget(buttons)
        self.resize(720, 420)
