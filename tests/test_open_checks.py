"""Opening a plan checks, in full and once, the copy of it that vplan then reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop.db import copying
from vplan_desktop.db import document as document_module
from vplan_desktop.errors import PlanFileError
from vplan_desktop.storage import locks
from vplan_desktop.storage.places import working_folder
from vplan_desktop.storage.working import EditSession


def _count_full_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    checked: list[str] = []
    check_contents = document_module._check_contents

    def counted(connection: sqlite3.Connection, name: str) -> None:
        checked.append(name)
        check_contents(connection, name)

    monkeypatch.setattr(document_module, "_check_contents", counted)
    return checked


@pytest.mark.parametrize("read_only", [False, True])
def test_a_plan_is_read_through_once_when_opened(
    example_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: bool
) -> None:
    checked = _count_full_checks(monkeypatch)
    session = EditSession.open(example_path, read_only=read_only)
    try:
        assert checked == ["”exempel.vplan”"]
        assert session.document.file != example_path  # what was checked is what is read
    finally:
        session.close()


def test_a_plan_changed_after_its_first_look_is_refused_by_its_own_name(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program writes the plan between vplan's look at its header and the copy: the
    copy vplan would read is what is refused, named as the plan."""
    copy_plan_file = copying.copy_plan_file

    def changed_first(source: Path, target: Path, **options: Any) -> None:
        connection = sqlite3.connect(source, isolation_level=None)
        connection.execute("CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM kapitel; END")
        connection.close()
        copy_plan_file(source, target, **options)

    monkeypatch.setattr("vplan_desktop.storage.working.copy_plan_file", changed_first)
    with pytest.raises(PlanFileError) as raised:
        EditSession.open(example_path)
    assert raised.value.message.startswith("”exempel.vplan” är inte en vplan-plan")
    assert "triggern ”t”" in raised.value.message
    assert not locks.lock_path(example_path).exists()
    assert list(working_folder().iterdir()) == []


def test_a_plan_damaged_past_its_header_is_said_to_be_damaged(example_path: Path) -> None:
    """Its header is whole, so it is copied before anything reads its pages."""
    data = bytearray(example_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2 : page_size * 3] = b"\xa5" * page_size  # a page of the tables' data
    example_path.write_bytes(bytes(data))
    for read_only in (False, True):
        with pytest.raises(PlanFileError) as raised:
            EditSession.open(example_path, read_only=read_only)
        assert raised.value.message == (
            "”exempel.vplan” är skadad och kan inte öppnas. Öppna en säkerhetskopia."
        )
    assert list(example_path.parent.iterdir()) == [example_path]
    assert list(working_folder().iterdir()) == []
