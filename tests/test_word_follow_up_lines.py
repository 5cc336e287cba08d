"""A delårsuppföljning as kommuner write it: the title names it ("Delårsuppföljning 2026"),
each goal a heading "Mål 1: …" with a line "Bedömning: Delvis uppnått" above its indicator
table, activities in a table whose "Mål" column holds the goal's number and whose status is
"Genomförd / Pågår / Avbruten", and a driftredovisning "Budget | Prognos | Avvikelse" whose
year is only in its caption."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import KolumnSlag, UppfoljningStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_assessment_lines import assessment_words
from vplan_desktop.services.read import read_plan

GOALS = [
    ("Fler barn är aktiva i föreningslivet.", "Delvis uppnått"),
    ("Biblioteken når fler invånare.", "Ej uppnått"),
]


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _document(path: Path, title: str) -> None:
    w = Writer("uppföljning", Front("Kultur- och fritidsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Kultur- och fritidsnämnden")
    w.para(title)
    w.heading("Måluppfyllelse", 1)
    for number, (goal, level) in enumerate(GOALS, 1):
        w.heading(f"Mål {number}: {goal}", 2)
        w.para(("b", "Bedömning: "), level)
        w.para("Analysen av målet står här.")
        w.table(
            [
                ["Indikator", "Utfall 2025", "Mål 2026"],
                [f"Antal deltagare {number}", "480", "500"],
            ]
        )
    w.heading("Aktiviteter", 1)
    w.table(
        [
            ["Aktivitet", "Mål", "Ansvarig", "Status augusti"],
            ["Sommarlovsaktiviteter", "1", "Fritidschef", "Genomförd"],
            ["Bokbuss till förskolorna", "2", "Bibliotekschef", "Pågår"],
            ["Meröppet i Skogsby", "2", "Bibliotekschef", "Avbruten"],
        ]
    )
    w.heading("Ekonomi", 1)
    w.para(("b", "Driftredovisning 2026, helårsprognos (mnkr)"))
    w.table(
        [
            ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
            ["Bibliotek", "24,3", "24,0", "+0,3"],
            ["Kulturskola", "15,9", "16,5", "−0,6"],
        ]
    )
    w.save(path)


def test_the_assessment_a_line_states() -> None:
    assert assessment_words("Bedömning: Delvis uppnått") == "Delvis uppnått"
    assert assessment_words("Samlad bedömning: Ej uppnått.") == "Ej uppnått"
    assert assessment_words("Bedömning: se texten nedan") is None  # no level of the scale
    assert assessment_words("Bedömningen görs i december.") is None


def test_a_delarsuppfoljning_is_read_as_a_follow_up(tmp_path: Path) -> None:
    _document(tmp_path / "plan.docx", "Delårsuppföljning 2026")
    plan = _plan(tmp_path / "plan.docx")
    [period] = plan.uppfoljningar
    goals = {g.text: g.id for g in plan.namndsmal}
    assert sorted(goals) == sorted(g for g, _ in GOALS)
    levels = {g: period.goal(goals[g]).bedomningsniva_id for g, _ in GOALS}
    assert levels == {GOALS[0][0]: 2, GOALS[1][0]: 3}  # delvis, ej uppnått
    assert [period.goal(goals[g]).bedomning for g, _ in GOALS] == [lvl for _, lvl in GOALS]

    by_goal = {a.namn: a.namndsmal_id for a in plan.aktiviteter}
    assert by_goal == {
        "Sommarlovsaktiviteter": goals[GOALS[0][0]],
        "Bokbuss till förskolorna": goals[GOALS[1][0]],
        "Meröppet i Skogsby": goals[GOALS[1][0]],
    }
    statuses = {a.namn: period.aktiviteter[a.id].status for a in plan.aktiviteter}
    assert statuses == {
        "Sommarlovsaktiviteter": UppfoljningStatus.KLAR,
        "Bokbuss till förskolorna": UppfoljningStatus.PAGAR,
        "Meröppet i Skogsby": UppfoljningStatus.AVBRUTEN,
    }

    columns = {k.id: (k.slag, k.ar) for k in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    amounts = {
        units[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }
    budget, prognos = (KolumnSlag.BUDGET, 2026), (KolumnSlag.PROGNOS, 2026)
    assert amounts == {
        "Bibliotek": {budget: Decimal("24.3"), prognos: Decimal("24.0")},
        "Kulturskola": {budget: Decimal("15.9"), prognos: Decimal("16.5")},
    }


def test_in_a_plan_an_assessment_line_stays_text(tmp_path: Path) -> None:
    _document(tmp_path / "plan.docx", "Verksamhetsplan 2026")
    plan = _plan(tmp_path / "plan.docx")
    assert not plan.uppfoljningar
    texts = "\n".join(c.text for c in plan.kapitel)
    assert "Delvis uppnått" in texts
