"""A goal table's indicator or activity cell holding several paragraphs is read line by line
with the rules of typed lines in the body text: "Andel … (2025: 86 %, mål 2027: 90 %)" is an
indicator with its unit, nuläge and targets ("(nytt mått, mål 2027: 10 %)" a new one with no
nuläge), "… (enhetschef hemtjänst, klart juni 2027)" an activity with its owner and end, and an
owner alone in brackets is the owner when the table's other activities give theirs so."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_goal_line_cells import bracketed_activity, indicator_line
from vplan_desktop.services.read import read_plan

GOAL_1 = "Äldre med hemtjänst känner sig trygga hemma."
GOAL_2 = "Medarbetarna har rätt kompetens och vill stanna."


def test_lines() -> None:
    found = indicator_line("Andel nöjda brukare (2025: 86 %, mål 2027: 90 %)")
    assert found is not None and found["namn"] == "Andel nöjda brukare"
    assert found["nulage"]["ar"] == 2025 and found["malnivaer"] == {"2027": Decimal(90)}
    new = indicator_line("Personalomsättning (nytt mått, mål 2027: 10 %)")
    assert new is not None and "nulage" not in new and new["malnivaer"] == {"2027": Decimal(10)}
    assert indicator_line("Antal besök (fysiska och digitala)") is None
    assert indicator_line("Personalomsättning (nytt mått)") is None  # no figure at all
    act = bracketed_activity("Införa arbetslag (enhetschef hemtjänst, klart Q2 2027)", owners=False)
    assert act is not None and act["namn"] == "Införa arbetslag"
    assert act["ansvarig"] == "enhetschef hemtjänst" and act["slutdatum"] == "2027-06-30"
    assert bracketed_activity("Starta träffpunkt (fysioterapeut)", owners=False) is None
    alone = bracketed_activity("Starta träffpunkt (fysioterapeut)", owners=True)
    assert alone is not None and alone["ansvarig"] == "fysioterapeut"
    assert bracketed_activity("Starta träffpunkt (åk 1–3)", owners=True) is None


def _cell(cell: object, lines: list[str]) -> None:
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for n, line in enumerate(lines):
        paragraph = first if n == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        paragraph.style = "List Bullet"
        paragraph.add_run(line)


def test_a_goal_tables_cells_are_read_line_by_line(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för äldreomsorgen.")
    doc.add_heading("Indikatorer och aktiviteter", 1)
    table = doc.add_table(rows=3, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ["Nämndens mål", "Indikatorer", "Aktiviteter"], strict=True
    ):
        cell.text = text
    table.rows[1].cells[0].text = GOAL_1
    _cell(
        table.rows[1].cells[1],
        ["Andel nöjda brukare (2025: 86 %, mål 2027: 90 %)",
         "Antal personal per brukare (2024: 16, mål 2027: 12, mål 2029: 10)"],
    )  # fmt: skip
    _cell(
        table.rows[1].cells[2],
        ["Införa mindre arbetslag (enhetschef hemtjänst, klart juni 2027)",
         "Erbjuda digital tillsyn (enhetschef hemtjänst, klart 2028)"],
    )  # fmt: skip
    table.rows[2].cells[0].text = GOAL_2
    _cell(
        table.rows[2].cells[1],
        ["Sjukfrånvaro (2025: 9,4 %, mål 2027: 8 %)",
         "Personalomsättning (nytt mått, mål 2027: 10 %)"],
    )  # fmt: skip
    _cell(table.rows[2].cells[2], ["Validera vårdbiträden (HR-strateg)"])
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as plan_doc:
        plan = read_plan(plan_doc)
    goals = {g.id: g.text for g in plan.namndsmal}
    indicators = {
        i.namn: (goals[i.namndsmal_id], i.enhet, i.nulage_ar, i.nulage, i.malnivaer)
        for i in plan.indikatorer
    }
    assert indicators == {
        "Andel nöjda brukare": (GOAL_1, "%", 2025, Decimal(86), {2027: Decimal(90)}),
        "Antal personal per brukare": (
            GOAL_1, "", 2024, Decimal(16), {2027: Decimal(12), 2029: Decimal(10)}
        ),
        "Sjukfrånvaro": (GOAL_2, "%", 2025, Decimal("9.4"), {2027: Decimal(8)}),
        "Personalomsättning": (GOAL_2, "%", None, None, {2027: Decimal(10)}),
    }  # fmt: skip
    activities = {
        a.namn: (goals[a.namndsmal_id or 0], a.ansvarig, a.slutdatum) for a in plan.aktiviteter
    }
    assert activities == {
        "Införa mindre arbetslag": (GOAL_1, "enhetschef hemtjänst", dt.date(2027, 6, 30)),
        "Erbjuda digital tillsyn": (GOAL_1, "enhetschef hemtjänst", dt.date(2028, 12, 31)),
        "Validera vårdbiträden": (GOAL_2, "HR-strateg", None),
    }
