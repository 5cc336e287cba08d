"""Activities listed in the plan's own activities chapter ("Aktiviteter 2027"), outside any
goal: a numbered list whose items give the owner labelled after the name, set off by a dash
("Införa meröppet – ansvarig: Bibliotekschef, klart: 2027-10-31"). Each item is an activity
of the nämnd, tied to no goal, with its owner and end date; the chapter's other lines stay its
text. The same line under a goal is that goal's activity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_lines import activity_line


def test_the_owner_labelled_after_a_dash_or_in_brackets() -> None:
    found = activity_line(
        "Införa meröppet på biblioteken – ansvarig: Bibliotekschef, klart: 2027-10-31"
    )
    assert found is not None
    assert (found["namn"], found["ansvarig"], found["slutdatum"]) == (
        "Införa meröppet på biblioteken",
        "Bibliotekschef",
        "2027-10-31",
    )
    bracketed = activity_line("Ny taxa (Ansvarig: Fritidschef, klart: 2027-03-31)")
    assert bracketed is not None and bracketed["ansvarig"] == "Fritidschef"
    owner_only = activity_line("Barn- och ungdomsplan, ansvar: Kulturchef")
    assert owner_only is not None and owner_only["namn"] == "Barn- och ungdomsplan"
    assert activity_line("Under 2027 genomför förvaltningen följande.") is None
    assert activity_line("Kulturskolan – en skola för alla") is None


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def test_numbered_activities_in_the_activities_chapter(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Rapporten skrivs – ansvarig: Kansliet, klart: 2027-01-31", "List Number")
    doc.add_heading("Aktiviteter 2027", 1)
    doc.add_paragraph("Under 2027 genomför förvaltningen följande aktiviteter.")
    doc.add_paragraph(
        "Införa meröppet på biblioteken – ansvarig: Bibliotekschef, klart: 2027-10-31",
        "List Number",
    )
    doc.add_paragraph(
        "Revidera reglerna för aktivitetsstöd – ansvarig: Fritidschef, klart: 2027-03-31",
        "List Number",
    )
    result = _read(doc, tmp_path)
    activities = result.data["aktiviteter"]
    assert [(a["namn"], a["ansvarig"], a["slutdatum"]) for a in activities] == [
        ("Införa meröppet på biblioteken", "Bibliotekschef", "2027-10-31"),
        ("Revidera reglerna för aktivitetsstöd", "Fritidschef", "2027-03-31"),
    ]
    assert all(a["namndsmal_id"] is None for a in activities)
    chapters = {c["rubrik"]: c["text"] for c in result.data["kapitel"]}
    assert "följande aktiviteter" in chapters["Aktiviteter 2027"]
    assert "Införa meröppet" not in chapters["Aktiviteter 2027"]
    assert "Rapporten skrivs" in chapters["Inledning"]  # not in the activities' part


def test_a_dash_labelled_activity_under_a_goal_is_the_goals(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Nämndens mål 2027", 1)
    doc.add_heading("Mål 1: Fler barn läser på fritiden", 2)
    doc.add_paragraph(
        "Starta projektet Sommarboken – ansvarig: Bibliotekschef, klart: 2027-06-30",
        "List Number",
    )
    result = _read(doc, tmp_path)
    goal = result.data["namndsmal"][0]
    assert [(a["namn"], a["ansvarig"], a["namndsmal_id"]) for a in result.data["aktiviteter"]] == [
        ("Starta projektet Sommarboken", "Bibliotekschef", goal["id"])
    ]
