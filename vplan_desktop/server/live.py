"""Others' edits of a plan on the server, and who else has it open: for the window showing it.

A window with a plan on the server keeps one more connection, a ``PlanListener``: it LISTENs
on the plan's channel, where the plan's triggers (``notify_sql``) announce every change when
its transaction commits, and it names itself ``vplan <plan>`` (its ``application_name``) so
that every window with the plan open can see the others in ``pg_stat_activity``: the server
shows each session's user and application name to every user, nothing more.

``receive`` reads what has arrived without waiting (the window calls it when the connection's
socket has something to read) and leaves out the window's own edits: each notification
carries its writer's backend pid, and the listener knows the pids of the window's own
connections (``track``). ``remote_change`` turns others' edits into the ``Change`` the window
reads again: only the items named where the snapshot can patch them, the parts their kinds
touch otherwise, the whole plan when it cannot tell.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine, event

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ServerError
from vplan_desktop.sections import ItemKind, section_of
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.catalog import CATALOG
from vplan_desktop.server.connection import connect
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.names import names_of
from vplan_desktop.server.notify_sql import WATCHED
from vplan_desktop.services.changes import Change, combined

MAX_ITEMS = 40
"""More distinct items than this in one batch of others' edits: the whole plan is read again
(one read of everything is quicker than many small ones)."""

LOST = "Förbindelsen med servern bröts; andras ändringar visas inte förrän den är tillbaka."

_NAME_BYTES = 63
"""PostgreSQL keeps at most this much of an application name."""


@dataclass(frozen=True, slots=True)
class Notice:
    """One changed row, as the plan's trigger announced it."""

    op: str
    """``I`` added, ``U`` values changed, ``M`` moved (place or parent changed), ``D`` removed."""
    table: str
    item_id: int | None
    """The item the row is (or belongs to); None if the payload named none."""
    pid: int
    """The backend that wrote it."""


def parse(payload: str, pid: int) -> Notice | None:
    """The notice in a trigger's ``payload`` ("U aktivitet 12"); None for one not vplan's."""
    parts = payload.split(" ")
    if len(parts) != 3 or parts[0] not in ("I", "U", "M", "D"):
        return None
    op, table, item = parts
    return Notice(op, table, int(item) if item.lstrip("-").isdigit() else None, pid)


def _not_undoable(doc: PlanDocument) -> Change:
    raise RuntimeError("another user's edit is not on this window's undo stack")


def remote_change(notices: Sequence[Notice]) -> Change | None:
    """What the window must read again after others' edits ``notices``: a ``Change`` naming
    each item (read alone where it changed in place), or None: read the whole plan (a change
    of the plan's own row, an unknown table, or too many items)."""
    leaves: dict[tuple[ItemKind, int | None, bool], Change] = {}
    for notice in notices:
        found = WATCHED.get(notice.table)
        if found is None:
            return None  # a table of a newer vplan: read everything
        kind, column = found
        if kind is ItemKind.PLAN:
            return None  # the plan's own row touches every part
        # The values of one item: an update of its own row that did not move it, or any
        # change of a row of its values (an amount, a year's value).
        in_place = notice.item_id is not None and (
            notice.op == "U" if column == "id" else notice.op in ("I", "U", "D")
        )
        key = (kind, notice.item_id, in_place)
        if key not in leaves:
            leaves[key] = Change(
                section_of(kind), kind, notice.item_id, _not_undoable, in_place=in_place
            )
            if len(leaves) > MAX_ITEMS:
                return None
    if not leaves:
        return None
    return combined(list(leaves.values()))


def application_name(plan: str) -> str:
    """The application name of a window's listener on ``plan``: ``vplan <plan>``, or with a
    short hash of the name where the whole would be longer than PostgreSQL keeps."""
    name = f"vplan {plan}"
    if len(name.encode()) <= _NAME_BYTES:
        return name
    digest = hashlib.sha1(plan.encode()).hexdigest()[:8]
    head = name
    while len(f"{head} {digest}".encode()) > _NAME_BYTES:
        head = head[:-1]
    return f"{head} {digest}"


@dataclass
class PlanListener:
    """The window's own connection for hearing of others' edits and seeing who else has the
    plan open. Not thread-safe: one window's thread uses it."""

    connection: psycopg.Connection[Any]
    channel: str
    presence: str
    """This listener's application name as the server shows it (what others match)."""
    own: set[int] = field(default_factory=set)
    """The backend pids of the window's own connections: their edits are left out."""
    own_heard: int = 0
    """How many notifications of the window's own edits were left out (for tests)."""
    on_close: list[Callable[[], None]] = field(default_factory=list)
    """Called before the connection closes (a watcher stops watching its socket)."""
    _engines: list[Engine] = field(default_factory=list)
    _names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def open(
        cls, address: PlanAddress, credentials: Credentials, document: PlanDocument | None = None
    ) -> PlanListener:
        """Listen on the plan ``address`` names; ``document``'s own edits are left out. A
        Swedish ``ServerError`` if the server cannot be reached."""
        plan = address.needs_plan()
        connection = connect(address, credentials)
        try:
            connection.autocommit = True
            schema = connection.execute(
                sql.SQL("SELECT schema_namn FROM {}.plan WHERE namn = %s").format(
                    sql.Identifier(CATALOG)
                ),
                [plan],
            ).fetchone()
            if schema is None:
                raise ServerError(f"Planen ”{plan}” finns inte längre på servern.")
            channel = str(schema[0])
            connection.execute(
                "SELECT set_config('application_name', %s, false)", [application_name(plan)]
            )
            shown = connection.execute(
                "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"
            ).fetchone()
            connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except psycopg.Error as error:
            connection.close()
            raise ServerError(f"{LOST} ({error})") from None
        except BaseException:
            connection.close()
            raise
        listener = cls(connection, channel, str(shown[0]) if shown else application_name(plan))
        if document is not None:
            listener.follow(document)
        return listener

    @property
    def pid(self) -> int:
        """This listener's own backend pid."""
        return int(self.connection.info.backend_pid)

    def fileno(self) -> int:
        """The connection's socket: readable when notifications have arrived."""
        return self.connection.fileno()

    def follow(self, document: PlanDocument) -> None:
        """Leave out the edits made through ``document`` (the window's own), and no longer
        those of a document followed before (a session that connected anew has a new one)."""
        with document.reading() as session:
            bind = session.get_bind()
        self._untrack()
        if isinstance(bind, Engine):
            self.track(bind)

    def track(self, engine: Engine) -> None:
        """Leave out the edits made through ``engine``'s connections (the window's own)."""
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "close", self._closed)
        self._engines.append(engine)

    def _checked_out(self, dbapi_connection: Any, record: object, proxy: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int) and pid:
            self.own.add(pid)

    def _closed(self, dbapi_connection: Any, record: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        self.own.discard(pid)  # a pid may be given to another backend later

    def receive(self) -> list[Notice]:
        """Others' edits announced since the last call, without waiting; the window's own
        and anything not vplan's are left out. ``ServerError`` if the connection broke."""
        try:
            arrived = list(self.connection.notifies(timeout=0))
        except psycopg.Error:
            raise ServerError(LOST) from None
        found: list[Notice] = []
        for notify in arrived:
            if notify.channel != self.channel:
                continue
            if notify.pid in self.own:
                self.own_heard += 1
                continue
            notice = parse(notify.payload, notify.pid)
            if notice is not None:
                found.append(notice)
        return found

    def others(self) -> list[str]:
        """Who else has the plan open now (a window of theirs listens), by name, sorted; a
        user with it open twice is named once, and the user herself (in another window, on
        another computer) not at all. ``ServerError`` if the connection broke."""
        try:
            users = [
                str(row[0])
                for row in self.connection.execute(
                    "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = "
                    "current_database() AND application_name = %s AND usename <> session_user",
                    [self.presence],
                )
            ]
            unnamed = [user for user in users if user not in self._names]
            if unnamed:
                self._names.update(names_of(self.connection, unnamed))
        except psycopg.Error:
            raise ServerError(LOST) from None
        return sorted((self._names.get(user, user) for user in users), key=str.casefold)

    def close(self) -> None:
        """Stop listening and let go of the connection (called when the plan is closed)."""
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            callback()
        self._untrack()
        self.connection.close()

    def _untrack(self) -> None:
        for engine in self._engines:
            for name, handler in (("checkout", self._checked_out), ("close", self._closed)):
                if event.contains(engine, name, handler):
                    event.remove(engine, name, handler)
        self._engines.clear()
        self.own.clear()
