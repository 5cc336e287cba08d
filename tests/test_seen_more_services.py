"""``seen=`` of the services the window calls besides items and values: an image put into a
chapter someone else has changed since, and a plan period changed meanwhile, are refused and
nothing is written; a conflict names the other person as people know her (``names``)."""

from __future__ import annotations

import getpass
import io
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from vplan_desktop.db import row_versions
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import ConflictError
from vplan_desktop.follow_up_data import Bedomningsniva
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, plan
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan


def _two(path: Path) -> tuple[PlanDocument, PlanDocument]:
    mine = PlanDocument.open(path)
    mine.user_name = "erik"
    hers = PlanDocument.open(path)
    hers.user_name = "anna"
    return mine, hers


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 60), "navy").save(out, "PNG")
    return out.getvalue()


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_an_image_put_into_a_chapter_changed_meanwhile_is_refused_whole(
    example_path: Path,
) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        chapter = read_plan(mine).kapitel[0]
        items.update_item(hers, ItemKind.KAPITEL, chapter.id, {"text": "Hennes text"})
        images = _count(example_path, "bild")
        with pytest.raises(ConflictError) as refused:
            add_to_chapter(
                mine,
                chapter.id,
                png_bytes(),
                lambda bild: f"![](bild:{bild})",
                seen=chapter.version,
            )
        assert refused.value.who == "anna"
        assert _count(example_path, "bild") == images  # the image went too
        assert read_plan(mine).kapitel[0].text == "Hennes text"
        # Based on the chapter as it is now, it goes in; its undo takes both away again.
        fresh = read_plan(mine).kapitel[0]
        change = add_to_chapter(
            mine, chapter.id, png_bytes(), lambda bild: f"![](bild:{bild})", seen=fresh.version
        )
        assert _count(example_path, "bild") == images + 1
        change.undo(mine)
        assert _count(example_path, "bild") == images
        assert read_plan(mine).kapitel[0].text == "Hennes text"


def test_a_plan_period_changed_meanwhile_is_refused(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        shown = read_plan(mine).uppgifter
        items.update_item(hers, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
        with pytest.raises(ConflictError):
            plan.set_period(mine, shown.forsta_ar, shown.sista_ar + 1, seen=shown.version)
        assert read_plan(mine).uppgifter.sista_ar == shown.sista_ar
        fresh = read_plan(mine).uppgifter
        change = plan.set_period(mine, shown.forsta_ar, shown.sista_ar + 1, seen=fresh.version)
        assert read_plan(hers).uppgifter.sista_ar == shown.sista_ar + 1
        # Her edit after this one refuses its undo.
        items.update_item(hers, ItemKind.PLAN, 1, {"namnd": "Fritidsnämnden"})
        with pytest.raises(ConflictError):
            change.undo(mine)
        assert read_plan(mine).uppgifter.sista_ar == shown.sista_ar + 1


def test_a_conflict_names_the_other_person_as_people_know_her(example_path: Path) -> None:
    mine, hers = _two(example_path)
    known = {"anna": "Anna Svensson"}
    asked: list[str] = []

    def name_of(_session: object, who: str) -> str | None:
        asked.append(who)
        return known.get(who)

    mine.names = name_of
    with mine, hers:
        activity = read_plan(mine).aktiviteter[0]
        items.update_item(hers, ItemKind.AKTIVITET, activity.id, {"namn": "Hennes"})
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                mine, ItemKind.AKTIVITET, activity.id, {"namn": "Mitt"}, seen=activity.version
            )
        assert refused.value.who == "Anna Svensson"
        assert refused.value.message.startswith("Anna Svensson ändrade detta kl. ")
        assert asked == ["anna"]
        # Someone without a name is named as the rows have it.
        known.clear()
        again = read_plan(mine).aktiviteter[0]
        items.update_item(hers, ItemKind.AKTIVITET, activity.id, {"namn": "Hennes igen"})
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                mine, ItemKind.AKTIVITET, activity.id, {"namn": "Mitt"}, seen=again.version
            )
        assert refused.value.message.startswith("anna ändrade detta kl. ")


def test_a_plan_file_is_stamped_with_the_computer_users_full_name_where_it_has_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pwd

    entries = {
        "anna": SimpleNamespace(pw_gecos="Anna  Svensson,Rum 12,,"),
        "erik": SimpleNamespace(pw_gecos=""),
        "root": SimpleNamespace(pw_gecos="root"),
    }

    def getpwnam(login: str) -> SimpleNamespace:
        return entries[login]

    monkeypatch.setattr(pwd, "getpwnam", getpwnam)
    assert row_versions.full_name("anna") == "Anna Svensson"
    assert row_versions.full_name("erik") == ""
    assert row_versions.full_name("root") == ""  # the login again says nothing more
    assert row_versions.full_name("okand") == ""
    monkeypatch.setattr(getpass, "getuser", lambda: "anna")
    assert row_versions.os_user() == "Anna Svensson"
    monkeypatch.setattr(getpass, "getuser", lambda: "erik")
    assert row_versions.os_user() == "erik"


def test_a_deviation_threshold_changed_meanwhile_is_refused(example_path: Path) -> None:
    from decimal import Decimal

    from vplan_desktop.services import follow_up

    mine, hers = _two(example_path)
    with mine, hers:
        shown = read_plan(mine).uppgifter.avvikelsegrans
        follow_up.set_deviation_threshold(hers, "8")
        with pytest.raises(ConflictError) as refused:
            follow_up.set_deviation_threshold(mine, "10", seen=shown)
        assert refused.value.who == "anna"
        assert read_plan(mine).uppgifter.avvikelsegrans == Decimal(8)
        change = follow_up.set_deviation_threshold(mine, "10", seen=Decimal(8))
        follow_up.set_deviation_threshold(hers, "12")
        with pytest.raises(ConflictError):
            change.undo(mine)  # her later change stays
        assert read_plan(mine).uppgifter.avvikelsegrans == Decimal(12)


def test_a_risk_scale_changed_meanwhile_is_refused(example_path: Path) -> None:
    from dataclasses import replace

    mine, hers = _two(example_path)
    with mine, hers:
        shown = read_plan(mine).riskskala
        renamed = replace(shown, sannolikhet=("Sällan", *shown.sannolikhet[1:]))
        plan.set_risk_scale(hers, renamed)
        mine_too = replace(shown, konsekvens=("Liten", *shown.konsekvens[1:]))
        with pytest.raises(ConflictError) as refused:
            plan.set_risk_scale(mine, mine_too, seen=shown)
        assert refused.value.who == "anna"
        assert read_plan(mine).riskskala == renamed
        change = plan.set_risk_scale(mine, mine_too, seen=renamed)
        assert read_plan(hers).riskskala == mine_too
        change.undo(mine)
        assert read_plan(hers).riskskala == renamed


def test_a_name_given_on_the_server_is_tidied_and_an_empty_or_endless_one_refused() -> None:
    from vplan_desktop.errors import ServerError
    from vplan_desktop.server.names import MAX_NAME, checked_name

    assert checked_name("  Anna   Svensson ") == "Anna Svensson"
    with pytest.raises(ServerError, match="Namnet är tomt"):
        checked_name("   ")
    with pytest.raises(ServerError, match="för långt"):
        checked_name("A" * (MAX_NAME + 1))


def _period(doc: PlanDocument, namn: str = "Delår april 2027") -> int:
    import datetime as dt

    from vplan_desktop.db.enums import UppfoljningSlag
    from vplan_desktop.services import follow_up

    follow_up.add_period(doc, namn, 2027, UppfoljningSlag.DELAR, dt.date(2027, 4, 30))
    found = read_plan(doc).uppfoljning(namn)
    assert found is not None
    return found.id


def test_a_period_whose_contents_changed_meanwhile_is_not_deleted(example_path: Path) -> None:
    from vplan_desktop.services import follow_up

    mine, hers = _two(example_path)
    with mine, hers:
        period_id = _period(mine)
        activity = read_plan(mine).aktiviteter[0]
        follow_up.set_follow_up(
            mine, ItemKind.UPPFOLJNING_AKTIVITET, period_id, activity.id, {"kommentar": "Min"}
        )
        shown = read_plan(mine).uppfoljning(period_id)
        assert shown is not None and shown.innehall
        # She writes in one of its rows; the period's own row is as it was.
        follow_up.set_follow_up(
            hers, ItemKind.UPPFOLJNING_AKTIVITET, period_id, activity.id, {"kommentar": "Hennes"}
        )
        assert read_plan(mine).uppfoljning(period_id).version == shown.version  # type: ignore[union-attr]
        with pytest.raises(ConflictError) as refused:
            follow_up.delete_period(mine, period_id, seen=shown.innehall)
        assert refused.value.who == "anna"
        assert read_plan(mine).uppfoljning(period_id) is not None
        # A row she adds is a change too.
        fresh = read_plan(mine).uppfoljning(period_id)
        assert fresh is not None and fresh.innehall != shown.innehall
        goal = read_plan(mine).namndsmal[0]
        follow_up.set_follow_up(
            hers, ItemKind.UPPFOLJNING_MAL, period_id, goal.id, {"bedomning": "Bra"}
        )
        with pytest.raises(ConflictError):
            follow_up.delete_period(mine, period_id, seen=fresh.innehall)
        # The period as it is now is removed, all of it; the undo brings it all back.
        now = read_plan(mine).uppfoljning(period_id)
        assert now is not None
        change = follow_up.delete_period(mine, period_id, seen=now.innehall)
        assert read_plan(hers).uppfoljning(period_id) is None
        change.undo(mine)
        back = read_plan(hers).uppfoljning(period_id)
        assert back is not None and back.activity(activity.id).kommentar == "Hennes"
        assert back.goal(goal.id).bedomning == "Bra"


def test_a_period_marked_or_opened_by_someone_else_meanwhile_is_refused(
    example_path: Path,
) -> None:
    import datetime as dt

    from vplan_desktop.services import follow_up

    mine, hers = _two(example_path)
    with mine, hers:
        period_id = _period(mine)
        shown = read_plan(mine).uppfoljning(period_id)
        assert shown is not None
        follow_up.update_period(hers, period_id, {"sammanfattning": "Hennes sammanfattning"})
        with pytest.raises(ConflictError) as refused:
            follow_up.mark_reported(mine, period_id, dt.date(2027, 5, 20), seen=shown.version)
        assert refused.value.who == "anna"
        assert not read_plan(mine).uppfoljning(period_id).rapporterad  # type: ignore[union-attr]
        fresh = read_plan(mine).uppfoljning(period_id)
        assert fresh is not None
        follow_up.mark_reported(mine, period_id, dt.date(2027, 5, 20), seen=fresh.version)
        reported = read_plan(mine).uppfoljning(period_id)
        assert reported is not None and reported.rapporterad
        # She opens it again and marks it once more: the reopening seen before is refused.
        follow_up.reopen_period(hers, period_id, "Fel prognos", seen=reported.version)
        follow_up.mark_reported(hers, period_id, dt.date(2027, 5, 21))
        with pytest.raises(ConflictError):
            follow_up.reopen_period(mine, period_id, "Min orsak", seen=reported.version)
        now = read_plan(mine).uppfoljning(period_id)
        assert now is not None and now.rapporterad_datum == dt.date(2027, 5, 21)
        follow_up.reopen_period(mine, period_id, "Min orsak", seen=now.version)
        assert not read_plan(hers).uppfoljning(period_id).rapporterad  # type: ignore[union-attr]


def test_an_assessment_scale_changed_meanwhile_is_refused(example_path: Path) -> None:
    from vplan_desktop.services import follow_up

    def levels(scale: tuple[Bedomningsniva, ...], first: str) -> list[follow_up.AssessmentLevel]:
        return [
            follow_up.AssessmentLevel(b.id, first if n == 0 else b.namn, b.farg, b.grad)
            for n, b in enumerate(scale)
        ]

    mine, hers = _two(example_path)
    with mine, hers:
        shown = read_plan(mine).bedomningsskala
        follow_up.set_assessment_scale(hers, levels(shown, "Helt uppfyllt"))
        with pytest.raises(ConflictError) as refused:
            follow_up.set_assessment_scale(mine, levels(shown, "Nått"), seen=shown)
        assert refused.value.who == "anna"
        assert read_plan(mine).bedomningsskala[0].namn == "Helt uppfyllt"
        fresh = read_plan(mine).bedomningsskala
        follow_up.set_assessment_scale(mine, levels(fresh, "Nått"), seen=fresh)
        assert read_plan(hers).bedomningsskala[0].namn == "Nått"
