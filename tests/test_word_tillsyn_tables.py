"""Rules a tillsynsplan's tables meet:

- an activity column headed "Genomförs" (or "Tidpunkt", "Utförs") holding periods ("Q2 2027",
  "Q1–Q2 2027", "Hela 2027") gives each activity the last day of its (last) period;
- a budget table whose rows are kinds of income and cost is the resultaträkning even under a
  "Driftbudget (tkr)" title, and a "Kommunbidrag" row between its "Nettokostnad" and its
  "Resultat" is the ram, no row of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_when import when_header
from vplan_desktop.services.read import read_plan


def _table(doc: object, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(tmp_path: Path, build: object) -> d.PlanSnapshot:
    doc = Document()
    for text in ("Exempelby kommun", "Miljö- och byggnadsnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    build(doc)  # type: ignore[operator]
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_genomfors_column_gives_the_periods_last_day(tmp_path: Path) -> None:
    def build(doc: object) -> None:
        doc.add_heading("Tillsynsprojekt 2027", 1)  # type: ignore[attr-defined]
        _table(
            doc,
            [
                ["Tillsynsprojekt", "Genomförs", "Ansvarig"],
                ["Tillsyn av solarier", "Q1 2027", "Miljöinspektör"],
                ["Inventering av avlopp", "Q1–Q2 2027", "Avloppshandläggare"],
                ["Ovårdade tomter", "Hela 2027", "Byggnadsinspektör"],
            ],
        )

    plan = _plan(tmp_path, build)
    assert {a.namn: a.slutdatum for a in plan.aktiviteter} == {
        "Tillsyn av solarier": dt.date(2027, 3, 31),
        "Inventering av avlopp": dt.date(2027, 6, 30),
        "Ovårdade tomter": dt.date(2027, 12, 31),
    }
    assert when_header("Genomförs") and when_header("Tidpunkt")
    assert not when_header("Genomförs av") and not when_header("Genomförande")


def test_rows_by_type_under_a_driftbudget_title_are_the_resultatrakning(tmp_path: Path) -> None:
    def build(doc: object) -> None:
        doc.add_heading("Ekonomi", 1)  # type: ignore[attr-defined]
        _table(
            doc,
            [
                ["Driftbudget (tkr)", "Budget 2027", "Plan 2028"],
                ["Avgifter bygglov", "10 900", "11 200"],
                ["Övriga intäkter", "300", "300"],
                ["Personalkostnader", "−31 100", "−31 900"],
                ["Övriga kostnader", "−2 300", "−2 350"],
                ["Nettokostnad", "−22 200", "−22 750"],
                ["Kommunbidrag", "22 300", "22 800"],
                ["Resultat", "100", "50"],
            ],
        )

    plan = _plan(tmp_path, build)
    assert plan.driftbudget == ()
    assert {k.namn: list(k.belopp.values()) for k in plan.kostnadsslag} == {
        "Avgifter bygglov": [Decimal(10900), Decimal(11200)],
        "Övriga intäkter": [Decimal(300), Decimal(300)],
        "Personalkostnader": [Decimal(-31100), Decimal(-31900)],
        "Övriga kostnader": [Decimal(-2300), Decimal(-2350)],
    }
