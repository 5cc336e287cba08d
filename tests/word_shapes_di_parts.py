"""Data of corpus document DI (tests/word_shapes_di.py): the vård- och omsorgsnämnd's goals
with their indicators, its activities, its budget per ansvar and by cost type, its
investments, key figures and controls, as its economists and secretary typed them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

IndRow = tuple[str, str, D | None, D | None, dict[int, Val]]
"""An indicator: name, unit, utfall 2024, utfall 2025, target per year."""

GoalDef = tuple[str, str, list[IndRow]]
"""A nämndmål: its number ("1.2"), its text and its indicators."""

AREAS: list[tuple[str, str, tuple[int, ...], list[GoalDef]]] = [
    ("KF målområde 1: Trygg och värdig ålderdom",
     "Kommunfullmäktige vill att äldre i Lövsund ska kunna leva ett tryggt och aktivt liv "
     "och få stöd när de behöver det, i första hand i det egna hemmet.",
     (2027, 2028),
     [("1.1", "Äldre med hemtjänst känner sig trygga och har inflytande över sin vardag",
       [("Andel brukare i hemtjänsten som känner sig trygga hemma", "%", D(86), D(88),
         {2027: D(90), 2028: D(92)}),
        ("Antal olika personal som besöker en brukare med hemtjänst under 14 dagar", "",
         D(16), D(15), {2027: D(13), 2028: D(12)}),
        ("Andel brukare som upplever att personalen tar hänsyn till deras åsikter", "%",
         D(84), D(83), {2027: D(88), 2028: D(90)})]),
      ("1.2", "Fler äldre kan bo kvar hemma med stöd av välfärdsteknik",
       [("Antal brukare med digital nattillsyn", "", D(41), D(57),
         {2027: D(90), 2028: D(130)}),
        ("Andel hemtjänsttagare med läkemedelsautomat", "%", D("4.2"), D("6.8"),
         {2027: "Minst 12 %", 2028: D(15)})]),
      ("1.3", "Den som beviljats särskilt boende får plats inom rimlig tid",
       [("Väntetid i dagar från beslut till erbjuden plats, medelvärde", "", D(74), D(61),
         {2027: "≤ 45", 2028: "≤ 40"}),
        ("Andel som erbjudits plats inom tre månader från beslut", "%", D(68), D(73),
         {2027: D(85), 2028: D(90)})])]),
    ("KF målområde 2: Delaktighet och självständighet",
     "Personer med funktionsnedsättning ska kunna leva som andra, med inflytande över sitt "
     "boende och sin sysselsättning.",
     (2027, 2028),
     [("2.1", "Personer med insatser enligt LSS har en meningsfull sysselsättning",
       [("Andel i daglig verksamhet som gått vidare till praktik eller arbete", "%",
         D("3.1"), D("4.4"), {2027: D(6), 2028: D(8)}),
        ("Andel brukare i daglig verksamhet som trivs alltid eller oftast", "%", D(91), D(89),
         {2027: D(92), 2028: D(93)})]),
      ("2.2", "Boendet inom LSS utgår från den enskildes önskemål och behov",
       [("Antal personer med ej verkställt beslut om gruppbostad äldre än tre månader", "",
         D(9), D(7), {2027: D(3), 2028: D(0)}),
        ("Andel brukare med aktuell genomförandeplan", "%", D(78), D(84),
         {2027: D(100), 2028: D(100)})])]),
    ("KF målområde 3: Attraktiv arbetsgivare",
     "Kommunen ska kunna rekrytera och behålla medarbetare med rätt kompetens.",
     (2027, 2029),
     [("3.1", "Nämnden har medarbetare med rätt kompetens och en hållbar arbetsmiljö",
       [("Sjukfrånvaro, alla anställda", "%", D("9.6"), D("8.9"),
         {2027: D("8.0"), 2029: D("7.0")}),
        ("Andel undersköterskor med skyddad yrkestitel", "%", D(71), D(79),
         {2027: D(88), 2029: D(95)}),
        ("Personalomsättning, tillsvidareanställda", "%", D("14.2"), D("12.7"),
         {2027: D(11), 2029: D(10)})]),
      ("3.2", "Heltid är norm i vård och omsorg",
       [("Andel medarbetare med heltidsanställning", "%", D(64), D(69),
         {2027: D(80), 2029: D(90)}),
        ("Andel av de heltidsanställda som arbetar heltid", "%", D(51), D(58),
         {2027: D(70), 2029: D(80)}),
        ("Timanställdas arbetade tid omräknad till årsarbetare", "", D("71.5"), D("64.0"),
         {2027: D(50), 2029: D(40)})])]),
    ("KF målområde 4: Hållbar ekonomi",
     "Verksamheterna ska bedrivas kostnadseffektivt och inom de ramar fullmäktige beslutat.",
     (2027, 2029),
     [("4.1", "Nämnden bedriver verksamheten inom tilldelad budgetram",
       [("Budgetavvikelse i procent av nettokostnadsramen", "%", D("-1.8"), D("-0.6"),
         {2027: D(0), 2029: D(0)}),
        ("Kostnad per brukare i hemtjänsten, tkr", "", D(312), D(325),
         {2027: "Högst 330", 2029: "Högst 345"})])]),
]  # fmt: skip

STAFFING: tuple[str, list[str], dict[int, Val], dict[int, Val]] = (
    "Antal vårdbiträden som studerar till undersköterska i Äldreomsorgslyftet",
    ["18", "26", "30", "30"],
    {2025: D(18), 2026: D(26)},
    {2027: D(30), 2028: D(30)},
)
"""The staffing measure counted per läsår: name, cells, outcomes and targets by the calendar
year in which the läsår ends."""

ACTIVITIES: list[tuple[str, str, str, dt.date | None]] = [
    ("Digital nattillsyn erbjuds alla brukare i hemtjänsten som önskar det",
     "Enhetschef nattpatrull", "Q2 2027", dt.date(2027, 6, 30)),
    ("Fasta omsorgsteam införs i Hemtjänst Söder för bättre kontinuitet",
     "Verksamhetschef hemtjänst", "HT 2027", dt.date(2027, 12, 31)),
    ("Den nya avdelningen med åtta platser på Solgläntan öppnas", "Verksamhetschef SÄBO",
     "2027-06", dt.date(2027, 6, 30)),
    ("Läkemedelsautomater införs hos hemtjänsttagare med många läkemedel", "MAS",
     "Q4 2027", dt.date(2027, 12, 31)),
    ("Rutinen för handläggning av ansökan om särskilt boende ses över",
     "Enhetschef myndighet", "2027-03", dt.date(2027, 3, 31)),
    ("Samverkan med det lokala näringslivet om praktikplatser för daglig verksamhet",
     "Verksamhetschef LSS", "VT 2028", dt.date(2028, 6, 30)),
    ("Behovsanalys och lokalprogram för en ny gruppbostad med sex lägenheter",
     "Förvaltningschef", "Q1 2028", dt.date(2028, 3, 31)),
    ("Heltid som norm införs på Björkhagen och Solgläntan", "HR-strateg", "2027-10",
     dt.date(2027, 10, 31)),
    ("Äldreomsorgslyftet fortsätter med 30 studieplatser per läsår", "HR-strateg",
     "Löpande", None),
    ("Månadsvis uppföljning av beviljade och utförda hemtjänsttimmar per ansvar",
     "Controller", "Q1 2027", dt.date(2027, 3, 31)),
    ("Handlingsplan för arbetsplatser med sjukfrånvaro över 10 %", "Enhetschefer och HR",
     "HT 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("prognos", 2026), ("budget", 2027),
              ("plan", 2028), ("plan", 2029)]  # fmt: skip
DRIFT_HEAD = ["Ansvar", "Verksamhet", "Bokslut 25", "Budget 26", "Prognos T2 26",
              "Budget 27", "Plan 28", "Plan 29"]  # fmt: skip

Line = tuple[str, str, list[int]]
DRIFT_LEAD: Line = ("4010", "Nämnd och förvaltningsledning",
                    [24815, 25600, 26140, 26350, 26900, 27450])  # fmt: skip
HEMTJANST: list[Line] = [
    ("4210", "Hemtjänst Norr", [78412, 80300, 83960, 83100, 85200, 87300]),
    ("4220", "Hemtjänst Söder", [91236, 93800, 96420, 96900, 99300, 101800]),
    ("4230", "Nattpatrull och trygghetslarm", [14908, 15200, 15650, 15700, 16100, 16500]),
]
BOENDEN: list[Line] = [
    ("4310", "Björkhagens vård- och omsorgsboende", [71560, 73400, 74020, 75800, 77700, 79600]),
    ("4320", "Solgläntans vård- och omsorgsboende", [52330, 53900, 55110, 63400, 68900, 70600]),
    ("4350", "Korttidsboendet Lärkan", [19874, 20300, 21480, 21000, 21500, 22100]),
]
LSS: list[Line] = [
    ("4510", "Gruppbostäder LSS", [62118, 64200, 65740, 66300, 68000, 69700]),
    ("4520", "Daglig verksamhet", [28641, 29400, 29050, 30400, 31200, 31900]),
    ("4530", "Personlig assistans", [41903, 42800, 44310, 44200, 45300, 46400]),
]
INTAKTER: list[Line] = [
    ("4910", "Avgifter äldreomsorg", [-31220, -31800, -32460, -33100, -33900, -34800]),
    ("4920", "Statsbidrag och ersättningar", [-18540, -12100, -16830, -11800, -11800, -11800]),
]

RESULT_KEYS = [("utfall", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
               ("plan", 2029)]  # fmt: skip
RESULT_HEAD = ["Kostnadsslag", "U2025", "B2026", "B2027", "P2028", "P2029"]
RESULT_INCOME = [
    ("Taxor och avgifter", [-33870, -34500, -35900, -36800, -37700]),
    ("Bidrag och ersättningar", [-41260, -35900, -35400, -35400, -35400]),
    ("Övriga intäkter", [-6415, -5800, -5900, -6000, -6100]),
]
RESULT_COSTS = [
    ("Personalkostnader", [381460, 392300, 409800, 420500, 431300]),
    ("Köp av verksamhet", [38920, 39600, 40800, 41700, 42600]),
    ("Lokalkostnader", [52310, 53100, 58900, 62400, 63200]),
]
"""The cost lines but "Övriga kostnader", which is what makes the nettokostnad the
driftbudget's total."""

INVEST_HEAD = ["Investeringar, tkr", "Bu27", "P28", "P29"]
INVESTMENTS: list[tuple[str, list[int | None]]] = [
    ("Digitala trygghetslarm och nattkameror", [1200, 800, 600]),
    ("Inventarier Solgläntan, ny avdelning", [2400, None, None]),
    ("Arbetstekniska hjälpmedel (taklyftar m.m.)", [650, 650, 650]),
    ("Välfärdsteknik, läkemedelsautomater", [480, 480, 300]),
]

PLACES_TITLE = "Platser per enhet"
PLACES_HEAD = ["Enhet", "Platser 2025", "Platser 2026", "Bu27"]
PLACES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Vård- och omsorgsboende", [
        ("Björkhagen", ["54", "54", "54"]),
        ("Solgläntan", ["40", "40", "48"]),
        ("Ekbacken (demens)", ["32", "32", "32"]),
    ]),
    ("Korttidsboende", [("Lärkan", ["14", "14", "12"])]),
    ("Bostad med särskild service, LSS", [
        ("Gruppbostad Tallen", ["6", "6", "6"]),
        ("Gruppbostad Vitsippan", ["5", "5", "5"]),
        ("Servicebostad Gläntan", ["9", "9", "10"]),
    ]),
]  # fmt: skip

COMPARE_TITLE = "Lövsund jämfört med liknande kommuner och riket"
COMPARE_HEAD = ["Nyckeltal", "Lövsund 2025", "Liknande kommuner 2025", "Riket 2025"]
COMPARE = [
    ["Kostnad hemtjänst äldreomsorg, kr/inv 80+", "68 412", "61 930", "64 877"],
    ["Kostnad särskilt boende äldreomsorg, kr/inv 80+", "112 304", "118 650", "121 093"],
    ["Invånare 80+ i särskilt boende, andel (%)", "11,4", "10,2", "10,9"],
    ["Invånare 80+ med hemtjänst, andel (%)", "22,1", "21,4", "20,6"],
    ["Brukarbedömning hemtjänst, helhetsomdöme, andel (%)", "88", "87", "87"],
]
COMPARE_NOTE = (
    "Källa: Kolada, hämtat 2026-09-14. Liknande kommuner avser kommungruppen "
    "pendlingskommun nära mindre stad."
)

CONTROL_HEAD = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]
CONTROLS = [
    ("Avgiftshantering", "Att avgifter för hemtjänst debiteras enligt beslut och utförd tid",
     "Stickprov, 15 ärenden", "Avgiftshandläggare", "Kvartalsvis"),
    ("Läkemedelshantering", "Att avvikelser i läkemedelshanteringen rapporteras och åtgärdas",
     "Genomgång av avvikelserapporter", "MAS", "Halvår"),
    ("Verkställighet av beslut",
     "Att gynnande beslut som inte verkställts inom tre månader rapporteras till IVO",
     "Avstämning mot verksamhetssystemet", "Enhetschef myndighet", "Kvartalsvis"),
    ("Rekrytering", "Att utdrag ur belastningsregistret begärs vid anställning inom LSS",
     "Stickprov, 10 anställningar", "HR-konsult", "1 gång/år"),
    ("Brukares privata medel",
     "Att hanteringen av brukares privata medel redovisas och attesteras varje månad",
     "Granskning av kassabok och kvitton", "Enhetschef boende", "Halvår"),
]  # fmt: skip
