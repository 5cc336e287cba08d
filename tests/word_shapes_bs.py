"""Corpus document BS: a räddningsnämnd's plan written in an old municipal template carried
forward year after year, with the markup older Word versions and template systems leave
behind: place names, dates and figures wrapped in smart tags (``w:smartTag``, nested "place"/
"City", "date" with its year, month and day, "metricconverter" around figures in table cells
and amounts); goal paragraphs, table rows, table cells and runs wrapped in custom XML elements
(``w:customXml w:element="Malrad"``, "Indikatorrad", "Belopp"); the cover in content controls
bound to a custom XML part of the package (``w:dataBinding``), two still showing Word's
placeholder text; the first målområde's goals in a repeating-section content control
(``w15:repeatingSection``) with one item per goal holding its "Nämndmål 1.1:" paragraph and
indicator table; the diarienummer from a DOCPROPERTY field and an unmerged MERGEFIELD whose
result «Handlaggare» is still on the cover.

Expected (what a perfect import gives): the front matter (the räddningschef is the
förvaltningschef); eight chapters; six nämnd goals without their labels and ten indicators
with nuläge 2025 and targets 2027–2029; eight activities with ansvarig and slutdatum ("december
2027" and "oktober 2027" the month's last day, "Q2 2027" the quarter's); seven driftbudget rows;
five key-figure rows; four internkontroll controls with their process. The placeholders, the
field instructions, the unmerged merge field and the page header are not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, budget_rows, cell_text, set_cell_paragraph
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
from tests.word_shapes_xml import append, complex_field, element, p, r

URI = "urn:schemas-microsoft-com:office:smarttags"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MALL = "http://www.vretstorp.se/mallar/verksamhetsplan"
STORE = "{5A1E9C3B-7D42-4F0E-9B61-2C8D0E4A7F15}"
PLACEHOLDER = "Klicka eller tryck här för att ange text."
HEADER = "Räddningsnämnden – Verksamhetsplan 2027–2029"
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, Val, tuple[Val, Val, Val]]
"""An indicator: name, unit, nuläge 2025 and its targets 2027, 2028 and 2029."""

AREAS: list[tuple[str, str, list[tuple[str, list[Ind]]]]] = [
    ("Trygg och säker kommun",
     "Kommunfullmäktiges mål: alla som bor i och besöker Vretstorp ska kunna känna sig trygga.",
     [("Färre människor skadas eller omkommer i bränder i bostäder.",
       [("Antal bostadsbränder per 1 000 invånare", "", D("0.62"), (D("0.6"), D("0.55"), D("0.5"))),
        ("Andel besökta hushåll med fungerande brandvarnare", "%", D(91), (D(93), D(94), D(95)))]),
      ("Räddningstjänsten når den som behöver hjälp snabbt.",
       [("Insatstid vid larm med prioritet 1, median i minuter", "", D("12.4"),
         (D(12), D(12), D(11))),
        ("Andel larm där första enhet är på plats inom 20 minuter", "%", D(84),
         (D(86), D(88), D(90)))]),
      ("Invånarna kan själva förebygga och hantera olyckor.",
       [("Antal invånare som gått utbildning i brandskydd eller första hjälpen", "", D(1840),
         (D(2000), D(2200), D(2400))),
        ("Andel elever i årskurs 5 som fått brandskyddsinformation", "%", D(96),
         (D(100), D(100), D(100)))])]),
    ("Attraktiv arbetsgivare",
     "Kommunfullmäktiges mål: kommunen behåller och lockar medarbetare med rätt kompetens.",
     [("Deltidsbrandmännen vill stanna kvar i sitt uppdrag.",
       [("Andel tillsatta tjänster i räddningstjänst i beredskap", "%", D(87),
         (D(92), D(95), D(95))),
        ("Personalomsättning bland deltidsbrandmän", "%", D(14), (D(12), D(10), D(10)))]),
      ("Fler kvinnor söker sig till räddningstjänsten.",
       [("Andel kvinnor bland den operativa personalen", "%", D(9), (D(11), D(13), D(15)))])]),
    ("Hållbar ekonomi",
     "Kommunfullmäktiges mål: verksamheten bedrivs med god ekonomisk hushållning.",
     [("Nämnden bedriver sin verksamhet inom tilldelad ram.",
       [("Budgetavvikelse, andel av nettokostnaden", "%", D("-1.1"),
         ("Minst 0 %", "Minst 0 %", "Minst 0 %"))])]),
]  # fmt: skip

ACTS = [
    ("Hembesök med brandskyddskontroll i Hällby och Ösjö", "Brandförebyggande chef",
     "2027-09-30", dt.date(2027, 9, 30)),
    ("Gemensam ledningscentral med Norrbro räddningstjänst", "Räddningschef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Rekryteringskampanj för deltidsbrandmän i Ösjö", "Stationschef Ösjö", "Q2 2027",
     dt.date(2027, 6, 30)),
    ("Brandskyddsinformation för alla elever i årskurs 5", "Brandinformatör", "2027-06-15",
     dt.date(2027, 6, 15)),
    ("Översyn av ersättningen till deltidsbrandmän", "HR-specialist", "2027-03-31",
     dt.date(2027, 3, 31)),
    ("Omklädningsrum för alla på brandstationen i Vretstorp", "Fastighetsstrateg",
     "2028-06-30", dt.date(2028, 6, 30)),
    ("Digital insatsrapport i alla utryckningsfordon", "Verksamhetsutvecklare", "2027-11-30",
     dt.date(2027, 11, 30)),
    ("Nytt handlingsprogram enligt lagen om skydd mot olyckor", "Räddningschef",
     "oktober 2027", dt.date(2027, 10, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och ledning", [-3_120, -3_240, -3_360, -3_450, -3_540]),
    ("Räddningsinsatser, heltid", [-28_460, -29_380, -30_720, -31_650, -32_580]),
    ("Räddningstjänst i beredskap", [-11_870, -12_410, -13_150, -13_540, -13_940]),
    ("Förebyggande och tillsyn", [-5_230, -5_390, -5_610, -5_780, -5_950]),
    ("Ledningscentral", [-4_050, -4_180, -4_900, -5_050, -5_200]),
    ("Fordon och materiel", [-7_640, -7_920, -8_310, -8_560, -8_820]),
    ("Avgifter och externa uppdrag", [3_870, 3_950, 4_100, 4_220, 4_350]),
]
TAGGED_AMOUNTS = {(1, 3), (5, 3), (7, 5)}
"""(row, column) of the budget cells Word once wrapped in a smart tag."""

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal räddningsinsatser", "612", "648", "671"],
    ["Varav brand i byggnad", "74", "81", "69"],
    ["Antal genomförda tillsyner", "118", "131", "142"],
    ["Genomsnittlig körsträcka till insats", "9,4 km", "9,8 km", "9,6 km"],
    ["Nettokostnad räddningstjänst, kr per invånare", "1 164", "1 198", "1 243"],
]

CONTROLS = [
    ("Tillsyn", "Tillsyn görs inte enligt tillsynsplanen",
     "Avstämning av genomförda tillsyner mot planen", "Brandförebyggande chef", "Kvartalsvis"),
    ("Beredskap", "Minimistyrkan kan inte hållas vid semester",
     "Granskning av bemanningslistor för sommarperioden", "Stationschef", "Maj"),
    ("Fakturering", "Avgifter för automatiska larm faktureras inte",
     "Stickprov på tio larm mot utställda fakturor", "Ekonom", "Två gånger per år"),
    ("Fordon", "Besiktning och service missas",
     "Kontroll av fordonsregistret mot besiktningsintyg", "Fordonsansvarig", "Halvår"),
]  # fmt: skip


# --- raw markup --------------------------------------------------------------------------------


def tag(kind: str, inner: str, **props: str) -> str:
    """``inner`` (runs) wrapped in a smart tag of ``kind`` with its properties."""
    pr = "".join(f'<w:attr w:name="{escape(k)}" w:val="{escape(v)}"/>' for k, v in props.items())
    pr = f"<w:smartTagPr>{pr}</w:smartTagPr>" if pr else ""
    return f'<w:smartTag w:uri="{URI}" w:element="{kind}">{pr}{inner}</w:smartTag>'


def place(name: str) -> str:
    """A place name as Word 2003 tagged it: a "place" around a "City"."""
    return tag("place", tag("City", r(name)))


def date_tag(text: str, day: dt.date) -> str:
    return tag("date", r(text), Year=str(day.year), Month=str(day.month), Day=str(day.day))


def measure(text: str) -> str:
    return tag("metricconverter", r(text), ProductID=text)


def custom(name: str, inner: str) -> str:
    return f'<w:customXml w:uri="{MALL}" w:element="{name}">{inner}</w:customXml>'


def wrap(node: Any, name: str) -> None:
    """Put ``node`` (a table row or cell) inside a custom XML element where it stands."""
    outer = element(f'<w:customXml w:uri="{MALL}" w:element="{name}"/>')
    node.addprevious(outer)
    outer.append(node)


def cell(table: Any, row: int, col: int, *runs: str, size: int = 9) -> None:
    """Replace a table cell's paragraph by one of ``runs`` (raw WordprocessingML)."""
    sized = [x.replace("<w:r>", f'<w:r><w:rPr><w:sz w:val="{size * 2}"/></w:rPr>') for x in runs]
    set_cell_paragraph(table.cell(row, col), element(p(*sized)))


def _bound(alias: str, xpath: str, value: str, size: int, *, store: str = STORE) -> str:
    prefixes = f"xmlns:ns0='{MALL}'"
    if store != STORE:
        prefixes = (
            "xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas."
            "openxmlformats.org/package/2006/metadata/core-properties'"
        )
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:dataBinding w:prefixMappings="{prefixes}" w:xpath="{xpath}" '
        f'w:storeItemID="{store}"/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{r(value, size=size)}</w:sdtContent></w:sdt>"
    )


def _placeholder(alias: str) -> str:
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{r(PLACEHOLDER)}</w:sdtContent></w:sdt>"
    )


def _custom_part(w: Writer, front: Front) -> None:
    """The template's data store: the custom XML part the cover's controls are bound to."""
    fields = {
        "kommun": front.kommun,
        "namnd": front.namnd,
        "ordforande": front.ordforande,
        "chef": front.forvaltningschef,
        "beslutsdatum": "",
    }
    body = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields.items())
    data = f'<?xml version="1.0" encoding="UTF-8"?><plan xmlns="{MALL}">{body}</plan>'
    props = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        f'<ds:datastoreItem ds:itemID="{STORE}" xmlns:ds="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="{MALL}"/>'
        "</ds:schemaRefs></ds:datastoreItem>"
    )
    package = w.doc.part.package
    # python-docx's own template already holds a custom XML part: this is the next one.
    name = package.next_partname("/customXml/item%d.xml")
    item = Part(name, "application/xml", data.encode(), package)
    item_props = Part(
        PackURI(name.replace("item", "itemProps")),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        props.encode(),
        package,
    )
    item.relate_to(item_props, RT.CUSTOM_XML_PROPS)
    w.doc.part.relate_to(item, RT.CUSTOM_XML)


# --- the document ------------------------------------------------------------------------------


def _cover(w: Writer, front: Front) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    core = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
    append(w.doc, p(_bound("Kommun", "/ns0:plan[1]/ns0:kommun[1]", front.kommun, 14)))
    append(w.doc, p(_bound("Nämnd", "/ns0:plan[1]/ns0:namnd[1]", front.namnd, 20)))
    append(
        w.doc,
        p(_bound("Titel", "/ns1:coreProperties[1]/ns0:title[1]", front.titel, 28, store=core)),
    )
    append(w.doc, p(r("")))
    plan = "/ns0:plan[1]/ns0:"
    lines = [
        ("Ordförande: ", _bound("Ordförande", f"{plan}ordforande[1]", front.ordforande, 0)),
        ("Räddningschef: ", _bound("Chef", f"{plan}chef[1]", front.forvaltningschef, 0)),
        (
            "Diarienummer: ",
            complex_field("DOCPROPERTY Diarienummer \\* MERGEFORMAT", front.diarienummer),
        ),
        ("Beslutsdatum: ", _placeholder("Beslutsdatum")),
        ("Paragraf: ", _placeholder("Paragraf")),
        ("Handläggare: ", complex_field(" MERGEFIELD Handlaggare ", "«Handlaggare»")),
    ]
    for label, value in lines:
        append(w.doc, p(r(label, bold=True), value))
    w.structure(
        front.kommun,
        front.namnd,
        front.titel,
        f"Ordförande: {front.ordforande}",
        f"Räddningschef: {front.forvaltningschef}",
        f"Diarienummer: {front.diarienummer}",
        f"Beslutsdatum: {PLACEHOLDER}",
        f"Paragraf: {PLACEHOLDER}",
        "Handläggare: «Handlaggare»",
    )
    w.expected.absent += [PLACEHOLDER, "DOCPROPERTY", "MERGEFORMAT", "MERGEFIELD", "Handlaggare"]
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    append(
        w.doc,
        p(
            r("Räddningsnämnden ansvarar för räddningstjänsten i "),
            place("Vretstorp"),
            r(" med brandstationer i "),
            place("Vretstorp"),
            r(", "),
            place("Hällby"),
            r(" och "),
            place("Ösjö"),
            r(". Planen gäller 2027–2029 och bygger på kommunfullmäktiges budgetbeslut den "),
            date_tag("4 november 2026", dt.date(2026, 11, 4)),
            r("."),
        ),
    )
    w.para(
        "Planen har samma uppbyggnad som tidigare år: mål med indikatorer per målområde, "
        "aktiviteter för året, driftbudget, nyckeltal och internkontrollplan."
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden fullgör kommunens uppgifter enligt lagen om skydd mot olyckor och lagen om "
        "brandfarliga och explosiva varor. Det omfattar räddningsinsatser, tillsyn, "
        "tillståndsgivning, sotning och information till invånarna."
    )
    w.chapter("Omvärldsanalys")
    append(
        w.doc,
        p(
            r("Antalet larm har ökat med drygt nio procent sedan 2023, mest trafikolyckor på "
              "väg 56 förbi "),
            place("Hällby"),
            r(". Samtidigt blir det svårare att rekrytera deltidsbrandmän när färre arbetar "
              "på orten där de bor."),
        ),
    )  # fmt: skip
    w.bullets(
        "Skogsbränderna sommaren 2025 visade att samverkan med grannkommunerna behöver övas.",
        "Den nationella ledningsmodellen kräver att ledningscentralen bemannas dygnet runt.",
        "Fler solcellsanläggningar och elbilar ger nya risker vid insatser.",
    )


def _goal_table(w: Writer, goal: str, inds: list[Ind], *, wrapped_rows: bool) -> Any:
    """An indicator table as raw XML (it must go inside a content control)."""
    header = ["Indikator", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]
    table = w.table(
        [header, *([n, "", "", "", ""] for n, *_ in inds)], widths=[7, 2.4, 2.2, 2.2, 2.2]
    )
    for row, (name, unit, nulage, targets) in enumerate(inds, 1):
        # Word's old recognisers tagged a figure with its unit as a measure.
        shown = cell_text(nulage, unit)
        cell(table, row, 1, measure(shown) if unit == "%" else r(shown))
        for col, target in enumerate(targets, 2):
            cell(table, row, col, r(cell_text(target, unit)))
        w.expected.indicators.append(
            Indicator(goal, name, unit, 2025, nulage, dict(zip(YEARS, targets, strict=True)))
        )
    # Wrapped last: python-docx no longer sees a row or cell inside a custom XML element.
    if wrapped_rows:
        for tr in table._tbl.tr_lst[1:]:
            wrap(tr, "Indikatorrad")
    else:
        wrap(table.cell(1, 0)._tc, "Indikatornamn")
    return table._tbl


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål bidrar till kommunfullmäktiges mål inom tre målområden. Varje mål följs "
        "upp med indikatorer som redovisas i delårsrapporten och verksamhetsberättelsen."
    )
    for a, (area, kf, goals) in enumerate(AREAS, 1):
        w.heading(f"Målområde {a}: {area}", 2)
        w.structure(f"Målområde {a}: {area}")
        w.para(("i", kf))
        items = []
        for g, (goal, inds) in enumerate(goals, 1):
            w.expected.goals.append(Goal(goal, "namnd"))
            label = f"Nämndmål {a}.{g}: "
            runs = r(label, bold=True) + custom("Maltext", r(goal, bold=True))
            table = _goal_table(w, goal, inds, wrapped_rows=a == 2)
            table.getparent().remove(table)
            if a == 1:
                items.append(
                    f'<w:sdt><w:sdtPr><w15:repeatingSectionItem xmlns:w15="{W15}"/>'
                    f"</w:sdtPr><w:sdtContent>{p(runs)}</w:sdtContent></w:sdt>"
                )
                items.append(table)
            else:
                append(w.doc, custom("Malrad", p(runs)))
                body = w.doc.element.body
                body.insert(len(body) - 1, table)
                append(w.doc, p())
        if a == 1:
            # Each goal is one item of the template's repeating section: its paragraph and
            # its indicator table.
            section = element(
                f'<w:sdt><w:sdtPr><w:alias w:val="Nämndmål"/><w:tag w:val="Malsektion"/>'
                f'<w15:repeatingSection xmlns:w15="{W15}"/></w:sdtPr><w:sdtContent/></w:sdt>'
            )
            content = section.find(qn("w:sdtContent"))
            for n in range(0, len(items), 2):
                item = element(items[n])
                item.find(qn("w:sdtContent")).append(items[n + 1])
                item.find(qn("w:sdtContent")).append(element(p()))
                content.append(item)
            body = w.doc.element.body
            body.insert(len(body) - 1, section)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Aktiviteterna genomförs inom ram och redovisas i verksamhetsberättelsen.")
    rows = [["Aktivitet", "Ansvarig", "Klart"]]
    rows += [[name, who, ""] for name, who, _, _ in ACTS]
    table = w.table(rows, widths=[9, 4.6, 3])
    for row, (name, who, when, day) in enumerate(ACTS, 1):
        iso = when[:4].isdigit()
        cell(table, row, 2, date_tag(when, day) if iso else r(when))
        if not iso:
            w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    for tr in table._tbl.tr_lst[3::3]:
        wrap(tr, "Aktivitetsrad")


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    append(
        w.doc,
        p(
            r("Nämndens ram för 2027 är "),
            measure("71 950 tkr"),
            r(", en ökning med 3,4 miljoner kronor jämfört med 2026. Ökningen går främst till "
              "ledningscentralen och till löner i räddningstjänst i beredskap."),
        ),
    )  # fmt: skip
    title = "Driftbudget per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Nämnden totalt")
    table = w.table([header, *body], widths=[5.2, 2.3, 2.3, 2.3, 2.3, 2.3])
    for row, col in sorted(TAGGED_AMOUNTS):
        cell(table, row, col, measure(body[row - 1][col]))
    wrap(table.cell(3, 3)._tc, "Belopp")
    w.para("Negativa belopp är kostnader, positiva är intäkter.")


def _key_figures(w: Writer) -> None:
    title = "Räddningstjänsten i siffror"
    w.chapter(title)
    w.para("Nyckeltalen hämtas ur insatsrapporterna och Kolada och avser helår.")
    table = w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8, 2.6, 2.6, 2.6])
    for row, values in enumerate(KEY_ROWS, 1):
        if values[1].endswith("km"):
            for col in (1, 2, 3):
                cell(table, row, col, measure(values[col]))
    w.expected.key_figures += [
        KeyRow(title, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True))) for row in KEY_ROWS
    ]


def _controls(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027")
    w.para("Planen bygger på nämndens riskanalys från september 2026.")
    header = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]
    table = w.table([header, *(list(c) for c in CONTROLS)], widths=[2.6, 4.4, 5, 3, 2.4], size=8)
    wrap(table.rows[2]._tr, "Kontrollrad")
    w.expected.controls += [Control(c[2], c[0]) for c in CONTROLS]


def build_bs(path: Path) -> Expected:
    front = Front(
        namnd="Räddningsnämnden",
        kommun="Vretstorps kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Anders Lövgren (C)",
        forvaltningschef="Maria Svedin",
        diarienummer="RN 2026/143",
    )
    w = Writer("BS-räddningsnämnd-gammal-mall", front)
    w.doc.core_properties.title = front.titel
    _custom_part(w, front)
    _cover(w, front)
    _chapters(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _key_figures(w)
    _controls(w)
    return w.save(path)
