"""Corpus document BW: a socialnämnd's verksamhetsberättelse 2025 in the kommun's follow-up
template, as a secretary imports it to start next year's plan from: KF's målområden as
Heading 2 over "Nämndmål n: …" Heading 3s, each followed by a line of a coloured "●" (green,
yellow, red, grey; once with a tab after it) and a bold "Bedömning: Målet är uppfyllt / delvis
uppfyllt / inte uppfyllt / Målet kan inte bedömas", an indicator table "Indikator | Utfall 2023
| Utfall 2024 | Utfall 2025 | Målvärde 2025 | Kommentar" ("–" where not measured, targets
"Minst 85 %", "Högst 12", "Minska") and a bold "Analys" label over prose; one activity table
grouped by shaded full-width "Nämndmål n: …" rows with "Planerat klart" ("juni 2025", "Q3
2025", "2025-09-30", "2025") and "Status 31 dec" ("Genomförd", "Pågår", "Ej påbörjad",
"Skjuten till 2026"); a driftredovisning with "Nettokostnad, tkr" merged over "Budget 2025 |
Utfall 2025 | Avvikelse" and a Kommentar column, an investment follow-up "Projekt | Budget 2025
| Utfall 2025 | Avvikelse | Status", verksamhetsmått and personnel key figures over three years
with an "Anm." line, and the internal control's results "Kontrollmoment | Resultat | Åtgärd"
whose first cell holds the process in bold over the control.

Expected (what a careful reader enters): the front matter from the cover (one year, 2025);
nine chapters; five nämndmål without their labels, each with its assessment ("kan inte
bedömas" is ej_bedomd); twelve indicators with outcomes 2023–2025 as printed ("–" none) and
the 2025 target; ten activities with ansvarig, slutdatum and their goal, their statuses in the
follow-up ("Skjuten till 2026" is senarelagd, as AU's "Skjuts upp"); eight driftbudget rows by
(budget, 2025) and (utfall, 2025); four investments by their 2025 budget; ten key-figure rows
and the personnel table's note; five controls with their process. The målområde headings, goal
labels, "Bedömning" lines, "Analys" labels, group rows, deviations and totals are structure; the
page header is not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
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

DOT = "●"
GRADES = {
    "Målet är uppfyllt": ("uppfyllt", "00B050"),
    "Målet är delvis uppfyllt": ("delvis", "FFC000"),
    "Målet är inte uppfyllt": ("ej_uppfyllt", "FF0000"),
    # Judgement: a goal the nämnd could not assess is assessed "ej bedömd", not left out.
    "Målet kan inte bedömas": ("ej_bedomd", "A6A6A6"),
}
STATUSES = {
    "Genomförd": "klar",
    "Pågår": "pagar",
    "Ej påbörjad": "ej_paborjad",
    # Judgement (as AU's "Skjuts upp till 2027"): postponed is "senarelagd", not cancelled.
    "Skjuten till 2026": "senarelagd",
}
YEARS = (2023, 2024, 2025)
HEADER = "Rödberga kommun  |  Socialnämnden  |  Verksamhetsberättelse 2025"

Ind = tuple[str, str, tuple[Val | None, Val | None, Val | None], Val, str]
"""An indicator: name, unit, utfall 2023–2025 (None: not measured, printed "–"), målvärde
2025, kommentar."""

AREAS: list[tuple[str, list[tuple[str, str, list[Ind], list[str]]]]] = [
    ("Målområde: Trygg och jämlik uppväxt", [
        (
            "Barn och unga som far illa får rätt stöd i tid.",
            "Målet är delvis uppfyllt",
            [
                ("Barnavårdsutredningar avslutade inom 120 dagar, andel", "%",
                 (D(71), D(68), D(79)), "Minst 85 %", "Källa: verksamhetssystemet"),
                ("Barn och unga som inte återaktualiserats ett år efter avslutad insats, andel",
                 "%", (D(78), D(81), D(83)), D(80), "Källa: Kolada"),
                ("Barn och unga placerade i HVB, antal 31/12", "", (D(14), D(17), D(12)),
                 "Högst 12", "Fler placeras i familjehem och öppenvård."),
            ],
            [
                "Utredningstiderna har blivit kortare sedan två vakanta tjänster tillsattes i "
                "mars, men målet om 85 procent nås inte. Under hösten låg andelen på 84 procent.",
                "Öppenvårdsteamet har gjort att färre barn placeras på institution. Antalet "
                "HVB-placeringar vid årets slut är det lägsta sedan 2021.",
            ],
        ),
        (
            "Fler vuxna med ekonomiskt bistånd går till arbete eller studier.",
            "Målet är inte uppfyllt",
            [
                ("Avslutade ärenden med ekonomiskt bistånd som gått till arbete eller studier, "
                 "andel", "%", (D(36), D(34), D(29)), D(40), ""),
                ("Hushåll med långvarigt ekonomiskt bistånd (10–12 månader), antal", "",
                 (D(142), D(151), D(173)), "Minska", "Genomsnitt per månad"),
            ],
            [
                "Arbetslösheten i kommunen steg under året och det blev svårare för personer "
                "som stått länge utanför arbetsmarknaden att få anställning. Fler hushåll har "
                "fått bistånd under lång tid.",
            ],
        ),
    ]),
    ("Målområde: Delaktighet och inflytande", [
        (
            "Personer med funktionsnedsättning har inflytande över sin vardag.",
            "Målet är uppfyllt",
            [
                ("Brukare i LSS-bostad som trivs i sitt hem, andel", "%", (D(88), None, D(91)),
                 "Minst 88 %", "Brukarundersökningen görs vartannat år."),
                ("Brukare i daglig verksamhet som får bestämma om saker som är viktiga för dem, "
                 "andel", "%", (D(79), D(80), D(84)), D(82), ""),
            ],
            [
                "Brukarråden i boendena har kommit i gång och resultaten i brukarundersökningen "
                "är de bästa hittills. Bildstöd används nu i alla dagliga verksamheter.",
            ],
        ),
        (
            "Den enskilde upplever ett gott bemötande från socialtjänsten.",
            "Målet kan inte bedömas",
            [
                ("Nöjda med bemötandet vid kontakt med socialtjänsten, andel", "%",
                 (D(82), D(84), None), D(85), "Enkäten ställdes in 2025."),
                ("E-post som besvaras inom två arbetsdagar, andel", "%", (None, D(91), D(88)),
                 D(90), "Mäts sedan 2024"),
            ],
            [
                "Brukarenkäten kunde inte genomföras när verksamhetssystemet byttes och det "
                "enda måttet som finns kvar räcker inte för att bedöma målet. Svarstiderna på "
                "e-post blev något längre under hösten.",
            ],
        ),
    ]),
    ("Målområde: Attraktiv arbetsgivare", [
        (
            "Socialnämnden behåller och utvecklar sina medarbetare.",
            "Målet är delvis uppfyllt",
            [
                ("Sjukfrånvaro bland medarbetarna", "%", (D("9.1"), D("8.6"), D("7.9")),
                 "Högst 7,5 %", "Januari–november 2025"),
                ("Personalomsättning bland socialsekreterare", "%", (D(24), D(21), D(17)),
                 "Högst 15 %", ""),
                ("Hållbart medarbetarengagemang (HME), index", "", (D(76), D(77), D(79)), D(78),
                 "Medarbetarenkäten i oktober"),
            ],
            [
                "Sjukfrånvaron och personalomsättningen minskar för andra året i rad men når "
                "inte målvärdena. Introduktionsprogrammet för nya socialsekreterare får goda "
                "omdömen och fler stannar efter det första året.",
            ],
        ),
    ]),
]  # fmt: skip

Act = tuple[str, str, str, dt.date, str, str]
"""An activity: name, ansvarig, planerat klart as printed and as a date, status, kommentar."""

# Judgement (as in K): "juni 2025" and "2025" end on the last day of that month or year, "Q3
# 2025" on the last day of the quarter.
ACTIVITIES: list[list[Act]] = [
    [
        ("Gemensam metod för riskbedömning i barnavårdsutredningar",
         "Enhetschef barn och unga", "juni 2025", dt.date(2025, 6, 30), "Genomförd", ""),
        ("Öppenvårdsteam för familjer som alternativ till placering",
         "Enhetschef öppenvård", "Q3 2025", dt.date(2025, 9, 30), "Genomförd",
         "Teamet startade i september med fyra behandlare."),
        ("Samverkansavtal med skolan om tidiga insatser", "Socialchef", "december 2025",
         dt.date(2025, 12, 31), "Pågår", "Avtalet undertecknas i mars 2026."),
    ],
    [
        ("Jobbspår för unga vuxna tillsammans med arbetsmarknadsenheten",
         "Enhetschef ekonomiskt bistånd", "2025-09-30", dt.date(2025, 9, 30), "Pågår",
         "40 deltagare, varav 11 har fått arbete."),
        ("Digital ansökan om ekonomiskt bistånd", "Enhetschef ekonomiskt bistånd",
         "mars 2025", dt.date(2025, 3, 31), "Skjuten till 2026",
         "Väntar på det nya verksamhetssystemet."),
    ],
    [
        ("Brukarråd i alla LSS-bostäder", "Verksamhetschef funktionsstöd", "december 2025",
         dt.date(2025, 12, 31), "Genomförd", ""),
        ("Bildstöd och tydliggörande pedagogik i daglig verksamhet",
         "Verksamhetschef funktionsstöd", "2025", dt.date(2025, 12, 31), "Pågår", ""),
    ],
    [
        ("Ny brukarenkät för hela socialtjänsten", "Kvalitetsstrateg", "Q4 2025",
         dt.date(2025, 12, 31), "Ej påbörjad", "Görs när det nya systemet är i drift."),
    ],
    [
        ("Introduktionsprogram för nya socialsekreterare", "HR-strateg", "april 2025",
         dt.date(2025, 4, 30), "Genomförd", "Tolv nyanställda har gått programmet."),
        ("Hälsosamtal vid upprepad korttidsfrånvaro", "Enhetschefer", "december 2025",
         dt.date(2025, 12, 31), "Pågår", ""),
    ],
]  # fmt: skip

DRIFT: list[tuple[str, int, int, str]] = [
    ("Nämnd och förvaltningsledning", 14_200, 13_650,
     "Vakant tjänst som utvecklingsledare under våren."),
    ("Barn och unga", 98_400, 109_870, "Fler placeringar i HVB under första halvåret."),
    ("Vuxna, missbruk och beroende", 41_300, 44_120, "Två långa LVM-placeringar."),
    ("Ekonomiskt bistånd", 62_500, 68_940, "Fler hushåll och längre tid med bistånd."),
    ("Funktionsstöd LSS", 186_700, 184_210, "Den nya gruppbostaden öppnade i oktober i "
     "stället för i juni."),
    ("Socialpsykiatri", 33_800, 33_150, ""),
    ("Familjerätt och familjerådgivning", 6_900, 6_720, ""),
    ("Flyktingmottagande", 3_100, 1_980, "Högre statsbidrag än budgeterat."),
]  # fmt: skip

INVEST: list[tuple[str, int, int, str]] = [
    ("Nytt verksamhetssystem för individ- och familjeomsorgen", 2_400, 1_150,
     "Pågår, slutförs 2026"),
    ("Inventarier gruppbostaden Tallbacken", 850, 910, "Avslutat"),
    ("Digitala trygghetslarm i gruppbostäder", 600, 585, "Avslutat"),
    ("Ombyggnad av besöksrum på familjecentralen", 400, 0, "Skjuts till 2026"),
]  # fmt: skip

CONTROLS: list[tuple[str, str, str, str]] = [
    ("Ekonomiskt bistånd", "Stickprov på tio utbetalningar mot beslut och underlag",
     "Två av tio utbetalningar saknade kontroll av inkomster från Försäkringskassan.",
     "Rutinen har förtydligats och gåtts igenom på arbetsplatsträffar i november."),
    ("Barn och unga", "Kontroll att förhandsbedömning görs inom 14 dagar",
     "Inga avvikelser.", ""),
    ("Funktionsstöd", "Genomgång av att genomförandeplaner upprättas och följs upp",
     "Genomförandeplan saknades för sex av 40 brukare.",
     "Enhetscheferna följer upp planerna varje månad."),
    ("Inköp", "Granskning av köpta placeringar utanför ramavtal",
     "Tre av tolv placeringar saknade motivering till direktupphandling.",
     "En mall för motiveringen används från januari 2026."),
    ("Informationssäkerhet", "Logguppföljning av behörigheter i verksamhetssystemet",
     "Kontrollen genomfördes inte på grund av systembytet.",
     "Görs under första kvartalet 2026."),
]  # fmt: skip


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cover(w: Writer) -> None:
    header = w.doc.sections[0].header.paragraphs[0]
    header.text = HEADER
    header.runs[0].font.size = Pt(8)
    w.expected.absent.append(HEADER)
    w.cover("Rödberga kommun", size=12)
    w.para()
    w.cover("Socialnämnden", size=16, bold=True)
    w.cover("Verksamhetsberättelse 2025", size=26, bold=True)
    w.cover("Uppföljning av verksamhetsplan med budget 2025", size=12)
    w.para()
    w.cover("Fastställd av socialnämnden 2026-02-19, § 14", size=10)
    w.cover("Dnr SN 2026/31", size=10)
    w.cover("Ordförande: Karin Lundgren (S)", size=10)
    w.cover("Socialchef: Patrik Almqvist", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Socialnämnden redovisar för 2025 ett underskott på 15,7 miljoner kronor. Kostnaderna "
        "för placeringar av barn och vuxna och för ekonomiskt bistånd ökade mer än budgeten, "
        "medan funktionsstödet och flyktingmottagandet gick med överskott.",
        "Av nämndens fem mål är ett uppfyllt, två delvis uppfyllda och ett inte uppfyllt. Ett "
        "mål har inte kunnat bedömas eftersom brukarenkäten ställdes in. Åtta av tio "
        "aktiviteter är genomförda eller pågår.",
    )
    w.chapter("Viktiga händelser under året")
    w.bullets(
        "Den nya socialtjänstlagen trädde i kraft den 1 juli.",
        "Öppenvårdsteamet för familjer startade i september.",
        "Gruppbostaden Tallbacken med sex lägenheter öppnade i oktober.",
        "Bytet av verksamhetssystem påbörjades och fortsätter under 2026.",
        "IVO:s tillsyn av ekonomiskt bistånd avslutades utan kritik.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Arbetslösheten i Rödberga ökade från 7,2 till 8,4 procent under året. Ökningen har "
        "varit störst bland unga vuxna och bland personer som är födda utanför Europa, och "
        "det syns i behovet av ekonomiskt bistånd.",
        "Den nya socialtjänstlagen ställer större krav på förebyggande arbete och på att "
        "insatser ska kunna ges utan föregående utredning. Förvaltningen har under hösten "
        "gått igenom riktlinjerna och börjat anpassa arbetssätten.",
        "Rekryteringsläget för socialsekreterare har förbättrats, men konkurrensen från "
        "grannkommunerna och regionen är fortsatt hård. Kostnaderna för köpta platser i HVB "
        "och för konsulentstödda familjehem har ökat med omkring åtta procent.",
    )


def _assessment(w: Writer, verdict: str, tab: bool) -> None:
    colour = GRADES[verdict][1]
    line = w.para()
    dot = line.add_run(DOT)
    dot.font.color.rgb = RGBColor.from_string(colour)
    dot.font.size = Pt(14)
    line.add_run("\t" if tab else "  ")
    line.add_run(f"Bedömning: {verdict}").bold = True
    w.structure(f"{DOT} Bedömning: {verdict}")  # checked as the assessment


def _goals(w: Writer) -> None:
    x = w.expected
    w.chapter("Måluppfyllelse")
    w.para(
        "Under varje målområde från kommunfullmäktige redovisas nämndens mål med bedömning, "
        "indikatorer och analys. Bedömningen görs av förvaltningens ledningsgrupp."
    )
    number = 0
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)  # KF's målområde
        for goal, verdict, inds, analysis in goals:
            number += 1
            heading = f"Nämndmål {number}: {goal}"
            w.heading(heading, 3)
            w.structure(heading)  # the goal is checked as an item, without its label
            x.goals.append(Goal(goal))
            x.assessments.append(Assessment(goal, GRADES[verdict][0]))
            _assessment(w, verdict, tab=number == 2)
            header = ["Indikator", *(f"Utfall {y}" for y in YEARS), "Målvärde 2025", "Kommentar"]
            rows = [header]
            for name, unit, outcomes, target, comment in inds:
                cells = ["–" if v is None else cell_text(v, unit) for v in outcomes]
                rows.append([name, *cells, cell_text(target, unit), comment])
                done = {y: v for y, v in zip(YEARS, outcomes, strict=True) if v is not None}
                x.indicators.append(
                    Indicator(goal, name, unit, targets={2025: target}, outcomes=done)
                )
            w.structure("–")  # not measured: no outcome
            w.table(rows, widths=[4.8, 1.5, 1.5, 1.5, 2.1, 5.2])
            w.para(("b", "Analys")).paragraph_format.space_before = Pt(6)
            w.structure("Analys")
            w.paras(*analysis)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Tabellen visar status den 31 december för aktiviteterna i verksamhetsplanen, under "
        "det mål de ska bidra till."
    )
    goals = [g for _, area in AREAS for g, *_ in area]
    rows = [["Aktivitet", "Ansvarig", "Planerat klart", "Status 31 dec", "Kommentar"]]
    groups = []
    for number, (goal, acts) in enumerate(zip(goals, ACTIVITIES, strict=True), 1):
        label = f"Nämndmål {number}: {goal}"
        groups.append(len(rows))
        rows.append([label, "", "", "", ""])
        w.structure(label)  # the group row: the goal's mention, with its label
        for name, who, when, date, status, comment in acts:
            rows.append([name, who, when, status, comment])
            w.expected.activities.append(Activity(name, who, date, group=goal))
            w.expected.statuses.append(ActivityStatus(name, STATUSES[status]))
    merges = [(r, 0, r, 4) for r in groups]
    table = w.table(rows, merges=merges, widths=[5.2, 3.2, 2.2, 2.4, 3.6])
    for r in groups:
        cell = table.cell(r, 0)
        _shade(cell, "DEEAF6")
        cell.paragraphs[0].runs[0].bold = True


def _drift(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomi")
    w.para(
        "Nämnden redovisar ett underskott mot budget. Det beror främst på placeringar inom barn "
        "och unga och vuxna samt på ökade kostnader för ekonomiskt bistånd. Överskottet inom "
        "funktionsstöd beror på att den nya gruppbostaden öppnade senare än planerat."
    )
    caption = "Driftredovisning 2025"
    w.para(("b", caption))
    w.structure(caption)
    rows = [
        ["Verksamhet", "Nettokostnad, tkr", "", "", "Kommentar"],
        ["", "Budget 2025", "Utfall 2025", "Avvikelse", ""],
    ]
    for name, budget, outcome, comment in DRIFT:
        deviation = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), deviation, comment])
        w.structure(deviation)  # budget minus utfall: computed, not kept
        amounts = {("budget", 2025): D(budget), ("utfall", 2025): D(outcome)}
        x.budget.append(BudgetRow("drift", name, amounts))
    budgets = sum(b for _, b, _, _ in DRIFT)
    outcomes = sum(o for _, _, o, _ in DRIFT)
    total = ["Summa nettokostnad", sv(budgets), sv(outcomes), sv(budgets - outcomes)]
    rows.append([*total, ""])
    w.totals(*total)
    w.table(
        rows,
        header_rows=2,
        merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)],
        widths=[4.6, 1.9, 1.9, 1.9, 6.3],
    )
    w.para(("i", "Positiv avvikelse innebär ett överskott mot budget."))


def _investments(w: Writer) -> None:
    caption = "Investeringsredovisning 2025, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Projekt", "Budget 2025", "Utfall 2025", "Avvikelse", "Status"]]
    for name, budget, outcome, status in INVEST:
        deviation = sv(budget - outcome)
        rows.append([name, sv(budget), sv(outcome), deviation, status])
        w.structure(deviation)
        # Judgement: a plan's investment holds its budget per year; the utfall belongs to the
        # follow-up (not checked), so the row's 2025 amount is the budget.
        w.expected.budget.append(BudgetRow("investering", name, {("budget", 2025): D(budget)}))
    budgets = sum(b for _, b, _, _ in INVEST)
    outcomes = sum(o for _, _, o, _ in INVEST)
    total = ["Summa investeringar", sv(budgets), sv(outcomes), sv(budgets - outcomes)]
    rows.append([*total, ""])
    w.totals(*total)
    w.table(rows, widths=[6.4, 2, 2, 2, 4.2])
    w.para("")


def _key_table(w: Writer, title: str, header: list[str], rows: list[list[str]]) -> None:
    w.para(("b", title))
    w.structure(title)
    w.table([header, *rows], keep_headers=True, widths=[8.6, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]


def _key_figures(w: Writer) -> None:
    _key_table(
        w,
        "Verksamhetsmått",
        ["Mått", "2023", "2024", "2025"],
        [
            ["Hushåll med ekonomiskt bistånd, genomsnitt per månad", "612", "634", "688"],
            ["Utbetalt ekonomiskt bistånd, tkr", "52 310", "55 870", "61 240"],
            ["Vårddygn i HVB, barn och unga", "4 860", "5 420", "5 910"],
            ["Barn och unga i familjehem 31/12, antal", "38", "41", "44"],
            ["Personer med insats enligt LSS, antal", "298", "305", "311"],
        ],
    )
    w.chapter("Personal")
    w.para(
        "Antalet årsarbetare ökade när gruppbostaden Tallbacken öppnade. Sjukfrånvaron "
        "minskade för andra året i rad, främst den långa sjukfrånvaron."
    )
    title = "Personalnyckeltal"
    _key_table(
        w,
        title,
        ["Nyckeltal", "2023", "2024", "2025"],
        [
            ["Antal årsarbetare", "402,5", "411,0", "418,5"],
            ["Antal tillsvidareanställda", "436", "447", "452"],
            ["Sjukfrånvaro, %", "9,1", "8,6", "7,9"],
            ["Långtidssjukfrånvaro (60 dagar eller mer), %", "46,2", "43,8", "41,0"],
            ["Personalomsättning, %", "14,2", "12,8", "11,5"],
        ],
    )
    note = "Anm. Sjukfrånvaron 2025 avser januari–november."
    w.para(("i", note), size=9)
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av intern kontroll")
    w.para(
        "Fyra av fem kontroller i internkontrollplanen 2025 är genomförda. Resultaten har "
        "redovisats för nämnden i december och åtgärderna följs upp i planen för 2026."
    )
    rows = [["Kontrollmoment", "Resultat", "Åtgärd"]]
    rows += [[process, result, action] for process, _, result, action in CONTROLS]
    table = w.table(rows, widths=[6, 5.3, 5.3])
    for r, (_, moment, _, _) in enumerate(CONTROLS, 1):
        cell = table.cell(r, 0)
        cell.paragraphs[0].runs[0].bold = True
        cell.add_paragraph().add_run(moment).font.size = Pt(9)
        w.expected.controls.append(Control(moment, CONTROLS[r - 1][0]))
    w.chapter("Inför 2026")
    w.para(
        "Nämnden går in i 2026 med en budget som är 9,5 miljoner kronor större än 2025, men "
        "kostnaderna för placeringar och ekonomiskt bistånd väntas fortsätta öka. Förvaltningen "
        "tar fram en åtgärdsplan till nämndens sammanträde i mars."
    )


def build_bw(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Rödberga kommun",
        forsta_ar=2025,
        sista_ar=2025,
        titel="Verksamhetsberättelse 2025",
        ordforande="Karin Lundgren (S)",
        forvaltningschef="Patrik Almqvist",
        diarienummer="SN 2026/31",
    )
    w = Writer("BW-socialnämnd-verksamhetsberättelse-mall", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _drift(w)
    _investments(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
