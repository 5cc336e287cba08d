"""Two published plans entered as JSON fixtures (``tests/data/reference_*.json``): Värnamo
medborgarnämnden 2017–2019 and Timrå individ- och familjeomsorgen 2018–2020. Each imports,
keeps the original's structure (goal tree, values per year, budget columns, key-figure sub-rows
and footnotes) and every figure of the original is printed by the Word, PDF and Excel exports.

The expected figures below are the originals' as they print them ("1 307", "67 %", "-2,1");
the comparison makes every kind of space one and the typographic minus a hyphen. The names and
texts in the fixtures are paraphrases: only figures and structure carry over exactly.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from openpyxl.worksheet.worksheet import Worksheet

from tests.pdf_reading import pdf_text
from tests.reference_figures import (
    COOPERATION,
    DIALOGUE,
    SUB_ROW,
    T_COLUMNS,
    T_IFO,
    T_KF,
    T_MEASURE_COLUMNS,
    T_RESULT,
    T_RESULT_HEADINGS,
    V_COLUMNS,
    V_DRIFT,
    V_HEADINGS,
    V_INDICATORS,
    V_INDICATORS_PER_GOAL,
    V_INVESTMENT,
    V_KEY_FIGURES,
    V_NETTOKOSTNAD,
    V_TREE,
    V_YEARS,
    measures,
)
from tests.word_reading import style_name
from vplan_desktop import budget
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import BudgetTabell, MalNiva
from vplan_desktop.exports.export import export_plan
from vplan_desktop.interchange import load_json
from vplan_desktop.interchange.importing import import_json
from vplan_desktop.services.read import read_plan

DATA = Path(__file__).parent / "data"
PLANS = {"varnamo": "reference_varnamo_2017.json", "timra": "reference_timra_2018.json"}
FORMATS = ("docx", "pdf", "xlsx")

# --- reading the exports back -----------------------------------------------------------------


def _normal(text: str) -> str:
    """Every run of spaces (no-break ones too) one space, the typographic minus a hyphen."""
    return " ".join(text.replace("\u2212", "-").split())


def _key(value: Any) -> Any:
    """A number as a Decimal whatever way it is written (1164, "1 164", "67 %", "+1,65"),
    anything else as its text: how an Excel cell is compared with a printed figure."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value)).normalize()
    text = _normal(str(value))
    try:
        return Decimal(text.removesuffix("%").replace(" ", "").replace(",", ".")).normalize()
    except InvalidOperation:
        return text


def _is_cell(figure: str) -> bool:
    """Whether ``figure`` stands alone in its cell as the exports print it (a number, "-",
    "Nuläge"); a text with spaces may wrap over lines in the PDF and is looked for in the text."""
    return isinstance(_key(figure), Decimal) or " " not in figure


_GUARDED = re.compile(r'=IF\(COUNT\(([A-Z]+\d+):([A-Z]+\d+)\)=0,"",(.+)\)')


def _formula_value(sheet: Worksheet, formula: str) -> Decimal | None:
    """What Excel shows for vplan's sums ("=IF(COUNT(B5:B11)=0,"",SUM(B5:B11))") and netto
    (C5+C6): openpyxl keeps no computed values. Other formulas: None."""
    match = _GUARDED.fullmatch(formula)
    if match is None:
        return None
    first, last, body = match.groups()
    if body not in (f"SUM({first}:{last})", f"{first}+{last}"):
        return None
    numbers = [
        Decimal(str(cell.value))
        for row in sheet[f"{first}:{last}"]
        for cell in row
        if isinstance(cell.value, int | float)
    ]
    return sum(numbers, Decimal(0)) if numbers else None


@dataclass(frozen=True)
class Printed:
    """An export as a reader sees it: its cells one by one and all its text in one line."""

    cells: Counter[Any]
    text: str
    keys: bool
    """Whether cells are compared as numbers (Excel keeps numbers, not printed figures)."""

    def count(self, figure: str, *, text: bool = False) -> int:
        """How many times ``figure`` is printed: as a cell where it stands alone in one, else
        (or with ``text``) anywhere in the text."""
        if not text and _is_cell(figure):
            return self.cells[_key(figure) if self.keys else _normal(figure)]
        return self.text.count(_normal(figure))


def _word(path: Path) -> Printed:
    doc = Document(str(path))
    pieces: list[str] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            pieces.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            pieces += [cell.text for row in Table(child, doc).rows for cell in row.cells]
    return Printed(Counter(_normal(p) for p in pieces), _normal(" ".join(pieces)), keys=False)


# A line-final hyphen between letters, as in a word hyphenated in a narrow table column
# ("utbild-" / "ningsanordnare"); not a compound's "Individ- och familjeomsorgen".
_HYPHENATED = re.compile(r"(?<=[^\W\d])-\n(?!(?:och|eller|samt)\b)(?=[^\W\d])")


def _pdf(path: Path) -> Printed:
    lines = _HYPHENATED.sub("", pdf_text(path)).splitlines()
    return Printed(Counter(_normal(line) for line in lines), _normal(" ".join(lines)), keys=False)


def _excel(path: Path) -> Printed:
    cells: Counter[Any] = Counter()
    texts: list[str] = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith("="):
                    value = _formula_value(sheet, value)
                if value is None:
                    continue
                cells[_key(value)] += 1
                texts.append(str(value))
    return Printed(cells, _normal(" ".join(texts)), keys=True)


READERS = {"docx": _word, "pdf": _pdf, "xlsx": _excel}


@dataclass(frozen=True)
class Exported:
    plan: d.PlanSnapshot
    data: dict[str, Any]
    files: dict[str, Path]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """Each reference plan imported from its fixture and exported to Word, PDF and Excel."""
    result = {}
    for name, fixture in PLANS.items():
        folder = tmp_path_factory.mktemp(name)
        data = load_json(DATA / fixture)
        import_json(data, folder / "plan.vplan")
        with PlanDocument.open(folder / "plan.vplan", read_only=True) as doc:
            plan = read_plan(doc)
        files = {}
        for fmt in FORMATS:
            files[fmt] = folder / f"plan.{fmt}"
            export_plan(plan, fmt, files[fmt])
        result[name] = Exported(plan, data, files)
    return result


# --- what each export must print --------------------------------------------------------------


def _filled(rows: Any) -> list[str]:
    return [cell for row in rows for cell in row if cell]


def _goal_texts(data: dict[str, Any]) -> list[str]:
    return [g["text"] for g in data["namndsmal"]]


def _expected(name: str, data: dict[str, Any]) -> dict[str, list[str]]:
    """The figures and texts each export must print, group by group."""
    if name == "varnamo":
        tables = [t for t in data["nyckeltal"] if t["fotnoter"]]
        return {
            "indikatorvärden": [
                f for f in _filled(V_INDICATORS) if f not in (DIALOGUE, COOPERATION)
            ],
            "målnivåer i ord": [f for f in _filled(V_INDICATORS) if f in (DIALOGUE, COOPERATION)],
            "driftbudget": [*_filled(V_DRIFT.values()), *V_NETTOKOSTNAD[:3]],
            "nettokostnad utan rader": list(V_NETTOKOSTNAD[3:]),
            "investeringar": [*V_INVESTMENT, *V_INVESTMENT],
            "nyckeltal": _filled(row for rows in V_KEY_FIGURES.values() for row in rows),
            "rubriker och år": list(V_HEADINGS),
            "anmärkning": ["Budget 2016 (Kf 151126)"],
            "fotnoter": [
                "Flyktingmottagning *",
                "Ekonomiskt bistånd **",
                *[note for t in tables for note in t["fotnoter"].splitlines()],
            ],
        }
    rows = measures()
    return {
        "kommunens mål": [f"Kommunens mål {kod}" for kod in T_KF],
        "ifo:s mål": [
            *_goal_texts(data),
            *[g[key] for g in data["namndsmal"] for key in ("ansvarig", "foljs_upp_genom")],
        ],
        "aktiviteter": [
            *[a[key] for a in data["aktiviteter"] for key in ("namn", "beskrivning")],
            *["Egen tid"] * len(data["aktiviteter"]),
        ],
        # Each activity's verksamhet, and the resultaträkning's three lines of the same one.
        "aktiviteternas verksamhet": ["Individ- och familjeomsorgen"] * (12 + 3),
        "resultaträkning": _filled(row for rows in T_RESULT.values() for row in rows),
        "resultaträkningens kolumner": list(T_RESULT_HEADINGS),
        "anmärkning": ["Prognos 2017 (aug)"],
        "mått": _filled(rows),
        "måttens kolumner": list(T_MEASURE_COLUMNS),
        "underrad": [SUB_ROW],
        "fotnot": [data["nyckeltal"][0]["fotnoter"]],
    }


TEXT_GROUPS = {"anmärkning", "fotnoter", "kommunens mål", "ifo:s mål", "aktiviteter"}
TEXT_GROUPS |= {"aktiviteternas verksamhet", "resultaträkningens kolumner", "måttens kolumner"}
TEXT_GROUPS |= {"underrad", "fotnot"}
"""The groups of names and texts, looked for in the text (not as whole cells)."""


GAPS: dict[tuple[str, str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for name, fixture in PLANS.items():
        data = json.loads((DATA / fixture).read_text(encoding="utf-8"))
        for group in _expected(name, data):
            for fmt in FORMATS:
                gap = GAPS.get((name, fmt, group))
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                cases.append(
                    pytest.param(name, fmt, group, marks=marks, id=f"{name}-{fmt}-{group}")
                )
    return cases


@pytest.mark.parametrize(("name", "fmt", "group"), _cases())
def test_export_prints_every_figure(
    exported: dict[str, Exported], name: str, fmt: str, group: str
) -> None:
    plan = exported[name]
    printed = READERS[fmt](plan.files[fmt])
    expected = _expected(name, plan.data)[group]
    if fmt == "xlsx" and group == "anmärkning":
        # The workbook writes a column's note in the row above its heading, which the budget
        # import reads: "(Kf 151126)" over "Budget 2016".
        expected = [part for f in expected for part in f.split(" (")]
    wanted = Counter(f for f in expected if f)
    found = {f: printed.count(f, text=group in TEXT_GROUPS) for f in wanted}
    missing = {f: n - found[f] for f, n in wanted.items() if found[f] < n}
    assert not missing, f"{fmt} lacks (figure: times): {missing}"


def test_every_known_gap_is_a_case() -> None:
    ids = {p.id for p in _cases()}
    assert {f"{n}-{f}-{g}" for n, f, g in GAPS} <= ids


# --- the goal tree in the exports -------------------------------------------------------------


def _depths(plan: d.PlanSnapshot) -> dict[int, int]:
    parents = {g.id: g.overordnat_id for g in plan.namndsmal}
    depths = {}
    for goal in plan.namndsmal:
        depth, parent = 0, goal.overordnat_id
        while parent is not None:
            depth, parent = depth + 1, parents[parent]
        depths[goal.id] = depth
    return depths


@pytest.mark.parametrize("name", PLANS)
def test_word_prints_each_goal_as_a_heading_one_level_below_its_parent(
    exported: dict[str, Exported], name: str
) -> None:
    plan = exported[name].plan
    doc = Document(str(exported[name].files["docx"]))
    start = max(n for n, p in enumerate(doc.paragraphs) if p.text == "Mål och indikatorer")
    headings = [(style_name(p), p.text) for p in doc.paragraphs[start:]]
    depths, at = _depths(plan), 0
    for goal in plan.namndsmal:
        found = next(n for n in range(at, len(headings)) if headings[n][1].endswith(goal.text))
        assert headings[found][0] == f"Heading {3 + depths[goal.id]}", goal.text
        at = found + 1


@pytest.mark.parametrize("name", PLANS)
def test_pdf_prints_the_goals_in_tree_order(exported: dict[str, Exported], name: str) -> None:
    text = _normal(pdf_text(exported[name].files["pdf"]))
    at = text.rfind("Mål och indikatorer")
    for goal in exported[name].plan.namndsmal:
        found = text.find(_normal(goal.text), at)
        assert found > at, goal.text
        at = found


@pytest.mark.parametrize("name", PLANS)
def test_excel_lists_each_goal_with_its_level_number_and_parent(
    exported: dict[str, Exported], name: str
) -> None:
    plan = exported[name].plan
    sheet = openpyxl.load_workbook(exported[name].files["xlsx"])["Mål och indikatorer"]
    rows = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    head = next(n for n, row in enumerate(rows) if row[0] == "Målområde")
    column = {title: n for n, title in enumerate(rows[head])}
    goals = {g.id: g for g in plan.namndsmal}
    listed = [row for row in rows[head + 1 :] if row[column["Mål"]]]
    for goal in plan.namndsmal:
        row = next(r for r in listed if r[column["Mål"]] == goal.text)
        assert row[column["Nivå"]] == plan.uppgifter.niva_namn(goal.niva)
        assert row[column["Nummer"]] == goal.kod
        parent = goals.get(goal.overordnat_id) if goal.overordnat_id else None
        assert (parent is None) == (row[column["Överordnat mål"]] == "")
        assert parent is None or row[column["Överordnat mål"]].endswith(parent.text)


# --- the structure kept on import -------------------------------------------------------------


def _shown(value: d.Value, unit: str) -> str:
    """A value as the original prints it (the test's own writing, not vplan's)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = format(value, "f").replace(".", ",")
    return f"{number} %" if unit == "%" else number


def _amounts(figures: tuple[str, ...]) -> list[Decimal | None]:
    return [Decimal(f.replace(" ", "")) if f else None for f in figures]


def test_varnamo_goal_tree_and_indicator_values_per_year(exported: dict[str, Exported]) -> None:
    plan = exported["varnamo"].plan
    areas = {a.id: a for a in plan.malomraden}
    assert [a.namn for a in plan.malomraden] == [
        "Kvalitet",
        "Delaktighet",
        "Kompetensförsörjning",
        "Klimat",
    ]
    assert all(a.beskrivning for a in plan.malomraden)
    ids = [g.id for g in plan.namndsmal]
    shape = [
        (
            areas[g.malomrade_id].namn if g.malomrade_id else "",
            g.niva,
            g.kod,
            ids.index(g.overordnat_id) if g.overordnat_id else None,
        )
        for g in plan.namndsmal
    ]
    assert shape == list(V_TREE)
    per_goal = Counter(i.namndsmal_id for i in plan.indikatorer)
    nämndsmål = [g for g in plan.namndsmal if g.niva is MalNiva.NAMND]
    assert [per_goal[g.id] for g in nämndsmål] == list(V_INDICATORS_PER_GOAL)
    assert sum(per_goal.values()) == len(plan.indikatorer)  # no indicator under a KF goal
    rows = [
        (
            i.nulage_ar,
            _shown(i.nulage, i.enhet),
            *[_shown(i.malnivaer.get(y), i.enhet) for y in V_YEARS],
        )
        for i in plan.indikatorer
    ]
    assert rows == [(2015, *row) for row in V_INDICATORS]
    assert all(set(i.malnivaer) <= set(V_YEARS) and not i.utfall for i in plan.indikatorer)
    # 15 goals, 17 indicators, 72 values: every one of the original
    values = sum(len(i.malnivaer) + (i.nulage is not None) for i in plan.indikatorer)
    assert (len(plan.namndsmal), len(plan.indikatorer), values) == (15, 17, 72)


def test_varnamo_budget_columns_rows_printed_totals_and_investments(
    exported: dict[str, Exported],
) -> None:
    plan = exported["varnamo"].plan
    columns = plan.kolumner(BudgetTabell.DRIFT)
    assert [(c.slag, c.ar, c.anmarkning) for c in columns] == list(V_COLUMNS)
    totals = _amounts(V_NETTOKOSTNAD)
    # The rows add up to the printed totals of 2014–2016; 2017–2019 only have the totals.
    assert [c.angiven_summa for c in columns] == [None] * 3 + totals[3:]
    drift = budget.driftbudget(plan)
    assert {line.namn: list(line.belopp) for line in drift.lines} == {
        unit: [*_amounts(figures), None, None, None] for unit, figures in V_DRIFT.items()
    }
    assert list(drift.totals) == totals
    assert not plan.resultatrakning and not plan.kf_ram
    (investment,) = plan.investeringar
    assert investment.projektnummer == "MBN 001"
    assert investment.belopp == dict(zip(range(2017, 2022), _amounts(V_INVESTMENT), strict=True))
    assert list(budget.investeringar(plan).totals) == _amounts(V_INVESTMENT)


def test_varnamo_key_figures_with_texts_heading_row_and_footnotes(
    exported: dict[str, Exported],
) -> None:
    plan = exported["varnamo"].plan
    assert [t.rubrik for t in plan.nyckeltal] == list(V_KEY_FIGURES)
    for table, rows in zip(plan.nyckeltal, V_KEY_FIGURES.values(), strict=True):
        values = [
            tuple(_key(r.varden[c.id]) if c.id in r.varden else "" for c in table.kolumner)
            for r in table.rader
        ]
        assert values == [tuple(_key(f) if f else "" for f in row) for row in rows], table.rubrik
        assert all(r.niva == 0 for r in table.rader)
    staff, pensions, turnover = plan.nyckeltal
    assert [c.rubrik for c in staff.kolumner][-1] == "Förändring i % 2014–2015"
    # "+1,65" keeps its sign as the plan's own text; "-2,1" is a number
    assert [r.varden[staff.kolumner[-1].id] for r in staff.rader] == [
        "15,2 %",
        "+1,65",
        "+0,9",
        Decimal("-2.1"),
    ]
    assert [c.rubrik for c in pensions.kolumner] == [str(y) for y in range(2014, 2020)]
    heading = turnover.rader[7]
    assert (heading.namn, heading.enhet, heading.varden) == ("Total kostnad", "tkr", {})
    assert [r.namn for r in turnover.rader if r.namn.endswith("*")] == [
        "Flyktingmottagning *",
        "Ekonomiskt bistånd **",
    ]
    assert [note.split(" ")[0] for note in turnover.fotnoter.splitlines()] == ["*", "**"]
    cells = sum(len(r.varden) for t in plan.nyckeltal for r in t.rader)
    assert cells == 100


def test_varnamo_chapters(exported: dict[str, Exported]) -> None:
    plan = exported["varnamo"].plan
    assert [(k.rubrik, k.omvarldsanalys) for k in plan.kapitel] == [
        ("Planeringsförutsättningar och omvärldsanalys", True),
        ("Förändring, utveckling och trender", False),
        ("Verksamhetsbeskrivning", False),
    ]
    assert (plan.uppgifter.forsta_ar, plan.uppgifter.sista_ar) == (2017, 2019)


def test_timra_goal_tree_under_the_kf_goals(exported: dict[str, Exported]) -> None:
    plan = exported["timra"].plan
    assert [a.rubrik for a in plan.malomraden] == [
        "1 Medborgare",
        "2 Utveckling",
        "3 Process",
        "4 Medarbetare",
        "5 Ekonomi",
    ]
    kf = [g for g in plan.namndsmal if g.niva is MalNiva.KF]
    assert [g.kod for g in kf] == list(T_KF)
    areas = {a.id: a.kod for a in plan.malomraden}
    assert all(g.overordnat_id is None and areas.get(g.malomrade_id or 0) == g.kod[0] for g in kf)
    codes = {g.id: g.kod for g in kf}
    ifo = [g for g in plan.namndsmal if g.niva is not MalNiva.KF]
    assert all(g.niva is MalNiva.FORVALTNING for g in ifo)
    shape = [(codes.get(g.overordnat_id or 0), g.ansvarig, bool(g.foljs_upp_genom)) for g in ifo]
    assert shape == list(T_IFO)
    assert plan.uppgifter.niva_namn(MalNiva.KF) == "Kommunens mål"
    assert plan.uppgifter.niva_namn(MalNiva.FORVALTNING) == "IFO:s mål"
    # each IFO goal follows its KF goal in the tree
    order = [g.id for g in plan.namndsmal]
    assert all(order.index(g.overordnat_id or 0) < order.index(g.id) for g in ifo)
    assert (len(kf), len(ifo), len(plan.indikatorer)) == (17, 19, 0)


def test_timra_activities_belong_to_the_whole_plan(exported: dict[str, Exported]) -> None:
    plan = exported["timra"].plan
    units = {v.id: v.namn for v in plan.verksamheter}
    assert len(plan.aktiviteter) == 12
    for activity in plan.aktiviteter:
        assert activity.namndsmal_id is None and activity.malomrade_id is None
        assert activity.egen_tid and activity.kostnad_tkr is None and activity.beskrivning
        assert units.get(activity.verksamhet_id or 0) == "Individ- och familjeomsorgen"


def test_timra_measures_with_a_sub_row_and_dashes(exported: dict[str, Exported]) -> None:
    plan = exported["timra"].plan
    (table,) = plan.nyckeltal
    assert [c.rubrik for c in table.kolumner] == list(T_MEASURE_COLUMNS)
    values = [
        tuple(_key(r.varden[c.id]) if c.id in r.varden else "" for c in table.kolumner)
        for r in table.rader
    ]
    assert values == [tuple(_key(f) if f else "" for f in row) for row in measures()]
    assert [(r.namn, r.niva) for r in table.rader if r.niva] == [(SUB_ROW, 1)]
    assert [r.namn for r in table.rader].index(SUB_ROW) == 4  # under the familjehem row
    assert sum(len(r.varden) for r in table.rader) == 170
    assert table.fotnoter


def test_timra_resultatrakning_as_printed(exported: dict[str, Exported]) -> None:
    plan = exported["timra"].plan
    columns = plan.kolumner(BudgetTabell.RESULTAT)
    assert [(c.slag, c.ar, c.anmarkning) for c in columns] == list(T_COLUMNS)
    assert all(c.angiven_summa is None for c in columns)
    result = budget.resultatrakning(plan)
    lines = {
        line.namn: (list(line.intakter), list(line.kostnader), list(line.netto))
        for line in result.lines
    }
    assert lines == {
        unit: tuple(_amounts(figures) for figures in rows) for unit, rows in T_RESULT.items()
    }
    assert not plan.driftbudget and not plan.investeringar


def test_timra_resultatrakning_has_no_sum_the_plan_does_not_print(
    exported: dict[str, Exported],
) -> None:
    # The IFO row is itself the total of three others and EKB lies outside IFO's budget: the
    # plan prints each verksamhet on its own, and a Summa would add IFO twice.
    files = exported["timra"].files
    assert not exported["timra"].plan.uppgifter.summa_resultat
    word = [c.text for t in Document(str(files["docx"])).tables for c in t.columns[0].cells]
    assert "Ensamkommande barn (EKB), netto" in word
    assert not any(text.startswith("Summa") for text in word)
    assert "Summa netto" not in pdf_text(files["pdf"])
    sheet = openpyxl.load_workbook(files["xlsx"])["Resultaträkning"]
    labels = [str(row[0].value) for row in sheet.iter_rows() if row[0].value]
    assert labels[-1] == "Ensamkommande barn (EKB), netto"
    assert not [x for x in labels if x.startswith("Summa")]
