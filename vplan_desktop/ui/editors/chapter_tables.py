"""Tables in the chapter editor: "Infoga tabell…", "Lägg till rad", "Ta bort rad", and Tab
from cell to cell. A table's first row is its header; the text is kept as Markdown (see
``chapter_markdown``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QTextTable
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.errors import InputError
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.editors.chapter_markdown import (
    align_column,
    outer_table,
    style_header,
    table_block,
    table_format,
)
from vplan_desktop.ui.i18n import tr

MAX_ROWS = 20
MAX_COLUMNS = 8
"""A table in a chapter is a small one; larger tables belong in the plan's own sections."""


def check_size(rows: int, columns: int) -> None:
    """Refuse a table size outside 1–20 rows (the header row counted) and 1–8 columns."""
    if not 1 <= rows <= MAX_ROWS:
        raise InputError(
            tr("En tabell kan ha 1–{most} rader (rubrikraden medräknad).").format(most=MAX_ROWS)
        )
    if not 1 <= columns <= MAX_COLUMNS:
        raise InputError(tr("En tabell kan ha 1–{most} kolumner.").format(most=MAX_COLUMNS))


class TableSizeDialog(QDialog):
    """Asks how many rows and columns the new table has (3 × 3 to start with)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Infoga tabell"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.rows = QSpinBox()
        self.columns = QSpinBox()
        # Wider than allowed: a number typed beyond the limit gets a message, where a spin
        # box would silently refuse the key.
        for spin, name in ((self.rows, tr("Antal rader")), (self.columns, tr("Antal kolumner"))):
            spin.setRange(0, 99)
            spin.setValue(3)
            spin.setAccessibleName(name)
        form.addRow(buddy_label(tr("&Rader:"), self.rows), self.rows)
        form.addRow(buddy_label(tr("&Kolumner:"), self.columns), self.columns)
        layout.addLayout(form)
        hint = QLabel(tr("Första raden blir tabellens rubrikrad."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Infoga")))
        self.rows.setFocus()
        self.rows.selectAll()

    def accept(self) -> None:
        try:
            check_size(self.rows.value(), self.columns.value())
        except InputError as error:
            self.error.setText(error.message)
            return
        super().accept()


class ChapterTables(QObject):
    """The table actions of a chapter editor's text field. ``before_change`` is called before
    a table or a row is added or removed, so that what was typed before is saved as a step of
    its own and an undo takes back the table change alone."""

    def __init__(self, text: QTextEdit, before_change: Callable[[], None]) -> None:
        super().__init__(text)
        self.text = text
        self._before_change = before_change
        self.insert_action = self._action(
            tr("Tabell…"), tr("Infoga tabell (Ctrl+Shift+T)"), "Ctrl+Shift+T", self.ask_and_insert
        )
        self.add_row_action = self._action(
            tr("Lägg till rad"),
            tr("Lägg till en rad under raden där markören står (Ctrl+Shift+Enter)"),
            "Ctrl+Shift+Return",
            self.add_row,
        )
        self.remove_row_action = self._action(
            tr("Ta bort rad"),
            tr("Ta bort tabellraden där markören står (Ctrl+Shift+Backspace)"),
            "Ctrl+Shift+Backspace",
            self.remove_row,
        )
        self.actions = (self.insert_action, self.add_row_action, self.remove_row_action)
        self.more_actions: list[QAction] = []
        """Further actions of the text's menu, under the table's (the images')."""
        self.keys = [action.shortcut() for action in self.actions]
        text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        text.customContextMenuRequested.connect(self._menu)
        text.cursorPositionChanged.connect(self.update_actions)
        text.installEventFilter(self)
        self.update_actions()

    def _action(self, text: str, tip: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.text)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.text.addAction(action)
        return action

    def _table(self) -> QTextTable | None:
        """The table the cursor stands in (the innermost, as the user sees it)."""
        return self.text.textCursor().currentTable()

    def update_actions(self) -> None:
        """A table is inserted outside tables; rows are added and removed inside one."""
        inside = self._table() is not None
        self.insert_action.setEnabled(not inside)
        self.add_row_action.setEnabled(inside)
        self.remove_row_action.setEnabled(inside)

    def context_menu(self, position: QPoint) -> QMenu:
        """The text field's own menu (Ångra, Kopiera, …) with the table actions under it."""
        menu = self.text.createStandardContextMenu(position)
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)
        if self.more_actions:
            menu.addSeparator()
            menu.addActions(self.more_actions)
        return menu

    def _menu(self, position: QPoint) -> None:
        menu = self.context_menu(position)
        menu.exec(self.text.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- the actions ---------------------------------------------------------------------

    def ask_and_insert(self) -> None:
        if outer_table(self.text.textCursor()) is not None:
            return
        dialog = TableSizeDialog(self.text.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.insert(dialog.rows.value(), dialog.columns.value())

    def insert(self, rows: int, columns: int) -> QTextTable | None:
        """An empty table of ``rows`` (its header row counted) × ``columns`` after the
        paragraph the cursor stands in; the cursor goes to its first cell."""
        check_size(rows, columns)
        cursor = self.text.textCursor()
        if outer_table(cursor) is not None:
            return None  # a table in a table's cell would not survive as Markdown
        self._before_change()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.beginEditBlock()
        table = cursor.insertTable(rows, columns, table_format())
        style_header(table)
        cursor.endEditBlock()
        self._go_to(table, 0, 0)
        return table

    def add_row(self) -> None:
        """A new empty row under the cursor's row; the cursor goes to its first cell."""
        table = self._table()
        if table is None:
            return
        self._before_change()
        row = table.cellAt(self.text.textCursor()).row() + 1
        table.insertRows(row, 1)
        for column, align in enumerate(table_block(table).align):
            align_column(table, column, align)  # the new cells line up as their column
        self._go_to(table, row, 0)

    def remove_row(self) -> None:
        """Remove the cursor's row; the only row left takes the table with it."""
        table = self._table()
        if table is None:
            return
        self._before_change()
        cursor = self.text.textCursor()
        row = table.cellAt(cursor).row()
        if table.rows() == 1:
            # Without a paragraph of its own after the table, Qt would join the paragraphs
            # before and after it into one.
            after = QTextCursor(self.text.document())
            after.setPosition(table.lastPosition() + 1)
            after.beginEditBlock()
            after.insertBlock()
            table.removeRows(0, 1)
            after.endEditBlock()
            return
        table.removeRows(row, 1)
        if row == 0:
            style_header(table)  # the next row is the header now
        self._go_to(table, min(row, table.rows() - 1), 0)

    def _go_to(self, table: QTextTable, row: int, column: int) -> None:
        # At the end of its text, as typing there adds to it (Word selects it instead).
        self.text.setTextCursor(table.cellAt(row, column).lastCursorPosition())
        self.text.setFocus()

    # --- Tab from cell to cell -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab and Shift+Tab move between a table's cells (the text field's Tab otherwise
        moves the focus on); Tab in the last cell adds a row, as in Word."""
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        table = self._table()
        if table is None:
            return False
        cell = table.cellAt(self.text.textCursor())
        back = key == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        step = -1 if back else cell.columnSpan()  # past a cell merged over several columns
        place = cell.row() * table.columns() + cell.column() + step
        if place >= table.rows() * table.columns():
            self.add_row()
        elif place >= 0:
            self._go_to(table, *divmod(place, table.columns()))
        return True
