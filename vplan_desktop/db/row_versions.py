"""Row versions: who changed a row last and when, and refusing an edit based on a stale row.

Several people may edit one plan on the server at once. Every versioned row
(``columns.Versioned``) counts its edits; an edit names the version its user saw, and is
refused (``ConflictError``, nothing written) when the row has changed since. Between reading
the row and writing it another transaction may still get in first: the ORM writes an update
only where the row still has the version it was read with (``version_id_col``), and an update
that finds no such row becomes the same ``ConflictError`` (``conflict_after``).

The version and the stamp are set here, just before each flush, for every row the ORM writes:
services need not remember to. Writes through Core (the cell services) stamp with
``stamp_values``.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from vplan_desktop.db.columns import Versioned
from vplan_desktop.errors import ConflictError

VERSION_COLUMNS = frozenset({"version", "andrad_av", "andrad_tid"})
"""The columns ``columns.Versioned`` adds: kept by vplan itself, never edited."""

KEEPS_VERSION = frozenset({"ordning", "version", "andrad_av", "andrad_tid"})
"""Columns whose change alone leaves the version: the stamp itself, and the place among
siblings, which moves when another item is added, moved or removed."""

Written = list[tuple[type[Versioned], tuple[Any, ...], int]]
"""Rows a flush updates under a version check: model, primary key, the version read."""


def utc_now() -> dt.datetime:
    """Now in UTC, as the ``andrad_tid`` columns keep it (without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(stamp: dt.datetime | None) -> dt.datetime | None:
    """An ``andrad_tid`` in this computer's time zone (for messages)."""
    if stamp is None:
        return None
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def os_user() -> str:
    """The computer's user: who changes a plan file, by her full name where the computer
    keeps one at hand ("Anna Svensson"), else her login."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "okänd användare"
    return full_name(login) or login


def full_name(login: str) -> str:
    """The full name of the computer's user ``login`` ("" where none is known). Only where it
    costs nothing: the password database's comment on Linux and macOS. (Windows would ask
    the domain controller, which can take seconds on a laptop away from the office.)"""
    try:
        import pwd  # not on Windows
    except ImportError:
        return ""
    try:
        comment = pwd.getpwnam(login).pw_gecos
    except (KeyError, OSError):
        return ""
    name = " ".join(comment.split(",", 1)[0].split())
    return "" if name.casefold() == login.casefold() else name


def session_user(session: Session) -> str:
    """Who is writing through ``session``: the role logged in on a server (the name the
    server knows the user by), else the computer's user."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.connection().execute(select(func.current_user())).scalar_one())
    return os_user()


def user_of(session: Session) -> str:
    """Who writes through ``session``: its document's user (``PlanDocument.user``)."""
    user: Callable[[Session], str] | None = session.info.get("user")
    return user(session) if user is not None else session_user(session)


def stamp_values(session: Session) -> dict[str, Any]:
    """The stamp a Core write sets on a row (the version it sets itself)."""
    return {"andrad_av": user_of(session), "andrad_tid": utc_now()}


RowKey = tuple[str, tuple[Any, ...]]
"""A row: its table's name and its primary key."""


def touched(session: Session) -> set[RowKey]:
    """The rows this transaction has already written (and so checked, where it was asked)."""
    found: set[RowKey] = session.info.setdefault("touched", set())
    return found


def row_key(obj: Versioned) -> RowKey:
    """The key of a loaded ORM row."""
    return (type(obj).__table__.name, tuple(inspect(obj).identity or ()))  # type: ignore[attr-defined]


OwnVersions = dict[RowKey, set[int]]
"""The versions of rows one document (one user's window) has written itself."""


def produced(session: Session, key: RowKey, version: int) -> None:
    """Note that this transaction wrote version ``version`` of the row ``key``; the document
    keeps it once the transaction is committed (``PlanDocument.own_versions``)."""
    pending: OwnVersions = session.info.setdefault("produced", {})
    pending.setdefault(key, set()).add(version)


def _own(session: Session, key: RowKey) -> set[int]:
    committed: OwnVersions = session.info.get("own", {})
    pending: OwnVersions = session.info.get("produced", {})
    return committed.get(key, set()) | pending.get(key, set())


def check_version(session: Session, key: RowKey, row: Any, seen: int | None) -> None:
    """Refuse an edit based on version ``seen`` of ``row`` (an ORM object or a Core row with
    the versioned columns) when someone else has changed the row since.

    ``seen`` None: not checked (an import, a rollover, a script: edits not based on what a
    user was shown). Versions written since ``seen`` by this same document are no conflict:
    undoing two edits of one item, one after the other, meets the version its own undo of
    the later edit made, and a batch may edit one item twice.
    """
    if seen is None or row.version == seen:
        return
    own = _own(session, key)
    if row.version > seen and all(v in own for v in range(seen + 1, row.version + 1)):
        return
    if row.version in own:
        # The last change was this user's own, after someone else's: the row no longer says
        # whose that was.
        raise ConflictError("", None)
    raise ConflictError(row.andrad_av, local_time(row.andrad_tid))


def check_item(session: Session, obj: Versioned, seen: int | None) -> None:
    """``check_version`` for a loaded ORM row."""
    check_version(session, row_key(obj), obj, seen)


def _changed_columns(obj: Versioned) -> set[str]:
    state = inspect(obj)
    return {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


def watch(sessions: sessionmaker[Session], user: Callable[[Session], str]) -> None:
    """Stamp and version every versioned row that sessions of ``sessions`` flush."""

    def before_flush(session: Session, context: Any, instances: Any) -> None:
        # ``session.new`` and ``session.dirty`` build a new set at each access: once each, or
        # a flush of a whole plan (an import, a rollover) costs the square of its rows.
        new = session.new
        touched_rows = [obj for obj in new if isinstance(obj, Versioned)] + [
            obj for obj in session.dirty if isinstance(obj, Versioned) and session.is_modified(obj)
        ]
        if not touched_rows:
            return
        who = user(session)
        now = utc_now()
        written: Written = session.info.setdefault("written", [])
        done = touched(session)
        for obj in touched_rows:
            if obj in new:
                obj.version = obj.version or 1
            else:
                read = obj.version  # not set by anyone but this function
                written.append((type(obj), inspect(obj).identity or (), read))
                if not _changed_columns(obj) - KEEPS_VERSION:
                    continue
                obj.version = read + 1
                done.add(row_key(obj))
                produced(session, row_key(obj), read + 1)
            obj.andrad_av = who
            obj.andrad_tid = now

    event.listen(sessions, "before_flush", before_flush)


def conflict_after(session: Session, written: Written) -> ConflictError:
    """The conflict a failed versioned update met: the first row written that has changed
    (or gone) since it was read, looked up in ``session`` (a new transaction)."""
    for model, key, read in written:
        mapper = inspect(model)
        table: Any = mapper.local_table
        where = [column == value for column, value in zip(mapper.primary_key, key, strict=True)]
        found = session.execute(
            select(table.c.version, table.c.andrad_av, table.c.andrad_tid).where(*where)
        ).first()
        if found is None:
            return ConflictError("", None)
        if found.version != read:
            return ConflictError(found.andrad_av, local_time(found.andrad_tid))
    return ConflictError("", None)
