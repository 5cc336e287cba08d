"""The budget tables in Word, the PDF and Excel as a reader sees them: each table's unit in its
caption, amounts in mnkr with their decimals ("12,3"), a printed total kept as given, avvikelse
columns, the resultaträkning by cost type and investments with history years and outcomes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import formulas
import openpyxl
import pytest
from docx import Document

from tests.budget_reading import SOLUTION_CELL
from tests.pdf_reading import pdf_text
from tests.word_reading import style_name
from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell, KolumnSlag
from vplan_desktop.exports import chart_image
from vplan_desktop.exports.export import export_plan
from vplan_desktop.formatting import MINUS
from vplan_desktop.imports.budget_xlsx import read_budget
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan

TWO_DECIMALS, TKR = "#,##0.00;-#,##0.00", "#,##0;-#,##0"


def _add(doc: PlanDocument, kind: ItemKind, fields: dict[str, Any]) -> int:
    """A new item's id."""
    item_id = items.add_item(doc, kind, fields).item_id
    assert item_id is not None
    return item_id


def _column(doc: PlanDocument, tabell: BudgetTabell, slag: KolumnSlag, ar: int) -> int:
    """The column of that kind and year, added when the new plan has none."""
    found = [c for c in read_plan(doc).kolumner(tabell) if c.slag is slag and c.ar == ar]
    if found:
        return found[0].id
    return _add(doc, ItemKind.BUDGETKOLUMN, {"tabell": tabell, "slag": slag, "ar": ar})


def _build(doc: PlanDocument) -> None:
    """Socialnämnden 2026–2028: a driftbudget in mnkr with Utfall 2024, Prognos and Avvikelse
    2025 and a printed NETTOKOSTNAD for Budget 2026 that its rows do not add up to; a
    resultaträkning in tkr by verksamhet and by cost type, with an avvikelse; two investments,
    one with a year before the plan and outcomes."""
    budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
    u24 = _column(doc, BudgetTabell.DRIFT, KolumnSlag.UTFALL, 2024)
    b25 = _column(doc, BudgetTabell.DRIFT, KolumnSlag.BUDGET, 2025)
    p25 = _column(doc, BudgetTabell.DRIFT, KolumnSlag.PROGNOS, 2025)
    _column(doc, BudgetTabell.DRIFT, KolumnSlag.AVVIKELSE, 2025)
    b26 = _column(doc, BudgetTabell.DRIFT, KolumnSlag.BUDGET, 2026)
    p27 = _column(doc, BudgetTabell.DRIFT, KolumnSlag.PLAN, 2027)
    figures = {
        "Barn och familj": {u24: "11.9", b25: "12.3", p25: "12.8", b26: "12.5", p27: "12.75"},
        "Äldreomsorg": {b25: "40", p25: "39.4", b26: "41.2"},
    }
    units = {}
    for name, amounts in figures.items():
        units[name] = _add(doc, ItemKind.VERKSAMHET, {"namn": name})
        row = _add(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": units[name]})
        for column, amount in amounts.items():
            values.set_drift_amount(doc, row, column, Decimal(amount))
    values.set_column_total(doc, b26, Decimal("53.8"))  # the rows add up to 53,7
    values.set_kf_ram(doc, 2026, Decimal(54))

    rb25 = _column(doc, BudgetTabell.RESULTAT, KolumnSlag.BUDGET, 2025)
    rp25 = _column(doc, BudgetTabell.RESULTAT, KolumnSlag.PROGNOS, 2025)
    _column(doc, BudgetTabell.RESULTAT, KolumnSlag.AVVIKELSE, 2025)
    line = _add(doc, ItemKind.RESULTAT_RAD, {"verksamhet_id": units["Barn och familj"]})
    for column, intakter, kostnader in ((rb25, 1800, -14100), (rp25, 2000, -14900)):
        values.set_resultat_amount(doc, line, column, "intakter", intakter)
        values.set_resultat_amount(doc, line, column, "kostnader", kostnader)
    values.set_column_total(doc, rb25, -12250)  # Summa netto as printed; the rows: -12 300
    for name, budgeted, forecast in (
        ("Intäkter", 1800, 2000),
        ("Personalkostnader", -9600, -10100),
        ("Övriga kostnader", -4500, -4800),
    ):
        cost_type = _add(doc, ItemKind.KOSTNADSSLAG_RAD, {"namn": name})
        values.set_cost_type_amount(doc, cost_type, rb25, budgeted)
        values.set_cost_type_amount(doc, cost_type, rp25, forecast)

    school = _add(doc, ItemKind.INVESTERING, {"projekt": "Ny förskola", "projektnummer": "P1"})
    for year, planned in ((2024, 5000), (2025, 3000), (2026, 8000), (2027, 2000)):
        values.set_investment_amount(doc, school, year, planned)
    values.set_investment_amount(doc, school, 2024, 4800, falt="utfall")
    values.set_investment_amount(doc, school, 2025, 2900, falt="utfall")
    furniture = _add(doc, ItemKind.INVESTERING, {"projekt": "Inventarier", "projektnummer": "P2"})
    values.set_investment_amount(doc, furniture, 2026, 500)


@pytest.fixture(scope="module")
def plan(templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> d.PlanSnapshot:
    path = tmp_path_factory.mktemp("budget") / "plan.vplan"
    shutil.copyfile(templates["empty"], path)
    with PlanDocument.open(path) as doc:
        _build(doc)
        return read_plan(doc)


@pytest.fixture(scope="module")
def files(plan: d.PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exporter")
    out = {fmt: folder / f"budget.{fmt}" for fmt in ("docx", "pdf", "xlsx")}
    for fmt, path in out.items():
        export_plan(plan, fmt, path)
    return out


def _m(text: str) -> str:
    """A figure as printed: the typographic minus, no-break spaces."""
    return text.replace("-", MINUS).replace(" ", "\u00a0")


# What each table prints, column by column (blank where nothing is given), as its headings
# name the columns. Driftbudget in mnkr: avvikelse 2025 is budget minus prognos; every amount
# has two decimals, since 12,75 has.
DRIFT = {
    "Utfall 2024": ["11,90", "", "11,90", "", ""],
    "Budget 2025": ["12,30", "40,00", "52,30", "", ""],
    "Prognos 2025": ["12,80", "39,40", "52,20", "", ""],
    "Avvikelse 2025": ["-0,50", "0,60", "0,10", "", ""],
    "Budget 2026": ["12,50", "41,20", "53,80", "54,00", "0,20"],
    "Plan 2027": ["12,75", "", "12,75", "", ""],
}
DRIFT_ROWS = ["Barn och familj", "Äldreomsorg", "NETTOKOSTNAD", "KF:s ram", "Differens mot ram"]
# In the resultaträkning (kostnader negative) avvikelse is prognos minus budget: more income is
# positive, higher costs negative, as in the driftbudget a negative avvikelse is worse.
RESULTAT = {
    "Budget 2025": ["1 800", "-14 100", "-12 300", "1 800", "-14 100", "-12 250"],
    "Prognos 2025": ["2 000", "-14 900", "-12 900", "2 000", "-14 900", "-12 900"],
    "Avvikelse 2025": ["200", "-800", "-600", "200", "-800", "-650"],
}
COST_TYPES = {
    "Budget 2025": ["1 800", "-9 600", "-4 500", "-12 300"],
    "Prognos 2025": ["2 000", "-10 100", "-4 800", "-12 900"],
    "Avvikelse 2025": ["200", "-500", "-300", "-600"],
}
COST_TYPE_ROWS = ["Intäkter", "Personalkostnader", "Övriga kostnader", "Nettokostnad"]
INVESTMENT_YEARS = ["Budget 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
INVESTMENTS = {
    "Ny förskola": ["5 000", "3 000", "8 000", "2 000", "", "", ""],
    "Utfall": ["4 800", "2 900", "", "", "", "", ""],
    "Inventarier": ["", "", "500", "", "", "", ""],
    "SUMMA INVESTERINGAR": ["5 000", "3 000", "8 500", "2 000", "", "", ""],
    "SUMMA UTFALL": ["4 800", "2 900", "", "", "", "", ""],
}


def test_the_budget_module_gives_the_figures_the_tables_print(plan: d.PlanSnapshot) -> None:
    """The expectations below rest on these: a printed total kept as given, avvikelse
    computed, history years first."""
    drift = budget.driftbudget(plan)
    b26 = next(n for n, c in enumerate(drift.columns) if c.rubrik == "Budget 2026")
    assert (drift.totals[b26], drift.sums[b26]) == (Decimal("53.8"), Decimal("53.7"))
    assert budget.investeringar(plan).years[:3] == (2024, 2025, 2026)
    assert budget.investeringar(plan).has_utfall()


# --- Word -------------------------------------------------------------------------------------


def _word_table(path: Path, first: str) -> tuple[list[str], dict[str, list[str]]]:
    """The Word table whose header starts with ``first``: its headings and its rows by label
    (an "Utfall" line keyed as such)."""
    table = next(t for t in Document(str(path)).tables if t.cell(0, 0).text == first)
    header = [c.text.split("\n")[0] for c in table.rows[0].cells]
    rows = {row.cells[0].text: [c.text for c in row.cells] for row in table.rows[1:]}
    return header, rows


def _column_figures(
    header: list[str], rows: dict[str, list[str]], labels: list[str], heading: str
) -> list[str]:
    index = header.index(heading)
    return [rows[label][index] for label in labels]


def test_word_captions_say_each_tables_unit(files: dict[str, Path]) -> None:
    captions = [
        p.text for p in Document(str(files["docx"])).paragraphs if style_name(p) == "Caption"
    ]
    assert captions == [
        "Nettobelopp i mnkr",
        "Nettokostnad och KF:s ram per år (mnkr)",
        "Belopp i tkr",  # resultaträkning
        "Belopp i tkr",  # by cost type
        "Belopp i tkr",  # investments
    ]


def test_word_prints_mnkr_with_decimals_the_given_total_and_the_avvikelse(
    files: dict[str, Path],
) -> None:
    header, rows = _word_table(files["docx"], "Verksamhet")
    for heading, figures in DRIFT.items():
        shown = _column_figures(header, rows, DRIFT_ROWS, heading)
        assert shown == [_m(f) for f in figures], heading


def test_word_prints_the_resultatrakning_and_by_cost_type(files: dict[str, Path]) -> None:
    header, rows = _word_table(files["docx"], "Resultaträkning")
    labels = [
        "Barn och familj, intäkter",
        "Barn och familj, kostnader",
        "Barn och familj, netto",
        "Summa intäkter",
        "Summa kostnader",
        "Summa netto",
    ]
    for heading, figures in RESULTAT.items():
        assert _column_figures(header, rows, labels, heading) == [_m(f) for f in figures]
    doc = Document(str(files["docx"]))
    titles = [p.text for p in doc.paragraphs if style_name(p) == "Heading 3"]
    assert titles == ["Resultaträkning per kostnadsslag"]  # over its table
    header, rows = _word_table(files["docx"], "Kostnadsslag")
    assert list(rows) == COST_TYPE_ROWS
    for heading, figures in COST_TYPES.items():
        assert _column_figures(header, rows, COST_TYPE_ROWS, heading) == [_m(f) for f in figures]


def test_word_prints_investment_history_and_outcomes(files: dict[str, Path]) -> None:
    header, rows = _word_table(files["docx"], "Projekt")
    assert header == ["Projekt", "Projektnr", *INVESTMENT_YEARS, "Plan 2029", "Plan 2030"]
    assert list(rows) == list(INVESTMENTS)  # the outcome line right under its project
    for label, figures in INVESTMENTS.items():
        assert rows[label][2:] == [_m(f) for f in figures], label


def test_a_plan_without_cost_types_or_outcomes_prints_neither(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    bare = replace(
        plan,
        kostnadsslag=(),
        investeringar=tuple(replace(i, utfall={}) for i in plan.investeringar),
    )
    export_plan(bare, "docx", tmp_path / "utan.docx")
    doc = Document(str(tmp_path / "utan.docx"))
    assert not any(p.text == "Resultaträkning per kostnadsslag" for p in doc.paragraphs)
    assert not any(t.cell(0, 0).text == "Kostnadsslag" for t in doc.tables)
    _, rows = _word_table(tmp_path / "utan.docx", "Projekt")
    assert list(rows) == ["Ny förskola", "Inventarier", "SUMMA INVESTERINGAR"]
    export_plan(bare, "xlsx", tmp_path / "utan.xlsx")
    book = openpyxl.load_workbook(tmp_path / "utan.xlsx")
    assert "Resultat per kostnadsslag" not in book.sheetnames
    headings = [c.value for c in book["Investeringar"][4] if c.value]
    assert not [h for h in headings if h.startswith("Utfall")]


def test_a_plan_without_a_ram_from_kf_prints_no_ram_rows(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    bare = replace(plan, kf_ram=())
    export_plan(bare, "docx", tmp_path / "utan.docx")
    _, rows = _word_table(tmp_path / "utan.docx", "Verksamhet")
    assert list(rows)[-1] == "NETTOKOSTNAD"
    assert "KF:s ram" not in rows and "Differens mot ram" not in rows
    captions = [
        p.text
        for p in Document(str(tmp_path / "utan.docx")).paragraphs
        if style_name(p) == "Caption"
    ]
    assert "Nettokostnad per år (mnkr)" in captions
    export_plan(bare, "pdf", tmp_path / "utan.pdf")
    text = pdf_text(tmp_path / "utan.pdf")
    assert "Differens mot ram" not in text and "KF:s ram" not in text
    assert "Nettokostnad per år (mnkr)" in text


# --- PDF --------------------------------------------------------------------------------------


def _pdf_row(label: str, figures: list[str]) -> str:
    """A table row as the PDF's text gives it: the label, then each figure given, one a line."""
    return "\n".join([label, *[_m(f) for f in figures if f]])


def test_pdf_prints_the_same_tables(plan: d.PlanSnapshot, files: dict[str, Path]) -> None:
    text = pdf_text(files["pdf"])
    for caption in ("Nettobelopp i mnkr", "Belopp i tkr", "Resultaträkning per kostnadsslag"):
        assert caption in text.splitlines()
    assert "Nettokostnad och KF:s ram per år (mnkr)" in text
    assert "2026: nettokostnad 53,80 mnkr, ram 54,00 mnkr" in text  # the chart's text
    # A row is its label, then the figures given, in the order of the plan's columns.
    drift = [c.rubrik for c in plan.kolumner(BudgetTabell.DRIFT) if c.rubrik in DRIFT]
    for n, label in enumerate(DRIFT_ROWS):
        assert _pdf_row(label, [DRIFT[h][n] for h in drift]) in text, label
    result = [c.rubrik for c in plan.kolumner(BudgetTabell.RESULTAT) if c.rubrik in COST_TYPES]
    for n, label in enumerate(COST_TYPE_ROWS):
        assert _pdf_row(label, [COST_TYPES[h][n] for h in result]) in text, label
    numbers = {"Ny förskola": "P1", "Inventarier": "P2"}  # Projektnr, before the years
    for label, figures in INVESTMENTS.items():
        shown = [numbers[label], *figures] if label in numbers else figures
        assert _pdf_row(label, shown) in text, label


# --- Excel ------------------------------------------------------------------------------------


def _calculated(path: Path) -> dict[tuple[str, str], Any]:
    """Every formula's value, recalculated as Excel does on opening."""
    solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    found: dict[tuple[str, str], Any] = {}
    for key, value in solution.items():
        if match := SOLUTION_CELL.fullmatch(str(key)):
            found[(match["sheet"].upper(), match["cell"])] = value.value[0][0]
    return found


def _sheet_figures(path: Path, name: str) -> dict[str, dict[str, Decimal | None]]:
    """A sheet's figures by row label and column heading, formulas recalculated (to the three
    decimals an amount has: Excel's binary noise left out)."""
    calculated = _calculated(path)
    sheet = openpyxl.load_workbook(path)[name]
    headings = [c.value for c in sheet[4]]
    table: dict[str, dict[str, Decimal | None]] = {}
    for row in sheet.iter_rows(min_row=5):
        figures: dict[str, Decimal | None] = {}
        for heading, cell in zip(headings, row, strict=False):
            value = cell.value
            if isinstance(value, str) and value.startswith("="):
                value = calculated[(name.upper(), cell.coordinate)]
            if isinstance(value, int | float) and not isinstance(value, bool):
                figures[str(heading)] = Decimal(str(round(float(value), 3))).normalize()
            else:
                figures[str(heading)] = None
        table[str(row[0].value)] = figures
    return table


def _amount(figure: str) -> Decimal | None:
    return Decimal(figure.replace(" ", "").replace(",", ".")).normalize() if figure else None


def test_excel_sheets_say_their_unit_and_show_mnkr_decimals(files: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(files["xlsx"])
    assert book.sheetnames[:4] == [
        "Driftbudget",
        "Resultaträkning",
        "Resultat per kostnadsslag",
        "Investeringar",
    ]
    units = [book[name]["A2"].value for name in book.sheetnames[:4]]
    assert units == ["Nettobelopp i mnkr", "Belopp i tkr", "Belopp i tkr", "Belopp i tkr"]
    drift = book["Driftbudget"]
    headings = {c.value: c.column_letter for c in drift[4] if c.value}
    budget_2025, plan_2027 = headings["Budget 2025"], headings["Plan 2027"]
    # One format for the whole table: two decimals, since 12,75 has two.
    assert drift[f"{budget_2025}5"].value == pytest.approx(12.3)
    assert drift[f"{budget_2025}5"].number_format == TWO_DECIMALS
    assert drift[f"{budget_2025}6"].value == 40  # 40,00 mnkr: the format shows the decimals
    assert drift[f"{budget_2025}6"].number_format == TWO_DECIMALS
    assert drift[f"{plan_2027}5"].number_format == TWO_DECIMALS  # 12,75 as typed
    assert drift[f"{budget_2025}7"].number_format == TWO_DECIMALS  # NETTOKOSTNAD, a formula
    assert book["Resultaträkning"]["B5"].number_format == TKR


def test_excel_writes_a_given_total_as_the_plan_prints_it(files: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(files["xlsx"])
    drift = book["Driftbudget"]
    column = next(c.column_letter for c in drift[4] if c.value == "Budget 2026")
    total = drift[f"{column}7"]
    assert drift["A7"].value == "NETTOKOSTNAD"
    assert total.value == pytest.approx(53.8)  # a value, not a SUM of the rows
    assert total.comment.text == "Angiven summa; raderna summerar till 53,70."
    budget_2025 = next(c.column_letter for c in drift[4] if c.value == "Budget 2025")
    assert drift[f"{budget_2025}7"].value.startswith("=IF(COUNT(")  # no given total: the sum
    assert drift[f"{budget_2025}7"].comment is None
    result = book["Resultaträkning"]
    summa = next(r for r in result.iter_rows(min_row=5) if r[0].value == "Summa netto")
    column = next(c.column - 1 for c in result[4] if c.value == "Budget 2025")
    assert summa[column].value == -12250
    assert summa[column].comment.text == "Angiven summa; raderna summerar till -12\u00a0300."


def test_excel_figures_recalculated_are_the_plans(files: dict[str, Path]) -> None:
    """Sums and avvikelse formulas, recalculated, give what Word prints."""
    path = files["xlsx"]
    drift = _sheet_figures(path, "Driftbudget")
    for heading, figures in DRIFT.items():
        shown = [drift[label][heading] for label in DRIFT_ROWS]
        assert shown == [_amount(f) for f in figures], heading
    cost_types = _sheet_figures(path, "Resultat per kostnadsslag")
    for heading, figures in COST_TYPES.items():
        shown = [cost_types[label][heading] for label in COST_TYPE_ROWS]
        assert shown == [_amount(f) for f in figures], heading
    result = _sheet_figures(path, "Resultaträkning")
    assert result["Barn och familj, netto"]["Avvikelse 2025"] == Decimal(-600)
    assert result["Summa netto"]["Avvikelse 2025"] == Decimal(-650)  # from the given total
    book = openpyxl.load_workbook(path)
    deviation = next(c.column_letter for c in book["Driftbudget"][4] if c.value == "Avvikelse 2025")
    assert book["Driftbudget"][f"{deviation}5"].value.startswith("=IF(AND(ISNUMBER(")


def test_excel_investments_have_history_and_outcome_columns(
    plan: d.PlanSnapshot, files: dict[str, Path]
) -> None:
    sheet = openpyxl.load_workbook(files["xlsx"])["Investeringar"]
    assert [c.value for c in sheet[4]] == [
        "Projekt",
        "Projektnummer",
        *INVESTMENT_YEARS,
        "Plan 2029",
        "Plan 2030",
        "Utfall 2024",
        "Utfall 2025",
    ]
    figures = _sheet_figures(files["xlsx"], "Investeringar")
    assert figures["Ny förskola"]["Utfall 2024"] == 4800
    assert figures["SUMMA INVESTERINGAR"]["Utfall 2025"] == 2900  # the outcomes' sum
    assert figures["SUMMA INVESTERINGAR"]["Budget 2026"] == 8500
    # The budget import reads the workbook back as no change: units, history, outcomes.
    assert read_budget(plan, files["xlsx"]) == []


# --- the chart of a small budget in mnkr --------------------------------------------------------


def test_the_chart_axis_of_a_small_mnkr_budget_has_decimals(
    plan: d.PlanSnapshot, tmp_path: Path
) -> None:
    """A nämnd of 1,3 mnkr: the PDF's value axis used to round its labels to "0, 0, 1, 1" and
    the Word chart to draw lines a whole mnkr apart only."""
    small = replace(
        plan,
        driftbudget=tuple(
            replace(r, belopp={k: v / 40 for k, v in r.belopp.items()}) for r in plan.driftbudget
        ),
        budgetkolumner=tuple(replace(c, angiven_summa=None) for c in plan.budgetkolumner),
        kf_ram=(d.KfRam(2026, Decimal("1.4"), ""),),
    )
    export_plan(small, "pdf", tmp_path / "liten.pdf")
    text = pdf_text(tmp_path / "liten.pdf")
    assert "2028\n0\n0,5\n1\n1,5\nNettokostnad" in text  # the years, then the value axis
    # The chart's text writes its figures as the table does: with the table's decimals (five
    # here, since 12,75 / 40 = 0,31875 has five; a plan holds at most three).
    assert "2026: nettokostnad 1,34250 mnkr, ram 1,40000 mnkr" in text
    # The Word chart is a picture: its lines are drawn at these values.
    step = chart_image.axis_step(1.4)
    assert [chart_image.axis_label(step * n) for n in range(4)] == ["0", "0,5", "1", "1,5"]
    assert chart_image.axis_label(chart_image.axis_step(130_000) * 2) == "100\u00a0000"
