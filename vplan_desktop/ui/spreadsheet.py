"""A table view that behaves like a spreadsheet: paste a block from Excel, copy one out,
Delete empties the selected cells. A paste or a clear is one action: saved whole or not at
all, and one step on the undo stack."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import NBSP
from vplan_desktop.services.changes import all_or_nothing
from vplan_desktop.ui.delegates import PlanDelegate
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.models.table import ROW_ID_ROLE, ColumnTableModel
from vplan_desktop.ui.table_layout import ColumnFitter, ElidedToolTips


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text, as Excel and LibreOffice put on the clipboard."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class SpreadsheetView(QTableView):
    """A QTableView over a ``ColumnTableModel`` with spreadsheet keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        # Every grid's cells check typed text before they close (see PlanDelegate).
        self.setItemDelegate(PlanDelegate(self))
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.tooltips = ElidedToolTips(self)
        self.fitter: ColumnFitter | None = None

    def share_width(self, text_columns: dict[int, int]) -> ColumnFitter:
        """Wrap the text columns (column: narrowest width) and let them fill the width the
        other columns leave; call after the model is set."""
        self.fitter = ColumnFitter(self, text_columns)
        self.fitter.fit()
        return self.fitter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
        elif event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.copy_text())
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selection_cells()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and not event.modifiers()
            & ~Qt.KeyboardModifier.ShiftModifier
            & ~Qt.KeyboardModifier.KeypadModifier
        ):
            # As in Excel: Enter goes down a row, Shift+Enter up (F2 or typing edits).
            self._move_rows(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # left with Enter
            self._move_rows(1)

    def _move_rows(self, step: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(current.row() + step, current.column())
        if target.isValid():
            self.setCurrentIndex(target)  # the selection follows, as after an arrow key
            self.scrollTo(target)

    def select_item(self, row_id: object, field: str | None = None) -> bool:
        """Make the cell of an item (and a field) current, scroll to it and take the focus."""
        model = self.model()
        column = self.grid_model().column_for(field)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if index.data(ROW_ID_ROLE) == row_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                self.setFocus()
                return True
        return False

    def grid_model(self) -> ColumnTableModel:
        """The column model under the view (through a sort/filter proxy if there is one)."""
        model = self.model()
        while isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        assert isinstance(model, ColumnTableModel)
        return model

    def _source(self, index: QModelIndex) -> QModelIndex:
        """The index in the column model of an index shown in the view."""
        model = self.model()
        while isinstance(model, QSortFilterProxyModel):
            index = model.mapToSource(index)
            model = model.sourceModel()
        return index

    def _top_left(self) -> QModelIndex:
        selected = self.selectedIndexes()
        if selected:
            return min(selected, key=lambda i: (i.row(), i.column()))
        return self.currentIndex()

    def paste(self, text: str) -> bool:
        """Put a tab-separated block into the grid from the selected cell on.

        Every value is checked first; if one is wrong, nothing is changed and the message
        names its cell.
        """
        model = self.grid_model()
        view_model = self.model()
        start = self._top_left()
        block = parse_block(text)
        if not start.isValid() or not block:
            return False
        prepared = []
        try:
            for r, cells in enumerate(block):
                for c, cell in enumerate(cells):
                    shown = view_model.index(start.row() + r, start.column() + c)
                    if not shown.isValid():
                        continue
                    index = self._source(shown)
                    try:
                        edit = model.prepare(index, cell)
                    except InputError as error:
                        header = model.headerData(index.column(), Qt.Orientation.Horizontal)
                        raise InputError(
                            tr("Rad {row}, {column}: {message}").format(
                                row=shown.row() + 1,
                                column=str(header).splitlines()[0],
                                message=error.message,
                            )
                        ) from None
                    if edit is not None:
                        prepared.append(edit)
        except InputError as error:
            model.context.failed.emit(
                tr("Inget klistrades in. {message}").format(message=error.message)
            )
            return False
        return self._apply(prepared, QT_TR_NOOP("Klistra in"))

    def clear_selection_cells(self) -> None:
        model = self.grid_model()
        prepared = []
        for shown in self.selectedIndexes():
            try:
                edit = model.prepare(self._source(shown), "")
            except InputError:
                continue
            if edit is not None:
                prepared.append(edit)
        self._apply(prepared, QT_TR_NOOP("Töm celler"))

    def _apply(self, prepared: list, text: str) -> bool:
        """Run the prepared cell edits as one action: all are saved, or none is (the message
        says which cell was refused), and one undo step reverts them all."""
        if not prepared:
            return False
        model = self.grid_model()
        edits = [edit for _undo_text, edit in prepared]
        undo_text = prepared[0][0] if len(prepared) == 1 else tr(text)
        refused = tr("Inget klistrades in.") if text == "Klistra in" else tr("Inga celler tömdes.")
        action = partial(all_or_nothing, edits=edits, refused=refused)
        return model.context.edit(undo_text, action) is not None

    def copy_text(self) -> str:
        """The selected block as tab-separated text; numbers without thousands separators,
        as Excel reads them."""
        selected = self.selectedIndexes()
        if not selected:
            return ""
        rows = sorted({i.row() for i in selected})
        columns = sorted({i.column() for i in selected})
        chosen = {(i.row(), i.column()) for i in selected}
        model = self.model()
        lines = []
        for row in rows:
            cells = []
            for column in columns:
                text = str(model.index(row, column).data() or "") if (row, column) in chosen else ""
                cells.append(text.replace(NBSP, "") if _numeric(text) else text)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"


def _numeric(text: str) -> bool:
    stripped = text.replace(NBSP, "").replace(" ", "").replace(",", "").lstrip("-")
    return stripped.isdigit()
