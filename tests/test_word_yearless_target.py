"""A plan for one year whose indicator tables name no year ("Indikator | Periodicitet | KF:s
årsmål | Nämndens årsmål", the year in the title only): the nämnd's årsmål is the target for
the plan's year, fullmäktige's beside it the upper level's, kept as the row's words. In a plan
of several years a yearless column names no year's target."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_yearless_target import yearless_target
from vplan_desktop.services.read import read_plan

HEADER = ["Indikator", "Periodicitet", "KF:s årsmål", "Nämndens årsmål"]


def _plan(tmp_path: Path, title: str, first: int, last: int) -> d.PlanSnapshot:
    w = Writer("arsmal", Front("Äldrenämnden", "Ekby kommun", first, last))
    w.para("Ekby kommun")
    w.para("Äldrenämnden")
    w.para(title)
    w.heading("Mål", 1)
    w.heading("Nämndmål: Äldre får en trygg omsorg", 2)
    w.table(
        [
            HEADER,
            ["Andel nöjda brukare", "År", "90 %", "89 %"],
            ["Antal besök per vecka", "Tertial", "", "950"],
        ]
    )
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_the_nämnds_årsmål_is_the_plan_years_target(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Verksamhetsplan 2027", 2027, 2027)
    targets = {i.namn: (i.malnivaer, i.enhet) for i in plan.indikatorer}
    assert targets == {
        "Andel nöjda brukare": ({2027: Decimal(89)}, "%"),
        "Antal besök per vecka": ({2027: Decimal(950)}, ""),
    }


def test_no_year_for_a_yearless_column_in_a_longer_plan() -> None:
    roles = ["namn", "ovrigt", "ovrigt", "ovrigt"]
    yearless_target(HEADER, roles, 2027, 2029)
    assert roles == ["namn", "ovrigt", "ovrigt", "ovrigt"]
    yearless_target(HEADER, roles, 2027, 2027)
    assert roles == ["namn", "ovrigt", "ovrigt", "mal:2027"]
    both = ["namn", "ovrigt", "ovrigt"]
    yearless_target(["Indikator", "Årsmål", "Nämndens årsmål"], both, 2027, 2027)
    assert both == ["namn", "ovrigt", "ovrigt"]  # two of the nämnd's: which is unclear
