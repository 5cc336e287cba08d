"""Key-figure tables that belong to a målområde, are reported at a frequency, carry footnotes
and have sub-rows ("varav …"): stored, checked, undone, and read again after each edit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Frekvens
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.kinds import FIRST_ROW_NOT_SUB_ROW
from vplan_desktop.services.read import read_change, read_plan


def _id(change: Change) -> int:
    assert change.item_id is not None
    return change.item_id


def _placement_table(doc: PlanDocument) -> tuple[int, int, list[int]]:
    """A table "Placeringar" under a new målområde, with a column and three rows."""
    area = _id(items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Trygg uppväxt"}))
    table = _id(items.add_item(doc, ItemKind.NYCKELTAL_TABELL, {"rubrik": "Placeringar"}))
    column = _id(
        items.add_item(doc, ItemKind.NYCKELTAL_KOLUMN, {"tabell_id": table, "rubrik": "2024"})
    )
    rows = [
        _id(items.add_item(doc, ItemKind.NYCKELTAL_RAD, {"tabell_id": table, "namn": name}))
        for name in ("Placerade barn", "i familjehem", "på institution")
    ]
    for row, figure in zip(rows, (31, 24, 7), strict=True):
        values.set_nyckeltal_value(doc, row, column, Decimal(figure))
    return area, table, rows


def _table(doc: PlanDocument) -> d.NyckeltalTabell:
    return read_plan(doc).nyckeltal[0]


def test_a_table_gets_its_målområde_frequency_and_footnotes_and_undo_takes_them_back(
    doc: PlanDocument,
) -> None:
    area, table, _ = _placement_table(doc)
    before = read_plan(doc)
    assert (_table(doc).malomrade_id, _table(doc).frekvens, _table(doc).fotnoter) == (
        None,
        None,
        "",
    )
    notes = "* Utan faderskapsutredningar\n** Per den 31 december\n"
    change = items.update_item(
        doc,
        ItemKind.NYCKELTAL_TABELL,
        table,
        {"malomrade_id": area, "frekvens": "tertial", "fotnoter": notes},
    )
    shown = _table(doc)
    assert shown.malomrade_id == area
    assert shown.frekvens is Frekvens.TERTIAL
    assert shown.fotnoter == notes
    assert shown.notes == ("* Utan faderskapsutredningar", "** Per den 31 december")
    assert read_change(doc, before, change) == read_plan(doc)

    undone = change.undo(doc)
    assert read_plan(doc) == before
    undone.undo(doc)
    assert _table(doc) == shown


def test_rows_become_sub_rows_and_main_rows_again_one_undo_step_each(doc: PlanDocument) -> None:
    _, _, rows = _placement_table(doc)
    before = read_plan(doc)
    first = items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[1], {"niva": 1})
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[2], {"niva": 1})
    assert [(r.namn, r.niva) for r in _table(doc).rader] == [
        ("Placerade barn", 0),
        ("i familjehem", 1),
        ("på institution", 1),
    ]
    assert read_change(doc, before, first).nyckeltal[0].rader[1].niva == 1
    back = items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[2], {"niva": 0})
    assert [r.niva for r in _table(doc).rader] == [0, 1, 0]
    back.undo(doc)
    assert [r.niva for r in _table(doc).rader] == [0, 1, 1]


def test_the_first_row_cannot_be_a_sub_row_and_nothing_changes(doc: PlanDocument) -> None:
    _, table, rows = _placement_table(doc)
    before = read_plan(doc)
    with pytest.raises(InputError) as refused:
        items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[0], {"niva": 1})
    assert str(refused.value.message) == (
        "Den första raden i en tabell kan inte vara en underrad: "
        "det finns ingen rad ovanför som den hör till."
    )
    assert refused.value.message == FIRST_ROW_NOT_SUB_ROW
    with pytest.raises(InputError, match="första raden"):
        items.add_item(
            doc,
            ItemKind.NYCKELTAL_RAD,
            {"tabell_id": table, "namn": "varav ny", "niva": 1},
            index=0,
        )
    assert read_plan(doc) == before


def test_a_sub_row_left_first_is_shown_as_a_main_row_and_keeps_its_other_edits(
    doc: PlanDocument,
) -> None:
    _, _, rows = _placement_table(doc)
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[1], {"niva": 1})
    removed = items.delete_items(doc, [(ItemKind.NYCKELTAL_RAD, rows[0])])
    assert [(r.namn, r.niva) for r in _table(doc).rader] == [
        ("i familjehem", 0),
        ("på institution", 0),
    ]
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[1], {"namn": "I familjehem"})
    assert _table(doc).rader[0].namn == "I familjehem"
    removed.undo(doc)  # the main row comes back above it, and it is a sub-row again
    assert [r.niva for r in _table(doc).rader] == [0, 1, 0]


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        (ItemKind.NYCKELTAL_TABELL, {"malomrade_id": 999}, "Målområdet finns inte i planen."),
        (
            ItemKind.NYCKELTAL_TABELL,
            {"frekvens": "varje vecka"},
            "Rapporteringsfrekvensen: ”varje vecka” är inget giltigt val.",
        ),
        (ItemKind.NYCKELTAL_TABELL, {"fotnoter": 3}, "Fotnoterna ska vara en text."),
        (
            ItemKind.NYCKELTAL_RAD,
            {"niva": 2},
            "Raden ska vara en huvudrad (nivå 0) eller en underrad (nivå 1).",
        ),
        (
            ItemKind.NYCKELTAL_RAD,
            {"niva": True},
            "Raden ska vara en huvudrad (nivå 0) eller en underrad (nivå 1).",
        ),
    ],
)
def test_bad_values_are_refused_in_swedish_and_change_nothing(
    doc: PlanDocument, kind: ItemKind, fields: dict[str, object], message: str
) -> None:
    _, table, rows = _placement_table(doc)
    before = read_plan(doc)
    item = table if kind is ItemKind.NYCKELTAL_TABELL else rows[1]
    with pytest.raises(InputError) as refused:
        items.update_item(doc, kind, item, fields)
    assert refused.value.message == message
    assert read_plan(doc) == before


def test_frequency_set_back_to_none(doc: PlanDocument) -> None:
    _, table, _ = _placement_table(doc)
    items.update_item(doc, ItemKind.NYCKELTAL_TABELL, table, {"frekvens": Frekvens.MANAD})
    items.update_item(doc, ItemKind.NYCKELTAL_TABELL, table, {"frekvens": None})
    assert _table(doc).frekvens is None


def test_removing_the_målområde_unlinks_the_table_and_undo_links_it_again(
    doc: PlanDocument,
) -> None:
    area, table, _ = _placement_table(doc)
    items.update_item(doc, ItemKind.NYCKELTAL_TABELL, table, {"malomrade_id": area})
    before = read_plan(doc)
    removed = items.delete_items(doc, [(ItemKind.MALOMRADE, area)])
    assert Part.NYCKELTAL in removed.touched()
    after = read_change(doc, before, removed)
    assert after == read_plan(doc)
    assert after.nyckeltal[0].malomrade_id is None
    removed.undo(doc)
    assert _table(doc).malomrade_id == area
