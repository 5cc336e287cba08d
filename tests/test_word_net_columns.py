"""A budget split across its columns into "Kostnader | Intäkter | Netto" per verksamhet is a
driftbudget whatever its caption calls it ("Budget 2027 per verksamhetsområde (mnkr)", no
"drift" in it): the netto is the budget of the caption's year, "Summa" its total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_net_columns import net_split_columns
from vplan_desktop.services.read import read_plan


def test_cost_income_and_net_columns() -> None:
    assert net_split_columns(["Verksamhet", "Kostnader", "Intäkter", "Netto"]) == 2
    assert net_split_columns(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"]) == 2
    assert net_split_columns(["Verksamhet", "Kostnader", "Intäkter"]) == 0
    assert net_split_columns(["Netto", "Kostnader", "Intäkter", "Andel"]) == 0


def test_a_budget_by_its_net_columns(tmp_path: Path) -> None:
    w = Writer("netto", Front("Stadsdelsnämnden", "Ekby kommun", 2027, 2027))
    w.para("Ekby kommun")
    w.para("Stadsdelsnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Ekonomi", 1)
    w.para("Nämndens budget fördelas per verksamhetsområde.")
    w.para(("b", "Budget 2027 per verksamhetsområde (mnkr)"))
    w.table(
        [
            ["Verksamhetsområde", "Kostnader", "Intäkter", "Netto"],
            ["Förskola", "412,6", "-38,4", "374,2"],
            ["Äldreomsorg", "538,7", "-61,4", "477,3"],
            ["Summa", "951,3", "-99,8", "851,5"],
        ]
    )
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    units = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    rows = {
        units[r.verksamhet_id]: {columns[k]: v for k, v in r.belopp.items()}
        for r in plan.driftbudget
    }
    assert rows == {
        "Förskola": {("budget", 2027): Decimal("374.2")},
        "Äldreomsorg": {("budget", 2027): Decimal("477.3")},
    }
