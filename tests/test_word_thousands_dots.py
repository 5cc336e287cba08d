"""A dot between the thousands of an amount ("-12.500", "142.660", "1.234.567") is a thousands
separator where the figure is money in kronor or tkr: öre have two decimals and nobody writes
tkr to the krona, so a dot followed by exactly three digits is no decimal point there. A budget
table is read so when its amount columns hold such a figure, none with a dot before one, two or
four and more digits ("12.5": the table uses the dot as a decimal point) and nothing names the
amounts in mnkr ("1.250" may be 1,25 mnkr); the report says so. An activity's cost "1.200 tkr"
is 1 200 tkr by the same rule, "ca 80 tkr" is 80 tkr (an estimate, said so in its text), "25 000
kr" is 25 tkr. A negative amount in parentheses may have spaces inside them ("( 3 400 )"). The
corpus's lost-text check finds a dotted figure in the plan read either way, and counts it lost
when the plan holds it neither way."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from tests.word_rate_texts import lost_texts
from tests.word_shapes_model import Expected, Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import WordImport, import_word
from vplan_desktop.services.read import read_plan

YEARS = ["Bokslut 2025", "Budget 2026", "Budget 2027"]
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _import(
    tmp_path: Path, caption: str, tables: dict[str, list[list[str]]]
) -> tuple[WordImport, PlanSnapshot]:
    doc = Document()
    for text in ("Exempelby kommun", "Socialnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    for heading, rows in tables.items():
        doc.add_heading(heading, 1)
        doc.add_paragraph(caption)
        _table(doc, rows)
    doc.save(str(tmp_path / "plan.docx"))
    result = import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return result, read_plan(opened)


def _drift(plan: PlanSnapshot) -> dict[str, dict[tuple[str, int], D]]:
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    units = {v.id: v.namn for v in plan.verksamheter}
    return {
        units[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }


def _chapters(plan: PlanSnapshot) -> str:
    """The chapters' texts without Markdown's escapes ("48\\.306")."""
    return " ".join(c.text for c in plan.kapitel).replace("\\", "")


DRIFT = [
    ["Verksamhet", *YEARS],
    ["Barn och unga", "-48.306", "-49.900", "-52.400"],
    ["Särskilt boende", "-142.660", "-147.100", "-151.230"],
    ["Flyktingmottagning", "845", "-", "-"],
    ["Summa nettokostnad", "-190.121", "-197.000", "-203.630"],
]


def test_a_driftbudget_with_dots_between_the_thousands(tmp_path: Path) -> None:
    result, plan = _import(tmp_path, "Nettokostnad i tkr", {"Driftbudget": DRIFT})
    rows = _drift(plan)
    assert set(rows) == {"Barn och unga", "Särskilt boende", "Flyktingmottagning"}
    assert rows["Barn och unga"] == dict(zip(KEYS, [D(-48306), D(-49900), D(-52400)], strict=True))
    assert rows["Särskilt boende"][("budget", 2027)] == D(-151230)
    assert rows["Flyktingmottagning"] == {KEYS[0]: D(845), KEYS[1]: 0, KEYS[2]: 0}
    report = " ".join(result.report)
    assert "stod 9 belopp med punkt mellan tusentalen" in report
    assert "”-48.306” är -48 306" in report
    assert "”Summa nettokostnad” kontrollerades" in report
    assert "48.306" not in _chapters(plan)  # read as amounts, not kept as a table of text


def test_a_dot_before_one_or_two_digits_makes_the_dots_decimal_points(tmp_path: Path) -> None:
    rows = [
        ["Verksamhet", *YEARS],
        ["Barn och unga", "48.3", "49.25", "1.250"],
        ["Hemtjänst", "96.2", "99.8", "104.3"],
    ]
    result, plan = _import(tmp_path, "Nettokostnad", {"Driftbudget": rows})
    drift = _drift(plan)
    assert drift["Barn och unga"] == {KEYS[0]: D("48.3"), KEYS[1]: D("49.25")}
    assert drift["Hemtjänst"][KEYS[2]] == D("104.3")
    assert "punkt mellan tusentalen" not in " ".join(result.report)
    assert "1.250" in _chapters(plan)  # unread, kept and said


def test_no_thousands_dots_in_a_table_in_mnkr(tmp_path: Path) -> None:
    rows = [["Verksamhet", *YEARS], ["Barn och unga", "48.306", "49.900", "52.400"]]
    result, plan = _import(tmp_path, "Nettokostnad, mnkr", {"Driftbudget": rows})
    assert all(not amounts for amounts in _drift(plan).values())
    assert "punkt mellan tusentalen" not in " ".join(result.report)
    assert "48.306" in _chapters(plan)


def test_an_amount_in_parentheses_with_spaces_inside_is_negative(tmp_path: Path) -> None:
    rows = [
        ["Kronor", *YEARS],
        ["Statsbidrag och ersättningar", "2 406 118", "2 150 000", "2 300 000"],
        ["Personalkostnader", "−11 874 302", "−12 210 000", "−12 640 000"],
        ["Finansiella kostnader", "( 3 400 )", "−3 000", "(3 400)"],
    ]
    _, plan = _import(tmp_path, "Resultatbudget (kronor)", {"Resultatbudget": rows})
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    lines = {r.namn: {columns[c]: v for c, v in r.belopp.items()} for r in plan.kostnadsslag}
    assert lines["Finansiella kostnader"] == {
        KEYS[0]: D("-3.4"),
        KEYS[1]: D(-3),
        KEYS[2]: D("-3.4"),
    }


def test_an_activity_cost_with_a_dot_an_estimate_or_in_kronor(tmp_path: Path) -> None:
    rows = [
        ["Aktivitet", "Ansvarig", "Klart", "Kostnad"],
        ["Införa digital genomförandeplan", "Systemförvaltare", "2027-11-30", "1.200 tkr"],
        ["Starta jobbcoachning", "Enhetschef", "2027-09-30", "ca 80 tkr"],
        ["Utbilda personalen i bemötande", "Verksamhetschef", "2028-06-30", "25 000 kr"],
        ["Bygga om entrén", "Fastighetschef", "2028-12-31", "1.250 mnkr"],
        ["Ta fram en plan för heltid", "HR-strateg", "2028-12-31", "Egen tid"],
    ]
    _, plan = _import(tmp_path, "Aktiviteterna under året.", {"Aktiviteter": rows})
    acts = {a.namn: a for a in plan.aktiviteter}
    assert acts["Införa digital genomförandeplan"].kostnad_tkr == D(1200)
    assert acts["Starta jobbcoachning"].kostnad_tkr == D(80)
    assert "ca 80 tkr" in acts["Starta jobbcoachning"].beskrivning  # an estimate, said so
    assert acts["Utbilda personalen i bemötande"].kostnad_tkr == D(25)
    assert acts["Bygga om entrén"].kostnad_tkr is None  # 1,25 mnkr or 1 250: kept as printed
    assert "1.250 mnkr" in acts["Bygga om entrén"].beskrivning
    assert acts["Ta fram en plan för heltid"].egen_tid


def test_the_lost_text_check_reads_a_dotted_figure_either_way() -> None:
    expected = Expected("t", Front("Socialnämnden", "Exempelby kommun", 2027, 2029))
    sources = ["-12.500", "1.200 tkr", "78.500"]
    assert lost_texts(sources, "-12500 ¶ 1200 ¶ 78.5", expected) == []
    assert lost_texts(sources, "-12.5 ¶ 78500", expected) == ["1.200 tkr"]
    assert lost_texts(sources, "Budget ¶ 125", expected) == sources
