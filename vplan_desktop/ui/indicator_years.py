"""The panel "Värden per år" under the indicator table: one indicator's målnivå, utfall and
jämförelse per year (history before the plan, long-range goals after it), its long-range
target without a year, its source and what its outcomes are compared with."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop import domain as d
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.kinds import MAX_YEAR, MIN_YEAR
from vplan_desktop.targets import format_target, parse_target
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import button_row, tool_button
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.indicator_years import IndicatorYearsModel
from vplan_desktop.ui.spreadsheet import SpreadsheetView

FIELDS = (
    ("kalla", QT_TR_NOOP("Källa")),
    ("jamforelse", QT_TR_NOOP("Jämförs med")),
    ("langsiktigt", QT_TR_NOOP("Långsiktigt mål")),
)
"""The indicator's fields the panel edits, with their labels."""
TARGET = "langsiktigt"
"""The field that holds a target ("≥ 95 %") rather than a plain text."""


def field_text(indicator: d.Indikator, name: str) -> str:
    """What the field ``name`` shows of ``indicator``: the text, or the long-range target
    written as the cells write a målnivå ("≥ 95 %")."""
    if name == TARGET:
        return format_target(
            indicator.langsiktigt, indicator.langsiktigt_jamforare, indicator.enhet
        )
    return str(getattr(indicator, name))


def field_values(name: str, text: str) -> dict[str, Any]:
    """The indicator's fields that ``text`` typed in the field ``name`` sets."""
    if name == TARGET:
        target, jamforare = parse_target(text)
        return {"langsiktigt": target, "langsiktigt_jamforare": jamforare}
    return {name: text}


class IndicatorYearsPanel(QGroupBox):
    """The years of one indicator, with its source and its comparison's name."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Värden per år"), parent)
        self.context = context
        self.model = IndicatorYearsModel(context)
        self.table = SpreadsheetView()
        self.table.setObjectName("indikatorvarden")
        self.table.setAccessibleName(tr("Värden per år"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Four short columns share the table's width; the table stays narrow beside the fields.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The year as wide as it needs: the width left goes to the values and their headers.
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setMaximumWidth(480)
        # One line a row: more years in sight in the little height the panel has.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.add_year_button = tool_button(
            tr("Lägg till år…"),
            tr("Ett år före planperioden (utfall) eller efter den (långsiktigt mål)"),
            icon="calendar-plus",
        )
        self.add_year_button.clicked.connect(self.ask_year)

        self.fields: dict[str, QLineEdit] = {}
        self._filled: dict[str, str] = {}
        """What each field was last filled with from the plan: only text typed since is saved
        (after an undo the field may still show the text the plan no longer has)."""
        form = QFormLayout()
        for name, label in FIELDS:
            field = QLineEdit()
            field.setAccessibleName(tr(label))
            field.editingFinished.connect(partial(self._save, name))
            field.installEventFilter(self)
            self.fields[name] = field
        self.fields["kalla"].setPlaceholderText(tr("t.ex. Kolada, SCB"))
        self.fields["jamforelse"].setPlaceholderText(tr("t.ex. Medel i riket"))
        example = tr("t.ex. ≥ 95 %, högst 2 (ett mål utan år)")
        self.fields[TARGET].setPlaceholderText(example)
        # The field shares the panel's width with the years' table and may show the example
        # cut short (a longer translation, a larger font): the tooltip has it whole.
        self.fields[TARGET].setToolTip(
            example
            + "\n"
            + tr(
                "Ett mål utan år. Skriv ≥, ≤, >, <, ”minst” eller ”högst” före talet om utfallet "
                "ska jämföras med det."
            )
        )
        # Beside the table, not below it: the panel has little height, and every line under
        # the table is a year fewer in sight.
        form.addRow(tr("&Långsiktigt mål:"), self.fields[TARGET])
        form.addRow(tr("&Källa:"), self.fields["kalla"])
        form.addRow(tr("&Jämförs med:"), self.fields["jamforelse"])

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(button_row(self.add_year_button))
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        context.changed.connect(self._show_fields)
        self.set_indicator(None)

    def set_indicator(self, indicator_id: int | None) -> None:
        """Show the years of another indicator (None: the panel is empty and disabled)."""
        if indicator_id != self.model.indicator_id:
            self.flush()  # what is typed belongs to the indicator shown until now
        self.model.set_indicator(indicator_id)
        self._show_fields()

    def _show_fields(self, change: object = None) -> None:
        indicator = self.model.indicator()
        self.setEnabled(indicator is not None)
        self.setTitle(
            tr("Värden per år: {namn}").format(namn=indicator.namn)
            if indicator
            else tr("Värden per år")
        )
        for name, field in self.fields.items():
            text = field_text(indicator, name) if indicator else ""
            if field.text() != text:
                field.setText(text)
            self._filled[name] = text

    def flush(self) -> None:
        """Save what is typed in the fields (before undo, closing or another indicator)."""
        for name in self.fields:
            self._save(name)

    def _save(self, name: str) -> None:
        indicator = self.model.indicator()
        text = self.fields[name].text()
        if indicator is None or text in (self._filled.get(name), field_text(indicator, name)):
            return
        fields = field_values(name, text)
        if all(getattr(indicator, field) == value for field, value in fields.items()):
            # Written another way ("minst 95" for "≥ 95 %"): nothing to save, shown as kept.
            self._show_fields()
            return
        label = tr(dict(FIELDS)[name]).lower()
        self.context.edit(
            tr("Ändra {label}").format(label=label),
            partial(
                items.update_item,
                kind_name=ItemKind.INDIKATOR,
                item_id=indicator.id,
                fields=fields,
                seen=indicator.version,
            ),
        )

    def ask_year(self) -> None:
        """Ask for a year and add its row (its values are typed in the table)."""
        if self.model.indicator() is None:
            return
        text, ok = QInputDialog.getText(
            self, tr("Lägg till år"), tr("Årtal (före planperioden för utfall, efter den för mål):")
        )
        if not ok or not text.strip():
            return
        year = self._year(text.strip())
        if year is None:
            return
        self.model.add_year(year)
        row = self.model.row_of(year)
        if row is not None:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(row, 2))  # Utfall: the usual reason

    def _year(self, text: str) -> int | None:
        if not text.isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
            self.context.failed.emit(
                tr("”{text}” är inget årtal (skriv till exempel 2024).").format(text=text)
            )
            return None
        return int(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Y in a field reach the plan's undo, as in the goal form.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            undo, redo = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo
            return event.matches(undo) or event.matches(redo)
        return False
