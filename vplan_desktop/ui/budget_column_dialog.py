"""The "Ny kolumn" dialog of the driftbudget and the resultaträkning: a column's kind (Bokslut,
Budget, Utfall, Prognos, Avvikelse, Plan), its year and a note ("augusti")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vplan_desktop.db.enums import BudgetTabell, KolumnSlag
from vplan_desktop.domain import KOLUMN_SLAG_LABELS
from vplan_desktop.services.kinds import MAX_YEAR, MIN_YEAR
from vplan_desktop.ui.field_widths import placeholder_width
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

AVVIKELSE_HINT = QT_TR_NOOP(
    "En avvikelse räknas fram: årets Budget minus dess Prognos (eller Utfall); i "
    "resultaträkningen, där kostnaderna är negativa, Prognos minus Budget. Ett minus är alltid "
    "sämre än budget. Den skrivs inte in."
)


class BudgetColumnDialog(QDialog):
    """Asks for a new budget column; ``fields()`` gives what to add."""

    def __init__(
        self, tabell: BudgetTabell, year: int, table_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tabell = tabell
        self.setWindowTitle(tr("Ny kolumn"))
        form = QFormLayout(self)
        intro = QLabel(tr("Lägg till en kolumn i {table_name}.").format(table_name=table_name))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.slag = QComboBox()
        for kind, label in KOLUMN_SLAG_LABELS.items():
            self.slag.addItem(label, kind)
        self.slag.setCurrentIndex(self.slag.findData(KolumnSlag.PROGNOS))
        form.addRow(tr("&Slag:"), self.slag)
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.year.setGroupSeparatorShown(False)
        form.addRow(tr("&År:"), self.year)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("till exempel augusti"))
        self.note.setMinimumWidth(placeholder_width(self.note))
        form.addRow(tr("&Anmärkning:"), self.note)
        self.hint = QLabel(tr(AVVIKELSE_HINT))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lägg till"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.slag.currentIndexChanged.connect(self._show_hint)
        self._show_hint()
        self.slag.setFocus()

    def _show_hint(self) -> None:
        self.hint.setVisible(self.slag.currentData() == KolumnSlag.AVVIKELSE)

    def fields(self) -> dict[str, Any]:
        """The new column's fields, as ``items.add_item`` takes them."""
        return {
            "tabell": self.tabell,
            "slag": KolumnSlag(self.slag.currentData()),
            "ar": self.year.value(),
            "anmarkning": self.note.text().strip(),
        }
