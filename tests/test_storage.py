"""The working copy, write-back, locks, recovery and backups (vplan_desktop.storage)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.plan_files import namnd_on_disk, plan_at_revision
from vplan_desktop.db.document import check_file
from vplan_desktop.db.file_header import SCHEMA_VERSION
from vplan_desktop.errors import PlanFileError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage import backups, locks
from vplan_desktop.storage.locks import LockInfo, PlanInUseError, PlanLock, conflict_copies
from vplan_desktop.storage.places import computer_name, plan_key, working_folder
from vplan_desktop.storage.working import (
    EditSession,
    PlanChangedOnDiskError,
    UnsavedEditsError,
    WriteBackError,
    find_unsaved,
    unsaved_for,
)


def _rename(session: EditSession, name: str) -> None:
    items.update_item(session.document, ItemKind.PLAN, 1, {"namnd": name})


def test_edits_go_to_the_working_copy_and_are_written_back_whole(example_path: Path) -> None:
    before = example_path.read_bytes()
    session = EditSession.open(example_path)
    assert session.working is not None and session.working.parent == working_folder()
    assert not session.unsaved
    _rename(session, "Kulturnämnden")
    assert session.unsaved
    assert example_path.read_bytes() == before  # the plan itself is not edited in place
    assert session.save() is True
    assert not session.unsaved and session.save() is False
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert check_file(example_path).application_id
    # no temporary file is left beside the plan
    assert sorted(p.name for p in example_path.parent.iterdir()) == [
        "exempel.vplan",
        "~$exempel.vplan",
    ]
    _rename(session, "Fritidsnämnden")
    session.close()  # writes back
    assert namnd_on_disk(example_path) == "Fritidsnämnden"
    assert not session.working.exists()
    assert not locks.lock_path(example_path).exists()


@pytest.mark.parametrize(
    "name",
    ["Plan #2 – ö?.vplan", "100% plan.vplan", "Sámi ŋ đ ŧ áčč.vplan", "مخطط.vplan"],
)
def test_awkward_file_names(example_path: Path, name: str) -> None:
    plan = example_path.with_name(name)
    example_path.rename(plan)
    session = EditSession.open(plan)
    _rename(session, "Kulturnämnden")
    session.close()
    assert namnd_on_disk(plan) == "Kulturnämnden"


def test_a_path_longer_than_260_characters(example_path: Path) -> None:
    folder = example_path.parent
    for part in range(4):
        folder = folder / (f"mapp{part}-verksamhetsplanering-" + "x" * 40 + "-å")
    folder.mkdir(parents=True)
    plan = folder / "Verksamhetsplan.vplan"
    assert len(str(plan)) > 260
    shutil.move(example_path, plan)
    session = EditSession.open(plan)
    _rename(session, "Kulturnämnden")
    session.close()
    assert namnd_on_disk(plan) == "Kulturnämnden"


def test_a_second_vplan_is_told_who_has_the_plan(example_path: Path) -> None:
    session = EditSession.open(example_path)
    with pytest.raises(PlanInUseError) as refused:
        EditSession.open(example_path)
    assert computer_name() in refused.value.message
    assert "skrivskyddad" in refused.value.message
    reader = EditSession.open(example_path, read_only=True)
    assert reader.read_only and read_plan(reader.document).uppgifter.namnd == "Socialnämnden"
    with pytest.raises(PlanFileError):
        _rename(reader, "X")
    reader.close()
    session.close()


def _write_lock(plan: Path, **changes: object) -> None:
    info = {"anvandare": "anna", "dator": computer_name(), "pid": 1, "sedan": "2026-11-20T08:14"}
    info.update(changes)
    locks.lock_path(plan).write_text(json.dumps(info), encoding="utf-8")


def test_a_crashed_vplans_lock_is_taken_over(example_path: Path) -> None:
    dead = os.getpid() + 100000  # no such process
    _write_lock(example_path, pid=dead)
    session = EditSession.open(example_path)
    assert session.lock is not None and locks.read_lock(example_path) == session.lock.info
    session.close()
    assert not locks.lock_path(example_path).exists()


def test_a_lock_from_another_computer_is_respected(example_path: Path) -> None:
    _write_lock(example_path, dator="KANSLI-PC-17", pid=4242)
    with pytest.raises(PlanInUseError) as refused:
        EditSession.open(example_path)
    assert "anna på datorn KANSLI-PC-17 (sedan 2026-11-20 kl. 08:14)" in refused.value.message
    lock = locks.read_lock(example_path)
    assert lock is not None and lock.dator == "KANSLI-PC-17"


def test_a_garbled_lock_is_taken_over(example_path: Path) -> None:
    lock = locks.lock_path(example_path)
    lock.write_bytes(b"\x00\xff")
    left = dt.datetime.now().timestamp() - locks.WRITING_GRACE - 60  # not one being written
    os.utime(lock, (left, left))
    EditSession.open(example_path).close()
    assert not lock.exists()


def test_lock_release_leaves_someone_elses_lock(example_path: Path) -> None:
    lock = PlanLock.acquire(example_path)
    assert lock is not None
    _write_lock(example_path, dator="ANNAN", pid=7)
    lock.release()
    assert locks.lock_path(example_path).exists()


def test_no_lock_in_a_folder_that_cannot_be_written(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "skrivskyddad")

    monkeypatch.setattr(os, "open", refuse)  # what vplan_desktop.storage.locks calls
    assert PlanLock.acquire(example_path) is None


def test_conflict_copies_are_found(tmp_path: Path) -> None:
    plan = tmp_path / "Plan 2027.vplan"
    names = [
        "Plan 2027-LAPTOP-4F2K9.vplan",
        "Plan 2027-DESKTOP-AB12CD-2.vplan",
        "Plan 2027 (Anna Svenssons conflicted copy 2026-10-12).vplan",
        "Plan 2027 (konfliktkopia).vplan",
        "Plan 2027-utkast.vplan",
        "Plan 2027.vplan.format2.bak",
        "Annan plan-LAPTOP.vplan",
    ]
    for name in [plan.name, *names]:
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in conflict_copies(plan)] == sorted(names[:4])


def _kill_session(session: EditSession) -> None:
    """What a crash leaves: the working copy and its note of a process that is gone."""
    assert session.working is not None
    session.document.close()
    if session.owner is not None:  # the OS lets go of a dead process's locks
        session.owner.release()
    note = session.working.with_suffix(".json")
    data = json.loads(note.read_text(encoding="utf-8"))
    data["pid"] = os.getpid() + 100000
    note.write_text(json.dumps(data), encoding="utf-8")
    if session.lock is not None:
        _write_lock(session.plan, pid=os.getpid() + 100000)


def test_unsaved_edits_are_found_and_recovered(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    _kill_session(session)
    [unsaved] = find_unsaved()
    assert unsaved.plan == example_path and unsaved.working == session.working
    with pytest.raises(UnsavedEditsError, match="osparade ändringar"):
        EditSession.open(example_path)
    resumed = EditSession.resume(unsaved)
    assert resumed.unsaved
    assert read_plan(resumed.document).uppgifter.namnd == "Kulturnämnden"
    resumed.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert find_unsaved() == []


def test_discarded_edits_are_kept_as_a_backup(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    _kill_session(session)
    [unsaved] = find_unsaved()
    unsaved.discard()
    assert find_unsaved() == []
    assert namnd_on_disk(example_path) == "Socialnämnden"
    newest = backups.list_backups(example_path)[0]
    assert namnd_on_disk(newest.path) == "Kulturnämnden"
    EditSession.open(example_path).close()


def test_a_crash_right_after_a_save_leaves_nothing_to_recover(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    session.save()
    _kill_session(session)
    assert find_unsaved() == []
    assert session.working is not None and not session.working.exists()


def test_the_share_gone_during_write_back(example_path: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    plan = share / "plan.vplan"
    shutil.move(example_path, plan)
    session = EditSession.open(plan)
    _rename(session, "Kulturnämnden")
    away = tmp_path / "away"
    share.rename(away)
    with pytest.raises(WriteBackError, match="går inte att nå") as failed:
        session.save()
    assert failed.value.retry
    assert session.unsaved and read_plan(session.document).uppgifter.namnd == "Kulturnämnden"
    away.rename(share)
    assert session.save()
    session.close()
    assert namnd_on_disk(plan) == "Kulturnämnden"


def test_the_file_deleted_while_open_is_offered_save_as(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    example_path.unlink()
    with pytest.raises(WriteBackError, match="flyttats eller tagits bort") as failed:
        session.save()
    assert not failed.value.retry and "Spara som" in failed.value.message
    with pytest.raises(WriteBackError):
        session.close()
    target = example_path.with_name("räddad.vplan")
    session.save_as(target)
    assert namnd_on_disk(target) == "Kulturnämnden"
    _rename(session, "Fritidsnämnden")
    session.close()
    assert namnd_on_disk(target) == "Fritidsnämnden"
    assert not locks.lock_path(example_path).exists() and not locks.lock_path(target).exists()


def test_a_plan_changed_by_someone_else_is_not_overwritten(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    with sqlite3.connect(example_path) as other:
        other.execute("UPDATE plan SET titel = 'Ändrad av någon annan'")
    other.close()
    with pytest.raises(PlanChangedOnDiskError, match="ändrats av någon annan"):
        session.save()
    session.save(overwrite_changed=True)
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    session.close()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disken är full"),
        (errno.EROFS, "skrivskyddad"),
        (errno.EACCES, "skrivskyddad"),
        (errno.ENAMETOOLONG, "för lång"),
        (errno.EIO, "går inte att nå"),
    ],
)
def test_write_faults_keep_the_edits(
    example_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    session = EditSession.open(example_path)
    before = example_path.read_bytes()
    _rename(session, "Kulturnämnden")

    def fail(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", fail)  # what vplan_desktop.storage.working calls
        with pytest.raises(WriteBackError, match=words) as failed:
            session.save()
    assert "finns kvar i vplans arbetskopia" in failed.value.message
    assert example_path.read_bytes() == before
    assert [p.name for p in example_path.parent.iterdir() if p.suffix == ".tmp"] == []
    assert session.unsaved
    session.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"


def test_closing_anyway_leaves_the_edits_for_recovery(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    example_path.unlink()
    session.close(keep_unsaved=True)
    assert not locks.lock_path(example_path).exists()
    [unsaved] = find_unsaved()
    assert unsaved.plan == example_path


def test_an_older_plan_is_upgraded_in_the_working_copy(tmp_path: Path) -> None:
    plan_path = tmp_path / "plan.vplan"
    plan_at_revision(plan_path, f"{SCHEMA_VERSION - 1:04d}")
    EditSession.open(plan_path).close()
    assert check_file(plan_path).user_version == SCHEMA_VERSION
    old = plan_path.with_name(f"plan.vplan.format{SCHEMA_VERSION - 1}.bak")
    assert check_file(old).user_version == SCHEMA_VERSION - 1
    assert namnd_on_disk(plan_path) == "Socialnämnden"


def test_read_only_sessions_never_hold_or_write_the_plan(example_path: Path) -> None:
    before = example_path.read_bytes()
    reader = EditSession.open(example_path, read_only=True)
    assert reader.document.file != example_path
    assert not locks.lock_path(example_path).exists()
    reader.close()
    assert example_path.read_bytes() == before


# --- backups ---------------------------------------------------------------------------------


def test_a_backup_is_taken_on_open_and_every_ten_minutes(example_path: Path) -> None:
    session = EditSession.open(example_path)
    [first] = backups.list_backups(example_path)
    assert first.storlek > 0 and namnd_on_disk(first.path) == "Socialnämnden"
    later = dt.datetime.now() + dt.timedelta(minutes=11)
    assert session.backup_if_due(later) is None  # nothing changed since
    _rename(session, "Kulturnämnden")
    assert session.backup_if_due(dt.datetime.now()) is None  # not yet due
    taken = session.backup_if_due(later)
    assert taken is not None and namnd_on_disk(taken.path) == "Kulturnämnden"
    assert backups.backup_folder(example_path).name == plan_key(example_path)
    session.close()


def test_restoring_a_backup_keeps_the_current_state_too(example_path: Path) -> None:
    session = EditSession.open(example_path)
    [original] = backups.list_backups(example_path)
    _rename(session, "Kulturnämnden")
    session.restore(original.path)
    assert read_plan(session.document).uppgifter.namnd == "Socialnämnden"
    kept = [b for b in backups.list_backups(example_path) if b.path != original.path]
    assert any(namnd_on_disk(b.path) == "Kulturnämnden" for b in kept)
    session.close()
    assert namnd_on_disk(example_path) == "Socialnämnden"


def test_restoring_something_that_is_not_a_plan_changes_nothing(
    example_path: Path, tmp_path: Path
) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    junk = tmp_path / "skräp.vplan"
    junk.write_bytes(b"inte en plan")
    with pytest.raises(PlanFileError, match="inte en vplan-fil"):
        session.restore(junk)
    assert read_plan(session.document).uppgifter.namnd == "Kulturnämnden"
    session.close()


NOW = dt.datetime(2026, 11, 24, 12, 0)


def test_thinning_keeps_recent_then_daily_then_weekly() -> None:
    every_ten_minutes = [NOW - dt.timedelta(minutes=10 * n) for n in range(30)]
    daily = [NOW - dt.timedelta(days=d, hours=h) for d in range(1, 40) for h in (1, 5)]
    keep = backups.to_keep(every_ten_minutes + daily, NOW)
    assert set(every_ten_minutes[: backups.KEEP_NEWEST]) <= keep
    days_kept = {t.date() for t in keep if NOW - t <= backups.DAILY_FOR}
    assert len(days_kept) == len(
        {t.date() for t in every_ten_minutes + daily if NOW - t <= backups.DAILY_FOR}
    )
    old = [t for t in keep if NOW - t > backups.DAILY_FOR]
    weeks = [t.isocalendar()[:2] for t in old]
    assert len(weeks) == len(set(weeks))


@given(st.lists(st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW), max_size=60))
def test_thinning_never_drops_the_newest_or_a_whole_day(times: list[dt.datetime]) -> None:
    keep = backups.to_keep(times, NOW)
    assert keep <= set(times)
    if times:
        assert max(times) in keep
    for day in {t.date() for t in times if NOW - t <= backups.DAILY_FOR}:
        assert any(t.date() == day for t in keep)


def test_old_backups_are_pruned(example_path: Path) -> None:
    session = EditSession.open(example_path)
    assert session.working is not None
    for days in range(59, -1, -1):
        backups.take_backup(session.working, example_path, now=NOW - dt.timedelta(days=days))
    remaining = backups.list_backups(example_path)
    assert len(remaining) < 45
    assert remaining[0].tid >= NOW - dt.timedelta(days=1)
    session.close()


def test_lock_info_describes_who_and_since() -> None:
    info = LockInfo("anna", "KANSLI-1", 12, "2026-10-12T08:05:00")
    assert info.describe() == "anna på datorn KANSLI-1 (sedan 2026-10-12 kl. 08:05)"
    assert "okänd tid" in LockInfo("a", "b", 1, "igår").describe()


def test_unsaved_for_ignores_a_running_session(example_path: Path) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    assert unsaved_for(example_path) is None
    session.close()


def test_another_process_holding_the_plan_is_named_then_its_crash_is_noticed(
    example_path: Path,
) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from vplan_desktop.storage.working import EditSession\n"
            "EditSession.open(sys.argv[1])\n"
            "print('öppen', flush=True)\n"
            "time.sleep(60)\n",
            str(example_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "öppen"
        with pytest.raises(PlanInUseError) as refused:
            EditSession.open(example_path)
        holder_info = locks.read_lock(example_path)
        assert holder_info is not None and holder_info.pid == holder.pid
        assert computer_name() in refused.value.message
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    session = EditSession.open(example_path)  # the dead process's lock is taken over
    assert session.lock is not None and locks.read_lock(example_path) == session.lock.info
    session.close()


def test_windows_says_too_long_its_own_way(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")

    def fail(*args: object) -> None:
        error = FileNotFoundError(errno.ENOENT, "The filename or extension is too long")
        error.winerror = 206  # type: ignore[attr-defined]  # ERROR_FILENAME_EXCED_RANGE
        raise error

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", fail)  # what vplan_desktop.storage.working calls
        with pytest.raises(WriteBackError, match="sökvägen är för lång"):
            session.save()
    session.close()
