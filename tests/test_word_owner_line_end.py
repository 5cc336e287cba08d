"""An activity written as a list item with its owner on the line under it, the end in a
sentence of its own after the owner: "Ansvarig: Kulturskolechef. Klart: augusti 2027." The
"Klart:" label is read as on a line of its own, so the end is the period's last day: a month's
("augusti 2027" → 2027-08-31), a quarter's ("Q3 2027" → 2027-09-30), a year's; a day written
out is that day, and words that name no period ("Klart: löpande") are kept as words."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word

ACTIVITIES = [
    ("Starta prova-på-verksamhet i kulturskolan", "Kulturskolechef", "augusti 2027"),
    ("Införa meröppet på biblioteken", "Bibliotekschef", "Q3 2027"),
    ("Ta fram en friluftsplan", "Fritidskonsulent", "2027-06-30"),
    ("Utveckla Kultur för seniorer", "Kulturchef", "löpande"),
]
GOAL = "Fler barn och unga deltar i kultur- och fritidsaktiviteter varje vecka."


def _plan(path: Path) -> Path:
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bibliotek, kulturskola och fritidsgårdar.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Målområde 1: Kultur och fritid för alla", 2)
    goal = doc.add_paragraph()
    goal.add_run(f"Nämndsmål 1.1 {GOAL}").bold = True
    table = doc.add_table(rows=2, cols=3)
    cells = ("Indikator", "Nuläge 2025", "Mål 2027", "Besök per invånare", "4,8", "5,0")
    for cell, text in zip(table._cells, cells, strict=True):
        cell.text = text
    label = doc.add_paragraph()
    label.add_run("Aktiviteter").bold = True
    for name, who, when in ACTIVITIES:
        doc.add_paragraph(name, style="List Bullet")
        doc.add_paragraph(f"Ansvarig: {who}. Klart: {when}.", style="List Bullet 2")
    doc.save(str(path))
    return path


def test_the_end_after_the_owner_is_read_past_its_label(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path / "plan.docx")).data
    activities = data["aktiviteter"]
    read = {a["namn"]: (a.get("ansvarig"), a.get("slutdatum")) for a in activities}
    assert read == {
        "Starta prova-på-verksamhet i kulturskolan": ("Kulturskolechef", "2027-08-31"),
        "Införa meröppet på biblioteken": ("Bibliotekschef", "2027-09-30"),
        "Ta fram en friluftsplan": ("Fritidskonsulent", "2027-06-30"),
        "Utveckla Kultur för seniorer": ("Kulturchef", None),
    }
    [goal] = data["namndsmal"]
    assert {a["namndsmal_id"] for a in activities} == {goal["id"]}
    seniors = next(a for a in activities if a["namn"].startswith("Utveckla"))
    assert seniors["beskrivning"] == "löpande."  # no period: the words are kept
