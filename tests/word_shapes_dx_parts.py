"""The figures of corpus document DX (``word_shapes_dx``): the nämnd's goals with the
förvaltning's åtaganden and their indicators, the avdelningar's contributions, the budget by
avdelning and by kostnadsslag, the staffing and key-figure tables and the control plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

DEPTS = ["Barn och unga", "Vuxen", "Försörjning", "Funktionsstöd"]
"""The avdelningar as the contribution tables head their columns."""

IndRow = tuple[str, str, str, Val | None, str, Val]
"""An indicator row: name, unit, Utfall 2025 cell, its value, Målvärde 2027 cell, value."""

Contribution = tuple[str, str, dt.date | None]
"""An avdelning's contribution: the activity, its deadline as printed, the date it means."""


class Commitment:
    """One of the förvaltning's åtaganden: its number, sentence, explanation, indicators and
    each avdelning's contributions (by column; an empty list prints "–")."""

    def __init__(
        self,
        nr: str,
        text: str,
        why: str,
        indicators: list[IndRow],
        contributions: dict[str, list[Contribution]],
    ) -> None:
        self.nr, self.text, self.why = nr, text, why
        self.indicators = indicators
        self.contributions = contributions


GOALS: list[tuple[str, str, str, list[Commitment]]] = [
    ("1", "Barn och unga som behöver stöd får det tidigt och i rätt form.",
     "Antalet orosanmälningar har ökat tre år i rad. Nämnden vill att fler barn får hjälp "
     "innan problemen växer, och att placerade barn i större utsträckning kan bo kvar nära "
     "sin skola och sina vänner.", [
        Commitment(
            "1.1", "Vi kortar tiden från anmälan till insats för barn och unga.",
            "Förhandsbedömningarna ska bli klara inom lagens fjorton dagar och utredningarna "
            "ska inte dra ut på tiden.", [
                ("Andel förhandsbedömningar klara inom 14 dagar", "%", "82 %", D(82),
                 "Minst 95 %", "Minst 95 %"),
                ("Genomsnittlig utredningstid barnavårdsutredningar (dagar)", "", "118",
                 D(118), "100", D(100)),
            ], {
                "Barn och unga": [("Inför en gemensam mottagningsgrupp för alla "
                                   "orosanmälningar", "mars 2027", dt.date(2027, 3, 31))],
                "Försörjning": [("Ta fram en rutin för orosanmälan när barnfamiljer söker "
                                 "ekonomiskt bistånd", "juni 2027", dt.date(2027, 6, 30))],
            }),
        Commitment(
            "1.2", "Fler placerade barn bor i familjehem inom kommunen.",
            "Konsulentstödda familjehem och HVB långt bort är dyra och bryter barnens "
            "nätverk.", [
                ("Andel placerade barn i kommunens egna familjehem", "%", "48 %", D(48),
                 "60 %", D(60)),
                ("Antal nyrekryterade familjehem under året", "", "11", D(11), "18", D(18)),
                ("Andel placerade barn med aktuell hälsoundersökning", "%", "Nytt mått", None,
                 "90 %", D(90)),
            ], {
                "Barn och unga": [
                    ("Genomför en rekryteringskampanj för familjehem tillsammans med "
                     "grannkommunerna", "maj 2027", dt.date(2027, 5, 31)),
                    ("Utöka stödet till familjehemmen med handledningsgrupper", "Löpande",
                     None),
                ],
                "Funktionsstöd": [("Rekrytera familjehem för barn med "
                                   "funktionsnedsättning", "december 2027",
                                   dt.date(2027, 12, 31))],
            }),
    ]),
    ("2", "Fler vuxna blir självförsörjande genom arbete eller studier.",
     "Var tredje hushåll med ekonomiskt bistånd har haft det i mer än tio månader. Nämnden "
     "vill bryta långvarigt biståndsberoende.", [
        Commitment(
            "2.1", "Vi ger fler biståndsmottagare en väg till arbete eller studier.",
            "Arbetet sker tillsammans med arbetsmarknadsenheten och Arbetsförmedlingen.", [
                ("Andel hushåll med ekonomiskt bistånd längre än 10 månader", "%", "41,3 %",
                 D("41.3"), "Högst 36 %", "Högst 36 %"),
                ("Antal deltagare som gått vidare till arbete eller studier", "", "214",
                 D(214), "260", D(260)),
            ], {
                "Vuxen": [("Erbjud arbetsträning till klienter i öppenvården", "oktober 2027",
                           dt.date(2027, 10, 31))],
                "Försörjning": [("Inför en stegmodell med individuell plan för långvariga "
                                 "biståndsmottagare", "april 2027", dt.date(2027, 4, 30))],
            }),
        Commitment(
            "2.2", "Vi gör handläggningen av ekonomiskt bistånd snabbare och mer digital.",
            "Snabbare beslut frigör tid för samtal om vägen till egen försörjning.", [
                ("Andel ansökningar om ekonomiskt bistånd som görs digitalt", "%", "57 %",
                 D(57), "75 %", D(75)),
                ("Handläggningstid nyansökan, median (dagar)", "", "9", D(9), "7", D(7)),
            ], {
                "Försörjning": [("Inför automatiserad handläggning av återansökningar",
                                 "Q2 2027", dt.date(2027, 6, 30))],
            }),
    ]),
    ("3", "Personer med missbruk eller psykisk ohälsa får ett samordnat stöd.",
     "Många av förvaltningens klienter har insatser från både kommunen och regionen. Utan "
     "samordning faller de mellan stolarna.", [
        Commitment(
            "3.1", "Vi samordnar insatserna kring den enskilde tillsammans med regionen.",
            "Samordnad individuell plan (SIP) är förvaltningens viktigaste verktyg.", [
                ("Antal upprättade samordnade individuella planer (SIP)", "", "1 164",
                 D(1164), "1 300", D(1300)),
                ("Andel brukare som känner sig delaktiga i planeringen", "%", "71 %", D(71),
                 "78 %", D(78)),
            ], {
                "Barn och unga": [("Samordna insatserna för unga vuxna 18–21 år med "
                                   "vuxenavdelningen", "juni 2027", dt.date(2027, 6, 30))],
                "Vuxen": [("Starta en integrerad mottagning med regionens psykiatri",
                           "december 2027", dt.date(2027, 12, 31))],
                "Funktionsstöd": [("Utbilda alla boendestödjare i SIP", "mars 2027",
                                   dt.date(2027, 3, 31))],
            }),
        Commitment(
            "3.2", "Vi förebygger vräkningar och hemlöshet.",
            "Ingen ska behöva lämna sin bostad för att hyran inte blivit betald.", [
                ("Antal verkställda avhysningar där barn berörs", "", "3", D(3), "0", D(0)),
                ("Antal hushåll i akut hemlöshet", "", "87", D(87), "Högst 70", "Högst 70"),
            ], {
                "Vuxen": [("Utöka Bostad först med tio lägenheter", "december 2027",
                           dt.date(2027, 12, 31))],
                "Försörjning": [("Kontakta hyresgäster med hyresskulder inom en vecka efter "
                                 "avisering från hyresvärden", "februari 2027",
                                 dt.date(2027, 2, 28))],
            }),
    ]),
    ("4", "Socialtjänsten är en attraktiv arbetsplats där medarbetarna stannar och "
     "utvecklas.",
     "Hög personalomsättning bland socialsekreterare försämrar kvaliteten och kontinuiteten "
     "för barn och familjer.", [
        Commitment(
            "4.1", "Vi behåller erfarna medarbetare och ger nya en trygg start.",
            "Åtagandet gäller alla avdelningar.", [
                ("Personalomsättning bland socialsekreterare", "%", "18,4 %", D("18.4"),
                 "Högst 12 %", "Högst 12 %"),
                ("Sjukfrånvaro", "%", "7,9 %", D("7.9"), "6,5 %", D("6.5")),
                ("Hållbart medarbetarengagemang (HME)", "", "76", D(76), "79", D(79)),
            ], {
                "Barn och unga": [("Inför en karriärtrappa med seniora socialsekreterare",
                                   "juni 2027", dt.date(2027, 6, 30))],
                "Försörjning": [("Begränsa antalet ärenden per handläggare till 45", "2027",
                                 dt.date(2027, 12, 31))],
            }),
    ]),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [18420, 19100, 19650]),
    ("Administrativa avdelningen", [64870, 66300, 67900]),
    ("Barn och unga", [398150, 405200, 418600]),
    ("Vuxen", [236480, 241900, 249300]),
    ("Försörjning", [311940, 318500, 322100]),
    ("Funktionsstöd", [288730, 296400, 308200]),
    ("Förvaltningsgemensamt (statsbidrag)", [-12300, -10800, -11500]),
]

COST_KEYS = [("budget", 2026), ("budget", 2027)]
COSTS: list[tuple[str, list[int | None]]] = [
    ("Intäkter", [-198400, -205600]),
    ("Personalkostnader", [702300, 731800]),
    ("Köpt verksamhet", [389700, 402100]),
    ("Ekonomiskt bistånd", [214500, 212900]),
    ("Lokalkostnader", [61200, 63400]),
    ("Övriga kostnader", [167300, 169650]),
]
"""Ends in the same net cost as the driftbudget: 1 336 600 and 1 374 250."""

STAFF_TITLE = "Tabell 3. Årsarbetare per avdelning"
STAFF_COLS = ["Dec 2024", "Dec 2025", "Budget 2027"]
STAFF = [
    ("Nämnd och förvaltningsledning", ["9", "9", "10"]),
    ("Administrativa avdelningen", ["71", "73", "74"]),
    ("Barn och unga", ["298", "306", "318"]),
    ("Vuxen", ["184", "187", "191"]),
    ("Försörjning", ["142", "139", "136"]),
    ("Funktionsstöd", ["423", "431", "446"]),
    ("Totalt", ["1 127", "1 145", "1 175"]),
]

KEY_TITLE = "Bilaga 1 Nyckeltal per avdelning"
KEY_COLS = ["2023", "2024", "2025"]
KEYS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Barn och unga", [
        ("Antal orosanmälningar", ["6 812", "7 140", "7 395"]),
        ("Antal placerade barn 31 december", ["412", "398", "386"]),
    ]),
    ("Vuxen", [
        ("Antal vuxna med öppenvårdsinsats", ["1 024", "1 087", "1 164"]),
        ("Antal vårddygn på HVB för vuxna", ["21 450", "19 870", "18 230"]),
    ]),
    ("Försörjning", [
        ("Antal hushåll med ekonomiskt bistånd, snitt per månad", ["3 942", "4 105",
                                                                   "4 018"]),
        ("Utbetalt ekonomiskt bistånd, mnkr", ["198,4", "211,7", "207,3"]),
    ]),
    ("Funktionsstöd", [
        ("Antal personer med insats enligt LSS", ["1 512", "1 548", "1 593"]),
        ("Kostnad per brukare i bostad med särskild service, tkr", ["1 126", "1 164",
                                                                     "1 209"]),
    ]),
]  # fmt: skip
KEY_NOTE = (
    "Källa: förvaltningens verksamhetssystem och Kolada. Uppgifterna för 2025 är preliminära."
)

CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Myndighetsutövning barn och unga", "Förhandsbedömningar görs inte inom 14 dagar",
     "Stickprov på 20 ärenden per kvartal", "Barn och unga", "Kvartalsvis"),
    ("", "Barn placeras utan aktuell vårdplan",
     "Genomgång av samtliga placeringar i verksamhetssystemet", "Barn och unga",
     "Två gånger per år"),
    ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
     "Kontroll av 30 slumpvis valda utbetalningar mot underlag", "Försörjning", "Månadsvis"),
    ("Upphandling och inköp", "Placeringar köps utanför avtal",
     "Uppföljning av köpta placeringar mot ramavtal", "Administrativa avdelningen",
     "Tertialvis"),
    ("Informationssäkerhet", "Obehöriga läser journaler",
     "Loggkontroll av behörigheter i verksamhetssystemet", "Administrativa avdelningen",
     "Kvartalsvis"),
    ("Lex Sarah", "Rapporterade missförhållanden utreds inte i tid",
     "Genomgång av alla lex Sarah-ärenden", "Vuxen", "Tertialvis"),
]  # fmt: skip
