"""Corpus document R: a gymnasienämnd's two-year plan that is mostly prose: the goals are bold
phrases inside sentences ("Nämnden har som mål att **andelen elever med examen inom tre år ska
öka till 90 %** till 2028.") under Heading 2 målområden, Heading 2 sub-headings inside
chapters, Word footnotes on figures (in the text, in a budget cell and in a key-figure cell),
a table of "Uppdrag från kommunfullmäktige" with a Dnr column and "Löpande" for no date, a
driftbudget in mnkr with one decimal, and an appendix "Bilaga 1 Nyckeltal per skola" in a
landscape section: a wide table with a row per school and nine columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from tests.docx_xml import add_footnotes_xml
from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Expected,
    Front,
    Goal,
    KeyRow,
    TableNote,
)
from tests.word_shapes_xml import W, append, element, p, r

FOOTNOTES = [
    "Folkbokförda ungdomar 16–19 år i gymnasieskola oavsett huvudman, 15 oktober 2026.",
    "Beräknat på 612 elever hos andra huvudmän hösten 2026 och Skolverkets riksprislista.",
    "Värdet avser 38 elever och varierar mycket mellan åren.",
]
HEADER = "Västerfors kommun – Gymnasienämnden – Verksamhetsplan 2027–2028"

Sentence = tuple[str, str, str]
"""A paragraph with a goal inside: the text before it, the goal (bold), the text after."""

AREAS: list[tuple[str, str, list[Sentence]]] = [
    (
        "Utbildning och lärande",
        "Fullmäktige vill att alla unga i Västerfors ska ha en gymnasieexamen eller ett jobb "
        "när de fyllt 20 år.",
        [
            ("Nämnden har som mål att ", "andelen elever med examen inom tre år ska öka till "
             "90 %", " till 2028. I dag tar 82,4 procent av eleverna examen inom tre år, men "
             "skillnaderna mellan programmen är stora."),
            ("Vi vill också att ", "fler elever på yrkesprogrammen ska läsa in behörighet till "
             "högskolan", ". Hittills har få valt de extra kurserna, och studie- och "
             "yrkesvägledarna får ett särskilt uppdrag att informera om dem."),
            ("För introduktionsprogrammen gäller att ", "eleverna ska gå vidare till ett "
             "nationellt program eller till arbete inom två år", "."),
        ],
    ),
    (
        "Trygghet och hälsa",
        "Fullmäktige vill att barn och unga ska vara trygga och må bra.",
        [
            ("Nämndens mål är att ", "alla elever ska känna sig trygga i skolan", ". "
             "Elevenkäten 2026 visar att 91 procent gör det, men bara 84 procent av eleverna på "
             "introduktionsprogrammen."),
            ("Under perioden ska ", "den upprepade korta frånvaron bland eleverna minska",
             ", eftersom den ofta föregår studieavbrott."),
        ],
    ),
    (
        "Kompetensförsörjning",
        "Fullmäktige vill att kommunen ska kunna rekrytera och behålla medarbetare.",
        [
            ("För att klara lärarförsörjningen har nämnden som mål att ", "minst 85 % av "
             "lärarna ska vara legitimerade och behöriga i sina ämnen", " senast 2028. "
             "Andelen är i dag 79 procent och lägst i yrkesämnena."),
        ],
    ),
]  # fmt: skip

UPPDRAG = [
    ("Utreda ett gemensamt gymnasieområde med Norrsjö och Bruksvik", "KS 2026/211",
     "Gymnasiechef", "2027-06-30"),
    ("Ta fram en lokalplan för gymnasieskolan till 2035", "KS 2026/118",
     "Förvaltningschef", "2027-03-31"),
    ("Redovisa kostnaderna för köp av gymnasieplatser per program", "KS 2025/340",
     "Controller", "Löpande"),
    ("Införa gemensam lärplattform med grundskolan", "KS 2026/95", "IT-strateg",
     "2027-12-31"),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT = [
    ("Nämnd och förvaltningsledning", ["14.2", "14.8", "15.1", "15.4"]),
    ("Nationella program i egen regi", ["198.6", "204.3", "209.7", "214.0"]),
    ("Introduktionsprogram", ["31.4", "33.0", "34.6", "35.2"]),
    ("Anpassad gymnasieskola", ["22.9", "23.8", "24.5", "25.1"]),
    ("Köp av gymnasieplatser", ["96.3", "101.5", "106.2", "108.9"]),
    ("Kommunal vuxenutbildning", ["38.7", "40.1", "41.3", "42.0"]),
]

SCHOOLS_HEADER = [
    "Skola",
    "Elever 15 okt 2026",
    "Program",
    "Examen inom 3 år, %",
    "Genomsnittlig betygspoäng",
    "Legitimerade lärare, %",
    "Elever per lärare",
    "Kostnad per elev, tkr",
    "Trygghet, %",
]
SCHOOLS = [
    ["Forsgymnasiet", "1 046", "NA, SA, EK, TE, ES", "88,1", "15,2", "86,4", "13,1", "118", "93"],
    ["Hamnskolan", "612", "BA, EE, FT, IN, VO", "78,9", "13,4", "71,2", "9,6", "164", "90"],
    ["Västerfors naturbruksgymnasium", "214", "NB", "68,5", "13,9", "74,0", "8,2", "231", "95"],
    ["Introduktionscentrum", "187", "IM", "–", "–", "68,3", "7,4", "182", "84"],
    ["Anpassade gymnasieskolan Lärkan", "52", "Anpassad gymnasieskola", "–", "–", "81,0",
     "3,1", "512", "96"],
    ["Samtliga skolor", "2 111", "", "82,4", "14,3", "79,0", "10,4", "151", "91"],
]  # fmt: skip


def _ref(number: int) -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )


def _add_footnotes(path: Path) -> None:
    """Give the saved document a footnotes part holding ``FOOTNOTES`` as numbers 1, 2, 3."""
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
        "</w:p></w:footnote>"
        for n, text in enumerate(FOOTNOTES, 1)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"
    )
    add_footnotes_xml(path, xml)


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("Västerfors kommun", size=12)
    w.cover("Gymnasienämnden", size=16, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.cover("Antagen av gymnasienämnden 2026-12-08, § 74. Dnr GYN 2026/87.")
    w.cover("Ordförande: Sofia Nyberg (L)")
    w.cover("Förvaltningschef: Mikael Strand")
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Gymnasienämnden går in i planperioden med fler elever än någonsin och en ekonomi som "
        "inte växer i samma takt. Nämnden prioriterar att fler elever ska ta examen, att "
        "eleverna ska vara trygga och att lärarna ska vara behöriga.",
        "Planen är skriven som en löpande text. Nämndens mål står i fetstil där de beskrivs, "
        "och de följs upp i delårsrapporten och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens ansvar")
    append(
        w.doc,
        p(
            r("Nämnden ansvarar för gymnasieskola, anpassad gymnasieskola och kommunal "
              "vuxenutbildning. Hösten 2026 går 2 480 ungdomar från kommunen i gymnasieskolan"),
            _ref(1),
            r(", varav 2 111 i nämndens egna skolor."),
        ),
    )  # fmt: skip
    w.para("Förvaltningen har omkring 310 medarbetare på fem skolenheter och i vuxenutbildningen.")
    w.chapter("Omvärldsanalys")
    w.heading("Elevutveckling", 2)
    w.para(
        "Årskullarna 16–18 år växer med omkring tre procent per år fram till 2030. Fler elever "
        "söker yrkesprogram, särskilt el och energi och vård och omsorg, medan söktrycket till "
        "samhällsvetenskapsprogrammet minskar."
    )
    w.heading("Arbetsmarknad och lagstiftning", 2)
    w.paras(
        "Arbetsgivarna i regionen saknar undersköterskor, elektriker och fordonstekniker. "
        "Nämnden samarbetar med branscherna i ett regionalt yrkescollege.",
        "Den nya betygsskalan och ämnesbetygen införs för elever som börjar hösten 2028, vilket "
        "kräver fortbildning av lärarna redan under 2027.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål för planperioden")
    w.para(
        "Nämndens mål utgår från fullmäktiges tre målområden. Under varje målområde beskrivs "
        "vad nämnden vill uppnå och varför."
    )
    for area, kf_text, sentences in AREAS:
        w.heading(area, 2)
        w.structure(area)  # the målområde, not a chapter
        w.para(("i", kf_text))
        for before, goal, after in sentences:
            w.para(before, ("b", goal), after)
            # Judgement: the bold phrase is the goal; the sentence stays in the chapter text.
            w.expected.goals.append(Goal(goal, "namnd"))


def _uppdrag(w: Writer) -> None:
    w.chapter("Uppdrag från kommunfullmäktige")
    w.para("Fullmäktige har gett nämnden följande uppdrag i budgeten för 2027.")
    rows = [["Uppdrag", "Dnr", "Ansvarig", "Redovisas"]]
    for name, dnr, who, when in UPPDRAG:
        rows.append([name, dnr, who, when])
        day = dt.date.fromisoformat(when) if when[0].isdigit() else None
        # Judgement (as in J): an uppdrag is an activity; its Dnr belongs to its text.
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[7.6, 2.6, 3.2, 2.6])
    w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 431,4 miljoner kronor. Kostnaden för köp av platser hos "
        "andra huvudmän ökar mest, eftersom fler elever väljer program som kommunen inte "
        "erbjuder."
    )
    title = "Driftbudget per verksamhet, nettokostnad i mnkr"
    w.para(("b", title))
    w.structure(title)
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]]
    for name, amounts in DRIFT:
        figures = [D(a) for a in amounts]
        rows.append([name, *(sv(f) for f in figures)])
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, figures, strict=True))))
    sums = [sum((D(a[i]) for _, a in DRIFT), D(0)) for i in range(len(KEYS))]
    rows.append(["Summa", *(sv(s) for s in sums)])
    w.totals(*rows[-1])
    table = w.table(rows, widths=[6.4, 2.4, 2.4, 2.4, 2.4])
    # Footnote 2 on the budgeted cost of places with other huvudmän.
    table.cell(5, 3).paragraphs[0]._p.append(element(_ref(2)))
    w.para("Beloppen är nettokostnader i miljoner kronor med en decimal.")


def _appendix(w: Writer) -> None:
    landscape = w.doc.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    title = "Bilaga 1 Nyckeltal per skola"
    w.heading(title, 1)
    w.structure(title)
    w.para("Läsåret 2025/26 om inget annat anges. Betygspoäng på skalan 0–20.")
    table = w.table(
        [SCHOOLS_HEADER, *SCHOOLS],
        keep_headers=True,
        widths=[5.4, 2.2, 4.2, 2.3, 2.5, 2.4, 2, 2.2, 2],
        size=8,
    )
    # Footnote 3 on the naturbruksgymnasium's examen figure.
    table.cell(3, 3).paragraphs[0]._p.append(element(_ref(3)))
    w.structure("–")
    for row in SCHOOLS:
        cells = zip(SCHOOLS_HEADER[1:], row[1:], strict=True)
        values = {h: v for h, v in cells if v not in ("", "–")}
        w.expected.key_figures.append(KeyRow(title, row[0], values))
    # Judgement: "Samtliga skolor" is a row of key figures (rates, not sums), no totals row;
    # a footnote on a figure of a key-figure table is that table's note.
    w.expected.notes.append(TableNote(title, FOOTNOTES[2]))


def build_r(path: Path) -> Expected:
    front = Front(
        namnd="Gymnasienämnden",
        kommun="Västerfors kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Sofia Nyberg (L)",
        forvaltningschef="Mikael Strand",
        diarienummer="GYN 2026/87",
    )
    w = Writer("R-gymnasienämnd-prosa", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _uppdrag(w)
    _economy(w)
    _appendix(w)
    expected = w.save(path)
    _add_footnotes(path)
    return expected
