"""Corpus document BY: a miljö- och hälsoskyddsnämnd's plan in the other words municipalities
use for the same things: fullmäktige's "Strategiska mål" as Heading 2s over the nämnd's
"Prioriterat mål"/"Resultatmål" as bold lines, indicators in tables headed "Mätetal",
"Styrtal" or "Mått" with the baseline as "Utgångsläge 2025" or "Basvärde (2024)" and the
targets as "Förväntat resultat 2027" and "Ambitionsnivå 2029", the nämnd's commitments as
"Nämnden åtar sig att …" bullets under each goal, an "Insatser" table with "Klart" given as
"december 2027" or "Q2 2027", a table "Uppdrag | Beslut | Återrapporteras" of fullmäktige's
assignments, the budget as "Ekonomisk ram" with "Nettoram 2027" and a kommunbidrag total,
"Basfakta" volumes and a "Kontrollplan" of "Granskningsområde | Kontrollaktivitet" rows.

Expected (what a perfect import gives): the front matter; the narrative chapters; three
strategiska mål (kf) and five prioriterade mål/resultatmål (nämnd) with eleven indicators
(nuläge year from the column heading, targets per year, "%" where written); the åtaganden as
activities of their goal (what the nämnd commits to do is what a secretary enters as its
activities), the insatser with ansvarig and the last day of the month or quarter as slutdatum,
and the fullmäktige uppdrag as activities with the återrapport month as slutdatum; seven
budget rows (bokslut 2025, budget 2026, budget 2027 for the nettoram, plan 2028–2029); five
basfakta rows; five controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
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

Row = tuple[str, str, Val | None, dict[int, Val]]
"""An indicator: name, unit, baseline, targets per year."""

# (strategiskt mål, [(label, prioriterat mål, table header, nuläge year, target years,
#   rows, åtaganden)])
GOALS: list[tuple[str, list[tuple[str, str, list[str], int, list[int], list[Row], list[str]]]]] = [
    ("Strömsby har en giftfri och hälsosam livsmiljö.", [
        ("Prioriterat mål 1.1", "Livsmedel som säljs och serveras i kommunen är säkra.",
         ["Mätetal", "Utgångsläge 2025", "Förväntat resultat 2027", "Ambitionsnivå 2029"],
         2025, [2027, 2029],
         [("Andel planerade livsmedelskontroller som genomförts", "%", D(86),
           {2027: D(95), 2029: D(100)}),
          ("Andel verksamheter med allvarliga brister vid uppföljande kontroll", "%",
           D("7.5"), {2027: D(5), 2029: D(3)})],
         ["Nämnden åtar sig att kontrollera samtliga skolkök under 2027.",
          "Nämnden åtar sig att erbjuda digital ansökan om registrering av livsmedelsanläggning."]),
        ("Prioriterat mål 1.2", "Invånarna skyddas mot buller, radon och dålig inomhusmiljö.",
         ["Mätetal", "Utgångsläge 2025", "Förväntat resultat 2027", "Ambitionsnivå 2029"],
         2025, [2027, 2029],
         [("Andel förskolor med radonmätning yngre än tio år", "%", D(62),
           {2027: D(85), 2029: D(100)}),
          ("Handläggningstid för klagomål på inomhusmiljö, median dagar", "", D(41),
           {2027: D(30), 2029: D(25)}),
          ("Antal tillsynsbesök på skolor och förskolor", "", D(38),
           {2027: D(55), 2029: "Samtliga vart tredje år"})],
         ["Nämnden åtar sig att genomföra ett tillsynsprojekt om ventilation i skolor."]),
    ]),
    ("Strömsbys natur och vatten håller god status.", [
        ("Resultatmål 2.1", "Utsläppen från enskilda avlopp till Norrån minskar.",
         ["Styrtal", "Basvärde (2024)", "Förväntat resultat 2027", "Förväntat resultat 2028",
          "Ambitionsnivå 2029"],
         2024, [2027, 2028, 2029],
         [("Antal åtgärdade enskilda avlopp per år", "", D(64),
           {2027: D(90), 2028: D(90), 2029: D(100)}),
          ("Andel inventerade avlopp i Norråns avrinningsområde", "%", D(41),
           {2027: D(70), 2028: D(85), 2029: D(100)})],
         ["Nämnden åtar sig att inventera de enskilda avloppen kring Lillsjön.",
          "Nämnden åtar sig att ta fram en riktlinje för små avlopp."]),
        ("Resultatmål 2.2", "Fler miljöfarliga verksamheter har egenkontroll som fungerar.",
         ["Styrtal", "Basvärde (2024)", "Förväntat resultat 2027", "Förväntat resultat 2028",
          "Ambitionsnivå 2029"],
         2024, [2027, 2028, 2029],
         [("Andel tillsynsobjekt med godkänd egenkontroll", "%", D(71),
           {2027: D(78), 2028: D(82), 2029: D(85)})],
         []),
    ]),
    ("Nämndens service är rättssäker och effektiv.", [
        ("Prioriterat mål 3.1", "Företagare och invånare får snabba och tydliga besked.",
         ["Mått", "Utgångsläge 2025", "Förväntat resultat 2027", "Ambitionsnivå 2029"],
         2025, [2027, 2029],
         [("Nöjd kund-index (NKI) miljö- och hälsoskydd", "", D(69),
           {2027: D(73), 2029: D(75)}),
          ("Andel beslut som upphävs efter överklagande", "%", D("2.4"),
           {2027: "Under 2 %", 2029: "Under 2 %"}),
          ("Andel av tillsynsavgiften som tas ut i efterhand", "%", D(0),
           {2027: D(60), 2029: D(100)})],
         ["Nämnden åtar sig att införa efterhandsdebitering av tillsynsavgifter."]),
    ]),
]  # fmt: skip

INSATSER = [
    ("Ny taxa för efterhandsdebitering", "Prioriterat mål 3.1", "Miljöchef", "Q2 2027",
     dt.date(2027, 6, 30)),
    ("Kampanj om radonmätning i villor", "Prioriterat mål 1.2", "Miljöinspektör hälsoskydd",
     "oktober 2027", dt.date(2027, 10, 31)),
    ("Samordnad tillsyn av hästgårdar med länsstyrelsen", "Resultatmål 2.2",
     "Enhetschef miljöskydd", "december 2027", dt.date(2027, 12, 31)),
    ("Utbildning i klarspråk för alla handläggare", "Prioriterat mål 3.1", "Miljöchef",
     "Q1 2027", dt.date(2027, 3, 31)),
    ("Provtagning av badvatten vid sex nya badplatser", "Prioriterat mål 1.2",
     "Miljöinspektör hälsoskydd", "augusti 2027", dt.date(2027, 8, 31)),
]  # fmt: skip

UPPDRAG = [
    (
        "Ta fram en plan för att minska kemikalier i kommunens förskolor",
        "KF 2026-06-15 § 88",
        "Nämnden mars 2027",
        dt.date(2027, 3, 31),
    ),
    (
        "Utreda samverkan om livsmedelskontroll med Åbyns kommun",
        "KF 2026-10-26 § 131",
        "Kommunstyrelsen september 2027",
        dt.date(2027, 9, 30),
    ),
]

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
RAM = [
    ("Nämnd och förvaltningsledning", (2140, 2210, 2290, 2330, 2380)),
    ("Livsmedelskontroll", (3870, 4020, 4110, 4190, 4260)),
    ("Miljöskydd", (6920, 7280, 7560, 7700, 7850)),
    ("Hälsoskydd", (3410, 3550, 3690, 3760, 3830)),
    ("Naturvård och vatten", (2980, 3310, 3850, 3920, 4000)),
    ("Tobak, alkohol och receptfria läkemedel", (-120, -80, -60, -60, -60)),
    ("Klimat- och energirådgivning", (890, 940, 970, 990, 1010)),
]

BASFAKTA_HEADER = ["Volymer", "2023", "2024", "2025"]
BASFAKTA = [
    ["Registrerade livsmedelsanläggningar", "412", "419", "427"],
    ["Genomförda livsmedelskontroller", "388", "402", "371"],
    ["Tillståndspliktiga och anmälningspliktiga verksamheter", "164", "168", "171"],
    ["Klagomål på boendemiljö", "97", "118", "126"],
    ["Ansökningar om enskilt avlopp", "143", "151", "189"],
]

KONTROLL = [
    ("Avgiftsdebitering", "Tillsynsavgifter debiteras inte", "Stickprov av tio ärenden mot "
     "fakturering", "Ekonom", "Två gånger per år"),
    ("Jäv och bisysslor", "Handläggare beslutar i ärenden där jäv föreligger",
     "Genomgång av anmälda bisysslor", "Miljöchef", "Årligen"),
    ("Delegationsbeslut", "Beslut fattas utan delegation",
     "Kontroll av att alla delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
     "Varje sammanträde"),
    ("Diarieföring", "Handlingar diarieförs inte", "Stickprov i inkommande post",
     "Registrator", "Kvartalsvis"),
    ("Handläggningstider", "Klagomål blir liggande", "Uppföljning av ärenden äldre än 90 "
     "dagar", "Enhetschef hälsoskydd", "Kvartalsvis"),
]  # fmt: skip


def _goals(w: Writer) -> None:
    w.chapter("Strategiska mål och åtaganden", 1)
    w.para(
        "Kommunfullmäktige har antagit tre strategiska mål för mandatperioden. Under varje "
        "strategiskt mål har nämnden valt ut prioriterade mål eller resultatmål som mäts med "
        "mätetal. Nämndens åtaganden beskriver vad nämnden själv gör för att nå målen."
    )
    for s, (strategic, goals) in enumerate(GOALS, 1):
        w.heading(f"Strategiskt mål {s}: {strategic}", 2)
        w.expected.goals.append(Goal(strategic, "kf"))
        for label, goal, header, year, years, rows, commitments in goals:
            w.para(("b", f"{label}: {goal}"))
            w.expected.goals.append(Goal(goal, "namnd"))
            table = [header]
            for name, unit, base, targets in rows:
                table.append(
                    [name, cell_text(base, unit), *(cell_text(targets.get(y), unit) for y in years)]
                )
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
            w.table(table, widths=[7.2] + [9.4 / (len(header) - 1)] * (len(header) - 1))
            if commitments:
                w.para(("i", "Åtaganden"))
                w.bullets(*commitments)
                for text in commitments:
                    w.expected.activities.append(Activity(text, group=goal))


def _insatser(w: Writer) -> None:
    w.chapter("Insatser 2027", 1)
    w.para("Utöver åtagandena genomför förvaltningen följande insatser under 2027.")
    goals = {label: goal for _, gs in GOALS for label, goal, *_ in gs}
    rows = [["Insats", "Bidrar till", "Ansvarig", "Klart"]]
    for name, label, who, when, day in INSATSER:
        rows.append([name, label, who, when])
        w.structure(label, when)
        w.expected.activities.append(Activity(name, who, day, group=goals[label]))
    w.table(rows, widths=[7.0, 3.4, 3.8, 2.4])

    w.chapter("Uppdrag från kommunfullmäktige", 1)
    w.para(
        "Kommunfullmäktige har gett nämnden två uppdrag som ska genomföras under planperioden. "
        "Uppdragen redovisas i delårsrapporten tills de är återrapporterade."
    )
    rows = [["Uppdrag", "Beslut", "Återrapporteras"]]
    for name, decision, report, day in UPPDRAG:
        rows.append([name, decision, report])
        w.structure(decision, report)
        w.expected.activities.append(Activity(name, slutdatum=day))
    w.table(rows, widths=[8.6, 3.8, 4.2])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomisk ram", 1)
    total_2027 = sum(r[1][2] for r in RAM)
    w.para(
        f"Kommunfullmäktige har beslutat om ett kommunbidrag på {sv(total_2027)} tkr för 2027."
        + " Ramen har räknats upp med 2,1 procent för löner och priser. Tillskottet till "
        "naturvård och vatten finansierar en ny tjänst för vattenplanering."
    )
    w.heading("Nettoram per verksamhet (tkr)", 3)
    w.structure("Nettoram per verksamhet (tkr)")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Nettoram 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", KEYS, RAM, "Kommunbidrag", minus="−")
    w.table([header, *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para(
        "Tobak, alkohol och receptfria läkemedel redovisar ett överskott eftersom "
        "tillståndsavgifterna är högre än kostnaderna."
    )


def _basfakta(w: Writer) -> None:
    w.chapter("Basfakta", 1)
    w.para("Volymerna visar verksamhetens omfattning de tre senaste åren.")
    caption = "Basfakta – volymer"
    w.heading(caption, 3)
    w.structure(caption)
    w.table([BASFAKTA_HEADER, *BASFAKTA], keep_headers=True, widths=[8.6, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(BASFAKTA_HEADER[1:], row[1:], strict=True)))
        for row in BASFAKTA
    ]


def _kontroll(w: Writer) -> None:
    w.chapter("Kontrollplan 2027", 1)
    w.para(
        "Kontrollplanen är nämndens plan för intern kontroll. Granskningsområdena har valts "
        "efter en riskbedömning i förvaltningens ledningsgrupp; resultatet redovisas för "
        "nämnden i februari 2028."
    )
    rows = [["Granskningsområde", "Risk", "Kontrollaktivitet", "Ansvarig", "Frekvens"]]
    for area, risk, what, who, often in KONTROLL:
        rows.append([area, risk, what, who, often])
        w.structure(risk, who, often)
        w.expected.controls.append(Control(what, area))
    w.table(rows, widths=[3.2, 3.8, 4.6, 2.6, 2.4])


def build_by(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och hälsoskyddsnämnden",
        kommun="Strömsby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Lena Sandberg (MP)",
        forvaltningschef="Anders Holm",
        diarienummer="MHN 2026/142",
    )
    w = Writer("BY-miljö-hälsoskydd-andra-ord", front)
    w.cover("Strömsby kommun", size=14, bold=True)
    w.cover("Miljö- och hälsoskyddsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Antagen av miljö- och hälsoskyddsnämnden 2026-12-10, § 98", size=10)
    w.cover("Ordförande: Lena Sandberg (MP)", size=10)
    w.cover("Miljöchef: Anders Holm", size=10)
    w.cover("Diarienummer: MHN 2026/142", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.paras(
        "Verksamhetsplanen visar hur miljö- och hälsoskyddsnämnden bidrar till "
        "fullmäktiges strategiska mål under 2027–2029 och hur nämndens ekonomiska ram "
        "fördelas. Planen följs upp i delårsrapporten per augusti och i årsberättelsen.",
        "Nämnden har i år bytt ord i planen så att de stämmer med kommunens styrmodell: "
        "det som tidigare kallades aktiviteter heter nu åtaganden och insatser.",
    )
    w.chapter("Nämndens ansvar", 1)
    w.para(
        "Nämnden är tillsynsmyndighet enligt miljöbalken, livsmedelslagen och lagen om "
        "tobak och liknande produkter. Förvaltningen har 34 medarbetare fördelade på "
        "enheterna miljöskydd, hälsoskydd och livsmedel."
    )
    w.chapter("Omvärldsanalys", 1)
    w.paras(
        "Strömsby växer med omkring 400 invånare per år och två nya bostadsområden planeras "
        "vid Norrån. Det ökar antalet ärenden om enskilda avlopp och klagomål på buller "
        "under byggtiden.",
        "EU:s nya regler för offentlig kontroll av livsmedel ställer högre krav på "
        "dokumentation. Samtidigt är det svårt att rekrytera erfarna livsmedelsinspektörer; "
        "två av fem tjänster tillsattes först efter andra annonseringen 2026.",
        "Vattenmyndighetens statusklassning visar att Norrån inte når god ekologisk status, "
        "främst på grund av näringsläckage från avlopp och jordbruk.",
    )
    w.bullets(
        "Fler och större livsmedelsföretag i handelsområdet vid E4:an.",
        "Ökat intresse för radonmätning efter kampanjen 2025.",
        "Krav på efterhandsdebitering av tillsynsavgifter från 2028.",
    )
    _goals(w)
    _insatser(w)
    _economy(w)
    _basfakta(w)
    _kontroll(w)
    return w.save(path)
