"""Editing a plan through a local working copy, written back whole.

SQLite's own advice is not to edit a database over a network filesystem, and a sync client
that copies a file in the middle of a transaction copies a broken file. So vplan never edits the
plan the user opened. Opening makes a consistent copy (SQLite's backup API, the plan opened
read-only) in the per-user data folder, and every user action is committed there at once.
``EditSession.save`` writes the plan back: the backup API into a temporary file in the plan's
own folder, ``fsync``, ``quick_check``, then ``os.replace`` over the plan. A share or a sync
client only ever sees a complete old file or a complete new one.

Beside each working copy lies a small note (JSON) naming the plan, the process and what was
last written back; ``recovery`` finds the notes of processes that died.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path

from vplan_desktop.db.copying import (
    change_counter,
    copy_plan_file,
    remove_private_copy,
    rolled_back_copy,
    settle,
    stale_journal,
    sync_folder,
)
from vplan_desktop.db.document import SCHEMA_VERSION, PlanDocument, check_file
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage import backups
from vplan_desktop.storage.locks import PlanLock
from vplan_desktop.storage.places import computer_name, plan_key, working_folder
from vplan_desktop.storage.recovery import (
    Unsaved,
    UnsavedEditsError,
    find_unsaved,
    note_path,
    read_note,
    remove_files,
    unsaved_for,
)

__all__ = [
    "EditSession",
    "PlanChangedOnDiskError",
    "Unsaved",
    "UnsavedEditsError",
    "WriteBackError",
    "find_unsaved",
    "unsaved_for",
]


class WriteBackError(PlanFileError):
    """The plan could not be written back; the edits are safe in the working copy.

    ``retry`` says whether trying again later may help (a share that is away) or whether the
    user must choose another place ("Spara som…").
    """

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class PlanChangedOnDiskError(WriteBackError):
    """Someone else wrote the plan file since vplan last did; it is not overwritten."""


def _write_error(plan: Path, error: OSError) -> WriteBackError:
    name = f"”{plan.name}”"
    kept = "Dina ändringar finns kvar i vplans arbetskopia."
    code = error.errno
    if code == errno.ENOSPC:
        return WriteBackError(
            f"{name} kunde inte sparas: disken är full. {kept} Frigör utrymme eller välj "
            "Spara som… för att spara planen någon annanstans.",
            retry=True,
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteBackError(
            f"{name} kunde inte sparas: filen eller mappen är skrivskyddad eller så saknar du "
            f"behörighet. {kept} Välj Spara som… för att spara planen någon annanstans.",
            retry=False,
        )
    if code == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206:
        return WriteBackError(
            f"{name} kunde inte sparas: sökvägen är för lång. {kept} Välj Spara som… och en "
            "kortare sökväg.",
            retry=False,
        )
    if code in (errno.ENOENT, errno.ENOTDIR, errno.EIO, errno.ESTALE, errno.EHOSTDOWN):
        return WriteBackError(
            f"{name} kunde inte sparas: mappen {plan.parent} går inte att nå (är nätverket "
            f"borta?). {kept} vplan försöker igen; du kan också välja Spara som….",
            retry=True,
        )
    return WriteBackError(
        f"{name} kunde inte sparas: {error.strerror or error}. {kept} Välj Spara som… för att "
        "spara planen någon annanstans.",
        retry=True,
    )


def write_plan_file(source: Path, target: Path) -> tuple[int, int]:
    """Write the database ``source`` over ``target`` whole; return the new file's
    (mtime_ns, size). The target folder only ever holds the old file or the new one."""
    folder = target.parent
    handle, name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(name)
    try:
        copy_plan_file(source, temp)  # backup API, fsync, quick_check
        with suppress(OSError):
            temp.chmod(target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temp, target)
    finally:
        remove_files(temp)
    sync_folder(folder)
    stat = target.stat()
    return stat.st_mtime_ns, stat.st_size


class EditSession:
    """One plan open for editing: its working copy, its lock and its write-backs.

    ``document`` is the working copy as a ``PlanDocument`` (its ``path`` is the plan, for
    messages). ``read_only`` sessions read a private copy and never write anything.
    """

    def __init__(
        self,
        plan: Path,
        document: PlanDocument,
        *,
        lock: PlanLock | None,
        working: Path | None,
        stamp: tuple[int, int] | None,
        saved_counter: int | None,
    ) -> None:
        self.plan = plan
        self.document = document
        self.lock = lock
        self.working = working
        self._stamp = stamp
        self._saved_counter = saved_counter
        self._backed_up = dt.datetime.now()
        self._backup_counter: int | None = None
        self.opened = dt.datetime.now().isoformat(timespec="seconds")
        self.notice = ""
        """Something the user should know about the plan file, said once it is open."""

    @property
    def read_only(self) -> bool:
        return self.working is None

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> EditSession:
        """Open the plan at ``path``.

        Raises ``PlanInUseError`` if another vplan has it and ``UnsavedEditsError`` if an
        earlier run left edits that were never written back (see ``resume``).
        """
        plan = Path(path).absolute()
        header = check_file(plan)
        if read_only:
            return cls._read_only(plan)
        unsaved = unsaved_for(plan)
        if unsaved is not None:
            raise UnsavedEditsError(unsaved)
        lock = PlanLock.acquire(plan)
        working = working_folder() / f"{plan_key(plan)}.vplan"
        try:
            working.parent.mkdir(parents=True, exist_ok=True)
            remove_files(working, note_path(working))
            journal = stale_journal(plan)
            source = rolled_back_copy(plan, journal) if journal else plan
            try:
                copy_plan_file(source, working)
            except (OSError, sqlite3.Error) as error:
                raise PlanFileError(
                    f"”{plan.name}” kunde inte kopieras till vplans arbetskopia: {error}."
                ) from None
            finally:
                if source != plan:
                    remove_private_copy(source)
            stat = plan.stat()
            session = cls(
                plan,
                PlanDocument.open_copy(plan, working),
                lock=lock,
                working=working,
                stamp=(stat.st_mtime_ns, stat.st_size),
                saved_counter=None,
            )
        except BaseException:
            remove_files(working, note_path(working))
            if lock is not None:
                lock.release()
            raise
        if journal is not None:
            session.notice = (
                f"Bredvid planen låg journalfilen ”{journal.name}” från en ändring som ett annat "
                "program inte gjorde klart. vplan visar planen som den var före den ändringen; "
                "journalfilen döps om till ”…-journal.gammal” när planen sparas."
            )
        if header.user_version < SCHEMA_VERSION:
            session._keep_old_format(header.user_version)
        else:
            session._saved_counter = change_counter(working)
        session._write_note()
        session.take_backup()
        return session

    @classmethod
    def _read_only(cls, plan: Path) -> EditSession:
        """A private snapshot of the plan: the plan file itself is not kept open, so whoever
        edits it can still write it back."""
        handle, name = tempfile.mkstemp(prefix="vplan-las-", suffix=".vplan")
        os.close(handle)
        copy = Path(name)
        try:
            copy_plan_file(plan, copy, sync=False)
            if check_file(copy).user_version < SCHEMA_VERSION:
                PlanDocument.open_copy(plan, copy).close()
            document = PlanDocument(plan, read_only=True, data_file=copy, remove_data_file=True)
        except (OSError, sqlite3.Error) as error:
            remove_files(copy)
            raise PlanFileError(f"”{plan.name}” kunde inte läsas: {error}.") from None
        except BaseException:
            remove_files(copy)
            raise
        return cls(plan, document, lock=None, working=None, stamp=None, saved_counter=None)

    @classmethod
    def resume(cls, unsaved: Unsaved) -> EditSession:
        """Go on editing a working copy left behind; it is written back at the next save."""
        lock = PlanLock.acquire(unsaved.plan)
        settle(unsaved.working)
        try:
            document = PlanDocument.open_copy(unsaved.plan, unsaved.working)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        stamp = None
        note = read_note(unsaved.note) or {}
        if isinstance(note.get("stampel"), list):
            stamp = (int(note["stampel"][0]), int(note["stampel"][1]))
        session = cls(
            unsaved.plan,
            document,
            lock=lock,
            working=unsaved.working,
            stamp=stamp,
            saved_counter=None,
        )
        session._write_note()
        return session

    def _keep_old_format(self, old_version: int) -> None:
        """An older plan was upgraded in the working copy: keep the old file beside it, then
        write the upgraded plan back."""
        keep = self.plan.with_name(f"{self.plan.name}.format{old_version}.bak")
        with suppress(OSError, sqlite3.Error, PlanFileError):
            if not keep.exists():
                copy_plan_file(self.plan, keep)
        with suppress(WriteBackError):
            self.save()

    # --- state ---------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """Edits in the working copy that the plan file does not have yet."""
        if self.working is None:
            return False
        return change_counter(self.working) != self._saved_counter

    def _write_note(self) -> None:
        if self.working is None:
            return
        note = {
            "plan": str(self.plan),
            "pid": os.getpid(),
            "dator": computer_name(),
            "oppnad": self.opened,
            "sparad_raknare": self._saved_counter,
            "stampel": list(self._stamp) if self._stamp else None,
        }
        path = note_path(self.working)
        temp = path.with_suffix(".json.tmp")
        with suppress(OSError):
            temp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
            os.replace(temp, path)

    # --- writing back --------------------------------------------------------------------

    def save(self, *, overwrite_changed: bool = False) -> bool:
        """Write the plan back if it has unsaved edits; True if it wrote.

        Raises ``WriteBackError`` (the edits stay in the working copy) when the plan's folder
        is gone, the file was moved or deleted, someone else wrote it (unless
        ``overwrite_changed``), or writing fails.
        """
        if self.working is None or not self.unsaved:
            return False
        counter = change_counter(self.working)
        plan = self.plan
        if not plan.parent.is_dir():
            raise _write_error(plan, OSError(errno.ENOENT, "mappen saknas"))
        if not plan.exists():
            raise WriteBackError(
                f"”{plan.name}” finns inte längre i {plan.parent}: den har flyttats eller tagits "
                "bort medan den var öppen. Dina ändringar finns kvar i vplans arbetskopia. "
                "Välj Spara som… för att spara planen.",
                retry=False,
            )
        if not overwrite_changed and self._stamp is not None:
            stat = plan.stat()
            if (stat.st_mtime_ns, stat.st_size) != self._stamp:
                raise PlanChangedOnDiskError(
                    f"”{plan.name}” har ändrats av någon annan sedan vplan sparade den. Den "
                    "skrivs inte över. Dina ändringar finns kvar i vplans arbetskopia: välj "
                    "Spara som… för att spara dem i en egen fil.",
                    retry=False,
                )
        try:
            if (journal := stale_journal(plan)) is not None:
                # The new plan must never meet a journal that belongs to the old one.
                os.replace(journal, journal.with_name(journal.name + ".gammal"))
            self._stamp = write_plan_file(self.working, plan)
        except OSError as error:
            raise _write_error(plan, error) from None
        except sqlite3.Error as error:
            raise WriteBackError(
                f"”{plan.name}” kunde inte sparas: {error}. Dina ändringar finns kvar i vplans "
                "arbetskopia.",
                retry=True,
            ) from None
        self._saved_counter = counter
        self._write_note()
        return True

    def save_as(self, target: Path) -> None:
        """Write the plan to ``target`` (overwritten if it exists) and go on editing it there."""
        if self.working is None:
            raise PlanFileError("En skrivskyddad plan kan inte sparas som en ny fil.")
        target = target.absolute()
        if not target.parent.is_dir():
            raise PlanFileError(f"Mappen {target.parent} finns inte.")
        try:
            stamp = write_plan_file(self.working, target)
        except OSError as error:
            raise _write_error(target, error) from None
        new_working = working_folder() / f"{plan_key(target)}.vplan"
        self.document.close()
        old_note = note_path(self.working)
        if new_working != self.working:
            os.replace(self.working, new_working)
            remove_files(old_note, new_working.with_suffix(".json"))
        self.lock = self.lock.move_to(target) if self.lock else PlanLock.acquire(target)
        self.plan = target
        self.working = new_working
        self.document = PlanDocument.open_copy(target, new_working)
        self._stamp = stamp
        self._saved_counter = change_counter(new_working)
        self._write_note()

    # --- backups -------------------------------------------------------------------------

    def take_backup(self) -> backups.Backup | None:
        """Snapshot the working copy into the backup folder (never fails the caller)."""
        if self.working is None:
            return None
        try:
            backup = backups.take_backup(self.working, self.plan)
        except PlanFileError:
            return None
        self._backed_up = dt.datetime.now()
        self._backup_counter = change_counter(self.working)
        return backup

    def backup_if_due(self, now: dt.datetime | None = None) -> backups.Backup | None:
        """The ten-minute snapshot while editing: only if something changed since the last."""
        if self.working is None or change_counter(self.working) == self._backup_counter:
            return None
        if (now or dt.datetime.now()) - self._backed_up < backups.INTERVAL:
            return None
        return self.take_backup()

    def restore(self, source: Path) -> None:
        """Make the plan what ``source`` (a backup or another copy of it) holds; the current
        state is snapshotted first, so a restore can itself be undone from the backups."""
        if self.working is None:
            raise PlanFileError("En skrivskyddad plan kan inte återställas.")
        check_file(source)
        self.take_backup()
        self.document.close()
        try:
            copy_plan_file(source, self.working)
        except (OSError, sqlite3.Error) as error:
            raise PlanFileError(f"Säkerhetskopian kunde inte läsas: {error}.") from None
        finally:
            self.document = PlanDocument.open_copy(self.plan, self.working)

    # --- closing -------------------------------------------------------------------------

    def close(self, *, keep_unsaved: bool = False) -> None:
        """Write the plan back and remove the working copy and the lock.

        Raises ``WriteBackError`` when the plan cannot be written back; the session is then
        still open. With ``keep_unsaved`` a failed write-back closes anyway and leaves the
        working copy to be recovered at the next start.
        """
        if self.working is not None:
            try:
                self.save()
            except WriteBackError:
                if not keep_unsaved:
                    raise
                self.document.close()
                self._leave()
                return
        self.document.close()
        if self.working is not None:
            remove_files(self.working, note_path(self.working))
        if self.lock is not None:
            self.lock.release()

    def _leave(self) -> None:
        """Mark the working copy as left behind with unsaved edits, and let go of the plan."""
        assert self.working is not None
        note = read_note(note_path(self.working)) or {}
        note["lamnad"] = True
        with suppress(OSError):
            note_path(self.working).write_text(json.dumps(note), encoding="utf-8")
        if self.lock is not None:
            self.lock.release()
