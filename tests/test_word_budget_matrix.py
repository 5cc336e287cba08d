"""A budget printed as a matrix – the kostnadsslag as rows ("Intäkter", "Personalkostnader",
then "Nettokostnad"), the verksamheter as columns with a "Totalt" column, the year only in the
caption – is read the way the plan holds a budget: each verksamhet's net is its driftbudget row
and each kostnadsslag's total its resultaträkning row, for the caption's year; the matrix stays
as a table in the chapter. Without a net row or a total column the sums of the parts stand in
for them; a stated total that disagrees with its parts is reported. Kostnadsslag as the
columns ("Intäkter | Kostnader | Totalt") make no matrix: the rows are then verksamheter."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.formatting import format_amount
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.services.read import read_plan


def _import(rows: list[list[str]], path: Path) -> tuple[WordImport, d.PlanSnapshot]:
    w = Writer("budgetmatris", Front("Kulturnämnden", "", 2027, 2028))
    w.para("Ekby kommun")
    w.para("Kulturnämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Budget", 1)
    w.para("Driftbudget 2027 per verksamhet, tkr")
    w.table(rows)
    w.save(path)
    result = import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        return result, read_plan(opened)


def _amounts(plan: d.PlanSnapshot) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}

    def one(belopp: Mapping[int, Decimal | None]) -> Decimal:
        ((key, value),) = [(columns[c], v) for c, v in belopp.items() if v is not None]
        assert key == ("budget", 2027)
        return value

    drift = {units[r.verksamhet_id]: one(r.belopp) for r in plan.driftbudget}
    return drift, {r.namn: one(r.belopp) for r in plan.kostnadsslag}


def test_the_nets_are_the_driftbudget_and_the_totals_the_resultatrakning(tmp_path: Path) -> None:
    rows = [
        ["Kostnadsslag", "Bibliotek", "Kulturskola", "Totalt"],
        ["Intäkter", "1 200", "3 400", "4 600"],
        ["Personalkostnader", "−9 800", "−12 100", "−21 900"],
        ["Övriga kostnader", "−2 400", "−1 300", "−3 700"],
        ["Nettokostnad", "−11 000", "−10 000", "−21 000"],
    ]
    result, plan = _import(rows, tmp_path / "plan.docx")
    drift, kinds = _amounts(plan)
    assert drift == {"Bibliotek": Decimal(-11000), "Kulturskola": Decimal(-10000)}
    assert kinds == {
        "Intäkter": Decimal(4600),
        "Personalkostnader": Decimal(-21900),
        "Övriga kostnader": Decimal(-3700),
    }
    text = "\n".join(c.text for c in plan.kapitel)
    assert "Kulturskola" in text and "12 100" in text  # the parts stay in the chapter
    assert not any("delarna blir" in line for line in result.report)


def test_without_net_row_or_total_column_the_parts_are_summed(tmp_path: Path) -> None:
    rows = [
        ["", "Bibliotek", "Kulturskola"],
        ["Intäkter", "1 200", "3 400"],
        ["Kostnader", "−12 200", "−13 400"],
    ]
    _result, plan = _import(rows, tmp_path / "plan.docx")
    drift, kinds = _amounts(plan)
    assert drift == {"Bibliotek": Decimal(-11000), "Kulturskola": Decimal(-10000)}
    assert kinds == {"Intäkter": Decimal(4600), "Kostnader": Decimal(-25600)}


def test_a_net_that_disagrees_with_its_parts_is_reported(tmp_path: Path) -> None:
    rows = [
        ["Kostnadsslag", "Bibliotek", "Kulturskola", "Totalt"],
        ["Intäkter", "1 200", "3 400", "4 600"],
        ["Kostnader", "−12 200", "−13 400", "−25 600"],
        ["Nettokostnad", "−11 100", "−10 000", "−21 000"],
    ]
    result, plan = _import(rows, tmp_path / "plan.docx")
    assert _amounts(plan)[0]["Bibliotek"] == Decimal(-11100)  # as printed, and said so
    said = f"”Bibliotek” är {format_amount(Decimal(-11100))} men delarna blir "
    assert any(said + format_amount(Decimal(-11000)) in r for r in result.report)
    said = f"”Nettokostnad” är {format_amount(Decimal(-21000))} men delarna blir "
    assert any(said + format_amount(Decimal(-21100)) in r for r in result.report)


def test_kostnadsslag_across_are_no_verksamheter(tmp_path: Path) -> None:
    rows = [
        ["Verksamhet", "Intäkter", "Kostnader", "Totalt"],
        ["Föreningsbidrag", "0", "−2 000", "−2 000"],
        ["Kulturbidrag", "100", "−1 100", "−1 000"],
    ]
    _result, plan = _import(rows, tmp_path / "plan.docx")
    assert {v.namn for v in plan.verksamheter} >= {"Föreningsbidrag", "Kulturbidrag"}
    assert not plan.kostnadsslag
