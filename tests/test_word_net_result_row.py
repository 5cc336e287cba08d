"""The nämnd's net on the last line of a resultatbudget ("Nämndens resultat", "Förvaltningens
resultat", zero when the nämnd is financed to break even) is a totals row: checked against
the rows above it, never a kostnadsslag of its own."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

ROWS = [
    ["", "Budget 2027", "Plan 2028"],
    ["Ersättning från kommunerna", "60 440", "61 640"],
    ["Summa intäkter", "60 440", "61 640"],
    ["Personalkostnader", "−30 640", "−31 330"],
    ["Övriga kostnader", "−29 800", "−30 310"],
    ["Summa kostnader", "−60 440", "−61 640"],
]


def _plan(tmp_path: Path, net: list[str]) -> tuple[d.PlanSnapshot, list[str]]:
    doc = Document()
    for text in ("Exempelby kommun", "IT-nämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämnden finansieras helt av ersättningar och ska gå jämnt ut.")
    doc.add_paragraph("Resultatbudget 2027 med plan 2028 (tkr)")
    rows = [*ROWS, net]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened), result.report


def test_the_nämnds_net_result_is_a_total(tmp_path: Path) -> None:
    plan, report = _plan(tmp_path, ["Nämndens resultat", "0", "0"])
    assert [k.namn for k in plan.kostnadsslag] == [
        "Ersättning från kommunerna",
        "Personalkostnader",
        "Övriga kostnader",
    ]
    assert any("”Nämndens resultat” kontrollerades" in line for line in report)


def test_a_wrong_net_result_is_reported(tmp_path: Path) -> None:
    plan, report = _plan(tmp_path, ["Förvaltningens resultat", "5", "0"])
    assert "Förvaltningens resultat" not in [k.namn for k in plan.kostnadsslag]
    assert any("Förvaltningens resultat" in line for line in report)
