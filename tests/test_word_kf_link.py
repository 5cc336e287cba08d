"""A nämndsmål's link to kommunfullmäktige's goal on the line right under its heading
("Kopplat till fullmäktiges mål: …", "Koppling till KF-mål: …", "Kommunfullmäktiges mål: …"):
the KF goal is made in the goal's målområde, shared by the goals that name it, and the
nämndsmål goes under it in the plan file; a goal without such a line stays at the top."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_kf_link import link_line
from vplan_desktop.services.read import read_plan

SAFE = "Alla invånare ska känna sig trygga"
LEARN = "Alla barn ska lyckas i skolan"


def test_link_lines() -> None:
    assert link_line(f"Kopplat till fullmäktiges mål: {SAFE}") == ("", SAFE)
    assert link_line(f"Koppling till KF-mål: {SAFE}") == ("", SAFE)
    assert link_line(f"Kommunfullmäktiges mål: {SAFE}") == ("", SAFE)
    assert link_line(f"Kopplat till kommunfullmäktiges mål 2: {SAFE}") == ("2", SAFE)
    assert link_line(f"KF:s mål:  {SAFE}") == ("", SAFE)
    assert link_line(f"Nämndens mål: {SAFE}") is None
    assert link_line("Kopplat till fullmäktiges mål") is None  # no goal named


def test_a_goal_goes_under_the_kf_goal_its_line_names(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för förskola och skola.")
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Målområde Trygghet", 2)
    doc.add_heading("Mål 1. Eleverna känner sig trygga i skolan", 3)
    doc.add_paragraph(f"Kopplat till fullmäktiges mål: {SAFE}")
    doc.add_paragraph("Tryggheten mäts i elevenkäten.")
    doc.add_heading("Mål 2. Ingen elev utsätts för kränkningar", 3)
    doc.add_paragraph(f"Koppling till KF-mål: {SAFE}")
    doc.add_heading("Målområde Lärande", 2)
    doc.add_heading("Mål 3. Eleverna når målen i alla ämnen", 3)
    doc.add_paragraph(f"Kommunfullmäktiges mål: {LEARN}")
    doc.add_heading("Mål 4. Fler elever läser varje dag", 3)
    doc.add_paragraph("Läsningen följs upp varje termin.")
    doc.add_paragraph(f"Koppling till KF-mål: {SAFE}")  # not under the heading: its text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as plan_doc:
        plan = read_plan(plan_doc)
    goals = {g.text: g for g in plan.namndsmal}
    areas: dict[int | None, str] = {a.id: a.namn for a in plan.malomraden}
    assert goals[SAFE].niva.value == "kf" and goals[LEARN].niva.value == "kf"
    assert areas[goals[SAFE].malomrade_id] == "Trygghet"
    assert areas[goals[LEARN].malomrade_id] == "Lärande"
    parents = {
        text: goals[text].overordnat_id
        for text in (
            "Eleverna känner sig trygga i skolan",
            "Ingen elev utsätts för kränkningar",
            "Eleverna når målen i alla ämnen",
            "Fler elever läser varje dag",
        )
    }
    assert parents == {
        "Eleverna känner sig trygga i skolan": goals[SAFE].id,
        "Ingen elev utsätts för kränkningar": goals[SAFE].id,
        "Eleverna når målen i alla ämnen": goals[LEARN].id,
        "Fler elever läser varje dag": None,  # the KF line above is the goal before's own
    }
    assert [g.text for g in plan.namndsmal].count(SAFE) == 1
    assert goals["Eleverna känner sig trygga i skolan"].beskrivning == (
        "Tryggheten mäts i elevenkäten."
    )
    reading = goals["Fler elever läser varje dag"].beskrivning
    assert reading == f"Läsningen följs upp varje termin.\n\nKoppling till KF-mål: {SAFE}"
