"""Goals as headings with their indicators as the headings under them, each over one line of
tab-separated figures ("Nuläge 2025: 84 % ⇥ Mål 2027: 87 %"); activities as "Aktivitet: …"
lines over "Start: …, slut: …" and "Ansvarig: …" lines; a chart's data table under its
"Diagram 1:" caption kept as printed, with its "Källa:" note."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_chart_table import chart_caption, numbered_caption
from vplan_desktop.imports.word_labelled_activity import labelled_activity
from vplan_desktop.services.read import read_plan

GOAL = "Den enskilde är delaktig i planeringen av sin vård."
OTHER = "Fallolyckor förebyggs."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _lines(*texts: str) -> list[Block]:
    return [Block(i, BlockKind.PARAGRAPH, text=t) for i, t in enumerate(texts)]


def test_an_activity_line_takes_the_labelled_lines_under_it() -> None:
    blocks = _lines(
        "Aktivitet: Införa mindre arbetslag",
        "Start: mars 2027, slut: december 2027",
        "Ansvarig: Verksamhetschef hemtjänst",
        "Nämnden följer upp arbetet.",
    )
    found = labelled_activity(blocks, 0)
    assert found is not None
    activity, used = found
    assert used == [1, 2]
    assert (activity["namn"], activity["ansvarig"]) == (
        "Införa mindre arbetslag",
        "Verksamhetschef hemtjänst",
    )
    assert (activity["startdatum"], activity["slutdatum"]) == ("2027-03-01", "2027-12-31")
    assert activity["beskrivning"] == "Start: mars 2027, slut: december 2027"  # months: words kept
    exact = labelled_activity(_lines("Aktivitet: Ny rutin", "Slut: 2027-05-15"), 0)
    assert exact is not None and exact[0]["slutdatum"] == "2027-05-15"
    assert "beskrivning" not in exact[0]  # a day says all the line did
    alone = _lines("Aktivitet: se bilaga 2.", "Nämnden följer upp arbetet.")
    assert labelled_activity(alone, 0) is None  # no detail line under it: a sentence
    assert labelled_activity(_lines("Start: mars 2027", "Ansvarig: X"), 0) is None


def test_chart_and_table_captions() -> None:
    assert chart_caption("Diagram 1: Hemtjänst och särskilt boende")
    assert chart_caption("Figur 2. Invånare över 80 år")
    assert not chart_caption("Tabell 2. Anläggningar")
    assert numbered_caption("Tabell 2. Anläggningar och belastning")
    assert not numbered_caption("Diagrammet visar utvecklingen de senaste åren.")


def test_indicator_headings_labelled_activities_and_a_chart_table(tmp_path: Path) -> None:
    w = Writer("indikatorer som rubriker", Front("Äldrenämnden", "", 2027, 2028))
    w.para("Västerlunda kommun")
    w.para("Äldrenämnden")
    w.para("Verksamhetsplan 2027–2028")
    w.heading("Mål och aktiviteter", 1)
    w.heading("Trygghet och inflytande", 2)
    w.heading(GOAL, 3)
    w.heading("Andel uppdaterade genomförandeplaner", 4)
    w.para("Nuläge 2025: 71 %\tMål 2027: 85 %\tMål 2028: 95 %")
    w.heading("Antal olika personal under 14 dagar", 4)
    w.para("Nuläge 2025: 16\tMål 2027: 13\tMål 2028: 11")
    w.para(("b", "Aktivitet: "), "Utbilda personalen i genomförandeplaner")
    w.para("Start: januari 2027, slut: juni 2027")
    w.para("Ansvarig: Enhetschefer hemtjänst")
    w.heading(OTHER, 3)
    w.heading("Fallolyckor per 1 000 brukare", 4)
    w.para("Nuläge 2025: 42,5\tMål 2027: 38\tMål 2028: 35")
    w.heading("Ekonomi", 1)
    w.para(("i", "Diagram 1: Hemtjänst och invånare över 80 år"))
    w.table([["År", "Personer med hemtjänst", "Invånare 80+"], ["2024", "441", "1 839"],
             ["2025", "459", "1 905"]])  # fmt: skip
    w.para(("i", "Källa: Verksamhetssystemet och SCB."))
    w.save(tmp_path / "plan.docx")

    plan = _plan(tmp_path / "plan.docx")
    goals = {g.id: g.text for g in plan.namndsmal}
    assert sorted(goals.values()) == sorted([GOAL, OTHER])  # the Heading 4s are no goals
    found = {
        i.namn: (goals[i.namndsmal_id], i.nulage_ar, str(i.nulage), str(i.malnivaer[2028]))
        for i in plan.indikatorer
    }
    assert found == {
        "Andel uppdaterade genomförandeplaner": (GOAL, 2025, "71", "95"),
        "Antal olika personal under 14 dagar": (GOAL, 2025, "16", "11"),
        "Fallolyckor per 1 000 brukare": (OTHER, 2025, "42.5", "35"),
    }
    assert [
        (a.namn, a.ansvarig, a.startdatum, a.slutdatum, goals.get(a.namndsmal_id or 0))
        for a in plan.aktiviteter
    ] == [
        ("Utbilda personalen i genomförandeplaner", "Enhetschefer hemtjänst",
         dt.date(2027, 1, 1), dt.date(2027, 6, 30), GOAL),
    ]  # fmt: skip
    assert not plan.driftbudget  # the chart's years are no budget
    (table,) = plan.nyckeltal
    assert table.rubrik == "Diagram 1: Hemtjänst och invånare över 80 år"
    assert [r.namn for r in table.rader] == ["2024", "2025"]  # the years stay the rows
    assert [k.rubrik for k in table.kolumner] == ["Personer med hemtjänst", "Invånare 80+"]
    assert table.fotnoter == "Källa: Verksamhetssystemet och SCB."
