"""A heading read by the number typed before it ("3.2 Mål", with a space or a tab) is read
without it – the old document's numbering, which vplan's plan does not keep – and what it
became says so, naming the line as typed: the number is not lost unsaid. (Found by the
property test: a plain "3.2 Mål" line under a bold "Inledning" became a heading "Mål" in the
chapter, its outcome naming neither.) A heading Word's list numbering numbers has no number
in its text, and nothing is said of one."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument

from tests.word_shapes_xml import element
from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_result import WordImport


def _read(doc: DocxDocument, tmp_path: Path) -> tuple[WordImport, dict[str, str]]:
    doc.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    result = interpret(source)
    said = {b.text: result.outcomes[b.index].text for b in source.blocks}
    return result, said


@pytest.mark.parametrize("typed", ["3.2 Mål", "3.2\tMål"])
def test_a_heading_numbered_in_its_text_says_its_number_is_left(tmp_path: Path, typed: str) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_paragraph().add_run("Inledning").bold = True
    doc.add_paragraph(typed)
    doc.add_paragraph("Nämnden följer upp planen varje tertial.")
    result, said = _read(doc, tmp_path)
    chapters = {c["rubrik"]: c["text"] for c in result.data["kapitel"]}
    assert chapters == {"Inledning": "# Mål\n\nNämnden följer upp planen varje tertial.\n"}
    assert said["3.2 Mål"] == "Rubrik i kapitlet ”Inledning” (”3.2 Mål” utan numret)"


def test_numbered_chapters_parts_and_their_headings(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    for line in (
        "1 Inledning",
        "Nämnden ansvarar för kulturen.",
        "1.1 Uppdrag",
        "Nämnden har fyra uppdrag.",
        "2 Ekonomi",
        "2.1 Uppföljning",
        "Budgeten följs upp varje tertial.",
    ):
        doc.add_paragraph(line)
    result, said = _read(doc, tmp_path)
    chapters = {c["rubrik"]: c["text"] for c in result.data["kapitel"]}
    assert chapters["Inledning"] == (
        "Nämnden ansvarar för kulturen.\n\n# Uppdrag\n\nNämnden har fyra uppdrag.\n"
    )
    assert chapters["Ekonomi"] == "# Uppföljning\n\nBudgeten följs upp varje tertial.\n"
    assert said["1 Inledning"] == "Kapitlet ”Inledning” (”1 Inledning” utan numret)"
    assert said["1.1 Uppdrag"] == "Rubrik i kapitlet ”Inledning” (”1.1 Uppdrag” utan numret)"
    assert said["2 Ekonomi"] == "Planens del ”Ekonomi” (”2 Ekonomi” utan numret)"
    assert said["2.1 Uppföljning"] == (
        "Rubriken ”Uppföljning” i planens del ”Ekonomi” (”2.1 Uppföljning” utan numret)"
    )


def test_a_heading_numbered_by_word_says_nothing_of_a_number(tmp_path: Path) -> None:
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="43"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/>'
            '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimal"/>'
            '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(element('<w:num w:numId="43"><w:abstractNumId w:val="43"/></w:num>'))
    for level in range(2):
        ppr = doc.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
        ppr.insert(0, element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="43"/></w:numPr>'))
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)  # Word shows "3"
    doc.add_paragraph("Nämnden ansvarar för kulturen.")
    doc.add_heading("Mål", 2)  # Word shows "3.2"
    doc.add_paragraph("Nämnden följer upp planen varje tertial.")
    result, said = _read(doc, tmp_path)
    assert result.data["kapitel"][0]["text"] == (
        "Nämnden ansvarar för kulturen.\n\n# Mål\n\nNämnden följer upp planen varje tertial.\n"
    )
    assert (said["Inledning"], said["Mål"]) == (
        "Kapitlet ”Inledning”",
        "Rubrik i kapitlet ”Inledning”",
    )
