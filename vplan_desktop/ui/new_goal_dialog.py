"""The dialogs "Nytt mål" and "Nytt delmål": the new goal's level and its text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.domain import FrontMatter
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

EMPTY_TEXT = QT_TR_NOOP("Skriv målet i fältet Målet – ett mål utan text kan inte läggas till.")

SUB_LEVEL = {
    MalNiva.KF: MalNiva.NAMND,
    MalNiva.KS: MalNiva.NAMND,
    MalNiva.NAMND: MalNiva.FORVALTNING,
    MalNiva.FORVALTNING: MalNiva.FORVALTNING,
    MalNiva.UPPDRAG: MalNiva.NAMND,
}
"""The level a goal under a goal of each level most often has: the level below it."""


def level_choices(combo: QComboBox, front: FrontMatter, chosen: MalNiva) -> None:
    """Fill ``combo`` with the five levels under the plan's names, ``chosen`` current."""
    combo.clear()
    for level in MalNiva:
        combo.addItem(front.niva_namn(level), level.value)
    combo.setCurrentIndex(combo.findData(chosen.value))


class NewGoalDialog(QDialog):
    """The level (a list) and the goal's text; OK with an empty text says what is missing."""

    def __init__(
        self,
        front: FrontMatter,
        title: str,
        place: str,
        level: MalNiva = MalNiva.NAMND,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        # As big as its text, also when the message appears; wide enough for a goal's text
        # (the layout sets the dialog's minimum size, so the width is the field's).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        where = QLabel(place)
        where.setWordWrap(True)
        layout.addWidget(where)
        form = QFormLayout()
        self.level = QComboBox()
        self.level.setAccessibleName(tr("Målnivå"))
        level_choices(self.level, front, level)
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Målet"))
        self.text.setPlaceholderText(tr("t.ex. Fler unga läser varje vecka"))
        self.text.setMinimumWidth(420)
        form.addRow(buddy_label(tr("&Nivå:"), self.level), self.level)
        form.addRow(buddy_label(tr("&Målet:"), self.text), self.text)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Lägg till")))
        self.text.setFocus()
        self.text.textEdited.connect(lambda _: self.error.clear())

    def chosen_level(self) -> MalNiva:
        return MalNiva(self.level.currentData())

    def goal_text(self) -> str:
        return self.text.text().strip()

    def accept(self) -> None:
        if not self.goal_text():
            self.error.setText(tr(EMPTY_TEXT))
            self.text.setFocus()
            return
        super().accept()
