"""Operating-system locks on small files in vplan's own data folder.

The OS lets go of such a lock when the process ends, however it ends (a crash, a kill, the power
button on a laptop that then boots again), so "is the lock held?" says exactly whether the
process that took it still runs, where a process id may have been reused by another program.
``flock`` on POSIX, ``msvcrt.locking`` on Windows; both conflict between two open files even in
one process, so two sessions in one vplan see each other too.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from contextlib import suppress
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# The errors that mean "another process holds it"; anything else means the folder's file
# system cannot lock (then the callers fall back on process ids).
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


class LockUnsupportedError(OSError):
    """Files in this folder cannot be locked."""


def _lock(handle: int) -> bool:
    """Lock the open file ``handle`` without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in _HELD:
            return False
        raise LockUnsupportedError(error.errno, error.strerror) from None
    return True


class FileLock:
    """An exclusive OS lock this process holds on a file."""

    def __init__(self, path: Path, handle: int) -> None:
        self.path = path
        self._handle: int | None = handle

    @classmethod
    def try_take(cls, path: Path, *, create: bool = True) -> FileLock | None:
        """Lock ``path`` (created if need be); None if another process holds it.

        Raises ``FileNotFoundError`` (without ``create``), ``LockUnsupportedError`` or another
        ``OSError`` when the file cannot be opened.
        """
        flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags, 0o600)
        try:
            taken = _lock(handle)
        except BaseException:
            os.close(handle)
            raise
        if not taken:
            os.close(handle)
            return None
        return cls(path, handle)

    @classmethod
    def take(cls, path: Path, *, wait: float) -> FileLock:
        """Lock ``path``, waiting up to ``wait`` seconds for another process to let go.

        Raises ``TimeoutError`` when it does not, ``OSError`` as ``try_take`` does.
        """
        deadline = time.monotonic() + wait
        while True:
            lock = cls.try_take(path)
            if lock is not None:
                return lock
            if time.monotonic() >= deadline:
                raise TimeoutError(errno.ETIMEDOUT, "låst av en annan process")
            time.sleep(0.01)

    def release(self, *, remove: bool = False) -> None:
        """Let go of the lock; with ``remove`` also delete the file (never fails)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        if remove and sys.platform != "win32":
            # Removed while still held, so nobody can take the lock of a file that is about to
            # go. (Windows cannot remove a file that is open; it is removed after closing.)
            with suppress(OSError):
                self.path.unlink()
        with suppress(OSError):
            os.close(handle)
        if remove and sys.platform == "win32":
            with suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def held_elsewhere(path: Path) -> bool | None:
    """Whether another open file (a running process, or another session here) holds the lock
    on ``path``: None when nobody can tell (no such file, or it cannot be locked)."""
    try:
        lock = FileLock.try_take(path, create=False)
    except OSError:
        return None
    if lock is None:
        return True
    lock.release()
    return False
