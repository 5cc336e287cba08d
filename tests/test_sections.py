"""The registry of sections and item kinds, and the tables read from it."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest

from vplan_desktop import completeness
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag, VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.interchange import plan_to_json
from vplan_desktop.paths import resource
from vplan_desktop.sections import (
    BUDGET_SECTIONS,
    GROUPS,
    KINDS,
    PLAN_SECTIONS,
    SECTIONS,
    ItemKind,
    Part,
    Section,
    chapter_key,
    chapter_of_key,
    section_of_key,
)
from vplan_desktop.services import items, kinds, values
from vplan_desktop.services.changes import Edit
from vplan_desktop.services.read import read_change, read_plan
from vplan_desktop.services.review import SECTION_MODELS, set_review_marks
from vplan_desktop.validation import SECTION_TITLES


def test_every_section_and_kind_is_registered_once() -> None:
    assert set(SECTIONS) == set(Section)
    assert set(KINDS) == set(ItemKind)
    assert [s for _, group in GROUPS for s in group] == list(Section)
    assert [title for title, _ in GROUPS] == [
        "Uppgifter",
        "Kapitel",
        "Mål och indikatorer",
        "Aktiviteter",
        "Budget",
        "Internkontroll",
        "Uppföljning",
        "Granskning",
    ]
    assert BUDGET_SECTIONS == (
        Section.DRIFT,
        Section.RESULTAT,
        Section.INVESTERINGAR,
        Section.NYCKELTAL,
    )


def test_every_editable_kind_is_shown_by_its_registered_section() -> None:
    for name, kind in kinds.KINDS.items():
        assert kind.name is name
        assert kind.section is KINDS[name].section


def test_the_tables_read_from_the_registry_cover_every_section() -> None:
    assert set(SECTION_TITLES) == set(Section)
    assert set(completeness.PROGRESS) | {Section.KAPITEL} == set(PLAN_SECTIONS)
    assert set(SECTION_MODELS) == set(PLAN_SECTIONS) - {Section.UPPGIFTER}


def test_every_section_has_a_handbook_page() -> None:
    folder = resource("handbok")
    for section, info in SECTIONS.items():
        name, _, anchor = info.handbook.partition("#")
        page = folder.joinpath(name).read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in page or f'name="{anchor}"' in page, section


def test_window_keys() -> None:
    assert chapter_key(7) == "kapitel:7"
    assert chapter_of_key("kapitel:7") == 7
    assert chapter_of_key("kapitel") is None and chapter_of_key("drift") is None
    assert section_of_key("kapitel:7") is Section.KAPITEL
    assert section_of_key("drift") is Section.DRIFT
    with pytest.raises(ValueError):
        section_of_key("budjet")


def test_the_json_format_writes_every_part_of_the_plan(example_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as doc:
        data = plan_to_json(read_plan(doc))
    # In their goal and table:
    nested = {Part.INDIKATORER, Part.BUDGETKOLUMNER, Part.KF_RAM, Part.KOSTNADSSLAG}
    assert set(data) - {"format", "version"} == set(Part) - nested
    assert {"indikatorer", "kf_ram", "kolumner", "kostnadsslag"} <= {
        *data[Part.NAMNDSMAL][0],
        *data[Part.DRIFTBUDGET],
        *data[Part.RESULTATRAKNING],
    }


def test_an_edit_of_one_items_own_values_is_in_place(example_path: Path) -> None:
    """Such a change may be read again item by item; what it gives is the plan on disk."""
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        first = plan.uppgifter.forsta_ar
        drift = plan.kolumner(BudgetTabell.DRIFT)[0]
        resultat = plan.kolumner(BudgetTabell.RESULTAT)[0]
        table = plan.nyckeltal[0]
        edits: list[Edit] = [
            partial(
                items.update_item,
                kind_name=ItemKind.INDIKATOR,
                item_id=plan.indikatorer[0].id,
                fields={"namn": "Andel nöjda", "enhet": "%"},
            ),
            partial(
                values.set_indicator_value,
                indikator_id=plan.indikatorer[0].id,
                slag=VardeSlag.MALNIVA,
                ar=first,
                value=Decimal(80),
            ),
            partial(
                values.set_drift_amount,
                rad_id=plan.driftbudget[0].id,
                kolumn_id=drift.id,
                belopp=1234,
            ),
            partial(
                values.set_resultat_amount,
                rad_id=plan.resultatrakning[0].id,
                kolumn_id=resultat.id,
                falt="intakter",
                belopp=55,
            ),
            partial(
                values.set_investment_amount,
                investering_id=plan.investeringar[0].id,
                ar=first,
                belopp=77,
            ),
            partial(
                values.set_nyckeltal_value,
                rad_id=table.rader[0].id,
                kolumn_id=table.kolumner[0].id,
                value=Decimal(3),
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.AKTIVITET,
                item_id=plan.aktiviteter[0].id,
                fields={"ansvarig": "Förvaltningschefen"},
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.KAPITEL,
                item_id=plan.kapitel[0].id,
                fields={"rubrik": "Inledning och sammanfattning"},
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.INTERNKONTROLL,
                item_id=plan.internkontroll[0].id,
                fields={"metod": "Stickprov"},
            ),
        ]
        for edit in edits:
            before = read_plan(doc)
            change = edit(doc)
            assert change.in_place, change
            assert read_change(doc, before, change) == read_plan(doc)
            undone = change.undo(doc)
            assert undone.in_place
            assert read_plan(doc) == before


def test_an_edit_that_others_show_or_that_moves_is_not_in_place(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        other_goal = plan.namndsmal[-1].id
        edits: list[Edit] = [
            partial(
                items.update_item,
                kind_name=ItemKind.VERKSAMHET,
                item_id=plan.verksamheter[0].id,
                fields={"namn": "Förskola och pedagogisk omsorg"},
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.NAMNDSMAL,
                item_id=plan.namndsmal[0].id,
                fields={"text": "Fler barn ska läsa"},
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.INDIKATOR,
                item_id=plan.indikatorer[0].id,
                fields={"namndsmal_id": other_goal},
            ),
            partial(
                items.update_item,
                kind_name=ItemKind.KAPITEL,
                item_id=plan.kapitel[0].id,
                fields={"rubrik": "Inledning"},
                index=2,
            ),
            partial(items.add_item, kind_name=ItemKind.AKTIVITET, fields={"namn": "Ny"}),
            partial(items.delete_items, items=[(ItemKind.AKTIVITET, plan.aktiviteter[0].id)]),
            partial(values.set_kf_ram, ar=plan.uppgifter.forsta_ar, belopp=None),
        ]
        for edit in edits:
            before = read_plan(doc)
            change = edit(doc)
            assert not change.in_place, change
            assert not change.undo(doc).in_place
            assert read_plan(doc) == before  # a chapter moved with its rubrik went back too


def test_a_change_names_the_section_that_shows_it(example_path: Path) -> None:
    with PlanDocument.open(example_path) as doc:
        plan = read_plan(doc)
        year = plan.uppgifter.sista_ar + 1
        column = items.add_item(
            doc,
            ItemKind.BUDGETKOLUMN,
            {"tabell": BudgetTabell.RESULTAT, "slag": KolumnSlag.PLAN, "ar": year},
        )
        assert (column.section, column.kind) == (Section.RESULTAT, ItemKind.BUDGETKOLUMN)
        assert column.undo(doc).section is Section.RESULTAT
        ram = values.set_kf_ram(doc, plan.uppgifter.forsta_ar, 5000)
        assert (ram.section, ram.kind) == (Section.DRIFT, ItemKind.KF_RAM)
        marks = set_review_marks(doc, Section.NYCKELTAL, None, True)
        assert (marks.section, marks.kind) == (Section.NYCKELTAL, ItemKind.GRANSKNING)
        assert marks.touched() == SECTIONS[Section.NYCKELTAL].parts
        with pytest.raises(InputError, match="Avsnittet ”Uppgifter” har inga poster att granska"):
            set_review_marks(doc, Section.UPPGIFTER, None, True)
