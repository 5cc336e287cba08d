"""A Linux desktop without Qt's X11 libraries gets a Swedish line naming the packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from vplan_desktop.ui import app, platform_check


def test_missing_libraries_are_named_by_package() -> None:
    missing = {"libxcb-cursor.so.0", "libEGL.so.1"}
    packages = platform_check.missing_xcb_packages(lambda name: name not in missing)
    assert packages == ["libxcb-cursor0", "libegl1"]


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_when_qt_uses_xcb(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert platform_check.uses_xcb(environ, platform) is expected


def test_start_says_what_to_install_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform_check, "_loadable", lambda name: "cursor" not in name)
    assert app.start(None) == 2
    err = capsys.readouterr().err
    assert err.startswith("vplan: fönstret kan inte visas")
    assert "sudo apt install libxcb-cursor0" in err
