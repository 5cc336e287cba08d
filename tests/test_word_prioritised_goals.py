"""Goals labelled "Prioriterat mål n – …" on lines of their own (bold, no heading style) under
a målområde's heading: each line is a goal of its own, its label ("Prioriterat mål 2 –") is
its number and not its text, and the table under it holds that goal's indicators. A label's
dash is no part of the goal's text ("Mål 1 – Text" is the goal "Text", numbered 1). A score on
a scale ("4,1 av 5") is the figure 4,1, the scale ("av 5") the indicator's unit. A column
"Agenda 2030" names the global goal a goal serves ("Globalt mål 4"): no target for 2030, but
words kept with the goal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_table import goal_line, parse_goal
from vplan_desktop.services.read import read_plan

HEADER = ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"]
AREAS = [
    (
        "Målområde: Lärande",
        [
            ("Alla elever lämnar grundskolan med godkända betyg.", "Meritvärde i årskurs 9"),
            ("Fler elever tar examen inom fyra år.", "Andel med examen inom fyra år"),
        ],
    ),
    ("Målområde: Trygghet", [("Alla elever känner sig trygga i skolan.", "Andel trygga elever")]),
]


def _plan(tmp_path: Path, header: list[str] = HEADER, last: str = "") -> d.PlanSnapshot:
    """The plan; ``last`` in each row's last column when given."""
    doc = Document()
    for text in ("Exempelby kommun", "Barn- och utbildningsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    number = 0
    for area, goals in AREAS:
        doc.add_heading(area, 2)
        for goal, indicator in goals:
            number += 1
            run = doc.add_paragraph().add_run(f"Prioriterat mål {number} – {goal}")
            run.bold = run.italic = True
            values = ["80 %", "85 %", "90 %"] if indicator.startswith("Andel") else ["224,0"] * 3
            scale = ["4,1 av 5", "4,3 av 5", "4,4 av 5"]
            if last:
                values[-1] = scale[-1] = last
            rows = [header, [indicator, *values], ["Nöjdhet med skolan", *scale]]
            table = doc.add_table(rows=3, cols=4)
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_a_goal_label_and_its_dash_are_not_the_goals_text() -> None:
    assert parse_goal("Mål 1 – Fler i arbete.")[1:] == ("1", "Fler i arbete.")
    assert parse_goal("Prioriterat mål 2 – Fler i arbete.")[1:] == ("2", "Fler i arbete.")
    assert goal_line("Prioriterat mål: Fler i arbete.") is not None
    assert goal_line("Prioriterade mål för nämnden") is None


def test_each_labelled_line_is_a_goal_over_its_own_indicators(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    areas = {a.id: a.namn for a in plan.malomraden}
    goals = [(areas.get(g.malomrade_id or 0), g.kod, g.text) for g in plan.namndsmal]
    assert goals == [
        ("Lärande", "1", "Alla elever lämnar grundskolan med godkända betyg."),
        ("Lärande", "2", "Fler elever tar examen inom fyra år."),
        ("Trygghet", "3", "Alla elever känner sig trygga i skolan."),
    ]
    text = {g.id: g.text for g in plan.namndsmal}
    under = {(text.get(i.namndsmal_id or 0), i.namn) for i in plan.indikatorer}
    for _, pairs in AREAS:
        for goal, indicator in pairs:
            assert (goal, indicator) in under
            assert (goal, "Nöjdhet med skolan") in under


def test_a_score_on_a_scale_is_its_figure(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    scores = [i for i in plan.indikatorer if i.namn == "Nöjdhet med skolan"]
    assert len(scores) == 3
    for score in scores:
        assert score.enhet == "av 5"
        assert (score.nulage_ar, score.nulage) == (2025, Decimal("4.1"))
        assert score.malnivaer[2027] == Decimal("4.3")


def test_an_agenda_2030_column_is_no_target(tmp_path: Path) -> None:
    header = ["Indikator", "Utfall 2025", "Mål 2027", "Agenda 2030"]
    plan = _plan(tmp_path, header, last="Globalt mål 4")
    for indicator in plan.indikatorer:
        assert 2030 not in {y for y, v in indicator.malnivaer.items() if v is not None}
    share = next(i for i in plan.indikatorer if i.namn == "Andel med examen inom fyra år")
    goal = next(g for g in plan.namndsmal if g.id == share.namndsmal_id)
    assert {y: v for y, v in share.malnivaer.items() if v is not None} == {2027: Decimal(85)}
    assert "Agenda 2030: Globalt mål 4" in goal.beskrivning
