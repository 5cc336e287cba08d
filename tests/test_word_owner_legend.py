"""An activity table in a förvaltning's shorthand: "Nr | Aktivitet | Mål | Ansvar | Tidplan"
with the Ansvar column in abbreviations explained by a "Förkortningar: BIB = Biblioteken, …"
line under (or over) the table, goals linked by spaced codes ("KFN 2", "KFN 6, KFN 4") to
headings "KFN 1 …", and the Tidplan in seasons and spans of years ("Hösten 2027", "Våren
2028", "2027–2029"). The ansvarig is written out by the legend, the activity goes under the
first goal its cell names, and a season or a span of years in a schedule is its slutdatum."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_activity_when import schedule_column
from vplan_desktop.imports.word_dates import period_end
from vplan_desktop.imports.word_goal_links import linked_goal
from vplan_desktop.imports.word_owner_legend import written_out

LEGEND = {"BIB": "Biblioteken", "ANL": "Anläggningsenheten", "KUL": "Kulturenheten"}
GOALS = ["Fler barn läser varje dag", "Anläggningarna används mer"]


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("BIB", "Biblioteken"),
        ("ANL ", "Anläggningsenheten"),
        ("BIB/KUL", "Biblioteken, Kulturenheten"),
        ("BIB och ANL", "Biblioteken, Anläggningsenheten"),
        ("BIB, HR", "BIB, HR"),  # a code the legend does not explain: kept as printed
        ("Bibliotekschef", "Bibliotekschef"),
    ],
)
def test_an_owner_code_is_written_out_by_the_legend(owner: str, expected: str) -> None:
    assert written_out(owner, LEGEND) == expected


def test_without_a_legend_the_owner_stays_as_printed() -> None:
    assert written_out("BIB", {}) == "BIB"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hösten 2027", dt.date(2027, 12, 31)),
        ("Våren 2028", dt.date(2028, 6, 30)),
        ("under våren 2027", dt.date(2027, 6, 30)),
        ("vår 2027", dt.date(2027, 6, 30)),
        ("2027–2029", dt.date(2029, 12, 31)),
        ("2027-2028", dt.date(2028, 12, 31)),
        ("våren–hösten 2027", dt.date(2027, 12, 31)),
        ("2027 – juni 2027", dt.date(2027, 6, 30)),
    ],
)
def test_a_schedule_reads_seasons_and_spans_of_years(text: str, day: dt.date) -> None:
    assert period_end(text, schedule=True) == (day, False)
    assert period_end(text) is None  # outside a schedule: the words as written


@pytest.mark.parametrize("text", ["Löpande", "2029–2027", "Hösten", "sommaren 2027"])
def test_a_schedule_reads_no_end_from_other_words(text: str) -> None:
    assert period_end(text, schedule=True) is None


@pytest.mark.parametrize(
    ("header", "schedule"),
    [
        ("Tidplan", True),
        ("Tidsplan", True),
        ("När", True),
        ("Genomförs", True),
        ("Period", True),
        ("Klart senast", False),  # a deadline asks for a day: no season read
        ("Slutdatum", False),
    ],
)
def test_a_time_plan_column_is_a_schedule(header: str, schedule: bool) -> None:
    assert schedule_column(["Aktivitet", header], 1) is schedule
    assert schedule_column(["Aktivitet", header], None) is False


def test_goals_listed_by_spaced_codes_link_the_first() -> None:
    goals = [
        {"id": n, "kod": k, "niva": "namnd", "text": k} for n, k in enumerate(["KFN6", "KFN4"])
    ]
    find = {g["kod"]: g for g in goals}.get
    spaced = {"KFN 6": goals[0], "KFN 4": goals[1]}.get
    assert linked_goal("KFN 6, KFN 4", goals, lambda t: find(t) or spaced(t)) == (
        goals[0],
        ["Mål: KFN 6, KFN 4"],
    )


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


ACTS = [
    ["1", "Införa meröppet bibliotek", "KFN 1", "BIB", "Hösten 2027"],
    ["2", "Ta fram en plan för spontanidrott", "KFN 2", "ANL", "Våren 2028"],
    ["3", "Byta till LED-belysning i hallen", "KFN 2, KFN 1", "ANL/KUL", "2027–2029"],
    ["4", "Bokpaket till sexåringar", "KFN 1", "HR", "Löpande"],
]


def _plan(tmp_path: Path, *, legend_above: bool = False) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run("Mål och budget 2027–2029").bold = True
    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bibliotek, kultur och anläggningar.")
    doc.add_heading("2 Mål", 1)
    for n, goal in enumerate(GOALS, 1):
        doc.add_heading(f"KFN {n} {goal}", 2)
        doc.add_paragraph("Därför är målet viktigt för invånarna.")
    doc.add_heading("3 Aktiviteter", 1)
    legend = "Förkortningar: BIB = Biblioteken, ANL = Anläggningsenheten, KUL = Kulturenheten."
    if legend_above:
        doc.add_paragraph(legend)
    _table(doc, [["Nr", "Aktivitet", "Mål", "Ansvar", "Tidplan"], *ACTS])
    if not legend_above:
        doc.add_paragraph(legend)
    doc.add_heading("4 Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


@pytest.mark.parametrize("legend_above", [False, True])
def test_an_activity_table_in_shorthand(tmp_path: Path, legend_above: bool) -> None:
    data = _plan(tmp_path, legend_above=legend_above)
    goals = {g["id"]: g["text"] for g in data["namndsmal"]}
    assert sorted(goals.values()) == sorted(GOALS)
    read = {
        a["namn"]: (a["ansvarig"], a.get("slutdatum"), goals.get(a["namndsmal_id"]))
        for a in data["aktiviteter"]
    }
    assert read == {
        "Införa meröppet bibliotek": ("Biblioteken", "2027-12-31", GOALS[0]),
        "Ta fram en plan för spontanidrott": ("Anläggningsenheten", "2028-06-30", GOALS[1]),
        "Byta till LED-belysning i hallen": (
            "Anläggningsenheten, Kulturenheten",
            "2029-12-31",
            GOALS[1],
        ),
        "Bokpaket till sexåringar": ("HR", None, GOALS[0]),
    }
    texts = str(data["kapitel"])
    assert "Förkortningar: BIB = Biblioteken" in texts  # the legend stays in the plan
