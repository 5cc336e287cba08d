"""One number of decimals per budget table, as municipalities print them: every amount of a table
is written with the most decimals any of its amounts has (at least one in mnkr), so that the
decimal commas line up and nothing stored is rounded away – in Word, the PDF and Excel alike."""

from __future__ import annotations

from decimal import Decimal
from itertools import product
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from tests.pdf_reading import pdf_text
from vplan_desktop import budget
from vplan_desktop.budget_labels import amount_decimals, drift_amounts, table_decimals
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BeloppEnhet, BudgetTabell
from vplan_desktop.exports.export import export_plan
from vplan_desktop.formatting import MINUS, format_amount, parse_amount
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import budget_units, items, values
from vplan_desktop.services.read import read_plan

NBSP = "\u00a0"
THREE = "#,##0.000;-#,##0.000"
TWO = "#,##0.00;-#,##0.00"
TKR = "#,##0;-#,##0"

DRIFT = ["1.612", "46.21", "36"]  # mnkr, Budget 2026: one has three decimals
INVESTMENTS = ["12.3", "40", "7.25"]  # mnkr, Budget 2026: one has two decimals


def _d(values: list[str]) -> list[Decimal]:
    return [Decimal(v) for v in values]


# --- the rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amounts", "unit", "decimals"),
    [
        (DRIFT, "mnkr", 3),
        (INVESTMENTS, "mnkr", 2),
        (["40", "12"], "mnkr", 1),  # mnkr shows at least one decimal
        ([], "mnkr", 1),
        (["1307", "-2000"], "tkr", 0),  # tkr whole numbers as before
        (["120", "-1020.5"], "tkr", 1),  # tkr shows decimals once an amount has them
        (["36.000", "12.30"], "mnkr", 1),  # trailing zeros are no decimals
        (["-0.005", "3"], "tkr", 3),
    ],
)
def test_a_table_has_the_most_decimals_any_of_its_amounts_has(
    amounts: list[str], unit: str, decimals: int
) -> None:
    assert table_decimals([*_d(amounts), None], unit) == decimals
    assert table_decimals(_d(amounts), BeloppEnhet(unit)) == decimals


def test_a_table_prints_each_amount_with_its_decimals() -> None:
    drift = table_decimals(_d(DRIFT), "mnkr")
    assert [format_amount(a, "mnkr", decimals=drift) for a in _d(DRIFT)] == [
        "1,612",
        "46,210",
        "36,000",
    ]
    investments = table_decimals(_d(INVESTMENTS), "mnkr")
    assert [format_amount(a, "mnkr", decimals=investments) for a in _d(INVESTMENTS)] == [
        "12,30",
        "40,00",
        "7,25",
    ]
    tkr = [Decimal(1307), Decimal(-8055), Decimal(0)]
    decimals = table_decimals(tkr, "tkr")
    assert [format_amount(a, "tkr", decimals=decimals) for a in tkr] == [
        f"1{NBSP}307",
        f"-8{NBSP}055",
        "0",
    ]
    assert [format_amount(a, "tkr", decimals=decimals) for a in tkr] == [
        format_amount(a, "tkr") for a in tkr
    ]  # as before the rule
    assert format_amount(None, "mnkr", decimals=3) == ""


def test_the_rule_never_rounds_an_amount() -> None:
    """``format_amount`` rounds half up to the decimals it is given (1,612 with one decimal
    prints 1,6); the table's decimals are never fewer than an amount has, so every amount
    printed reads back as the amount stored."""
    assert format_amount(Decimal("1.612"), "mnkr", decimals=1) == "1,6"  # what the rule prevents
    samples = _d(["0", "1", "-1", "0.5", "-0.05", "0.005", "12.345", "-999999999.999", "40"])
    for unit, table in product(("tkr", "mnkr"), product(samples, repeat=3)):
        decimals = table_decimals(table, unit)
        assert decimals >= max(amount_decimals(a) for a in table)
        for amount in table:
            printed = format_amount(amount, unit, decimals=decimals, minus=MINUS)
            assert parse_amount(printed) == amount, (unit, table, printed)
            fraction = printed.partition(",")[2]
            assert len(fraction) == decimals, (unit, table, printed)  # the commas line up


# --- the exports -----------------------------------------------------------------------------


def _column(doc: PlanDocument, tabell: BudgetTabell, rubrik: str) -> int:
    return next(c.id for c in read_plan(doc).kolumner(tabell) if c.rubrik == rubrik)


def _add(doc: PlanDocument, kind: ItemKind, fields: dict[str, object]) -> int:
    item_id = items.add_item(doc, kind, fields).item_id
    assert item_id is not None
    return item_id


@pytest.fixture
def files(doc: PlanDocument, tmp_path: Path) -> dict[str, Path]:
    """The empty plan (2026–2028) with a driftbudget in mnkr (Budget 2026: 1,612, 46,21 and 36;
    KF's ram 84), investments in mnkr (12,3, 40 and 7,25 for 2026) and a resultaträkning in
    tkr of whole numbers, exported to Word, PDF and Excel."""
    budget_units.set_budget_unit(doc, "drift", BeloppEnhet.MNKR)
    budget_units.set_budget_unit(doc, "investering", BeloppEnhet.MNKR)
    b26 = _column(doc, BudgetTabell.DRIFT, "Budget 2026")
    for name, amount in zip(("Barn", "Skola", "Omsorg"), _d(DRIFT), strict=True):
        unit = _add(doc, ItemKind.VERKSAMHET, {"namn": name})
        row = _add(doc, ItemKind.DRIFTBUDGET_RAD, {"verksamhet_id": unit})
        values.set_drift_amount(doc, row, b26, amount)
    values.set_kf_ram(doc, 2026, Decimal(84))
    for name, amount in zip(("Förskola", "Skolgård", "Inventarier"), _d(INVESTMENTS), strict=True):
        project = _add(doc, ItemKind.INVESTERING, {"projekt": name})
        values.set_investment_amount(doc, project, 2026, amount)
    r25 = _column(doc, BudgetTabell.RESULTAT, "Budget 2025")
    line = _add(doc, ItemKind.RESULTAT_RAD, {"verksamhet_id": read_plan(doc).verksamheter[0].id})
    values.set_resultat_amount(doc, line, r25, "intakter", 1800)
    values.set_resultat_amount(doc, line, r25, "kostnader", -14100)
    plan = read_plan(doc)
    assert table_decimals(drift_amounts(budget.driftbudget(plan)), "mnkr") == 3
    out = {fmt: tmp_path / f"budget.{fmt}" for fmt in ("docx", "pdf", "xlsx")}
    for fmt, path in out.items():
        export_plan(plan, fmt, path)
    return out


def _m(text: str) -> str:
    """A figure as printed: the typographic minus, no-break spaces."""
    return text.replace("-", MINUS).replace(" ", NBSP)


# Budget 2026 as each table prints it, row by row.
DRIFT_PRINTED = {
    "Barn": "1,612",
    "Skola": "46,210",
    "Omsorg": "36,000",
    "NETTOKOSTNAD": "83,822",
    "KF:s ram": "84,000",
    "Differens mot ram": "0,178",
}
INVESTMENTS_PRINTED = {
    "Förskola": "12,30",
    "Skolgård": "40,00",
    "Inventarier": "7,25",
    "SUMMA INVESTERINGAR": "59,55",
}
RESULTAT_PRINTED = {
    "Barn, intäkter": "1 800",
    "Barn, kostnader": "-14 100",
    "Barn, netto": "-12 300",
    "Summa netto": "-12 300",
}


def _word_column(path: Path, first: str, heading: str) -> dict[str, str]:
    """One column of the Word table whose header starts with ``first``, by row label."""
    table = next(t for t in Document(str(path)).tables if t.cell(0, 0).text == first)
    header = [c.text.split("\n")[0] for c in table.rows[0].cells]
    column = header.index(heading)
    return {row.cells[0].text: row.cells[column].text for row in table.rows[1:]}


def test_word_prints_each_table_with_one_number_of_decimals(files: dict[str, Path]) -> None:
    drift = _word_column(files["docx"], "Verksamhet", "Budget 2026")
    assert drift == {label: _m(f) for label, f in DRIFT_PRINTED.items()}
    investments = _word_column(files["docx"], "Projekt", "Budget 2026")
    assert investments == {label: _m(f) for label, f in INVESTMENTS_PRINTED.items()}
    result = _word_column(files["docx"], "Resultaträkning", "Budget 2025")
    for label, figure in RESULTAT_PRINTED.items():
        assert result[label] == _m(figure), label  # tkr whole numbers as before


def test_pdf_prints_each_table_with_one_number_of_decimals(files: dict[str, Path]) -> None:
    lines = pdf_text(files["pdf"]).splitlines()

    def after(label: str) -> str:
        """The figure printed right after a row's label (the table's only figure there)."""
        return lines[lines.index(label) + 1]

    for label, figure in DRIFT_PRINTED.items():
        assert after(label) == _m(figure), label
    assert after("Förskola") == _m("12,30")
    assert after("Skolgård") == _m("40,00")
    assert after("Inventarier") == _m("7,25")
    assert after("SUMMA INVESTERINGAR") == _m("59,55")
    assert after("Barn, intäkter") == _m("1 800")
    assert "2026: nettokostnad 83,822 mnkr, ram 84,000 mnkr" in pdf_text(files["pdf"])


def test_excel_gives_each_table_one_number_format(files: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(files["xlsx"])
    drift = book["Driftbudget"]
    column = next(c.column_letter for c in drift[4] if c.value == "Budget 2026")
    cells = {drift[f"A{r}"].value: drift[f"{column}{r}"] for r in range(5, 11)}
    assert list(cells) == list(DRIFT_PRINTED)
    assert {c.number_format for c in cells.values()} == {THREE}  # formulas included
    typed = [cells[label].value for label in ("Barn", "Skola", "Omsorg", "KF:s ram")]
    assert [Decimal(str(v)) for v in typed] == [*_d(DRIFT), Decimal(84)]  # exact, not rounded
    assert str(cells["NETTOKOSTNAD"].value).startswith("=")
    # Every column of the table, blank ones too, has the table's format.
    other = next(c.column_letter for c in drift[4] if c.value == "Plan 2027")
    assert drift[f"{other}5"].number_format == THREE

    sheet = book["Investeringar"]
    column = next(c.column_letter for c in sheet[4] if c.value == "Budget 2026")
    amounts = [sheet[f"{column}{r}"] for r in range(5, 9)]
    assert sheet["A8"].value == "SUMMA INVESTERINGAR"
    assert {c.number_format for c in amounts} == {TWO}
    assert [Decimal(str(c.value)) for c in amounts[:3]] == _d(INVESTMENTS)

    result = book["Resultaträkning"]
    assert result["A5"].value == "Barn, intäkter"
    column = next(c.column_letter for c in result[4] if c.value == "Budget 2025")
    assert result[f"{column}5"].value == 1800
    assert result[f"{column}5"].number_format == TKR
