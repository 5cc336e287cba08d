"""Nyckeltal: tables of key figures with columns the user names."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QWidget

from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services import items
from vplan_desktop.ui import seen
from vplan_desktop.ui.change_place import Place
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor, select_row, tool_button
from vplan_desktop.ui.flow_layout import FlowLayout
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.key_figure_details import COMBO_WIDTH, KeyFigureTableDetails
from vplan_desktop.ui.models.key_figures import NyckeltalModel
from vplan_desktop.ui.models.table import ROW_ID_ROLE
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.removal import may_remove, removal_question
from vplan_desktop.ui.spreadsheet import SpreadsheetView
from vplan_desktop.validation import Finding

LEVEL_ACTIONS = (
    (1, QT_TR_NOOP("Gör till underrad"), "Alt+Shift+Right"),
    (0, QT_TR_NOOP("Gör till huvudrad"), "Alt+Shift+Left"),
)
"""A row's level (0 main row, 1 sub-row), its button text and shortcut, like indenting a
list in a word processor."""


class NyckeltalEditor(SectionEditor):
    title = SECTIONS[Section.NYCKELTAL].title
    # Målområden: the table's målområde picker shows their names.
    parts = (Part.NYCKELTAL, Part.MALOMRADEN)
    help_text = QT_TR_NOOP(
        "Personal-, volym- och kostnadsmått. Varje tabell har egna kolumner, till exempel "
        "”Bokslut 2025” eller ”Utfall jan”. Ett värde är ett tal eller en text. "
        "En underrad (”varav …”) skrivs indragen under raden ovanför: Alt+Skift+Höger."
    )

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        label = QLabel(tr("&Tabell:"))
        self.tables = view_only(QComboBox())
        self.tables.setAccessibleName(tr("Nyckeltalstabell"))
        self.tables.setMinimumWidth(COMBO_WIDTH)
        label.setBuddy(self.tables)
        self.details = KeyFigureTableDetails(context)
        # The table picker heads the table's own fields, its label in line with theirs.
        self.details.form.insertRow(0, label, self.tables)
        self.outer.addWidget(self.details)
        self.model = NyckeltalModel(context)
        self.view = SpreadsheetView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Nyckeltal"))
        self.outer.addWidget(self.view, 1)
        self.add_table_button = tool_button(tr("Ny tabell…"), icon="table-plus")
        self.add_table_button.clicked.connect(self.add_table)
        self.add_header_actions(self.add_table_button)
        buttons = [
            (tr("Byt namn på tabell…"), self.rename_table, "pencil"),
            (tr("Ta bort tabell"), self.remove_table, "table-minus"),
            (tr("Ny kolumn…"), self.add_column, "column-insert-right"),
            (tr("Ny rad…"), self.add_row, "row-insert-bottom"),
            (tr("Ta bort rad"), self.remove_row, "row-remove"),
        ]
        widgets = []
        for text, slot, icon in buttons:
            button = tool_button(text, icon=icon)
            button.clicked.connect(slot)
            widgets.append(button)
        self.level_buttons = {}
        for level, name, keys in LEVEL_ACTIONS:
            text = tr(name)
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(partial(self.set_level, level))
            self.view.addAction(action)
            tooltip = f"{text} ({keys.replace('Shift', 'Skift')})"
            button = tool_button(text, tooltip, "indent-increase" if level else "indent-decrease")
            button.clicked.connect(partial(self.set_level, level))
            widgets.append(button)
            self.level_buttons[level] = button
        # Seven buttons: on two lines when the window is too narrow for one.
        row = FlowLayout()
        for widget in widgets:
            row.addWidget(widget)
        self.outer.addLayout(row)
        self.view.selectionModel().currentChanged.connect(self._update_level_buttons)
        self.model.modelReset.connect(self._update_level_buttons)
        self.model.dataChanged.connect(self._update_level_buttons)
        self.tables.currentIndexChanged.connect(self._table_chosen)
        self.model.modelReset.connect(self._fit)
        self.add_empty_hint(
            self.view,
            tr(
                "<b>Inga nyckeltal ännu.</b><br>Börja med <i>Ny tabell…</i> uppe till höger, "
                "och lägg sedan till kolumner och rader i den."
            ),
            lambda: not self.context.plan.nyckeltal,
        )
        self.on_changed(None)

    def focus_finding(self, finding: Finding) -> None:
        table = next(
            (
                t.id
                for t in self.context.plan.nyckeltal
                if any(r.id == finding.item_id for r in t.rader)
            ),
            None,
        )
        if table is not None:
            self.tables.setCurrentIndex(self.tables.findData(table))
            self._table_chosen()
            self.view.select_item(finding.item_id, finding.field)

    def show_change(self, place: Place) -> bool:
        """Choose the table the changed table, column or row belongs to, and select the row."""
        table = next(
            (
                t.id
                for t in self.context.plan.nyckeltal
                if (place.kind == ItemKind.NYCKELTAL_TABELL and t.id == place.item_id)
                or (
                    place.kind == ItemKind.NYCKELTAL_KOLUMN
                    and any(c.id == place.item_id for c in t.kolumner)
                )
                or (
                    place.kind == ItemKind.NYCKELTAL_RAD
                    and any(r.id == place.item_id for r in t.rader)
                )
            ),
            None,
        )
        if table is None:
            return False
        self.tables.setCurrentIndex(self.tables.findData(table))
        if place.kind == ItemKind.NYCKELTAL_RAD:
            return select_row(self.view, place.item_id)
        self.view.setFocus()
        return True

    def _fit(self) -> None:
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, max(self.view.columnWidth(0), 260))

    def current_table(self) -> int | None:
        value = self.tables.currentData()
        return value if isinstance(value, int) else None

    def on_changed(self, change: object) -> None:
        current = self.current_table()
        self.tables.blockSignals(True)
        self.tables.clear()
        for table in self.context.plan.nyckeltal:
            self.tables.addItem(table.rubrik, table.id)
        position = self.tables.findData(current) if current is not None else 0
        self.tables.setCurrentIndex(max(position, 0) if self.tables.count() else -1)
        self.tables.blockSignals(False)
        self.model.set_table(self.current_table())
        self.details.show_table(self.current_table())
        self._fit()

    def _table_chosen(self) -> None:
        self.model.set_table(self.current_table())
        self.details.show_table(self.current_table())
        self._fit()

    def flush(self) -> None:
        self.details.flush()

    def _update_level_buttons(self, *_: object) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        for level, button in self.level_buttons.items():
            button.setEnabled(row is not None and row.niva != level)

    def set_level(self, level: int) -> None:
        """Make the current row a sub-row of the row above (1) or a main row again (0)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.niva == level:
            return
        self.context.edit(
            tr("Gör till underrad") if level else tr("Gör till huvudrad"),
            partial(
                items.update_item,
                kind_name=ItemKind.NYCKELTAL_RAD,
                item_id=row.id,
                fields={"niva": level},
                seen=row.version,
            ),
        )
        select_row(self.view, row.id)

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        # OK with an empty field goes on to the service, which refuses it and says why.
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok else None

    def add_table(self) -> None:
        name = self._ask(tr("Ny tabell"), tr("Tabellens rubrik:"))
        if name is not None:
            change = self.context.edit(
                tr("Ny nyckeltalstabell"),
                partial(
                    items.add_item, kind_name=ItemKind.NYCKELTAL_TABELL, fields={"rubrik": name}
                ),
            )
            if change:
                self.tables.setCurrentIndex(self.tables.findData(change.item_id))

    def rename_table(self) -> None:
        table = self.current_table()
        if table is None:
            return
        shown = self.context.plan
        name = self._ask(tr("Byt namn"), tr("Tabellens rubrik:"), self.tables.currentText())
        if name is not None:
            self.context.edit(
                tr("Byt namn på tabell"),
                seen.update(shown, ItemKind.NYCKELTAL_TABELL, table, {"rubrik": name}),
            )

    def remove_table(self) -> None:
        table, shown = self.current_table(), self.context.plan
        if table is not None and may_remove(
            self, removal_question(shown, ItemKind.NYCKELTAL_TABELL, table)
        ):
            self.context.edit(
                tr("Ta bort tabell"), seen.delete(shown, [(ItemKind.NYCKELTAL_TABELL, table)])
            )

    def add_column(self) -> None:
        table = self.current_table()
        name = self._ask(tr("Ny kolumn"), tr("Kolumnens rubrik:")) if table is not None else None
        if name is not None:
            self.context.edit(
                tr("Ny kolumn"),
                partial(
                    items.add_item,
                    kind_name=ItemKind.NYCKELTAL_KOLUMN,
                    fields={"tabell_id": table, "rubrik": name},
                ),
            )

    def add_row(self) -> None:
        table = self.current_table()
        name = self._ask(tr("Ny rad"), tr("Nyckeltalets namn:")) if table is not None else None
        if name is not None:
            self.context.edit(
                tr("Ny rad"),
                partial(
                    items.add_item,
                    kind_name=ItemKind.NYCKELTAL_RAD,
                    fields={"tabell_id": table, "namn": name},
                ),
            )

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ID_ROLE) if index.isValid() else None
        shown = self.context.plan
        if isinstance(row, int) and may_remove(
            self, removal_question(shown, ItemKind.NYCKELTAL_RAD, row)
        ):
            self.context.edit(
                tr("Ta bort rad"), seen.delete(shown, [(ItemKind.NYCKELTAL_RAD, row)])
            )
