"""What the follow-up grids share: rows of the period the window shows, edits that go through
``PlanContext.edit_follow_up`` (allowed on an adopted plan), the colour of a cell that asks to
be written and the marker of a large deviation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from vplan_desktop.colours import text_colour_on
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_data import Uppfoljning
from vplan_desktop.formatting import MONTHS
from vplan_desktop.sections import ItemKind
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import Edit, PlanContext
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.models.table import ColumnTableModel, Index
from vplan_desktop.ui.style import ToneUse, tone

NEEDS_TEXT = tone("skrivHar", "#ffe3b0", "#5a4315", ToneUse.FILL)
"""Behind a cell that should be written (a large deviation's comment, a deviation's åtgärd)."""
MARKER_RED = tone("avvikelse", "#c62828", "#ef5350", ToneUse.MARK)
"""The large deviation's triangle: 3:1 against the grid in either scheme (ui/style.py)."""


def utfall_heading(period: Uppfoljning | None) -> str:
    """The heading of the utfall column: the months the outcome covers ("Utfall jan–apr")."""
    if period is None or period.slutdatum is None:
        return tr("Utfall hittills")
    month = period.slutdatum.month
    if month == 1:
        return tr("Utfall jan")
    return tr("Utfall jan–{month}").format(month=MONTHS[month - 1][:3])


_MARKER: dict[int, QIcon] = {}
"""The marker drawn, by its colour (it is drawn again in the other scheme)."""


def large_marker() -> QIcon:
    """A red warning triangle with an exclamation mark: a deviation beyond the threshold (a
    shape as well as a colour, so that it is seen without telling red from green)."""
    key = MARKER_RED.rgba()
    if key not in _MARKER:
        size = 32  # drawn large and scaled down by the view: sharp on high-DPI screens too
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARKER_RED)
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, 2), QPointF(size - 1, size - 3), QPointF(1, size - 3)])
        )
        sign = QColor(text_colour_on(MARKER_RED.name()))  # black or white, whichever reads
        pen = QPen(sign, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(size / 2, 11), QPointF(size / 2, 19))
        painter.drawPoint(QPointF(size / 2, 24.5))
        painter.end()
        _MARKER[key] = QIcon(pixmap)
    return _MARKER[key]


class FollowUpModel(ColumnTableModel):
    """A grid of the period the window shows (``PlanContext.period``); none while it shows
    the plan itself."""

    kind: ItemKind
    """The kind of follow-up row an edit writes (``ItemKind.UPPFOLJNING_DRIFT`` …)."""

    def __init__(self, context: PlanContext) -> None:
        super().__init__(context)
        context.period_changed.connect(self._period_changed)

    def _period_changed(self, _period_id: object) -> None:
        self.refresh(None)

    def rows(self) -> Sequence[Any]:
        period = self.context.period
        return [] if period is None else self.period_rows(period)

    def period_rows(self, period: Uppfoljning) -> Sequence[Any]:
        raise NotImplementedError

    def follow_up_edit(self, text: str, item_id: int, fields: dict[str, Any]) -> tuple[str, Edit]:
        """The undo text and the edit that writes ``fields`` of an item at the shown period."""
        period = self.context.period
        if period is None:  # the window went back to the plan while a cell was open
            raise InputError(tr("Välj en uppföljning först; planen själv har inga utfall."))
        return text, seen.set_follow_up(self.context.plan, self.kind, period.id, item_id, fields)

    def decoration(self, row: Any, column: int) -> QIcon | None:
        """An icon before a cell's text (the marker of a large deviation)."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            return self.decoration(self.row_at(index.row()), index.column())
        return super().data(index, role)

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
        return self.context.edit_follow_up(text, edit) is not None
