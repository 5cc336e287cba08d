"""A goal table may carry activity columns beside its indicators ("KF-mål | Nämndmål |
Indikator | Målvärde 2027 | Aktivitet | Ansvar | Tid", the goals merged down their rows):
the KF goals are KF goals with the nämnd's goals ("Nämndmål", spelled with or without the s)
under them; a row holds an indicator, an activity or both, and each activity – one per bullet
of a cell listing several – is an activity of the row's goal with the row's owner and the end
its time cell gives ("T1 2027" its last day, "Senast 30 juni 2027" that day, "Löpande" no day
but kept as words). A row with an activity and no indicator is a row of its own, not the rest
of the row above. The bold line over the table names the table, not a goal. A later table of
the indicators alone ("Indikator | 2025") gives those indicators their nuläge in the goals that
hold them; it names no goal of its own. A goal table without an activity column keeps an
"Ansvar" column as it did, in the goal's description."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_goal_table import roles
from vplan_desktop.services.read import read_plan

KF = "Kommunen är trygg att leva i."
SAFE = "Invånarna får snabb hjälp vid olyckor."
FEWER = "Färre bränder i hemmen."
ROWS = [
    ["KF-mål", "Nämndmål", "Indikator", "Målvärde 2027", "Aktivitet", "Ansvar", "Tid"],
    [KF, SAFE, "Andel larm med insats inom 20 minuter", "≥ 90 %", "Ny larmplan", "Räddningschef",
     "T1 2027"],
    [KF, SAFE, "Anspänningstid i sekunder", "Högst 90", "", "", ""],
    [KF, SAFE, "", "", "", "Stf räddningschef", "Löpande"],
    [KF, FEWER, "Antal omkomna i bränder", "0", "Hembesök i utsatta områden", "Enhetschef",
     "Senast 30 juni 2027"],
]  # fmt: skip
BULLETS = ["Utbilda deltidsbrandmän i hjärt-lungräddning", "Ny insatsplan för genomfarten"]
"""The two activities of the row without an indicator, one bullet each."""


def _document(tmp_path: Path, merged: bool = True) -> Path:
    """The plan; ``merged`` False writes each goal once over its rows, the cells below blank."""
    doc = Document()
    doc.add_paragraph().add_run("Räddningsnämndens verksamhetsplan 2027").bold = True
    doc.add_heading("Mål, indikatorer och aktiviteter", 1)
    doc.add_paragraph("Tabellen visar hur fullmäktiges mål bryts ner i nämndens mål.")
    doc.add_paragraph().add_run("Målnedbrytning 2027").bold = True
    table = doc.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            if c < 2 and r > 1 and text == ROWS[r - 1][c]:
                continue
            table.cell(r, c).text = text
    if merged:
        table.cell(1, 0).merge(table.cell(4, 0))
        table.cell(1, 1).merge(table.cell(3, 1))
    cell = table.cell(3, 4)
    for number, text in enumerate(BULLETS):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.style = "List Bullet"
        paragraph.add_run(text)
    doc.add_paragraph().add_run("Utgångsvärden 2025").bold = True
    baseline = doc.add_table(rows=4, cols=2)
    for r, row in enumerate(
        [
            ["Indikator", "2025"],
            ["Antal omkomna i bränder", "1"],
            ["Andel larm med insats inom 20 minuter", "87 %"],
            ["Anspänningstid i sekunder", "94"],
        ]
    ):
        for c, text in enumerate(row):
            baseline.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def _by_text(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["text"]: g for g in data["namndsmal"]}


@pytest.mark.parametrize("merged", [True, False])
def test_kf_goals_with_the_namnd_goals_under_them_and_no_caption_goal(
    tmp_path: Path, merged: bool
) -> None:
    data = read_word(_document(tmp_path, merged)).data
    goals = _by_text(data)
    assert set(goals) == {KF, SAFE, FEWER}  # neither caption is a goal
    assert goals[KF]["niva"] == "kf"
    assert [goals[t]["niva"] for t in (SAFE, FEWER)] == ["namnd", "namnd"]
    assert goals[SAFE]["overordnat_id"] == goals[FEWER]["overordnat_id"] == goals[KF]["id"]
    assert [i["namn"] for i in goals[SAFE]["indikatorer"]] == [
        "Andel larm med insats inom 20 minuter",
        "Anspänningstid i sekunder",
    ]


def test_the_activity_columns_give_the_row_goals_activities(tmp_path: Path) -> None:
    data = read_word(_document(tmp_path)).data
    goals = {g["id"]: g["text"] for g in data["namndsmal"]}
    got = [
        (a["namn"], goals.get(a["namndsmal_id"]), a.get("ansvarig"), a.get("slutdatum"))
        for a in data["aktiviteter"]
    ]
    assert got == [
        ("Ny larmplan", SAFE, "Räddningschef", "2027-04-30"),
        (BULLETS[0], SAFE, "Stf räddningschef", None),
        (BULLETS[1], SAFE, "Stf räddningschef", None),
        ("Hembesök i utsatta områden", FEWER, "Enhetschef", "2027-06-30"),
    ]
    described = {a["namn"]: a["beskrivning"] for a in data["aktiviteter"]}
    assert described[BULLETS[0]] == "Tid: Löpande"  # no day, the words kept
    assert described["Ny larmplan"] == "Tid: T1 2027"
    # the activity texts are not also kept in the goals' descriptions
    assert all("Ny larmplan" not in g["beskrivning"] for g in data["namndsmal"])


def test_the_later_baseline_table_gives_the_indicators_their_nulage(tmp_path: Path) -> None:
    import_word(_document(tmp_path), tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert {g.text for g in plan.namndsmal} == {KF, SAFE, FEWER}
    nulage = {i.namn: (i.nulage_ar, i.nulage) for i in plan.indikatorer}
    assert nulage == {
        "Andel larm med insats inom 20 minuter": (2025, Decimal(87)),
        "Anspänningstid i sekunder": (2025, Decimal(94)),
        "Antal omkomna i bränder": (2025, Decimal(1)),
    }
    assert {a.namn for a in plan.aktiviteter} >= set(BULLETS)


def test_an_owner_column_without_an_activity_column_stays_with_the_goal() -> None:
    context = TableContext(path=["Mål"], part="mal", first_year=2027, last_year=2027)
    assert roles(["Nämndsmål", "Indikator", "Målvärde 2027", "Ansvar"], context) == [
        "grupp",
        "namn",
        "mal:2027",
        "ovrigt",
    ]
    with_activities = [
        "Nämndmål",
        "Indikator",
        "Målvärde 2027",
        "Åtgärder 2027",
        "Ansvarig",
        "Klart",
    ]
    assert roles(with_activities, context) == [
        "grupp",
        "namn",
        "mal:2027",
        "aktivitet",
        "ansvarig",
        "slutdatum",
    ]


def test_a_caption_over_an_indicator_table_is_no_goal(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph("Nämnden följer upp tryggheten med en indikator.")
    doc.add_paragraph().add_run("Indikatorer och målvärden 2027").bold = True
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["Indikator", "Nuläge 2025", "Målvärde 2027"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["Andel trygga invånare", "71 %", "≥ 75 %"]):
        table.cell(1, c).text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    (goal,) = data["namndsmal"]
    assert goal["text"] != "Indikatorer och målvärden 2027"
    assert [i["namn"] for i in goal["indikatorer"]] == ["Andel trygga invånare"]


def test_a_name_over_its_description_and_no_cell_dropped(tmp_path: Path) -> None:
    described = (
        "Planen tas fram tillsammans med grannkommunerna och räddningsregionen och ska "
        "beskriva hur larm, ledning och resurser fördelas när flera olyckor sker samtidigt."
    )
    rows = [
        ["Nämndsmål", "Indikator", "Målvärde 2027", "Åtgärder", "Ansvarig", "Klart", "Kommentar"],
        [SAFE, "Anspänningstid i sekunder", "90", "", "Räddningschef", "Löpande", ""],
        [SAFE, "", "", f"Ny larmplan\n{described}", "Stf räddningschef", "2027-03-31", "Ny"],
    ]
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål och indikatorer", 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            lines = text.split("\n")
            cell = table.cell(r, c)
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    (goal,) = data["namndsmal"]
    (activity,) = data["aktiviteter"]
    assert (activity["namn"], activity["ansvarig"], activity["slutdatum"]) == (
        "Ny larmplan",
        "Stf räddningschef",
        "2027-03-31",
    )
    assert activity["beskrivning"] == f"{described}\n\nKommentar: Ny"
    assert "Ansvarig: Räddningschef" in goal["beskrivning"]
    assert "Klart: Löpande" in goal["beskrivning"]
