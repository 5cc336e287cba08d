"""The table of contents lists a plan's målområden by one word ("Trygghet", "Miljö") while the
body prints each as a plain line "TRYGGHET – invånarna känner sig trygga" over its goal
table: the line is the målområde's heading, its text the målområde's description and not the
description of the goal before it. A line whose first words the contents do not name, or name
as a heading the body already has, gets no level from this rule."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.imports.word_structure import resolve
from vplan_desktop.services.read import read_plan

AREAS = [
    ("TRYGGHET – invånarna känner sig trygga", "Fler känner sig trygga i centrum.", "Trygghet"),
    ("MILJÖ - resurserna räcker för fler", "Nämnden minskar sina utsläpp.", "Miljö"),
]


def _plan(path: Path, toc: bool = True) -> Path:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    if toc:
        doc.add_paragraph("Innehåll")
        for line in ("Inledning\t2", "Mål och indikatorer\t3", "Trygghet\t3", "Miljö\t4"):
            doc.add_paragraph(line)
        doc.add_paragraph("Ekonomi\t5")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver vad nämnden vill uppnå under perioden.")
    doc.add_heading("Mål och indikatorer", 1)
    for line, goal, _ in AREAS:
        doc.add_paragraph(line)
        doc.add_paragraph("Fullmäktige har beslutat om målområdet för hela kommunen.")
        table = doc.add_table(rows=4, cols=4)
        for r, row in enumerate(
            [
                ["Nämndsmål:", goal, "", ""],
                ["Indikator", "Nuläge:", "Målnivåer:", ""],
                ["", "2025", "2027", "2028"],
                ["Andel nöjda invånare", "61 %", "65 %", "70 %"],
            ]
        ):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    doc.add_paragraph("Klimat: nämnden följer kommunens klimatplan.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(path))
    return path


def test_a_line_the_contents_name_by_its_first_word_is_a_malomrade(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.docx")
    import_word(path, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    areas = {a.id: a for a in plan.malomraden}
    assert sorted(a.namn for a in areas.values()) == sorted(line for line, _, _ in AREAS)
    goals = {g.text: areas[g.malomrade_id].namn for g in plan.namndsmal if g.malomrade_id}
    assert goals == {goal: line for line, goal, _ in AREAS}
    for area in areas.values():
        assert "Fullmäktige har beslutat" in area.beskrivning
    assert all("Fullmäktige" not in g.beskrivning for g in plan.namndsmal)


def test_the_lines_are_sections_of_the_heading_before_them(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx"))
    structure = resolve(source, {})
    chapter = next(b.index for b in source.blocks if b.text == "Mål och indikatorer")
    lines = [b.index for b in source.blocks if b.text in {line for line, _, _ in AREAS}]
    assert structure.levels[chapter] == 1
    assert [structure.levels.get(i) for i in lines] == [2, 2]
    klimat = next(b.index for b in source.blocks if b.text.startswith("Klimat:"))
    assert klimat not in structure.levels  # the contents have no "Klimat"


def test_no_contents_no_level_from_this_rule(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", toc=False))
    structure = resolve(source, {})
    lines = [b.index for b in source.blocks if b.text in {line for line, _, _ in AREAS}]
    assert not any(i in structure.levels for i in lines)
