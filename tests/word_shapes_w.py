"""Corpus document W: a barn- och utbildningsnämnd's "Verksamhetsplan och internbudget 2027"
with a planperiod 2027–2029 on the cover; unnumbered Heading 1 chapters; each goal a Heading 2
"Mål 1. …" followed by a paragraph of prose, a line "Indikatorer:" and a bulleted list whose
items carry their figures in parentheses ("Andel … (2025: 78 %, mål 2027: 85 %, mål 2029:
90 %)", "(2025: 212, mål 2027: högst 180)"), then a line "Aktiviteter:" and a bulleted list
"<activity>. Ansvarig: <role>. Klart: juni 2027."; a driftbudget per avdelning in tkr with a
computed "Nettokostnadsförändring" column between Budget 2027 and the plan years; an
"Internbudget 2027" chapter with one table per avdelning "Enhet | Budget 2026 | Internbudget
2027" whose "Summa …" row is the avdelning's; key figures per skolform with the skolformer
as columns and a "Källa:" line under it; and internkontroll "Kontrollområde | Kontrollmoment |
Metod | Ansvarig | Rapporteras" without risk values.

Expected (what a perfect import gives): the front matter below (the period from the
"Planperiod" line); seven chapters; five nämnd goals with twelve indicators (nuläge 2025, targets
for the years the parentheses name; "högst 180" a target compared as högst); eleven activities
with ansvarig, the month's last day as slutdatum and their goal; six driftbudget rows per
avdelning (Bokslut 2025, Budget 2026, Budget 2027, Plan 2028, Plan 2029; the change column is
computed, kept as no figure) and ten enheter from the internbudget tables (judgement: an enhet
is a verksamhet of the budget and "Internbudget 2027" its Budget 2027); seven resultaträkning
rows; four key-figure rows with their note; six controls with their kontrollområde."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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
    TableNote,
    Val,
)

Ind = tuple[str, str, D, dict[int, Val]]
"""An indicator: its name, unit, nuläge 2025 and targets by year."""

GOALS: list[tuple[str, str, list[Ind], list[tuple[str, str, str, dt.date]]]] = [
    ("Alla elever ska nå kunskapsmålen och vara behöriga till gymnasieskolan.",
     "Resultaten i årskurs 9 har förbättrats två år i rad men skillnaderna mellan skolorna "
     "är fortfarande stora.",
     [("Andel elever i åk 9 som är behöriga till ett yrkesprogram", "%", D(84),
       {2027: D(88), 2029: D(92)}),
      ("Genomsnittligt meritvärde i åk 9", "", D("221.5"), {2027: D(226), 2029: D(232)}),
      ("Andel elever i åk 6 med lägst betyget E i matematik", "%", D(81), {2027: D(86)})],
     [("Införa gemensamma bedömningsuppgifter i matematik i åk 4–9", "Grundskolechef",
       "juni 2027", dt.date(2027, 6, 30)),
      ("Starta läxhjälp på alla högstadieskolor", "Rektorer åk 7–9", "september 2027",
       dt.date(2027, 9, 30)),
      ("Analysera betygsskillnader mellan skolorna med stöd av huvudmannens data",
       "Kvalitetsstrateg", "mars 2027", dt.date(2027, 3, 31))]),
    ("Förskolan ska ge alla barn en god grund för fortsatt lärande.",
     "Andelen barn i förskolan ökar och fler barn har annat modersmål än svenska.",
     [("Andel inskrivna barn 1–5 år av alla barn i åldern", "%", D(86),
       {2027: D(88), 2029: D(90)}),
      ("Antal barn per förskollärare", "", D("12.4"), {2027: "högst 12", 2029: "högst 11"})],
     [("Utbilda all personal i språkutvecklande arbetssätt", "Förskolechef",
       "december 2027", dt.date(2027, 12, 31)),
      ("Inför en modell för överlämning från förskola till förskoleklass",
       "Utvecklingsledare förskola", "maj 2027", dt.date(2027, 5, 31))]),
    ("Alla barn och elever ska känna sig trygga och ha en god studiero.",
     "Elevenkäten visar att tryggheten är hög i de lägre årskurserna men sjunker på "
     "högstadiet.",
     [("Andel elever i åk 8 som känner sig trygga i skolan", "%", D(79),
       {2027: D(85), 2029: D(90)}),
      ("Andel elever i åk 5 som upplever studiero på lektionerna", "%", D(68),
       {2027: D(75), 2029: D(80)}),
      ("Antal anmälningar om kränkande behandling", "", D(212),
       {2027: "högst 180"})],
     [("Ta fram en gemensam plan mot kränkande behandling för alla skolor",
       "Elevhälsochef", "februari 2027", dt.date(2027, 2, 28)),
      ("Rastvärdar med fast schema på alla F–6-skolor", "Rektorer F–6", "augusti 2027",
       dt.date(2027, 8, 31))]),
    ("Fler elever ska fullfölja gymnasieutbildningen inom tre år.",
     "Avbrotten är flest under det första läsåret, särskilt på introduktionsprogrammen.",
     [("Andel elever med examen inom tre år", "%", D(71), {2027: D(75), 2029: D(80)}),
      ("Andel elever på introduktionsprogram som går vidare till nationellt program", "%",
       D(34), {2027: D(40)})],
     [("Mentorssamtal med alla elever i åk 1 under första månaden", "Gymnasiechef",
       "oktober 2027", dt.date(2027, 10, 31)),
      ("Samordna studie- och yrkesvägledningen mellan grundskola och gymnasium",
       "Studie- och yrkesvägledare", "december 2027", dt.date(2027, 12, 31))]),
    ("Förvaltningen ska vara en attraktiv arbetsgivare med behöriga lärare.",
     "Konkurrensen om legitimerade lärare ökar i regionen.",
     [("Andel lärare med lärarlegitimation i grundskolan", "%", D(78),
       {2027: D(82), 2029: D(85)}),
      ("Sjukfrånvaro bland medarbetarna", "%", D("6.8"), {2027: D(6), 2029: D("5.5")})],
     [("Erbjuda fler lärare att läsa in behörighet på arbetstid", "HR-chef",
       "december 2027", dt.date(2027, 12, 31)),
      ("Införa en gemensam introduktion för nyanställda", "HR-chef", "april 2027",
       dt.date(2027, 4, 30))]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [14_320, 14_900, 15_300, 15_600, 15_900]),
    ("Förskola och pedagogisk omsorg", [168_450, 172_800, 176_100, 179_400, 182_000]),
    ("Förskoleklass och grundskola", [312_700, 321_500, 330_900, 337_200, 343_000]),
    ("Fritidshem", [41_200, 42_600, 43_500, 44_300, 45_100]),
    ("Gymnasieskola", [118_900, 123_400, 127_800, 130_500, 133_200]),
    ("Elevhälsa och modersmål", [28_600, 29_700, 30_800, 31_400, 32_000]),
]
UNITS: list[tuple[str, list[tuple[str, list[int | None]]]]] = [
    ("Förskola och pedagogisk omsorg", [
        ("Förskoleområde Norr", [58_200, 59_400]),
        ("Förskoleområde Centrum", [64_900, 66_100]),
        ("Förskoleområde Söder", [44_100, 45_000]),
        ("Pedagogisk omsorg", [5_600, 5_600]),
    ]),
    ("Förskoleklass och grundskola", [
        ("Ekbackeskolan F–6", [78_300, 80_500]),
        ("Vallaskolan F–6", [69_800, 71_900]),
        ("Sjöhamraskolan 7–9", [98_600, 101_700]),
        ("Centrala resurser grundskola", [74_800, 76_800]),
    ]),
    ("Gymnasieskola", [
        ("Hamragymnasiet", [86_900, 89_600]),
        ("Interkommunala ersättningar", [36_500, 38_200]),
    ]),
]  # fmt: skip
RESULT: list[tuple[str, list[int | None]]] = [
    ("Statsbidrag", [48_300, 45_200, 44_800, 44_800, 44_800]),
    ("Avgifter och övriga intäkter", [27_100, 27_900, 28_500, 29_000, 29_400]),
    ("Personalkostnader", [-482_600, -494_300, -503_800, -511_200, -518_600]),
    ("Lokalkostnader", [-98_400, -101_300, -104_200, -106_800, -109_000]),
    ("Köp av huvudverksamhet", [-66_200, -69_800, -72_300, -74_100, -75_900]),
    ("Läromedel och måltider", [-42_900, -44_100, -45_200, -46_100, -47_000]),
]
_NET = [sum(a[i] or 0 for _, a in DRIFT) for i in range(len(KEYS))]
RESULT.append(
    ("Övriga kostnader", [-n - sum(a[i] or 0 for _, a in RESULT) for i, n in enumerate(_NET)])
)


def _cover(w: Writer) -> None:
    w.cover("Sjöhamra kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=16, bold=True)
    w.cover("Verksamhetsplan och internbudget 2027", size=24, bold=True)
    w.cover("Planperiod 2027–2029")
    w.para("")
    w.cover("Beslutad i barn- och utbildningsnämnden 2026-12-09 § 98")
    w.cover("Dnr BUN 2026/0311")
    w.cover("Ordförande: Maria Sandberg (KD)")
    w.cover("Förvaltningschef: Tomas Berg")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Verksamhetsplanen och internbudgeten beskriver hur barn- och utbildningsnämnden "
        "fördelar fullmäktiges ram och vad förskolor och skolor ska prioritera under 2027. "
        "Målen gäller för hela planperioden 2027–2029."
    )
    w.chapter("Verksamhetsidé och uppdrag")
    w.para(
        "Nämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, "
        "fritidshem och gymnasieskola. Omkring 4 300 barn och elever går i kommunens "
        "verksamheter."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Barnkullarna minskar i centralorten medan de växer i de norra delarna. Det innebär "
        "att lokaler behöver ställas om och att resurser flyttas mellan förskoleområdena."
    )
    w.bullets(
        "Färre barn födda 2023–2025 än under tidigare år",
        "Nya krav på behöriga lärare i fritidshemmet",
        "Ökade kostnader för elever i andra kommuners gymnasieskolor",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämnden har fem mål för planperioden. Under varje mål anges indikatorerna med "
        "utgångsläge och målvärde inom parentes, och de aktiviteter som ska leda till målet."
    )
    for number, (goal, prose, inds, acts) in enumerate(GOALS, 1):
        w.heading(f"Mål {number}. {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(prose)
        w.para("Indikatorer:")
        w.structure("Indikatorer:")
        for name, unit, base, targets in inds:
            figures = [f"2025: {sv(base, unit)}"]
            for year, target in targets.items():
                shown = sv(target, unit) if isinstance(target, D) else target
                figures.append(f"mål {year}: {shown}")
            w.bullets(f"{name} ({', '.join(figures)})")
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, dict(targets)))
        w.para("Aktiviteter:")
        w.structure("Aktiviteter:")
        for name, who, when, day in acts:
            w.bullets(f"{name}. Ansvarig: {who}. Klart: {when}.")
            w.expected.activities.append(Activity(name, who, day, group=goal))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Fullmäktiges ram för 2027 är 724 400 tkr. Nettokostnadsförändringen visar skillnaden "
        "mellan budget 2027 och budget 2026."
    )
    title = "Driftbudget per avdelning, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Avdelning", "Bokslut 2025", "Budget 2026", "Budget 2027"]
    header += ["Nettokostnadsförändring", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    assert [int(x.replace(" ", "")) for x in body[-1][1:]][2] == 724_400
    rows = [header]
    for line in body:
        change = sv(int(line[3].replace(" ", "")) - int(line[2].replace(" ", "")))
        rows.append([*line[:4], change, *line[4:]])
        w.structure(change)  # budget 2027 minus budget 2026: computed, not kept
    w.table(rows, widths=[4.6, 1.9, 1.9, 1.9, 2.6, 1.9, 1.9], size=8)
    w.para("")
    title = "Resultaträkning, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Kostnadsslag", *header[1:4], *header[5:]]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad")
    w.table([header, *body], widths=[5.2, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.chapter("Internbudget 2027")
    w.para("Avdelningarnas ramar fördelas på enheter enligt tabellerna nedan. Belopp i tkr.")
    drift = dict(DRIFT)
    for department, units in UNITS:
        w.para(("b", department))
        w.structure(department)
        rows = [["Enhet", "Budget 2026", "Internbudget 2027"]]
        for name, amounts in units:
            rows.append([name, *(sv(a or 0) for a in amounts)])
            given = {k: D(a or 0) for k, a in zip(KEYS[1:3], amounts, strict=True)}
            w.expected.budget.append(BudgetRow("drift", name, given))
        sums = [sum(a[i] or 0 for _, a in units) for i in range(2)]
        assert sums == drift[department][1:3], (department, sums)
        rows.append([f"Summa {department.lower()}", *(sv(s) for s in sums)])
        w.totals(*rows[-1])
        w.table(rows, widths=[7, 3, 3])
        w.para("")

    title = "Nyckeltal per skolform 2025"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "Förskola", "Grundskola", "Gymnasieskola"]
    rows = [
        ["Antal barn och elever", "1 412", "2 368", "536"],
        ["Kostnad per barn/elev, kr", "164 300", "121 800", "142 600"],
        ["Barn/elever per lärare", "12,4", "11,8", "10,9"],
        ["Andel lärare med legitimation, %", "47", "78", "86"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[6.4, 2.6, 2.6, 2.6])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    note = "Källa: Kolada och Skolverket, läsåret 2025/26. Förskolans lärare är förskollärare."
    w.para(("i", note))
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para("Nämndens internkontrollplan för 2027 omfattar följande kontroller.")
    header = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Rapporteras"]
    rows = [
        ["Elevhälsa", "Att elevhälsans journaler förs enligt patientdatalagen",
         "Stickprov på 20 journaler", "Elevhälsochef", "Oktober"],
        ["Kränkande behandling", "Att anmälningar om kränkningar utreds skyndsamt",
         "Genomgång av ärenden i registret", "Grundskolechef", "April och oktober"],
        ["Skolplikt", "Att frånvaro över 10 procent följs upp med vårdnadshavare",
         "Uppföljning i frånvarosystemet", "Rektorer", "Varje tertial"],
        ["Avgifter", "Att avgifter för förskola debiteras efter aktuell inkomst",
         "Stickprov på inkomstuppgifter", "Administrativ chef", "Juni"],
        ["Inköp", "Att inköp av läromedel görs mot ramavtal",
         "Granskning av leverantörsfakturor", "Controller", "November"],
        ["Interkommunala ersättningar", "Att fakturor från andra kommuner stämmer mot "
         "elevregistret", "Avstämning varje termin", "Gymnasiechef", "Februari och augusti"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[3, 5.6, 3.6, 2.8, 2.4], size=8)
    w.expected.controls += [Control(r[1], r[0]) for r in rows]


def build_w(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Sjöhamra kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan och internbudget 2027",
        ordforande="Maria Sandberg (KD)",
        forvaltningschef="Tomas Berg",
        diarienummer="BUN 2026/0311",
    )
    w = Writer("W-bun-indikatorer-i-punktlistor", front)
    _cover(w)
    _text(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
