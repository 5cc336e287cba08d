"""Rule: in the goal part of a plan with styled headings, a bold line naming a målområde in
capitals with a dash and a subtitle ("TRYGGHET – invånarna känner sig trygga") is a målområde
named as printed, and the text under it is its description – not the description of the
goal whose table came before it, nor chapter text; the goals after it are under it."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_caps_area import area_line
from vplan_desktop.services.read import read_plan


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _line(text: str, bold: bool = True) -> Block:
    return Block(0, BlockKind.PARAGRAPH, text, bold=bold)


def test_a_bold_capital_line_with_a_subtitle_names_a_malomrade() -> None:
    assert area_line(_line("TRYGGHET – invånarna känner sig trygga")) == (
        "TRYGGHET – invånarna känner sig trygga"
    )
    assert area_line(_line("EGEN FÖRSÖRJNING - fler lever på egen lön")) == (
        "EGEN FÖRSÖRJNING - fler lever på egen lön"
    )
    assert area_line(_line("Målområde: Trygg uppväxt", bold=False)) == "Trygg uppväxt"


def test_other_lines_name_no_malomrade() -> None:
    assert area_line(_line("TRYGGHET – invånarna känner sig trygga", bold=False)) is None
    assert area_line(_line("Trygghet – invånarna känner sig trygga")) is None
    assert area_line(_line("KF – fullmäktige har beslutat om ramen.")) is None
    assert area_line(_line("IT – SYSTEMSTÖD")) is None


def _goal_table(w: Writer, number: int, goal: str, indicator: str) -> None:
    rows = [
        [f"Nämndsmål {number}:", goal, "", ""],
        ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:", ""],
        ["", "2025", "2027", "2028"],
        [indicator, "52", "54", "56"],
    ]
    w.table(rows, header_rows=3)


def test_the_text_under_a_capital_line_describes_its_malomrade(tmp_path: Path) -> None:
    w = Writer("målområden", Front("Medborgarnämnden", "Hedeby kommun", 2027, 2028))
    w.para("Hedeby kommun")
    w.para("Medborgarnämnden")
    w.para("Verksamhetsplan 2027-2028")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Mål och uppföljning", 1)
    w.para(("b", "TRYGGHET – invånarna känner sig trygga"))
    w.para("Fullmäktige vill att alla ska kunna leva ett tryggt liv.")
    _goal_table(w, 1, "De vi är till för får ett stöd som leder till trygghet.", "Nöjdhet")
    w.para("")
    w.para(("b", "EGEN FÖRSÖRJNING – fler invånare lever på egen lön"))
    w.para("Arbete är den viktigaste vägen till egen försörjning.")
    _goal_table(w, 2, "Fler går vidare till arbete eller studier.", "Andel i arbete")
    source = tmp_path / "omraden.docx"
    w.save(source)
    plan = _plan(source)

    areas = {a.id: (a.namn, a.beskrivning) for a in plan.malomraden}
    goals = {g.text: (areas[g.malomrade_id or 0][0], g.beskrivning) for g in plan.namndsmal}
    assert goals == {
        "De vi är till för får ett stöd som leder till trygghet.": (
            "TRYGGHET – invånarna känner sig trygga",
            "",
        ),
        "Fler går vidare till arbete eller studier.": (
            "EGEN FÖRSÖRJNING – fler invånare lever på egen lön",
            "",
        ),
    }
    assert sorted(areas.values()) == [
        (
            "EGEN FÖRSÖRJNING – fler invånare lever på egen lön",
            "Arbete är den viktigaste vägen till egen försörjning.",
        ),
        (
            "TRYGGHET – invånarna känner sig trygga",
            "Fullmäktige vill att alla ska kunna leva ett tryggt liv.",
        ),
    ]
