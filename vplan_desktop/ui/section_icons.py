"""The navigator's section icons (Tabler line icons in the palette's colour), drawn beside
each entry's status mark: the mark first, so the marks stand in one column, then the icon
that tells the sections apart at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from vplan_desktop.sections import Section, chapter_of_key
from vplan_desktop.ui.icons import ui_icon

MARK = 16
"""The mark's and the icon's side in the navigator, in device-independent pixels."""
GAP = 6
SIZE = QSize(MARK + GAP + MARK, MARK)
"""The size of an entry's icon: the mark, a gap and the section icon."""

_NAMES = {
    Section.UPPGIFTER.value: "file-info",
    Section.KAPITEL.value: "file-text",
    Section.MAL.value: "target",
    Section.AKTIVITETER.value: "list-check",
    "budget": "coins",
    Section.DRIFT.value: "report-money",
    Section.RESULTAT.value: "scale",
    Section.INVESTERINGAR.value: "building",
    Section.NYCKELTAL.value: "chart-bar",
    Section.INTERNKONTROLL.value: "shield-check",
    Section.UPPFOLJNING.value: "progress-check",
    Section.GRANSKNING.value: "checkup-list",
}


def icon_name(key: str) -> str:
    """The icon of the navigator entry ``key`` ("mal", "budget", "kapitel:7", …)."""
    if chapter_of_key(key) is not None:
        return _NAMES[Section.KAPITEL.value]
    return _NAMES[key]


class SectionIcons:
    """The section icons in one palette's colours, and the entries' icons made of a mark and
    a section icon (each drawn once per pair)."""

    def __init__(self, palette: QPalette) -> None:
        self.palette = palette
        self.selected = QPalette(palette)
        """The palette of a selected entry: its icon in the highlighted text's colour."""
        highlighted = palette.color(QPalette.ColorRole.HighlightedText)
        self.selected.setColor(QPalette.ColorRole.ButtonText, highlighted)
        self._icons: dict[tuple[str, bool], QIcon] = {}
        self._pairs: dict[tuple[int, str], QIcon] = {}
        app = QGuiApplication.instance()
        sharpest = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 2.0
        self.scales = (1, 2) if sharpest > 1 else (1,)
        """The scales drawn: 100 %, and 200 % where a screen has more pixels (a window moved
        to it draws from them)."""

    def icon(self, name: str, *, selected: bool = False) -> QIcon:
        if (name, selected) not in self._icons:
            palette = self.selected if selected else self.palette
            sizes = tuple(MARK * scale for scale in self.scales)
            # (drawn into the entries' own icons, whose disabled look Qt makes from them)
            self._icons[name, selected] = ui_icon(
                name, palette, weight=1.75, sizes=sizes, disabled=False
            )
        return self._icons[name, selected]

    def with_mark(self, mark: QIcon, name: str) -> QIcon:
        """``mark`` and the icon ``name`` side by side, sharp at each of ``scales``; on a selected
        entry the icon takes the highlighted text's colour, as its title does."""
        key = (mark.cacheKey(), name)
        if key not in self._pairs:
            pair = QIcon()
            for mode, selected in ((QIcon.Mode.Normal, False), (QIcon.Mode.Selected, True)):
                for scale in self.scales:
                    pixmap = QPixmap(SIZE * scale)
                    pixmap.setDevicePixelRatio(scale)
                    pixmap.fill(Qt.GlobalColor.transparent)
                    painter = QPainter(pixmap)
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                    side = QSize(MARK, MARK)
                    painter.drawPixmap(QRect(0, 0, MARK, MARK), mark.pixmap(side, scale))
                    section = self.icon(name, selected=selected).pixmap(side, scale)
                    painter.drawPixmap(QRect(MARK + GAP, 0, MARK, MARK), section)
                    painter.end()
                    pair.addPixmap(pixmap, mode)
            self._pairs[key] = pair
        return self._pairs[key]
