"""A plan written with run-in headings: indicators typed as one line of sentences under a goal
("–⇥Andel … Utgångsläge 58 % (2025). Mål 2027: 62 %, 2028: 65 %."), a budget table whose row
names carry the unit ("Politisk verksamhet, tkr netto") and a table named by the bold run-in
label of the paragraph above it ("**Nyckeltal per invånare.** Utfall enligt Kolada.")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_name_units import unit_note
from vplan_desktop.imports.word_runin_caption import label_of
from vplan_desktop.imports.word_runin_indicator import runin_indicator
from vplan_desktop.markdown import Run


def _read(doc: Any, tmp_path: Path) -> dict[str, Any]:
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx")).data


def _cover(doc: Any) -> None:
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


# --- indicators typed as sentences --------------------------------------------------------------


def test_runin_indicator_reads_name_baseline_and_listed_targets() -> None:
    found = runin_indicator(
        "–\tSjukfrånvaro bland medarbetarna. Utgångsläge 7,9 % (2025). "
        "Mål 2027: 7,0 %, 2028: 6,5 %, 2029: 6,0 %."
    )
    assert found is not None
    assert found["namn"] == "Sjukfrånvaro bland medarbetarna"
    assert found["enhet"] == "%"
    assert found["nulage"] == {"ar": 2025, "varde": Decimal("7.9"), "ar_malniva": False}
    assert found["malnivaer"] == {
        "2027": Decimal("7.0"),
        "2028": Decimal("6.5"),
        "2029": Decimal("6.0"),
    }


def test_runin_indicator_reads_a_year_before_the_value_and_worded_targets() -> None:
    found = runin_indicator("Andel svar i tid. Nuläge 2025: 81 %. Mål 2027: Minst 95 %.")
    assert found is not None
    assert found["nulage"]["ar"] == 2025 and found["nulage"]["varde"] == Decimal(81)
    assert found["malnivaer"] == {"2027": Decimal(95)}
    assert found["jamforare"] == {"2027": "minst"}


def test_runin_indicator_leaves_prose_alone() -> None:
    assert runin_indicator("Utfallet 2025 var bättre än väntat. Mål 2027 är högre.") is None
    assert runin_indicator("Andel nöjda. Utgångsläge 58 % (2025).") is None  # no targets
    assert runin_indicator("Utgångsläge 58 % (2025). Mål 2027: 62 %.") is None  # no name


def test_typed_dash_lines_under_a_goal_become_its_indicators(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Trygg och säker kommun", 2)
    doc.add_paragraph("Invånarna ska känna sig trygga.")
    doc.add_paragraph().add_run("Så här mäter vi:").bold = True
    doc.add_paragraph(
        "–\tAndel invånare som känner sig trygga. Utgångsläge 58 % (2025). "
        "Mål 2027: 62 %, 2028: 65 %."
    )
    doc.add_paragraph(
        "–\tAntal anmälda brott per 1 000 invånare. Utgångsläge 12,4 (2024). "
        "Mål 2027: 11,0, 2028: 10,0."
    )
    data = _read(doc, tmp_path)
    goal = next(g for g in data["namndsmal"] if g["text"] == "Trygg och säker kommun")
    named = {i["namn"]: i for i in goal["indikatorer"]}
    assert set(named) == {
        "Andel invånare som känner sig trygga",
        "Antal anmälda brott per 1 000 invånare",
    }
    crimes = named["Antal anmälda brott per 1 000 invånare"]
    assert crimes["nulage"]["ar"] == 2024 and crimes["enhet"] == ""
    assert crimes["malnivaer"] == {"2027": Decimal(11), "2028": Decimal(10)}


# --- a unit note after each row's name ------------------------------------------------------------


def test_unit_note_is_taken_off_the_name() -> None:
    assert unit_note("Politisk verksamhet, tkr netto") == ("Politisk verksamhet", "tkr")
    assert unit_note("Räddningstjänst (förbundsavgift), tkr") == (
        "Räddningstjänst (förbundsavgift)",
        "tkr",
    )
    assert unit_note("Kollektivtrafik, mnkr") == ("Kollektivtrafik", "mnkr")
    assert unit_note("Nettokostnad, kr/inv") == ("Nettokostnad, kr/inv", "")
    assert unit_note("Bygg, miljö och trafik") == ("Bygg, miljö och trafik", "")


def test_drift_rows_are_named_without_their_unit_note(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    _table(
        doc,
        [
            ["Verksamhet", "2026 Budget", "2027 Budget", "2028 Plan"],
            ["Politisk verksamhet, tkr netto", "8 420", "8 650", "8 810"],
            ["Räddningstjänst (förbundsavgift), tkr", "18 900", "19 560", "20 150"],
            ["Kollektivtrafik, tkr", "13 450", "14 020", "14 440"],
        ],
    )
    data = _read(doc, tmp_path)
    names = {v["namn"] for v in data["verksamheter"]}
    assert names == {"Politisk verksamhet", "Räddningstjänst (förbundsavgift)", "Kollektivtrafik"}
    row = next(r for r in data["driftbudget"]["rader"] if r["verksamhet_id"] == 1)
    assert row["belopp"]["budget-2027"] == Decimal(8650)


def test_drift_rows_naming_mnkr_make_the_plan_count_in_mnkr(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    _table(
        doc,
        [
            ["Verksamhet", "Budget 2027", "Plan 2028"],
            ["Skola, mnkr", "412,5", "420,0"],
            ["Omsorg, mnkr", "388,0", "395,5"],
        ],
    )
    data = _read(doc, tmp_path)
    assert {v["namn"] for v in data["verksamheter"]} == {"Skola", "Omsorg"}
    assert data["uppgifter"]["enheter"]["drift"] == "mnkr"  # the names' unit is the table's
    row = next(r for r in data["driftbudget"]["rader"] if r["verksamhet_id"] == 1)
    assert row["belopp"]["budget-2027"] == Decimal("412.5")


# --- a table named by a run-in label ------------------------------------------------------------


def test_label_of_a_paragraph_opening_with_a_bold_label() -> None:
    def block(*runs: Run) -> Block:
        return Block(0, BlockKind.PARAGRAPH, "".join(r.text for r in runs), runs=runs)

    assert label_of(block(Run("Nyckeltal per invånare. ", bold=True), Run("Utfall."))) == (
        "Nyckeltal per invånare"
    )
    assert label_of(block(Run("Mätt i kronor. ", bold=True, italic=True), Run("Mer."))) == (
        "Mätt i kronor"
    )
    assert label_of(block(Run("Strategiskt mål: ", bold=True), Run("Fler barn."))) == ""
    assert label_of(block(Run("Mål 1. ", bold=True), Run("Handläggningen är snabb."))) == ""
    assert label_of(block(Run("Helt i fetstil.", bold=True))) == ""  # no text after it
    assert label_of(block(Run("Kostnaderna ", bold=True), Run("ökar."))) == ""  # no stop
    assert label_of(block(Run("Vanlig text. ", bold=False), Run("Mer."))) == ""


def test_a_key_figure_table_takes_its_name_from_the_runin_label(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    lead = doc.add_paragraph()
    lead.add_run("Nyckeltal per invånare. ").bold = True
    lead.add_run("Utfall enligt Kolada, löpande priser.")
    _table(
        doc,
        [
            ["Nyckeltal", "2023", "2024", "2025"],
            ["Nettokostnad räddningstjänst, kr/inv", "1 071", "1 118", "1 164"],
            ["Nettokostnad kollektivtrafik, kr/inv", "742", "771", "806"],
        ],
    )
    data = _read(doc, tmp_path)
    (table,) = data["nyckeltal"]
    assert table["rubrik"] == "Nyckeltal per invånare"
    assert table["rader"][0]["namn"] == "Nettokostnad räddningstjänst, kr/inv"
    texts = str(data["kapitel"])
    assert "Utfall enligt Kolada" in texts  # the paragraph stays the chapter's text
