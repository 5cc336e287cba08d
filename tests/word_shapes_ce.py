"""Corpus document CE: a miljö- och byggnadsnämnd's "Verksamhetsplan med tillsynsplan" whose
weight is the behovsutredning: a resource table in hours, not kronor ("Tillsynsområde | Antal
objekt | Behov timmar 2027 | Tillgängliga timmar 2027 | Differens") with a Summa row, a text
table of risk classes and visit frequencies beside it, a "Taxa 2027" table of hourly fees and
fixed charges in kronor, goals as Heading 2 "Mål n:" under "Nämndens mål" over indicator
tables whose cells carry their own labels ("2025: 5,2", "Mål 2027: högst 4"), "Antal beslut"
per year, tillsynsprojekt with a "Genomförs" quarter ("Q2 2027", "Q1–Q2 2027", "Hela 2027"),
a driftbudget by type where the taxa covers part of the cost ("Avgifter", "Kostnader",
"Nettokostnad", "Kommunbidrag") and one per verksamhet, and internkontroll with S | K | R.

Expected (what a perfect import gives): the front matter; the Heading 1 chapters; four goals
with eleven indicators (nuläge 2025, targets 2027 and 2029, "högst 4" kept as written); eight
tillsynsprojekt with the last day of the quarter or year as slutdatum; the driftbudget lines
by type (resultat) and per verksamhet (drift); the hour table, the taxa and the decisions per
year as key figures (the hour table with its Summa row, as printed); five controls. The
budgets' Summa, Nettokostnad, Kommunbidrag and Resultat are no rows. The risk-class table is
words, not figures: it stays chapter text."""

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
    Val,
)

Ind = tuple[str, str, D, Val, Val | None]
"""An indicator: name, unit, nuläge 2025, mål 2027, mål 2029 (None: not given)."""
GOALS: list[tuple[str, list[Ind]]] = [
    ("Sökande får besked om bygglov och anmälan inom lagstadgad tid och med god service.",
     [("Handläggningstid bygglov, median veckor", "", D("5.2"), "högst 4", "högst 3"),
      ("Andel bygglovsbeslut inom lagstadgad tid", "%", D(91), D(97), D(100)),
      ("Andel ärenden som var kompletta vid första granskningen", "%", D(38), D(50), D(60)),
      ("Nöjd-Kund-Index bygglov (SKR Insikt)", "", D(68), D(72), D(75))]),
    ("Livsmedel som säljs och serveras i kommunen är säkra.",
     [("Andel planerade livsmedelskontroller som genomförts", "%", D(84), D(100), D(100)),
      ("Andel kontrollerade verksamheter med avvikelser som åtgärdats inom 8 veckor", "%",
       D(72), D(85), D(90)),
      ("Nöjd-Kund-Index livsmedelskontroll (SKR Insikt)", "", D(74), D(76), None)]),
    ("Miljöfarliga verksamheter och enskilda avlopp ger mindre utsläpp till mark och vatten.",
     [("Antal inventerade enskilda avlopp per år", "", D(210), D(300), D(300)),
      ("Andel enskilda avlopp med förbud eller föreläggande som åtgärdats", "%", D("46.5"),
       D(60), D(75))]),
    ("Nämndens taxor täcker en större del av tillsynens kostnader.",
     [("Avgifternas andel av tillsynens kostnader (kostnadstäckningsgrad)", "%", D(52),
       D(58), D(65)),
      ("Handläggningstid miljöanmälan, median veckor", "", D("6.8"), "högst 6", "högst 5")]),
]  # fmt: skip

Act = tuple[str, str, str, dt.date]
"""A tillsynsprojekt: name, genomförs as printed, ansvarig, the date it means."""
# Judgement (as in K and X): a quarter ends on its last day, a span on its last quarter's
# last day, "Hela 2027" on the year's last day.
ACTS: list[Act] = [
    ("Kontroll av allergeninformation på restauranger", "Q2 2027", "Livsmedelsinspektör",
     dt.date(2027, 6, 30)),
    ("Tillsyn av solarier och tatueringsstudior", "Q1 2027", "Miljöinspektör hälsoskydd",
     dt.date(2027, 3, 31)),
    ("Inventering av enskilda avlopp runt Storsjön", "Q1–Q2 2027", "Avloppshandläggare",
     dt.date(2027, 6, 30)),
    ("Kemikalietillsyn på bilverkstäder och tvätthallar", "Q3 2027", "Miljöinspektör",
     dt.date(2027, 9, 30)),
    ("Ventilationskontroller (OVK) i skolor och förskolor", "Q3–Q4 2027", "Byggnadsinspektör",
     dt.date(2027, 12, 31)),
    ("Ovårdade tomter och byggnader i centrala Hallsta", "Hela 2027", "Byggnadsinspektör",
     dt.date(2027, 12, 31)),
    ("Radon i flerbostadshus med hyresrätter", "Q4 2027", "Miljöinspektör hälsoskydd",
     dt.date(2027, 12, 31)),
    ("Digital ansökan och e-arkiv för bygglov", "Q2 2028", "Enhetschef bygg",
     dt.date(2028, 6, 30)),
]  # fmt: skip

HOURS_HEADER = ["Tillsynsområde", "Antal objekt", "Behov timmar 2027",
                "Tillgängliga timmar 2027", "Differens"]  # fmt: skip
HOURS = [
    ("Livsmedelskontroll", 312, 2480, 2150),
    ("Miljöfarlig verksamhet (A/B/C)", 118, 1650, 1400),
    ("Miljöfarlig verksamhet (U)", 240, 720, 360),
    ("Hälsoskydd", 165, 980, 640),
    ("Enskilda avlopp", 3100, 1500, 1100),
    ("Kemiska produkter och köldmedier", 96, 410, 250),
    ("Tillsyn enligt plan- och bygglagen", 0, 1200, 700),
]

RISK_CLASSES = [
    ["Riskklass", "Tillsynsfrekvens", "Exempel på verksamheter"],
    ["1 (hög)", "Varje år", "Storkök, reningsverk, större industrier"],
    ["2", "Vart annat år", "Restauranger, bilverkstäder, bassängbad"],
    ["3", "Vart tredje år", "Frisörer, mindre butiker, djurhållning"],
    ["4 (låg)", "Efter anmälan eller klagomål", "Kontor, förråd, fritidshus"],
]

TAXA_HEADER = ["Avgift", "2026", "2027"]
TAXA = [
    ("Timavgift livsmedelskontroll", "1 390 kr", "1 450 kr"),
    ("Timavgift miljö- och hälsoskydd", "1 320 kr", "1 380 kr"),
    ("Timavgift plan- och bygglagen", "1 210 kr", "1 260 kr"),
    ("Prövning av enskilt avlopp, fast avgift", "8 900 kr", "9 300 kr"),
    ("Bygglov för nybyggnad av enbostadshus", "31 400 kr", "32 700 kr"),
]

DECISIONS_HEADER = ["Ärendetyp", "2023", "2024", "2025", "Prognos 2026"]
DECISIONS = [
    ("Beviljade bygglov", "412", "367", "398", "420"),
    ("Startbesked", "455", "401", "426", "440"),
    ("Beslut om tillstånd för enskilt avlopp", "96", "88", "121", "140"),
    ("Förelägganden och förbud miljö och hälsa", "64", "71", "83", "90"),
    ("Beslut om sanktionsavgift", "12", "19", "15", "18"),
]

RR_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
           ("plan", 2029)]  # fmt: skip
RR = [
    ("Avgifter bygglov och anmälan", (9840, 10200, 10900, 11200, 11500)),
    ("Avgifter livsmedelskontroll", (3310, 3450, 3720, 3800, 3880)),
    ("Avgifter miljö- och hälsoskydd", (2960, 3100, 3480, 3600, 3700)),
    ("Övriga intäkter", (410, 300, 300, 300, 300)),
    ("Personalkostnader", (-28650, -29900, -31100, -31900, -32700)),
    ("Lokaler, IT och system", (-3420, -3600, -3750, -3850, -3950)),
    ("Övriga kostnader", (-2180, -2250, -2300, -2350, -2400)),
]
KOMMUNBIDRAG = (17900, 18700, 18750, 19200, 19670)
DRIFT = [
    ("Nämnd och förvaltningsledning", (-2140, -2200, -2250, -2300, -2350)),
    ("Bygglov och byggtillsyn", (-4980, -5200, -5010, -5150, -5300)),
    ("Miljö- och hälsoskydd", (-7950, -8310, -8480, -8700, -8920)),
    ("Livsmedelskontroll", (-1590, -1690, -1660, -1700, -1730)),
    ("Kart och mät", (-1070, -1300, -1350, -1350, -1370)),
]

CONTROLS = [
    ["Fakturering av avgifter", "Nedlagd tid debiteras inte", "3", "3", "9",
     "Stickprov på tidrapporter mot fakturor", "Controller", "Två gånger per år"],
    ["Handläggning av bygglov", "Beslut fattas efter lagstadgad tid och avgiften ska sättas ned",
     "2", "4", "8", "Uppföljning av tidsfrister i ärendesystemet", "Enhetschef bygg",
     "Varje månad"],
    ["Delegeringsbeslut", "Beslut fattas utan delegation", "2", "3", "6",
     "Kontroll av anmälda delegeringsbeslut", "Nämndsekreterare", "Varje sammanträde"],
    ["Jäv", "Inspektör handlägger ärende där jäv föreligger", "1", "4", "4",
     "Genomgång av jävsdeklarationer", "Miljöchef", "Årligen"],
    ["Diarieföring och arkiv", "Handlingar diarieförs inte i tid", "3", "2", "6",
     "Stickprov på inkomna handlingar", "Registrator", "Kvartalsvis"],
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("Hallsta kommun", size=14)
    w.cover("Miljö- och byggnadsnämnden", size=20, bold=True)
    w.cover("Verksamhetsplan med tillsynsplan 2027–2029", size=24, bold=True)
    w.cover("Behovsutredning och tillsynsplan enligt miljöbalken, livsmedelslagen och "
            "plan- och bygglagen", size=11)  # fmt: skip
    w.cover("Ordförande: Anders Lindqvist (KD)", size=10)
    w.cover("Miljö- och byggchef: Petra Sandström", size=10)
    w.cover("Diarienummer: MBN 2026/318", size=10)
    w.cover("Antagen av miljö- och byggnadsnämnden 2026-12-09, § 142", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Miljö- och byggnadsnämnden ansvarar för prövning och tillsyn enligt miljöbalken, "
        "livsmedelslagstiftningen och plan- och bygglagen i Hallsta kommun. Planen visar "
        "vad nämnden vill uppnå under 2027–2029, hur mycket tillsyn som behövs och hur "
        "mycket personalen hinner med."
    )
    w.para(
        "Myndigheten ska enligt ",
        ("i", "miljötillsynsförordningen"),
        " och livsmedelskontrollförordningen varje år ha en utredning av tillsynsbehovet och "
        "en plan för tillsynen. I år samlas de i samma dokument som verksamhetsplanen, så "
        "att nämnden beslutar om mål, resurser och tillsyn på en gång.",
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Byggandet i kommunen har minskat sedan 2023 när räntorna steg. Antalet bygglov för "
        "nya småhus är nu ungefär hälften av toppåret, medan ärenden om tillbyggnader, "
        "solceller och ändrad användning ökar. Intäkterna från bygglov blir därmed mer "
        "osäkra än tidigare."
    )
    w.para(
        "Från 2027 ska livsmedelskontrollen till större del finansieras i efterhand, efter "
        "den tid som faktiskt läggs. Det kräver att tid rapporteras noga och att alla "
        "kontroller faktureras. Statens krav på åtgärder för enskilda avlopp vid känsliga "
        "vatten skärps, och Storsjön är klassad som känsligt vatten."
    )
    w.bullets(
        "Fler klagomål på buller och inomhusmiljö i flerbostadshus.",
        "Svårt att rekrytera erfarna bygglovshandläggare; två tjänster var vakanta under 2026.",
        "Nytt nationellt ärendesystem för livsmedelskontroll införs 2027.",
    )


def _needs(w: Writer) -> None:
    w.chapter("Behovsutredning och tillsynsplan")
    w.para(
        "Behovet beräknas som antal objekt gånger tid per besök och tillsynsfrekvens enligt "
        "riskklass. Objekten delas in i riskklasser enligt tabellen nedan."
    )
    # Judgement: a table of words (class, frequency, examples) is part of the chapter's text;
    # no figures in it for a key-figure table.
    w.table(RISK_CLASSES, widths=[2.4, 4.4, 9.2])
    for row in RISK_CLASSES[1:]:
        w.expected.not_rows.append(("nyckeltal", row[0]))
    w.para("")
    caption = "Tabell 1. Tillsynsbehov och resurser i timmar 2027"
    w.para(("b", caption))
    w.structure(caption)
    rows = [HOURS_HEADER]
    for name, objects, need, have in HOURS:
        values = [sv(objects), sv(need), sv(have), sv(have - need, minus="−")]
        rows.append([name, *values])
        w.expected.key_figures.append(
            KeyRow(caption, name, dict(zip(HOURS_HEADER[1:], values, strict=True)))
        )
    sums = [sum(h[1] for h in HOURS), sum(h[2] for h in HOURS), sum(h[3] for h in HOURS)]
    total = ["Summa", *(sv(x) for x in sums), sv(sums[2] - sums[1], minus="−")]
    rows.append(total)
    # a key-figure table is kept as printed, its Summa row with it (as AN's)
    w.expected.key_figures.append(
        KeyRow(caption, "Summa", dict(zip(HOURS_HEADER[1:], total[1:], strict=True)))
    )
    w.table(rows, keep_headers=True, widths=[5.2, 2.2, 2.8, 3.2, 2.4])
    w.para(
        ("i", "Tillgängliga timmar är handläggartid efter avdrag för semester, utbildning, "
              "administration och rådgivning. Byggtillsynen har inga registrerade objekt."),
    )  # fmt: skip
    w.para(
        "Underskottet är störst för hälsoskydd och för verksamheter som bara är anmälda "
        "(U-objekt). Nämnden prioriterar därför livsmedel och de större miljöfarliga "
        "verksamheterna och tar U-objekten i projektform, se avsnittet om tillsynsprojekt."
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområde Hållbar samhällsutveckling. "
        "Varje mål följs upp med indikatorer; nuläget är utfallet för 2025."
    )
    header = ["Indikator", "Nuläge", "Målvärde"]
    for n, (goal, inds) in enumerate(GOALS, 1):
        w.heading(f"Mål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, base, t27, t29 in inds:
            # Two targets in one cell, on lines of their own (a line break, not a paragraph).
            target = f"Mål 2027: {cell_text(t27, unit)}"
            if t29 is not None:
                target += f"\nMål 2029: {cell_text(t29, unit)}"
            rows.append([name, f"2025: {sv(base, unit)}", target])
            targets = {2027: t27} | ({} if t29 is None else {2029: t29})
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, targets))
        w.table(rows, widths=[9.0, 3.0, 4.6])


def _projects(w: Writer) -> None:
    w.chapter("Tillsynsprojekt 2027")
    w.para(
        "Utöver den planerade tillsynen genomförs följande projekt. Projekten riktar sig mot "
        "områden där behovsutredningen visar störst underskott eller där klagomålen ökar."
    )
    rows = [["Tillsynsprojekt", "Genomförs", "Ansvarig"]]
    for name, when, who, day in ACTS:
        rows.append([name, when, who])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.0, 3.0, 4.6])


def _taxa(w: Writer) -> None:
    w.chapter("Taxor och avgifter")
    w.para(
        "Kommunfullmäktige beslutar om taxorna. Timavgiften räknas upp med PKV "
        "(prisindex för kommunal verksamhet). För 2027 föreslår nämnden följande nivåer."
    )
    caption = "Taxa 2027"
    w.para(("b", caption))
    w.structure(caption)
    w.table([TAXA_HEADER, *TAXA], keep_headers=True, widths=[8.6, 3.0, 3.0])
    w.expected.key_figures += [KeyRow(caption, name, {"2026": a, "2027": b}) for name, a, b in TAXA]
    w.heading("Antal beslut", 2)
    w.structure("Antal beslut")
    w.table([DECISIONS_HEADER, *DECISIONS], keep_headers=True, widths=[7, 2, 2, 2, 2.6])
    w.expected.key_figures += [
        KeyRow("Antal beslut", row[0], dict(zip(DECISIONS_HEADER[1:], row[1:], strict=True)))
        for row in DECISIONS
    ]


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens kostnader finansieras med avgifter och med kommunbidrag. Avgifterna "
        "beräknas täcka 58 procent av kostnaderna för tillsyn och prövning 2027. "
        "Belopp i tusental kronor (tkr)."
    )
    header = ["Driftbudget (tkr)", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    rows = [header]
    for name, amounts in RR:
        rows.append([name, *(sv(a, minus="−") for a in amounts)])
        w.expected.budget.append(
            BudgetRow("resultat", name, {k: D(a) for k, a in zip(RR_KEYS, amounts, strict=True)})
        )
    net = [sum(a[i] for _, a in RR) for i in range(5)]
    result = [k + n for k, n in zip(KOMMUNBIDRAG, net, strict=True)]
    # Judgement (as in M): Nettokostnad is the rows' sum, Kommunbidrag the ram and Resultat
    # what is left: no rows of the budget.
    for label, values in (
        ("Nettokostnad", net),
        ("Kommunbidrag", list(KOMMUNBIDRAG)),
        ("Resultat", result),
    ):
        cells = [label, *(sv(v, minus="−") for v in values)]
        rows.append(cells)
        w.totals(*cells)
        w.expected.not_rows += [("drift", label), ("resultat", label)]
    w.table(rows, widths=[5.0, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para("")
    caption = "Nettokostnad per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", *header[1:]]]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a, minus="−") for a in amounts)])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(RR_KEYS, amounts, strict=True)})
        )
    total = [sum(a[i] for _, a in DRIFT) for i in range(5)]
    assert total == net, (total, net)
    cells = ["Summa", *(sv(v, minus="−") for v in total)]
    rows.append(cells)
    w.totals(*cells)
    w.table(rows, widths=[5.0, 2.3, 2.3, 2.3, 2.3, 2.3])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Risken bedöms som sannolikhet (S) gånger konsekvens (K) på en skala 1–4. Kontroller "
        "med riskvärde 6 eller högre rapporteras till nämnden i delårsrapporten."
    )
    header = ["Process", "Risk", "S", "K", "R", "Kontrollmoment", "Ansvarig", "Frekvens"]
    w.table([header, *CONTROLS], widths=[2.6, 3.4, 0.8, 0.8, 0.8, 3.4, 2.2, 2.2], size=8)
    w.expected.controls += [Control(row[5], row[0]) for row in CONTROLS]


def build_ce(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och byggnadsnämnden",
        kommun="Hallsta kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med tillsynsplan 2027–2029",
        ordforande="Anders Lindqvist (KD)",
        forvaltningschef="Petra Sandström",
        diarienummer="MBN 2026/318",
    )
    w = Writer("CE-miljö-bygg-tillsynsplan-timmar", front)
    _cover(w)
    _chapters(w)
    _needs(w)
    _goals(w)
    _projects(w)
    _taxa(w)
    _economy(w)
    _control(w)
    return w.save(path)
