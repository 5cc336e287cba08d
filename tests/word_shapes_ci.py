"""Corpus document CI: a kommunstyrelse's plan for kommunledningsförvaltningen assembled from
its avdelningar's contributions. After a common part (cover, inledning, omvärldsanalys and
kommunstyrelsens goals in one table with the målområde and the goal merged down over their
indicators) each avdelning writes its own way: Ekonomi with a bold "Mål:" line over an
"Indikator | Utfall 2025 | Mål 2027" table and an "Aktivitet | Ansvarig | Klart" table;
HR with its goals as sentences, indicators as bullets "name – 7,2 % (2025), mål … 2027 och …
2028" or as one sentence, and activities as bullets "(Ansv. HR-chef, senast 31/5)", one of its
goals restating a goal of the common table in its own words; IT pasted from an older template
in Times New Roman with typed numbers ("2.3.2 Mål och mätetal"), a "Mål | Mätetal | Nuläge |
Målvärde 2027 | Målvärde 2028" table whose nuläge carries its year ("99,3 % (2025)"), a "Vad |
Vem | När" table and its own small budget by cost type; Kommunikation with a "Ansvarig |
Tidplan" table. Dates are written "v. 12 2027", "vecka 40", "senast 31/5", "HT27", "Q1 2027"
and "juni 2027". The plan ends with a common driftbudget, key figures and internkontroll.

Expected (what a perfect import gives): the front matter (the kommundirektör is the
förvaltningschef); the chapters; kommunstyrelsens four goals (nämnd level) with seven
indicators, nuläge 2025 and targets 2027 and 2028; the avdelningar's own goals (förvaltning
level) with their indicators. Chosen here: HR's restatement of kommunstyrelsens goal about
the attractive employer (the text says which goal it is) is no goal of its own, its
indicators are that goal's; a week's slutdatum is the week's last day (Sunday, ISO week), a
week without a year is in the plan's first year, "senast 31/5" is 31 May of the first year,
"HT27" is 2027-12-31, "Q1 2027" is 2027-03-31, "juni 2027" is 2027-06-30; the activities
are grouped by avdelning only in the document's chapters (no group checked). IT's budget by
cost type is the avdelning's own, kept as a table in its chapter (no resultat or drift rows);
the common driftbudget has seven rows with Bokslut 2025, Budget 2026, Budget 2027 and Plan
2028."""

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
)

Ind = tuple[str, str, D, D | str, D | str]
"""An indicator: name, unit, nuläge 2025, target 2027, target 2028."""

COMMON: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Ekonomi",
     [("Kommunens ekonomi är i balans och ger utrymme för investeringar.",
       [("Resultat i förhållande till skatteintäkter och generella statsbidrag", "%",
         D("1.4"), D(2), D(2)),
        ("Självfinansieringsgrad av investeringar", "%", D(68), D(80), D(85))])]),
    ("Medarbetare",
     [("Kommunen är en attraktiv arbetsgivare som behåller och utvecklar sina medarbetare.",
       [("Hållbart medarbetarengagemang (HME), index", "", D(78), D(80), D(81)),
        ("Personalomsättning", "%", D("11.2"), D(10), D(9))])]),
    ("Service och digitalisering",
     [("Invånare och företag får snabb och enkel service.",
       [("Andel som får svar på e-post inom en arbetsdag", "%", D(81), D(90), D(92)),
        ("Antal e-tjänster", "", D(64), D(85), D(100))]),
      ("Invånarna har förtroende för kommunens information.",
       [("Nöjd-Inflytande-Index, information", "", D(52), D(55), "Öka")])]),
]  # fmt: skip
EMPLOYER = COMMON[1][1][0][0]


def week_end(year: int, week: int) -> dt.date:
    """The last day (Sunday) of ISO week ``week`` of ``year``."""
    return dt.date.fromisocalendar(year, week, 7)


def _cover(w: Writer) -> None:
    w.cover("Storbergs kommun", size=14)
    w.cover("Kommunstyrelsen", size=14, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=26, bold=True)
    w.cover("Kommunledningsförvaltningen", size=14)
    w.cover("Ordförande: Annika Lund (M)", size=10)
    w.cover("Kommundirektör: Peter Strand", size=10)
    w.cover("Dnr KS 2026/311", size=10)
    w.para("Fastställd av kommunstyrelsen 2026-12-09, § 214", size=10)
    w.structure("Fastställd av kommunstyrelsen 2026-12-09, § 214")
    w.page_break()


def _common(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Kommunledningsförvaltningen stödjer kommunstyrelsen i dess uppdrag att leda, "
        "samordna och ha uppsikt över kommunens verksamheter. Förvaltningen har fyra "
        "avdelningar: ekonomi, HR, IT och kommunikation.",
        "Planen är sammanställd av kommunstyrelsens sekreterare utifrån avdelningarnas "
        "underlag. Den gemensamma delen beskriver kommunstyrelsens mål; därefter följer "
        "varje avdelnings egen plan och sist den gemensamma budgeten och internkontrollen.",
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Storberg växer långsamt, men gruppen invånare över 80 år ökar med nästan fyra "
        "procent om året fram till 2030. Samtidigt blir de som är i arbetsför ålder inte "
        "fler, vilket gör det svårare att rekrytera till vård, skola och teknik.",
        "Skatteunderlaget väntas öka svagare än kostnaderna under planperioden. "
        "Förvaltningarna behöver därför bättre prognoser och tydligare uppföljning, och "
        "investeringarna måste i högre grad betalas med egna medel.",
        "Hoten mot kommunens IT-miljö har ökat. Flera kommuner har drabbats av "
        "utpressningsangrepp som stoppat verksamheten i veckor. Samtidigt ger nya verktyg "
        "för automatisering möjligheter att frigöra tid inom administrationen.",
    )
    w.chapter("Kommunstyrelsens mål 2027–2028")
    w.para(
        "Kommunfullmäktiges målområden gäller för hela kommunen. Kommunstyrelsens mål och "
        "indikatorer för planperioden framgår av tabellen."
    )
    header = ["Målområde", "Kommunstyrelsens mål", "Indikator", "Nuläge 2025", "Mål 2027",
              "Mål 2028"]  # fmt: skip
    rows: list[list[str]] = [header]
    merges = []
    for area, goals in COMMON:
        area_first = len(rows)
        for goal, inds in goals:
            w.expected.goals.append(Goal(goal, "namnd"))
            goal_first = len(rows)
            for name, unit, base, t27, t28 in inds:
                rows.append([
                    area if len(rows) == area_first else "",
                    goal if len(rows) == goal_first else "",
                    name, sv(base, unit), _cell(t27, unit), _cell(t28, unit),
                ])  # fmt: skip
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
                )
            if len(inds) > 1:
                merges.append((goal_first, 1, len(rows) - 1, 1))
        if len(rows) - 1 > area_first:
            merges.append((area_first, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[2.4, 4.4, 4.6, 1.8, 1.6, 1.6], size=8)


def _cell(value: D | str, unit: str) -> str:
    return value if isinstance(value, str) else sv(value, unit)


def _ekonomi(w: Writer) -> None:
    w.chapter("Avdelningarnas planer")
    w.para("Här följer avdelningarnas egna planer för 2027 så som de har lämnats in.")
    w.chapter("Ekonomiavdelningen", 2)
    w.para(
        "Ekonomiavdelningen ansvarar för budget, redovisning, upphandling och "
        "leverantörsreskontra. Avdelningen har 24 medarbetare."
    )
    goals = [
        ("Leverantörsfakturor hanteras digitalt och betalas i tid.",
         [("Andel e-fakturor av alla leverantörsfakturor", "%", D(87), D(95)),
          ("Andel fakturor betalda senast på förfallodagen", "%", D(93), D(97))]),
        ("Förvaltningarna får prognoser som håller.",
         [("Avvikelse mellan augustiprognos och bokslut, mnkr", "", D("14.6"), D(5))]),
    ]  # fmt: skip
    for goal, inds in goals:
        w.para(("b", "Mål: "), ("b", goal))
        w.structure("Mål:")
        w.expected.goals.append(Goal(goal, "forvaltning"))
        rows = [["Indikator", "Utfall 2025", "Mål 2027"]]
        for name, unit, base, target in inds:
            rows.append([name, sv(base, unit), sv(target, unit)])
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, {2027: target}))
        w.table(rows, widths=[9.0, 3.0, 3.0])
    w.para(("b", "Aktiviteter"))
    w.structure("Aktiviteter")
    acts = [
        ("Införa automatisk matchning av fakturor mot beställningar", "Ekonomichef",
         "v. 12 2027", week_end(2027, 12)),
        ("Ta fram en ny prognosmodell med månatliga avstämningar", "Redovisningschef",
         "vecka 40", week_end(2027, 40)),
        ("Upphandla nytt ekonomisystem", "Upphandlingschef", "HT27", dt.date(2027, 12, 31)),
    ]  # fmt: skip
    rows = [["Aktivitet", "Ansvarig", "Klart"]]
    for name, who, when, day in acts:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.0, 3.6, 2.4])


def _hr(w: Writer) -> None:
    w.chapter("HR-avdelningen", 2)
    w.para(
        "HR-avdelningens arbete bidrar främst till kommunstyrelsens mål om en attraktiv "
        "arbetsgivare (målområde Medarbetare). Så här har vi formulerat det för oss:"
    )
    w.para(("b", "Vi ska vara en arbetsplats där medarbetarna vill stanna och dit nya söker sig."))
    w.para("Det mäter vi med:")
    w.structure("Det mäter vi med:")
    bullets = [
        ("Sjukfrånvaro bland tillsvidareanställda", D("7.2"), D("6.5"), D(6)),
        ("Andel chefer som gått kommunens chefsprogram", D(58), D(80), D(90)),
    ]
    for name, base, t27, t28 in bullets:
        w.bullets(f"{name} – {sv(base, '%')} (2025), mål {sv(t27, '%')} 2027 och "
                  f"{sv(t28, '%')} 2028")  # fmt: skip
        w.expected.indicators.append(
            Indicator(EMPLOYER, name, "%", 2025, base, {2027: t27, 2028: t28})
        )
    goal = "Heltid ska vara norm för alla som arbetar i kommunen."
    w.para(
        ("b", goal),
        " Andelen heltidsanställda var 79 % år 2025 och ska öka till 85 % 2027 och 90 % 2028.",
    )
    w.expected.goals.append(Goal(goal, "forvaltning"))
    w.expected.indicators.append(
        Indicator(goal, "Andel heltidsanställda", "%", 2025, D(79), {2027: D(85), 2028: D(90)})
    )
    w.para("Aktiviteter 2027:")
    w.structure("Aktiviteter 2027:")
    acts = [
        ("Ta fram en ny lönepolicy", "HR-chef", "senast 31/5", dt.date(2027, 5, 31)),
        ("Införa digital introduktion för nyanställda", "HR-specialist", "v. 36 2027",
         week_end(2027, 36)),
        ("Kartlägga deltidsanställningar i vård och omsorg", "HR-strateg", "HT27",
         dt.date(2027, 12, 31)),
    ]  # fmt: skip
    for name, who, when, day in acts:
        w.bullets(f"{name} (Ansv. {who}, {when})")
        w.expected.activities.append(Activity(name, who, day))


def _old(paragraph: Any) -> None:
    for run in paragraph.runs:
        run.font.name = "Times New Roman"


def _old_table(table: Any) -> None:
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                _old(paragraph)


def _it(w: Writer) -> None:
    w.chapter("IT-avdelningen", 2)
    _old(w.para(("b", "2.3.1 Uppdrag"), size=12))
    _old(w.para(
        "IT-avdelningen driver kommunens nätverk, servrar och arbetsplatser och förvaltar "
        "de gemensamma systemen. Avdelningen ansvarar också för informationssäkerheten.",
        size=12,
    ))  # fmt: skip
    _old(w.para(("b", "2.3.2 Mål och mätetal"), size=12))
    w.structure("2.3.2 Mål och mätetal")
    goals = [
        ("Kommunens verksamhetskritiska system är tillgängliga.",
         [("Tillgänglighet i verksamhetskritiska system", "%", D("99.3"), D("99.7"),
           D("99.8")),
          ("Antal allvarliga driftstörningar", "", D(7), D(4), D(3))]),
        ("Medarbetarna hanterar information säkert.",
         [("Andel medarbetare som genomgått utbildning i informationssäkerhet", "%", D(41),
           D(75), D(90))]),
    ]  # fmt: skip
    rows = [["Mål", "Mätetal", "Nuläge", "Målvärde 2027", "Målvärde 2028"]]
    merges = []
    for goal, inds in goals:
        first = len(rows)
        w.expected.goals.append(Goal(goal, "forvaltning"))
        for name, unit, base, t27, t28 in inds:
            rows.append([goal if len(rows) == first else "", name, f"{sv(base, unit)} (2025)",
                         sv(t27, unit), sv(t28, unit)])  # fmt: skip
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
            )
        if len(inds) > 1:
            merges.append((first, 0, len(rows) - 1, 0))
    _old_table(w.table(rows, merges=merges, widths=[4.2, 5.4, 2.2, 2.0, 2.0], size=10))
    _old(w.para(("b", "2.3.3 Aktiviteter"), size=12))
    w.structure("2.3.3 Aktiviteter")
    acts = [
        ("Flytta e-post och lagring till en ny molntjänst efter riskanalys", "IT-chef",
         "Q1 2027", dt.date(2027, 3, 31)),
        ("Införa tvåfaktorsinloggning för alla medarbetare", "Säkerhetssamordnare", "vecka 18",
         week_end(2027, 18)),
        ("Öva återställning av verksamhetskritiska system", "Driftchef", "senast 30/9",
         dt.date(2027, 9, 30)),
    ]  # fmt: skip
    rows = [["Vad", "Vem", "När"]]
    for name, who, when, day in acts:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    _old_table(w.table(rows, widths=[9.4, 3.6, 2.4], size=10))
    _old(w.para(("b", "2.3.4 Budget (tkr)"), size=12))
    w.structure("2.3.4 Budget (tkr)")
    lines = [
        ("Intäkter, internfakturering", (17900, 18400)),
        ("Personalkostnader", (-13600, -14200)),
        ("Licenser och avtal", (-9100, -9800)),
        ("Övriga kostnader", (-3700, -3600)),
    ]
    # the avdelning's own costs by type, not the kommunstyrelse's resultaträkning: kept as a
    # table in IT-avdelningen's chapter (as an area's economy in CC)
    body = []
    for name, amounts in lines:
        body.append([name, *(sv(a) for a in amounts)])
        w.expected.not_rows += [("resultat", name), ("drift", name)]
    total = ["Nettokostnad", *(sv(sum(a[i] for _n, a in lines)) for i in range(2))]
    w.totals(*total)
    _old_table(w.table([["", "Budget 2026", "Budget 2027"], *body, total],
                       widths=[7.0, 3.0, 3.0], size=10))  # fmt: skip


def _kommunikation(w: Writer) -> None:
    w.chapter("Kommunikationsavdelningen", 2)
    w.para(
        "Avdelningen har inga egna mål utöver kommunstyrelsens. Arbetet 2027 inriktas på "
        "webbplatsen och på krisberedskapen i kommunikationen."
    )
    acts = [
        ("Lansera ny webbplats med klarspråksgranskade texter", "Kommunikationschef",
         "v. 44 2027", week_end(2027, 44)),
        ("Ta fram en kriskommunikationsplan och öva den med krisledningen",
         "Kommunikatör", "juni 2027", dt.date(2027, 6, 30)),
    ]  # fmt: skip
    rows = [["Aktivitet", "Ansvarig", "Tidplan"]]
    for name, who, when, day in acts:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.4, 3.6, 2.4])


DRIFT = [
    ("Kommunstyrelsen, politisk verksamhet", (6840, 7100, 7250, 7400)),
    ("Kommunledning", (11920, 12300, 12650, 12900)),
    ("Ekonomiavdelningen", (21480, 22100, 22900, 23400)),
    ("HR-avdelningen", (18750, 19400, 20100, 20500)),
    ("IT-avdelningen", (8210, 8500, 9200, 9400)),
    ("Kommunikationsavdelningen", (7630, 7900, 8300, 8450)),
    ("Näringsliv och tillväxt", (5310, 5600, 5700, 5800)),
]
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal årsarbetare", "181", "186", "188"],
    ["Sjukfrånvaro, %", "6,4", "6,9", "7,2"],
    ["Leverantörsfakturor per år", "48 200", "49 900", "51 300"],
]
CONTROLS = [
    ("Leverantörsbetalningar", "Utbetalning till fel mottagare", "3×4=12",
     "Kontroll av ändrade bankuppgifter", "Ekonomichef", "Varje månad"),
    ("Löneutbetalning", "Lön betalas efter avslutad anställning", "2×3=6",
     "Stickprov på avslutade anställningar", "HR-chef", "Kvartalsvis"),
    ("Behörigheter", "Behörigheter finns kvar efter byte av tjänst", "3×3=9",
     "Genomgång av behörigheter i ekonomi- och lönesystem", "IT-chef", "Två gånger per år"),
    ("Direktupphandling", "Köp över gränsen utan dokumentation", "3×3=9",
     "Granskning av köp över 100 tkr", "Upphandlingschef", "Årligen"),
]  # fmt: skip


def _end(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett kommunstyrelsen en ram på 86 100 tkr för 2027. "
        "Nettokostnaderna redovisas som positiva belopp."
    )
    w.para(("b", "Driftbudget kommunstyrelsen (tkr)"))
    w.structure("Driftbudget kommunstyrelsen (tkr)")
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
    body = budget_rows(w, "drift", keys, DRIFT, "Summa kommunstyrelsen")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    w.table([header, *body], widths=[6.2, 2.4, 2.4, 2.4, 2.4])
    caption = "Nyckeltal för förvaltningen"
    w.para(("b", caption))
    w.structure(caption)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]
    w.chapter("Internkontroll 2027")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4. Kontrollerna "
        "rapporteras till kommunstyrelsen i delårsrapporten och i årsredovisningen."
    )
    rows = [["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansv.", "Frekvens"]]
    for process, risk, value, moment, who, often in CONTROLS:
        rows.append([process, risk, value, moment, who, often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 3.4, 1.8, 3.8, 2.2, 2.4], size=8)


def build_ci(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Storbergs kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Annika Lund (M)",
        forvaltningschef="Peter Strand",
        diarienummer="KS 2026/311",
    )
    w = Writer("CI-kommunstyrelse-lapptäcke-avdelningar", front)
    w.doc.styles["Normal"].font.size = Pt(11)
    _cover(w)
    _common(w)
    _ekonomi(w)
    _hr(w)
    _it(w)
    _kommunikation(w)
    _end(w)
    return w.save(path)
