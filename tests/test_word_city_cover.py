"""A big city's cover: the kommun calls itself "stad" ("Norrhamns stad", "Göteborgs Stad") on
a line of its own, and a district's nämnd is named with its place, in front ("Västerbro
stadsdelsnämnd") or after ("Stadsdelsnämnden Askim-Frölunda-Högsbo"). The kommun is the stad,
the nämnd the whole name; a "stad" in a sentence names no kommun."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_front import NOT_NAMES
from vplan_desktop.imports.word_front_city import city_alone, district_namnd
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, *cover: str) -> d.FrontMatter:
    doc = Document()
    for text in cover:
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Stadsdelsnämnden ansvarar för förskola och äldreomsorg i stadsdelen.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


def test_a_stad_and_its_district_nämnd(tmp_path: Path) -> None:
    front = _front(
        tmp_path,
        "Norrhamns stad",
        "Västerbro stadsdelsnämnd",
        "Verksamhetsplan 2027",
        "Dnr VB 2026/00412",
    )
    assert (front.kommun, front.namnd) == ("Norrhamns stad", "Västerbro stadsdelsnämnd")


def test_the_names_in_lines() -> None:
    assert district_namnd("Stadsdelsnämnden Askim-Frölunda-Högsbo", NOT_NAMES) == (
        "Stadsdelsnämnden Askim-Frölunda-Högsbo"
    )
    assert district_namnd("Skärholmens stadsdelsnämnd", NOT_NAMES) == "Skärholmens stadsdelsnämnd"
    assert district_namnd("Verksamhetsplan stadsdelsnämnden", NOT_NAMES) == ""
    assert district_namnd("Stadsdelsnämnden ansvarar för förskolan", NOT_NAMES) == ""
    assert city_alone("Göteborgs Stad", NOT_NAMES) == "Göteborgs Stad"
    assert city_alone("En stad", NOT_NAMES) == ""
    assert city_alone("Norrhamns stad växer", NOT_NAMES) == ""
