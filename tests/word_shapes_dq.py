"""Corpus document DQ: a socialnämnd's nämndplan 2027–2029 exported into Word from the
kommun's web-based planning system, in the export's own conventions: a cover of title lines
over a "Dokumentinformation" key–value table (Beslutsinstans, Diarienummer, Ordförande,
Socialchef, Giltighetstid); every heading numbered by the system ("1", "2.1", "3.1.2") with
Heading 1–3; the goals as generated blocks: målområde Heading 2 and nämndmål Heading 3, a grey
type line ("Målområde", "Nämndmål") and a "Senast ändrad …" line, a two-column label table
"Beskrivning | Ansvarig | Kopplade mål" (the KF goals linked as "KF-mål 1: …", one goal with
two, one "Ej angivet"); under a bold "Indikatorer" label each indicator is a small card table:
"Indikator: …" merged across, a repeated column header "Enhet | Senaste utfall (år) | Målvärde
2027 | Målvärde 2028 | Målvärde 2029", the values row ("78 (2025)", units only in the Enhet
column, empty fields "–" or "Ej angivet") and "Polaritet: Högt värde är bra" merged across;
under "Aktiviteter" each activity is a card "Aktivitet: …" over "Ansvarig | Startdatum |
Slutdatum | Status"; a driftbudget of negative net costs (tkr, "–" for a new verksamhet's
past years, a "Summa" row), key figures with an Enhet column, internkontroll with a repeated
header row, and a generated header and footer ("Utskrivet 2026-10-14 av …").

Expected (what a perfect import gives): the front matter from the cover (period 2027–2029);
five Heading 1 chapters (the numbered Heading 2s under the prose chapters are sub-headings);
three KF goals (kf level, from the "Kopplade mål" cells) and six nämndmål (nämnd level); 16
indicators with the nuläge and its year read from "Senaste utfall (år)", the unit from the
Enhet column ("%", "kr", "dagar"; antal and index not checked), targets 2027–2029 ("–" and
"Ej angivet" are no target); eleven activities with ansvarig, slutdatum (none where "Ej
angivet"), status and their goal; eight driftbudget rows (bokslut 2025, budget 2026–2027, plan
2028–2029); five key-figure rows with their unit; five controls with their process. Labels,
header cells, type lines, "Senast ändrad" lines, "–"/"Ej angivet" cells and the totals are
structure; the page header and footer are absent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, budget_rows
from tests.word_shapes_dq_parts import (
    AREAS,
    BUDGET,
    BUDGET_KEYS,
    CONTROL_HEADER,
    CONTROLS,
    KEY_HEADER,
    KEY_ROWS,
    KF,
    NONE,
)
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
)

FOOTER = "Utskrivet 2026-10-14 av Lena Sjöberg"
HEADER = "Rapport: Nämndplan, utskriftsversion"
STATUS = {"Ej påbörjad": "ej_paborjad", "Pågående": "pagar", NONE: ""}
GREY = RGBColor(0x70, 0x70, 0x70)


def _shade(cell: Any, fill: str = "E7E6E6") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _bold_row(table: Any, row: int) -> None:
    for cell in table.rows[row].cells:
        _shade(cell)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _grey(w: Writer, text: str) -> None:
    """A line the system prints in small grey type: structure, not content."""
    run = w.para(text).runs[0]
    run.font.size, run.font.color.rgb = Pt(8), GREY
    w.structure(text)


def _label(w: Writer, text: str) -> None:
    w.para(("b", text), size=10)
    w.structure(text)


def _page_parts(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.text = FOOTER
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    w.expected.absent += [HEADER, FOOTER]


def _cover(w: Writer) -> None:
    w.para("")
    w.cover("Nämndplan 2027–2029", size=26, bold=True)
    w.cover("Socialnämnden", size=16)
    w.cover("Vallbergs kommun", size=12)
    w.para("")
    _label(w, "Dokumentinformation")
    rows = [
        ["Dokumenttyp", "Plan"],
        ["Beslutsinstans", "Socialnämnden"],
        ["Beslutsdatum", NONE],
        ["Diarienummer", "SN 2026/214"],
        ["Ordförande", "Karin Ekholm (S)"],
        ["Socialchef", "Tomas Bergkvist"],
        ["Dokumentansvarig", "Lena Sjöberg"],
        ["Giltighetstid", "2027-01-01 – 2029-12-31"],
    ]
    table = w.table(rows, header_rows=0, widths=[4.5, 9.0], size=10)
    for row in table.rows:
        _shade(row.cells[0])
    w.structure(*(c for r in rows for c in r))
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("1 Inledning", 1)
    w.expected.chapters[-1] = "Inledning"
    w.para(
        "Nämndplanen beskriver hur socialnämnden ska bidra till kommunfullmäktiges mål under "
        "perioden 2027–2029. Planen tas fram i kommunens planeringssystem och följs upp i "
        "delårsrapporten och i verksamhetsberättelsen."
    )
    w.heading("1.1 Nämndens ansvar", 2)
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorgen: stöd och skydd för barn och "
        "unga, ekonomiskt bistånd, vuxna med missbruk eller beroende, familjerätt och "
        "familjebehandling samt det våldsförebyggande arbetet."
    )
    w.heading("1.2 Så läser du planen", 2)
    w.para(
        "Varje nämndmål redovisas med beskrivning, ansvarig, kopplade mål, indikatorer och "
        "aktiviteter. Fält där uppgift saknas visas som ”Ej angivet” eller med ett streck."
    )
    w.chapter("2 Omvärld och förutsättningar", 1)
    w.expected.chapters[-1] = "Omvärld och förutsättningar"
    w.heading("2.1 Befolkning", 2)
    w.para(
        "Vallberg har drygt 31 000 invånare. Antalet barn och unga ökar i de centrala "
        "kommundelarna, medan andelen invånare över 80 år ökar i hela kommunen."
    )
    w.heading("2.2 Ekonomiskt bistånd och arbetsmarknad", 2)
    w.para(
        "Arbetslösheten har stigit under 2025 och 2026. Fler hushåll söker ekonomiskt bistånd "
        "för första gången, och en större del av dem saknar gymnasieutbildning."
    )
    w.heading("2.3 Kompetensförsörjning", 2)
    w.para(
        "Det är fortsatt svårt att rekrytera erfarna socialsekreterare. Inhyrd personal har "
        "minskat, men personalomsättningen inom barn och familj är hög."
    )


def _card(w: Writer, title: str, header: list[str], values: list[str], foot: str = "") -> None:
    """A small system table: a title merged across, the column header, the values row and
    an optional line merged across under them."""
    width = len(header)
    rows = [[title] + [""] * (width - 1), header, values]
    merges = [(0, 0, 0, width - 1)]
    if foot:
        rows.append([foot] + [""] * (width - 1))
        merges.append((3, 0, 3, width - 1))
    table = w.table(rows, header_rows=0, merges=merges, size=9)
    _bold_row(table, 0)
    _bold_row(table, 1)
    w.structure(*header, *(v for v in values if v in ("–", NONE)))


def _goals(w: Writer) -> None:
    w.chapter("3 Mål och indikatorer", 1)
    w.expected.chapters[-1] = "Mål och indikatorer"
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges mål och är ordnade i tre målområden. "
        "Målvärdena gäller för respektive år i planperioden."
    )
    w.expected.goals += [Goal(text, "kf") for text in KF.values()]
    ind_header = ["Enhet", "Senaste utfall (år)", "Målvärde 2027", "Målvärde 2028",
                  "Målvärde 2029"]  # fmt: skip
    act_header = ["Ansvarig", "Startdatum", "Slutdatum", "Status"]
    edited = iter(["2026-09-28", "2026-10-01", "2026-09-30", "2026-10-06", "2026-10-02",
                   "2026-09-29"])  # fmt: skip
    for a, (area, goals) in enumerate(AREAS, 1):
        w.heading(f"3.{a} {area}", 2)
        _grey(w, "Målområde")
        for g, (goal, description, owner, links, cards, acts) in enumerate(goals, 1):
            w.heading(f"3.{a}.{g} {goal}", 3)
            _grey(w, "Nämndmål")
            _grey(w, f"Senast ändrad {next(edited)}")
            w.expected.goals.append(Goal(goal, "namnd"))
            linked = "\n".join(f"KF-mål {n}: {KF[n]}" for n in links) if links else NONE
            block = w.table(
                [["Beskrivning", description], ["Ansvarig", owner], ["Kopplade mål", linked]],
                header_rows=0,
                widths=[3.5, 13.0],
                size=10,
            )
            for row in block.rows:
                _shade(row.cells[0])
                row.cells[0].paragraphs[0].runs[0].bold = True
            w.structure("Beskrivning", "Ansvarig", "Kopplade mål", *([NONE] if not links else []))
            _label(w, "Indikatorer")
            for name, enhet, unit, base, year, cells, targets, polarity in cards:
                outcome = f"{_fig(base)} ({year})" if base is not None else NONE
                _card(w, f"Indikator: {name}", ind_header, [enhet, outcome, *cells],
                      f"Polaritet: {polarity}")  # fmt: skip
                w.structure(enhet)
                given = {y: t for y, t in zip((2027, 2028, 2029), targets, strict=True) if t}
                w.expected.indicators.append(Indicator(goal, name, unit, year, base, given))
            _label(w, "Aktiviteter")
            for name, who, start, end, status in acts:
                _card(w, f"Aktivitet: {name}", act_header, [who, start, end, status])
                day = None if end == NONE else dt.date.fromisoformat(end)
                w.expected.activities.append(
                    Activity(name, who, day, status=STATUS[status], group=goal)
                )
                w.structure(status)


def _fig(value: Any) -> str:
    text = format(value, "f").replace(".", ",")
    whole, _, rest = text.partition(",")
    if len(whole) > 3:
        whole = f"{whole[:-3]} {whole[-3:]}"
    return whole + ("," + rest if rest else "")


def _economy(w: Writer) -> None:
    w.chapter("4 Ekonomi", 1)
    w.expected.chapters[-1] = "Ekonomi"
    w.para(
        "Nämndens ram för 2027 är 171 460 tkr. Kostnaderna för placeringar av barn och unga "
        "väntas fortsätta minska när öppenvården byggs ut, medan arbetsmarknadsteamet är en ny "
        "verksamhet från 2027."
    )
    w.heading("4.1 Driftbudget", 2)
    _grey(w, "Belopp i tkr, nettokostnad")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", BUDGET_KEYS, BUDGET, "Summa")
    body = [[c if c or not n else "–" for n, c in enumerate(row)] for row in body]
    w.structure("–")
    w.table([header, *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.heading("4.2 Nyckeltal", 2)
    w.para("Nyckeltalen hämtas från Kolada och kommunens verksamhetssystem.")
    w.table([KEY_HEADER, *KEY_ROWS], widths=[7.0, 1.8, 2.2, 2.2, 2.2])
    for row in KEY_ROWS:
        values = dict(zip(KEY_HEADER[2:], row[2:], strict=True))
        w.expected.key_figures.append(KeyRow("", row[0], values, unit=row[1]))
        w.structure(row[1])


def _control(w: Writer) -> None:
    w.chapter("5 Intern kontroll", 1)
    w.expected.chapters[-1] = "Intern kontroll"
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Risker med ett riskvärde "
        "på 6 eller mer har fått ett kontrollmoment. Resultatet rapporteras till nämnden i "
        "februari 2028."
    )
    w.heading("5.1 Internkontrollplan 2027", 2)
    w.table([CONTROL_HEADER, *CONTROLS], widths=[3.0, 3.4, 1.6, 4.2, 2.6, 2.2], size=8)
    w.structure(NONE)
    w.expected.controls += [Control(row[3], row[0]) for row in CONTROLS]


def build_dq(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Vallbergs kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Nämndplan 2027–2029",
        ordforande="Karin Ekholm (S)",
        forvaltningschef="Tomas Bergkvist",
        diarienummer="SN 2026/214",
    )
    w = Writer("DQ-socialnämnd-planeringssystemexport", front)
    _page_parts(w)
    _cover(w)
    _prose(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
