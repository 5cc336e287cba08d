"""Ny plan: the few facts a plan starts from, and where to save it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.services.plan import NewPlan, create_plan
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel, plan_file
from vplan_desktop.ui.i18n import tr


class NewPlanDialog(QDialog):
    """Asks for kommun, nämnd, title and period; creates the plan file on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ny plan"))
        self.created: Path | None = None
        next_year = dt.date.today().year + 1
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kommun = QLineEdit()
        self.kommun.setPlaceholderText(tr("t.ex. Sjöbacka kommun"))
        self.namnd = QLineEdit()
        self.namnd.setPlaceholderText(tr("t.ex. Socialnämnden"))
        self.titel = QLineEdit()
        self.titel.setPlaceholderText(tr("tomt: Verksamhetsplan ÅR–ÅR"))
        self.first = QSpinBox()
        self.last = QSpinBox()
        for spin, value in ((self.first, next_year), (self.last, next_year + 2)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        period.addStretch(1)
        self.path = QLineEdit()
        browse = QPushButton(tr("&Bläddra…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        for label, widget, name in (
            (tr("&Kommun:"), self.kommun, tr("Kommun")),
            (tr("&Nämnd:"), self.namnd, tr("Nämnd")),
            (tr("&Titel:"), self.titel, tr("Titel")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.first.setAccessibleName(tr("Första år"))
        self.last.setAccessibleName(tr("Sista år"))
        self.path.setAccessibleName(tr("Filnamn"))
        form.addRow(buddy_label(tr("&Period:"), self.first), period)
        form.addRow(buddy_label(tr("&Spara som:"), self.path), where)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = ok_cancel(self, tr("Skapa plan"))
        layout.addWidget(buttons)
        self.namnd.textEdited.connect(self._suggest_path)
        self.first.valueChanged.connect(self._suggest_path)
        self._path_edited = False
        self.path.textEdited.connect(lambda: setattr(self, "_path_edited", True))
        self._suggest_path()
        self.kommun.setFocus()
        self.resize(560, self.sizeHint().height())

    def _folder(self) -> Path:
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        name = self.namnd.text().strip() or tr("Verksamhetsplan")
        self.path.setText(str(self._folder() / f"{name} {self.first.value()}{FILE_SUFFIX}"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Spara plan som"),
            self.path.text(),
            tr("vplan-planer (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if name:
            self.path.setText(str(plan_file(name)))
            self._path_edited = True

    def accept(self) -> None:
        path = plan_file(self.path.text())
        if path is None:
            self.error.setText(tr("Ange var planen ska sparas."))
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_plan(
                path,
                NewPlan(
                    kommun=self.kommun.text(),
                    namnd=self.namnd.text(),
                    forsta_ar=self.first.value(),
                    sista_ar=self.last.value(),
                    titel=self.titel.text(),
                ),
            )
        except VplanError as error:
            self.error.setText(error.message)
            return
        except OSError as error:
            self.error.setText(
                tr("Mappen kunde inte skapas: {strerror}.").format(strerror=error.strerror)
            )
            return
        self.created = path
        super().accept()
