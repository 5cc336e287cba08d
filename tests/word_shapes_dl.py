"""Corpus document DL: a kommunstyrelse's verksamhetsplan whose chapters are numbered by a
multilevel list linked to Heading 1 and 2 ("1", "1.1" shown by Word, never typed), with a real
TOC field (the entries carry the numbers) after the cover and a page header on every page; the
goals in one landscape section as a matrix "Strategiskt mål | Nämndmål | Indikator |
Utgångsläge (år) | Målvärde 2027 | Målvärde 2030" where the strategic goal and the nämndmål are
merged down (``w:vMerge``) over their indicator rows, the year of the utgångsläge in brackets
in its cell ("81 % (2025)"), some indicators with only a long-term 2030 value (2027 blank or
"–"); fullmäktige's uppdrag in a table "Nr | Uppdrag | Ansvar | Klart"; the driftbudget per
avdelning "Budget 2026 | Budget 2027 | Plan 2028 | Plan 2029" with a totals row; an investment
table with project numbers; key figures with a source line under them; internkontroll in an
appendix at the end, a Heading 1 "Bilaga 1 Internkontrollplan 2027" whose number is turned off.

Expected (what a perfect import gives): the front matter from the cover; every Heading 1 a
chapter (without Word's number), the "1.1" subheadings kept in their chapter's text; four
strategic goals (kf) and eight nämndmål with seventeen indicators, nuläge with its own year
(2024 or 2025), targets 2027 and 2030 where given, "%" where written; nine uppdrag as
activities with ansvar and the Klart date (a month's last day, none for "Löpande"); eight
driftbudget rows by (budget|plan, year); six investments with their project numbers; seven
key-figure rows (2023–2025 as printed) and the source line as the table's note; six controls
with their process. The table headers, the totals rows, the uppdrag numbers, the cover lines
and the TOC title are structure; the TOC entries and the page header are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

from tests.word_shapes_dl_parts import (
    CONTROLS,
    DRIFT,
    DRIFT_KEYS,
    GOALS,
    IK_HEADER,
    INVEST_KEYS,
    INVESTMENTS,
    KEY_HEADER,
    KEY_ROWS,
    UPPDRAG,
    numbered_headings,
    unnumbered,
)
from tests.word_shapes_docx import Writer, budget_rows, sv, toc_styles
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
from tests.word_shapes_xml import append, element, p, r, simple_field

HEADER_TEXT = "Lövsjö kommun – Kommunstyrelsen – Verksamhetsplan 2027"
KEY_CAPTION = "Tabell 3. Nyckeltal för kommunstyrelsens verksamheter"
KEY_NOTE = "Källa: Kolada, kommunens personalsystem och räddningstjänstens insatsrapporter."

TOC = [
    ("1", "Inledning", 3),
    ("2", "Kommunstyrelsens ansvar och organisation", 3),
    ("2.1", "Kommunledningsförvaltningen", 4),
    ("2.2", "Räddningstjänsten", 4),
    ("3", "Omvärld och förutsättningar", 5),
    ("4", "Mål och indikatorer", 6),
    ("5", "Uppdrag från kommunfullmäktige", 8),
    ("6", "Ekonomi", 9),
    ("6.1", "Driftbudget per avdelning", 9),
    ("6.2", "Investeringar", 10),
    ("7", "Nyckeltal", 11),
    ("", "Bilaga 1 Internkontrollplan 2027", 12),
]


def _cover(w: Writer) -> None:
    w.cover("LÖVSJÖ KOMMUN", size=14, bold=True)
    w.para("")
    w.cover("Kommunstyrelsen", size=20)
    w.cover("Verksamhetsplan med budget 2027 och plan 2028–2029", size=24, bold=True)
    w.para("")
    w.para("")
    w.cover("Fastställd av kommunstyrelsen 2026-11-25, § 214")
    w.cover("Dnr KS 2026/0412")
    w.cover("Ordförande: Annika Strömberg (S)")
    w.cover("Kommundirektör: Henrik Vallin")
    w.page_break()


def _toc(w: Writer) -> None:
    w.cover("Innehåll", size=16, bold=True)
    toc_styles(w.doc, 2)
    last = len(TOC) - 1
    for n, (number, text, page) in enumerate(TOC):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
            '"preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if n == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == last else ""
        line = f"{number}\t{text}\t{page}" if number else f"{text}\t{page}"
        level = 2 if "." in number else 1
        append(w.doc, p(begin + r(line) + end, style=f"TOC{level}"))
        w.expected.absent.append(f"{text} {page}")
    w.page_break()


def _header(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.add_run("Sida ")
    footer._p.append(element(simple_field(" PAGE ", "1")))
    w.expected.absent.append(HEADER_TEXT)


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över övriga "
        "nämnder och de kommunala bolagen. Den här verksamhetsplanen beskriver hur styrelsen "
        "omsätter kommunfullmäktiges mål och budget för 2027 i nämndmål, indikatorer och "
        "uppdrag.",
        "Planen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. "
        "Indikatorerna redovisas då med utfall och en bedömning av om målet nås.",
    )
    w.chapter("Kommunstyrelsens ansvar och organisation")
    w.para(
        "Kommunstyrelsen har 13 ledamöter och ett arbetsutskott med fem ledamöter. Under "
        "styrelsen finns kommunledningsförvaltningen och räddningstjänsten."
    )
    w.heading("Kommunledningsförvaltningen", 2)
    w.para(
        "Förvaltningen leds av kommundirektören och består av kansliet, ekonomi-, HR- och "
        "IT-avdelningarna, kommunikation och service samt näringsliv och tillväxt. Totalt "
        "arbetar 148 medarbetare i förvaltningen."
    )
    w.heading("Räddningstjänsten", 2)
    w.para(
        "Räddningstjänsten har en heltidsstation i centralorten och deltidsstationer i "
        "Norrby och Åsen. Räddningschefen svarar direkt till kommundirektören."
    )
    w.chapter("Omvärld och förutsättningar")
    w.para(
        "Efter två år med svag befolkningsutveckling ökade antalet invånare med 129 personer "
        "under 2025. Inflyttningen består främst av barnfamiljer och arbetskraftsinvandrare "
        "till industrin i Norra Lövsjö. Samtidigt växer gruppen över 80 år snabbast."
    )
    w.para("Styrelsen ser särskilt följande utmaningar för planperioden:")
    w.bullets(
        "Skatteunderlaget växer långsammare än kostnaderna för pensioner och löner.",
        "Konkurrensen om specialister inom IT, ekonomi och teknik ökar.",
        "Nya krav på informationssäkerhet och civilt försvar kräver resurser.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Kommunfullmäktige har beslutat om fyra strategiska mål för mandatperioden. "
        "Kommunstyrelsen har brutit ned dem i nämndmål med indikatorer i tabellen nedan. "
        "Målvärde 2030 är det långsiktiga värdet; för några indikatorer anges inget målvärde "
        "för 2027."
    )
    section = w.doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    header = [
        "Strategiskt mål",
        "Nämndmål",
        "Indikator",
        "Utgångsläge (år)",
        "Målvärde 2027",
        "Målvärde 2030",
    ]
    rows = [header]
    merges: list[tuple[int, int, int, int]] = []
    for strategic, goals in GOALS:
        w.expected.goals.append(Goal(strategic, "kf"))
        first_of_strategic = len(rows)
        for goal, inds in goals:
            w.expected.goals.append(Goal(goal, "namnd"))
            first_of_goal = len(rows)
            for name, unit, base, year, t27, t30 in inds:
                s_cell = strategic if len(rows) == first_of_strategic else ""
                g_cell = goal if len(rows) == first_of_goal else ""
                if t27 is None and name.startswith("Antal nystartade"):
                    t27_text = "–"
                    w.structure("–")
                else:
                    t27_text = "" if t27 is None else sv(t27, unit)  # type: ignore[arg-type]
                t30_text = "" if t30 is None else sv(t30, unit)  # type: ignore[arg-type]
                base_text = f"{sv(base, unit)} ({year})"  # type: ignore[arg-type]
                rows.append([s_cell, g_cell, name, base_text, t27_text, t30_text])
                targets = {y: v for y, v in ((2027, t27), (2030, t30)) if v is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
            if len(rows) - 1 > first_of_goal:
                merges.append((first_of_goal, 1, len(rows) - 1, 1))
        if len(rows) - 1 > first_of_strategic:
            merges.append((first_of_strategic, 0, len(rows) - 1, 0))
    w.table(rows, merges=merges, widths=[4.2, 5.2, 7.4, 3.2, 2.6, 2.6], size=9)
    w.para(
        "Utgångsläget avser senast kända värde; årtalet anges inom parentes. Indikatorerna "
        "hämtas från Kolada, SCB och kommunens egna system."
    )
    back = w.doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)


def _uppdrag(w: Writer) -> None:
    w.chapter("Uppdrag från kommunfullmäktige")
    w.para(
        "Kommunfullmäktige har i budgetbeslutet och i särskilda beslut gett kommunstyrelsen "
        "följande uppdrag. Uppdragen redovisas till fullmäktige när de är slutförda."
    )
    rows = [["Nr", "Uppdrag", "Ansvar", "Klart"]]
    for number, text, who, when, day in UPPDRAG:
        rows.append([number, text, who, when])
        w.expected.activities.append(Activity(text, who, day))
    w.table(rows, widths=[1.6, 9.4, 3.4, 2.4], size=9)
    # The uppdrag's number (its fullmäktige decision) stays with the uppdrag, as a careful
    # secretary would type it in the activity's note or reference.
    w.structure(*(u[0] for u in UPPDRAG))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunstyrelsens ram för 2027 uppgår till 132 250 tkr, en ökning med 4,0 procent "
        "jämfört med 2026. Ökningen avser löner, nya licenskostnader för e-tjänsteplattformen "
        "och räddningstjänstens höjda beredskap."
    )
    w.heading("Driftbudget per avdelning", 2)
    w.para("Nettokostnader i tkr. Budget 2026 enligt fullmäktiges beslut i juni 2025.")
    header = ["Avdelning", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa kommunstyrelsen")
    w.table([header, *body], widths=[6.2, 2.6, 2.6, 2.6, 2.6], size=9)
    w.heading("Investeringar", 2)
    w.para(
        "Investeringsbudgeten i tkr. Höjdfordonet upphandlas 2027 och levereras 2028. "
        "Markförvärvet förutsätter att detaljplanen för Norra Lövsjö vinner laga kraft."
    )
    rows = [["Projekt", "Investering", "Budget 2027", "Plan 2028", "Plan 2029"]]
    for number, name, amounts in INVESTMENTS:
        rows.append([number, name, *(sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(INVEST_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("investering", name, given, projektnummer=number))
    sums = [sv(sum(a[i] for _, _, a in INVESTMENTS)) for i in range(3)]
    rows.append(["", "Summa investeringar", *sums])
    w.totals("Summa investeringar", *sums)
    w.table(rows, widths=[1.8, 7.2, 2.6, 2.6, 2.6], size=9)


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Tabellen visar utvecklingen för några nyckeltal som kommunstyrelsen följer. "
        "Sjukfrånvaron avser alla kommunens anställda."
    )
    w.para(("i", KEY_CAPTION))
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8, 2.6, 2.6, 2.6], size=9)
    for row in KEY_ROWS:
        values = dict(zip(KEY_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_CAPTION, row[0], values))
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_CAPTION, KEY_NOTE))


def _appendix(w: Writer) -> None:
    w.page_break()
    unnumbered(w.chapter("Bilaga 1 Internkontrollplan 2027"))
    w.para(
        "Internkontrollplanen bygger på kommunstyrelsens riskanalys i september 2026. "
        "Kontrollerna rapporteras till styrelsen i augusti och i februari."
    )
    rows = [IK_HEADER]
    for process, moment, risk, method, who, when in CONTROLS:
        rows.append([process, moment, risk, method, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 4.8, 3.0, 3.0, 2.2, 2.0], size=8)


def build_dl(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Lövsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027 och plan 2028–2029",
        ordforande="Annika Strömberg (S)",
        forvaltningschef="Henrik Vallin",
        diarienummer="KS 2026/0412",
    )
    w = Writer("DL-kommunstyrelse-numrerade-rubriker", front)
    w.doc.styles["Normal"].font.size = Pt(11)
    numbered_headings(w.doc)
    _header(w)
    _cover(w)
    _toc(w)
    _prose(w)
    _goals(w)
    _uppdrag(w)
    _economy(w)
    _key_figures(w)
    _appendix(w)
    return w.save(path)
