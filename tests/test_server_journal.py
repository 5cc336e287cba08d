"""Edits kept on this computer while the server cannot be reached (``server.journal``,
``server.recorded_edits``): written down, read back, refused when hostile, and made again on
a real plan file with the ``seen=`` they were made with."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError, ServerError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.journal import Journal, journal_folder
from vplan_desktop.server.recorded_edits import RecordedEdit, apply_edits, record
from vplan_desktop.services import changes, items
from vplan_desktop.services.read import read_plan

ADDRESS = parse_address("postgresql://anna@db.kommun.se/vplan#soc")
WHEN = dt.datetime(2026, 11, 29, 10, 42)


def _namnd(seen: int | None = None, name: str = "Kulturnämnden") -> partial[Any]:
    return partial(
        items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"namnd": name}, seen=seen
    )


def test_a_service_call_is_written_down_and_read_back_the_same() -> None:
    action = partial(
        changes.batch,
        edits=[
            _namnd(3),
            partial(
                items.update_item,
                kind_name=ItemKind.AKTIVITET,
                item_id=7,
                fields={"startdatum": dt.date(2026, 3, 31), "belopp": Decimal("1234.5")},
                seen=2,
            ),
            partial(items.delete_items, items=[(ItemKind.KAPITEL, 4)], seen=[1]),
        ],
    )
    kept = record("Ändra nämnd", action, WHEN)
    assert kept.replayable and kept.made == "2026-11-29 10.42"
    assert kept.function == "vplan_desktop.services.changes:batch"
    # Through JSON and back: the same call, enums and dates and tuples as they were.
    again = Journal(ADDRESS, Path("/nonexistent"))._parse(
        {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [kept.to_json()]}
    )[0]
    remade = again.action()
    assert isinstance(remade, partial) and remade.func is changes.batch
    first, second, third = remade.keywords["edits"]
    assert first.keywords == {
        "kind_name": ItemKind.PLAN,
        "item_id": 1,
        "fields": {"namnd": "Kulturnämnden"},
        "seen": 3,
    }
    assert first.keywords["kind_name"] is ItemKind.PLAN
    assert second.keywords["fields"] == {
        "startdatum": dt.date(2026, 3, 31),
        "belopp": Decimal("1234.5"),
    }
    assert third.keywords["items"] == [(ItemKind.KAPITEL, 4)]


def test_an_action_that_cannot_be_written_down_is_kept_by_its_text() -> None:
    batch: Any = changes.batch
    positional = partial(batch, [_namnd(1)])
    for action in (
        lambda doc: items.update_item(doc, ItemKind.PLAN, 1, {"namnd": "X"}),
        positional,
        partial(print, sep="x"),  # not a service
        partial(items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"x": object()}),
        partial(items.update_item, kind_name=ItemKind.PLAN, item_id=1, fields={"x": float("nan")}),
    ):
        kept = record("Ändra något", action, WHEN)
        assert not kept.replayable and kept.text == "Ändra något"
        with pytest.raises(ServerError, match="kan inte göras om av vplan"):
            kept.action()


def test_the_journal_is_kept_per_plan_and_survives_a_new_vplan() -> None:
    journal = Journal(ADDRESS)
    assert journal.path.parent == journal_folder() and journal.entries() == []
    journal.add(record("Ändra nämnd", _namnd(1), WHEN))
    journal.add(record("Skriv i ”Inledning”", lambda doc: None, WHEN))
    other = Journal(parse_address("postgresql://anna@db.kommun.se/vplan#annan"))
    assert not other.exists()
    again = Journal(ADDRESS).entries()  # as the next vplan reads it
    assert [e.text for e in again] == ["Ändra nämnd", "Skriv i ”Inledning”"]
    assert [e.replayable for e in again] == [True, False]
    data = json.loads(journal.path.read_text(encoding="utf-8"))
    assert data["adress"] == str(ADDRESS) and len(data["andringar"]) == 2
    assert not [p for p in journal.path.parent.iterdir() if p != journal.path]  # no temp left
    journal.replace(again[1:])
    assert [e.text for e in Journal(ADDRESS).entries()] == ["Skriv i ”Inledning”"]
    journal.replace([])
    assert not journal.exists()


def _hostile(journal: Journal, content: Any) -> None:
    journal.path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content)
    journal.path.write_text(text, encoding="utf-8")


def _entry(function: str, arguments: Any) -> dict[str, Any]:
    return {"text": "Ändra", "made": "2026-11-29 10.42", "function": function,
            "arguments": arguments}  # fmt: skip


GOOD = record("Ändra nämnd", _namnd(1), WHEN).to_json()
UPDATE = "vplan_desktop.services.items:update_item"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{inte json", "filen är inte JSON"),
        ("[]", "inte vplans ändringslogg"),
        ({"vplan_andringar": 99, "adress": str(ADDRESS), "andringar": []}, "nyare version"),
        ({"vplan_andringar": 1, "adress": "postgresql://x/y#z", "andringar": []}, "annan plan"),
        ({"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": {}}, "listan"),
        ({"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [GOOD, 5]}, "ändring 2"),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                GOOD, _entry("os:system", {"$dict": [["command", "rm -rf /"]]})]},
            "”os:system” är inget vplan gör om",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry("vplan_desktop.services.items:_get", {"$dict": []})]},
            "inget vplan gör om",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["kind_name", {"$enum": "os:Enum", "value": 1}]]})]},
            "inget vplan gör om",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["kind_name", {
                    "$enum": "vplan_desktop.sections:ItemKind", "value": "ingen"}]]})]},
            "finns inte bland ItemKind",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["doc", "x"]]})]},
            "argumentet ”doc” finns inte",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["seen", {"$decimal": "NaN"}]]})]},
            "inte ändligt",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["fields", {"$weird": 1}]]})]},
            "kan inte läsas",
        ),
        (
            {"vplan_andringar": 1, "adress": str(ADDRESS), "andringar": [
                _entry(UPDATE, {"$dict": [["kind_name", {
                    "$enum": "vplan_desktop.__main__:Enum", "value": 1}]]})]},
            "inget vplan gör om",
        ),
        ("[" * 100_000, "inte JSON"),
    ],
)  # fmt: skip
def test_a_hostile_journal_is_refused_in_swedish_and_nothing_of_it_is_made(
    plan_path: Path, content: Any, reason: str
) -> None:
    journal = Journal(ADDRESS)
    _hostile(journal, content)
    with pytest.raises(ServerError) as refused:
        journal.entries()
    message = refused.value.message
    assert message.startswith("Ändringarna som sparats på den här datorn för planen ”soc”")
    assert reason in message and message.endswith("Ingen av dem gjordes.")
    with PlanDocument.open(plan_path) as doc:
        assert read_plan(doc).uppgifter.namnd == "Socialnämnden"
    # A new edit does not write over it: the unreadable journal is set aside, kept.
    journal.add(record("Ändra nämnd", _namnd(1), WHEN))
    assert [e.text for e in journal.entries()] == ["Ändra nämnd"]
    assert journal.path.with_name(journal.path.name + ".oläslig").is_file()


def test_kept_edits_are_made_again_on_a_plan_file_and_a_stale_one_is_refused(
    example_path: Path,
) -> None:
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        activity = plan.aktiviteter[0]
        kept = [
            record("Ändra nämnd", _namnd(plan.uppgifter.version), WHEN),
            record(
                "Ändra aktivitet",
                partial(
                    items.update_item,
                    kind_name=ItemKind.AKTIVITET,
                    item_id=activity.id,
                    fields={"namn": "Min aktivitet"},
                    seen=activity.version,
                ),
                WHEN,
            ),
            RecordedEdit(text="Skriv i ”Inledning”", made="2026-11-29 10.40"),
        ]
        # Meanwhile someone else changes the activity.
        items.update_item(doc, ItemKind.AKTIVITET, activity.id, {"namn": "Hennes aktivitet"})
    Journal(ADDRESS).replace(kept)
    with PlanDocument.open(example_path) as doc:
        doc.own_versions.clear()  # another window's document: her change is not its own
        made, refused = apply_edits(doc, Journal(ADDRESS).entries())
        after = read_plan(doc)
    assert [e.text for e in made] == ["Ändra nämnd"]
    (stale, stale_reason), (by_hand, by_hand_reason) = refused
    assert stale.text == "Ändra aktivitet" and "ändrade detta" in stale_reason
    assert stale_reason.endswith("din ändring gjordes inte.")
    assert by_hand.text == "Skriv i ”Inledning”" and "kan inte göras om av vplan" in by_hand_reason
    assert after.uppgifter.namnd == "Kulturnämnden"
    assert after.aktiviteter[0].namn == "Hennes aktivitet"


def test_the_same_edit_saved_again_is_kept_once() -> None:
    journal = Journal(ADDRESS)
    journal.add(record("Ändra nämnd", _namnd(1), WHEN))
    journal.add(record("Ändra nämnd", _namnd(1), WHEN))  # the field saved again on closing
    journal.add(record("Ändra nämnd", _namnd(1, "Annan nämnd"), WHEN))
    assert len(journal.entries()) == 2


def test_a_broken_connection_is_told_from_other_server_errors() -> None:
    import psycopg
    from sqlalchemy import exc

    from vplan_desktop.errors import ServerUnreachable
    from vplan_desktop.server.connection import LOST_MESSAGE, lost_connection

    broken = exc.OperationalError("SELECT 1", {}, psycopg.OperationalError("x"))
    broken.connection_invalidated = True
    found = lost_connection(broken)
    assert isinstance(found, ServerUnreachable) and found.message == LOST_MESSAGE
    assert LOST_MESSAGE.startswith("Förbindelsen med servern bröts – dina ändringar sparas")
    closed = psycopg.OperationalError("consuming input failed: server closed the connection")
    assert lost_connection(exc.OperationalError("SELECT 1", {}, closed)) is not None
    shutdown = psycopg.errors.AdminShutdown("terminating connection")
    assert lost_connection(exc.OperationalError("SELECT 1", {}, shutdown)) is not None
    # A lock that could not be had, or a refused write, is not a broken connection.
    locked = psycopg.errors.LockNotAvailable("could not obtain lock")
    assert lost_connection(exc.OperationalError("SELECT 1", {}, locked)) is None
    refused = psycopg.errors.InsufficientPrivilege("permission denied")
    assert lost_connection(exc.ProgrammingError("SELECT 1", {}, refused)) is None


def _rename(activity_id: int, name: str, seen: int) -> partial[Any]:
    return partial(
        items.update_item,
        kind_name=ItemKind.AKTIVITET,
        item_id=activity_id,
        fields={"namn": name},
        seen=seen,
    )


def test_a_paste_is_kept_whole_and_made_again_all_or_nothing(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        first, second = read_plan(doc).aktiviteter[:2]
        paste = partial(
            changes.all_or_nothing,
            edits=[
                _rename(first.id, "Första inklistrad", first.version),
                _rename(second.id, "Andra inklistrad", second.version),
            ],
            refused="Inget klistrades in.",
        )
        kept = record("Klistra in", paste, WHEN)
        assert kept.replayable and kept.function == "vplan_desktop.services.changes:all_or_nothing"
        # Someone else changes the second activity meanwhile.
        items.update_item(doc, ItemKind.AKTIVITET, second.id, {"namn": "Hennes aktivitet"})
    Journal(ADDRESS).replace([kept])
    with PlanDocument.open(example_path) as doc:
        doc.own_versions.clear()
        made, refused = apply_edits(doc, Journal(ADDRESS).entries())
        after = read_plan(doc).aktiviteter
    # Refused whole: the first cell, not stale, is not written either.
    assert made == [] and [edit.text for edit, _reason in refused] == ["Klistra in"]
    reason = refused[0][1]
    assert reason.startswith("Inget klistrades in. ") and "ändrade detta" in reason
    assert after[0].namn == first.namn and after[1].namn == "Hennes aktivitet"
    # Kept again with what the user now sees, it is made whole, and undone whole.
    with PlanDocument.open(example_path) as doc:
        now = read_plan(doc).aktiviteter
        again = record(
            "Klistra in",
            partial(
                changes.all_or_nothing,
                edits=[
                    _rename(first.id, "Första inklistrad", now[0].version),
                    _rename(second.id, "Andra inklistrad", now[1].version),
                ],
                refused="Inget klistrades in.",
            ),
            WHEN,
        )
        Journal(ADDRESS).replace([again])
        made, refused = apply_edits(doc, Journal(ADDRESS).entries())
        assert [edit.text for edit in made] == ["Klistra in"] and refused == []
        names = [a.namn for a in read_plan(doc).aktiviteter[:2]]
    assert names == ["Första inklistrad", "Andra inklistrad"]


def test_a_follow_up_paste_and_an_inserted_picture_are_kept_as_calls() -> None:
    from vplan_desktop.services import follow_up, images

    paste = partial(
        follow_up.follow_up_all_or_nothing,
        edits=[_namnd(1), _namnd(1, "Annan nämnd")],
        refused="Inga celler tömdes.",
    )
    assert record("Töm celler", paste, WHEN).replayable
    picture = partial(
        images.insert_image,
        kapitel_id=3,
        data=b"\x89PNG",
        text=f"Text\n\n![Figur](bild:{images.NEW_IMAGE_ID})\n",
        namn="karta.png",
        seen=4,
    )
    kept = record("Infoga bild i ”Inledning”", picture, WHEN)
    assert kept.replayable
    remade = kept.action()
    assert isinstance(remade, partial) and remade.keywords["data"] == b"\x89PNG"


def test_an_inserted_picture_is_made_again_with_its_own_id(example_path: Path) -> None:
    from vplan_desktop.services import images

    out = io.BytesIO()
    Image.new("RGB", (120, 60), "navy").save(out, "PNG")
    png = out.getvalue()
    with PlanDocument.open(example_path) as doc:
        chapter = read_plan(doc).kapitel[0]
        kept = record(
            "Infoga bild",
            partial(
                images.insert_image,
                kapitel_id=chapter.id,
                data=png,
                text=f"Före\n\n![Figur](bild:{images.NEW_IMAGE_ID})\n",
                seen=chapter.version,
            ),
            WHEN,
        )
    Journal(ADDRESS).replace([kept])
    with PlanDocument.open(example_path) as doc:
        made, refused = apply_edits(doc, Journal(ADDRESS).entries())
        after = read_plan(doc)
    assert refused == [] and len(made) == 1
    added = max(bild.id for bild in after.bilder)
    assert after.kapitel[0].text == f"Före\n\n![Figur](bild:{added})\n"
    with PlanDocument.open(example_path) as doc, pytest.raises(InputError):
        images.insert_image(doc, kapitel_id=chapter.id, data=png, text="Ingen bild")
