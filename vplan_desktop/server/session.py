"""A plan on the server open for editing in the window.

A plan file is edited in a working copy that is written back (``storage.working``); a plan on
the server has no copy: each service call is one transaction on the server, committed at
once, so there is never anything left to save. ``ServerSession`` offers the window what an
``EditSession`` does (the document, saving, "Spara som…", closing) without the file
machinery: saving does nothing, "Spara som…" writes an ordinary plan file from the server's
plan, and closing lets go of the connections.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from vplan_desktop.db.document import FILE_SUFFIX, PlanDocument
from vplan_desktop.errors import PlanFileError, ServerError
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.transfer import download, open_server_plan
from vplan_desktop.storage.locks import PlanLock


class ServerSession:
    """One plan on a server open in the window: every edit is already on the server."""

    read_only = False
    working: Path | None = None
    """No working copy: nothing of the plan is kept on this computer."""
    notice = ""

    def __init__(
        self, address: PlanAddress, credentials: Credentials, document: PlanDocument
    ) -> None:
        self.address = address
        self.credentials = credentials
        """The password given for this plan, if one was asked for: kept in memory while the
        plan is open (new connections need it), never written."""
        self.document = document
        self.plan = Path.home() / f"{address.needs_plan()}{FILE_SUFFIX}"
        """Where a file of the plan would go ("Spara som…", exports suggest its folder); no
        such file is made or read."""

    @classmethod
    def open(cls, address: PlanAddress, credentials: Credentials) -> ServerSession:
        """Connect to the plan ``address`` names; a Swedish ``ServerError`` if it cannot."""
        return cls(address, credentials, open_server_plan(address, credentials))

    @property
    def unsaved(self) -> bool:
        """Never: each edit was committed to the server when it was made."""
        return False

    def save(self, *, overwrite_changed: bool = False) -> bool:
        """Nothing to write: the server has every edit. False, as nothing was written."""
        return False

    def save_as(self, target: Path) -> None:
        """Write the plan as it is on the server to the plan file ``target`` (replaced if
        it exists): an ordinary plan that opens without the server. The plan on the server
        stays the one open."""
        target = target.absolute()
        if not target.parent.is_dir():
            raise PlanFileError(f"Mappen {target.parent} finns inte.")
        lock = PlanLock.acquire(target)  # refuses a file another vplan has open
        try:
            handle, name = tempfile.mkstemp(
                prefix=".vplan-hamtas-", suffix=FILE_SUFFIX, dir=target.parent
            )
            os.close(handle)
            temp = Path(name)
            temp.unlink()  # the download makes the file itself, and wants none there
            try:
                download(self.address, temp, self.credentials)
                os.replace(temp, target)
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()
        except OSError as error:
            raise PlanFileError(
                f"”{target.name}” kunde inte sparas: {error.strerror or error}."
            ) from None
        finally:
            if lock is not None:
                lock.release()

    def backup_if_due(self, now: dt.datetime | None = None) -> None:
        """No snapshots on this computer: the server's own backups keep the plan."""
        return None

    def restore(self, source: Path) -> None:
        raise ServerError(
            "En plan på servern kan inte återställas från en säkerhetskopia på den här datorn. "
            "Den som sköter servern kan återställa planen från serverns säkerhetskopior."
        )

    def close(self, *, keep_unsaved: bool = False) -> None:
        """Let go of the server's connections (there is nothing to write back)."""
        self.document.close()

    def discard(self) -> None:
        self.document.close()
