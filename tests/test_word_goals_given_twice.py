"""A plan that gives its goals twice: a table summing them up first ("Målområde | Mål |
Indikator | Målvärde 2027", the goals and indicators often in a shortened wording), then a
numbered chapter per målområde ("4 Kunskap och lärande") with each goal in full as a heading
over its indicator table and its activities. The chapter naming a målområde the summary gave
is that målområde (its text the målområde's description), not a narrative chapter; a goal in
full is the summary's goal whose shortened wording shares at least half of its words with it
(and no other of the målområde's summary goals does), entered once in its full wording; an
indicator in full is the summary's indicator whose targets it repeats, entered once with its
full name and all its figures; the activities under a goal given in full are that goal's.
A nuläge column under the "Utfall" header ("Utfall 2023 | 2024 | 2025 (nuläge)") is that
year's outcome as well as the indicator's nuläge; a column "Nuläge 2025" alone is only the
nuläge."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_restated import restated_goal, summary_goals
from vplan_desktop.imports.word_indicator_cells import nulage_outcome_year
from vplan_desktop.services.read import read_plan

AREA = "Kunskap och lärande"
FULL = "Fler elever fullföljer gymnasieskolan och tar examen inom tre år."
SHORT = "Fler elever tar examen"
OTHER = "Eleverna når högre kunskapsresultat i alla ämnen."
INDICATOR = "Andel elever på nationella program som tar examen inom tre år"
GRADES = "Genomsnittlig betygspoäng för elever med examen"
SAFE_AREA = "Trygghet och hälsa"
SAFE = "Alla elever känner sig trygga och har studiero i skolan."
SAFE_INDICATOR = "Andel elever som känner sig trygga i skolan"


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _measures(doc: DocxDocument, rows: list[list[str]], nulage: str) -> None:
    doc.add_paragraph().add_run("Så mäter vi målet").bold = True
    header = ["Indikator", "Utfall 2023", "Utfall 2024", nulage, "Målvärde 2027"]
    _table(doc, [header, *rows])


def _plan(tmp_path: Path, nulage: str = "Utfall 2025 (nuläge)") -> d.PlanSnapshot:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan med budget 2027–2029")
    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph("Planen beskriver nämndens mål för perioden.")
    doc.add_heading("2 Nämndens mål i korthet", 1)
    _table(
        doc,
        [
            ["Målområde", "Mål", "Indikator", "Målvärde 2027"],
            [AREA, SHORT, "Examen inom tre år, andel", "80 %"],
            [AREA, OTHER, GRADES, "14,6"],
            [SAFE_AREA, "Trygga elever med studiero", SAFE_INDICATOR, "90 %"],
        ],
    )
    doc.add_heading(f"3 {AREA}", 1)
    doc.add_paragraph("Målområdet omfattar gymnasieskolan.")
    doc.add_heading(FULL, 2)
    doc.add_paragraph("Examen inom tre år har ökat men ligger under jämförbara kommuner.")
    _measures(doc, [[INDICATOR, "74,2 %", "75,8 %", "77,1 %", "80 %"]], nulage)
    doc.add_paragraph().add_run("Aktiviteter 2027").bold = True
    _table(doc, [["Aktivitet", "Ansvarig", "Klart"], ["Införa lovskola", "Rektor", "ht 2027"]])
    doc.add_heading(OTHER, 2)
    doc.add_paragraph("Betygen har stått still sedan 2023.")
    _measures(doc, [[GRADES, "14,1", "14,0", "14,3", "14,6"]], nulage)
    doc.add_paragraph().add_run("Aktiviteter 2027").bold = True
    _table(doc, [["Aktivitet", "Ansvarig", "Klart"], ["Bedöma ämnesbetyg", "Lärare", "vt 2028"]])
    doc.add_heading(f"4 {SAFE_AREA}", 1)
    doc.add_paragraph("Målområdet omfattar elevhälsan.")
    doc.add_heading(SAFE, 2)
    _measures(doc, [[SAFE_INDICATOR, "86 %", "Ej mätt", "84 %", "90 %"]], nulage)
    source = tmp_path / "plan.docx"
    doc.save(str(source))
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_each_goal_once_in_full_under_the_malomrade_its_chapter_names(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    area, safe = plan.malomraden
    assert (area.namn, safe.namn) == (AREA, SAFE_AREA)
    assert area.beskrivning.strip() == "Målområdet omfattar gymnasieskolan."
    assert [(g.text, g.malomrade_id) for g in plan.namndsmal] == [
        (FULL, area.id),
        (OTHER, area.id),
        (SAFE, safe.id),
    ]
    assert [k.rubrik for k in plan.kapitel] == ["1 Inledning"]


def test_each_indicator_once_with_its_full_name_and_figures(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    goals = {g.id: g.text for g in plan.namndsmal}
    found = {i.namn: i for i in plan.indikatorer}
    assert sorted(found) == sorted([INDICATOR, GRADES, SAFE_INDICATOR])
    exam = found[INDICATOR]
    assert goals[exam.namndsmal_id] == FULL
    assert exam.malnivaer == {2027: D(80)}
    assert exam.nulage_ar == 2025 and exam.nulage == D("77.1")
    assert exam.utfall == {2023: D("74.2"), 2024: D("75.8"), 2025: D("77.1")}
    assert goals[found[GRADES].namndsmal_id] == OTHER
    safe = found[SAFE_INDICATOR]
    assert goals[safe.namndsmal_id] == SAFE
    assert safe.utfall == {2023: D(86), 2025: D(84)}  # "Ej mätt": no outcome that year


def test_the_activities_under_a_goal_in_full_are_that_goals(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    goals = {g.id: g.text for g in plan.namndsmal}
    assert {a.namn: goals.get(a.namndsmal_id or 0) for a in plan.aktiviteter} == {
        "Införa lovskola": FULL,
        "Bedöma ämnesbetyg": OTHER,
    }


def test_a_nulage_column_of_its_own_is_no_outcome(tmp_path: Path) -> None:
    plan = _plan(tmp_path, nulage="Nuläge 2025")
    exam = next(i for i in plan.indikatorer if i.namn == INDICATOR)
    assert exam.nulage_ar == 2025 and exam.nulage == D("77.1")
    assert exam.utfall == {2023: D("74.2"), 2024: D("75.8")}


def test_the_outcome_year_of_a_nulage_column() -> None:
    assert nulage_outcome_year("Utfall 2025 (nuläge)") == 2025
    assert nulage_outcome_year("Resultat 2025, nuläge") == 2025
    assert nulage_outcome_year("Nuläge 2025") is None
    assert nulage_outcome_year("Nuläge") is None


def test_a_short_form_restates_one_goal_of_its_malomrade_only() -> None:
    goals = [
        {"id": 1, "malomrade_id": 10, "text": "Trygga elever med studiero"},
        {"id": 2, "malomrade_id": 10, "text": "Ökad närvaro"},
        {"id": 3, "malomrade_id": 20, "text": "Elever med studiero"},
    ]
    full = "Alla elever känner sig trygga och har studiero i skolan."
    assert restated_goal(goals, {1, 2, 3}, 10, full) is goals[0]
    assert restated_goal(goals, {2, 3}, 10, full) is None  # given in full already
    assert restated_goal(goals, {1, 2, 3}, 30, full) is None  # another målområde
    assert restated_goal(goals, {1, 2}, 10, "Fler vuxna får ett arbete.") is None


def test_a_chapter_sharing_a_malomrades_name_without_its_goals_stays_a_chapter(
    tmp_path: Path,
) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Mål", 1)
    _table(
        doc,
        [
            ["Målområde", "Mål", "Indikator", "Målvärde 2027"],
            ["Medborgare", "Invånarna är nöjda med servicen.", "Nöjd-Medborgar-Index", "62"],
            ["Ekonomi", "Verksamheten håller sin budget.", "Avvikelse mot budget, tkr", "0"],
        ],
    )
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 84,2 miljoner kronor.")
    doc.add_heading("Driftbudget", 2)
    doc.add_paragraph("Budgeten fördelas per verksamhet.")
    source = tmp_path / "plan.docx"
    doc.save(str(source))
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    chapter = next(k for k in plan.kapitel if k.rubrik == "Ekonomi")
    assert "84,2 miljoner kronor" in chapter.text
    assert all(not a.beskrivning for a in plan.malomraden)
    assert [g.text for g in plan.namndsmal] == [
        "Invånarna är nöjda med servicen.",
        "Verksamheten håller sin budget.",
    ]


def test_the_goals_of_one_malomrades_table_are_no_summary() -> None:
    one = [{"id": 1, "malomrade_id": 10}, {"id": 2, "malomrade_id": 10}]
    assert summary_goals(one, []) == set()
    both = [*one, {"id": 3, "malomrade_id": 20}]
    assert summary_goals(both, []) == {1, 2, 3}
    assert summary_goals(both, [one[0]]) == {2, 3}  # a goal read before is no summary's
