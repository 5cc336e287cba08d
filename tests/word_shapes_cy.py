"""Corpus document CY: a kultur- och fritidsnämnd's plan 2027–2028 whose designed cover is one
full-page picture (title, nämnd and years drawn in the image, alt text only "Omslagsbild"), so
the plan's name is printed only in the page header ("Verksamhetsplan 2027–2028 |
Kultur- och fritidsnämnden", not on the first page), in the document properties (core.xml
title and subject, app.xml Company = the kommun) and in a sentence of the introduction; the
ordförande and the kultur- och fritidschef sign the förord, the diarienummer is in the page
footer. The body has ordinary Heading 1/2 chapters; each goal is a Heading 3 "Nämndmål n" with
the goal's sentence in bold under it and a table "Indikator | Senaste mätning | Mätår |
Målvärde 2027 | Målvärde 2028" whose baseline year differs per row (one new indicator without
a measurement, one blank target, a worded target); activities are bullets "… (ansvar: …,
klar: …)"; the driftbudget "Nettokostnad per verksamhet, mnkr" has "Budget 2026 | Prognos 2026
| Budget 2027 | Plan 2028" and a totals row; key figures with a source line under them;
internkontroll as a table.

Expected (what a perfect import gives): the front matter from the document properties, the
header and the förord's signatures (no dnr: it is only in the running footer, which is no
cover, as test_word_first_page_cover holds); seven chapters (a Heading 2 straight under a
Heading 1 with no text of its own is a heading in that chapter, as in BT, M, R, S, Y, Z; the
key figures' heading is their table's); six nämndsmål
(without their "Nämndmål n" heading) with fourteen indicators, each with its own nuläge year,
targets 2027 and 2028 (a blank cell is no target, "Öka" a worded one); ten activities with
ansvarig and slutdatum (a month's last day, none for "löpande"); eight driftbudget rows in mnkr
as printed by (budget, 2026), (prognos, 2026), (budget, 2027), (plan, 2028); five key-figure
rows and their note; five controls with their process. The cover picture's alt text, the
signatures, the table captions, the headers and the totals row are structure."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal as D
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image, ImageDraw

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

KOMMUN = "Älvbacka kommun"
NAMND = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsplan 2027–2028"
RUNNING = f"{TITLE} | {NAMND}"
DNR = "KFN 2026/212"

Row = tuple[str, str, Val | None, str, Val | None, Val | None]
"""An indicator row: name, unit, senaste mätning, mätår, målvärde 2027, målvärde 2028."""

GOALS: list[tuple[str, list[Row]]] = [
    ("Fler barn och unga deltar regelbundet i kultur- och fritidsaktiviteter.",
     [("Andel barn 7–15 år som deltar i kulturskolans verksamhet", "%", D(18), "2025",
       D(20), D(22)),
      ("Antal deltagartillfällen i föreningarnas aktiviteter för 7–20 år", "", D(148_620),
       "2025", D(152_000), D(155_000)),
      ("Andel unga i åk 9 som har en meningsfull fritid", "%", D(74), "2024", D(78), None)]),
    ("Biblioteken är öppna och levande mötesplatser i hela kommunen.",
     [("Antal fysiska besök på biblioteken per invånare", "", D("3.7"), "2025", D("4.0"),
       D("4.2")),
      ("Antal utlån per invånare", "", D("4.9"), "2025", D("5.1"), D("5.3")),
      ("Andel besökare som är nöjda med bibliotekets öppettider", "%", D(81), "2023", D(85),
       D(88))]),
    ("Invånarna har tillgång till ett rikt och varierat kulturutbud.",
     [("Antal offentliga kulturarrangemang med stöd av nämnden", "", D(1164), "2025",
       D(1200), D(1250)),
      ("Andel arrangemang utanför centralorten", "%", D("35.7"), "2025", D(40), D(42))]),
    ("Anläggningarna för idrott och friluftsliv används mer och av fler.",
     [("Beläggning i sporthallarna vardagar kl. 16–21", "%", D(67), "2025", D(72), D(75)),
      ("Antal besök i Älvbadet", "", D(96_410), "2024", D(100_000), D(104_000)),
      ("Andel av bokad tid i hallarna som går till flickor", "%", D(38), "2025", "Öka",
       D(45))]),
    ("Föreningslivet är starkt och fler unga tar ledaruppdrag.",
     [("Antal unga ledare 16–25 år som gått nämndens ledarutbildning", "", None, "",
       D(40), D(60)),
      ("Antal föreningar med aktivitetsstöd", "", D(52), "2025", D(54), D(55))]),
    ("Nämndens medarbetare har en hållbar arbetsmiljö.",
     [("Sjukfrånvaro bland medarbetarna", "%", D("6.8"), "2025", D("5.5"), D(5))]),
]  # fmt: skip

Act = tuple[str, str, str, dt.date | None]
ACTIVITIES: list[Act] = [
    ("Starta kulturskolekurser i dans och digitalt skapande på fritidsgården i Norrvik",
     "kulturskolechef", "augusti 2027", dt.date(2027, 8, 31)),
    ("Erbjuda lovaktiviteter utan avgift under sommar-, höst- och sportlov",
     "fritidschef", "löpande", None),
    ("Införa meröppet på biblioteket i Storbacken", "bibliotekschef", "2027-09-30",
     dt.date(2027, 9, 30)),
    ("Ta fram en plan för läsfrämjande arbete tillsammans med förskolan", "bibliotekschef",
     "mars 2027", dt.date(2027, 3, 31)),
    ("Genomföra en kulturvecka med arrangemang i alla kommundelar", "kultursamordnare",
     "oktober 2027", dt.date(2027, 10, 31)),
    ("Se över fördelningen av tider i sporthallarna så att fler flickor får träningstid",
     "fritidskonsulent", "juni 2027", dt.date(2027, 6, 30)),
    ("Byta reningsverket i Älvbadets stora bassäng", "anläggningschef", "december 2028",
     dt.date(2028, 12, 31)),
    ("Utveckla en ledarutbildning för unga i samarbete med RF-SISU", "fritidskonsulent",
     "februari 2027", dt.date(2027, 2, 28)),
    ("Förenkla ansökan om föreningsbidrag med en e-tjänst", "förvaltningsekonom",
     "november 2027", dt.date(2027, 11, 30)),
    ("Genomföra riskbedömning av arbetsmiljön på Älvbadet", "anläggningschef", "april 2027",
     dt.date(2027, 4, 30)),
]  # fmt: skip

KEYS = [("budget", 2026), ("prognos", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[D]]] = [
    ("Nämnd och förvaltningsledning", [D("4.1"), D("4.3"), D("4.2"), D("4.3")]),
    ("Bibliotek", [D("18.6"), D("18.9"), D("19.4"), D("19.8")]),
    ("Kulturskola", [D("14.2"), D("14.0"), D("14.9"), D("15.3")]),
    ("Allmän kulturverksamhet", [D("6.3"), D("6.5"), D("6.6"), D("6.7")]),
    ("Fritidsgårdar", [D("9.8"), D("10.1"), D("10.2"), D("10.4")]),
    ("Idrotts- och fritidsanläggningar", [D("22.7"), D("24.0"), D("23.5"), D("24.1")]),
    ("Älvbadet", [D("11.4"), D("12.2"), D("11.9"), D("12.2")]),
    ("Föreningsbidrag", [D("7.9"), D("7.9"), D("8.1"), D("8.3")]),
]

KEY_TITLE = "Verksamheten i siffror"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Besök på biblioteken", "101 250", "104 870", "108 330"],
    ["Elever i kulturskolan", "612", "638", "655"],
    ["Bokade timmar i kommunens sporthallar", "21 460", "22 090", "22 815"],
    ["Nettokostnad kultur och fritid per invånare, kr", "3 182", "3 264", "3 351"],
    ["Andel medborgare som är nöjda med fritidsutbudet, %", "58 %", "61 %", "60 %"],
]
KEY_NOTE = (
    "Källa: Kolada och förvaltningens egen statistik. Nöjdhet enligt SCB:s medborgarundersökning."
)

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut till fel mottagare eller på felaktiga uppgifter",
     "Stickprov på fem ansökningar om aktivitetsstöd mot närvarolistor", "Fritidskonsulent",
     "Två gånger per år"),
    ("Kassahantering", "Differenser i dagskassan på Älvbadet",
     "Avstämning av dagskassan mot kassaregistret", "Anläggningschef", "Varje månad"),
    ("Inköp", "Köp utanför avtal",
     "Kontroll av att inköp över 50 000 kr görs hos upphandlade leverantörer",
     "Förvaltningsekonom", "Varje kvartal"),
    ("Lokalbokning", "Tider debiteras inte",
     "Jämförelse mellan bokningssystemet och fakturerade tider", "Fritidschef",
     "Två gånger per år"),
    ("Barn och unga i verksamheten", "Anställda saknar kontroll i belastningsregistret",
     "Kontroll av att utdrag ur belastningsregistret finns för nyanställda",
     "Kultur- och fritidschef", "En gång per år"),
]  # fmt: skip


def _cover_picture() -> bytes:
    """The designed cover: the title, nämnd and years drawn into the image."""
    image = Image.new("RGB", (620, 877), (22, 74, 96))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 620, 877), fill=(240, 170, 60))
    draw.text((48, 120), "Verksamhetsplan", fill="white", font_size=52)
    draw.text((48, 190), "2027–2028", fill="white", font_size=64)
    draw.text((48, 300), "Kultur- och fritidsnämnden", fill="white", font_size=30)
    draw.text((48, 800), "ÄLVBACKA KOMMUN", fill=(22, 74, 96), font_size=26)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _page_parts(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = RUNNING
    footer = section.footer.paragraphs[0]
    footer.add_run(f"Dnr {DNR}\tSida ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    w.expected.absent.append(RUNNING)


def _cover(w: Writer) -> None:
    run = w.doc.add_paragraph().add_run()
    inline = run.add_picture(io.BytesIO(_cover_picture()), width=Cm(16.6))._inline
    inline.docPr.set("descr", "Omslagsbild")
    w.structure("Omslagsbild")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Förord")
    w.paras(
        "Det här är kultur- och fritidsnämndens verksamhetsplan 2027–2028. Den visar vad "
        "nämnden vill uppnå under de två åren, hur vi ska följa upp det och hur pengarna "
        "fördelas mellan verksamheterna.",
        "Kultur och fritid gör kommunen till en plats där människor vill bo. Biblioteken, "
        "kulturskolan, fritidsgårdarna, Älvbadet och föreningslivet möter tusentals invånare "
        "varje vecka. Under planperioden prioriterar nämnden barn och unga och de delar av "
        "kommunen som ligger långt från centralorten.",
    )
    signatures = [
        "Karin Nordlund (S)",
        "Ordförande i kultur- och fritidsnämnden",
        "Per-Erik Sandberg",
        "Kultur- och fritidschef",
    ]
    for text in signatures:
        w.para(text)
    w.structure(*signatures)
    w.chapter("Nämndens uppdrag")
    w.paras(
        "Nämnden ansvarar för folkbibliotek, kulturskola, allmän kulturverksamhet, "
        "fritidsgårdar, idrotts- och friluftsanläggningar, Älvbadet och stöd till "
        "föreningslivet. Nämnden är också kommunens konstnämnd.",
        "Verksamheten bedrivs i egen regi med 96 årsarbetare. Driften av elljusspåren och "
        "skidbacken i Storbacken sköts av föreningar enligt avtal.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.heading("Befolkning", 2)
    w.para(
        "Antalet barn i åldern 7–15 år ökar med omkring 3 procent fram till 2028, främst i "
        "Norrvik där det nya bostadsområdet vid Kvarnängen byggs. Samtidigt blir gruppen "
        "över 75 år större i de mindre orterna."
    )
    w.heading("Ekonomiska förutsättningar", 2)
    w.para(
        "Kostnaderna för energi och för underhåll av de äldre anläggningarna har ökat mer "
        "än ramen räknats upp. Reningsverket i Älvbadet är i slutet av sin livslängd och "
        "behöver bytas under planperioden."
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområden. Varje mål följs upp med "
        "indikatorer i delårsrapporten och årsredovisningen. Senaste mätning anges med det "
        "år mätningen gjordes, eftersom alla indikatorer inte mäts varje år."
    )
    header = ["Indikator", "Senaste mätning", "Mätår", "Målvärde 2027", "Målvärde 2028"]
    for n, (goal, rows) in enumerate(GOALS, 1):
        label = f"Nämndmål {n}"
        w.heading(label, 3)
        w.structure(label)
        w.para(("b", goal))
        w.expected.goals.append(Goal(goal, "namnd"))
        body = [header]
        for name, unit, latest, year, t27, t28 in rows:
            shown = cell_text(latest, unit) if latest is not None else "Ny indikator"
            body.append([name, shown, year or "–", cell_text(t27, unit), cell_text(t28, unit)])
            if latest is None:
                w.structure("Ny indikator", "–")
            targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
            w.expected.indicators.append(
                Indicator(goal, name, unit, int(year) if year else None, latest, targets)
            )
        w.table(body, widths=[7.2, 2.4, 1.6, 2.3, 2.3])
        w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("För att nå målen genomför nämnden följande aktiviteter under 2027–2028:")
    for name, who, when, day in ACTIVITIES:
        w.bullets(f"{name} (ansvar: {who}, klar: {when})")
        w.expected.activities.append(Activity(name, who, day))


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.heading("Driftbudget", 2)
    w.para(
        "Nämndens ram för 2027 är 98,8 mnkr, vilket är 3,8 mnkr mer än budgeten för 2026. "
        "Prognosen för 2026 visar ett underskott på 3,0 mnkr, främst på grund av högre "
        "energikostnader i anläggningarna och Älvbadet."
    )
    caption = "Nettokostnad per verksamhet, mnkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Budget 2026", "Prognos 2026", "Budget 2027", "Plan 2028"]]
    for name, amounts in DRIFT:
        rows.append([name, *(sv(a) for a in amounts)])
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, amounts, strict=True))))
    sums = [sv(sum((a[i] for _, a in DRIFT), D(0))) for i in range(4)]
    rows.append(["Summa nettokostnad", *sums])
    w.totals("Summa nettokostnad", *sums)
    w.table(rows, widths=[6.2, 2.6, 2.6, 2.6, 2.6])
    w.para(
        "Budget 2027 bygger på kommunfullmäktiges beslut i juni 2026. Plan 2028 är preliminär "
        "och kan ändras när fullmäktige beslutar om ramarna för 2028."
    )


def _key_figures(w: Writer) -> None:
    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.6, 2.4, 2.4, 2.4])
    w.para(("i", KEY_NOTE))
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på nämndens riskanalys. Resultatet av kontrollerna "
        "redovisas för nämnden i samband med årsredovisningen."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, when in CONTROLS:
        rows.append([process, risk, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 3.8, 5.0, 2.6, 2.4])


def _properties(w: Writer) -> None:
    core = w.doc.core_properties
    core.title = TITLE
    core.subject = NAMND
    core.author = "Per-Erik Sandberg"
    core.keywords = "verksamhetsplan, kultur, fritid"
    core.comments = ""
    for part in w.doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            xml = re.sub(r"<Company\s*/>|<Company>.*?</Company>", "", part.blob.decode("utf-8"))
            xml = xml.replace("</Properties>", f"<Company>{KOMMUN}</Company></Properties>")
            part._blob = xml.encode("utf-8")


def build_cy(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2028,
        titel=TITLE,
        ordforande="Karin Nordlund (S)",
        forvaltningschef="Per-Erik Sandberg",
        diarienummer="",  # only in the running footer: no cover's (as in the corpus)
    )
    w = Writer("CY-kultur-fritid-omslagsbild", front)
    _properties(w)
    _page_parts(w)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
