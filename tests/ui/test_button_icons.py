"""A section's action buttons carry a line icon, drawn in the palette's colours."""

from __future__ import annotations

import ast
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette

from vplan_desktop.paths import resource
from vplan_desktop.ui.editors.base import tool_button
from vplan_desktop.ui.icons import IconButton
from vplan_desktop.ui.style import Scheme, palette_for

UI = Path(__file__).resolve().parents[2] / "vplan_desktop" / "ui"


def _calls_without_icon() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            given = len(node.args) >= (3 if name == "tool_button" else 6) or any(
                k.arg == "icon" for k in node.keywords
            )
            if name in ("tool_button", "_tree_action") and not given:
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    return found


def test_every_action_button_names_its_icon() -> None:
    assert _calls_without_icon() == []


def test_every_named_icon_is_shipped() -> None:
    names = set()
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.keyword) or node.arg != "icon":
                continue
            if isinstance(node.value, ast.Constant):
                names.add(str(node.value.value))
    assert len(names) > 10
    for name in names:
        assert resource(f"icons/ui/{name}.svg").is_file(), name


def _darkest_alpha_pixel(button: IconButton) -> QColor:
    image = button.icon().pixmap(QSize(24, 24)).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert drawn, "the icon draws nothing"
    return drawn[0]


def test_the_icon_follows_the_light_and_dark_palette(qtbot: QtBot) -> None:
    button = tool_button("Ny aktivitet…", icon="plus")
    qtbot.addWidget(button)
    assert isinstance(button, IconButton) and not button.icon().isNull()
    for scheme in Scheme:
        palette = palette_for(scheme)
        button.setPalette(palette)
        colour = _darkest_alpha_pixel(button)
        expected = palette.color(QPalette.ColorRole.ButtonText)
        assert abs(colour.lightness() - expected.lightness()) < 30, scheme
