"""The figures of corpus document EA (a socialnämnd's verksamhetsplan 2027–2028 in a Småland
kommun): goals with their indicators as Utfall/Mål row pairs, activities, budget, key figures
and internkontroll, as the nämndsekreterare and the controller typed them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

IndRow = tuple[str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, utfall 2024, utfall 2025, mål 2027, mål 2028."""

GOALS: list[tuple[str, str, list[IndRow]]] = [
    ("Fler vuxna med ekonomiskt bistånd går vidare till arbete eller studier",
     "Långvarigt biståndsberoende slår hårt mot hushållen, och särskilt mot barnen i dem. "
     "Nämnden vill att fler ska få en väg ut genom arbete, praktik eller studier.",
     [("Andel avslutade ärenden med ekonomiskt bistånd där orsaken är arbete eller studier",
       "%", D(38), D(41), D(45), D(48)),
      ("Antal hushåll med långvarigt ekonomiskt bistånd (10–12 månader), snitt per månad",
       "", D(112), D(106), D(95), D(88)),
      ("Genomsnittlig väntetid till första besök, dagar", "", D("9.5"), D("8.2"), D(7),
       D(7))]),
    ("Barn och unga får rätt stöd tidigt och nära hemmet",
     "När stödet kommer tidigt behövs färre placeringar utanför hemmet. Öppenvården ska "
     "byggas ut så att insatser kan ges i familjen.",
     [("Andel utredningar om barn och unga som avslutas inom 120 dagar", "%", D(71), D(78),
       D(90), D(95)),
      ("Antal vårddygn i HVB för barn och unga", "", D(2410), D(2185), D(1900), D(1700)),
      ("Andel barn och unga som fått öppenvårdsinsats och inte återaktualiseras inom ett år",
       "%", D(76), D(74), D(80), D(80))]),
    ("Personer med funktionsnedsättning har inflytande över sin vardag",
     "Brukarundersökningen visar att delaktigheten är god i gruppbostäderna men lägre i "
     "daglig verksamhet. Nämnden prioriterar arbetet med genomförandeplaner.",
     [("Andel brukare i gruppbostad LSS som upplever att de får bestämma om saker som är "
       "viktiga", "%", D(81), None, D(85), D(85)),
      ("Andel brukare i daglig verksamhet som upplever att de får bestämma om saker som är "
       "viktiga", "%", D(67), None, D(75), D(78)),
      ("Andel genomförandeplaner som är uppdaterade det senaste halvåret", "%", D(72), D(79),
       D(90), D(95))]),
    ("Våld i nära relationer upptäcks och den som utsätts får skydd och stöd",
     "Nämnden har tillsammans med polisen och regionen tagit fram en gemensam handlingsplan. "
     "Den ska nu bli känd i alla verksamheter.",
     [("Andel medarbetare inom socialtjänsten som genomgått grundutbildning om våld", "%",
       D(54), D(63), D(85), D(95)),
      ("Antal ärenden där skyddsbedömning gjorts inom 24 timmar", "", D(47), D(58),
       "Samtliga", "Samtliga")]),
    ("Nämnden är en attraktiv arbetsgivare med låg personalomsättning",
     "Det är svårt att rekrytera erfarna socialsekreterare. En stabil personalgrupp är en "
     "förutsättning för god kvalitet i myndighetsutövningen.",
     [("Personalomsättning bland socialsekreterare", "%", D("21.4"), D("17.9"), D(14), D(12)),
      ("Sjukfrånvaro, andel av ordinarie arbetstid", "%", D("8.7"), D("8.1"), D("7.5"),
       D(7)),
      ("Hållbart medarbetarengagemang (HME), index", "", D(76), D(78), D(80), D(80))]),
    ("Socialtjänsten håller budget och arbetar kostnadseffektivt",
     "Kostnaderna för köpt vård har ökat snabbare än ramen. Hemmaplanslösningar ska ersätta "
     "externa placeringar där det är möjligt.",
     [("Budgetavvikelse vid årets slut, tkr", "", D(-6840), D(-2310), D(0), D(0)),
      ("Kostnad för externa placeringar, andel av nettokostnaden", "%", D("18.2"), D("16.5"),
       D(14), D(13))]),
]  # fmt: skip

Act = tuple[str, str, str, str, dt.date | None]
"""An activity: name, the goals' numbers as printed, ansvarig, tidsperiod, slutdatum."""

ACTIVITIES: list[Act] = [
    ("Starta ett arbetsmarknadsteam tillsammans med Arbetsförmedlingen och "
     "vuxenutbildningen", "1", "Enhetschef försörjningsstöd", "jan–jun 2027",
     dt.date(2027, 6, 30)),
    ("Införa digital ansökan om ekonomiskt bistånd", "1", "IFO-chef", "mars–okt 2027",
     dt.date(2027, 10, 31)),
    ("Bygga ut familjebehandlingen med en kvällsmottagning", "2", "Enhetschef öppenvård",
     "2027-02-01 – 2027-12-31", dt.date(2027, 12, 31)),
    ("Utveckla hemmaplanslösningar som alternativ till HVB", "2, 6", "IFO-chef",
     "2027–2028", dt.date(2028, 12, 31)),
    ("Arbeta enligt BBIC i alla barnutredningar", "2", "Enhetschef barn och unga", "Löpande",
     None),
    ("Ta fram nya genomförandeplaner tillsammans med brukarna i daglig verksamhet", "3",
     "Enhetschef daglig verksamhet", "hösten 2027", dt.date(2027, 12, 31)),
    ("Pröva brukarstyrda möten i två gruppbostäder", "3", "Verksamhetschef funktionsstöd",
     "sep 2027–maj 2028", dt.date(2028, 5, 31)),
    ("Grundutbildning om våld i nära relationer för alla medarbetare", "4",
     "Samordnare våld i nära relationer", "2027", dt.date(2027, 12, 31)),
    ("Införa rutin för skyddsbedömning dygnet runt tillsammans med socialjouren", "4",
     "IFO-chef", "april 2027", dt.date(2027, 4, 30)),
    ("Mentorsprogram för nyanställda socialsekreterare", "5", "Socialchef", "feb 2027–",
     None),
    ("Månatlig uppföljning av placeringskostnader i ledningsgruppen", "6", "Controller",
     "Löpande", None),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[int], int]] = [
    ("Nämnd och förvaltningsledning", [-6120, -6450, -6610, -6740], -160),
    ("Ekonomiskt bistånd", [-38950, -36800, -35900, -35200], 900),
    ("Arbetsmarknadsinsatser", [-7410, -8200, -9350, -9500], -1150),
    ("Barn och unga, myndighet", [-19830, -20400, -21050, -21480], -650),
    ("Köpt vård barn och unga", [-31620, -27900, -25800, -24600], 2100),
    ("Öppenvård och familjebehandling", [-11240, -12150, -13900, -14200], -1750),
    ("Vuxna, missbruk och beroende", [-14880, -14300, -14600, -14850], -300),
    ("Funktionsstöd LSS", [-98470, -103200, -107850, -110400], -4650),
    ("Socialpsykiatri", [-12330, -12900, -13280, -13560], -380),
]  # fmt: skip
"""Nettokostnad per verksamhet, tkr, and the change 2027 against 2026 (not an amount kind)."""

RESULT_KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
RESULT: list[tuple[str, list[int]]] = [
    ("Intäkter", [78400, 80150, 81300]),
    ("Personalkostnader", [-196300, -204700, -210100]),
    ("Köpt verksamhet", [-64200, -61900, -60800]),
    ("Ekonomiskt bistånd", [-31500, -30800, -30200]),
    ("Lokalkostnader", [-24100, -25300, -25900]),
    ("Övriga kostnader", [-4600, -5790, -4830]),
]

INVEST: list[tuple[str, int | None, int | None]] = [
    ("Inventarier ny gruppbostad Ekvägen", 1200, None),
    ("Nytt verksamhetssystem IFO, införande", 900, 600),
    ("Trygghetslarm och passagesystem gruppbostäder", 350, 350),
]

KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025", "Riket 2025"]
KEY_GROUPS: list[tuple[str, list[list[str]]]] = [
    ("Individ- och familjeomsorg", [
        ["Invånare med ekonomiskt bistånd, andel", "4,1 %", "4,3 %", "4,0 %", "3,9 %"],
        ["Kostnad ekonomiskt bistånd, kr/inv", "1 164", "1 226", "1 187", "1 071"],
        ["Barn och unga placerade i HVB, antal 31/12", "14", "17", "12", "–"],
        ["Orosanmälningar om barn, antal", "1 312", "1 407", "1 486", "–"],
    ]),
    ("Funktionsstöd", [
        ["Personer med beslut om bostad LSS, antal", "96", "101", "104", "–"],
        ["Personer i daglig verksamhet LSS, antal", "132", "129", "137", "–"],
        ["Kostnad LSS exkl. assistans, kr/inv", "6 480", "6 915", "7 240", "6 610"],
    ]),
]  # fmt: skip
KEY_NOTE = "Källa: Kolada och verksamhetssystemet. – = uppgift saknas för riket."

CONTROLS: list[tuple[str, str, str, str, str, str]] = [
    ("1", "Ekonomiskt bistånd", "Utbetalning utan att rätten till bistånd är prövad",
     "Stickprov på 20 utbetalningar: beslut och underlag finns", "Två gånger per år",
     "Enhetschef försörjningsstöd"),
    ("2", "", "Dubbla utbetalningar vid felaktiga uppgifter",
     "Kontroll mot Arbetsförmedlingen och Försäkringskassan via SSBTEK",
     "Varje månad", "Handläggare"),
    ("3", "Barnutredningar", "Utredningstiden överskrids",
     "Uppföljning av utredningar som pågått mer än 120 dagar", "Varje kvartal",
     "Enhetschef barn och unga"),
    ("4", "Placeringar", "Placering görs utan avtal eller hos oupphandlad leverantör",
     "Genomgång av alla nya placeringar under perioden", "Två gånger per år", "Controller"),
    ("5", "Lex Sarah", "Missförhållanden rapporteras inte",
     "Kontroll att rapporter utreds och anmäls inom föreskriven tid", "En gång per år",
     "Kvalitetsstrateg"),
    ("6", "Personalhandlingar", "Utdrag ur belastningsregistret saknas vid anställning",
     "Stickprov på nyanställda inom LSS och barn och unga", "En gång per år",
     "HR-konsult"),
]  # fmt: skip
"""Nr | Process (blank: the same as above, merged) | Risk | Kontrollmoment | Frekvens |
Ansvarig."""
