"""Corpus document DR: the verksamhetsplan of a miljö- och hälsoskyddsnämnd that is a gemensam
nämnd for two kommuner (Älvdal, the värdkommun, and Ekby), a one-year plan for 2027. The cover
names the värdkommun, the nämnd, the two kommuner's collaboration, the title, the decision, the
diarienummer, the ordförande, the vice ordförande from the other kommun and the miljöchef;
the running header and footer repeat the plan and the collaboration. Chapters are unnumbered
Heading 1s. All goals are in one table "Nr | Nämndens mål | Indikatorer | Nuläge 2025 | Mål
2027" with ONE row per goal: the goal's indicators stacked in one cell, one per paragraph, and
their nuläge and targets stacked line by line in the next cells; one row stacks them with soft
line breaks instead, one row types a dash before each indicator, one nuläge line is "Nytt mått",
two carry their own year ("72 (2024)", Insikt measured every other year), one nuläge cell ends
in an empty paragraph, and some targets are worded ("Högst 14", "Högst 2 %"). The activities
are one table "Nr | Aktivitet | Mål | Ansvarig | Klart" linked by the goal's number (one to
"2, 5"), dated "Mars 2027", "Q2 2027", ISO dates or "Löpande". The economy chapter leads from
last year's ram to the new one in a vertical "Ramförändringar" table ("Ram 2026", "+498",
"−191" with U+2212, "Ram 2027"), splits the net cost between the kommuner by population, and
gives a driftbudget "Bokslut 2025 | Budget 2026 | Budget 2027" with a Summa row and two
investments. A "Prestationsmått" table gives volumes (inspections, ärenden, a "– varav" row,
handläggningstider) as "Utfall 2024 | Utfall 2025 | Plan 2027" with a source line under it;
internkontroll is "Process | Risk | Kontrollmoment | Frekvens | Ansvarig".

Expected (what a perfect import gives): the front matter (the värdkommun as kommun, period
2027–2027, "MHN 2026/287"); eight chapters; six nämndsmål (without their numbers) with 17
indicators, each with its own line's nuläge (and year) and target 2027, the typed dash not in
the name; eleven activities with ansvarig, slutdatum (a month's or quarter's last day; none for
"Löpande") and their goal (none for the one linked to two goals); the ram build-up and the cost
split as key-figure tables kept as printed (their "Ram 2027" and "Summa" rows with them); six
driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027); two investments; eight
prestationsmått rows as printed under the chapter's heading "Verksamhetsmått" (the table
has no caption) with the source line as the note; five controls with their
process. Header cells, the cover's lines, the table headings and the totals rows are
structure; the running header and footer are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_dr_parts import (
    ACTIVITIES,
    CONTROLS,
    DRIFT,
    DRIFT_HEADER,
    DRIFT_KEYS,
    GOALS,
    INVESTMENTS,
    RAM_HEADER,
    RAM_ROWS,
    SPLIT_HEADER,
    SPLIT_ROWS,
    VOLUME_HEADER,
    VOLUME_NOTE,
    VOLUME_ROWS,
)
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

KOMMUN = "Älvdals kommun"
NAMND = "Miljö- och hälsoskyddsnämnden"
TITLE = "Verksamhetsplan 2027"
HEADER = "Miljö- och hälsoskyddsnämnden Älvdal–Ekby | Verksamhetsplan 2027"
FOOTER = "Miljö- och hälsoskyddsförvaltningen – en gemensam förvaltning för Älvdal och Ekby"


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=12, bold=True)
    w.para("")
    w.cover(NAMND, size=16, bold=True)
    w.cover("Gemensam nämnd för Älvdals kommun och Ekby kommun", size=12)
    w.para("")
    w.cover(TITLE, size=26, bold=True)
    w.para("")
    for line in [
        "Beslutad av miljö- och hälsoskyddsnämnden 2026-11-19, § 112",
        "Diarienummer: MHN 2026/287",
        "",
        "Ordförande: Karin Wallgren (S), Älvdal",
        "Vice ordförande: Tomas Ek (M), Ekby",
        "Miljöchef: Anders Holmqvist",
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
        "Verksamhetsplanen beskriver vad miljö- och hälsoskyddsnämnden ska uppnå under 2027 "
        "och hur arbetet följs upp. Planen gäller för båda kommunerna och bygger på "
        "kommunfullmäktiges budget i Älvdal och på de ekonomiska förutsättningar som "
        "kommunerna kommit överens om i samverkansavtalet.",
        "Planen följs upp i delårsrapporten per 31 augusti och i verksamhetsberättelsen. "
        "Båda kommunfullmäktige får uppföljningen för kännedom.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.paras(
        "Sedan 2019 har Älvdal och Ekby en gemensam miljö- och hälsoskyddsnämnd. Älvdals "
        "kommun är värdkommun och nämnden ingår i Älvdals organisation. Nämnden har sju "
        "ledamöter, fyra från Älvdal och tre från Ekby, och lika många ersättare.",
        "Nämnden ansvarar för tillsyn enligt miljöbalken, kontroll av livsmedel, "
        "hälsoskydd, tillstånd för servering av alkohol och tillsyn över tobaksförsäljning. "
        "Den driver också kommunernas naturvårdsarbete och samordnar arbetet med de lokala "
        "miljömålen.",
        "Förvaltningen har 24 tjänster fördelade på tre enheter: miljö, hälsoskydd och "
        "livsmedel. Huvudkontoret ligger i Älvdal och sedan våren 2026 finns ett kontor i "
        "Ekby med fyra arbetsplatser.",
    )
    w.chapter("Omvärld och förutsättningar 2027")
    w.paras(
        "Den nya avgiftsmodellen för livsmedelskontroll, där avgiften tas ut i efterhand, "
        "har gett lägre intäkter än beräknat. Nämnden har fått ett tillskott i ramen för att "
        "täcka en del av bortfallet.",
        "Länsstyrelsens inventering av förorenade områden visar att ett fyrtiotal objekt i "
        "kommunerna behöver utredas vidare. Nämnden har därför fått resurser för en halv "
        "tjänst till. Samtidigt ökar antalet ärenden om enskilda avlopp när "
        "fritidshusen runt Norrsjön görs om till permanentboenden.",
        "Rekryteringsläget för miljö- och hälsoskyddsinspektörer är fortsatt svårt. Två av "
        "tre tjänster som utlystes under 2026 tillsattes först vid andra annonseringen.",
    )


def _stack(cell: Any, lines: list[str], *, breaks: bool = False, trailing: bool = False) -> None:
    """Write ``lines`` into ``cell`` one per paragraph (or one paragraph with soft breaks)."""
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        if n and not breaks:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(9)
        if breaks and n < len(lines) - 1:
            run.add_break()
    if trailing:
        cell.add_paragraph()


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämnden har sex mål för 2027. Målen är gemensamma för båda kommunerna och utgår från "
        "kommunernas visioner och de nationella miljökvalitetsmålen. Varje mål följs upp med "
        "indikatorer; tabellen visar var vi står i dag och vilken nivå vi ska nå under 2027."
    )
    header = ["Nr", "Nämndens mål", "Indikatorer", "Nuläge 2025", "Mål 2027"]
    rows = [header] + [[nr, goal, "", "", ""] for nr, goal, _ in GOALS]
    table = w.table(rows, widths=[0.9, 4.6, 6.0, 2.0, 2.0])
    for r, (_, goal, inds) in enumerate(GOALS, start=1):
        w.expected.goals.append(Goal(goal, "namnd"))
        dashed = r == 6
        names = [("– " if dashed else "") + name for name, *_ in inds]
        _stack(table.cell(r, 2), names, breaks=r == 3)
        _stack(table.cell(r, 3), [i[2] for i in inds], breaks=r == 3, trailing=r == 5)
        _stack(table.cell(r, 4), [i[5] for i in inds], breaks=r == 3)
        for name, unit, _, year, base, _, target in inds:
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, {2027: target}))
    w.para("")
    w.para(
        "Nöjd kund-index mäts genom SKR:s servicemätning Insikt vartannat år. Senaste "
        "mätningen avser 2024."
    )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para(
        "Aktiviteterna nedan är de viktigaste utvecklingsinsatserna under året. Den löpande "
        "tillsynen och kontrollen ingår inte i tabellen. Kolumnen Mål anger vilket eller vilka "
        "av nämndens mål aktiviteten bidrar till."
    )
    goal_of = {nr: goal for nr, goal, _ in GOALS}
    rows = [["Nr", "Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for nr, name, goals, who, when, date in ACTIVITIES:
        rows.append([nr, name, goals, who, when])
        group = goal_of.get(goals, "")
        w.expected.activities.append(Activity(name, ansvarig=who, slutdatum=date, group=group))
    w.table(rows, widths=[0.9, 7.6, 1.2, 3.6, 2.4])


def _volumes(w: Writer) -> None:
    w.chapter("Verksamhetsmått")
    w.para(
        "Prestationsmåtten visar verksamhetens volymer och handläggningstider. De är inte mål "
        "utan underlag för att planera tillsynen och bemanningen. Plan 2027 är förvaltningens "
        "bedömning utifrån tillsynsplanen och ärendeinflödet hittills under 2026."
    )
    w.table([VOLUME_HEADER, *VOLUME_ROWS], keep_headers=True, widths=[7.6, 2.4, 2.4, 2.4])
    w.para(("i", VOLUME_NOTE), size=8)
    caption = "Verksamhetsmått"  # the chapter's heading: the table has no caption of its own
    for row in VOLUME_ROWS:
        values = dict(zip(VOLUME_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(caption, row[0], values))
    w.expected.notes.append(TableNote(caption, VOLUME_NOTE))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens nettokostnad finansieras av de båda kommunerna. Kommunfullmäktige i Älvdal "
        "har beslutat om en ram på 20 012 tkr för 2027, en ökning med 892 tkr. Ekby kommun "
        "betalar sin andel enligt samverkansavtalet. Avgifter och statsbidrag, omkring "
        "9 400 tkr, är redan avräknade i ramen."
    )
    w.heading("Ramförändringar", 2)
    w.structure("Ramförändringar")
    w.table([RAM_HEADER, *RAM_ROWS], keep_headers=True, widths=[10.0, 2.6])
    for name, printed in RAM_ROWS:
        w.expected.key_figures.append(KeyRow("Ramförändringar", name, {"Tkr": printed}))
    w.para(
        "Effektiviseringskravet ska nås genom att resor minskar när tillsynen i Ekby utgår "
        "från det nya kontoret, och genom färre konsulttimmar för provtagning."
    )

    w.heading("Fördelning mellan kommunerna", 2)
    w.structure("Fördelning mellan kommunerna")
    w.para(
        "Enligt samverkansavtalet fördelas nettokostnaden efter antalet invånare den 1 "
        "november året före budgetåret."
    )
    w.table([SPLIT_HEADER, *SPLIT_ROWS], keep_headers=True, widths=[6.0, 3.2, 2.0, 3.2])
    for row in SPLIT_ROWS:
        values = dict(zip(SPLIT_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow("Fördelning mellan kommunerna", row[0], values))

    w.heading("Driftbudget", 2)
    w.structure("Driftbudget")
    w.para("Nettokostnad per verksamhet, tkr.")
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa")
    w.table([DRIFT_HEADER, *body], widths=[7.0, 2.5, 2.5, 2.5])
    w.para(
        "Budgeten för naturvård minskar när engångsanslaget för kalkning upphör. Ökningen "
        "inom miljötillsynen avser den nya tjänsten för förorenade områden."
    )

    w.heading("Investeringar", 2)
    w.structure("Investeringar")
    rows = [["Investering", "Budget 2027, tkr"]]
    for name, amount in INVESTMENTS:
        rows.append([name, sv(amount)])
        w.expected.budget.append(BudgetRow("investering", name, {("budget", 2027): D(amount)}))
    total = ["Summa", sv(sum(a for _, a in INVESTMENTS))]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[9.0, 3.2])


def _internal(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från september 2026. "
        "Kontrollerna redovisas för nämnden i samband med delårsrapporten och "
        "verksamhetsberättelsen."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig"]]
    for process, risk, moment, how_often, who in CONTROLS:
        rows.append([process, risk, moment, how_often, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 3.4, 4.8, 2.2, 2.8])


def build_dr(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Karin Wallgren (S)",
        forvaltningschef="Anders Holmqvist",
        diarienummer="MHN 2026/287",
    )
    w = Writer("DR-miljö-hälsoskydd-gemensam-nämnd", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _volumes(w)
    _economy(w)
    _internal(w)
    return w.save(path)
