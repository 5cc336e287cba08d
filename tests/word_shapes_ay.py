"""Corpus document AY: a kommunstyrelse's plan 2027 whose body is a few pages of short prose and
whose substance is in three appendices. The chapters are Heading 1 and Heading 2 numbered by
the heading styles' own numbering (a multilevel list in numbering.xml linked from the style
definitions; no number typed, no numbering in the paragraphs), so the appendices, also Heading
1, are numbered too ("6 Bilaga 1 Mål och indikatorer"). "Bilaga 1 Mål och indikatorer" opens
with the goals as a Word-numbered list whose label "Mål 1" is the list's level text, then the
indicators not per goal but per verksamhet, in tables "Verksamhetsmått – Ekonomienheten",
"Kvalitetsmått – HR" ... with a column "Bidrar till mål" holding "Mål 2" or "Mål 1 och 3", and
the uppdrag in a table "Id | Uppdrag | Ansvarig | Klart" with codes "U-2027-03"; "Bilaga 2
Ekonomi" holds the driftbudget and investments, "Bilaga 3 Internkontrollplan" the controls.

Expected (what a perfect import gives): the front matter; the five narrative Heading 1
chapters (their Heading 2 sub-headings are part of them; the appendices' headings are
structure); the four goals (nämnd level) without their "Mål n" label; each indicator under
every goal its "Bidrar till mål" cell names (one entry per goal), with nuläge from "Utfall
2025", targets 2027 and 2028 and "%" where written; the uppdrag as activities with ansvarig
and the month's or quarter's last day as slutdatum (the codes are structure); the befolkning
table's rows as key figures; the driftbudget and investment rows; the controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
)
from tests.word_shapes_xml import element

GOALS = [
    "Invånare och företag får ett snabbt, enkelt och rättssäkert bemötande när de kontaktar "
    "kommunen.",
    "Kommunen har en ekonomi i balans och använder skattepengarna effektivt.",
    "Kommunen är en attraktiv arbetsgivare som kan rekrytera och behålla medarbetare.",
    "Kommunens digitala tjänster gör vardagen enklare för invånare och medarbetare.",
]

Mått = tuple[str, str, list[int], D, D, D]
"""Indikator, unit, the goals it contributes to (1-based), utfall 2025, mål 2027, mål 2028."""
MEASURES: list[tuple[str, list[Mått]]] = [
    ("Verksamhetsmått – Ekonomienheten", [
        ("Andel leverantörsfakturor betalda i tid", "%", [2], D("91.4"), D(95), D(97)),
        ("Budgetavvikelse för kommunen totalt, procent av nettokostnaden", "%", [2],
         D("-1.8"), D(0), D(0)),
        ("Antal dagar från månadsskifte till klar månadsrapport", "", [2], D(11), D(8), D(7)),
    ]),
    ("Kvalitetsmått – HR", [
        ("Hållbart medarbetarengagemang (HME), totalindex", "", [3], D(78), D(80), D(81)),
        ("Sjukfrånvaro bland kommunens medarbetare", "%", [2, 3], D("7.9"), D("7.2"),
         D("6.8")),
        ("Andel chefer som fått introduktion inom tre månader", "%", [1, 3], D(62), D(85),
         D(90)),
    ]),
    ("Verksamhetsmått – Kontaktcenter", [
        ("Andel samtal besvarade inom 90 sekunder", "%", [1], D(71), D(80), D(85)),
        ("Andel ärenden lösta vid första kontakten", "%", [1], D(58), D(65), D(70)),
    ]),
    ("Verksamhetsmått – Digitaliseringsenheten", [
        ("Antal e-tjänster med automatiserat beslut", "", [4], D(6), D(12), D(18)),
        ("Andel ansökningar om försörjningsstöd som görs digitalt", "%", [1, 4], D(44),
         D(60), D(70)),
    ]),
]  # fmt: skip

UPPDRAG = [
    ("U-2027-01", "Ta fram en gemensam modell för ekonomisk uppföljning i alla nämnder",
     "Ekonomichef", "april 2027", dt.date(2027, 4, 30)),
    ("U-2027-02", "Införa heltid som norm i kommunens vård och omsorg i samråd med "
     "vård- och omsorgsnämnden", "HR-chef", "december 2027", dt.date(2027, 12, 31)),
    ("U-2027-03", "Utreda en gemensam lönefunktion med grannkommunerna", "HR-chef", "Q2 2027",
     dt.date(2027, 6, 30)),
    ("U-2027-04", "Öppna kontaktcenter för ärenden om bygglov och miljötillsyn",
     "Kontaktcenterchef", "september 2027", dt.date(2027, 9, 30)),
    ("U-2027-05", "Införa e-arkiv för avslutade ärenden i socialtjänsten", "Digitaliseringschef",
     "Q4 2027", dt.date(2027, 12, 31)),
    ("U-2027-06", "Revidera kommunens riktlinjer för representation och gåvor", "Kanslichef",
     "2027-03-31", dt.date(2027, 3, 31)),
    ("U-2027-07", "Genomföra en kompetensförsörjningsanalys för samtliga förvaltningar",
     "HR-chef", "oktober 2027", dt.date(2027, 10, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Politisk verksamhet", (-6412, -6700, -6950, -7050, -7150)),
    ("Kommunledningskontoret", (-18934, -19500, -20100, -20600, -21000)),
    ("Ekonomienheten", (-14207, -14900, -15300, -15700, -16000)),
    ("HR-enheten", (-12815, -13400, -13900, -14200, -14500)),
    ("Kontaktcenter", (-8960, -9300, -10200, -10400, -10600)),
    ("Digitaliseringsenheten", (-21533, -22800, -24100, -24700, -25300)),
    ("Näringsliv och turism", (-5120, -5300, -5400, -5500, -5600)),
    ("Räddningstjänst (avtal)", (-17450, -18200, -18900, -19500, -20100)),
]

INVEST = [
    ("Nytt ärendehanteringssystem", (3500, 1500, 0)),
    ("Nätverksutbyggnad i kommunens lokaler", (2200, 2200, 2000)),
    ("Ombyggnad av reception i kommunhuset", (1800, 0, 0)),
]

CONTROLS = [
    ("Inköp", "Köp görs utanför upphandlade avtal",
     "Stickprov på 30 fakturor från leverantörer utan avtal", "Upphandlingschef", "Tertialvis"),
    ("Löneutbetalning", "Lön betalas ut till fel person eller med fel belopp",
     "Avstämning av nyanställda och avslutade mot lönelistan", "Lönechef", "Månadsvis"),
    ("Attest", "Fakturor attesteras av person utan behörighet",
     "Kontroll av attestförteckningen mot utbetalningar", "Redovisningsansvarig",
     "Två gånger per år"),
    ("Informationssäkerhet", "Behörigheter finns kvar efter avslutad anställning",
     "Genomgång av behörigheter i ekonomi- och lönesystemet", "Säkerhetssamordnare",
     "Två gånger per år"),
    ("Diarieföring", "Inkomna handlingar registreras inte",
     "Stickprov på inkommande e-post till kommunens funktionsbrevlåda", "Kanslichef",
     "Årligen"),
]  # fmt: skip

POPULATION_HEADER = ["Befolkning", "2023", "2024", "2025", "Prognos 2027"]
POPULATION = [
    ["Invånare totalt", "24 618", "24 702", "24 655", "24 800"],
    ["Barn 0–5 år", "1 512", "1 478", "1 449", "1 430"],
    ["Personer 80 år och äldre", "1 603", "1 688", "1 761", "1 910"],
    ["Personer 20–64 år, andel", "53,1 %", "52,8 %", "52,4 %", "51,9 %"],
]


def _numbering(doc: Any) -> int:
    """The multilevel heading list ("1", "1.1") linked from the Heading 1 and 2 styles, and a
    list "Mål 1", "Mål 2" for the goals; returns the goal list's numId."""
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n}" for n in range(1, i + 2))}"/>'
        '<w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{567 + 284 * i}" w:hanging="{567 + 284 * i}"/></w:pPr></w:lvl>'
        for i in range(2)
    )
    goal_level = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Mål %1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="1134"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr></w:lvl>"
    )
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="41"><w:multiLevelType w:val="hybridMultilevel"/>'
            f"{goal_level}</w:abstractNum>"
        ),
    )
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        ),
    )
    numbering.append(element('<w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>'))
    numbering.append(element('<w:num w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))
    for level in range(2):
        ppr = doc.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
        before = {qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore")}
        at = sum(1 for child in ppr if child.tag in before)
        ppr.insert(
            at, element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="40"/></w:numPr>')
        )
    return 41


def _body(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över "
        "nämnderna. Planen är kort: den beskriver vad styrelsen prioriterar 2027, och målen, "
        "måtten, uppdragen, budgeten och internkontrollen finns i bilagorna."
    )
    w.chapter("Kommunstyrelsens ansvar")
    w.para(
        "Under styrelsen finns kommunledningskontoret med ekonomi-, HR-, kansli- och "
        "digitaliseringsenheterna, kontaktcenter och näringslivsfunktionen. Räddningstjänsten "
        "köps av förbundet enligt avtal och ingår i styrelsens ram."
    )
    w.chapter("Omvärldsanalys")
    w.para("Tre förändringar i omvärlden påverkar styrelsens arbete mest de närmaste åren.")
    w.heading("Befolkning", 2)
    w.para(
        "Invånarantalet har legat still i fem år. Antalet barn minskar medan gruppen över 80 år "
        "växer snabbt, vilket flyttar resurser från förskola till äldreomsorg."
    )
    w.para(("b", "Tabell 1. Befolkningsutveckling"))
    w.structure("Tabell 1. Befolkningsutveckling")
    w.table([POPULATION_HEADER, *POPULATION], keep_headers=True, widths=[6.0, 2.4, 2.4, 2.4, 3])
    w.expected.key_figures += [
        KeyRow("Tabell 1. Befolkningsutveckling", row[0],
               dict(zip(POPULATION_HEADER[1:], row[1:], strict=True)))
        for row in POPULATION
    ]  # fmt: skip
    w.para("Källa: SCB och kommunens egen befolkningsprognos.")
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Var fjärde medarbetare går i pension inom tio år. Svårast är det att rekrytera "
        "sjuksköterskor, lärare och IT-specialister, och konkurrensen från regionen ökar."
    )
    w.heading("Digitalisering och informationssäkerhet", 2)
    w.para(
        "Invånarna förväntar sig att kunna sköta sina ärenden digitalt, och hotbilden mot "
        "kommunens system har skärpts. Båda kräver investeringar och nya arbetssätt."
    )
    w.chapter("Prioriteringar 2027")
    w.para(
        "Styrelsen prioriterar en ekonomi i balans, ett kontaktcenter som löser fler ärenden "
        "direkt och en gemensam lönefunktion. Resultatkravet är två procent av skatter och "
        "generella statsbidrag."
    )
    w.chapter("Uppföljning")
    w.para(
        "Målen och måtten följs upp i delårsrapporten per augusti och i årsredovisningen. "
        "Internkontrollplanen redovisas för styrelsen i januari 2028."
    )


def _goals(w: Writer, goal_list: int) -> None:
    w.heading("Bilaga 1 Mål och indikatorer", 1)
    w.structure("Bilaga 1 Mål och indikatorer")
    w.para("Kommunstyrelsens mål för 2027 är:")
    for text in GOALS:
        paragraph = w.para(text)
        ppr = paragraph._p.get_or_add_pPr()
        ppr.insert(
            0, element(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{goal_list}"/></w:numPr>')
        )
        w.expected.goals.append(Goal(text, "namnd"))
    w.para(
        "Måtten redovisas per verksamhet. Kolumnen Bidrar till mål anger vilket eller vilka "
        "av målen ovan måttet följer upp."
    )
    header = ["Indikator", "Bidrar till mål", "Utfall 2025", "Mål 2027", "Mål 2028"]
    for caption, rows in MEASURES:
        w.heading(caption, 3)
        w.structure(caption)
        body = []
        for name, unit, goals, base, t27, t28 in rows:
            numbers = [str(g) for g in goals]
            link = "Mål " + (
                numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " och " + numbers[-1]
            )
            w.structure(link)
            body.append([name, link, sv(base, unit), sv(t27, unit), sv(t28, unit)])
            for g in goals:
                w.expected.indicators.append(
                    Indicator(GOALS[g - 1], name, unit, 2025, base, {2027: t27, 2028: t28})
                )
        w.table([header, *body], widths=[7.0, 2.6, 2.2, 2.2, 2.2])

    w.heading("Uppdrag 2027", 2)
    w.structure("Uppdrag 2027")
    w.para("Uppdragen ges av kommunstyrelsen till kommunledningskontoret.")
    table = [["Id", "Uppdrag", "Ansvarig", "Klart"]]
    for code, name, who, when, day in UPPDRAG:
        table.append([code, name, who, when])
        w.structure(code, when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(table, widths=[2.4, 8.6, 3.4, 2.6])


def _economy(w: Writer) -> None:
    w.heading("Bilaga 2 Ekonomi", 1)
    w.structure("Bilaga 2 Ekonomi")
    w.para(
        "Kommunstyrelsens ram 2027 är 114,9 miljoner kronor. Ökningen mot 2026 beror främst "
        "på kontaktcentrets utökade uppdrag och licenskostnader för nya system."
    )
    w.heading("Driftbudget", 2)
    w.structure("Driftbudget")
    header = ["Verksamhet, tkr", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa kommunstyrelsen")
    w.table([header, *body], widths=[5.2, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.heading("Investeringar", 2)
    w.structure("Investeringar")
    rows = [["Projekt, tkr", "Budget 2027", "Plan 2028", "Plan 2029"]]
    for name, (a27, a28, a29) in INVEST:
        rows.append([name, sv(a27), sv(a28), sv(a29)])
        w.expected.budget.append(
            BudgetRow(
                "investering",
                name,
                {("budget", 2027): D(a27), ("plan", 2028): D(a28), ("plan", 2029): D(a29)},
            )
        )
    total = ["Summa investeringar", *(sv(sum(i[1][c] for i in INVEST)) for c in range(3))]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[7.4, 3.0, 3.0, 3.0])


def _controls(w: Writer) -> None:
    w.heading("Bilaga 3 Internkontrollplan", 1)
    w.structure("Bilaga 3 Internkontrollplan")
    w.para("Riskerna är valda utifrån kommunledningskontorets riskanalys i september 2026.")
    header = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]
    w.table([header, *[list(c) for c in CONTROLS]], widths=[2.8, 4.2, 5.0, 2.8, 2.4], size=8)
    w.expected.controls += [Control(c[2], c[0]) for c in CONTROLS]


def build_ay(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Vedeby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027 med budget och plan 2028–2029",
        ordforande="Annika Holm (C)",
        forvaltningschef="Mats Lindqvist",
        diarienummer="KS 2026/318",
    )
    w = Writer("AY-kommunstyrelse-bilagor", front)
    goal_list = _numbering(w.doc)
    w.cover("Vedeby kommun", size=14)
    w.cover("Kommunstyrelsen", size=20, bold=True)
    w.cover("Verksamhetsplan 2027 med budget och plan 2028–2029", size=24, bold=True)
    w.para("")
    w.cover("Fastställd av kommunstyrelsen 2026-12-09 § 214", size=10)
    w.cover("Diarienummer KS 2026/318", size=10)
    w.cover("Kommunstyrelsens ordförande: Annika Holm (C)", size=10)
    w.cover("Kommundirektör: Mats Lindqvist", size=10)
    w.page_break()
    _body(w)
    w.page_break()
    _goals(w, goal_list)
    _economy(w)
    _controls(w)
    return w.save(path)
