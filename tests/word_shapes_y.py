"""Corpus document Y: a socialnämnd's two-year plan whose cover names only the kommun, the
nämnd, the title, the diarienummer and the adoption; the ordförande and the socialchef are
known from the signed "Förord" (a borderless signature table: name over role); the page
header repeats the title and the footer holds a PAGE field. All goals are in one table
"Målområde | Nr | Nämndsmål | Indikator | Nuläge | Målvärde 2027 | Målvärde 2028" where the
målområde is merged down its rows and written upwards (``w:textDirection btLr``) on a shaded
cell, the goal and its number are merged down the goal's indicators, each indicator cell holds
the name and a second, italic paragraph "Källa: …", the nuläge carries its own year ("2024:
71", surveys every other year) and a target "–" means none. Activities in a table linked by
the goal's number ("1.2"), net costs in the driftbudget as negative amounts grouped under two
verksamhetsområden with subtotals, personnel figures by year, and internkontroll as a 4×4 risk
matrix holding the risks' ids ("R3") followed by the controls "Nr | Process/rutin | Risk | S |
K | RV | Kontrollmoment | Ansvarig | Tidpunkt".

Expected (what a perfect import gives): the front matter below (judgement: the ordförande and
the socialchef from the signature of the förord); seven chapters; five nämndsmål (the
målområden are KF's, structure) with eleven indicators: name without the "Källa" line, the
nuläge and its year as the cell gives them, targets per year with "–" as none; seven
activities with ansvarig, slutdatum and their goal; eight driftbudget rows (the subtotals and
the total are structure; judgement: a net cost printed negative is the row's amount as
printed); four personnel key figures; six controls with their process. The risk matrix is
structure; the page header and footer are not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)
from tests.word_shapes_xml import complex_field, element, p, r

HEADER = "Socialnämnden i Hälleberga – Verksamhetsplan 2027–2028"
YEARS = (2027, 2028)

Ind = tuple[str, str, str, int, D, Val | None, Val | None]
"""An indicator: name, source, unit, nuläge year, nuläge, målvärde 2027 and 2028."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Barn och unga", [
        ("Barn och unga som behöver stöd får det tidigt och nära hemmet.",
         [("Andel barn och unga som fått insats inom öppenvården i stället för placering",
           "Källa: eget verksamhetssystem", "%", 2025, D(78), D(82), D(85)),
          ("Förhandsbedömningar avslutade inom 14 dagar, andel", "Källa: Kolada U33400",
           "%", 2025, D(79), "≥ 90 %", "≥ 95 %"),
          ("Placeringsdygn HVB barn och unga, antal", "Källa: eget verksamhetssystem", "",
           2025, D(5840), "Minska", "Minska")]),
        ("Placerade barn har en trygg och stabil skolgång.",
         [("Placerade barn som uppföljts med skolplan, andel", "Källa: egen granskning",
           "%", 2025, D(64), D(80), D(100)),
          ("Sammanbrott i familjehemsplaceringar, antal", "Källa: eget verksamhetssystem",
           "", 2025, D(6), "Högst 4", "Högst 3")]),
    ]),
    ("Trygghet och självständighet", [
        ("Vuxna med ekonomiskt bistånd kommer närmare egen försörjning.",
         [("Andel vuxna biståndsmottagare som deltar i arbetsmarknadsinsats", "Källa: "
           "Kolada N31807", "%", 2025, D("43.5"), D(50), D(55)),
          ("Genomsnittlig tid med ekonomiskt bistånd, månader", "Källa: Kolada N31816", "",
           2025, D("8.2"), D("7.5"), D(7))]),
        ("Personer med psykisk funktionsnedsättning lever ett självständigt liv.",
         [("Brukare inom boendestöd som upplever att de får bestämma, andel",
           "Källa: Socialstyrelsens brukarundersökning", "%", 2024, D(81), None, D(85)),
          ("Personer i sysselsättning som fått praktik eller arbete, antal",
           "Källa: eget verksamhetssystem", "", 2025, D(9), D(12), D(15))]),
    ]),
    ("Attraktiv arbetsgivare", [
        ("Medarbetarna vill stanna och utvecklas i socialförvaltningen.",
         [("Hållbart medarbetarengagemang (HME), index", "Källa: medarbetarenkäten", "",
           2024, D(71), "–", D(75)),
          ("Sjukfrånvaro, andel av ordinarie arbetstid", "Källa: personalsystemet", "%", 2025,
           D("8.9"), D(8), D("7.5"))]),
    ]),
]  # fmt: skip

GOALS = [goal for _, goals in AREAS for goal, _ in goals]
NUMBERS = {"1.1": 0, "1.2": 1, "2.1": 2, "2.2": 3, "3.1": 4}

ACTIVITIES = [
    ("A1", "Starta familjebehandling i hemmet för familjer med tonåringar", "1.1",
     "Enhetschef öppenvård", "2027-06-30", dt.date(2027, 6, 30)),
    ("A2", "Gemensamma ärendedragningar med elevhälsan varje månad", "1.1",
     "Enhetschef barn och unga", "2027-03-31", dt.date(2027, 3, 31)),
    ("A3", "Skolplan för varje placerat barn tillsammans med skolan", "1.2",
     "Familjehemssekreterare", "2027-12-31", dt.date(2027, 12, 31)),
    ("A4", "Jobbspår för unga vuxna med ekonomiskt bistånd", "2.1",
     "Enhetschef arbete och försörjning", "2027-09-30", dt.date(2027, 9, 30)),
    ("A5", "Införa automatiserad handläggning av återansökningar", "2.1",
     "Enhetschef arbete och försörjning", "2028-03-31", dt.date(2028, 3, 31)),
    ("A6", "Brukarråd inom socialpsykiatrin två gånger per år", "2.2",
     "Enhetschef socialpsykiatri", "2027-12-31", dt.date(2027, 12, 31)),
    ("A7", "Handledning i grupp för alla socialsekreterare", "3.1", "Socialchef",
     "2028-12-31", dt.date(2028, 12, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
GROUPS: list[tuple[str, list[tuple[str, list[int | None]]]]] = [
    ("Individ- och familjeomsorg", [
        ("Barn och unga", [-48_310, -49_600, -51_900, -53_100]),
        ("Familjehem", [-21_870, -22_400, -23_650, -24_300]),
        ("Vuxna och beroende", [-17_240, -17_900, -18_400, -18_800]),
        ("Arbete och försörjning", [-36_920, -38_100, -37_600, -37_000]),
    ]),
    ("Stöd och service", [
        ("Socialpsykiatri", [-19_460, -20_100, -21_300, -21_900]),
        ("Sysselsättning", [-6_780, -7_000, -7_250, -7_400]),
        ("Nämnd och förvaltningsledning", [-9_110, -9_400, -9_700, -9_950]),
        ("Mottagning och socialjour", [-5_630, -5_800, -6_100, -6_250]),
    ]),
]  # fmt: skip

CONTROLS = [
    ("R1", "Utbetalning av ekonomiskt bistånd", "Bistånd betalas ut utan beslut", 2, 4,
     "Stickprov om 20 utbetalningar mot beslut", "Enhetschef arbete och försörjning",
     "Mars och september"),
    ("R2", "Familjehemsplaceringar", "Familjehem saknar aktuell utredning", 2, 3,
     "Genomgång av samtliga familjehemsakter", "Enhetschef barn och unga", "Oktober"),
    ("R3", "Handläggning barn och unga", "Utredningar överskrider fyra månader", 3, 3,
     "Månatlig uppföljning av utredningstider", "Socialchef", "Varje månad"),
    ("R4", "Avtal och upphandling", "Köp av vård sker utanför ramavtal", 3, 2,
     "Kontroll av alla nya placeringar mot avtal", "Controller", "Varje tertial"),
    ("R5", "Arkiv och dokumentation", "Journalanteckningar förs inte i tid", 3, 2,
     "Stickprov i verksamhetssystemet", "Enhetschef socialpsykiatri", "November"),
    ("R6", "Informationssäkerhet", "Obehöriga tar del av sekretessuppgifter", 1, 4,
     "Logguppföljning av åtkomst till akter", "Systemförvaltare", "Varje kvartal"),
]  # fmt: skip


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _borderless(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def _cover(w: Writer) -> None:
    w.cover("Hälleberga kommun", size=14)
    w.para("")
    w.cover("Socialnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.para("")
    w.cover("Dnr SOC 2026/412")
    w.cover("Antagen av socialnämnden 2026-11-18, § 98")
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer._element
    for old in footer.findall(qn("w:p")):
        footer.remove(old)
    footer.append(element(p(r("Sida "), complex_field("PAGE", "3"))))
    w.expected.absent.append(HEADER)
    w.page_break()


def _foreword(w: Writer) -> None:
    w.chapter("Förord")
    w.paras(
        "Socialnämnden arbetar för att invånare som behöver stöd ska få det i rätt tid och på "
        "rätt nivå. Med den här planen prioriterar vi tidiga insatser för barn och unga, en väg "
        "till egen försörjning och en arbetsplats där socialsekreterarna vill stanna.",
        "Planen är nämndens styrdokument för 2027 och 2028. Den följs upp i delårsrapporten i "
        "augusti och i verksamhetsberättelsen.",
    )
    w.para("Hälleberga i november 2026")
    w.structure("Hälleberga i november 2026")
    rows = [["Lena Håkansson (S)", "Per Ekholm"], ["Ordförande", "Socialchef"]]
    table = w.doc.add_table(rows=2, cols=2)
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.paragraphs[0].add_run(text).italic = values is rows[1] or None
            w.structure(text)
    _borderless(table)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorg, socialpsykiatri, "
        "sysselsättning och arbetsmarknadsinsatser för personer med ekonomiskt bistånd. "
        "Förvaltningen har drygt 190 medarbetare."
    )
    w.chapter("Omvärldsanalys")
    w.heading("Fler barnavårdsärenden", 2)
    w.para(
        "Anmälningarna om barn som far illa har ökat med elva procent sedan 2023, främst "
        "anmälningar från skolan. Fler barn har behov av stöd kring psykisk ohälsa."
    )
    w.heading("Arbetsmarknad och försörjning", 2)
    w.para(
        "Arbetslösheten i kommunen är 7,4 procent. Många biståndsmottagare saknar "
        "gymnasieutbildning och står långt från arbetsmarknaden."
    )
    w.heading("Ny socialtjänstlag", 2)
    w.para(
        "Den nya lagen ställer krav på ett mer förebyggande och kunskapsbaserat arbetssätt. "
        "Förvaltningen ser över delegationsordningen och rutinerna under 2027."
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Fullmäktige har beslutat om tre målområden. Nämndens mål och indikatorer inom varje "
        "målområde framgår av tabellen. Nuläget anges med det år mätningen avser."
    )
    header = ["Målområde", "Nr", "Nämndsmål", "Indikator", "Nuläge"]
    header += [f"Målvärde {y}" for y in YEARS]
    rows: list[list[str]] = [header]
    merges: list[tuple[int, int, int, int]] = []
    sources: dict[int, str] = {}
    area_rows = []
    for area_no, (area, goals) in enumerate(AREAS, 1):
        area_first = len(rows)
        for goal_no, (goal, inds) in enumerate(goals, 1):
            goal_first = len(rows)
            number = f"{area_no}.{goal_no}"
            w.expected.goals.append(Goal(goal, "namnd"))
            w.structure(number)
            for name, source, unit, year, base, t1, t2 in inds:
                first = len(rows) == goal_first
                sources[len(rows)] = source
                rows.append(
                    [
                        area if len(rows) == area_first else "",
                        number if first else "",
                        goal if first else "",
                        name,
                        f"{year}: {cell_text(base, unit)}",
                        *(cell_text(t, unit) for t in (t1, t2)),
                    ]
                )
                targets = {
                    y: t for y, t in zip(YEARS, (t1, t2), strict=True) if t not in (None, "–")
                }
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))
            merges += [(goal_first, 1, len(rows) - 1, 1), (goal_first, 2, len(rows) - 1, 2)]
        merges.append((area_first, 0, len(rows) - 1, 0))
        area_rows.append(area_first)
        w.structure(area)
    w.structure("–")
    table = w.table(rows, merges=merges, widths=[1.4, 0.9, 3.6, 5, 1.8, 1.6, 1.6], size=8)
    for row in area_rows:
        cell = table.cell(row, 0)
        _shade(cell, "DCE6F0")
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        cell._tc.get_or_add_tcPr().append(direction)
        cell.paragraphs[0].runs[0].bold = True
    for row, source in sources.items():
        extra = table.cell(row, 3).add_paragraph()
        run = extra.add_run(source)
        run.italic = True
        run.font.size = Pt(7)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna kopplas till nämndsmålen med målets nummer i tabellen ovan.")
    rows = [["Nr", "Aktivitet", "Mål", "Ansvarig", "Klart senast"]]
    for number, name, goal, who, when, day in ACTIVITIES:
        rows.append([number, name, goal, who, when])
        w.structure(number, goal)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[NUMBERS[goal]]))
    w.table(rows, widths=[0.9, 7.4, 1.1, 4, 2.2])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Fullmäktiges ram för socialnämnden 2027 är 175 900 tkr. Jämfört med 2026 har ramen "
        "förändrats så här:"
    )
    w.bullets(
        "löne- och prisuppräkning med 5 300 tkr",
        "tillskott för fler placerade barn med 2 000 tkr",
        "effektiviseringskrav på 1 100 tkr",
    )
    title = "Driftbudget per verksamhet, nettokostnad i tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    rows = [header]
    bold_rows = []
    grand = [0] * len(KEYS)
    for group, members in GROUPS:
        bold_rows.append(len(rows))
        rows.append([group, "", "", "", ""])
        w.structure(group)
        body = budget_rows(w, "drift", KEYS, members, f"Summa {group.lower()}")
        bold_rows.append(len(rows) + len(body) - 1)
        rows += body
        for i in range(len(KEYS)):
            grand[i] += sum(a[i] or 0 for _, a in members)
    total = ["Nämndens nettokostnad", *(sv(g) for g in grand)]
    w.totals(*total)
    bold_rows.append(len(rows))
    rows.append(total)
    table = w.table(rows, widths=[6, 2.3, 2.3, 2.3, 2.3])
    for row in bold_rows:
        for cell in table.rows[row].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    w.para("")

    title = "Personalnyckeltal"
    w.heading(title, 2)
    w.structure(title)
    header = ["Nyckeltal", "2023", "2024", "2025"]
    key_rows = [
        ["Tillsvidareanställda, antal", "176", "183", "191"],
        ["Årsarbetare", "168,5", "174,2", "181,9"],
        ["Sjukfrånvaro, %", "9,6", "9,3", "8,9"],
        ["Personalomsättning socialsekreterare, %", "21,4", "17,8", "15,2"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[7, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow(title, k[0], dict(zip(header[1:], k[1:], strict=True))) for k in key_rows
    ]


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Förvaltningen har bedömt riskerna utifrån sannolikhet (S) och konsekvens (K) på en "
        "skala 1–4. Riskvärdet (RV) är S × K. Riskerna placeras i matrisen nedan."
    )
    labels = ["4 Sannolik", "3 Möjlig", "2 Mindre sannolik", "1 Osannolik"]
    matrix = [["Sannolikhet / Konsekvens", "1 Försumbar", "2 Lindrig", "3 Kännbar", "4 Allvarlig"]]
    for s, label in zip((4, 3, 2, 1), labels, strict=True):
        cells = [", ".join(c[0] for c in CONTROLS if c[3] == s and c[4] == k) for k in (1, 2, 3, 4)]
        matrix.append([label, *cells])
    table = w.table(matrix, widths=[3.6, 2.6, 2.6, 2.6, 2.6])
    for row in matrix[1:]:
        w.structure(*row)
    for r_no, s in enumerate((4, 3, 2, 1), 1):
        for k in (1, 2, 3, 4):
            value = s * k
            fill = "92D050" if value <= 3 else "FFFF00" if value <= 6 else "FFC000"
            _shade(table.cell(r_no, k), fill if value < 12 else "FF0000")
    w.doc.add_paragraph().add_run().add_break(WD_BREAK.LINE)
    header = ["Nr", "Process/rutin", "Risk", "S", "K", "RV", "Kontrollmoment", "Ansvarig"]
    header.append("Tidpunkt")
    rows = [header]
    for number, process, risk, s, k, moment, who, when in CONTROLS:
        rows.append([number, process, risk, str(s), str(k), str(s * k), moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[0.8, 2.6, 2.8, 0.6, 0.6, 0.8, 3.4, 2.4, 1.8], size=8)


def build_y(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Hälleberga kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lena Håkansson (S)",
        forvaltningschef="Per Ekholm",
        diarienummer="SOC 2026/412",
    )
    w = Writer("Y-socialnämnd-lodrät-målområde", front)
    _cover(w)
    _foreword(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
