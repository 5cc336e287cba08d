"""Corpus document DZ's data: the globala mål with their names and colours, the goals per
hållbarhetsdimension with the globala mål each serves and its indicator rows, the activities
per dimension, the driftbudget, the investments, the key figures and the internkontroll."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

SDG: dict[int, tuple[str, str]] = {
    2: ("Ingen hunger", "#DDA63A"),
    3: ("God hälsa och välbefinnande", "#4C9F38"),
    4: ("God utbildning för alla", "#C5192D"),
    5: ("Jämställdhet", "#FF3A21"),
    6: ("Rent vatten och sanitet för alla", "#26BDE2"),
    7: ("Hållbar energi för alla", "#FCC30B"),
    8: ("Anständiga arbetsvillkor och ekonomisk tillväxt", "#A21942"),
    9: ("Hållbar industri, innovationer och infrastruktur", "#FD6925"),
    10: ("Minskad ojämlikhet", "#DD1367"),
    11: ("Hållbara städer och samhällen", "#FD9D24"),
    12: ("Hållbar konsumtion och produktion", "#BF8B2E"),
    13: ("Bekämpa klimatförändringarna", "#3F7E44"),
    15: ("Ekosystem och biologisk mångfald", "#56C02B"),
    16: ("Fredliga och inkluderande samhällen", "#00689D"),
}
"""The globala mål the plan refers to: the Swedish name and the icon's colour."""

IndRow = tuple[str, str, str, str, int, D, str, D | str, str, D | str | None]
"""An indicator: name, delmål cell, unit, the nuläge cell as printed, nuläge year and value,
the 2027 target cell and value, the 2030 target cell and value (None when blank)."""

GoalRow = tuple[int, str, str, list[int], list[IndRow]]
"""A goal: its number, sentence, the paragraph explaining it, the globala mål and indicators."""

DIMENSIONS: list[tuple[str, str, list[GoalRow]]] = [
    ("Social hållbarhet",
     "Den sociala dimensionen handlar om att alla som bor i Mossebo ska ha goda livsvillkor, "
     "känna sig trygga och kunna påverka sin vardag.",
     [
        (1, "Barn och unga i Mossebo ska ha en god och jämlik uppväxt.",
         "Skolresultaten i kommunen har förbättrats men skillnaderna mellan skolorna och "
         "mellan flickor och pojkar är fortfarande stora. Tidiga insatser är avgörande.",
         [3, 4, 10], [
            ("Andel elever i årskurs 9 som är behöriga till yrkesprogram", "4.1", "%",
             "81,3 %", 2025, D("81.3"), "85 %", D(85), "90 %", D(90)),
            ("Andel gymnasieelever med examen inom fyra år", "4.1", "%",
             "68 %", 2025, D(68), "72 %", D(72), "80 %", D(80)),
            ("Andel elever i årskurs 9 som skattar sin hälsa som god", "3.4", "%",
             "64 %", 2025, D(64), "68 %", D(68), "75 %", D(75)),
        ]),
        (2, "Äldre och personer med funktionsnedsättning ska kunna leva ett självständigt "
         "liv med god kvalitet.",
         "Andelen invånare över 80 år ökar snabbt. Kommunen behöver arbeta förebyggande och "
         "ge stöd som gör det möjligt att bo kvar hemma.",
         [3, 10], [
            ("Andel brukare som är nöjda med hemtjänsten som helhet", "3.8", "%",
             "88 %", 2025, D(88), "90 %", D(90), "92 %", D(92)),
            ("Antal personal en hemtjänsttagare möter under 14 dagar", "10.2", "",
             "16", 2025, D(16), "Högst 14", "Högst 14", "12", D(12)),
        ]),
        (3, "Mossebo ska vara en trygg kommun där alla kan vara delaktiga.",
         "Tryggheten påverkar hur invånarna rör sig i kommunen och om de vill bo kvar. "
         "Delaktighet och jämställdhet bygger förtroende för den lokala demokratin.",
         [5, 11, 16], [
            ("Andel invånare som känner sig trygga utomhus på kvällen", "16.1", "%",
             "71 %", 2025, D(71), "75 %", D(75), "80 %", D(80)),
            ("Antal deltagare i kommunens medborgardialoger", "16.7", "",
             "214", 2025, D(214), "300", D(300), "", None),
            ("Andel av föreningsbidragen som går till aktiviteter för flickor", "5.5", "%",
             "44 %", 2025, D(44), "50 %", D(50), "50 %", D(50)),
        ]),
     ]),
    ("Ekologisk hållbarhet",
     "Den ekologiska dimensionen handlar om klimatet, naturen och vattnet, och om att "
     "kommunen ska använda resurser på ett sätt som kommande generationer klarar sig med.",
     [
        (4, "Kommunens verksamheter ska minska sin klimatpåverkan.",
         "Kommunen har antagit målet att vara fossilfri 2030. Transporterna och "
         "uppvärmningen av lokalerna står för den största delen av utsläppen.",
         [7, 13], [
            ("Utsläpp av växthusgaser från kommunens egna transporter, ton "
             "koldioxidekvivalenter", "13.2", "", "412", 2025, D(412), "350", D(350),
             "200", D(200)),
            ("Andel förnybara drivmedel i kommunens fordon", "7.2", "%",
             "58 %", 2025, D(58), "70 %", D(70), "100 %", D(100)),
            ("Energianvändning i kommunens lokaler, kWh per kvm", "7.3", "",
             "147,5", 2025, D("147.5"), "140", D(140), "125", D(125)),
        ]),
        (5, "Mossebos natur och vatten ska skyddas och vara tillgängliga för alla.",
         "Mossån och de många småsjöarna är en tillgång för friluftslivet men flera av dem "
         "har problem med övergödning.",
         [6, 15], [
            ("Andel sjöar och vattendrag med god ekologisk status", "6.6", "%",
             "38 %", 2025, D(38), "40 %", D(40), "50 %", D(50)),
            ("Andel av kommunens yta som är skyddad natur", "15.1", "%",
             "4,2 %", 2025, D("4.2"), "4,5 %", D("4.5"), "6 %", D(6)),
        ]),
        (6, "Maten i kommunens verksamheter ska vara hållbar.",
         "Måltidsverksamheten serverar drygt 2 100 portioner om dagen. Val av råvaror och "
         "mindre svinn ger stor effekt.",
         [2, 12], [
            ("Andel ekologiska livsmedel i måltidsverksamheten", "12.7", "%",
             "29 % (2024)", 2024, D(29), "35 %", D(35), "40 %", D(40)),
            ("Matsvinn i skolköken, gram per portion", "12.3", "",
             "42", 2025, D(42), "35", D(35), "25", D(25)),
        ]),
     ]),
    ("Ekonomisk hållbarhet",
     "Den ekonomiska dimensionen handlar om ett livskraftigt näringsliv, arbete åt alla och "
     "en kommunal ekonomi som håller över tid.",
     [
        (7, "Mossebo ska ha ett växande och varierat näringsliv.",
         "Företagen efterfrågar snabbare besked och bättre samordning av kommunens service.",
         [8, 9], [
            ("Placering i Svenskt Näringslivs ranking av företagsklimatet", "8.3", "",
             "164", 2025, D(164), "Bland de 120 bästa", "Bland de 120 bästa",
             "Bland de 100 bästa", "Bland de 100 bästa"),
            ("Nöjd Kund-Index för företagens myndighetskontakter (SKR Insikt)", "16.6", "",
             "68 (2024)", 2024, D(68), "72", D(72), "75", D(75)),
            ("Antal nystartade företag per 1 000 invånare", "8.3", "",
             "3,7", 2025, D("3.7"), "4,0", D("4.0"), "4,5", D("4.5")),
        ]),
        (8, "Kommunens ekonomi ska vara långsiktigt hållbar.",
         "Befolkningen minskar svagt samtidigt som behoven inom vård och omsorg ökar. "
         "Kommunen måste prioritera och effektivisera för att klara välfärden.",
         [8, 16], [
            ("Resultat i procent av skatteintäkter och statsbidrag", "16.6", "%",
             "1,4 %", 2025, D("1.4"), "2,0 %", D("2.0"), "2,0 %", D("2.0")),
            ("Soliditet inklusive pensionsåtaganden", "16.6", "%",
             "18,6 %", 2025, D("18.6"), "20 %", D(20), "25 %", D(25)),
            ("Sjukfrånvaro bland kommunens medarbetare", "8.8", "%",
             "7,9 %", 2025, D("7.9"), "7,0 %", D("7.0"), "6,0 %", D("6.0")),
        ]),
     ]),
]  # fmt: skip

ActRow = tuple[str, str, str, str, str, dt.date]
"""An activity: name, the goal's number, globala mål, ansvarig, Klart as printed and the date."""

ACTIVITIES: dict[str, list[ActRow]] = {
    "Social hållbarhet": [
        ("Införa en gemensam modell för tidiga insatser i förskola och skola", "1", "4, 10",
         "Barn- och utbildningschef", "juni 2027", dt.date(2027, 6, 30)),
        ("Kartlägga ofrivillig ensamhet bland äldre tillsammans med civilsamhället", "2", "3",
         "Socialchef", "Q3 2027", dt.date(2027, 9, 30)),
        ("Starta en fältgrupp som arbetar med unga kvällar och helger", "3", "11, 16",
         "Fritidschef", "2027-03-31", dt.date(2027, 3, 31)),
        ("Ta fram ett jämställdhetsprogram för kommunkoncernen", "3", "5",
         "HR-chef", "dec 2027", dt.date(2027, 12, 31)),
    ],
    "Ekologisk hållbarhet": [
        ("Ta fram en klimatplan för kommunens förvaltningar och bolag", "4", "13",
         "Hållbarhetsstrateg", "2027-10-31", dt.date(2027, 10, 31)),
        ("Byta ut tio fossildrivna tjänstebilar mot elbilar", "4", "7, 13",
         "Fordonssamordnare", "2027", dt.date(2027, 12, 31)),
        ("Genomföra åtgärderna i vattenvårdsplanen för Mossån", "5", "6, 15",
         "Miljöstrateg", "Q4 2027", dt.date(2027, 12, 31)),
        ("Inventera tätortsnära natur inför en ny grönplan", "5", "11, 15",
         "Samhällsbyggnadschef", "sep 2027", dt.date(2027, 9, 30)),
        ("Införa mätning av matsvinn i alla skolkök", "6", "2, 12",
         "Kostchef", "mars 2027", dt.date(2027, 3, 31)),
    ],
    "Ekonomisk hållbarhet": [
        ("Inrätta en företagslots med en väg in för företagens ärenden", "7", "8, 9",
         "Näringslivschef", "april 2027", dt.date(2027, 4, 30)),
        ("Genomföra en lokalöversyn som minskar kommunens lokalyta med 2 000 kvm", "8", "12",
         "Ekonomichef", "2027-11-30", dt.date(2027, 11, 30)),
        ("Ställa hållbarhetskrav i alla upphandlingar över 700 tkr", "8", "12, 16",
         "Upphandlingschef", "juni 2027", dt.date(2027, 6, 30)),
    ],
}  # fmt: skip

BUDGET: list[tuple[str, list[int | None]]] = [
    ("Kommunledning och politik", [14820, 15300, 15950, 16200, 16450]),
    ("Ekonomi och upphandling", [9640, 9910, 10280, 10400, 10520]),
    ("HR och löneservice", [8115, 8420, 8760, 8900, 9050]),
    ("IT och digitalisering", [11260, 12050, 12890, 13100, 13300]),
    ("Kommunikation och medborgarservice", [5380, 5610, 5840, 5900, 5960]),
    ("Näringsliv och turism", [3910, 4150, 4400, 4450, 4500]),
    ("Hållbarhet och Agenda 2030", [1240, 1850, 2300, 2300, 2300]),
    ("Kollektivtrafik", [12470, 12900, 13350, 13700, 14050]),
    ("Räddningstjänst, medlemsbidrag", [16950, 17600, 18250, 18800, 19350]),
]
"""Net costs per verksamhet: bokslut 2025, budget 2026 and 2027, plan 2028 and 2029."""

INVESTMENTS: list[tuple[str, list[int | None]]] = [
    ("Laddinfrastruktur vid kommunens arbetsplatser", [1200, 800, None]),
    ("Solceller på kommunhuset och Östra skolan", [2500, None, None]),
    ("IT-infrastruktur och nätverk", [1800, 1800, 1800]),
    ("Gång- och cykelväg Mossån–Norrängen", [3400, 2100, None]),
]
"""Investments: budget 2027, plan 2028 and 2029 (blank when none)."""

KEY_HEADER = ["Nyckeltal", "Globalt mål", "2023", "2024", "2025"]
KEY_ROWS: list[list[str]] = [
    ["Antal invånare 31 december", "11", "11 842", "11 790", "11 764"],
    ["Andel invånare 20–64 år som förvärvsarbetar", "8", "78,4 %", "79,1 %", "79,6 %"],
    ["Andel invånare 25–64 år med eftergymnasial utbildning", "4", "32,4 %", "33,1 %",
     "33,8 %"],
    ["Andel hushåll med tillgång till bredband om minst 1 Gbit/s", "9", "86 %", "89 %",
     "91 %"],
    ["Insamlat hushållsavfall, kg per invånare", "12", "452", "438", "431"],
    ["Andel elbilar av nyregistrerade personbilar", "13", "31,7 %", "35,2 %", "38,9 %"],
]  # fmt: skip
KEY_NOTE = (
    "Källa: Kolada och SCB. Kolumnen Globalt mål anger vilket av de globala målen "
    "nyckeltalet främst speglar."
)

CONTROL_HEADER = ["Process", "Kontrollmoment", "Riskvärde", "Metod", "Ansvarig", "Frekvens"]
CONTROLS: list[list[str]] = [
    ["Upphandling", "Att avtal finns för alla inköp över direktupphandlingsgränsen", "12",
     "Stickprov på 30 fakturor", "Upphandlingschef", "Två gånger per år"],
    ["Upphandling", "Att hållbarhetskrav ställs i upphandlingar över 700 tkr", "9",
     "Genomgång av alla upphandlingar", "Hållbarhetsstrateg", "Årligen"],
    ["Lön", "Att ingen lön betalas ut efter att en anställning har upphört", "8",
     "Avstämning mot avslutade anställningar", "Lönechef", "Varje månad"],
    ["Informationssäkerhet", "Att behörigheter i verksamhetssystemen tas bort när "
     "anställningen upphör", "12", "Stickprov i tre system", "IT-chef", "Kvartalsvis"],
    ["Ekonomi", "Att attestordningen följs vid utbetalningar över 50 tkr", "6",
     "Stickprov på 20 utbetalningar", "Ekonomichef", "Två gånger per år"],
    ["Hållbarhetsredovisning", "Att uppgifterna om klimatutsläpp i redovisningen kan "
     "härledas till underlag", "6", "Granskning av underlagen", "Miljöstrateg", "Årligen"],
    ["Personal", "Att alla chefer har lämnat uppgift om bisysslor", "4",
     "Uppföljning i personalsystemet", "HR-chef", "Årligen"],
]  # fmt: skip
