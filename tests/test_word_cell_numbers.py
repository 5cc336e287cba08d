"""Word counts the numbered paragraphs inside table cells with the rest of their list: a
heading numbered by a multilevel list after a table whose cells hold paragraphs of that list
shows the number Word shows, not one counted as if the cells were not there."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from tests.word_shapes_xml import element
from vplan_desktop.imports.word import read_source

NUM_ID = 41


def _numbered_headings(doc: DocxDocument) -> None:
    """Heading 1–2 numbered "1", "1.1" by one multilevel list linked to the styles."""
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n}" for n in range(1, i + 2))}"/></w:lvl>'
        for i in range(2)
    )
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        element(
            f'<w:abstractNum w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        ),
    )
    numbering.append(
        element(f'<w:num w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>')
    )
    for level in range(2):
        ppr = doc.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
        ppr.insert(
            0,
            element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'),
        )


def _numbered_cell_paragraph(paragraph: object, level: int) -> None:
    """The cell's paragraph numbered at ``level`` of the headings' list, as a kommun's
    template numbers a goal in a table's cell."""
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.insert(
        0, element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    )


def test_numbered_paragraphs_in_cells_count_in_their_list(tmp_path: Path) -> None:
    doc = Document()
    _numbered_headings(doc)
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bygglov.")
    doc.add_heading("Mål", 1)
    doc.add_heading("Trygg miljö", 2)
    table = doc.add_table(rows=3, cols=2)
    for r, (goal, target) in enumerate([("Mål", "Målvärde"), ("Fler besök", "90 %")]):
        table.cell(r, 0).text, table.cell(r, 1).text = goal, target
    table.cell(2, 0).text = "Snabbare bygglov"
    _numbered_cell_paragraph(table.cell(1, 0).paragraphs[0], 1)  # shown "2.2"
    _numbered_cell_paragraph(table.cell(2, 0).paragraphs[0], 1)  # shown "2.3"
    doc.add_heading("Hållbar miljö", 2)
    doc.add_heading("Ekonomi", 1)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    source = read_source(path)
    numbers = {b.text: b.number for b in source.blocks if b.level is not None}
    assert numbers == {
        "Inledning": "1",
        "Mål": "2",
        "Trygg miljö": "2.1",
        "Hållbar miljö": "2.4",
        "Ekonomi": "3",
    }
    cells = next(b for b in source.blocks if b.rows)
    assert [c.text for c in cells.rows[1]] == ["Fler besök", "90 %"]  # the text unchanged
