"""Before Qt starts on a Linux desktop: are the X11 (xcb) libraries Qt needs there?

Without them Qt prints an English message about the "xcb" plugin and aborts (exit 134); a user
gets a Swedish line naming what to install instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xinerama.so.0", "libxcb-xinerama0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libEGL.so.1", "libegl1"),
)
"""(library, Debian/Ubuntu package) that Qt 6's xcb platform plugin loads."""


def has_display() -> bool:
    """Whether there is a screen to open a window on (Linux needs a display server named)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _loadable(name: str) -> bool:
    # Deferred, measured: ctypes is 2 ms of the first frame, and only xcb is looked for.
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Whether Qt will start on X11 here: Linux, an X display, no other platform asked for."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    wanted = env.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_xcb_packages(loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The packages whose libraries the xcb plugin needs and this system cannot load."""
    check = loadable or _loadable
    return [package for library, package in XCB_LIBRARIES if not check(library)]


def xcb_problem(loadable: Callable[[str], bool] | None = None) -> str | None:
    """A Swedish message when Qt could not start on X11 here, else None."""
    if not uses_xcb():
        return None
    missing = missing_xcb_packages(loadable)
    if not missing:
        return None
    return (
        "fönstret kan inte visas: det saknas bibliotek som Qt behöver för X11 ("
        + ", ".join(missing)
        + "). Installera dem, på Debian och Ubuntu med: sudo apt install "
        + " ".join(missing)
    )
