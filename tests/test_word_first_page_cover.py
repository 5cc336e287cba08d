"""A plan whose cover is its template's first-page header and footer (a section with a
different first page): the kommun, the nämnd, the title and the Dnr in the first page's
header, who adopted it, the ordförande and the chef in its footer, the body starting with the
first chapter. Those lines are the cover; the running header of the other pages stays out of
the plan, and a cover in the body comes first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.services.read import read_plan

RUNNING = "Servicenämnden | Verksamhetsplan med budget 2027–2028 | Norrvik kommun"
HEADER = ["Norrvik kommun", "Servicenämnden", "Verksamhetsplan med budget 2027–2028"]
HEADER.append("Dnr SEN 2026/140")
FOOTER = ["Beslutad av: Servicenämnden 2026-11-26, § 98", "Ordförande: Ingrid Molander (L)"]
FOOTER.append("Servicechef: Hassan Nouri")


def _lines(part: Any, lines: list[str]) -> None:
    part.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        part.add_paragraph(line)


def _document(path: Path, *, first_page: bool = True, body_cover: bool = False) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = RUNNING
    if first_page:
        section.different_first_page_header_footer = True
        _lines(section.first_page_header, HEADER)
        _lines(section.first_page_footer, FOOTER)
    else:  # the same lines in the header and footer of every page
        _lines(section.header, HEADER)
        _lines(section.footer, FOOTER)
    if body_cover:
        doc.add_paragraph("Internbudget 2027 för kostenheten")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Servicenämnden levererar måltider och lokalvård till nämnderna.")
    doc.add_heading("Förutsättningar", 1)
    doc.add_paragraph("Livsmedelspriserna har ökat.")
    doc.save(str(path))
    return path


def test_the_first_page_header_and_footer_are_the_cover(tmp_path: Path) -> None:
    source = _document(tmp_path / "plan.docx")
    result = import_word(source, tmp_path / "plan.vplan")  # no period given: read from it
    assert (result.kommun, result.namnd) == ("Norrvik kommun", "Servicenämnden")
    assert result.titel == "Verksamhetsplan med budget 2027–2028"
    assert (result.forsta_ar, result.sista_ar) == (2027, 2028)
    assert (result.ordforande, result.forvaltningschef) == ("Ingrid Molander (L)", "Hassan Nouri")
    assert result.diarienummer == "SEN 2026/140"
    assert "Försättsbladet: antagen av Servicenämnden 2026-11-26, § 98." in result.report
    assert any("första sidans sidhuvud och sidfot" in line for line in result.report)
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert plan.uppgifter.titel == "Verksamhetsplan med budget 2027–2028"
    assert [k.rubrik for k in plan.kapitel] == ["Inledning", "Förutsättningar"]
    text = "\n".join(k.text for k in plan.kapitel)
    assert "Norrvik" not in text and "Beslutad" not in text and "Servicenämnden |" not in text


def test_a_header_on_every_page_is_no_cover(tmp_path: Path) -> None:
    """Negative: the same lines in the header and footer of every page are running text."""
    result = read_word(_document(tmp_path / "plan.docx", first_page=False))
    assert result.forsta_ar is None
    assert (result.titel, result.ordforande, result.diarienummer) == ("", "", "")
    assert "Sidhuvuden och sidfötter hoppades över." in result.report


def test_a_cover_in_the_body_comes_first(tmp_path: Path) -> None:
    """Negative: a body with a cover of its own is read from its cover, not the header."""
    result = read_word(_document(tmp_path / "plan.docx", body_cover=True))
    assert result.titel == "Internbudget 2027 för kostenheten"
    assert (result.forsta_ar, result.diarienummer) == (2027, "")
    assert not any("första sidans" in line for line in result.report)
