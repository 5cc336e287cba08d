"""Corpus document BG: a kultur- och fritidsnämnd's plan 2027–2029 with captions and fields
everywhere: the cover's nämnd, title and diarienummer are DOCPROPERTY fields (the title a core
property, the others custom properties) showing their last result; every table has a caption
above it in Word's caption style as a Swedish Word saves it (style id "Beskrivning", name
"caption"), "Tabell 8. Driftbudget per verksamhet, tkr" with the number a SEQ field, and some
tables a "Källa: …" line under them; the prose refers to the tables by REF fields ("se tabell
8"); goals as Heading 2 "Mål 1: …" each over a captioned table "Indikator | Utfall 2025 |
Riket 2025 | Mål 2027 | Mål 2028 | Mål 2029 | Mål 2030" whose indicators carry their Kolada id
in parentheses, whose "Riket 2025" column is a comparison (not a target), whose targets are
plain ("17 %"), relative to the baseline ("+2 procentenheter", "Minska med 10 % jämfört med
2025") or "Öka", and whose "Mål 2030" is a long-term target beyond the plan period; an activity
table dated "december 2027", "Q2 2028" or by ISO date; a ram build-up whose rows are the
adjustments from "Ram 2026" to "Ram 2027"; a driftbudget to Plan 2029; internkontroll.

Expected (what a perfect import gives): the front matter from the fields' results and the
labelled lines; six chapters; four nämndsmål (without "Mål n:") with ten indicators named
without their Kolada id (the id is the indicator's source), nuläge 2025 from "Utfall 2025",
targets for 2027–2029 and 2030 as printed (relative targets as text, no Riket value as a
target); eight activities with ansvarig, slutdatum and their goal; the ram build-up as a
key-figure table kept as printed; seven driftbudget rows; the key figures of "Verksamheten i
siffror" with their Källa line as the table's note; four controls with their process. The
captions, header cells, "–" cells, totals and cover lines are structure; field instructions
are not in the plan."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal as D
from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run

from tests.word_shapes_docx import Writer, cell_text, sv
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
    Val,
)
from tests.word_shapes_xml import append, complex_field, p, r, simple_field

NAMND = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsplan med budget 2027–2029"
DNR = "KFN 2026/87"
YEARS = (2027, 2028, 2029, 2030)

Ind = tuple[str, str, str, D, str, list[Val | None]]
"""An indicator: name, Kolada id ("" for the nämnd's own), unit, utfall 2025, Riket 2025 as
printed, targets 2027, 2028, 2029 and 2030."""

GOALS: list[tuple[str, str, list[Ind]]] = [
    ("Fler barn och unga tar del av kulturlivet och skapar själva.",
     "Källa: Kolada och kulturskolans elevregister.",
     [("Andel elever i årskurs 1–9 som deltar i kulturskolans verksamhet", "U09801", "%",
       D(14), "16 %", ["+2 procentenheter", D(17), D(18), D(20)]),
      ("Besök på folkbiblioteken per invånare", "N09410", "", D("4.6"), "5,1",
       [D("4.8"), D("5.0"), D("5.2"), D("5.5")]),
      ("Utlån av barn- och ungdomslitteratur per invånare 0–17 år", "N09402", "",
       D("10.2"), "11,8", ["Öka", None, D(11), None])]),
    ("Invånarna har tillgång till ett rikt och jämlikt fritidsutbud i hela kommunen.",
     "Källa: Kolada och fritidsgårdarnas besöksregistrering.",
     [("Andel deltagartillfällen i idrottsföreningar som avser flickor", "N09010", "%",
       D(38), "41 %", [D(39), D(40), D(41), D(45)]),
      ("Deltagartillfällen i idrottsföreningar per invånare 7–20 år", "N09013", "",
       D("28.4"), "30,2", [D(29), D(30), D(31), None]),
      ("Besök på fritidsgårdarna per vecka", "", "", D(612), "–",
       [D(650), D(680), D(700), None])]),
    ("Kultur- och fritidsverksamheten bidrar till att kommunen når sina klimatmål.", "",
     [("Energianvändning i kultur- och fritidsanläggningar, kWh per kvadratmeter", "", "",
       D(186), "–", ["Minska med 10 % jämfört med 2025", None,
                     "Minska med 15 % jämfört med 2025", "Minska med 20 % jämfört med 2025"]),
      ("Andel ekologiska livsmedel i kafé- och serveringsverksamheten", "", "%", D(31), "–",
       [D(35), D(40), D(45), D(50)])]),
    ("Medarbetarna har en god arbetsmiljö och vill stanna kvar.", "",
     [("Hållbart medarbetarengagemang, HME", "N00411", "", D(78), "79",
       [D(79), D(80), D(80), D(82)]),
      ("Sjukfrånvaro bland medarbetarna", "", "%", D("6.4"), "7,1 %",
       ["-0,5 procentenheter", D("5.8"), D("5.5"), D(5)])]),
]  # fmt: skip

ACTIVITIES = [
    ("Avgiftsfri prova-på-verksamhet i kulturskolan för alla F–6-skolor", 1,
     "Kulturskolechef", "december 2027", dt.date(2027, 12, 31)),
    ("Meröppet bibliotek i Norrby och Strandvik", 1, "Bibliotekschef", "Q2 2028",
     dt.date(2028, 6, 30)),
    ("Bokstart tillsammans med barnavårdscentralerna", 1, "Bibliotekschef", "2027-10-31",
     dt.date(2027, 10, 31)),
    ("Översyn av föreningsbidragen med fokus på flickors idrottande", 2, "Fritidschef",
     "juni 2027", dt.date(2027, 6, 30)),
    ("Mobil fritidsgård i kommunens ytterområden", 2, "Fritidsgårdssamordnare", "Q3 2027",
     dt.date(2027, 9, 30)),
    ("Ny kylanläggning med värmeåtervinning i ishallen", 3, "Anläggningschef",
     "december 2028", dt.date(2028, 12, 31)),
    ("Klimatkrav i upphandlingen av kafé och servering i simhallen", 3, "Upphandlare",
     "Q1 2028", dt.date(2028, 3, 31)),
    ("Gemensam introduktion för nya medarbetare i förvaltningen", 4, "HR-partner",
     "2027-03-31", dt.date(2027, 3, 31)),
]  # fmt: skip

KEY_CAPTION = "Verksamheten i siffror 2023–2025"
KEY_NOTE = "Källa: SCB, Kolada och förvaltningens verksamhetsstatistik."
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Invånare 0–19 år", "6 912", "6 874", "6 851"],
    ["Besök på folkbiblioteken", "118 430", "121 905", "124 260"],
    ["Elever i kulturskolan", "642", "668", "701"],
    ["Bokade timmar i idrottshallarna", "31 250", "32 480", "33 010"],
    ["Nettokostnad kultur per invånare, kr", "1 486", "1 533", "1 598"],
    ["Nettokostnad fritid per invånare, kr", "1 912", "1 967", "2 041"],
]

RAM_CAPTION = "Ramförändring 2026–2027"
RAM = [
    ("Ram 2026", 91_430),
    ("Lönekompensation", 1_980),
    ("Prisuppräkning", 760),
    ("Volymförändring", 1_150),
    ("Effektivisering", -700),
]
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", [6_120, 6_480, 6_690, 6_760, 6_830]),
    ("Bibliotek", [21_340, 22_150, 22_980, 23_350, 23_700]),
    ("Kulturskola", [12_870, 13_400, 13_960, 14_200, 14_430]),
    ("Allmänkultur och evenemang", [5_410, 5_600, 5_720, 5_800, 5_880]),
    ("Fritidsgårdar", [9_880, 10_300, 10_890, 11_050, 11_200]),
    ("Idrotts- och fritidsanläggningar", [24_760, 25_900, 26_480, 26_700, 26_950]),
    ("Föreningsbidrag", [7_450, 7_600, 7_900, 8_050, 8_200]),
]

CONTROLS = [
    ("Föreningsbidrag", "Att bidrag betalas ut enbart till föreningar som uppfyller villkoren",
     "12 (3×4)", "Bidragshandläggare", "Stickprov på 15 ansökningar, årligen"),
    ("Kontanthantering", "Att kassan i simhallen och biblioteken stäms av dagligen",
     "9 (3×3)", "Enhetschef", "Stickprov två gånger per år"),
    ("Avtalstrohet", "Att inköp av förbrukningsmaterial görs hos avtalade leverantörer",
     "8 (2×4)", "Controller", "Granskning av 25 fakturor, halvårsvis"),
    ("Systematiskt arbetsmiljöarbete", "Att skyddsronder genomförs i alla anläggningar",
     "6 (2×3)", "Förvaltningschef", "Årligen i oktober"),
]  # fmt: skip


def _caption(w: Writer, number: int, text: str) -> None:
    """A caption above a table: "Tabell n. …" with the number a SEQ field."""
    append(
        w.doc,
        p(f'<w:bookmarkStart w:id="{number}" w:name="_Ref19040{number}"/>', r("Tabell "),
          complex_field("SEQ Tabell \\* ARABIC", str(number)),
          f'<w:bookmarkEnd w:id="{number}"/>', r(f". {text}"), style="Beskrivning"),
    )  # fmt: skip
    w.structure(f"Tabell {number}. {text}")


def _ref(number: int) -> str:
    return complex_field(f"REF _Ref19040{number} \\h \\* Lower", f"tabell {number}")


def _cover(w: Writer) -> None:
    w.cover("Sjöviks kommun", size=14)
    lines = [
        (simple_field("DOCPROPERTY Nämnd \\* MERGEFORMAT", NAMND), 16, NAMND),
        (complex_field("DOCPROPERTY Title \\* MERGEFORMAT", TITLE), 26, TITLE),
        (r("Diarienummer: ") + simple_field("DOCPROPERTY Diarienummer", DNR), 11,
         f"Diarienummer: {DNR}"),
    ]  # fmt: skip
    for xml, size, text in lines:
        paragraph = append(w.doc, p(xml))
        for run in paragraph.iter(qn("w:r")):
            Run(run, w.doc.sections[0]).font.size = Pt(size)
        w.structure(text)
    w.cover("Beslutad av kultur- och fritidsnämnden 2026-11-19, § 74")
    w.cover("Ordförande: Maria Lindqvist (S)")
    w.cover("Förvaltningschef: Jonas Ekström")
    w.expected.absent += ["DOCPROPERTY", "MERGEFORMAT", "SEQ Tabell", "_Ref19040"]
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, "
        "fritidsgårdar, idrotts- och fritidsanläggningar och bidrag till föreningslivet. "
        "Verksamhetsplanen visar hur nämnden bidrar till fullmäktiges mål under 2027–2029 "
        "och hur ramen fördelas mellan verksamheterna."
    )
    w.chapter("Omvärldsanalys")
    append(
        w.doc,
        p(r("Antalet barn och unga har minskat något de senaste tre åren medan besöken på "
            "biblioteken och antalet elever i kulturskolan har ökat, se "), _ref(1),
          r(". Kostnaden per invånare för fritid ligger fortsatt över snittet i länet, "
            "främst på grund av ishallen och de två simhallarna.")),
    )  # fmt: skip
    _caption(w, 1, KEY_CAPTION)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[7, 2.6, 2.6, 2.6])
    w.para(("i", KEY_NOTE), size=9)
    w.expected.key_figures += [
        KeyRow(KEY_CAPTION, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.expected.notes.append(TableNote(KEY_CAPTION, KEY_NOTE))
    w.para(
        "Föreningslivet har inte återhämtat sig helt efter pandemiåren. Flickor i tonåren "
        "slutar idrotta tidigare än pojkar, och i kommunens ytterområden saknas mötesplatser "
        "för unga på kvällstid. Energipriserna och behovet av att byta köldmedium i ishallen "
        "påverkar anläggningarnas ekonomi under hela planperioden."
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    append(
        w.doc,
        p(r("Nämndens fyra mål följs upp med indikatorer, de flesta från Kolada med "
            "nyckeltalets id inom parentes. Kolumnen Riket 2025 visar rikets värde som "
            "jämförelse och är inget mål. Målen för 2030 är långsiktiga och sträcker sig "
            "bortom planperioden. Målen och indikatorerna för mål 1 finns i "), _ref(2),
          r(".")),
    )  # fmt: skip
    header = ["Indikator", "Utfall 2025", "Riket 2025", *(f"Mål {y}" for y in YEARS)]
    for n, (goal, source, inds) in enumerate(GOALS, 1):
        w.heading(f"Mål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        _caption(w, n + 1, f"Indikatorer för mål {n}")
        rows = [header]
        for name, kolada, unit, base, riket, targets in inds:
            shown = f"{name} ({kolada})" if kolada else name
            rows.append(
                [shown, cell_text(base, unit), riket, *(cell_text(t, unit) for t in targets)]
            )
            given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            if riket == "–":
                w.structure(riket)
        w.table(rows, widths=[5.6, 1.6, 1.6, 2.2, 1.6, 2.2, 2.2])
        if source:
            w.para(("i", source), size=9)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    append(
        w.doc,
        p(r("Aktiviteterna under planperioden och vilket mål de bidrar till framgår av "),
          _ref(6), r(". Ansvarig rapporterar läget vid delårsbokslutet och i "
                     "verksamhetsberättelsen.")),
    )  # fmt: skip
    _caption(w, 6, "Aktiviteter 2027–2029")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, f"Mål {goal}", who, when])
        w.structure(f"Mål {goal}", when)
        w.expected.activities.append(Activity(name, who, day, group=GOALS[goal - 1][0]))
    w.table(rows, widths=[8, 1.6, 3.8, 2.6])


def _amount(value: int) -> str:
    return ("+" if value > 0 else "") + sv(value, minus="−")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    append(
        w.doc,
        p(r("Kommunfullmäktige har beslutat om en ram för 2027 på 94 620 tkr. Förändringen "
            "från 2026 visas i "), _ref(7), r(" och fördelningen per verksamhet i "), _ref(8),
          r(". Effektiviseringen tas främst genom ändrade öppettider i simhallarna.")),
    )  # fmt: skip
    _caption(w, 7, f"{RAM_CAPTION}, tkr")
    ram = [*RAM, ("Ram 2027", sum(v for _, v in RAM))]
    rows = [["Post", "Belopp"]]
    for name, value in ram:
        shown = sv(value) if name.startswith("Ram") else _amount(value)
        rows.append([name, shown])
        w.expected.key_figures.append(KeyRow(RAM_CAPTION, name, {"Belopp": shown}))
    w.table(rows, keep_headers=True, widths=[7, 3])

    _caption(w, 8, "Driftbudget per verksamhet, tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    rows = [[*header, "Plan 2029"]]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(a[i] for _, a in DRIFT) for i in range(len(KEYS))]
    assert sums[2] == ram[-1][1], "the driftbudget 2027 is the ram"
    total = ["Summa nettokostnad", *(sv(s) for s in sums)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para(("i", "Källa: Ekonomisystemet, bokslut 2025 och budgetbeslut 2026."), size=9)


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    append(
        w.doc,
        p(r("Nämndens riskanalys ligger till grund för internkontrollplanen i "), _ref(9),
          r(". Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4.")),
    )  # fmt: skip
    _caption(w, 9, "Internkontrollplan 2027")
    rows = [["Process", "Kontrollmoment", "Riskvärde", "Ansvarig", "Metod och frekvens"]]
    for process, moment, risk, who, how in CONTROLS:
        rows.append([process, moment, risk, who, how])
        w.structure(risk)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3, 5, 2, 3, 4])


def _properties(path: Path) -> None:
    """The nämnd and diarienummer as custom document properties (python-docx has no API)."""
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate((("Nämnd", NAMND), ("Diarienummer", DNR)), 2)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
        'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
        f'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>'
    )
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["docProps/custom.xml"] = custom.encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.custom-properties+xml"/></Types>',
    ).encode()
    rels = parts["_rels/.rels"].decode()
    parts["_rels/.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def build_bg(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun="Sjöviks kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Maria Lindqvist (S)",
        forvaltningschef="Jonas Ekström",
        diarienummer=DNR,
    )
    w = Writer("BG-kultur-fritid-bildtexter-och-fält", front)
    caption = w.doc.styles["Caption"]
    caption.element.set(qn("w:styleId"), "Beskrivning")
    caption.element.name_val = "caption"
    caption.font.size = Pt(9)
    w.doc.core_properties.title = TITLE
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    expected = w.save(path)
    _properties(path)
    return expected
