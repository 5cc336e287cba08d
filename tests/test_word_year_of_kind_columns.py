"""A follow-up's budget columns named by their kind alone beside a column of one year ("Budget
2026 | Utfall T2 | Prognos | Avvikelse") are that year's: the outcome so far (the tertial's,
"T2", "tertial 2", "jan–aug", "delår") and the forecast for the year; a computed deviation is
no amount of the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _drift(tmp_path: Path, outcome: str) -> dict[str, dict[tuple[str, int], D]]:
    rows = [
        ["Verksamhet", "Budget 2026", outcome, "Prognos", "Avvikelse"],
        ["Gator och vägar", "42 300", "27 412", "42 900", "−600"],
        ["Vinterväghållning", "11 500", "9 870", "13 600", "−2 100"],
        ["Summa", "53 800", "37 282", "56 500", "−2 700"],
    ]
    doc = Document()
    for text in ("Norrvalla kommun", "Tertialrapport 2 2026", "Tekniska nämnden"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomisk uppföljning", 1)
    doc.add_paragraph("Driftredovisning per verksamhet, tkr")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "t.docx"))
    import_word(tmp_path / "t.docx", tmp_path / "t.vplan")
    with PlanDocument.open(tmp_path / "t.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    return {
        names[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }


def test_the_tertials_outcome_and_the_forecast_are_the_years(tmp_path: Path) -> None:
    drift = _drift(tmp_path, "Utfall T2")
    assert drift["Vinterväghållning"] == {
        ("budget", 2026): D(11500),
        ("utfall", 2026): D(9870),
        ("prognos", 2026): D(13600),
    }


def test_an_outcome_named_by_its_months(tmp_path: Path) -> None:
    drift = _drift(tmp_path, "Utfall jan–aug")
    assert drift["Gator och vägar"][("utfall", 2026)] == D(27412)
    assert drift["Gator och vägar"][("prognos", 2026)] == D(42900)
