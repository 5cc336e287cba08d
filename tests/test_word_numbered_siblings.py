"""A plan with heading styles may have lost some of them (a PDF opened again in Word): its
headings keep their typed outline numbers, "3.1 Trygg och tillgänglig utemiljö" styled
Heading 2 and "3.2 Hållbar samhällsutveckling" a bold line of the body. A bold line whose
typed number is a styled heading's sibling (same depth, same parent) is a heading at that
heading's level: a målområde like its sibling, never a goal of its own. A bold numbered line
with no styled sibling gets no level from this rule."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_source
from vplan_desktop.imports.word_structure import resolve
from vplan_desktop.services.read import read_plan

AREAS = [
    ("3.1 Trygg och tillgänglig utemiljö", "Parker och lekplatser är välskötta."),
    ("3.2 Hållbar samhällsutveckling", "Nämndens verksamhet minskar sin klimatpåverkan."),
    ("3.3 Attraktiv arbetsgivare", "Medarbetarna vill stanna i förvaltningen."),
]


def _plan(path: Path, styled_first: bool = True) -> Path:
    doc = Document()
    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph("Planen beskriver vad tekniska nämnden vill uppnå 2027–2029.")
    doc.add_heading("3 Mål och indikatorer", 1)
    for n, (area, goal) in enumerate(AREAS, start=1):
        if n == 1 and styled_first:
            doc.add_heading(area, 2)
        else:
            run = doc.add_paragraph().add_run(area)
            run.bold, run.font.size = True, Pt(13)
        doc.add_paragraph().add_run(f"Nämndsmål {n}: {goal}").bold = True
        doc.add_paragraph("Målet följs upp i delårsrapporten och i verksamhetsberättelsen.")
    doc.add_heading("4 Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(path))
    return path


def test_a_bold_line_numbered_beside_a_styled_heading_is_that_headings_sibling(
    tmp_path: Path,
) -> None:
    path = _plan(tmp_path / "plan.docx")
    import_word(path, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    areas = {a.id: a.namn for a in plan.malomraden}
    assert sorted(areas.values()) == [
        "Attraktiv arbetsgivare", "Hållbar samhällsutveckling", "Trygg och tillgänglig utemiljö"
    ]  # fmt: skip
    goals = {g.text: areas.get(g.malomrade_id or -1) for g in plan.namndsmal}
    assert goals == {
        "Parker och lekplatser är välskötta.": "Trygg och tillgänglig utemiljö",
        "Nämndens verksamhet minskar sin klimatpåverkan.": "Hållbar samhällsutveckling",
        "Medarbetarna vill stanna i förvaltningen.": "Attraktiv arbetsgivare",
    }


def test_no_styled_sibling_no_level_from_the_number(tmp_path: Path) -> None:
    source = read_source(_plan(tmp_path / "plan.docx", styled_first=False))
    structure = resolve(source, {})
    numbered = [b.index for b in source.blocks if b.text.startswith("3.")]
    assert len(numbered) == 3
    assert not any(i in structure.levels for i in numbered)
