"""A unit's part of the plan written as lines: a line naming a goal of the plan by its words
("bidrar till kommunstyrelsens mål om en attraktiv arbetsgivare") makes the indicator lines
under it ("Sjukfrånvaro – 7,2 % (2025), mål 6,5 % 2027 och 6 % 2028") that goal's, the unit's
own wording of it no goal; a paragraph opening on a bold goal sentence followed by its
indicator as a sentence ("Andelen heltidsanställda var 79 % år 2025 och ska öka till 85 %
2027") is a goal with that indicator, the paragraph kept as text; an activity line closing
"(Ansv. <who>, <end>)" is an activity with its owner and end."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_unit_lines import figures_line, owner_activity, sentence_figures
from vplan_desktop.services.read import read_plan

EMPLOYER = "Kommunen är en attraktiv arbetsgivare som behåller sina medarbetare."


def test_a_units_lines_give_indicators_goals_and_activities(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Kommunstyrelsen", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Kommunstyrelsens mål", 1)
    rows = [["Mål", "Indikator", "Nuläge 2025", "Mål 2027"], [EMPLOYER, "Personalomsättning",
            "11,2 %", "10 %"]]  # fmt: skip
    table = doc.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("HR-avdelningen", 1)
    doc.add_paragraph(
        "Vårt arbete bidrar främst till kommunstyrelsens mål om en attraktiv arbetsgivare. "
        "Så här har vi formulerat det:"
    )
    doc.add_paragraph().add_run("Vi är en arbetsplats där medarbetarna vill stanna.").bold = True
    doc.add_paragraph("Det mäter vi med:")
    doc.add_paragraph(
        "Sjukfrånvaro – 7,2 % (2025), mål 6,5 % 2027 och 6 % 2028", style="List Bullet"
    )
    goal = doc.add_paragraph()
    goal.add_run("Heltid ska vara norm i kommunen.").bold = True
    goal.add_run(" Andelen heltidsanställda var 79 % år 2025 och ska öka till 85 % 2027.")
    doc.add_paragraph("Aktiviteter 2027:")
    doc.add_paragraph("Ta fram en ny lönepolicy (Ansv. HR-chef, senast 31/5)", style="List Bullet")
    doc.add_paragraph(
        "Införa digital introduktion (Ansv. HR-specialist, v. 36)", style="List Bullet"
    )
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    goals = {g.id: g for g in plan.namndsmal}
    assert {g.text: g.niva for g in plan.namndsmal} == {
        EMPLOYER: MalNiva.NAMND,
        "Heltid ska vara norm i kommunen.": MalNiva.FORVALTNING,
    }
    got = {
        i.namn: (goals[i.namndsmal_id].text, i.enhet, i.nulage_ar, i.nulage, i.malnivaer)
        for i in plan.indikatorer
    }
    assert got == {
        "Personalomsättning": (EMPLOYER, "%", 2025, Decimal("11.2"), {2027: Decimal(10)}),
        "Sjukfrånvaro": (
            EMPLOYER, "%", 2025, Decimal("7.2"), {2027: Decimal("6.5"), 2028: Decimal(6)}
        ),
        "Andel heltidsanställda": (
            "Heltid ska vara norm i kommunen.", "%", 2025, Decimal(79), {2027: Decimal(85)}
        ),
    }  # fmt: skip
    assert {a.namn: (a.ansvarig, a.slutdatum) for a in plan.aktiviteter} == {
        "Ta fram en ny lönepolicy": ("HR-chef", dt.date(2027, 5, 31)),
        "Införa digital introduktion": ("HR-specialist", dt.date(2027, 9, 12)),
    }
    texts = " ".join(str(k.text) for k in plan.kapitel)
    assert "Andelen heltidsanställda var 79 %" in texts  # the paragraph stays the unit's text


def test_line_shapes_and_lines_left_to_other_readers() -> None:
    assert figures_line("Antal besök – 1 200 (2025), mål 1 500 2027") is not None
    assert figures_line("Antal besök – fysiska och digitala") is None
    assert sentence_figures("Antalet e-tjänster var 64 år 2025 och ska öka till 85 2027.")
    assert sentence_figures("Antalet e-tjänster har ökat stadigt.") is None
    assert (
        owner_activity("Öva krisledningen (Ansvarig: säkerhetschef, klart: 2027-05-01)", 2027)
        is None
    )
    assert owner_activity("Antal besök (fysiska, 2025)", 2027) is None
