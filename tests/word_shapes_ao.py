"""Corpus document AO: a barn- och utbildningsnämnd's plan counted in school years. The goals
are first listed in an overview table "Målområde | Prioriterat mål | Agenda 2030" (the
målområde merged down, the last column naming the global goal, "Globalt mål 4", which is not
the goal's text), then each målområde is a Heading 2 "Målområde: Lärande" under which every
goal is a bold-italic Normal line "Prioriterat mål 1 – …" over an indicator table "Indikator |
Läsår 2024/25 | Läsår 2025/26 | Mål 2026/27 | Mål 2027/28" with values such as "228,5"
(meritvärde), "87 %" and "4,1 av 5"; the activities are one table "Aktivitet | Kopplat till mål
| Ansvarig | Klart" split by shaded full-width rows per skolform ("Förskola", "Grundskola",
"Gymnasium") and dated "ht 2027", "vt 2028", "läsår 2027/28"; a driftbudget per verksamhet in
mnkr with one decimal ("-412,6") and a "Nämnden totalt" row; an "Elevantal" key-figure table
with school years as columns and a note; internkontroll "Granskningsområde | Kontrollmoment |
Metod | Tidpunkt | Ansvarig | Riskbedömning" with "Låg/Medel/Hög".

Expected (what a perfect import gives), with a school year counted as the calendar year it
ends in, both for outcomes and targets: läsår 2024/25 is the outcome of 2025 and läsår 2025/26
the outcome of 2026, the latest of which is the nuläge (2026); "Mål 2026/27" is the target
reached in 2027 and "Mål 2027/28" the target for 2028, the plan's two years. Likewise an
activity due "vt 2028" is due 2028-06-30, "ht 2027" 2027-12-31 and "läsår 2027/28" at the end
of that school year, 2028-06-30. "4,1 av 5" is the value 4,1 (the scale is the indicator's,
the cell is checked as the value). Six nämnd goals without their "Prioriterat mål n –" label;
fourteen indicators with both outcomes, nuläge 2026 and targets 2027 and 2028; nine
activities with ansvarig, slutdatum, the linked goal as group and the skolform as verksamhet;
nine driftbudget rows in mnkr as printed; seven key-figure rows and their note; six controls
with the granskningsområde as process. The "Agenda 2030" cells are content (no structure)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

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
    TableNote,
    Val,
)

RUNNING = "Ljungsjö kommun – Barn- och utbildningsnämnden – Verksamhetsplan 2027–2028"

Row = tuple[str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, läsår 2024/25, läsår 2025/26, mål 2026/27, mål 2027/28."""
OF5 = "av 5"
"""The unit printed after a survey index ("4,1 av 5"): kept as the value 4,1."""

AREAS: list[tuple[str, list[tuple[str, str, list[Row]]]]] = [
    ("Lärande", [
        ("Alla elever lämnar grundskolan med godkända betyg och behörighet till gymnasiet.",
         "Globalt mål 4",
         [("Genomsnittligt meritvärde i årskurs 9 (17 ämnen)", "", D("224.0"), D("228.5"),
           D("232.0"), D("235.0")),
          ("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "%", D(83), D(85),
           D(87), D(89)),
          ("Andel elever i årskurs 6 med lägst betyget E i svenska", "%", D(91), D(90), D(93),
           D(95))]),
        ("Fler elever tar examen från gymnasiet inom fyra år.", "Globalt mål 4",
         [("Andel elever med gymnasieexamen inom fyra år", "%", D(74), D(76), D(79), D(82)),
          ("Genomsnittlig betygspoäng vid examen", "", D("14.1"), D("14.3"), D("14.5"),
           D("14.7"))]),
        ("Förskolan ger alla barn en god grund för språk och kommunikation.", "Globalt mål 10",
         [("Andel barn 1–5 år som är inskrivna i förskola", "%", D(88), D(89), D(91), D(92)),
          ("Vårdnadshavarnas nöjdhet med förskolan", OF5, D("4.1"), D("4.2"), D("4.3"),
           D("4.4"))]),
    ]),
    ("Trygghet och hälsa", [
        ("Alla barn och elever känner sig trygga i förskolan och skolan.", "Globalt mål 16",
         [("Andel elever i årskurs 5 som känner sig trygga i skolan", "%", D(92), D(90), D(94),
           "Minst 95 %"),
          ("Andel elever i årskurs 8 som känner sig trygga i skolan", "%", D(84), D(86), D(88),
           D(90)),
          ("Elevernas upplevelse av studiero, årskurs 8", OF5, D("3.2"), D("3.3"), D("3.5"),
           D("3.6"))]),
        ("Skillnaderna i resultat mellan kommunens skolor minskar.", "Globalt mål 10",
         [("Skillnad i meritvärde mellan skolan med högst och lägst meritvärde", "",
           D("41.5"), D("38.0"), D("34.0"), D("30.0")),
          ("Andel elever med annat modersmål som är behöriga till gymnasiet", "%", None, D(67),
           D(70), D(74))]),
    ]),
    ("Medarbetare", [
        ("Barn och elever möter behöriga lärare och förskollärare.", "Globalt mål 8",
         [("Andel lärare i grundskolan med legitimation och behörighet i minst ett ämne", "%",
           D(78), D(80), D(82), D(85)),
          ("Andel förskollärare av de anställda i förskolan", "%", D(39), D(41), D(43),
           D(45))]),
    ]),
]  # fmt: skip
GOAL_TEXTS = [goal for _, goals in AREAS for goal, _, _ in goals]

Act = tuple[str, int, str, str]
"""An activity: name, the number of the goal it serves, ansvarig, klart."""
ACTIVITIES: list[tuple[str, list[Act]]] = [
    ("Förskola", [
        ("Högläsning och språkpromenader i små grupper på alla förskolor", 3,
         "Verksamhetschef förskola", "ht 2027"),
        ("Gemensamt material för att följa barnens språkutveckling vid fyra års ålder", 3,
         "Utvecklingsledare förskola", "vt 2028"),
        ("Tio barnskötare utbildar sig till förskollärare på arbetstid", 6, "HR-chef",
         "läsår 2027/28"),
    ]),
    ("Grundskola", [
        ("Lovskola för elever i årskurs 8 och 9 under sommar- och påsklov", 1,
         "Verksamhetschef grundskola", "ht 2027"),
        ("Sambedömning av nationella prov mellan skolorna", 5, "Utvecklingschef", "vt 2027"),
        ("Trygghetsteam från elevhälsan på alla skolor med årskurs 7–9", 4, "Elevhälsochef",
         "läsår 2026/27"),
        ("Mobilfri skoldag och gemensamma ordningsregler", 4, "Rektorsgruppen grundskola",
         "ht 2027"),
    ]),
    ("Gymnasium", [
        ("Tidiga insatser för elever som riskerar F i kärnämnen under årskurs 1", 2,
         "Rektor Ljungsjö gymnasium", "vt 2028"),
        ("Språkintroduktion med yrkesinriktning mot vård och bygg", 5,
         "Verksamhetschef gymnasium", "läsår 2027/28"),
    ]),
]  # fmt: skip


def term_end(when: str) -> dt.date:
    """Judgement: "vt 2028" ends 2028-06-30, "ht 2027" 2027-12-31, "läsår 2027/28" ends with
    its spring term, 2028-06-30."""
    kind, year = when.split()
    if kind == "läsår":
        return dt.date(int(year[:4]) + 1, 6, 30)
    return dt.date(int(year), 6, 30) if kind == "vt" else dt.date(int(year), 12, 31)


KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och förvaltning", ["-38.4", "-40.1", "-41.2", "-42.0"]),
    ("Förskola", ["-298.7", "-309.5", "-316.8", "-321.4"]),
    ("Pedagogisk omsorg", ["-6.2", "-5.8", "-5.1", "-4.6"]),
    ("Grundskola", ["-412.6", "-425.3", "-438.9", "-447.2"]),
    ("Fritidshem", ["-71.3", "-73.0", "-74.6", "-75.9"]),
    ("Anpassad grundskola", ["-34.8", "-36.2", "-37.5", "-38.1"]),
    ("Gymnasium", ["-186.9", "-192.4", "-198.7", "-203.5"]),
    ("Vuxenutbildning och sfi", ["-28.5", "-30.7", "-29.9", "-30.2"]),
    ("Skolskjuts", ["-24.1", "-25.0", "-26.3", "-26.9"]),
]

PUPILS_TITLE = "Tabell 5. Elevantal per läsår"
PUPILS_TABLE = "Elevantal per läsår"
PUPILS_HEADER = ["Skolform", "Läsår 2023/24", "Läsår 2024/25", "Läsår 2025/26"]
PUPILS_HEADER += ["Prognos 2026/27", "Prognos 2027/28"]
PUPILS = [
    ["Barn i förskola", "2 146", "2 118", "2 087", "2 060", "2 045"],
    ["Barn i pedagogisk omsorg", "58", "49", "41", "35", "30"],
    ["Elever i förskoleklass", "512", "498", "476", "470", "462"],
    ["Elever i grundskola, årskurs 1–9", "4 688", "4 731", "4 752", "4 760", "4 741"],
    ["Elever i fritidshem", "1 934", "1 902", "1 889", "1 870", "1 850"],
    ["Gymnasieelever folkbokförda i kommunen", "1 402", "1 436", "1 471", "1 498", "1 520"],
    ["varav i kommunens egen gymnasieskola", "968", "981", "1 004", "1 020", "1 035"],
]
PUPILS_NOTE = (
    "Anm. Antal den 15 oktober respektive läsår. Prognoserna bygger på kommunens "
    "befolkningsprognos från april 2026."
)

CONTROLS = [
    ("Skolplikt och närvaro", "Att elever med hög frånvaro anmäls till huvudmannen och utreds",
     "Genomgång av frånvarorapporter från samtliga skolor", "Oktober och mars", "Skolchef",
     "Hög"),
    ("Kränkande behandling", "Att anmälningar om kränkande behandling utreds inom tre veckor",
     "Stickprov på 15 ärenden", "Varje termin", "Utvecklingschef", "Hög"),
    ("Avgifter i förskola och fritidshem", "Att avgiften bygger på aktuell inkomstuppgift",
     "Stickprov på 25 fakturor", "Maj", "Ekonomichef", "Medel"),
    ("Rekrytering", "Att utdrag ur belastningsregistret finns för alla nyanställda",
     "Jämförelse av nya anställningar med registrerade utdrag", "Augusti och januari",
     "HR-chef", "Medel"),
    ("Interkommunal ersättning", "Att fakturor för elever i andra kommuner stämmer mot "
     "elevregistret", "Avstämning mot elevregistret", "Varje kvartal", "Controller", "Medel"),
    ("Skolskjuts", "Att beslut om skolskjuts fattas enligt nämndens riktlinjer",
     "Granskning av tio beslut", "September", "Skolskjutshandläggare", "Låg"),
]  # fmt: skip


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Ljungsjö kommun", size=14)
    w.cover("Barn- och utbildningsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2028", size=26, bold=True)
    w.cover("Läsåren 2026/27 och 2027/28", size=14)
    w.cover("Ordförande: Annika Lövgren (C)", size=11)
    w.cover("Skolchef: Mikael Strand", size=11)
    w.cover("Antagen av barn- och utbildningsnämnden 2026-11-24, § 141", size=10)
    w.cover("Dnr BUN 2026/212", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur barn- och utbildningsnämnden ska nå fullmäktiges mål "
        "under 2027 och 2028. Skolans år följer läsåret, så målen för barnens och elevernas "
        "resultat anges per läsår: målet för läsåret 2026/27 ska vara nått när läsåret slutar "
        "i juni 2027. Budgeten följer kalenderåret.",
        "Planen följs upp i delårsrapporten efter augusti och i verksamhetsberättelsen. "
        "Resultaten för ett läsår redovisas för nämnden i kvalitetsrapporten i oktober.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden är huvudman för förskola, pedagogisk omsorg, förskoleklass, grundskola, "
        "fritidshem, anpassad grundskola, gymnasieskola och kommunal vuxenutbildning. Nämnden "
        "ansvarar också för skolskjuts och för tillsyn över de fristående förskolorna."
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Antalet barn i förskoleåldern minskar för tredje året i rad medan gymnasieeleverna "
        "blir fler fram till 2030. Två förskolor i centralorten slås ihop hösten 2027 och "
        "lokalerna i Björkås förskola lämnas.",
        "Bristen på legitimerade lärare är störst i matematik, moderna språk och i anpassad "
        "grundskola. Var femte lärare i grundskolan går i pension inom tio år.",
    )
    w.bullets(
        "Nya läroplaner för grundskolan gäller från läsåret 2028/29 och kräver fortbildning.",
        "Skollagens krav på mobilfri skoldag påverkar ordningsreglerna på alla skolor.",
        "Fler elever än tidigare har ett annat modersmål än svenska.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Fullmäktige har beslutat om tre målområden. Under varje målområde har nämnden "
        "prioriterade mål som följs upp med indikatorer. Tabellen visar vilket av de globala "
        "målen i Agenda 2030 som varje prioriterat mål bidrar till."
    )
    rows = [["Målområde", "Prioriterat mål", "Agenda 2030"]]
    merges = []
    for area, goals in AREAS:
        start = len(rows)
        for n, (goal, agenda, _) in enumerate(goals):
            rows.append([area if n == 0 else "", goal, agenda])
        if len(goals) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[3.4, 10.0, 3.2])
    header = ["Indikator", "Läsår 2024/25", "Läsår 2025/26", "Mål 2026/27", "Mål 2027/28"]
    number = 0
    for area, goals in AREAS:
        w.heading(f"Målområde: {area}", 2)
        for goal, _, inds in goals:
            number += 1
            line = f"Prioriterat mål {number} – {goal}"
            w.para(("bi", line)).paragraph_format.space_before = Pt(12)
            w.structure(line)  # checked as the goal
            w.expected.goals.append(Goal(goal, "namnd"))
            body = []
            for name, unit, a, b, t27, t28 in inds:
                shown = [cell_text(v, unit) for v in (a, b, t27, t28)]
                body.append([name, *shown])
                if unit == OF5:
                    w.structure(*shown)  # checked as the indicator's figures
                outcomes = {y: v for y, v in ((2025, a), (2026, b)) if v is not None}
                targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
                w.expected.indicators.append(
                    Indicator(goal, name, "" if unit == OF5 else unit, 2026, b, targets, outcomes)
                )
            w.table([header, *body], widths=[7.6, 2.2, 2.2, 2.2, 2.2])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028")
    w.para(
        "Aktiviteterna redovisas per skolform. Kolumnen Klart anger terminen eller läsåret "
        "då aktiviteten ska vara genomförd."
    )
    rows = [["Aktivitet", "Kopplat till mål", "Ansvarig", "Klart"]]
    groups = []
    for form, acts in ACTIVITIES:
        groups.append(len(rows))
        rows.append([form, "", "", ""])
        w.structure(form)  # checked as the activities' verksamhet
        for name, goal, who, when in acts:
            link = f"Mål {goal}"
            rows.append([name, link, who, when])
            w.structure(link, when)
            w.expected.activities.append(
                Activity(name, who, term_end(when), group=GOAL_TEXTS[goal - 1], verksamhet=form)
            )
    table = w.table(rows, merges=[(g, 0, g, 3) for g in groups], widths=[8.2, 2.6, 4.0, 2.4])
    for g in groups:
        cell = table.cell(g, 0)
        _shade(cell, "D9E2F3")
        cell.paragraphs[0].runs[0].bold = True


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Kommunfullmäktiges ram för 2027 är 1 198,0 mnkr, en ökning med 3,2 procent. "
        "Förskolan minskar med två avdelningar när barnen blir färre, medan gymnasiet får "
        "mer pengar för de fler eleverna och för dyrare platser i andra kommuner.",
        "Beloppen är nettokostnader i miljoner kronor med en decimal.",
    )
    caption = "Tabell 4. Driftbudget per verksamhet, mnkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]]
    for name, figures in DRIFT:
        amounts = [D(f) for f in figures]
        rows.append([name, *(sv(a) for a in amounts)])
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, amounts, strict=True))))
    sums = [sum((D(f[i]) for _, f in DRIFT), D(0)) for i in range(len(KEYS))]
    total = ["Nämnden totalt", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[5.6, 2.6, 2.6, 2.6, 2.6])
    for cell in table.rows[-1].cells:
        cell.paragraphs[0].runs[0].bold = True

    w.para(
        "Elevantalen styr resursfördelningen till skolorna. Tabellen visar antal barn och "
        "elever per skolform och läsår."
    )
    w.para(("b", PUPILS_TITLE))
    w.structure(PUPILS_TITLE)
    w.table([PUPILS_HEADER, *PUPILS], keep_headers=True, widths=[5.8, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.expected.key_figures += [
        KeyRow(PUPILS_TABLE, row[0], dict(zip(PUPILS_HEADER[1:], row[1:], strict=True)))
        for row in PUPILS
    ]
    w.para(("i", PUPILS_NOTE))
    w.expected.notes.append(TableNote(PUPILS_TABLE, PUPILS_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen för 2027 bygger på förvaltningens riskanalys. Risker som "
        "bedömts som Hög kontrolleras två gånger per år."
    )
    header = ["Granskningsområde", "Kontrollmoment", "Metod", "Tidpunkt", "Ansvarig"]
    rows = [[*header, "Riskbedömning"]]
    for area, moment, method, when, who, risk in CONTROLS:
        rows.append([area, moment, method, when, who, risk])
        w.structure(risk)
        w.expected.controls.append(Control(moment, area))
    w.table(rows, widths=[3.0, 4.2, 3.6, 2.2, 2.4, 2.0])


def build_ao(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Ljungsjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Annika Lövgren (C)",
        forvaltningschef="Mikael Strand",
        diarienummer="BUN 2026/212",
    )
    w = Writer("AO-bun-läsår-skolformsrader", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
