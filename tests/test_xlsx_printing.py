"""The Excel exports print readably on A4 (``xlsx_print``), keep dates as Excel dates and show
each risk's band by name, in its colour, with the bands listed under the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.follow_up_filling import fill_delar
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.exports.follow_up_export import export_follow_up
from vplan_desktop.exports.xlsx_print import (
    MIN_SCALE,
    WRAP_MIN,
    Layout,
    choose_layout,
    column_points,
    printable_points,
)
from vplan_desktop.services.read import read_plan


@pytest.fixture(scope="module")
def example(templates: dict[str, Path]) -> d.PlanSnapshot:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        return read_plan(doc)


@pytest.fixture(scope="module")
def book(example: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    export_plan(example, "xlsx", out)
    return out


@pytest.fixture
def follow_up_book(example_path: Path, tmp_path: Path) -> Path:
    with PlanDocument.open(example_path) as doc:
        fill_delar(doc)
        plan = read_plan(doc)
    out = tmp_path / "delar.xlsx"
    export_follow_up(plan, plan.uppfoljningar[0].id, "xlsx", out)
    return out


# --- the layout chosen from the column widths ------------------------------------------------


def test_a_narrow_sheet_prints_portrait_at_full_size() -> None:
    assert choose_layout({1: 30, 2: 12, 3: 12}, {1}) == Layout(False, False, 1.0)


def test_a_sheet_too_wide_for_portrait_is_fitted_to_a_landscape_page() -> None:
    widths = {n: 14.0 for n in range(1, 9)}  # about 600 pt: too wide for portrait's 523
    layout = choose_layout(widths, set())
    assert layout.landscape and layout.fit_width and layout.wrap_at is None
    assert layout.scale == 1.0  # landscape holds it at full size


def test_long_texts_wrap_so_that_fitting_keeps_8_points() -> None:
    widths = {1: 60.0, 2: 60.0, 3: 60.0, 4: 12.0, 5: 12.0, 6: 60.0}
    layout = choose_layout(widths, {1, 2, 3, 6})
    assert layout.landscape and layout.fit_width
    assert layout.wrap_at is not None and WRAP_MIN <= layout.wrap_at < 60
    narrowed = sum(column_points(min(w, layout.wrap_at)) for w in widths.values())
    assert printable_points(True) / narrowed >= MIN_SCALE  # 8 pt or more
    # The widest such cap: a character wider would print under 8 pt.
    wider = sum(column_points(min(w, layout.wrap_at + 1)) for w in widths.values())
    assert printable_points(True) / wider < MIN_SCALE


def test_a_sheet_too_wide_even_wrapped_prints_on_pages_side_by_side() -> None:
    widths = {n: 40.0 for n in range(1, 31)}
    layout = choose_layout(widths, set(widths))
    assert layout.landscape and not layout.fit_width and layout.scale == MIN_SCALE


# --- the workbooks as written ----------------------------------------------------------------


def _printed_points(sheet: Worksheet) -> float:
    """The size the sheet's 11 pt text prints at, as Excel would scale it."""
    setup = sheet.page_setup
    if not sheet.sheet_properties.pageSetUpPr.fitToPage:
        return 11 * (setup.scale or 100) / 100
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    total = sum(column_points(c.width) for c in sheet.column_dimensions.values() if c.width)
    room = printable_points(setup.orientation == "landscape")
    return 11 * min(1.0, room / total)


def _check_printing(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)
    orientations = set()
    for sheet in book:
        assert sheet.page_setup.paperSize == 9, sheet.title  # A4
        assert sheet.print_title_rows == "$4:$4", sheet.title  # the column headings
        assert _printed_points(sheet) >= 8, sheet.title
        orientations.add(f"{sheet.title}: {sheet.page_setup.orientation}")
    return orientations


def test_every_sheet_of_the_plan_prints_on_a4_at_8_points_or_more(book: Path) -> None:
    orientations = _check_printing(book)
    assert "Driftbudget: landscape" in orientations
    assert "Resultat per kostnadsslag: portrait" in orientations
    sheet = openpyxl.load_workbook(book)["Mål och indikatorer"]
    # Too many columns for one page at 8 pt: pages side by side, each with the goal's area.
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.scale == 73 and sheet.print_title_cols == "$A:$A"


def test_every_sheet_of_a_follow_up_prints_on_a4_at_8_points_or_more(
    follow_up_book: Path,
) -> None:
    _check_printing(follow_up_book)


def test_long_texts_of_internkontroll_wrap_in_narrowed_columns(book: Path) -> None:
    sheet = openpyxl.load_workbook(book)["Internkontroll"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet["G5"].value.startswith("Stickprov på utbetalningar")  # Kontrollmoment
    assert sheet["G5"].alignment.wrap_text and sheet["G5"].alignment.vertical == "top"
    assert sheet.column_dimensions["G"].width < len(sheet["G5"].value)


def test_dates_are_excel_dates(book: Path, example: d.PlanSnapshot) -> None:
    sheet = openpyxl.load_workbook(book)["Aktiviteter"]
    assert [sheet.cell(4, n).value for n in (4, 5, 6)] == [
        "Start",
        "Slutdatum",
        "Reviderat slutdatum",
    ]
    first = example.aktiviteter[0]
    start = sheet["D5"]
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    assert start.value.date() == first.startdatum
    assert sheet["E5"].is_date and sheet["E5"].value.date() == first.slutdatum


def test_a_follow_ups_dates_are_excel_dates(follow_up_book: Path) -> None:
    sheet = openpyxl.load_workbook(follow_up_book)["Aktiviteter"]
    assert sheet["F4"].value == "Slutdatum"
    ends = [sheet.cell(row, 6) for row in range(5, sheet.max_row + 1) if sheet.cell(row, 6).value]
    assert ends and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in ends)
    assert all(isinstance(c.value, dt.datetime) for c in ends)


def test_internkontroll_names_each_risks_band_and_lists_the_bands(book: Path) -> None:
    sheet = openpyxl.load_workbook(book)["Internkontroll"]
    assert sheet["E4"].value == "Riskvärde" and sheet["F4"].value == "Riskband"
    rows = [r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value == "Låg"]
    (low,) = rows
    assert [[sheet.cell(r, c).value for c in (1, 2, 3)] for r in range(low - 1, low + 4)] == [
        ["Riskband", "Från riskvärde", "Till riskvärde"],
        ["Låg", 1, 3],
        ["Måttlig", 4, 6],
        ["Hög", 7, 9],
        ["Mycket hög", 10, 16],
    ]
    keys = f"$B${low}:$B${low + 3},$A${low}:$A${low + 3}"
    assert sheet["F5"].value == f'=IF(E5="","",LOOKUP(E5,{keys}))'
    top = sheet.cell(low + 3, 1)
    assert top.fill.fgColor.rgb == "FFCC0000" and top.font.color.rgb == "FFFFFFFF"
    assert sheet.cell(low, 1).font.color.rgb == "FF000000"  # black on green
    (ranges,) = [str(r.sqref) for r in sheet.conditional_formatting]
    assert ranges == "E5:F12"
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert rules[-1].formula == ["AND(ISNUMBER($E5),$E5>=10,$E5<=16)"]
    assert rules[-1].dxf.font.color.rgb == "FFFFFFFF"
    assert rules[-1].dxf.fill.end_color.rgb == "FFCC0000"
