"""Corpus document BE: a socialnämnd's plan whose indicators about people are reported by sex,
as Swedish plans must: goals as bold "Nämndsmål n." lines under "Målområde: …" Heading 2s,
over indicator tables "Indikator | (blank) | Utfall 2024 | Utfall 2025 | Mål 2027" where each
indicator has a "Totalt" row followed by "Flickor"/"Pojkar" or "Kvinnor"/"Män" rows whose first
cell is empty (in one table merged down from the indicator's name), the target mostly only on
the Totalt row but in one table on every row and with "–" for a year not split by sex; a table
with the sub-rows written "– varav kvinnor"/"– varav män" in the first cell; and bulleted prose
indicators "Andel … (kvinnor/män/totalt) 72/65/68 % (2025). Mål 2027: 75 %." Also activities
linked by "Mål n" and dated "december 2027"/"Q2 2027"/"2027", a driftbudget in tkr to Plan 2029,
key figures with "– varav kvinnor" and "Kvinnor"/"Män" sub-rows and a note, and internkontroll.

Expected (what a perfect import gives), decided as a careful secretary enters it in vplan: the
total is the indicator, under its own name, and every row for one sex is an indicator of its
own named "<name> – kvinnor", "– män", "– flickor" or "– pojkar" (the sex in lower case, the
"varav" left out), under the same goal, with that row's figures: outcomes for the years
printed (a "–" is no outcome), the 2025 outcome as nuläge, and a target only where that row
prints one. A prose line gives the three indicators likewise, with nuläge 2025 and the target
"Mål 2027: 75 %" on the total only, "75/72/73 %" on all three. An indicator with no split keeps
a blank sex cell and is one indicator. The labels "Totalt", "Flickor", "– varav kvinnor" … are
structure (checked in the names). The plan runs 2027–2029 (budget 2027, plan 2028–2029); six
nämnd goals; eight activities with ansvarig, slutdatum (end of the month, quarter or year) and
the goal as group; eight driftbudget rows; key-figure rows with the sub-rows named as printed
without their dash ("varav kvinnor") under their main row; six controls with their process."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)

RUNNING = "Gransjö kommun · Socialnämnden · Verksamhetsplan med budget 2027, plan 2028–2029"

Sub = tuple[str, Val | None, Val | None, Val | None]
"""A row of an indicator: the sex cell ("Totalt", "Flickor", "– varav kvinnor", "" when not
split), utfall 2024, utfall 2025, mål 2027."""
TInd = tuple[str, str, list[Sub]]
"""An indicator of a table: name, unit, its rows (the total first)."""
PInd = tuple[str, tuple[D, D, D], tuple[Val, ...]]
"""A prose indicator (unit "%"): name, kvinnor/män/totalt 2025, the 2027 target (total only,
or kvinnor/män/totalt)."""

NA = "–"
"""A year not reported by sex."""

GOALS: list[tuple[str, list[tuple[str, str, str, list[TInd]]]]] = [
    ("Barn och unga", [
        ("Barn och unga som behöver stöd får det tidigt och nära hemmet.",
         "Nämnden vill flytta insatser från placeringar till öppenvård och familjebehandling, "
         "så att fler barn kan bo kvar hemma med stöd.",
         "blank",
         [("Andel barn och unga 0–20 år som inte återkommer inom ett år efter avslutad insats",
           "%", [("Totalt", D(76), D(78), D(82)), ("Flickor", D(79), D(80), None),
                 ("Pojkar", D(73), D(76), None)]),
          ("Antal barn och unga placerade i familjehem eller HVB den 31 december", "",
           [("Totalt", D(64), D(58), D(50)), ("Flickor", D(29), D(27), None),
            ("Pojkar", D(35), D(31), None)]),
          ("Andel orosanmälningar som leder till utredning", "%",
           [("", D(31), D(34), D(35))])]),
        ("Unga som begått brott eller riskerar att göra det får insatser som bryter "
         "utvecklingen.", "", "blank",
         [("Andel ungdomar 15–20 år som fullföljer ungdomstjänst eller ungdomsvård", "%",
           [("Totalt", D(81), D(84), D(88)), ("Flickor", NA, D(86), D(90)),
            ("Pojkar", NA, D(83), D(88))])]),
    ]),
    ("Egen försörjning", [
        ("Fler vuxna med ekonomiskt bistånd går vidare till arbete eller studier.",
         "Arbetet sker tillsammans med arbetsmarknadsenheten och Arbetsförmedlingen.",
         "varav",
         [("Antal personer med ekonomiskt bistånd i minst tio månader under året", "",
           [("", D(246), D(231), D(200)), ("– varav kvinnor", D(118), D(112), None),
            ("– varav män", D(128), D(119), None)]),
          ("Andel som avslutat arbetsmarknadsinsats och gått till arbete eller studier", "%",
           [("", D(34), D(37), D(42)), ("– varav kvinnor", D(31), D(35), D(41)),
            ("– varav män", D(37), D(39), D(43))])]),
        ("Personer med missbruk eller beroende får samordnad vård och stöd.",
         "Nämnden och regionen har en gemensam överenskommelse om missbruksvården från 2026.",
         "prose", []),
    ]),
    ("Trygghet och skydd", [
        ("Våldsutsatta får skydd och stöd, och den som utövar våld erbjuds behandling.",
         "", "merged",
         [("Andel våldsutsatta som uppger att stödet har gjort dem tryggare", "%",
           [("Totalt", D(81), D(83), D(88)), ("Kvinnor", D(82), D(85), None),
            ("Män", D(76), D(74), None)]),
          ("Antal våldsutövare som påbörjat behandling", "", [("", D(31), D(38), D(45))])]),
    ]),
    ("Medarbetare", [
        ("Socialtjänsten har erfarna medarbetare som stannar.",
         "Nämnden följer personalomsättningen för socialsekreterare särskilt.", "prose", []),
    ]),
]  # fmt: skip
GOAL_TEXTS = [goal for _, goals in GOALS for goal, _, _, _ in goals]

PROSE: dict[int, list[PInd]] = {
    4: [("Andel klienter som fullföljer påbörjad öppenvårdsbehandling",
         (D(72), D(65), D(68)), (D(75),)),
        ("Andel med samordnad individuell plan (SIP) bland dem som har insatser från både "
         "kommun och region", (D(58), D(49), D(52)), (D(70), D(65), D(67)))],
    6: [("Personalomsättning bland socialsekreterare", (D(17), D(22), D(18)), ("högst 12 %",))],
}  # fmt: skip
"""The prose indicators by the number of their goal."""

SEX = {"Totalt": "", "Flickor": "flickor", "Pojkar": "pojkar", "Kvinnor": "kvinnor"}
SEX |= {"Män": "män", "– varav kvinnor": "kvinnor", "– varav män": "män", "": ""}

ACTIVITIES: list[tuple[str, int, str, str, dt.date]] = [
    ("Familjebehandlare på plats i två förskolor och tre skolor", 1, "Enhetschef öppenvård",
     "december 2027", dt.date(2027, 12, 31)),
    ("Utbildning i Signs of Safety för alla socialsekreterare i barn och unga", 1,
     "Enhetschef barn och unga", "Q2 2027", dt.date(2027, 6, 30)),
    ("Samverkansrutin med polis och skola kring unga i riskmiljöer (SSPF)", 2,
     "Samordnare SSPF", "Q1 2027", dt.date(2027, 3, 31)),
    ("Jobbspår för unga vuxna 18–29 år tillsammans med arbetsmarknadsenheten", 3,
     "Enhetschef försörjningsstöd", "december 2027", dt.date(2027, 12, 31)),
    ("Analys av varför kvinnor avslutar insatser till arbete i lägre grad än män", 3,
     "Utvecklingsledare", "Q3 2027", dt.date(2027, 9, 30)),
    ("Gemensam mottagning för beroendevård med regionen", 4, "Enhetschef vuxen",
     "2028", dt.date(2028, 12, 31)),
    ("Behandlingsprogram för våldsutövare i egen regi", 5, "Enhetschef vuxen",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Introduktionsprogram och mentorer för nyanställda socialsekreterare", 6,
     "HR-strateg", "december 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och ledning", [-6120, -6400, -6550, -6700, -6850]),
    ("Barn och unga, myndighet", [-38410, -39800, -40900, -41700, -42500]),
    ("Placeringar barn och unga", [-52300, -48600, -45200, -43800, -42900]),
    ("Öppenvård barn och familj", [-14250, -15900, -17800, -18300, -18800]),
    ("Ekonomiskt bistånd", [-41800, -42500, -41200, -40300, -39600]),
    ("Vuxen, missbruk och beroende", [-22640, -23100, -23900, -24400, -24900]),
    ("Våld i nära relationer", [-5210, -5600, -6300, -6450, -6600]),
    ("Familjerätt och socialjour", [-4980, -5150, -5300, -5420, -5540]),
]

KEY_TITLE = "Nyckeltal personal och volymer"
KEY_HEADER = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Prognos 2026"]
# (row as printed, group, values)
KEY_ROWS: list[tuple[str, str, list[str]]] = [
    ("Antal tillsvidareanställda", "", ["412", "425", "431"]),
    ("– varav kvinnor", "Antal tillsvidareanställda", ["349", "358", "362"]),
    ("– varav män", "Antal tillsvidareanställda", ["63", "67", "69"]),
    ("Sjukfrånvaro, %", "", ["8,4", "8,1", "7,8"]),
    ("Kvinnor", "Sjukfrånvaro, %", ["9,1", "8,8", "8,4"]),
    ("Män", "Sjukfrånvaro, %", ["4,6", "4,5", "4,6"]),
    ("Hushåll med ekonomiskt bistånd, snitt per månad", "", ["612", "588", "570"]),
    ("Orosanmälningar barn och unga, antal", "", ["1 846", "1 921", "2 010"]),
    ("Vårddygn HVB barn och unga", "", ["7 420", "6 890", "6 300"]),
]
KEY_NOTE = "Anställda räknas den 31 december. Sjukfrånvaron avser tillsvidareanställda."

CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd", "Utbetalning till fel mottagare eller dubbelt",
     "12", "Kontroll av mottagare och belopp mot beslut", "Enhetschef försörjningsstöd",
     "Stickprov kvartalsvis"),
    ("Barnavårdsutredningar", "Utredningar blir inte klara inom fyra månader", "12",
     "Uppföljning av utredningstider i verksamhetssystemet", "Enhetschef barn och unga",
     "Varje månad"),
    ("Placeringar", "Placering utan avtal eller utanför ramavtal", "9",
     "Genomgång av samtliga nya placeringar mot avtal", "Controller", "Varje tertial"),
    ("Registerkontroll", "Uppdragstagare saknar utdrag ur belastningsregistret", "8",
     "Jämförelse av nya uppdragstagare med registrerade utdrag", "Familjehemssekreterare",
     "Halvårsvis"),
    ("Dokumentation", "Journalanteckningar förs inte in i tid", "6",
     "Stickprov på 20 akter", "Kvalitetsutvecklare", "Årligen"),
    ("Delegation", "Beslut fattas utan delegation", "8",
     "Granskning av delegationslistor mot fattade beslut", "Nämndsekreterare", "Halvårsvis"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Gransjö kommun", size=14)
    w.cover("Socialnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027", size=26, bold=True)
    w.cover("Plan för 2028–2029", size=16)
    w.cover("Ordförande: Helena Berggren (S)", size=11)
    w.cover("Socialchef: Jonas Ekholm", size=11)
    w.cover("Antagen av socialnämnden 2026-11-26, § 152", size=10)
    w.cover("Dnr SN 2026/318", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Socialnämndens verksamhetsplan visar hur nämnden bidrar till fullmäktiges mål under "
        "2027 och hur budgeten fördelas. Planen gäller 2027 med en plan för 2028 och 2029.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för individ- och familjeomsorgen: barn och unga, ekonomiskt bistånd, "
        "vuxna med missbruk eller beroende, våld i nära relationer, familjerätt och socialjour."
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Den nya socialtjänstlagen trädde i kraft 2025 och kräver att insatser ges tidigt och "
        "utan föregående utredning när det går. Nämnden bygger därför ut öppenvården.",
        "Kostnaderna för placeringar av barn och unga har minskat två år i rad sedan fler "
        "familjehem rekryterats i egen regi. Antalet orosanmälningar ökar däremot.",
        "Arbetslösheten i kommunen är högre bland utrikes födda kvinnor än i någon annan grupp, "
        "och kvinnor blir kvar längre i ekonomiskt bistånd än män.",
    )
    w.bullets(
        "Fler unga dras in i kriminella nätverk, även i mindre orter.",
        "Bristen på erfarna socialsekreterare gör att nämnden fortsatt köper konsulter.",
        "Regionen och kommunen tar ett gemensamt ansvar för beroendevården från 2026.",
    )
    w.chapter("Jämställd uppföljning")
    w.para(
        "All statistik som avser personer redovisas uppdelad på kön. Målvärden sätts i regel "
        "för totalen. Där nämnden vill minska en skillnad mellan kvinnor och män, eller mellan "
        "flickor och pojkar, finns målvärden även för varje kön. Uppgifter per kön för 2024 "
        "saknas för ungdomstjänst och ungdomsvård och visas med –."
    )


def _table_indicators(w: Writer, goal: str, layout: str, inds: list[TInd]) -> None:
    with_sex = layout != "varav"
    header = ["Indikator", *([""] if with_sex else []), "Utfall 2024", "Utfall 2025"]
    header.append("Mål 2027")
    rows: list[list[str]] = [header]
    merges = []
    for name, unit, subs in inds:
        start = len(rows)
        for n, (sex, a, b, target) in enumerate(subs):
            first = name if n == 0 else ("" if with_sex else sex)
            figures = [cell_text(v, unit) for v in (a, b, target)]
            rows.append([first, *([sex] if with_sex else []), *figures])
            w.structure(sex)
            label = SEX[sex]
            outcomes = {y: v for y, v in ((2024, a), (2025, b)) if v not in (None, NA)}
            w.expected.indicators.append(
                Indicator(
                    goal,
                    f"{name} – {label}" if label else name,
                    unit,
                    2025 if b not in (None, NA) else None,
                    None if b == NA else b,
                    {2027: target} if target is not None else {},
                    outcomes,
                )
            )
        if layout == "merged" and len(subs) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    w.structure(NA)
    widths = [7.4, *([1.6] if with_sex else []), 2.3, 2.3, 2.3]
    w.table(rows, merges=merges, widths=widths)


def _prose_indicators(w: Writer, goal: str, inds: list[PInd]) -> None:
    w.para(("b", "Indikatorer"))
    w.structure("Indikatorer")
    for name, (women, men, total), targets in inds:
        figures = "/".join(sv(v) for v in (women, men, total))
        if len(targets) == 1:
            shown = targets[0] if isinstance(targets[0], str) else sv(targets[0], "%")
        else:
            shown = "/".join(sv(D(t)) for t in targets) + " %"
        line = f"{name} (kvinnor/män/totalt) {figures} % (2025). Mål 2027: {shown}."
        w.doc.add_paragraph(line, style="List Bullet")
        w.structure(line)  # checked as the indicators
        by_sex = list(targets) if len(targets) == 3 else [None, None, targets[0]]
        for sex, value, target in zip(
            ("kvinnor", "män", ""), (women, men, total), by_sex, strict=True
        ):
            w.expected.indicators.append(
                Indicator(
                    goal,
                    f"{name} – {sex}" if sex else name,
                    "%",
                    2025,
                    value,
                    {2027: target} if target is not None else {},
                )
            )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Fullmäktiges fyra målområden gäller för alla nämnder. Under varje målområde har "
        "socialnämnden nämndsmål som följs upp med indikatorer."
    )
    number = 0
    for area, goals in GOALS:
        w.heading(f"Målområde: {area}", 2)
        for goal, text, layout, inds in goals:
            number += 1
            line = f"Nämndsmål {number}. {goal}"
            w.para(("b", line)).paragraph_format.space_before = Pt(10)
            w.structure(line)  # checked as the goal
            w.expected.goals.append(Goal(goal, "namnd"))
            if text:
                w.para(text)
            if layout == "prose":
                _prose_indicators(w, goal, PROSE[number])
            else:
                _table_indicators(w, goal, layout, inds)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Aktiviteterna är kopplade till nämndsmålen med målets nummer.")
    rows = [["Aktivitet", "Nämndsmål", "Ansvarig", "Klart"]]
    for name, goal, who, when, date in ACTIVITIES:
        rows.append([name, f"Mål {goal}", who, when])
        w.structure(f"Mål {goal}", when)
        w.expected.activities.append(Activity(name, who, date, group=GOAL_TEXTS[goal - 1]))
    w.table(rows, widths=[7.8, 2.6, 4.2, 2.4])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 187 150 tkr. Minskade placeringskostnader ger "
        "utrymme för mer öppenvård och för behandling av våldsutövare. Beloppen är "
        "nettokostnader i tusen kronor."
    )
    caption = "Driftbudget per verksamhet, tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa socialnämnden")
    w.table([[*header, "Plan 2029"], *body], widths=[5.4, 2.3, 2.3, 2.3, 2.3, 2.3])

    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    rows = [KEY_HEADER, *([name, *values] for name, _, values in KEY_ROWS)]
    w.table(rows, keep_headers=True, widths=[8.0, 2.6, 2.6, 2.6])
    for name, group, values in KEY_ROWS:
        shown = name.removeprefix("– ")
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, shown, dict(zip(KEY_HEADER[1:], values, strict=True)), group)
        )
    w.para(("i", KEY_NOTE))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–16. Risker med värdet 8 "
        "eller högre har ett kontrollmoment."
    )
    header = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
    rows = [header]
    for process, risk, value, moment, who, how_often in CONTROLS:
        rows.append([process, risk, value, moment, who, how_often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 3.4, 1.6, 3.8, 2.8, 2.4])


def build_be(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Gransjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027",
        ordforande="Helena Berggren (S)",
        forvaltningschef="Jonas Ekholm",
        diarienummer="SN 2026/318",
    )
    w = Writer("BE-socialnämnd-könsuppdelade-indikatorer", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
