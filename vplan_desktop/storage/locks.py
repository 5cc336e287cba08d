"""One editor at a time: a lock file beside the plan, as Office does.

``~$Plan.vplan`` beside ``Plan.vplan`` says who has the plan open, on which computer, in which
process and since when. Another vplan that finds it says so and offers the plan read-only. A
lock left by a process that no longer runs on this computer is taken over. Sync clients leave
files starting with ``~$`` alone, so the lock never becomes a conflict of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from vplan_desktop import __version__
from vplan_desktop.errors import PlanFileError
from vplan_desktop.formatting import format_date
from vplan_desktop.storage.places import computer_name, user_name

LOCK_PREFIX = "~$"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a plan."""

    anvandare: str
    dator: str
    pid: int
    sedan: str
    """ISO date and time the plan was opened."""
    program: str = ""

    def describe(self) -> str:
        try:
            since = dt.datetime.fromisoformat(self.sedan)
            when = f"{format_date(since.date())} kl. {since:%H:%M}"
        except ValueError:
            when = "okänd tid"
        return f"{self.anvandare} på datorn {self.dator} (sedan {when})"

    def on_this_computer(self) -> bool:
        return self.dator == computer_name()


class PlanInUseError(PlanFileError):
    """Someone else has the plan open; ``holder`` says who."""

    def __init__(self, plan: Path, holder: LockInfo) -> None:
        super().__init__(
            f"”{plan.name}” är redan öppnad av {holder.describe()}. "
            "Du kan öppna den skrivskyddad och läsa den."
        )
        self.holder = holder


def lock_path(plan: Path) -> Path:
    return plan.with_name(LOCK_PREFIX + plan.name)


def read_lock(plan: Path) -> LockInfo | None:
    """The lock beside ``plan``, or None if there is none or it cannot be read."""
    try:
        data = json.loads(lock_path(plan).read_text(encoding="utf-8"))
        return LockInfo(
            anvandare=str(data["anvandare"]),
            dator=str(data["dator"]),
            pid=int(data["pid"]),
            sedan=str(data["sedan"]),
            program=str(data.get("program", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _hide(path: Path) -> None:
    """Hidden in Explorer, as Office's own lock files are (Linux hides nothing by name)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined,unused-ignore]


def is_stale(holder: LockInfo) -> bool:
    """A lock left by a vplan on this computer that is no longer running."""
    return holder.on_this_computer() and not process_alive(holder.pid)


class PlanLock:
    """The lock this process holds on a plan."""

    def __init__(self, plan: Path, info: LockInfo) -> None:
        self.plan = plan
        self.info = info

    @classmethod
    def acquire(cls, plan: Path) -> PlanLock | None:
        """Lock ``plan`` for this process.

        Raises ``PlanInUseError`` when another running vplan holds it. Returns None when no
        lock can be written (a read-only folder): nobody can write the plan there either.
        """
        info = LockInfo(
            anvandare=user_name(),
            dator=computer_name(),
            pid=os.getpid(),
            sedan=dt.datetime.now().isoformat(timespec="seconds"),
            program=f"vplan {__version__}",
        )
        text = json.dumps(asdict(info), ensure_ascii=False)
        path = lock_path(plan)
        try:
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = read_lock(plan)
            if holder is not None and not is_stale(holder):
                raise PlanInUseError(plan, holder) from None
            # A crashed vplan's lock, or one that cannot be read: take it over.
            try:
                temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
                temp.write_text(text, encoding="utf-8")
                os.replace(temp, path)
            except OSError:
                return None
            _hide(path)
            return cls(plan, info)
        except OSError:
            return None
        try:
            os.write(handle, text.encode("utf-8"))
        finally:
            os.close(handle)
        _hide(path)
        return cls(plan, info)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if read_lock(self.plan) == self.info:
            with suppress(OSError):
                lock_path(self.plan).unlink()

    def move_to(self, plan: Path) -> PlanLock | None:
        """Lock ``plan`` instead (after "Spara som…")."""
        new = PlanLock.acquire(plan)
        self.release()
        return new


_ONEDRIVE = re.compile(r"-[A-Z0-9][A-Z0-9_]*(?:-[A-Z0-9]+)*(?:-\d+)?")
_CONFLICT_WORDS = re.compile(r"conflict|konflikt", re.IGNORECASE)


def conflict_copies(plan: Path) -> list[Path]:
    """Copies a sync client made beside ``plan`` when two computers changed it at once:
    OneDrive's ``Plan-DATORNAMN.vplan`` and the "conflicted copy" of other clients."""
    found = []
    with suppress(OSError):
        for other in plan.parent.iterdir():
            if other == plan or other.suffix.lower() != plan.suffix.lower():
                continue
            if not other.stem.startswith(plan.stem):
                continue
            rest = other.stem[len(plan.stem) :]
            if _ONEDRIVE.fullmatch(rest) or (
                rest.strip().startswith("(") and _CONFLICT_WORDS.search(rest)
            ):
                found.append(other)
    return sorted(found)
