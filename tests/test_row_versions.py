"""Row versions in a plan file: an edit based on an item someone else has changed since it was
read is refused with who and when, and nothing is written; a fresh one goes through; undoing
one's own edit after someone else's is refused the same way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.plan_files import plan_at_revision
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.errors import ConflictError, conflict_message
from vplan_desktop.follow_up import Mall
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import follow_up, goal_tree, items, values
from vplan_desktop.services.read import read_plan


def _two(path: Path) -> tuple[PlanDocument, PlanDocument]:
    """The plan opened twice: by its usual user and by Anna Svensson."""
    mine = PlanDocument.open(path)
    mine.user_name = "Erik Berg"
    hers = PlanDocument.open(path)
    hers.user_name = "Anna Svensson"
    return mine, hers


def _stored(path: Path, query: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_the_message_says_who_and_when_with_the_date_unless_today() -> None:
    when = dt.datetime(2026, 11, 29, 10, 42)
    assert conflict_message("Anna Svensson", when, today=dt.date(2026, 11, 29)) == (
        "Anna Svensson ändrade detta kl. 10.42 – din ändring gjordes inte."
    )
    assert conflict_message("Anna Svensson", when, today=dt.date(2026, 11, 30)) == (
        "Anna Svensson ändrade detta 2026-11-29 kl. 10.42 – din ändring gjordes inte."
    )
    assert conflict_message("", None) == "Någon annan har ändrat detta – din ändring gjordes inte."


def test_every_row_starts_at_version_1_and_an_edit_counts_and_stamps_it(
    example_path: Path,
) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        activity = read_plan(mine).aktiviteter[0]
        assert activity.version == 1
        before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        items.update_item(hers, ItemKind.AKTIVITET, activity.id, {"ansvarig": "Anna"})
        again = read_plan(mine).aktiviteter[0]
        assert (again.version, again.ansvarig) == (2, "Anna")
        assert again == replace(activity, ansvarig="Anna")
    ((version, who, when),) = _stored(
        example_path, f"SELECT version, andrad_av, andrad_tid FROM aktivitet WHERE id = {again.id}"
    )
    assert (version, who) == (2, "Anna Svensson")
    assert dt.datetime.fromisoformat(str(when)) >= before


def test_an_edit_based_on_a_stale_row_is_refused_and_nothing_is_written(
    example_path: Path,
) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        seen = read_plan(mine).aktiviteter[0]
        items.update_item(hers, ItemKind.AKTIVITET, seen.id, {"namn": "Hennes namn"})
        commits = mine.commits
        with pytest.raises(ConflictError) as refused:
            items.update_item(
                mine,
                ItemKind.AKTIVITET,
                seen.id,
                {"namn": "Mitt namn", "ansvarig": "Erik"},
                seen=seen.version,
            )
        assert refused.value.who == "Anna Svensson"
        assert refused.value.message.startswith("Anna Svensson ändrade detta kl. ")
        assert refused.value.message.endswith(" – din ändring gjordes inte.")
        assert mine.commits == commits
        # The view read again shows her value, and none of the refused edit.
        now = read_plan(mine).aktiviteter[0]
        assert (now.namn, now.ansvarig, now.version) == ("Hennes namn", seen.ansvarig, 2)
        # Based on what is there now, the edit goes through.
        items.update_item(mine, ItemKind.AKTIVITET, seen.id, {"namn": "Mitt namn"}, seen=2)
        assert read_plan(hers).aktiviteter[0].namn == "Mitt namn"


def test_removing_or_moving_a_stale_item_is_refused(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        plan = read_plan(mine)
        first, second = plan.aktiviteter[:2]
        items.update_item(hers, ItemKind.AKTIVITET, first.id, {"ansvarig": "Anna"})
        with pytest.raises(ConflictError, match="Anna Svensson"):
            items.delete_items(
                mine,
                [(ItemKind.AKTIVITET, second.id), (ItemKind.AKTIVITET, first.id)],
                seen=[second.version, first.version],
            )
        with pytest.raises(ConflictError, match="Anna Svensson"):
            items.move_item(mine, ItemKind.AKTIVITET, first.id, 3, seen=first.version)
        assert read_plan(mine).aktiviteter[:2] == (
            replace(first, ansvarig="Anna"),
            second,
        )
        # A move of a sibling leaves an item's version: her edit of another row is no conflict.
        items.move_item(hers, ItemKind.AKTIVITET, second.id, 5)
        items.update_item(mine, ItemKind.AKTIVITET, first.id, {"namn": "Ny"}, seen=2)


def test_undo_after_someone_else_changed_the_item_is_refused(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        chapter = read_plan(mine).kapitel[0]
        change = items.update_item(
            mine, ItemKind.KAPITEL, chapter.id, {"rubrik": "Min rubrik"}, seen=chapter.version
        )
        items.update_item(hers, ItemKind.KAPITEL, chapter.id, {"text": "Hennes text"})
        with pytest.raises(ConflictError, match=r"^Anna Svensson ändrade detta kl"):
            change.undo(mine)
        now = read_plan(mine).kapitel[0]
        assert (now.rubrik, now.text) == ("Min rubrik", "Hennes text")


def test_undo_and_redo_of_ones_own_edits_go_through(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        plan = read_plan(mine)
        chapter = plan.kapitel[0]
        change = items.update_item(
            mine, ItemKind.KAPITEL, chapter.id, {"rubrik": "Min rubrik"}, seen=chapter.version
        )
        redo = change.undo(mine)
        assert read_plan(mine).kapitel[0].rubrik == chapter.rubrik
        redo.undo(mine)
        assert read_plan(mine).kapitel[0].rubrik == "Min rubrik"
        # An item added and then changed by someone else is not removed by undoing the add.
        added = items.add_item(mine, ItemKind.KAPITEL, {"rubrik": "Nytt"})
        items.update_item(hers, ItemKind.KAPITEL, added.item_id or 0, {"text": "Hennes"})
        with pytest.raises(ConflictError, match="Anna Svensson"):
            added.undo(mine)
        with mine.reading() as session:
            assert session.get(m.Kapitel, added.item_id) is not None
        # A removal undone and redone, with nobody in between.
        removed = items.delete_items(mine, [(ItemKind.AKTIVITET, plan.aktiviteter[0].id)])
        restored = removed.undo(mine)
        restored.undo(mine)
        assert plan.aktiviteter[0].id not in {a.id for a in read_plan(mine).aktiviteter}


def test_a_plan_from_before_versions_gets_version_1_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "plan.vplan"
    plan_at_revision(path, "0010", "utkast")
    with PlanDocument.open(path) as doc:
        plan = read_plan(doc)
    assert plan.uppgifter.version == 1
    assert {g.version for g in plan.namndsmal} == {1}
    assert {a.version for a in plan.aktiviteter} == {1}
    for table in ("plan", "namndsmal", "indikatorvarde", "driftbudget_belopp"):
        found = _stored(path, f"SELECT count(*), min(version), max(version) FROM {table}")
        assert found[0][0] > 0 and found[0][1:] == (1, 1), table
        assert _stored(path, f"SELECT count(*) FROM {table} WHERE andrad_tid IS NOT NULL") == [(0,)]


def test_a_cell_set_on_a_stale_value_is_refused_and_its_undo_after_hers_too(
    example_path: Path,
) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        plan = read_plan(mine)
        row = plan.driftbudget[0]
        column, seen = next(iter(row.belopp.items()))
        values.set_drift_amount(hers, rad_id=row.id, kolumn_id=column, belopp=Decimal(777))
        with pytest.raises(ConflictError, match=r"^Anna Svensson ändrade detta kl"):
            values.set_drift_amount(
                mine, rad_id=row.id, kolumn_id=column, belopp=Decimal(1), seen=seen
            )
        assert read_plan(mine).driftbudget[0].belopp[column] == Decimal(777)
        # On the value there now, it goes through; her undo of her own edit is then refused.
        mine_change = values.set_drift_amount(
            mine, rad_id=row.id, kolumn_id=column, belopp=Decimal(1), seen=Decimal(777)
        )
        with pytest.raises(ConflictError, match=r"^Erik Berg ändrade detta"):
            values.set_drift_amount(
                hers, rad_id=row.id, kolumn_id=column, belopp=None, seen=Decimal(777)
            )
        # My own undo and redo go through while nobody else touches the cell.
        redo = mine_change.undo(mine)
        assert read_plan(mine).driftbudget[0].belopp[column] == Decimal(777)
        redo.undo(mine)
        values.set_drift_amount(hers, rad_id=row.id, kolumn_id=column, belopp=Decimal(5))
        with pytest.raises(ConflictError, match=r"^Anna Svensson"):
            mine_change.undo(mine)
        assert read_plan(mine).driftbudget[0].belopp[column] == Decimal(5)
    ((version, who),) = _stored(
        example_path,
        f"SELECT version, andrad_av FROM driftbudget_belopp "
        f"WHERE rad_id = {row.id} AND kolumn_id = {column}",
    )
    assert who == "Anna Svensson" and version > 1


def test_an_empty_cell_someone_filled_is_not_overwritten(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        indicator = read_plan(mine).indikatorer[0]
        year = max(indicator.malnivaer, default=2026) + 5
        assert year not in indicator.malnivaer
        values.set_indicator_value(hers, indicator.id, VardeSlag.MALNIVA, year, Decimal(90))
        with pytest.raises(ConflictError, match=r"^Anna Svensson"):
            values.set_indicator_value(
                mine, indicator.id, VardeSlag.MALNIVA, year, Decimal(80), seen=None
            )
        assert read_plan(mine).indikatorer[0].malnivaer[year] == Decimal(90)


def test_follow_ups_and_year_texts_set_on_stale_values_are_refused(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        follow_up.add_periods(mine, Mall.TERTIAL, 2027)
        plan = read_plan(mine)
        period, goal = plan.uppfoljningar[0], plan.namndsmal[0]
        # A period's texts: by its version.
        follow_up.update_period(hers, period.id, {"sammanfattning": "Hennes"}, seen=period.version)
        with pytest.raises(ConflictError, match=r"^Anna Svensson ändrade detta kl"):
            follow_up.update_period(mine, period.id, {"sammanfattning": "Min"}, seen=period.version)
        assert read_plan(mine).uppfoljningar[0].sammanfattning == "Hennes"
        # What a period holds for a goal: by the values seen, field by field (the row names
        # whoever changed any of its fields last).
        kind = ItemKind.UPPFOLJNING_MAL
        follow_up.set_follow_up(
            hers, kind, period.id, goal.id, {"orsak": "Hennes orsak"}, seen={"orsak": ""}
        )
        mine_change = follow_up.set_follow_up(
            mine, kind, period.id, goal.id, {"bedomning": "Min"}, seen={"bedomning": ""}
        )
        with pytest.raises(ConflictError, match=r"^Erik Berg"):
            follow_up.set_follow_up(
                hers, kind, period.id, goal.id, {"bedomning": "Hennes"}, seen={"bedomning": ""}
            )
        redo = mine_change.undo(mine)
        follow_up.set_follow_up(
            hers, kind, period.id, goal.id, {"orsak": "Ny orsak"}, seen={"orsak": "Hennes orsak"}
        )
        redo.undo(mine)  # her edit of another field is no conflict for mine
        follow_up.set_follow_up(hers, kind, period.id, goal.id, {"bedomning": "Hennes"})
        with pytest.raises(ConflictError, match=r"^Anna Svensson"):
            mine_change.undo(mine)
        held = read_plan(mine).uppfoljning(period.id)
        assessment = None if held is None else held.goal(goal.id)
        assert assessment is not None
        assert (assessment.bedomning, assessment.orsak) == ("Hennes", "Ny orsak")
        # A goal's target in words for a year: by the text seen.
        goal_tree.set_year_text(hers, goal.id, 2027, "Hennes mål", seen="")
        with pytest.raises(ConflictError, match=r"^Anna Svensson"):
            goal_tree.set_year_text(mine, goal.id, 2027, "Mitt mål", seen="")
        assert read_plan(mine).namndsmal[0].arstexter[2027] == "Hennes mål"


def test_several_own_edits_of_one_item_undo_one_after_the_other(example_path: Path) -> None:
    mine, hers = _two(example_path)
    with mine, hers:
        first = read_plan(mine).aktiviteter[0]
        changes = []
        for fields in ({"ansvarig": "Socialchef"}, {"status": "klart"}, {"kostnad_tkr": 1450}):
            seen = read_plan(mine).aktiviteter[0].version
            changes.append(items.update_item(mine, ItemKind.AKTIVITET, first.id, fields, seen=seen))
        redos = [change.undo(mine) for change in reversed(changes)]
        assert read_plan(mine).aktiviteter[0] == first
        for redo in reversed(redos):
            redo.undo(mine)
        again = read_plan(mine).aktiviteter[0]
        assert (again.ansvarig, again.status, again.kostnad_tkr) == (
            "Socialchef",
            "klart",
            Decimal(1450),
        )
        # Her edit in between: my undo of the later edit still goes (nobody changed the item
        # since it), but the earlier one meets her version and is refused.
        later = items.update_item(
            mine, ItemKind.AKTIVITET, first.id, {"namn": "Mitt"}, seen=again.version
        )
        items.update_item(hers, ItemKind.AKTIVITET, first.id, {"beskrivning": "Hennes"})
        with pytest.raises(ConflictError, match=r"^Anna Svensson"):
            later.undo(mine)
        # ... and a new edit on what she left goes through, while my older undo is refused.
        now = read_plan(mine).aktiviteter[0]
        items.update_item(mine, ItemKind.AKTIVITET, first.id, {"namn": "Nu"}, seen=now.version)
        with pytest.raises(ConflictError, match=r"^Någon annan har ändrat detta"):
            redos[0].undo(mine)
