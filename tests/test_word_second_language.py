"""A plan in Swedish and a second language (a kommun in the förvaltningsområde för finska,
meänkieli or samiska): the Swedish is the plan, the second language its translation. A heading,
row name, ansvarig or date "Hemtjänst / Kotipalvelu" is its Swedish half when the half after
the slash is in the other language, or when most such pairs in its column (or, for lines, in
the document) are; a cover field "Ordförande / Puheenjohtaja: Eila Niemi" is its label's
Swedish half with the value; an italic paragraph in the other language under the Swedish one in
a cell, a header's second stacked line in it, a column whose header and cells are in it beside
the Swedish column, and an italic line in it under "Mål 3: …" numbered as it ("Tavoite 3: …")
are translations: set aside, never items. Prose in the other language stays chapter text. A run
Word marks as Finnish or samiska (``w:lang``) is in the other language whatever its words; a
text without marks is told by its words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_second_language import is_other_language
from vplan_desktop.services.read import read_plan

PROSE_FI = "Lautakunta vastaa kunnan vanhustenhuollosta ja kotisairaanhoidosta."


def _cover(doc: Any, *fields: str) -> None:
    for text in ("Aapajärvi kommun", "Vård- och omsorgsnämnden", "Verksamhetsplan 2027–2028"):
        doc.add_paragraph(text)
    for text in fields:
        doc.add_paragraph(text)


def _italic(paragraph: Any, text: str, lang: str = "") -> Any:
    run = paragraph.add_run(text)
    run.italic = True
    if lang:
        mark = OxmlElement("w:lang")
        mark.set(qn("w:val"), lang)
        run._r.get_or_add_rPr().append(mark)
    return run


def _table(doc: Any, rows: list[list[str]]) -> Any:
    """A table of ``rows``; "\n" in a text is a soft line break, "¶" starts an italic
    paragraph (the translation) in the same cell."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            swedish, _, other = text.partition("¶")
            table.cell(r, c).text = swedish
            if other:
                _italic(table.cell(r, c).add_paragraph(), other)
    return table


def _import(tmp_path: Path, doc: Any) -> d.PlanSnapshot:
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


def test_words_tell_finnish_from_swedish() -> None:
    for swedish in [
        "Källa: Kolada N31807",
        "Budget / prognos",
        "Mål och indikatorer",
        "Kommunen",
        "Personen",
        "Alla medarbetare",
        "Miljö / hälsa",
        "Hemtjänst",
        "Löpande",
    ]:
        assert not is_other_language(swedish), swedish
    for finnish in [
        "Kotipalvelu",
        "Tavoitteet ja mittarit",
        "Vanhustyön päällikkö",
        "kesäkuu 2027",
        "Sisäinen valvonta",
        "Turvalliseksi olonsa tuntevien kotipalveluasiakkaiden osuus",
        "Enintään 13",
        "Puheenjohtaja",
    ]:
        assert is_other_language(finnish), finnish


def test_bilingual_headings_cover_and_prose(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc, "Ordförande / Puheenjohtaja: Eila Niemi (S)")
    doc.add_heading("Nämndens uppdrag / Lautakunnan tehtävä", 1)
    doc.add_paragraph("Nämnden ansvarar för äldreomsorg och hemsjukvård i kommunen.")
    _italic(doc.add_paragraph(), PROSE_FI)
    doc.add_heading("Ekonomi / Talous", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 263,6 miljoner kronor.")
    plan = _import(tmp_path, doc)
    assert [k.rubrik for k in plan.kapitel] == ["Nämndens uppdrag", "Ekonomi"]
    assert PROSE_FI in plan.kapitel[0].text  # prose in both languages is kept
    assert plan.uppgifter.ordforande == "Eila Niemi (S)"
    assert "Puheenjohtaja" not in repr(plan)


def test_a_swedish_plans_slash_heading_stays_whole(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Budget / prognos", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 263,6 miljoner kronor.")
    plan = _import(tmp_path, doc)
    assert [k.rubrik for k in plan.kapitel] == ["Budget / prognos"]


def test_translations_in_goal_cells_and_columns_are_no_items(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer / Tavoitteet ja mittarit", 1)
    doc.add_heading("Trygg omsorg / Turvallinen hoiva", 2)
    table = _table(
        doc,
        [
            ["Mål 1: Äldre känner sig trygga med hemtjänsten.¶Tavoite 1: Ikäihmiset kokevat "
             "kotipalvelun turvalliseksi.", "", "", ""],
            ["Indikator\nIndikaattori", "Nuläge 2025\nNykytila 2025", "Mål 2027\nTavoite 2027",
             "Mål 2028\nTavoite 2028"],
            ["Andel brukare som känner sig trygga¶Turvalliseksi olonsa tuntevien asiakkaiden "
             "osuus", "84 %", "87 %", "90 %"],
            ["Antal olika personal på 14 dagar¶Eri työntekijöiden määrä 14 päivän aikana", "16",
             "Högst 13¶Enintään 13", "Högst 12¶Enintään 12"],
        ],
    )  # fmt: skip
    table.cell(0, 0).merge(table.cell(0, 3))
    doc.add_paragraph().add_run("Mål 2: Medarbetarna vill stanna i vård och omsorg.").bold = True
    _italic(doc.add_paragraph(), "Tavoite 2: Työntekijät haluavat jäädä hoivatyöhön.")
    _table(
        doc,
        [
            ["Indikator", "Indikaattori", "Nuläge 2025", "Mål 2027", "Mål 2028"],
            ["Sjukfrånvaro bland medarbetarna", "Työntekijöiden sairauspoissaolot", "8,9 %",
             "8,0 %", "7,5 %"],
        ],
    )  # fmt: skip
    for row in doc.tables[-1].rows[1:]:
        for run in row.cells[1].paragraphs[0].runs:
            run.italic = True
    plan = _import(tmp_path, doc)
    assert [g.text for g in plan.namndsmal] == [
        "Äldre känner sig trygga med hemtjänsten.",
        "Medarbetarna vill stanna i vård och omsorg.",
    ]
    assert [(i.namn, i.nulage_ar) for i in plan.indikatorer] == [
        ("Andel brukare som känner sig trygga", 2025),
        ("Antal olika personal på 14 dagar", 2025),
        ("Sjukfrånvaro bland medarbetarna", 2025),
    ]
    assert plan.indikatorer[2].nulage == Decimal("8.9")
    assert [m.namn for m in plan.malomraden] == ["Trygg omsorg"]
    for finnish in ("Tavoite", "Turvalliseksi", "Enintään", "sairauspoissaolot", "Ikäihmiset"):
        assert finnish not in repr(plan), finnish


def test_bilingual_row_names_ansvariga_and_dates(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål / Tavoitteet", 1)
    doc.add_paragraph().add_run("Mål 1: Den som vill får omsorg på finska.").bold = True
    doc.add_heading("Aktiviteter / Toimenpiteet", 1)
    _table(
        doc,
        [
            ["Aktivitet\nToimenpide", "Mål\nTavoite", "Ansvarig / Vastuuhenkilö", "Klart\nValmis"],
            ["Öppna en finskspråkig avdelning¶Avataan suomenkielinen osasto", "1",
             "Äldreomsorgschef / Vanhustyön päällikkö", "juni 2027 / kesäkuu 2027"],
            ["Erbjuda kurs i finska¶Suomen kielen kurssi", "1", "Utvecklingsledare",
             "Löpande / Jatkuva"],
        ],
    )  # fmt: skip
    doc.add_heading("Ekonomi / Talous", 1)
    _table(
        doc,
        [
            ["Verksamhet\nToiminta", "Budget 2027\nTalousarvio 2027",
             "Plan 2028\nSuunnitelma 2028"],
            ["Hemtjänst / Kotipalvelu", "-61 250", "-63 100"],
            ["Särskilt boende / Tehostettu palveluasuminen", "-98 650", "-101 200"],
        ],
    )  # fmt: skip
    plan = _import(tmp_path, doc)
    assert [(a.namn, a.ansvarig, a.slutdatum) for a in plan.aktiviteter] == [
        ("Öppna en finskspråkig avdelning", "Äldreomsorgschef", dt.date(2027, 6, 30)),
        ("Erbjuda kurs i finska", "Utvecklingsledare", None),
    ]
    units = {v.id: v.namn for v in plan.verksamheter}
    rows = {units[r.verksamhet_id]: r for r in plan.driftbudget}
    assert sorted(rows) == ["Hemtjänst", "Särskilt boende"]
    assert sorted(rows["Hemtjänst"].belopp.values()) == [Decimal(-63100), Decimal(-61250)]
    for finnish in ("Kotipalvelu", "Jatkuva", "kesäkuu", "päällikkö", "Talousarvio"):
        assert finnish not in repr(plan), finnish


def test_a_run_marked_finnish_is_the_other_language(tmp_path: Path) -> None:
    """A heading's "Johdanto" has none of the marks words are told by: Word's mark says it."""
    assert not is_other_language("Johdanto")
    for lang, chapter in [("fi-FI", "Inledning"), ("", "Inledning / Johdanto")]:
        doc = Document()
        _cover(doc)
        heading = doc.add_heading("", 1)
        heading.add_run("Inledning / ")
        run = heading.add_run("Johdanto")
        if lang:
            mark = OxmlElement("w:lang")
            mark.set(qn("w:val"), lang)
            run._r.get_or_add_rPr().append(mark)
        doc.add_paragraph("Nämnden ansvarar för äldreomsorg och hemsjukvård i kommunen.")
        target = tmp_path / (lang or "utan")
        target.mkdir()
        plan = _import(target, doc)
        assert [k.rubrik for k in plan.kapitel] == [chapter]
