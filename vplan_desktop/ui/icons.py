"""vplan's own icon, and the small line icons of the tool buttons (Tabler Icons, MIT: see
resources/icons/ui/LICENSE-tabler.txt), drawn in the palette's text colour."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QPushButton, QWidget

from vplan_desktop.paths import resource

UI_ICON_SIZES = (16, 20, 24, 32, 48)
"""Drawn at each: 32 and 48 serve 16 and 24 on a screen scaled to 200 %."""


def app_icon() -> QIcon:
    """vplan's icon in every shipped size."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource(f"icons/vplan-{size}.png")))
    return icon


def ui_icon(
    name: str,
    palette: QPalette,
    *,
    weight: float = 2.0,
    slant: float = 0.0,
    sizes: tuple[int, ...] = UI_ICON_SIZES,
    disabled: bool = True,
) -> QIcon:
    """The line icon ``resources/icons/ui/<name>.svg`` in ``palette``'s button text colour,
    and in its disabled text colour for a disabled button, so that it reads on a light and a
    dark theme alike. ``weight`` is the line's width (the icons draw 2 in 24); ``slant`` leans
    it as italic type does (0.2: a fifth of its height). ``sizes``: the pixel sizes drawn
    (an icon only ever shown at one size needs that and its double). Without ``disabled``,
    no disabled look is drawn (for an icon on something never disabled)."""
    svg = resource(f"icons/ui/{name}.svg").read_text(encoding="utf-8")
    svg = svg.replace('stroke-width="2"', f'stroke-width="{weight:g}"')
    icon = QIcon()
    modes = [(QIcon.Mode.Normal, QPalette.ColorGroup.Active)]
    if disabled:
        modes.append((QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled))
    for mode, group in modes:
        colour = palette.color(group, QPalette.ColorRole.ButtonText).name()
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
        if not renderer.isValid():
            raise ValueError(f"Ikonen {name}.svg går inte att läsa.")
        for size in sizes:
            icon.addPixmap(_drawn(renderer, size, slant), mode)
    return icon


def _drawn(renderer: QSvgRenderer, size: int, slant: float) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if slant:
        # The top leans right, the foot left, around the middle.
        painter.translate(size * slant / 2, 0)
        painter.shear(-slant, 0)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


class IconButton(QPushButton):
    """A button with a line icon before its text, in the palette's colours, drawn again
    when the palette changes (the system went light or dark)."""

    def __init__(self, text: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.icon_name = icon
        self.setIcon(ui_icon(icon, self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.setIcon(ui_icon(self.icon_name, self.palette()))
