"""A målområde's goals written as one list that Word numbers, under a short line naming them
("Nämndens mål"), are the målområde's goals, each with the number Word shows; the list is the
målområde's as a whole, so activities after it go to the målområde, not to its last goal. A
numbered list with no line naming goals above it stays text."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word


def _plan(tmp_path: Path, lead: str) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("Målområde 1: Trygghet", 2)
    doc.add_paragraph("Invånarna ska känna sig trygga.")
    doc.add_paragraph().add_run(lead).bold = True
    doc.add_paragraph("Fler känner sig trygga i centrum.", style="List Number")
    doc.add_paragraph("Brottsligheten minskar.", style="List Number")
    doc.add_paragraph().add_run("Aktiviteter 2027").bold = True
    doc.add_paragraph("Bättre belysning i parkerna. Ansvarig: Gatuchef.", style="List Bullet")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def test_a_numbered_list_under_a_line_naming_goals_is_the_areas_goals(tmp_path: Path) -> None:
    result = read_word(_plan(tmp_path, "Nämndens mål"))
    data = result.data
    (area,) = data["malomraden"]
    goals = data["namndsmal"]
    assert [(g["kod"], g["text"], g["malomrade_id"]) for g in goals] == [
        ("1", "Fler känner sig trygga i centrum.", area["id"]),
        ("2", "Brottsligheten minskar.", area["id"]),
    ]
    (activity,) = data["aktiviteter"]
    assert (activity["ansvarig"], activity["malomrade_id"], activity["namndsmal_id"]) == (
        "Gatuchef",
        area["id"],
        None,
    )
    assert "Nämndens mål" not in area["beskrivning"]  # the list's title


def test_a_numbered_list_without_such_a_line_stays_text(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path, "Så arbetar vi")).data
    assert data["namndsmal"] == []
