"""The figures of corpus document DR (``word_shapes_dr``): the goal rows with their stacked
indicators, the activities, the ram build-up, the driftbudget, the cost split between the two
kommuner, the prestationsmått and the control plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

IndLine = tuple[str, str, str, int | None, Val | None, str, Val]
"""An indicator's line in a goal row: name as printed, unit, nuläge cell, nuläge year,
nuläge value, target cell, target value."""

GOALS: list[tuple[str, str, list[IndLine]]] = [
    ("1", "Livsmedel som säljs och serveras i kommunerna är säkra och rätt märkta.", [
        ("Andel planerade livsmedelskontroller som genomförts", "%", "94 %", 2025, D(94),
         "100 %", D(100)),
        ("Andel kontrollerade anläggningar utan avvikelser vid första kontrollen", "%",
         "61 %", 2025, D(61), "65 %", D(65)),
        ("Nöjd kund-index livsmedelskontroll (Insikt)", "", "72 (2024)", 2024, D(72),
         "75", D(75)),
    ]),
    ("2", "Tillsynen enligt miljöbalken är riskbaserad och når de verksamheter som påverkar "
     "miljön mest.", [
        ("Andel prioriterade objekt i tillsynsplanen som fått tillsynsbesök", "%", "82 %",
         2025, D(82), "90 %", D(90)),
        ("Antal inventerade enskilda avlopp", "", "318", 2025, D(318), "350", D(350)),
        ("Andel förelägganden om enskilda avlopp som åtgärdats inom utsatt tid", "%",
         "Nytt mått", None, None, "80 %", D(80)),
    ]),
    ("3", "Invånarna i båda kommunerna har en god inomhusmiljö och skyddas mot buller och "
     "andra olägenheter.", [
        ("Handläggningstid klagomål på inomhusmiljö, median (dagar)", "", "21", 2025, D(21),
         "Högst 14", "Högst 14"),
        ("Andel förskolor och skolor som fått tillsyn under året", "%", "38 %", 2025, D(38),
         "50 %", D(50)),
    ]),
    ("4", "Företagare upplever en effektiv och rättssäker myndighetsutövning.", [
        ("Nöjd kund-index totalt (Insikt)", "", "70 (2024)", 2024, D(70), "73", D(73)),
        ("Andel beslut som upphävs efter överklagande", "%", "1,8 %", 2025, D("1.8"),
         "Högst 2 %", "Högst 2 %"),
        ("Handläggningstid serveringstillstånd, median (veckor)", "", "5,5", 2025, D("5.5"),
         "4", D(4)),
    ]),
    ("5", "Nämnden bidrar till att de lokala miljömålen nås, med fokus på vatten och "
     "biologisk mångfald.", [
        ("Andel strandbad med tjänligt vatten vid samtliga prov", "%", "87 %", 2025, D(87),
         "100 %", D(100)),
        ("Antal genomförda åtgärder i vattenvårdsplanen", "", "4", 2025, D(4), "7", D(7)),
        ("Antal pågående naturvårdsprojekt med LONA-bidrag", "", "2", 2025, D(2), "3", D(3)),
    ]),
    ("6", "Medarbetarna har en god arbetsmiljö och förvaltningen klarar sin "
     "kompetensförsörjning.", [
        ("Hållbart medarbetarengagemang (HME)", "", "78", 2025, D(78), "80", D(80)),
        ("Sjukfrånvaro", "%", "6,4 %", 2025, D("6.4"), "Högst 5 %", "Högst 5 %"),
        ("Personalomsättning", "%", "14,3 %", 2025, D("14.3"), "10 %", D(10)),
    ]),
]  # fmt: skip

ActLine = tuple[str, str, str, str, str, dt.date | None]
"""An activity: number, name, goal numbers, ansvarig, "Klart" cell, its slutdatum."""

ACTIVITIES: list[ActLine] = [
    ("1", "Införa digital kontrollrapport i fält för livsmedelskontrollen", "1",
     "Enhetschef livsmedel", "Mars 2027", dt.date(2027, 3, 31)),
    ("2", "Genomföra kontrollprojekt om allergenmärkning på restauranger", "1",
     "Enhetschef livsmedel", "2027-10-31", dt.date(2027, 10, 31)),
    ("3", "Ta fram ny behovsutredning och tillsynsplan för 2028–2030", "2, 5", "Miljöchef",
     "December 2027", dt.date(2027, 12, 31)),
    ("4", "Inventera enskilda avlopp i Norrsjöns avrinningsområde, Ekby kommun", "2",
     "Enhetschef miljö", "2027-09-30", dt.date(2027, 9, 30)),
    ("5", "Tillsynsprojekt om ventilation och radon i förskolor", "3",
     "Enhetschef hälsoskydd", "2027-06-15", dt.date(2027, 6, 15)),
    ("6", "Uppdatera riktlinjerna för handläggning av bullerklagomål", "3",
     "Enhetschef hälsoskydd", "Q2 2027", dt.date(2027, 6, 30)),
    ("7", "Införa e-tjänst för anmälan av värmepump och avlopp i båda kommunerna", "4",
     "Miljöchef", "2027-04-30", dt.date(2027, 4, 30)),
    ("8", "Företagsträffar om den nya taxan tillsammans med kommunernas näringslivsenheter",
     "4", "Miljöchef", "Maj 2027", dt.date(2027, 5, 31)),
    ("9", "Slutföra LONA-projektet om våtmarker vid Lillån", "5", "Kommunekolog",
     "2027-11-30", dt.date(2027, 11, 30)),
    ("10", "Kartlägga strandbad med återkommande höga bakteriehalter", "5",
     "Enhetschef hälsoskydd", "Augusti 2027", dt.date(2027, 8, 31)),
    ("11", "Gemensam introduktion för nyanställda inspektörer", "6", "Miljöchef",
     "Löpande", None),
]  # fmt: skip

RAM_HEADER = ["Förändring", "Tkr"]
RAM_ROWS = [
    ["Ram 2026", "19 120"],
    ["Löne- och prisuppräkning", "+498"],
    ["Effektiviseringskrav 1,0 %", "−191"],
    ["Tillskott för tillsyn av förorenade områden (0,5 årsarbetare)", "+375"],
    ["Hyra för nya lokaler i Ekby, helårseffekt", "+140"],
    ["Lägre avgiftsintäkter livsmedel efter ny avgiftsmodell", "+220"],
    ["Engångsanslag för kalkning 2026 upphör", "−150"],
    ["Ram 2027", "20 012"],
]

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
DRIFT_HEADER = ["Verksamhet, tkr", "Bokslut 2025", "Budget 2026", "Budget 2027"]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [2_310, 2_405, 2_540]),
    ("Miljötillsyn", [6_820, 7_060, 7_590]),
    ("Hälsoskydd", [3_180, 3_295, 3_360]),
    ("Livsmedelskontroll", [2_540, 2_610, 2_920]),
    ("Naturvård och miljöstrategiskt arbete", [2_870, 2_980, 2_840]),
    ("Alkohol- och tobakstillstånd", [710, 770, 762]),
]

SPLIT_HEADER = ["Kommun", "Invånare 1 nov 2025", "Andel", "Kostnad 2027, tkr"]
SPLIT_ROWS = [
    ["Älvdals kommun (värdkommun)", "24 318", "63,4 %", "12 688"],
    ["Ekby kommun", "14 037", "36,6 %", "7 324"],
    ["Summa", "38 355", "100 %", "20 012"],
]

INVESTMENTS = [("Utrustning för bullermätning", 120), ("Elbil för tillsynen", 380)]

VOLUME_HEADER = ["Prestationsmått", "Utfall 2024", "Utfall 2025", "Plan 2027"]
VOLUME_ROWS = [
    ["Tillsynsbesök enligt miljöbalken, antal", "412", "438", "460"],
    ["Livsmedelskontroller, antal", "1 164", "1 092", "1 150"],
    ["Inkomna ärenden totalt", "2 317", "2 486", "2 500"],
    ["– varav klagomål", "286", "301", "–"],
    ["Beslut om enskilda avlopp, antal", "187", "204", "220"],
    ["Handläggningstid enskilda avlopp, median (dagar)", "34", "29", "25"],
    ["Handläggningstid bygglovsremisser, median (dagar)", "9", "11", "10"],
    ["Registrerade livsmedelsanläggningar", "512", "519", "525"],
]
VOLUME_NOTE = (
    "Handläggningstiden räknas från komplett ansökan till beslut. Källa: ärendesystemet Ecos."
)

CONTROLS = [
    ("Debitering av tillsynsavgifter", "Timavgifter debiteras inte eller fel",
     "Stickprov på 20 ärenden att nedlagd tid debiterats enligt taxan", "Två gånger per år",
     "Administrativ chef"),
    ("Fördelning av kostnader mellan kommunerna", "Fel andel faktureras Ekby kommun",
     "Avstämning av fakturerat belopp mot avtalets fördelningsgrund", "Kvartalsvis",
     "Ekonom"),
    ("Delegationsbeslut", "Beslut anmäls inte till nämnden",
     "Kontroll att alla delegationsbeslut i Ecos har anmälts till nämnden", "Månadsvis",
     "Nämndsekreterare"),
    ("Jäv och opartiskhet", "Inspektör handlägger ärende trots jäv",
     "Genomgång av att jävsdeklaration finns för samtliga inspektörer", "Årligen",
     "Miljöchef"),
    ("Livsmedelskontroll", "Kontrollplanen följs inte",
     "Uppföljning av genomförda kontroller mot den nationella kontrollplanen", "Tertialvis",
     "Enhetschef livsmedel"),
]  # fmt: skip
