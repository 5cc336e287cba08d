"""The import review's panel for a table: its kind, its header rows, whether it continues the
table above, and (in the grid) each column's role and each row's group."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_tolkning import TABLE_KIND_LABELS, TableKind, TableTolkning
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.word_import_grid import ONCE_EXEMPT, ColumnGrid, roles_for


class _EnterCommits(QObject):
    """Enter in a correction commits it; it does not press the dialog's "Skapa planen"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in enter:
            return False
        if isinstance(watched, QSpinBox):
            watched.interpretText()
        return True


class TablePanel(QWidget):
    """How one table is read, every field changeable."""

    corrected = Signal(int, object)
    """The user changed how the table (its block index) is read: the new ``TableTolkning``
    correction for it (fields left None are guessed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: Block | None = None
        self.used = TableTolkning()
        self.correction = TableTolkning()
        self.kind = QComboBox()
        for kind, label in TABLE_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setAccessibleName(tr("Tabellens slag"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.header_rows = QSpinBox()
        self.header_rows.setAccessibleName(tr("Antal rubrikrader"))
        self.header_rows.setToolTip(tr("Hur många av tabellens första rader som är rubriker"))
        self.header_rows.setKeyboardTracking(False)
        self.header_rows.valueChanged.connect(self._header_rows_changed)
        self._enter = _EnterCommits(self)
        self.header_rows.installEventFilter(self._enter)
        self.kind.installEventFilter(self._enter)
        self.continues = QCheckBox(tr("Fortsättning på föregående ta&bell"))
        self.continues.setAccessibleName(tr("Fortsättning på föregående tabell"))
        self.continues.setToolTip(
            tr("Tabellen är resten av tabellen ovanför (delad av en sidbrytning)")
        )
        self.continues.toggled.connect(self._continues_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.grid = ColumnGrid()
        self.grid.before = self.continues
        self.grid.role_chosen.connect(self._role_changed)
        self.grid.group_edited.connect(self._group_changed)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        kind_label = QLabel(tr("Tabellens sla&g:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        rows_label = QLabel(tr("&Antal rubrikrader:"))
        rows_label.setBuddy(self.header_rows)
        form.addRow(rows_label, self.header_rows)
        form.addRow("", self.continues)
        grid_label = QLabel(
            tr("Kolumn&er och rader (välj vad varje kolumn är, skriv radernas grupp):")
        )
        grid_label.setBuddy(self.grid.table)
        grid_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(grid_label)
        layout.addWidget(self.grid, 1)

    def first_control(self) -> QWidget:
        return self.kind

    def last_control(self) -> QWidget:
        return self.grid.table

    def show_table(
        self,
        block: Block,
        used: TableTolkning | None,
        correction: TableTolkning | None,
        years: list[int],
    ) -> None:
        """Show how ``block`` is read (``used``) and what the user corrected of it."""
        self.block = block
        self.used = used or TableTolkning(kind=TableKind.KAPITEL, header_rows=0)
        self.correction = correction or TableTolkning()
        kind = self.used.kind or TableKind.KAPITEL
        follows = bool(self.used.continues)
        for widget in (self.kind, self.header_rows, self.continues):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.header_rows.setRange(0, len(block.rows))
        self.header_rows.setValue(self.used.header_rows or 0)
        self.continues.setChecked(follows)
        for widget in (self.kind, self.header_rows, self.continues):
            widget.blockSignals(False)
        self.kind.setEnabled(not follows)
        self.header_rows.setEnabled(not follows)
        self.continues.setEnabled(block.index > 0)
        self.hint.setText(
            tr(
                "Tabellen läses som en fortsättning på tabellen ovanför: ändra slag och kolumner "
                "där, eller bocka ur rutan."
            )
            if follows
            else ""
        )
        self.hint.setVisible(follows)
        columns = list(self.used.columns or [])
        columns += ["ovrigt"] * (block.width - len(columns))
        choices = [roles_for(kind, years, role) for role in columns[: block.width]]
        self.grid.show_table(block, replace(self.used, columns=columns), choices, not follows)

    # --- corrections ----------------------------------------------------------------------

    def _emit(self, correction: TableTolkning) -> None:
        if self.block is not None:
            self.corrected.emit(self.block.index, correction)

    def _kind_changed(self, _index: int) -> None:
        kind = TableKind(self.kind.currentData())
        if kind != self.used.kind:
            # Another kind of table has other fields: its columns are guessed anew.
            self._emit(replace(self.correction, kind=kind, columns=None))

    def _header_rows_changed(self, value: int) -> None:
        if value != self.used.header_rows:
            self._emit(replace(self.correction, header_rows=value))

    def _continues_changed(self, checked: bool) -> None:
        if checked != bool(self.used.continues):
            self._emit(replace(self.correction, continues=checked))

    def _role_changed(self, column: int, role: str) -> None:
        columns = list(self.used.columns or [])
        width = self.block.width if self.block is not None else len(columns)
        columns += ["ovrigt"] * (width - len(columns))
        if column >= len(columns) or columns[column] == role:
            return
        if role not in ONCE_EXEMPT and role in columns:
            # One column per field: the column that had it is read as other text.
            columns[columns.index(role)] = "ovrigt"
        columns[column] = role
        self._emit(replace(self.correction, kind=self.used.kind, columns=columns))

    def _group_changed(self, row: int, group: str) -> None:
        if group == self.used.groups.get(row, ""):
            return
        self._emit(replace(self.correction, groups={**self.correction.groups, row: group}))
