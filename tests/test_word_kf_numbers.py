"""A table "KF-mål | Nämndens mål" whose second column holds only the numbers of the nämnd's
goals ("N1, N2", "3 och 4") makes fullmäktige's goals (a number typed before a goal's words,
"KF1", is its number), and each nämndsmål read later under the number beside a KF goal goes
under that goal; a goal's number may carry letters ("Mål N1: …")."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, Cell
from vplan_desktop.imports.word_goal_table import goal_line
from vplan_desktop.imports.word_kf_table import kf_links
from vplan_desktop.services.read import read_plan

KF = [
    ("KF1 Fler invånare försörjer sig genom eget arbete.", "N1, N2"),
    ("KF2 Alla har möjlighet till livslångt lärande.", "N3"),
]
GOALS = [
    "Mål N1: Fler deltagare går vidare till arbete.",
    "Mål N2: Färre hushåll har långvarigt bistånd.",
    "Mål N3: Fler elever klarar sfi.",
]


def test_kf_goals_linked_to_the_namnds_goals_by_number(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål", 1)
    table = doc.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("KF-mål", "Nämndens mål"), *KF], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for goal in GOALS:
        doc.add_paragraph().add_run(goal).bold = True
        doc.add_paragraph("Målet följs upp varje år.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)

    goals = sorted((g.niva.value, g.kod, g.text) for g in plan.namndsmal)  # each under its own
    assert goals == [
        ("kf", "KF1", "Fler invånare försörjer sig genom eget arbete."),
        ("kf", "KF2", "Alla har möjlighet till livslångt lärande."),
        ("namnd", "N1", "Fler deltagare går vidare till arbete."),
        ("namnd", "N2", "Färre hushåll har långvarigt bistånd."),
        ("namnd", "N3", "Fler elever klarar sfi."),
    ]
    kf1, kf2, n1, n2, n3 = sorted(plan.namndsmal, key=lambda g: (g.niva.value, g.kod))
    assert (n1.overordnat_id, n2.overordnat_id, n3.overordnat_id) == (kf1.id, kf1.id, kf2.id)
    assert all("KF1" not in c.text and "N1, N2" not in c.text for c in plan.kapitel)


def _table(*rows: tuple[str, str]) -> Block:
    return Block(0, BlockKind.TABLE, rows=tuple((Cell(a), Cell(b)) for a, b in rows))


def test_only_numbers_beside_the_kf_goals_link_them() -> None:
    numbered = _table(("Kommunfullmäktiges mål", "Nämndsmål"), ("1. Trygg kommun", "3 och 4"))
    found = kf_links(numbered)
    assert found == [("1", "Trygg kommun", ["3", "4"])]
    words = _table(("KF-mål", "Nämndens mål"), ("Trygg kommun", "Fler lärare stannar."))
    assert kf_links(words) is None  # the nämnd's goals themselves: a goal table
    assert kf_links(_table(("Risk", "Åtgärd"), ("Brand", "1, 2"))) is None


def test_a_goal_number_with_letters() -> None:
    assert goal_line("Mål N1: Fler deltagare.") == (MalNiva.NAMND, "N1", "Fler deltagare.")
    assert goal_line("Mål 2027: Alla läser.") is not None  # a year: as before
