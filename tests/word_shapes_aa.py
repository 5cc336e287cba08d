"""Corpus document AA: a kultur- och fritidsnämnd's plan laid out by a communicator: a table
of contents field, a page header and a footer "Sida n av m" in PAGE and NUMPAGES fields, a
cover whose diarienummer stands alone without a label ("KFN 2026/88"), a text box "Kultur och
fritid i siffror 2025" in the introduction, and each goal as a Heading 2 (no label) with an
italic "Kopplat till fullmäktiges mål: …" line over a two-column section: the left column "Så
mäter vi" with each indicator as a name line followed by "Nuläge 2025: 7,8 | Mål 2027: 8,5 |
Mål 2029: 9,0", a column break, the right column "Aktiviteter:" with bullets ending in the
verksamhet in parentheses ("… (Bibliotek)"), no dates and no ansvarig. The driftbudget and the
internkontroll are in a landscape section: the driftbudget with two header rows (Budget 2027
spans "Intäkter | Kostnader | Netto", the other years "Netto" alone) and costs with "−"; the
internkontroll "Process/rutin | Risk | Sannolikhet | Konsekvens | Kontrollmoment | Ansvarig |
Frekvens" with the process merged down its rows and the levels as "2 Mindre sannolik". A
portrait appendix holds key figures with a source note under them.

Expected (what a perfect import gives): the front matter below; six chapters (the appendix
heading is the key-figure table's, as in A and G); four nämndsmål (the KF goals are the
målområden, structure) with eight indicators: nuläge 2025, targets 2027 and 2029; ten
activities under their goal with their verksamhet (judgement: the parenthesis names a
verksamhet of the driftbudget, so it is the activity's verksamhet, not part of its name); seven
driftbudget rows with the net amounts (Bokslut 2025, Budget 2026, Budget 2027, Plan 2028, Plan
2029; intäkter and kostnader of 2027 are not net amounts and not expected, as in H); six
controls with their process; five key figures and their note. The text box's lines are text
the plan keeps; the table of contents, header and footer are not in it."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, sv, toc_styles
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_xml import complex_field, element, p, r, text_box, toc_field

HEADER = "Kultur- och fritidsnämnden · Verksamhetsplan 2027–2029"

TOC = [
    (1, "Inledning", 3),
    (1, "Nämndens uppdrag", 3),
    (1, "Omvärldsanalys", 4),
    (1, "Nämndens mål 2027–2029", 5),
    (2, "Fler barn och unga läser, skapar och upplever kultur", 5),
    (2, "Fler invånare rör på sig i vardagen", 6),
    (2, "Föreningslivet är starkt och jämställt", 6),
    (2, "Mötesplatserna för unga är trygga och öppna för alla", 7),
    (1, "Ekonomi", 8),
    (1, "Intern kontroll", 9),
    (1, "Bilaga 1 Nyckeltal", 10),
]

Ind = tuple[str, str, D, Val, Val]
"""An indicator: name, unit, nuläge 2025, mål 2027 and mål 2029."""

GOALS: list[tuple[str, str, list[Ind], list[tuple[str, str]]]] = [
    ("Fler barn och unga läser, skapar och upplever kultur", "Ett livslångt lärande",
     [("Utlån av barn- och ungdomsmedia per invånare 0–17 år", "", D("7.8"), D("8.5"),
       D(9)),
      ("Elever i kulturskolan, andel av invånare 7–15 år", "%", D("13.4"), D(15), D(17)),
      ("Kulturupplevelser per elev i grundskolan och året", "", D("2.1"), D(3), D(3))],
     [("Läsfrämjande besök i alla förskoleklasser", "Bibliotek"),
      ("Lovbibliotek med skrivarverkstad på sommarlovet", "Bibliotek"),
      ("Kulturskolan startar kurser i film och spelutveckling", "Kulturskola"),
      ("Kulturgaranti för grundskolan tillsammans med skolorna", "Kultur och evenemang")]),
    ("Fler invånare rör på sig i vardagen", "God hälsa för alla",
     [("Besök i simhallen per invånare", "", D("4.6"), D(5), D("5.5")),
      ("Deltagartillfällen i föreningar, 7–20 år, per invånare", "", D(21), "Öka", "Öka")],
     [("Simskola för alla elever i årskurs 2 som inte kan simma", "Bad och idrott"),
      ("Nytt utegym och belysta motionsspår i Ekö", "Bad och idrott")]),
    ("Föreningslivet är starkt och jämställt", "Ett rikt och tryggt samhälle",
     [("Andel aktivitetsstöd som går till flickor", "%", D(41), D(45), D(50)),
      ("Föreningar som fått stöd att ta fram en jämställdhetsplan, antal", "", D(4), D(10),
       D(20))],
     [("Översyn av bidragsreglerna med fokus på jämställdhet", "Föreningsstöd"),
      ("Föreningsträffar två gånger per år", "Föreningsstöd")]),
    ("Mötesplatserna för unga är trygga och öppna för alla", "Ett rikt och tryggt samhälle",
     [("Unga som känner sig trygga på fritidsgården, andel", "%", D(84), D(90), D(90))],
     [("Förlängda öppettider på fritidsgården på fredagar", "Fritidsgårdar"),
      ("Ungdomsråd som beslutar om en del av gårdens budget", "Fritidsgårdar")]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, int, int, int, int, int, int]] = [
    # name, bokslut 2025, budget 2026, intäkter 2027, kostnader 2027, plan 2028, plan 2029
    ("Nämnd och förvaltning", -4_120, -4_300, 0, -4_450, -4_550, -4_650),
    ("Bibliotek", -14_870, -15_200, 620, -16_270, -16_000, -16_300),
    ("Kulturskola", -9_340, -9_700, 1_850, -11_950, -10_300, -10_500),
    ("Kultur och evenemang", -5_210, -5_400, 940, -6_540, -5_700, -5_800),
    ("Bad och idrott", -21_630, -22_400, 6_300, -29_200, -23_300, -23_800),
    ("Fritidsgårdar", -6_450, -6_700, 150, -7_050, -7_000, -7_150),
    ("Föreningsstöd", -7_980, -8_100, 0, -8_400, -8_500, -8_600),
]

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga deltagaruppgifter",
     "2 Mindre sannolik", "3 Kännbar", "Stickprov på närvarolistor hos fem föreningar",
     "Fritidskonsulent", "Årligen"),
    ("Föreningsbidrag", "Bidrag betalas till förening som inte uppfyller villkoren",
     "2 Mindre sannolik", "2 Lindrig", "Kontroll av årsmöteshandlingar före utbetalning",
     "Handläggare föreningsstöd", "Vid varje ansökan"),
    ("Kontanthantering", "Kassan i simhallen stämmer inte med försäljningen",
     "3 Möjlig", "2 Lindrig", "Avstämning av kassarapporter mot bankinsättningar",
     "Badchef", "Månadsvis"),
    ("Säkerhet i badet", "Badvakter saknar giltig livräddarutbildning", "2 Mindre sannolik",
     "4 Allvarlig", "Kontroll av utbildningsintyg för all personal", "Badchef",
     "Två gånger per år"),
    ("Inköp", "Inköp görs utanför avtal", "3 Möjlig", "2 Lindrig",
     "Genomgång av leverantörsfakturor över 10 000 kronor", "Controller", "Tertialvis"),
    ("Inköp", "Attest görs av fel person", "2 Mindre sannolik", "3 Kännbar",
     "Kontroll av attesträtt mot attestlistan", "Controller", "Två gånger per år"),
]  # fmt: skip


def _columns(section: Any, count: int) -> None:
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "708")


def _orient(section: Any, landscape: bool) -> None:
    short, long = sorted((section.page_width, section.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _cover(w: Writer) -> None:
    w.cover("Norrtuna kommun", size=12)
    w.cover("Kultur- och fritidsnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.para("")
    w.cover("KFN 2026/88")
    w.cover("Antagen av kultur- och fritidsnämnden 2026-11-12 § 71")
    w.cover("Nämndens ordförande: Karin Sjöberg (L)")
    w.cover("Kultur- och fritidschef: Mats Åberg")
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer._element
    for old in footer.findall(qn("w:p")):
        footer.remove(old)
    footer.append(
        element(
            p(r("Sida "), complex_field("PAGE", "4"), r(" av "), complex_field("NUMPAGES", "11"))
        )
    )
    w.expected.absent.append(HEADER)
    w.page_break()
    toc_styles(w.doc, 2)
    w.para(("b", "Innehåll"), size=14)
    w.structure("Innehåll")
    toc_field(w.doc, TOC)
    w.expected.absent += [f"{text} {page}" for _, text, page in TOC if text != "Bilaga 1 Nyckeltal"]
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Kultur- och fritidsnämnden vill att alla i Norrtuna ska kunna läsa, skapa, röra på sig "
        "och mötas. Planen visar nämndens mål för de kommande tre åren, vad vi gör för att nå "
        "dem och hur budgeten fördelas."
    )
    text_box(
        w.doc,
        "Kultur och fritid i siffror 2025",
        "286 400 besök på biblioteken",
        "142 300 besök i simhallen",
        "1 150 elever i kulturskolan",
        "38 föreningar fick aktivitetsstöd",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för bibliotek, kulturskola, kultur och evenemang, bad- och "
        "idrottsanläggningar, fritidsgårdar och stöd till föreningslivet."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Andelen barn som läser på fritiden minskar i hela landet. Samtidigt ökar efterfrågan på "
        "spontanidrott och aktiviteter utan krav på medlemskap. Kommunens befolkning 7–20 år "
        "växer med omkring 150 personer per år fram till 2030."
    )
    w.bullets(
        "Ny bibliotekslag med krav på läsfrämjande för barn",
        "Ökade energikostnader i simhallen och ishallen",
        "Färre ideella ledare i föreningslivet",
    )


def _goal(w: Writer, goal: str, kf: str, inds: list[Ind], acts: list[tuple[str, str]]) -> None:
    w.heading(goal, 2)
    w.expected.goals.append(Goal(goal, "namnd"))
    link = f"Kopplat till fullmäktiges mål: {kf}"
    w.para(("i", link))
    w.structure(link)
    w.doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(w.doc.sections[-1], 2)
    w.para(("b", "Så mäter vi"))
    w.structure("Så mäter vi")
    for name, unit, base, t1, t2 in inds:
        w.para(name)
        shown = [sv(v, unit) if isinstance(v, D) else v for v in (base, t1, t2)]
        line = f"Nuläge 2025: {shown[0]} | Mål 2027: {shown[1]} | Mål 2029: {shown[2]}"
        w.para(line)
        w.structure(line)  # checked as the indicator's figures
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, {2027: t1, 2029: t2}))
    w.doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    w.para(("b", "Aktiviteter:"))
    w.structure("Aktiviteter:")
    for name, unit in acts:
        text = f"{name} ({unit})"
        w.doc.add_paragraph(text, style="List Bullet")
        w.structure(text)  # checked as the activity and its verksamhet
        w.expected.activities.append(Activity(name, group=goal, verksamhet=unit))
    w.doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(w.doc.sections[-1], 1)


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål 2027–2029")
    w.para(
        "Nämnden har fyra mål för planperioden. Varje mål hör till ett av fullmäktiges mål. "
        "Till vänster står hur vi mäter målet, till höger vad vi gör."
    )
    for goal, kf, inds, acts in GOALS:
        _goal(w, goal, kf, inds, acts)


def _minus(amount: int) -> str:
    return sv(amount, minus="\u2212") if amount else "0"


def _economy(w: Writer) -> None:
    w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(w.doc.sections[-1], True)
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 74 200 tkr netto. Intäkterna kommer främst från entréer i "
        "simhallen, kursavgifter i kulturskolan och statliga bidrag."
    )
    title = "Driftbudget per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    head0 = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "", "", "Plan 2028"]
    head0.append("Plan 2029")
    head1 = ["", "Netto", "Netto", "Intäkter", "Kostnader", "Netto", "Netto", "Netto"]
    rows = [head0, head1]
    totals = [0] * 7
    for name, b25, b26, inc, cost, p28, p29 in DRIFT:
        amounts = [b25, b26, inc, cost, inc + cost, p28, p29]
        rows.append([name, *(_minus(a) for a in amounts)])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        net = dict(zip(KEYS, (b25, b26, inc + cost, p28, p29), strict=True))
        w.expected.budget.append(BudgetRow("drift", name, {k: D(v) for k, v in net.items()}))
    rows.append(["Summa nämnden", *(_minus(t) for t in totals)])
    w.totals(*rows[-1])
    w.structure("0")
    w.table(
        rows,
        header_rows=2,
        merges=[(0, 0, 1, 0), (0, 3, 0, 5)],
        widths=[5.6, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4],
    )


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Riskerna är bedömda på en fyrgradig skala för sannolikhet och konsekvens. Kontrollerna "
        "redovisas för nämnden i samband med verksamhetsberättelsen."
    )
    header = ["Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Kontrollmoment"]
    header += ["Ansvarig", "Frekvens"]
    rows = [header]
    merges = []
    previous = ""
    for process, risk, s, k, moment, who, often in CONTROLS:
        if process == previous:
            merges.append((len(rows) - 1, 0, len(rows), 0))
        rows.append(["" if process == previous else process, risk, s, k, moment, who, often])
        previous = process
        w.structure(s, k)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, merges=merges, widths=[3.2, 4.6, 2.4, 2.2, 5.2, 3.2, 2.6], size=8)


def _appendix(w: Writer) -> None:
    w.doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(w.doc.sections[-1], False)
    title = "Bilaga 1 Nyckeltal"
    w.heading(title, 1)
    w.structure(title)  # as in A and G: the appendix heading is the key-figure table's
    header = ["Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025"]
    rows = [
        ["Besök på biblioteken per invånare", "5,9", "6,1", "6,3"],
        ["Utlån per invånare", "5,2", "5,0", "5,1"],
        ["Besök i simhallen, antal", "131 800", "138 900", "142 300"],
        ["Deltagartillfällen i föreningar 7–20 år, antal", "96 400", "99 100", "101 700"],
        ["Nettokostnad kultur och fritid, kr per invånare", "3 120", "3 240", "3 310"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[8, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(title, k[0], dict(zip(header[1:], k[1:], strict=True))) for k in rows
    ]
    note = "Källa: Kolada och nämndens egen besöksstatistik."
    w.para(("i", note))
    w.expected.notes.append(TableNote(title, note))


def build_aa(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Norrtuna kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Sjöberg (L)",
        forvaltningschef="Mats Åberg",
        diarienummer="KFN 2026/88",
    )
    w = Writer("AA-kultur-fritid-två-spalter-liggande", front)
    _cover(w)
    _text(w)
    _goals(w)
    _economy(w)
    _control(w)
    _appendix(w)
    return w.save(path)
