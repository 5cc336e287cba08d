"""A paragraph whose lines are ended by line breaks (Shift+Enter, or a plan converted from a
PDF, where a text block's lines stay one paragraph) is read as the paragraphs a reader sees:
a bold or larger first line over its body is a heading over a paragraph, bullet lines
("\\uf0b7" of the Symbol font, "•") are list items, and a cover's short lines each a line of
their own. A cover whose nämnd and title are large bold lines (read as chapter headings) is
still a cover when its lines name the plan's period. A paragraph of long lines, or a heading
style's lines, stay whole."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import BlockKind
from vplan_desktop.imports.word_docx import read_docx


def _lines(paragraph: Paragraph, *lines: tuple[str, bool, int]) -> None:
    """``lines`` (text, bold, points) in ``paragraph``, each after a line break but the
    first."""
    for n, (text, bold, points) in enumerate(lines):
        if n:
            paragraph.add_run().add_break()
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(points)


def _converted(path: Path) -> Path:
    """A plan as a PDF converter gives it back: no heading styles, the cover's lines in one
    paragraph, each chapter's heading the first line of its first paragraph."""
    doc = Document()
    _lines(doc.add_paragraph(), ("Kulturnämnden", True, 14))
    _lines(doc.add_paragraph(), ("Verksamhetsplan 2027–2028", True, 26))
    _lines(
        doc.add_paragraph(),
        ("Björkvalla kommun", False, 11),
        ("Ordförande: Eva Lind (S)", False, 11),
        ("Förvaltningschef: Omar Haddad", False, 11),
    )
    _lines(
        doc.add_paragraph(),
        ("Inledning", True, 14),
        ("Planen beskriver vad nämnden ska uppnå under två år och hur det följs upp.", False, 11),
    )
    _lines(
        doc.add_paragraph(),
        ("Verksamheter", True, 14),
        (
            "Nämnden ansvarar för biblioteken, kulturskolan och fritidsgårdarna i hela kommunen.",
            False,
            11,
        ),
    )
    _lines(
        doc.add_paragraph(),
        ("\uf0b7\tBibliotek", False, 11),
        ("\uf0b7\tKulturskola", False, 11),
        ("\uf0b7\tFritidsgårdar", False, 11),
    )
    _lines(
        doc.add_paragraph(),
        ("Omvärld", True, 14),
        (
            "Antalet barn i kommunen ökar och fler vill gå i kulturskolan, "
            "men lokalerna räcker inte till alla som står i kö.",
            False,
            11,
        ),
        ("Nämnden prövar därför att hyra skolornas musiksalar på eftermiddagarna.", False, 11),
    )
    doc.save(str(path))
    return path


def test_a_bold_first_line_heads_its_body(tmp_path: Path) -> None:
    blocks = read_docx(_converted(tmp_path / "plan.docx")).blocks
    texts = [(b.kind, b.text) for b in blocks]
    assert (BlockKind.PARAGRAPH, "Inledning") in texts
    assert (
        BlockKind.PARAGRAPH,
        "Planen beskriver vad nämnden ska uppnå under två år och hur det följs upp.",
    ) in texts
    heading = next(b for b in blocks if b.text == "Inledning")
    assert heading.bold and heading.size == 14


def test_bullet_lines_are_list_items(tmp_path: Path) -> None:
    blocks = read_docx(_converted(tmp_path / "plan.docx")).blocks
    items = [b.text for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Bibliotek", "Kulturskola", "Fritidsgårdar"]


def test_a_typed_bullet_paragraph_is_a_list_item(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("• Läsfrämjande arbete i förskolan")
    doc.add_paragraph("Fler barn ska läsa.")
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_docx(tmp_path / "plan.docx").blocks
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (BlockKind.LIST_ITEM, "Läsfrämjande arbete i förskolan"),
        (BlockKind.PARAGRAPH, "Fler barn ska läsa."),
    ]


def test_the_converted_plan_reads_its_cover_and_chapters(tmp_path: Path) -> None:
    found = read_word(_converted(tmp_path / "plan.docx"))
    assert (found.titel, found.forsta_ar, found.sista_ar) == (
        "Verksamhetsplan 2027–2028",
        2027,
        2028,
    )
    assert (found.namnd, found.kommun) == ("Kulturnämnden", "Björkvalla kommun")
    assert (found.ordforande, found.forvaltningschef) == ("Eva Lind (S)", "Omar Haddad")
    chapters = {c["rubrik"]: c["text"] for c in found.data["kapitel"]}
    assert list(chapters) == ["Inledning", "Verksamheter", "Omvärld"]
    assert "- Kulturskola" in chapters["Verksamheter"]
    assert "lokalerna räcker inte" in chapters["Omvärld"]
    assert "musiksalar" in chapters["Omvärld"]


def test_long_lines_and_heading_styles_stay_whole(tmp_path: Path) -> None:
    doc = Document()
    heading = doc.add_heading("", 1)
    _lines(heading, ("Mål och", False, 16), ("uppföljning", False, 16))
    long = (
        "Nämnden följer upp målen i delårsrapporten och i verksamhetsberättelsen, "
        "varje år i samma ordning."
    )
    _lines(
        doc.add_paragraph(), (long, False, 11), (long.replace("Nämnden", "Styrelsen"), False, 11)
    )
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_docx(tmp_path / "plan.docx").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Mål och uppföljning"),
        (BlockKind.PARAGRAPH, f"{long} {long.replace('Nämnden', 'Styrelsen')}"),
    ]


def test_a_legend_or_a_coloured_symbol_is_no_bullet(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Mål", 1)
    doc.add_paragraph("● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt")
    status = doc.add_paragraph()
    mark = status.add_run("●")
    mark.font.color.rgb = RGBColor(0x00, 0xB0, 0x50)
    status.add_run(" Målet nås")
    doc.save(str(tmp_path / "plan.docx"))
    blocks = read_docx(tmp_path / "plan.docx").blocks
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        (BlockKind.PARAGRAPH, "● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt"),
        (BlockKind.PARAGRAPH, "● Målet nås"),
    ]
