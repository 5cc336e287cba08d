"""The risk matrix: sannolikhet up the side, konsekvens along the bottom, each cell in its
colour band with the number of controls in it. Clicking a cell (or Enter on it) filters.

A cell's text is black or white, whichever reads better on its band's colour; the bands'
names and ranges are listed beside the matrix (``legend_html``): not by colour alone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vplan_desktop import domain as d
from vplan_desktop.colours import BLACK, is_colour, text_colour_on
from vplan_desktop.risk_legend import legend
from vplan_desktop.ui.i18n import tr

NO_BAND = "#dddddd"
LABEL_WIDTH = 104
LABEL_HEIGHT = 44
CELL_MIN = 66
CELL_MIN_HEIGHT = 34
"""Low enough for the matrix to stand below the table on a laptop and leave the table three
rows; two lines of a cell (the value and "(2 st)") still fit."""


class RiskMatrix(QWidget):
    cellChosen = Signal(object)
    """(sannolikhet, konsekvens) of the chosen cell, or None when the choice is cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = d.RiskScale(4, ("1", "2", "3", "4"), ("1", "2", "3", "4"), ())
        self.counts: dict[tuple[int, int], int] = {}
        self.chosen: tuple[int, int] | None = None
        self.focus_cell = (1, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Riskmatris"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(QSize(LABEL_WIDTH + 4 * CELL_MIN, LABEL_HEIGHT + 4 * CELL_MIN_HEIGHT))
        self.setMaximumSize(QSize(LABEL_WIDTH + 5 * 90, LABEL_HEIGHT + 5 * 70))

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 5 * 64, LABEL_HEIGHT + 5 * 52)

    def set_data(self, scale: d.RiskScale, rows: tuple[d.Internkontroll, ...]) -> None:
        self.scale = scale
        self.counts = {}
        for row in rows:
            if row.sannolikhet and row.konsekvens:
                key = (row.sannolikhet, row.konsekvens)
                self.counts[key] = self.counts.get(key, 0) + 1
        if self.chosen and max(self.chosen) > scale.storlek:
            self.choose(None)
        self.update()

    def _cell_rect(self, sannolikhet: int, konsekvens: int) -> QRect:
        n = self.scale.storlek
        width = (self.width() - LABEL_WIDTH) // n
        height = (self.height() - LABEL_HEIGHT) // n
        return QRect(
            LABEL_WIDTH + (konsekvens - 1) * width, (n - sannolikhet) * height, width, height
        )

    def cell_colours(self, sannolikhet: int, konsekvens: int) -> tuple[str, str]:
        """A cell's fill and the colour of its text."""
        band = self.scale.band_for(sannolikhet * konsekvens)
        fill = band.farg if band and is_colour(band.farg) else NO_BAND
        return fill, text_colour_on(fill)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        n = self.scale.storlek
        for s in range(1, n + 1):
            for k in range(1, n + 1):
                if self._cell_rect(s, k).contains(point):
                    return s, k
        return None

    def choose(self, cell: tuple[int, int] | None) -> None:
        self.chosen = None if cell == self.chosen else cell
        self.cellChosen.emit(self.chosen)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = self.scale.storlek
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        for s in range(1, n + 1):
            for k in range(1, n + 1):
                rect = self._cell_rect(s, k).adjusted(1, 1, -1, -1)
                fill, ink = self.cell_colours(s, k)
                painter.fillRect(rect, QColor(fill))
                if (s, k) == self.chosen:
                    painter.setPen(QPen(QColor(BLACK), 3))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
                if (s, k) == self.focus_cell and self.hasFocus():
                    painter.setPen(QPen(QColor("#1a4f9c"), 2, Qt.PenStyle.DashLine))
                    painter.drawRect(rect.adjusted(4, 4, -4, -4))
                count = self.counts.get((s, k), 0)
                painter.setPen(QColor(ink))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignCenter,
                    f"{s * k}\n" + tr("({count} st)").format(count=count) if count else str(s * k),
                )
        painter.setFont(small)
        painter.setPen(self.palette().windowText().color())
        for level in range(1, n + 1):
            row = self._cell_rect(level, 1)
            painter.drawText(
                QRect(0, row.top(), LABEL_WIDTH - 6, row.height()),
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                f"{level} {self.scale.sannolikhet[level - 1]}",
            )
            column = self._cell_rect(1, level)
            painter.drawText(
                QRect(column.left(), column.bottom() + 4, column.width(), LABEL_HEIGHT - 6),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                f"{level} {self.scale.konsekvens[level - 1]}",
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self.focus_cell = cell
            self.choose(cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        s, k = self.focus_cell
        n = self.scale.storlek
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if event.key() in moves:
            ds, dk = moves[Qt.Key(event.key())]
            self.focus_cell = (min(max(s + ds, 1), n), min(max(k + dk, 1), n))
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(self.focus_cell)
        elif event.key() == Qt.Key.Key_Escape and self.chosen:
            self.choose(self.chosen)
        else:
            super().keyPressEvent(event)


def legend_html(scale: d.RiskScale) -> str:
    """The bands as a legend under the matrix: each name in its colour, with its range."""
    entries = [
        f'<span style="background-color:{e.farg if is_colour(e.farg) else NO_BAND}; '
        f'color:{e.text_farg if is_colour(e.farg) else BLACK}">&nbsp;{escape(e.namn)}&nbsp;</span>'
        f"&nbsp;{e.range_text}"
        for e in legend(scale)
    ]
    return tr("<b>Riskband:</b>") + " " + " &nbsp; ".join(entries) if entries else ""
