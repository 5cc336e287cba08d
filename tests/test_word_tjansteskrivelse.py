"""A plan sent to its nämnd inside a tjänsteskrivelse (recognised by the letter's own lines:
"Tjänsteskrivelse", "Förslag till beslut", "Ärendet", "Beslutsunderlag", "Beslutet skickas
till") is the part "Ärendet": the plan's headings there count their levels from that part, so
its highest headings are the plan's chapters however deep the letter put them, while the
letter's own parts stay chapters with their text. The letter's label "Ärende:" before the
plan's name is no part of the plan's title."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.imports.word_tjansteskrivelse import case_title
from vplan_desktop.services.read import read_plan

INLEDNING = "Nämnden ansvarar för individ- och familjeomsorgen i Exempelby kommun."
OMVARLD = "Den nya socialtjänstlagen flyttar tyngdpunkten mot förebyggande insatser."
FORSLAG = "att anta Verksamhetsplan 2027–2028 för socialnämnden."
UNDERLAG = "Protokollsutdrag från arbetsutskottet 2026-09-29"


def _import(tmp_path: Path, *, letter: bool = True) -> d.PlanSnapshot:
    doc = Document()
    for text in ("EXEMPELBY KOMMUN", "Tjänsteskrivelse" if letter else "Plan", "Socialnämnden"):
        doc.add_paragraph(text)
    doc.add_heading("Ärende: Verksamhetsplan 2027–2028", 1)
    doc.add_heading("Förslag till beslut" if letter else "Förord", 2)
    doc.add_paragraph(FORSLAG)
    doc.add_heading("Ärendet", 2)
    doc.add_heading("Inledning", 3)
    doc.add_paragraph(INLEDNING)
    doc.add_heading("Omvärldsanalys", 3)
    doc.add_paragraph(OMVARLD)
    doc.add_heading("Beslutsunderlag" if letter else "Underlag", 2)
    doc.add_paragraph(UNDERLAG)
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_the_plan_inside_arendet_has_its_own_chapters(tmp_path: Path) -> None:
    plan = _import(tmp_path)
    chapters = {k.rubrik: k.text for k in plan.kapitel}
    assert OMVARLD in chapters["Omvärldsanalys"]
    assert INLEDNING in chapters["Inledning"]
    assert OMVARLD not in chapters["Inledning"]
    assert "Ärendet" not in chapters  # the letter's part holding the plan names no chapter
    # the letter's own parts keep their text
    assert FORSLAG in chapters["Förslag till beslut"]
    assert UNDERLAG in chapters["Beslutsunderlag"]


def test_the_title_loses_the_letters_label(tmp_path: Path) -> None:
    plan = _import(tmp_path)
    assert plan.uppgifter.titel == "Verksamhetsplan 2027–2028"
    assert (plan.uppgifter.forsta_ar, plan.uppgifter.sista_ar) == (2027, 2028)
    assert not any(k.rubrik.startswith("Ärende") for k in plan.kapitel)


def test_a_plan_without_the_letters_parts_keeps_its_levels(tmp_path: Path) -> None:
    plan = _import(tmp_path, letter=False)  # "Ärendet" alone is no tjänsteskrivelse
    chapters = {k.rubrik: k.text for k in plan.kapitel}
    assert "Omvärldsanalys" not in chapters
    assert OMVARLD in chapters["Ärendet"]


def test_case_title_strips_only_a_label() -> None:
    assert case_title("Ärende: Verksamhetsplan med budget 2027") == (
        "Verksamhetsplan med budget 2027"
    )
    assert case_title("Ärendemening – Verksamhetsplan 2027") == "Verksamhetsplan 2027"
    assert case_title("Ärende- och dokumenthanteringsplan 2027") == (
        "Ärende- och dokumenthanteringsplan 2027"
    )
    assert case_title("Verksamhetsplan 2027") == "Verksamhetsplan 2027"


def test_the_report_names_arendet_as_the_part_holding_the_plan(tmp_path: Path) -> None:
    _import(tmp_path)
    result = read_word(tmp_path / "plan.docx")
    assert result.source is not None
    case = next(b.index for b in result.source.blocks if b.text == "Ärendet")
    assert result.outcomes[case].text == "Tjänsteskrivelsens del ”Ärendet”: planen står under den"
