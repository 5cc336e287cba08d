"""A bold heading a PDF converter broke over two paragraphs ("2.1 Kommunens resultat är minst
två procent av", "skatter och statsbidrag.", both bold in one explicit size, the second going
on with a lower-case word) is one paragraph; a bold line followed by a bold line that starts
a sentence of its own stays two."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.word_shapes_xml import append, p, r
from vplan_desktop.imports.word import read_source


def _texts(path: Path, second: str) -> list[str]:
    doc = Document()
    append(doc, p(r("Målområde 2 Hållbar ekonomi", bold=True, size=14)))
    append(doc, p(r("Kommunens ekonomi ger utrymme för välfärd.", size=11)))
    append(doc, p(r("2.1 Kommunens resultat är minst två procent av", bold=True, size=11)))
    append(doc, p(r(second, bold=True, size=11)))
    append(doc, p(r("– Indikator: Resultat i procent av skatter och statsbidrag.", size=11)))
    doc.save(str(path))
    return [b.text for b in read_source(path).blocks]


def test_a_heading_wrapped_over_two_paragraphs_is_one(tmp_path: Path) -> None:
    texts = _texts(tmp_path / "plan.docx", "skatter och statsbidrag.")
    assert "2.1 Kommunens resultat är minst två procent av skatter och statsbidrag." in texts


def test_a_bold_line_starting_a_sentence_stays_apart(tmp_path: Path) -> None:
    """Negative: a capitalised bold line is a line of its own."""
    texts = _texts(tmp_path / "plan.docx", "Skatter och statsbidrag")
    assert "2.1 Kommunens resultat är minst två procent av" in texts
