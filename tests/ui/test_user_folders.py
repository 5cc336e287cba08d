"""The tests keep vplan's per-user files in folders of their own, on every platform: vplan's
path functions answer the test's folder, and a session of work (a plan opened and edited, a
backup, the log, the example plan, the settings) leaves nothing where the user's vplan keeps
its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest
from platformdirs.unix import Unix
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QStandardPaths, Qt

from tests.ui.helpers import context_of, shown_window, type_text, workspace_of
from tests.user_folders import USER_ENVIRONMENT, XDG, UserFolders
from vplan_desktop.crashlog import write_log
from vplan_desktop.storage import places
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.settings import recent_plans, settings

Location = QStandardPaths.StandardLocation


def _users_own_folders(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Where vplan keeps its files for the user running the tests (as platformdirs finds them
    with the user's own environment, not the test run's)."""
    with monkeypatch.context() as patch:
        for name, value in USER_ENVIRONMENT.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        dirs = platformdirs.PlatformDirs("vplan", appauthor=False)
        return [Path(dirs.user_data_dir), Path(dirs.user_log_dir), Path(dirs.user_config_dir)]


def _files(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` with the time it was last written (none if no folder)."""
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def test_vplans_folders_are_the_tests_own(
    user_folders: UserFolders, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not through the XDG variables, which only Linux reads: without them, the same folders.
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    root = user_folders.root
    assert places.data_folder() == root / "data" / "vplan"
    assert places.log_folder() == root / "state" / "vplan" / "log"
    for folder in (places.working_folder(), places.lock_folder(), places.backup_root()):
        assert folder.parent == places.data_folder()
    assert Path(settings().fileName()) == root / "settings" / "vplan" / "vplan.ini"
    for location in (Location.AppDataLocation, Location.DocumentsLocation):
        assert Path(QStandardPaths.writableLocation(location)).is_relative_to(root)
    for users in _users_own_folders(monkeypatch):
        assert not places.data_folder().is_relative_to(users)
        assert not users.is_relative_to(root)


def test_a_vplan_process_started_by_a_test_finds_the_same_folders(
    user_folders: UserFolders,
) -> None:
    """On Linux, a vplan the test starts as a process of its own (which no patch reaches)
    reads the XDG variables; they name the test's folders too."""
    linux = Unix("vplan", appauthor=False)  # reads the environment as it is now
    assert Path(linux.user_data_dir) == places.data_folder()
    assert Path(linux.user_log_dir) == places.log_folder()
    assert os.environ["XDG_DATA_HOME"] == str(user_folders.root / "data")


def test_a_session_of_work_leaves_nothing_in_the_users_folders(
    qtbot: QtBot,
    example_path: Path,
    user_folders: UserFolders,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    users = _users_own_folders(monkeypatch)
    before = {folder: _files(folder) for folder in users}
    root = user_folders.root

    window = shown_window(qtbot, example_path)  # a working copy, a lock, a recent plan
    field = workspace_of(window).front_matter.fields["namnd"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Kulturnämnden")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert context_of(window).plan.uppgifter.namnd == "Kulturnämnden"
    session = window.session
    assert isinstance(session, EditSession) and session.working is not None
    assert session.working.is_relative_to(places.working_folder()) and session.working.exists()
    backup = session.take_backup()
    log = write_log("Ett prov av loggen.")
    window.open_example()  # written to the data location Qt names, then opened
    example = window.document.path if window.document is not None else None
    window.close()  # the window's size and place are remembered

    assert backup is not None and backup.path.is_relative_to(root) and backup.path.exists()
    assert log is not None and log.is_relative_to(root) and log.exists()
    assert example is not None and example.is_relative_to(root) and example.exists()
    assert example_path.resolve() in recent_plans()
    assert Path(settings().fileName()).is_relative_to(root)
    assert Path(settings().fileName()).exists()

    # The user's own folders are as they were, and so are the user's own settings (the
    # platform's store: the registry, a plist, ~/.config; not where the tests keep theirs).
    assert {folder: _files(folder) for folder in users} == before
    native = QSettings.Format.NativeFormat
    users_settings = QSettings(native, QSettings.Scope.UserScope, "vplan", "vplan")
    remembered = users_settings.value("recent", [])
    entries = [remembered] if isinstance(remembered, str) else remembered
    assert isinstance(entries, list) and str(example_path.resolve()) not in entries
