"""A card or cell that printed its entries one a line ("Indikator: …" / "Utgångsvärde 2025:
34 %" / "Målvärde 2027: 40 %") comes back from a PDF converter as one paragraph, its lines
parted by line breaks or only by the converter's space at a line's end. When the paragraph
opens with a label and another of its lines does too, and every run has the converter's
explicit size, each labelled line is a paragraph of its own; running text whose line happens
to open with a label stays one paragraph, as does a paragraph of Word's own (no sizes)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Pt

from vplan_desktop.imports.word_docx import read_docx


def _paragraph(container: object, lines: list[tuple[str, bool]], sized: bool = True) -> None:
    """A paragraph of ``lines``, each a run ending with the converter's space and followed
    by a line break when its flag is set."""
    paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    for text, line_break in lines:
        run = paragraph.add_run(text + " ")
        if sized:
            run.font.size = Pt(10)
        if line_break:
            run._r.append(OxmlElement("w:br"))


CARD = [
    ("Indikator: Andel deltagare som går till arbete efter", False),
    ("avslutad insats", True),
    ("Utgångsvärde 2025: 34 %", True),
    ("Målvärde 2027: 40 %", False),
    ("Indikator: Antal deltagare i extratjänst", False),
    ("Utgångsvärde 2025: 62", False),
]


def test_labelled_lines_in_a_cell_are_paragraphs_of_their_own(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Mål N1")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Så här mäter vi"
    cell = table.rows[0].cells[1]
    _paragraph(cell, CARD)
    doc.save(str(tmp_path / "plan.docx"))
    read = next(b for b in read_docx(tmp_path / "plan.docx").blocks if b.rows)
    assert read.rows[0][1].lines == (
        "Indikator: Andel deltagare som går till arbete efter avslutad insats",
        "Utgångsvärde 2025: 34 %",
        "Målvärde 2027: 40 %",
        "Indikator: Antal deltagare i extratjänst",
        "Utgångsvärde 2025: 62",
    )


def test_running_text_and_word_paragraphs_stay_whole(tmp_path: Path) -> None:
    doc = Document()
    prose = [("Nämnden har beslutat följande om", False), ("Budget: ramen ökar.", False)]
    _paragraph(doc, prose)
    _paragraph(doc, [(text, False) for text, _ in CARD], sized=False)
    doc.save(str(tmp_path / "plan.docx"))
    texts = [b.text for b in read_docx(tmp_path / "plan.docx").blocks]
    assert texts[0] == "Nämnden har beslutat följande om Budget: ramen ökar."
    assert len(texts) == 2


NAME = (
    "Andel boende på särskilt boende som är nöjda med de aktiviteter som erbjuds på boendet "
    "varje vecka"
)
DOING = "Aktivitet: Anställa en aktivitetssamordnare på varje särskilt boende i hela kommunen"


def test_a_block_of_entries_is_parted_at_every_line_break(tmp_path: Path) -> None:
    """Three labelled lines make a paragraph a block of entries even when it opens with a name:
    each line after a line break is a paragraph of its own."""
    doc = Document()
    _paragraph(
        doc,
        [
            (NAME, True),
            ("Nuläge 2025: 58 %", True),
            (DOING, True),
            ("Ansvarig: Verksamhetschef", True),
            ("Äldre har en meningsfull vardag.", False),
        ],
    )
    doc.save(str(tmp_path / "plan.docx"))
    assert [b.text for b in read_docx(tmp_path / "plan.docx").blocks] == [
        NAME,
        "Nuläge 2025: 58 %",
        DOING,
        "Ansvarig: Verksamhetschef",
        "Äldre har en meningsfull vardag.",
    ]


def test_two_labelled_lines_after_a_name_stay_one_paragraph(tmp_path: Path) -> None:
    doc = Document()
    lines = [("Nämnden följer upp", False), ("Budget: ramen", False), ("Utfall: bra", False)]
    _paragraph(doc, lines)
    doc.save(str(tmp_path / "plan.docx"))
    assert len(read_docx(tmp_path / "plan.docx").blocks) == 1
