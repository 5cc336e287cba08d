"""Keeping where the user is in the window's tables while the plan is read again behind her.

Another user's edit that adds or removes a row resets the table models (``models.table``),
and a reset forgets the current cell, the selection and the scroll position. ``kept_places``
notes them for every visible table before the refresh and puts them back after it: the current
row is found again by its item's id (``ROW_ID_ROLE``), in the same column.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from vplan_desktop.ui.models.table import ROW_ID_ROLE


@dataclass(frozen=True)
class Place:
    row_id: object
    """The id of the item in the current row (None: no current row, or a view without ids)."""
    column: int
    selected: frozenset[object]
    """The ids of the selected rows."""
    scroll: tuple[int, int]
    """The horizontal and vertical scroll positions."""


def place_of(view: QAbstractItemView) -> Place:
    current = view.currentIndex()
    row_id = current.data(ROW_ID_ROLE) if current.isValid() else None
    model = view.selectionModel()
    selected = (
        frozenset(
            found
            for index in model.selectedIndexes()
            if (found := index.data(ROW_ID_ROLE)) is not None
        )
        if model is not None
        else frozenset()
    )
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    return Place(row_id, current.column() if current.isValid() else 0, selected, scroll)


def restore(view: QAbstractItemView, place: Place) -> None:
    """Put ``place`` back in ``view`` where the refresh lost it (a model that was only told
    of changed cells kept it itself, and is left alone)."""
    now = view.currentIndex()
    kept = now.isValid() and now.data(ROW_ID_ROLE) == place.row_id
    if place.row_id is None or kept:
        if not now.isValid() and place.scroll != (0, 0):
            _scroll(view, place.scroll)
        return
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return
    found: QModelIndex | None = None
    for row in range(model.rowCount()):
        row_id = model.index(row, 0).data(ROW_ID_ROLE)
        if row_id == place.row_id:
            found = model.index(row, min(place.column, model.columnCount() - 1))
        if row_id in place.selected and row_id != place.row_id:
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    if found is not None:
        flags = QItemSelectionModel.SelectionFlag.Select
        if view.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(found, flags)
    _scroll(view, place.scroll)


def _scroll(view: QAbstractItemView, scroll: tuple[int, int]) -> None:
    view.horizontalScrollBar().setValue(scroll[0])
    view.verticalScrollBar().setValue(scroll[1])


@contextmanager
def kept_places(root: QWidget) -> Iterator[None]:
    """The block may reset the models of the tables under ``root``: each visible table keeps
    its current row and column, selected rows and scroll position."""
    places = [
        (view, place_of(view))
        for view in root.findChildren(QAbstractItemView)
        if view.isVisible() and view.model() is not None
    ]
    yield
    for view, place in places:
        restore(view, place)
