"""vplan's per-user folders and settings moved into a folder of the test's own, on every platform.

vplan finds its folders through ``storage.places`` (which asks platformdirs' ``PlatformDirs``),
its settings through ``ui.settings`` (``QSettings`` in the default format) and two places
through ``QStandardPaths`` (the example plan, the suggested folder for a new plan). Each of
these is pointed into the test's folder here, so nothing depends on the XDG variables, which
only Linux reads. The XDG variables are set to the same folders as well: a vplan the test
starts as a process of its own cannot be patched, and on Linux it then finds the same folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, QStandardPaths

from vplan_desktop.storage import places

APP = "vplan"
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DOCUMENTS_DIR")
USER_ENVIRONMENT: dict[str, str | None] = {}
"""The XDG variables as the user had them before the test run (None: not set)."""


def leave_home(home: Path) -> None:
    """For the whole run, point the XDG variables into ``home`` (Qt's caches, Linux); what the
    user had is kept in ``USER_ENVIRONMENT``."""
    for name in XDG:
        USER_ENVIRONMENT.setdefault(name, os.environ.get(name))
        os.environ[name] = str(home / name.lower())


@dataclass(frozen=True)
class UserFolders:
    """The folders of one test, under ``root``. Stands in for ``PlatformDirs`` (its attribute
    names), laid out as platformdirs lays them out on Linux under the XDG variables."""

    root: Path

    @property
    def user_data_dir(self) -> str:
        return str(self.root / "data" / APP)

    @property
    def user_state_dir(self) -> str:
        return str(self.root / "state" / APP)

    @property
    def user_log_dir(self) -> str:
        return str(self.root / "state" / APP / "log")

    @property
    def user_config_dir(self) -> str:
        return str(self.root / "config" / APP)

    @property
    def user_cache_dir(self) -> str:
        return str(self.root / "cache" / APP)

    @property
    def settings_root(self) -> Path:
        """Where ``QSettings`` keeps ini files (``vplan/vplan.ini`` below it)."""
        return self.root / "settings"

    def qt_location(self, location: QStandardPaths.StandardLocation) -> str:
        """What ``QStandardPaths.writableLocation`` answers inside a test."""
        return str(self.root / "qt" / location.name)


def isolate(folders: UserFolders, patch: pytest.MonkeyPatch) -> None:
    """Point vplan's folders, settings and Qt's standard locations into ``folders``."""
    patch.setattr(places, "PlatformDirs", lambda *args, **kwargs: folders)
    patch.setenv("XDG_DATA_HOME", str(folders.root / "data"))
    patch.setenv("XDG_STATE_HOME", str(folders.root / "state"))
    # The ini format reads its folder from setPath on every platform; the native format is
    # the registry on Windows and a plist on macOS, which no folder setting moves.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folders.settings_root)
    )
    patch.setattr(QStandardPaths, "writableLocation", staticmethod(folders.qt_location))
