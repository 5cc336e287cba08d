"""A flat goal table whose rows say what they are in a "Typ" column ("KF", "NM", "I", "A",
explained in a legend line under the table, or written out): goals of their level, the
nämndmål under the KF-mål above them, indicators and activities under the nearest goal above;
the legend is structure, not text of the plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_row_types import code_legend, row_kinds

HEADER = ["Typ", "Nr", "Text", "Nuläge 2025", "Mål 2027", "Mål 2028", "Ansvarig", "Klart"]
KF_GOAL = "Invånarna är nöjda med kommunens service."
GOAL_1 = "Besökare får snabba och korrekta svar."
GOAL_2 = "Handläggningen är rättssäker och effektiv."
ROWS = [
    ["KF", "1", KF_GOAL, "", "", "", "", ""],
    ["I", "1.a", "Nöjd-Kund-Index för verksamheten", "61 (2024)", "68", "70", "", ""],
    ["NM", "1.1", GOAL_1, "", "", "", "", ""],
    ["I", "1.1.a", "Andel besökare som får svar samma dag", "82 %", "90 %", "–", "–", "–"],
    ["A", "1.1.b", "Införa en gemensam kundtjänst", "–", "–", "–", "Enhetschef", "mar 2027"],
    ["NM", "1.2", GOAL_2, "", "", "", "", ""],
    ["I", "1.2.a", "Handläggningstid i dagar", "41", "Högst 35", "Högst 30", "", ""],
    ["A", "1.2.b", "Se över delegationsordningen", "–", "–", "–", "Nämndsekreterare", "Löpande"],
]
LEGEND = "Typ: KF = kommunfullmäktiges mål, NM = nämndmål, I = indikator, A = aktivitet."


def _read(tmp_path: Path, rows: list[list[str]], legend: str = "") -> tuple[Any, int | None]:
    doc = Document()
    for text in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if legend:
        doc.add_paragraph(legend)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämnden har en ram på 12 mnkr.")
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    blocks = result.source.blocks if result.source else []
    at = next((b.index for b in blocks if legend and b.text == legend), None)
    return result, at


def test_code_legend() -> None:
    assert code_legend(LEGEND) == {
        "KF": "kommunfullmäktiges mål",
        "NM": "nämndmål",
        "I": "indikator",
        "A": "aktivitet",
    }
    assert code_legend("Ö = övergripande mål; D = delmål") == {
        "Ö": "övergripande mål",
        "D": "delmål",
    }


def test_no_code_legend() -> None:
    assert code_legend("Tabellen nedan är hämtad ur nämndens uppföljningsfil.") == {}
    assert code_legend("Källa: SCB") == {}  # one label, no codes
    assert code_legend("Typ: KF = kommunfullmäktiges mål") == {}  # one code is no legend


def test_row_kinds_by_the_legend() -> None:
    headers = ["Typ", "Text", "Mål 2027"]
    cells = ["Ö\nD\nM\nÅ", "a\nb\nc\nd", ""]
    legend = "Typ: Ö = övergripande mål, D = delmål, M = mått, Å = åtgärd"
    assert row_kinds(headers, cells, [legend]) == (
        0,
        {"Ö": "kf", "D": "namnd", "M": "indikator", "Å": "aktivitet"},
    )
    assert row_kinds(headers, cells, []) is None  # "Ö", "D", "Å" say nothing by themselves


def test_row_kinds_written_out() -> None:
    headers = ["Nr", "Nivå", "Beskrivning", "Målvärde 2027"]
    cells = ["", "Nämndmål\nIndikator\nAktivitet", "", ""]
    assert row_kinds(headers, cells, []) == (
        1,
        {"Nämndmål": "namnd", "Indikator": "indikator", "Aktivitet": "aktivitet"},
    )


def test_no_typed_rows() -> None:
    headers = ["Typ", "Indikator", "Mål 2027"]
    assert row_kinds(headers, ["Kvalitet\nEkonomi", "", ""], []) is None  # no kinds of rows
    assert row_kinds(headers, ["KF\nNM", "", ""], []) is None  # goals only: no tree to read
    assert row_kinds(["Kategori", "Text"], ["I\nA", ""], []) is None  # nothing to hang them in


def test_typed_table_reads_the_goal_tree(tmp_path: Path) -> None:
    result, legend = _read(tmp_path, [HEADER, *ROWS], LEGEND)
    data = result.data
    goals = {g["text"]: g for g in data["namndsmal"]}
    assert set(goals) == {KF_GOAL, GOAL_1, GOAL_2}
    assert goals[KF_GOAL]["niva"] == "kf"
    assert goals[GOAL_1]["niva"] == goals[GOAL_2]["niva"] == "namnd"
    assert goals[GOAL_1]["overordnat_id"] == goals[KF_GOAL]["id"]
    assert goals[GOAL_2]["overordnat_id"] == goals[KF_GOAL]["id"]
    assert goals[GOAL_1]["kod"] == "1.1"
    nki = goals[KF_GOAL]["indikatorer"][0]  # straight under the KF-mål: that goal's
    assert nki["namn"] == "Nöjd-Kund-Index för verksamheten"
    assert nki["nulage"]["ar"] == 2024
    (same_day,) = goals[GOAL_1]["indikatorer"]
    assert same_day["enhet"] == "%"
    assert set(same_day["malnivaer"]) == {"2027"}  # "–" is no target
    assert not goals[GOAL_1]["beskrivning"]  # the dashes are nothing to keep
    activities = {a["namn"]: a for a in data["aktiviteter"]}
    service = activities["Införa en gemensam kundtjänst"]
    assert service["namndsmal_id"] == goals[GOAL_1]["id"]
    assert service["ansvarig"] == "Enhetschef"
    assert service["slutdatum"] == "2027-03-31"
    ongoing = activities["Se över delegationsordningen"]
    assert ongoing["namndsmal_id"] == goals[GOAL_2]["id"]
    assert "slutdatum" not in ongoing
    assert "Löpande" in ongoing["beskrivning"]  # the words are kept
    names = {i["namn"] for g in data["namndsmal"] for i in g["indikatorer"]}
    assert not names & {"KF", "NM", "I", "A", KF_GOAL, GOAL_1}  # no row read as an indicator
    assert legend is not None and result.outcomes[legend].became is Became.STRUKTUR
    assert all("kommunfullmäktiges mål" not in c["text"] for c in data["kapitel"])


def test_typed_table_with_the_kinds_written_out(tmp_path: Path) -> None:
    words = {"KF": "KF-mål", "NM": "Nämndmål", "I": "Indikator", "A": "Aktivitet"}
    rows = [[words[r[0]], *r[1:]] for r in ROWS]
    data = _read(tmp_path, [HEADER, *rows])[0].data
    goals = {g["text"]: g for g in data["namndsmal"]}
    assert set(goals) == {KF_GOAL, GOAL_1, GOAL_2}
    assert [i["namn"] for i in goals[GOAL_2]["indikatorer"]] == ["Handläggningstid i dagar"]
    assert len(data["aktiviteter"]) == 2
