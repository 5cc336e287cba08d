"""A plan converted from a PDF keeps each of the PDF's lines as a run ending with a space, so a
word too wide for its narrow column, which the PDF broke at any letter, reads "Kontrollmome nt".
The reader joins the two parts when the first line holds that one word and the next goes on
with a small letter, and the rest has no vowel, or Swedish hyphenation would not break the
word there and the rest is no word the document uses elsewhere, or the joined word is one the
document uses elsewhere; two whole words on two lines ("Enhetschef" / "hemtjänst", "Projekt"
/ "nr") stay apart, as do words a line break parts, unless the break follows the converter's
space as it does in a table cell."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from vplan_desktop.imports.word import read_source


def _cell_lines(cell: object, lines: list[str], line_break: bool | str = False) -> None:
    """The cell's one paragraph holding ``lines`` as pdf2docx writes them: a run a line, each
    but the last ending with a space (or parted by a line break; by both with ``"both"``),
    explicit size and colour."""
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        spaced = not last and line_break in (False, "both")
        run = paragraph.add_run(line + " " if spaced else line)
        run.font.size = Pt(8)
        run.font.bold = False
        run._r.get_or_add_rPr().append(_colour())
        if line_break and not last:
            run._r.append(run._r.makeelement(qn("w:br"), {}))


def _colour() -> object:
    from docx.oxml import OxmlElement

    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "000000")
    return colour


def _plan(path: Path, cells: Sequence[tuple[list[str], bool | str]], body: str = "") -> Path:
    doc = Document()
    doc.add_paragraph(body or "Internkontrollplan 2027")
    table = doc.add_table(rows=1, cols=len(cells))
    for cell, (lines, line_break) in zip(table.rows[0].cells, cells, strict=True):
        _cell_lines(cell, lines, line_break)
    doc.save(str(path))
    return path


def _cells(path: Path) -> list[str]:
    table = next(b for b in read_source(path).blocks if b.rows)
    return [cell.text for cell in table.rows[0]]


def test_a_word_cut_inside_a_syllable_is_joined(tmp_path: Path) -> None:
    cells = [(["Kontrollmome", "nt"], False), (["Att", "delegationsbesl", "ut anmäls"], False)]
    assert _cells(_plan(tmp_path / "plan.docx", cells)) == [
        "Kontrollmoment",
        "Att delegationsbeslut anmäls",
    ]


def test_a_rest_without_a_vowel_is_joined_but_a_unit_is_not(tmp_path: Path) -> None:
    cells = [(["Förvaltningsc", "hef"], False), (["Anläggningsche", "f"], False)]
    cells += [(["Projekt", "nr"], False), (["Budget", "tkr"], False)]
    assert _cells(_plan(tmp_path / "plan.docx", cells)) == [
        "Förvaltningschef",
        "Anläggningschef",
        "Projekt nr",
        "Budget tkr",
    ]


def test_a_cut_at_a_syllable_is_joined_when_the_document_has_the_word(tmp_path: Path) -> None:
    cells = [(["Målvär", "de"], False), (["Riskvär", "de"], False)]
    body = "Varje målvärde gäller för 2027 och de följs upp varje tertial."
    assert _cells(_plan(tmp_path / "plan.docx", cells, body)) == ["Målvärde", "Riskvär de"]


def test_two_whole_words_on_two_lines_stay_apart(tmp_path: Path) -> None:
    cells = [(["Enhetschef", "hemtjänst"], False), (["Rapporteras", "till nämnden"], False)]
    cells += [(["Stickprov på", "tio ärenden"], False), (["Kontrollmome", "nt"], True)]
    body = "Avvikelser rapporteras till förvaltningschefen och följs upp."
    assert _cells(_plan(tmp_path / "plan.docx", cells, body)) == [
        "Enhetschef hemtjänst",
        "Rapporteras till nämnden",
        "Stickprov på tio ärenden",
        "Kontrollmome nt",  # a line break: the line stopped short, nothing was cut
    ]


def test_a_cut_ended_by_the_converters_space_and_a_line_break_is_joined(tmp_path: Path) -> None:
    """In a table cell the converter ends each line with its space and a line break."""
    cells: list[tuple[list[str], bool | str]] = [(["Målo", "mråde"], "both")]
    cells += [(["Enhetschef", "hemtjänst"], "both"), (["Kontrollmome", "nt"], True)]
    assert _cells(_plan(tmp_path / "plan.docx", cells)) == [
        "Målområde",
        "Enhetschef hemtjänst",
        "Kontrollmome nt",
    ]
