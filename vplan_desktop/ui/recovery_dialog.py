"""Återställ osparade ändringar: an earlier vplan stopped before writing a plan back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vplan_desktop.compare import diff_plans, load_side
from vplan_desktop.errors import VplanError
from vplan_desktop.formatting import format_date
from vplan_desktop.storage.working import Unsaved
from vplan_desktop.ui.dialog_parts import error_label
from vplan_desktop.ui.diff_view import DiffView
from vplan_desktop.ui.i18n import tr


class RecoveryDialog(QDialog):
    """Open the unsaved edits, compare them with the file on disk, or discard them."""

    RESUME = "oppna"
    DISCARD = "kasta"
    LATER = "senare"

    def __init__(self, unsaved: Unsaved, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved = unsaved
        self.choice = self.LATER
        self.setWindowTitle(
            tr("Återställ osparade ändringar i {name}").format(name=unsaved.plan.name)
        )
        layout = QVBoxLayout(self)
        try:
            since = dt.datetime.fromisoformat(unsaved.since)
            when = " " + tr("(öppnad {date} kl. {time})").format(
                date=format_date(since.date()), time=f"{since:%H:%M}"
            )
        except ValueError:
            when = ""
        where = (
            tr("Planfilen finns kvar i {folder}.")
            if unsaved.plan.exists()
            else tr(
                "Planfilen finns inte längre i {folder}: öppna ändringarna och "
                "välj Spara som… för att spara dem i en ny fil."
            )
        ).format(folder=unsaved.plan.parent)
        text = QLabel(
            tr(
                "<p><b>Återställ osparade ändringar i "
                "”{name}”?</b></p><p>vplan avslutades innan "
                "ändringarna{when} hann sparas i planfilen. De finns kvar i "
                "vplans arbetskopia. {where}</p><p>Kastar du ändringarna "
                "sparas de ändå som en säkerhetskopia (Arkiv → Tidigare "
                "versioner…).</p>"
            ).format(name=unsaved.plan.name, when=when, where=where)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.error = error_label()
        layout.addWidget(self.error)
        self.view = DiffView()
        self.view.hide()
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.resume_button = QPushButton(tr("&Öppna de osparade ändringarna"))
        self.compare_button = QPushButton(tr("&Jämför med filen"))
        self.discard_button = QPushButton(tr("&Kasta ändringarna"))
        self.later_button = QPushButton(tr("&Senare"))
        for button in (
            self.resume_button,
            self.compare_button,
            self.discard_button,
            self.later_button,
        ):
            row.addWidget(button)
        row.insertStretch(2, 1)
        layout.addLayout(row)
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(lambda: self._choose(self.RESUME))
        self.discard_button.clicked.connect(lambda: self._choose(self.DISCARD))
        self.later_button.clicked.connect(self.reject)
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.setEnabled(unsaved.plan.exists())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def compare(self) -> None:
        """What the working copy has that the plan file does not."""
        try:
            differences = diff_plans(load_side(self.unsaved.plan), load_side(self.unsaved.working))
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.view.show_differences(differences)
        self.view.show()
        self.resize(max(self.width(), 900), max(self.height(), 560))
