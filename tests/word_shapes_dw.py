"""Corpus document DW: a tekniska nämnd's "Nämndplan med internbudget 2027" in a mid-size
kommun in Västra Götaland (Bräckedal), covering the tax-financed gator, parker and lokaler and
the taxe-financed VA and avfall. The förvaltning's template splits the plan in two parts the
way a technical förvaltning's economy does: numbered Heading 1 chapters "4 Skattefinansierad
verksamhet" and "5 Taxefinansierad verksamhet", each verksamhet a numbered Heading 2 ("4.1
Gator, trafik och parker") holding its own goals, indicators, activities and budget. Goals are
Heading 3s opening with a verksamhet code ("GP1 …", "LO2 …", "VA1 …", "AV2 …") and a paragraph
under them; VA's goals are the VA-plan's leveransmål and avfall's come from the regional
avfallsplan, which is why each verksamhet owns its goals. Indicator tables are "Indikator |
Enhet | Nuläge 2025 | Mål 2027" with the unit in a column of its own and bare figures, one
nuläge carrying an older year ("54 (2024)", a survey made every other year), targets "≥ 95",
"≤ 3 500" and "–" for a measure without baseline. Activities are one "Aktivitet | Mål |
Ansvarig | Klart" table per verksamhet, linked by the goal's code, dated "Kv 3 2027",
"2027-10-31", "November 2027" or "Löpande". The tax-financed part has a driftbudget of net
costs per verksamhet "Bokslut 2025 | Budget 2026 | Budget 2027" ending in "Summa nettokostnad";
VA and avfall each have their own "Resultaträkning … (tkr)" by cost type ending in "Resultat"
(avfall's with "−"), as the law on vattentjänster requires VA's accounts apart. A common
investment table with project numbers, "Verksamheten i siffror" with a starred note, a
table of VA charges for Svenskt Vatten's typhus houses ("Typhus A – villa, 150 m³ per år",
the comparison Nils Holgersson and Svenskt Vatten use), and an internkontrollplan with
"3×3=9" risk values close it. Page header and footer carry the kommun and the title.

These conventions are real: Swedish tekniska nämnder with VA and avfall present skatte- and
taxefinansierad verksamhet apart, VA huvudmän set leveransmål in their VA-plan, avfall goals
come from regional avfallsplaner (Sjuhärad has one), and typhus A/B is how VA-taxor are
compared. None of A–DP combine a per-verksamhet plan in two financing parts with verksamhet-
coded goal headings, an Enhet column in the indicator tables, and two resultaträkningar.

Expected (what a perfect import gives): the front matter from the cover (period 2027 alone,
the diarienummer "TN 2026/0187"); the eight Heading 1 chapters (the Heading 2s are headings in
their chapter); eight nämndsmål without their code, each with its indicators (22): unit from
the Enhet column, nuläge 2025 (one 2024, none for "–"), the 2027 target ("≥ 95" as at least
95); thirteen activities with ansvarig, slutdatum (a quarter's or month's last day, none for
"Löpande") under the goal their code names; five driftbudget rows and twelve resultaträkning
rows (seven VA, five avfall) by (bokslut, 2025), (budget, 2026), (budget, 2027); six
investments with their project numbers; six plus two key-figure rows with the cells as
printed, and the note; six controls with their process. Header rows, captions, totals rows
and cover lines are structure; the page header and footer are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_dw_parts import (
    ACTS_AVFALL,
    ACTS_GATA,
    ACTS_LOKALER,
    ACTS_VA,
    AVFALL,
    AVFALL_RR,
    CONTROLS,
    DRIFT,
    GATA,
    INVEST,
    LOKALER,
    SIFFROR,
    SIFFROR_HEADER,
    SIFFROR_NOTE,
    TYPHUS,
    TYPHUS_HEADER,
    VA,
    VA_RR,
    Act,
)
from tests.word_shapes_dw_parts import Goal as GoalSpec
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

HEADER = "Bräckedals kommun | Tekniska nämnden | Nämndplan med internbudget 2027"
FOOTER = "Samhällsbyggnadsförvaltningen · Dnr TN 2026/0187"
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
YEARS = ["Bokslut 2025", "Budget 2026", "Budget 2027"]


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.cover("BRÄCKEDALS KOMMUN", size=12, bold=True)
    w.para("")
    w.cover("Tekniska nämnden", size=16)
    w.cover("Nämndplan med internbudget 2027", size=26, bold=True)
    w.para("")
    w.cover("Antagen av tekniska nämnden 2026-12-10, § 118")
    w.cover("Dnr TN 2026/0187")
    w.para("")
    w.cover("Ordförande: Lena Antonsson (M)")
    w.cover("Förvaltningschef: Jonas Hedberg")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("1 Inledning")
    w.paras(
        "Nämndplanen beskriver hur tekniska nämnden under 2027 ska bidra till "
        "kommunfullmäktiges mål och hur nämnden fördelar sin budgetram. Den innehåller också "
        "internbudgeten för den taxefinansierade verksamheten.",
        "Planen är indelad i en skattefinansierad och en taxefinansierad del. VA- och "
        "avfallsverksamheten finansieras helt med avgifter och redovisas var för sig, så att "
        "taxorna bara bär de kostnader som hör till respektive verksamhet.",
    )
    w.chapter("2 Nämndens ansvarsområde")
    w.paras(
        "Tekniska nämnden ansvarar för kommunens gator, vägar, gång- och cykelvägar, parker "
        "och grönområden, för kommunens egna verksamhetslokaler och för mark och "
        "exploatering. Nämnden är också huvudman för den allmänna VA-anläggningen och ansvarar "
        "för insamling och behandling av hushållsavfall.",
        "Verksamheten bedrivs av samhällsbyggnadsförvaltningens fyra avdelningar: gata/park, "
        "fastighet, VA och avfall. Förvaltningen har 168 tillsvidareanställda.",
    )
    w.chapter("3 Omvärld och förutsättningar")
    w.paras(
        "Kommunen växer med omkring 250 invånare per år, främst i Bräcke och längs "
        "pendeltågsstråket mot Göteborg. Nya bostadsområden ställer krav på gator, VA-ledningar "
        "och avfallshämtning innan skatte- och avgiftsintäkterna har hunnit öka.",
        "Kostnaderna för entreprenader, el och kemikalier har ökat snabbare än det allmänna "
        "prisläget. Räntorna påverkar i hög grad VA-verksamheten, som har stora lånefinansierade "
        "investeringar framför sig.",
        "Den nya förordningen om producentansvar för förpackningar innebär att kommunen från "
        "2027 ansvarar för insamlingen av förpackningar från hushållen. Det förändrar både "
        "hämtningen och avfallstaxan.",
    )


def _goals(w: Writer, goals: list[GoalSpec], acts: list[Act], heading: str) -> None:
    texts = {code: text for code, text, _, _ in goals}
    for code, text, lead, rows in goals:
        w.heading(f"{code} {text}", 3)
        w.expected.goals.append(Goal(text, "namnd"))
        w.para(lead)
        header = ["Indikator", "Enhet", "Nuläge 2025", "Mål 2027"]
        table = [header]
        for name, unit, now_cell, year, now, target_cell, target in rows:
            table.append([name, unit, now_cell, target_cell])
            w.expected.indicators.append(Indicator(text, name, unit, year, now, {2027: target}))
        w.table(table, widths=[8.6, 2.2, 2.6, 2.6])
        w.para("")
    w.para(("b", heading))
    w.structure(heading)
    header = ["Aktivitet", "Mål", "Ansvarig", "Klart"]
    w.table(
        [header, *([n, c, who, when] for n, c, who, when, _ in acts)], widths=[8.4, 1.4, 3.6, 2.6]
    )
    for name, code, who, _, day in acts:
        w.expected.activities.append(Activity(name, who, day, group=texts[code]))
    w.para("")


def _budget_table(
    w: Writer,
    caption: str,
    kind: str,
    rows: list[tuple[str, list[int | None]]],
    total: str,
    minus: str = "-",
) -> None:
    w.para(("b", caption))
    w.structure(caption)
    first = "Verksamhet" if kind == "drift" else "Tkr"
    body = budget_rows(w, kind, KEYS, rows, total, minus=minus)
    table = w.table([[first, *YEARS], *body], widths=[7.0, 3.0, 3.0, 3.0])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _taxfinanced(w: Writer) -> None:
    w.chapter("4 Skattefinansierad verksamhet")
    w.para(
        "Den skattefinansierade verksamheten omfattar gator och parker, lokalförsörjningen och "
        "mark och exploatering. Kommunfullmäktige har fastställt nämndens kommunbidrag för "
        "2027 till 70 700 tkr, en ökning med 5 850 tkr jämfört med 2026."
    )
    w.heading("4.1 Gator, trafik och parker", 2)
    w.paras(
        "Gata/park sköter 189 km gator och 78 km gång- och cykelvägar samt kommunens parker, "
        "lekplatser och tätortsnära natur. Drift och vinterväghållning utförs delvis av "
        "entreprenörer.",
    )
    _goals(w, GATA, ACTS_GATA, "Aktiviteter 2027 – gata/park")
    w.heading("4.2 Lokalförsörjning", 2)
    w.para(
        "Fastighetsavdelningen förvaltar 150 400 m² lokaler, de flesta skolor och förskolor. "
        "Verksamheterna betalar internhyra som ska täcka kapitalkostnader, drift och underhåll."
    )
    _goals(w, LOKALER, ACTS_LOKALER, "Aktiviteter 2027 – fastighet")
    w.heading("4.3 Ekonomi skattefinansierad verksamhet", 2)
    w.para(
        "Ökningen avser främst drift av nya gator i Norra Bräcke och högre kostnader för el och "
        "vinterväghållning. Lokalförsörjningens nettokostnad ökar när tomma lokaler ska "
        "avvecklas."
    )
    _budget_table(w, "Driftbudget per verksamhet (tkr)", "drift", DRIFT, "Summa nettokostnad")
    w.para("Negativa belopp är nettokostnader. Internhyror är nettade inom lokalförsörjningen.")


def _taxes(w: Writer) -> None:
    w.chapter("5 Taxefinansierad verksamhet")
    w.para(
        "VA- och avfallsverksamheten ska enligt lag och kommunens riktlinjer bära sina egna "
        "kostnader. Överskott och underskott regleras mot respektive kollektiv inom tre år."
    )
    w.heading("5.1 Vatten och avlopp", 2)
    w.para(
        "VA-avdelningen levererar dricksvatten till 27 600 invånare från två vattenverk och "
        "renar avloppsvatten i fyra reningsverk. Nämndens mål för VA är leveransmålen i "
        "VA-planen."
    )
    _goals(w, VA, ACTS_VA, "Aktiviteter 2027 – VA")
    _budget_table(w, "Resultaträkning VA-verksamheten (tkr)", "resultat", VA_RR, "Resultat")
    w.para(
        "Brukningstaxan höjs med 7,0 procent 2027. Underskotten 2026 och 2027 täcks av tidigare "
        "års överuttag från VA-kollektivet, som var 4 180 tkr vid ingången av 2026."
    )
    w.heading("5.2 Avfall", 2)
    w.para(
        "Avfallsavdelningen ansvarar för insamlingen av hushållsavfall, två "
        "återvinningscentraler och slamtömning. Hämtningen utförs av en entreprenör."
    )
    _goals(w, AVFALL, ACTS_AVFALL, "Aktiviteter 2027 – avfall")
    _budget_table(
        w,
        "Resultaträkning avfallsverksamheten (tkr)",
        "resultat",
        AVFALL_RR,
        "Resultat",
        minus="−",
    )


def _investments(w: Writer) -> None:
    w.chapter("6 Investeringar")
    w.para(
        "Investeringsbudgeten för 2027 är 46 600 tkr, varav 26 500 tkr inom VA. Högreservoaren "
        "i Stenåsen är den största enskilda investeringen under planperioden."
    )
    caption = "Investeringsbudget 2027 och plan 2028–2029 (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Projnr", "Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]]
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    sums = [0, 0, 0]
    for number, name, amounts in INVEST:
        rows.append([number, name, *("–" if a is None else sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(keys, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given, number))
        sums = [s + (a or 0) for s, a in zip(sums, amounts, strict=True)]
    total = ["", "Summa", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[1.6, 7.0, 2.6, 2.4, 2.4])


def _figures(w: Writer) -> None:
    w.chapter("7 Verksamheten i siffror")
    w.para("Tabellerna visar verksamhetens volymer de senaste tre åren och VA-taxans nivå.")
    caption = "Volymer 2023–2025"
    w.para(("b", caption))
    w.structure(caption)
    w.table([SIFFROR_HEADER, *SIFFROR], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    for row in SIFFROR:
        values = dict(zip(SIFFROR_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(caption, row[0], values))
    w.para(SIFFROR_NOTE)
    w.expected.notes.append(TableNote(caption, SIFFROR_NOTE))
    caption = "VA-avgift per år för Svenskt Vattens typhus (kr inkl. moms)"
    w.para(("b", caption))
    w.structure(caption)
    w.table([TYPHUS_HEADER, *TYPHUS], keep_headers=True, widths=[8.0, 2.4, 2.4, 2.4])
    for row in TYPHUS:
        values = dict(zip(TYPHUS_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(caption, row[0], values))
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("8 Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Riskvärdet är sannolikhet "
        "gånger konsekvens på en skala 1–5. Resultatet rapporteras till nämnden i februari 2028."
    )
    header = ["Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig", "Riskvärde"]
    w.table([header, *(list(c) for c in CONTROLS)], widths=[2.6, 3.4, 4.6, 1.8, 2.4, 1.6], size=8)
    w.expected.controls += [Control(moment, process) for process, _, moment, *_ in CONTROLS]


def build_dw(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Bräckedals kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Nämndplan med internbudget 2027",
        ordforande="Lena Antonsson (M)",
        forvaltningschef="Jonas Hedberg",
        diarienummer="TN 2026/0187",
    )
    w = Writer("DW-teknisk-nämnd-skatte-och-taxefinansierad", front)
    _cover(w)
    _intro(w)
    _taxfinanced(w)
    _taxes(w)
    _investments(w)
    _figures(w)
    _control(w)
    w.expected.absent += [HEADER, FOOTER]
    return w.save(path)
