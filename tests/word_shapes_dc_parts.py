"""Document DC's parts besides its goals: the cover with the draft's page header, the prose
chapters (a heading retitled with a tracked change, formatting changes), the activity table
with a changed date, the driftbudget with tracked rows and a comment thread, investments,
key figures and internkontroll."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, set_cell_paragraph, sv
from tests.word_shapes_model import Activity, BudgetRow, Control, KeyRow, TableNote
from tests.word_shapes_xml import append, deleted, element, inserted, p, r

AUTHORS = ("Lena Hjort", "Mats Eklund", "Sara Nyman")


class Revisions:
    """Revision ids: every tracked change, move range and comment needs its own."""

    def __init__(self) -> None:
        self.next = 100

    def __call__(self) -> int:
        self.next += 1
        return self.next


REV = Revisions()


def _stamp(tag: str, who: int = 0) -> Any:
    node = OxmlElement(tag)
    node.set(qn("w:id"), str(REV()))
    node.set(qn("w:author"), AUTHORS[who])
    node.set(qn("w:date"), f"2026-10-0{who + 2}T09:30:00Z")
    return node


def row_revision(tr: Any, how: str, who: int = 0) -> None:
    """Mark a whole table row as inserted ("ins"), deleted ("del") or moved ("moveFrom",
    "moveTo"): the row's trPr says w:ins / w:del, its runs are wrapped to match."""
    row_mark = "w:del" if how in ("del", "moveFrom") else "w:ins"
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(_stamp(row_mark, who))
    for run in list(tr.iter(qn("w:r"))):
        parent = run.getparent()
        wrapper = _stamp(f"w:{how}", who)
        parent.replace(run, wrapper)
        wrapper.append(run)
        if how == "del":
            for t in run.findall(qn("w:t")):
                t.tag = qn("w:delText")


C_BUDGET = (
    "Ökningen förutsätter att KS godkänner ramjusteringen för vinterväghållning. Stäm av med "
    "ekonomienheten."
)
R_BUDGET = "Ramjusteringen finns med i KS förslag till budget 2027, daterat 2026-10-01."


THREADS: list[tuple[str, str]] = []


def thread(
    w: Writer, runs: Any, text: str, reply: str, who: tuple[str, str], answer: tuple[str, str]
) -> None:
    first = w.doc.add_comment(runs, text=text, author=who[0], initials=who[1])
    second = w.doc.add_comment(runs, text=reply, author=answer[0], initials=answer[1])
    ids = []
    for comment in (first, second):
        pid = f"{0x1A2B0000 + REV():08X}"
        comment.paragraphs[0]._p.set(
            "{http://schemas.microsoft.com/office/word/2010/wordml}paraId", pid
        )
        ids.append(pid)
    THREADS.append((ids[0], ids[1]))
    w.expected.comments += [text, reply]


def comments_extended(w: Writer) -> None:
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    entries = "".join(
        f'<w15:commentEx w15:paraId="{a}" w15:done="0"/>'
        f'<w15:commentEx w15:paraId="{b}" w15:paraIdParent="{a}" w15:done="0"/>'
        for a, b in THREADS
    )
    xml = f'<w15:commentsEx xmlns:w15="{w15}">{entries}</w15:commentsEx>'
    package = w.doc.part.package
    part = Part(
        PackURI("/word/commentsExtended.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        xml.encode(),
        package,
    )
    w.doc.part.relate_to(
        part, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
    )


HEADER = "Hällebo kommun – Tekniska nämnden – REMISSVERSION, ej beslutad"


def cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("Hällebo kommun", size=14, bold=True)
    w.cover("Tekniska nämnden", size=14)
    w.para()
    w.cover("Verksamhetsplan 2027-2029", size=26, bold=True)
    w.para()
    for line in [
        "Remissversion 2026-10-05",
        "Ordförande: Anders Wikström (M)",
        "Samhällsbyggnadschef: Karin Öberg",
        "Dnr TN 2026/214",
    ]:
        w.cover(line)
    w.page_break()


def _format_changed(w: Writer, text: str, split: int) -> None:
    """A paragraph whose first words lost a bold and whose alignment was changed back and
    forth: w:rPrChange and w:pPrChange record it, the text reads the same."""
    paragraph = w.para(text[:split], text[split:])
    run = paragraph.runs[0]._r
    rpr = run.get_or_add_rPr()
    change = OxmlElement("w:rPrChange")
    for key, value in (("w:id", "901"), ("w:author", "Mats Eklund")):
        change.set(qn(key), value)
    change.set(qn("w:date"), "2026-10-03T08:12:00Z")
    change.append(OxmlElement("w:rPr"))
    change[0].append(OxmlElement("w:b"))
    rpr.append(change)
    ppr = paragraph._p.get_or_add_pPr()
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "left")
    ppr.append(jc)
    pchange = OxmlElement("w:pPrChange")
    for key, value in (("w:id", "902"), ("w:author", "Mats Eklund")):
        pchange.set(qn(key), value)
    pchange.set(qn("w:date"), "2026-10-03T08:12:00Z")
    old = OxmlElement("w:pPr")
    old_jc = OxmlElement("w:jc")
    old_jc.set(qn("w:val"), "both")
    old.append(old_jc)
    pchange.append(old)
    ppr.append(pchange)


def prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur tekniska nämnden ska arbeta under 2027-2029 för att "
        "nå kommunfullmäktiges mål inom den ram som fullmäktige beslutar i november. Planen "
        "går nu på remiss till förvaltningens enheter och de fackliga organisationerna.",
        "Förslaget innehåller ändringar efter dialogen med kommunstyrelsen i september. "
        "Ändringarna visas med spårning tills nämnden har fattat beslut.",
    )
    w.chapter("Nämndens uppdrag")
    _format_changed(
        w,
        "Tekniska nämnden ansvarar för kommunens gator, vägar, gång- och cykelvägar, parker, "
        "lekplatser, gatubelysning, avfallshantering och fordonsförvaltning. Nämnden är också "
        "kommunens trafiknämnd.",
        27,
    )
    w.para(
        "Verksamheten bedrivs av samhällsbyggnadsförvaltningens enheter för gata och park, "
        "avfall och fordon samt en gemensam beställarfunktion. Förvaltningen har 74 "
        "årsarbetare, varav 22 säsongsanställda under sommaren."
    )
    # The chapter was retitled in the review: the old title deleted, the new inserted.
    append(
        w.doc,
        p(
            deleted("Omvärldsanalys", 301),
            inserted("Omvärld och utmaningar", 302),
            style="Heading1",
        ),
    )
    w.expected.chapters.append("Omvärld och utmaningar")
    w.expected.absent.append("Omvärldsanalys")
    w.para(
        "Kostnaderna för entreprenader, asfalt och energi har ökat mer än den allmänna "
        "prisutvecklingen. Vintrarna växlar oftare mellan mildväder och frost, vilket kräver "
        "fler insatser med halkbekämpning."
    )
    append(
        w.doc,
        p(
            r("Skyfallen sommaren 2025 visade att dagvattensystemet i centrala Hällebo är "),
            deleted("för litet", 303),
            inserted("underdimensionerat", 304),
            r(". Samtidigt ska kommunens fordon vara fossilfria 2030."),
        ),
    )
    w.expected.absent.append("för litet")


ACTIVITIES: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Bygga gång- och cykelväg längs Skolvägen, etapp 2", "1", "Gatuchef", "2027-10-31",
     dt.date(2027, 10, 31)),
    ("Trafiksäkerhetsåtgärder vid skolorna i Norrby och Kvarnås", "1", "Trafikingenjör",
     "2027-08-15", dt.date(2027, 8, 15)),
    ("Ta fram ny standard för vinterväghållning", "2", "Driftchef gata", "2027-09-30",
     dt.date(2027, 9, 30)),
    ("Byta 900 armaturer till LED", "3", "Belysningsansvarig", "2028-12-31",
     dt.date(2028, 12, 31)),
    ("Införa matavfallsinsamling i samtliga flerbostadshus", "4", "Avfallschef",
     "2028-06-30", dt.date(2028, 6, 30)),
    ("Upphandla laddinfrastruktur för kommunens bilpool", "5", "Fordonssamordnare",
     "2027-05-31", dt.date(2027, 5, 31)),
    ("Genomföra skyfallsåtgärder i Centrumparken", "8", "Projektledare VA/dagvatten",
     "2028-09-30", dt.date(2028, 9, 30)),
    ("Rusta upp lekplatserna i Björkhagen och Solvik", "6", "Parkchef", "2027-06-30",
     dt.date(2027, 6, 30)),
    ("Inventera beläggningen på huvudgatorna", "7", "Gatuchef", "2027-04-30",
     dt.date(2027, 4, 30)),
    ("Följa upp entreprenörernas miljökrav", "5", "Beställarenheten", "Löpande", None),
]  # fmt: skip


def activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna nedan genomförs under planperioden. Numret anger vilket mål de avser.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, goal, who, when])
        w.expected.activities.append(Activity(name, who, day))
    table = w.table(rows, widths=[8.2, 1.2, 4.0, 2.6], size=9)
    # The ny standard for vinterväghållning was postponed: 2027-06-15 became 2027-09-30.
    set_cell_paragraph(
        table.rows[3].cells[3], element(p(deleted("2027-06-15", 311) + inserted("2027-09-30", 312)))
    )
    w.expected.absent.append("2027-06-15")


KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd och förvaltningsledning", [3_412, 3_520, 3_610, 3_680, 3_750]),
    ("Gator och vägar", [28_904, 29_850, 30_720, 31_340, 31_960]),
    ("Vinterväghållning", [15_230, 13_900, 15_400, 15_700, 16_000]),
    ("Gatubelysning", [6_118, 6_250, 6_020, 5_840, 5_700]),
    ("Parker och lekplatser", [11_075, 11_480, 11_830, 12_070, 12_310]),
    ("Skyfallsåtgärder", [0, 0, 1_500, 1_500, 1_500]),
    ("Fordonsförvaltning", [-412, -350, -300, -300, -300]),
    ("Avfallshantering (taxefinansierad)", [0, 0, 0, 0, 0]),
]
DELETED_ROW = ("Bostadsanpassning", [4_870, 5_100, 5_250, 5_350, 5_450])
INSERTED_ROW = "Skyfallsåtgärder"
OLD_WINTER = 14_200


def budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 föreslås bli 68 780 tkr. Bostadsanpassningen förs från 2027 "
        "över till socialnämnden. Vinterväghållningen räknas upp efter utfallet de senaste "
        "tre vintrarna och skyfallsåtgärderna får en egen ram."
    )
    caption = "Driftbudget per verksamhet, nettokostnad i tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    rows = [header]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a) for a in amounts)])
        given = dict(zip(KEYS, (D(a) for a in amounts), strict=True))
        w.expected.budget.append(BudgetRow("drift", name, given))
    rows.insert(5, [DELETED_ROW[0], *(sv(a) for a in DELETED_ROW[1])])
    new = [sum(a[i] for _, a in DRIFT) for i in range(5)]
    old = [
        new[i] + DELETED_ROW[1][i] - DRIFT[5][1][i] + (OLD_WINTER - 15_400 if i == 2 else 0)
        for i in range(5)
    ]
    rows.append(["Summa nettokostnad", *(sv(a) for a in old)])
    w.totals("Summa nettokostnad", *(sv(a) for a in new))
    w.expected.not_rows.append(("drift", DELETED_ROW[0]))
    table = w.table(rows, widths=[5.6, 2.1, 2.1, 2.1, 2.1, 2.1], size=9)
    row_revision(table.rows[5]._tr, "del", 1)
    inserted_row = next(row for row in table.rows if row.cells[0].text == INSERTED_ROW)
    row_revision(inserted_row._tr, "ins", 1)
    winter = next(row for row in table.rows if row.cells[0].text == "Vinterväghållning")
    set_cell_paragraph(
        winter.cells[3],
        element(p(deleted(sv(OLD_WINTER), 321) + inserted("15 4", 322) + inserted("00", 323))),
    )
    total = table.rows[-1]
    for i in range(5):
        if old[i] != new[i]:
            set_cell_paragraph(
                total.cells[i + 1],
                element(p(deleted(sv(old[i]), 330 + i) + inserted(sv(new[i]), 340 + i))),
            )
    thread(w, winter.cells[0].paragraphs[0].runs, C_BUDGET, R_BUDGET, ("Mats Eklund", "ME"),
           ("Ekonomienheten", "EK"))  # fmt: skip
    _investments(w)


def _investments(w: Writer) -> None:
    caption = "Investeringar, tkr"
    w.para(("b", caption))
    w.structure(caption)
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    rows = [["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]]
    for name, amounts in [
        ("Gång- och cykelväg Skolvägen", [6_500, 2_000, 0]),
        ("Byte till LED-armaturer", [3_200, 3_200, 2_400]),
        ("Upprustning av lekplatser", [1_800, 1_800, 1_800]),
    ]:
        rows.append([name, *(sv(a) for a in amounts)])
        given = dict(zip(keys, (D(a) for a in amounts), strict=True))
        w.expected.budget.append(BudgetRow("investering", name, given))
    rows.append(["Summa investeringar", "11 500", "7 000", "4 200"])
    w.totals("Summa investeringar", "11 500", "7 000", "4 200")
    w.table(rows, widths=[7.0, 2.6, 2.6, 2.6], size=9)


KEY_TITLE = "Verksamheten i siffror"
KEY_NOTE = "Uppgifterna för 2025 är preliminära."


def key_figures(w: Writer) -> None:
    # A heading over nothing but a caption, the key-figure table and its note is the table's
    # part of the plan, not a chapter (as in AG).
    w.heading("Nyckeltal", 1)
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    header = ["Nyckeltal", "2023", "2024", "2025"]
    data = [
        ["Kommunal gata, km", "142", "143", "145"],
        ["Gatubelysningspunkter, antal", "4 318", "4 352", "4 391"],
        ["Hushållsavfall, kg per invånare", "431", "418", "412"],
        ["Nettokostnad gator och vägar, kr per invånare", "1 097", "1 131", "1 164"],
        ["Lekplatser, antal", "27", "27", "26"],
    ]
    w.table([header, *data], keep_headers=True, widths=[8.0, 2.2, 2.2, 2.2], size=9)
    for row in data:
        given = dict(zip(header[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], given))
    w.para(KEY_NOTE)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


CONTROLS = [
    ("Upphandling och inköp", "Att avrop från ramavtal för entreprenader görs enligt avtalet",
     "Beställarenheten", "Två gånger per år"),
    ("Vinterväghållning", "Att entreprenörernas fakturor stäms av mot körjournaler",
     "Driftchef gata", "Varje månad november-mars"),
    ("Fordon", "Att körjournaler förs för kommunens bilar", "Fordonssamordnare",
     "En gång per år"),
    ("Avfallstaxa", "Att debiterade abonnemang stämmer med hämtregistret", "Avfallschef",
     "En gång per år"),
]  # fmt: skip


def internal_control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para("Nämnden har valt ut följande kontrollmoment för 2027 efter en risk- och "
           "väsentlighetsanalys.")  # fmt: skip
    rows = [["Process", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, moment, who, when in CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.4, 7.0, 3.4, 3.0], size=9)
