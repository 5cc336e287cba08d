"""Each navigator entry shows its status mark and its section's icon, in light and dark."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from vplan_desktop.completeness import State
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.navigator import Navigator, state_icon
from vplan_desktop.ui.section_icons import GAP, MARK, SIZE, SectionIcons, icon_name
from vplan_desktop.ui.style import Scheme, palette_for


def _image(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(SIZE, 1.0, mode).toImage()


def _part(image: QImage, left: int) -> list[int]:
    """The pixels of one 16-px square of an entry's icon."""
    return [image.pixel(x, y) for x in range(left, left + MARK) for y in range(MARK)]


def test_every_entry_has_its_section_icon_beside_its_mark(qtbot: QtBot, example_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as document:
        example_plan = read_plan(document)
    for follow_up in (False, True):
        navigator = Navigator()
        qtbot.addWidget(navigator)
        navigator.rebuild(example_plan, follow_up=follow_up)
        for key, item in navigator._items.items():
            image = _image(item.icon(0))
            assert (image.width(), image.height()) == (SIZE.width(), SIZE.height()), key
            assert any(QColor.fromRgba(p).alpha() for p in _part(image, MARK + GAP)), (
                f"{key}: no section icon"
            )
    icons = {
        name: _part(_image(navigator._items[name].icon(0)), MARK + GAP)
        for name in ("mal", "granskning")
    }
    assert icons["mal"] != icons["granskning"]


def test_a_chapter_has_the_chapters_icon() -> None:
    assert icon_name("kapitel:12") == icon_name("kapitel") == "file-text"
    assert icon_name("budget") == "coins"


def test_the_section_icon_reads_on_a_selected_entry_and_in_the_dark(qtbot: QtBot) -> None:
    for scheme in Scheme:
        palette = palette_for(scheme)
        icons = SectionIcons(palette)
        pair = icons.with_mark(state_icon(State.COMPLETE), "target")
        for mode, role in (
            (QIcon.Mode.Normal, QPalette.ColorRole.ButtonText),
            (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
        ):
            drawn = [QColor.fromRgba(p) for p in _part(_image(pair, mode), MARK + GAP) if p >> 24]
            strongest = max(drawn, key=lambda c: c.alpha())
            expected = palette.color(role)
            assert abs(strongest.lightness() - expected.lightness()) < 40, (scheme, mode)
