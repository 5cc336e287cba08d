"""Goals written as bold lines over "Så här mäter vi:" and a bulleted list of indicators with
their figures in brackets (``word_measured_goals``, "nytt mått" in ``word_list_lines``), and a
summary table "Mål | Indikator | Nuläge | Målvärde" whose years a sentence above it gives
(``word_target_year_line``); a goal in the table sharing only "arbete eller studier" with a
goal above is a goal of its own (``word_goal_match``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_goal_match import goal_named
from vplan_desktop.imports.word_list_lines import bracketed_indicator
from vplan_desktop.imports.word_result import Became

LABEL = "Så här mäter vi:"
GOALS = [
    ("Brukare har inflytande över sitt stöd.", [
        "Andel brukare som får bestämma om viktiga saker (2025: 64 %, mål 2027: 70 %)",
        "Andel planer som följts upp (2024: 71 %, mål 2027: 90 %, mål 2029: 95 %)",
    ]),
    ("Fler deltagare tar steg mot arbete", [
        "Antal praktikplatser (2025: 11, mål 2027: 15)",
        "Antal nya platser i daglig verksamhet (nytt mått, mål 2027: 8)",
    ]),
]  # fmt: skip


def _str(values: dict[str, Any]) -> dict[str, str]:
    return {year: str(value) for year, value in values.items()}


def _start(heading: str) -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Socialnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    doc.add_paragraph("Nämndens mål följs upp i delårsrapporten.")
    doc.add_heading(heading, 2)
    return doc


def _end(doc: Any, tmp_path: Path) -> Any:
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram är oförändrad.")
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


def _measured(tmp_path: Path, label: str) -> Any:
    doc = _start("Stöd och service")
    doc.add_paragraph("Verksamheten har två mål för perioden.")
    for goal, items in GOALS:
        doc.add_paragraph().add_run(goal).bold = True
        if label:
            doc.add_paragraph(label)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    return _end(doc, tmp_path)


def test_bold_lines_over_a_measure_label_are_goals_with_their_indicators(tmp_path: Path) -> None:
    result = _measured(tmp_path, LABEL)
    goals = result.data["namndsmal"]
    assert [g["text"] for g in goals] == [
        "Brukare har inflytande över sitt stöd",
        "Fler deltagare tar steg mot arbete",
    ]
    assert [a["namn"] for a in result.data["malomraden"]] == ["Stöd och service"]
    first, second = goals[0]["indikatorer"], goals[1]["indikatorer"]
    assert [(i["nulage"]["ar"], str(i["nulage"]["varde"]), i["enhet"]) for i in first] == [
        (2025, "64", "%"),
        (2024, "71", "%"),
    ]
    assert _str(first[1]["malnivaer"]) == {"2027": "90", "2029": "95"}
    assert second[1]["namn"] == "Antal nya platser i daglig verksamhet"
    assert "nulage" not in second[1] and _str(second[1]["malnivaer"]) == {"2027": "8"}
    source = read_source(tmp_path / "plan.docx")
    labels = [b.index for b in source.blocks if b.text == LABEL]
    assert [result.outcomes[i].became for i in labels] == [Became.STRUKTUR] * 2


def test_without_the_label_the_bold_lines_are_no_measured_goals(tmp_path: Path) -> None:
    """Negative: a bold line straight over a list is not read by this rule."""
    result = _measured(tmp_path, "")
    texts = [g["text"] for g in result.data["namndsmal"]]
    assert "Brukare har inflytande över sitt stöd" not in texts


def test_a_new_measure_in_brackets_has_targets_and_no_baseline() -> None:
    found = bracketed_indicator("Antal platser (nytt mått, mål 2027: 8)")
    assert found is not None and "nulage" not in found
    assert found["namn"] == "Antal platser" and _str(found["malnivaer"]) == {"2027": "8"}
    assert bracketed_indicator("Antal besök (fysiska och digitala)") is None
    assert bracketed_indicator("Antal besök (gamla mått, mål 2027: 8)") is None


def _summary(tmp_path: Path, lead: str) -> Any:
    doc = _start("Arbetsmarknad och integration")
    doc.add_paragraph(lead)
    rows = [
        ["Mål", "Indikator", "Nuläge", "Målvärde"],
        ["Fler hushåll blir självförsörjande", "Andel hushåll med långvarigt bistånd", "36 %",
         "30 %"],
        ["", "Genomsnittlig tid med bistånd, månader", "6,8", "6,0"],
        ["Nyanlända kommer snabbare i arbete eller studier",
         "Andel deltagare i arbete efter programmet", "48 % (2024)", "55 %"],
    ]  # fmt: skip
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 0).text = rows[1][0]
    return _end(doc, tmp_path)


STATED = (
    "Målen sammanfattas i tabellen. Nuläget avser 2025 och målvärdet avser 2027 om inget annat "
    "anges."
)


def _figures(result: Any) -> list[tuple[Any, Any, dict[str, str]]]:
    return [
        (i.get("nulage", {}).get("ar"), str(i.get("nulage", {}).get("varde")), _str(i["malnivaer"]))
        for g in result.data["namndsmal"]
        for i in g["indikatorer"]
    ]


def test_a_sentence_above_a_summary_table_gives_its_columns_years(tmp_path: Path) -> None:
    result = _summary(tmp_path, STATED)
    assert _figures(result) == [
        (2025, "36", {"2027": "30"}),
        (2025, "6.8", {"2027": "6.0"}),
        (2024, "48", {"2027": "55"}),  # the cell's own year comes first
    ]
    chapters = " ".join(str(c) for c in result.data["malomraden"])
    assert "Nuläget avser 2025" in chapters  # the lead-in stays text


def test_without_the_sentence_the_columns_have_no_years(tmp_path: Path) -> None:
    """Negative: a lead-in naming no years gives none."""
    result = _summary(tmp_path, "Målen sammanfattas i tabellen.")
    assert [(y, t) for y, _, t in _figures(result)][:2] == [(None, {}), (None, {})]


def test_goals_sharing_only_or_and_the_last_words_are_not_the_same() -> None:
    above = [{"text": "Fler deltagare i daglig verksamhet tar steg mot arbete eller studier"}]
    assert goal_named("Nyanlända kommer snabbare i arbete eller studier", above) is None
    assert goal_named("Daglig verksamhet mot arbete", above) is above[0]
