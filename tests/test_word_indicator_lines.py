"""An "Indikator: <name>" line under a goal with its figures on the lines right under it, one a
line ("Utgångsvärde 2025: 34 %", "Målvärde 2027: …"), is one indicator with its nuläge and
targets: a target in words ("Bibehålla nivån", "Lägre än rikets snitt", "Minst samma som
2025") is kept as its text, "Minst 90 %" and "Högst 6,0 %" are comparisons, "–" is no target;
the figures' lines are not text of a chapter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_typed_lines import indicator_with_lines
from vplan_desktop.services.read import read_plan

LINES = [
    "Indikator: Andel unga som fått ett erbjudande inom 30 dagar",
    "Utgångsvärde 2025: 78 %",
    "Målvärde 2027: Minst 90 %",
    "Målvärde 2028: Bibehålla nivån",
    "Indikator: Andel invånare med långvarigt ekonomiskt bistånd",
    "Utgångsvärde 2025: 1,9 %",
    "Målvärde 2027: Lägre än rikets snitt",
    "Målvärde 2028: –",
    "Indikator: Sjukfrånvaro bland medarbetarna",
    "Nuläge 2025: 6,8 %",
    "Målvärde 2027: Högst 6,0 %",
    "Målvärde 2028: Minst samma som 2025",
]


def test_figures_on_the_lines_under_an_indicator(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål", 1)
    doc.add_paragraph().add_run("Mål 3: Unga får ett erbjudande inom 30 dagar.").bold = True
    for line in LINES:
        doc.add_paragraph(line)
    doc.add_paragraph("Nämnden följer upp målet i delårsrapporten.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten är i balans.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)

    (goal,) = plan.namndsmal
    assert (goal.kod, goal.text) == ("3", "Unga får ett erbjudande inom 30 dagar.")
    found = {i.namn: i for i in plan.indikatorer}
    assert list(found) == [LINES[0][11:], LINES[4][11:], LINES[8][11:]]
    assert all(i.namndsmal_id == goal.id and i.nulage_ar == 2025 for i in found.values())
    offer, aid, absence = found.values()
    assert (offer.nulage, offer.enhet) == (Decimal(78), "%")
    assert dict(offer.malnivaer) == {2027: Decimal(90), 2028: "Bibehålla nivån"}
    assert offer.jamforare[2027].value == "minst" and 2028 not in offer.jamforare
    assert aid.nulage == Decimal("1.9")
    assert dict(aid.malnivaer) == {2027: "Lägre än rikets snitt"}  # "–": none for 2028
    assert dict(absence.malnivaer) == {2027: Decimal("6.0"), 2028: "Minst samma som 2025"}
    assert absence.jamforare[2027].value == "hogst" and 2028 not in absence.jamforare
    text = " ".join(c.text for c in plan.kapitel)
    assert "Målvärde" not in text and "Utgångsvärde" not in text
    assert "följer upp målet" in goal.beskrivning + text  # the line after the figures


def _lines(*texts: str) -> list[Block]:
    return [Block(i, BlockKind.PARAGRAPH, text=t) for i, t in enumerate(texts)]


def test_only_the_figures_lines_right_under_it_are_the_indicators() -> None:
    blocks = _lines("Indikator: Antal deltagare", "Utgångsvärde 2025: 62", "Målen följs upp.")
    found = indicator_with_lines(blocks, 0)
    assert found is not None and found[1] == [1]
    assert found[0]["nulage"]["varde"] == Decimal(62) and found[0]["malnivaer"] == {}
    own = _lines("Indikator: Antal. Nuläge 2025: 62. Målvärde 2027: 70.", "Målvärde 2028: 75")
    found = indicator_with_lines(own, 0)  # a line with its own figures takes none below
    assert found is not None and found[1] == [] and found[0]["malnivaer"] == {"2027": Decimal(70)}
    assert indicator_with_lines(_lines("Antal deltagare", "Utgångsvärde 2025: 62"), 0) is None
    found = indicator_with_lines(_lines("Mätetal: Antal besök", "Basvärde 2025: 5 100"), 0)
    assert found is not None and found[0]["nulage"]["varde"] == Decimal(5100)
