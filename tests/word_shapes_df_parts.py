"""The content of corpus document DF (a kultur- och fritidsnämnd's balanced-scorecard plan):
its perspectives with their goals, styrtal and activities, the budget in mnkr, the visitor
numbers per facility and the internkontroll's risk table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

Styrtal = tuple[str, str, tuple[Val | None, Val | None, Val | None], str]
"""A styrtal: name, unit, outcomes 2023–2025 (None: not measured, printed "–"), the 2027
target as printed."""

Act = tuple[str, str, str, dt.date | None]
"""An activity: name, its ending as printed ("" or " (klart …)"), ansvarig, slutdatum."""

GoalSpec = tuple[str, str, list[Styrtal], list[Act]]
"""A goal: its sentence, a line of prose about it, its styrtal, its activities."""

PERSPECTIVES: list[tuple[str, str, list[GoalSpec]]] = [
    ("Medborgare",
     "Ett brett och tillgängligt utbud som når alla invånare, oavsett ålder, bakgrund och "
     "var i kommunen de bor.",
     [("Fler invånare tar del av kultur- och fritidsutbudet.",
       "Besöken på bibliotek och bad har ökat sedan pandemiåren, men invånare i de "
       "mindre orterna använder utbudet mindre än invånare i centralorten.",
       [("Besök på kommunens bibliotek per invånare", "", (D("3.1"), D("3.3"), D("3.4")),
         "> 3,5"),
        ("Antal besökare i Tallmorabadet", "", (D(98412), D(104870), D(109233)),
         "Minst 112 000"),
        ("Andel invånare som är nöjda med kultur- och fritidsutbudet", "%",
         (D(61), None, D(64)), "≥ 66 %")],
       [("Biblioteket i Norrby får meröppet med självbetjäning även kvällar och helger",
         " (klart jun 2027, ansvar: bibliotekschef)", "bibliotekschef", dt.date(2027, 6, 30)),
        ("Sommarlovsprogrammet för barn och unga utökas till tre orter", "", "", None)]),
      ("Barn och unga har en meningsfull och jämlik fritid.",
       "Flickor och barn i familjer med låga inkomster deltar i mindre utsträckning i "
       "föreningslivet. Nämnden vill särskilt nå dem.",
       [("Andel elever i åk 4–9 som deltar i kulturskolans verksamhet", "%",
         (D(14), D(15), D(17)), "≥ 20 %"),
        ("Antal deltagartillfällen 7–20 år i föreningar med aktivitetsstöd", "",
         (D(118450), D(121330), D(119870)), "Öka"),
        ("Andel flickor bland deltagarna 7–20 år i föreningslivet", "%",
         (D(41), D(42), D(42)), "≥ 45 %"),
        ("Antal besök på fritidsgårdarna", "", (D(11240), D(12030), D(12815)),
         "Minst 12 000")],
       [("Kulturskolan startar en avgiftsfri prova-på-verksamhet i årskurs 4",
         " (klart dec 2027, ansvar: kulturskolechef).", "kulturskolechef",
         dt.date(2027, 12, 31)),
        ("Reglerna för lokalt aktivitetsstöd ses över så att föreningar som når fler "
         "flickor gynnas", " (klart okt 2027, ansvar: fritidschef)", "fritidschef",
         dt.date(2027, 10, 31)),
        ("Fritidsgården i Västerby håller öppet på lördagar under vinterhalvåret", "", "",
         None)])]),
    ("Verksamhet",
     "Lokaler och anläggningar används effektivt, är trygga och går att boka enkelt.",
     [("Kommunens anläggningar används effektivt och är tillgängliga för alla.",
       "Efterfrågan på halltider kvällstid är större än utbudet, samtidigt som flera "
       "anläggningar har brister i tillgängligheten för personer med funktionsnedsättning.",
       [("Beläggningsgrad i idrottshallarna vardagar kl. 17–21", "%", (D(78), D(81), D(83)),
         "≥ 85 %"),
        ("Andel anläggningar som uppfyller kommunens krav på tillgänglighet", "%",
         (D(52), D(58), D(63)), "≥ 70 %")],
       [("Tillgänglighetsinventering av samtliga idrottshallar och Tallmorabadet",
         " (klart mar 2027, ansvar: anläggningschef)", "anläggningschef",
         dt.date(2027, 3, 31)),
        ("Ny modell för fördelning av halltider införs till säsongen 2027/2028",
         " (klart aug 2027, ansvar: fritidschef)", "fritidschef", dt.date(2027, 8, 31))]),
      ("Digitala tjänster gör det enklare att boka, låna och delta.",
       "Det nya bokningssystemet togs i bruk för föreningar hösten 2025.",
       [("Andel bokningar av lokaler och anläggningar som görs digitalt", "%",
         (D(48), D(57), D(66)), "≥ 80 %"),
        ("Antal e-boklån per år", "", (D(9840), D(11205), D(12610)), "Öka"),
        ("Nöjd kund-index för den digitala bokningstjänsten", "", (None, None, D("3.7")),
         "> 4,0")],
       [("Bokningssystemet öppnas för privatpersoner", " (klart feb 2027, ansvar: "
         "fritidschef)", "fritidschef", dt.date(2027, 2, 28)),
        ("Biblioteken erbjuder drop-in med digital hjälp varje vecka", "", "", None)])]),
    ("Medarbetare",
     "Engagerade medarbetare med rätt kompetens och ett hållbart arbetsliv.",
     [("Medarbetarna har ett hållbart engagemang och en god arbetsmiljö.",
       "Sjukfrånvaron har minskat men är fortfarande hög på badet och fritidsgårdarna.",
       [("Hållbart medarbetarengagemang (HME), index", "", (D(79), D(80), D(78)), "≥ 80"),
        ("Sjukfrånvaro, andel av ordinarie arbetstid", "%", (D("6.8"), D("6.1"), D("5.9")),
         "< 5,5 %"),
        ("Andel medarbetare som har haft medarbetarsamtal", "%", (D(93), D(95), D(96)),
         "Bibehålla")],
       [("Gemensam introduktion för nyanställda och timavlönade på badet och "
         "fritidsgårdarna", " (klart apr 2027, ansvar: förvaltningschef)",
         "förvaltningschef", dt.date(2027, 4, 30))])]),
    ("Ekonomi",
     "En ekonomi i balans och resurser som används där de gör mest nytta för invånarna.",
     [("Nämnden bedriver verksamheten inom tilldelad budgetram.",
       "Nämnden redovisade underskott 2023 och 2025, främst på grund av höga energikostnader.",
       [("Budgetavvikelse, mnkr", "", (D("-1.2"), D("0.4"), D("-0.8")), "≥ 0"),
        ("Externa bidrag till verksamheten, tkr", "", (D(1850), D(2310), D(2045)),
         "Minst 2 000"),
        ("Nettokostnad för kultur och fritid per invånare, kr", "",
         (D(2412), D(2538), D(2611)), "Högst 2 750")],
       [("Översyn av taxor och avgifter för uthyrning av lokaler",
         " (klart sep 2027, ansvar: controller)", "controller", dt.date(2027, 9, 30)),
        ("Energieffektivisering av belysningen i Tallmorahallen",
         " (klart dec 2027, ansvar: anläggningschef)", "anläggningschef",
         dt.date(2027, 12, 31))])]),
]  # fmt: skip

BULLET_GOAL = "Digitala tjänster gör det enklare att boka, låna och delta."
"""The goal whose styrtal are bullets instead of a table."""

DRIFT: list[tuple[str, D, D]] = [
    ("Nämnd och förvaltningsledning", D("4.1"), D("4.3")),
    ("Bibliotek", D("18.6"), D("19.2")),
    ("Kulturskola", D("12.4"), D("12.9")),
    ("Allmänkultur och kulturarv", D("6.8"), D("6.5")),
    ("Fritidsgårdar", D("9.7"), D("10.4")),
    ("Idrotts- och fritidsanläggningar", D("31.5"), D("33.0")),
    ("Tallmorabadet", D("14.2"), D("11.1")),
    ("Föreningsbidrag", D("7.3"), D("7.6")),
]

KEY_TITLE = "Besökare per anläggning 2022–2025"
KEY_HEADER = ["Anläggning", "2022", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Huvudbiblioteket", "142 310", "148 920", "151 004", "155 870"],
    ["Norrby bibliotek", "21 450", "22 130", "24 870", "26 310"],
    ["Tallmorabadet", "91 220", "98 412", "104 870", "109 233"],
    ["Tallmorahallen", "64 800", "66 150", "68 940", "70 215"],
    ["Fritidsgården Kupolen", "6 110", "6 580", "7 020", "7 405"],
    ["Fritidsgården Västerby", "4 060", "4 660", "5 010", "5 410"],
    ["Konsthallen", "8 940", "9 315", "–", "10 280"],
]
KEY_NOTE = (
    "Besökarna räknas med automatiska räknare vid entréerna. Konsthallen var stängd för "
    "ombyggnad under 2024."
)

CONTROL_HEADER = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig"]
CONTROLS = [
    ["Föreningsbidrag betalas ut på felaktiga grunder", "3", "3", "9",
     "Stickprov på fem föreningars redovisade deltagartillfällen mot närvarolistor",
     "Fritidschef"],
    ["Dagskassan i badets kassa stäms inte av", "2", "3", "6",
     "Avstämning av dagskassor mot kassasystemet varje månad", "Anläggningschef"],
    ["Personal som arbetar med barn saknar registerutdrag", "2", "4", "8",
     "Kontroll av att registerutdrag finns för all personal på fritidsgårdar och i "
     "kulturskolan", "Förvaltningschef"],
    ["Inköp görs utanför ramavtal", "3", "2", "6",
     "Granskning av tio slumpvis valda fakturor per halvår", "Controller"],
    ["Brister i säkerheten vid badet", "2", "4", "8",
     "Egenkontroll av säkerhetsrutiner och att all badpersonal har gällande "
     "livräddningsutbildning", "Badchef"],
]  # fmt: skip
