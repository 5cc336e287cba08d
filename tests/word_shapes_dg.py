"""Corpus document DG: a miljö- och byggnämnd's plan for 2027–2029 in a samhällsbyggnads-
förvaltning's template: a cover with the kommun, the nämnd, the title, "Dnr MBN 2026/214",
the ordförande and the samhällsbyggnadschef; a page header and footer; Heading 1 chapters of
prose; the goals under two "Målområde: …" Heading 2s, each goal a Heading 3 followed by the
lines "Uppdrag från KF: …" and "Så följer vi upp: …" and an indicator table "Indikator |
Källa | Utgångsvärde (år) | Mål 2027 | Mål 2029" whose base year is in the cell ("62 %
(2025)"), handläggningstider in weeks ("4,5 veckor", "Högst 4 veckor") and one new indicator
without a baseline ("Nytt mått"); a table "Nämndens uppdrag från kommunfullmäktige | Status |
Kommentar"; a taxe-financed driftbudget in tkr whose header row "Budget 2026" / "Budget 2027"
spans "Intäkter | Kostnader | Netto" each, costs with a minus, "–" for no intäkter and a
"Summa" row; a "Tillsynsplan 2027" table "Tillsynsområde | Antal objekt | Tillsynsfrekvens |
Planerade timmar" with a starred note under it; a "Verksamheten i siffror" table; and
internkontroll "Process/rutin | Risk | Kontrollmoment | Frekvens | Ansvarig | Rapporteras
till".

Expected (what a perfect import gives): the front matter from the cover; eight chapters;
six nämndsmål (the headings; the målområden are KF's, structure) with fifteen indicators: the
nuläge and its year from the Utgångsvärde cell (none for "Nytt mått"), targets 2027 and 2029,
unit "%" or "veckor" as written ("Högst 4 veckor" a target of at most 4); the seven uppdrag as
activities with their status ("Pågår (försenat)" is pågår; the kommentar is their text);
eight driftbudget rows with the netto as (budget, 2026) and (budget, 2027) (intäkter and
kostnader are not net amounts, as in H and AA); seven tillsynsplan rows and five key figures
with the cells as printed, and the tillsynsplan's note; five controls with their process. The
budget's header rows and totals row, the tables' label cells, the cover lines and the
Målområde headings are structure; the page header and footer are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_dg_parts import (
    AREAS,
    CONTROLS,
    DRIFT,
    SIFFROR,
    SIFFROR_HEADER,
    STATUS,
    TILLSYN,
    TILLSYN_HEADER,
    TILLSYN_NOTE,
    UPPDRAG,
)
from tests.word_shapes_docx import Writer, sv
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

HEADER = "Verksamhetsplan 2027–2029 | Miljö- och byggnämnden"
FOOTER = "Hällviks kommun · Samhällsbyggnadsförvaltningen · www.hallvik.se"


def _amount(value: int) -> str:
    return "–" if value == 0 else sv(value)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.cover("HÄLLVIKS KOMMUN", size=14, bold=True)
    w.cover("Miljö- och byggnämnden", size=14)
    w.para("")
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.para("")
    w.cover("Beslutad av miljö- och byggnämnden 2026-11-26, § 142")
    w.cover("Dnr MBN 2026/214")
    w.para("")
    w.cover("Ordförande: Karin Sjöberg (S)")
    w.cover("Samhällsbyggnadschef: Anders Wikström")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Inledning", 1)
    w.paras(
        "Verksamhetsplanen beskriver vad miljö- och byggnämnden ska uppnå under 2027 och "
        "hur det ska följas upp. Planen utgår från kommunfullmäktiges mål och budget och "
        "gäller för perioden 2027–2029, med tyngdpunkt på det första året.",
        "Planen följs upp i delårsrapporten per den 31 augusti och i "
        "verksamhetsberättelsen. Större avvikelser rapporteras till nämnden löpande.",
    )
    w.chapter("Nämndens ansvar och organisation", 1)
    w.para(
        "Nämnden är kommunens myndighet för plan- och byggfrågor, miljö- och hälsoskydd, "
        "livsmedelskontroll och tillstånd för servering av alkohol och försäljning av tobak. "
        "Nämnden ansvarar också för bostadsanpassningsbidrag och för kommunens kart- och "
        "mätverksamhet."
    )
    w.para(
        "Verksamheten bedrivs av samhällsbyggnadsförvaltningen med 46 årsarbetare fördelade "
        "på enheterna bygglov, plan, miljö, kart och mät samt en gemensam administration. "
        "Större delen av verksamheten finansieras med taxor och avgifter."
    )
    w.chapter("Omvärld och förutsättningar", 1)
    w.paras(
        "Byggandet har minskat sedan 2023 när räntorna steg, och antalet bygglovsansökningar "
        "för nya småhus är lägre än på länge. Samtidigt ökar ärendena om solceller, "
        "laddboxar och tillbyggnader, som ger lägre avgifter per ärende.",
        "Den nya livsmedelslagstiftningen och den riskbaserade kontrollen ställer krav på "
        "att kontrollen planeras och dokumenteras bättre. Vattenmyndighetens åtgärdsprogram "
        "kräver att kommunen driver på åtgärder för enskilda avlopp i de avrinningsområden "
        "där sjöarna inte når god status.",
        "Det är svårt att rekrytera erfarna bygglovshandläggare och miljöinspektörer. "
        "Förvaltningen satsar därför på att utbilda egna handläggare och på digitala "
        "arbetssätt som frigör tid.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och uppföljning", 1)
    w.para(
        "Nämndens mål bryter ned kommunfullmäktiges mål till nämndens ansvarsområden. Till "
        "varje mål hör indikatorer med ett utgångsvärde och målvärden för 2027 och 2029. "
        "Året inom parentes anger när utgångsvärdet mättes."
    )
    header = ["Indikator", "Källa", "Utgångsvärde (år)", "Mål 2027", "Mål 2029"]
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for goal, kf, follow, rows in goals:
            w.heading(goal, 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            w.para(("b", "Uppdrag från KF: "), kf)
            w.para(("b", "Så följer vi upp: "), follow)
            table = [header]
            for name, source, unit, base_cell, base, year, c27, c29, t27, t29 in rows:
                table.append([name, source, base_cell, c27, c29])
                w.expected.indicators.append(
                    Indicator(goal, name, unit, year, base, {2027: t27, 2029: t29})
                )
            w.table(table, widths=[6.4, 2.8, 2.8, 2.2, 2.2])
            w.para("")


def _uppdrag(w: Writer) -> None:
    w.chapter("Uppdrag från kommunfullmäktige", 1)
    w.para(
        "Kommunfullmäktige har i budgeten för 2026 och 2027 gett nämnden följande uppdrag. "
        "Tabellen visar läget i oktober 2026."
    )
    header = ["Nämndens uppdrag från kommunfullmäktige", "Status", "Kommentar"]
    w.table([header, *(list(u) for u in UPPDRAG)], widths=[7.6, 2.6, 6.4])
    # Judgement: an uppdrag is work the nämnd must carry out, so the secretary enters each as
    # an activity with the status the table gives (as in J); the kommentar is its text.
    w.expected.activities += [Activity(name, status=STATUS[s]) for name, s, _ in UPPDRAG]


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.paras(
        "Kommunfullmäktige har fastställt nämndens nettoram för 2027 till 17 900 tkr. "
        "Bygglov, miljö- och hälsoskydd och livsmedelskontroll finansieras till stor del av "
        "avgifter enligt taxor som kommunfullmäktige beslutar om.",
        "Intäkterna för bygglov har budgeterats försiktigt eftersom antalet ansökningar om "
        "nybyggnad fortsätter att minska. Bostadsanpassningen är helt skattefinansierad och "
        "styrs av hur många som ansöker om bidrag.",
    )
    caption = "Driftbudget per verksamhet (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [
        ["Verksamhet", "Budget 2026", "", "", "Budget 2027", "", ""],
        ["", "Intäkter", "Kostnader", "Netto", "Intäkter", "Kostnader", "Netto"],
    ]
    sums = [0] * 6
    for name, (i26, k26), (i27, k27) in DRIFT:
        figures = [i26, k26, i26 + k26, i27, k27, i27 + k27]
        rows.append([name, *(_amount(f) for f in figures)])
        sums = [s + f for s, f in zip(sums, figures, strict=True)]
        net = {("budget", 2026): D(i26 + k26), ("budget", 2027): D(i27 + k27)}
        w.expected.budget.append(BudgetRow("drift", name, net))
    total = ["Summa", *(_amount(s) for s in sums)]
    assert sums[5] == -17_900, sums
    rows.append(total)
    w.totals(*total)
    table = w.table(
        rows,
        header_rows=2,
        merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)],
        widths=[4.6, 2.0, 2.1, 2.0, 2.0, 2.1, 2.0],
    )
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    w.para("Negativa belopp är kostnader. Budget 2026 enligt beslut i november 2025.")


def _tillsyn(w: Writer) -> None:
    w.chapter("Tillsyn och kontroll", 1)
    w.para(
        "Tillsynen planeras utifrån en behovsutredning som nämnden antar vart tredje år. "
        "Tillsynsplanen för 2027 visar hur många objekt som finns inom varje område, hur "
        "ofta de besöks och hur många handläggartimmar tillsynen beräknas kräva."
    )
    caption = "Tillsynsplan 2027"
    w.para(("b", caption))
    w.structure(caption)
    w.table([TILLSYN_HEADER, *TILLSYN], keep_headers=True, widths=[6.4, 2.6, 4.4, 3.0])
    for row in TILLSYN:
        values = dict(zip(TILLSYN_HEADER[1:], row[1:], strict=True))
        # Judgement: "–" says there is no count of objects; a careful secretary leaves the
        # cell empty, so it is not checked.
        values = {k: v for k, v in values.items() if v != "–"}
        w.expected.key_figures.append(KeyRow(caption, row[0], values))
    w.para(TILLSYN_NOTE)
    w.expected.notes.append(TableNote(caption, TILLSYN_NOTE))

    title = "Verksamheten i siffror"
    w.heading(title, 2)
    w.structure(title)
    w.table([SIFFROR_HEADER, *SIFFROR], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    for row in SIFFROR:
        values = dict(zip(SIFFROR_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(title, row[0], values))
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll", 1)
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från september 2026. "
        "Kontrollerna rapporteras till nämnden i augusti och i februari."
    )
    header = ["Process/rutin", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig"]
    header.append("Rapporteras till")
    rows = [header]
    for process, risk, moment, often, who, to in CONTROLS:
        rows.append([process, risk, moment, often, who, to])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 3.2, 4.4, 2.2, 2.4, 2.2], size=8)


def build_dg(path: Path) -> Expected:
    front = Front(
        namnd="Miljö- och byggnämnden",
        kommun="Hällviks kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Karin Sjöberg (S)",
        forvaltningschef="Anders Wikström",
        diarienummer="MBN 2026/214",
    )
    w = Writer("DG-miljö-bygg-taxefinansierad", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _uppdrag(w)
    _budget(w)
    _tillsyn(w)
    _control(w)
    w.expected.absent += [HEADER, "www.hallvik.se"]
    return w.save(path)
