"""The head of the förvaltning titled with an adjective before "chef" or "direktör" ("Teknisk
chef: Annika Sjöberg" on the cover, "Teknisk chef" under a signed name): the title names the
förvaltningschef as "Socialchef" and "Kultur- och fritidschef" do; "Ekonomisk chef" (staff) and
a plain word before "chef" ("Enhetens chef") do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, cover: list[str], signed: tuple[str, ...] = ()) -> d.FrontMatter:
    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för gator, parker, vatten och avfall.")
    for text in signed:
        doc.add_paragraph(text)
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


COVER = ["Stenbacka kommun", "Tekniska nämnden", "Verksamhetsplan 2026–2028"]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Teknisk chef: Annika Sjöberg", "Annika Sjöberg"),
        ("Teknisk direktör: Annika Sjöberg", "Annika Sjöberg"),
        ("Ekonomisk chef: Annika Sjöberg", ""),
        ("Enhetens chef: Annika Sjöberg", ""),
    ],
)
def test_a_titled_head_on_the_cover(tmp_path: Path, line: str, head: str) -> None:
    assert _front(tmp_path, [*COVER, line]).forvaltningschef == head


def test_a_titled_head_under_the_signature(tmp_path: Path) -> None:
    signed = ("Per-Olof Nyberg", "Ordförande", "Annika Sjöberg", "Teknisk chef")
    front = _front(tmp_path, COVER, signed)
    assert front.forvaltningschef == "Annika Sjöberg"
