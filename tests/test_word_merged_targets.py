"""A goal table whose target holds for several years is written with one cell merged across
those years' columns, under two header rows ("Målvärde" over 2027 | 2028 | 2029); targets
carry their comparison and their unit in words ("max 10 dagar"). Each year covered gets the
target, compared as written, in the indicator's unit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import Jamforare
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_indicator_unit import strip_unit, word_unit
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_unit_in_words_after_a_compared_figure() -> None:
    assert word_unit("max 10 dagar") == "dagar"
    assert word_unit("≥ 30 besök") == "besök"
    assert strip_unit("max 10 dagar", "dagar") == "max 10"
    assert word_unit("max tio dagar") == ""


def test_a_target_merged_across_years_holds_for_each(tmp_path: Path) -> None:
    w = Writer("sammanslagna målvärden", Front("Miljö- och byggnämnden", "", 2027, 2029))
    w.para("Exempelby kommun")
    w.para("Miljö- och byggnämnden")
    w.para("Verksamhetsplan 2027–2029")
    w.heading("Mål och indikatorer", 1)
    goal = "Den som söker bygglov får ett snabbt besked."
    w.table(
        [
            ["Nämndsmål", "Indikator", "Nuläge", "Målvärde", "", ""],
            ["", "", "2025", "2027", "2028", "2029"],
            [goal, "Andel beslut som står sig", "94 %", "≥ 95 %", "", ""],
            ["", "Tid till bekräftelse", "12 dagar", "max 10 dagar", "", ""],
            ["", "Antal tillsynsbesök", "118", "minst 130", "minst 140", ""],
            ["", "Nöjd kund-index", "68", "Öka", "", ""],
        ],
        header_rows=2,
        merges=[
            (0, 0, 1, 0),
            (0, 1, 1, 1),
            (0, 3, 0, 5),
            (2, 0, 5, 0),
            (2, 3, 2, 5),
            (3, 3, 3, 5),
            (4, 4, 4, 5),
            (5, 3, 5, 5),
        ],
    )
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    [made] = plan.namndsmal
    assert made.text == goal
    found = {i.namn: i for i in plan.indikatorer}
    years = (2027, 2028, 2029)
    share = found["Andel beslut som står sig"]
    assert share.malnivaer == dict.fromkeys(years, Decimal(95))
    assert share.jamforare == dict.fromkeys(years, Jamforare.MINST)
    days = found["Tid till bekräftelse"]
    assert (days.enhet, days.nulage) == ("dagar", Decimal(12))
    assert days.malnivaer == dict.fromkeys(years, Decimal(10))
    assert days.jamforare == dict.fromkeys(years, Jamforare.HOGST)
    visits = found["Antal tillsynsbesök"]
    assert visits.malnivaer == {2027: Decimal(130), 2028: Decimal(140), 2029: Decimal(140)}
    assert found["Nöjd kund-index"].malnivaer == dict.fromkeys(years, "Öka")
