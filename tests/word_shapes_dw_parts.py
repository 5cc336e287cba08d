"""The figures of corpus document DW (tests/word_shapes_dw.py): the goals with their
indicators, the activities, the budget tables, key figures and controls of Bräckedals kommun's
tekniska nämnd, as the plan prints them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

Ind = tuple[str, str, str, int | None, Val | None, str, Val]
"""An indicator row: name, Enhet cell, Nuläge cell as printed, the nuläge's year and value
(None for "–"), the Mål 2027 cell as printed and the target as vplan holds it."""

Goal = tuple[str, str, str, list[Ind]]
"""A goal: its code, its sentence, the paragraph under it and its indicators."""

GATA: list[Goal] = [
    (
        "GP1",
        "Gång- och cykelvägnätet ska vara sammanhängande, trafiksäkert och väl underhållet",
        "Fler ska kunna välja att gå och cykla till skola och arbete. Nämnden bygger ut de saknade "
        "länkarna i stråken mot centrum och prioriterar cykelvägarna i vinterväghållningen.",
        [
            (
                "Nöjd-Region-Index, gång- och cykelvägar (SCB:s medborgarundersökning)",
                "index",
                "54 (2024)",
                2024,
                D(54),
                "≥ 56",
                "≥ 56",
            ),
            ("Nybyggd gång- och cykelväg under året", "km", "2,1", 2025, D("2.1"), "3,0", D("3.0")),
            (
                "Andel av gång- och cykelvägnätet som är snöröjt inom 4 timmar efter snöfall",
                "%",
                "88",
                2025,
                D(88),
                "≥ 95",
                "≥ 95",
            ),
        ],
    ),
    (
        "GP2",
        "Parker och grönområden ska vara trygga och inbjudande mötesplatser för alla åldrar",
        "Parkerna används allt mer, inte minst av barnfamiljer och äldre. Belysning, sittplatser "
        "och skötsel avgör om människor vill vistas där även kvällstid.",
        [
            (
                "Andel medborgare som upplever parkerna som trygga",
                "%",
                "71",
                2025,
                D(71),
                "75",
                D(75),
            ),
            ("Genomförda trygghetsvandringar", "st", "3", 2025, D(3), "6", D(6)),
            ("Andel nyplanterade träd som lever efter tre år", "%", "82", 2025, D(82), "90", D(90)),
        ],
    ),
]

LOKALER: list[Goal] = [
    (
        "LO1",
        "Kommunens lokaler ska vara energieffektiva och nyttjas effektivt",
        "Energipriserna och kapitalkostnaderna gör att varje kvadratmeter som inte behövs kostar "
        "verksamheterna pengar som annars kunde gå till kärnverksamheten.",
        [
            (
                "Energianvändning i egna lokaler (normalårskorrigerad)",
                "kWh/m²",
                "142",
                2025,
                D(142),
                "≤ 135",
                "≤ 135",
            ),
            ("Lokalkostnad per invånare", "kr", "3 412", 2025, D(3412), "≤ 3 500", "≤ 3 500"),
            (
                "Installerad effekt solceller på kommunens tak",
                "kW",
                "640",
                2025,
                D(640),
                "900",
                D(900),
            ),
        ],
    ),
    (
        "LO2",
        "Verksamheterna ska vara nöjda med sina lokaler och med fastighetsenhetens service",
        "Hyresgästerna är skolor, förskolor och äldreboenden. En snabb och förutsägbar "
        "felavhjälpning är det som betyder mest för deras vardag.",
        [
            ("Nöjd kund-index, hyresgästenkäten", "index", "68", 2025, D(68), "72", D(72)),
            (
                "Andel felanmälningar som åtgärdats inom utlovad tid",
                "%",
                "84",
                2025,
                D(84),
                "90",
                D(90),
            ),
        ],
    ),
]

VA: list[Goal] = [
    (
        "VA1",
        "Abonnenterna ska få ett dricksvatten av god kvalitet med säker leverans",
        "Målet är ett av leveransmålen i VA-planen 2024–2030. Det gäller alla som är anslutna "
        "till den allmänna vattentjänstanläggningen.",
        [
            ("Otjänliga prover i distributionsnätet", "st", "0", 2025, D(0), "0", D(0)),
            ("Oplanerade avbrott längre än 12 timmar", "st", "4", 2025, D(4), "≤ 2", "≤ 2"),
            ("Vattenförluster i ledningsnätet", "%", "18,5", 2025, D("18.5"), "≤ 15", "≤ 15"),
        ],
    ),
    (
        "VA2",
        "Ledningsnätet ska förnyas i en takt som bevarar dess värde och minskar tillskottsvattnet",
        "Stora delar av ledningsnätet i Bräcke och Stenåsen lades på 1960- och 1970-talen. "
        "Förnyelsetakten anges som ett rullande medelvärde över fem år.",
        [
            ("Förnyelsetakt vattenledningar", "%", "0,6", 2025, D("0.6"), "0,8", D("0.8")),
            ("Förnyelsetakt spillvattenledningar", "%", "0,5", 2025, D("0.5"), "0,8", D("0.8")),
            (
                "Andel tillskottsvatten till Bräcke reningsverk",
                "%",
                "38",
                2025,
                D(38),
                "≤ 35",
                "≤ 35",
            ),
        ],
    ),
]

AVFALL: list[Goal] = [
    (
        "AV1",
        "Mängden mat- och restavfall ska minska och mer ska återanvändas eller materialåtervinnas",
        "Målet hämtas från den gemensamma avfallsplanen för kommunerna i Sjuhärad, som "
        "kommunfullmäktige antog 2023.",
        [
            (
                "Mat- och restavfall från hushållen",
                "kg/invånare",
                "178",
                2025,
                D(178),
                "165",
                D(165),
            ),
            ("Andel villahushåll med fyrfackskärl", "%", "76", 2025, D(76), "85", D(85)),
            (
                "Insamlat till återbruk på återvinningscentralen",
                "ton",
                "112",
                2025,
                D(112),
                "150",
                D(150),
            ),
        ],
    ),
    (
        "AV2",
        "Abonnenterna ska vara nöjda med avfallshanteringen",
        "Nöjdheten mäts med Avfall Sveriges kundundersökning vartannat år. Missade hämtningar "
        "följs från 2026 i det nya verksamhetssystemet.",
        [
            ("Andel kunder som är nöjda med hämtningen", "%", "81", 2025, D(81), "≥ 85", "≥ 85"),
            ("Missade hämtningar per 10 000 tömningar", "st", "–", None, None, "≤ 3", "≤ 3"),
        ],
    ),
]

Act = tuple[str, str, str, str, dt.date | None]
"""An activity row: name, goal code, Ansvarig, Klart as printed and its end date."""

ACTS_GATA: list[Act] = [
    (
        "Bygga gång- och cykelväg längs Kvarnvägen mellan centrum och Hedeskolan",
        "GP1",
        "Gatuchef",
        "Kv 3 2027",
        dt.date(2027, 9, 30),
    ),
    (
        "Ta fram en ny plan för vinterväghållning med prioriterade cykelstråk",
        "GP1",
        "Driftchef gata/park",
        "2027-10-31",
        dt.date(2027, 10, 31),
    ),
    (
        "Genomföra trygghetsvandringar i Stadsparken, Ekbacken och Norra Bräcke tillsammans med "
        "polisen",
        "GP2",
        "Parkchef",
        "Löpande",
        None,
    ),
    (
        "Plantera 150 träd enligt trädplanen",
        "GP2",
        "Parkchef",
        "November 2027",
        dt.date(2027, 11, 30),
    ),
]

ACTS_LOKALER: list[Act] = [
    (
        "Installera solceller på Hedeskolan och Sjöbo förskola",
        "LO1",
        "Fastighetschef",
        "Juni 2027",
        dt.date(2027, 6, 30),
    ),
    (
        "Ta fram en lokalförsörjningsplan för 2028–2032",
        "LO1",
        "Lokalstrateg",
        "2027-09-15",
        dt.date(2027, 9, 15),
    ),
    (
        "Införa digital felanmälan för hyresgästerna",
        "LO2",
        "Fastighetsförvaltare",
        "Kv 2 2027",
        dt.date(2027, 6, 30),
    ),
]

ACTS_VA: list[Act] = [
    (
        "Förnya vattenledningarna i Stenåsen, etapp 2 (1,8 km)",
        "VA2",
        "VA-chef",
        "December 2027",
        dt.date(2027, 12, 31),
    ),
    (
        "Uppdatera reservvattenplanen och öva den med räddningstjänsten",
        "VA1",
        "VA-chef",
        "Kv 4 2027",
        dt.date(2027, 12, 31),
    ),
    (
        "Kartlägga tillskottsvattnet i Lillåns avrinningsområde",
        "VA2",
        "VA-ingenjör",
        "2027-08-31",
        dt.date(2027, 8, 31),
    ),
]

ACTS_AVFALL: list[Act] = [
    (
        "Införa fyrfackskärl i de återstående villaområdena",
        "AV1",
        "Avfallschef",
        "2027-04-30",
        dt.date(2027, 4, 30),
    ),
    (
        "Öppna en återbruksbod på Bräckemossens återvinningscentral",
        "AV1",
        "Avfallschef",
        "Juni 2027",
        dt.date(2027, 6, 30),
    ),
    (
        "Genomföra Avfall Sveriges kundundersökning",
        "AV2",
        "Kundtjänstansvarig",
        "Oktober 2027",
        dt.date(2027, 10, 31),
    ),
]

DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och administration", [-4820, -5100, -5350]),
    ("Gator och vägar", [-38640, -40200, -42900]),
    ("Parker och grönytor", [-14310, -15050, -15800]),
    ("Lokalförsörjning", [-6120, -5400, -7250]),
    ("Mark och exploatering", [1850, 900, 600]),
]

VA_RR: list[tuple[str, list[int | None]]] = [
    ("Brukningsavgifter", [98450, 101200, 108900]),
    ("Anläggningsavgifter", [3100, 2800, 3000]),
    ("Övriga intäkter", [1870, 1500, 1600]),
    ("Personalkostnader", [-24300, -25900, -27400]),
    ("Köp av tjänster och material", [-41800, -43100, -45300]),
    ("Avskrivningar", [-26900, -28700, -31200]),
    ("Räntekostnader", [-8100, -9400, -10200]),
]

AVFALL_RR: list[tuple[str, list[int | None]]] = [
    ("Avfallstaxa", [46300, 48900, 52400]),
    ("Övriga intäkter", [4200, 3900, 4100]),
    ("Personalkostnader", [-12600, -13300, -14100]),
    ("Entreprenader och behandlingsavgifter", [-33100, -35800, -38200]),
    ("Avskrivningar och räntor", [-3900, -4100, -4600]),
]

INVEST: list[tuple[str, str, list[int | None]]] = [
    ("9101", "Reinvestering gator och broar", [8500, 8500, 9000]),
    ("9114", "Gång- och cykelväg Kvarnvägen", [6200, None, None]),
    ("9230", "Energieffektivisering och solceller", [3000, 3000, 2000]),
    ("9410", "Ledningsförnyelse VA", [22000, 24000, 25000]),
    ("9425", "Högreservoar Stenåsen", [4500, 18000, 12000]),
    ("9510", "Kärl och insamlingsutrustning avfall", [2400, 800, 800]),
]

SIFFROR_HEADER = ["", "2023", "2024", "2025"]
SIFFROR = [
    ["Kommunala gator och vägar, km", "186", "187", "189"],
    ["Gång- och cykelvägar, km", "74", "76", "78"],
    ["Förvaltad lokalyta, m² BRA", "148 200", "151 900", "150 400"],
    ["Levererat dricksvatten, tusen m³", "2 310", "2 275", "2 340"],
    ["Vattenläckor på huvudledning, antal", "41", "37", "44"],
    ["Hushållsavfall per invånare, kg*", "432", "421", "409"],
]
SIFFROR_NOTE = "* Exklusive grovavfall och farligt avfall som lämnas på återvinningscentralen."

TYPHUS_HEADER = ["Typhus", "2026", "2027", "Förändring"]
TYPHUS = [
    ["Typhus A – villa, 150 m³ per år", "8 412", "9 001", "+7,0 %"],
    ["Typhus B – flerbostadshus, 15 lägenheter, 1 500 m³ per år", "51 230", "54 816", "+7,0 %"],
]

CONTROLS = [
    (
        "Upphandling",
        "Inköp görs utanför avtal",
        "Stickprov på 20 fakturor per tertial mot avtalsdatabasen",
        "Tertial",
        "Controller",
        "3×3=9",
    ),
    (
        "Vinterväghållning",
        "Entreprenören plogar inte enligt avtalad prioritering",
        "Kontroll av GPS-loggar efter fem snöfall",
        "Vintersäsong",
        "Driftchef gata/park",
        "2×4=8",
    ),
    (
        "Fastighetsunderhåll",
        "Lagstadgade besiktningar (OVK, hissar) missas",
        "Genomgång av besiktningsregistret mot besiktningsplanen",
        "Halvår",
        "Fastighetschef",
        "2×4=8",
    ),
    (
        "Dricksvattenkontroll",
        "Provtagningen följer inte kontrollprogrammet",
        "Avstämning av tagna prover mot kontrollprogrammet",
        "Kvartal",
        "VA-chef",
        "2×5=10",
    ),
    (
        "VA-taxan",
        "Anläggningsavgift debiteras inte vid nyanslutning",
        "Avstämning av nya servisanslutningar mot fakturerade avgifter",
        "Halvår",
        "VA-ekonom",
        "3×3=9",
    ),
    (
        "Avfallsdebitering",
        "Abonnemang debiteras med fel kärlstorlek",
        "Stickprov på 50 abonnemang mot registret i verksamhetssystemet",
        "En gång per år",
        "Avfallschef",
        "3×2=6",
    ),
]
