"""Every derived budget figure comes from ``vplan_desktop.budget``: the app's grids, Excel's
formulas (recalculated), Word and the PDF show the same totals, netto, KF's ram and difference
for any budget."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.budget_reading import (
    Table,
    app_tables,
    excel_tables,
    pdf_figures,
    pdf_pieces,
    word_tables,
)
from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, KolumnSlag
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.budget_xlsx import read_budget
from vplan_desktop.interchange import import_json
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import validate

FIRST, LAST = 2026, 2028


@pytest.fixture(scope="module")
def empty(templates: dict[str, Path]) -> d.PlanSnapshot:
    """A new plan, 2026–2028: its own columns, no rows."""
    with PlanDocument.open(templates["empty"], read_only=True) as doc:
        return read_plan(doc)


def _columns(tabell: BudgetTabell, *kinds: tuple[KolumnSlag, int]) -> tuple[d.BudgetKolumn, ...]:
    start = 100 if tabell is BudgetTabell.DRIFT else 200
    return tuple(d.BudgetKolumn(start + n, tabell, s, y, "") for n, (s, y) in enumerate(kinds))


def _drift_plan(
    empty: d.PlanSnapshot,
    columns: tuple[d.BudgetKolumn, ...],
    rows: Sequence[dict[int, int]],
    ram: dict[int, int],
) -> d.PlanSnapshot:
    units = tuple(d.Verksamhet(n + 1, f"Enhet {n + 1}") for n in range(len(rows)))
    return replace(
        empty,
        verksamheter=units,
        budgetkolumner=columns,
        driftbudget=tuple(
            d.DriftbudgetRad(n + 1, n + 1, {k: Decimal(v) for k, v in r.items()})
            for n, r in enumerate(rows)
        ),
        kf_ram=tuple(d.KfRam(year, Decimal(amount), "") for year, amount in ram.items()),
    )


def _tkr(*amounts: int | None) -> tuple[Decimal | None, ...]:
    return tuple(None if a is None else Decimal(a) for a in amounts)


def _cell(*amounts: int | None) -> d.ResultatBelopp:
    """A resultaträkning cell: intäkter, kostnader and netto, each whole or blank."""
    intakter, kostnader, netto = _tkr(*amounts)
    return d.ResultatBelopp(intakter, kostnader, netto)


# --- the module's rules ----------------------------------------------------------------------


def test_a_total_counts_what_is_given_and_is_blank_when_nothing_is() -> None:
    assert budget.total([5, None, -7]) == Decimal(-2)
    assert budget.total([None, None]) is None
    assert budget.total([]) is None
    assert budget.total([0]) == Decimal(0)


def test_the_ram_applies_to_one_column_per_plan_year(empty: d.PlanSnapshot) -> None:
    columns = _columns(
        BudgetTabell.DRIFT,
        (KolumnSlag.BUDGET, 2025),  # last year's budget: not a plan year
        (KolumnSlag.BUDGET, 2026),
        (KolumnSlag.PLAN, 2026),  # last year's plan for 2026: the budget year has its Budget
        (KolumnSlag.PROGNOS, 2027),
        (KolumnSlag.BUDGET, 2027),  # no Plan 2027: the Budget column takes the ram
        (KolumnSlag.PLAN, 2028),
        (KolumnSlag.PLAN, 2029),  # after the period
    )
    plan = _drift_plan(empty, columns, [], {})
    applies = [c.rubrik for c in columns if budget.ram_applies(plan, c)]
    assert applies == ["Budget 2026", "Budget 2027", "Plan 2028"]
    assert [budget.year_column(plan, y) for y in (2025, 2029)] == [None, None]


def test_the_difference_is_the_ram_less_the_nettokostnad(empty: d.PlanSnapshot) -> None:
    columns = _columns(
        BudgetTabell.DRIFT,
        (KolumnSlag.BOKSLUT, 2025),
        (KolumnSlag.BUDGET, 2026),
        (KolumnSlag.PLAN, 2026),
        (KolumnSlag.PLAN, 2027),
        (KolumnSlag.PLAN, 2028),
    )
    bokslut, budget_2026, plan_2026, plan_2027, _ = (c.id for c in columns)
    rows = [
        {bokslut: 90, budget_2026: 100, plan_2026: 95, plan_2027: 110},
        {budget_2026: -30, plan_2027: 40},
    ]
    drift = budget.driftbudget(_drift_plan(empty, columns, rows, {2026: 60, 2027: 140, 2028: 5}))
    assert drift.totals == _tkr(90, 70, 95, 150, None)
    assert drift.ram == _tkr(None, 60, None, 140, 5)
    # Over the ram in 2026 and 2027; nothing budgeted for 2028 yet: the whole ram is left.
    assert drift.difference == _tkr(None, -10, None, -10, 5)
    assert [(y.year, y.netto, y.ram, y.difference) for y in drift.years] == [
        (2026, *_tkr(70, 60, -10)),
        (2027, *_tkr(150, 140, -10)),
        (2028, *_tkr(None, 5, 5)),
    ]


def test_validation_compares_the_ram_with_the_same_column(empty: d.PlanSnapshot) -> None:
    """Plan 2026 is over the ram but the ram is for Budget 2026, which is not: no finding
    about 2026 (the app and Word used to show a difference under both columns)."""
    columns = _columns(BudgetTabell.DRIFT, (KolumnSlag.BUDGET, 2026), (KolumnSlag.PLAN, 2026))
    plan = _drift_plan(empty, columns, [{100: 50, 101: 500}], {2026: 100})
    over = [f.message for f in validate(plan) if f.rule == "drift.over_ram"]
    assert over == []
    plan = _drift_plan(empty, columns, [{100: 150, 101: 50}], {2026: 100})
    over = [f.message for f in validate(plan) if f.rule == "drift.over_ram"]
    assert over == ["Nettokostnaden 2026 (150 tkr) överstiger KF:s ram (100 tkr) med 50 tkr."]


def test_netto_is_as_typed_or_intakter_plus_kostnader() -> None:
    cell = _cell
    assert budget.netto(cell(100, -80, None)) == 20
    assert budget.netto(cell(None, -80, None)) == -80
    assert budget.netto(cell(100, -80, 25)) == 25  # typed by hand: kept, validation objects
    assert budget.netto(cell(None, None, 7)) == 7
    assert budget.netto(cell(None, None, None)) is None
    assert budget.netto(None) is None
    assert not budget.netto_as_given(cell(100, -80, 20))
    assert budget.netto_as_given(cell(100, -80, 25))
    assert budget.netto_as_given(cell(None, None, 7))


def test_resultatrakning_sums_each_line(empty: d.PlanSnapshot) -> None:
    columns = _columns(BudgetTabell.RESULTAT, (KolumnSlag.BUDGET, 2026), (KolumnSlag.PLAN, 2027))
    a, b = (c.id for c in columns)
    rows = (
        d.ResultatRad(1, 1, {a: _cell(100, -80, None)}),
        d.ResultatRad(2, 2, {a: _cell(None, -5, -6), b: _cell(None, None, None)}),
    )
    plan = replace(
        empty,
        verksamheter=(d.Verksamhet(1, "A"), d.Verksamhet(2, "B")),
        budgetkolumner=columns,
        resultatrakning=rows,
    )
    result = budget.resultatrakning(plan)
    assert [line.netto for line in result.lines] == [_tkr(20, None), _tkr(-6, None)]
    assert [line.computed for line in result.lines] == [(True, False), (False, False)]
    assert (result.intakter, result.kostnader, result.netto) == (
        _tkr(100, None),
        _tkr(-85, None),
        _tkr(14, None),
    )


def test_investments_total_per_year(empty: d.PlanSnapshot) -> None:
    plan = replace(
        empty,
        investeringar=(
            d.Investering(1, "Skola", "", {2026: Decimal(10), 2028: Decimal(-3)}),
            d.Investering(2, "Väg", "", {2026: Decimal(5)}),
        ),
    )
    figures = budget.investeringar(plan)
    assert figures.years == (2026, 2027, 2028, 2029, 2030)
    assert figures.totals == _tkr(15, None, -3, None, None)


def test_a_deviation_is_a_less_b_and_its_share_of_a() -> None:
    deviation = budget.deviation(200, 150)  # budget 200, prognos 150
    assert deviation == budget.Deviation(Decimal(50), Decimal(25))
    assert budget.deviation(-200, -250) == budget.Deviation(Decimal(50), Decimal(25))
    third = budget.deviation(3, 2)
    assert third is not None and third.percent is not None
    assert third.percent.quantize(Decimal("0.01")) == Decimal("33.33")  # exact, no float
    assert budget.deviation(0, 5) == budget.Deviation(Decimal(-5), None)
    assert budget.deviation(None, 5) is None and budget.deviation(5, None) is None


# --- the property: every output shows the module's figures --------------------------------------

AMOUNT = st.one_of(
    st.none(),
    st.integers(-50_000, 50_000),
    # Up to 100 billion kronor. Amounts near the bound (999 999 999 999 tkr) are broken over
    # two lines in a full-width PDF table, so the PDF could not be read back.
    st.sampled_from([0, 99_999_999, -99_999_999]),
)
DRIFT_KINDS = [
    ("bokslut", 2025),
    ("budget", 2025),
    ("budget", 2026),
    ("plan", 2026),
    ("prognos", 2026),
    ("budget", 2027),
    ("plan", 2027),
    ("plan", 2028),
]
RESULT_KINDS = [("bokslut", 2025), ("prognos", 2026), ("budget", 2026), ("plan", 2027)]


def _subset(kinds: list[tuple[str, int]]) -> st.SearchStrategy[list[tuple[str, int]]]:
    return st.lists(st.sampled_from(kinds), min_size=1, max_size=5, unique=True).map(
        lambda chosen: sorted(chosen, key=kinds.index)
    )


def _key(kind: tuple[str, int]) -> str:
    return f"{kind[0]}-{kind[1]}"


@st.composite
def _netto(draw: st.DrawFn, intakter: int | None, kostnader: int | None) -> int | None:
    """Mostly none (computed); sometimes typed, right or wrong."""
    right = (intakter or 0) + (kostnader or 0)
    return draw(st.sampled_from([None, None, right]) | st.integers(-9_999, 9_999))


def _plan_data(
    last: int,
    units: int,
    drift: dict[str, Any],
    resultat: dict[str, Any],
    investments: list[dict[str, Any]],
) -> dict[str, Any]:
    """A plan with budget tables only, in the interchange format."""
    return {
        "format": "vplan-plan",
        "version": 1,
        "uppgifter": {
            "kommun": "Provkommun",
            "namnd": "Socialnämnden",
            "forvaltning": "Socialförvaltningen",
            "titel": "Budget",
            "forsta_ar": FIRST,
            "sista_ar": last,
        },
        "verksamheter": [{"id": n, "namn": f"Enhet {n}"} for n in range(1, units + 1)],
        "driftbudget": drift,
        "resultatrakning": resultat,
        "investeringar": investments,
    }


@st.composite
def budgets(draw: st.DrawFn) -> dict[str, Any]:
    """A plan's budget tables in the interchange format: a few verksamheter, columns of every
    kind, blank and negative amounts, KF's ram for some years."""
    last = draw(st.integers(FIRST, LAST))
    units = draw(st.integers(0, 3))
    drift = draw(_subset(DRIFT_KINDS))
    result = draw(_subset(RESULT_KINDS))
    rows = []
    for unit in range(1, units + 1):
        amounts = {_key(k): draw(AMOUNT) for k in drift}
        rows.append(
            {
                "id": unit,
                "verksamhet_id": unit,
                "belopp": {k: v for k, v in amounts.items() if v is not None},
            }
        )
    result_rows = []
    for unit in range(1, units + 1):
        if draw(st.integers(0, 3)) == 0:
            continue  # a verksamhet without a resultaträkning
        cells = {}
        for kind in result:
            if draw(st.integers(0, 4)) == 0:
                continue  # no cell at all
            intakter, kostnader = draw(AMOUNT), draw(AMOUNT)
            cells[_key(kind)] = {
                "intakter": intakter,
                "kostnader": kostnader,
                "netto": draw(_netto(intakter, kostnader)),
            }
        result_rows.append({"id": unit, "verksamhet_id": unit, "belopp": cells})
    investments = [
        {
            "id": n,
            "projekt": f"Projekt {n}",
            "projektnummer": f"P{n}",
            "belopp": {
                str(year): amount
                for year in range(FIRST, FIRST + d.MAX_INVESTMENT_YEARS)
                if (amount := draw(AMOUNT)) is not None
            },
        }
        for n in range(1, draw(st.integers(0, 2)) + 1)
    ]
    ram = [
        {"ar": year, "belopp": amount, "beslut": ""}
        for year in range(FIRST, last + 1)
        if (amount := draw(AMOUNT)) is not None
    ]

    def kolumner(kinds: list[tuple[str, int]]) -> list[dict[str, Any]]:
        return [{"slag": s, "ar": y, "anmarkning": ""} for s, y in kinds]

    return _plan_data(
        last,
        units,
        {"kolumner": kolumner(drift), "rader": rows, "kf_ram": ram},
        {"kolumner": kolumner(result), "rader": result_rows},
        investments,
    )


def _expected(plan: d.PlanSnapshot) -> dict[str, Table]:
    """What the app's grids show, straight from the budget module (labels as the documents
    write them)."""
    drift = budget.driftbudget(plan)
    result = budget.resultatrakning(plan)
    investments = budget.investeringar(plan)
    resultat: Table = {}
    for line in result.lines:
        for field, label in budget.RESULTAT_LINES.items():
            resultat[f"{line.namn}, {label}"] = list(line.field(field))
    for field, label in budget.RESULTAT_LINES.items():
        resultat[f"Summa {label}"] = list(result.totals(field))
    return {
        "drift": {
            **{line.namn: list(line.belopp) for line in drift.lines},
            "NETTOKOSTNAD": list(drift.totals),
            "KF:s ram": list(drift.ram),
            "Differens mot ram": list(drift.difference),
        },
        "resultat": resultat,
        "investeringar": {
            **{line.investering.projekt: list(line.belopp) for line in investments.lines},
            "SUMMA INVESTERINGAR": list(investments.totals),
        },
    }


def _in_documents(plan: d.PlanSnapshot, tables: dict[str, Table]) -> dict[str, Table]:
    """The tables Word and the PDF print: an empty one is left out."""
    drift = budget.driftbudget(plan)
    result = budget.resultatrakning(plan)
    shown = dict(tables)
    if not any(ram is not None for ram in drift.ram):  # no ram from KF: no rows for it
        shown["drift"] = {
            label: figures
            for label, figures in shown["drift"].items()
            if label not in ("KF:s ram", "Differens mot ram")
        }
    if not drift.columns or not drift.has_amounts():
        shown["drift"] = {}
    if not result.lines or not result.columns:
        shown["resultat"] = {}
    if not plan.investeringar:
        shown["investeringar"] = {}
    return shown


_files = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("budgetar")


def _columns_of(*kinds: str) -> list[dict[str, Any]]:
    return [{"slag": k.split("-")[0], "ar": int(k.split("-")[1])} for k in kinds]


# Budget 2026 and last year's Plan 2026 side by side: KF's ram and the difference are under
# Budget 2026 only, in every output. Plan 2027 has no amounts yet: no total, the whole ram
# left. In the resultaträkning a netto as typed (right, wrong, alone) and a cell left empty.
ONE_RULE = _plan_data(
    2027,
    2,
    {
        "kolumner": _columns_of("bokslut-2025", "budget-2026", "plan-2026", "plan-2027"),
        "rader": [
            {"verksamhet_id": 1, "belopp": {"bokslut-2025": 900, "budget-2026": 1000}},
            {"verksamhet_id": 2, "belopp": {"budget-2026": -250, "plan-2026": 800}},
        ],
        "kf_ram": [{"ar": 2026, "belopp": 700}, {"ar": 2027, "belopp": 1000}],
    },
    {
        "kolumner": _columns_of("budget-2026", "plan-2027"),
        "rader": [
            {
                "verksamhet_id": 1,
                "belopp": {
                    "budget-2026": {"intakter": 100, "kostnader": -900, "netto": -800},
                    "plan-2027": {"intakter": 100, "kostnader": -900, "netto": -700},
                },
            },
            {
                "verksamhet_id": 2,
                "belopp": {
                    "budget-2026": {"intakter": None, "kostnader": None, "netto": 55},
                    "plan-2027": {"intakter": None, "kostnader": None, "netto": None},
                },
            },
        ],
    },
    [{"projekt": "Projekt 1", "projektnummer": "P1", "belopp": {"2026": 10, "2028": -4}}],
)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=budgets())
@example(data=ONE_RULE)
def test_every_output_shows_the_budget_modules_figures(
    qapp: Any, folder: Path, data: dict[str, Any]
) -> None:
    path = folder / f"plan-{next(_files)}.vplan"
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        plan = read_plan(doc)
    expected = _expected(plan)
    for fmt in ("xlsx", "docx", "pdf"):
        export_plan(plan, fmt, path.with_suffix(f".{fmt}"))

    assert app_tables(path) == expected
    # A sheet with no rows is left out, but for the driftbudget: the ekonom's form.
    sheets = {"drift": True, "resultat": bool(plan.resultatrakning)}
    sheets["investeringar"] = bool(plan.investeringar)
    excel = excel_tables(path.with_suffix(".xlsx"))
    assert excel == {key: table if sheets[key] else {} for key, table in expected.items()}
    # The budget import reads the same workbook back as no change (KF's ram in the same columns).
    assert read_budget(plan, path.with_suffix(".xlsx")) == []
    documents = _in_documents(plan, expected)
    assert word_tables(path.with_suffix(".docx")) == documents
    pieces = pdf_pieces(path.with_suffix(".pdf"))
    for key, table in documents.items():
        for label, values in table.items():
            given_figures = [v for v in values if v is not None]
            assert pdf_figures(pieces, label) == given_figures, (key, label)


def test_the_ram_and_its_difference_stand_under_the_budget_year_only(
    qapp: Any, folder: Path
) -> None:
    """What the user sees for ``ONE_RULE``: the app and Word used to show KF:s ram and a
    difference under Plan 2026 as well (a column KF's ram is not for)."""
    path = folder / "en-regel.vplan"
    import_json(ONE_RULE, path)
    with PlanDocument.open(path, read_only=True) as doc:
        plan = read_plan(doc)
    export_plan(plan, "docx", path.with_suffix(".docx"))
    export_plan(plan, "xlsx", path.with_suffix(".xlsx"))
    # Bokslut 2025, Budget 2026, Plan 2026, Plan 2027
    ram, difference = [None, 700, None, 1000], [None, -50, None, 1000]
    for shown in (app_tables(path)["drift"], word_tables(path.with_suffix(".docx"))["drift"]):
        assert shown["NETTOKOSTNAD"] == [900, 750, 800, None]
        assert shown["KF:s ram"] == ram
        assert shown["Differens mot ram"] == difference
    sheet = openpyxl.load_workbook(path.with_suffix(".xlsx"))["Resultaträkning"]
    notes = {c.coordinate: c.comment.text for row in sheet.iter_rows() for c in row if c.comment}
    assert notes == {
        "C7": "Nettot är inskrivet och är inte intäkter + kostnader (-800).",
        "B10": "Nettot är inskrivet: intäkter och kostnader saknas.",
    }
