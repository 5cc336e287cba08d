"""Corpus document CW: a small kommun's barn- och utbildningsnämnd's plan in a designed
template. No heading styles at all: every chapter title is a one-row, one-cell table shaded in
the kommun's petrol colour with white bold text, sub-headings are bold coloured Normal lines.
Each goal is a paragraph "Mål: …" with the label in bold and its sentence in the same
paragraph; its indicators sit in a table "Indikator | 2023 | 2024 | 2025 | Målvärde" whose
year columns are outcomes and whose target column has no year: the year is said in a line
above the table ("Målvärdena avser 2027.") or under it ("Målvärde = värdet vi vill nå 2028"),
one outcome cell is "–". Under each goal a two-column "Vad gör vi? | När?" activity table (two
with an empty last row). The driftbudget in tkr has an empty first header cell and a
"Förändring, %" column; key figures a small table with a source line under it; internkontroll
a banner section whose intro paragraph and table are shaded. A footer on every page.

Expected (what a perfect import gives): the front matter from the cover lines; the banner
titles as chapters (the bold coloured sub-headings are headings inside their chapter, as AV's
Subtitles are, and the målområde lines in the goals chapter are structure); six nämndsmål
without "Mål:"; sixteen indicators with outcomes 2023–2025 as printed ("–" no outcome), no
nuläge of their own, and one target each in the year the line near the table gives; eleven
activities under their goal with slutdatum (a month's last day, "Vt 2027" the end of June, none
for "Löpande", none for "Under 2028": an activity planned by year is that year's, no day);
nine driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027) — the change in per
cent is derived and kept as no figure; five key-figure rows and the source line as the table's
note; four controls with their process. The footer must not reach the plan."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)

COLOUR = "1F6E8C"
LIGHT = "E3F0F4"

Ind = tuple[str, str, list[Val | None], Val]
"""An indicator row: name, unit, outcomes 2023–2025 (None printed "–"), målvärde."""

GoalSpec = tuple[str, int, bool, list[Ind], list[tuple[str, str, dt.date | None]]]
"""A goal: sentence, target year, whether the year line is above the table, indicators and
activities (what, when as printed, slutdatum)."""

AREAS: list[tuple[str, list[GoalSpec]]] = [
    ("Lärande och resultat", [
        ("Alla elever når kunskapskraven och lämnar grundskolan med godkända betyg i alla "
         "ämnen.", 2027, True,
         [("Andel elever i åk 9 med godkända betyg i alla ämnen", "%", [D(71), D(68), D(73)],
           D(80)),
          ("Genomsnittligt meritvärde i åk 9", "", [D("221.4"), D("215.8"), D("224.1")],
           D(230)),
          ("Andel elever i åk 6 med lägst betyget E i svenska", "%", [D(86), D(89), D(88)],
           D(92))],
         [("Studiehandledning på modersmål erbjuds i alla ämnen på högstadiet", "Augusti 2027",
           dt.date(2027, 8, 31)),
          ("Lärarna i åk 7–9 följer upp de elever som riskerar att inte nå godkänt vid varje "
           "terminsstart", "Löpande", None)]),
        ("Barnen i förskolan utvecklas och lär sig i en miljö som stimulerar lek och "
         "nyfikenhet.", 2027, True,
         [("Andel vårdnadshavare som är nöjda med förskolan", "%", [D(88), D(91), D(90)],
           D(92)),
          ("Antal barn per årsarbetare i förskolan", "", [D("5.4"), D("5.3"), D("5.1")],
           D("5.0")),
          ("Andel förskollärare av personalen i förskolan", "%", [D(38), D(41), D(40)], D(45))],
         [("En gemensam plan för språkutveckling i förskolan tas fram", "2027-06-30",
           dt.date(2027, 6, 30)),
          ("Utemiljön vid Björkens förskola görs om för lek och lärande", "Oktober 2027",
           dt.date(2027, 10, 31))]),
    ]),
    ("Trygghet och hälsa", [
        ("Alla barn och elever känner sig trygga i förskolan och skolan.", 2027, True,
         [("Andel elever i åk 5 som känner sig trygga i skolan", "%", [D(89), D(86), D(91)],
           D(95)),
          ("Andel elever i åk 8 som känner sig trygga i skolan", "%", [D(78), D(81), D(80)],
           D(88)),
          ("Antal anmälningar om kränkande behandling per 100 elever", "",
           [None, D("3.9"), D("3.7")], D("3.0"))],
         [("Alla skolor reviderar sin plan mot kränkande behandling tillsammans med eleverna",
           "Januari 2027", dt.date(2027, 1, 31)),
          ("Rastvärdar med ett tydligt uppdrag införs på Vilsboskolan", "Vt 2027",
           dt.date(2027, 6, 30))]),
        ("Fler elever har hög närvaro och god hälsa.", 2028, False,
         [("Andel elever med en frånvaro under 10 %", "%", [D(82), D(79), D(81)], D(87)),
          ("Andel elever i åk 7 som rör sig minst en timme om dagen", "%",
           [D(44), D(46), D(43)], D(55))],
         [("Elevhälsan inför en gemensam rutin för tidiga insatser vid frånvaro", "Mars 2027",
           dt.date(2027, 3, 31)),
          ("Daglig rörelse i 20 minuter införs i åk 4–6", "Under 2028", None)]),
    ]),
    ("Medarbetare och organisation", [
        ("Vilsbo kommun är en attraktiv arbetsgivare inom förskola och skola.", 2028, False,
         [("Andel behöriga lärare i grundskolan", "%", [D(72), D(74), D(77)], D(85)),
          ("Sjukfrånvaro bland medarbetarna", "%", [D("7.9"), D("8.4"), D("7.6")], D("6.5")),
          ("Hållbart medarbetarengagemang (HME), index", "", [D(76), D(78), D(77)], D(80))],
         [("Ett introduktionsprogram för nyanställda lärare och förskollärare tas fram",
           "Maj 2027", dt.date(2027, 5, 31)),
          ("Obehöriga lärare ges möjlighet att läsa in behörighet genom Lärarlyftet",
           "Löpande", None)]),
        ("Fler ungdomar fullföljer en gymnasieutbildning.", 2028, False,
         [("Andel elever som tar examen från gymnasiet inom fyra år", "%",
           [D(69), D(72), D(70)], D(78)),
          ("Antal ungdomar inom det kommunala aktivitetsansvaret", "", [D(41), D(37), D(45)],
           "Högst 30")],
         [("Samverkan med gymnasieskolorna i Lundholm om elever som riskerar avbrott",
           "December 2027", dt.date(2027, 12, 31))]),
    ]),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltning", [4210, 4380, 4460]),
    ("Förskola", [61540, 63900, 65720]),
    ("Fritidshem", [9870, 10240, 10410]),
    ("Förskoleklass", [4120, 4310, 4290]),
    ("Grundskola", [112460, 116830, 120150]),
    ("Grundsärskola", [5380, 5620, 5910]),
    ("Gymnasieskola, interkommunala ersättningar", [38950, 41200, 43100]),
    ("Elevhälsa", [6720, 7050, 7180]),
    ("Skolskjuts", [8340, 8900, 9350]),
]

KEY_TITLE = "Nyckeltal i urval"
KEY_HEADER = ["", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal barn i förskolan", "612", "598", "604"],
    ["Antal elever i grundskolan", "1 164", "1 171", "1 158"],
    ["Kostnad per barn i förskolan, kr", "162 500", "170 100", "174 800"],
    ["Kostnad per elev i grundskolan, kr", "118 400", "123 900", "127 300"],
    ["Andel elever med skolskjuts", "38 %", "39 %", "39 %"],
]
KEY_NOTE = "Källa: Kolada och förvaltningens egen statistik. Kostnaderna för 2025 är preliminära."

CONTROLS = [
    ("Skolskjuts", "Att beviljad skolskjuts stämmer med elevens folkbokföringsadress",
     "Skolskjutssamordnare", "Två gånger per år"),
    ("Barnomsorgsavgifter", "Att avgifterna grundas på aktuella inkomstuppgifter",
     "Handläggare barnomsorg", "En gång per år"),
    ("Registerutdrag", "Att utdrag ur belastningsregistret finns för all ny personal",
     "Rektor och förskolechef", "Stickprov varje termin"),
    ("Inköp", "Att inköp görs från upphandlade leverantörer", "Controller",
     "Två gånger per år"),
]  # fmt: skip

FOOTER = "Vilsbo kommun · Barn- och utbildningsnämnden · Verksamhetsplan 2027–2029"


def _shade(element: Any, fill: str) -> None:
    """Shade a cell (``w:tcPr``) or a paragraph (``w:pPr``) with ``fill``."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    element.append(shd)


def _banner(w: Writer, title: str) -> None:
    """A chapter title: a one-cell table in the kommun's colour, white bold text."""
    w.doc.add_paragraph()
    table = w.doc.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    _shade(cell._tc.get_or_add_tcPr(), COLOUR)
    run = cell.paragraphs[0].add_run(title)
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    w.doc.add_paragraph()
    w.expected.chapters.append(title)


def _sub(w: Writer, text: str, *, chapter: bool = True) -> None:
    """A bold coloured line: a sub-heading inside its chapter, or (``chapter=False``) a
    label; structure either way (vplan's chapters have one level)."""
    run = w.doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor.from_string(COLOUR)
    w.structure(text)


def _cover(w: Writer) -> None:
    for text, size in [("Vilsbo kommun", 16), ("Barn- och utbildningsnämnden", 14),
                       ("", 0), ("Verksamhetsplan 2027–2029", 28),
                       ("med budget 2027 och plan 2028–2029", 12), ("", 0),
                       ("Beslutad av barn- och utbildningsnämnden 2026-11-24, § 88", 10),
                       ("Dnr BUN 2026/214", 10), ("", 0),
                       ("Ordförande: Eva Strand (S)", 10),
                       ("Förvaltningschef: Johan Berglöf", 10)]:  # fmt: skip
        if text:
            w.cover(text, size=size, bold=size >= 14)
        else:
            w.para("")
    w.page_break()


def _footer(w: Writer) -> None:
    paragraph = w.doc.sections[0].footer.paragraphs[0]
    run = paragraph.add_run(FOOTER)
    run.font.size = Pt(8)
    w.expected.absent.append(FOOTER)


def _intro(w: Writer) -> None:
    _banner(w, "Inledning")
    w.paras(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, "
        "förskoleklass, grundskola och grundsärskola i Vilsbo kommun. Nämnden betalar också "
        "för de ungdomar som går gymnasiet i andra kommuner och har ansvaret för det "
        "kommunala aktivitetsansvaret.",
        "Verksamhetsplanen visar vad nämnden vill uppnå under 2027–2029 och hur arbetet ska "
        "gå till. Planen bygger på kommunfullmäktiges mål och budget och följs upp i "
        "delårsrapporten och i verksamhetsberättelsen.",
    )
    _banner(w, "Förutsättningar")
    _sub(w, "Barn och elever")
    w.para(
        "Antalet barn i förskolan har legat runt 600 de senaste åren. Elevantalet i "
        "grundskolan minskar något, men fler elever än tidigare har behov av särskilt stöd. "
        "Andelen elever som åker skolskjuts är fortsatt hög eftersom en stor del av "
        "kommunens invånare bor utanför tätorten."
    )
    _sub(w, "Personal och kompetensförsörjning")
    w.para(
        "Det är svårt att rekrytera legitimerade lärare i matematik, moderna språk och "
        "slöjd. Inom förskolan är andelen förskollärare lägre än i jämförbara kommuner. "
        "Nämnden prioriterar därför introduktion av nyanställda och möjligheter att "
        "vidareutbilda sig."
    )
    _sub(w, "Lokaler")
    w.para(
        "Vilsboskolans högstadiebyggnad renoveras under 2027. Under renoveringen har eleverna "
        "i åk 7–9 undervisning i tillfälliga paviljonger."
    )


def _goals(w: Writer) -> None:
    _banner(w, "Mål och indikatorer")
    w.para(
        "Nämndens mål är ordnade i tre målområden. Under varje mål står de indikatorer som "
        "visar hur det går, med utfall för de tre senaste åren, och vad nämnden gör under "
        "året för att nå målet."
    )
    for area, goals in AREAS:
        _sub(w, area, chapter=False)
        for text, year, above, inds, acts in goals:
            _goal(w, text, year, above, inds, acts)


def _goal(
    w: Writer,
    text: str,
    year: int,
    above: bool,
    inds: list[Ind],
    acts: list[tuple[str, str, dt.date | None]],
) -> None:
    w.para(("b", "Mål: "), text)
    w.structure("Mål:")
    w.expected.goals.append(Goal(text, "namnd"))
    line = "Målvärdena avser 2027." if above else f"Målvärde = värdet vi vill nå {year}"
    w.structure(line)
    if above:
        w.para(("i", line))
    rows = [["Indikator", "2023", "2024", "2025", "Målvärde"]]
    for name, unit, outcomes, target in inds:
        cells = ["–" if v is None else _cell(v, unit) for v in outcomes]
        rows.append([name, *cells, _cell(target, unit)])
        w.expected.indicators.append(
            Indicator(
                text,
                name,
                unit,
                targets={year: target},
                outcomes={
                    y: v for y, v in zip((2023, 2024, 2025), outcomes, strict=True) if v is not None
                },
            )
        )
    w.table(rows, widths=[7.6, 1.9, 1.9, 1.9, 2.3])
    w.structure("–")
    if not above:
        w.para(("i", line))
    act_rows = [["Vad gör vi?", "När?"]]
    for what, when, day in acts:
        act_rows.append([what, when])
        w.expected.activities.append(Activity(what, slutdatum=day, group=text))
    if len(acts) == 2 and not above:
        act_rows.append(["", ""])  # the template's empty row, left in
    w.para("")
    w.table(act_rows, widths=[12.6, 3.0])
    w.para("")


def _cell(value: Val, unit: str) -> str:
    return value if isinstance(value, str) else sv(value, unit)


def _economy(w: Writer) -> None:
    _banner(w, "Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 270 570 tkr, en ökning med 2,9 % jämfört med 2026. "
        "Ökningen förklaras främst av löneökningar, fler elever i grundsärskolan och högre "
        "kostnader för skolskjuts och gymnasieplatser i andra kommuner."
    )
    _sub(w, "Driftbudget")
    w.para("Nettokostnad per verksamhet, belopp i tkr.")
    header = ["", "Bokslut 2025", "Budget 2026", "Budget 2027", "Förändring, %"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa")
    for row in body:
        before, after = (D(row[2].replace(" ", "")), D(row[3].replace(" ", "")))
        change = ((after - before) / before * 100).quantize(D("0.1"), ROUND_HALF_UP)
        row.append(sv(change))
        w.structure(row[-1])  # derived from the two budget columns: no figure of its own
    w.table([header, *body], widths=[6.2, 2.5, 2.5, 2.5, 2.5])


def _key_figures(w: Writer) -> None:
    _banner(w, "Nyckeltal")
    w.para("Några nyckeltal som beskriver verksamhetens omfattning och kostnader.")
    _sub(w, KEY_TITLE, chapter=False)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.4, 2.4, 2.4, 2.4])
    for row in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, row[0], given))
    note = w.para(("i", KEY_NOTE), size=8)
    note.paragraph_format.space_after = Pt(12)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    _banner(w, "Internkontroll")
    intro = w.para(
        "Nämnden har gjort en risk- och väsentlighetsanalys. Följande kontroller ingår i "
        "internkontrollplanen för 2027 och rapporteras till nämnden i december."
    )
    _shade(intro._p.get_or_add_pPr(), LIGHT)
    rows = [["Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, moment, who, when in CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    table = w.table(rows, widths=[3.4, 7.0, 3.4, 2.8])
    for row in table.rows:
        for cell in row.cells:
            _shade(cell._tc.get_or_add_tcPr(), LIGHT)


def build_cw(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Vilsbo kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Eva Strand (S)",
        forvaltningschef="Johan Berglöf",
        diarienummer="BUN 2026/214",
    )
    w = Writer("CW-barn-utbildning-designmall", front)
    _footer(w)
    _cover(w)
    _intro(w)
    _goals(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
