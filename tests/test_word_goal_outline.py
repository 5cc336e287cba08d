"""The goals written as one list Word numbers in levels ("1." / "1.1" / "a)" on ``w:numPr``, no
headings, no typed numbers): a list item keeps the number Word shows before it; in the goal
part the list's levels become fullmäktige's goals (or målområden, when they are names), the
nämnd's goals under them and their indicators, each goal with its shown number, so a table
that names the goals by number ("1.1") gives their indicators figures and their activities a
goal – never a goal named only "1.1". Outside the goal part, under a goal's own heading or
under a label line ("Aktiviteter:") such a list is no goals. And a goal table with two outcome
columns keeps a row's one outcome as an outcome."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from tests.word_shapes_xml import element
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word, interpret, read_source
from vplan_desktop.services.read import read_plan

NUM_ID = 71
KF = "Fler invånare försörjer sig själva genom arbete."
JOBS = "Fler personer med försörjningsstöd går vidare till arbete."
YOUNG = "Unga vuxna får en väg till utbildning."
STAFF = "Medarbetarna är friska och vill stanna."


def _outline(doc: DocxDocument) -> None:
    """A multilevel list "1." / "1.1" / "a)" the items use."""
    formats = [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")]
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        element(
            f'<w:abstractNum w:abstractNumId="{NUM_ID}">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        ),
    )
    numbering.append(
        element(f'<w:num w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>')
    )


def _item(doc: DocxDocument, text: str, level: int) -> None:
    paragraph = doc.add_paragraph(text, style="List Paragraph")
    paragraph._p.get_or_add_pPr().append(
        element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    )


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text


def _document(items: list[tuple[str, int]], heading: str = "Mål och indikatorer") -> Any:
    doc = Document()
    _outline(doc)
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för arbetsmarknaden.")
    doc.add_heading(heading, 1)
    for text, level in items:
        _item(doc, text, level)
    return doc


def _plan(doc: DocxDocument, tmp_path: Path) -> d.PlanSnapshot:
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened)


THREE_LEVELS = [
    (KF, 0),
    (JOBS, 1),
    ("Andel deltagare som börjat arbeta", 2),
    ("Hushåll med försörjningsstöd, antal", 2),
    (YOUNG, 1),
    ("Andel unga som börjat studera", 2),
    ("Alla arbetar i en god arbetsmiljö.", 0),
    (STAFF, 1),
    ("Sjukfrånvaro", 2),
]


def test_a_list_item_keeps_the_number_word_shows(tmp_path: Path) -> None:
    doc = _document(THREE_LEVELS)
    doc.save(str(tmp_path / "plan.docx"))
    source = read_source(tmp_path / "plan.docx")
    shown = [(b.number, b.list_level) for b in source.blocks if b.kind == "listpunkt"]
    assert shown == [
        ("1.", 0),
        ("1.1", 1),
        ("a)", 2),
        ("b)", 2),
        ("1.2", 1),
        ("a)", 2),
        ("2.", 0),
        ("2.1", 1),
        ("a)", 2),
    ]


def test_an_outline_list_of_goals_linked_by_number(tmp_path: Path) -> None:
    doc = _document(THREE_LEVELS)
    doc.add_paragraph("Indikatorer med utfall och målvärden")
    _table(
        doc,
        [
            ["Mål", "Indikator", "Utfall 2025", "Mål 2027"],
            ["1.1", "Andel deltagare som börjat arbeta", "38 %", "42 %"],
            ["1.1", "Hushåll med försörjningsstöd, antal", "231", "200"],
            ["1.2", "Andel unga som börjat studera", "40 %", "50 %"],
            ["2.1", "Sjukfrånvaro", "7,6 %", "6,5 %"],
        ],
    )
    doc.add_heading("Aktiviteter", 1)
    _table(
        doc,
        [
            ["Aktivitet", "Mål", "Ansvarig", "Klart"],
            ["Jobbspår inom vården", "1.1", "Enhetschef", "2027-12-31"],
            ["Friskvårdssatsning", "2.1", "HR-partner", "2027-06-30"],
        ],
    )
    plan = _plan(doc, tmp_path)
    goals = {g.text: g for g in plan.namndsmal}
    assert [(g.text, g.niva.value, g.kod) for g in plan.namndsmal] == [
        (KF, "kf", "1"),
        (JOBS, "namnd", "1.1"),
        (YOUNG, "namnd", "1.2"),
        ("Alla arbetar i en god arbetsmiljö.", "kf", "2"),
        (STAFF, "namnd", "2.1"),
    ]
    assert goals[JOBS].overordnat_id == goals[KF].id
    assert goals[STAFF].overordnat_id == goals["Alla arbetar i en god arbetsmiljö."].id
    by_goal = {
        (next(g.text for g in plan.namndsmal if g.id == i.namndsmal_id), i.namn): i
        for i in plan.indikatorer
    }
    assert sorted(by_goal) == sorted(
        [
            (JOBS, "Andel deltagare som börjat arbeta"),
            (JOBS, "Hushåll med försörjningsstöd, antal"),
            (YOUNG, "Andel unga som börjat studera"),
            (STAFF, "Sjukfrånvaro"),
        ]
    )  # the list's indicators and the table's are the same, none twice
    jobs = by_goal[(JOBS, "Andel deltagare som börjat arbeta")]
    assert (jobs.enhet, jobs.nulage, jobs.nulage_ar) == ("%", D(38), 2025)
    assert jobs.malnivaer == {2027: D(42)}
    activities = {a.namn: a.namndsmal_id for a in plan.aktiviteter}
    assert activities == {
        "Jobbspår inom vården": goals[JOBS].id,
        "Friskvårdssatsning": goals[STAFF].id,
    }


def test_names_over_goals_are_malomraden(tmp_path: Path) -> None:
    doc = _document([("Arbete", 0), (JOBS, 1), ("Hälsa", 0), (STAFF, 1)])
    plan = _plan(doc, tmp_path)
    areas: dict[int | None, str] = {a.id: a.namn for a in plan.malomraden}
    assert [(g.text, g.niva.value, g.kod, areas[g.malomrade_id]) for g in plan.namndsmal] == [
        (JOBS, "namnd", "1.1", "Arbete"),
        (STAFF, "namnd", "2.1", "Hälsa"),
    ]


def test_names_under_goals_are_their_indicators(tmp_path: Path) -> None:
    doc = _document([(JOBS, 0), ("Andel som börjat arbeta", 1), (STAFF, 0), ("Sjukfrånvaro", 1)])
    plan = _plan(doc, tmp_path)
    assert [(g.text, g.niva.value, g.kod) for g in plan.namndsmal] == [
        (JOBS, "namnd", "1"),
        (STAFF, "namnd", "2"),
    ]
    named = {i.namn: i.namndsmal_id for i in plan.indikatorer}
    goals = {g.text: g.id for g in plan.namndsmal}
    assert named == {"Andel som börjat arbeta": goals[JOBS], "Sjukfrånvaro": goals[STAFF]}


def test_an_outline_list_outside_the_goals_stays_text(tmp_path: Path) -> None:
    doc = _document([(KF, 0), (JOBS, 1), (YOUNG, 1)], heading="Omvärld och förutsättningar")
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    assert result.data["namndsmal"] == []
    chapter = next(
        c for c in result.data["kapitel"] if c["rubrik"] == "Omvärld och förutsättningar"
    )
    assert KF in chapter["text"] and JOBS in chapter["text"]


def test_one_outcome_of_two_outcome_columns_stays_an_outcome(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading(f"Nämndsmål 1: {STAFF}", 2)
    _table(
        doc,
        [
            ["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027"],
            ["Medarbetarengagemang, index", "74", "", "77"],
            ["Sjukfrånvaro", "8,9 %", "7,6 %", "6,5 %"],
        ],
    )
    doc.add_heading(f"Nämndsmål 2: {JOBS}", 2)
    _table(doc, [["Indikator", "Utfall 2025", "Mål 2027"], ["Andel i arbete", "46 %", "55 %"]])
    plan = _plan(doc, tmp_path)
    by_name = {i.namn: i for i in plan.indikatorer}
    engaged = by_name["Medarbetarengagemang, index"]
    assert (engaged.utfall, engaged.nulage, engaged.nulage_ar) == ({2024: D(74)}, D(74), 2024)
    # a table's only outcome column before the plan's years: the figure is the nuläge alone
    work = by_name["Andel i arbete"]
    assert (work.utfall, work.nulage, work.nulage_ar) == ({}, D(46), 2025)


def test_an_outline_under_a_goal_or_a_label_is_no_goals(tmp_path: Path) -> None:
    doc = _document([])
    doc.add_heading("Målområde Arbete", 2)
    doc.add_paragraph("Aktiviteter:")
    _item(doc, "Jobbspår inom vården.", 0)
    _item(doc, "Praktikplatser i förvaltningen.", 1)
    doc.add_heading(f"Nämndsmål 1: {STAFF}", 2)
    _item(doc, "Friskvård för alla.", 0)
    _item(doc, "Tidiga rehabsamtal.", 1)
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    assert [g["text"] for g in result.data["namndsmal"]] == [STAFF]
    assert "Jobbspår inom vården." in [a["namn"] for a in result.data["aktiviteter"]]
