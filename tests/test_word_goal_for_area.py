"""A goal level's name may say what the goal is for before the colon ("Kommunfullmäktiges mål
för verksamhetsområdet: …", "Nämndens mål inom äldreomsorgen: …"): the words are the label's,
the goal is what follows, at the level the label names. A hyphenated word before a dash is
no such label ("… inom äldre- och …")."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_table import parse_goal
from vplan_desktop.imports.word_text import kf_line, labelled_goal
from vplan_desktop.services.read import read_plan


def test_the_label_with_what_the_goal_is_for() -> None:
    text = "Kommunfullmäktiges mål för verksamhetsområdet: Alla barn har goda uppväxtvillkor"
    assert parse_goal(text) == (MalNiva.KF, "", "Alla barn har goda uppväxtvillkor")
    assert labelled_goal(text)
    assert kf_line(text) == "Alla barn har goda uppväxtvillkor"
    assert parse_goal("Nämndens mål inom äldreomsorgen: Tryggt boende")[2] == "Tryggt boende"
    # no colon after the words: no label
    assert parse_goal("Nämndens mål inom äldre- och omsorgen – x")[2].startswith("Nämndens")
    assert not labelled_goal("Mål för 2027: fler i arbete")


def test_kf_goal_headings_for_the_area(tmp_path: Path) -> None:
    w = Writer("for", Front("Socialnämnden", "Ekby kommun", 2027, 2027))
    w.para("Ekby kommun")
    w.para("Socialnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inriktningsmål 1: En trygg kommun", 1)
    w.heading("Kommunfullmäktiges mål för verksamhetsområdet: Invånarna är trygga", 2)
    w.para("Nämnden samverkar med polisen om otrygga platser.")
    path = tmp_path / "plan.docx"
    w.save(path)
    import_word(path, path.with_suffix(".vplan"))
    with PlanDocument.open(path.with_suffix(".vplan"), read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.text: g.niva for g in plan.namndsmal}
    assert goals == {"En trygg kommun": MalNiva.KF, "Invånarna är trygga": MalNiva.KF}
