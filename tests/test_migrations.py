"""Plans written by every earlier vplan open unchanged: a file built at each earlier Alembic
revision, with data in it, is upgraded on opening and reads as the same plan."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from tests.plan_files import plan_at_revision
from vplan_desktop.db import document as document_module
from vplan_desktop.db import file_header, fingerprint
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument, check_file
from vplan_desktop.db.enums import AktivitetStatus, BeloppEnhet, MalNiva, PlanStatus, VardeSlag
from vplan_desktop.db.file_header import SCHEMA_VERSION
from vplan_desktop.services.read import read_plan

EARLIER = [r for r in fingerprint.revisions() if r != file_header.SCHEMA_REVISION]
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
            fingerprint.recorded()[file_header.SCHEMA_REVISION],
        )
        is None
    )
    assert (plan.uppgifter.kommun, plan.uppgifter.namnd) == ("Provkommun", "Socialnämnden")
    # The defaults vplans before format 4 wrote for a status nobody chose are unset now; a
    # chosen one is kept (from format 4 on, "Utkast" was chosen).
    chosen = revision >= "0004"
    assert plan.uppgifter.status is (PlanStatus.UTKAST if chosen else None)
    assert [(a.namn, a.status) for a in plan.aktiviteter] == [
        ("Ny rutin", AktivitetStatus.EJ_PABORJAD if chosen else None),
        ("Utbildning", AktivitetStatus.PAGAR),
    ]
    # An area's KF text is a KF goal over the area's goals; an area without one keeps its
    # goals at the top.
    assert [(g.niva, g.text, g.overordnat_id, g.malomrade_id) for g in plan.namndsmal] == [
        (MalNiva.KF, "Invånarna känner sig trygga.", None, 1),
        (MalNiva.NAMND, "Fler får stöd i tid", plan.namndsmal[0].id, 1),
        (MalNiva.NAMND, "Kortare väntan", plan.namndsmal[0].id, 1),
        (MalNiva.NAMND, "Budget i balans", None, 2),
    ]
    assert [a.beskrivning for a in plan.malomraden] == ["", ""]
    # Whole tkr read as exact decimals in tkr.
    assert plan.uppgifter.enhet_drift is BeloppEnhet.TKR
    assert plan.driftbudget[0].belopp == {1: Decimal(48900)}
    assert [r.belopp for r in plan.kf_ram] == [Decimal(50000)]
    cell = plan.resultatrakning[0].belopp[2]
    assert (cell.intakter, cell.kostnader, cell.netto) == (Decimal(1511), Decimal(-71432), None)
    assert plan.investeringar[0].belopp == {2026: Decimal(1307)}
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


def test_the_goal_tree_goes_back_to_format_4(tmp_path: Path) -> None:
    """Downgrading format 5 gives exactly format 4's tables, with the KF goal's text back as its
    area's KF text and the nämndsmål at the top of the area again."""
    path = tmp_path / "plan.vplan"
    plan_at_revision(path, "0004", "utkast")
    with PlanDocument.open(path):
        pass
    config = Config()
    config.set_main_option("script_location", str(document_module._MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()
    database = sqlite3.connect(path)
    assert (
        fingerprint.first_difference(
            fingerprint.read_fingerprint(database), fingerprint.recorded()["0004"]
        )
        is None
    )
    assert database.execute("SELECT kf_text FROM malomrade ORDER BY id").fetchall() == [
        ("Invånarna känner sig trygga.",),
        ("",),
    ]
    assert database.execute("SELECT text FROM namndsmal ORDER BY id").fetchall() == [
        ("Fler får stöd i tid",),
        ("Kortare väntan",),
        ("Budget i balans",),
    ]
