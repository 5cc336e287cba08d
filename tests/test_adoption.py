"""An adopted plan is frozen; reopening it is explicit and logged; named versions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanStatus
from vplan_desktop.errors import AdoptedPlanError, InputError, NotFoundError
from vplan_desktop.planning import versions
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import adoption, items, values
from vplan_desktop.services.read import read_plan


def test_adoption_freezes_every_edit_until_reopened(example_doc: PlanDocument) -> None:
    doc = example_doc
    change = adoption.adopt(doc, dt.date(2026, 11, 26), "§ 123")
    u = read_plan(doc).uppgifter
    assert u.status_text == "Antagen i Socialnämnden 2026-11-26 § 123"
    plan = read_plan(doc)
    edits: list[Callable[[], object]] = [
        lambda: items.update_item(doc, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"}),
        lambda: items.add_item(doc, ItemKind.VERKSAMHET, {"namn": "Ny"}),
        lambda: items.delete_items(doc, [(ItemKind.AKTIVITET, plan.aktiviteter[0].id)]),
        lambda: values.set_kf_ram(doc, 2027, 1),
        lambda: change.undo(doc),
    ]
    for edit in edits:
        with pytest.raises(AdoptedPlanError, match="antagen och därför låst"):
            edit()
    assert read_plan(doc) == plan
    with pytest.raises(InputError, match="varför"):
        adoption.reopen(doc, "  ")
    adoption.reopen(doc, "Nämnden återremitterade investeringarna")
    assert read_plan(doc).uppgifter.status is PlanStatus.UNDER_BEREDNING
    items.update_item(doc, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
    log = adoption.read_log(doc)
    assert [e.handelse for e in log] == [
        "Planen antagen 2026-11-26 § 123",
        "Antagen plan öppnad för ändringar",
    ]
    assert log[1].orsak == "Nämnden återremitterade investeringarna"
    with pytest.raises(InputError, match="inte antagen"):
        adoption.reopen(doc, "igen")


def test_adoption_needs_date_and_paragraph(example_doc: PlanDocument) -> None:
    with pytest.raises(InputError, match="datum"):
        adoption.adopt(example_doc, None, "12")
    with pytest.raises(InputError, match="paragrafen"):
        adoption.adopt(example_doc, dt.date(2026, 11, 26), " § ")
    assert read_plan(example_doc).uppgifter.status is not PlanStatus.ANTAGEN


def test_named_versions_are_kept_and_read_back(example_doc: PlanDocument) -> None:
    doc = example_doc
    first = versions.save_version(doc, "  Till   arbetsutskottet ")
    items.update_item(doc, ItemKind.PLAN, 1, {"namnd": "Kulturnämnden"})
    adoption.adopt(doc, dt.date(2026, 11, 26), "1")
    second = versions.save_version(doc, "Antagen")  # allowed on an adopted plan
    assert [v.namn for v in versions.list_versions(doc)] == ["Antagen", "Till arbetsutskottet"]
    assert versions.version_content(doc, first.id)["uppgifter"]["namnd"] == "Socialnämnden"
    assert versions.version_content(doc, second.id)["uppgifter"]["namnd"] == "Kulturnämnden"
    with pytest.raises(InputError):
        versions.save_version(doc, " ")
    with pytest.raises(InputError):
        versions.save_version(doc, "x" * 201)
    versions.delete_version(doc, first.id)
    with pytest.raises(NotFoundError):
        versions.version_content(doc, first.id)


def test_adoption_and_its_log_line_are_one_action(
    example_doc: PlanDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the log line cannot be written, the plan is not left adopted without it."""
    before = read_plan(example_doc)

    def fail(*args: object, **kwargs: object) -> None:
        raise InputError("Loggen kunde inte skrivas.")

    monkeypatch.setattr(adoption, "log_event", fail)
    with pytest.raises(InputError, match="Loggen"):
        adoption.adopt(example_doc, dt.date(2026, 11, 24), "142")
    assert read_plan(example_doc) == before
    assert read_plan(example_doc).uppgifter.status is not PlanStatus.ANTAGEN
