"""An activity table laid out as a Gantt chart by month, "Aktivitet | Ansvarig | 2027" over
"jan … dec": the months the work runs are marked by a sign ("X") or only by the cell's
shading; the activity starts on the first day of its first marked month and ends on the last
day of its last one. A dash marks nothing, a row shaded all across (a striped table) marks
only the months shaded otherwise, and words in a month's cell are kept in the description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_months import is_month, month_of
from vplan_desktop.imports.word_tolkning import from_json, role_label, to_json

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _gantt(doc: Any, acts: list[tuple[str, str, dict[int, str]]], year: str) -> Any:
    """A Gantt table: ``year`` merged over the month columns (none when ""), a row per
    activity with the texts of its months."""
    head = [["Aktivitet", "Ansvarig", year or MONTHS[0], *([""] * 11)]]
    if year:
        head.append(["", "", *MONTHS])
    else:
        head[0][2:] = MONTHS
    table = doc.add_table(rows=len(head) + len(acts), cols=14)
    if year:
        table.cell(0, 0).merge(table.cell(1, 0))
        table.cell(0, 1).merge(table.cell(1, 1))
        table.cell(0, 2).merge(table.cell(0, 13))
    for r, row in enumerate(head):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r, (name, who, months) in enumerate(acts, len(head)):
        table.cell(r, 0).text = name
        table.cell(r, 1).text = who
        for m, text in months.items():
            table.cell(r, 1 + m).text = text
    return table


def test_shaded_and_marked_months_give_start_and_end(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Aktiviteter", 1)
    acts = [
        ("Införa läsmodell i årskurs 1–3", "Utvecklingschef", {}),
        ("Lovskola i matematik", "Rektorer", {9: "X", 10: "X", 1: "–", 2: "–"}),
        ("Trygghetsvandringar med elevråden", "Rektorer", {}),
        ("Ny rutin för frånvaroanmälan", "IT-samordnare", {11: "Beslut i nämnden"}),
    ]
    table = _gantt(doc, acts, "2027")
    for m in (3, 4, 5):
        _shade(table.cell(2, 1 + m), "2E75B6")
    for c in range(14):  # a striped row: its shading marks nothing …
        _shade(table.cell(4, c), "F2F2F2")
    table.cell(4, 7)._tc.tcPr.remove(table.cell(4, 7)._tc.tcPr.find(qn("w:shd")))
    _shade(table.cell(4, 7), "2E75B6")  # … the month shaded otherwise does
    doc.save(str(tmp_path / "plan.docx"))
    acts_read = {a["namn"]: a for a in read_word(tmp_path / "plan.docx").data["aktiviteter"]}
    shaded = acts_read["Införa läsmodell i årskurs 1–3"]
    assert (shaded["startdatum"], shaded["slutdatum"]) == ("2027-03-01", "2027-05-31")
    assert shaded["ansvarig"] == "Utvecklingschef"
    marked = acts_read["Lovskola i matematik"]
    assert (marked["startdatum"], marked["slutdatum"]) == ("2027-09-01", "2027-10-31")
    striped = acts_read["Trygghetsvandringar med elevråden"]
    assert (striped["startdatum"], striped["slutdatum"]) == ("2027-06-01", "2027-06-30")
    worded = acts_read["Ny rutin för frånvaroanmälan"]
    assert worded["slutdatum"] == "2027-11-30"
    assert "Beslut i nämnden" in worded["beskrivning"]


def test_months_without_a_year_take_the_one_over_the_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Aktiviteter", 1)
    doc.add_paragraph("Tidplan för aktiviteterna under 2028.")
    table = _gantt(doc, [("Översyn av skolskjutsarna", "Skolskjutshandläggare", {})], "")
    for m in (11, 12):
        _shade(table.cell(1, 1 + m), "70AD47")
    doc.save(str(tmp_path / "plan.docx"))
    (act,) = read_word(tmp_path / "plan.docx").data["aktiviteter"]
    assert (act["startdatum"], act["slutdatum"]) == ("2028-11-01", "2028-12-31")


def test_month_headers() -> None:
    assert month_of("2027 jan") == (1, 2027)
    assert month_of("Mars 2028") == (3, 2028)
    assert month_of("sept.") == (9, None)
    assert month_of("Tidplan 2027 okt") == (10, 2027)
    assert is_month("Maj") and is_month("december")
    assert not any(is_month(h) for h in ("Majoritet", "Mål", "Ansvarig", "2027", "mar–apr"))


def test_the_reading_of_a_gantt_chart_is_saved_and_shown(tmp_path: Path) -> None:
    """The reading kept for the next import (and shown in the review) names the month and
    quarter columns."""
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Aktiviteter", 1)
    _gantt(doc, [("Lovskola i matematik", "Rektorer", {7: "X"})], "2027")
    quarters = doc.add_table(rows=2, cols=4)
    for c, text in enumerate(["Aktivitet", "Ansvarig", "Q1", "Q2"]):
        quarters.cell(0, c).text = text
    for c, text in enumerate(["Ny läroplan i slöjd", "Rektorer", "X", ""]):
        quarters.cell(1, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    reading = read_word(tmp_path / "plan.docx").tolkning
    columns = [c for t in reading.tables.values() for c in t.columns or []]
    assert {"manad", "kvartal"} <= set(columns)
    assert role_label("manad").startswith("Månad") and role_label("kvartal").startswith("Kvartal")
    again = from_json(to_json(reading))
    assert [t.columns for t in again.tables.values()] == [
        t.columns for t in reading.tables.values()
    ]
