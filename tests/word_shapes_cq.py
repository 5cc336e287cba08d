"""Corpus document CQ: a kommunstyrelse's plan written with run-in headings. Below the chapter
level there are no heading lines at all: chapters are bold 14 pt typed "1. …" lines in Normal
style; each goal is a paragraph opening with a bold run "Mål 2.1 Trygg och säker kommun."
followed in the same paragraph by its description; sub-sections are bold-italic run-ins
("Så här mäter vi:", "Det här gör vi:") with the text going on after them; indicators are
typed "–<TAB>" lines (a dash and a tab, no Word list) "Andel … Utgångsläge 58 % (2025). Mål
2027: 62 %, 2028: 65 %."; activities typed "•<TAB>" lines ending "(ansvar: …, klart vt
2027)"; the driftbudget a table whose header puts the year first ("2026 Budget | 2027 Budget |
2028 Plan | 2029 Plan") and whose row names carry a trailing unit note ("…, tkr netto");
key figures per invånare in "kr/inv"; internkontroll a table with "Kontrollmoment" first and
the process merged down in the second column.

Expected (what a perfect import gives): the front matter from the cover; the chapters without
their numbers; eight goals by their bold titles (without "Mål n.n" and the full stop; the
run-in description is the goal's prose); eighteen indicators with nuläge and its year
(one 2024) and targets 2027 and 2028 (a few 2029, one worded "Minst 95 %"), unit "%" where
written; ten activities with ansvarig and slutdatum (vt → 30 June, ht → 31 December, a month
its last day); nine driftbudget rows named without the unit note (a bracketed qualifier such as
"(förbundsavgift)" is part of the name) by (budget, 2026), (budget,
2027), (plan, 2028), (plan, 2029); six key-figure rows (2023–2025 as printed); six controls
with the process of their merged cell. The run-in labels, the table headers and the totals
row are structure; the page header and footer must not reach the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

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
    Val,
)

Ind = tuple[str, str, int, Val, dict[int, Val]]
"""An indicator: name, unit, baseline year, utgångsläge, targets per year."""

Act = tuple[str, str, str, dt.date]
"""An activity: name, ansvar, "klart …" as typed, slutdatum."""

GOALS: list[tuple[str, str, str, list[Ind], list[Act]]] = [
    ("1.1", "Fler företag väljer att etablera sig och växa i kommunen",
     "Kommunen ska ge snabb och förutsägbar service till företagen och aktivt arbeta för att "
     "mark finns att erbjuda när ett företag vill etablera sig.",
     [("Andel företagare som ger kommunens service betyget bra eller mycket bra", "%", 2025,
       D(64), {2027: D(68), 2028: D(70)}),
      ("Antal nystartade företag per 1 000 invånare", "", 2025, D("3.7"),
       {2027: D("4.0"), 2028: D("4.2")}),
      ("Hektar planlagd och byggklar verksamhetsmark", "", 2025, D(6), {2027: D(12),
       2028: D(15)})],
     [("Ta fram en etableringsguide för företag på svenska och engelska",
       "näringslivschef", "vt 2027", dt.date(2027, 6, 30)),
      ("Detaljplanera verksamhetsområdet Norra Hägnet", "plan- och exploateringschef",
       "ht 2028", dt.date(2028, 12, 31))]),
    ("1.2", "Kommunen är en attraktiv plats att bo och leva på",
     "Fler ska vilja flytta hit och färre flytta härifrån. Bostadsbyggandet och ett levande "
     "centrum är avgörande.",
     [("Befolkningsökning per år, antal invånare", "", 2025, D(86), {2027: D(120),
       2028: D(140)}),
      ("Antal färdigställda bostäder per år", "", 2025, D(41), {2027: D(60), 2028: D(70)})],
     [("Anta ett nytt bostadsförsörjningsprogram", "samhällsbyggnadschef", "vt 2027",
       dt.date(2027, 6, 30))]),
    ("2.1", "Trygg och säker kommun",
     "Invånarna ska känna sig trygga i hela kommunen, på kvällar och nätter lika väl som på "
     "dagen. Arbetet sker tillsammans med polisen och civilsamhället.",
     [("Andel invånare som känner sig trygga när de går ut ensamma på kvällen", "%", 2025,
       D(58), {2027: D(62), 2028: D(65)}),
      ("Antal anmälda skadegörelsebrott per 1 000 invånare", "", 2024, D("12.4"),
       {2027: D("11.0"), 2028: D("10.0")})],
     [("Genomföra trygghetsvandringar i alla tätorter tillsammans med polisen",
       "säkerhetssamordnare", "klart ht 2027", dt.date(2027, 12, 31)),
      ("Byta till LED-belysning på gång- och cykelvägar i centralorten",
       "gatuchef", "oktober 2027", dt.date(2027, 10, 31))]),
    ("2.2", "Kommunens krisberedskap är god",
     "Kommunen ska kunna upprätthålla samhällsviktig verksamhet vid kris och höjd beredskap.",
     [("Andel förvaltningar med uppdaterad kontinuitetsplan", "%", 2025, D(40),
       {2027: D(100), 2028: D(100)}),
      ("Antal genomförda krisövningar med krisledningsnämnden per år", "", 2025, D(1),
       {2027: D(2), 2028: D(2)})],
     [("Inrätta en reservkraftförsörjd trygghetspunkt i varje kommundel",
       "säkerhetssamordnare", "ht 2028", dt.date(2028, 12, 31))]),
    ("3.1", "Kommunen är en attraktiv arbetsgivare",
     "Vi ska kunna rekrytera och behålla medarbetare med rätt kompetens.",
     [("Hållbart medarbetarengagemang (HME), totalindex", "", 2025, D(78),
       {2027: D(80), 2028: D(81)}),
      ("Sjukfrånvaro bland kommunens medarbetare", "%", 2025, D("7.9"),
       {2027: D("7.0"), 2028: D("6.5"), 2029: D("6.0")}),
      ("Andel tillsvidareanställda som slutar på egen begäran", "%", 2025, D("8.2"),
       {2027: D("7.5"), 2028: D("7.0")})],
     [("Införa ett gemensamt introduktionsprogram för nyanställda", "HR-chef", "vt 2027",
       dt.date(2027, 6, 30)),
      ("Utbilda alla chefer i hälsofrämjande ledarskap", "HR-chef", "ht 2027",
       dt.date(2027, 12, 31))]),
    ("3.2", "Kommunens service är tillgänglig och digital",
     "Invånare och företag ska enkelt kunna nå kommunen och få svar, digitalt eller på plats.",
     [("Andel som får svar på en enkel e-postfråga inom två arbetsdagar", "%", 2025, D(81),
       {2027: "Minst 95 %", 2028: "Minst 95 %"}),
      ("Antal e-tjänster som kan användas med e-legitimation", "", 2025, D(34),
       {2027: D(50), 2028: D(60)})],
     [("Öppna ett samlat kontaktcenter i kommunhuset", "kanslichef", "vt 2028",
       dt.date(2028, 6, 30))]),
    ("4.1", "Kommunen har en ekonomi i balans",
     "Resultatet ska över tid vara minst två procent av skatter och generella statsbidrag så "
     "att investeringarna kan finansieras med egna medel.",
     [("Resultat i procent av skatteintäkter och generella statsbidrag", "%", 2025,
       D("1.4"), {2027: D("2.0"), 2028: D("2.0"), 2029: D("2.0")}),
      ("Självfinansieringsgrad av investeringar", "%", 2025, D(62),
       {2027: D(80), 2028: D(100)})],
     []),
    ("4.2", "Kommunens klimatpåverkan minskar",
     "Kommunorganisationen ska gå före i omställningen.",
     [("Andel fossilfria fordon i kommunens fordonsflotta", "%", 2025, D(47),
       {2027: D(65), 2028: D(80)}),
      ("Energianvändning i kommunens lokaler, kWh per kvadratmeter", "", 2025, D(148),
       {2027: D(140), 2028: D(135)})],
     [("Ta fram en laddplan för kommunens fordon och verksamhetslokaler", "fastighetschef",
       "mars 2027", dt.date(2027, 3, 31))]),
]  # fmt: skip

AREAS = {
    "1": "Målområde 1 – Attraktiv kommun att leva och verka i",
    "2": "Målområde 2 – Trygghet",
    "3": "Målområde 3 – Medarbetare och service",
    "4": "Målområde 4 – Hållbar ekonomi och miljö",
}

DRIFT = [
    ("Politisk verksamhet, tkr netto", "Politisk verksamhet", [8420, 8650, 8810, 8970]),
    ("Kommunledningskontoret, tkr netto", "Kommunledningskontoret", [21300, 22140, 22560,
                                                                     22980]),
    ("Ekonomiavdelningen, tkr netto", "Ekonomiavdelningen", [9870, 10150, 10340, 10520]),
    ("HR-avdelningen, tkr netto", "HR-avdelningen", [11240, 11600, 11820, 12030]),
    ("Näringsliv och turism, tkr netto", "Näringsliv och turism", [4610, 5280, 5350, 5410]),
    ("Räddningstjänst (förbundsavgift), tkr", "Räddningstjänst (förbundsavgift)",
     [18900, 19560, 20150, 20750]),
    ("Kollektivtrafik, tkr", "Kollektivtrafik", [13450, 14020, 14440, 14870]),
    ("Samhällsbyggnad, tkr netto", "Samhällsbyggnad", [16780, 17330, 17640, 17990]),
    ("Bredband och IT, tkr netto", "Bredband och IT", [7350, 7590, 7720, 7860]),
]  # fmt: skip
KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]

KEY_TITLE = "Nyckeltal per invånare"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Nettokostnad politisk verksamhet, kr/inv", "487", "502", "519"],
    ["Nettokostnad räddningstjänst, kr/inv", "1 071", "1 118", "1 164"],
    ["Nettokostnad kollektivtrafik, kr/inv", "742", "771", "806"],
    ["Nettokostnad näringslivsfrämjande åtgärder, kr/inv", "248", "263", "271"],
    ["Kostnad för IT och bredband, kr/inv", "402", "419", "431"],
    ["Skattesats, kr per 100 kr", "22,84", "22,84", "23,09"],
]

CONTROLS: list[tuple[str, str, str, str]] = [
    ("Attestlistor är uppdaterade och stämmer med delegationsordningen", "Ekonomi",
     "Ekonomichef", "Två gånger per år"),
    ("Leverantörsfakturor över 50 tkr har rätt attest", "", "Redovisningsansvarig",
     "Stickprov kvartalsvis"),
    ("Direktupphandlingar över 100 tkr är dokumenterade", "Upphandling",
     "Upphandlare", "En gång per år"),
    ("Avtal följs vid inköp av konsulttjänster", "", "Upphandlare", "En gång per år"),
    ("Behörigheter i ekonomi- och lönesystemen tas bort när anställningen upphör",
     "Informationssäkerhet", "IT-chef", "Två gånger per år"),
    ("Allmänna handlingar diarieförs inom en vecka", "Dokumenthantering", "Kanslichef",
     "Stickprov en gång per år"),
]  # fmt: skip

HEADER_TEXT = "Lindbacka kommun · Kommunstyrelsen · Verksamhetsplan 2027–2029"
FOOTER_TEXT = "KS 2026/214 · Sida"


def _chapter(w: Writer, number: str, name: str) -> None:
    w.doc.add_paragraph()
    paragraph = w.doc.add_paragraph()
    run = paragraph.add_run(f"{number}. {name}")
    run.bold, run.font.size = True, Pt(14)
    w.expected.chapters.append(name)


def _runin(w: Writer, label: str, text: str, how: str = "bi") -> Any:
    """A paragraph opening with a bold (or bold-italic) run-in label."""
    w.structure(label.strip())
    return w.para((how, label), text)


def _typed(w: Writer, mark: str, text: str) -> None:
    """A typed list line: the mark, a tab and the text, hung at 0.6 cm."""
    paragraph = w.para(f"{mark}\t{text}")
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = Cm(0.6), Cm(-0.6)
    fmt.tab_stops.add_tab_stop(Cm(0.6))


def _figure(value: Val, unit: str) -> str:
    return value if isinstance(value, str) else sv(value, unit)


def _header_footer(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.add_run(FOOTER_TEXT + " ")
    # a PAGE field, as Word writes it
    for kind, text in (("begin", ""), ("instr", " PAGE "), ("end", "")):
        run = footer.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
    w.expected.absent += [HEADER_TEXT, FOOTER_TEXT]


def _cover(w: Writer) -> None:
    w.cover("Lindbacka kommun", size=16, bold=True)
    w.cover("Kommunstyrelsen", size=14)
    for _ in range(6):
        w.doc.add_paragraph()
    w.cover("Verksamhetsplan 2027–2029", size=24, bold=True)
    w.cover("med budget 2027 och plan för 2028–2029")
    for _ in range(8):
        w.doc.add_paragraph()
    w.cover("Fastställd av kommunstyrelsen 2026-11-25, § 187")
    w.cover("Diarienummer: KS 2026/214")
    w.cover("Kommunstyrelsens ordförande: Annika Sjöberg (S)")
    w.cover("Kommundirektör: Tomas Wennerholm")
    w.page_break()


def _intro(w: Writer) -> None:
    _chapter(w, "1", "Inledning")
    w.paras(
        "Kommunstyrelsen leder och samordnar kommunens arbete och har uppsikt över nämnderna "
        "och de kommunala bolagen. Styrelsen ansvarar också för egna verksamheter: "
        "kommunledningskontoret, näringslivsarbetet, kollektivtrafiken, samhällsbyggnad och "
        "kommunens bredband.",
        "Verksamhetsplanen utgår från kommunfullmäktiges mål och budget 2027 med plan för "
        "2028–2029. Den följs upp i delårsrapporten per augusti och i årsredovisningen.",
    )
    _runin(
        w,
        "Läsanvisning. ",
        "Målen är numrerade efter fullmäktiges fyra målområden. Under "
        "varje mål anges hur det mäts och vad styrelsen gör under planperioden.",
    )
    _chapter(w, "2", "Omvärld och förutsättningar")
    w.paras(
        "Lindbacka har 15 870 invånare (31 december 2025). Befolkningen har ökat fem år i rad, "
        "framför allt genom inflyttning från grannkommunerna, men andelen invånare över 80 år "
        "växer snabbare än gruppen i arbetsför ålder.",
        "Skatteunderlaget väntas växa långsammare 2027 än de senaste åren, samtidigt som "
        "pensionskostnaderna och avgiften till räddningstjänstförbundet ökar. Kommunstyrelsen "
        "måste därför prioritera hårt inom sin ram.",
    )
    _runin(
        w,
        "Risker. ",
        "Elnätets sårbarhet vid stormar, svårigheter att rekrytera "
        "specialister och ett osäkert säkerhetspolitiskt läge påverkar planeringen.",
        "b",
    )


def _goals(w: Writer) -> None:
    _chapter(w, "3", "Mål och aktiviteter")
    w.para(
        "Kommunstyrelsens mål bryter ned kommunfullmäktiges målområden. Målvärdena avser "
        "utfallet för respektive år."
    )
    area = ""
    for number, title, text, inds, acts in GOALS:
        if number[0] != area:
            area = number[0]
            paragraph = w.para(("b", AREAS[area]))
            paragraph.paragraph_format.space_before = Pt(12)
            w.structure(AREAS[area])
        label = f"Mål {number} {title}."
        w.structure(label)
        w.para(("b", label), " " + text)
        w.expected.goals.append(Goal(title))
        _runin(
            w,
            "Så här mäter vi: ",
            "indikatorerna följs upp i delårsrapport och årsredovisning."
            if number == "1.1"
            else "",
        )
        for name, unit, year, base, targets in inds:
            goals = ", ".join(
                (f"Mål {y}: " if i == 0 else f"{y}: ") + _figure(v, unit)
                for i, (y, v) in enumerate(targets.items())
            )
            _typed(w, "–", f"{name}. Utgångsläge {_figure(base, unit)} ({year}). {goals}.")
            w.expected.indicators.append(Indicator(title, name, unit, year, base, targets))
        if acts:
            _runin(w, "Det här gör vi: ", "")
        for name, who, when, day in acts:
            klart = when if when.startswith("klart") else f"klart {when}"
            _typed(w, "•", f"{name} (ansvar: {who}, {klart}).")
            w.expected.activities.append(Activity(name, who, day))


def _economy(w: Writer) -> None:
    _chapter(w, "4", "Ekonomi")
    w.para(
        "Kommunstyrelsens nettoram 2027 är 116 320 tkr, en ökning med 4 400 tkr mot "
        "budget 2026. Ökningen avser främst förbundsavgiften till räddningstjänsten, "
        "kollektivtrafiken och satsningen på näringslivet."
    )
    _runin(w, "Driftbudget per verksamhet. ", "Belopp i tusentals kronor.", "b")
    header = ["Verksamhet", "2026 Budget", "2027 Budget", "2028 Plan", "2029 Plan"]
    rows = [header]
    for printed, name, amounts in DRIFT:
        rows.append([printed, *(sv(a) for a in amounts)])
        w.structure(printed)
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(KEYS, amounts, strict=True)})
        )
    sums = [sv(sum(r[2][i] for r in DRIFT)) for i in range(4)]
    rows.append(["Summa kommunstyrelsen", *sums])
    w.totals("Summa kommunstyrelsen", *sums)
    w.table(rows, widths=[6.6, 2.5, 2.5, 2.5, 2.5])
    w.para(
        "Räddningstjänsten och kollektivtrafiken är avgifter till förbund och region och "
        "kan inte påverkas av styrelsen under året."
    )
    _runin(w, f"{KEY_TITLE}. ", "Utfall enligt Kolada, löpande priser.", "b")
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[9, 2.5, 2.5, 2.5])
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))


def _control(w: Writer) -> None:
    _chapter(w, "5", "Intern kontroll")
    w.para(
        "Internkontrollplanen för 2027 bygger på förvaltningens riskanalys. Resultatet "
        "rapporteras till kommunstyrelsen i februari 2028."
    )
    rows = [["Kontrollmoment", "Process", "Ansvarig", "Frekvens"]]
    merges = []
    process = ""
    for n, (moment, proc, who, when) in enumerate(CONTROLS, 1):
        rows.append([moment, proc, who, when])
        if proc:
            process = proc
        else:
            merges.append((n - 1, 1, n, 1))
        w.expected.controls.append(Control(moment, process))
    w.table(rows, merges=merges, widths=[7.5, 3.3, 3.3, 2.5])


def build_cq(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Lindbacka kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Annika Sjöberg (S)",
        forvaltningschef="Tomas Wennerholm",
        diarienummer="KS 2026/214",
    )
    w = Writer("CQ-kommunstyrelse-inlöpande-rubriker", front)
    _header_footer(w)
    _cover(w)
    _intro(w)
    _goals(w)
    _economy(w)
    _control(w)
    return w.save(path)
