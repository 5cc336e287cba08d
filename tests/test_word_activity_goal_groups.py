"""Rule: an activity table split into groups by rows across the table that name a goal the
plan already has – "Nämndmål 1: Barn som far illa får stöd i tid." (its words), "Mål 2" (its
number alone) or "Nämndmål 3: Snabbare svar" (its number with its words in short) – links the
activities under each group row to that goal; the row is no målområde of its own. A group row
naming no goal of the plan ("Gemensamt för förvaltningen") is still the målområde of the
activities under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

GOALS = [
    "Barn som far illa får stöd i tid.",
    "Fler vuxna går till arbete eller studier.",
    "Den enskilde får snabbare svar från socialtjänsten.",
]


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _shade(cell: Any) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "DEEAF6")
    cell._tc.get_or_add_tcPr().append(shd)


def test_group_rows_naming_goals_link_their_activities(tmp_path: Path) -> None:
    w = Writer("grupper", Front("Socialnämnden", "Hedeby kommun", 2025, 2025))
    w.para("Hedeby kommun")
    w.para(("b", "Socialnämnden"))
    w.para(("b", "Verksamhetsberättelse 2025"))
    w.heading("Måluppfyllelse", 1)
    for number, goal in enumerate(GOALS, 1):
        w.heading(f"Nämndmål {number}: {goal}", 2)
        w.para("Analysen av målet står här.")
    w.heading("Aktiviteter", 1)
    w.para("Aktiviteterna under det mål de ska bidra till.")
    rows = [
        ["Aktivitet", "Ansvarig", "Planerat klart", "Status 31 dec", "Kommentar"],
        [f"Nämndmål 1: {GOALS[0]}", "", "", "", ""],
        ["Gemensam metod för riskbedömning", "Enhetschef barn och unga", "juni 2025",
         "Genomförd", ""],
        ["Öppenvårdsteam för familjer", "Enhetschef öppenvård", "Q3 2025", "Pågår", ""],
        ["Mål 2", "", "", "", ""],
        ["Jobbspår för unga vuxna", "Enhetschef ekonomiskt bistånd", "2025-09-30", "Pågår", ""],
        ["Nämndmål 3: Snabbare svar", "", "", "", ""],
        ["E-tjänst för ansökan", "Digitaliseringsstrateg", "2025", "Pågår", ""],
        ["Gemensamt för förvaltningen", "", "", "", ""],
        ["Ny brukarenkät", "Kvalitetsstrateg", "Q4 2025", "Ej påbörjad", ""],
    ]  # fmt: skip
    groups = [1, 4, 6, 8]
    table = w.table(rows, merges=[(r, 0, r, 4) for r in groups])
    for r in groups:
        _shade(table.cell(r, 0))
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
    source = tmp_path / "grupper.docx"
    w.save(source)
    plan = _plan(source)

    goals = {g.id: g.text for g in plan.namndsmal}
    areas = {a.id: a.namn for a in plan.malomraden}
    assert sorted(goals.values()) == sorted(GOALS)
    linked = {
        a.namn: goals.get(a.namndsmal_id or 0) or areas.get(a.malomrade_id or 0)
        for a in plan.aktiviteter
    }
    assert linked == {
        "Gemensam metod för riskbedömning": GOALS[0],
        "Öppenvårdsteam för familjer": GOALS[0],
        "Jobbspår för unga vuxna": GOALS[1],
        "E-tjänst för ansökan": GOALS[2],
        "Ny brukarenkät": "Gemensamt för förvaltningen",
    }
    assert not {rows[r][0] for r in groups[:3]} & set(areas.values())  # no målområden
