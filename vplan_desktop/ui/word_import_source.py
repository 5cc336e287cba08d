"""The import review's left side: every block of the Word document in order, each with what it
became, and a filter that shows only the tables and headings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.imports.word_blocks import BlockKind, Source
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.imports.word_review import block_label
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1
"""The block's index in the document."""
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2
"""True for a table or a block read as a heading: what the filter keeps."""

BLOCK, BECAME = range(2)
INDENT = "\u2003\u2003"
"""Two em spaces per heading level: the outline without a tree to open and close."""

Index = QModelIndex | QPersistentModelIndex


class SourceModel(QAbstractTableModel):
    """The document's blocks as rows: the block in one line, and the marker of what it became."""

    HEADERS = (QT_TR_NOOP("Dokumentet"), QT_TR_NOOP("Blev"))

    def __init__(self, source: Source, result: WordImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.result = result
        self._levels: list[int] = []
        self._indents: list[int] = []
        self._outline()

    def set_result(self, result: WordImport) -> None:
        """Show what the blocks became under a new reading (the blocks stay the same)."""
        self.result = result
        self._outline()
        if self.source.blocks:
            last = self.index(len(self.source.blocks) - 1, BECAME)
            self.dataChanged.emit(self.index(0, BLOCK), last)

    def _outline(self) -> None:
        """Each block's heading level (0 for text) and its indent under the headings above."""
        headings = self.result.tolkning.headings
        self._levels = [headings.get(b.index, 0) for b in self.source.blocks]
        self._indents = []
        current = 0
        for level in self._levels:
            if level:
                current = level
                self._indents.append(level - 1)
            else:
                self._indents.append(current)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.blocks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def label(self, row: int) -> str:
        """The block in one line, as the document has it and as it is read."""
        block = self.source.blocks[row]
        return block_label(block, self._levels[row] or None, width=90)

    def marker(self, row: int) -> str:
        outcome = self.result.outcomes.get(row)
        if outcome is None:
            return tr("(inget)")
        if outcome.warning:
            return tr("{became} – varning").format(became=outcome.became.value)
        return outcome.became.value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        block = self.source.blocks[row]
        outcome = self.result.outcomes.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BLOCK:
                return INDENT * self._indents[row] + self.label(row)
            return self.marker(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == BLOCK:
                if block.text:
                    return tr("Block {number}: {text}").format(
                        number=row + 1, text=block.text[:500]
                    )
                return tr("Block {number}").format(number=row + 1)
            if outcome is None:
                return None
            if outcome.warning:
                return (
                    outcome.text + "\n" + tr("Varning: {warning}").format(warning=outcome.warning)
                )
            return outcome.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == BLOCK:
                return self.label(row)
            if outcome is not None and outcome.warning:
                return tr("Blev {became}. Varning: {warning}").format(
                    became=outcome.became.value, warning=outcome.warning
                )
            return tr("Blev {became}").format(became=self.marker(row))
        if role == Qt.ItemDataRole.DecorationRole and column == BECAME:
            if outcome is not None and outcome.warning:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.FontRole and self._levels[row]:
            font = QFont()
            font.setBold(True)
            return font
        if role == BLOCK_ROLE:
            return row
        if role == SHOWN_ROLE:
            return block.kind is BlockKind.TABLE or bool(self._levels[row])
        return None


class SourceFilter(QSortFilterProxyModel):
    """Only the tables and headings, when the user asks for them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_structure = False

    def set_only_structure(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_structure = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """A heading's level changed: whether it is shown may have changed too."""
        if self.only_structure:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_structure:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, BLOCK, source_parent).data(SHOWN_ROLE))


class SourceList(QWidget):
    """The document's blocks, one per line, with the marker of what each became."""

    chosen = Signal(int)
    """The user moved to another block (its index)."""

    def __init__(self, source: Source, result: WordImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourceModel(source, result, self)
        self.filter = SourceFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setModel(self.filter)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(tr("Dokumentets innehåll"))
        self.view.setAccessibleDescription(
            tr("Varje rubrik, stycke, tabell och bild i dokumentet, och vad det blev i planen.")
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(BLOCK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BECAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BECAME, 170)
        self.only_structure = QCheckBox(tr("Visa bara tabeller och &rubriker"))
        self.only_structure.setAccessibleName(tr("Visa bara tabeller och rubriker"))
        self.only_structure.toggled.connect(self._filter)
        label = QLabel(tr("Dokumentets &innehåll:"))
        label.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.only_structure)
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._current)

    def set_result(self, result: WordImport) -> None:
        """Refresh the markers (and the filter), keeping the selected block."""
        current = self.current_block()
        self.model.set_result(result)
        self.filter.refilter()
        if current is not None and self.current_block() != current:
            self.select(current)

    def current_block(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(BLOCK_ROLE)) if index.isValid() else None

    def select(self, block: int) -> None:
        """Make ``block`` the current row (when the filter shows it)."""
        index = self.filter.mapFromSource(self.model.index(block, BLOCK))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.view.scrollTo(index)

    def _filter(self, only: bool) -> None:
        current = self.current_block()
        self.filter.set_only_structure(only)
        if current is not None:
            self.select(current)

    def _current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(int(index.data(BLOCK_ROLE)))
