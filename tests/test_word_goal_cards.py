"""Goals in a "målkort" (one table per goal: "Målområde | …", "Nämndens mål | …", an
indicator header row, an "Aktiviteter" row of typed lines) and in one table whose målområde
and nämndsmål columns are merged down their rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_source, read_word
from vplan_desktop.imports.word_goal_card import area_name, is_card


def _table(doc: Any, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    return table


def _card(doc: Any, area: str, goal: str, activities: list[str]) -> None:
    rows = [
        ["Målområde", area, "", ""],
        ["Nämndens mål", goal, "", ""],
        ["Indikator", "Utgångsvärde", "Mål 2027", "Mål 2028"],
        ["Besök per invånare", "4,1 (2025)", "4,5", "5,0"],
        ["Andel nöjda besökare", "81 % (2024)", "85 %", "88 %"],
        ["Aktiviteter", "", "", ""],
    ]
    table = _table(doc, rows, [(0, 1, 0, 3), (1, 1, 1, 3), (5, 1, 5, 3)])
    cell = table.cell(5, 1)
    for number, line in enumerate(activities):
        (cell.paragraphs[0] if number == 0 else cell.add_paragraph()).add_run(line)
    doc.add_paragraph("")


def test_a_goal_card_gives_its_area_goal_indicators_and_activities(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål", 1)
    _card(
        doc,
        "Ett rikt kulturliv",
        "Fler invånare besöker biblioteken.",
        ["• Meröppet bibliotek (ansvar: Bibliotekschef, klart: vt 2027)",
         "• Bokprat i förskolan (ansvar: Barnbibliotekarie, klart: ht 2027)"],
    )  # fmt: skip
    _card(doc, "Ett rikt kulturliv", "Kulturskolan når alla barn.", [])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    assert [a["namn"] for a in data["malomraden"]] == ["Ett rikt kulturliv"]
    first, second = data["namndsmal"]
    assert first["text"] == "Fler invånare besöker biblioteken."
    assert first["malomrade_id"] == second["malomrade_id"] == data["malomraden"][0]["id"]
    share = first["indikatorer"][1]
    assert share["namn"] == "Andel nöjda besökare" and share["enhet"] == "%"
    assert share["nulage"]["ar"] == 2024 and share["nulage"]["varde"] == Decimal(81)
    assert share["malnivaer"] == {"2027": Decimal(85), "2028": Decimal(88)}
    assert [i["namn"] for i in second["indikatorer"]] == [i["namn"] for i in first["indikatorer"]]
    activities = [(a["namn"], a["ansvarig"], a["slutdatum"]) for a in data["aktiviteter"]]
    assert activities == [
        ("Meröppet bibliotek", "Bibliotekschef", "2027-06-30"),
        ("Bokprat i förskolan", "Barnbibliotekarie", "2027-12-31"),
    ]
    assert all(a["namndsmal_id"] == first["id"] for a in data["aktiviteter"])


def test_a_label_table_without_indicators_is_no_goal_card(tmp_path: Path) -> None:
    """Negative: a table of labels and merged values (no indicator header row) stays a table."""
    doc = Document()
    rows = [["Mål", "Fler besöker biblioteken", ""], ["Ansvar", "Kulturchef", ""]]
    rows.append(["Uppföljning", "Två gånger per år", ""])
    _table(doc, rows, [(0, 1, 0, 2), (1, 1, 1, 2), (2, 1, 2, 2)])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert not any(is_card(b) for b in read_source(path).blocks)


def test_målområde_and_nämndsmål_merged_down_one_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Mål och indikatorer", 1)
    rows = [
        ["Målområde", "Nämndsmål", "Indikator", "Utgångsvärde 2025", "Målvärde 2027"],
        ["Trygghet", "Barn får stöd i tid.", "Utredningar inom fyra månader", "71 %", "85 %"],
        ["", "", "Förhandsbedömningar inom 14 dagar", "82 %", "95 %"],
        ["", "Våldsutsatta får skydd.", "Skyddsbedömningar", "64 %", "90 %"],
        ["Försörjning", "Fler går till arbete.", "Avslut till arbete", "31 %", "40 %"],
    ]
    _table(doc, rows, [(1, 0, 3, 0), (1, 1, 2, 1)])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    areas = {a["id"]: a["namn"] for a in data["malomraden"]}
    goals = [
        (areas[g["malomrade_id"]], g["text"], len(g["indikatorer"])) for g in data["namndsmal"]
    ]
    assert goals == [
        ("Trygghet", "Barn får stöd i tid.", 2),
        ("Trygghet", "Våldsutsatta får skydd.", 1),
        ("Försörjning", "Fler går till arbete.", 1),
    ]


def test_an_area_heading_keeps_its_outline_number_apart() -> None:
    assert area_name("4.1 Hållbar miljö") == ("Hållbar miljö", "4.1")
    assert area_name("Målområde 2: Trygghet") == ("Trygghet", "")
    assert area_name("2030 års mål", "") == ("2030 års mål", "")  # no outline number


def test_a_heading_over_goal_rows_with_their_indicators_is_a_målområde(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("4 Mål och indikatorer", 1)
    doc.add_heading("4.1 Hållbar miljö", 2)
    rows = [["Nämndsmål", "Indikatorer", "Nuläge 2025", "Mål 2027"]]
    rows.append(["Mål 3: Vattnet blir renare.", "Godkända avlopp, andel", "61 %", "65 %"])
    _table(doc, rows, [])
    doc.add_heading("4.2 Service", 2)  # negative: over indicators alone, the heading is the goal
    _table(doc, [["Indikator", "Mål 2027"], ["Nöjd kund-index", "70"]], [])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    areas = {a["id"]: (a["kod"], a["namn"]) for a in data["malomraden"]}
    goals = [(areas[g["malomrade_id"]], g["kod"], g["text"]) for g in data["namndsmal"]]
    assert goals[0] == (("4.1", "Hållbar miljö"), "3", "Vattnet blir renare.")
    assert len(goals) == 2 and goals[1][2].endswith("Service")
