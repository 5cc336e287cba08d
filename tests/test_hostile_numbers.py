"""Hostile numbers on every way into a plan: NaN, ±Infinity, 1e999, 2⁶³, 10¹³ tkr and numbers of
hundreds of digits, given to the services, typed into a cell, written in a JSON plan (through
the CLI too) or in a Word table. Each is refused with a Swedish message that names the field,
nothing is written, and every number the rule accepts can be stored, exported and read back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, VardeSlag
from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.formatting import parse_amount, parse_number, parse_value
from vplan_desktop.imports.word import import_word
from vplan_desktop.interchange import import_json, load_json, plan_to_json, schema
from vplan_desktop.interchange.writing import dumps
from vplan_desktop.numbers import LARGEST, check_amount, check_value
from vplan_desktop.paths import resource
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.read import read_plan

NBSP = "\u00a0"
TOO_LARGE = f"talet är orimligt stort (högst 999{NBSP}999{NBSP}999{NBSP}999)"
TOO_SMALL = f"talet är orimligt stort (minst -999{NBSP}999{NBSP}999{NBSP}999)"
REFUSED = ("orimligt stort", "inget ändligt tal")

# --- the rule itself -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (LARGEST, LARGEST),
        (-LARGEST, -LARGEST),
        (Decimal("1E+3"), 1000),
        (1307.0, 1307),
        ("1 307", 1307),
        ("−2 500", -2500),
        (0, 0),
    ],
)
def test_an_amount_within_the_bound_is_accepted(value: object, expected: int) -> None:
    assert check_amount(value, "Beloppet") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (LARGEST + 1, TOO_LARGE),
        (-LARGEST - 1, TOO_SMALL),
        (2**63, TOO_LARGE),
        (10**400, TOO_LARGE),
        (Decimal("1E+999"), TOO_LARGE),
        (Decimal("-1E+999999999"), TOO_SMALL),
        (Decimal("NaN"), "”NaN” är inget ändligt tal"),
        (Decimal("sNaN"), "”sNaN” är inget ändligt tal"),
        (Decimal("-Infinity"), "”-Infinity” är inget ändligt tal"),
        (float("inf"), "”inf” är inget ändligt tal"),
        (float("nan"), "”nan” är inget ändligt tal"),
        ("10 000 000 000 000", TOO_LARGE),
        ("1e999", "”1e999” är inte ett tal"),
        ("1" * 400, "fler än 15 siffror"),
        (Decimal("12.5005"), "högst 3 decimaler"),
        (True, "ska vara ett tal"),
        (None, "ska vara ett tal"),
    ],
)
def test_an_amount_outside_the_rule_is_refused_naming_the_field(
    value: object, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        check_amount(value, "KF:s ram för 2027")
    assert raised.value.message.startswith("KF:s ram för 2027")
    assert message in raised.value.message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("999999999999.5"), TOO_LARGE),
        (Decimal("0.0000001"), "fler än 6 decimaler"),
        (Decimal("0E-1000000"), "fler än 6 decimaler"),
        (Decimal("123456789012.3456"), "fler än 15 siffror"),
        (Decimal("Infinity"), "inget ändligt tal"),
        ("35 kr", "”35 kr” är inte ett tal"),
    ],
)
def test_a_value_outside_the_rule_is_refused_naming_the_field(value: object, message: str) -> None:
    with pytest.raises(InputError) as raised:
        check_value(value, "Målnivå 2027 för ”Andel”")
    assert raised.value.message.startswith("Målnivå 2027 för ”Andel”")
    assert message in raised.value.message


def test_a_value_just_inside_the_rule_is_kept_exactly() -> None:
    for text in ("999999999999", "-999999999999", "0.000001", "999999999.999999", "1E+11"):
        assert check_value(Decimal(text), "Värdet") == Decimal(text)
    assert check_value("35,71 %", "Värdet") == Decimal("35.71")
    assert check_value(0.1, "Värdet") == Decimal("0.1")


def test_the_schema_bounds_every_number_by_the_same_rule() -> None:
    """Each number in the interchange schema has both bounds; amounts and values have the
    rule's, so an outside tool checking against the schema refuses what vplan refuses."""
    found: list[tuple[str, Any, Any]] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            kinds = node.get("type")
            kinds = [kinds] if isinstance(kinds, str) else kinds or []
            if "number" in kinds or "integer" in kinds:
                found.append((path, node.get("minimum"), node.get("maximum")))
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}/{index}")

    walk(schema(), "")
    assert all(low is not None and high is not None for _, low, high in found), found
    amounts = [p for p, low, high in found if (low, high) == (-LARGEST, LARGEST)]
    # 6 kinds of value (5 of them an indicator's), 10 of amount; a follow-up's outcome and its
    # 8 amounts (utfall and prognos of drift rows, investments, intäkter and kostnader)
    assert len(amounts) == 16 + 9
    assert any(p.endswith("kostnad_tkr") for p, low, high in found if (low, high) == (0, LARGEST))


# --- the services: the last gate -----------------------------------------------------------


@dataclass
class Cells:
    """Where in the example plan each kind of number goes, and how a message names it."""

    edits: dict[str, tuple[Callable[[Any], Any], str]]


@pytest.fixture
def cells(example_doc: PlanDocument) -> Cells:
    plan = read_plan(example_doc)
    doc = example_doc
    indicator = plan.indikatorer[0]
    units = {v.id: v.namn for v in plan.verksamheter}
    drift = plan.driftbudget[0]
    drift_column = plan.kolumner(BudgetTabell.DRIFT)[2]
    result = plan.resultatrakning[0]
    result_column = plan.kolumner(BudgetTabell.RESULTAT)[1]
    project = plan.investeringar[0]
    table = plan.nyckeltal[0]
    activity = plan.aktiviteter[0]
    return Cells(
        {
            "målnivå": (
                lambda v: values.set_indicator_value(doc, indicator.id, VardeSlag.MALNIVA, 2027, v),
                f"Målnivå 2027 för ”{indicator.namn[:30]}",
            ),
            "utfall": (
                lambda v: values.set_indicator_value(doc, indicator.id, VardeSlag.UTFALL, 2025, v),
                f"Utfall 2025 för ”{indicator.namn[:30]}",
            ),
            "nuläge": (
                lambda v: items.update_item(doc, ItemKind.INDIKATOR, indicator.id, {"nulage": v}),
                "Nuläget",
            ),
            "drift": (
                lambda v: values.set_drift_amount(doc, drift.id, drift_column.id, v),
                f"Beloppet för ”{units[drift.verksamhet_id]}”, {drift_column.rubrik}",
            ),
            "resultat": (
                lambda v: values.set_resultat_amount(doc, result.id, result_column.id, "netto", v),
                f"Nettot för ”{units[result.verksamhet_id]}”, {result_column.rubrik}",
            ),
            "ram": (lambda v: values.set_kf_ram(doc, 2028, v), "KF:s ram för 2028"),
            "investering": (
                lambda v: values.set_investment_amount(doc, project.id, 2028, v),
                f"Beloppet 2028 för ”{project.projekt}”",
            ),
            "nyckeltal": (
                lambda v: values.set_nyckeltal_value(
                    doc, table.rader[0].id, table.kolumner[1].id, v
                ),
                f"Värdet för ”{table.rader[0].namn}” i kolumnen ”{table.kolumner[1].rubrik}”",
            ),
            "kostnad": (
                lambda v: items.update_item(
                    doc, ItemKind.AKTIVITET, activity.id, {"kostnad_tkr": v}
                ),
                "Kostnaden",
            ),
        }
    )


HOSTILE = [
    Decimal("NaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E+999"),
    float("inf"),
    float("nan"),
    2**63,
    10**13,
    -(10**13),
    int("9" * 400),
]
PLACES = ["målnivå", "utfall", "nuläge", "drift", "resultat", "ram", "investering"]
PLACES += ["nyckeltal", "kostnad"]


@pytest.mark.parametrize("place", PLACES)
def test_the_services_refuse_every_hostile_number_naming_the_field(
    example_doc: PlanDocument, cells: Cells, place: str
) -> None:
    edit, label = cells.edits[place]
    before = read_plan(example_doc)
    for value in HOSTILE:
        if place == "kostnad" and isinstance(value, int) and value < 0:
            continue  # a negative cost has its own message
        with pytest.raises(InputError) as raised:
            edit(value)
        message = raised.value.message
        assert message.startswith(label), message
        assert any(part in message for part in REFUSED), message
    assert read_plan(example_doc) == before


@pytest.mark.parametrize("place", PLACES)
def test_the_services_take_the_largest_number_and_undo_it(
    example_doc: PlanDocument, cells: Cells, place: str
) -> None:
    edit, _label = cells.edits[place]
    before = read_plan(example_doc)
    change = edit(LARGEST)
    after = read_plan(example_doc)
    assert after != before
    assert LARGEST in [int(v) for v in _numbers(plan_to_json(after)) if v == LARGEST]
    change.undo(example_doc)
    assert read_plan(example_doc) == before


def _numbers(data: Any) -> Iterator[Any]:
    """Every number in a JSON-ready structure."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _numbers(value)
    elif isinstance(data, list):
        for value in data:
            yield from _numbers(value)
    elif isinstance(data, int | float | Decimal) and not isinstance(data, bool):
        yield data


# --- typed cells: the Swedish parser, then the service -------------------------------------


def test_a_typed_amount_too_large_is_refused_naming_the_cell(
    example_doc: PlanDocument, cells: Cells
) -> None:
    before = read_plan(example_doc)
    for place, text, message in (
        ("drift", "10 000 000 000 000", TOO_LARGE),
        ("ram", "−1 000 000 000 000", TOO_SMALL),
        ("investering", "1\u00a0000\u00a0000\u00a0000\u00a0000", TOO_LARGE),
    ):
        edit, label = cells.edits[place]
        with pytest.raises(InputError) as raised:
            edit(parse_amount(text))
        assert raised.value.message == f"{label}: {message}."
    for place in ("målnivå", "nyckeltal"):
        edit, label = cells.edits[place]
        with pytest.raises(InputError) as raised:
            edit(parse_value("-10 000 000 000 000"))
        assert raised.value.message.startswith(label)
        assert raised.value.message.endswith(f"”: {TOO_SMALL}.")
    edit, label = cells.edits["kostnad"]
    with pytest.raises(InputError) as raised:
        edit(parse_number("10 000 000 000 000", allow_percent=False))
    assert raised.value.message == f"{label}: {TOO_LARGE}."
    assert read_plan(example_doc) == before


def test_a_typed_number_just_inside_the_bound_is_kept(
    example_doc: PlanDocument, cells: Cells
) -> None:
    cells.edits["drift"][0](parse_amount("999 999 999 999"))
    cells.edits["målnivå"][0](parse_value("-999 999 999 999"))
    cells.edits["nyckeltal"][0](parse_value("999 999 999,999999"))
    plan = read_plan(example_doc)
    assert LARGEST in plan.driftbudget[0].belopp.values()
    assert plan.indikatorer[0].malnivaer[2027] == -LARGEST
    table = plan.nyckeltal[0]
    assert table.rader[0].varden[table.kolumner[1].id] == Decimal("999999999.999999")


# --- the JSON import -----------------------------------------------------------------------

MARK = "@@tal@@"
JSON_PLACES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "målnivå": (
        lambda d: d["namndsmal"][1]["indikatorer"][0]["malnivaer"].update({"2027": MARK}),
        "$.namndsmal[1].indikatorer[0].malnivaer.2027",
    ),
    "utfall": (
        lambda d: d["namndsmal"][1]["indikatorer"][0]["utfall"].update({"2025": MARK}),
        "$.namndsmal[1].indikatorer[0].utfall.2025",
    ),
    "nuläge": (
        lambda d: d["namndsmal"][1]["indikatorer"][0]["nulage"].update(varde=MARK),
        "$.namndsmal[1].indikatorer[0].nulage.varde",
    ),
    "drift": (
        lambda d: d["driftbudget"]["rader"][0]["belopp"].update({"budget-2027": MARK}),
        "$.driftbudget.rader[0].belopp.budget-2027",
    ),
    "resultat": (
        lambda d: d["resultatrakning"]["rader"][0]["belopp"]["budget-2027"].update(netto=MARK),
        "$.resultatrakning.rader[0].belopp.budget-2027.netto",
    ),
    "ram": (
        lambda d: d["driftbudget"]["kf_ram"][0].update(belopp=MARK),
        "$.driftbudget.kf_ram[0].belopp",
    ),
    "investering": (
        lambda d: d["investeringar"][0]["belopp"].update({"2028": MARK}),
        "$.investeringar[0].belopp.2028",
    ),
    "nyckeltal": (
        lambda d: d["nyckeltal"][0]["rader"][0]["varden"].update({"2": MARK}),
        "$.nyckeltal[0].rader[0].varden.2",
    ),
    "kostnad": (
        lambda d: d["aktiviteter"][1].update(kostnad_tkr=MARK, egen_tid=False),
        "$.aktiviteter[1].kostnad_tkr",
    ),
    "id": (lambda d: d["kapitel"][0].update(id=MARK), "$.kapitel[0].id"),
}
LITERALS = {
    "1e999": TOO_LARGE,
    "-1e999": TOO_SMALL,
    "NaN": "”NaN” är inget ändligt tal",
    "Infinity": "”Infinity” är inget ändligt tal",
    "-Infinity": "”-Infinity” är inget ändligt tal",
    "9223372036854775808": TOO_LARGE,
    "10000000000000": TOO_LARGE,
    "7" * 400: TOO_LARGE,
    "-" + "7" * 5000: TOO_SMALL,  # longer than Python reads as an integer
}


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("example_plan.json").read_text(encoding="utf-8"))
    return data


def _hostile_json(tmp_path: Path, place: str, literal: str) -> Path:
    data = _example()
    JSON_PLACES[place][0](data)
    path = tmp_path / "fientlig.json"
    text = json.dumps(data, ensure_ascii=False).replace(json.dumps(MARK), literal)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("literal", list(LITERALS), ids=lambda s: s[:20])
@pytest.mark.parametrize("place", list(JSON_PLACES))
def test_a_json_plan_with_a_hostile_number_is_refused_naming_the_field(
    tmp_path: Path, place: str, literal: str
) -> None:
    source = _hostile_json(tmp_path, place, literal)
    target = tmp_path / "plan.vplan"
    with pytest.raises(InterchangeError) as raised:
        import_json(load_json(source), target)
    expected = LITERALS[literal]
    if place in ("id", "kostnad") and literal == "-1e999":
        expected = "ska vara minst"  # an id or a cost has a floor of its own
    assert any(
        path == JSON_PLACES[place][1] and expected in text for path, text in raised.value.problems
    ), raised.value.problems
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.parametrize("literal", ["1e999", "NaN", "-Infinity", "9223372036854775808"])
def test_import_json_in_the_cli_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], literal: str
) -> None:
    source = _hostile_json(tmp_path, "drift", literal)
    target = tmp_path / "plan.vplan"
    assert main(["import-json", str(source), str(target)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("vplan: JSON-filen följer inte vplans format")
    assert "$.driftbudget.rader[0].belopp.budget-2027: " in error
    assert "Traceback" not in error
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_a_json_plan_whose_number_breaks_the_decimals_rule_names_the_cell(tmp_path: Path) -> None:
    """Past the schema, the import's own check names the cell the way the editor does."""
    source = _hostile_json(tmp_path, "nyckeltal", "0.1234567")
    with pytest.raises(InterchangeError) as raised:
        import_json(load_json(source), tmp_path / "plan.vplan")
    assert raised.value.problems == [
        (
            "$.nyckeltal[0].rader[0].varden.2",
            "Värdet för ”Årsarbetare” i kolumnen ”Bokslut 2025”: talet har fler än 6 decimaler.",
        )
    ]


def test_numbers_just_inside_the_bounds_round_trip_through_json(tmp_path: Path) -> None:
    data = _example()
    indicator = data["namndsmal"][1]["indikatorer"][0]
    indicator["malnivaer"]["2027"] = Decimal(-LARGEST)
    indicator["utfall"]["2025"] = Decimal("0.000001")
    indicator["nulage"]["varde"] = Decimal("999999999.999999")
    data["driftbudget"]["rader"][0]["belopp"]["budget-2027"] = LARGEST
    data["driftbudget"]["kf_ram"][0]["belopp"] = -LARGEST
    data["resultatrakning"]["rader"][0]["belopp"]["budget-2027"] = {
        "intakter": LARGEST,
        "kostnader": -LARGEST,
        "netto": 0,
    }
    data["investeringar"][0]["belopp"]["2028"] = LARGEST
    data["nyckeltal"][0]["rader"][0]["varden"]["2"] = Decimal("123456789.123456")
    data["aktiviteter"][1].update(kostnad_tkr=Decimal(LARGEST), egen_tid=False)
    first = tmp_path / "första.json"
    first.write_text(dumps(data), encoding="utf-8")
    import_json(load_json(first), tmp_path / "första.vplan")
    with PlanDocument.open(tmp_path / "första.vplan", read_only=True) as doc:
        plan = read_plan(doc)
    assert plan.indikatorer[0].malnivaer[2027] == -LARGEST
    assert plan.indikatorer[0].utfall[2025] == Decimal("0.000001")
    assert plan.indikatorer[0].nulage == Decimal("999999999.999999")
    assert LARGEST in plan.driftbudget[0].belopp.values()
    assert -LARGEST in [r.belopp for r in plan.kf_ram]
    assert plan.aktiviteter[1].kostnad_tkr == LARGEST
    exported = dumps(plan_to_json(plan))
    second = tmp_path / "andra.json"
    second.write_text(exported, encoding="utf-8")
    import_json(load_json(second), tmp_path / "andra.vplan")
    with PlanDocument.open(tmp_path / "andra.vplan", read_only=True) as doc:
        assert read_plan(doc) == plan


# --- the Word import -----------------------------------------------------------------------


def test_a_word_table_with_a_huge_number_keeps_the_rest_and_names_the_cell(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_paragraph("Kulturnämnden")
    document.add_paragraph("Verksamhetsplan 2026–2027")
    for heading, rows in (
        (
            "Driftbudget",
            [
                ["Verksamhet", "Budget 2026", "Plan 2027"],
                ["Bibliotek", "10 000 000 000 000", "13 300"],
            ],
        ),
        ("Lokaler", [["Lokal", "Yta"], ["Stadsbiblioteket", "12 345 678 901 234"]]),
    ):
        document.add_heading(heading, 1)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    source = tmp_path / "plan.docx"
    document.save(str(source))
    result = import_word(source, tmp_path / "plan.vplan")
    assert f"Beloppet för ”Bibliotek”, Budget 2026: {TOO_LARGE}. Cellen lämnades tom." in (
        result.report
    )
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as doc:
        plan = read_plan(doc)
    assert sorted(plan.driftbudget[0].belopp.values()) == [13300]
    # Not a number a plan can hold, so kept as the text it is, like any other cell.
    assert list(plan.nyckeltal[0].rader[0].varden.values()) == ["12 345 678 901 234"]


# --- property: whatever the rule accepts can be stored and exported -----------------------

CANDIDATES = st.one_of(
    st.decimals(min_value=-LARGEST, max_value=LARGEST, places=0),
    st.decimals(min_value=-(10**9), max_value=10**9, places=6),
    st.sampled_from(
        [
            Decimal(LARGEST),
            Decimal(-LARGEST),
            Decimal("0.000001"),
            Decimal("1E+11"),
            Decimal("-0"),
            Decimal("999999999.999999"),
            Decimal("12345678901.2345"),
        ]
    ),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
)


def _store(doc: PlanDocument, cells: Cells, candidate: Any) -> Decimal | None:
    """Give ``candidate`` to the rule; when accepted, store it in every kind of cell."""
    try:
        value = check_value(candidate, "Värdet")
    except InputError as error:
        assert error.message.startswith("Värdet")
        return None
    amount = int(value)
    for place in ("drift", "resultat", "ram", "investering"):
        cells.edits[place][0](amount)
    for place in ("målnivå", "utfall", "nuläge", "nyckeltal"):
        cells.edits[place][0](value)
    cells.edits["kostnad"][0](abs(value))
    return value


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(candidate=CANDIDATES, fmt=st.sampled_from(["docx", "pdf"]))
def test_an_accepted_number_exports_to_word_and_pdf(
    example_doc: PlanDocument, cells: Cells, tmp_path: Path, candidate: Any, fmt: str
) -> None:
    if _store(example_doc, cells, candidate) is None:
        return
    out = tmp_path / f"plan.{fmt}"
    export_plan(read_plan(example_doc), fmt, out)
    assert out.stat().st_size > 0


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(candidate=CANDIDATES)
def test_an_accepted_number_exports_to_excel_as_that_number(
    example_doc: PlanDocument, cells: Cells, tmp_path: Path, candidate: Any
) -> None:
    value = _store(example_doc, cells, candidate)
    if value is None:
        return
    out = tmp_path / "plan.xlsx"
    export_plan(read_plan(example_doc), "xlsx", out)
    book = load_workbook(out, read_only=True)
    found = {
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, int | float)
    }
    book.close()
    assert int(value) in found


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(candidate=CANDIDATES)
def test_an_accepted_number_round_trips_through_json(
    example_doc: PlanDocument, cells: Cells, tmp_path: Path, candidate: Any
) -> None:
    value = _store(example_doc, cells, candidate)
    if value is None:
        return
    plan = read_plan(example_doc)
    source = tmp_path / "plan.json"
    source.write_text(dumps(plan_to_json(plan)), encoding="utf-8")
    target = tmp_path / "tillbaka.vplan"
    target.unlink(missing_ok=True)
    import_json(load_json(source), target)
    with PlanDocument.open(target, read_only=True) as doc:
        assert read_plan(doc) == plan
