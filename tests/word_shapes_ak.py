"""Corpus document AK: a kommunstyrelse's plan where each målområde is a Heading 2 followed by
a shaded one-cell "faktaruta" table holding "Kommunstyrelsens mål" and the goals as a numbered
list inside the cell; the indicators are written in prose under the box, one sentence each
("Andelen … ska öka från 72 procent 2025 till 80 procent 2027."); the activities are bullets
"…. Ansvarig: …." under "Aktiviteter 2027"; the driftbudget has sub-rows indented by
spaces under each verksamhet (the verksamhet's row is their subtotal) and "varav"-rows that
are parts of the row above, and a "Summa kommunstyrelsen" row.

Expected (what a perfect import gives): the front matter; three chapters (a "Målområde n: …"
heading over goals is the målområde of its goals, as in J, not a chapter; "Driftbudget, tkr"
is the title of the table under it, not a chapter); five goals
(nämnd level) with one to two prose indicators each, nuläge 2025 and targets 2027 (and 2028
where the sentence has it); six activities with their ansvarig and group (the målområde);
the indented sub-rows as driftbudget rows. Chosen here: the verksamhet rows over the
indented rows are subtotals (structure, not rows of their own) and the "varav"-rows are parts
of the row above, neither budget rows nor structure (not checked), so they must not be
added to any total."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import Activity, BudgetRow, Expected, Front, Goal, Indicator

# målområde → [(goal, [(sentence, name, unit, nuläge, {år: mål})])], [(activity, ansvarig)]
Ind = tuple[str, str, str, D, dict[int, D]]
AREAS: list[tuple[str, str, list[tuple[str, list[Ind]]], list[tuple[str, str]]]] = [
    ("Attraktiv kommun att bo och verka i",
     "Kommunen ska växa med fler invånare och fler arbetstillfällen.",
     [("Fler bostäder byggs i hela kommunen.",
       [("Antalet färdigställda bostäder per år ska öka från 46 år 2025 till 80 år 2027.",
         "Antalet färdigställda bostäder per år", "", D(46), {2027: D(80)})]),
      ("Företagsklimatet förbättras.",
       [("Nöjd-Kund-Index för myndighetsutövningen mot företag ska öka från 68 under 2025 "
         "till 72 under 2027 och 75 under 2028.",
         "Nöjd-Kund-Index för myndighetsutövningen mot företag", "", D(68),
         {2027: D(72), 2028: D(75)}),
        ("Andelen företag som anser att kommunen är lätt att nå ska öka från 61 procent "
         "2025 till 70 procent 2027.",
         "Andelen företag som anser att kommunen är lätt att nå", "%", D(61),
         {2027: D(70)})])],
     [("Ta fram ett nytt näringslivsprogram tillsammans med företagarna", "Näringslivschef"),
      ("Planlägga två nya bostadsområden i Ekeby och Norrby", "Planchef")]),
    ("Hållbar och effektiv organisation",
     "Kommunens verksamheter ska vara effektiva, digitala och ha nöjda medarbetare.",
     [("Fler ärenden hanteras digitalt.",
       [("Andelen ansökningar som kommer in via e-tjänst ska öka från 38 procent 2025 till "
         "60 procent 2027.",
         "Andelen ansökningar som kommer in via e-tjänst", "%", D(38), {2027: D(60)})]),
      ("Sjukfrånvaron minskar.",
       [("Sjukfrånvaron bland kommunens medarbetare ska minska från 7,4 procent 2025 till "
         "6,5 procent 2027.",
         "Sjukfrånvaron bland kommunens medarbetare", "%", D("7.4"), {2027: D("6.5")})]),
      ("Kommunens klimatpåverkan minskar.",
       [("Andelen fossilfria fordon i kommunens fordonsflotta ska öka från 55 procent 2025 "
         "till 75 procent 2027 och 90 procent 2028.",
         "Andelen fossilfria fordon i kommunens fordonsflotta", "%", D(55),
         {2027: D(75), 2028: D(90)}),
        ("Energianvändningen i kommunens lokaler ska minska från 182 kWh per kvadratmeter "
         "2025 till 170 kWh per kvadratmeter 2027.",
         "Energianvändningen i kommunens lokaler", "kWh per kvadratmeter", D(182),
         {2027: D(170)})])],
     [("Införa en gemensam e-tjänstplattform för alla förvaltningar", "Digitaliseringschef"),
      ("Genomföra en hälsosatsning med friskvårdstimme för alla medarbetare", "HR-chef"),
      ("Byta 20 fordon mot el- eller biogasfordon", "Fordonssamordnare"),
      ("Energikartlägga de tio största kommunala byggnaderna", "Fastighetschef")]),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
# (verksamhet, [(sub-row, amounts)], varav-row under the first sub-row or None)
BUDGET: list[tuple[str, list[tuple[str, tuple[int, int, int]]], tuple[str, tuple[int, ...]]]] = [
    ("Politisk verksamhet",
     [("Kommunfullmäktige", (2150, 2200, 2250)),
      ("Kommunstyrelsen", (3400, 3480, 3550)),
      ("Revision", (1100, 1130, 1150))],
     ("varav arvoden", (2600, 2650, 2700))),
    ("Kommunledningskontoret",
     [("Kansli och kommunikation", (14800, 15300, 15700)),
      ("Ekonomi", (11200, 11500, 11800)),
      ("Personal", (12600, 13100, 13400))],
     ("varav företagshälsovård", (1900, 2000, 2050))),
    ("Samhällsutveckling",
     [("Näringsliv och turism", (6300, 6800, 6900)),
      ("Fysisk planering", (5400, 5900, 6000)),
      ("Digitalisering", (8700, 9600, 9900))],
     ("varav e-tjänstplattform", (0, 900, 950))),
]  # fmt: skip


def _shade(cell: object) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "DCE9F5")
    tc_pr.append(shd)


def _faktaruta(w: Writer, title: str, intro: str, goals: list[str]) -> None:
    """The målområde's goals in a shaded one-cell box: a bold title, a line, a numbered list."""
    body = w.doc.element.body
    if len(body) > 1 and body[-2].tag == qn("w:tbl"):
        w.doc.add_paragraph()
    table = w.doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    _shade(cell)
    cell.paragraphs[0].add_run(title).bold = True
    cell.add_paragraph(intro)
    for goal in goals:
        cell.add_paragraph(goal, style="List Number")
    w.structure(title)


def _areas(w: Writer) -> None:
    for n, (area, intro, goals, acts) in enumerate(AREAS, 1):
        w.heading(f"Målområde {n}: {area}", 2)
        w.structure(f"Målområde {n}: {area}")
        w.para(intro)
        _faktaruta(w, "Kommunstyrelsens mål", "Målen gäller 2027–2028.", [g for g, _ in goals])
        w.structure("Målen gäller 2027–2028.")
        w.para(("b", "Så följer vi upp målen"))
        w.structure("Så följer vi upp målen")
        for goal, inds in goals:
            w.expected.goals.append(Goal(goal, "namnd"))
            for sentence, name, unit, base, targets in inds:
                w.para(sentence)
                w.structure(sentence)
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {y: v for y, v in targets.items()})
                )
        w.para(("b", "Aktiviteter 2027"))
        w.structure("Aktiviteter 2027")
        for name, who in acts:
            line = f"{name}. Ansvarig: {who}."
            w.doc.add_paragraph(line, style="List Bullet")
            w.structure(line)
            w.expected.activities.append(Activity(name, who, group=area))


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Kommunstyrelsens ram för 2027 är 69,0 miljoner kronor. Ökningen jämfört med 2026 "
        "beror främst på den gemensamma e-tjänstplattformen och högre kostnader för personal."
    )
    w.heading("Driftbudget, tkr", 3)
    w.structure("Driftbudget, tkr")
    rows = [["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028"]]
    total = [0, 0, 0]
    for verksamhet, subs, (varav, varav_amounts) in BUDGET:
        sums = [sum(a[i] for _, a in subs) for i in range(3)]
        rows.append([verksamhet, *(sv(s) for s in sums)])
        w.totals(verksamhet, *(sv(s) for s in sums))
        for i, (name, amounts) in enumerate(subs):
            rows.append(["    " + name, *(sv(a) for a in amounts)])
            w.expected.budget.append(
                BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
            )
            if i == 0:
                rows.append(["      " + varav, *(sv(a) for a in varav_amounts)])
        total = [t + s for t, s in zip(total, sums, strict=True)]
    rows.append(["Summa kommunstyrelsen", *(sv(t) for t in total)])
    w.totals("Summa kommunstyrelsen", *(sv(t) for t in total))
    w.table(rows, widths=[7.0, 3.0, 3.0, 3.0])
    w.para("Varav-raderna ingår i raden ovanför.", size=8)


def build_ak(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Lövsta kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Kommunstyrelsens verksamhetsplan 2027–2028",
        ordforande="Annika Holm (S)",
        forvaltningschef="Peter Strand",
        diarienummer="KS 2026/318",
    )
    w = Writer("AK-kommunstyrelse-faktaruta-prosaindikatorer", front)
    w.cover("Lövsta kommun", size=14)
    w.cover("Kommunstyrelsens verksamhetsplan 2027–2028", size=24, bold=True)
    w.cover("Diarienummer: KS 2026/318", size=10)
    w.cover("Ordförande: Annika Holm (S)", size=10)
    w.cover("Kommundirektör: Peter Strand", size=10)
    w.page_break()
    w.chapter("Inledning", 1)
    w.para(
        "Kommunstyrelsen leder och samordnar kommunens verksamheter och har uppsikt över "
        "nämnderna. Planen visar kommunstyrelsens mål för 2027–2028, hur målen följs upp och "
        "vilka aktiviteter som genomförs under 2027."
    )
    w.chapter("Mål och uppföljning", 1)
    w.para(
        "Målen är ordnade under kommunfullmäktiges två målområden. Varje mål följs upp med "
        "ett eller två mått som beskrivs i texten under målen."
    )
    _areas(w)
    _budget(w)
    return w.save(path)
