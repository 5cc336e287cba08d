"""vplan's own icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from vplan_desktop.paths import resource


def app_icon() -> QIcon:
    """vplan's icon in every shipped size."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource(f"icons/vplan-{size}.png")))
    return icon
