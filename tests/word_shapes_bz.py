"""Corpus document BZ: a barn- och utbildningsnämnd's plan 2027–2029 whose tables are built in
unusual orders. The driftbudget and the key figures run their years newest first ("Plan 2029 |
Plan 2028 | Budget 2027 | Budget 2026 | Bokslut 2025"), and their header row is a separate
one-row table with other column widths placed right above the body table (as when the header
was pasted from another document); the driftbudget's body opens with a units row ("tkr" … "%")
and ends in a "Förändring 2026–2027, %" column; the investment table has a "Totalt 2027–2029"
column on the right; and each nämndsmål (a bold "Nämndsmål n:" line under a målområde heading)
has an indicator table with the years as rows and the indicators as columns ("År | Andel … |
Antal … | Nöjdhet …"), its "Mål" rows mixed among the "Utfall" rows, newest first in some.

Expected (what a perfect import gives): the front matter from the cover lines; six chapters;
four nämndsmål without their label; ten indicators with the outcomes 2024 and 2025, the newest
known outcome as nuläge and targets 2027–2029 (a blank cell is no value); eight activities with
ansvarig and the month's last day as slutdatum, grouped under their goal; seven driftbudget
rows by (kind, year) (the units row, the change column and the totals are structure); four
investments by year (the totals column is structure); five key-figure rows; four controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.oxml.ns import qn

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

Col = tuple[str, str, dict[int, Val], dict[int, Val]]
"""An indicator column: name, unit, outcomes per year, targets per year."""
GOALS: list[tuple[str, str, list[Col], list[str]]] = [
    ("Lärande",
     "Alla elever når kunskapskraven och lämnar grundskolan behöriga till gymnasiet.",
     [("Andel elever i åk 9 behöriga till yrkesprogram", "%",
       {2024: D("84.2"), 2025: D("86.0")}, {2027: D(88), 2028: D(90), 2029: D(92)}),
      ("Antal elever i åk 6 med F i svenska", "",
       {2024: D(23), 2025: D(19)}, {2027: D(15), 2028: D(12), 2029: D(10)}),
      ("Nöjdhet med skolan, vårdnadshavare (index)", "",
       {2024: D("7.4")}, {2027: D("7.8"), 2029: D("8.0")})],
     ["Mål 2029", "Mål 2028", "Mål 2027", "Utfall 2025", "Utfall 2024"]),
    ("Förskola",
     "Förskolan ger alla barn en trygg start och goda förutsättningar för språket.",
     [("Andel barn som erbjuds plats på önskat datum", "%",
       {2024: D(91), 2025: D(94)}, {2027: D(97), 2028: D(98), 2029: D(98)}),
      ("Antal barn per förskollärare", "",
       {2024: D("11.8"), 2025: D("11.2")}, {2027: D("10.5"), 2028: D(10), 2029: D(10)}),
      ("Nöjdhet med förskolan, vårdnadshavare (index)", "",
       {2025: D("8.3")}, {2027: D("8.5"), 2029: D("8.6")})],
     ["Utfall 2024", "Utfall 2025", "Mål 2027", "Mål 2028", "Mål 2029"]),
    ("Trygghet",
     "Eleverna känner sig trygga och frånvaron minskar.",
     [("Andel elever i åk 5 som känner sig trygga i skolan", "%",
       {2024: D(87), 2025: D(85)}, {2027: D(90), 2028: D(92), 2029: D(93)}),
      ("Andel elever med mer än 15 % frånvaro", "%",
       {2024: D("12.6"), 2025: D("13.1")}, {2027: D(10), 2028: D(9), 2029: D(8)})],
     ["Utfall 2024", "Mål 2027", "Utfall 2025", "Mål 2028", "Mål 2029"]),
    ("Medarbetare",
     "Nämnden är en attraktiv arbetsgivare med behöriga lärare.",
     [("Andel lärare med lärarlegitimation", "%",
       {2024: D("78.5"), 2025: D("80.1")}, {2027: D(83), 2028: D(85), 2029: D(87)}),
      ("Antal sjukfrånvarodagar per anställd", "",
       {2024: D("14.2"), 2025: D("13.6")}, {2027: D(12), 2028: D("11.5"), 2029: D(11)})],
     ["Mål 2029", "Utfall 2024", "Mål 2028", "Utfall 2025", "Mål 2027"]),
]  # fmt: skip

ACTS = [
    ("Införa läsgaranti med kartläggning i åk 1–3", 0, "Rektor Ekbackens skola", "juni 2027",
     dt.date(2027, 6, 30)),
    ("Samla studiehandledning på modersmål i en central enhet", 0, "Verksamhetschef grundskola",
     "december 2027", dt.date(2027, 12, 31)),
    ("Bygga ut förskolan Solrosen med två avdelningar", 1, "Verksamhetschef förskola",
     "augusti 2028", dt.date(2028, 8, 31)),
    ("Språkombud på varje förskola", 1, "Utvecklingsledare", "december 2027",
     dt.date(2027, 12, 31)),
    ("Ta fram en gemensam rutin för närvarouppföljning", 2, "Elevhälsochef", "mars 2027",
     dt.date(2027, 3, 31)),
    ("Rastvärdar och vuxna i matsalen på alla F–6-skolor", 2, "Rektorsgruppen", "oktober 2027",
     dt.date(2027, 10, 31)),
    ("Erbjuda lärare utan legitimation VAL-utbildning", 3, "HR-strateg", "december 2028",
     dt.date(2028, 12, 31)),
    ("Införa schemalagd kompetensutveckling varannan onsdag", 3, "Förvaltningschef",
     "augusti 2027", dt.date(2027, 8, 31)),
]  # fmt: skip

NEWEST = ["Plan 2029", "Plan 2028", "Budget 2027", "Budget 2026", "Bokslut 2025"]
KEYS = [("plan", 2029), ("plan", 2028), ("budget", 2027), ("budget", 2026), ("bokslut", 2025)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (9850, 9700, 9540, 9210, 8977)),
    ("Förskola", (148600, 146100, 143900, 138200, 135412)),
    ("Pedagogisk omsorg", (3100, 3050, 3000, 3400, 3652)),
    ("Grundskola F–9", (262400, 258900, 254300, 246800, 241036)),
    ("Fritidshem", (31200, 30600, 30100, 29300, 28811)),
    ("Grundsärskola", (14800, 14600, 14350, 13900, 14402)),
    ("Elevhälsa", (18900, 18600, 18300, 17100, 16530)),
]
INVEST = [
    ("Förskolan Solrosen, tillbyggnad", (0, 9500, 6500)),
    ("Inventarier skolor", (1500, 1500, 1500)),
    ("Digitala verktyg elever", (2200, 2000, 2000)),
    ("Skolgårdar, upprustning", (800, 1200, 700)),
]
KEY_ROWS = [
    ["Antal barn i förskola", "1 380", "1 365", "1 340", "1 322", "1 309"],
    ["Antal elever i grundskola", "3 120", "3 095", "3 060", "3 018", "2 987"],
    ["Kostnad per barn i förskola, kr", "107 700", "107 000", "107 400", "104 500", "103 450"],
    ["Kostnad per elev i grundskola, kr", "84 100", "83 700", "83 100", "81 800", "80 695"],
    ["Årsarbetare", "742", "736", "728", "719", "711"],
]
CONTROLS = [
    ("Skolplacering", "Placering sker inte enligt reglerna om närhet och önskemål", "9",
     "Stickprov på tio placeringar per termin", "Antagningshandläggare", "Varje termin"),
    ("Frånvaroanmälan", "Upprepad frånvaro uppmärksammas inte i tid", "12",
     "Kontroll att frånvaroutredning startats vid 15 %", "Elevhälsochef", "Kvartalsvis"),
    ("Kränkande behandling", "Anmälningar till huvudmannen utreds inte skyndsamt", "12",
     "Genomgång av samtliga anmälningar och utredningstid", "Förvaltningschef", "Två gånger"
     " per år"),
    ("Fakturor för skolskjuts", "Fakturerade turer stämmer inte med beställningen", "6",
     "Avstämning av fakturor mot körordrar", "Ekonom", "Årligen"),
]  # fmt: skip


def _pct(new: int, old: int) -> str:
    return sv(((D(new) - D(old)) / D(old) * 100).quantize(D("0.1")), minus="−")


def _glue(w: Writer) -> None:
    """Removes the empty paragraph Writer puts between two tables: the header table sits
    right on top of its body, as a pasted header does."""
    body = w.doc.element.body
    gap = body[-2].getprevious()
    if gap.tag == qn("w:p") and not "".join(gap.itertext()).strip():
        body.remove(gap)


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer", 1)
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområden. Varje nämndsmål följs upp "
        "med indikatorer. I tabellerna står åren som rader: utfallen för de senaste åren och "
        "målvärdena för planperioden. Enkäten till vårdnadshavare görs vartannat år."
    )
    for n, (area, goal, cols, order) in enumerate(GOALS, 1):
        w.heading(f"Målområde {area}", 2)
        w.para(("b", f"Nämndsmål {n}: "), goal)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [["År", *(c[0] for c in cols)]]
        for label in order:
            kind, year_text = label.split()
            year = int(year_text)
            values = [(c[2] if kind == "Utfall" else c[3]).get(year) for c in cols]
            rows.append([label, *(cell_text(v, c[1]) for v, c in zip(values, cols, strict=True))])
            w.structure(label)
        w.table(rows, keep_headers=True, widths=[2.6] + [14.0 / len(cols)] * len(cols))
        for name, unit, outcomes, targets in cols:
            year = max(outcomes)
            w.expected.indicators.append(
                Indicator(goal, name, unit, year, outcomes[year], targets, outcomes)
            )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028", 1)
    w.para("Aktiviteterna är kopplade till nämndsmålen genom målets nummer.")
    rows = [["Aktivitet", "Nämndsmål", "Ansvarig", "Klart"]]
    for name, g, who, when, day in ACTS:
        rows.append([name, str(g + 1), who, when])
        w.structure(str(g + 1), when)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[g][1]))
    w.table(rows, widths=[8.0, 2.0, 4.2, 2.4])


def _drift(w: Writer) -> None:
    caption = "Tabell 1. Driftbudget per verksamhet, nettokostnad"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", *NEWEST, "Förändring 2026–2027, %"]
    w.table([header], widths=[4.2, 2.0, 2.0, 2.0, 2.0, 2.0, 2.4], size=8)
    units = ["", "tkr", "tkr", "tkr", "tkr", "tkr", "%"]
    rows = [units]
    w.structure("tkr", "%")
    w.expected.not_rows.append(("drift", "tkr"))
    for name, amounts in DRIFT:
        change = _pct(amounts[2], amounts[3])
        rows.append([name, *(sv(a) for a in amounts), change])
        w.structure(change)
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(a[i] for _, a in DRIFT) for i in range(5)]
    total = ["Summa nettokostnad", *(sv(s) for s in sums), _pct(sums[2], sums[3])]
    rows.append(total)
    w.totals(*total)
    w.table(rows, header_rows=0, widths=[4.9, 1.9, 1.9, 1.9, 1.9, 1.9, 2.2])
    _glue(w)


def _investments(w: Writer) -> None:
    w.heading("Investeringar", 2)
    w.structure("Investeringar")
    w.para(
        "Tillbyggnaden av förskolan Solrosen startar 2028. Övriga investeringar är årliga "
        "ramar för inventarier, digitala verktyg och skolgårdar. Belopp i tkr."
    )
    keys = [("plan", 2029), ("plan", 2028), ("budget", 2027)]
    rows = [["Projekt", "Plan 2029", "Plan 2028", "Budget 2027", "Totalt 2027–2029"]]
    for name, amounts in INVEST:
        total = sv(sum(amounts))
        rows.append([name, *(sv(a) for a in amounts), total])
        w.structure(total)
        w.expected.budget.append(
            BudgetRow("investering", name, {k: D(a) for k, a in zip(keys, amounts, strict=True)})
        )
    sums = [sum(a[i] for _, a in INVEST) for i in range(3)]
    last = ["Summa investeringar", *(sv(s) for s in sums), sv(sum(sums))]
    rows.append(last)
    w.totals(*last)
    w.table(rows, widths=[6.0, 2.4, 2.4, 2.4, 3.0])


def _key_figures(w: Writer) -> None:
    w.heading("Nyckeltal", 2)
    w.structure("Nyckeltal")
    header = ["Nyckeltal", *NEWEST]
    w.table([header], keep_headers=True, widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.4])
    w.table(KEY_ROWS, header_rows=0, widths=[6.2, 2.0, 2.0, 2.0, 2.0, 2.4])
    _glue(w)
    w.expected.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(NEWEST, row[1:], strict=True))) for row in KEY_ROWS
    ]
    w.para(("i", "Kostnaderna är bruttokostnader enligt Kolada, övriga värden per 15 oktober."))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 473 490 tkr för 2027, en ökning med "
        "3,4 procent. Ökningen täcker löner och fler barn i förskolan men inte hela "
        "kostnaden för nya lokaler; grundskolan måste därför minska kostnaden per elev."
    )
    _drift(w)
    _investments(w)
    _key_figures(w)


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027", 1)
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens på en skala 1–16. Kontroller med "
        "riskvärde 9 eller högre rapporteras till nämnden i augusti och december."
    )
    rows = [["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, value, moment, who, when in CONTROLS:
        rows.append([process, risk, value, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 3.8, 1.6, 4.2, 2.4, 2.2])


def build_bz(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Hagaby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Lena Strand (M)",
        forvaltningschef="Henrik Olausson",
        diarienummer="BUN 2026/214",
    )
    w = Writer("BZ-bun-omvänd-årsordning-delade-tabellhuvuden", front)
    w.cover("Hagaby kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Ordförande: Lena Strand (M)", size=11)
    w.cover("Förvaltningschef: Henrik Olausson", size=11)
    w.cover("Diarienummer: BUN 2026/214", size=11)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, grundskola, "
        "fritidshem och grundsärskola i Hagaby. Planen visar vad nämnden vill uppnå under "
        "2027–2029, hur det följs upp och vilka resurser som finns."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Antalet barn i förskoleåldern ökar i de nya bostadsområdena i norra Hagaby medan "
        "elevantalet i landsbygdsskolorna minskar. Det gör att lokalerna används ojämnt och "
        "att skolskjutsarna blir längre."
    )
    w.para(
        "Andelen legitimerade lärare har ökat två år i rad men är fortfarande lägre än i "
        "länet. Pensionsavgångarna de närmaste fem åren motsvarar ungefär var åttonde lärare."
    )
    w.bullets(
        "Den nya skollagen om elevhälsa gäller från juli 2027.",
        "Statsbidraget för likvärdig skola minskar från 2028.",
        "Frånvaron har ökat efter pandemiåren och ligger kvar på en hög nivå.",
    )
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
