"""The main window's size: as the user left it, or on a first start room for the tables.

Light (Qt and the settings only): the window's first frame opens at the same place and size as
the window that follows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vplan_desktop.ui.settings import settings

GEOMETRY_KEY = "fonster/geometri"


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width``×``height``, or 90 % of the screen where that is smaller."""
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() * 9 // 10)
        height = min(height, available.height() * 9 // 10)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))


def restore_window_size(window: QWidget) -> None:
    """The place and size the main window had when it was last closed; on a first start room
    for the tables (laid out for 1366×768), not Qt's small default."""
    geometry = settings().value(GEOMETRY_KEY)
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window, 1366, 860)
