"""A plan whose cover is one picture names its nämnd in the running page header and its kommun
in the document's properties (Company): the front matter comes from there when the cover and
body give none; the Dnr in a running footer is no cover's."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import interpret, read_source


def _plan(tmp_path: Path, company: str) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Verksamhetsplan 2027 | Fritidsnämnden"
    section.footer.paragraphs[0].text = "Dnr FRN 2026/45\tSida 2"
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Det här är nämndens verksamhetsplan för 2027 och kommunens invånare.")
    doc.core_properties.title = "Verksamhetsplan 2027"
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            xml = re.sub(r"<Company\s*/>|<Company>.*?</Company>", "", part.blob.decode())
            xml = xml.replace("</Properties>", f"<Company>{company}</Company></Properties>")
            part._blob = xml.encode()
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def test_page_header_footer_and_company_give_the_front(tmp_path: Path) -> None:
    result = interpret(read_source(_plan(tmp_path, "Exempelby kommun")))
    assert result.namnd == "Fritidsnämnden"
    assert result.diarienummer == ""  # a running footer is no cover
    assert result.kommun == "Exempelby kommun"


def test_a_company_naming_no_kommun_gives_none(tmp_path: Path) -> None:
    """Negative: "Microsoft" is no kommun."""
    result = interpret(read_source(_plan(tmp_path, "Microsoft")))
    assert result.kommun == ""
