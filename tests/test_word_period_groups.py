"""An activity table grouped by shaded merged rows naming a period ("Kvartal 2 (april–juni)",
"Pågår under hela året") and no date column: each group row is its activities' slutdatum, the
period's last day in the plan's first year when it names none, the row's words kept in the
description; it is no målområde. A group row naming no period ("Löpande", "Förskola") gives
no date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_period_groups import group_end


def _activities(tmp_path: Path, rows: list[list[str]]) -> tuple[dict[str, Any], list[str]]:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Mål", 1)
    doc.add_paragraph().add_run("Mål 1. Ärendena handläggs snabbt.").bold = True
    doc.add_paragraph("Nämnden följer målet varje kvartal.")
    doc.add_heading("Tidplan", 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        if len(cells) == 1:  # a group row across the table
            table.cell(r, 0).merge(table.cell(r, len(rows[0]) - 1)).text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    data = read_word(tmp_path / "plan.docx").data
    return {a["namn"]: a for a in data["aktiviteter"]}, [m["namn"] for m in data["malomraden"]]


def test_a_period_group_row_dates_its_activities(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Mål", "Ansvarig"],
        ["Kvartal 2 (april–juni)"],
        ["Ta fram en checklista", "Mål 1", "Handläggare"],
        ["Pågår under hela året"],
        ["Telefontid varje vardag", "Mål 1", "Assistent"],
    ]
    found, areas = _activities(tmp_path, rows)
    checklist, phone = found["Ta fram en checklista"], found["Telefontid varje vardag"]
    assert checklist["slutdatum"] == "2027-06-30" and checklist["ansvarig"] == "Handläggare"
    assert "Kvartal 2 (april–juni)" in checklist["beskrivning"]
    assert phone["slutdatum"] == "2027-12-31"
    assert not any(a.startswith(("Kvartal", "Pågår")) for a in areas)


def test_a_group_row_naming_no_period_gives_no_date(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Mål", "Ansvarig"],
        ["Löpande"],
        ["Ta fram en checklista", "Mål 1", "Handläggare"],
    ]
    found, _ = _activities(tmp_path, rows)
    assert "slutdatum" not in found["Ta fram en checklista"]


def test_the_periods_a_group_row_names() -> None:
    assert group_end("Kvartal 1 (januari–mars)", 2027) == dt.date(2027, 3, 31)
    assert group_end("Kvartal 4 2028 (oktober–december)", 2027) == dt.date(2028, 12, 31)
    assert group_end("Q3", 2027) == dt.date(2027, 9, 30)
    assert group_end("Hösten 2027", 2026) == dt.date(2027, 12, 31)
    assert group_end("Löpande under året", 2027) == dt.date(2027, 12, 31)
    for text in ("Löpande", "Pågår", "Förskola", "Nämndmål 2: Fler i arbete", ""):
        assert group_end(text, 2027) is None
