"""An indicator table whose base-value cell carries its year ("4,5 veckor (2025)") gives the
figure, its unit in words and its year apart; a base-value cell saying why there is no figure
("Nytt mått") gives no nuläge and is kept as the indicator's note in the goal's description."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_indicator_cells import gap_words
from vplan_desktop.imports.word_indicator_unit import indicator_unit, strip_unit, word_unit
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_dated_figure_has_its_unit_in_words() -> None:
    assert word_unit("4,5 veckor (2025)") == "veckor"
    assert word_unit("2025: 12 dagar") == "dagar"
    assert word_unit("4,5 veckor (läsår 2024/25)") == "veckor"
    assert strip_unit("4,5 veckor (2025)", "veckor") == "4,5 (2025)"
    assert strip_unit("2025: 12 dagar", "dagar") == "2025: 12"
    assert strip_unit("62 % (2025)", "%") == "62 % (2025)"
    assert word_unit("(2025)") == ""
    # the base value alone tells the unit when the targets carry none
    assert indicator_unit("Handläggningstid", "", ["4", "3"], "4,5 veckor (2025)") == "veckor"


def test_a_gap_saying_why_is_kept_in_words() -> None:
    assert gap_words(["Utgångsvärde (år)"], 0, ["Nytt mått"]) == "Utgångsvärde (år): Nytt mått"
    assert gap_words(["Nuläge"], 0, ["Mäts i oktober"]) == "Nuläge: Mäts i oktober"
    assert gap_words(["Nuläge"], 0, ["–"]) == ""
    assert gap_words(["Nuläge"], 0, ["Saknas"]) == ""
    assert gap_words(["Nuläge"], 0, [".."]) == ""
    assert gap_words(["Nuläge"], 0, ["62 %"]) == ""
    assert gap_words([], None, ["Nytt mått"]) == ""  # no nuläge column


def test_dated_base_values_in_weeks_and_a_new_measure(tmp_path: Path) -> None:
    w = Writer("daterade utgångsvärden", Front("Miljö- och byggnämnden", "", 2027, 2029))
    w.para("Exempelby kommun")
    w.para("Miljö- och byggnämnden")
    w.para("Verksamhetsplan 2027–2029")
    w.heading("Mål och uppföljning", 1)
    goal = "Bygglovshandläggningen är snabb och förutsägbar"
    w.heading(goal, 3)
    w.table(
        [
            ["Indikator", "Källa", "Utgångsvärde (år)", "Mål 2027", "Mål 2029"],
            ["Handläggningstid bygglov, median", "Ärendesystemet", "4,5 veckor (2025)", "4", "3"],
            ["Andel beslut inom lagstadgad tid", "Ärendesystemet", "91 % (2025)", "95 %", "100 %"],
            ["Antal genomförda åtgärder i vattenplanen", "Egen statistik", "Nytt mått", "4", "10"],
        ]
    )
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    [made] = plan.namndsmal
    found = {i.namn: i for i in plan.indikatorer}
    weeks = found["Handläggningstid bygglov, median"]
    assert (weeks.enhet, weeks.nulage, weeks.nulage_ar) == ("veckor", Decimal("4.5"), 2025)
    assert weeks.malnivaer == {2027: Decimal(4), 2029: Decimal(3)}
    share = found["Andel beslut inom lagstadgad tid"]
    assert (share.enhet, share.nulage, share.nulage_ar) == ("%", Decimal(91), 2025)
    new = found["Antal genomförda åtgärder i vattenplanen"]
    assert (new.nulage, new.nulage_ar) == (None, None)
    assert new.malnivaer == {2027: Decimal(4), 2029: Decimal(10)}
    assert "Utgångsvärde (år): Nytt mått" in made.beskrivning
