"""What stands around a table besides its rows: a footnote referenced in a cell is kept (Word
and OpenDocument), and an "Indikatorer: <goal>" line above an indicator table ties the
table's indicators to that goal."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.docx_xml import add_footnote_part, add_xml, cell, paragraph, row, run, table
from tests.odt_builder import cell as odt_cell
from tests.odt_builder import h, p, simple_table, write_odt, x
from tests.odt_builder import row as odt_row
from tests.odt_builder import table as odt_table
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.services.read import read_plan

NOTE = "Källa: Socialstyrelsens brukarundersökning."


def _plan(source: Path) -> d.PlanSnapshot:
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _noted_cell(text: str) -> str:
    return (
        "<w:tc><w:tcPr/>"
        + paragraph(run(text), "<w:r><w:footnoteReference w:id='1'/></w:r>")
        + "</w:tc>"
    )


def test_a_footnote_in_a_table_cell_is_kept(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Socialnämnden", "Nämndplan 2027–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Nämndens mål", 1)
    doc.add_heading("Barn och unga får stöd i tid", 2)
    add_xml(
        doc,
        table(
            row(cell("Indikator"), cell("Utfall 2025"), cell("Mål 2027")),
            row(_noted_cell("Andel nöjda brukare"), cell("78"), cell("85")),
        ),
    )
    doc.save(str(tmp_path / "plan.docx"))
    add_footnote_part(tmp_path / "plan.docx", NOTE)
    [grid] = [b for b in read_docx(tmp_path / "plan.docx").blocks if b.rows]
    assert grid.notes == (NOTE,)
    plan = _plan(tmp_path / "plan.docx")
    assert [i.namn for i in plan.indikatorer] == ["Andel nöjda brukare"]
    texts = "\n".join(c.text for c in plan.kapitel)
    assert f"Fotnot: {NOTE}" in texts


def test_a_footnote_in_a_key_figure_table_is_the_tables_note(tmp_path: Path) -> None:
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        f"</text:note-citation><text:note-body>{p(x(NOTE))}</text:note-body></text:note>"
    )
    body = (
        p(x("Exempelby kommun"))
        + p(x("Socialnämnden"))
        + p(x("Nämndplan 2027–2028"))
        + h("Bilaga 1 Nyckeltal", 1)
        + odt_table(
            [
                odt_row(odt_cell("Nyckeltal"), odt_cell("2024"), odt_cell("2025")),
                odt_row(
                    f"<table:table-cell>{p(x('Kostnad per brukare, kr') + note)}"
                    "</table:table-cell>",
                    odt_cell("1 200"),
                    odt_cell("1 250"),
                ),
            ]
        )
    )
    plan = _plan(write_odt(tmp_path / "plan.odt", body))
    [key_table] = plan.nyckeltal
    assert NOTE in key_table.fotnoter


def test_an_indicators_line_ties_the_table_to_its_goal(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Tekniska nämnden", "Delårsrapport januari–augusti 2026"):
        doc.add_paragraph(text)
    doc.add_heading("Måluppfyllelse", 1)
    doc.add_heading("Målområde: Hållbar samhällsbyggnad", 2)
    goals = ["Fastigheterna använder mindre energi.", "Cykelvägarna är säkra året runt."]
    rows = [["Nämndens mål", "Bedömning"], *([g, "Uppfyllt"] for g in goals)]
    grid = doc.add_table(rows=len(rows), cols=2)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    measured = [("Energi, kWh/kvm", "124"), ("Meter ny cykelväg", "640")]
    for goal, (indicator, value) in zip(goals, measured, strict=True):
        label = doc.add_paragraph()
        label.add_run("Indikatorer: ").bold = True
        label.add_run(goal)
        grid = doc.add_table(rows=2, cols=2)
        grid.cell(0, 0).text, grid.cell(0, 1).text = "Indikator", "Utfall 2026"
        grid.cell(1, 0).text, grid.cell(1, 1).text = indicator, value
    doc.save(str(tmp_path / "plan.docx"))
    plan = _plan(tmp_path / "plan.docx")
    goal_of = {g.id: g.text for g in plan.namndsmal}
    assert sorted(goal_of.values()) == sorted(goals)  # no goal made of the heading
    assert {i.namn: goal_of[i.namndsmal_id] for i in plan.indikatorer} == {
        "Energi, kWh/kvm": goals[0],
        "Meter ny cykelväg": goals[1],
    }


def test_an_indicators_line_naming_no_goal_stays_text(tmp_path: Path) -> None:
    body = (
        p(x("Exempelby kommun"))
        + p(x("Kulturnämnden"))
        + p(x("Verksamhetsplan 2027"))
        + h("Mål", 1)
        + h("Fler lånar böcker", 2)
        + p(x("Indikatorer för biblioteken"))
        + simple_table([["Indikator", "Mål 2027"], ["Lån per invånare", "6"]])
    )
    plan = _plan(write_odt(tmp_path / "plan.odt", body))
    assert [g.text for g in plan.namndsmal] == ["Fler lånar böcker"]
    assert [i.namn for i in plan.indikatorer] == ["Lån per invånare"]
    assert any("Indikatorer för biblioteken" in c.text for c in plan.kapitel) or any(
        "Indikatorer för biblioteken" in g.beskrivning for g in plan.namndsmal
    )
