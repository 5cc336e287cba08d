"""The icons, the desktop entry and the file type that the installers put in place."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from vplan_desktop.paths import resource
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_icons_in_every_size(qapp: QApplication) -> None:
    for name in ("vplan", "vplan-plan"):
        for size in (16, 32, 48, 64, 128, 256):
            image = QImage(str(resource(f"icons/{name}-{size}.png")))
            assert (image.width(), image.height()) == (size, size), (name, size)
        assert resource(f"icons/{name}.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert len(app_icon().availableSizes()) == 6
    window = MainWindow()
    assert window.windowIcon().availableSizes()
    window.close()


def test_desktop_entry_and_mime_type() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "installer" / "vplan.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "vplan %f"
    assert section["MimeType"] == "application/x-vplan;"
    assert section["Icon"] == "vplan"
    mime = ET.parse(ROOT / "installer" / "vplan-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-vplan"
    glob = kind.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.vplan"
    inner = kind.find("m:magic/m:match/m:match", ns)
    assert inner is not None and (inner.get("offset"), inner.get("value")) == ("68", "vpln")
