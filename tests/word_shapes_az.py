"""Corpus document AZ: an äldreomsorgsnämnd's plan 2027–2029 with a three-level goal cascade:
a "målkedja" table "Kommunfullmäktiges mål | Nämndens mål | Förvaltningens resultatmål" with
the KF goal merged down over its nämnd goals and each nämnd goal merged down over the
förvaltning's resultatmål; then ONE table with a row per nämnd goal, "Nämndens mål |
Indikatorer | Aktiviteter", whose Indikatorer cell holds bullet paragraphs "Andel … (2025:
71 %, mål 2027: 80 %)" (one with a 2024 baseline, one "nytt mått" without any) and whose
Aktiviteter cell holds bullet paragraphs "… (enhetschef hemtjänst, klart juni 2027)" (dated
by month, quarter or year, one undated); a resultatbudget "Kostnadsslag | Budget 2026 | Budget
2027 | Plan 2028 | Plan 2029" with costs positive, "Summa kostnader", Intäkter with "−" and
"Nettokostnad"; a driftbudget per verksamhet; key figures "Kostnad per brukare" compared as
"Kommunen | Länet | Riket" with a Källa line; internkontroll; and a cover with "Ordf." and
"Socialchef:".

Expected (what a perfect import gives): the front matter (ordförande from "Ordf.", the
socialchef as förvaltningschef); eight chapters; two KF goals, five nämnd goals and eight
förvaltning resultatmål with their levels; twelve indicators under their nämnd goal with unit,
nuläge and targets as the parentheses give them; eight activities with ansvarig, the period's
last day as slutdatum (Q2 2027 is 2027-06-30, "2028" is 2028-12-31) and their nämnd goal as
group; five resultat rows and six driftbudget rows as printed; five key-figure rows and their
note; four controls with their process. Header cells, totals and cover labels are
structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, sv
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

Ind = tuple[str, str, int | None, D | None, dict[int, Val]]
"""An indicator: name, unit, nuläge year and value (None for a new measure), targets."""
Act = tuple[str, str, str, dt.date | None]
"""An activity: name, ansvarig, the time as printed ("" for none), the date it means."""

KF: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Invånarna i Lindesby har en god och jämlik hälsa genom hela livet.",
     [("Äldre med hemtjänst är nöjda med stödet och känner sig trygga hemma.",
       ["Färre olika medarbetare besöker varje brukare i hemtjänsten.",
        "Alla brukare har en aktuell genomförandeplan."]),
      ("Äldre i särskilt boende har en meningsfull vardag och en säker vård.",
       ["Varje boende erbjuds minst en individuell aktivitet i veckan.",
        "Läkemedelsgenomgång görs för alla boende varje år."]),
      ("Fler äldre får stöd som förebygger fall, ensamhet och undernäring.",
       ["Riskbedömning i Senior alert görs inom två veckor efter inflyttning."])]),
    ("Lindesby kommun är en attraktiv arbetsgivare med en hållbar ekonomi.",
     [("Medarbetarna i äldreomsorgen har rätt kompetens och vill stanna.",
       ["Alla tillsvidareanställda undersköterskor har skyddad yrkestitel.",
        "Sjukfrånvaron i hemtjänsten minskar."]),
      ("Äldreomsorgen bedrivs inom budget och med effektiv resursanvändning.",
       ["Utförd tid i hemtjänsten stämmer med beviljad tid."])]),
]  # fmt: skip

ROWS: dict[str, tuple[list[Ind], list[Act]]] = {
    KF[0][1][0][0]: (
        [("Andel brukare som är nöjda med hemtjänsten som helhet", "%", 2025, D(86),
          {2027: D(90)}),
         ("Antal olika personal som besöker en brukare under 14 dagar", "", 2025, D(16),
          {2027: D(12), 2029: D(10)}),
         ("Andel brukare som känner sig trygga hemma med stöd från hemtjänsten", "%", 2025,
          D(81), {2027: D(85)})],
        [("Införa mindre arbetslag med fasta kontaktpersoner i hemtjänsten",
          "enhetschef hemtjänst", "klart juni 2027", dt.date(2027, 6, 30)),
         ("Erbjuda digital tillsyn nattetid till brukare som önskar det",
          "enhetschef hemtjänst", "klart december 2027", dt.date(2027, 12, 31))]),
    KF[0][1][1][0]: (
        [("Andel boende som är nöjda med aktiviteterna på boendet", "%", 2025, D(58),
          {2027: D(70), 2029: D(75)}),
         ("Andel boende med läkemedelsgenomgång det senaste året", "%", 2025, D(74),
          {2027: D(95)})],
        [("Anställa aktivitetssamordnare på de tre största boendena",
          "verksamhetschef särskilt boende", "klart mars 2027", dt.date(2027, 3, 31)),
         ("Ta fram en gemensam rutin för läkemedelsgenomgångar med vårdcentralerna", "MAS",
          "klart Q2 2027", dt.date(2027, 6, 30))]),
    KF[0][1][2][0]: (
        [("Andel personer 80 år och äldre med riskbedömning i Senior alert", "%", 2025, D(63),
          {2027: D(80)}),
         ("Antal fallskador med sjukhusvård per 1 000 invånare 80 år och äldre", "", 2024,
          D(52), {2027: D(45)})],
        [("Starta en fallpreventiv träffpunkt med fysioterapeut i Norra och Östra Lindesby",
          "enhetschef rehabilitering", "", None)]),
    KF[1][1][0][0]: (
        [("Andel undersköterskor med skyddad yrkestitel", "%", 2025, D(71),
          {2027: D(80), 2029: D(90)}),
         ("Sjukfrånvaro i hemtjänsten", "%", 2025, D("9.4"), {2027: D(8)}),
         ("Personalomsättning bland tillsvidareanställda", "%", None, None, {2027: D(10)})],
        [("Validera erfarna vårdbiträden mot undersköterskeutbildningen tillsammans med Komvux",
          "HR-strateg", "klart 2028", dt.date(2028, 12, 31)),
         ("Införa heltid som norm med schemaläggning i bemanningsenheten", "socialchef",
          "klart oktober 2027", dt.date(2027, 10, 31))]),
    KF[1][1][1][0]: (
        [("Andel utförd tid av beviljad tid i hemtjänsten", "%", 2025, D(88), {2027: D(95)}),
         ("Budgetavvikelse i procent av nettobudgeten", "%", 2025, D("-1.8"), {2027: D(0)})],
        [("Registrera tid i hemtjänsten i mobilen och följa upp utfallet varje månad",
          "controller", "klart februari 2027", dt.date(2027, 2, 28))]),
}  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
COSTS = [
    ("Personal", (268400, 279900, 288300, 296900)),
    ("Lokaler", (38600, 41200, 46800, 47500)),
    ("Köpt verksamhet", (22300, 23100, 23800, 24500)),
    ("Övrigt", (31700, 32400, 33100, 33800)),
]
INCOME = ("Intäkter", (-47900, -49600, -51300, -52900))
DRIFT = [
    ("Nämnd och förvaltningsledning", (6600, 6800, 6900, 7000)),
    ("Biståndshandläggning", (9100, 9400, 9600, 9800)),
    ("Hemtjänst", (113900, 118600, 122400, 126300)),
    ("Särskilt boende", (145800, 152300, 160900, 164800)),
    ("Hälso- och sjukvård", (26900, 28100, 29000, 29800)),
    ("Dagverksamhet och förebyggande insatser", (10800, 11800, 11900, 12100)),
]

KEY_TITLE = "Kostnad per brukare 2025"
KEY_HEADER = ["Kostnad per brukare, kr", "Kommunen", "Länet", "Riket"]
KEY_ROWS = [
    ["Hemtjänst, per brukare och år", "312 400", "298 700", "305 100"],
    ["Särskilt boende, per brukare och år", "1 024 000", "986 500", "1 012 300"],
    ["Korttidsboende, per dygn", "3 850", "3 620", "3 910"],
    ["Hemsjukvård, per brukare och år", "64 300", "58 800", "61 500"],
    ["Dagverksamhet, per brukare och år", "118 200", "131 900", "124 600"],
]
KEY_NOTE = (
    "Källa: Kolada, kostnad per brukare (KPB) 2025. Länet är ett ovägt medelvärde för "
    "länets kommuner."
)

CONTROLS = [
    ("Biståndshandläggning", "Beslut verkställs inte inom tre månader",
     "Genomgång av ej verkställda beslut", "enhetschef bistånd", "Varje kvartal"),
    ("Hemtjänst", "Utförd tid debiteras fel",
     "Stickprov på 20 brukares avgifter mot registrerad tid", "controller", "Två gånger per år"),
    ("Läkemedelshantering", "Läkemedel ges utan giltig ordination",
     "Kontroll av signeringslistor på två enheter", "MAS", "Varje kvartal"),
    ("Bemanning", "Timanställda saknar introduktion",
     "Uppföljning av introduktionschecklistor", "enhetschef bemanning", "Årligen"),
]  # fmt: skip


def _cell_lines(cell: Any, lines: list[str], *, bullet: bool) -> None:
    """Fill ``cell`` with one paragraph per line, bulleted when ``bullet``."""
    first = cell.paragraphs[0]
    for n, line in enumerate(lines):
        paragraph = first if n == 0 else cell.add_paragraph()
        if bullet:
            paragraph.style = "List Bullet"
        run = paragraph.add_run(line)
        run.font.size = Pt(9)


def _cover(w: Writer) -> None:
    w.cover("Lindesby kommun", size=14)
    w.cover("Äldreomsorgsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("med resultatbudget 2027 och plan för 2028–2029", size=14)
    w.para("")
    w.cover("Beslutad av äldreomsorgsnämnden 2026-11-26, § 94", size=10)
    w.cover("Dnr ÄON 2026/0188", size=10)
    w.cover("Ordf. Britt-Marie Lund (S)", size=10)
    w.cover("Vice ordf. Henrik Sjö (M)", size=10)
    w.cover("Socialchef: Mats Wiklund", size=10)
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Verksamhetsplanen visar hur äldreomsorgsnämnden bryter ned kommunfullmäktiges mål "
        "till egna mål och hur socialförvaltningen ska arbeta för att nå dem. Planen gäller "
        "2027–2029 och revideras varje år i samband med budgeten."
    )
    w.chapter("Nämndens ansvarsområde")
    w.para(
        "Nämnden ansvarar för biståndshandläggning enligt socialtjänstlagen för personer över "
        "65 år, hemtjänst, särskilt boende, korttidsboende, dagverksamhet och kommunal hälso- "
        "och sjukvård. Omkring 1 150 personer har insatser från nämnden och verksamheten har "
        "cirka 620 årsarbetare."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Antalet invånare som är 80 år eller äldre ökar med nästan 40 procent fram till 2032. "
        "Det är den enskilt största utmaningen för nämnden under planperioden."
    )
    w.heading("Demografi och behov", 2)
    w.para(
        "Fler äldre bor kvar hemma längre och med större vårdbehov. Hemtjänstens timmar har "
        "ökat med sex procent på två år, medan efterfrågan på särskilt boende ökar först när "
        "de stora årskullarna från 1940-talet når 85 år. Ett nytt boende med 60 platser "
        "planeras till 2028."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Var femte undersköterska går i pension inom tio år. Kravet på skyddad yrkestitel "
        "gör att nämnden måste validera och utbilda fler av de medarbetare som redan arbetar "
        "i verksamheten."
    )
    w.bullets(
        "Konkurrensen om sjuksköterskor med regionen är fortsatt hård.",
        "Andelen timanställda är hög i hemtjänsten under sommaren.",
        "Välfärdsteknik kan frigöra tid, men kräver ny kompetens.",
    )


def _cascade(w: Writer) -> None:
    w.chapter("Målkedjan 2027–2029")
    w.para(
        "Kommunfullmäktiges mål gäller för hela kommunen. Nämnden har brutit ned dem i fem "
        "nämndmål, och socialförvaltningen har tagit fram resultatmål som visar vad "
        "verksamheterna ska uppnå. Tabellen visar hela kedjan."
    )
    rows = [["Kommunfullmäktiges mål", "Nämndens mål", "Förvaltningens resultatmål"]]
    merges = []
    for kf, goals in KF:
        kf_first = len(rows)
        w.expected.goals.append(Goal(kf, "kf"))
        for goal, results in goals:
            w.expected.goals.append(Goal(goal, "namnd"))
            goal_first = len(rows)
            for result in results:
                w.expected.goals.append(Goal(result, "forvaltning"))
                rows.append(
                    [
                        kf if len(rows) == kf_first else "",
                        goal if len(rows) == goal_first else "",
                        result,
                    ]
                )
            if len(results) > 1:
                merges.append((goal_first, 1, len(rows) - 1, 1))
        merges.append((kf_first, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[5.2, 5.6, 5.8])


def _goal_rows(w: Writer) -> None:
    w.chapter("Indikatorer och aktiviteter")
    w.para(
        "För varje nämndmål anges de indikatorer som visar om målet nås, med utgångsläge och "
        "målvärde inom parentes, och de aktiviteter som förvaltningen genomför under 2027. "
        "Ansvarig och tidpunkt står efter varje aktivitet."
    )
    header = ["Nämndens mål", "Indikatorer", "Aktiviteter"]
    table = w.table([header, *([""] * 3 for _ in ROWS)], widths=[4.4, 6.4, 5.8])
    for row, (goal, (inds, acts)) in zip(table.rows[1:], ROWS.items(), strict=True):
        run = row.cells[0].paragraphs[0].add_run(goal)
        run.font.size = Pt(9)
        run.bold = True
        lines = []
        for name, unit, year, base, targets in inds:
            figures = [f"{year}: {sv(base, unit)}" if base is not None else "nytt mått"]
            for y, t in targets.items():
                figures.append(f"mål {y}: {sv(t, unit) if isinstance(t, D) else t}")
            lines.append(f"{name} ({', '.join(figures)})")
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, dict(targets)))
        _cell_lines(row.cells[1], lines, bullet=True)
        lines = []
        for name, who, when, day in acts:
            lines.append(f"{name} ({who}, {when})" if when else f"{name} ({who})")
            w.expected.activities.append(Activity(name, who, day, group=goal))
        _cell_lines(row.cells[2], lines, bullet=True)
        # The lines' parts are the items' fields, checked there.
        w.structure(*(p.text for c in row.cells[1:] for p in c.paragraphs))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 327,0 miljoner kronor för 2027. "
        "Lokalkostnaderna ökar 2028 när det nya boendet öppnar. Intäkterna är avgifter, "
        "statsbidrag och ersättning från regionen för hemsjukvård."
    )
    caption = "Resultatbudget (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Kostnadsslag", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "resultat", KEYS, COSTS, "Summa kostnader", minus="−")
    body += budget_rows(w, "resultat", KEYS, [INCOME], minus="−")
    net = [sum(a[i] for _, a in [*COSTS, INCOME]) for i in range(len(KEYS))]
    assert net == [sum(a[i] for _, a in DRIFT) for i in range(len(KEYS))]
    body.append(["Nettokostnad", *(sv(n) for n in net)])
    w.totals(*body[-1])
    w.table([header, *body], widths=[5.0, 2.8, 2.8, 2.8, 2.8])
    w.para("")
    caption = "Nettokostnad per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", *header[1:]]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[5.0, 2.8, 2.8, 2.8, 2.8])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Kostnaden per brukare jämförs med länets kommuner och riket. Särskilt boende är dyrare "
        "än i länet, bland annat för att två av boendena är små och har hög bemanning nattetid."
    )
    w.heading(KEY_TITLE, 3)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 3.0, 3.0, 3.0])
    w.expected.key_figures += [
        KeyRow(KEY_TITLE, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.para(("i", KEY_NOTE))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Nämndens plan för intern kontroll bygger på förvaltningens riskanalys. Resultatet "
        "rapporteras till nämnden i augusti och i februari."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, when in CONTROLS:
        rows.append([process, risk, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 4.0, 4.6, 2.6, 2.4])


def build_az(path: Path) -> Expected:
    front = Front(
        namnd="Äldreomsorgsnämnden",
        kommun="Lindesby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Britt-Marie Lund (S)",
        forvaltningschef="Mats Wiklund",
        diarienummer="ÄON 2026/0188",
    )
    w = Writer("AZ-äldreomsorgsnämnd-målkedja-tre-nivåer", front)
    _cover(w)
    _text(w)
    _cascade(w)
    _goal_rows(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
