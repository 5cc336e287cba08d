"""Corpus document DB: a socialnämnd's plan written by several authors, each verksamhet's
section in its own convention. Individ- och familjeomsorg writes its goals as Heading 3s over
indicator tables "Indikator | Utgångsläge 2025 | Målvärde 2027 | 2028 | 2029" (one blank
target); Stöd och service writes bold goal lines with a "Så här mäter vi:" label and bulleted
indicators carrying their figures in parentheses "(2025: 64 %, mål 2027: 70 %)" (one from
2024, one new without a baseline); Arbetsmarknad writes a summary table "Mål | Indikator |
Nuläge | Målvärde" with the goal merged down over its indicators, the years given in a
sentence above it (one baseline "48 % (2024)"). Activities are a table with a Verksamhet
column; the driftbudget in tkr has its verksamheter as group rows merged across the table
with their parts under them and a "Summa …" subtotal after each group; key figures with a
source note; internkontroll with the process as a row merged across above its controls. A
page header and footer repeat the nämnd and the diarienummer.

Expected (what a perfect import gives): the front matter from the cover lines; the Heading 1
chapters; seven nämndsmål with seventeen indicators (nuläge 2025 or 2024, targets per year,
unit "%" where written); nine activities with verksamhet, ansvarig and slutdatum (none for
"Löpande"); ten driftbudget rows (bokslut 2025, budget 2026–2027, plan 2028–2029) under their
own names, the group rows, subtotals and the total being structure; five key-figure rows and
their note; six controls with their process. The verksamhet Heading 2s in the goal chapter,
the "Så här mäter vi:" labels and the cover's labels are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, cell_text, sv
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

IFO = "Individ- och familjeomsorg"
LSS = "Stöd och service till personer med funktionsnedsättning"
AME = "Arbetsmarknad och integration"

# Individ- och familjeomsorg: goal → (indicator, unit, nuläge 2025, targets 2027–2029).
IFO_GOALS: list[tuple[str, list[tuple[str, str, Val, list[Val | None]]]]] = [
    ("Barn och unga som behöver stöd får det tidigt och nära hemmet", [
        ("Andel barn och unga med avslutad öppenvårdsinsats som inte återaktualiseras inom "
         "ett år", "%", D(76), [D(78), D(80), D(82)]),
        ("Antal barn och unga placerade på HVB, genomsnitt per månad", "", D(9),
         [D(8), D(7), D(7)]),
        ("Handläggningstid för utredningar om barn och unga, dagar (median)", "", D(112),
         [D(100), D(95), D(90)]),
    ]),
    ("Personer med missbruk eller beroende får ett samordnat stöd", [
        ("Andel brukare med insatser från både kommun och region som har en SIP", "%", D(41),
         [D(55), D(65), D(70)]),
        ("Andel vuxna med missbruk som inte återaktualiserats ett år efter avslutad insats",
         "%", D("73.5"), [D(75), D(77), None]),
    ]),
    ("Den som utsatts för våld i en nära relation upptäcks och får skydd och stöd", [
        ("Antal medarbetare som gått grundutbildning om våld i nära relationer", "", D(164),
         [D(210), D(250), D(280)]),
        ("Andel utredningar där en FREDA-bedömning har gjorts", "%", D(68),
         [D(90), D(95), D(95)]),
    ]),
]  # fmt: skip

# Stöd och service: goal → (indicator, unit, nuläge year, nuläge, targets).
LSS_GOALS: list[tuple[str, list[tuple[str, str, int | None, Val | None, dict[int, Val]]]]] = [
    ("Personer med funktionsnedsättning har inflytande över sitt eget stöd", [
        ("Andel brukare i gruppbostad som upplever att de får bestämma om saker som är "
         "viktiga för dem", "%", 2025, D(64), {2027: D(70)}),
        ("Andel genomförandeplaner som följts upp inom sex månader", "%", 2025, D(71),
         {2027: D(90), 2029: D(95)}),
    ]),
    ("Fler deltagare i daglig verksamhet tar steg mot arbete eller studier", [
        ("Antal deltagare med praktikplats eller lönebidragsanställning", "", 2025, D(11),
         {2027: D(15)}),
        ("Andel deltagare med en aktuell stegförflyttningsplan", "%", 2024, D(38),
         {2027: D(60), 2028: D(75)}),
        ("Antal nya platser i daglig verksamhet i Östra Norrvik", "", None, None,
         {2027: D(8)}),
    ]),
]  # fmt: skip

# Arbetsmarknad: goal → (indicator, unit, nuläge year, nuläge, nuläge cell, target 2027).
AME_GOALS: list[tuple[str, list[tuple[str, str, int, Val, str, Val]]]] = [
    ("Fler hushåll med ekonomiskt bistånd blir självförsörjande", [
        ("Andel hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", "%", 2025, D(36),
         "36 %", D(30)),
        ("Andel avslutade ärenden där orsaken är arbete eller studier", "%", 2025, D(42),
         "42 %", D(50)),
        ("Genomsnittlig tid med ekonomiskt bistånd, månader", "", 2025, D("6.8"), "6,8",
         D("6.0")),
    ]),
    ("Nyanlända kommer snabbare i arbete eller studier", [
        ("Andel deltagare i arbete eller studier 90 dagar efter avslutat etableringsprogram",
         "%", 2024, D(48), "48 % (2024)", D(55)),
        ("Antal språkpraktikplatser i kommunens egna verksamheter", "", 2025, D(23), "23",
         D(35)),
    ]),
]  # fmt: skip

ACTIVITIES: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Öppenvårdsteamet startar föräldraskapsstöd enligt ABC i alla skolområden", IFO,
     "Enhetschef barn och unga", "2027-06-30", dt.date(2027, 6, 30)),
    ("Införa strukturerad bedömningsmetod (BBIC) i alla barnutredningar", IFO,
     "Enhetschef barn och unga", "december 2027", dt.date(2027, 12, 31)),
    ("Gemensam mottagning för missbruk och psykisk ohälsa med regionen", IFO,
     "Verksamhetschef IFO", "2027-09-30", dt.date(2027, 9, 30)),
    ("Utbildning om våld i nära relationer för all personal i hemtjänst och LSS", IFO,
     "Samordnare våld i nära relationer", "Löpande", None),
    ("Brukarråd startas i varje gruppbostad", LSS, "Verksamhetschef LSS", "april 2027",
     dt.date(2027, 4, 30)),
    ("Ny daglig verksamhet med inriktning mot service och café öppnar i Östra Norrvik", LSS,
     "Enhetschef daglig verksamhet", "2027-08-15", dt.date(2027, 8, 15)),
    ("Digital genomförandeplan införs i verksamhetssystemet", LSS, "Systemförvaltare",
     "2027-03-31", dt.date(2027, 3, 31)),
    ("Jobbspår inom vård och omsorg tillsammans med vuxenutbildningen", AME,
     "Enhetschef arbetsmarknadsenheten", "december 2027", dt.date(2027, 12, 31)),
    ("Alla hushåll med bistånd längre än sex månader får en planering mot egen försörjning",
     AME, "Enhetschef försörjningsstöd", "2027-05-31", dt.date(2027, 5, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("", [("Nämnd och förvaltningsgemensamt", [6420, 6610, 6850, 6980, 7110])]),
    (IFO, [
        ("Barn och unga", [48310, 46900, 47800, 48700, 49600]),
        ("Vuxna, missbruk och beroende", [14230, 14500, 14950, 15250, 15550]),
        ("Ekonomiskt bistånd", [31870, 29400, 30200, 30200, 30200]),
        ("Familjerätt och familjerådgivning", [2140, 2210, 2280, 2330, 2380]),
    ]),
    (LSS, [
        ("Bostad med särskild service", [62480, 64100, 66900, 68300, 69700]),
        ("Daglig verksamhet", [21760, 22300, 23400, 23900, 24400]),
        ("Personlig assistans", [18950, 19800, 20300, 20700, 21100]),
    ]),
    (AME, [
        ("Arbetsmarknadsenheten", [9840, 10200, 10500, 10700, 10900]),
        ("Flyktingmottagning", [1260, 1500, 1100, 900, 900]),
    ]),
]  # fmt: skip

KEY_TITLE = "Nyckeltal för socialtjänsten"
KEY_ROWS = [
    ["Kostnad för individ- och familjeomsorg, kr/invånare", "5 212", "5 486", "5 731"],
    ["Kostnad för ekonomiskt bistånd, kr/invånare", "1 164", "1 098", "1 021"],
    ["Andel invånare med ekonomiskt bistånd, %", "4,1", "3,9", "3,7"],
    ["Antal orosanmälningar om barn och unga", "612", "688", "731"],
    ["Antal personer med beslut om insats enligt LSS", "214", "221", "229"],
]
KEY_NOTE = "Källa: Kolada och socialförvaltningens verksamhetssystem. Kostnader i löpande priser."

CONTROLS = [
    ("Handläggning av ekonomiskt bistånd", [
        ("Att utbetalningar av ekonomiskt bistånd har ett beslut som attesterats",
         "Stickprov 20 utbetalningar", "Enhetschef försörjningsstöd", "Varje kvartal"),
        ("Att kontroll mot Försäkringskassan görs innan bistånd beviljas",
         "Stickprov 15 akter", "Enhetschef försörjningsstöd", "Två gånger per år"),
    ]),
    ("Barn och unga", [
        ("Att förhandsbedömning görs inom 14 dagar efter inkommen anmälan",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Varje månad"),
        ("Att placerade barn har en utsedd socialsekreterare och besöks enligt plan",
         "Genomgång av samtliga placeringar", "Verksamhetschef IFO", "En gång per år"),
    ]),
    ("Verkställighet enligt LSS", [
        ("Att gynnande beslut verkställs inom tre månader eller rapporteras till IVO",
         "Uttag ur verksamhetssystemet", "Verksamhetschef LSS", "Varje kvartal"),
        ("Att brukarnas privata medel hanteras enligt rutin", "Stickprov i fem gruppbostäder",
         "Enhetschef bostad med särskild service", "Två gånger per år"),
    ]),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Norrvikens kommun", size=14, bold=True)
    w.cover("Socialnämnden", size=14)
    for _ in range(4):
        w.para("")
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.para("")
    w.cover("Fastställd av socialnämnden 2026-11-19, § 142")
    w.cover("Diarienummer: SN 2026/214")
    w.para("")
    w.cover("Ordförande: Anna-Karin Selander (S)")
    w.cover("Socialchef: Tomas Häggström")
    w.page_break()
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Socialnämnden | VP 2027–2029"
    section.footer.paragraphs[0].text = "Norrvikens kommun · Dnr SN 2026/214"
    w.expected.absent += ["Socialnämnden | VP 2027–2029", "Norrvikens kommun · Dnr SN 2026/214"]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Socialnämnden ansvarar för individ- och familjeomsorg, stöd och service till personer "
        "med funktionsnedsättning samt arbetsmarknad och integration. Verksamhetsplanen visar "
        "hur nämnden under 2027–2029 arbetar mot kommunfullmäktiges mål och hur budgeten "
        "fördelas mellan verksamheterna.",
        "Planen har tagits fram av verksamheternas chefer tillsammans med förvaltningens "
        "ledningsgrupp. Varje verksamhet har beskrivit sina mål på sitt eget sätt, men alla "
        "mål följs upp i delårsrapporten och i årsredovisningen.",
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Antalet orosanmälningar om barn har ökat tre år i rad, och allt fler ärenden gäller "
        "våld i nära relationer. Samtidigt har kostnaderna för placeringar på HVB minskat sedan "
        "öppenvården byggdes ut 2024.",
        "Andelen invånare med ekonomiskt bistånd sjunker, men de som har bistånd har det allt "
        "längre. Arbetslösheten bland utrikes födda är fortfarande mer än dubbelt så hög som "
        "bland inrikes födda.",
        "Inom LSS ökar behovet av bostad med särskild service. Två nya gruppbostäder behövs "
        "under planperioden, och kompetensförsörjningen är nämndens största risk.",
    )


def _ifo(w: Writer) -> None:
    w.heading(IFO, 2)
    w.structure(IFO)
    w.para(
        "Individ- och familjeomsorgen ska ge stöd tidigt och i så öppna former som möjligt. "
        "Under varje mål redovisas indikatorerna med utgångsläge och målvärden per år."
    )
    header = ["Indikator", "Utgångsläge 2025", "Målvärde 2027", "Målvärde 2028", "2029"]
    for goal, inds in IFO_GOALS:
        w.heading(goal, 3)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, base, targets in inds:
            rows.append([name, cell_text(base, unit), *(cell_text(t, unit) for t in targets)])
            given = {y: t for y, t in zip((2027, 2028, 2029), targets, strict=True) if t}
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
        w.table(rows, widths=[7.6, 2.4, 2.3, 2.3, 2.0])
        w.para("")


def _lss(w: Writer) -> None:
    w.heading(LSS, 2)
    w.structure(LSS)
    w.para(
        "Verksamheten har två mål för perioden. Siffrorna inom parentes visar senaste "
        "mätningen och det målvärde vi strävar mot."
    )
    for n, (goal, inds) in enumerate(LSS_GOALS):
        w.para(("b", goal + ("." if n else "")))
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para("Så här mäter vi:")
        w.structure("Så här mäter vi:")
        for name, unit, year, base, targets in inds:
            parts = [f"{year}: {cell_text(base, unit)}" if year else "nytt mått"]
            parts += [f"mål {y}: {sv(t, unit)}" for y, t in targets.items() if isinstance(t, D)]
            w.bullets(f"{name} ({', '.join(parts)})")
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))


def _ame(w: Writer) -> None:
    w.heading(AME, 2)
    w.structure(AME)
    w.para(
        "Målen för arbetsmarknad och integration sammanfattas i tabellen. Nuläget avser 2025 "
        "och målvärdet avser 2027 om inget annat anges."
    )
    rows = [["Mål", "Indikator", "Nuläge", "Målvärde"]]
    merges = []
    for goal, inds in AME_GOALS:
        w.expected.goals.append(Goal(goal, "namnd"))
        merges.append((len(rows), 0, len(rows) + len(inds) - 1, 0))
        for n, (name, unit, year, base, shown, target) in enumerate(inds):
            rows.append([goal if not n else "", name, shown, sv(D(target), unit)])
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, {2027: target}))
    w.table(rows, merges=merges, widths=[4.6, 7.4, 2.4, 2.2])


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och indikatorer")
    w.para(
        "Nämndens mål bryter ner kommunfullmäktiges mål för trygghet, hälsa och egen "
        "försörjning. Avsnitten nedan är skrivna av respektive verksamhet."
    )
    _ifo(w)
    _lss(w)
    _ame(w)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Följande aktiviteter genomförs under 2027 för att nå målen.")
    rows = [["Aktivitet", "Verksamhet", "Ansvarig", "Klart"]]
    for name, unit, who, when, day in ACTIVITIES:
        rows.append([name, unit, who, when])
        w.expected.activities.append(Activity(name, who, day, verksamhet=unit))
    w.table(rows, widths=[7.4, 3.6, 3.6, 2.2])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 ökar med 5,9 miljoner kronor jämfört med 2026. Ökningen avser "
        "främst löner och en ny gruppbostad. Ekonomiskt bistånd budgeteras på 2026 års nivå "
        "trots att kostnaderna minskar, eftersom arbetsmarknaden är osäker."
    )
    w.para(("b", "Driftbudget per verksamhet, netto (tkr)"))
    w.structure("Driftbudget per verksamhet, netto (tkr)")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    rows, merges, bold = [header], [], []
    totals = [0] * len(KEYS)
    for group, parts in DRIFT:
        if group:
            merges.append((len(rows), 0, len(rows), len(header) - 1))
            bold.append(len(rows))
            rows.append([group] + [""] * (len(header) - 1))
            w.structure(group)
        for name, amounts in parts:
            rows.append([name, *(sv(a) for a in amounts)])
            given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
            w.expected.budget.append(BudgetRow("drift", name, given))
            totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        if group:
            sums = [sv(sum(a[i] for _, a in parts)) for i in range(len(KEYS))]
            bold.append(len(rows))
            rows.append([f"Summa {group.lower()}", *sums])
            w.totals(rows[-1][0], *sums)
    bold.append(len(rows))
    rows.append(["Socialnämnden totalt", *(sv(t) for t in totals)])
    w.totals(*rows[-1])
    table = w.table(rows, merges=merges, widths=[6.0, 2.1, 2.1, 2.1, 2.1, 2.1])
    for r in bold:
        for cell in table.rows[r].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Tabellen visar utvecklingen de senaste tre åren.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    header = ["Nyckeltal", "2023", "2024", "2025"]
    w.table([header, *KEY_ROWS], keep_headers=True, widths=[9.0, 2.4, 2.4, 2.4])
    for row in KEY_ROWS:
        values = dict(zip(header[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], values))
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från september 2026. "
        "Resultatet rapporteras till nämnden i augusti och i februari."
    )
    header = ["Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]
    rows, merges = [header], []
    for process, items in CONTROLS:
        merges.append((len(rows), 0, len(rows), len(header) - 1))
        rows.append([process, "", "", ""])
        for moment, method, who, when in items:
            rows.append([moment, method, who, when])
            w.expected.controls.append(Control(moment, process))
    table = w.table(rows, merges=merges, widths=[7.0, 3.8, 3.8, 2.4])
    for r, *_ in merges:
        table.rows[r].cells[0].paragraphs[0].runs[0].bold = True


def build_db(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Norrvikens kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Anna-Karin Selander (S)",
        forvaltningschef="Tomas Häggström",
        diarienummer="SN 2026/214",
    )
    w = Writer("DB-socialnämnd-flera-författare", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
