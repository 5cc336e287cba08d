"""Corpus document AE: a miljö- och hälsoskyddsnämnd's plan whose goals are one "styrkort" in a
landscape section: a wide table "Perspektiv | Strategiskt mål | Nämndsmål | Indikator | Nuläge
(2025) | Målvärde 2027 | Målvärde 2029" where the perspective, the fullmäktige's strategic goal
and the nämnd's numbered goal ("1.1 …" typed in the cell) are merged down over their indicators;
activities as one table per goal "Vad | Hur | Vem | När" under a bold "Nämndsmål 1.1 – …" line,
dated "2027-02-28", "Juni 2027", "Senast 2027-10-31" or "Löpande"; a "Resultatbudget (tkr)"
whose costs are written in a mix of parentheses "(14 820)" and Unicode minus "−1 230", a
nettokostnad per verksamhet; and internkontroll "Rutin/system | Risk | Sannolikhet |
Konsekvens | Kontrollmetod | Frekvens | Ansvarig | Rapport till".

Expected (what a perfect import gives): the front matter from the cover (the miljöchef is the
förvaltningschef); seven chapters; four strategic goals (fullmäktige's) and six nämndsmål
without their typed numbers; eleven indicators with nuläge 2025 and targets for 2027 and
2029; ten activities with ansvarig, slutdatum (a month's last day, none for "Löpande") and
their goal; six resultat rows (costs negative) and five driftbudget rows; six controls with the
rutin as process and the kontrollmetod as kontrollmoment. The perspectives, header cells, goal
lines over the activity tables and totals are structure; the page header is not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)

HEADER = "Kvarnsjö kommun – Miljö- och hälsoskyddsnämnden – Verksamhetsplan 2027–2029"

Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name, unit, nuläge 2025, målvärde 2027, målvärde 2029."""

STYRKORT: list[tuple[str, str, list[tuple[str, str, list[Ind]]]]] = [
    ("Invånare", "Invånarna i Kvarnsjö lever i en hälsosam och säker miljö.", [
        ("1.1", "Livsmedel som säljs och serveras i kommunen är säkra.",
         [("Andel planerade livsmedelskontroller som genomförs", "%", D(82), D(100), D(100)),
          ("Andel kontrollerade anläggningar utan avvikelser", "%", D(64), D(70), D(75))]),
        ("1.2", "Färre invånare besväras av buller och brister i inomhusmiljön.",
         [("Klagomål på inomhusmiljö som avslutas inom 90 dagar, andel", "%", D(58), D(75),
           D(85)),
          ("Tillsynsbesök i skolor och förskolor, antal", "", D(31), D(45), D(45))]),
    ]),
    ("Hållbar utveckling", "Kvarnsjö minskar sin klimatpåverkan och skyddar vatten och natur.", [
        ("2.1", "Utsläppen från enskilda avlopp till sjöar och vattendrag minskar.",
         [("Inventerade enskilda avlopp, antal per år", "", D(210), D(300), D(300)),
          ("Andel underkända avlopp som åtgärdats inom två år", "%", D(47), D(60), D(80))]),
        ("2.2", "Förorenade områden utreds och åtgärdas i prioriterad ordning.",
         [("Objekt i riskklass 1 och 2 där utredning pågår, antal", "", D(6), D(9), D(12)),
          ("Andel tillsynsobjekt med miljöfarlig verksamhet som fått besök", "%", D("71.5"),
           D(85), D(90))]),
    ]),
    ("Medarbetare", "Kommunen är en attraktiv arbetsgivare.", [
        ("3.1", "Nämnden behåller och rekryterar kompetenta inspektörer.",
         [("Personalomsättning", "%", D("18.5"), "Högst 10 %", "Högst 8 %"),
          ("Hållbart medarbetarengagemang (HME), index", "", D(76), D(78), D(80))]),
    ]),
    ("Ekonomi", "Verksamheten bedrivs med god ekonomisk hushållning.", [
        ("4.1", "Tillsynen finansieras i högre grad av avgifter.",
         [("Avgiftsfinansieringsgrad", "%", D(44), D(50), D(55))]),
    ]),
]  # fmt: skip

GOALS = {number: goal for _, _, goals in STYRKORT for number, goal, _ in goals}

Act = tuple[str, str, str, str, dt.date | None]
"""An activity: vad, hur, vem, när (as printed) and the slutdatum it means."""

ACTIVITIES: dict[str, list[Act]] = {
    "1.1": [
        ("Riskbaserad kontrollplan för livsmedel",
         "Kontrollfrekvensen styrs av riskklass och av avvikelser vid tidigare besök",
         "Livsmedelsinspektörerna", "2027-02-28", dt.date(2027, 2, 28)),
        ("Projekt om allergener på restauranger",
         "Projektkontroll med information och uppföljande besök hos alla pizzerior",
         "Livsmedelsinspektör", "Juni 2027", dt.date(2027, 6, 30)),
    ],
    "1.2": [
        ("Tillsyn av ventilation i skolor",
         "Besök på alla grundskolor tillsammans med fastighetsförvaltningen",
         "Hälsoskyddsinspektör", "Senast 2027-10-31", dt.date(2027, 10, 31)),
        ("Ny rutin för klagomål om buller",
         "Mall för första kontakten och fasta tider för återkoppling till den som klagat",
         "Enhetschef hälsoskydd", "2027-04-30", dt.date(2027, 4, 30)),
    ],
    "2.1": [
        ("Avloppsinventering runt Sjöbyån",
         "Brev till fastighetsägarna, besök och beslut om förbud där reningen brister",
         "Avloppsinspektör", "Oktober 2027", dt.date(2027, 10, 31)),
        ("Informationskväll för fastighetsägare",
         "Leverantörer av små avloppsanläggningar visar olika lösningar",
         "Miljöchef", "Mars 2027", dt.date(2027, 3, 31)),
    ],
    "2.2": [
        ("Inventering av nedlagda deponier",
         "Arkivstudier och orienterande provtagning enligt MIFO fas 1",
         "Inspektör förorenade områden", "Löpande", None),
    ],
    "3.1": [
        ("Introduktionsprogram för nya inspektörer",
         "Fadder och utbildningsplan under de sex första månaderna",
         "Miljöchef", "2027-01-31", dt.date(2027, 1, 31)),
        ("Gemensam kompetensdag med grannkommunerna",
         "Erfarenhetsutbyte om tillsyn av förorenade områden och livsmedel",
         "Enhetschef miljöskydd", "November 2027", dt.date(2027, 11, 30)),
    ],
    "4.1": [
        ("Översyn av taxan för prövning och tillsyn",
         "Timavgiften jämförs med länets kommuner och ett förslag lämnas till fullmäktige",
         "Controller", "Augusti 2027", dt.date(2027, 8, 31)),
    ],
}  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
RESULT: list[tuple[str, list[int], bool]] = [
    ("Avgifter och taxor", [8_940, 9_300, 10_150, 10_700, 11_200], False),
    ("Bidrag", [620, 400, 450, 450, 450], False),
    ("Personalkostnader", [-14_820, -15_600, -16_350, -16_900, -17_400], True),
    ("Lokalkostnader", [-1_230, -1_260, -1_290, -1_320, -1_350], False),
    ("Övriga kostnader", [-2_110, -2_050, -2_180, -2_240, -2_290], True),
    ("Kapitalkostnader", [-95, -110, -140, -140, -120], False),
]
"""Resultatbudget rows; True where the costs are printed in parentheses, else with "−"."""

NET = [sum(a[i] for _, a, _ in RESULT) for i in range(len(KEYS))]
_PARTS: list[tuple[str, list[int]]] = [
    ("Nämnd och ledning", [-1_420, -1_480, -1_510, -1_540, -1_570]),
    ("Livsmedelskontroll", [-1_060, -1_150, -980, -820, -700]),
    ("Hälsoskydd", [-2_340, -2_420, -2_390, -2_400, -2_410]),
    ("Miljöskydd", [-3_580, -3_690, -3_760, -3_820, -3_860]),
]
DRIFT: list[tuple[str, list[int | None]]] = [(n, list(a)) for n, a in _PARTS]
DRIFT.append(
    ("Förorenade områden", [net - sum(a[i] for _, a in _PARTS) for i, net in enumerate(NET)])
)

CONTROLS = [
    ("Fakturering av tillsynsavgifter", "Avgift tas ut med fel timtaxa eller inte alls",
     "3", "2", "Stickprov på tio fakturor per kvartal mot beslutad taxa", "Kvartalsvis",
     "Controller", "Miljöchef"),
    ("Delegationsbeslut", "Beslut fattas utan giltig delegation", "2", "4",
     "Genomgång av delegationslistan mot fattade beslut", "Två gånger per år",
     "Nämndsekreterare", "Nämnden"),
    ("Ärendehanteringssystemet", "Ärenden blir liggande utan åtgärd", "3", "3",
     "Uttag av ärenden utan händelse de senaste 60 dagarna", "Varje månad",
     "Enhetschefer", "Miljöchef"),
    ("Livsmedelskontroll", "Kontrollplanen följs inte och lagkrav uppfylls inte", "2", "4",
     "Avstämning av genomförda kontroller mot kontrollplanen", "Tertialvis",
     "Enhetschef livsmedel", "Nämnden"),
    ("Provtagning och analys", "Prover hanteras fel och resultaten går inte att använda",
     "2", "3", "Granskning av provtagningsprotokoll i fem ärenden", "Årligen",
     "Miljöinspektör", "Miljöchef"),
    ("Allmänna handlingar", "Handlingar lämnas ut utan sekretessprövning", "1", "4",
     "Genomgång av utlämnade handlingar i diariet", "Årligen", "Registrator", "Nämnden"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("Kvarnsjö kommun", size=14)
    w.cover("Miljö- och hälsoskyddsnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=28, bold=True)
    w.para("")
    w.cover("Antagen av nämnden 2026-12-09, § 141")
    w.cover("Dnr MHN 2026/388")
    w.cover("Ordförande: Eva Lindqvist (M)")
    w.cover("Miljöchef: Tomas Brandt")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Miljö- och hälsoskyddsnämnden har tillsyn över livsmedel, hälsoskydd och miljöfarlig "
        "verksamhet i Kvarnsjö. Planen visar hur nämnden ska bidra till fullmäktiges strategiska "
        "mål under de kommande tre åren och hur budgeten fördelas."
    )
    w.chapter("Nämndens ansvarsområde")
    w.para(
        "Nämnden prövar och utövar tillsyn enligt miljöbalken och livsmedelslagstiftningen. "
        "Förvaltningen har 26 medarbetare i tre enheter: livsmedel, hälsoskydd och miljöskydd."
    )
    w.bullets(
        "Livsmedelskontroll i omkring 310 anläggningar",
        "Tillsyn av skolor, förskolor, bassängbad och hygienlokaler",
        "Tillsyn av miljöfarlig verksamhet, avlopp och förorenade områden",
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Den nya kontrollförordningen för livsmedel ställer krav på att kontrollen är "
        "riskbaserad och att avgifterna tas ut i efterhand. Vattenmyndigheten har pekat ut "
        "Sjöbyån som påverkad av övergödning, där enskilda avlopp är en stor källa."
    )
    w.para(
        "Det är svårt att rekrytera erfarna inspektörer. Tre av fyra som slutade under 2025 "
        "gick till en statlig myndighet eller till en större kommun."
    )


def _styrkort(w: Writer) -> None:
    w.chapter("Styrkort 2027–2029")
    w.para(
        "Styrkortet visar fullmäktiges strategiska mål per perspektiv, nämndens mål och de "
        "indikatorer som följs upp i delårsrapporten och i verksamhetsberättelsen."
    )
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    header = ["Perspektiv", "Strategiskt mål", "Nämndsmål", "Indikator", "Nuläge (2025)"]
    header += ["Målvärde 2027", "Målvärde 2029"]
    rows: list[list[str]] = [header]
    merges: list[tuple[int, int, int, int]] = []
    for perspective, strategic, goals in STYRKORT:
        first = len(rows)
        w.structure(perspective)
        w.expected.goals.append(Goal(strategic, "kf"))
        for number, goal, inds in goals:
            goal_first = len(rows)
            w.expected.goals.append(Goal(goal, "namnd"))
            for n, (name, unit, base, t27, t29) in enumerate(inds):
                lead = ["", "", ""]
                if len(rows) == first:
                    lead[:2] = [perspective, strategic]
                if not n:
                    lead[2] = f"{number} {goal}"
                rows.append([*lead, name, *(cell_text(v, unit) for v in (base, t27, t29))])
                targets = {2027: t27, 2029: t29}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))
            if len(rows) - 1 > goal_first:
                merges.append((goal_first, 2, len(rows) - 1, 2))
        if len(rows) - 1 > first:
            merges += [(first, 0, len(rows) - 1, 0), (first, 1, len(rows) - 1, 1)]
    w.table(rows, merges=merges, widths=[2.6, 4.4, 4.6, 6.6, 2.2, 2.2, 2.2])
    back = w.doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Förvaltningen genomför följande aktiviteter för att nå nämndens mål.")
    for number, acts in ACTIVITIES.items():
        line = f"Nämndsmål {number} – {GOALS[number]}"
        w.para(("b", line))
        w.structure(line)
        rows = [["Vad", "Hur", "Vem", "När"]]
        for what, how, who, when, day in acts:
            rows.append([what, how, who, when])
            w.structure(when)
            w.expected.activities.append(Activity(what, who, day, group=GOALS[number]))
        w.table(rows, widths=[4.6, 6.6, 3.2, 2.2])


def _paren(amount: int, parentheses: bool) -> str:
    if amount >= 0:
        return sv(amount)
    return f"({sv(-amount)})" if parentheses else sv(amount, minus="−")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Fullmäktige har gett nämnden en ram på 9 600 tkr för 2027. Intäkterna ökar när den "
        "nya livsmedelstaxan med efterhandsdebitering får helårseffekt."
    )
    caption = "Resultatbudget (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    rows = [header]
    for name, amounts, parentheses in RESULT:
        rows.append([name, *(_paren(a, parentheses) for a in amounts)])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("resultat", name, given))
    total = ["Nettokostnad", *(_paren(n, True) for n in NET)]
    w.totals(*total)
    rows.append(total)
    w.table(rows, widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])

    caption = "Nettokostnad per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", *header[1:]]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa", minus="−")
    w.table([header, *body], widths=[5, 2.3, 2.3, 2.3, 2.3, 2.3])


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Risker bedöms efter sannolikhet och konsekvens på en skala från 1 till 4. Kontroller "
        "görs för de risker som fått ett riskvärde på 6 eller mer."
    )
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    header = ["Rutin/system", "Risk", "Sannolikhet", "Konsekvens", "Kontrollmetod"]
    header += ["Frekvens", "Ansvarig", "Rapport till"]
    rows = [header]
    for routine, risk, s, k, method, often, who, to in CONTROLS:
        rows.append([routine, risk, s, k, method, often, who, to])
        w.structure(s, k)
        w.expected.controls.append(Control(method, routine))
    w.table(rows, widths=[3.6, 4.4, 2, 2, 5.2, 2.6, 2.8, 2.4])


def build_ae(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och hälsoskyddsnämnden",
        kommun="Kvarnsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Eva Lindqvist (M)",
        forvaltningschef="Tomas Brandt",
        diarienummer="MHN 2026/388",
    )
    w = Writer("AE-miljönämnd-styrkort", front)
    _cover(w)
    _chapters(w)
    _styrkort(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
