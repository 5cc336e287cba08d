"""The figures of corpus document CS (``word_shapes_cs``), a barn- och utbildningsnämnd's
verksamhetsberättelse 2026: its goals with indicators and analysis, activities, driftredovisning,
investments and internal controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

Ind = tuple[str, str, tuple[Val | None, Val | None], tuple[Val | None, Val | None]]
"""An indicator: name, unit, (mål 2025, utfall 2025), (mål 2026, utfall 2026); None is "–"."""

GOALS: list[tuple[str, str, list[Ind], list[str]]] = [
    ("Alla barn i förskolan får en trygg och stimulerande miljö för lek och lärande.",
     "Delvis uppfyllt",
     [("Vårdnadshavare som upplever att barnet är tryggt i förskolan, andel", "%",
       (D(95), D(93)), (D(95), D(94))),
      ("Antal barn per barngrupp, genomsnitt", "", (D(15), D("15.8")), (D(15), D("15.4"))),
      ("Förskollärare med legitimation, andel av personalen", "%",
       (D(40), D(37)), (D(42), D(41)))],
     ["Tryggheten i förskolan är fortsatt hög och har ökat något. Barngrupperna har blivit "
      "mindre sedan förskolan Ekbacken öppnade i augusti, men är fortfarande större än målet "
      "i centralorten.",
      "Andelen legitimerade förskollärare ökar långsamt. Fyra barnskötare har börjat läsa "
      "till förskollärare på deltid med stöd av nämnden."]),
    ("Alla elever når minst godtagbara kunskaper i alla ämnen.",
     "Ej uppfyllt",
     [("Elever i åk 9 som är behöriga till yrkesprogram, andel", "%",
       (D(90), D("84.6")), (D(90), D("83.9"))),
      ("Genomsnittligt meritvärde i åk 9", "", (D(225), D("218.4")), (D(228), D("221.7"))),
      ("Elever i åk 6 med lägst betyget E i alla ämnen, andel", "%",
       ("Öka", D(76)), (D(80), D("74.2"))),
      ("Elever i åk 3 som klarat alla delprov i svenska, andel", "%",
       (D(85), D(79)), (D(85), None))],
     ["Resultaten i åk 9 har förbättrats något men ligger klart under målen. Skillnaderna "
      "mellan skolorna är stora: på Norrskolan var 91 procent behöriga, på Västerskolan 76 "
      "procent.",
      "De nationella proven i åk 3 gjordes om 2026 och resultatet går inte att jämföra med "
      "tidigare år. Därför redovisas inget utfall."]),
    ("Eleverna känner sig trygga och har studiero.",
     "Delvis uppfyllt",
     [("Elever i åk 5 som känner sig trygga i skolan, andel", "%",
       (D(92), D(91)), ("Minst 92 %", D(93))),
      ("Elever i åk 8 som upplever studiero på lektionerna, andel", "%",
       (D(65), D(58)), (D(65), D(62))),
      ("Anmälningar om kränkande behandling till huvudmannen, antal", "",
       (None, D(214)), ("Minska", D(187)))],
     ["Tryggheten har ökat i åk 5 och målet nås. Studieron i åk 8 har blivit bättre men når "
      "inte målet. Färre anmälningar om kränkande behandling tolkas som ett resultat av det "
      "förebyggande arbetet, men också av att rutinen för anmälan har förenklats."]),
    ("Fler ungdomar fullföljer gymnasieutbildningen.",
     "Uppfyllt",
     [("Gymnasieelever med examen inom fyra år, andel", "%",
       (D(78), D("79.3")), (D(80), D("81.2"))),
      ("Ungdomar inom det kommunala aktivitetsansvaret som har en individuell plan, andel",
       "%", (D(100), D(96)), (D(100), D(100)))],
     ["Andelen elever som tar examen inom fyra år har ökat två år i rad. Alla ungdomar inom "
      "aktivitetsansvaret har nu en individuell plan."]),
    ("Barn och unga har tillgång till kulturskolans verksamhet i hela kommunen.",
     "Delvis uppfyllt",
     [("Inskrivna elever i kulturskolan, antal", "", (D(1100), D(1087)), (D(1150), D(1164))),
      ("Barn och unga i kö till kulturskolan, antal", "",
       ("Högst 100", D(142)), ("Högst 100", D(118)))],
     ["Kulturskolan har fler elever än någonsin efter starten i Bäckby. Kön har minskat men "
      "är fortfarande lång för piano och gitarr."]),
    ("Medarbetarna har en god arbetsmiljö och verksamheten bedrivs inom given budget.",
     "Delvis uppfyllt",
     [("Sjukfrånvaro bland medarbetarna, andel av ordinarie arbetstid", "%",
       ("Högst 6,5 %", D("6.9")), ("Högst 6,5 %", D("6.4"))),
      ("Avvikelse mot budget, tkr", "", (D(0), D(-4830)), (D(0), D(-8400))),
      ("Hållbart medarbetarengagemang (HME), index", "", (D(78), D(77)), (D(79), D(79)))],
     ["Sjukfrånvaron har minskat och målet nås för första gången sedan 2019. Nämnden "
      "redovisar däremot ett underskott på 8,4 miljoner kronor, främst inom förskolan och "
      "den anpassade grundskolan."]),
]  # fmt: skip

Act = tuple[str, int, str, str, dt.date, str, str]
"""An activity: name, goal number, ansvarig, klart senast as printed, that date, status,
kommentar."""

ACTIVITIES: list[Act] = [
    ("Införa en gemensam modell för språkutvecklande arbetssätt i förskolan", 1,
     "Verksamhetschef förskola", "2026-06-30", dt.date(2026, 6, 30), "Genomförd",
     "Alla förskolor har haft handledning under våren."),
    ("Utbilda barnskötare i grundläggande förskolepedagogik", 1, "Verksamhetschef förskola",
     "2026-12-31", dt.date(2026, 12, 31), "Pågår",
     "38 av 52 barnskötare har gått utbildningen. Övriga går våren 2027."),
    ("Kartlägga alla elever i åk 1 enligt läsa-skriva-räkna-garantin", 2,
     "Verksamhetschef grundskola", "2026-10-15", dt.date(2026, 10, 15), "Genomförd", ""),
    ("Starta studieverkstad på alla skolor med åk 7–9", 2, "Rektorer åk 7–9", "2026-10-31",
     dt.date(2026, 10, 31), "Pågår",
     "Startad på Norrskolan och Centralskolan. Västerskolan startar i januari."),
    ("Ta fram en gemensam plan mot kränkande behandling", 3, "Utvecklingsstrateg",
     "december 2026", dt.date(2026, 12, 31), "Genomförd", "Beslutad av nämnden 2026-11-24."),
    ("Pröva mobilfria lektioner i åk 7–9", 3, "Rektor Västerskolan", "2026-06-30",
     dt.date(2026, 6, 30), "Utgår", "Ersätts av den nationella regeln om mobilfri skola."),
    ("Utveckla uppföljningen inom det kommunala aktivitetsansvaret", 4, "Gymnasiechef",
     "2026-12-31", dt.date(2026, 12, 31), "Genomförd", ""),
    ("Erbjuda kulturskola i Bäckby och Ödestad", 5, "Kulturskolechef", "2026-08-31",
     dt.date(2026, 8, 31), "Pågår",
     "Undervisning i Bäckby sedan augusti. Lokal i Ödestad saknas."),
    ("Införa digital köhantering i kulturskolan", 5, "Kulturskolechef", "2026-03-31",
     dt.date(2026, 3, 31), "Ej påbörjad",
     "Skjuts till 2027 i väntan på kommunens gemensamma upphandling."),
    ("Genomföra arbetsmiljöronder med inriktning på ljudmiljön i förskolan", 6, "HR-partner",
     "2026-11-30", dt.date(2026, 11, 30), "Genomförd",
     "Ljudabsorbenter har satts upp på sex avdelningar."),
    ("Se över lokalutnyttjandet i grundskolan", 6, "Ekonomichef", "2026-12-31",
     dt.date(2026, 12, 31), "Pågår", "Rapport till nämnden i mars 2027."),
]  # fmt: skip

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 18_400, 17_950, 17_210),
    ("Förskola", 168_200, 174_140, 162_380),
    ("Pedagogisk omsorg", 4_100, 3_620, 3_980),
    ("Förskoleklass", 19_800, 19_340, 19_120),
    ("Grundskola åk 1–9", 312_500, 314_920, 301_440),
    ("Fritidshem", 41_300, 40_870, 39_560),
    ("Anpassad grundskola", 22_600, 26_310, 21_050),
    ("Elevhälsa", 26_300, 25_980, 24_870),
    ("Gymnasieskola", 124_900, 123_480, 119_630),
    ("Kulturskola", 8_700, 8_590, 8_310),
]
"""name, budget 2026, utfall 2026, utfall 2025 (tkr)."""

INVEST = [
    ("Inventarier förskolan Ekbacken", 3_200, 2_870),
    ("Digitala verktyg för elever", 4_500, 4_910),
    ("Upprustning av skolgården vid Norrskolan", 2_800, 1_150),
    ("Utemiljö i förskolor", 1_200, 1_200),
    ("Tillagningskök Centralskolan", 6_000, 3_480),
]

CONTROLS = [
    ("Elevhälsa", "Kontroll av att elevakter förvaras enligt gällande rutin",
     "Brister på två skolor. Rutinen har gåtts igenom med rektorerna."),
    ("Avgifter", "Stickprov av att barnomsorgsavgifter debiteras enligt inkomstuppgift",
     "25 av 25 granskade avgifter var rätt."),
    ("Inköp", "Kontroll av att inköp av läromedel görs från upphandlade leverantörer",
     "Fyra inköp utanför avtal. Berörda rektorer har informerats."),
    ("Skolplikt", "Kontroll av att frånvaro över 10 procent anmäls till huvudmannen",
     "Anmälningar har gjorts i alla fall utom ett."),
]  # fmt: skip
