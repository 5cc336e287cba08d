"""A plan converted from a PDF runs cover fields printed side by side (or on lines of their
own) into one line, with no comma between them: "Kommunstyrelsens ordförande: Annika Holm (C)
Kommundirektör: Mats Lindqvist". A cover line opening with a "Label: value" is parted before
each later capitalised "Label:", so each field gives its own value; a line that does not open
with a label ("Fastställd av kommunstyrelsen …") is read as it is."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from vplan_desktop.imports.word import read_word


def _line(doc: object, texts: list[str], size: float, bold: bool = False) -> None:
    """A paragraph of the converter's runs, one a printed line, each but the last ending with
    its space (a line break after it where the text is "\n"), every run explicitly sized."""
    paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    for n, text in enumerate(texts):
        if text == "\n":
            paragraph.add_run().add_break()
            continue
        run = paragraph.add_run(text if n == len(texts) - 1 else text + " ")
        run.font.size = Pt(size)
        run.font.bold = bold


def _plan(path: Path, fields: list[str]) -> Path:
    doc = Document()
    _line(doc, ["Vedeby kommun"], 12)
    _line(doc, ["Kommunstyrelsen"], 20, bold=True)
    _line(doc, ["Verksamhetsplan 2027"], 20, bold=True)
    adopted = ["Fastställd av kommunstyrelsen 2026-12-09 § 214", "Diarienummer KS 2026/318"]
    _line(doc, [*adopted, "\n", *fields], 10)
    _line(doc, ["Inledning"], 16, bold=True)
    _line(doc, ["Kommunstyrelsen leder och samordnar kommunens verksamhet."], 11)
    doc.save(str(path))
    return path


def test_two_cover_fields_on_one_line_give_each_its_value(tmp_path: Path) -> None:
    fields = ["Kommunstyrelsens ordförande: Annika Holm (C)", "Kommundirektör: Mats Lindqvist"]
    result = read_word(_plan(tmp_path / "plan.docx", fields))
    assert (result.ordforande, result.forvaltningschef) == ("Annika Holm (C)", "Mats Lindqvist")


def test_fields_on_lines_of_their_own_read_as_before(tmp_path: Path) -> None:
    fields = [
        "Kommunstyrelsens ordförande: Annika Holm (C)",
        "\n",
        "Kommundirektör: Mats Lindqvist",
    ]
    result = read_word(_plan(tmp_path / "plan.docx", fields))
    assert (result.ordforande, result.forvaltningschef) == ("Annika Holm (C)", "Mats Lindqvist")
