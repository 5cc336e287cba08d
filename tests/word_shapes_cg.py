"""Corpus document CG: a kultur- och fritidsnämnd's "verksamhetsplan på en sida" 2027–2028
whose core is one large grid table in a landscape section: the målområden are its COLUMNS
("Trygg uppväxt | Kultur och fritid för alla | Hållbar organisation") and labelled ROWS run down
the left: "Nämndens mål" (each cell one or two goals as numbered bullets "1.1 …"), "Så mäter vi"
(each indicator one bullet with its figures written inside it, "1.1 Andel … 31 % (2025) → 34 %
(2027)", sometimes two targets "→ 66 % (2027) → 70 % (2028)", a value without unit or "öka"),
"Det här gör vi 2027" (activities as bullets, some with "(bibliotekschef, vt 2027)", some with
only an ansvarig, some with nothing) and "Ekonomi" (one cell merged across all målområden with a
few sentences). The cover and the ordinary chapters (inledning, uppdrag, omvärld) are in portrait
sections around it, then a driftbudget in tkr with a new verksamhet's blank bokslut, key figures
and an internkontroll table with S | K | Riskvärde. A running header names nämnd and plan.

Expected (what a perfect import gives): the front matter from the cover lines; seven chapters;
five nämndsmål without their number; ten indicators under the goal their number names, with
"%" where written, nuläge year and value from "(2025)" and a target per year in parentheses
("öka" as text); nine activities under their målområde with ansvarig and slutdatum where the
bullet gives them ("vt 2027" is 2027-06-30, "ht 2027" 2027-12-31, "december 2027" its last
day); eight driftbudget rows with bokslut 2025, budget 2026 and 2027, plan 2028 (a blank cell
is no amount); four key-figure rows; four controls with their process. The row labels and the
målområde headings of the grid, the table headers, the totals and the cover lines are
structure; the running header is not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)

Ind = tuple[str, str, str, str, Val, dict[int, Val]]
"""An indicator: its goal's number, name, the joiner before the figures (" ", ": ", " – "),
unit, nuläge 2025 and the targets per year."""
Act = tuple[str, str, str, dt.date | None]
"""An activity: name, ansvarig, when as printed, the date it means."""

AREAS: list[tuple[str, list[tuple[str, str]], list[Ind], list[Act]]] = [
    ("Trygg uppväxt",
     [("1.1", "Fler barn och unga deltar i kulturskolans och fritidsgårdarnas verksamhet."),
      ("1.2", "Barn och unga känner sig trygga på nämndens mötesplatser.")],
     [("1.1", "Andel barn 6–15 år som deltar i kulturskolan", " ", "%", D(31),
       {2027: D(34), 2028: D(36)}),
      ("1.1", "Antal besök på fritidsgårdarna per vecka", ": ", "", D(640), {2027: D(700)}),
      ("1.2", "Andel unga som känner sig trygga på fritidsgården", " ", "%", D(82),
       {2027: D(88)}),
      ("1.2", "Antal rapporterade tillbud på fritidsgårdarna", " – ", "", D(14),
       {2027: D(10)})],
     [("Kulturskola i alla skolor på landsbygden", "kulturskolechef", "ht 2027",
       dt.date(2027, 12, 31)),
      ("Sommarlovsaktiviteter tillsammans med föreningarna", "fritidschef", "", None),
      ("Trygghetsvandringar med ungdomsrådet", "fritidsgårdschef", "vt 2027",
       dt.date(2027, 6, 30))]),
    ("Kultur och fritid för alla",
     [("2.1", "Biblioteken når fler invånare i alla delar av kommunen."),
      ("2.2", "Invånarna har tillgång till ändamålsenliga idrotts- och friluftsanläggningar.")],
     [("2.1", "Antal lån per invånare", " ", "", D("4.6"), {2027: D("5.0")}),
      ("2.1", "Andel invånare som besökt biblioteket det senaste året", " ", "%", D(58),
       {2027: "öka"}),
      ("2.2", "Nöjdhet med idrottsanläggningarna i medborgarundersökningen, index", " ", "",
       D(61), {2027: D(64), 2028: D(66)})],
     [("Meröppet bibliotek i Tallby", "bibliotekschef", "vt 2027", dt.date(2027, 6, 30)),
      ("Ny belysning i elljusspåret vid Höjden", "anläggningschef", "december 2027",
       dt.date(2027, 12, 31)),
      ("Digitalt bokningssystem för lokaler och planer", "", "", None)]),
    ("Hållbar organisation",
     [("3.1", "Medarbetarna är friska och vill stanna hos oss.")],
     [("3.1", "Sjukfrånvaro", " ", "%", D("6.8"), {2027: D("5.5"), 2028: D("5.0")}),
      ("3.1", "Hållbart medarbetarengagemang (HME), index", " ", "", D(76), {2027: D(79)}),
      ("3.1", "Personalomsättning", " ", "%", D("11.2"), {2027: D(9)})],
     [("Friskvårdsatsning med aktivitetsbidrag för alla anställda", "förvaltningschef",
       "", None),
      ("Introduktionsprogram för nyanställda", "HR-partner", "ht 2027", dt.date(2027, 12, 31)),
      ("Samla förvaltningens lokaler i kulturhuset", "", "", None)]),
]  # fmt: skip

ECONOMY = (
    "Nämndens ram för 2027 är 84,6 mnkr, en ökning med 1,9 mnkr jämfört med 2026. Ökningen "
    "täcker löneökningar och hyran för den nya sporthallen i Tallby. Kostnaderna för "
    "kulturskolans utökning på landsbygden ryms genom att öppettiderna i simhallen ses över."
)

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [4180, 4320, 4410, 4450]),
    ("Bibliotek", [16240, 16810, 17300, 17420]),
    ("Kulturskola", [11920, 12380, 13650, 13900]),
    ("Allmän kultur och kulturhus", [7460, 7700, 7820, 7880]),
    ("Fritidsgårdar", [9870, 10150, 10390, 10470]),
    ("Idrottsanläggningar och simhall", [24310, 25060, 25480, 26110]),
    ("Föreningsbidrag", [5340, 5450, 5450, 5450]),
    ("Fritidsbanken", [None, 830, 460, 920]),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Besök på biblioteken", "182 400", "188 900", "193 100"],
    ["Elever i kulturskolan", "1 012", "1 047", "1 118"],
    ["Besök i simhallen", "96 300", "101 800", "99 700"],
    ["Nettokostnad kultur och fritid, kr per invånare", "3 412", "3 498", "3 561"],
]

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga medlemsuppgifter", 2, 3,
     "Stickprov på fem föreningars medlemsförteckningar", "Fritidschef", "Årligen"),
    ("Kontanthantering", "Kassan i simhallen stämmer inte mot kassarapporten", 2, 2,
     "Oannonserad kassainventering", "Controller", "Två gånger per år"),
    ("Lokalbokning", "Lokaler hyrs ut utan avtal eller till fel taxa", 3, 2,
     "Avstämning av bokningar mot fakturerade belopp", "Anläggningschef", "Kvartalsvis"),
    ("Registerutdrag", "Ledare på fritidsgårdar saknar kontrollerat belastningsregister", 2, 4,
     "Genomgång av anställningsakter för nyanställda", "HR-partner", "Halvårsvis"),
]  # fmt: skip

RUNNING = "Norrvik kommun | Kultur- och fritidsnämnden | Verksamhetsplan 2027–2028"


def _orient(section: Any, landscape: bool) -> None:
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _bullet(w: Writer, cell: Any, first: bool, *runs: tuple[str, str]) -> None:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = w.doc.styles["List Bullet"]
    for how, text in runs:
        run = paragraph.add_run(text)
        run.bold = "b" in how or None
        run.font.size = Pt(9)


def _figures(unit: str, base: Val, targets: dict[int, Val]) -> str:
    out = f"{cell_text(base, unit)} (2025)"
    for year, value in targets.items():
        out += f" → {cell_text(value, unit)} ({year})"
    return out


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Norrvik kommun", size=14)
    for _ in range(6):
        w.para("")
    w.cover("Kultur- och fritidsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.cover("Verksamhetsplan på en sida med budget och internkontroll", size=13)
    for _ in range(8):
        w.para("")
    w.cover("Fastställd av kultur- och fritidsnämnden 2026-11-25, § 94", size=10)
    w.cover("Diarienummer: KFN 2026/142", size=10)
    w.cover("Ordförande: Annika Berglund (M)", size=10)
    w.cover("Kultur- och fritidschef: Jonas Ekholm", size=10)


def _grid(w: Writer) -> None:
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(section, True)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Pt(42)
    w.chapter("Verksamhetsplan på en sida")
    w.para(
        ("i", "Vision: "),
        "I Norrvik ska alla, oavsett ålder och bakgrund, kunna ta del av kultur, idrott och "
        "en meningsfull fritid.",
    )
    labels = ["Nämndens mål", "Så mäter vi", "Det här gör vi 2027", "Ekonomi"]
    rows = [["", *(area for area, *_ in AREAS)], *([label, "", "", ""] for label in labels)]
    rows[4][1] = ECONOMY
    table = w.table(rows, merges=[(4, 1, 4, 3)], widths=[3.2, 7.6, 7.6, 7.6], size=9)
    w.structure(*labels)
    for column, (area, goals, inds, acts) in enumerate(AREAS, start=1):
        _shade(table.cell(0, column), "F4B183")
        texts = dict(goals)
        for n, (number, text) in enumerate(goals):
            _bullet(w, table.cell(1, column), n == 0, ("b", number + " "), ("", text))
            w.expected.goals.append(Goal(text, "namnd"))
        for n, (number, name, joiner, unit, base, targets) in enumerate(inds):
            figures = _figures(unit, base, targets)
            _bullet(w, table.cell(2, column), n == 0, ("", f"{number} {name}{joiner}{figures}"))
            w.expected.indicators.append(Indicator(texts[number], name, unit, 2025, base, targets))
        for n, (name, who, when, day) in enumerate(acts):
            extra = ", ".join(x for x in (who, when) if x)
            _bullet(w, table.cell(3, column), n == 0, ("", name + (f" ({extra})" if extra else "")))
            w.expected.activities.append(Activity(name, who, day, group=area))
    for label_row in range(1, 5):
        _shade(table.cell(label_row, 0), "FBE5D6")
        for run in table.cell(label_row, 0).paragraphs[0].runs:
            run.bold = True
    w.para(
        (
            "i",
            "Målvärdena anges med utgångsläget inom parentes. Aktiviteter utan datum pågår "
            "under hela året.",
        )
    )


def _chapters(w: Writer) -> None:
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(section, False)
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen på en sida samlar det viktigaste av nämndens planering: målen, hur "
        "de följs upp och vad förvaltningen gör under året. De följande avsnitten ger "
        "bakgrunden och redovisar budgeten och den interna kontrollen.",
        "Planen bygger på kommunfullmäktiges mål och budget 2027 med plan för 2028. Nämnden "
        "följer upp planen i delårsrapporten per augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Kultur- och fritidsnämnden ansvarar för folkbiblioteken, kulturskolan, kulturhuset, "
        "allmänkulturen, fritidsgårdarna och kommunens idrotts- och friluftsanläggningar. "
        "Nämnden fördelar också bidrag till föreningslivet och studieförbunden."
    )
    w.para("Nämndens reglemente anger särskilt att nämnden ska")
    w.bullets(
        "främja ett rikt och tillgängligt kulturliv i hela kommunen,",
        "erbjuda barn och unga meningsfulla fritidsaktiviteter,",
        "stödja föreningslivets arbete med barn, unga och äldre.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Befolkningen i Norrvik väntas växa med omkring 300 personer per år fram till 2030. "
        "Ökningen är störst bland barn i grundskoleåldern och bland personer över 80 år, "
        "vilket ställer krav både på fler platser i kulturskolan och på aktiviteter för äldre.",
        "Föreningslivet har svårt att rekrytera ideella ledare efter pandemiåren. Flera "
        "idrottsföreningar har färre ungdomslag än 2019, och nämnden ser att flickor i "
        "högstadieåldern i större utsträckning slutar med organiserad idrott.",
        "Kostnaderna för energi och underhåll av anläggningarna har ökat kraftigt. Simhallen "
        "från 1974 behöver en större renovering inom fem år, och nämnden kommer att lämna ett "
        "underlag till kommunstyrelsen under 2027.",
    )
    w.para(("b", "Lagar och nationella beslut som påverkar nämnden"))
    w.bullets(
        "Den nya bibliotekslagen ställer högre krav på läsfrämjande arbete för barn.",
        "Kraven på registerkontroll vid arbete med barn omfattar fler yrkesgrupper.",
    )


def _budget(w: Writer) -> None:
    w.chapter("Driftbudget")
    w.para(
        "Tabellen visar nettokostnaden per verksamhet i tusentals kronor. Fritidsbanken "
        "startade 2026 och har därför inget bokslut för 2025. Budget 2027 för Fritidsbanken "
        "avser ett halvår eftersom verksamheten flyttar under våren."
    )
    caption = "Tabell 1. Nettokostnad per verksamhet, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[6.0, 2.6, 2.6, 2.6, 2.6])
    w.para(("b", "Nyckeltal"))
    w.structure("Nyckeltal")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.6, 3, 3, 3])
    w.expected.key_figures += [
        KeyRow("", row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskerna har bedömts av förvaltningens ledningsgrupp i september 2026 på en skala "
        "1–4 för sannolikhet (S) och konsekvens (K). Kontroller med riskvärde 6 eller högre "
        "ingår i planen."
    )
    header = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvar", "Frekvens"]
    rows = [header]
    for process, risk, s, k, moment, who, when in CONTROLS:
        rows.append([process, risk, str(s), str(k), str(s * k), moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 3.4, 0.7, 0.7, 1.7, 3.4, 2.2, 1.9], size=8)
    w.chapter("Uppföljning")
    w.para(
        "Förvaltningen redovisar måluppfyllelsen, budgetutfallet och resultatet av "
        "kontrollerna i delårsrapporten i september och i verksamhetsberättelsen i februari."
    )


def build_cg(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Norrvik kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Annika Berglund (M)",
        forvaltningschef="Jonas Ekholm",
        diarienummer="KFN 2026/142",
    )
    w = Writer("CG-kultur-fritid-en-sida", front)
    _cover(w)
    _grid(w)
    _chapters(w)
    _budget(w)
    _control(w)
    return w.save(path)
