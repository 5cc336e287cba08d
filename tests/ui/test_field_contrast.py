"""What is not text must still be seen (WCAG 1.4.11, 3:1) in both schemes: a text field's
edge (and a number, date or combo field's), the follow-up's status markers and the large
deviation's triangle, and the red a field is outlined in when a finding points at it. Measured
from the real palette (ui/style.py) and from the widgets as drawn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.colours import contrast_ratio
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.ui.editors.base import flash
from vplan_desktop.ui.models.follow_up_activities import (
    PASSED_TINT,
    STATUS_COLOURS,
    status_marker,
)
from vplan_desktop.ui.models.follow_up_table import MARKER_RED, large_marker
from vplan_desktop.ui.style import (
    APPLIED_PROPERTY,
    FIELD_EDGE,
    FOCUS_EDGE,
    REJECTED_EDGE,
    TONES,
    Scheme,
    apply_style,
    palette_for,
    set_tones,
)

SCHEMES = (Scheme.LIGHT, Scheme.DARK)
NON_TEXT = 3.0
"""WCAG 2.1 AA for user interface components and graphics (1.4.11)."""


def _member(colour: QColor, scheme: Scheme) -> str:
    """The light or dark member of a tone's pair, from the palette's register of tones."""
    found = [t for t in TONES.values() if t.colour is colour]
    assert len(found) == 1, "the colour is no tone of ui/style.py"
    return found[0].dark if scheme is Scheme.DARK else found[0].light


def _backgrounds(scheme: Scheme) -> dict[str, str]:
    palette = palette_for(scheme)
    roles = QPalette.ColorRole
    return {
        role.name: palette.color(QPalette.ColorGroup.Active, role).name()
        for role in (roles.Window, roles.Base, roles.AlternateBase)
    }


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_text_fields_edge_and_focus_read_at_3_to_1(scheme: Scheme) -> None:
    for edge in (FIELD_EDGE, FOCUS_EDGE):
        for name, background in _backgrounds(scheme).items():
            ratio = contrast_ratio(_member(edge, scheme), background)
            assert ratio >= NON_TEXT, (scheme, name, ratio)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_status_marker_reads_at_3_to_1_on_its_background(scheme: Scheme) -> None:
    backgrounds = _backgrounds(scheme)
    # A row still to be done whose end date has passed is tinted behind its marker.
    backgrounds["passerat"] = _member(PASSED_TINT, scheme)
    markers = {status.value: colour for status, colour in STATUS_COLOURS.items()}
    assert set(markers) == {status.value for status in UppfoljningStatus}
    markers["avvikelse"] = MARKER_RED
    for marker, colour in markers.items():
        for name, background in backgrounds.items():
            ratio = contrast_ratio(_member(colour, scheme), background)
            assert ratio >= NON_TEXT, (scheme, marker, name, round(ratio, 2))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_rejected_fields_red_reads_at_3_to_1(scheme: Scheme) -> None:
    for name, background in _backgrounds(scheme).items():
        ratio = contrast_ratio(_member(REJECTED_EDGE, scheme), background)
        assert ratio >= NON_TEXT, (scheme, name, ratio)


@pytest.fixture(params=SCHEMES, ids=[s.value for s in SCHEMES])
def styled(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Scheme]:
    """The test's application in one scheme, put back as it was afterwards."""
    scheme: Scheme = request.param
    saved = (qapp.palette(), qapp.styleSheet(), qapp.font(), qapp.property(APPLIED_PROPERTY))
    style = qapp.style().name()
    apply_style(qapp, scheme)
    try:
        yield scheme
    finally:
        set_tones(Scheme.LIGHT)
        qapp.setStyleSheet(saved[1])
        qapp.setPalette(saved[0])
        QApplication.setFont(saved[2])
        qapp.setProperty(APPLIED_PROPERTY, saved[3])
        if qapp.style().name() != style:
            qapp.setStyle(style)


def _edge_pixel(widget: QWidget, window: QWidget) -> str:
    """The colour drawn on a field's left edge, halfway down, as the window shows it."""
    image: QImage = window.grab().toImage()
    point = widget.mapTo(window, widget.rect().topLeft())
    return image.pixelColor(point.x(), point.y() + widget.height() // 2).name()


def test_a_text_field_is_drawn_with_an_edge_seen_against_the_window(
    qtbot: QtBot, styled: Scheme
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    line, text = QLineEdit("Socialnämnden"), QPlainTextEdit("Text")
    layout.addWidget(line)
    layout.addWidget(text)
    window.resize(300, 200)
    window.show()
    QApplication.processEvents()
    background = window.palette().color(QPalette.ColorRole.Window).name()
    for field in (line, text):
        edge = _edge_pixel(field, window)
        ratio = contrast_ratio(edge, background)
        assert ratio >= NON_TEXT, (styled, type(field).__name__, edge, background, ratio)


def test_number_date_and_combo_fields_have_the_text_fields_edge(
    qtbot: QtBot, styled: Scheme
) -> None:
    """A number or date field and a combo box one types in: Fusion's own edge is the window's
    colour a little darker (1,2:1 on dark); vplan draws a text field's edge around them, 2 px
    of the focus colour while they have the focus, and keeps Fusion's arrows."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    number, date, combo = QSpinBox(), QDateEdit(), QComboBox()
    number.setValue(2027)
    combo.setEditable(True)
    combo.addItems(["Enhetschef", "Förvaltningschef"])
    first = QLineEdit()  # takes the focus when the window is shown
    for field in (first, number, date, combo):
        layout.addWidget(field)
    window.resize(300, 200)
    window.show()
    QApplication.processEvents()
    background = window.palette().color(QPalette.ColorRole.Window).name()
    for field in (number, date, combo):
        edge = _edge_pixel(field, window)
        assert edge == _member(FIELD_EDGE, styled), (styled, type(field).__name__, edge)
        assert contrast_ratio(edge, background) >= NON_TEXT
    number.setFocus()
    qtbot.waitUntil(number.hasFocus)
    window.activateWindow()
    QApplication.processEvents()
    assert _edge_pixel(number, window) == _member(FOCUS_EDGE, styled)
    # The up and down arrows are still drawn: the arrow buttons are not one flat colour.
    image = window.grab().toImage()
    corner = number.mapTo(window, number.rect().topRight())
    column = {
        image.pixelColor(corner.x() - x, corner.y() + y).name()
        for x in range(4, 12)
        for y in range(3, number.height() - 3)
    }
    assert len(column) > 3, column


def test_a_combo_box_only_chosen_from_has_an_edge_seen_in_both_schemes(
    qtbot: QtBot, styled: Scheme
) -> None:
    """A combo box one only chooses from (Riskskala, a status) is drawn by Fusion as a button
    whose face and edge hardly differ from the window on dark (1,2:1); vplan gives it a text
    field's edge, seen against the window and against its own face, 2 px of the focus colour
    while it has the keyboard's focus, and keeps its text and arrow."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, plain = QLineEdit(), QComboBox()  # the line edit takes the focus when shown
    plain.addItems(["4 × 4", "5 × 5"])
    layout.addWidget(first)
    layout.addWidget(plain)
    window.resize(300, 120)
    window.show()
    QApplication.processEvents()
    palette = window.palette()
    window_colour = palette.color(QPalette.ColorRole.Window).name()
    face = palette.color(QPalette.ColorRole.Button).name()
    image = window.grab().toImage()
    origin = plain.mapTo(window, plain.rect().topLeft())
    middle = origin.y() + plain.height() // 2
    edges = {
        "vänster": image.pixelColor(origin.x(), middle).name(),
        "höger": image.pixelColor(origin.x() + plain.width() - 1, middle).name(),
        "topp": image.pixelColor(origin.x() + plain.width() // 2, origin.y()).name(),
    }
    for side, edge in edges.items():
        assert edge == _member(FIELD_EDGE, styled), (styled, side, edge)
        for name, background in (("fönstret", window_colour), ("knappen", face)):
            ratio = contrast_ratio(edge, background)
            assert ratio >= NON_TEXT, (styled, side, name, edge, background, round(ratio, 2))
    # The chosen text and the arrow are still drawn inside the edge.
    inside = {
        image.pixelColor(x, middle).name()
        for x in range(origin.x() + 3, origin.x() + plain.width() - 3)
    }
    assert len(inside) > 3, inside
    # The focus is shown as a button's: once the keyboard has moved it there, not on a click.
    window.activateWindow()
    plain.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(plain.hasFocus)
    QApplication.processEvents()
    assert _edge_pixel(plain, window) == _member(FIELD_EDGE, styled)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(plain.hasFocus)
    QApplication.processEvents()
    assert _edge_pixel(plain, window) == _member(FOCUS_EDGE, styled)


def test_a_flashed_field_is_outlined_in_the_schemes_red(qtbot: QtBot, styled: Scheme) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    line = QLineEdit("x")
    QVBoxLayout(window).addWidget(line)
    window.show()
    flash(line)
    QApplication.processEvents()
    assert _edge_pixel(line, window) == _member(REJECTED_EDGE, styled)


def test_the_markers_are_drawn_again_in_the_dark_schemes_colours() -> None:
    def drawn() -> list[QImage]:
        icons = [status_marker(s) for s in UppfoljningStatus] + [large_marker()]
        return [icon.pixmap(32, 32).toImage() for icon in icons]

    set_tones(Scheme.LIGHT)
    light = drawn()
    set_tones(Scheme.DARK)
    try:
        dark = drawn()
    finally:
        set_tones(Scheme.LIGHT)
    assert all(a != b for a, b in zip(light, dark, strict=True))
