"""One editor at a time: a lock file beside the plan, as Office does.

``~$Plan.vplan`` beside ``Plan.vplan`` says who has the plan open, on which computer, in which
process and since when. Another vplan that finds it says so and offers the plan read-only. A
lock left by a process that no longer runs on this computer is taken over. Sync clients leave
files starting with ``~$`` alone, so the lock never becomes a conflict of its own.

Two vplans may try to lock a plan at the same moment, so the lock is never seen half-made: it
is written whole to a temporary file and hard-linked to its name, which fails if the lock
exists. Where there are no hard links it is created exclusively and then written, and an empty
or unreadable lock a few seconds old counts as being written, never as left over.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import time
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

if sys.platform == "win32":
    import ctypes

from vplan_desktop import __version__
from vplan_desktop.db.files import make_temp
from vplan_desktop.errors import PlanFileError
from vplan_desktop.formatting import format_date
from vplan_desktop.storage.oslock import FileLock
from vplan_desktop.storage.places import computer_name, lock_folder, plan_key, user_name

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
        return _parse(lock_path(plan).read_bytes())
    except OSError:
        return None


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
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
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined,unused-ignore]


def is_stale(holder: LockInfo) -> bool:
    """A lock left by a vplan on this computer that is no longer running."""
    return holder.on_this_computer() and not process_alive(holder.pid)


WRITING_GRACE = 5.0
"""Seconds an empty or unreadable lock is taken to be one another vplan is still writing
(where the lock cannot be made in one step); an older one is left over and taken over."""
_TRIES = 400
_NOBODY = LockInfo("okänd användare", "okänd dator", 0, "")


def _write_temp(folder: Path, data: bytes) -> Path:
    """A temporary file in ``folder`` holding ``data``, readable by everyone who can read the
    folder (others must be able to see who holds the plan)."""
    temp = make_temp(folder)
    try:
        temp.write_bytes(data)
        temp.chmod(0o644)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    return temp


def _create(temp: Path, path: Path, data: bytes) -> bool:
    """Make ``path`` hold ``data`` if it does not exist; False if it does.

    A hard link to the complete temporary file makes the lock appear whole or not at all, and
    fails if the lock exists. FAT, exFAT and some shares have no hard links; there the lock is
    created exclusively and then written, so another vplan may briefly see it empty.
    """
    try:
        os.link(temp, path)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # EPERM, ENOTSUP, EXDEV, EINVAL …: no hard links here
    try:
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    try:
        try:
            os.write(handle, data)
        finally:
            os.close(handle)
    except OSError:
        with suppress(OSError):
            path.unlink()  # an empty lock of ours would stop others for a while
        raise
    return True


def _read_raw(path: Path) -> tuple[bytes, float] | None:
    """The lock's bytes and age in seconds; None if there is no lock."""
    try:
        with path.open("rb") as handle:
            data = handle.read(4096)
            modified = os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None
    return data, time.time() - modified


def _parse(data: bytes) -> LockInfo | None:
    try:
        fields = json.loads(data.decode("utf-8"))
        return LockInfo(
            anvandare=str(fields["anvandare"]),
            dator=str(fields["dator"]),
            pid=int(fields["pid"]),
            sedan=str(fields["sedan"]),
            program=str(fields.get("program", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _take_over(plan: Path, judged: bytes, data: bytes) -> bool:
    """Replace the lock left over as ``judged`` by ours; False if it changed meanwhile.

    Two vplans on this computer may both find the same left-over lock: an OS lock in the
    data folder lets one of them at a time look again and replace it. (A lock of another
    computer is only ever taken over when it is unreadable and old.)
    """
    path = lock_path(plan)
    mutex: FileLock | None = None
    try:
        lock_folder().mkdir(parents=True, exist_ok=True)
        mutex = FileLock.take(lock_folder() / f"{plan_key(plan)}.lock", wait=10)
    except TimeoutError:
        return False
    except OSError:
        pass  # the data folder cannot lock: go on without (as vplan did before)
    try:
        now = _read_raw(path)
        if now is None or now[0] != judged:
            return False
        temp = _write_temp(plan.parent, data)
        try:
            os.replace(temp, path)
        finally:
            with suppress(OSError):
                temp.unlink()
        return True
    finally:
        if mutex is not None:
            mutex.release()


class PlanLock:
    """The lock this process holds on a plan."""

    def __init__(self, plan: Path, info: LockInfo) -> None:
        self.plan = plan
        self.info = info

    @classmethod
    def acquire(cls, plan: Path) -> PlanLock | None:
        """Lock ``plan`` for this process.

        Raises ``PlanInUseError`` when another running vplan holds it. Returns None when no
        lock can be written (a read-only folder, a full disk): nobody can write the plan there
        either, and the working copy is this vplan's own in any case.
        """
        info = LockInfo(
            anvandare=user_name(),
            dator=computer_name(),
            pid=os.getpid(),
            sedan=dt.datetime.now().isoformat(timespec="seconds"),
            program=f"vplan {__version__}",
        )
        data = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
        path = lock_path(plan)
        try:
            temp = _write_temp(plan.parent, data)
        except OSError:
            return None
        try:
            return cls._acquire(plan, info, data, temp)
        except PermissionError:
            raise PlanInUseError(plan, _NOBODY) from None  # a lock we may not even read
        except OSError as error:
            raise PlanFileError(
                f"”{plan.name}” kunde inte låsas för redigering ({path.name}: "
                f"{error.strerror or error}). Försök igen om en stund."
            ) from None
        finally:
            with suppress(OSError):
                temp.unlink()

    @classmethod
    def _acquire(cls, plan: Path, info: LockInfo, data: bytes, temp: Path) -> PlanLock | None:
        path = lock_path(plan)
        unreadable_since: float | None = None
        for _ in range(_TRIES):
            try:
                if _create(temp, path, data):
                    _hide(path)
                    return cls(plan, info)
            except OSError:
                return None  # the lock cannot be written here after all
            found = _read_raw(path)
            if found is None:
                continue  # let go of meanwhile: try again
            raw, age = found
            holder = _parse(raw)
            if holder is None:
                # Empty or half-written: another vplan may be writing it right now.
                if unreadable_since is None:
                    unreadable_since = time.monotonic()
                waited = time.monotonic() - unreadable_since
                if age < WRITING_GRACE and waited < WRITING_GRACE:
                    time.sleep(0.02)
                    continue
            elif not is_stale(holder):
                raise PlanInUseError(plan, holder)
            # A crashed vplan's lock, or one left unreadable: take it over.
            if _take_over(plan, raw, data) and read_lock(plan) == info:
                _hide(path)
                return cls(plan, info)
            time.sleep(0.01)
        raise PlanFileError(
            f"”{plan.name}” kunde inte låsas för redigering: låsfilen {path.name} ändras hela "
            "tiden. Försök igen om en stund."
        )

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
