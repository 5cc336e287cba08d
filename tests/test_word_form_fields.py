"""A plan filled in through Word's legacy form fields: checkboxes and drop-down lists read as
Word shows them, text fields left at the template's default text and the template's
instruction line left out; a målkort whose activities have their own header row under the
indicators; a status given as a row of checkboxes."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from lxml import etree

from tests.word_shapes_cx_fields import Fields, cell_paragraph, field_cell, plain
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_docx_form_fields import fill_form_fields
from vplan_desktop.imports.word_ticked_choice import ticked_label

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _body(build: object) -> etree._Element:
    """A body of one paragraph holding the fields ``build`` writes into it."""
    body = etree.Element(f"{{{W}}}body", nsmap={"w": W})
    paragraph = etree.SubElement(body, f"{{{W}}}p")
    build(paragraph)  # type: ignore[operator]
    return body


def _text(body: etree._Element) -> str:
    return "".join(t.text or "" for t in body.iter(f"{{{W}}}t"))


def test_checkboxes_read_as_ticked_or_not() -> None:
    f = Fields()

    def build(p: object) -> None:
        f.checkbox(p, "")
        plain(p, " Ej påbörjad ")
        f.checkbox(p, "checked")
        plain(p, " Pågår ")
        f.checkbox(p, "default")
        plain(p, " Klar")

    body = _body(build)
    fill_form_fields(body, [])
    assert _text(body) == "☐ Ej påbörjad ☒ Pågår ☒ Klar"


def test_drop_down_list_reads_as_its_chosen_entry() -> None:
    f = Fields()
    body = _body(lambda p: f.dropdown(p, ("Hög", "Medel", "Låg"), "Medel"))
    fill_form_fields(body, [])
    assert _text(body) == "Medel"


def test_text_field_left_at_its_default_is_no_value_and_is_reported() -> None:
    f = Fields()
    warnings: list[str] = []

    def build(p: object) -> None:
        f.text(p, "Skriv här")
        f.text(p, "Annika Forsgren (S)")

    body = _body(build)
    fill_form_fields(body, warnings)
    assert _text(body) == "Annika Forsgren (S)"
    assert warnings and "1 formulärfält" in warnings[0]


def test_template_instruction_left_out_in_a_form_only() -> None:
    f = Fields()
    guide = "Fyll i de grå fälten. Gå till nästa fält med Tab."
    body = _body(lambda p: f.text(p, "Socialnämnden"))
    plain(etree.SubElement(body, f"{{{W}}}p"), guide)
    warnings: list[str] = []
    fill_form_fields(body, warnings)
    assert _text(body) == "Socialnämnden"
    assert any(guide in t for t in warnings)
    plain_body = etree.Element(f"{{{W}}}body", nsmap={"w": W})
    plain(etree.SubElement(plain_body, f"{{{W}}}p"), guide)
    fill_form_fields(plain_body, [])
    assert _text(plain_body) == guide  # no form: the line is the document's own


def test_ticked_label() -> None:
    assert ticked_label("☐ Ej påbörjad ☒ Pågår ☐ Klar") == "Pågår"
    assert ticked_label("☐ Ej påbörjad ☐ Pågår ☐ Klar") == ""
    assert ticked_label("Pågår") == "Pågår"
    assert ticked_label("☒ Klar") == "☒ Klar"  # one box is no choice among several


def _card_plan(path: Path) -> Path:
    """A målkort of form fields: goal, indicators, then the activities under a header row of
    their own, the status a row of checkboxes."""
    doc = Document()
    doc.add_heading("Mål och aktiviteter", 1)
    f = Fields()
    goal = "Barn och unga som far illa får snabbt rätt stöd."
    rows = [
        ["Mål:", "", "", ""],
        ["Indikator", "Nuläge 2025", "Målvärde 2027", "Målvärde 2028"],
        ["", "", "", ""],
        ["Aktivitet", "Ansvarig", "Klart senast", "Status"],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 3))
    field_cell(f, table.cell(0, 1), goal)
    for c, value in enumerate(["Andel utredningar klara inom 120 dagar", "68", "80", "85"]):
        field_cell(f, table.cell(2, c), value)
    acts = [
        ("Införa BBIC i hela enheten", "Enhetschef", "2027-06-30", "Pågår"),
        ("Skriv här", "\u2002" * 5, "\u2002" * 5, ""),  # the template's empty row
    ]
    for r, (name, who, day, status) in enumerate(acts, 4):
        field_cell(f, table.cell(r, 0), name)
        field_cell(f, table.cell(r, 1), who)
        field_cell(f, table.cell(r, 2), day)
        p = cell_paragraph(table.cell(r, 3))
        for label in ("Ej påbörjad", "Pågår", "Klar"):
            f.checkbox(p, "checked" if label == status else "")
            plain(p, f" {label}   ")
    doc.save(str(path))
    return path


def test_card_activities_under_their_own_header_row(tmp_path: Path) -> None:
    result = read_word(_card_plan(tmp_path / "plan.docx"))
    activities = result.data["aktiviteter"]
    assert [(a["namn"], a["ansvarig"], a["status"]) for a in activities] == [
        ("Införa BBIC i hela enheten", "Enhetschef", "pagar")
    ]
    (indicator,) = result.data["namndsmal"][0]["indikatorer"]
    assert indicator["namn"] == "Andel utredningar klara inom 120 dagar"
