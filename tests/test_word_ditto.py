"""A plan typed without merged cells: ditto marks ("〃", "”", "-”-", "Dito", "d:o", "samma
som ovan") repeat the cell above – the goal of an indicator table, an activity's ansvarig, a
control's process – and are read as that cell; a header cell above a mark is never repeated.
Besides: a run of weeks ("v. 45–48 2027") ends on its last week's Sunday, a period "fr.o.m.
2027-01-15 t.o.m. 2027-12-15" ends on its t.o.m. date, and an amount with its minus after
it ("12 400-", as economy systems print a cost) is negative."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_date_range import date_range
from vplan_desktop.imports.word_ditto import is_ditto
from vplan_desktop.imports.word_short_dates import short_end
from vplan_desktop.imports.word_signed import signed
from vplan_desktop.imports.word_table import amount

GOAL_1 = "Barn och unga får stöd tidigt."
GOAL_2 = "Fler vuxna kommer i arbete."


def _read(tmp_path: Path, heading: str, rows: list[list[str]]) -> dict[str, Any]:
    doc = Document()
    for text in ("Exempelby kommun", "Socialnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading(heading, 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx")).data


@pytest.mark.parametrize(
    "text", ["〃", "”", '"', "-”-", '- " -', "Dito", "d:o", "D.o.", "samma som ovan", "Som ovan."]
)
def test_ditto_marks(text: str) -> None:
    assert is_ditto(text)


@pytest.mark.parametrize("text", ["", "-", "–", "Do", "Ovan", "samma", "”Trygg”", "d:o x"])
def test_no_ditto_marks(text: str) -> None:
    assert not is_ditto(text)


def test_ditto_goal_cells_repeat_the_goal_above(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        "Mål och indikatorer",
        [
            ["Nämndsmål", "Indikator", "Utgångsvärde 2025", "Målvärde 2027"],
            [GOAL_1, "Andel utredningar klara i tid", "71 %", "90 %"],
            ["〃", "Antal ärenden i föräldrastöd", "118", "140"],
            ["Dito", "Antal familjehem i egen regi", "37", "42"],
            [GOAL_2, "Andel hushåll med bistånd", "41 %", "36 %"],
            ["samma som ovan", "Antal deltagare i arbete", "1 164", "1 250"],
        ],
    )
    goals = {g["text"]: [i["namn"] for i in g["indikatorer"]] for g in data["namndsmal"]}
    assert set(goals) == {GOAL_1, GOAL_2}  # no goal named "〃", "Dito" or "samma som ovan"
    under = {name: goal for goal, names in goals.items() for name in names}
    assert under["Antal ärenden i föräldrastöd"] == GOAL_1
    assert under["Antal familjehem i egen regi"] == GOAL_1
    assert under["Antal deltagare i arbete"] == GOAL_2


def test_ditto_ansvarig_and_process(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        "Aktiviteter",
        [
            ["Aktivitet", "Ansvarig", "Tidsplan"],
            ["Starta föräldragrupper", "Enhetschef barn och unga", "2027-06-30"],
            ["Införa gemensam mottagning", "d:o", "2027-09-30"],
        ],
    )
    owners = {a["namn"]: a["ansvarig"] for a in data["aktiviteter"]}
    assert owners["Införa gemensam mottagning"] == "Enhetschef barn och unga"
    data = _read(
        tmp_path,
        "Internkontroll",
        [
            ["Process", "Kontrollmoment", "Ansvarig", "Frekvens"],
            ["Barnavårdsutredning", "Att utredningar avslutas i tid", "Enhetschef", "Kvartal"],
            ["〃", "Att förlängd utredningstid är motiverad", "〃", "Halvår"],
        ],
    )
    processes = {c["kontrollmoment"]: c["process"] for c in data["internkontroll"]}
    assert processes["Att förlängd utredningstid är motiverad"] == "Barnavårdsutredning"
    owners = {c["kontrollmoment"]: c["kontrollansvar"] for c in data["internkontroll"]}
    assert owners["Att förlängd utredningstid är motiverad"] == "Enhetschef"


def test_a_ditto_under_the_header_is_no_repeat_of_it(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate(
        [["Aktivitet", "Ansvarig"], ["Starta grupper", ""], ["Mottagning", "d:o"]]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "t.docx"))
    block = next(b for b in read_source(tmp_path / "t.docx").blocks if b.rows)
    assert block.rows[2][1].text == "d:o"  # the cell above is empty: nothing to repeat


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("v. 45–48 2027", dt.date(2027, 12, 5)),
        ("v 12-14", dt.date(2027, 4, 11)),
        ("v. 45 – v. 48 2027", dt.date(2027, 12, 5)),
        ("veckorna 10–12 2028", dt.date(2028, 3, 26)),
        ("v12-2027", dt.date(2027, 3, 28)),
        ("v. 48–45 2027", None),
    ],
)
def test_week_runs_end_on_their_last_sunday(text: str, day: dt.date | None) -> None:
    assert short_end(text, 2027) == day


def test_a_from_to_period_ends_on_its_to_date() -> None:
    assert date_range("fr.o.m. 2027-01-15 t.o.m. 2027-12-15") == ("2027-01-15", "2027-12-15")
    assert date_range("från och med 2027-01-15 till 2027-12-15") == ("2027-01-15", "2027-12-15")
    assert date_range("fr.o.m. 2027-03-01, löpande") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("12 400-", "-12400"), ("98 420 -", "-98420"), ("12,5-", "-12.5"), ("( 3 400 )", "-3400"),
     ("1 234", "1234"), ("a-", None)],
)  # fmt: skip
def test_a_trailing_minus_is_a_cost(text: str, value: str | None) -> None:
    assert amount(text) == (None if value is None else Decimal(value))
    assert signed("4 820") == "4 820"


def test_a_resultatrakning_with_trailing_minus_signs(tmp_path: Path) -> None:
    data = _read(
        tmp_path,
        "Ekonomi",
        [
            ["Konto", "Benämning", "Bokslut 2025", "Budget 2026", "Budget 2027"],
            ["3400", "Avgifter och ersättningar", "4 820", "4 900", "5 100"],
            ["4000", "Personalkostnader", "98 420-", "101 300-", "104 700-"],
            ["5400", "Köp av huvudverksamhet", "61 870-", "58 900-", "57 400-"],
            ["", "Nettokostnad", "155 470-", "155 300-", "157 000-"],
        ],
    )
    rows = {r["namn"]: r["belopp"] for r in data["resultatrakning"]["kostnadsslag"]}
    assert set(rows) == {"Avgifter och ersättningar", "Personalkostnader", "Köp av huvudverksamhet"}
    assert Decimal(rows["Personalkostnader"]["bokslut-2025"]) == Decimal(-98420)
    assert Decimal(rows["Köp av huvudverksamhet"]["budget-2027"]) == Decimal(-57400)
