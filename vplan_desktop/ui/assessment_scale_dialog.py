"""Skala för måluppfyllelse…: the kommun's own levels, each with a name, a colour and what it
means (uppfyllt, delvis, ej uppfyllt, går ej att bedöma), in the order they are listed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.enums import Bedomningsgrad
from vplan_desktop.follow_up_data import GRAD_LABELS
from vplan_desktop.services.follow_up import AssessmentLevel
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_edit import follow_up_edit
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import tr

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
NEW_COLOUR = "#9e9e9e"


@dataclass
class _Level:
    id: int | None
    namn: str
    farg: str
    grad: Bedomningsgrad


def swatch(colour: str) -> QIcon:
    """A small square of ``colour`` (grey when it is no colour)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour) if COLOUR.fullmatch(colour) else QColor(NEW_COLOUR))
    return QIcon(pixmap)


class AssessmentScaleDialog(QDialog):
    """The levels in a list; the one chosen is edited beside it. Saved as one step on OK."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Skala för måluppfyllelse"))
        self.shown = context.plan.bedomningsskala
        """The scale as the dialog was opened with it: what the change is based on."""
        self.levels = [_Level(n.id, n.namn, n.farg, n.grad) for n in context.plan.bedomningsskala]
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Nivåerna som målen bedöms med i uppföljningarna, i den ordning de visas. "
                "Betydelsen säger vad nivån räknas som i sammanställningar och granskning."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        left = QVBoxLayout()
        list_label = QLabel(tr("&Nivåer:"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Nivåer"))
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        moves = QHBoxLayout()
        self.add_button = QPushButton(tr("&Lägg till"))
        self.remove_button = QPushButton(tr("&Ta bort"))
        self.up_button = QPushButton(tr("Flytta &upp"))
        self.down_button = QPushButton(tr("Flytta n&ed"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            moves.addWidget(button)
        left.addLayout(moves)
        body.addLayout(left, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Nivåns namn"))
        colour_row = QHBoxLayout()
        self.colour = QLineEdit()
        self.colour.setAccessibleName(tr("Färg"))
        self.colour.setPlaceholderText("#2e7d32")
        self.colour.setMaximumWidth(110)
        self.colour_button = QPushButton(tr("&Välj färg…"))
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        self.meaning = QComboBox()
        self.meaning.setAccessibleName(tr("Betydelse"))
        for grad, label in GRAD_LABELS.items():
            self.meaning.addItem(label, grad.value)
        form.addRow(buddy_label(tr("N&amn:"), self.name), self.name)
        form.addRow(buddy_label(tr("&Färg:"), self.colour), colour_row)
        form.addRow(buddy_label(tr("&Betydelse:"), self.meaning), self.meaning)
        body.addLayout(form, 1)
        layout.addLayout(body)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Spara")))

        self.list.currentRowChanged.connect(self._show_level)
        self.name.textEdited.connect(self._named)
        self.colour.textEdited.connect(self._coloured)
        self.colour_button.clicked.connect(self.choose_colour)
        self.meaning.activated.connect(self._meant)
        self.add_button.clicked.connect(self.add_level)
        self.remove_button.clicked.connect(self.remove_level)
        self.up_button.clicked.connect(partial(self.move_level, -1))
        self.down_button.clicked.connect(partial(self.move_level, 1))
        self._fill(0)
        self.list.setFocus()
        # At least 620 wide, and wider when the buttons' texts need it (a longer translation).
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def _fill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for level in self.levels:
            item = QListWidgetItem(swatch(level.farg), self._listed(level))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.levels) - 1))
        self._show_level(self.list.currentRow())

    @staticmethod
    def _listed(level: _Level) -> str:
        name, meaning = level.namn.strip() or tr("(utan namn)"), GRAD_LABELS[level.grad]
        if name.lower() == meaning.lower():
            return name
        return tr("{name} (räknas som {meaning})").format(name=name, meaning=meaning.lower())

    def current(self) -> _Level | None:
        row = self.list.currentRow()
        return self.levels[row] if 0 <= row < len(self.levels) else None

    def _show_level(self, row: int) -> None:
        level = self.current()
        for widget in (self.name, self.colour, self.colour_button, self.meaning):
            widget.setEnabled(level is not None)
        self.remove_button.setEnabled(level is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.levels) - 1)
        if level is None:
            return
        self.name.setText(level.namn)
        self.colour.setText(level.farg)
        self.meaning.setCurrentIndex(self.meaning.findData(level.grad.value))

    def _refresh_item(self) -> None:
        level, item = self.current(), self.list.currentItem()
        if level is not None and item is not None:
            item.setText(self._listed(level))
            item.setIcon(swatch(level.farg))
        self.error.clear()

    def _named(self, text: str) -> None:
        if (level := self.current()) is not None:
            level.namn = text
            self._refresh_item()

    def _coloured(self, text: str) -> None:
        if (level := self.current()) is not None:
            level.farg = text.strip()
            self._refresh_item()

    def _meant(self) -> None:
        if (level := self.current()) is not None:
            level.grad = Bedomningsgrad(self.meaning.currentData())
            self._refresh_item()

    def choose_colour(self) -> None:
        level = self.current()
        if level is None:
            return
        start = QColor(level.farg) if COLOUR.fullmatch(level.farg) else QColor(NEW_COLOUR)
        chosen = QColorDialog.getColor(start, self, tr("Färg för ”{name}”").format(name=level.namn))
        if chosen.isValid():
            level.farg = chosen.name()
            self.colour.setText(level.farg)
            self._refresh_item()

    def add_level(self) -> None:
        self.levels.append(_Level(None, tr("Ny nivå"), NEW_COLOUR, Bedomningsgrad.EJ_BEDOMD))
        self._fill(len(self.levels) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def remove_level(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.levels):
            del self.levels[row]
            self._fill(row)

    def move_level(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.levels) and 0 <= target < len(self.levels):
            self.levels[row], self.levels[target] = self.levels[target], self.levels[row]
            self._fill(target)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        for row, level in enumerate(self.levels):
            if not COLOUR.fullmatch(level.farg):
                self.list.setCurrentRow(row)
                self.error.setText(
                    tr("”{farg}” är ingen färg. Välj färg… eller skriv den som #2e7d32.").format(
                        farg=level.farg
                    )
                )
                return
        levels = [AssessmentLevel(v.id, v.namn, v.farg.lower(), v.grad) for v in self.levels]
        action = seen.set_assessment_scale(self.shown, levels)
        if (
            follow_up_edit(self.context, tr("Ändra skalan för måluppfyllelse"), action, self.error)
            is not None
        ):
            super().accept()
