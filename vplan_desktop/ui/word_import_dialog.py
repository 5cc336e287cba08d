"""Importera Word-plan: confirm the guessed nämnd and period, see what was recognised, choose
where the new plan goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.document import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.imports.word import WordImport, import_word
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel, plan_file


class WordImportDialog(QDialog):
    def __init__(self, source: Path, found: WordImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Importera Word-plan")
        self.source = source
        self.created: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Läst ur <b>{source.name}</b>. Kontrollera nämnd och period."))
        form = QFormLayout()
        self.namnd = QLineEdit(found.namnd)
        self.namnd.setAccessibleName("Nämnd")
        form.addRow("&Nämnd:", self.namnd)
        period = QHBoxLayout()
        self.first = QSpinBox()
        self.last = QSpinBox()
        for spin, value, name in (
            (self.first, found.forsta_ar, "Första år"),
            (self.last, found.sista_ar, "Sista år"),
        ):
            spin.setRange(2000, 2100)
            spin.setValue(value or 2000)
            spin.setAccessibleName(name)
            period.addWidget(spin)
        period.addStretch(1)
        form.addRow(buddy_label("&Period:", self.first), period)
        self.target = QLineEdit(str(source.with_suffix(FILE_SUFFIX)))
        self.target.setAccessibleName("Den nya planens fil")
        form.addRow("Spara &som:", self.target)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>Det här kändes igen:</b>"))
        self.report = QListWidget()
        self.report.addItems(found.report or ["Inga rubriker eller tabeller hittades."])
        layout.addWidget(self.report, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = ok_cancel(self, "Skapa planen")
        layout.addWidget(buttons)
        self.resize(640, 520)

    def accept(self) -> None:
        target = plan_file(self.target.text())
        if target is None:
            self.error.setText("Ange var den nya planen ska sparas.")
            return
        try:
            import_word(
                self.source,
                target,
                namnd=self.namnd.text().strip() or None,
                first=self.first.value(),
                last=self.last.value(),
            )
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.created = target
        super().accept()
