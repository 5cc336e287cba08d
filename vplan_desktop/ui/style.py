"""vplan's look, set in one place: Fusion with the system font (at least 10 pt), a light or a
dark palette as the operating system's colour scheme asks (or ``VPLAN_FARGSCHEMA``), a short
style sheet on an 8-px grid, and the few colours of vplan's own that have a light/dark pair.

A colour that is vplan's own (a warning's red, a row's tint) is made with ``tone``: one QColor
object that ``apply_style`` sets to the light or the dark member of its pair, in place, so the
modules that hold it need not ask which scheme is shown."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QWidget,
)

SCHEME_VARIABLE = "VPLAN_FARGSCHEMA"
"""``morkt`` or ``ljust`` forces the scheme (for screenshots and tests); unset: the system's."""

MIN_POINT_SIZE = 10.0
APPLIED_PROPERTY = "vplanStyleApplied"
"""The application's property that counts how often ``apply_style`` ran."""


class Scheme(Enum):
    LIGHT = "ljust"
    DARK = "morkt"


class ToneUse(Enum):
    TEXT = "text"
    """Drawn as text on the view's base colour."""
    FILL = "fill"
    """A background behind the palette's text colour."""
    MARK = "mark"
    """A mark's fill with white drawn on it (a check, an "!")."""


@dataclass(frozen=True)
class Tone:
    name: str
    light: str
    dark: str
    use: ToneUse
    colour: QColor


TONES: dict[str, Tone] = {}
"""Every colour of vplan's own, by name."""


def tone(name: str, light: str, dark: str, use: ToneUse = ToneUse.TEXT) -> QColor:
    """The colour ``name``: ``light`` now, and whichever of the pair the scheme asks for once
    ``apply_style`` has run (the same QColor object, changed in place)."""
    if name in TONES:
        return TONES[name].colour
    colour = QColor(dark if current_scheme() is Scheme.DARK else light)
    TONES[name] = Tone(name, light, dark, use, colour)
    return colour


def _pair(light: str, dark: str) -> str:
    return dark if current_scheme() is Scheme.DARK else light


_current: list[Scheme] = [Scheme.LIGHT]


def current_scheme() -> Scheme:
    """The scheme ``apply_style`` last set (light before it has run)."""
    return _current[0]


def wanted_scheme() -> Scheme:
    """``VPLAN_FARGSCHEMA`` if set, otherwise the operating system's scheme (light when it
    says none)."""
    forced = os.environ.get(SCHEME_VARIABLE, "").strip().lower()
    if forced in ("morkt", "mörkt", "dark"):
        return Scheme.DARK
    if forced in ("ljust", "light"):
        return Scheme.LIGHT
    hints = QGuiApplication.styleHints()
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return Scheme.DARK
    return Scheme.LIGHT


def light_palette() -> QPalette:
    """Fusion's own light palette, with a selection dark enough for white text."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f5fa8"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#0b57b0"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#6b6b6b"))
    return palette


_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#27292c",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a3a3a3",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#35383c",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3e4146",
    QPalette.ColorRole.Mid: "#5a5d62",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f65a8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7c7f84",
    QPalette.ColorRole.Text: "#7c7f84",
    QPalette.ColorRole.ButtonText: "#7c7f84",
    QPalette.ColorRole.Highlight: "#44474c",
    QPalette.ColorRole.HighlightedText: "#a8a8a8",
    QPalette.ColorRole.Button: "#2f3134",
    QPalette.ColorRole.Base: "#25272a",
}


def dark_palette() -> QPalette:
    """A dark palette for Fusion: light grey text on dark grey, a blue selection."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def palette_for(scheme: Scheme) -> QPalette:
    return dark_palette() if scheme is Scheme.DARK else light_palette()


BAR_FILLS: dict[str, tuple[str, str]] = {
    "notice": ("#fff4e5", "#4a3719"),
    "info": ("#e8f0fe", "#1f3452"),
    "alarm": ("#fdecea", "#4c2426"),
    "period": ("#fff4df", "#44371c"),
}
"""The bars' backgrounds (light, dark): the palette's window text is written on them."""
BAR_EDGES: dict[str, tuple[str, str]] = {
    "notice": ("#f0b35a", "#9a7431"),
    "info": ("#9bb8e8", "#456a9e"),
    "alarm": ("#e3b6b1", "#8a4a4c"),
    "period": ("#e0c27a", "#93783a"),
}
ALARM_TEXT = ("#b00020", "#ffb4ab")
"""The message bar's text (on its "alarm" fill)."""
FIELD_EDGE = tone("faltkant", "#808080", "#85888d", ToneUse.MARK)
"""The border of a text field: 3:1 against the window around it and its base (WCAG 1.4.11;
Fusion's own, the window's colour a little darker, is all but invisible on dark)."""
FOCUS_EDGE = tone("fokus", "#1f5fa8", "#8ab4f8", ToneUse.MARK)
"""The border of the text field that has the keyboard's focus (drawn 2 px wide)."""
REJECTED_EDGE = tone("avvisad", "#c62828", "#ff6e6e", ToneUse.MARK)
"""The red a field is outlined in for a moment when a finding points at it."""


def style_sheet() -> str:
    """The application's style sheet: buttons padded on an 8-px grid, and vplan's bars in the
    scheme's colours (their objectName picks them). Group boxes keep Fusion's own drawing: a
    rule for them would make the style sheet draw them, title and frame apart. A text field
    has an edge of ``FIELD_EDGE``, 2 px of ``FOCUS_EDGE`` while it has the focus (a number
    or date field and a combo box the same, drawn by ``FieldEdgeStyle``)."""
    fill = {name: _pair(*pair) for name, pair in BAR_FILLS.items()}
    edge = {name: _pair(*pair) for name, pair in BAR_EDGES.items()}
    field, focus = (_pair(TONES[name].light, TONES[name].dark) for name in ("faltkant", "fokus"))
    return f"""
QPushButton {{ padding: 4px 16px; min-height: 16px; }}
#sparproblem {{ background: {fill["notice"]}; border-bottom: 1px solid {edge["notice"]}; }}
#last {{ background: {fill["info"]}; border-bottom: 1px solid {edge["info"]}; }}
QLabel#meddelande {{ background: {fill["alarm"]}; color: {_pair(*ALARM_TEXT)};
    padding: 8px; border-bottom: 1px solid {edge["alarm"]}; }}
#periodBar {{ border-bottom: 1px solid palette(mid); }}
#periodBar[tillstand="period"] {{ background: {fill["period"]};
    border-bottom: 1px solid {edge["period"]}; }}
#periodBar[tillstand="reported"] {{ background: {fill["info"]};
    border-bottom: 1px solid {edge["info"]}; }}
QLineEdit[frame="true"], QPlainTextEdit, QTextEdit {{
    border: 1px solid {field}; border-radius: 2px; padding: 1px; }}
QLineEdit[frame="true"]:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {focus}; padding: 0px; }}
"""


class FieldEdgeStyle(QProxyStyle):
    """Fusion, with the edge of a number or date field and of a combo box (one types in or
    only chooses from) drawn as a text field's: ``FIELD_EDGE``, 2 px of ``FOCUS_EDGE`` with
    the focus (the keyboard's focus, for a combo box one only chooses from). Fusion's own
    edge (the window's colour a little darker) is all but invisible on dark, and a plain combo
    box's button face hardly differs from the window; a style-sheet rule for these fields
    would lose Fusion's arrows."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        field = (
            isinstance(option, QStyleOptionSpinBox)
            and control == QStyle.ComplexControl.CC_SpinBox
            and option.frame
        ) or (
            isinstance(option, QStyleOptionComboBox)
            and control == QStyle.ComplexControl.CC_ComboBox
            and option.frame
        )
        if not field:
            return
        state = option.state
        # A combo box one only chooses from is a button: its focus is shown, as a button's,
        # once the keyboard has moved it (not on every click, nor on the window's first field).
        chosen_only = isinstance(option, QStyleOptionComboBox) and not option.editable
        focused = bool(state & QStyle.StateFlag.State_HasFocus) and (
            not chosen_only or bool(state & QStyle.StateFlag.State_KeyboardFocusChange)
        )
        width = 2 if focused else 1
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS_EDGE if focused else FIELD_EDGE, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2, 2)
        painter.restore()


def apply_style(app: QApplication, scheme: Scheme | None = None) -> Scheme:
    """Give ``app`` vplan's look in ``scheme`` (None: ``wanted_scheme``); again whenever the
    operating system's colour scheme changes."""
    scheme = wanted_scheme() if scheme is None else scheme
    _current[0] = scheme
    if app.property(APPLIED_PROPERTY) is None:
        app.setStyle(FieldEdgeStyle())
        font = QGuiApplication.font()
        if 0 < font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
            QApplication.setFont(font)
        hints = QGuiApplication.styleHints()
        if hints is not None and SCHEME_VARIABLE not in os.environ:
            hints.colorSchemeChanged.connect(lambda _: apply_style(app))
    hints = QGuiApplication.styleHints()
    if hints is not None and os.environ.get(SCHEME_VARIABLE):
        # Qt's own parts (file dialogs on some platforms) follow the forced scheme too.
        hints.setColorScheme(Qt.ColorScheme.Dark if scheme is Scheme.DARK else Qt.ColorScheme.Light)
    set_tones(scheme)
    app.setPalette(palette_for(scheme))
    app.setStyleSheet(style_sheet())
    count = app.property(APPLIED_PROPERTY)
    app.setProperty(APPLIED_PROPERTY, (count or 0) + 1)
    return scheme


def set_tones(scheme: Scheme) -> None:
    """Every ``tone`` to its member of the pair for ``scheme``."""
    _current[0] = scheme
    for entry in TONES.values():
        entry.colour.setRgba(QColor(entry.dark if scheme is Scheme.DARK else entry.light).rgba())


def repolish(widget: QObject) -> None:
    """Let the style sheet see a changed dynamic property of ``widget``."""
    if isinstance(widget, QWidget):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
