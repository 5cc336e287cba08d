"""An indicator's history, outcomes, comparison figures and long-range goals: set and undone
through the services, read again in part as in whole, and printed in Word, PDF and Excel."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from tests.pdf_reading import pdf_text
from tests.plan_builders import goal_with_indicator
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_change, read_plan

NBSP = "\u00a0"


def _same_as_whole(doc: PlanDocument, before: d.PlanSnapshot, change: Change) -> d.PlanSnapshot:
    """The plan read again in part after ``change`` equals the plan read whole."""
    patched = read_change(doc, before, change)
    assert patched == read_plan(doc)
    return patched


@pytest.mark.parametrize(
    ("slag", "year", "value", "field"),
    [
        (VardeSlag.UTFALL, 2012, Decimal("59"), "utfall"),  # history, long before the plan
        (VardeSlag.MALNIVA, 2030, Decimal("73"), "malnivaer"),  # a long-range goal
        (VardeSlag.JAMFORELSE, 2016, Decimal("57"), "jamforelser"),  # the comparison figure
        (VardeSlag.JAMFORELSE, 2027, "Saknas", "jamforelser"),  # a text, in a plan year
    ],
)
def test_a_yearly_value_outside_the_plan_is_kept_undone_and_redone(
    doc: PlanDocument, slag: VardeSlag, year: int, value: d.Value, field: str
) -> None:
    indicator = goal_with_indicator(doc)
    before = read_plan(doc)
    change = values.set_indicator_value(doc, indicator, slag, year, value)
    after = _same_as_whole(doc, before, change)
    assert getattr(after.indikatorer[0], field) == {year: value}
    undone = change.undo(doc)
    restored = _same_as_whole(doc, after, undone)
    assert restored == before
    assert getattr(restored.indikatorer[0], field) == {}
    _same_as_whole(doc, restored, undone.undo(doc))
    assert getattr(read_plan(doc).indikatorer[0], field) == {year: value}


def test_a_comparison_figure_is_named_in_its_message(doc: PlanDocument) -> None:
    indicator = goal_with_indicator(doc)
    before = read_plan(doc)
    with pytest.raises(InputError, match="Jämförelse 2016 för ”Andel nöjda”"):
        values.set_indicator_value(doc, indicator, VardeSlag.JAMFORELSE, 2016, "x" * 600)
    with pytest.raises(InputError, match="Året"):
        values.set_indicator_value(doc, indicator, VardeSlag.JAMFORELSE, 1066, Decimal(1))
    assert read_plan(doc) == before


def test_the_comparison_name_and_source_are_edited_and_undone(doc: PlanDocument) -> None:
    indicator = goal_with_indicator(doc)
    before = read_plan(doc)
    change = items.update_item(
        doc,
        ItemKind.INDIKATOR,
        indicator,
        {"jamforelse": "  Medel i   riket ", "kalla": "Kolada"},
    )
    after = _same_as_whole(doc, before, change)
    shown = after.indikatorer[0]
    assert (shown.jamforelse, shown.kalla) == ("Medel i riket", "Kolada")  # short text, trimmed
    assert _same_as_whole(doc, after, change.undo(doc)) == before
    with pytest.raises(InputError, match="Jämförelsens namn"):
        items.update_item(doc, ItemKind.INDIKATOR, indicator, {"jamforelse": 5})
    assert read_plan(doc) == before


# --- the exports --------------------------------------------------------------------------------


@pytest.fixture
def with_history(example_doc: PlanDocument) -> d.PlanSnapshot:
    """The example plan; its first indicator has outcomes since 2012, comparison figures
    ("Medel i riket") and a goal for 2030."""
    plan = read_plan(example_doc)
    first = plan.indikatorer[0].id
    items.update_item(example_doc, ItemKind.INDIKATOR, first, {"jamforelse": "Medel i riket"})
    for year, value in ((2012, Decimal("59")), (2013, Decimal("61.5"))):
        values.set_indicator_value(example_doc, first, VardeSlag.UTFALL, year, value)
    for year, value in ((2012, Decimal("57")), (2013, Decimal("58"))):
        values.set_indicator_value(example_doc, first, VardeSlag.JAMFORELSE, year, value)
    values.set_indicator_value(example_doc, first, VardeSlag.MALNIVA, 2030, Decimal("80"))
    return read_plan(example_doc)


def _word_tables(path: Path) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(path)).tables]


def test_word_prints_outcomes_comparison_source_and_the_2030_goal(
    with_history: d.PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "plan.docx"
    export_plan(with_history, "docx", out)
    tables = _word_tables(out)
    goal_table = next(t for t in tables if t[0][0] == "Mätmetod/Indikator")
    assert goal_table[0][-1] == "Källa" and goal_table[1][-1] == "Kolada"
    figures = next(t for t in tables if t[0][0] == "År")
    assert figures[0] == ["År", "2012", "2013", "2024", "2025", "2027", "2028", "2029", "2030"]
    percent = [f"{n}{NBSP}%" for n in ("59", "61,5", "69", "71", "74", "76", "78", "80")]
    assert figures[1] == ["Utfall", *percent[:4], "", "", "", ""]
    assert figures[2] == ["Målnivå", "", "", "", "", *percent[4:]]
    assert figures[3] == ["Medel i riket", f"57{NBSP}%", f"58{NBSP}%", *[""] * 6]
    captions = [p.text for p in Document(str(out)).paragraphs]
    assert with_history.indikatorer[0].namn in captions  # the table says whose figures


def test_pdf_prints_the_same_figures(with_history: d.PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    export_plan(with_history, "pdf", out)
    lines = pdf_text(out).splitlines()
    # Each cell is a line of its own when the PDF is read back: the figures table follows
    # its caption, the indicator's name, row after row.
    start = lines.index(with_history.indikatorer[0].namn)
    assert lines[start + 1 : start + 23] == [
        "År",
        *["2012", "2013", "2024", "2025", "2027", "2028", "2029", "2030"],
        *["Utfall", f"59{NBSP}%", f"61,5{NBSP}%", f"69{NBSP}%", f"71{NBSP}%"],
        *["Målnivå", f"74{NBSP}%", f"76{NBSP}%", f"78{NBSP}%", f"80{NBSP}%"],
        *["Medel i riket", f"57{NBSP}%", f"58{NBSP}%"],
    ]
    goal_table = lines.index("Mätmetod/Indikator")
    assert lines[goal_table + 6] == "Källa" and "Kolada" in lines[goal_table:start]


def test_excel_lists_every_figure_by_year(with_history: d.PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    export_plan(with_history, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["Mål och indikatorer"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = cells[3]
    assert header[-2:] == ["Källa", "Jämförs med"]
    name = with_history.indikatorer[0].namn
    first = next(row for row in cells[4:] if row[header.index("Indikator")] == name)
    assert first[-2:] == ["Kolada", "Medel i riket"]
    start = next(n for n, row in enumerate(cells) if row[0] == "Värden per år")
    years = cells[start + 1]
    assert years[:2] == ["Indikator", "Värde"]
    assert years[2:10] == ["2012", "2013", "2024", "2025", "2027", "2028", "2029", "2030"]
    rows = {row[1]: row[2:10] for row in cells[start + 2 :] if row[0] == name}
    assert rows["Utfall"] == [59, 61.5, 69, 71, None, None, None, None]
    assert rows["Målnivå"] == [None, None, None, None, 74, 76, 78, 80]
    assert rows["Medel i riket"] == [57, 58, None, None, None, None, None, None]


def test_an_indicator_without_figures_prints_no_figure_table(
    example_doc: PlanDocument, tmp_path: Path
) -> None:
    plan = read_plan(example_doc)
    bare = tuple(
        replace(i, utfall={}, jamforelser={}, kalla="", jamforelse="") for i in plan.indikatorer
    )
    plan = replace(plan, indikatorer=bare)
    export_plan(plan, "docx", tmp_path / "plan.docx")
    export_plan(plan, "xlsx", tmp_path / "plan.xlsx")
    tables = _word_tables(tmp_path / "plan.docx")
    assert not [t for t in tables if t[0][0] == "År"]
    goal_table = next(t for t in tables if t[0][0] == "Mätmetod/Indikator")
    assert "Källa" not in goal_table[0]  # no empty column
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx")["Mål och indikatorer"]
    assert "Värden per år" not in [c.value for c in sheet["A"]]


def test_a_long_run_of_years_is_split_over_tables(doc: PlanDocument, tmp_path: Path) -> None:
    indicator = goal_with_indicator(doc)
    for year in range(2005, 2026):
        values.set_indicator_value(doc, indicator, VardeSlag.UTFALL, year, Decimal(year - 2000))
    out = tmp_path / "plan.docx"
    export_plan(read_plan(doc), "docx", out)
    figures = [t for t in _word_tables(out) if t[0][0] == "År"]
    assert [t[0][1:] for t in figures] == [
        [str(y) for y in range(2005, 2015)],
        [str(y) for y in range(2015, 2025)],
        ["2025"],
    ]
    assert figures[2][1] == ["Utfall", f"25{NBSP}%"]
