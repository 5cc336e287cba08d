"""A plan converted from a PDF whose chapters are bold lines in one size and whose sections are
numbered bold lines in a smaller one ("1 Klimat" in 13 pt under "Mål" in 14 pt): the numbered
lines are sections of their chapter, their level told by size, and the chapters before the
first numbered line are chapters, not the cover."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_word


def test_numbered_lines_in_the_section_size_are_sections(tmp_path: Path) -> None:
    doc = Document()
    append(doc, p(r("Sjöbacka kommun", bold=True, size=14)))
    append(doc, p(r("Verksamhetsplan 2027–2030", bold=True, size=26)))
    append(doc, p(r("Diarienummer: MKN 2026/214", size=10)))
    body = "Nämnden ansvarar för tillsyn enligt miljöbalken och för kommunens naturvård."
    for heading, size in (
        ("Inledning", 14),
        ("Omvärldsanalys", 14),
        ("Mål 2027–2030", 14),
        ("1 Klimat", 13),
        ("2 Natur", 13),
        ("Ekonomi", 14),
    ):
        append(doc, p(r(heading, bold=True, size=size)))
        append(doc, p(r(body, size=11)))
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    chapters = data["kapitel"]
    assert [c["rubrik"] for c in chapters] == [
        "Inledning",
        "Omvärldsanalys",
        "Mål 2027–2030",
        "Ekonomi",
    ]
    assert "Klimat" in str(data) and "Natur" in str(data)  # read, not dropped
