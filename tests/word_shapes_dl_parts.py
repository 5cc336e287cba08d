"""The figures and rows of corpus document DL (a kommunstyrelse's plan): its goal matrix,
fullmäktige's uppdrag, the driftbudget per avdelning, the investments, the key figures and
the internkontroll plan, and the multilevel list that numbers its headings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

from docx.oxml.ns import qn

from tests.word_shapes_model import Val
from tests.word_shapes_xml import element

Ind = tuple[str, str, Val, int, Val | None, Val | None]
"""An indicator row: name, unit, utgångsläge, its year, målvärde 2027, målvärde 2030."""

GOALS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Lövsjö växer hållbart med fler invånare och fler företag", [
        ("Kommunen ska ha ett av länets bästa företagsklimat.", [
            ("Sammanfattande omdöme om företagsklimatet, betyg 1-6", "", D("3.7"), 2025,
             D("3.9"), D("4.2")),
            ("Nöjd kund-index (NKI) för kommunens myndighetsutövning mot företag", "", D(72),
             2024, D(75), D(78)),
            ("Antal nystartade företag per 1 000 invånare", "", D("4.1"), 2025, None,
             D("5.0")),
        ]),
        ("Befolkningen ska öka med minst 0,5 procent per år.", [
            ("Antal invånare den 31 december", "", D(21164), 2025, D(21380), D(21700)),
            ("Antal färdigställda bostäder per år", "", D(86), 2025, D(120), D(150)),
        ]),
    ]),
    ("Invånarna har högt förtroende för kommunens service", [
        ("Invånare och företag får snabba och korrekta svar när de kontaktar kommunen.", [
            ("Andel som får svar på e-post inom två arbetsdagar", "%", D(81), 2025, D(90),
             D(95)),
            ("Andel som får ett direkt svar på en enkel fråga när de ringer kommunen", "%",
             D(47), 2025, D(55), D(60)),
        ]),
        ("Fler av kommunens tjänster ska kunna utföras digitalt.", [
            ("Antal e-tjänster", "", D(64), 2025, D(80), D(100)),
            ("Andel ärenden som kommer in via e-tjänst", "%", D(38), 2025, None, D(70)),
        ]),
    ]),
    ("Lövsjö kommun är en attraktiv arbetsgivare med god ekonomisk hushållning", [
        ("Kommunens ekonomi ska vara i balans över tid.", [
            ("Resultat i procent av skatteintäkter och generella statsbidrag", "%", D("1.4"),
             2025, D("2.0"), D("2.0")),
            ("Soliditet inklusive hela pensionsåtagandet", "%", D("18.2"), 2025, D(20), D(25)),
        ]),
        ("Medarbetarna är friska, engagerade och vill stanna i kommunen.", [
            ("Sjukfrånvaro bland kommunens medarbetare", "%", D("7.3"), 2025, D("6.5"),
             D("6.0")),
            ("Hållbart medarbetarengagemang (HME), totalindex", "", D(78), 2024, D(80), D(82)),
            ("Personalomsättning", "%", D("11.6"), 2025, D(10), D(9)),
        ]),
    ]),
    ("Lövsjö är en klimatneutral kommun senast 2040", [
        ("Kommunkoncernens utsläpp av växthusgaser ska minska varje år.", [
            ("Utsläpp av koldioxid från kommunens fordon, ton", "", D(412), 2025, D(350),
             D(250)),
            ("Andel fossilfria fordon i kommunens fordonspark", "%", D(58), 2025, D(75),
             D(100)),
            ("Andel ekologiska livsmedel i kommunens måltidsverksamhet", "%", D(31), 2024,
             None, D(40)),
        ]),
    ]),
]  # fmt: skip

UPPDRAG: list[tuple[str, str, str, str, dt.date | None]] = [
    ("2025:14", "Ta fram en ny näringslivsstrategi tillsammans med företagarföreningarna.",
     "Näringslivschef", "2027-06-30", dt.date(2027, 6, 30)),
    ("2025:17", "Utreda samlokalisering av kontaktcenter och medborgarkontoret i biblioteket.",
     "Kanslichef", "December 2027", dt.date(2027, 12, 31)),
    ("2026:02", "Införa en gemensam plattform för e-tjänster i hela kommunen.", "IT-chef",
     "2028-03-31", dt.date(2028, 3, 31)),
    ("2026:05", "Revidera riktlinjerna för god ekonomisk hushållning och resultatutjämnings"
     "reserven.", "Ekonomichef", "Sep 2027", dt.date(2027, 9, 30)),
    ("2026:06", "Genomföra en översyn av kommunens lokalbehov inom alla förvaltningar.",
     "Ekonomichef", "2027-11-30", dt.date(2027, 11, 30)),
    ("2026:09", "Ta fram en kompetensförsörjningsplan med fokus på bristyrken.", "HR-chef",
     "Juni 2027", dt.date(2027, 6, 30)),
    ("2026:11", "Upprätta en klimatfärdplan för kommunkoncernen med etappmål till 2030.",
     "Hållbarhetsstrateg", "2027-12-31", dt.date(2027, 12, 31)),
    ("2026:12", "Ställa om kommunens personbilar till fossilfria drivmedel.",
     "Fordonssamordnare", "Löpande", None),
    ("2026:15", "Anpassa räddningstjänstens handlingsprogram till nya krav enligt LSO.",
     "Räddningschef", "2027-01-31", dt.date(2027, 1, 31)),
]  # fmt: skip

DRIFT_KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Politisk verksamhet", [9_850, 10_120, 10_350, 10_560]),
    ("Kommunledning och kansli", [18_420, 19_050, 19_430, 19_820]),
    ("Ekonomiavdelningen", [14_310, 14_760, 15_050, 15_360]),
    ("HR-avdelningen", [12_980, 13_540, 13_810, 14_090]),
    ("IT-avdelningen", [21_640, 22_930, 23_390, 23_860]),
    ("Kommunikation och service", [11_270, 11_690, 11_920, 12_160]),
    ("Näringsliv och tillväxt", [6_540, 7_210, 7_350, 7_500]),
    ("Räddningstjänsten", [31_800, 32_950, 33_610, 34_280]),
]

INVEST_KEYS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
INVESTMENTS: list[tuple[str, str, list[int]]] = [
    ("91010", "Ny växel- och telefonilösning", [1_500, 0, 0]),
    ("91020", "Utbyte av nätverksutrustning", [2_200, 1_800, 1_800]),
    ("91030", "Datorer och surfplattor, livscykelbyte", [3_400, 3_400, 3_600]),
    ("92010", "Höjdfordon räddningstjänsten", [0, 7_500, 0]),
    ("92020", "Skyddsutrustning räddningstjänsten", [650, 650, 700]),
    ("93010", "Markförvärv verksamhetsområde Norra Lövsjö", [5_000, 2_500, 0]),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Invånare 31/12", "20 912", "21 035", "21 164"],
    ["Skattesats, kr", "22,14", "22,14", "22,39"],
    ["Nettokostnad kommunstyrelsen, tkr", "121 430", "126 870", "131 520"],
    ["Tillsvidareanställda i kommunen", "1 587", "1 602", "1 611"],
    ["Sjukfrånvaro, %", "7,9", "7,6", "7,3"],
    ["Ärenden i kontaktcenter", "24 310", "26 905", "28 142"],
    ["Räddningsinsatser", "341", "329", "356"],
]

IK_HEADER = ["Process/rutin", "Kontrollmoment", "Risk", "Metod", "Ansvarig", "Frekvens"]
CONTROLS = [
    ("Attest", "Att attestlistorna är aktuella och att ingen attesterar egna utlägg",
     "Oegentligheter", "Stickprov 20 verifikationer", "Ekonomichef", "Två gånger per år"),
    ("Upphandling", "Att direktupphandlingar över 100 000 kr dokumenteras",
     "Brott mot LOU", "Genomgång av leverantörsreskontran", "Upphandlare", "Varje tertial"),
    ("Delegation", "Att delegationsbeslut anmäls till kommunstyrelsen",
     "Beslut vinner inte laga kraft", "Avstämning mot diariet", "Kanslichef", "Kvartalsvis"),
    ("Informationssäkerhet", "Att behörigheter tas bort när anställda slutar",
     "Obehörig åtkomst till system", "Kontroll mot personalsystemet", "IT-chef",
     "Två gånger per år"),
    ("Löner", "Att övertid och OB-tillägg betalas ut enligt avtal", "Felaktiga utbetalningar",
     "Stickprov 15 löner", "HR-chef", "Varje tertial"),
    ("Räddningstjänst", "Att tillsyn enligt LSO genomförs enligt tillsynsplanen",
     "Brister i brandskyddet upptäcks inte", "Uppföljning i verksamhetssystemet",
     "Räddningschef", "Årligen"),
]  # fmt: skip


def numbered_headings(doc: Any) -> None:
    """A multilevel list "1", "1.1" linked to Heading 1 and 2: Word shows the numbers."""
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n}" for n in range(1, i + 2))}"/>'
        '<w:lvlJc w:val="left"/><w:pPr>'
        f'<w:ind w:left="{567 + 142 * i}" w:hanging="{567 + 142 * i}"/></w:pPr></w:lvl>'
        for i in range(2)
    )
    numbering.insert(
        0,
        element(
            '<w:abstractNum w:abstractNumId="41"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        ),
    )
    numbering.append(element('<w:num w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))
    for level in range(2):
        ppr = doc.styles[f"Heading {level + 1}"].element.get_or_add_pPr()
        num_pr = element(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="41"/></w:numPr>')
        before = {qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore")}
        ppr.insert(sum(1 for child in ppr if child.tag in before), num_pr)


def unnumbered(paragraph: Any) -> None:
    """Numbering turned off on one heading (an appendix keeps Heading 1 without a number)."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = element('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    before = {qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore")}
    ppr.insert(sum(1 for child in ppr if child.tag in before), num_pr)
