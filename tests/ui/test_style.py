"""vplan's look (ui/style.py): applied once from the application's setup, light or dark as the
system (or VPLAN_FARGSCHEMA) asks, every colour of vplan's own readable in both, and the
navigator's marks told apart by shape and words, not by colour alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import shown_window, workspace_of
from vplan_desktop.colours import MIN_CONTRAST, contrast_ratio
from vplan_desktop.completeness import State
from vplan_desktop.ui import (  # noqa: F401  (each module registers its tones on import)
    diff_view,
    review,
    start_page,
)
from vplan_desktop.ui.editors import chapter_markdown  # noqa: F401
from vplan_desktop.ui.models import (
    follow_up_activities,
    follow_up_goals,
    follow_up_table,
    table,
)
from vplan_desktop.ui.navigator import Navigator, findings_words, severity_icon, state_icon
from vplan_desktop.ui.style import (
    ALARM_TEXT,
    APPLIED_PROPERTY,
    BAR_FILLS,
    TONES,
    Scheme,
    ToneUse,
    apply_style,
    palette_for,
    set_tones,
)
from vplan_desktop.validation import Severity

ROOT = Path(__file__).resolve().parents[2]
SCHEMES = (Scheme.LIGHT, Scheme.DARK)
NEW_PLAN = ("--kommun=Exempelkommun", "--namnd=Socialnämnden", "--fran=2026", "--till=2028")

_PROBE = """
import json
from PySide6.QtWidgets import QWidget
from vplan_desktop.ui.qt_app import application
from vplan_desktop.ui.models.table import WARNING_RED
from vplan_desktop.ui.style import APPLIED_PROPERTY
app = application()
application()  # asked again: the same application, not styled twice
widget = QWidget()
widget.resize(20, 20)
picture = widget.grab().toImage()
sheet = app.styleSheet()
app.setStyleSheet("")  # the style under the sheet's
print(json.dumps({
    "applied": app.property(APPLIED_PROPERTY),
    "style": getattr(app.style(), "baseStyle", app.style)().name(),  # under FieldEdgeStyle
    "points": app.font().pointSizeF(),
    "window": app.palette().window().color().name(),
    "text": app.palette().windowText().color().name(),
    "pixel": picture.pixelColor(10, 10).name(),
    "warning": WARNING_RED.name(),
    "sheet": sheet,
}))
"""


def _started(scheme: str) -> dict[str, object]:
    """The application as vplan starts it with VPLAN_FARGSCHEMA=``scheme``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VPLAN_FARGSCHEMA": scheme}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def _lightness(name: object) -> int:
    assert isinstance(name, str)
    return QColor(name).lightness()


def test_the_application_is_styled_once_in_its_setup_light_or_dark_as_asked() -> None:
    light, dark = _started("ljust"), _started("morkt")
    for started in (light, dark):
        assert started["applied"] == 1
        assert started["style"] == "fusion"
        points = started["points"]
        assert isinstance(points, float) and points >= 10
        assert "QPushButton" in str(started["sheet"])
    assert _lightness(light["window"]) > 200 and _lightness(light["text"]) < 60
    assert _lightness(dark["window"]) < 60 and _lightness(dark["text"]) > 200
    # A widget is drawn on the dark window, and vplan's own colours follow.
    assert _lightness(dark["pixel"]) < 60 and _lightness(light["pixel"]) > 200
    assert light["warning"] == "#b00020" and dark["warning"] == "#ff8a80"


def test_only_the_application_setup_applies_the_style() -> None:
    callers = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "vplan_desktop").rglob("*.py")
        if "apply_style(" in path.read_text(encoding="utf-8")
    ]
    assert sorted(callers) == ["vplan_desktop/ui/qt_app.py", "vplan_desktop/ui/style.py"]


def _colour(palette: QPalette, role: QPalette.ColorRole) -> str:
    return palette.color(QPalette.ColorGroup.Active, role).name()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_palette_reads_at_4_5_to_1(scheme: Scheme) -> None:
    palette = palette_for(scheme)
    roles = QPalette.ColorRole
    pairs = [
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.WindowText, roles.Window),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.PlaceholderText, roles.Base),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.Link, roles.Base),
    ]
    for text, fill in pairs:
        ratio = contrast_ratio(_colour(palette, text), _colour(palette, fill))
        assert ratio >= MIN_CONTRAST, (scheme, text, fill, ratio)
    window = QColor(_colour(palette, roles.Window)).lightness()
    assert (window < 80) if scheme is Scheme.DARK else (window > 200)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_colour_of_vplans_own_reads_at_4_5_to_1(scheme: Scheme) -> None:
    palette = palette_for(scheme)
    roles = QPalette.ColorRole
    backgrounds = [_colour(palette, r) for r in (roles.Base, roles.AlternateBase, roles.Window)]
    text = _colour(palette, roles.Text)
    assert {"varningRod", "granskas", "skrivHar", "passerat", "tabellrubrik"} <= set(TONES)
    for tone in TONES.values():
        colour = tone.dark if scheme is Scheme.DARK else tone.light
        if tone.use is ToneUse.TEXT:
            checked = [(colour, background) for background in backgrounds]
        elif tone.use is ToneUse.FILL:
            checked = [(text, colour)]
        else:  # a mark (its sign is black or white, text_colour_on): 3:1 as a shape (1.4.11)
            for background in backgrounds:
                assert contrast_ratio(colour, background) >= 3.0, (scheme, tone.name)
            continue
        for first, second in checked:
            ratio = contrast_ratio(first, second)
            assert ratio >= MIN_CONTRAST, (scheme, tone.name, first, second, ratio)
    window_text = _colour(palette, roles.WindowText)
    for name, pair in BAR_FILLS.items():
        fill = pair[1] if scheme is Scheme.DARK else pair[0]
        assert contrast_ratio(window_text, fill) >= MIN_CONTRAST, (scheme, name)
    alarm = BAR_FILLS["alarm"][1 if scheme is Scheme.DARK else 0]
    alarm_text = ALARM_TEXT[1 if scheme is Scheme.DARK else 0]
    assert contrast_ratio(alarm_text, alarm) >= MIN_CONTRAST


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application in the dark scheme, put back as it was afterwards."""
    saved = (qapp.palette(), qapp.styleSheet(), qapp.font(), qapp.property(APPLIED_PROPERTY))
    style = qapp.style().name()
    apply_style(qapp, Scheme.DARK)
    try:
        yield qapp
    finally:
        set_tones(Scheme.LIGHT)
        qapp.setStyleSheet(saved[1])
        qapp.setPalette(saved[0])
        QApplication.setFont(saved[2])
        qapp.setProperty(APPLIED_PROPERTY, saved[3])
        if qapp.style().name() != style:
            qapp.setStyle(style)


def test_in_the_dark_scheme_the_palette_and_vplans_colours_are_dark(dark: QApplication) -> None:
    palette = dark.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 60
    assert palette.color(QPalette.ColorRole.Base).lightness() < 60
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert table.WARNING_RED.name() == "#ff8a80"
    assert follow_up_table.NEEDS_TEXT.name() == TONES["skrivHar"].dark
    base = palette.color(QPalette.ColorRole.Base).name()
    for colour in (table.WARNING_RED, table.REVIEW_COLOUR, follow_up_goals.MET_GREEN):
        assert contrast_ratio(colour.name(), base) >= MIN_CONTRAST
    text = palette.color(QPalette.ColorRole.Text).name()
    for fill in (follow_up_table.NEEDS_TEXT, follow_up_activities.PASSED_TINT):
        assert contrast_ratio(text, fill.name()) >= MIN_CONTRAST


def _mask(icon: QIcon) -> bytes:
    """Where the mark is drawn, whatever its colour: its shape."""
    image = icon.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_Alpha8)
    return bytes(image.constBits())


def _image(icon: QIcon) -> QImage:
    return icon.pixmap(32, 32).toImage()


def test_the_navigators_marks_differ_in_shape_not_only_colour() -> None:
    marks = {
        "ej påbörjad": state_icon(State.EMPTY),
        "påbörjad": state_icon(State.BEGUN),
        "klar": state_icon(State.COMPLETE),
        "varning": severity_icon(Severity.VARNING),
        "fel": severity_icon(Severity.FEL),
        "tips": severity_icon(Severity.TIPS),
    }
    shapes = {name: _mask(icon) for name, icon in marks.items()}
    assert len(set(shapes.values())) == len(marks), "two marks have the same shape"
    images = [_image(icon) for icon in marks.values()]
    assert all(a != b for i, a in enumerate(images) for b in images[i + 1 :])


def test_the_marks_are_drawn_again_in_the_dark_schemes_colours(dark: QApplication) -> None:
    set_tones(Scheme.LIGHT)
    light = [_image(state_icon(s)) for s in State] + [
        _image(severity_icon(Severity.FEL)),
        _image(severity_icon(Severity.VARNING)),
    ]
    set_tones(Scheme.DARK)
    darker = [_image(state_icon(s)) for s in State] + [
        _image(severity_icon(Severity.FEL)),
        _image(severity_icon(Severity.VARNING)),
    ]
    assert all(a != b for a, b in zip(light, darker, strict=True))


def test_findings_in_words() -> None:
    assert findings_words(1, 0) == "1 fel måste rättas"
    assert findings_words(0, 2) == "2 varningar"
    assert findings_words(2, 1) == "2 fel måste rättas, 1 varning"


def _description(navigator: Navigator, key: str) -> tuple[str, str]:
    from PySide6.QtCore import Qt

    item = navigator._items[key]
    described = item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert isinstance(described, str)
    return item.toolTip(0), described


def test_each_navigator_entry_says_its_state_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ny.vplan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "vplan_desktop", "new", str(path), *NEW_PLAN],
        env=env,
        check=True,
        capture_output=True,
    )
    window = shown_window(qtbot, path)
    workspace = workspace_of(window)
    workspace.check_now()
    navigator = workspace.navigator
    tooltip, described = _description(navigator, "aktiviteter")
    assert tooltip == described and "Inte påbörjad" in tooltip
    tooltip, described = _description(navigator, "uppgifter")
    assert tooltip == described and "måste rättas" in tooltip
    tooltip, described = _description(navigator, "kapitel")
    assert tooltip == described and "fel måste rättas" in tooltip
    for key in navigator._items:
        if key != "uppfoljning":  # the plan's view shows no mark for it
            tooltip, described = _description(navigator, key)
            assert tooltip == described and len(tooltip.splitlines()) >= 2, key
