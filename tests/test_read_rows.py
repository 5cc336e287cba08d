"""Reading the plan as plain rows: what the ORM writes is what the snapshot shows, value for
value and type for type, and an item read alone is the item of the whole snapshot."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare, VardeSlag
from vplan_desktop.sections import ItemKind, Part
from vplan_desktop.services.read import ITEM_READERS, read_plan, risk_scale, snapshot


def test_values_written_through_the_orm_read_back_exactly(followed_up_path: Path) -> None:
    with PlanDocument.open(followed_up_path) as doc:
        with doc.transaction() as session:
            indicator = session.scalars(select(m.Indikator).order_by(m.Indikator.id)).first()
            assert indicator is not None
            indicator.nulage = "ingen mätning"
            indicator.langsiktigt = Decimal("97.50")
            session.query(m.IndikatorVarde).filter_by(indikator_id=indicator.id).delete()
            session.add_all(
                [
                    m.IndikatorVarde(
                        indikator_id=indicator.id,
                        slag=VardeSlag.MALNIVA,
                        ar=2027,
                        tal=Decimal("95.0"),
                        jamforare=Jamforare.MINST,
                    ),
                    m.IndikatorVarde(
                        indikator_id=indicator.id, slag=VardeSlag.MALNIVA, ar=2026, text="öka"
                    ),
                    m.IndikatorVarde(
                        indikator_id=indicator.id, slag=VardeSlag.UTFALL, ar=2024, tal=Decimal(7)
                    ),
                ]
            )
            key_table = session.scalars(
                select(m.NyckeltalTabell).order_by(m.NyckeltalTabell.id)
            ).first()
            assert key_table is not None
            first_row, first_column = key_table.rader[0], key_table.kolumner[0]
            session.query(m.NyckeltalVarde).filter_by(rad_id=first_row.id).delete()
            session.add(
                m.NyckeltalVarde(rad_id=first_row.id, kolumn_id=first_column.id, text="saknas")
            )
            investment = session.scalars(select(m.Investering).order_by(m.Investering.id)).first()
            assert investment is not None
            session.query(m.InvesteringBelopp).filter_by(investering_id=investment.id).delete()
            session.add_all(
                [
                    m.InvesteringBelopp(investering_id=investment.id, ar=2027, belopp=Decimal(400)),
                    m.InvesteringBelopp(
                        investering_id=investment.id,
                        ar=2025,
                        belopp=Decimal("12.5"),
                        utfall=Decimal("11.25"),
                    ),
                ]
            )
            period = session.scalars(select(m.Uppfoljning)).first()
            assert period is not None
            session.query(m.UppfoljningIndikator).filter_by(
                uppfoljning_id=period.id, indikator_id=indicator.id
            ).delete()
            session.add(
                m.UppfoljningIndikator(
                    uppfoljning_id=period.id,
                    indikator_id=indicator.id,
                    text="ej mätt",
                    datum=dt.date(2026, 8, 31),
                    kalla="Kolada",
                )
            )
            ids = (indicator.id, key_table.id, first_row.id, first_column.id, investment.id)
        indicator_id, table_id, row_id, column_id, investment_id = ids
        plan = read_plan(doc)

    read = next(i for i in plan.indikatorer if i.id == indicator_id)
    assert read.nulage == "ingen mätning"
    assert read.langsiktigt == Decimal("97.50") and str(read.langsiktigt) == "97.50"
    assert read.malnivaer == {2026: "öka", 2027: Decimal("95.0")}
    assert list(read.malnivaer) == [2026, 2027]  # in year order
    assert str(read.malnivaer[2027]) == "95.0"
    assert read.jamforare == {2027: Jamforare.MINST}
    assert read.utfall == {2024: Decimal(7)}
    assert read.jamforelser == {}

    key = next(t for t in plan.nyckeltal if t.id == table_id)
    assert key.kolumner[0].id == column_id
    assert key.rader[0].id == row_id and key.rader[0].varden == {column_id: "saknas"}

    money = next(i for i in plan.investeringar if i.id == investment_id)
    assert money.belopp == {2025: Decimal("12.5"), 2027: Decimal(400)}
    assert list(money.belopp) == [2025, 2027]
    assert money.utfall == {2025: Decimal("11.25")}

    outcome = next(p for p in plan.uppfoljningar).indikatorer[indicator_id]
    assert outcome.varde == "ej mätt"
    assert outcome.datum == dt.date(2026, 8, 31) and outcome.kalla == "Kolada"


def test_an_item_read_alone_is_the_item_of_the_snapshot(followed_up_path: Path) -> None:
    """The readers of one item (used after an edit) give what the whole read gives."""
    with PlanDocument.open(followed_up_path, read_only=True) as doc:
        plan = read_plan(doc)
        compared = 0
        with doc.reading() as session:
            for (_kind, part), reader in ITEM_READERS.items():
                items = getattr(plan, part.value)
                assert items, part
                for item in items:
                    alone = reader(session, item.id)
                    assert alone == item and alone.version == item.version
                    compared += 1
    assert compared > 50


def test_a_snapshot_inside_an_action_sees_what_the_action_changed(example_path: Path) -> None:
    """Adopting a plan validates the plan as the action leaves it (``items._check_adoption``):
    changes not yet written to the file are read too, as an ORM query would read them."""
    with PlanDocument.open(example_path) as doc, doc.transaction() as session:
        chapter = session.scalars(select(m.Kapitel).order_by(m.Kapitel.id)).first()
        assert chapter is not None
        chapter.rubrik = "Ny rubrik"
        session.add(m.KfRam(ar=2031, belopp=Decimal("12.5")))
        plan = snapshot(session)
        assert plan.kapitel[0].rubrik == "Ny rubrik"
        assert plan.kf_ram[-1].ar == 2031 and plan.kf_ram[-1].belopp == Decimal("12.5")
        assert risk_scale(session) == plan.riskskala
        assert ITEM_READERS[(ItemKind.KAPITEL, Part.KAPITEL)](session, chapter.id).rubrik == (
            "Ny rubrik"
        )
