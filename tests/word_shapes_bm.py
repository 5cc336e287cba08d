"""Corpus document BM: a miljönämnd's plan saved as a draft with its tracked changes still in it,
as the förvaltning sends it back: goals as Heading 2 over "Indikator | Nuläge 2025 | Mål 2027 |
Mål 2028" tables in which one whole row is deleted (w:trPr/w:del, its text in w:delText) and
one inserted (w:trPr/w:ins), targets changed in their cells ("92 %" deleted, "95 %" inserted),
one goal heading deleted and a new one inserted in its place, an activity moved from one goal's
list to another's (w:moveFrom/w:moveTo), formatting changes (w:rPrChange, w:pPrChange), comments
anchored in table cells and on a heading ("Stämmer siffran? …"), a driftbudget cell and an
internkontroll cell changed and a sentence inserted in the inledning; key figures and
internkontroll tables as plain tables.

Expected is the document as it reads with every change accepted: the deleted row, goal,
targets and budget figure and the moved-from copy are absent; the inserted ones are plan content.
The comments are not plan content: their texts are in ``comments`` (the import's report must
name each) and none of them is an item of the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.word_shapes_docx import Writer, cell_text, set_cell_paragraph, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)
from tests.word_shapes_xml import append, element, p, r

MARK = 'w:author="Miljöförvaltningen" w:date="2026-10-21T14:05:00Z"'


class Ids:
    """Unique ids for tracked changes."""

    def __init__(self) -> None:
        self.n = 100

    def __call__(self) -> int:
        self.n += 1
        return self.n


ID = Ids()


def ins(text: str) -> str:
    return f'<w:ins w:id="{ID()}" {MARK}>{r(text)}</w:ins>'


def dele(text: str) -> str:
    return (
        f'<w:del w:id="{ID()}" {MARK}><w:r><w:delText xml:space="preserve">{escape(text)}'
        "</w:delText></w:r></w:del>"
    )


def _changed(old: str, new: str) -> Any:
    """A cell paragraph whose old text is deleted and the new one inserted."""
    return element(p(dele(old), ins(new)))


def _tracked_row(cells: list[str], how: str) -> Any:
    """A table row inserted ("ins") or deleted ("del") with changes tracked."""
    tcs = []
    for text in cells:
        body = ins(text) if how == "ins" else dele(text)
        tcs.append(
            f'<w:tc><w:p><w:pPr><w:rPr><w:{how} w:id="{ID()}" {MARK}/><w:sz w:val="18"/>'
            f"</w:rPr></w:pPr>{body}</w:p></w:tc>"
        )
    return element(f'<w:tr><w:trPr><w:{how} w:id="{ID()}" {MARK}/></w:trPr>{"".join(tcs)}</w:tr>')


Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name, unit, nuläge 2025, mål 2027, mål 2028."""
Act = tuple[str, str, str, dt.date]
"""An activity: name, ansvarig, klart as printed, the date it means."""

OLD_GOAL = "Nämndens tillsyn ska vara effektiv och rättssäker."
GOALS: list[tuple[str, list[Ind], list[Act]]] = [
    ("Livsmedel som säljs och serveras i kommunen är säkra.",
     [("Andel planerade livsmedelskontroller som genomförts", "%", D(82), D(95), D(100)),
      ("Andel kontrollerade verksamheter utan avvikelser", "%", D(61), D(70), D(75))],
     [("Tillsynsprojekt om allergener i skolkök och restauranger", "Enhetschef livsmedel",
       "juni 2027", dt.date(2027, 6, 30))]),
    ("Vattnet i sjöar och vattendrag får en bättre status.",
     [("Andel enskilda avlopp i Lillåns avrinningsområde med godkänd rening", "%", D(54),
       D(65), D(75)),
      ("Antal inventerade enskilda avlopp per år", "", D(180), D(250), D(250)),
      ("Antal lantbruk med tillsyn av gödselhantering", "", D(22), D(30), D(30))],
     [("Inventering av enskilda avlopp runt Ödesjön", "Miljöinspektör avlopp",
       "december 2027", dt.date(2027, 12, 31)),
      ("Vattenplan för Lillån tillsammans med grannkommunerna", "Miljöstrateg",
       "Q2 2028", dt.date(2028, 6, 30))]),
    ("Invånare och företag upplever nämndens service som snabb och tydlig.",
     [("Nöjd kund-index (NKI) miljö- och hälsoskydd", "", D(68), D(72), D(75)),
      ("Andel ärenden om anmälan av avlopp med beslut inom sex veckor", "%", D(77), D(85),
       D(90))],
     [("E-tjänst för anmälan om värmepump och avlopp", "Digitaliseringsledare",
       "mars 2027", dt.date(2027, 3, 31)),
      ("Klarspråksgenomgång av beslutsmallarna", "Miljöchef", "december 2027",
       dt.date(2027, 12, 31))]),
    ("Kommunens klimatpåverkan och buller minskar.",
     [("Antal tillsynsbesök med fokus på energihushållning", "", D(14), D(30), D(40)),
      ("Andel förskolor med bullermätning de senaste tre åren", "%", D(40), D(70), D(100))],
     [("Tillsyn av energihushållning hos de största fastighetsägarna", "Enhetschef miljö",
       "Q4 2027", dt.date(2027, 12, 31)),
      ("Bullerkartläggning vid förskolor nära väg 40", "Miljöinspektör hälsoskydd",
       "september 2027", dt.date(2027, 9, 30))]),
    ("Nämndens tillsyn är likvärdig, rättssäker och finansieras av avgifter i rätt grad.",
     [("Avgiftsfinansieringsgrad för tillsynen", "%", D(48), D(55), D(60))],
     [("Ny taxa för miljöbalkens område enligt SKR:s modell", "Miljöchef", "december 2026",
       dt.date(2026, 12, 31))]),
]  # fmt: skip

DELETED_IND = ("Antal tillsynsbesök i livsmedelsbutiker", "", D(95), D(110), D(110))
INSERTED_IND: Ind = ("Antal provtagningar av dricksvatten i enskilda brunnar", "", D(35), D(60),
                     D(60))  # fmt: skip
MOVED: Act = ("Informationskampanj om eldning och vedeldade pannor", "Miljöinspektör hälsoskydd",
              "oktober 2027", dt.date(2027, 10, 31))  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Strandvikens kommun", size=14)
    w.cover("Miljönämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("UTKAST – version 0.4", size=12, bold=True)
    w.cover("Diarienummer: MN 2026/0214", size=10)
    w.cover("Ordförande: Lars-Göran Ek (M)", size=10)
    w.cover("Miljöchef: Anneli Strömberg", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Miljönämnden ansvarar för tillsyn och kontroll enligt miljöbalken, livsmedelslagen och "
        "strålskyddslagen. Planen beskriver nämndens mål och aktiviteter för 2027–2028 och den "
        "budget som fullmäktige har tilldelat nämnden."
    )
    # A sentence added in the draft, and a phrase made bold with the change tracked.
    append(
        w.doc,
        p(
            r("Nämnden följer upp planen i delårsrapporten per augusti och i verksamhets"
              "berättelsen. ")
            + ins("Utkastet har stämts av med förvaltningens enhetschefer.")
        ),
    )  # fmt: skip
    w.chapter("Omvärldsanalys")
    w.para(
        "Antalet registrerade livsmedelsanläggningar har ökat med drygt tio procent på fem år, "
        "främst bland restauranger och foodtrucks. Samtidigt har Livsmedelsverkets nya "
        "kontrollförordning skärpt kraven på att kontrollen ska vara riskbaserad."
    )
    append(
        w.doc,
        '<w:p><w:pPr><w:jc w:val="both"/><w:pPrChange w:id="'
        f'{ID()}" {MARK}><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>'
        + r("Vattenmyndighetens åtgärdsprogram kräver att kommunen inventerar enskilda avlopp i ")
        + f'<w:r><w:rPr><w:b/><w:rPrChange w:id="{ID()}" {MARK}><w:rPr/></w:rPrChange>'
        '</w:rPr><w:t xml:space="preserve">alla avrinningsområden med måttlig status</w:t></w:r>'
        + r(". Det gäller ungefär 1 900 fastigheter, varav hälften ligger kring Lillån.")
        + "</w:p>",
    )
    w.para(
        "Klimatanpassning och buller blir allt viktigare i detaljplanerna. Nämnden lämnar "
        "yttranden i fler planärenden än tidigare och behöver kompetens inom området."
    )


def _ind_table(w: Writer, goal: str, inds: list[Ind], number: int) -> None:
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028"]
    rows = [[n, cell_text(a, u), cell_text(b, u), cell_text(c, u)] for n, u, a, b, c in inds]
    table = w.table([header, *rows], widths=[8.2, 2.6, 2.6, 2.6])
    for n, u, a, b, c in inds:
        w.expected.indicators.append(Indicator(goal, n, u, 2025, a, {2027: b, 2028: c}))
    if number == 0:
        # The 2027 target raised: "92 %" struck, "95 %" inserted; a deleted row follows.
        set_cell_paragraph(table.cell(1, 2), _changed("92 %", "95 %"))
        w.expected.absent.append("92 %")
        name, unit, a, b, c = DELETED_IND
        table._tbl.append(
            _tracked_row([name, cell_text(a, unit), cell_text(b, unit), cell_text(c, unit)], "del")
        )
        w.expected.absent.append(name)
        comment_cell = table.cell(2, 1).paragraphs[0]
        w.doc.add_comment(
            comment_cell.runs, text="Stämmer siffran? Bokslutet visar 59 %.", author="Maria Lund"
        )
        w.expected.comments.append("Stämmer siffran? Bokslutet visar 59 %.")
    if number == 1:
        set_cell_paragraph(table.cell(1, 3), _changed("80 %", "75 %"))
        w.expected.absent.append("80 %")
        name, unit, a, b, c = INSERTED_IND
        table._tbl.append(
            _tracked_row([name, cell_text(a, unit), cell_text(b, unit), cell_text(c, unit)], "ins")
        )
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, a, {2027: b, 2028: c}))
    if number == 2:
        w.doc.add_comment(
            table.cell(1, 0).paragraphs[0].runs,
            text="Ska vi byta till SKR:s nya servicemätning?",
            author="Erik Sand",
        )
        w.expected.comments.append("Ska vi byta till SKR:s nya servicemätning?")


def _act_line(act: Act) -> str:
    return f"{act[0]} (ansvarig: {act[1]}, klart {act[2]})"


def _moved(w: Writer, act: Act, tag: str, n: int) -> None:
    text = _act_line(act)
    append(
        w.doc,
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:rPr><w:{tag} w:id="{ID()}" {MARK}/>'
        f'</w:rPr></w:pPr><w:{tag}RangeStart w:id="{n}" w:name="move{n}" {MARK}/>'
        f'<w:{tag} w:id="{ID()}" {MARK}>{r(text)}</w:{tag}><w:{tag}RangeEnd w:id="{n}"/></w:p>',
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål, indikatorer och aktiviteter")
    w.para(
        "Nämnden har fem mål för perioden. Varje mål mäts med indikatorer med nuläge och "
        "målnivå per år, och under varje mål listas de aktiviteter som ska bidra till det."
    )
    for number, (goal, inds, acts) in enumerate(GOALS):
        if number == 4:
            # The old goal struck out as a whole heading; the new wording inserted after it.
            append(
                w.doc,
                f'<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:del w:id="{ID()}" {MARK}/>'
                f"</w:rPr></w:pPr>{dele(OLD_GOAL)}</w:p>",
            )
            append(
                w.doc,
                f'<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:ins w:id="{ID()}" {MARK}/>'
                f"</w:rPr></w:pPr>{ins(goal)}</w:p>",
            )
            w.expected.absent.append(OLD_GOAL)
        else:
            heading = w.heading(goal, 2)
            if number == 3:
                w.doc.add_comment(
                    heading.runs,
                    text="Stämmer siffran? Buller nämns inte i fullmäktiges mål.",
                    author="Maria Lund",
                )
                w.expected.comments.append("Stämmer siffran? Buller nämns inte i fullmäktiges mål.")
        w.expected.goals.append(Goal(goal, "namnd"))
        _ind_table(w, goal, inds, number)
        w.para(("b", "Aktiviteter"))
        w.structure("Aktiviteter")
        for act in acts:
            w.doc.add_paragraph(_act_line(act), style="List Bullet")
            w.structure(_act_line(act))  # checked as the activity
            w.expected.activities.append(Activity(act[0], act[1], act[3], group=goal))
        if number == 1:
            _moved(w, MOVED, "moveFrom", 1)
        if number == 3:
            _moved(w, MOVED, "moveTo", 1)
            w.structure(_act_line(MOVED))
            w.expected.activities.append(Activity(MOVED[0], MOVED[1], MOVED[3], group=goal))


KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd", [1_120, 1_150, 1_180]),
    ("Förvaltningsledning och administration", [4_860, 5_020, 5_150]),
    ("Livsmedelskontroll", [2_340, 2_410, 2_470]),
    ("Miljöskydd", [5_960, 6_380, 6_540]),
    ("Hälsoskydd", [2_710, 2_790, 2_860]),
    ("Naturvård och vatten", [1_890, 2_460, 2_520]),
    ("Avgiftsintäkter", [-6_250, -6_900, -7_300]),
]
OLD_NATURVARD = 2_160


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens nettoram för 2027 är 13,3 miljoner kronor. Ökningen gäller främst "
        "inventeringen av enskilda avlopp, som delvis finansieras med statliga medel."
    )
    caption = "Driftbudget, nettokostnad (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]
    rows = [header]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a, minus="−") for a in amounts)])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    total = [sum(a[i] for _, a in DRIFT) for i in range(3)]
    rows.append(["Summa nettokostnad", *(sv(x) for x in total)])
    w.totals(*rows[-1])
    table = w.table(rows, widths=[7.2, 3, 3, 3])
    # The 2027 figure for naturvård raised in the draft; the total already carries it.
    set_cell_paragraph(table.cell(6, 2), _changed(sv(OLD_NATURVARD), sv(2_460)))
    w.expected.absent.append(sv(OLD_NATURVARD))
    w.para(
        "Avgiftsintäkterna ökar med den nya taxan. Timavgiften höjs från 1 290 till 1 390 "
        "kronor från 1 januari 2027."
    )


KEYFIG_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEYFIGS = [
    ["Registrerade livsmedelsanläggningar", "412", "431", "455"],
    ["Miljöfarliga verksamheter med tillsyn", "268", "274", "281"],
    ["Klagomål om störningar", "143", "162", "158"],
    ["Enskilda avlopp i kommunen", "3 920", "3 935", "3 950"],
]


def _keyfigures(w: Writer) -> None:
    w.chapter("Nämnden i siffror")
    caption = "Tabell: Verksamhetsmått 2023–2025"
    w.para(("i", caption))
    w.structure(caption, "Nyckeltal")
    w.table([KEYFIG_HEADER, *KEYFIGS], keep_headers=True, widths=[7.2, 2.5, 2.5, 2.5])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEYFIG_HEADER[1:], row[1:], strict=True)))
        for row in KEYFIGS
    ]


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para("Planen tar upp de risker som har bedömts högst i nämndens riskanalys.")
    header = ["Process", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [
        ["Debitering av avgifter", "Stickprov på 20 fakturor mot beslut och taxa", "Controller",
         "Två gånger per år"],
        ["Handläggning av klagomål", "Genomgång av att alla klagomål har besvarats inom 14 dagar",
         "Enhetschef hälsoskydd", "Varje tertial"],
        ["Jäv och bisysslor", "Kontroll av att inspektörernas bisysslor är anmälda",
         "Miljöchef", "En gång per år"],
    ]  # fmt: skip
    table = w.table([header, *rows], widths=[4, 6.5, 3.5, 2.5])
    # The third control was replaced in the draft: the old moment deleted in its cell.
    old = "Kontroll av delegationsbeslut mot delegationsordningen"
    set_cell_paragraph(table.cell(3, 1), _changed(old, rows[2][1]))
    w.expected.absent.append(old)
    w.expected.controls += [Control(row[1], row[0]) for row in rows]


def build_bm(path: Path) -> Expected:
    front = Front(
        namnd="Miljönämnden",
        kommun="Strandvikens kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lars-Göran Ek (M)",
        forvaltningschef="Anneli Strömberg",
        diarienummer="MN 2026/0214",
    )
    ID.n = 100
    w = Writer("BM-miljönämnd-utkast-spårade-ändringar", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _budget(w)
    _keyfigures(w)
    _control(w)
    return w.save(path)
