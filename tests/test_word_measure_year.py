"""Rule: in an indicator's target column, a cell announcing the measurement in the column's own
year ("Mäts 2026" under "2026", a new measure without a nuläge) is that year's target in words,
kept as text; a cell naming another year ("Mäts 2028" under 2027) or none ("Mäts i oktober")
still gives no figure for its column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_measure_year import measured_that_year, no_figure_in
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_a_measurement_in_the_columns_own_year_is_a_target() -> None:
    assert measured_that_year("Mäts 2026", "mal:2026")
    assert measured_that_year("mäts första gången 2026.", "mal:2026")
    assert not measured_that_year("Mäts 2028", "mal:2027")
    assert not measured_that_year("Mäts 2026", "utfall:2026")
    assert not measured_that_year("Mäts i oktober", "mal:2026")


def test_no_figure_in_keeps_only_the_own_years_measurement() -> None:
    assert not no_figure_in("Mäts 2026", "mal:2026")
    assert no_figure_in("Mäts 2028", "mal:2027")
    assert no_figure_in("Mäts 2026", "utfall:2026")
    assert no_figure_in("", "mal:2026")
    assert no_figure_in("–", "mal:2026")
    assert not no_figure_in("Öka med 10 %", "mal:2027")
    assert not no_figure_in("90 %", "mal:2029")


def test_a_goal_tables_own_year_measurement_is_kept_as_the_target(tmp_path: Path) -> None:
    w = Writer("mäts", Front("Medborgarnämnden", "Hedeby kommun", 2027, 2029))
    w.para("Hedeby kommun")
    w.para("Medborgarnämnden")
    w.para("Verksamhetsplan 2027-2029")
    w.heading("Mål och uppföljning", 1)
    rows = [
        ["Nämndsmål 1:", "Vi väljer det hållbara alternativet i tjänsten.", "", "", "", ""],
        ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:", "", "", ""],
        ["", "2025", "2026", "2027", "2028", "2029"],
        ["Andel medarbetare med kunskap om hållbara val", "", "Mäts 2026", "Öka med 10 %",
         "Öka med 10 %", "90 %"],
        ["Andel miljöbilar", "43 %", "Mäts 2028", "", "60 %", "70 %"],
    ]  # fmt: skip
    w.table(rows, header_rows=3)
    source = tmp_path / "mats.docx"
    w.save(source)
    plan = _plan(source)

    targets = {i.namn: dict(i.malnivaer) for i in plan.indikatorer}
    assert targets["Andel medarbetare med kunskap om hållbara val"] == {
        2026: "Mäts 2026",
        2027: "Öka med 10 %",
        2028: "Öka med 10 %",
        2029: Decimal(90),
    }
    assert targets["Andel miljöbilar"] == {2028: Decimal(60), 2029: Decimal(70)}
