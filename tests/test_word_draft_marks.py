"""A working draft marked by hand, without tracked changes: a run struck through (single or
double) is the old wording beside the new ("63 %" struck, then "64 %") and a hidden run is text
Word does not print; neither is read into the plan, and the report names each. A bracketed
note after a name ("[ny 2027]") is no part of the goal's, activity's or kontrollmoment's name:
it goes to the row's description, and the report says so. A cell holding only "?" or "XX" is
no value (no target, no nuläge, no responsible person), named in the report. A goal marked
"(utgår)" is withdrawn: no goal of the plan, named in the report."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import WordImport, import_word
from vplan_desktop.imports.word_review import report_lines
from vplan_desktop.services.read import read_plan


def _runs(paragraph: Paragraph, *pieces: str | tuple[str, str]) -> None:
    """Pieces of text, each plain or (how, text): "s" struck, "d" double struck, "h" hidden."""
    for piece in pieces:
        how, text = ("", piece) if isinstance(piece, str) else piece
        run = paragraph.add_run(text)
        run.font.strike = "s" in how or None
        run.font.double_strike = "d" in how or None
        run.font.hidden = "h" in how or None


def _front(doc: DocxDocument) -> None:
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)


def _goal_table(
    doc: DocxDocument, rows: list[list[str | tuple[str | tuple[str, str], ...]]]
) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            _runs(table.cell(r, c).paragraphs[0], *((cell,) if isinstance(cell, str) else cell))


def _import(tmp_path: Path, doc: DocxDocument) -> tuple[WordImport, PlanSnapshot]:
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return result, read_plan(opened)


def _plan(tmp_path: Path) -> tuple[WordImport, PlanSnapshot]:
    doc = Document()
    _front(doc)
    doc.add_heading("Inledning", 1)
    _runs(doc.add_paragraph(), "Nämnden har ", ("s", "fyra"), " fem bibliotek.")
    _runs(doc.add_paragraph(), ("h", "Internt: siffrorna ändras efter KF:s beslut."))
    doc.add_heading("Mål och indikatorer", 1)
    _runs(doc.add_paragraph(), "Mål 1: Biblioteken når fler invånare. ", "[ny 2027]")
    _goal_table(
        doc,
        [
            ["Indikator", "Nuläge 2025", "2027", "2028"],
            ["Antal besök per invånare", (("s", "4,0"), " 4,1"), (("d", "4,2"), " 4,3"), "?"],
            ["Andel nöjda låntagare", "XX", "80 %", "82 %"],
        ],
    )
    doc.add_paragraph("Mål 2: Alla klasser besöker konsthallen. (utgår)")
    doc.add_heading("Aktiviteter 2027", 1)
    _goal_table(
        doc,
        [
            ["Aktivitet", "Ansvarig", "Klart"],
            [("Införa meröppet bibliotek ", "[Kolla med fastighet]"), "Bibliotekschef", "Q4 2027"],
            ["Revidera bidragsreglerna", "?", "december 2027"],
        ],
    )
    return _import(tmp_path, doc)


def test_struck_and_hidden_text_stays_out_of_the_plan_and_is_reported(tmp_path: Path) -> None:
    result, plan = _plan(tmp_path)
    intro = next(c for c in plan.kapitel if c.rubrik == "Inledning")
    assert "Nämnden har fem bibliotek." in " ".join(intro.text.split())
    assert "fyra" not in intro.text and "Internt" not in intro.text
    indicator = plan.indikatorer[0]
    assert indicator.nulage == D("4.1")
    report = report_lines(result)
    assert "Överstruken text lästes inte in: ”fyra”." in report
    assert "Överstruken text lästes inte in: ”4,2”." in report  # a double strike
    assert "Dold text lästes inte in: ”Internt: siffrorna ändras efter KF:s beslut.”." in report


def test_a_bracketed_note_is_no_part_of_a_name(tmp_path: Path) -> None:
    result, plan = _plan(tmp_path)
    (goal,) = plan.namndsmal
    assert goal.text == "Biblioteken når fler invånare."
    assert "[ny 2027]" in goal.beskrivning
    first = plan.aktiviteter[0]
    assert first.namn == "Införa meröppet bibliotek"
    assert "[Kolla med fastighet]" in first.beskrivning
    report = report_lines(result)
    assert any("”[ny 2027]” efter målet ”Biblioteken når fler invånare.”" in r for r in report)


def test_a_placeholder_is_no_value_and_is_reported(tmp_path: Path) -> None:
    result, plan = _plan(tmp_path)
    visits, satisfied = plan.indikatorer
    assert dict(visits.malnivaer) == {2027: D("4.3")}
    assert satisfied.nulage is None
    assert plan.aktiviteter[1].ansvarig == ""
    report = report_lines(result)
    assert "Målnivån 2028 för ”Antal besök per invånare” är inte ifylld (”?”)." in report
    assert "Nuläget för ”Andel nöjda låntagare” är inte ifyllt (”XX”)." in report
    assert any(r.startswith("Ansvarig för aktiviteten ”Revidera bidragsreglerna”") for r in report)


def test_a_goal_marked_utgar_is_no_goal(tmp_path: Path) -> None:
    result, plan = _plan(tmp_path)
    assert [g.text for g in plan.namndsmal] == ["Biblioteken når fler invånare."]
    assert any(
        r.startswith("Målet ”Alla klasser besöker konsthallen. (utgår)” är markerat som utgående")
        for r in report_lines(result)
    )
