"""Edits to a plan on the server that could not reach it, kept on this computer.

When the connection to the server breaks, the edit being made is written here
(``recorded_edits.RecordedEdit``) instead of being lost: one JSON file per plan address in
the user's data folder, written whole to a temporary file and renamed over the old one, so
a crash leaves the old journal or the new one, never half of one. It outlives vplan: the
next time the plan is opened, its kept edits are offered again (made again with the
``seen=`` they were made with, reviewed one by one, or made on a downloaded copy of the
plan). Nothing here is made again without the user's choice.

A journal is read as hostile input (it lies in a folder the user and other programs can
write): a file that is not one vplan wrote is refused as a whole with a Swedish
``ServerError``, and nothing of it is made.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import PlanFileError, ServerError, os_reason
from vplan_desktop.server.address import PlanAddress
from vplan_desktop.server.recorded_edits import RecordedEdit
from vplan_desktop.storage.places import data_folder

FORMAT = 1
_MAX_BYTES = 64 * 1024 * 1024
"""A journal larger than this is not one vplan wrote (a chapter's pictures included)."""
_MAX_EDITS = 10_000


def journal_folder() -> Path:
    return data_folder() / "serverandringar"


class Journal:
    """The kept edits of the plan ``address`` names."""

    def __init__(self, address: PlanAddress, folder: Path | None = None) -> None:
        self.address = address
        where = folder if folder is not None else journal_folder()
        key = hashlib.sha256(str(address).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.path = where / f"{key}.json"

    def exists(self) -> bool:
        return self.path.is_file()

    def entries(self) -> list[RecordedEdit]:
        """The kept edits, oldest first (none when there is no journal)."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return []
        except OSError as error:
            raise self._unreadable(os_reason(error)) from None
        if size > _MAX_BYTES:
            raise self._unreadable("filen är för stor för att vara vplans")
        try:
            data = json.loads(self.path.read_bytes())
        except OSError as error:
            raise self._unreadable(os_reason(error)) from None
        except (ValueError, RecursionError):
            raise self._unreadable("filen är inte JSON") from None
        return self._parse(data)

    def _parse(self, data: Any) -> list[RecordedEdit]:
        if not isinstance(data, dict) or data.get("vplan_andringar") != FORMAT:
            raise self._unreadable("filen är inte vplans ändringslogg (eller av en nyare version)")
        if data.get("adress") != str(self.address):
            raise self._unreadable("filen gäller en annan plan")
        edits = data.get("andringar")
        if not isinstance(edits, list) or len(edits) > _MAX_EDITS:
            raise self._unreadable("listan över ändringar saknas")
        found = []
        for number, item in enumerate(edits, start=1):
            entry = _entry(item)
            if entry is None:
                raise self._unreadable(f"ändring {number} är felaktig")
            if entry.replayable:
                try:
                    entry.action()  # looked up and checked now, before anything is made
                except ServerError as error:
                    raise self._unreadable(f"ändring {number}: {error.message}") from None
            found.append(entry)
        return found

    def _unreadable(self, reason: str) -> ServerError:
        return ServerError(
            f"Ändringarna som sparats på den här datorn för planen ”{self.address.plan}” "
            f"kunde inte läsas ({self.path}): {reason}. Ingen av dem gjordes."
        )

    def add(self, entry: RecordedEdit) -> None:
        """Keep ``entry`` after the edits already kept, unless the same edit is kept already
        (a field saved again as the window closes: made twice with the same ``seen=``, it
        would change nothing more). A journal that cannot be read is set aside
        (``set_aside``) rather than written over, and a new one begun."""
        try:
            entries = self.entries()
        except ServerError:
            self.set_aside()
            entries = []
        if any(_same(kept, entry) for kept in entries):
            return
        self.replace([*entries, entry])

    def replace(self, entries: list[RecordedEdit]) -> None:
        """Keep exactly ``entries`` (none: the journal is removed)."""
        if not entries:
            self.clear()
            return
        data = {
            "vplan_andringar": FORMAT,
            "adress": str(self.address),
            "andringar": [entry.to_json() for entry in entries],
        }
        text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with replace_when_done(self.path) as temp:
                temp.write_text(text, encoding="utf-8")
        except OSError as error:
            raise self._unwritable(os_reason(error)) from None
        except PlanFileError as error:
            raise self._unwritable(error.message) from None

    def _unwritable(self, reason: str) -> ServerError:
        return ServerError(
            f"Ändringen kunde inte sparas på den här datorn ({self.path}): {reason}."
        )

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def set_aside(self) -> Path | None:
        """Move an unreadable journal out of the way (kept for whoever wants to look at it);
        where it went, or None if there was none."""
        target = self.path.with_name(self.path.name + ".oläslig")
        try:
            os.replace(self.path, target)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._unwritable(os_reason(error)) from None
        return target


def _entry(item: Any) -> RecordedEdit | None:
    if not isinstance(item, dict) or set(item) != {"text", "made", "function", "arguments"}:
        return None
    text, made, function, arguments = (
        item["text"],
        item["made"],
        item["function"],
        item["arguments"],
    )
    if not isinstance(text, str) or not isinstance(made, str) or len(made) > 40:
        return None
    if function is None and arguments is None:
        return RecordedEdit(text=text[:500], made=made)
    if not isinstance(function, str) or not isinstance(arguments, dict):
        return None
    return RecordedEdit(text=text[:500], made=made, function=function, arguments=arguments)


def _same(kept: RecordedEdit, entry: RecordedEdit) -> bool:
    if entry.replayable:
        return (kept.function, kept.arguments) == (entry.function, entry.arguments)
    return not kept.replayable and kept.text == entry.text
