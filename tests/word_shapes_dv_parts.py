"""The data of corpus document DV (``word_shapes_dv``): a gemensam överförmyndarnämnd's goals
with their nuläge per member kommun, its activities by quarter, its resultatbudget by cost
type, the cost split, the cases per kommun and its internal control."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

KOMMUNER = ("Tallmora", "Vansjö", "Granberga")

NA = "–"
"""A kommun's cell of an indicator measured only for the nämnd as a whole."""
FEW = "*"
"""A kommun's cell left out because the figure rests on too few cases."""

Cell = Val | None
IndRow = tuple[str, str, tuple[Cell, Cell, Cell], Cell, Val]
"""An indicator row: name, unit, nuläge 2025 per kommun, the nämnd's nuläge ("Samtliga"),
the target 2027 for the nämnd."""

GOALS: list[tuple[str, str, list[IndRow], str]] = [
    ("Årsräkningarna granskas i tid och med god kvalitet.",
     "Granskningen är nämndens viktigaste tillsynsverktyg. När den dröjer får "
     "ställföreträdarna vänta på sina arvoden och eventuella brister upptäcks sent. Målet "
     "är att alla årsräkningar som kommit in i tid är granskade före semestern.",
     [("Andel årsräkningar granskade senast 30 juni", "%",
       (D(68), D(74), D(81)), D(71), D(85)),
      ("Genomsnittlig granskningstid för en årsräkning, dagar", "",
       (D(52), D(47), D(39)), D(49), "Högst 40"),
      ("Andel årsräkningar som behövt kompletteras", "%",
       (D(34), D(29), D(31)), D(32), "Högst 25 %")],
     ""),
    ("Varje huvudman får en lämplig ställföreträdare utan onödig väntan.",
     "Bristen på ställföreträdare är störst i Vansjö och Granberga, där avstånden är långa "
     "och de flesta gode män redan har flera uppdrag.",
     [("Genomsnittlig tid från ansökan till förordnande, dagar", "",
       (D(41), D(55), D(62)), D(48), D(35)),
      ("Antal huvudmän som väntar på ställföreträdare den 31 december", "",
       (D(6), D(3), D(1)), D(10), "Högst 5")],
     ""),
    ("Ställföreträdarna har de kunskaper som uppdraget kräver.",
     "Sedan 2025 ska alla nya ställföreträdare erbjudas utbildning. Nämnden håller "
     "utbildningarna gemensamt för de tre kommunerna, växelvis i Tallmora och Vansjö.",
     [("Andel nya ställföreträdare som gått grundutbildningen", "%",
       (D(78), D(67), FEW), D(74), D(100)),
      ("Antal utbildningstillfällen för ställföreträdare", "",
       (NA, NA, NA), D(4), D(6))],
     "* Färre än fem nya ställföreträdare i Granberga 2025. Andelen redovisas inte."),
    ("Ställföreträdare, huvudmän och anhöriga får ett gott bemötande och snabba svar.",
     "Kansliet är litet och sårbart. Nämnden vill därför att de vanligaste frågorna ska "
     "kunna besvaras utan att man behöver nå handläggaren.",
     [("Andel ställföreträdare som är nöjda med kansliets service", "%",
       (NA, NA, NA), D(81), D(85)),
      ("Andel telefonsamtal som besvaras under telefontiden", "%",
       (NA, NA, NA), D(88), D(95))],
     "Enkäten och telefonstatistiken tas fram för hela nämnden."),
    ("Arvodena är skäliga, lika i de tre kommunerna och betalas ut i rätt tid.",
     "Kommunerna har i dag olika praxis för när kommunen betalar arvodet. Nämnden ska "
     "under året anta gemensamma riktlinjer.",
     [("Andel arvodesbeslut fattade inom 30 dagar efter granskad årsräkning", "%",
       (D(58), D(63), D(71)), D(61), D(80)),
      ("Arvodeskostnad per ärende, kr", "",
       (D(5120), D(4870), D(4310)), D(4962), "Högst 5 200")],
     ""),
]  # fmt: skip

QUARTER_END = {
    "Kvartal 1 (januari–mars)": dt.date(2027, 3, 31),
    "Kvartal 2 (april–juni)": dt.date(2027, 6, 30),
    "Kvartal 3 (juli–september)": dt.date(2027, 9, 30),
    "Kvartal 4 (oktober–december)": dt.date(2027, 12, 31),
    "Pågår under hela året": dt.date(2027, 12, 31),
}

ACTIVITIES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Kvartal 1 (januari–mars)", [
        ("Införa e-tjänsten för årsräkning även i Vansjö och Granberga", "Mål 1",
         "Handläggare"),
        ("Ta fram en checklista för granskning av årsräkningar", "Mål 1", "Handläggare"),
    ]),
    ("Kvartal 2 (april–juni)", [
        ("Grundutbildning för nya ställföreträdare, vårens omgång", "Mål 3", "Handläggare"),
        ("Rekrytera gode män tillsammans med pensionärsföreningarna", "Mål 2",
         "Assistent"),
    ]),
    ("Kvartal 3 (juli–september)", [
        ("Enkät till ställföreträdarna om kansliets service", "Mål 4", "Assistent"),
        ("Anta gemensamma riktlinjer för arvodering", "Mål 5", "Nämnden"),
    ]),
    ("Kvartal 4 (oktober–december)", [
        ("Grundutbildning för nya ställföreträdare, höstens omgång", "Mål 3",
         "Handläggare"),
        ("Informationsmöte om framtidsfullmakter i varje kommun", "Mål 2",
         "Handläggare och ordförande"),
    ]),
    ("Pågår under hela året", [
        ("Telefontid varje vardag klockan 9–11 med återuppringning samma dag", "Mål 4",
         "Assistent"),
    ]),
]  # fmt: skip

RESULT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
COSTS: list[tuple[str, list[int | None]]] = [
    ("Arvoden och ersättningar till ställföreträdare", [1742, 1810, 1905]),
    ("Sociala avgifter på arvoden", [412, 430, 452]),
    ("Personalkostnader kansliet", [1688, 1745, 1822]),
    ("Nämndens kostnader", [118, 125, 130]),
    ("Utbildning av ställföreträdare", [46, 60, 85]),
    ("IT-system och licenser", [164, 185, 240]),
    ("Lokaler", [132, 135, 138]),
    ("Övriga kostnader", [71, 80, 78]),
]
INCOME = ("Ersättning från Vansjö och Granberga kommuner", [-1653, -1737, -1867])

SPLIT_TITLE = "Kostnadsfördelning mellan kommunerna 2027"
SPLIT_HEADER = ["Kommun", "Ärenden 31 dec 2025", "Andel", "Kostnad 2027, tkr"]
SPLIT_ROWS = [
    ["Tallmora", "262", "61,5 %", "2 983"],
    ["Vansjö", "101", "23,7 %", "1 150"],
    ["Granberga", "63", "14,8 %", "717"],
    ["Totalt", "426", "100 %", "4 850"],
]

CASES_TITLE = "Tabell 3. Ärenden per kommun den 31 december"
CASES_HEADER = ["Ärendeslag", "Tallmora", "Vansjö", "Granberga", "Samtliga 2025",
                "Samtliga 2024"]  # fmt: skip
CASES_ROWS = [
    ["Godmanskap", "171", "68", "44", "283", "276"],
    ["Förvaltarskap", "58", "21", "12", "91", "84"],
    ["Förmynderskap med förvaltning av omyndigs tillgångar", "24", "9", "5", "38", "41"],
    ["God man för ensamkommande barn", "0", "1", "0", "1", "3"],
    ["Övriga ärenden (dödsbon, bevakning av arv)", "9", "2", "2", "13", "12"],
    ["Summa ärenden", "262", "101", "63", "426", "416"],
    ["Antal ställföreträdare", "149", "57", "38", "244", "251"],
    ["Årsräkningar att granska under året", "236", "88", "52", "376", "368"],
]
CASES_NOTE = (
    "En ställföreträdare kan ha uppdrag i flera kommuner och räknas då i varje kommun. "
    "Uppgifterna är hämtade ur verksamhetssystemet 2026-01-12."
)

CONTROL_HEADER = ["Rutin", "Kontrollmoment", "Metod och omfattning", "När", "Rapporteras"]
CONTROLS = [
    ("Granskning av årsräkningar",
     "Att uttag och överföringar från huvudmannens konto styrks med underlag",
     "Stickprov i 10 ärenden", "September", "Nämnden i oktober"),
    ("Lämplighetsprövning",
     "Att utdrag ur belastningsregistret och kreditupplysning finns innan förordnande",
     "Alla nya förordnanden", "Juni och december", "Nämnden i januari"),
    ("Arvoden", "Att arvoden beslutas enligt nämndens riktlinjer",
     "Stickprov i 15 beslut", "November", "Nämnden i december"),
    ("Ärendehantering", "Att inkomna handlingar registreras inom tre arbetsdagar",
     "Uttag ur verksamhetssystemet", "Varje kvartal", "Ordföranden"),
    ("Överförmyndarspärr",
     "Att spärr finns på huvudmannens konto när nämnden har beslutat om det",
     "Kontroll mot banken i 5 ärenden", "Mars", "Nämnden i april"),
]  # fmt: skip
