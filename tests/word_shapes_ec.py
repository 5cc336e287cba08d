"""Corpus document EC: a large kommun's bygg- och miljönämnd near Stockholm, its "Nämndplan 2027
med budget". The chapters are Heading 1s numbered in the text without a dot ("4 Mål och
indikatorer"); the goals sit under kommunfullmäktige's målområden as Heading 2s "Målområde: …",
each goal a Heading 3 carrying the same unnumbered label "Nämndmål: …", followed by an italic
"Koppling till kommunfullmäktiges mål: …" line and an indicator table "Indikator | Enhet | Utfall
2025 | Mål 2027 | Mål 2028 | Mål 2029" whose figures carry no unit (the unit is in the Enhet
column: "veckor", "%", "dagar", "antal", "NKI", "index"), with one nuläge carrying its own
year ("68 (2024)"), one new measure ("Nytt mått") and worded targets ("Högst 5,0"). Under each
goal a bold "Aktiviteter 2027" label opens bullets "Name (Enhet, T2)": the owner and the tertial
without its year, which the chapter explains ("T1 = januari–april … 2027"), one "löpande". The
driftbudget is a "Tkr | Bokslut 2025 | Budget 2026 | Budget 2027 | Plan 2028 | Plan 2029" table
whose corner cell is the unit, with a net surplus ("-600") and "Summa nettokostnad"; the
investments have "–" for years without money; "Verksamheten i siffror" has the years as
columns and a "Källa:" line; internkontroll is "Process | Kontrollmoment | Metod | Frekvens |
Ansvarig". The running header names the plan, the footer the förvaltning.

Why these conventions are real: large kommuner around Stockholm (the Järfälla, Sollentuna and
Huddinge kind) break kommunfullmäktige's målområden into nämndmål with a plain "Nämndmål:"
label and a link line to the KF goal, report their NKI from SKR's Insikt and HME as indices,
keep the unit in a column of its own so the figures stay bare, and plan by tertial since their
uppföljning is by tertial (T1, T2, årsbokslut) – so the activity lists say only "T2". No earlier
document combines the Enhet column with bare figures, the repeated "Nämndmål:" label, the link
line, and activity bullets dated by a tertial without a year.

Expected (what a perfect import gives): the front matter from the cover ("Ordförande:",
"Samhällsbyggnadsdirektör:" as the förvaltningschef, "Dnr" before the diarienummer); the seven
numbered chapters; six nämndmål without their label (the KF link lines are the goals' texts,
no items) with 16 indicators whose unit is the Enhet cell ("Nytt mått" gives no nuläge); twelve
activities with their owner, the tertial's last day in 2027 ("löpande" no date) and their goal
as group; seven driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027), (plan,
2028), (plan, 2029); four investments; seven key-figure rows as printed with the "Källa:" line as
the note; six controls with their process. Header cells, the "Aktiviteter 2027" labels, the
budget captions, the totals rows and the cover's labels are structure; the running header and
footer are absent."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows
from tests.word_shapes_ec_parts import (
    AREAS,
    BUDGET,
    CONTROL_HEADER,
    CONTROLS,
    INVESTMENTS,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
    GoalRow,
)
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

KOMMUN = "Järvsta kommun"
NAMND = "Bygg- och miljönämnden"
TITLE = "Nämndplan 2027 med budget"
HEADER = "Bygg- och miljönämndens nämndplan 2027 med budget"
FOOTER = "Järvsta kommun · Samhällsbyggnadsförvaltningen · www.jarvsta.se"
KEY_TITLE = "6 Verksamheten i siffror"


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=14, bold=True)
    w.para("")
    w.para("")
    w.cover(TITLE, size=26, bold=True)
    w.cover(NAMND, size=16)
    w.para("")
    for line in [
        "Antagen av bygg- och miljönämnden 2026-12-09, § 187",
        "Dnr BMN 2026/1184",
        "Ordförande: Anders Lindqvist (M)",
        "Samhällsbyggnadsdirektör: Sara Öberg",
    ]:
        w.cover(line, size=10)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("1 Inledning")
    w.paras(
        "Nämndplanen beskriver hur bygg- och miljönämnden ska bidra till kommunfullmäktiges "
        "målområden under 2027 och hur nämnden fördelar sin budget. Planen bygger på "
        "kommunfullmäktiges Mål och budget 2027–2029 som fastställdes i november 2026.",
        "Nämndplanen följs upp i tertialrapporterna per april och augusti samt i "
        "verksamhetsberättelsen för 2027.",
    )
    w.chapter("2 Nämndens uppdrag och organisation")
    w.paras(
        "Bygg- och miljönämnden är kommunens myndighetsnämnd för plan- och bygglagen, "
        "miljöbalken, livsmedelslagstiftningen och fastighetsbildning. Nämnden ansvarar även "
        "för kommunens baskarta, bostadsanpassningsbidrag och den kommunala "
        "lantmäterimyndigheten.",
        "Verksamheten bedrivs av samhällsbyggnadsförvaltningen genom bygglovsenheten, miljö- "
        "och hälsoskyddsenheten, lantmäterienheten och kart- och GIS-enheten. Förvaltningen "
        "har 96 tillsvidareanställda.",
    )
    w.chapter("3 Omvärld och utmaningar")
    w.paras(
        "Bostadsbyggandet i regionen har bromsat in sedan 2023, men antalet bygglovsärenden i "
        "Järvsta ökade igen under 2025, främst för småhus och komplementbyggnader. Nämnden "
        "räknar med omkring 1 250 inkomna bygglovsärenden under 2027.",
        "Den nya EU-förordningen om offentlig kontroll och de skärpta kraven på "
        "klimatdeklarationer ställer nya krav på kompetens. Samtidigt är det svårt att "
        "rekrytera erfarna bygglovshandläggare och miljöinspektörer.",
        "Av kommunens omkring 1 900 enskilda avlopp bedöms en tredjedel inte uppfylla dagens "
        "krav. Flera av Järvstas sjöar och Saltsjövikens kustvatten når inte god ekologisk "
        "status enligt vattenförvaltningens senaste klassning.",
    )


def _indicators(w: Writer, goal: str, rows: list) -> None:  # type: ignore[type-arg]
    table = [["Indikator", "Enhet", "Utfall 2025", "Mål 2027", "Mål 2028", "Mål 2029"]]
    for name, unit, cell, year, base, target_cells, targets in rows:
        table.append([name, unit, cell, *target_cells])
        w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
        if base is None:
            w.structure(cell)
    w.table(table, widths=[6.6, 1.6, 2.0, 1.9, 1.9, 1.9])


def _goal(w: Writer, row: GoalRow) -> None:
    goal, kf_goal, indicators, activities = row
    w.expected.goals.append(Goal(goal, "namnd"))
    w.heading(f"Nämndmål: {goal}", 3)
    w.para(("i", f"Koppling till kommunfullmäktiges mål: {kf_goal}"))
    _indicators(w, goal, indicators)
    w.para("")
    w.para(("b", "Aktiviteter 2027"))
    w.structure("Aktiviteter 2027")
    for name, who, when, date in activities:
        w.bullets(f"{name} ({who}, {when})")
        w.expected.activities.append(Activity(name, ansvarig=who, slutdatum=date, group=goal))


def _goals(w: Writer) -> None:
    w.chapter("4 Mål och indikatorer")
    w.paras(
        "Nämndens mål är ordnade under kommunfullmäktiges tre målområden. Varje nämndmål har "
        "indikatorer med utfall för 2025 och målvärden för 2027–2029 samt de aktiviteter "
        "som förvaltningen genomför under 2027.",
        "Aktiviteterna anges med ansvarig enhet och den tertial då de ska vara klara: T1 = "
        "januari–april, T2 = maj–augusti och T3 = september–december 2027.",
    )
    for area, about, goals in AREAS:
        w.heading(area, 2)
        w.para(about)
        for row in goals:
            _goal(w, row)


def _economy(w: Writer) -> None:
    w.chapter("5 Ekonomi")
    w.paras(
        "Nämndens kommunbidrag för 2027 är 42 530 tkr, en ökning med 1 550 tkr jämfört med "
        "2026. Ökningen avser främst bostadsanpassning och den utökade tillsynen av enskilda "
        "avlopp. Bygglovsverksamhetens nettokostnad minskar när taxan räknas upp.",
        "Lantmäteriet finansieras helt av förrättningsavgifter och budgeteras med ett "
        "överskott; ett negativt belopp i tabellen är en nettointäkt.",
    )
    caption = "Driftbudget per verksamhet, nettokostnad"
    w.para(("b", caption))
    w.structure(caption)
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    header = ["Tkr", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", keys, BUDGET, "Summa nettokostnad")
    w.table([header, *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")
    caption = "Investeringar 2027–2029"
    w.para(("b", caption))
    w.structure(caption)
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    body = budget_rows(w, "investering", keys, INVESTMENTS, "Summa")
    body = [[cell or "–" for cell in row] for row in body]
    w.table([["Projekt, tkr", "Budget 2027", "Plan 2028", "Plan 2029"], *body])
    w.structure("–")
    w.para("")


def _key_figures(w: Writer) -> None:
    w.chapter(KEY_TITLE)
    w.para("Tabellen visar volymer och avgifter i nämndens verksamhet de senaste tre åren.")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    w.para(("i", KEY_NOTE), size=8)
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _internal(w: Writer) -> None:
    w.chapter("7 Internkontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från oktober 2026. "
        "Kontrollerna redovisas för nämnden i samband med tertialrapporterna."
    )
    w.table([CONTROL_HEADER, *CONTROLS], widths=[2.4, 6.0, 3.4, 1.8, 2.6])
    w.expected.controls += [Control(moment, process) for process, moment, *_ in CONTROLS]


def build_ec(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Anders Lindqvist (M)",
        forvaltningschef="Sara Öberg",
        diarienummer="BMN 2026/1184",
    )
    w = Writer("EC-bygg-och-miljo-namndplan", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _internal(w)
    return w.save(path)
