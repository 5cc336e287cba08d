"""The nämnd's goals written as one list Word numbers, outside any målområde: a list whose
numbering shows a goal's label ("Mål 1", the level text "Mål %1"), or the first list under a
heading naming goals ("Mål och indikatorer"), is the goals, each keeping its shown number
without the label. An indicator table with a goal-link column ("Bidrar till mål": "Mål 2 och
3") gives each row's indicator to every goal the cell names, by number; its caption names the
table and is no goal. A numbered list under any other heading stays text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_goal_link import linked_numbers

GOALS = [
    "Invånarna får ett snabbt och rättssäkert bemötande.",
    "Kommunen har en ekonomi i balans.",
    "Kommunen är en attraktiv arbetsgivare.",
]


def _goal_list(doc: Any) -> int:
    """A one-level list numbered "Mål 1", "Mål 2"; its numId."""
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="Mål %1"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    )
    return 77


def _plan(tmp_path: Path, heading: str, labelled: bool, links: list[str] | None = None) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Planen beskriver styrelsens arbete under året.")
    doc.add_heading(heading, 1)
    doc.add_paragraph("Styrelsens prioriteringar är:")
    num = _goal_list(doc) if labelled else 0
    for text in GOALS:
        if labelled:
            paragraph = doc.add_paragraph(text)
            paragraph._p.get_or_add_pPr().insert(
                0,
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
                ),
            )
        else:
            doc.add_paragraph(text, style="List Number")
    if links is not None:
        doc.add_heading("Verksamhetsmått – Ekonomienheten", 3)
        rows = [["Indikator", "Bidrar till mål", "Utfall 2025", "Mål 2027"]]
        names = ["Andel fakturor betalda i tid", "Sjukfrånvaro", "Andel ärenden lösta direkt"]
        for name, link, (base, target) in zip(
            names, links, [("91 %", "95 %"), ("7,9 %", "7,2 %"), ("58 %", "65 %")], strict=True
        ):
            rows.append([name, link, base, target])
        table = doc.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def test_a_list_numbered_with_goal_labels_is_the_goals(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path, "Bilaga 1 Styrelsens inriktning", labelled=True)).data
    goals = data["namndsmal"]
    assert [(g["kod"], g["text"], g["niva"]) for g in goals] == [
        ("1", GOALS[0], "namnd"),
        ("2", GOALS[1], "namnd"),
        ("3", GOALS[2], "namnd"),
    ]


def test_the_first_list_under_a_heading_naming_goals_is_the_goals(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path, "Mål och indikatorer", labelled=False)).data
    assert [(g["kod"], g["text"]) for g in data["namndsmal"]] == [
        ("1", GOALS[0]),
        ("2", GOALS[1]),
        ("3", GOALS[2]),
    ]


def test_a_numbered_list_under_another_heading_stays_text(tmp_path: Path) -> None:
    data = read_word(_plan(tmp_path, "Prioriteringar", labelled=False)).data
    assert data["namndsmal"] == []


def test_a_goal_link_column_gives_each_indicator_to_the_goals_it_names(tmp_path: Path) -> None:
    path = _plan(tmp_path, "Bilaga 1", labelled=True, links=["Mål 2", "Mål 2 och 3", "Mål 1"])
    data = read_word(path).data
    goals = data["namndsmal"]
    assert [g["text"] for g in goals] == GOALS  # the caption is no goal
    by_goal = {g["text"]: [i["namn"] for i in g["indikatorer"]] for g in goals}
    assert by_goal == {
        GOALS[0]: ["Andel ärenden lösta direkt"],
        GOALS[1]: ["Andel fakturor betalda i tid", "Sjukfrånvaro"],
        GOALS[2]: ["Sjukfrånvaro"],
    }
    (sick,) = goals[2]["indikatorer"]
    assert sick["nulage"]["varde"] == Decimal("7.9")
    assert sick["malnivaer"] == {"2027": Decimal("7.2")}
    assert sick["enhet"] == "%"


def test_link_cells_name_goal_numbers() -> None:
    assert linked_numbers("Mål 1 och 3") == ["1", "3"]
    assert linked_numbers("2, 4") == ["2", "4"]
    assert linked_numbers("Mål 1.2") == ["1.2"]
    assert linked_numbers("Ekonomi i balans") == []
    assert linked_numbers("Mål 2027") == []
