"""A delårsrapport's columns named by what they hold, not by a target: in an indicator table
"Utfall 2025 | Utfall aug 2026 | Prognos helår 2026 | Mål 2026" the prognos is a forecast, no
target (the target is "Mål 2026"; the forecast is kept as the outcome's comment), and a
driftredovisning "Verksamhet | Budget helår | Utfall jan–aug | Prognos helår | Avvikelse"
whose year is only in its caption ("Driftredovisning januari–augusti 2026 (tkr)") is a
driftbudget: the year's budget, its outcome so far and its forecast, even under a chapter
that names no budget ("Ekonomisk uppföljning")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import KolumnSlag
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_budget_table import kind_columns
from vplan_desktop.services.read import read_plan


def _plan(path: Path) -> d.PlanSnapshot:
    w = Writer("delår", Front("Vård- och omsorgsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Vård- och omsorgsnämnden")
    w.para("Delårsrapport januari–augusti 2026")
    w.heading("Måluppfyllelse", 1)
    w.heading("Målområde 1: Trygg omsorg", 2)
    w.para(("b", "Nämndmål 1.1. Äldre känner sig trygga hemma."))
    w.table(
        [
            ["Indikator", "Utfall 2025", "Utfall aug 2026", "Prognos helår 2026", "Mål 2026"],
            ["Andel trygga brukare", "86 %", "87 %", "87 %", "88 %"],
            ["Väntetid, dagar", "54", "61", "58", "Max 45"],
        ]
    )
    w.heading("Ekonomisk uppföljning", 1)
    w.para("Prognosen är ett underskott.")
    w.para(("b", "Driftredovisning januari–augusti 2026 (tkr)"))
    w.table(
        [
            ["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"],
            ["Hemtjänst", "118 400", "82 760", "123 600", "−5 200"],
            ["Särskilt boende", "176 300", "116 840", "174 900", "+1 400"],
            ["Summa", "294 700", "199 600", "298 500", "−3 800"],
        ]
    )
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_columns_named_by_their_kind_alone() -> None:
    assert kind_columns(["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår"]) == 3
    assert kind_columns(["Verksamhet", "Budget", "Utfall t.o.m. augusti"]) == 2
    assert kind_columns(["Nyckeltal", "Jan–aug 2025", "Jan–aug 2026"]) == 0
    assert kind_columns(["Verksamhet", "Budget", "Kommentar"]) == 0  # one is no budget's


def test_a_forecast_is_no_target_and_the_driftredovisning_is_read(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "delar.docx")
    indicators = {i.namn: i for i in plan.indikatorer}
    assert indicators["Andel trygga brukare"].malnivaer == {2026: Decimal(88)}
    assert indicators["Andel trygga brukare"].utfall == {
        2025: Decimal(86),
        2026: Decimal(87),
    }
    [period] = plan.uppfoljningar
    comment = period.outcome(indicators["Väntetid, dagar"].id).kommentar
    assert "Prognos helår 2026: 58" in comment  # the forecast kept, as words

    columns = {k.id: (k.slag, k.ar) for k in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    rows = {units[r.verksamhet_id]: r for r in plan.driftbudget}
    budget, utfall, prognos = (
        (KolumnSlag.BUDGET, 2026),
        (KolumnSlag.UTFALL, 2026),
        (KolumnSlag.PROGNOS, 2026),
    )
    assert {n: {columns[c]: v for c, v in r.belopp.items()} for n, r in rows.items()} == {
        "Hemtjänst": {budget: Decimal(118400), utfall: Decimal(82760), prognos: Decimal(123600)},
        "Särskilt boende": {
            budget: Decimal(176300),
            utfall: Decimal(116840),
            prognos: Decimal(174900),
        },
    }
