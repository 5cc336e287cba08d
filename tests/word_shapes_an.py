"""Corpus document AN: a tekniska nämnd's plan exported from the kommun's goal-management
system into Word: a plain cover ("Verksamhetsplan 2027" over the nämnd), narrative chapters as
Heading 1/2, then the system's generated hierarchy, Heading 1 "Kommunfullmäktiges mål: …" over
Heading 2 "Nämndmål: …   " (the label typed in the heading, trailing spaces kept), each
nämndmål with a "Beskrivning" label and text, an "Indikatorer" label over a table "Indikator |
Senaste utfall | Målvärde 2027 | Målvärde 2028" whose outcome cell carries its own period ("78 %
(2025)", "2025: 142,5", "Saknas", "-"), and an "Aktiviteter" label over a table "Aktivitet |
Startdatum | Slutdatum | Ansvarig | Status" with ISO dates and "Ej påbörjad"/"Pågående"; every
table preceded by an empty paragraph, a footer "Utskrivet … från styrsystemet" with a PAGE
field; an "Ekonomiska ramar" chapter with a ram build-up (Ram 2026, Pris- och
lönekompensation, Volymförändring, Effektivisering, Ram 2027, a "Summa" row) and a driftbudget
of negative net costs to Plan 2029; internkontroll "Process | Risk | Riskvärde |
Kontrollmoment | Metod | Frekvens | Ansvarig".

Expected (what a perfect import gives): the front matter (period 2027–2029, the budget's plan
years); six chapters (the Heading 2s under Omvärldsanalys are its sub-headings); three KF goals
and five nämndmål (without "Nämndmål:", nämnd level); twelve indicators under their nämndmål
with the nuläge year read from the outcome cell (no nuläge where it says "Saknas" or "-", no
target where the cell is "-"); nine activities with ansvarig, slutdatum, status and their
nämndmål; the ram build-up as a key-figure table (its columns are changes, not years of a
budget: kept as printed, the Summa row with them); seven driftbudget rows; five controls with
their process. The footer is not in the plan; the labels, the header cells, the "Saknas"/"-"
cells and the driftbudget's total are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.oxml.ns import qn
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
    Val,
)
from tests.word_shapes_xml import complex_field, element, p, r

FOOTER = "Utskrivet 2026-11-12 från styrsystemet"

Ind = tuple[str, str, str, int | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, the outcome cell as printed, its year and value, targets 2027
and 2028 (None: the cell is "-")."""
Act = tuple[str, str, str, str, str]
"""An activity: name, start, slut (ISO), ansvarig, status as printed."""

STATUS = {"Ej påbörjad": "ej_paborjad", "Pågående": "pagar"}

GOALS: list[tuple[str, list[tuple[str, str, list[Ind], list[Act]]]]] = [
    ("Vikbo är en trygg och attraktiv kommun att bo och vistas i.", [
        ("Gator, gång- och cykelvägar är säkra och framkomliga året runt.",
         "Underhåll och vinterväghållning prioriteras på de stråk som barn, äldre och "
         "cyklister använder mest.",
         [("Andel invånare som är nöjda med gång- och cykelvägarna", "%", "54 % (2025)", 2025,
           D(54), D(58), D(60)),
          ("Antal trafikolyckor med personskada på kommunala gator", "", "2025: 14", 2025,
           D(14), D(12), D(10)),
          ("Andel gångpassager vid skolor som är hastighetssäkrade", "%", "Saknas", None, None,
           D(50), D(75))],
         [("Säkra skolvägar vid Norrskolan och Ängsskolan", "2027-01-01", "2027-10-31",
           "Trafikingenjör", "Pågående"),
          ("Ny prioriteringsordning för vinterväghållning av cykelstråk", "2027-02-01",
           "2027-09-30", "Driftchef gata", "Ej påbörjad")]),
        ("Parker och lekplatser är välskötta och inbjuder till rörelse och möten.",
         "Parkerna ska vara trygga, rena och tillgängliga för alla åldrar.",
         [("Andel lekplatser utan anmärkning vid den årliga besiktningen", "%", "91 % (2025)",
           2025, D(91), D(95), D(100)),
          ("Nöjd-Medborgar-Index för parker och grönområden", "", "2024: 62", 2024, D(62),
           D(65), None)],
         [("Upprustning av lekplatsen i Stadsparken", "2027-03-01", "2027-08-31",
           "Parkchef", "Ej påbörjad")]),
    ]),
    ("Vikbo minskar sin klimatpåverkan och hushållar med resurserna.", [
        ("Energianvändningen i nämndens fastigheter minskar.",
         "Nämnden förvaltar skolor, förskolor och idrottshallar och ansvarar för deras "
         "energianvändning.",
         [("Energianvändning i kommunens lokaler, kWh per kvadratmeter", "", "2025: 142,5",
           2025, D("142.5"), D(138), D(134)),
          ("Andel förnybar energi i egna fastigheter", "%", "86 % (2025)", 2025, D(86), D(90),
           D(95))],
         [("Byte till LED-belysning i tre skolor", "2027-01-01", "2027-12-31",
           "Fastighetschef", "Pågående"),
          ("Solceller på Vikbohallens tak", "2027-04-01", "2028-06-30",
           "Projektledare fastighet", "Ej påbörjad")]),
        ("Mer av hushållsavfallet sorteras och återvinns.",
         "Insamlingen ska göra det enkelt att sortera rätt, både i villor och i "
         "flerbostadshus.",
         [("Mängd mat- och restavfall per invånare, kg", "", "2025: 168", 2025, D(168), D(160),
           D(150)),
          ("Andel hushåll som sorterar ut matavfall", "%", "-", None, None, D(70), D(80))],
         [("Fastighetsnära insamling i flerbostadshus", "2027-01-01", "2027-12-31",
           "Avfallschef", "Pågående"),
          ("Informationskampanj om matavfallssortering", "2027-03-01", "2027-05-31",
           "Kommunikatör", "Ej påbörjad")]),
    ]),
    ("Kommunens verksamheter bedrivs effektivt och med god ekonomisk hushållning.", [
        ("Nämnden håller sin budget och är en attraktiv arbetsgivare.",
         "God ekonomisk hushållning och en hållbar arbetsmiljö för driftpersonalen är "
         "förutsättningar för allt annat.",
         [("Budgetavvikelse i procent av nettokostnaden", "", "2025: -1,4", 2025, D("-1.4"),
           "Minst 0", "Minst 0"),
          ("Hållbart medarbetarengagemang (HME), index", "", "79 (2025)", 2025, D(79), D(80),
           D(81)),
          ("Sjukfrånvaro, andel av ordinarie arbetstid", "%", "6,8 % (2025)", 2025, D("6.8"),
           D(6), D("5.5"))],
         [("Digital arbetsorderhantering för driftpersonalen", "2026-09-01", "2027-06-30",
           "IT-samordnare", "Pågående"),
          ("Hälsofrämjande insatser för personal som arbetar utomhus", "2027-01-01",
           "2027-12-31", "HR-partner", "Ej påbörjad")]),
    ]),
]  # fmt: skip

RAM_HEADER = [
    "Verksamhet",
    "Ram 2026",
    "Pris- och lönekompensation",
    "Volymförändring",
    "Effektivisering",
    "Ram 2027",
]
RAM: list[tuple[str, list[int]]] = [
    ("Nämnd och förvaltningsledning", [8_450, 210, 0, -120]),
    ("Gator och vägar", [41_200, 1_150, 600, -800]),
    ("Vinterväghållning", [12_800, 380, 0, -200]),
    ("Parker och lekplatser", [15_600, 420, 250, -300]),
    ("Fastighetsförvaltning", [9_300, 610, 1_400, -450]),
    ("Kollektivtrafik", [18_900, 940, 0, -150]),
]
PLAN_GROWTH = {"Gator och vägar": (-600, -450), "Fastighetsförvaltning": (-900, -300)}

CONTROLS = [
    ("Upphandling och inköp", "Köp görs utanför avtal", "12",
     "Att inköp av entreprenadtjänster görs hos avtalade leverantörer",
     "Stickprov på 25 leverantörsfakturor", "Två gånger per år", "Controller"),
    ("Vinterväghållning", "Entreprenören fakturerar ej utförda plogningar", "9",
     "Att fakturerade insatser stämmer mot GPS-loggar", "Jämförelse av fakturor och loggar",
     "Månadsvis november–mars", "Driftchef gata"),
    ("Lekplatser", "Brister i säkerheten upptäcks inte", "8",
     "Att alla lekplatser har besiktigats och att anmärkningar åtgärdats",
     "Genomgång av besiktningsprotokoll", "Årligen", "Parkchef"),
    ("Fastighetsunderhåll", "Lagstadgade besiktningar missas", "8",
     "Att OVK och hissbesiktningar är gjorda i tid", "Kontroll i underhållssystemet",
     "Kvartalsvis", "Fastighetschef"),
    ("Behörigheter", "Personer som slutat har kvar behörighet i styrsystemet", "4",
     "Att behörighetslistan är aktuell", "Jämförelse med personalsystemet", "Årligen",
     "IT-samordnare"),
]  # fmt: skip


def _label(w: Writer, text: str) -> None:
    """The system's bold label over a field ("Beskrivning", "Indikatorer")."""
    w.para(("b", text))
    w.structure(text)


def _footer(w: Writer) -> None:
    footer = w.doc.sections[0].footer._element
    for old in footer.findall(qn("w:p")):
        footer.remove(old)
    footer.append(element(p(r(f"{FOOTER}\t\tSida "), complex_field("PAGE", "3"))))
    w.expected.absent.append(FOOTER)


def _cover(w: Writer) -> None:
    w.cover("Vikbo kommun", size=14)
    for _ in range(6):
        w.para("")
    w.cover("Verksamhetsplan 2027", size=28, bold=True)
    w.cover("Tekniska nämnden", size=18)
    w.cover("Budget 2027 och ekonomisk plan 2028–2029", size=12)
    for _ in range(8):
        w.para("")
    w.cover("Diarienummer: TN 2026/0412", size=10)
    w.cover("Beslutad i tekniska nämnden 2026-11-25 § 131", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur tekniska nämnden ska bidra till kommunfullmäktiges "
        "mål under 2027 och vilka resurser nämnden har till sitt förfogande. Planen är "
        "hämtad ur kommunens styrsystem, där målen och aktiviteterna också följs upp.",
        "Nämnden ansvarar för gator, vägar och parker, för kommunens egna fastigheter, för "
        "avfallshanteringen och för den kollektivtrafik som kommunen själv beställer.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Uppdraget framgår av nämndens reglemente. Verksamheten bedrivs i fyra avdelningar: "
        "gata och park, fastighet, avfall samt administration och trafik. Avfallsverksamheten "
        "finansieras helt av taxor."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Här beskrivs de förändringar i omvärlden som nämnden bedömer påverkar verksamheten "
        "mest under planperioden."
    )
    w.heading("Befolkning och bostadsbyggande", 2)
    w.para(
        "Vikbo växer med omkring 250 invånare per år. Två nya bostadsområden vid Åkerlund och "
        "Strandängen byggs ut till 2029 och ger nya gator, gång- och cykelvägar och "
        "grönytor att sköta, som ännu inte är fullt kompenserade i ramen."
    )
    w.heading("Klimat och energi", 2)
    w.para(
        "Kraftigare skyfall och mildare vintrar med många omslag kring nollgradersstrecket "
        "ställer nya krav på dagvattenhantering och halkbekämpning. Energipriserna är fortsatt "
        "svåra att förutse."
    )
    w.bullets(
        "Nya krav på fastighetsnära insamling av förpackningar införs stegvis från 2027.",
        "EU:s byggnadsdirektiv skärper kraven på energiprestanda i offentliga lokaler.",
        "Kostnaderna för asfalt och entreprenader har ökat mer än den allmänna prisnivån.",
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Det är svårt att rekrytera projektledare och ingenjörer. Var fjärde medarbetare inom "
        "driften går i pension inom tio år och nämnden behöver arbeta med intern "
        "kompetensutveckling och samarbete med gymnasiets bygg- och anläggningsprogram."
    )
    w.chapter("Mål och uppföljning")
    w.para(
        "Kommunfullmäktiges mål bryts ned i nämndmål. Varje nämndmål följs upp med "
        "indikatorer och genomförs genom aktiviteter. Utfallen rapporteras i delårsrapporten "
        "och i verksamhetsberättelsen."
    )


def _goals(w: Writer) -> None:
    ind_header = ["Indikator", "Senaste utfall", "Målvärde 2027", "Målvärde 2028"]
    act_header = ["Aktivitet", "Startdatum", "Slutdatum", "Ansvarig", "Status"]
    for kf, goals in GOALS:
        w.heading(f"Kommunfullmäktiges mål: {kf}", 1)
        w.expected.goals.append(Goal(kf, "kf"))
        for goal, description, inds, acts in goals:
            w.heading(f"Nämndmål: {goal}   ", 2)
            w.expected.goals.append(Goal(goal, "namnd"))
            _label(w, "Beskrivning")
            w.para(description)
            _label(w, "Indikatorer")
            w.para("")
            rows = [ind_header]
            for name, unit, outcome, year, base, t27, t28 in inds:
                targets = [cell_text(t, unit) if t is not None else "-" for t in (t27, t28)]
                rows.append([name, outcome, *targets])
                # "54 % (2025)" is the nuläge and its year: checked as the indicator's figures.
                w.structure(outcome, *(c for c in targets if c == "-"))
                given = {y: t for y, t in ((2027, t27), (2028, t28)) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, given))
            w.table(rows, widths=[7.6, 3.0, 2.6, 2.6])
            _label(w, "Aktiviteter")
            w.para("")
            rows = [act_header]
            for name, start, end, who, status in acts:
                rows.append([name, start, end, who, status])
                w.structure(start, end, status)
                w.expected.activities.append(
                    Activity(
                        name,
                        who,
                        dt.date.fromisoformat(end),
                        status=STATUS[status],
                        group=goal,
                    )
                )
            w.table(rows, widths=[5.4, 2.5, 2.5, 3.0, 2.4])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomiska ramar")
    w.paras(
        "Kommunfullmäktige har beslutat om en ram för 2027 på 110 190 tkr. Ramen har räknats "
        "upp med kompensation för löne- och prisökningar och för fler gator och grönytor i "
        "de nya bostadsområdena. Samtidigt ska nämnden effektivisera med 2 020 tkr.",
        "Alla belopp anges i tkr. I driftbudgeten visas nettokostnader som negativa belopp.",
    )
    caption = "Ramberäkning 2027, tkr"
    w.para(("b", caption))
    w.structure(caption)
    w.para("")
    # Judgement: the middle columns are changes, not years of a budget; the table explains the
    # ram and is kept as printed, a key-figure table (the driftbudget holds the budget).
    rows = [RAM_HEADER]
    for name, parts in RAM:
        rows.append([name, *(sv(a) for a in parts), sv(sum(parts))])
    sums = [sum(p[i] for _, p in RAM) for i in range(4)]
    rows.append(["Summa", *(sv(s) for s in sums), sv(sum(sums))])
    assert sum(sums) == 110_190, sum(sums)
    w.table(rows, keep_headers=True, widths=[4.6, 2.2, 2.8, 2.4, 2.4, 2.2], size=8)
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(RAM_HEADER[1:], row[1:], strict=True))) for row in rows[1:]
    ]
    w.para(
        "Effektiviseringen inom gator och vägar nås främst genom samordnade upphandlingar "
        "av beläggningsarbeten."
    )

    caption = "Driftbudget, tkr"
    w.para(("b", caption))
    w.structure(caption)
    w.para("")
    keys = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    drift: list[tuple[str, list[int | None]]] = []
    for name, parts in RAM:
        ram27 = sum(parts)
        more = PLAN_GROWTH.get(name, (0, 0))
        drift.append((name, [-parts[0], -ram27, -ram27 + more[0], -ram27 + more[0] + more[1]]))
    drift.append(("Avfallsverksamhet (taxefinansierad)", [0, 0, 0, 0]))
    body = budget_rows(w, "drift", keys, drift, "Summa nettokostnad")
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    w.table([header, *body], widths=[5.6, 2.6, 2.6, 2.6, 2.6])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4. Risker med värde 8 "
        "eller högre har ett kontrollmoment i planen."
    )
    w.para("")
    header = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens"]
    rows = [[*header, "Ansvarig"]]
    for process, risk, value, moment, method, often, who in CONTROLS:
        rows.append([process, risk, value, moment, method, often, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.4, 2.8, 1.5, 3.2, 2.8, 2.1, 2.0], size=8)


def build_an(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Vikbo kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027",
        diarienummer="TN 2026/0412",
    )
    w = Writer("AN-teknisk-nämnd-styrsystemsexport", front)
    w.doc.styles["Normal"].font.size = Pt(10)
    _footer(w)
    _cover(w)
    _chapters(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
