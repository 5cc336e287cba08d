"""Arkiv → Exportera → Kommunens mall och profil: the Word template (.docx, .dotx) or graphic
profile (.json) the Word and PDF exports use, chosen once and remembered for this user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.errors import VplanError
from vplan_desktop.ui.dialog_parts import error_label
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.settings import export_template, remember_export_template

FILTER = QT_TR_NOOP("Word-mall eller grafisk profil (*.docx *.dotx *.json)")
NONE_CHOSEN = QT_TR_NOOP("Ingen vald: Word och PDF får vplans eget utseende.")
EXPLANATION = QT_TR_NOOP(
    "Word-exporten bygger på kommunens Word-mall (.docx eller .dotx): dess formatmallar, "
    "sidhuvud och typsnitt. PDF-exporten tar rubrikfärg, textfärg och logotyp ur samma mall, "
    "eller logotyp, färger och typsnitt ur en grafisk profil (.json). Med en profil får "
    "Word-dokumentet vplans eget utseende."
)


def check_template(path: Path) -> list[str]:
    """What the exports will say of ``path`` (notices); VplanError when it cannot be used."""
    from vplan_desktop.exports.graphic_profile import read_look  # deferred: reportlab

    return read_look(path)[1]  # a Word template is opened as the Word export opens it


class ExportTemplateDialog(QDialog):
    """Shows the template in use; choose another, or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kommunens mall och profil"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        explanation = QLabel(tr(EXPLANATION))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(tr("Mall eller profil som används"))
        layout.addWidget(self.current)
        self.problem = error_label()
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.choose_button = QPushButton(tr("&Välj fil…"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(tr("&Ta bort"))
        self.clear_button.setToolTip(tr("Exportera med vplans eget utseende"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        row.addStretch()
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(export_template())

    def _show(self, path: Path | None, notices: list[str] | None = None) -> None:
        self.current.setText(
            tr("Används nu: {path}").format(path=path) if path is not None else tr(NONE_CHOSEN)
        )
        self.clear_button.setEnabled(path is not None)
        self.problem.setText("\n".join(notices or []))

    def choose(self) -> None:
        start = export_template()
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Välj kommunens mall eller profil"),
            str(start.parent if start else ""),
            tr(FILTER),
        )
        if name:
            self.use(Path(name))

    def use(self, path: Path) -> bool:
        """Check ``path`` and remember it; a file that cannot be used is said so and the
        template in use stays."""
        try:
            notices = check_template(path)
        except VplanError as error:
            self.problem.setText(error.message)
            return False
        remember_export_template(path)
        self._show(path, notices)
        return True

    def clear(self) -> None:
        remember_export_template(None)
        self._show(None)
