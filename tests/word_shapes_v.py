"""Corpus document V: a samhällsbyggnadsnämnd's three-year plan whose Heading 1 chapters are
numbered with letters ("A. Inledning", "B. …") and whose sub-headings follow them ("D.1 …");
the goals as bold "Nämndmål 1:" paragraphs under "D.1 <målområde>" Heading 2s, each over an
indicator table "Indikator | Nuläge 2025 | Målvärde 2027 | Målvärde 2028 | Målvärde 2029"
with blank years; an "Uppdrag från kommunfullmäktige" table "Nr | Uppdrag | Ansvarig | Klart |
Status" and a separate "Nämndens egna uppdrag" table linked to the goals by number ("Nämndmål
2"); an economy in two parts, "Skattefinansierad verksamhet" (a driftbudget per verksamhet in
tkr) and "Taxefinansierad verksamhet" (a resultaträkning of VA and avfall by cost type with a
negative "Resultat" drawn from the fund), an investeringsbudget grouped by "Skattefinansierade"/
"Taxefinansierade investeringar" with subtotals, and internkontroll in a landscape section
"Process | Risk | Riskvärde | Kontrollmoment | Ansvarig | Frekvens" whose process cells are
merged down their rows.

Expected (what a perfect import gives): the front matter below; the chapters without their
letter (judgement: "A." is a section number as "1." is, so the chapter is "Inledning"); four
nämndmål with eleven indicators (nuläge 2025, targets per year, a blank cell no target); ten
activities: five uppdrag från KF with ansvarig, slutdatum and status, five of the nämnd's own
with ansvarig, slutdatum and their goal; seven driftbudget rows (Budget 2026, Budget 2027,
Plan 2028, Plan 2029), seven resultaträkning rows of the taxefinansierad verksamhet, eight
investments (subtotals and totals are structure), and eight controls with their process."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import Activity, BudgetRow, Control, Expected, Front, Goal, Indicator

YEARS = (2027, 2028, 2029)
KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]

GoalRow = tuple[str, list[tuple[str, str, D, tuple[D | str | None, ...]]]]
AREAS: list[tuple[str, list[GoalRow]]] = [
    ("D.1 Attraktiv och hållbar livsmiljö", [
        ("Det ska vara enkelt och tryggt att gå och cykla i hela kommunen.",
         [("Andel invånare som är nöjda med gång- och cykelvägar", "%", D(58),
           (D(62), D(65), D(68))),
          ("Nya eller förbättrade gång- och cykelvägar, km", "", D("3.4"), (D(4), D(4), D(5))),
          ("Andel gångpassager som är trafiksäkra enligt inventering", "%", D(47),
           (D(60), None, D(80)))]),
        ("Planberedskapen ska möta efterfrågan på bostäder och verksamhetsmark.",
         [("Antal bostäder i antagna detaljplaner", "", D(310), (D(350), D(350), D(400))),
          ("Hektar planlagd verksamhetsmark som är ledig", "", D(12), (D(20), D(20), D(25))),
          ("Genomsnittlig handläggningstid för detaljplan, månader", "", D(22),
           ("Högst 18", "Högst 18", "Högst 16"))]),
    ]),
    ("D.2 Effektiv och rättssäker service", [
        ("Sökande ska få beslut om bygglov snabbt och med god kvalitet.",
         [("Andel bygglov beslutade inom tio veckor", "%", D(89), (D(95), D(97), D(98))),
          ("Nöjd kund-index bygglov (SBA)", "", D(68), (D(72), D(74), D(75)))]),
        ("VA- och avfallsverksamheten ska vara robust och klimatsmart.",
         [("Debiterad mängd dricksvatten i förhållande till producerad mängd", "%", D(81),
           (D(84), D(86), D(88))),
          ("Hushållsavfall som samlas in för materialåtervinning, andel", "%", D("38.5"),
           (D(42), D(45), D(50))),
          ("Antal vattenläckor på huvudledningar", "", D(46), ("Minska", "Minska", "Minska"))]),
    ]),
]  # fmt: skip
GOALS = [goal for _, goals in AREAS for goal, _ in goals]

KF_UPPDRAG = [
    ("KF 1", "Ta fram en plan för laddinfrastruktur på kommunens parkeringar",
     "Trafikchef", "2027-06-30", dt.date(2027, 6, 30), "Pågår", "pagar"),
    ("KF 2", "Utreda en gemensam VA-organisation med grannkommunerna",
     "VA-chef", "2027-12-31", dt.date(2027, 12, 31), "Ej påbörjad", "ej_paborjad"),
    ("KF 3", "Revidera taxan för plan- och bygglov", "Bygglovschef", "2027-03-31",
     dt.date(2027, 3, 31), "Klart", "klart"),
    ("KF 4", "Införa matavfallsinsamling i hela kommunen", "Avfallschef", "2028-06-30",
     dt.date(2028, 6, 30), "Pågår", "pagar"),
    ("KF 5", "Ta fram en grönplan för tätorterna", "Planchef", "2028-12-31",
     dt.date(2028, 12, 31), "Ej påbörjad", "ej_paborjad"),
]  # fmt: skip

OWN = [
    ("Inventera och åtgärda otrygga gångpassager vid skolor", 1, "Trafikingenjör",
     "2027-10-31", dt.date(2027, 10, 31)),
    ("Införa en digital tidsbokning för förhandsbesked", 3, "Bygglovschef", "2027-04-30",
     dt.date(2027, 4, 30)),
    ("Ta fram ett program för verksamhetsmark vid Södra infarten", 2, "Planchef",
     "2027-12-31", dt.date(2027, 12, 31)),
    ("Läcksökning med akustisk loggning på huvudledningarna", 4, "VA-chef", "2027-09-30",
     dt.date(2027, 9, 30)),
    ("Kampanj för bättre sortering i flerbostadshus", 4, "Avfallschef", "2028-05-31",
     dt.date(2028, 5, 31)),
]  # fmt: skip

DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [6_850, 7_100, 7_250, 7_400]),
    ("Gator och vägar", [38_400, 39_900, 41_200, 42_000]),
    ("Parker och grönytor", [14_200, 14_650, 15_100, 15_400]),
    ("Fysisk planering", [9_300, 9_800, 10_050, 10_300]),
    ("Bygglov", [2_150, 1_900, 1_850, 1_800]),
    ("Miljö- och hälsoskydd", [7_600, 7_950, 8_150, 8_300]),
    ("Kart och mät", [3_900, 4_050, 4_150, 4_250]),
]

TAXE: list[tuple[str, list[int | None]]] = [
    ("Brukningsavgifter VA", [68_200, 71_500, 74_800, 78_100]),
    ("Avfallsavgifter", [41_300, 43_100, 44_900, 46_600]),
    ("Personalkostnader", [-24_600, -25_800, -26_700, -27_600]),
    ("Entreprenader och köpta tjänster", [-42_900, -44_300, -45_600, -46_900]),
    ("Kapitalkostnader", [-21_800, -24_100, -26_300, -28_200]),
    ("Energi och kemikalier", [-9_400, -9_900, -10_200, -10_500]),
    ("Övriga kostnader", [-11_600, -11_900, -12_100, -12_400]),
]

INV_YEARS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
INVESTMENTS: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("Skattefinansierade investeringar", [
        ("Gång- och cykelväg Åsvägen", [6_500, 2_000, 0]),
        ("Beläggningsunderhåll gator", [8_000, 8_000, 8_500]),
        ("Upprustning av Stadsparken", [1_500, 3_500, 1_000]),
        ("Trafiksäkerhetsåtgärder vid skolor", [1_200, 1_200, 1_200]),
    ]),
    ("Taxefinansierade investeringar", [
        ("Reservvattentäkt Norrby", [4_000, 18_000, 22_000]),
        ("Ledningsförnyelse vatten och spillvatten", [12_000, 12_500, 13_000]),
        ("Utbyggnad av avloppsreningsverket", [2_500, 15_000, 30_000]),
        ("Återvinningscentral, ny entré och våg", [3_200, 0, 0]),
    ]),
]  # fmt: skip

CONTROLS: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("Upphandling och inköp", [
        ("Inköp görs utanför avtal", "9", "Stickprov på leverantörsfakturor mot avtalskatalogen",
         "Ekonom", "Tertialvis"),
        ("Entreprenader faktureras utöver avtalade mängder", "8",
         "Avstämning av slutfakturor mot mängdförteckning", "Projektledare",
         "Vid varje slutbesiktning"),
    ]),
    ("Myndighetsutövning", [
        ("Bygglov beslutas utan fullständigt underlag", "8",
         "Granskning av tio slumpvis valda bygglovsbeslut", "Bygglovschef", "Halvårsvis"),
        ("Jäv vid inspektioner", "6", "Genomgång av jävsdeklarationer för inspektörerna",
         "Miljöchef", "Årligen"),
        ("Tillsynsavgifter debiteras inte", "9",
         "Avstämning av utförd tillsyn mot fakturerade avgifter", "Miljöchef", "Kvartalsvis"),
    ]),
    ("VA och avfall", [
        ("Dricksvattnet uppfyller inte kvalitetskraven", "8",
         "Uppföljning av provtagningsresultat enligt kontrollprogrammet", "VA-chef",
         "Månadsvis"),
        ("Brukningsavgifter faktureras fel", "9",
         "Kontroll av mätarbyten och avläsningar mot faktureringssystemet", "VA-ekonom",
         "Kvartalsvis"),
        ("Farligt avfall hanteras felaktigt på återvinningscentralen", "6",
         "Egenkontroll av märkning och förvaring", "Avfallschef", "Kvartalsvis"),
    ]),
]  # fmt: skip


def _chapter(w: Writer, letter: str, name: str) -> None:
    # Judgement: the letter is the chapter's section number; the chapter is its name.
    w.expected.chapters.append(name)
    w.heading(f"{letter}. {name}", 1)


def _cover(w: Writer) -> None:
    w.cover("Norrvalla kommun", size=14)
    w.cover("Samhällsbyggnadsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=22, bold=True)
    w.para("")
    w.cover("Fastställd av samhällsbyggnadsnämnden 2026-11-19, § 201")
    w.cover("Diarienummer: SBN 2026/412")
    w.cover("Ordförande: Karin Lund (S)")
    w.cover("Samhällsbyggnadschef: Jonas Ek")
    w.page_break()


def _text(w: Writer) -> None:
    _chapter(w, "A", "Inledning")
    w.para(
        "Samhällsbyggnadsnämnden planerar, bygger och sköter den fysiska miljön i Norrvalla. "
        "Planen beskriver vad nämnden vill uppnå under 2027–2029, vilka uppdrag som ska "
        "genomföras och hur ekonomin ser ut för den skattefinansierade och den "
        "taxefinansierade verksamheten."
    )
    _chapter(w, "B", "Nämndens ansvar och organisation")
    w.para(
        "Nämnden ansvarar för gator, parker, fysisk planering, bygglov, miljö- och "
        "hälsoskydd, kart och mät samt vatten, avlopp och avfall. Förvaltningen har omkring "
        "140 medarbetare i fyra avdelningar."
    )
    w.bullets("Planavdelningen", "Bygg- och miljöavdelningen", "Gatu- och parkavdelningen",
              "VA- och avfallsavdelningen")  # fmt: skip
    _chapter(w, "C", "Omvärld och förutsättningar")
    w.heading("C.1 Befolkning och bostadsbyggande", 2)
    w.para(
        "Befolkningen har ökat med drygt 300 personer per år. Efterfrågan på småhustomter är "
        "fortsatt stor medan byggandet av flerbostadshus har mattats av."
    )
    w.heading("C.2 Klimatanpassning", 2)
    w.para(
        "Skyfall och höga flöden ställer nya krav på dagvattenhanteringen. Kommunens "
        "skyfallskartering visar ett tjugotal lågpunkter i centralorten."
    )


def _goals(w: Writer) -> None:
    _chapter(w, "D", "Mål och indikatorer")
    w.para(
        "Nämndens mål bidrar till fullmäktiges två målområden. Under varje nämndmål visas de "
        "indikatorer som målet följs upp med; en tom ruta betyder att värdet inte mäts det året."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)  # the målområde: no goal of the nämnd's, no chapter
        for goal, inds in goals:
            number += 1
            w.para(("b", f"Nämndmål {number}: "), ("b", goal))
            w.expected.goals.append(Goal(goal, "namnd"))
            header = ["Indikator", "Nuläge 2025", *(f"Målvärde {y}" for y in YEARS)]
            rows = [header]
            for name, unit, base, targets in inds:
                rows.append([name, cell_text(base, unit), *(cell_text(t, unit) for t in targets)])
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            w.table(rows, widths=[7.6, 2.1, 2.1, 2.1, 2.1])
            w.para("")


def _uppdrag(w: Writer) -> None:
    _chapter(w, "E", "Uppdrag")
    w.heading("E.1 Uppdrag från kommunfullmäktige", 2)
    w.structure("E.1 Uppdrag från kommunfullmäktige")
    w.para("Fullmäktige har i budgeten och under året gett nämnden följande uppdrag.")
    rows = [["Nr", "Uppdrag", "Ansvarig", "Klart", "Status"]]
    for nr, name, who, when, day, shown, status in KF_UPPDRAG:
        rows.append([nr, name, who, when, shown])
        w.structure(nr)
        # Judgement (as in J): an uppdrag is an activity; its status is the plan's status.
        w.expected.activities.append(Activity(name, who, day, status=status))
    w.table(rows, widths=[1.2, 7.4, 2.8, 2.2, 2.4])
    w.heading("E.2 Nämndens egna uppdrag", 2)
    w.structure("E.2 Nämndens egna uppdrag")
    w.para("Nämnden ger förvaltningen följande uppdrag för att nå nämndmålen.")
    rows = [["Uppdrag", "Kopplat till", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in OWN:
        rows.append([name, f"Nämndmål {goal}", who, when])
        w.structure(f"Nämndmål {goal}")
        w.expected.activities.append(Activity(name, who, day, group=GOALS[goal - 1]))
    w.table(rows, widths=[8.2, 2.6, 3.2, 2.2])


def _economy(w: Writer) -> None:
    _chapter(w, "F", "Ekonomi")
    w.para(
        "Nämndens verksamhet finansieras dels med skattemedel genom kommunbidrag, dels med "
        "taxor och avgifter. Den taxefinansierade verksamheten ska över tid bära sina egna "
        "kostnader; underskott 2026–2029 täcks av det VA-fonderade överskottet."
    )
    w.heading("F.1 Skattefinansierad verksamhet", 2)
    w.structure("F.1 Skattefinansierad verksamhet")
    w.para("Nettokostnad per verksamhet, tkr.")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa skattefinansierad verksamhet")
    w.table([header, *body], widths=[6.4, 2.4, 2.4, 2.4, 2.4])
    w.para("")
    w.heading("F.2 Taxefinansierad verksamhet", 2)
    w.structure("F.2 Taxefinansierad verksamhet")
    w.para("Resultaträkning för vatten och avlopp samt avfall, tkr. Kostnader är negativa.")
    header = ["Resultaträkning VA och avfall", "Budget 2026", "Budget 2027", "Plan 2028"]
    header.append("Plan 2029")
    body = budget_rows(w, "resultat", KEYS, TAXE, "Resultat")
    w.table([header, *body], widths=[6.4, 2.4, 2.4, 2.4, 2.4])
    w.para("")
    w.heading("F.3 Investeringar", 2)
    w.structure("F.3 Investeringar")
    w.para("Investeringsbudget, tkr.")
    rows = [["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]]
    w.structure(*rows[0])
    everything = [0, 0, 0]
    for group, projects in INVESTMENTS:
        rows.append([group, "", "", ""])
        w.structure(group)
        for name, amounts in projects:
            rows.append([name, *(sv(a) for a in amounts)])
            given = {k: D(a) for k, a in zip(INV_YEARS, amounts, strict=True)}
            w.expected.budget.append(BudgetRow("investering", name, given))
        sums = [sum(a[i] for _, a in projects) for i in range(3)]
        everything = [e + s for e, s in zip(everything, sums, strict=True)]
        rows.append([f"Summa {group.lower()}", *(sv(s) for s in sums)])
        w.totals(*rows[-1])
    rows.append(["Summa investeringar", *(sv(s) for s in everything)])
    w.totals(*rows[-1])
    w.table(rows, widths=[8.4, 2.6, 2.6, 2.6])


def _control(w: Writer) -> None:
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    _chapter(w, "G", "Intern kontroll")
    w.para(
        "Internkontrollplanen för 2027 bygger på förvaltningens riskanalys, där sannolikhet "
        "och konsekvens bedöms på en skala 1–4."
    )
    header = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [header]
    merges = []
    for process, items in CONTROLS:
        first = len(rows)
        for risk, value, moment, who, often in items:
            rows.append([process if len(rows) == first else "", risk, value, moment, who, often])
            w.expected.controls.append(Control(moment, process))
        merges.append((first, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[3.6, 5.4, 1.8, 7.2, 3.2, 3.2])


def build_v(path: Path) -> Expected:
    front = Front(
        namnd="Samhällsbyggnadsnämnden",
        kommun="Norrvalla kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Karin Lund (S)",
        forvaltningschef="Jonas Ek",
        diarienummer="SBN 2026/412",
    )
    w = Writer("V-samhällsbyggnad-bokstavsrubriker", front)
    _cover(w)
    _text(w)
    _goals(w)
    _uppdrag(w)
    _economy(w)
    _control(w)
    return w.save(path)
