"""The plan file: one SQLite file per plan, extension ``.vplan``.

``PlanDocument`` is the only way in or out of a plan file: creating, opening (with its checks
and schema upgrade), transactions and closing all go through it, so the way files are stored
can change here without touching anything else.

A file is recognised by its header before SQLite opens it for writing: the SQLite magic, vplan's
``application_id`` and the schema number kept in ``user_version``. Then its schema must be
exactly what vplan's migrations make at its revision, with no SQL of its own (``fingerprint``),
and every value one vplan can read (``value_check``). A file that fails a check is never
written to. Transactions use SQLAlchemy's pysqlite recipe (the driver's own implicit
BEGIN switched off, an explicit BEGIN emitted by SQLAlchemy) so that every user action is one
real SQLite transaction.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from vplan_desktop.db import fingerprint, row_versions, value_check
from vplan_desktop.db.copying import (
    copy_plan_file,
    remove_private_copy,
    rolled_back_copy,
    sqlite_uri,
    stale_journal,
)
from vplan_desktop.db.enums import PlanStatus
from vplan_desktop.db.file_header import (
    APPLICATION_ID,
    FILE_SUFFIX,
    SCHEMA_VERSION,
    FileHeader,
    display_name,
    read_header,
)
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.db.models import Plan
from vplan_desktop.errors import (
    AdoptedPlanError,
    ConflictError,
    PlanFileError,
    disk_full_error,
    is_disk_full,
)

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def damaged_plan(path: Path, detail: str = "") -> PlanFileError:
    """The error for a plan whose pages or values vplan cannot read."""
    return _damaged(display_name(path), detail)


def _damaged(name: str, detail: str = "") -> PlanFileError:
    said = f": {detail}" if detail else ""
    return PlanFileError(f"{name} är skadad och kan inte öppnas{said}. Öppna en säkerhetskopia.")


def _altered(name: str, detail: str) -> PlanFileError:
    return PlanFileError(
        f"{name} är inte en vplan-plan eller ändrad utanför vplan: {detail}. "
        "Av säkerhetsskäl öppnas den inte."
    )


def check_file(path: Path, *, plan: Path | None = None) -> FileHeader:
    """Refuse anything that is not an intact vplan plan of a schema this vplan knows.

    Opens the file read-only; its bytes are never changed by a check. A plan with a stale
    journal beside it is checked as it is once the interrupted change is rolled back, in a
    private copy (see ``copying.rolled_back_copy``). ``plan``: the plan that ``path`` is a
    copy of (vplan's working copy), named in the messages.
    """
    name = display_name(plan or path)
    _refuse_special_files_beside(path)
    journal = stale_journal(path)
    if journal is None:
        return _check(path, name)
    read_header(path)  # a plain answer for a missing, empty or foreign file first
    copy = rolled_back_copy(path, journal)
    try:
        return _check(copy, name)
    finally:
        remove_private_copy(copy)


def check_header(path: Path) -> None:
    """The checks of ``check_file`` that read no more than the file's first 100 bytes: a plain
    answer for a missing, empty, foreign, newer or cut-off file before vplan does anything else
    with it. Whatever copy of the plan is then read must pass ``check_file`` in full."""
    _refuse_special_files_beside(path)
    if stale_journal(path) is not None:
        read_header(path)  # the rest holds for the plan as rolled back (``check_file``)
        return
    _check_header(path, display_name(path))


def _refuse_special_files_beside(path: Path) -> None:
    """SQLite opens a journal beside a plan it reads; a named pipe there would hang it."""
    for suffix in ("-journal", "-wal", "-shm"):
        beside = path.with_name(path.name + suffix)
        try:
            mode = beside.stat().st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            raise PlanFileError(
                f"Bredvid {display_name(path)} ligger ”{beside.name}”, som inte är en vanlig fil. "
                "Planen kan inte öppnas förrän den är borttagen."
            )


def _check_header(path: Path, name: str) -> FileHeader:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(f"{name} är en databasfil från ett annat program, inte en vplan-plan.")
    if header.user_version > SCHEMA_VERSION:
        raise PlanFileError(
            f"{name} är sparad av en nyare version av vplan (filformat {header.user_version}, "
            f"den här versionen läser till och med {SCHEMA_VERSION}). Uppdatera vplan."
        )
    if header.page_count_valid and path.stat().st_size < header.page_size * header.page_count:
        raise PlanFileError(
            f"{name} är avkortad: filen är mindre än planen den ska innehålla. "
            "Öppna en säkerhetskopia av planen."
        )
    return header


def _check(path: Path, name: str) -> FileHeader:
    header = _check_header(path, name)
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error as error:
        raise PlanFileError(f"{name} kunde inte öppnas: {error}.") from None
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        _check_contents(connection, name)
    except sqlite3.DatabaseError:
        raise _damaged(name) from None
    finally:
        connection.close()
    return header


def _check_contents(connection: sqlite3.Connection, name: str) -> None:
    """The checks that read the database, in the order that gives the plainest answer.

    Before anything of the plan is read, its schema must hold no SQL (triggers, views) and be
    exactly what the migrations make at its revision: SQL kept in a file would otherwise run
    when vplan writes to it, and a table vplan did not make is not vplan's to read.
    """
    if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise _damaged(name)
    code = fingerprint.foreign_code(connection)
    if code is not None:
        raise _altered(name, f"den innehåller SQL-kod som vplan inte har skrivit ({code})")
    found = fingerprint.read_fingerprint(connection)
    if "alembic_version" not in found:
        raise _altered(name, "den saknar vplans versionstabell")
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    expected = fingerprint.recorded().get(revision[0][0]) if len(revision) == 1 else None
    if expected is None or revision[0][0] not in known_revisions():
        raise PlanFileError(
            f"{name} har ett filformat som den här versionen av vplan inte känner till. "
            "Uppdatera vplan."
        )
    difference = fingerprint.first_difference(found, expected)
    if difference is not None:
        raise _altered(name, difference)
    if connection.execute("SELECT count(*) FROM plan").fetchone() != (1,):
        raise PlanFileError(f"{name} innehåller ingen plan.")
    bad = value_check.first_bad_value(connection, found)
    if bad is not None:
        raise _damaged(name, f"ett värde i planen ({bad}) går inte att läsa")


def known_revisions() -> set[str]:
    """The Alembic revisions shipped with this vplan, read from the migration file names."""
    versions = _MIGRATIONS / "versions"
    return {path.name.split("_", 1)[0] for path in versions.glob("[0-9]*_*.py")}


def _connect(path: Path, *, read_only: bool, foreign_keys: bool = True) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    connection = sqlite3.connect(sqlite_uri(path, mode), uri=True, check_same_thread=False)
    # SQLAlchemy emits BEGIN itself (see _on_begin); the driver must not start transactions.
    connection.isolation_level = None
    # A plan may come from anywhere: never run SQL kept in the file's schema, and check every
    # cell against its page so a damaged page is reported instead of read past.
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    if foreign_keys:
        connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _engine(path: Path, *, read_only: bool, foreign_keys: bool = True) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, read_only=read_only, foreign_keys=foreign_keys),
        poolclass=QueuePool,
        pool_size=2,
    )
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _migrate(path: Path) -> None:
    """Bring the file's schema to the newest revision through Alembic.

    Foreign keys are off while migrating: batch mode rebuilds tables, which with foreign keys
    on would cascade deletes into the rows that refer to them.
    """
    # Alembic takes about 0.2 s to import; opening a plan already at the newest schema needs none.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    engine = _engine(path, read_only=False, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            # Each migration sets its own number; this also mends a header that disagrees.
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise PlanFileError(
                    f"{display_name(path)} kunde inte uppgraderas: "
                    "planens hänvisningar stämmer inte."
                )
    finally:
        engine.dispose()


def _write_error(path: Path, error: exc.OperationalError) -> PlanFileError:
    text = str(error.orig).lower()
    name = display_name(path)
    if "locked" in text or "busy" in text:
        return PlanFileError(f"{name} används just nu av ett annat program. Försök igen.")
    if "readonly" in text or "read-only" in text:
        return PlanFileError(f"{name} är skrivskyddad; ändringen sparades inte.")
    if is_disk_full(error):
        return disk_full_error(path.name)
    if "disk" in text or "full" in text:
        return PlanFileError(f"Ändringen kunde inte sparas i {name}: disken är full eller fel.")
    return PlanFileError(f"Ändringen kunde inte sparas i {name}: {error.orig}.")


class PlanDocument:
    """An open plan file; use ``transaction()`` for every change.

    ``path`` is the plan as the user knows it (messages name it); ``file`` is where the data
    is read and written: the same file, or a copy of it (vplan's working copy while editing,
    or a private upgraded copy when an older plan is only read).
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool,
        data_file: Path | None = None,
        remove_data_file: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self.path = path
        self.file = data_file or path
        self.read_only = read_only
        self._remove_on_close = data_file if remove_data_file else None
        # A plan on a server comes with its own engine (``server.plans``).
        self._engine = engine if engine is not None else _engine(self.file, read_only=read_only)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self.own_versions: row_versions.OwnVersions = {}
        """The row versions this document has written (``row_versions.check_version``)."""
        self.user_name: str | None = None
        """Who writes the plan, as its rows record it; None: found out on the first write
        (``row_versions.session_user``)."""
        row_versions.watch(self._sessions, self.user)
        self.names: Callable[[Session, str], str | None] | None = None
        """The name a user is known by, from the name the rows keep (on a server her login
        role: ``server.names``); None, or a None from it: the rows' own name."""
        self.commits = 0
        """How many transactions have been committed through this document."""
        self._local = threading.local()
        """The session of the transaction open in this thread, if any (see ``transaction``)."""

    @classmethod
    def open_copy(cls, path: Path, copy: Path) -> PlanDocument:
        """Edit ``copy``, a working copy of the plan ``path``, upgrading its schema if older.

        ``copy`` is checked in full (``check_file``) whatever was checked before: it is what
        vplan reads, and the plan may have changed since it was checked.
        """
        header = check_file(copy, plan=path)
        if header.user_version < SCHEMA_VERSION:
            _migrate(copy)
        return cls(path, read_only=False, data_file=copy)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> PlanDocument:
        """Open an existing plan, upgrading its schema (after a backup) when it is older."""
        path = Path(path)
        header = check_file(path)
        if read_only and (journal := stale_journal(path)) is not None:
            copy = rolled_back_copy(path, journal)
            if header.user_version < SCHEMA_VERSION:
                _migrate(copy)
            return cls(path, read_only=True, data_file=copy, remove_data_file=True)
        if header.user_version < SCHEMA_VERSION:
            if read_only:
                # Reading an older plan never changes it: upgrade a private copy instead.
                handle, name = tempfile.mkstemp(prefix="vplan-", suffix=FILE_SUFFIX)
                os.close(handle)
                copy = Path(name)
                copy_plan_file(path, copy, sync=False)
                _migrate(copy)
                return cls(path, read_only=True, data_file=copy, remove_data_file=True)
            backup = path.with_name(f"{path.name}.format{header.user_version}.bak")
            copy_plan_file(path, backup)
            _migrate(path)
        if not read_only and not os.access(path, os.W_OK):
            raise PlanFileError(f"{display_name(path)} är skrivskyddad. Öppna den skrivskyddad.")
        return cls(path, read_only=read_only)

    @classmethod
    @contextmanager
    def create(cls, path: Path | str) -> Iterator[PlanDocument]:
        """Create a new plan file at ``path``, which must not exist yet.

        The file is built under a temporary name in the same folder and appears under its
        own name only when the ``with`` block has finished without an error: nobody ever sees
        a half-made plan, and an error leaves nothing behind.
        """
        path = Path(path)
        with replace_when_done(path, overwrite=False) as temp:
            with sqlite3.connect(temp) as connection:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.close()
            _migrate(temp)
            document = cls(temp, read_only=False)
            try:
                yield document
            finally:
                document.close()

    @contextmanager
    def transaction(self, *, adopted_too: bool = False) -> Iterator[Session]:
        """One user action: everything in the block is committed together or not at all.

        Transactions nest: one opened inside another (in the same thread) is part of it, so
        several service calls can make one action that is committed, or refused, as a whole.

        An adopted plan (status Antagen) is frozen: its transactions are refused unless
        ``adopted_too`` is given, by the few actions allowed on it (reopening it for edits,
        saving a named version).
        """
        if self.read_only:
            raise PlanFileError(f"{display_name(self.path)} är öppnad skrivskyddad.")
        outer = getattr(self._local, "session", None)
        if outer is not None:
            # Part of a larger action (see services.changes.batch): the outer block commits or
            # rolls back everything; an error here propagates and undoes the whole action.
            yield outer
            return
        written: row_versions.Written = []
        produced: row_versions.OwnVersions = {}
        try:
            with self._sessions() as session, session.begin():
                session.info.update(
                    written=written, produced=produced, own=self.own_versions, user=self.user
                )
                if not adopted_too and self._adopted(session):
                    raise AdoptedPlanError(
                        "Planen är antagen och därför låst för ändringar. Välj Arkiv → "
                        "Öppna antagen plan för ändringar… om den ändå måste ändras."
                    )
                self._local.session = session
                try:
                    yield session
                finally:
                    self._local.session = None
        except ConflictError as error:
            raise self._named(error) from None
        except StaleDataError:
            # Another transaction changed a row between this one's reading and writing it.
            with self.reading() as session:
                conflict = row_versions.conflict_after(session, written)
            raise self._named(conflict) from None
        except exc.OperationalError as error:
            if self._engine.dialect.name != "sqlite":
                raise  # a plan on a server: not a file's error (``server.connection``)
            raise _write_error(self.path, error) from None
        self.commits += 1
        for key, versions in produced.items():
            self.own_versions.setdefault(key, set()).update(versions)

    def _named(self, error: ConflictError) -> ConflictError:
        """The conflict naming whoever it met as people know her (``names``)."""
        if self.names is None or not error.who:
            return error
        with self.reading() as session:
            name = self.names(session, error.who)
        return error if not name or name == error.who else ConflictError(name, error.when)

    def user(self, session: Session) -> str:
        """Who writes the plan, as its rows record it (``row_versions.session_user``)."""
        if self.user_name is None:
            self.user_name = row_versions.session_user(session)
        return self.user_name

    @staticmethod
    def _adopted(session: Session) -> bool:
        # Through Core: every action asks, and the ORM's query machinery costs more here.
        status = session.connection().execute(select(Plan.__table__.c.status)).scalar()
        return status is PlanStatus.ANTAGEN

    def is_adopted(self) -> bool:
        with self.reading() as session:
            return self._adopted(session)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read of the plan; nothing is written."""
        with self._sessions() as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        self._engine.dispose()
        if self._remove_on_close is not None:
            if self._remove_on_close.parent.name.startswith("vplan-journal-"):
                remove_private_copy(self._remove_on_close)
            with suppress(FileNotFoundError):
                self._remove_on_close.unlink()
            self._remove_on_close = None

    def __enter__(self) -> PlanDocument:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()
