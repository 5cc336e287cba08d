"""A table model described by columns: what each cell shows, and how an edit is made.

Rows are plain dataclasses from the snapshot. After each edit the model first asks whether
any part of the snapshot it shows was read again (``parts``); if not, it does nothing. Then it
compares the row ids: when they are the same it only says the data changed – for the cells
that look different, when only parts its rows carry changed (``row_parts``), else for all – so
the current cell and the selection stay where the user left them; otherwise it resets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.style import tone

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the item a row shows (None for a computed row such as a total)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts right (numbers as numbers, dates as dates)."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
"""For a picker cell: the (label, value) pairs to choose from."""
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 4
"""The kind of editor a cell wants: "text", "choice", "date" or "multiline"."""
DATE_START_ROLE = Qt.ItemDataRole.UserRole + 5
"""For a date cell: where its calendar opens when the cell is empty (1 January of the plan's
first year)."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WARNING_RED = tone("varningRod", "#b00020", "#ff8a80")


@dataclass(frozen=True)
class Column:
    """One column: its header, how a row shows in it and, if editable, how a value is saved.

    ``commit`` gets the row and the editor's value (text from a line edit, or the value a
    picker offers) and returns the undo text and the edit, or raises ``InputError``.
    """

    header: str
    display: Callable[[Any], str]
    commit: Callable[[Any, Any], tuple[str, Edit]] | None = None
    edit_value: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    accessible: str = ""
    choices: Callable[[Any], list[tuple[str, Any]]] | None = None
    editor: str = "text"
    background: Callable[[Any], QColor | None] | None = None
    field: str = ""
    """The field (or "kolumn:<id>", "malniva:<year>") a finding names for this column."""


def _look(column: Column, row: Any) -> tuple[Any, ...]:
    """What a cell shows of a row: its text, colours, tooltip and sort value."""
    return (
        column.display(row),
        column.edit_value(row) if column.edit_value else None,
        column.tooltip(row) if column.tooltip else None,
        column.foreground(row) if column.foreground else None,
        column.background(row) if column.background else None,
        column.sort_key(row) if column.sort_key else None,
    )


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (first, last) positions of each run of True in ``flags``."""
    runs: list[tuple[int, int]] = []
    for position, flag in enumerate(flags):
        if not flag:
            continue
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class ColumnTableModel(QAbstractTableModel):
    """Rows from ``rows()``, columns from ``columns()``; subclasses supply both."""

    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.context = context
        self._rows: list[Any] = []
        self._columns: list[Column] = []
        self._plan = context.plan
        self._load()
        context.changed.connect(self.refresh)

    # --- to be provided by subclasses ------------------------------------------------------

    parts: tuple[str, ...] = ()
    """The parts of the snapshot (``sections.Part`` values) rows and columns are made from;
    empty: any part may matter, so every edit refreshes the model."""
    row_parts: tuple[str, ...] = ()
    """Those of ``parts`` whose every shown value is carried in the row objects: a change of
    these alone repaints only the rows that differ."""

    def rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    def row_font_bold(self, row: Any) -> bool:
        return False

    # --- the model -----------------------------------------------------------------------

    def _load(self) -> None:
        self._rows = list(self.rows())
        self._columns = self.columns()

    def refresh(self, change: object = None) -> None:
        plan, before = self.context.plan, self._plan
        self._plan = plan
        changed = {part for part in self.parts if getattr(plan, part) is not getattr(before, part)}
        if change is not None and self.parts and not changed:
            return  # the edit was elsewhere in the plan
        old_rows, old_headers = self._rows, [c.header for c in self._columns]
        rows, columns = list(self.rows()), self.columns()
        if not self._same_rows(old_rows, rows) or [c.header for c in columns] != old_headers:
            self.beginResetModel()
            self._rows, self._columns = rows, columns
            self.endResetModel()
            return
        self._rows, self._columns = rows, columns
        if not rows or not columns:
            return
        last = len(columns) - 1
        if change is None or not self.parts or not changed <= set(self.row_parts):
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, last))
            return
        for number, (old, new) in enumerate(zip(old_rows, rows, strict=True)):
            if old is new or old == new:
                continue
            if self.row_font_bold(old) != self.row_font_bold(new):
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
                continue
            # Only the cells that look different: the view repaints and refits just those.
            for first, end in _runs(
                [_look(column, old) != _look(column, new) for column in columns]
            ):
                self.dataChanged.emit(self.index(number, first), self.index(number, end))

    def _same_rows(self, old: Sequence[Any], new: Sequence[Any]) -> bool:
        """Whether ``new`` lists the same rows as ``old``, in the same order (a row object kept
        from the last snapshot is the same row without asking for its id)."""
        row_id = self.row_id
        return len(old) == len(new) and all(
            a is b or row_id(a) == row_id(b) for a, b in zip(old, new, strict=True)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def column_at(self, column: int) -> Column:
        return self._columns[column]

    def column_for(self, field: str | None) -> int:
        """The column a finding's field points at (the first column if none matches)."""
        return next((n for n, c in enumerate(self._columns) if field and c.field == field), 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(row) if column.edit_value else column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and self.row_font_bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        if role == CHOICES_ROLE:
            return column.choices(row) if column.choices else None
        if role == EDITOR_ROLE:
            return "choice" if column.choices else column.editor
        if role == DATE_START_ROLE and column.editor == "date":
            return dt.date(self.context.plan.uppgifter.forsta_ar, 1, 1)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.display(row).casefold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.accessible or column.header}: {column.display(row)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, column = self._rows[index.row()], index.column()
        if (
            self._columns[column].commit is not None
            and self.editable_row(row, column)
            and self.may_write(row, column)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable_row(self, row: Any, column: int) -> bool:
        return True

    def writes(self, row: Any, column: int) -> tuple[str, int | None]:
        """The table an edit of the cell writes, and the verksamhet (id) its row belongs to;
        ("", None): the plan's own, which only a user with a right to the whole plan edits."""
        return "", None

    def may_write(self, row: Any, column: int) -> bool:
        """Whether the user's right lets her edit the cell (``Permissions.may_write``)."""
        permissions = self.context.permissions
        return permissions.can_edit_plan or permissions.may_write(*self.writes(row, column))

    def prepare(self, index: Index, value: Any) -> tuple[str, Edit] | None:
        """The undo text and edit that setting ``value`` at ``index`` means; raises InputError."""
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return None
        column = self._columns[index.column()]
        assert column.commit is not None
        return column.commit(self._rows[index.row()], value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            prepared = self.prepare(index, value)
        except InputError as error:
            self.context.failed.emit(error.message)
            return False
        if prepared is None:
            return False
        text, edit = prepared
        return self.context.edit(text, edit) is not None


def red_if_negative(value: int | None) -> QColor | None:
    return WARNING_RED if value is not None and value < 0 else None


REVIEW_CHOICES = [(QT_TR_NOOP("Att granska"), True), (QT_TR_NOOP("Granskad"), False)]
REVIEW_COLOUR = tone("granskas", "#9c4f00", "#ffb74d")


def review_tint(row: Any) -> QColor | None:
    """The name of an item still to review is shown in orange, so it stands out in any column
    layout (the Granskning column may be scrolled out of view)."""
    return REVIEW_COLOUR if getattr(row, "att_granska", False) else None


def review_column(kind: ItemKind) -> Column:
    """A column that shows an item carried over from last year and lets the user mark it
    as looked at (F2 or typing opens the picker)."""

    def commit(row: Any, value: Any) -> tuple[str, Edit]:
        return tr("Ändra granskning"), partial(
            items.update_item,
            kind_name=kind,
            item_id=row.id,
            fields={"att_granska": bool(value)},
            seen=getattr(row, "version", None) or None,
        )

    return Column(
        tr("Granskning"),
        lambda row: tr("Att granska") if row.att_granska else "",
        commit=commit,
        edit_value=lambda row: row.att_granska,
        choices=lambda row: [(tr(label), value) for label, value in REVIEW_CHOICES],
        foreground=lambda row: WARNING_RED if row.att_granska else None,
        tooltip=lambda row: (
            tr("Överförd från förra årets plan; läs igenom och välj Granskad.")
            if row.att_granska
            else ""
        ),
        field="att_granska",
    )
