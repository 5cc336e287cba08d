"""A plan whose goals are service commitments states each on a line behind a bold label,
"**Åtagande:** <goal>", right over a table of the service levels that measure it
("Servicenivå | Utfall 2026 | Målnivå 2027 | …"): the line is the table's caption and the
goal (without its label), "Servicenivå" heads the indicators' name column, each level an
indicator of that goal. A labelled line holding more than the goal's sentence (a description
after it) is no caption."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_goal_label_caption import labelled_caption
from vplan_desktop.markdown import Run
from vplan_desktop.services.read import read_plan

AREAS = [
    ("Användarstöd", "Medarbetarna får snabb hjälp när IT inte fungerar.",
     [("Andel ärenden lösta inom 8 timmar", "78 %", "85 %", "90 %"),
      ("Genomsnittlig väntetid i telefon", "4 min 20 s", "Högst 2 min", "Högst 2 min")]),
    ("Drift", "Verksamhetskritiska system är tillgängliga när de behövs.",
     [("Tillgänglighet för verksamhetskritiska system", "99,1 %", "99,5 %", "99,5 %")]),
]  # fmt: skip


def _plan(tmp_path: Path) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "IT-nämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Servicenivåer", 1)
    doc.add_paragraph("Varje tjänsteområde har ett åtagande och servicenivåer som mäts.")
    for area, goal, levels in AREAS:
        doc.add_heading(area, 2)
        doc.add_paragraph(f"Här beskrivs vad området {area.lower()} omfattar för kommunerna.")
        line = doc.add_paragraph()
        line.add_run("Åtagande: ").bold = True
        line.add_run(goal)
        table = doc.add_table(rows=1 + len(levels), cols=4)
        for c, text in enumerate(["Servicenivå", "Utfall 2026", "Målnivå 2027", "Målnivå 2028"]):
            table.cell(0, c).text = text
        for r, level in enumerate(levels, 1):
            for c, text in enumerate(level):
                table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_each_commitment_is_the_goal_of_its_service_levels(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert [g.text for g in plan.namndsmal] == [goal for _, goal, _ in AREAS]
    goals = {g.id: g.text for g in plan.namndsmal}
    assert {i.namn: goals[i.namndsmal_id] for i in plan.indikatorer} == {
        level[0]: goal for _, goal, levels in AREAS for level in levels
    }
    assert not plan.nyckeltal  # the service levels are no key-figure tables
    first = next(i for i in plan.indikatorer if i.namn == AREAS[0][2][0][0])
    assert first.nulage == Decimal(78)
    assert first.nulage_ar == 2026


def test_a_labelled_line_with_a_description_is_no_caption() -> None:
    def line(label: str, rest: str) -> Block:
        runs = (Run(label, bold=True), Run(rest))
        return Block(0, BlockKind.PARAGRAPH, label + rest, runs=runs)

    assert labelled_caption(line("Åtagande: ", "Systemen är tillgängliga när de behövs."))
    assert labelled_caption(line("Nämndsmål 2: ", "Fler elever når målen i alla ämnen."))
    assert not labelled_caption(line("Åtagande: ", "Systemen är uppe. Vi mäter varje dag."))
    assert not labelled_caption(line("Kommentar: ", "Siffrorna avser hela året."))
    assert not labelled_caption(Block(0, BlockKind.PARAGRAPH, "Åtagande: Systemen är uppe."))
