"""Rules: in the goal part, a målområde printed as its label and number on a line of its own
("Målområde 1") with its name on the line under it ("Trygg uppväxt") is that målområde, the
goals after it its own; and a goal typed with its målområde's number and its own ("**1.2 Alla
elever når målen**", as a målhus's boxes print them) is a nämndsmål keeping "1.2" as its code,
so an indicator table naming goals by that number finds it. A label line over a sentence is
no målområde."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _plan(w: Writer, tmp_path: Path) -> d.PlanSnapshot:
    source = tmp_path / "mal.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _writer() -> Writer:
    w = Writer("mal", Front("Barn- och utbildningsnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Mål", 1)
    return w


def test_a_numbered_label_line_names_the_malomrade_on_the_line_under_it(tmp_path: Path) -> None:
    w = _writer()
    for a, (area, goals) in enumerate(
        [
            ("Trygg uppväxt", ["Fler barn går i förskola"]),
            ("Hållbar miljö", ["Matsvinnet minskar"]),
        ],
        1,
    ):
        w.para(("b", f"Målområde {a}"))
        w.para(area)
        for g, goal in enumerate(goals, 1):
            w.para(("b", f"{a}.{g} {goal} i kommunen"))
    plan = _plan(w, tmp_path)
    areas = {a.id: (a.kod, a.namn) for a in plan.malomraden}
    assert [(areas[g.malomrade_id or 0], g.kod, g.text) for g in plan.namndsmal] == [
        (("1", "Trygg uppväxt"), "1.1", "Fler barn går i förskola i kommunen"),
        (("2", "Hållbar miljö"), "2.1", "Matsvinnet minskar i kommunen"),
    ]


def test_goals_numbered_within_their_malomrade_are_linked_by_that_number(tmp_path: Path) -> None:
    w = _writer()
    w.heading("Trygg uppväxt", 2)
    w.para(("b", "1.1 Fler barn går i förskola"))
    w.para(("b", "1.2 Alla elever når målen i svenska"))
    w.table(
        [
            ["Mål", "Indikator", "Utfall 2025", "Mål 2027"],
            ["1.2", "Andel elever med lägst E i svenska", "91 %", "94 %"],
            ["1.1", "Andel barn 1–5 år i förskola", "86 %", "88 %"],
        ]
    )
    plan = _plan(w, tmp_path)
    found = {
        g.kod: (g.text, [i.namn for i in plan.indikatorer if i.namndsmal_id == g.id])
        for g in plan.namndsmal
    }
    assert found == {
        "1.1": ("Fler barn går i förskola", ["Andel barn 1–5 år i förskola"]),
        "1.2": ("Alla elever når målen i svenska", ["Andel elever med lägst E i svenska"]),
    }


def test_a_label_line_over_a_sentence_is_no_malomrade(tmp_path: Path) -> None:
    w = _writer()
    w.para(("b", "Målområde 1"))
    w.para("Målområdet gäller alla nämnder och följs upp i årsredovisningen.")
    plan = _plan(w, tmp_path)
    assert all(a.kod != "1" for a in plan.malomraden)
