"""Corpus document DN: a byggnads- och miljönämnd's one-year plan in a small Norrland kommun,
written by the nämnd's only secretary in Word without a template. Chapters are Heading 1s
without numbers; the goals sit in "Mål och uppföljning" under one Heading 2 per verksamhet
("Bygglov och planering", "Miljö- och hälsoskydd", "Livsmedelskontroll", "Hela nämnden"), each
goal an item of one Word-numbered list ("List Number", numbered 1–7 across the verksamheter)
followed by a small "Så mäter vi | Nuläge | Mål 2027" table whose nuläge cells carry their
own year in parentheses ("92 % (2025)", "68 (2024)" for SKR's Insikt, measured every other
year) or "Nytt mått"; after each verksamhet's goals a bold "Det här gör vi 2027" over an
"Aktivitet | Vem | När" table dated without a year, as a one-year plan does ("Senast 30 april",
"Våren", "Juni–september", "Under året", "1 januari"). The driftbudget (net costs, tkr in a
line over the table) is "Verksamhet | Bokslut 2025 | Budget 2026 | Budget 2027 | Kommentar"
with a free-text comment per row, "–" for a verksamhet that had no costs in 2025 and a
"Summa" row; investments are bullets "Name, 250 tkr"; key figures "Verksamheten i siffror"
have "2023 | 2024 | 2025 | Jan–sep 2026" with a "Källa:" line under them; internkontroll is a
table whose process is typed only on its first row, the cells under it left empty. The
running header and footer name the plan and the nämnd.

These conventions are those of a small kommun's secretary: goals grouped by the verksamheter
that staff the office (not by målområde), a numbered list because Word offers it, nuläge years
that differ as measurements do (Insikt every second year), dates as months because the plan
is for one year, a budget comment column where the economist's remarks are pasted, and
repeated cells left blank as people do when typing a table by hand. Together they are not in
A–DM: no earlier document pairs a Word-numbered goal list with per-goal tables and a nuläge
year per cell, dates activities by month alone, or gives the driftbudget a comment column.

Expected (what a perfect import gives): the front matter from the cover (Dnr in the
Ciceron form "BMN 2026-000318"); the prose chapters and "Mål och uppföljning" (its verksamhet
Heading 2s are headings in that chapter); seven nämndsmål with 17 indicators (nuläge and its
year from the cell, none for "Nytt mått", target 2027; "Högst 4", "Minst 80" and "Högst 10
%" as worded targets); eleven activities with Vem as ansvarig and the month's last day of
2027 as slutdatum ("Våren" 30 June, "Under året" 31 December, "1 januari" that day); eight
driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027), "–" read as 0 (as BK's
dashes are); two investments by (budget, 2027); seven key-figure rows as printed with the
"Källa:" line as the note; six controls, each with the process typed above it. Header cells,
the "Summa" row and the cover's labels are structure; the running header and footer are
absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_dn_parts import (
    ACTIVITIES,
    BUDGET,
    CONTROLS,
    GOALS,
    INVESTMENTS,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
)
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
)

KOMMUN = "Björkfjälls kommun"
NAMND = "Byggnads- och miljönämnden"
TITLE = "Verksamhetsplan 2027"
HEADER = "Verksamhetsplan 2027 – Byggnads- och miljönämnden"
FOOTER = "Björkfjälls kommun, Miljö- och byggförvaltningen, 933 81 Björkfjäll"
KEY_TITLE = "Verksamheten i siffror"


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=16, bold=True)
    w.cover(NAMND, size=14)
    w.para("")
    w.para("")
    w.cover(TITLE, size=28, bold=True)
    w.para("")
    for line in [
        "Antagen av byggnads- och miljönämnden 2026-11-26, § 96",
        "Dnr BMN 2026-000318",
        "",
        "Ordförande: Per-Erik Lindqvist (C)",
        "Miljö- och byggchef: Helena Nordin",
    ]:
        if line:
            w.cover(line)
        else:
            w.para("")
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Det här är byggnads- och miljönämndens verksamhetsplan för 2027. Planen visar vad "
        "nämnden vill uppnå under året, hur vi följer upp det och vad förvaltningen ska göra "
        "för att komma dit. Den bygger på kommunfullmäktiges budget och på den dialog nämnden "
        "hade med förvaltningen i september.",
        "Planen följs upp i delårsrapporten per den 31 augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens ansvarsområde")
    w.para(
        "Nämnden är kommunens bygg-, miljö- och livsmedelsmyndighet. Den handlägger bygglov "
        "och anmälningar, gör tillsyn enligt miljöbalken och kontroll av livsmedel, tar fram "
        "detaljplaner på uppdrag av kommunstyrelsen och beslutar om bostadsanpassningsbidrag. "
        "Förvaltningen har elva medarbetare, varav en delad tjänst med Granbacka kommun."
    )
    w.para("")
    w.chapter("Förutsättningar 2027")
    w.paras(
        "Byggandet i kommunen har minskat de senaste åren, men intresset för fritidshus vid "
        "fjällen och längs älven är fortsatt stort. Vindkraftsetableringen i norra delen av "
        "kommunen väntas ge fler ärenden om bygglov för servicebyggnader och vägar, och "
        "tillsynen över täkter och transporter ökar.",
        "Den största risken för verksamheten är att vi är få. När en handläggare slutar eller "
        "är sjuk märks det direkt i handläggningstiderna. Nämnden satsar därför på att behålla "
        "medarbetarna och på att dela kompetens med grannkommunerna.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och uppföljning")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges vision Björkfjäll 2035. Målen är ordnade "
        "efter verksamhet. Under varje mål står hur vi mäter det, var vi står i dag och vilken "
        "nivå vi vill nå under 2027."
    )
    header = ["Så mäter vi", "Nuläge", "Mål 2027"]
    activity_header = ["Aktivitet", "Vem", "När"]
    for verksamhet, goals in GOALS:
        w.heading(verksamhet, 2)
        for goal, inds in goals:
            w.doc.add_paragraph(goal, style="List Number")
            w.expected.goals.append(Goal(goal, "namnd"))
            rows = [header]
            for name, unit, cell, year, base, target_cell, target in inds:
                rows.append([name, cell, target_cell])
                w.expected.indicators.append(
                    Indicator(goal, name, unit, year, base, {2027: target})
                )
            w.table(rows, widths=[9.5, 3.2, 3.2])
            w.para("")
        w.para(("b", "Det här gör vi 2027"))
        w.structure("Det här gör vi 2027")
        rows = [activity_header]
        for name, who, when, date in ACTIVITIES[verksamhet]:
            rows.append([name, who, when])
            w.expected.activities.append(Activity(name, ansvarig=who, slutdatum=date))
        w.table(rows, widths=[9.5, 4.0, 2.6])
        w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 13 825 tkr för 2027, en ökning med "
        "440 tkr jämfört med 2026. Ökningen täcker löneökningar och högre kostnader för "
        "detaljplaneringen. Intäkterna från taxorna beräknas till 6 450 tkr."
    )
    w.para("Driftbudget per verksamhet, nettokostnad i tkr")
    w.structure("Driftbudget per verksamhet, nettokostnad i tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Kommentar"]
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
    body = budget_rows(w, "drift", keys, [(n, a) for n, a, _ in BUDGET], "Summa")
    rows = [header]
    for row, (_, _, comment) in zip(body, BUDGET, strict=False):
        rows.append([*(c if c != "0" else "–" for c in row), comment])
    rows.append([*body[-1], ""])
    w.table(rows, widths=[4.6, 2.0, 2.0, 2.0, 5.6])
    w.para("")
    w.para("Nämnden har 650 tkr i investeringsbudget för 2027. Pengarna ska användas till:")
    bullets = []
    for name, amount in INVESTMENTS:
        bullets.append(f"{name}, {sv(amount)} tkr")
        w.expected.budget.append(BudgetRow("investering", name, {("budget", 2027): D(amount)}))
    w.bullets(*bullets)


def _key_figures(w: Writer) -> None:
    w.chapter("Verksamheten i siffror")
    w.para("Tabellen visar antalet ärenden och kontroller de senaste åren.")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.0, 2.0, 2.0, 2.6])
    w.para(("i", KEY_NOTE), size=8)
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _internal(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Nämnden har gjort en riskanalys tillsammans med förvaltningen. Följande kontroller "
        "ingår i internkontrollplanen för 2027 och redovisas i verksamhetsberättelsen."
    )
    rows = [["Process", "Kontrollmoment", "Hur", "Vem", "När"]]
    process = ""
    for proc, moment, how, who, when in CONTROLS:
        process = proc or process
        rows.append([proc, moment, how, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 5.6, 3.2, 2.8, 2.4])


def build_dn(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Per-Erik Lindqvist (C)",
        forvaltningschef="Helena Nordin",
        diarienummer="BMN 2026-000318",
    )
    w = Writer("DN-byggnads-miljö-norrland-ettårsplan", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _internal(w)
    return w.save(path)
