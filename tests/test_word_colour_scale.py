"""A target given as a styrkort's colour scale ("Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80 %" in
one cell, the bands on lines of their own, or after their values: "≥ 90 % grönt, …") is the
green band: the level at which the target is met; the yellow and red bands are the scale's.
And an outcome cell saying when the figure comes ("Mäts i oktober") gives no figure."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_colour_scale import green_band
from vplan_desktop.imports.word_indicator_cells import no_figure
from vplan_desktop.services.read import read_plan


def test_the_green_band_of_a_scale() -> None:
    assert green_band("Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80 %") == "≥ 90 %"
    assert green_band("Grönt: ≤ 5,5 %\nGult: 5,6–6,5 %\nRött: > 6,5 %") == "≤ 5,5 %"
    assert green_band("Grön: 0 Gul: 1–3 Röd: ≥ 4") == "0"
    assert green_band("Grön: ≥ 0; Gul: −1 500 till −1; Röd: < −1 500") == "≥ 0"
    assert green_band("≥ 90 % grönt, 80–89 % gult, < 80 % rött") == "≥ 90 %"
    assert green_band("Grön nivå: minst 75") == ""  # one colour is no scale
    assert green_band("Fler gröna ytor i centrum") == ""
    assert green_band("≥ 90 %") == ""


def test_a_figure_to_come_is_no_figure() -> None:
    assert no_figure("Mäts i oktober")
    assert no_figure("Redovisas i bokslutet 2026")
    assert no_figure("Mäts senare")
    assert not no_figure("87 %")
    assert not no_figure("Mätningen visar en ökning")


def test_colour_scale_targets_in_a_goal_table(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Tertialrapport 2 2026", "Tekniska nämnden"):
        doc.add_paragraph(text)
    doc.add_heading("Mål 1 Trygga gator", 1)
    rows = [
        ["Indikator", "Utfall 2025", "Utfall T2 2026", "Målvärde 2026"],
        ["Andel åtgärdade fel inom 14 dagar", "81 %", "87 %", ""],
        ["Handläggningstid, dagar", "6,5", "Mäts i oktober", ""],
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    table.cell(1, 3).text = "Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80 %"
    paragraph = table.cell(2, 3).paragraphs[0]
    for n, line in enumerate(["Grön: ≤ 5", "Gul: 6–8", "Röd: > 8"]):
        if n:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        paragraph.add_run(line)
    doc.save(str(tmp_path / "t.docx"))
    import_word(tmp_path / "t.docx", tmp_path / "t.vplan")
    with PlanDocument.open(tmp_path / "t.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    found = {
        i.namn: (dict(i.malnivaer), {y: j.value for y, j in i.jamforare.items()}, dict(i.utfall))
        for i in plan.indikatorer
    }
    assert found["Andel åtgärdade fel inom 14 dagar"][:2] == ({2026: D(90)}, {2026: "minst"})
    days = found["Handläggningstid, dagar"]
    assert days[:2] == ({2026: D(5)}, {2026: "hogst"})
    assert 2026 not in days[2]
