"""Goals coded by skolform or verksamhet: a summary table "Kod | Nämndsmål" and then each goal
as a heading "GY1 Fler elever …" under a heading per area. The heading's code is the goal's
kod and the sentence its text (the summary's goal and the heading's are one goal, its
indicators under it), where the document codes its headings consistently; an activity linking
two goals by code ("GY2, VUX1") goes under the first; an area heading among them that names
the goals' part ("Gemensamma mål för förvaltningen") is a målområde like its siblings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_blocks import Block, BlockKind, HeadingBy
from vplan_desktop.imports.word_goal_links import linked_goal
from vplan_desktop.imports.word_heading_codes import coded_heading, heading_goal

AREAS = [
    ("Gymnasieskolan", [("GY1", "Fler elever tar examen"), ("GY2", "Eleverna känner sig trygga")]),
    ("Vuxenutbildningen", [("VUX1", "Fler vuxna når sina studiemål")]),
    ("Gemensamma mål för förvaltningen", [("GEM1", "Förvaltningen är en attraktiv arbetsgivare")]),
]


def _heading(index: int, text: str) -> Block:
    return Block(index, BlockKind.HEADING, text=text, level=3, heading_by=HeadingBy.STYLE)


def test_a_code_before_the_sentence_is_the_goals_kod_where_headings_are_coded() -> None:
    blocks = [_heading(0, "GY1 Fler elever tar examen"), _heading(1, "KS 2: Tryggare skolor")]
    levels = {0: 3, 1: 3}
    assert coded_heading(blocks, levels, 0) == ("GY1", "Fler elever tar examen")
    assert coded_heading(blocks, levels, 1) == ("KS2", "Tryggare skolor")
    assert heading_goal(blocks, levels, 0) == (MalNiva.NAMND, "GY1", "Fler elever tar examen")
    # a single coded heading of its level is a title, not a code
    assert coded_heading(blocks, {0: 3, 1: 2}, 0) is None
    assert heading_goal(blocks, {0: 3, 1: 2}, 0) == (
        MalNiva.NAMND,
        "",
        "GY1 Fler elever tar examen",
    )
    # a year, lower-case letters or a code alone are no goal codes
    for text in ("EU 2030 Klimatneutralt", "gy1 Fler elever tar examen", "GY1", "GY1 elever"):
        others = [_heading(0, text), _heading(1, "GY2 Eleverna känner sig trygga")]
        assert coded_heading(others, levels, 0) is None


def test_an_activity_linking_goals_by_code_goes_under_the_first() -> None:
    goals = [{"id": n, "kod": k, "niva": "namnd", "text": k} for n, k in enumerate(["GY2", "VUX1"])]
    find = {g["kod"]: g for g in goals}.get
    assert linked_goal("VUX1, GY2", goals, find) == (goals[1], ["Mål: VUX1, GY2"])
    assert linked_goal("GY2 och VUX1", goals, find) == (goals[0], ["Mål: GY2 och VUX1"])


def _table(doc: Any, rows: list[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def _plan(tmp_path: Path) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027").bold = True
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för gymnasieskolan och vuxenutbildningen.")
    doc.add_heading("Nämndens mål och indikatorer", 1)
    _table(doc, [("Kod", "Nämndsmål"), *(goal for _, goals in AREAS for goal in goals)])
    for area, goals in AREAS:
        doc.add_heading(area, 2)
        for code, goal in goals:
            doc.add_heading(f"{code} {goal}", 3)
            measure = (f"Andel för {code.lower()}", "70 %", "75 %")
            _table(doc, [("Indikator", "Utfall 2025", "Målvärde 2027"), measure])
    doc.add_heading("Aktiviteter", 1)
    header = ("Aktivitet", "Mål", "Ansvarig", "Klart")
    _table(doc, [header, ("Fler lärlingsplatser", "VUX1, GY2", "HR", "2027-06-30")])
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def test_coded_goal_headings_in_a_small_plan(tmp_path: Path) -> None:
    data = _plan(tmp_path)
    goals = [(g["kod"], g["text"]) for g in data["namndsmal"]]
    assert goals == [goal for _, area in AREAS for goal in area]  # each goal once, no code
    areas = {a["id"]: a["namn"] for a in data["malomraden"]}
    by_goal = {g["id"]: (g["kod"], areas[g["malomrade_id"]]) for g in data["namndsmal"]}
    assert sorted({area for _, area in by_goal.values()}) == sorted(a for a, _ in AREAS)
    assert by_goal[next(iter(by_goal))][1] == "Gymnasieskolan"
    indicators = {g["kod"]: [i["namn"] for i in g["indikatorer"]] for g in data["namndsmal"]}
    assert indicators == {k: [f"Andel för {k.lower()}"] for k in ("GY1", "GY2", "VUX1", "GEM1")}
    (activity,) = data["aktiviteter"]
    assert by_goal[activity["namndsmal_id"]][0] == "VUX1"
