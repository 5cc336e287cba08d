"""A cover label alone on its line ("Ordförande", "Förvaltningschef:", "Diarienummer") with its
value on the next line is the label's value; a next line that is a label itself is not."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_result import WordImport


def _cover(tmp_path: Path, *lines: str) -> WordImport:
    doc = Document()
    for text in lines:
        doc.add_paragraph().add_run(text).bold = text.rstrip(":") in (
            "Ordförande",
            "Förvaltningschef",
            "Diarienummer",
        )
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för gymnasieskolan.")
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


def test_a_label_over_its_value(tmp_path: Path) -> None:
    result = _cover(
        tmp_path,
        "Verksamhetsberättelse 2026",
        "Gymnasienämnden",
        "Ordförande",
        "Jonas Berglund (M)",
        "Förvaltningschef:",
        "Helena Sandberg",
        "Diarienummer",
        "GYN 2027/14",
    )
    assert (result.ordforande, result.forvaltningschef, result.diarienummer) == (
        "Jonas Berglund (M)",
        "Helena Sandberg",
        "GYN 2027/14",
    )


def test_a_label_over_another_label_has_no_value(tmp_path: Path) -> None:
    result = _cover(
        tmp_path,
        "Verksamhetsplan 2027",
        "Gymnasienämnden",
        "Ordförande",
        "Diarienummer: GYN 2026/88",
    )
    assert (result.ordforande, result.diarienummer) == ("", "GYN 2026/88")
