"""Corpus document DN's data: the goals per verksamhet with their "Så mäter vi" rows, the
activities per verksamhet, the driftbudget with its "Kommentar" column, the investments as
bullets, the key figures and the internkontroll rows with the process typed only once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

IndRow = tuple[str, str, str, int | None, D | None, str, D | str]
"""An indicator: name, unit, the nuläge cell as printed, nuläge year and value, the target
cell as printed and the target as the plan holds it."""

GOALS: list[tuple[str, list[tuple[str, list[IndRow]]]]] = [
    ("Bygglov och planering", [
        ("Den som söker bygglov ska få ett snabbt och rättssäkert beslut.", [
            ("Handläggningstid från komplett ansökan till beslut, median i veckor", "",
             "4,6 (2025)", 2025, D("4.6"), "Högst 4", "Högst 4"),
            ("Andel överklagade beslut som fastställs av länsstyrelsen", "%",
             "92 % (2025)", 2025, D(92), "95 %", D(95)),
            ("Nöjd kund-index bygglov (SKR Insikt)", "",
             "68 (2024)", 2024, D(68), "70", D(70)),
        ]),
        ("Det ska finnas planberedskap för bostäder och verksamheter.", [
            ("Antal detaljplaner som antas under året", "", "2 (2025)", 2025, D(2), "3", D(3)),
            ("Antal byggklara tomter för bostäder i planlagt område", "",
             "14 (2025)", 2025, D(14), "20", D(20)),
        ]),
    ]),
    ("Miljö- och hälsoskydd", [
        ("Tillsynen ska vara riskbaserad och genomföras enligt tillsynsplanen.", [
            ("Andel av de planerade tillsynsbesöken som genomförs", "%",
             "81 % (2025)", 2025, D(81), "100 %", D(100)),
            ("Nöjd kund-index miljö- och hälsoskydd (SKR Insikt)", "",
             "72 (2024)", 2024, D(72), "75", D(75)),
            ("Andel förelägganden om enskilda avlopp som åtgärdas inom utsatt tid", "%",
             "58 % (2025)", 2025, D(58), "70 %", D(70)),
        ]),
        ("Nämnden ska bidra till att kommunen når sina klimat- och miljömål.", [
            ("Antal rådgivningstillfällen i energi- och klimatrådgivningen", "",
             "Nytt mått", None, None, "40", D(40)),
            ("Antal förorenade områden där utredningen pågår eller är klar", "",
             "7 (2025)", 2025, D(7), "9", D(9)),
        ]),
    ]),
    ("Livsmedelskontroll", [
        ("Maten som säljs och serveras i kommunen ska vara säker.", [
            ("Andel livsmedelsanläggningar som fått planerad kontroll", "%",
             "88 % (2025)", 2025, D(88), "100 %", D(100)),
            ("Andel kontroller med avvikelser som följs upp inom fyra veckor", "%",
             "64 % (2025)", 2025, D(64), "80 %", D(80)),
        ]),
    ]),
    ("Hela nämnden", [
        ("Medarbetarna ska vilja stanna och utvecklas hos oss.", [
            ("Hållbart medarbetarengagemang (HME), index", "",
             "79 (2025)", 2025, D(79), "Minst 80", "Minst 80"),
            ("Personalomsättning", "%", "14 % (2025)", 2025, D(14), "Högst 10 %",
             "Högst 10 %"),
            ("Sjukfrånvaro", "%", "5,9 % (2025)", 2025, D("5.9"), "5,0 %", D("5.0")),
        ]),
        ("Invånare och företag ska få ett gott bemötande och tydlig information.", [
            ("Andel e-post som besvaras inom två arbetsdagar", "%",
             "Nytt mått", None, None, "90 %", D(90)),
            ("Andel som får svar på en enkel fråga om bygglov via telefon (KKiK)", "%",
             "43 % (2025)", 2025, D(43), "60 %", D(60)),
        ]),
    ]),
]  # fmt: skip

ACTIVITIES: dict[str, list[tuple[str, str, str, dt.date | None]]] = {
    "Bygglov och planering": [
        ("Införa e-tjänst för bygglovsansökan med digital signering", "Bygglovsenheten",
         "Senast 30 april", dt.date(2027, 4, 30)),
        ("Ta fram checklistor för kompletta ansökningar och lägga ut dem på webben",
         "Bygglovshandläggarna", "Våren", dt.date(2027, 6, 30)),
        ("Digitalisera äldre detaljplaner enligt Boverkets föreskrifter", "Kart och mät",
         "December", dt.date(2027, 12, 31)),
    ],
    "Miljö- och hälsoskydd": [
        ("Revidera behovsutredningen och tillsynsplanen för 2028–2030", "Miljöchef",
         "Oktober", dt.date(2027, 10, 31)),
        ("Inventera enskilda avlopp runt Lillträsket och i Norrbyn", "Miljöinspektörerna",
         "Juni–september", dt.date(2027, 9, 30)),
        ("Starta energi- och klimatrådgivning tillsammans med grannkommunerna",
         "Energi- och klimatrådgivaren", "Under året", dt.date(2027, 12, 31)),
    ],
    "Livsmedelskontroll": [
        ("Gå över till efterhandsdebitering av livsmedelskontrollen",
         "Livsmedelsinspektören", "1 januari", dt.date(2027, 1, 1)),
        ("Kontrollprojekt om allergener på restauranger och caféer",
         "Livsmedelsinspektören", "November", dt.date(2027, 11, 30)),
    ],
    "Hela nämnden": [
        ("Utbildning i bemötande och klarspråk för all personal", "Förvaltningschef",
         "Mars", dt.date(2027, 3, 31)),
        ("Ta fram en kompetensförsörjningsplan för förvaltningen", "Förvaltningschef",
         "Augusti", dt.date(2027, 8, 31)),
        ("Se över nämndens delegationsordning", "Nämndsekreterare", "Maj",
         dt.date(2027, 5, 31)),
    ],
}  # fmt: skip

BUDGET: list[tuple[str, list[int | None], str]] = [
    ("Nämnd och administration", [1212, 1260, 1295], "Arvoden enligt nya arvodesregler"),
    ("Bygglov", [1840, 1705, 1610], "Högre intäkter från bygglovstaxan"),
    ("Detaljplanering", [2106, 2350, 2480], ""),
    ("Kart och mät", [1455, 1520, 1540], ""),
    ("Miljö- och hälsoskydd", [3318, 3420, 3505], "En inspektörstjänst delas med Granbacka"),
    ("Livsmedelskontroll", [612, 580, 545], "Efterhandsdebitering från 1 januari"),
    ("Bostadsanpassning", [2950, 2600, 2700], "Styrs av antalet ansökningar"),
    ("Energi- och klimatrådgivning", [0, 150, 150], "Delvis bidrag från Energimyndigheten"),
]

INVESTMENTS: list[tuple[str, int]] = [
    ("GNSS-mottagare för kart och mät", 250),
    ("E-arkiv för bygglovsakter, etapp 2", 400),
]

KEY_HEADER = ["", "2023", "2024", "2025", "Jan–sep 2026"]
KEY_ROWS = [
    ["Inkomna bygglovsansökningar", "212", "187", "174", "139"],
    ["Beviljade bygglov", "168", "151", "140", "108"],
    ["Anmälningsärenden", "96", "88", "102", "71"],
    ["Inspektioner miljöskydd", "143", "160", "152", "118"],
    ["Livsmedelskontroller", "118", "121", "109", "84"],
    ["Beslut om bostadsanpassningsbidrag", "61", "58", "66", "47"],
    ["Klagomål hälsoskydd", "34", "41", "29", "26"],
]
KEY_NOTE = "Källa: Ecos och ByggR, uttag 2026-10-12."

CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Bygglov", "Att beslut fattas inom lagstadgad handläggningstid",
     "Stickprov 10 ärenden", "Bygglovschef", "Två gånger per år"),
    ("", "Att avgift tas ut enligt gällande taxa", "Stickprov 10 ärenden",
     "Bygglovschef", "En gång per år"),
    ("Tillsyn", "Att tillsynsplanen följs", "Uppföljning i Ecos", "Miljöchef", "Tertialvis"),
    ("", "Att jäv och bisysslor hanteras enligt riktlinjen", "Genomgång av anmälningar",
     "Förvaltningschef", "En gång per år"),
    ("Delegation", "Att delegationsbeslut anmäls till nämnden",
     "Jämförelse diarium och protokoll", "Nämndsekreterare", "Tertialvis"),
    ("Bostadsanpassning", "Att bidrag betalas ut först när åtgärden är slutbesiktad",
     "Stickprov 5 ärenden", "Handläggare bostadsanpassning", "Två gånger per år"),
]  # fmt: skip
