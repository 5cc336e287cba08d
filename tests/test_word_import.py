"""Word plans into vplan: municipal documents with and without heading styles, vplan's own
export, and every kind of bad file."""

from __future__ import annotations

import datetime as dt
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
from vplan_desktop.db.enums import Jamforare, MalNiva
from vplan_desktop.errors import InputError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.services.read import read_plan


def _tree(plan: d.PlanSnapshot) -> list[tuple[MalNiva, str, str, str | None]]:
    """(level, number, text, the parent's text) of each goal, in the plan's order."""
    text = {g.id: g.text for g in plan.namndsmal}
    return [
        (g.niva, g.kod, g.text, None if g.overordnat_id is None else text[g.overordnat_id])
        for g in plan.namndsmal
    ]


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
    kf = doc.add_paragraph()  # as vplan's earlier export and many plans write KF's goal
    kf.add_run("Kommunfullmäktiges mål: ").bold = True
    kf.add_run("Kulturen når alla invånare.")
    heading("Fler barn deltar i kulturskolan", 2)
    _table(
        doc,
        [
            ["Mätmetod/Indikator", "Nuläge 2025", "2026", "2027", "2028"],
            ["Andel elever i kulturskolan (%)", "18 %", "20 %", "22 %", "≥ 24 %"],
            ["Antal konserter", "40", "42", "", "45"],
        ],
    )
    _table(
        doc,
        [
            ["Aktivitet", "Ansvarig", "Slutdatum", "Status"],
            ["Öppet hus varje termin", "Rektor", "2026-12-31", "Pågår"],
            ["Ny webbplats", "Kommunikatör", "2026-06-30 reviderat till 2026-10-31", ""],
            ["Sommarläger", "Rektor", "Under 2027", ""],
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
    kf, goal = plan.namndsmal
    assert (kf.niva, kf.text, kf.overordnat_id) == (MalNiva.KF, "Kulturen når alla invånare.", None)
    assert (goal.niva, goal.text) == (MalNiva.NAMND, "Fler barn deltar i kulturskolan")
    assert (goal.overordnat_id, goal.malomrade_id) == (kf.id, kf.malomrade_id)
    assert [a.beskrivning for a in plan.malomraden] == [""]
    first, second = plan.indikatorer
    assert (first.enhet, first.nulage_ar, first.nulage) == ("%", 2025, Decimal(18))
    assert first.malnivaer == {2026: Decimal(20), 2027: Decimal(22), 2028: Decimal(24)}
    assert first.jamforare == {2028: Jamforare.MINST}
    assert second.malnivaer == {2026: Decimal(42), 2028: Decimal(45)}
    activity, web, camp = plan.aktiviteter
    assert (web.slutdatum, web.slutdatum_reviderat, web.ar) == (
        dt.date(2026, 6, 30),
        dt.date(2026, 10, 31),
        None,
    )
    assert (camp.slutdatum, camp.ar, camp.namndsmal_id) == (None, 2027, goal.id)
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
    assert any("Nyckeltalstabell" in line for line in result.report)


def test_vplans_own_export_comes_back(example_path: Path, tmp_path: Path) -> None:
    with PlanDocument.open(example_path, read_only=True) as doc:
        original = read_plan(doc)
    export_plan(original, "docx", tmp_path / "plan.docx")
    import_word(tmp_path / "plan.docx", tmp_path / "tillbaka.vplan")
    with PlanDocument.open(tmp_path / "tillbaka.vplan") as doc:
        back = read_plan(doc)
    # The text vplan writes under the budget's and internkontroll's headings (the chart, how
    # risks are scored) is kept, as anything under one of the plan's parts is: in a chapter
    # named for that part.
    assert [k.rubrik for k in back.kapitel] == [
        *(k.rubrik for k in original.kapitel),
        "Ekonomi",
        "Internkontroll",
    ]
    assert "](bild:" in back.kapitel[-2].text
    # Every goal comes back from its heading, with its level and number, under the goal its
    # heading stands under; the summary table before them makes no second goal.
    assert _tree(back) == _tree(original)
    assert [i.malnivaer for i in back.indikatorer] == [i.malnivaer for i in original.indikatorer]
    # Targets that compare ("≥ 95 %") and the long-range one come back as such.
    assert [(i.jamforare, i.langsiktigt, i.langsiktigt_jamforare) for i in back.indikatorer] == [
        (i.jamforare, i.langsiktigt, i.langsiktigt_jamforare) for i in original.indikatorer
    ]
    assert any(i.jamforare for i in original.indikatorer)
    assert any(i.langsiktigt is not None for i in original.indikatorer)

    # The chapter groups activities by what they are tied to, so they come back in its order;
    # each with its description, end date, revised end date or year.
    def activities(plan: d.PlanSnapshot) -> list[tuple[object, ...]]:
        return sorted(
            (a.namn, a.beskrivning, a.ansvarig, a.slutdatum, a.slutdatum_reviderat, a.ar)
            for a in plan.aktiviteter
        )

    assert activities(back) == activities(original)
    assert any(a.slutdatum_reviderat for a in original.aktiviteter)
    assert any(a.ar for a in original.aktiviteter)
    # An activity comes back under its goal where the goal came back.
    goal_text = {g.id: g.text for g in back.namndsmal}
    tied = {a.namn: goal_text.get(a.namndsmal_id or 0) for a in back.aktiviteter}
    first = original.aktiviteter[0]
    assert tied[first.namn] == next(
        g.text for g in original.namndsmal if g.id == first.namndsmal_id
    )
    assert [(r.ar, r.belopp) for r in back.kf_ram] == [(r.ar, r.belopp) for r in original.kf_ram]
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
        (lambda p, good: p.write_bytes(b"%PDF-1.4 inte Word"), "PDF-fil.*Arkiv → Öppna"),
        (
            lambda p, good: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "lösenordsskyddad.*Spara som",
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


def test_kf_goals_by_heading_with_their_namndsmal_and_activities(tmp_path: Path) -> None:
    """A heading "KF:s mål 1 – …" in the goal section is KF's goal even with nothing to
    measure it; the nämndsmål after it go under it; the same title over activities ties them
    to it and makes no second goal."""
    doc = Document()
    for text in ("Exempelby kommun", "Kulturnämnden", "Verksamhetsplan 2026–2028"):
        doc.add_paragraph(text)
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("1 Kultur för alla", 2)
    doc.add_heading("KF:s mål 1.1 – Kulturen når alla", 3)
    doc.add_heading("Nämndsmål 4 – Fler lånar böcker", 4)
    _table(doc, [["Indikator", "2026", "2027", "2028"], ["Lån per invånare", "5", "≥ 6", "7"]])
    doc.add_heading("Aktiviteter", 1)
    doc.add_heading("KF:s mål 1.1 – Kulturen når alla", 2)
    _table(doc, [["Aktivitet", "Ansvarig", "Slutdatum"], ["Bokbuss", "Chef", "Under 2027"]])
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert _tree(plan) == [
        (MalNiva.KF, "1.1", "Kulturen når alla", None),
        (MalNiva.NAMND, "4", "Fler lånar böcker", "Kulturen når alla"),
    ]
    assert [a.namn for a in plan.malomraden] == ["1 Kultur för alla"]
    assert plan.indikatorer[0].jamforare == {2027: Jamforare.MINST}
    [activity] = plan.aktiviteter
    assert (activity.namndsmal_id, activity.ar) == (plan.namndsmal[0].id, 2027)
