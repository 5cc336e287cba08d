"""Word plans into vplan: municipal documents with and without heading styles, vplan's own
export, and every kind of bad file."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop import domain as d
from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.services.read import read_plan


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _bold(doc: DocxDocument, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def municipal_plan(path: Path, *, styles: bool) -> Path:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Verksamhetsplan 2026–2028")

    def heading(text: str, level: int = 1) -> None:
        if styles:
            doc.add_heading(text, level)
        else:
            _bold(doc, text) if level == 1 else doc.add_paragraph(f"1.{level} {text}")

    heading("Inledning")
    paragraph = doc.add_paragraph("Planen beskriver ")
    paragraph.add_run("nämndens").bold = True
    paragraph.add_run(" arbete under ")
    paragraph.add_run("tre år").italic = True
    paragraph.add_run(".")
    doc.add_paragraph("Biblioteken", style="List Bullet")
    doc.add_paragraph("Kulturskolan", style="List Bullet")
    heading("Omvärldsanalys")
    doc.add_paragraph("Befolkningen växer och lånen ökar.")
    heading("Mål och indikatorer")
    heading("Fler barn deltar i kulturskolan", 2)
    _table(
        doc,
        [
            ["Mätmetod/Indikator", "Nuläge 2025", "2026", "2027", "2028"],
            ["Andel elever i kulturskolan (%)", "18 %", "20 %", "22 %", "24 %"],
            ["Antal konserter", "40", "42", "", "45"],
        ],
    )
    _table(
        doc,
        [
            ["Aktivitet", "Ansvarig", "Slutdatum", "Status"],
            ["Öppet hus varje termin", "Rektor", "2026-12-31", "Pågår"],
        ],
    )
    heading("Driftbudget")
    _table(
        doc,
        [
            ["Verksamhet", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027"],
            ["Bibliotek", "12 300", "12 900", "13 100", "13 300"],
            ["Kulturskola", "8 100", "8 400", "8 600", "8 700"],
            ["NETTOKOSTNAD", "20 400", "21 300", "21 700", "22 000"],
        ],
    )
    heading("Internkontroll")
    _table(
        doc,
        [
            ["Process", "Risk", "Kontrollmoment", "Kontrollansvar", "Frekvens"],
            ["Avgifter", "Fel avgift debiteras", "Stickprov", "Enhetschef", "Halvår"],
        ],
    )
    heading("Lokaler")
    _table(doc, [["Lokal", "Yta", "Hyra"], ["Stadsbiblioteket", "2 400", "3 100"]])
    doc.save(str(path))
    return path


@pytest.mark.parametrize("styles", [True, False], ids=["rubrikformat", "fet-och-numrerad"])
def test_municipal_plan(tmp_path: Path, styles: bool) -> None:
    source = municipal_plan(tmp_path / "plan.docx", styles=styles)
    result = import_word(source, tmp_path / "plan.vplan")
    assert (result.namnd, result.kommun, result.forsta_ar, result.sista_ar) == (
        "Kulturnämnden",
        "Exempelby kommun",
        2026,
        2028,
    )
    with PlanDocument.open(tmp_path / "plan.vplan") as doc:
        plan = read_plan(doc)
    assert [k.rubrik for k in plan.kapitel] == ["Inledning", "Omvärldsanalys"]
    assert plan.kapitel[0].text == (
        "Planen beskriver **nämndens** arbete under *tre år*.\n\n- Biblioteken\n- Kulturskolan\n"
    )
    assert plan.kapitel[1].omvarldsanalys
    [goal] = plan.namndsmal
    assert goal.text == "Fler barn deltar i kulturskolan"
    first, second = plan.indikatorer
    assert (first.enhet, first.nulage_ar, first.nulage) == ("%", 2025, Decimal(18))
    assert first.malnivaer == {2026: Decimal(20), 2027: Decimal(22), 2028: Decimal(24)}
    assert second.malnivaer == {2026: Decimal(42), 2028: Decimal(45)}
    [activity] = plan.aktiviteter
    assert (
        activity.namn,
        activity.ansvarig,
        str(activity.slutdatum),
        activity.status,
        activity.namndsmal_id,
    ) == ("Öppet hus varje termin", "Rektor", "2026-12-31", "pagar", goal.id)
    assert [v.namn for v in plan.verksamheter] == ["Bibliotek", "Kulturskola"]
    columns = {c.rubrik: c.id for c in plan.kolumner(d.BudgetTabell.DRIFT)}
    assert plan.driftbudget[0].belopp[columns["Budget 2026"]] == 13100
    assert plan.internkontroll[0].kontrollmoment == "Stickprov"
    assert (
        plan.nyckeltal[0].rubrik == "Lokaler"
        or plan.nyckeltal[0].rader[0].namn == "Stadsbiblioteket"
    )
    assert all(k.att_granska for k in plan.kapitel) and all(a.att_granska for a in plan.aktiviteter)
    assert any("nyckeltalstabell" in line for line in result.report)


def test_vplans_own_export_comes_back(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as doc:
        original = read_plan(doc)
    export_plan(original, "docx", tmp_path / "plan.docx")
    import_word(tmp_path / "plan.docx", tmp_path / "tillbaka.vplan")
    with PlanDocument.open(tmp_path / "tillbaka.vplan") as doc:
        back = read_plan(doc)
    assert [k.rubrik for k in back.kapitel] == [k.rubrik for k in original.kapitel]
    assert [g.text for g in back.namndsmal] == [g.text for g in original.namndsmal]
    assert [i.malnivaer for i in back.indikatorer] == [i.malnivaer for i in original.indikatorer]
    assert [(a.namn, a.ansvarig, a.slutdatum) for a in back.aktiviteter] == [
        (a.namn, a.ansvarig, a.slutdatum) for a in original.aktiviteter
    ]
    totals = [sum(r.belopp.values()) for r in back.driftbudget]
    assert totals == [sum(r.belopp.values()) for r in original.driftbudget]
    assert len(back.investeringar) == 3 and len(back.internkontroll) == 8


def _entity_bomb(source: Path, target: Path) -> Path:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
    )
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, bomb.encode() if item.filename == "word/document.xml" else data)
    return target


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, good: p.write_bytes(b"%PDF-1.4 inte Word"), "ingen Word-fil"),
        (
            lambda p, good: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "lösenordsskyddad",
        ),
        (lambda p, good: p.write_bytes(good.read_bytes()[:3000]), r"ingen Word-fil|skadad"),
        (lambda p, good: _entity_bomb(good, p), "otillåtna XML"),
    ],
    ids=["pdf", "lösenord", "avkortad", "entiteter"],
)
def test_bad_word_files(tmp_path: Path, make: Callable[[Path, Path], object], message: str) -> None:
    good = municipal_plan(tmp_path / "bra.docx", styles=True)
    bad = tmp_path / "dålig.docx"
    make(bad, good)
    target = tmp_path / "ny.vplan"
    with pytest.raises(InputError, match=message):
        import_word(bad, target)
    assert not target.exists()


def test_xlsx_renamed_docx_is_refused(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as doc:
        export_plan(read_plan(doc), "xlsx", tmp_path / "b.xlsx")
    shutil.copy(tmp_path / "b.xlsx", tmp_path / "b.docx")
    with pytest.raises(InputError):
        read_word(tmp_path / "b.docx")


def test_import_docx_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = municipal_plan(tmp_path / "plan.docx", styles=True)
    assert (
        main(
            [
                "import-docx",
                str(source),
                str(tmp_path / "p.vplan"),
                "--namnd",
                "Kultur- och fritidsnämnden",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Kultur- och fritidsnämnden, 2026–2028" in out and "Kapitel: Inledning" in out
    assert main(["import-docx", str(tmp_path / "saknas.docx"), str(tmp_path / "q.vplan")]) == 2
    assert "finns inte" in capsys.readouterr().err
