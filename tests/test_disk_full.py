"""A disk that fills up while vplan writes: every export, and every command that makes a plan
(import-json, rollover, import-docx), says so in one Swedish message and leaves no output and no
temporary file behind. The full disk is simulated (a write that fails half way with ENOSPC;
SQLite allowed no more pages, which it reports as on a full disk) and, where a small file system
can be mounted, real.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import Pool

from vplan_desktop.cli import main
from vplan_desktop.errors import (
    InputError,
    PlanFileError,
    disk_full_as_error,
    disk_full_error,
    is_disk_full,
)
from vplan_desktop.sections import ItemKind

FORMATS = ("pdf", "docx", "xlsx", "json")


def _state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temporary files too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _disk_full_message(name: str) -> str:
    return f"vplan: Disken är full: ”{name}” kunde inte sparas. Frigör utrymme och försök igen.\n"


@pytest.fixture
def filling_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on a disk that fills up: a file written into it gets half way, then the write
    fails with ENOSPC (as the operating system says it)."""
    folder = tmp_path / "full"
    folder.mkdir()
    write_bytes, write_text = Path.write_bytes, Path.write_text

    def full(path: Path) -> OSError:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    def half_bytes(self: Path, data: bytes) -> int:
        if self.parent != folder:
            return write_bytes(self, data)
        write_bytes(self, data[: len(data) // 2])
        raise full(self)

    def half_text(self: Path, data: str, *args: Any, **kwargs: Any) -> int:
        if self.parent != folder:
            return write_text(self, data, *args, **kwargs)
        write_text(self, data[: len(data) // 2], *args, **kwargs)
        raise full(self)

    monkeypatch.setattr(Path, "write_bytes", half_bytes)
    monkeypatch.setattr(Path, "write_text", half_text)
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_during_an_export(
    example_path: Path, filling_folder: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = filling_folder / f"ut.{fmt}"
    code, err = _run(capsys, "export", example_path, "--format", fmt, "-o", out)
    assert (code, err) == (2, _disk_full_message(out.name))
    assert _state(filling_folder) == {}


@pytest.fixture
def sqlite_fills_up() -> Iterator[list[int]]:
    """Every database connection opened while the test runs may grow to the number of pages
    in the list (none: no limit), after which SQLite reports SQLITE_FULL as on a full disk."""
    limit: list[int] = []

    def cap(connection: sqlite3.Connection, record: object) -> None:
        if limit:
            connection.execute(f"PRAGMA max_page_count = {limit[0]}")

    event.listen(Pool, "connect", cap)
    try:
        yield limit
    finally:
        event.remove(Pool, "connect", cap)


def _pages(plan: Path) -> int:
    connection = sqlite3.connect(plan)
    try:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize("when", ["while-creating", "while-importing"])
@pytest.mark.parametrize("command", ["import-json", "rollover", "import-docx"])
def test_a_full_disk_while_a_plan_is_made(
    example_path: Path,
    templates: dict[str, Path],
    tmp_path: Path,
    sqlite_fills_up: list[int],
    command: str,
    when: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # One page: the new file's first table does not fit. As many pages as an empty plan: the
    # schema is made, the plan's contents do not fit.
    pages = 1 if when == "while-creating" else _pages(templates["empty"])
    assert pages < _pages(templates["example"])
    source = {"import-json": "plan.json", "rollover": "gammal.vplan", "import-docx": "plan.docx"}
    given = tmp_path / source[command]
    if command == "rollover":
        shutil.copyfile(example_path, given)
    else:
        fmt = given.suffix[1:]
        assert main(["export", str(example_path), "--format", fmt, "-o", str(given)]) == 0
    capsys.readouterr()
    state = _state(tmp_path)
    target = tmp_path / "ny.vplan"
    sqlite_fills_up.append(pages)
    code, err = _run(capsys, command, given, target)
    assert (code, err) == (2, _disk_full_message("ny.vplan"))
    assert _state(tmp_path) == state  # no plan, no temporary file, no journal


def test_a_full_disk_in_the_windows_export(
    qtbot: Any, example_path: Path, filling_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from vplan_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_plan(example_path)
    window.exporter.ask_after = False
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    out = filling_folder / "till nämnden.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export("pdf")
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings == [_disk_full_message(out.name).removeprefix("vplan: ").strip()]
    assert _state(filling_folder) == {}
    window.close_plan()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 16 kB file system (tmpfs), where it can be mounted (Linux, as root)."""
    folder = tmp_path / "liten-disk"
    folder.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small file system can only be mounted by root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a small file system cannot be mounted here")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_really_full_disk(
    example_path: Path, tmp_path: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = {fmt: tmp_path / f"plan.{fmt}" for fmt in ("json", "docx")}
    for fmt, path in given.items():
        assert main(["export", str(example_path), "--format", fmt, "-o", str(path)]) == 0
    capsys.readouterr()
    commands: list[tuple[str, ...]] = [
        ("export", str(example_path), "--format", fmt, "-o", str(tiny_disk / f"ut.{fmt}"))
        for fmt in FORMATS
    ]
    commands += [
        ("export", str(example_path), "--format", "pdf", "--pdfa", "-o", str(tiny_disk / "a.pdf")),
        ("import-json", str(given["json"]), str(tiny_disk / "ny.vplan")),
        ("rollover", str(example_path), str(tiny_disk / "ny.vplan")),
        ("import-docx", str(given["docx"]), str(tiny_disk / "ny.vplan")),
    ]
    for command in commands:
        code, err = _run(capsys, *command)
        assert (code, err) == (2, _disk_full_message(Path(command[-1]).name)), command
        assert _state(tiny_disk) == {}, command


def test_a_full_disk_no_command_expected_is_still_said_in_swedish(
    example_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vplan_desktop import cli

    def full(args: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(cli.COMMANDS, "info", full)
    code, err = _run(capsys, "info", example_path)
    assert (code, err) == (
        2,
        "vplan: Disken är full: filen kunde inte sparas. Frigör utrymme och försök igen.\n",
    )


def test_what_counts_as_a_full_disk() -> None:
    def raised(make: Any) -> BaseException:
        try:
            make()
        except BaseException as error:
            return error
        raise AssertionError("nothing was raised")

    def from_none() -> None:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as error:
            raise PlanFileError(f"kunde inte skrivas: {error.strerror}") from None

    def while_closing_a_zip() -> None:
        try:
            raise OSError(errno.EDQUOT, "Disk quota exceeded")
        except OSError:
            raise zipfile.BadZipFile("central directory not written") from None

    sqlite_full = sqlite3.OperationalError("database or disk is full")
    full = [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite_full,
        OperationalError("INSERT …", {}, sqlite_full),
        raised(from_none),
        raised(while_closing_a_zip),
        RuntimeError("qpdf: error writing: No space left on device"),
    ]
    for error in full:
        assert is_disk_full(error), error
    not_full = [
        PermissionError(errno.EACCES, "Permission denied"),
        OSError(errno.EIO, "Input/output error"),
        ValueError("the disk is fine"),
        InputError("Texten ”database or disk is full” är för lång"),  # the user's own words
        sqlite3.OperationalError("database is locked"),
    ]
    for error in not_full:
        assert not is_disk_full(error), error
    assert disk_full_error("ut.pdf").message == (
        "Disken är full: ”ut.pdf” kunde inte sparas. Frigör utrymme och försök igen."
    )
    with pytest.raises(PlanFileError, match="Disken är full: ”x”"), disk_full_as_error("x"):
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(PermissionError), disk_full_as_error("x"):
        raise PermissionError(errno.EACCES, "Permission denied")


def test_an_edit_on_a_full_disk_gets_the_one_message(example_path: Path) -> None:
    """SQLite's English "database or disk is full" while saving an edit becomes the one
    Swedish message, and the plan keeps what it had."""
    from vplan_desktop.db.document import PlanDocument
    from vplan_desktop.services import items
    from vplan_desktop.services.read import read_plan

    with PlanDocument.open(example_path) as doc:
        before = read_plan(doc)
        with sqlite3.connect(example_path) as raw:
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
        with doc.transaction() as session:
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(PlanFileError) as raised:
            items.update_item(doc, ItemKind.AKTIVITET, 1, {"beskrivning": "x" * 200_000})
        assert raised.value.message == (
            f"Disken är full: ”{example_path.name}” kunde inte sparas. "
            "Frigör utrymme och försök igen."
        )
        assert read_plan(doc) == before


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EACCES, "du saknar behörighet"),
        (errno.EROFS, "disken är skrivskyddad"),
        (errno.ENAMETOOLONG, "sökvägen är för lång"),
        (errno.ENOSPC, "disken är full"),
    ],
)
def test_file_errors_are_said_in_swedish(tmp_path: Path, code: int, reason: str) -> None:
    from vplan_desktop.db.files import replace_when_done

    with pytest.raises(PlanFileError) as raised, replace_when_done(tmp_path / "ut.pdf"):
        raise OSError(code, os.strerror(code))
    assert raised.value.message.startswith(f"”ut.pdf” kunde inte skrivas: {reason}")
    assert list(tmp_path.iterdir()) == []
