"""A date cell editor: the date is typed as text (read by ``formatting.parse_date``), or picked
in a calendar from the button at its end (Alt+Ned or F4 opens it from the keyboard)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.ui.i18n import tr

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def calendar_icon() -> QIcon:
    """A small calendar page: a red top edge over a grid of days."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#555555"), 2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(4, 6, 24, 22, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawRect(5, 7, 22, 6)
    painter.setBrush(QColor("#555555"))
    for row in range(3):
        for column in range(4):
            painter.drawRect(8 + column * 5, 15 + row * 4, 3, 2)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A line edit for one date; ``chosen`` is emitted when a date was picked in the calendar
    (the cell saves it and closes, as after Enter)."""

    chosen = Signal()

    def __init__(
        self, parent: QWidget | None = None, calendar_start: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.calendar_start = calendar_start
        """Where the calendar opens when the field holds no date (January of the plan's first
        year); today when not given."""
        self.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.setToolTip(
            tr("Skriv datum som 2027-02-01, 2027-2-1 eller 1/2 2027, eller välj i kalendern.")
        )
        self.calendar_action = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setText(tr("Välj datum i kalendern"))  # its button's accessible name
        self.calendar_action.setToolTip(tr("Välj datum i kalendern (Alt+Ned)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None

    def fitting_width(self) -> int:
        """The width that shows a whole date (or the ÅÅÅÅ-MM-DD hint) beside the button."""
        text = max(
            "2027-12-31 ", self.placeholderText() + " ", key=self.fontMetrics().horizontalAdvance
        )
        button = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 12
        return self.fontMetrics().horizontalAdvance(text) + button + 12

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def date(self) -> dt.date | None:
        """The date typed, or None when the text is empty or no date."""
        try:
            return parse_date(self.text())
        except InputError:
            return None

    def start_date(self) -> dt.date:
        """The date the calendar shows first: the one typed, else ``calendar_start``."""
        return self.date() or self.calendar_start or dt.date.today()

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar below the field, at the typed date or ``calendar_start``."""
        # A child of the field, so the cell editor stays open while the calendar has the focus.
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setLocale(SWEDISH)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers  # Swedes plan in weeks
        )
        calendar.setGridVisible(True)
        start = self.start_date()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - calendar.width())
        y = below.y()
        if y + calendar.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - calendar.height()
        calendar.move(max(x, screen.left()), max(y, screen.top()))
        self.calendar = calendar
        calendar.destroyed.connect(self._calendar_gone)
        calendar.show()
        calendar.setFocus()
        return calendar

    def _calendar_gone(self) -> None:
        self.calendar = None

    def _picked(self, date: QDate) -> None:
        self.setText(format_date(dt.date(date.year(), date.month(), date.day())))
        if self.calendar is not None:
            self.calendar.close()
        self.setFocus()
        self.chosen.emit()
