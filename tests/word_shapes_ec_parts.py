"""The data of corpus document EC (``word_shapes_ec``): the bygg- och miljönämnd's goals with
their indicators and activities, its budget, key figures and internkontroll."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.word_shapes_model import Val

D = Decimal

IndRow = tuple[str, str, str, int | None, Val | None, tuple[str, str, str], dict[int, Val]]
"""An indicator row: name, Enhet cell, Utfall cell, nuläge year and value, the three target
cells as printed and the targets they give."""

ActRow = tuple[str, str, str, dt.date | None]
"""An activity bullet: name, the owner and the time in its parentheses, and its end date."""

GoalRow = tuple[str, str, list[IndRow], list[ActRow]]
"""A nämndmål: its sentence, the KF goal it is linked to, its indicators and activities."""

T1, T2, T3 = dt.date(2027, 4, 30), dt.date(2027, 8, 31), dt.date(2027, 12, 31)

BYGG = "Bygglovsenheten"
MILJO = "Miljö- och hälsoskyddsenheten"


def _same(text: str) -> tuple[str, str, str]:
    return (text, text, text)


AREAS: list[tuple[str, str, list[GoalRow]]] = [
    (
        "Målområde: Ett attraktivt Järvsta att bo och verka i",
        "Järvsta växer med omkring 1 500 invånare per år. Nämnden bidrar till ett gott "
        "företagsklimat och ett bostadsbyggande i takt med befolkningen genom snabb och "
        "förutsägbar myndighetsutövning.",
        [
            (
                "Bygglovshanteringen är snabb, rättssäker och förutsägbar",
                "Järvsta har Stockholmsregionens bästa företagsklimat",
                [
                    (
                        "Handläggningstid för bygglov från komplett ansökan till beslut, median",
                        "veckor",
                        "5,1",
                        2025,
                        D("5.1"),
                        ("4,5", "4,0", "4,0"),
                        {2027: D("4.5"), 2028: D("4.0"), 2029: D("4.0")},
                    ),
                    (
                        "Andel bygglovsbeslut inom lagstadgad handläggningstid",
                        "%",
                        "91",
                        2025,
                        D(91),
                        ("95", "97", "98"),
                        {2027: D(95), 2028: D(97), 2029: D(98)},
                    ),
                    (
                        "Andel överklagade beslut som fastställs av länsstyrelsen",
                        "%",
                        "87",
                        2025,
                        D(87),
                        _same("90"),
                        {2027: D(90), 2028: D(90), 2029: D(90)},
                    ),
                    (
                        "Nöjd-Kund-Index bygglov (SKR Insikt)",
                        "NKI",
                        "68 (2024)",
                        2024,
                        D(68),
                        ("70", "72", "72"),
                        {2027: D(70), 2028: D(72), 2029: D(72)},
                    ),
                ],
                [
                    (
                        "Införa en e-tjänst för förhandsbesked med automatisk begäran om "
                        "komplettering",
                        BYGG,
                        "T2",
                        T2,
                    ),
                    (
                        "Ta fram informationsblad om attefallsåtgärder på sex språk",
                        BYGG,
                        "T1",
                        T1,
                    ),
                ],
            ),
            (
                "Kart- och lantmäteriverksamheten möter efterfrågan vid bostadsbyggandet",
                "Järvsta har ett varierat bostadsutbud för alla skeden i livet",
                [
                    (
                        "Handläggningstid för lantmäteriförrättning, median",
                        "dagar",
                        "164",
                        2025,
                        D(164),
                        ("150", "140", "130"),
                        {2027: D(150), 2028: D(140), 2029: D(130)},
                    ),
                    (
                        "Andel nybyggnadskartor som levereras inom tre veckor",
                        "%",
                        "78",
                        2025,
                        D(78),
                        ("85", "90", "90"),
                        {2027: D(85), 2028: D(90), 2029: D(90)},
                    ),
                ],
                [
                    ("Digitalisera arkivet av förrättningsakter", "Lantmäterienheten", "T3", T3),
                    (
                        "Uppdatera baskartan efter ny flygfotografering",
                        "Kart- och GIS-enheten",
                        "T2",
                        T2,
                    ),
                ],
            ),
        ],
    ),
    (
        "Målområde: Ett tryggt och hälsosamt Järvsta med en god miljö",
        "Nämnden ansvarar för tillsynen enligt miljöbalken, livsmedelslagstiftningen och plan- "
        "och bygglagen. Tillsynen ska vara riskbaserad och träffa där nyttan för människors "
        "hälsa och miljön är störst.",
        [
            (
                "Tillsynen skyddar människors hälsa och miljön",
                "Järvsta är en trygg och hälsosam kommun",
                [
                    (
                        "Andel genomförda planerade livsmedelskontroller",
                        "%",
                        "84",
                        2025,
                        D(84),
                        _same("100"),
                        {2027: D(100), 2028: D(100), 2029: D(100)},
                    ),
                    (
                        "Antal tillsynsbesök på miljöfarliga verksamheter",
                        "antal",
                        "412",
                        2025,
                        D(412),
                        ("450", "470", "480"),
                        {2027: D(450), 2028: D(470), 2029: D(480)},
                    ),
                    (
                        "Nöjd-Kund-Index miljö- och hälsoskydd (SKR Insikt)",
                        "NKI",
                        "74",
                        2025,
                        D(74),
                        ("75", "76", "76"),
                        {2027: D(75), 2028: D(76), 2029: D(76)},
                    ),
                ],
                [
                    (
                        "Riskklassa om samtliga livsmedelsanläggningar enligt den nya "
                        "kontrollförordningen",
                        MILJO,
                        "T1",
                        T1,
                    ),
                    (
                        "Genomföra ett tillsynsprojekt om buller på förskolegårdar",
                        MILJO,
                        "T3",
                        T3,
                    ),
                ],
            ),
            (
                "Järvstas sjöar och kustvatten når god ekologisk status",
                "Järvsta är en trygg och hälsosam kommun",
                [
                    (
                        "Antal inventerade enskilda avlopp",
                        "antal",
                        "318",
                        2025,
                        D(318),
                        _same("350"),
                        {2027: D(350), 2028: D(350), 2029: D(350)},
                    ),
                    (
                        "Andel inventerade avlopp med underkänd rening som åtgärdats inom två år",
                        "%",
                        "62",
                        2025,
                        D(62),
                        ("70", "75", "80"),
                        {2027: D(70), 2028: D(75), 2029: D(80)},
                    ),
                ],
                [
                    ("Inventera enskilda avlopp i Norrviken och Östra Lund", MILJO, "T2", T2),
                    (
                        "Följa upp förelägganden om åtgärder vid enskilda avlopp från 2024 och "
                        "2025",
                        MILJO,
                        "löpande",
                        None,
                    ),
                ],
            ),
            (
                "Klimatpåverkan från byggande och rivning minskar",
                "Järvsta är klimatneutralt 2040",
                [
                    (
                        "Andel granskade klimatdeklarationer för nya flerbostadshus",
                        "%",
                        "Nytt mått",
                        None,
                        None,
                        ("50", "75", "100"),
                        {2027: D(50), 2028: D(75), 2029: D(100)},
                    ),
                ],
                [
                    (
                        "Granska klimatdeklarationen i samtliga ärenden om nya flerbostadshus",
                        BYGG,
                        "T3",
                        T3,
                    ),
                    (
                        "Ta fram en vägledning om återbruk av byggmaterial vid rivningslov",
                        f"{BYGG} och {MILJO}",
                        "T2",
                        T2,
                    ),
                ],
            ),
        ],
    ),
    (
        "Målområde: En effektiv organisation med nöjda medarbetare",
        "Nämndens verksamhet bygger på kompetenta medarbetare. Konkurrensen om bygglovs"
        "handläggare och miljöinspektörer i regionen är hård.",
        [
            (
                "Nämnden är en attraktiv arbetsgivare och hushållar väl med resurserna",
                "Järvsta kommun har en långsiktigt hållbar ekonomi",
                [
                    (
                        "Sjukfrånvaro",
                        "%",
                        "5,8",
                        2025,
                        D("5.8"),
                        _same("Högst 5,0"),
                        {2027: "Högst 5,0", 2028: "Högst 5,0", 2029: "Högst 5,0"},
                    ),
                    (
                        "Personalomsättning",
                        "%",
                        "14,2",
                        2025,
                        D("14.2"),
                        ("12", "11", "10"),
                        {2027: D(12), 2028: D(11), 2029: D(10)},
                    ),
                    (
                        "Kostnadstäckningsgrad för bygglov",
                        "%",
                        "82",
                        2025,
                        D(82),
                        ("90", "95", "100"),
                        {2027: D(90), 2028: D(95), 2029: D(100)},
                    ),
                    (
                        "Hållbart medarbetarengagemang (HME)",
                        "index",
                        "79",
                        2025,
                        D(79),
                        ("80", "80", "81"),
                        {2027: D(80), 2028: D(80), 2029: D(81)},
                    ),
                ],
                [
                    (
                        "Genomföra en plan för kompetensförsörjning av bygglovshandläggare och "
                        "inspektörer",
                        "Förvaltningsledningen",
                        "T1",
                        T1,
                    ),
                    (
                        "Se över plan- och bygglovstaxan utifrån SKR:s nya underlag",
                        "Förvaltningsledningen",
                        "T2",
                        T2,
                    ),
                ],
            ),
        ],
    ),
]

BUDGET: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [6840, 7120, 7410, 7560, 7710]),
    ("Bygglov", [4310, 3980, 3450, 3120, 2900]),
    ("Miljö- och hälsoskydd", [11260, 11890, 12540, 12790, 13050]),
    ("Livsmedelskontroll", [2140, 2260, 2310, 2360, 2410]),
    ("Lantmäteri", [-1120, -850, -600, -600, -600]),
    ("Kart och GIS", [5930, 6180, 6470, 6600, 6730]),
    ("Bostadsanpassning", [9870, 10400, 10950, 11170, 11390]),
]

INVESTMENTS: list[tuple[str, list[int | None]]] = [
    ("Nytt verksamhetssystem för bygglov och miljö", [2400, 600, None]),
    ("E-arkiv för bygglovsakter", [1200, 800, None]),
    ("GNSS-mätutrustning", [450, None, None]),
    ("Elbilar för inspektörer", [780, 390, 390]),
]

KEY_HEADER = ["Verksamhetsmått", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Inkomna bygglovsärenden", "1 164", "1 092", "1 207"],
    ["Beviljade lägenheter i bygglov", "846", "512", "633"],
    ["Registrerade livsmedelsanläggningar", "618", "624", "631"],
    ["Ansökningar om enskilt avlopp", "143", "129", "151"],
    ["Avslutade lantmäteriförrättningar", "87", "74", "92"],
    ["Timavgift plan- och bygglov, kr", "1 412", "1 464", "1 512"],
    ["Kostnadstäckningsgrad bygglov", "79 %", "80 %", "82 %"],
]
KEY_NOTE = "Källa: förvaltningens ärendesystem och Kolada. Timavgiften avser beslutad taxa."

CONTROL_HEADER = ["Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]
CONTROLS = [
    [
        "Bygglov",
        "Beslut om bygglov fattas inom lagstadgad tid",
        "Uttag ur ärendesystemet",
        "Tertial",
        "Bygglovschef",
    ],
    [
        "Bygglov",
        "Avgiften reduceras enligt plan- och bygglagen när tidsfristen överskrids",
        "Stickprov 20 ärenden",
        "Halvår",
        "Bygglovschef",
    ],
    [
        "Tillsyn",
        "Planerade livsmedelskontroller genomförs enligt kontrollplanen",
        "Avstämning mot kontrollplan",
        "Tertial",
        "Miljöchef",
    ],
    [
        "Tillsyn",
        "Jäv hanteras och dokumenteras i tillsynsärenden",
        "Stickprov 15 ärenden",
        "Årligen",
        "Miljöchef",
    ],
    [
        "Delegation",
        "Delegationsbeslut anmäls till nämnden",
        "Avstämning mot delegationslistor",
        "Halvår",
        "Nämndsekreterare",
    ],
    [
        "Ekonomi",
        "Fakturering av timavgifter sker inom en månad efter beslut",
        "Uttag ur ekonomisystemet",
        "Tertial",
        "Controller",
    ],
]
