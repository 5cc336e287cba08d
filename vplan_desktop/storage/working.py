"""Editing a plan through a local working copy, written back whole.

SQLite's own advice is not to edit a database over a network filesystem, and a sync client
that copies a file in the middle of a transaction copies a broken file. So vplan never edits the
plan the user opened. Opening makes a consistent copy (SQLite's backup API, the plan opened
read-only) in the per-user data folder, and every user action is committed there at once.
``EditSession.save`` writes the plan back whole (``writeback``).

Each running vplan has working copies of its own (``copies``), with a note naming the plan,
the process and what was last written back; ``recovery`` finds those of vplans that died.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from vplan_desktop.db.copying import (
    change_counter,
    copy_plan_file,
    remove_private_copy,
    rolled_back_copy,
    settle,
    stale_journal,
)
from vplan_desktop.db.document import PlanDocument, check_file, check_header, damaged_plan
from vplan_desktop.db.file_header import SCHEMA_VERSION, read_header
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage import backups
from vplan_desktop.storage.copies import (
    CopyFiles,
    CopyInUseError,
    claim_new,
    read_note,
    remove_files,
    take_over,
    write_note,
)
from vplan_desktop.storage.locks import PlanLock
from vplan_desktop.storage.oslock import FileLock
from vplan_desktop.storage.places import computer_name, plan_key, user_name, working_folder
from vplan_desktop.storage.recovery import Unsaved, UnsavedEditsError, find_unsaved, unsaved_for
from vplan_desktop.storage.writeback import (
    PlanChangedOnDiskError,
    WriteBackError,
    remove_left_over_temps,
    write_error,
    write_plan_file,
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


def _copy_in(plan: Path, working: Path) -> Path | None:
    """Copy ``plan`` into the working copy, as it was before a change another program left
    unfinished (its journal is returned, for the notice). The copy is not checked here:
    ``PlanDocument.open_copy`` checks it in full next."""
    journal = stale_journal(plan)
    try:
        source = rolled_back_copy(plan, journal) if journal else plan
        try:
            copy_plan_file(source, working, check=False)
        finally:
            if source != plan:
                remove_private_copy(source)
    except (OSError, sqlite3.Error) as error:
        if type(error) is sqlite3.DatabaseError:  # "file is not a database", "malformed"
            raise damaged_plan(plan) from None
        raise PlanFileError(
            f"”{plan.name}” kunde inte kopieras till vplans arbetskopia: {error}."
        ) from None
    return journal


class EditSession:
    """One plan open for editing: its working copy, its lock and its write-backs.

    ``document`` is the working copy as a ``PlanDocument`` (its ``path`` is the plan, for
    messages). ``read_only`` sessions read a private copy and never write anything.
    """

    address = None
    """A plan file has no server address (a plan on a server: ``server.session``)."""

    def __init__(
        self,
        plan: Path,
        document: PlanDocument,
        *,
        lock: PlanLock | None,
        files: CopyFiles | None,
        owner: FileLock | None,
        stamp: tuple[int, int] | None,
        saved_counter: int | None,
    ) -> None:
        self.plan = plan
        self.document = document
        self.lock = lock
        self.files = files
        self.owner = owner
        """The OS lock that makes the working copy this process's."""
        self._stamp = stamp
        self._saved_counter = saved_counter
        self._backed_up = dt.datetime.now()
        self._backup_counter: int | None = None
        self.opened = dt.datetime.now().isoformat(timespec="seconds")
        self.notice = ""
        """Something the user should know about the plan file, said once it is open."""

    @property
    def working(self) -> Path | None:
        return self.files.working if self.files is not None else None

    @property
    def read_only(self) -> bool:
        return self.files is None

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> EditSession:
        """Open the plan at ``path``.

        Raises ``PlanInUseError`` if another vplan has it and ``UnsavedEditsError`` if an
        earlier run left edits that were never written back (see ``resume``).
        """
        plan = Path(path).absolute()
        # The plan is checked in full in the copy vplan reads (``PlanDocument.open_copy``),
        # which holds the plan as it is when copied: checking the plan itself first as well
        # would read it all twice.
        check_header(plan)
        if read_only:
            return cls._read_only(plan)
        remove_left_over_temps(plan.parent, plan)
        unsaved = unsaved_for(plan)
        if unsaved is not None:
            raise UnsavedEditsError(unsaved)
        lock = PlanLock.acquire(plan)
        files: CopyFiles | None = None
        owner: FileLock | None = None
        try:
            try:
                files, owner = claim_new()
            except OSError as error:
                raise PlanFileError(
                    f"vplans arbetskopia av ”{plan.name}” kunde inte skapas i "
                    f"{working_folder()}: {error.strerror or error}."
                ) from None
            journal = _copy_in(plan, files.working)
            try:
                stat = plan.stat()
                header = read_header(files.working)
                document = PlanDocument.open_copy(plan, files.working)
            except OSError as error:
                raise PlanFileError(f"”{plan.name}” kunde inte läsas: {error}.") from None
            session = cls(
                plan,
                document,
                lock=lock,
                files=files,
                owner=owner,
                stamp=(stat.st_mtime_ns, stat.st_size),
                saved_counter=None,
            )
        except BaseException:
            if files is not None:
                remove_files(*files.all())
                _let_go(files, owner)
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
            assert files is not None
            with suppress(OSError):  # unknown: the next save writes the plan back again
                session._saved_counter = change_counter(files.working)
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
            if check_file(copy, plan=plan).user_version < SCHEMA_VERSION:
                PlanDocument.open_copy(plan, copy).close()
            document = PlanDocument(plan, read_only=True, data_file=copy, remove_data_file=True)
        except (OSError, sqlite3.Error) as error:
            remove_files(copy)
            if type(error) is sqlite3.DatabaseError:  # "file is not a database", "malformed"
                raise damaged_plan(plan) from None
            raise PlanFileError(f"”{plan.name}” kunde inte läsas: {error}.") from None
        except BaseException:
            remove_files(copy)
            raise
        return cls(
            plan, document, lock=None, files=None, owner=None, stamp=None, saved_counter=None
        )

    @classmethod
    def resume(cls, unsaved: Unsaved) -> EditSession:
        """Go on editing a working copy left behind; it is written back at the next save."""
        files = CopyFiles(unsaved.working)
        lock = PlanLock.acquire(unsaved.plan)
        owner: FileLock | None = None
        try:
            try:
                owner = take_over(files)
            except CopyInUseError:
                raise PlanFileError(
                    f"De osparade ändringarna i ”{unsaved.plan.name}” har redan öppnats av en "
                    "annan vplan."
                ) from None
            try:
                settle(files.working)
                document = PlanDocument.open_copy(unsaved.plan, files.working)
            except (OSError, sqlite3.Error) as error:
                raise PlanFileError(
                    f"vplans arbetskopia av ”{unsaved.plan.name}” kunde inte öppnas: {error}."
                ) from None
        except BaseException:
            if owner is not None:
                owner.release()
            if lock is not None:
                lock.release()
            raise
        session = cls(
            unsaved.plan,
            document,
            lock=lock,
            files=files,
            owner=owner,
            stamp=unsaved.stamp,
            saved_counter=None,
        )
        session.opened = str((read_note(files.note) or {}).get("oppnad") or session.opened)
        session._write_note()
        remove_left_over_temps(unsaved.plan.parent, unsaved.plan)
        return session

    def _keep_old_format(self, old_version: int) -> None:
        """An older plan was upgraded in the working copy: keep the old file beside it, then
        write the upgraded plan back."""
        keep = self.plan.with_name(f"{self.plan.name}.format{old_version}.bak")
        with suppress(OSError, sqlite3.Error, PlanFileError):
            if not keep.exists():
                with replace_when_done(keep, overwrite=False) as temp:
                    copy_plan_file(self.plan, temp)
        with suppress(WriteBackError):
            self.save()

    # --- state ---------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """Edits in the working copy that the plan file does not have yet."""
        if self.working is None:
            return False
        return change_counter(self.working) != self._saved_counter

    def _write_note(self, **more: Any) -> None:
        if self.files is None:
            return
        note = {
            "plan": str(self.plan),
            "pid": os.getpid(),
            "dator": computer_name(),
            "anvandare": user_name(),
            "oppnad": self.opened,
            "sparad_raknare": self._saved_counter,
            "stampel": list(self._stamp) if self._stamp else None,
            **more,
        }
        write_note(self.files, note)

    def _note_pending(self, counter: int, stamp: tuple[int, int], inode: int) -> None:
        """Say which write-back is under way, before it replaces the plan: a vplan killed
        right after the replace is then known to have written it (``recovery``)."""
        pending = {"sparad_raknare": counter, "stampel": list(stamp), "inod": inode}
        self._write_note(vantande=pending)

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
        try:
            self._check_writable(overwrite_changed=overwrite_changed)
            if (journal := stale_journal(plan)) is not None:
                # The new plan must never meet a journal that belongs to the old one.
                os.replace(journal, journal.with_name(journal.name + ".gammal"))
            self._stamp = write_plan_file(
                self.working,
                plan,
                before_replace=lambda stamp, inode: self._note_pending(counter, stamp, inode),
            )
        except OSError as error:
            self._write_note()  # nothing is under way any more
            raise write_error(plan, error) from None
        except sqlite3.Error as error:
            self._write_note()
            raise WriteBackError(
                f"”{plan.name}” kunde inte sparas: {error}. Dina ändringar finns kvar i vplans "
                "arbetskopia.",
                retry=True,
                reason=str(error),
            ) from None
        self._saved_counter = counter
        self._write_note()
        return True

    def _check_writable(self, *, overwrite_changed: bool) -> None:
        """Refuse to write back over a plan that is gone or that someone else changed."""
        plan = self.plan
        if not plan.parent.is_dir():
            raise OSError(errno.ENOENT, "mappen saknas")
        if not plan.exists():
            reason = f"den finns inte längre i {plan.parent}"
            raise WriteBackError(
                f"”{plan.name}” finns inte längre i {plan.parent}: den har flyttats eller tagits "
                "bort medan den var öppen. Dina ändringar finns kvar i vplans arbetskopia. "
                "Välj Spara som… för att spara planen.",
                retry=False,
                reason=reason,
            )
        if not overwrite_changed and self._stamp is not None:
            stat = plan.stat()
            if (stat.st_mtime_ns, stat.st_size) != self._stamp:
                raise PlanChangedOnDiskError(
                    f"”{plan.name}” har ändrats av någon annan sedan vplan sparade den. Den "
                    "skrivs inte över. Dina ändringar finns kvar i vplans arbetskopia: välj "
                    "Spara som… för att spara dem i en egen fil.",
                    retry=False,
                    reason="den har ändrats av någon annan under tiden",
                )

    def save_as(self, target: Path) -> None:
        """Write the plan to ``target`` (overwritten if it exists) and go on editing it there."""
        if self.working is None:
            raise PlanFileError("En skrivskyddad plan kan inte sparas som en ny fil.")
        target = target.absolute()
        if plan_key(target) == plan_key(self.plan):
            self.save(overwrite_changed=True)
            return
        if not target.parent.is_dir():
            raise PlanFileError(f"Mappen {target.parent} finns inte.")
        new_lock = PlanLock.acquire(target)  # before anything is written over it
        try:
            stamp = write_plan_file(self.working, target)
        except OSError as error:
            if new_lock is not None:
                new_lock.release()
            raise write_error(target, error) from None
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        if self.lock is not None:
            self.lock.release()
        self.lock = new_lock
        self.document.close()
        self.plan = target
        self.document = PlanDocument.open_copy(target, self.working)
        self._stamp = stamp
        self._saved_counter = change_counter(self.working)
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
        self.discard()

    def discard(self) -> None:
        """Close without writing back: the working copy (and any edits not written back) and
        the lock go. For a command that failed, which must change nothing."""
        self.document.close()
        if self.files is not None:
            remove_files(*self.files.all())
            _let_go(self.files, self.owner)
            self.owner = None
        if self.lock is not None:
            self.lock.release()

    def _leave(self) -> None:
        """Mark the working copy as left behind with unsaved edits, and let go of the plan."""
        assert self.files is not None
        note = read_note(self.files.note) or {}
        note["lamnad"] = True
        write_note(self.files, note)
        if self.owner is not None:
            self.owner.release()
            self.owner = None
        if self.lock is not None:
            self.lock.release()


def _let_go(files: CopyFiles, owner: FileLock | None) -> None:
    """Let go of a working copy's owner file and remove it."""
    if owner is not None:
        owner.release(remove=True)
    else:
        remove_files(files.owner)
