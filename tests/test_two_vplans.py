"""Two vplans on one plan, and what a killed vplan leaves behind (working copies, temporary
files beside the plan, the command line's own working copy)."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.plan_files import namnd_on_disk
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.files import computer_tag, replace_when_done
from vplan_desktop.errors import PlanFileError, VplanError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.storage import backups, locks, writeback
from vplan_desktop.storage.copies import all_copies
from vplan_desktop.storage.locks import PlanInUseError
from vplan_desktop.storage.places import plan_key, working_folder
from vplan_desktop.storage.recovery import written_back
from vplan_desktop.storage.working import EditSession, UnsavedEditsError, find_unsaved, unsaved_for

ROUNDS = 50
STRESS_ROUNDS = 300
DEAD = os.getpid() + 100000  # no such process


def _rename(session: EditSession, name: str) -> None:
    items.update_item(session.document, ItemKind.PLAN, 1, {"namnd": name})


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- (a) two vplans opening one plan at the same moment ---------------------------------------


def _refuse_links(*args: object, **kwargs: object) -> None:
    raise PermissionError(errno.EPERM, "hårda länkar stöds inte här")  # FAT, exFAT, some SMB


def open_in_turn(
    plans: list[str],
    data: str,
    no_links: bool,
    barrier: threading.Barrier,
    results: Queue[tuple[str, str]],
) -> None:
    """One vplan: for each plan, wait for the other, then open it for editing at once."""
    os.environ["XDG_DATA_HOME"] = data  # the forkserver may be older than this test
    if no_links:
        os.link = _refuse_links
    from vplan_desktop.storage.working import EditSession

    for plan in plans:
        barrier.wait(timeout=60)
        session = None
        try:
            session = EditSession.open(plan)
            outcome = "fick planen"
        except PlanInUseError as error:
            outcome = f"upptagen: {error.message}"
        except VplanError as error:
            outcome = f"fel: {error.message}"
        except BaseException:
            outcome = f"traceback: {traceback.format_exc()}"
        results.put((plan, outcome))
        barrier.wait(timeout=60)  # both have tried before either lets go
        if session is not None:
            session.close()


def _race(rounds: int, template: Path, tmp_path: Path, *, no_links: bool) -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["vplan_desktop.storage.working"])
    plans = []
    for number in range(rounds):
        folder = tmp_path / f"r{number}"
        folder.mkdir()
        plans.append(str(folder / "Plan ö.vplan"))
        shutil.copyfile(template, plans[-1])
    barrier, results = context.Barrier(2), context.Queue()
    args = (plans, os.environ["XDG_DATA_HOME"], no_links, barrier, results)
    vplans = [context.Process(target=open_in_turn, args=args) for _ in range(2)]
    for vplan in vplans:
        vplan.start()
    outcomes: dict[str, list[str]] = {plan: [] for plan in plans}
    for _ in range(2 * rounds):
        plan, outcome = results.get(timeout=120)
        outcomes[plan].append(outcome)
    for vplan in vplans:
        vplan.join(timeout=60)
        assert vplan.exitcode == 0
    for plan, pair in outcomes.items():
        got = [o for o in pair if o == "fick planen"]
        refused = [o for o in pair if o.startswith("upptagen: ")]
        assert len(got) == 1 and len(refused) == 1, f"{plan}: {pair}"
        assert "”Plan ö.vplan” är redan öppnad av" in refused[0] and "skrivskyddad" in refused[0]
        # and everything went with the vplan that had it
        assert _names(Path(plan).parent) == ["Plan ö.vplan"]
    assert list(all_copies()) == []


@pytest.mark.parametrize("no_links", [False, True], ids=["hårda länkar", "utan hårda länkar"])
def test_two_vplans_at_the_same_moment_exactly_one_gets_the_plan(
    templates: dict[str, Path], tmp_path: Path, no_links: bool
) -> None:
    _race(ROUNDS, templates["empty"], tmp_path, no_links=no_links)


@pytest.mark.stress
@pytest.mark.parametrize("no_links", [False, True], ids=["hårda länkar", "utan hårda länkar"])
def test_two_vplans_at_the_same_moment_stress(
    templates: dict[str, Path], tmp_path: Path, no_links: bool
) -> None:
    _race(STRESS_ROUNDS, templates["empty"], tmp_path, no_links=no_links)


def test_a_lock_still_being_written_is_not_taken_over(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without hard links the other vplan's lock exists empty for a moment."""
    monkeypatch.setattr(os, "link", _refuse_links)  # what vplan_desktop.storage.locks calls
    lock = locks.lock_path(plan_path)
    lock.write_bytes(b"")
    holder = {"anvandare": "anna", "dator": "KANSLI-7", "pid": 4242, "sedan": "2026-11-20T08:14"}
    writer = threading.Timer(0.3, lambda: lock.write_text(json.dumps(holder), encoding="utf-8"))
    writer.start()
    try:
        with pytest.raises(PlanInUseError, match="anna på datorn KANSLI-7"):
            EditSession.open(plan_path)
    finally:
        writer.join()
    assert json.loads(lock.read_text(encoding="utf-8")) == holder


def test_a_lock_that_cannot_be_read_does_not_give_a_traceback(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locks.lock_path(plan_path).write_text('{"pid": 1}', encoding="utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> object:
        if self.name.startswith("~$plan"):
            raise PermissionError(errno.EACCES, "Åtkomst nekad")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(PlanInUseError, match="redan öppnad av okänd användare"):
        EditSession.open(plan_path)
    assert list(all_copies()) == []


# --- (b) a working copy belongs to one running vplan ----------------------------------------


def _no_lock_can_be_written(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "Disken är full")

    monkeypatch.setattr(locks, "make_temp", full)


def test_without_a_lock_a_second_vplan_leaves_the_first_ones_edits_alone(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_lock_can_be_written(monkeypatch)
    first = EditSession.open(example_path)
    assert first.lock is None
    _rename(first, "Kulturnämnden")
    second = EditSession.open(example_path)
    assert second.working != first.working
    assert read_plan(first.document).uppgifter.namnd == "Kulturnämnden"
    assert first.working is not None
    assert first.unsaved and namnd_on_disk(first.working) == "Kulturnämnden"
    assert find_unsaved() == []  # both are running: neither is offered nor removed
    second.close()
    assert first.working is not None and first.working.exists()
    first.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert list(all_copies()) == []


def _hold_open(plan: Path, name: str) -> subprocess.Popen[str]:
    """Another vplan: opens ``plan``, renames the nämnd, says so and waits to be killed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from vplan_desktop.services import items\n"
            "from vplan_desktop.storage.working import EditSession\n"
            "session = EditSession.open(sys.argv[1])\n"
            "items.update_item(session.document, 'plan', 1, {'namnd': sys.argv[2]})\n"
            "print('ändrad', flush=True)\n"
            "time.sleep(120)\n",
            str(plan),
            name,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ändrad"
    return holder


def test_a_running_vplans_copy_is_never_recovered_and_a_killed_ones_is(
    example_path: Path,
) -> None:
    holder = _hold_open(example_path, "Kulturnämnden")
    try:
        [(files, note)] = list(all_copies())
        assert note["pid"] == holder.pid
        # Even with a note that names no running process (the id reused, the computer
        # renamed), the OS lock says the copy is in use.
        files.note.write_text(json.dumps({**note, "pid": DEAD}), encoding="utf-8")
        assert find_unsaved() == [] and unsaved_for(example_path) is None
        with pytest.raises(PlanInUseError):
            EditSession.open(example_path)
        assert namnd_on_disk(files.working) == "Kulturnämnden"
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    [unsaved] = find_unsaved()
    assert unsaved.plan == example_path and unsaved.working == files.working
    resumed = EditSession.resume(unsaved)
    resumed.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert list(all_copies()) == [] and _names(working_folder()) == []


def test_left_behind_edits_are_taken_up_by_one_vplan_only(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = _hold_open(example_path, "Kulturnämnden")
    holder.kill()
    holder.wait()
    if holder.stdout is not None:
        holder.stdout.close()
    _no_lock_can_be_written(monkeypatch)  # so only the working copy's own lock decides
    [unsaved] = find_unsaved()
    first = EditSession.resume(unsaved)
    with pytest.raises(PlanFileError, match="redan öppnats av en annan vplan"):
        EditSession.resume(unsaved)
    with pytest.raises(PlanFileError, match="öppnats av en annan vplan"):
        unsaved.discard()
    assert read_plan(first.document).uppgifter.namnd == "Kulturnämnden"
    first.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"


def test_a_working_copy_left_by_an_older_vplan_is_still_recovered(example_path: Path) -> None:
    """Before working copies were per process they were named after the plan."""
    session = EditSession.open(example_path)
    _rename(session, "Kulturnämnden")
    session.document.close()
    assert session.owner is not None and session.working is not None
    session.owner.release(remove=True)
    old = working_folder() / f"{plan_key(example_path)}.vplan"
    session.working.rename(old)
    note = json.loads(session.working.with_suffix(".json").read_text(encoding="utf-8"))
    session.working.with_suffix(".json").unlink()
    old.with_suffix(".json").write_text(json.dumps({**note, "pid": DEAD}), encoding="utf-8")
    locks.lock_path(example_path).unlink()
    [unsaved] = find_unsaved()
    assert unsaved.working == old
    EditSession.resume(unsaved).close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"


# --- (c) killed between replacing the plan and updating the note ---------------------------

_SAVE_AND_DIE = """
import os, signal, sys
from pathlib import Path
from vplan_desktop.services import items
from vplan_desktop.storage.working import EditSession

plan, when = Path(sys.argv[1]).absolute(), sys.argv[2]
session = EditSession.open(plan)
items.update_item(session.document, "plan", 1, {"namnd": "Kulturnämnden"})
real_replace = os.replace

def replace_and_die(source, target, *args, **kwargs):
    if Path(target) == plan and when == "före":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(source, target, *args, **kwargs)
    if Path(target) == plan:
        os.kill(os.getpid(), signal.SIGKILL)

os.replace = replace_and_die
session.save()
"""


def _save_and_die(plan: Path, when: str) -> None:
    """A vplan killed in a write-back: just before or just after the plan is replaced."""
    done = subprocess.run(
        [sys.executable, "-c", _SAVE_AND_DIE, str(plan), when], check=False, timeout=120
    )
    assert done.returncode == -signal.SIGKILL


def test_killed_right_after_replacing_the_plan_nothing_is_offered(example_path: Path) -> None:
    _save_and_die(example_path, "efter")
    assert namnd_on_disk(example_path) == "Kulturnämnden"
    assert unsaved_for(example_path) is None and find_unsaved() == []
    session = EditSession.open(example_path)  # no "osparade ändringar"
    _rename(session, "Fritidsnämnden")
    session.save()  # no "har ändrats av någon annan"
    session.close()
    assert namnd_on_disk(example_path) == "Fritidsnämnden"


def test_killed_just_before_replacing_the_plan_the_edits_are_recovered(
    example_path: Path,
) -> None:
    _save_and_die(example_path, "före")
    assert namnd_on_disk(example_path) == "Socialnämnden"
    with pytest.raises(UnsavedEditsError):
        EditSession.open(example_path)
    [unsaved] = find_unsaved()
    session = EditSession.resume(unsaved)
    assert session.save()  # the plan is the one this copy last wrote: no "ändrats"
    session.close()
    assert namnd_on_disk(example_path) == "Kulturnämnden"


def test_when_old_and_new_plan_look_alike_the_edits_are_offered_again(tmp_path: Path) -> None:
    """Coarse file times (FAT: two seconds) can make the new file's stamp the old one's."""
    plan = tmp_path / "plan.vplan"
    plan.write_bytes(b"x" * 10)
    stat = plan.stat()
    stamp = [stat.st_mtime_ns, stat.st_size]
    note = {"sparad_raknare": 3, "stampel": stamp}
    pending = {"sparad_raknare": 5, "stampel": stamp}
    assert written_back({**note, "vantande": {**pending, "inod": 0}}, plan) == (3, tuple(stamp))
    replaced = {**pending, "inod": stat.st_ino}
    assert written_back({**note, "vantande": replaced}, plan) == (5, tuple(stamp))


# --- (d) temporary files beside the plan -----------------------------------------------------


def test_a_write_back_killed_halfway_leaves_a_file_sync_clients_skip_then_it_goes(
    example_path: Path,
) -> None:
    _save_and_die(example_path, "före")
    [left] = [n for n in _names(example_path.parent) if n.endswith(".tmp")]
    # OneDrive, Dropbox and Nextcloud do not upload "~$…" files, nor OneDrive ".tmp" ones
    assert left.startswith("~$") and left.endswith(".tmp")
    with pytest.raises(UnsavedEditsError):
        EditSession.open(example_path)  # the next open clears it away
    assert _names(example_path.parent) == ["exempel.vplan", "~$exempel.vplan"]


def _temp_name(tag: str, pid: int) -> str:
    return f"~$vplan-{tag}-{pid}-a1b2c3d4.tmp"


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_only_left_over_temporary_files_are_removed(plan_path: Path) -> None:
    folder = plan_path.parent
    here = computer_tag()
    other = "0" * 6 if here != "0" * 6 else "1" * 6
    kept = [
        _temp_name(here, os.getpid()),  # a write-back of this vplan, under way
        _temp_name(other, DEAD),  # another computer's, perhaps under way
        ".~plan-abcd1234.tmp",  # an older vplan's, perhaps under way
        "~$annan.docx",  # Word's
        "anteckningar.tmp",
        ".~annan plan-abcd1234.tmp",
    ]
    gone_now = [_temp_name(here, DEAD), _temp_name(here, DEAD) + "-journal"]
    gone_old = [_temp_name(other, DEAD).replace("a1b2", "e5f6"), ".~plan-wxyz5678.tmp"]
    gone_old += [".plan.vplan-qrst9012.tmp", "~$plan.vplan.4242.tmp"]
    for name in kept + gone_now + gone_old:
        (folder / name).write_bytes(b"halvskriven")
    for name in [*gone_old, ".~annan plan-abcd1234.tmp", "anteckningar.tmp"]:
        _age(folder / name, writeback.LEFT_OVER_AGE + 60)
    EditSession.open(plan_path).close()
    assert _names(folder) == sorted(["plan.vplan", *kept])


def test_a_backup_cut_short_is_cleared_away(example_path: Path) -> None:
    session = EditSession.open(example_path)
    folder = backups.backup_folder(example_path)
    (folder / _temp_name(computer_tag(), DEAD)).write_bytes(b"halv")
    _rename(session, "Kulturnämnden")
    assert session.take_backup() is not None
    assert [p for p in folder.iterdir() if p.name.startswith("~$")] == []
    session.close()


def test_a_new_file_is_written_under_a_name_sync_clients_skip(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    with replace_when_done(target) as temp:
        assert temp.name.startswith("~$vplan-") and temp.name.endswith(".tmp")
        temp.write_bytes(b"%PDF")
    assert _names(tmp_path) == ["export.pdf"]


# --- (e) the command line ----------------------------------------------------------------


@pytest.fixture
def workbook(example_path: Path, tmp_path: Path) -> Path:
    with PlanDocument.open(example_path, read_only=True) as doc:
        path = tmp_path / "budget.xlsx"
        export_plan(read_plan(doc), "xlsx", path)
    book = openpyxl.load_workbook(path)
    book["Driftbudget"]["E6"] = 49100
    book.save(path)
    return path


def _nothing_left(plan: Path, before: bytes) -> None:
    assert plan.read_bytes() == before
    assert _names(plan.parent) == sorted([plan.name, "budget.xlsx"])
    assert not working_folder().exists() or _names(working_folder()) == []


def _budget(plan: Path, workbook: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["import-budget", str(plan), str(workbook), "--verkstall"])
    return code, capsys.readouterr().err


def test_a_failed_write_back_in_the_command_leaves_nothing_and_no_gui_advice(
    example_path: Path,
    workbook: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = example_path.read_bytes()

    def read_only_folder(*args: object, **kwargs: object) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(locks, "make_temp", read_only_folder)
        patch.setattr(writeback, "make_temp", read_only_folder)
        code, err = _budget(example_path, workbook, capsys)
    assert code == 2
    assert err == (
        "vplan: ”exempel.vplan” kunde inte sparas: filen eller mappen är skrivskyddad eller så "
        "saknar du behörighet. Planen är oförändrad.\n"
    )
    _nothing_left(example_path, before)
    assert _budget(example_path, workbook, capsys) == (0, "")  # no "avslutades oväntat"


def test_a_failure_halfway_through_the_command_changes_nothing(
    example_path: Path,
    workbook: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vplan_desktop.imports import budget_xlsx

    before = example_path.read_bytes()

    def half(document: PlanDocument, changes: list[object]) -> None:
        items.update_item(document, ItemKind.PLAN, 1, {"namnd": "Halvvägs"})
        raise PlanFileError("Planen kunde inte ändras.")

    monkeypatch.setattr(budget_xlsx, "apply_budget", half)
    assert _budget(example_path, workbook, capsys) == (2, "vplan: Planen kunde inte ändras.\n")
    _nothing_left(example_path, before)


def test_a_bad_cell_in_the_command_leaves_nothing(
    example_path: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(workbook)
    book["Driftbudget"]["E6"] = "x"
    book.save(workbook)
    before = example_path.read_bytes()
    code, err = _budget(example_path, workbook, capsys)
    assert code == 2 and "Driftbudget!E6" in err
    _nothing_left(example_path, before)


def test_the_command_on_a_plan_open_in_vplan_gives_advice_that_works_there(
    example_path: Path, workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = _hold_open(example_path, "Kulturnämnden")
    try:
        code, err = _budget(example_path, workbook, capsys)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert code == 2
    assert "är redan öppnad av" in err and "Stäng den där och kör kommandot igen." in err
    assert "skrivskyddad" not in err
    code, err = _budget(example_path, workbook, capsys)
    assert code == 2 and "avslutades oväntat" in err
    assert f"(vplan {example_path})" in err and "Spara som" not in err
