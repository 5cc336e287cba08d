"""Plans written by every earlier vplan open unchanged: a file built at each earlier Alembic
revision, with data in it, is upgraded on opening and reads as the same plan."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from tests.plan_files import plan_at_revision
from vplan_desktop.db import document as document_module
from vplan_desktop.db import fingerprint
from vplan_desktop.db import models as m
from vplan_desktop.db.document import SCHEMA_VERSION, PlanDocument, check_file
from vplan_desktop.db.enums import AktivitetStatus, PlanStatus, VardeSlag
from vplan_desktop.services.read import read_plan

EARLIER = [r for r in fingerprint.revisions() if r != document_module.SCHEMA_REVISION]
"""Every revision before the newest, oldest first."""


@pytest.mark.parametrize("revision", EARLIER)
def test_a_plan_from_each_earlier_revision_opens_as_the_same_plan(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "plan.vplan"
    plan_at_revision(path, revision, "utkast")
    with PlanDocument.open(path) as doc:
        plan = read_plan(doc)
        with doc.reading() as session:
            assert session.get_one(m.Indikator, 1).jamforelse == ""
    assert (
        fingerprint.first_difference(
            fingerprint.read_fingerprint(sqlite3.connect(path)),
            fingerprint.recorded()[document_module.SCHEMA_REVISION],
        )
        is None
    )
    assert (plan.uppgifter.kommun, plan.uppgifter.namnd) == ("Provkommun", "Socialnämnden")
    # The defaults earlier vplans wrote for a status nobody chose are unset now; a chosen one
    # is kept.
    assert plan.uppgifter.status is None
    assert [(a.namn, a.status) for a in plan.aktiviteter] == [
        ("Ny rutin", None),
        ("Utbildning", AktivitetStatus.PAGAR),
    ]
    (indicator,) = plan.indikatorer
    assert (indicator.malnivaer, indicator.utfall) == ({2026: Decimal(75)}, {2024: Decimal(71)})
    (table,) = plan.nyckeltal
    assert [r.namn for r in table.rader] == ["Placerade barn"]
    assert table.rader[0].niva == 0
    assert (table.malomrade_id, table.frekvens, table.fotnoter) == (None, None, "")
    assert path.with_name(f"plan.vplan.format{int(revision)}.bak").exists()


def test_a_chosen_plan_status_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "plan.vplan"
    plan_at_revision(path, EARLIER[-1], "under_beredning")
    with PlanDocument.open(path) as doc:
        assert read_plan(doc).uppgifter.status is PlanStatus.UNDER_BEREDNING


def test_the_new_kind_of_indicator_value_is_accepted(tmp_path: Path) -> None:
    """The upgrade rebuilds the check on the kinds of value, so a comparison figure fits."""
    path = tmp_path / "plan.vplan"
    plan_at_revision(path, EARLIER[0], "antagen")
    with PlanDocument.open(path) as doc, doc.transaction(adopted_too=True) as session:
        session.add(
            m.IndikatorVarde(indikator_id=1, slag=VardeSlag.JAMFORELSE, ar=2024, tal=Decimal(57))
        )
    with PlanDocument.open(path, read_only=True) as doc:
        assert read_plan(doc).indikatorer[0].jamforelser == {2024: Decimal(57)}
    assert check_file(path).user_version == SCHEMA_VERSION
