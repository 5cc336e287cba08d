"""The data of corpus document DQ (``word_shapes_dq``): the socialnämnd's målområden, goals,
indicator cards and activity cards as its planning system exports them, its driftbudget, key
figures and internkontroll."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

Card = tuple[str, str, str, Val | None, int | None, list[str], list[Val | None], str]
"""An indicator card: name, Enhet as printed, unit expected, nuläge, its year, the target
cells as printed (2027–2029), the targets expected, the polarity's words."""

Act = tuple[str, str, str, str, str]
"""An activity card: name, Ansvarig, Startdatum, Slutdatum, Status as printed."""

KF = {
    1: "Barn och unga i Vallberg har goda uppväxtvillkor",
    2: "Fler vuxna i Vallberg försörjer sig själva",
    3: "Vallbergs kommun är en attraktiv arbetsgivare",
}

HIGH, LOW = "Högt värde är bra", "Lågt värde är bra"
NONE = "Ej angivet"

GoalData = tuple[str, str, str, list[int], list[Card], list[Act]]
"""A nämndmål: its words, Beskrivning, Ansvarig, linked KF goals, indicators, activities."""

AREAS: list[tuple[str, list[GoalData]]] = [
    ("Trygg uppväxt", [
        ("Barn och unga som riskerar att fara illa får tidigt och samordnat stöd",
         "Nämnden vill att fler barn får stöd i sin vardag innan problemen växer. Det kräver "
         "att orosanmälningar bedöms snabbt och att insatser på hemmaplan prövas före "
         "placering utanför hemmet.",
         "Avdelningschef barn och familj", [1],
         [("Andel förhandsbedömningar som är klara inom 14 dagar", "%", "%", D(78), 2025,
           ["90", "95", "–"], [D(90), D(95), None], HIGH),
          ("Antal barn och unga placerade i familjehem eller HVB, 31 december", "Antal", "",
           D(64), 2025, [NONE, "55", "50"], [None, D(55), D(50)], LOW),
          ("Andel ungdomar som inte återaktualiseras inom ett år efter avslutad insats", "%",
           "%", D(81), 2024, ["85", "85", "85"], [D(85), D(85), D(85)], HIGH)],
         [("Införa gemensam mottagning för orosanmälningar tillsammans med elevhälsan",
           "Enhetschef mottagningsenheten", "2027-01-01", "2027-06-30", "Ej påbörjad"),
          ("Utveckla öppenvårdsinsatser på hemmaplan som alternativ till placering",
           "Avdelningschef barn och familj", "2026-09-01", "2027-12-31", "Pågående")]),
        ("Fler föräldrar får stöd i sitt föräldraskap",
         "Föräldraskapsstöd i grupp ska finnas i alla kommundelar och nå även familjer som "
         "inte själva söker sig till socialtjänsten.",
         "Enhetschef förebyggande enheten", [1],
         [("Antal föräldrar som deltagit i föräldraskapsstöd i grupp", "Antal", "", D(146),
           2025, ["180", "200", "220"], [D(180), D(200), D(220)], HIGH),
          ("Andel deltagare som är nöjda med föräldraskapsstödet", "%", "%", None, None,
           ["85", "85", "85"], [D(85), D(85), D(85)], HIGH)],
         [("Erbjuda föräldraskapsprogrammet ABC i alla fyra kommundelar",
           "Enhetschef förebyggande enheten", NONE, "2027-12-31", "Ej påbörjad")]),
    ]),
    ("Egen försörjning och delaktighet", [
        ("Fler vuxna med ekonomiskt bistånd går vidare till arbete eller studier",
         "Ekonomiskt bistånd ska vara ett tillfälligt stöd. Nämnden arbetar tillsammans med "
         "arbetsmarknadsenheten och Arbetsförmedlingen för att korta tiden med bistånd.",
         "Enhetschef ekonomiskt bistånd", [2],
         [("Andel avslutade hushåll som gått till arbete eller studier", "%", "%", D(37), 2025,
           ["40", "43", "45"], [D(40), D(43), D(45)], HIGH),
          ("Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", "Antal", "",
           D(212), 2025, ["190", "175", "160"], [D(190), D(175), D(160)], LOW),
          ("Utbetalt ekonomiskt bistånd per invånare", "Kr", "kr", D(1164), 2025,
           ["1 120", "1 080", NONE], [D(1120), D(1080), None], LOW)],
         [("Starta ett gemensamt arbetsmarknadsteam med arbetsmarknadsenheten",
           "Enhetschef ekonomiskt bistånd", "2027-02-01", "2027-09-30", "Ej påbörjad"),
          ("Följa upp hushåll med långvarigt bistånd med individuella planer var tredje månad",
           "Enhetschef ekonomiskt bistånd", "2027-01-01", NONE, NONE)]),
        ("Personer med missbruk eller beroende får samordnade insatser",
         "Den som har kontakt med både socialtjänsten och regionens beroendevård ska ha en "
         "samordnad individuell plan och slippa vänta på första samtalet.",
         "Avdelningschef vuxen", [2, 1],
         [("Andel klienter med samordnad individuell plan (SIP)", "%", "%", D(42), 2025,
           ["55", "65", "70"], [D(55), D(65), D(70)], HIGH),
          ("Väntetid till första samtal på beroendemottagningen", "Dagar", "dagar", D("9.5"),
           2025, ["7", "5", "5"], [D(7), D(5), D(5)], LOW)],
         [("Införa SIP-samordnare på vuxenenheten", "Enhetschef vuxenenheten", "2027-03-01",
           "2027-08-31", "Ej påbörjad"),
          ("Ta fram en gemensam handlingsplan med regionens beroendemottagning",
           "Avdelningschef vuxen", "2026-11-01", "2027-04-30", "Pågående")]),
    ]),
    ("Kvalitet och medarbetare", [
        ("Handläggningen är rättssäker och håller hög kvalitet",
         "Utredningar ska vara klara i tid och besluten ska hålla vid en överprövning. "
         "Brukarnas bild av bemötandet följs upp varje år.",
         "Socialchef", [],
         [("Andel utredningar barn och unga som är klara inom fyra månader", "%", "%", D(67),
           2025, ["80", "85", "90"], [D(80), D(85), D(90)], HIGH),
          ("Antal beslut som ändrats efter överklagan", "Antal", "", D(7), 2024,
           ["5", "4", "4"], [D(5), D(4), D(4)], LOW),
          ("Brukarbedömning individ- och familjeomsorg, helhetssyn", "Index (1–5)", "",
           D("3.7"), 2025, ["4,0", "4,0", "4,2"], [D("4.0"), D("4.0"), D("4.2")], HIGH)],
         [("Genomföra egenkontroll av utredningstiderna varje kvartal", "Kvalitetsutvecklare",
           "2027-01-01", "2029-12-31", "Ej påbörjad"),
          ("Utbilda samtliga handläggare i den reviderade BBIC-versionen",
           "Utvecklingsledare", "2027-01-15", "2027-05-31", "Ej påbörjad")]),
        ("Socialförvaltningen är en arbetsplats där medarbetarna vill stanna och utvecklas",
         "Personalomsättningen bland socialsekreterare är fortfarande hög. Nämnden prioriterar "
         "introduktion, rimlig arbetsbelastning och möjlighet till vidareutbildning.",
         "Socialchef", [3],
         [("Personalomsättning bland socialsekreterare", "%", "%", D(24), 2025,
           ["18", "15", "12"], [D(18), D(15), D(12)], LOW),
          ("Sjukfrånvaro bland medarbetarna", "%", "%", D("8.1"), 2025,
           ["7,0", "6,5", "6,0"], [D("7.0"), D("6.5"), D("6.0")], LOW),
          ("Hållbart medarbetarengagemang (HME)", "Index", "", D(76), 2024,
           ["78", NONE, "80"], [D(78), None, D(80)], HIGH)],
         [("Införa introduktionsprogram med mentor för nyanställda socialsekreterare",
           "HR-strateg", "2026-08-15", "2027-03-31", "Pågående"),
          ("Pröva ett tak för antalet ärenden per handläggare inom barn och familj",
           "Avdelningschef barn och familj", "2027-01-01", "2027-12-31", "Ej påbörjad")]),
    ]),
]  # fmt: skip

BUDGET_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
               ("plan", 2029)]  # fmt: skip
BUDGET: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [-8412, -8950, -9210, -9390, -9560]),
    ("Barn och familj, myndighetsutövning", [-31870, -32400, -33150, -33800, -34450]),
    ("Placeringar barn och unga", [-48260, -45900, -44300, -43100, -42000]),
    ("Öppenvård barn och unga", [-12140, -13050, -14600, -15100, -15400]),
    ("Ekonomiskt bistånd", [-39510, -38200, -37400, -36800, -36200]),
    ("Vuxen, missbruk och beroende", [-21330, -22100, -22950, -23400, -23900]),
    ("Familjerätt och familjebehandling", [-6980, -7240, -7450, -7600, -7750]),
    ("Arbetsmarknadsteam", [None, None, -2400, -2450, -2500]),
]

KEY_HEADER = ["Nyckeltal", "Enhet", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Kostnad individ- och familjeomsorg per invånare", "kr", "4 812", "5 046", "5 231"],
    ["Antal barnavårdsanmälningar", "st", "1 164", "1 287", "1 342"],
    ["Andel invånare med ekonomiskt bistånd", "%", "3,9", "3,7", "3,5"],
    ["Vårddygn HVB barn och unga", "dygn", "9 860", "8 940", "7 712"],
    ["Hushåll med ekonomiskt bistånd, genomsnitt per månad", "st", "742", "–", "701"],
]

CONTROL_HEADER = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]
CONTROLS = [
    ["Utbetalning av ekonomiskt bistånd", "Felaktiga utbetalningar", "12",
     "Stickprov på 20 utbetalningar mot beslut och underlag", "Enhetschef ekonomiskt bistånd",
     "Två gånger per år"],
    ["Handläggning barn och unga", "Utredningar överskrider fyra månader utan beslut om "
     "förlängning", "9", "Uppföljning av utredningstider i verksamhetssystemet",
     "Avdelningschef barn och familj", "Varje kvartal"],
    ["Placeringar", "Placering hos leverantör utan avtal", "8",
     "Kontroll av att placeringar görs hos upphandlade leverantörer",
     "Enhetschef placeringsenheten", "En gång per år"],
    ["Dokumentation", "Beslut och insatser dokumenteras bristfälligt", "6",
     "Granskning av tio akter per enhet", "Kvalitetsutvecklare", "En gång per år"],
    ["Synpunkter och klagomål", NONE, NONE,
     "Kontroll av att synpunkter besvaras inom tio arbetsdagar", "Kvalitetsutvecklare",
     "Varje halvår"],
]  # fmt: skip
