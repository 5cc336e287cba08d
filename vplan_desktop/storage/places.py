"""Where vplan keeps its own files: per user, never beside the user's plans."""

from __future__ import annotations

import getpass
import hashlib
import os
import platform
from pathlib import Path

from platformdirs import PlatformDirs


def _dirs() -> PlatformDirs:
    # Built on each call: the folders follow the environment (XDG_* on Linux) as it is now.
    return PlatformDirs("vplan", appauthor=False)


def data_folder() -> Path:
    return Path(_dirs().user_data_dir)


def working_folder() -> Path:
    """Working copies of the plans being edited, with a note on each."""
    return data_folder() / "arbetskopior"


def lock_folder() -> Path:
    """OS locks that let one vplan on this computer at a time take over a left-over lock."""
    return data_folder() / "las"


def backup_root() -> Path:
    return data_folder() / "sakerhetskopior"


def log_folder() -> Path:
    return Path(_dirs().user_log_dir)


def plan_key(plan: Path) -> str:
    """A short name for a plan's own files here, the same each time the plan is opened."""
    full = os.path.normcase(str(plan.absolute()))
    return hashlib.sha256(full.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "okänd användare"


def computer_name() -> str:
    return platform.node() or "okänd dator"
