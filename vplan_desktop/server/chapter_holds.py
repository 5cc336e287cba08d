"""Who is writing a chapter's text in a plan on the server: one editor at a time.

A window that begins typing in a chapter takes a session-level advisory lock on a connection
of its own (``ChapterHolds``), keyed by the plan's schema and the chapter's id. The lock is
the only truth: the server lets go of it when the window releases it, closes the plan, or
its connection drops (vplan crashed, the computer slept, the network went), so a hold can
never outlive its window.

Who holds it is read from ``pg_locks`` and ``pg_stat_activity``, which every role may read
for the lock's backend: its user name and its ``application_name`` (the rest of another
user's session, such as when it began, PostgreSQL shows only to superusers). The holding
connection therefore writes into its own ``application_name`` when it took the lock,
``vplan: redigerar kapitel sedan 2026-11-29T09:42:07Z`` (the server's clock, in UTC): gone
with the connection, like the lock. A connection holds one chapter at a time, as a window
shows one; taking another lets go of the first.

The holder is named as people know her where the database keeps her name
(``server.names``), else by the role she logged in as.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import psycopg

from vplan_desktop.errors import ServerError
from vplan_desktop.server import catalog
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.connection import connect, quoted
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.server.names import names_of

APPLICATION = "vplan"
"""The ``application_name`` of the connection while it holds no chapter."""
_HOLDING = "vplan: redigerar kapitel sedan "
_SINCE = re.compile(re.escape(_HOLDING) + r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)Z$")
_HOLDER_COLUMNS = """
    SELECT a.usename, a.application_name, a.usename = current_user
    FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.classid::bigint = %s AND l.objid::bigint = %s
      AND l.pid <> pg_backend_pid()
    LIMIT 1
"""


@dataclass(frozen=True, slots=True)
class Holder:
    """Someone else writing the chapter: who (``name``), and since when (local time; None
    when the holder's connection does not say)."""

    name: str
    since: dt.datetime | None
    yourself: bool = False
    """The same user, in another window (or on another computer)."""

    def message(self, *, today: dt.date | None = None) -> str:
        """ "Kapitlet redigeras av Anna Svensson sedan kl. 10.42", with the date when the
        hold began before today."""
        who = "dig i ett annat fönster" if self.yourself else (self.name.strip() or "någon annan")
        if self.since is None:
            return f"Kapitlet redigeras av {who}."
        day = today if today is not None else dt.date.today()
        clock = f"kl. {self.since.hour:02d}.{self.since.minute:02d}"
        moment = clock if self.since.date() == day else f"{self.since.date().isoformat()} {clock}"
        return f"Kapitlet redigeras av {who} sedan {moment}."


@dataclass(frozen=True, slots=True)
class Held:
    """The chapter is this connection's to write; ``version`` is the chapter's row version
    on the server when it was taken (None: the chapter is no longer in the plan), so the
    editor can tell whether the text it shows is still the latest."""

    version: int | None


def lock_key(schema: str, chapter_id: int) -> tuple[int, int]:
    """The advisory lock's two keys: a 32-bit hash of the plan's schema, and the chapter."""
    digest = hashlib.sha256(f"vplan kapitel\0{schema}".encode()).digest()
    return int.from_bytes(digest[:4], "big", signed=True), chapter_id


def _since(application_name: str | None) -> dt.datetime | None:
    """When the holder took the chapter (local time), from its ``application_name``."""
    found = _SINCE.match(application_name or "")
    if found is None:
        return None
    stamp = dt.datetime.fromisoformat(found.group(1)).replace(tzinfo=dt.UTC)
    return stamp.astimezone().replace(tzinfo=None)


Connect = Callable[[], psycopg.Connection[Any]]

_QUICK = (
    ("connect_timeout", "5"),
    ("keepalives_idle", "5"),
    ("keepalives_interval", "2"),
    ("keepalives_count", "2"),
    ("tcp_user_timeout", "8000"),
)
"""The window asks on this connection every few seconds, and waits for the answer: a
network gone quiet is given up on within about ten seconds, not the system's minutes."""


class ChapterHolds:
    """The chapter holds of one window on one plan on the server, on a connection of their
    own (made at the first call, so a plan only looked at opens none)."""

    def __init__(
        self, address: PlanAddress, credentials: Credentials, *, opener: Connect | None = None
    ) -> None:
        self.plan = address.needs_plan()
        self._address = address
        quick = replace(address, options=(*address.options, *_QUICK))
        self._opener = opener or (lambda: connect(quick, credentials))
        self._connection: psycopg.Connection[Any] | None = None
        self._schema: str | None = None
        self.held: int | None = None
        """The chapter this window holds, if any."""
        self.closed = False
        self._names: dict[str, str] = {}
        """The names the holders are known by, by role (looked up once per window)."""

    # --- the three questions -------------------------------------------------------------

    def take(self, chapter_id: int) -> Held | Holder:
        """Hold the chapter ``chapter_id`` for this window (letting go of another it held),
        or, when someone else holds it, who does. A ``ServerError`` if the server cannot be
        reached (nothing is held then)."""
        if self.held is not None and self.held != chapter_id:
            self.release(self.held)
        with self._talking("reservera kapitlet") as connection:
            key = self._key(connection, chapter_id)
            if self.held != chapter_id:
                got = connection.execute("SELECT pg_try_advisory_lock(%s, %s)", key).fetchone()
                if not (got and got[0]):
                    return self._holder(connection, key) or Holder("", None)
                self.held = chapter_id
                connection.execute(
                    "SELECT set_config('application_name', %s || to_char(now() AT TIME ZONE "
                    "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), false)",
                    [_HOLDING],
                )
            return Held(self._version(connection, chapter_id))

    def release(self, chapter_id: int) -> None:
        """Let go of the chapter ``chapter_id`` if this window holds it. A connection that is
        gone already let go of it: nothing is said then."""
        if self.held != chapter_id or self._connection is None:
            return
        self.held = None
        try:
            self._connection.execute(
                "SELECT pg_advisory_unlock(%s, %s), set_config('application_name', %s, false)",
                [*self._key(self._connection, chapter_id), APPLICATION],
            )
        except psycopg.Error:
            self._drop()  # its locks went with it

    def holder(self, chapter_id: int) -> Holder | None:
        """Who else holds the chapter ``chapter_id`` now; None when nobody else does."""
        if self.held == chapter_id:
            return None
        with self._talking("se vem som skriver i kapitlet") as connection:
            return self._holder(connection, self._key(connection, chapter_id))

    def still_held(self, chapter_id: int) -> bool:
        """Whether this window still holds the chapter ``chapter_id`` on the server (its
        connection may have been cut: a ``ServerError`` then, and nothing is held)."""
        if self.held != chapter_id:
            return False
        with self._talking("se om kapitlet fortfarande är ditt") as connection:
            found = connection.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid = pg_backend_pid() AND objsubid = 2 AND classid::bigint = %s "
                "AND objid::bigint = %s)",
                [k & 0xFFFFFFFF for k in self._key(connection, chapter_id)],
            ).fetchone()
        if not (found and found[0]):
            self.held = None
        return self.held == chapter_id

    def version(self, chapter_id: int) -> int | None:
        """The chapter's row version on the server now (None: no longer in the plan)."""
        with self._talking("läsa kapitlet") as connection:
            self._key(connection, chapter_id)  # finds the plan's schema
            return self._version(connection, chapter_id)

    def renew(self) -> Held | Holder | None:
        """After the window's connection to the server broke and was made anew
        (``ServerSession.reconnect``): let go of this connection (the server lets go of its
        hold with it, if it has not already) and take the chapter held before again on a
        new one. What taking it gave: ``Held``, or who holds it now (``held`` is None then,
        and the editor's next look shows who); None when no chapter was held, or the server
        could not be asked (the next key takes it anew)."""
        held, self.held = self.held, None
        self._drop()
        if held is None or self.closed:
            return None
        try:
            return self.take(held)
        except ServerError:
            return None

    def close(self) -> None:
        """Close the connection: whatever it held is let go of by the server. Nothing is
        asked of the server after this."""
        self.closed = True
        self.held = None
        self._drop()

    # --- the connection ------------------------------------------------------------------

    def _open(self) -> psycopg.Connection[Any]:
        if self.closed:
            raise ServerError("Planen är stängd.")
        if self._connection is None or self._connection.closed:
            connection = self._opener()
            connection.autocommit = True
            connection.execute("SELECT set_config('application_name', %s, false)", [APPLICATION])
            self._connection = connection
        return self._connection

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(psycopg.Error):
                connection.close()

    @contextmanager
    def _talking(self, what: str) -> Iterator[psycopg.Connection[Any]]:
        """The holds' connection for a conversation about ``what`` (Swedish): a failure
        closes it (the next call makes a new one) and becomes a Swedish ``ServerError``."""
        try:
            connection = self._open()
        except ServerError as error:
            raise ServerError(f"Det gick inte att {what}: {error.message}") from None
        try:
            yield connection
        except psycopg.Error:
            self.held = None  # a broken connection holds nothing
            self._drop()
            raise ServerError(
                f"Förbindelsen med servern bröts; det gick inte att {what}."
            ) from None

    def _key(self, connection: psycopg.Connection[Any], chapter_id: int) -> tuple[int, int]:
        if self._schema is None:
            found = connection.execute(
                f"SELECT schema_namn FROM {catalog.CATALOG}.plan WHERE namn = %s", [self.plan]
            ).fetchone()
            self._schema = str(found[0]) if found else catalog.schema_of(self.plan)
        return lock_key(self._schema, chapter_id)

    def _version(self, connection: psycopg.Connection[Any], chapter_id: int) -> int | None:
        assert self._schema is not None  # found by _key
        found = connection.execute(
            f"SELECT version FROM {quoted(self._schema)}.kapitel WHERE id = %s", [chapter_id]
        ).fetchone()
        return None if found is None else int(found[0])

    def _holder(self, connection: psycopg.Connection[Any], key: tuple[int, int]) -> Holder | None:
        # pg_locks shows the two keys as unsigned (oid).
        found = connection.execute(_HOLDER_COLUMNS, [k & 0xFFFFFFFF for k in key]).fetchone()
        if found is None:
            return None
        user, application, yourself = found
        return Holder(self._name(connection, str(user or "")), _since(application), bool(yourself))

    def _name(self, connection: psycopg.Connection[Any], role: str) -> str:
        """The name ``role`` is known by (``server.names``), else the role's own."""
        if role and role not in self._names:
            self._names[role] = names_of(connection, [role]).get(role, role)
        return self._names.get(role, role)
