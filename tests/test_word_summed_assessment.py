"""A delårsrapport's goal assessed by the sentence that sums up its paragraph of analysis
("… Sammantaget bedöms målet inte vara uppfyllt.", "… Bedömningen efter första tertialet är
att målet är delvis uppfyllt."), over an indicator table whose "Uppfyllt" column gives each
indicator's own verdict ("Ja", "Nej", "–" not measured): the sentence is the goal's
assessment, not the first row's verdict. And an activity's status written as the share of
the work done ("75 % klart") is under way (pågår), its words kept as the comment."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningStatus
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_activity_table import status_of
from vplan_desktop.imports.word_assessment_lines import prose_level
from vplan_desktop.imports.word_percent_status import percent_status
from vplan_desktop.imports.word_summed_assessment import plain_sentence, summing_sentences
from vplan_desktop.services.read import read_plan

ANALYSIS = "Arbetet har kommit igång under våren. Brukarundersökningen görs i september."
GOALS = [  # goal, summing sentence, first row's verdict, level
    ("Äldre känner sig trygga hemma.", "Sammantaget bedöms målet vara delvis uppfyllt.", "–", 2),
    ("Boende har en meningsfull vardag.", "Sammantaget bedöms målet vara uppfyllt.", "–", 1),
    (
        "Fler går vidare till arbete.",
        "Bedömningen efter första tertialet är att målet är delvis uppfyllt.",
        "Nej",
        2,
    ),
    ("Anhöriga får stöd.", "Sammanfattningsvis bedöms målet inte vara uppfyllt.", "Ja", 3),
]
ACTIVITIES = [
    ("Utbilda samordnare", "75 % klart", UppfoljningStatus.PAGAR, "75 % klart"),
    ("Anlägga trädgård", "Klart till 40 %", UppfoljningStatus.PAGAR, "Klart till 40 %"),
    ("Starta anhöriggrupp", "Ej påbörjad", UppfoljningStatus.EJ_PABORJAD, ""),
]


def test_the_sentence_that_sums_up_a_paragraph() -> None:
    assert plain_sentence("Sammantaget bedöms målet vara uppfyllt.") == (
        "bedöms målet vara uppfyllt."
    )
    assert plain_sentence("Bedömningen efter första tertialet är att målet nås.") == (
        "Bedömningen är att målet nås."
    )
    assert list(summing_sentences(f"{ANALYSIS} Sammantaget bedöms målet vara uppfyllt.")) == [
        "bedöms målet vara uppfyllt."
    ]
    # no summing sentence: an ordinary one, or one that assesses no goal
    assert not list(summing_sentences(f"{ANALYSIS} Antalet väntas öka under hösten."))
    assert not list(summing_sentences(f"{ANALYSIS} Sammantaget bedöms kostnaden öka."))


def test_the_level_of_a_paragraph_summed_up() -> None:
    for _goal, sentence, _verdict, level in GOALS:
        assert prose_level(f"{ANALYSIS} {sentence} Resten av analysen.") == level
    assert prose_level(f"Sammantaget bedöms målet inte vara uppfyllt. {ANALYSIS}") == 3
    # a paragraph summing nothing up assesses nothing, however it ends
    assert prose_level(f"{ANALYSIS} Målet kan inte följas upp ännu.") is None
    assert prose_level(f"{ANALYSIS} Sammantaget bedöms behovet öka.") is None


def test_a_share_of_the_work_done_is_a_status() -> None:
    assert percent_status("75 % klart") == "pagar"
    assert percent_status("40 % klar.") == "pagar"
    assert percent_status("Klart till 50 %") == "pagar"
    assert percent_status("Genomfört till 25 procent") == "pagar"
    assert percent_status("100 % klart") == "klart"
    assert percent_status("0 % klart") == "ej_paborjad"
    assert percent_status("30 %") == "pagar"
    assert percent_status("75 % av kostnaden") is None
    assert percent_status("Klar") is None
    assert status_of("75 % klart") == "pagar"


def _document(path: Path) -> None:
    w = Writer("delår", Front("Vård- och omsorgsnämnden", "", 2027, 2027))
    w.para("Exempelby kommun")
    w.para("Vård- och omsorgsnämnden")
    w.para("Delårsrapport januari–april 2027")
    w.heading("Måluppfyllelse", 1)
    for number, (goal, sentence, verdict, _level) in enumerate(GOALS, 1):
        w.heading(f"Mål {number}: {goal}", 3)
        w.para(f"{ANALYSIS} {sentence}")
        w.table(
            [
                ["Indikator", "Utfall 2026", "Utfall T1 2027", "Målvärde 2027", "Uppfyllt"],
                [
                    f"Andel nöjda {number}",
                    "80 %",
                    "–" if verdict == "–" else "82 %",
                    "85 %",
                    verdict,
                ],
                [f"Antal besök {number}", "12", "14", "15", "Delvis"],
            ]
        )
        if number == 1:
            w.table(
                [
                    ["Aktivitet", "Ansvarig", "Klart senast", "Status april"],
                    *([name, "Enhetschef", "2027-06-30", s] for name, s, _, _ in ACTIVITIES),
                ]
            )
    w.save(path)


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def test_the_summing_sentence_assesses_the_goal(tmp_path: Path) -> None:
    _document(tmp_path / "delar.docx")
    plan = _plan(tmp_path / "delar.docx")
    [period] = plan.uppfoljningar
    goals = {g.text: g.id for g in plan.namndsmal}
    levels = {goal: period.goal(goals[goal]).bedomningsniva_id for goal, *_ in GOALS}
    assert levels == {goal: level for goal, _, _, level in GOALS}
    assert GOALS[0][1] in period.goal(goals[GOALS[0][0]]).bedomning  # the words kept


def test_a_share_done_is_under_way(tmp_path: Path) -> None:
    _document(tmp_path / "delar.docx")
    plan = _plan(tmp_path / "delar.docx")
    [period] = plan.uppfoljningar
    held = {a.namn: period.activity(a.id) for a in plan.aktiviteter}
    assert {n: h.status for n, h in held.items()} == {n: s for n, _, s, _ in ACTIVITIES}
    assert {n: h.kommentar for n, h in held.items()} == {n: c for n, _, _, c in ACTIVITIES}
