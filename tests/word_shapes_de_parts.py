"""The content of corpus document DE (tests/word_shapes_de.py): its goal tables, the section
lists of planned changes, the key-figure tables and the internkontroll, as data."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

NULAGE_YEAR = 2025
TARGET_YEARS = (2026, 2027, 2028, 2029)

IndRow = tuple[str, str, Val | None, tuple[Val | None, ...]]
"""An indicator row: name as printed, unit, nuläge, målnivå per target year."""

SAME = "Brukarenkät genomförs varje år"
PARTNERS = "Samarbete med Arbetsförmedlingen och vuxenutbildningen"

Area = tuple[str, list[str], list[tuple[str, str, bool, list[IndRow]]]]
"""A målområde: its capital line, the KF's text under it, its goals (label, goal, whether the
goal is italic, indicator rows)."""

AREAS: list[Area] = [
    ("TRYGGHET – invånarna känner sig trygga",
     ["Kommunfullmäktige vill att alla som bor i Lövsjö ska kunna leva ett tryggt liv, "
      "oavsett ålder och livssituation. Den som behöver samhällets stöd ska få det i tid "
      "och med god kvalitet.",
      "Nämndernas mål inom området ska visa hur grunduppdraget bidrar till tryggheten och "
      "ska kunna nås inom den budgetram som fullmäktige har beslutat."],
     [("Nämndsmål 1:", "De vi är till för får ett stöd som leder till en stabil och trygg "
       "livssituation.", True,
       [("IFO övergripande: Nöjd Medborgar-Index – stöd för utsatta personer", "", D(52),
         (D(53), D(54), D(55), D(56))),
        ("Social barn- och ungdomsvård: Ej återaktualiserade barn 0-12 år ett år efter "
         "avslutad utredning eller insats, andel (%)", "%", D(72), (D(73), D(74), D(75), D(76))),
        ("Ej återaktualiserade ungdomar 13-20 år ett år efter avslutad utredning eller "
         "insats, andel (%)", "%", D(64), (D(66), D(68), D(70), D(72))),
        ("Missbruk och beroendevård: Ej återaktualiserade vuxna 21 år och äldre ett år efter "
         "avslutad insats, andel (%)", "%", D(88), (D(90), D(90), D(90), D(90)))]),
      ("Nämndsmål 2:", "Barn som placeras utanför hemmet får en stabil placering och "
       "behåller kontakten med sin familj.", True,
       [("Social barn- och ungdomsvård: Andel placerade barn som inte har flyttat mer än en "
         "gång under året (%)", "%", D("91.5"), (D(92), D(93), D(94), D(95))),
        ("Antal barn placerade i egna familjehem, per den 31 december", "", D(38),
         (D(42), D(46), D(50), D(52)))])]),
    ("EGEN FÖRSÖRJNING – fler invånare lever på egen lön",
     ["Arbete är den viktigaste vägen till egen försörjning och delaktighet i samhället. "
      "Kommunen ska tillsammans med Arbetsförmedlingen och näringslivet korta tiden i "
      "bidragsberoende."],
     [("Nämndsmål 3:", "Fler personer som uppbär försörjningsstöd går vidare till arbete "
       "eller studier.", True,
       [("Ek. bistånd: Ej återaktualiserade personer med försörjningsstöd ett år efter "
         "avslutat bistånd, andel (%)", "%", D(71), (D(73), D(75), D(77), D(80))),
        ("Ek. bistånd: Genomsnittlig biståndstid för vuxna, månader", "", D("6.8"),
         (D("6.5"), D("6.2"), D("5.9"), D("5.5"))),
        ("Arbetsmarknadsenheten: Andel deltagare som efter avslutad insats har arbete eller "
         "studerar (%)", "%", D(34), (D(36), D(38), D(40), D(42))),
        ("Antal hushåll med försörjningsstöd, genomsnitt per månad", "", D(1164),
         (D(1140), D(1110), D(1080), D(1050)))])]),
    ("DELAKTIGHET – invånare och medarbetare kan påverka",
     ["Fullmäktige vill att kommunen för en öppen dialog om mål och resultat, och att den "
      "som kontaktar kommunen får svar och ett gott bemötande.",
      "Internt ska uppföljningen av mål, kvalitet, personal och ekonomi redovisas samlat, "
      "så att varje medarbetare ser sin del i helheten."],
     [("Nämndsmål :", "Förvaltningens medarbetare deltar aktivt i utvecklingen av "
       "verksamheten och tar till vara synpunkter från de vi är till för.", True,
       [("Andel lyckade kontaktförsök med en handläggare per telefon (tillgänglighetsmätning)",
         "%", D(58), (D(62), D(66), D(70), D(72))),
        ("Andel som får gott bemötande när de ringer till förvaltningen (KKiK)", "%", D(81),
         (D(83), D(85), D(86), D(87))),
        ("Nämndsmål avseende medborgardialoger/påverkansforum", "", SAME,
         (SAME, SAME, SAME, SAME)),
        ("Medarbetarenkät, kvalitetsområde Mål och uppföljning", "", D("3.7"),
         (None, D("3.9"), None, D("4.1"))),
        ("Medarbetarenkät, HME delindex Styrning", "", D(69), (None, D(72), None, D(75)))])]),
    ("KOMPETENS – nämnden är en attraktiv arbetsgivare",
     ["Kommunen ska kunna rekrytera och behålla medarbetare med rätt kompetens. Den som "
      "arbetar i Lövsjö kommun ska ha möjlighet att utvecklas i sitt yrke."],
     [("Nämndsmål :", "Förvaltningen upplevs som en attraktiv arbetsgivare med friska "
       "medarbetare som utvecklas i sitt arbete.", True,
       [("Samverkan med andra aktörer för att rekrytera och kompetensutveckla:", "",
         PARTNERS, (PARTNERS, PARTNERS, PARTNERS, PARTNERS)),
        ("Medarbetarenkät: HME delindex Ledarskap", "", D(73), (None, D(75), None, D(77))),
        ("Medarbetarenkät: andel som inte tror att de har bytt arbetsgivare om ett år (%)",
         "%", D(63), (None, D(68), None, D(72))),
        ("Sjukfrånvaro, andel av ordinarie arbetstid (%)", "%", D("8.9"),
         (D("8.2"), D("7.6"), D("7.0"), D("6.5")))])]),
    ("HÅLLBARHET – det är lätt att välja klimatsmart",
     ["Kommunen ska minska sin klimatpåverkan från resor och energianvändning och göra det "
      "lättare för invånare och företag att leva och verka hållbart."],
     [("Nämndsmål :", "Vi väljer alltid det mest hållbara alternativet när vi reser och köper "
       "in i tjänsten.", False,
       [("Andel av förvaltningens personbilar som är miljöbilar (%)", "%", D("42.86"),
         (D(50), D(57), D(71), D(85))),
        ("Andel medarbetare som anser att de har kunskap för att göra hållbara val i arbetet",
         "%", None, ("Mäts 2026", "Öka med 10 %", "Öka med 10 %", D(90)))])]),
]  # fmt: skip

SECTIONS: list[tuple[str, list[tuple[str, bool]]]] = [
    ("Barn- och ungdomssektionen", [
        ("Införa strukturerad riskbedömning med FREDA i alla ärenden som gäller våld i nära "
         "relationer.", True),
        ("Följa upp alla placeringar i familjehem och HVB med ett gemensamt formulär och "
         "använda resultaten i verksamhetsutvecklingen.", True),
        ("Starta en gemensam familjehemsrekrytering med grannkommunerna i Norrådalen.", True),
        ("Ta fram en handlingsplan för föräldrastöd tillsammans med barn- och "
         "utbildningsförvaltningen.", True)]),
    ("Vuxensektionen", [
        ("Ta fram tydligare rutiner för överlämning mellan myndighet och öppenvård.", True),
        ("Genomföra en brukarrevision av öppenvården under 2027.", True),
        ("Lagändringen om spelberoende som börjar gälla 2027 väntas förtydliga vad kommunen "
         "och regionen ansvarar för.", False),
        ("Utbilda ytterligare två behandlare i tolvstegsprogrammet.", True)]),
    ("Integration och fritid", [
        ("Ta fram en strategi för mottagande och bosättning av nyanlända tillsammans med "
         "kommunledningskontoret.", True),
        ("Göra en plan för att nå nya grupper i föreningslivet, till exempel personer med "
         "funktionsnedsättning och nyanlända.", True)]),
    ("Arbete och välfärd", [
        ("Sektionen samlar ekonomiskt bistånd och arbetsmarknadsinsatser, vilket gör det "
         "lättare att se hela individens situation och sätta in rätt insats i rätt tid. "
         "Utbudet spänner från praktik och körkortsteori till hälsoteam och "
         "språkträning.", False),
        ("Införa en gemensam väg in till Arbete och välfärd, så att processen blir densamma "
         "oavsett vem som anvisar.", True)]),
]  # fmt: skip

UNITS: list[tuple[str, list[str]]] = [
    ("Stab:", ["Staben samlar förvaltningens administration med förvaltningschefen som chef: "
               "nämndsekreterare, administratörer, kvalitetsutvecklare, ekonomer och "
               "systemförvaltare. Receptionen är ofta invånarnas första kontakt med oss."]),
    ("Barn- och ungdomssektionen:", [
        "Sektionen tar emot anmälningar, utreder och följer upp insatser för barn och unga "
        "0-20 år, ansvarar för familjehemsvård och familjerätt och driver öppenvård och "
        "förebyggande arbete som fältgruppen och familjecentralen."]),
    ("Vuxensektionen:", [
        "Vuxensektionen har en myndighetsdel och en öppenvårdsdel. Målgruppen är främst "
        "vuxna med missbruk eller beroende, men öppenvården möter också ungdomar från 13 "
        "år. Arbetet utgår från socialtjänstlagen och vid behov från LVM."]),
    ("Arbete och välfärd:", [
        "Arbetslösheten är kommunens största utmaning inom nämndens område. Långvarigt "
        "bidragsberoende är dyrt för kommunen och tungt för den enskilde. Sektionen "
        "erbjuder därför stöd till dem som inte direkt kan ta ett arbete på den öppna "
        "arbetsmarknaden, i samverkan med Arbetsförmedlingen och Försäkringskassan."]),
]  # fmt: skip

PERSONNEL_HEAD = ["", "Bokslut 2024", "Bokslut 2025", "Budget 2026", "Förändring i % 2024-2025"]
PERSONNEL = [
    ["Antal årsarbetare", "163", "178", "185", "9,2 %"],
    ["Sjukfrånvaro %", "8,12", "8,87", "7,50", "+0,75"],
    ["Medelsysselsättningsgrad i % (tillsvidareanställda)", "95,8", "96,6", "97", "+0,8"],
    ["Personalomsättning i % (tillsvidareanställda)", "14,6", "12,9", "10,5", "-1,7"],
]
PENSION_HEAD = ["Pensionsavgångar/-prognos", "2024", "2025", "2026", "2027", "2028", "2029"]
PENSION = ["Antal", "4", "3", "2", "5", "3", "6"]

COST_HEAD = ["", "Bokslut 2024", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
             "Plan 2029"]  # fmt: skip
COST_PER_INHABITANT = [
    ["Invånare totalt, antal", "27 412", "27 530", "27 655", "27 790", "27 920", "28 050"],
    ["Kostnad arbetsmarknadsåtgärder, kr/inv", "1164", "1231", "1102", "1095", "1081", "1075"],
    ["Kostnad flyktingmottagning, kr/inv", "712", "648", "590", "575", "560", "548"],
    ["Kostnad barn- och ungdomsvård, kr/inv", "1843", "1972", "1815", "1806", "1798", "1790"],
    ["Kostnad missbrukarvård vuxna, kr/inv", "452", "487", "466", "464", "462", "460"],
    ["Kostnad ekonomiskt bistånd, kr/inv", "1238", "1276", "1201", "1196", "1190", "1185"],
]
TOTAL_GROUP = "Total kostnad, Kkr"
TOTAL_COST = [
    ["Kostnad arbetsmarknadsåtgärder", "31 907", "33 890", "30 476", "30 430", "30 180",
     "30 154"],
    ["Kostnad flyktingmottagning *", "19 517", "17 839", "16 316", "15 979", "15 635",
     "15 371"],
    ["Kostnad barn- och ungdomsvård", "50 520", "54 289", "50 194", "50 189", "50 202",
     "50 210"],
    ["Kostnad missbrukarvård vuxna", "12 390", "13 407", "12 887", "12 895", "12 899",
     "12 903"],
    ["Kostnad ekonomiskt bistånd **", "33 936", "35 128", "33 214", "33 237", "33 225",
     "33 239"],
]  # fmt: skip
COST_NOTES = [
    "* Bruttokostnad minus interna intäkter och ersättningar från andra kommuner för "
    "flyktingmottagandet. Avser personer som kommunen tar emot inom det kommunala "
    "mottagandet och får statlig ersättning för.",
    "** Inklusive kostnader för skyddat boende vid våld i nära relationer.",
]

DRIFT = [
    ("Medborgarnämnd", [1_482, 1_538, 1_610]),
    ("Medborgarförvaltning gem", [12_906, 13_874, 14_520]),
    ("Barn- och ungdomssektion", [41_237, 44_915, 42_300]),
    ("Vuxensektion", [11_604, 12_388, 12_950]),
    ("Ekonomienhet", [33_871, 35_102, 33_400]),
    ("Arbetsmarknadsenhet", [14_260, 14_815, 15_870]),
    ("Integration- och fritidssektion", [9_418, 7_956, 10_240]),
]
FRAME = [132_450, 133_980, 135_210]
"""KF:s ram for 2027-2029: only the NETTOKOSTNAD row has these years."""

PROJECTS: list[tuple[str, str, list[int | None]]] = [
    ("Inventarier", "MBN 001", [1_120, 980, 1_050, 1_050, 900]),
    ("Verksamhetssystem IFO, modul e-tjänster", "MBN 002", [640, 310, None, None, None]),
    ("Lokalanpassning Råd- och stödenheten", "MBN 003", [None, 1_400, None, None, None]),
]

CONTROLS = [
    ("Handläggning", "Att förhandsbedömning görs inom 14 dagar efter inkommen anmälan",
     "Sektionschef barn och unga", "Stickprov 2 ggr/år"),
    ("Ekonomiskt bistånd", "Att utbetalningar stäms av mot beslut i verksamhetssystemet",
     "Enhetschef ekonomienheten", "Varje månad"),
    ("Placeringar", "Att avtal finns för alla köpta placeringar i HVB och familjehem",
     "Controller", "Kvartalsvis"),
    ("Delegation", "Att beslut fattas enligt gällande delegationsordning",
     "Nämndsekreterare", "1 gång/år"),
]  # fmt: skip
