"""The icons, the desktop entry and the file type that the installers put in place."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from vplan_desktop.paths import resource
from vplan_desktop.server.address import LINK_SUFFIX
from vplan_desktop.ui.icons import app_icon
from vplan_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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
    assert section["MimeType"] == "application/x-vplan;application/x-vplan-server;"
    assert section["Icon"] == "vplan"
    mime = ET.parse(ROOT / "installer" / "vplan-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-vplan"
    glob = kind.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.vplan"
    inner = kind.find("m:magic/m:match/m:match", ns)
    assert inner is not None and (inner.get("offset"), inner.get("value")) == ("68", "vpln")
    # A link to a plan on the server (``server.address.LINK_SUFFIX``) opens in vplan too.
    kinds = {k.get("type"): k for k in mime.findall("m:mime-type", ns)}
    link = kinds["application/x-vplan-server"]
    glob = link.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == f"*{LINK_SUFFIX}"
    parent = link.find("m:sub-class-of", ns)
    assert parent is not None and parent.get("type") == "application/json"
    assert any(c.get(LANG) == "sv" for c in link.findall("m:comment", ns))


def test_the_windows_installer_opens_both_file_types_in_vplan() -> None:
    """Each suffix names its class, and each class opens the file in vplan, as ``.vplan``."""
    script = (ROOT / "installer" / "vplan.iss.in").read_text(encoding="utf-8")
    for suffix, kind, mime_type in (
        (".vplan", "vplan.Plan", "application/x-vplan"),
        (LINK_SUFFIX, "vplan.Serverlank", "application/x-vplan-server"),
    ):
        classes = f'Subkey: "Software\\Classes\\{suffix}"'
        assert f'{classes}; ValueType: string; ValueName: ""; ValueData: "{kind}"' in script
        assert f'ValueName: "Content Type"; ValueData: "{mime_type}"' in script
        command = f'Subkey: "Software\\Classes\\{kind}\\shell\\open\\command"'
        assert f'{command}; ValueType: string; ValueName: ""; ValueData: """{{app}}' in script
        assert f'{kind}\\DefaultIcon"' in script
        assert f'SupportedTypes"; ValueType: string; ValueName: "{suffix}"' in script
