"""Data of corpus document DU (``word_shapes_du``): the kultur- och fritidsnämnd's goals with
their indicators, activities, budget, investments, key figures and controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

# An indicator: name, unit, nuläge (None: "Nytt mått"), its year, targets 2027, 2028, 2029
# (None: "–" in the table, no target that year).
Row = tuple[str, str, Val | None, int | None, tuple[Val | None, Val | None, Val | None]]

GOALS: list[tuple[str, str, list[Row]]] = [
    ("Fler barn och unga har en aktiv och meningsfull fritid",
     "Barn och unga som har något att göra efter skolan mår bättre och klarar skolan bättre. "
     "Nämnden vill särskilt nå de ungdomar som i dag inte är med i någon förening.", [
        ("Andel elever i åk 7–9 som deltar i en förening eller organiserad "
         "fritidsaktivitet", "%", D(61), 2024, (D(63), D(65), D(67))),
        ("Antal deltagartillfällen i LOK-stödsberättigad verksamhet, 7–20 år", "",
         D(164312), 2025, (D(168000), D(172000), D(176000))),
        ("Antal besökare per kväll på fritidsgårdarna, snitt", "", D(47), 2025,
         ("Öka", "Öka", D(55))),
    ]),
    ("Biblioteken når fler invånare och stärker läsningen",
     "Läsförståelsen bland kommunens elever har sjunkit. Biblioteken ska finnas där "
     "invånarna är och göra det lätt att låna, läsa och lära.", [
        ("Antal fysiska besök på biblioteken", "", D(196480), 2025,
         (D(200000), D(205000), D(210000))),
        ("Utlån per invånare", "", D("3.7"), 2025, (D("3.8"), D("3.9"), D("4.1"))),
        ("Andel barn i förskoleklass som fått ett bokpaket", "%", D(72), 2025,
         (D(85), D(95), D(100))),
    ]),
    ("Kulturlivet är rikt och tillgängligt i hela kommunen",
     "Kulturen ska inte bara finnas i centralorten. Arrangemang i byarna och en "
     "kulturskola som når alla elever gör kulturen till en del av vardagen.", [
        ("Antal kulturarrangemang utanför Rönnarps tätort", "", D(38), 2025,
         (D(42), D(46), D(50))),
        ("Andel elever i kulturskolan som bor utanför Rönnarps tätort", "%", D(34), 2024,
         (D(36), D(38), D(40))),
        ("Antal elever i kulturskolans kurser", "", D(1164), 2025,
         (D(1200), D(1240), D(1280))),
        ("Väntetid till instrumentundervisning, månader", "", D(14), 2025,
         (D(12), D(10), D(8))),
    ]),
    ("Fler invånare rör sig regelbundet, oavsett ålder och bakgrund",
     "Fysisk aktivitet är en av de viktigaste faktorerna för god hälsa. Anläggningarna "
     "ska vara öppna och bokningsbara för fler grupper än i dag.", [
        ("Andel invånare 65 år och äldre som besökt en idrottsanläggning det senaste året",
         "%", None, None, (None, D(40), D(45))),
        ("Antal bokade timmar i kommunens idrottshallar", "", D(48920), 2025,
         (D(50000), D(51500), D(53000))),
        ("Flickors andel av deltagartillfällena i föreningslivet", "%", D(41), 2025,
         (D(43), D(45), D(47))),
    ]),
    ("Invånarna är nöjda med kultur- och fritidsutbudet",
     "Nämnden följer invånarnas omdöme genom SCB:s medborgarundersökning, som görs vartannat "
     "år, och genom egna besöksenkäter.", [
        ("Nöjd-Region-Index, fritidsmöjligheter", "", D(58), 2023, (D(60), None, D(62))),
        ("Andel besökare som är nöjda med badhuset", "%", D(86), 2025,
         ("≥ 85 %", "≥ 85 %", "≥ 85 %")),
    ]),
    ("Nämnden använder sina resurser effektivt och hållbart",
     "En budget i balans, lägre energianvändning och friska medarbetare är förutsättningar "
     "för allt annat nämnden vill uppnå.", [
        ("Budgetavvikelse i procent av nettokostnaden", "%", D("-0.8"), 2025,
         (D(0), D(0), D(0))),
        ("Energianvändning i idrottsanläggningarna, MWh", "", D(5412), 2025,
         (D(5300), D(5150), D(5000))),
        ("Sjukfrånvaro bland medarbetarna", "%", D("6.4"), 2025,
         (D("6.0"), D("5.7"), D("5.5"))),
    ]),
]  # fmt: skip

UNITS = {
    "BIB": "Biblioteken",
    "FRI": "Fritidsenheten",
    "KUL": "Kulturenheten",
    "KSK": "Kulturskolan",
    "ANL": "Anläggningsenheten",
    "STAB": "Förvaltningens stab",
}
"""The abbreviations of the activity table's Ansvar column, explained in a line under it."""

# (activity, goal numbers as printed, ansvar code, tidplan as printed, slutdatum)
ACTS: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Starta ett fritidsbibliotek med utlån av sport- och fritidsutrustning", "KFN 1",
     "FRI", "Hösten 2027", dt.date(2027, 12, 31)),
    ("Hålla fritidsgården i Tjörröd öppen även på lördagar", "KFN 1", "FRI",
     "Våren 2027", dt.date(2027, 6, 30)),
    ("Införa meröppet på biblioteket i Ålstorp", "KFN 2", "BIB", "December 2027",
     dt.date(2027, 12, 31)),
    ("Bokstart: bokpaket till alla sexåringar genom förskoleklassen", "KFN 2", "BIB",
     "Löpande", None),
    ("Turnera med programserien Kultur i byn i bygdegårdar och byalag", "KFN 3", "KUL",
     "2027–2028", dt.date(2028, 12, 31)),
    ("Erbjuda kulturskolans prova-på-kurser på skolorna i Tjörröd och Ålstorp", "KFN 3",
     "KSK", "Hösten 2028", dt.date(2028, 12, 31)),
    ("Ta fram en plan för platser för spontanidrott utomhus", "KFN 4", "ANL", "Våren 2028",
     dt.date(2028, 6, 30)),
    ("Införa seniorsim på förmiddagar i simhallen", "KFN 4", "ANL", "Januari 2027",
     dt.date(2027, 1, 31)),
    ("Genomföra en medborgardialog om framtidens fritidsutbud", "KFN 5", "STAB",
     "Oktober 2027", dt.date(2027, 10, 31)),
    ("Byta till LED-belysning i Rönnarpshallen och på konstgräsplanen", "KFN 6", "ANL",
     "2027–2029", dt.date(2029, 12, 31)),
    ("Införa digital bokning av lokaler och anläggningar för föreningar", "KFN 6, KFN 4",
     "ANL", "Juni 2028", dt.date(2028, 6, 30)),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
              ("plan", 2029)]  # fmt: skip
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [-4850, -5120, -5240, -5350, -5460]),
    ("Bibliotek", [-18640, -19310, -19980, -20420, -20870]),
    ("Kulturverksamhet", [-9420, -9870, -10260, -10480, -10700]),
    ("Kulturskola", [-11230, -11760, -12150, -12410, -12680]),
    ("Fritidsgårdar och ungdomsverksamhet", [-8310, -8690, -9240, -9450, -9650]),
    ("Föreningsbidrag", [-6540, -6800, -7050, -7050, -7050]),
    ("Idrotts- och fritidsanläggningar", [-27960, -29140, -31870, -32560, -33210]),
    ("Bad- och simhall", [-12480, -12950, -13340, -13620, -13900]),
]

INV_KEYS = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
INVEST: list[tuple[str, list[int | None]]] = [
    ("Omläggning konstgräsplan, Rönnarps IP", [4500, None, None]),
    ("LED-belysning idrottsanläggningar", [1200, 1200, 800]),
    ("Inventarier bibliotek och kulturskola", [600, 600, 600]),
    ("Ny skatepark i Tjörröd", [None, 3800, None]),
]

KEY_HEADER = ["Mått", "2023", "2024", "2025"]
KEYS: list[tuple[str, tuple[str, str, str]]] = [
    ("Fysiska besök på biblioteken", ("188 210", "191 064", "196 480")),
    ("Utlån, totalt", ("104 300", "103 870", "107 215")),
    ("Elever i kulturskolan", ("1 102", "1 131", "1 164")),
    ("Deltagartillfällen med LOK-stöd, 7–20 år", ("158 744", "160 918", "164 312")),
    ("Besök i simhallen", ("96 400", "71 250*", "98 730")),
    ("Bidragsberättigade föreningar", ("72", "74", "71")),
    ("Nettokostnad kultur och fritid, kr per invånare", ("3 742", "3 918", "4 061")),
]
KEY_NOTE = "* Simhallen var stängd för renovering mars–maj 2024."

CONTROL_HEADER = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]
CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga uppgifter",
     "Stickprov på fem föreningars redovisade deltagartillfällen mot närvarolistor",
     "Fritidschef", "En gång per år"),
    ("Kontanthantering", "Kassan i simhallen stämmer inte mot kassaregistret",
     "Oanmäld kassainventering i simhallen och på biblioteken", "Controller",
     "Två gånger per år"),
    ("Inköp", "Inköp görs utanför avtal",
     "Granskning av leverantörsfakturor över 50 000 kr mot gällande avtal",
     "Kultur- och fritidschef", "Två gånger per år"),
    ("Barn och unga i verksamheten", "Personal saknar kontroll i belastningsregistret",
     "Kontroll av att all personal på fritidsgårdarna visat utdrag ur belastningsregistret",
     "Fritidschef", "Stickprov i maj"),
    ("Lokalbokning", "Bokade timmar faktureras inte",
     "Avstämning av fakturerade timmar mot bokningssystemet", "Anläggningschef",
     "Varje kvartal"),
]  # fmt: skip
