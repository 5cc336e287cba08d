"""The delårsrapport export: a filled-in delår on the example plan written as Word, PDF and
Excel and read back as a reader sees it; the CLI's --uppfoljning and its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.table import Table as DocxTable
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.follow_up_filling import (
    ACTIVITY_COMMENT,
    ASSESSMENT,
    CAUSE,
    CONTROL_DEVIATION,
    CONTROL_REMEDY,
    DRIFT_COMMENT,
    EVENTS,
    FUTURE,
    PERIOD,
    REMEDY,
    SUMMARY,
    fill_delar,
)
from tests.pdf_reading import pdf_text
from tests.word_reading import style_name
from vplan_desktop.cli import EXIT_ERROR, EXIT_OK, main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import NotFoundError
from vplan_desktop.exports.follow_up_export import NO_PERIODS, export_follow_up
from vplan_desktop.follow_up import Mall
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def filled(example_path: Path) -> PlanSnapshot:
    with PlanDocument.open(example_path) as doc:
        fill_delar(doc)
        return read_plan(doc)


def _plain(text: str) -> str:
    """Text as compared: no-break spaces as spaces, the printed minus as one."""
    return text.replace("\u00a0", " ")


def _rows(table: DocxTable) -> list[list[str]]:
    return [[_plain(cell.text) for cell in row.cells] for row in table.rows]


def _fill(cell: object) -> str | None:
    shading = cell._tc.find(f"{W}tcPr/{W}shd")  # type: ignore[attr-defined]
    return None if shading is None else shading.get(f"{W}fill")


def test_word_reads_like_a_delarsrapport(filled: PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "delar.docx"
    assert export_follow_up(filled, PERIOD, "docx", out) == []
    doc = open_docx(str(out))
    text = _plain("\n".join(p.text for p in doc.paragraphs))
    assert "Delårsrapport april 2027" in text
    assert "Uppföljning av Verksamhetsplan med budget 2027–2029" in text
    assert "Perioden: 2027-01-01 – 2027-04-30" in text
    for written in (SUMMARY, EVENTS, FUTURE, ASSESSMENT, f"Orsak: {CAUSE}", f"Åtgärd: {REMEDY}"):
        assert written in text
    headings = [p.text for p in doc.paragraphs if style_name(p) == "Heading 1"]
    assert headings == [
        "Sammanfattning",
        "Måluppfyllelse",
        "Aktiviteter",
        "Ekonomi",
        "Internkontroll",
    ]
    assert doc.core_properties.title == "Delårsrapport april 2027"
    tables = [_rows(t) for t in doc.tables]
    # Every level's marker is a cell in its colour with the level's name beside it.
    scale = {level.farg.lstrip("#").upper(): level.namn for level in filled.bedomningsskala}
    markers = [
        (_fill(row.cells[i]), row.cells[i + 1].text)
        for t in doc.tables
        for row in t.rows[1:]
        for i in range(len(row.cells) - 1)
        if _fill(row.cells[i]) in scale
    ]
    assert markers and all(scale[str(fill)] == name for fill, name in markers)
    assert {name for _, name in markers} == set(scale.values())
    # The count table and the chart of goals per level.
    count = next(t for t in tables if t[0][1:] == ["Bedömning", "Antal mål"])
    assert ["", "Uppfyllt", "2"] in count and ["", "Summa", "13"] in count
    descriptions = [shape._inline.docPr.get("descr") for shape in doc.inline_shapes]
    assert any(d.startswith("Stapeldiagram över måluppfyllelsen") for d in descriptions)
    assert any(d.startswith("Stapeldiagram. Budget och prognos") for d in descriptions)
    # Indicators: målnivå, outcomes over the years held, trend with arrow and word.
    indicators = next(t for t in tables if t[0][:2] == ["Indikator", "Målnivå 2027"])
    assert indicators[0][2:] == ["2024", "2025", "2027 (jan–apr)", "Trend"]
    assert indicators[1][1:] == ["74 %", "69 %", "71 %", "72 %", "↗ Förbättring"]
    # Activities with their status, comment and revised end date.
    activity_rows = [r for t in tables if t[0][0] == "Aktivitet" for r in t[1:]]
    assert any(r[1] == "Pågår" and r[2] == ACTIVITY_COMMENT for r in activity_rows)
    assert any(r[1] == "Senarelagd" and "reviderat till 2027-11-30" in r[3] for r in activity_rows)
    # The driftredovisning: avvikelse = budget − prognos, its percent, the Summa row.
    drift = next(t for t in tables if t[0][0] == "Verksamhet")
    assert drift[0][1:] == [
        "Budget 2027",
        "Utfall jan–apr",
        "Prognos helår",
        "Avvikelse",
        "Avvikelse %",
    ]
    assert drift[1] == ["Nämnd och förvaltningsledning", "1 720", "573", "1 926", "−206", "−12,0 %"]
    assert drift[-1] == ["Summa", "130 520", "43 507", "130 726", "−206", "−0,2 %"]
    assert f"Nämnd och förvaltningsledning: {DRIFT_COMMENT}" in text
    control = next(t for t in tables if t[0][0] == "Kontrollmoment")
    assert control[0] == ["Kontrollmoment", "Utförd", "Avvikelse", "Åtgärd"]
    assert control[1][1:] == ["Ja", CONTROL_DEVIATION, CONTROL_REMEDY]
    assert control[2][1] == "Nej"


def test_pdf_prints_the_same_report(filled: PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "delar.pdf"
    export_follow_up(filled, PERIOD, "pdf", out)
    text = _plain(pdf_text(out))
    flowing = " ".join(text.split())  # a cell's text wraps over lines
    for written in ("Delårsrapport april 2027", SUMMARY, "Måluppfyllelse", CONTROL_DEVIATION):
        assert written in flowing
    assert "Nämnd och förvaltningsledning 1 720 573 1 926 −206 −12,0 %" in flowing
    assert "Summa 130 520 43 507 130 726 −206 −0,2 %" in flowing
    # The chart's text alternative is printed under it; the picture itself is on the page.
    assert "Antal mål per bedömning (13 mål): Uppfyllt 2, Delvis uppfyllt 2" in flowing
    reader = PdfReader(str(out))
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures == 2
    assert reader.metadata is not None and reader.metadata.title == "Delårsrapport april 2027"


def test_excel_has_one_sheet_per_part_with_numbers(filled: PlanSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "delar.xlsx"
    export_follow_up(filled, PERIOD, "xlsx", out)
    book = load_workbook(out)
    assert book.sheetnames == [
        "Mål",
        "Indikatorer",
        "Aktiviteter",
        "Driftbudget",
        "Resultaträkning",
        "Investeringar",
        "Internkontroll",
    ]
    drift = book["Driftbudget"]
    assert [c.value for c in drift[4]][:6] == [
        "Verksamhet",
        "Budget 2027",
        "Utfall jan–apr",
        "Prognos helår",
        "Avvikelse",
        "Avvikelse %",
    ]
    first = [c.value for c in drift[5]]
    assert first[:5] == ["Nämnd och förvaltningsledning", 1720, 573, 1926, -206]
    assert first[5] == pytest.approx(-11.98, abs=0.01)
    assert first[6] == DRIFT_COMMENT
    assert drift["E5"].number_format == "#,##0;-#,##0"
    assert drift["F5"].number_format == '0.0" %";-0.0" %"'
    assert [c.value for c in drift[11]][:5] == ["Summa", 130520, 43507, 130726, -206]
    investments = book["Investeringar"]
    last = max(r for r in range(5, 20) if investments.cell(r, 1).value)
    summed = [c.value for c in investments[last]][:2]
    assert summed == ["Summa", sum(i.belopp.get(2027, 0) for i in filled.investeringar)]
    goals = book["Mål"]
    assessed = {goals.cell(r, 3).value: goals.cell(r, 3).fill.fgColor.rgb for r in range(5, 18)}
    assert assessed["Delvis uppfyllt"].endswith("F9A825")
    indicators = book["Indikatorer"]
    assert [c.value for c in indicators[5]][3:9] == [74, 69, 71, 72, "Nej", "↗ Förbättring"]
    result = book["Resultaträkning"]
    assert result["A5"].value == "Barn och familj, intäkter" and isinstance(
        result["B5"].value, float
    )


def test_an_unknown_period_lists_the_plans_and_writes_nothing(
    filled: PlanSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "delar.docx"
    out.write_bytes(b"earlier")
    with pytest.raises(NotFoundError) as raised:
        export_follow_up(filled, "Delår maj 2027", "docx", out)
    assert raised.value.message == (
        "Planen har ingen uppföljning ”Delår maj 2027”. Planens uppföljningar: "
        "”Delår april 2027”, ”Delår augusti 2027”, ”Årsredovisning 2027”."
    )
    assert out.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delar.docx", "exempel.vplan"]


def test_a_plan_without_periods_says_how_to_make_one(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as doc:
        plan = read_plan(doc)
    with pytest.raises(NotFoundError, match="Lägg till en i vplan under Uppföljning"):
        export_follow_up(plan, PERIOD, "pdf", tmp_path / "delar.pdf")
    assert not (tmp_path / "delar.pdf").exists()
    assert NO_PERIODS.startswith("Planen har inga uppföljningar")


def test_cli_exports_a_period(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with PlanDocument.open(example_path) as doc:
        fill_delar(doc)
    out = tmp_path / "delar.xlsx"
    args = ["export", str(example_path), "--uppfoljning", "delår april 2027", "--format", "xlsx"]
    assert main([*args, "-o", str(out)]) == EXIT_OK
    assert load_workbook(out)["Driftbudget"]["E5"].value == -206
    capsys.readouterr()
    bad = tmp_path / "fel.pdf"
    wrong = ["export", str(example_path), "--uppfoljning", "Delår maj", "--format", "pdf"]
    assert main([*wrong, "-o", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "ingen uppföljning ”Delår maj”" in err and "”Delår april 2027”" in err
    assert "Traceback" not in err
    assert not bad.exists()
    json_out = ["export", str(example_path), "--uppfoljning", PERIOD, "--format", "json"]
    assert main([*json_out, "-o", str(tmp_path / "x.json")]) == EXIT_ERROR
    assert "docx, pdf eller xlsx" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_an_empty_plans_arsredovisning_is_written(
    doc: PlanDocument, tmp_path: Path, fmt: str
) -> None:
    """A plan with nothing in it but a period: a report without empty tables or charts."""
    follow_up.add_periods(doc, Mall.HELAR, 2026)
    plan = read_plan(doc)
    out = tmp_path / f"bokslut.{fmt}"
    export_follow_up(plan, "årsredovisning 2026", fmt, out)
    if fmt == "docx":
        written = open_docx(str(out))
        assert written.paragraphs[1].text == "Årsredovisning 2026"
        assert len(written.inline_shapes) == 0
    elif fmt == "pdf":
        assert "Årsredovisning 2026" in pdf_text(out)
    else:
        assert load_workbook(out).sheetnames == ["Mål"]  # a workbook that opens
