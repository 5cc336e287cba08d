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

from sqlalchemy import text

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import PlanFileError, ServerError
from vplan_desktop.server import catalog
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.chapter_holds import ChapterHolds
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.live import PlanListener
from vplan_desktop.server.permissions import FULL, Permissions
from vplan_desktop.server.rights import Roll, own_right
from vplan_desktop.server.rights_sql import LIMITS, VERKSAMHET_OF
from vplan_desktop.server.transfer import download, open_server_plan
from vplan_desktop.storage.locks import PlanLock


class ServerSession:
    """One plan on a server open in the window: every edit is already on the server."""

    working: Path | None = None
    """No working copy: nothing of the plan is kept on this computer."""
    notice = ""
    listener: PlanListener | None = None
    """Others' edits and who else has the plan open (``server.live``), while a window shows
    it; closed with the session."""

    def __init__(
        self,
        address: PlanAddress,
        credentials: Credentials,
        document: PlanDocument,
        permissions: Permissions = FULL,
    ) -> None:
        self.address = address
        self.credentials = credentials
        """The password given for this plan, if one was asked for: kept in memory while the
        plan is open (new connections need it), never written."""
        self.document = document
        self.plan = Path.home() / f"{address.needs_plan()}{FILE_SUFFIX}"
        """Where a file of the plan would go ("Spara som…", exports suggest its folder); no
        such file is made or read."""
        self.chapter_holds = ChapterHolds(address, credentials)
        """Which chapter's text this window is writing (``server.chapter_holds``)."""
        self.permissions = permissions
        """What the user's right in the plan lets her change (the server decides all the
        same): read when the plan is opened."""

    @property
    def read_only(self) -> bool:
        """A läsare's plan is shown as a plan opened read-only."""
        return not self.permissions.writes

    @classmethod
    def open(cls, address: PlanAddress, credentials: Credentials) -> ServerSession:
        """Connect to the plan ``address`` names; a Swedish ``ServerError`` if it cannot."""
        document = open_server_plan(address, credentials)
        try:
            permissions = read_permissions(document, address)
        except BaseException:
            document.close()
            raise
        return cls(address, credentials, document, permissions)

    def reconnect(self) -> None:
        """Connect anew after the connection broke: a new document on a new engine, with
        the same checks as opening the plan; the old one's connections are let go. Keeps
        what this window wrote (its own row versions, ``row_versions.check_version``). A
        ``ServerUnreachable`` while the server still cannot be reached. The chapter holds
        get a new connection too, and the chapter held before is taken again
        (``ChapterHolds.renew``)."""
        document = open_server_plan(self.address, self.credentials)
        document.own_versions = self.document.own_versions
        document.user_name = self.document.user_name
        old, self.document = self.document, document
        old.close()
        self.chapter_holds.renew()

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
        self._stop_listening()
        self.chapter_holds.close()
        self.document.close()

    def discard(self) -> None:
        self._stop_listening()
        self.chapter_holds.close()
        self.document.close()

    def _stop_listening(self) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.close()


def read_permissions(document: PlanDocument, address: PlanAddress) -> Permissions:
    """The logged-in user's own right in the plan (``rights.own_right``) as what the window
    lets her change; a plan without rights, or its owner: everything."""
    plan = address.needs_plan()
    with (
        catalog.statements(f"läsa din behörighet i planen ”{plan}”"),
        document.reading() as session,
    ):
        connection = session.connection()
        right = own_right(connection, address.database, plan)
        if right is None:
            return FULL
        if right.roll is Roll.LASARE:
            return Permissions(writes=False, adopts=False, roll=right.roll.value)
        if right.roll is Roll.ADMIN:
            return Permissions(roll=right.roll.value)
        if not right.verksamheter:
            return Permissions(adopts=False, roll=right.roll.value)
        ids = connection.execute(
            text(
                f"SELECT verksamhet_id FROM {LIMITS} WHERE plan = :plan "
                "AND anvandare = session_user AND verksamhet_id IS NOT NULL"
            ),
            {"plan": plan},
        ).scalars()
        return Permissions(
            verksamheter=frozenset(int(i) for i in ids),
            tables=frozenset(VERKSAMHET_OF),
            adopts=False,
            roll=right.roll.value,
            names=right.verksamheter,
        )
