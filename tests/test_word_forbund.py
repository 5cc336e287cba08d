"""A kommunalförbund's plan: the förbund named on the cover where a kommun would be, the plan
adopted by its direktion, goals as shaded rows merged across the indicator table, targets in
minutes, and the members' contributions as key figures, not verksamheter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_front_forbund import direktion_in, forbund_in
from vplan_desktop.imports.word_indicator_unit import word_unit


def test_a_cover_line_naming_a_förbund_alone() -> None:
    assert (
        forbund_in("Räddningstjänstförbundet Mittbygden") == "Räddningstjänstförbundet Mittbygden"
    )
    assert (
        forbund_in("Samordningsförbundet Västra Dalarna") == "Samordningsförbundet Västra Dalarna"
    )
    assert forbund_in("Kommunalförbund för Ahlby, Borgsjö och Kvarnå kommuner") == ""
    assert forbund_in("Förbundet finansieras av medlemsbidrag.") == ""
    assert forbund_in("Barn- och utbildningsnämnden") == ""


def test_the_direktion_adopts() -> None:
    assert direktion_in("Fastställd av direktionen 2026-10-23, § 47") == "Direktionen"
    assert direktion_in("Direktionens ordförande: Ulf Persson (C)") == "Direktionen"
    assert direktion_in("Antagen av nämnden 2026-10-23") == ""


def test_minutes_are_a_unit_in_words() -> None:
    assert word_unit("≤ 10 min") == "min"
    assert word_unit("minst 10 minuter") == "minuter"
    assert word_unit("10 minoriteter") == ""


def _table(doc: Document, rows: list[list[str]]) -> None:  # type: ignore[valid-type]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        if len(set(row)) == 1 and len(row) > 1:  # a row merged across the table
            table.cell(r, 0).merge(table.cell(r, len(row) - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Räddningstjänstförbundet Mittbygden").bold = True
    doc.add_paragraph().add_run("Verksamhetsplan med budget 2027 och plan 2028–2029").bold = True
    doc.add_paragraph("Fastställd av direktionen 2026-10-23, § 47")
    doc.add_paragraph("Direktionens ordförande: Ulf Persson (C)")
    doc.add_heading("1 Mål och indikatorer", 1)
    doc.add_paragraph("Direktionen har två mål.")
    header = ["Indikator", "Utfall 2025", "Målvärde 2027"]
    _table(
        doc,
        [
            header,
            ["Mål 1 Färre ska skadas i bränder."] * 3,
            ["Bränder i bostäder per 1 000 invånare", "0,9", "0,8"],
            ["Mål 2 Hjälpen ska vara snabbt på plats."] * 3,
            ["Insatstid, median", "11,1 min", "≤ 10 min"],
        ],
    )
    doc.add_heading("2 Ekonomi", 1)
    doc.add_paragraph("Medlemsbidrag per medlemskommun, tkr")
    header = ["Medlemskommun", "Andel", "Budget 2027", "Plan 2028"]
    _table(doc, [header, ["Ahlby kommun", "50 %", "40 000", "41 000"]])
    doc.add_paragraph("Driftbudget per verksamhet, tkr")
    header = ["Verksamhet", "Budget 2027", "Plan 2028"]
    _table(doc, [header, ["Räddningstjänst", "60 000", "61 000"]])
    doc.save(str(path))


def test_a_förbund_plan(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    data = read_word(tmp_path / "plan.docx").data
    front = data["uppgifter"]
    assert front["kommun"] == "Räddningstjänstförbundet Mittbygden"
    assert front["namnd"] == "Direktionen"
    assert front["ordforande"] == "Ulf Persson (C)"
    first, second = data["namndsmal"]
    assert (first["kod"], first["text"]) == ("1", "Färre ska skadas i bränder.")
    assert [i["namn"] for i in first["indikatorer"]] == ["Bränder i bostäder per 1 000 invånare"]
    (minutes,) = second["indikatorer"]
    assert minutes["enhet"] == "min"
    assert Decimal(str(minutes["malnivaer"]["2027"])) == Decimal(10)
    assert [v["namn"] for v in data["verksamheter"]] == ["Räddningstjänst"]
    members = [t for t in data["nyckeltal"] if t["rader"][0]["namn"] == "Ahlby kommun"]
    assert len(members) == 1


def test_a_kommun_plan_has_no_förbund(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Ahlby kommun").bold = True
    doc.add_paragraph().add_run("Socialnämndens verksamhetsplan 2027–2029").bold = True
    doc.add_paragraph("Nämndens ordförande: Eva Ek (S)")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Förbundet för räddningstjänst är ett kommunalförbund som direktionen leder.")
    doc.save(str(tmp_path / "plan.docx"))
    front = read_word(tmp_path / "plan.docx").data["uppgifter"]
    assert (front["kommun"], front["namnd"]) == ("Ahlby kommun", "Socialnämnden")
    assert front["ordforande"] == "Eva Ek (S)"
