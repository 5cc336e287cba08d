"""The figures of corpus document DO (``word_shapes_do``): kommunstyrelsen's goals, each
avdelning's coded goals with their indicators and activities, the driftbudget per avdelning,
the costs by kostnadsslag, the key figures and the internal-control plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

KS_GOALS = [
    ("KS 1", "Kommunens ekonomi är i balans och resurserna används effektivt."),
    ("KS 2", "Hagsjö kommun är en attraktiv arbetsgivare som behåller och rekryterar "
             "medarbetare med rätt kompetens."),
    ("KS 3", "Invånare och företag möter en tillgänglig, rättssäker och digital kommun."),
]  # fmt: skip

Ind = tuple[str, str, Val | None, Val, Val | None]
"""An indicator row: name, Enhet as printed, utfall 2025 (nuläge), mål 2027, mål 2028."""

Goal = tuple[str, str, str, list[Ind]]
"""An avdelning's goal: its code, its sentence, the KS goal it serves, its indicators."""

Act = tuple[str, str, str, str, dt.date | None]
"""An activity: name, the goal's code as printed, ansvarig, Klart as printed, its date."""

Dept = tuple[str, str, list[Goal], list[Act]]
"""An avdelning: its heading, its uppdrag paragraph, its goals, its activities."""

DEPTS: list[Dept] = [
    ("Ekonomiavdelningen",
     "Ekonomiavdelningen samordnar kommunens budgetprocess, ekonomiska uppföljning och "
     "redovisning, och ansvarar för upphandling, inköpsstöd och kommunens fakturaflöde. "
     "Avdelningen har 19 medarbetare.",
     [("EK1", "Kommunens ekonomiska uppföljning är korrekt, begriplig och levereras i tid.",
       "KS 1",
       [("Andel delårsrapporter och bokslut som lämnas enligt tidplan", "%", D(100), D(100),
         D(100)),
        ("Avvikelse mellan prognosen i augusti och bokslutet, kommunen totalt", "mnkr",
         D("6.4"), "Högst 3,0", "Högst 3,0")]),
      ("EK2", "Inköpen görs enligt upphandlade avtal och fakturahanteringen är digital.",
       "KS 1",
       [("Avtalstrohet, andel av inköpsvolymen", "%", D(81), D(85), D(88)),
        ("Andel leverantörsfakturor som kommer in som e-faktura", "%", D(87), D(92), D(95)),
        ("Tid från fakturans ankomst till slutattest, medelvärde", "dagar", D("9.5"), D(7),
         D(6))])],
     [("Införa en gemensam prognosmall för alla förvaltningar", "EK1", "Budgetchef",
       "2027-03-31", dt.date(2027, 3, 31)),
      ("Utbilda budgetansvariga chefer i ekonomisk uppföljning", "EK1", "Controller",
       "oktober 2027", dt.date(2027, 10, 31)),
      ("Införa e-handel i beställningsportalen för förbrukningsmaterial", "EK2",
       "Upphandlingschef", "juni 2027", dt.date(2027, 6, 30)),
      ("Automatisera matchningen av fakturor mot order och avtal", "EK2",
       "Redovisningschef", "december 2028", dt.date(2028, 12, 31))]),
    ("HR-avdelningen",
     "HR-avdelningen stödjer kommunens chefer i arbetsgivarfrågor och ansvarar för lön, "
     "pension, rekrytering, arbetsmiljö och förhandlingar.",
     [("HR1", "Medarbetarna har en hållbar arbetssituation och en god hälsa.", "KS 2",
       [("Sjukfrånvaro, samtliga anställda", "%", D("7.9"), D("7.0"), D("6.5")),
        ("Hållbart medarbetarengagemang (HME), totalindex", "index", D(78), D(80), D(81))]),
      ("HR2", "Kommunen rekryterar och behåller medarbetare med rätt kompetens.", "KS 2",
       [("Personalomsättning, tillsvidareanställda", "%", D("11.2"), D("10.0"), D("9.5")),
        ("Andel rekryteringar där tjänsten tillsätts vid första annonseringen", "%", D(83),
         D(88), D(90)),
        ("Tid från publicerad annons till tillträde, median", "dagar", D(74), D(65),
         D(60))])],
     [("Genomföra en riktad insats mot korttidssjukfrånvaron i de verksamheter som har "
       "högst frånvaro", "HR1", "HR-chef", "Löpande", None),
      ("Ta fram en ny kompetensförsörjningsplan för 2028–2031", "HR2", "HR-strateg",
       "november 2027", dt.date(2027, 11, 30)),
      ("Införa ett digitalt introduktionsprogram för nyanställda", "HR2", "HR-konsult",
       "september 2027", dt.date(2027, 9, 30))]),
    ("Kommunikationsavdelningen",
     "Kommunikationsavdelningen ansvarar för kommunens webbplats, sociala medier, "
     "kontaktcenter, grafiska profil och kriskommunikation.",
     [("KOM1", "Invånarna upplever att de får relevant och lättillgänglig information från "
       "kommunen.", "KS 3",
       [("Andel invånare som tycker att det är lätt att hitta information på webbplatsen",
         "procent", D(64), D(70), D(72)),
        ("Information på kommunens webbplats (SKR:s granskning)", "procent", D(79), D(85),
         D(88)),
        ("Antal följare på kommunens konton i sociala medier", "antal", D(11960), D(13000),
         D(14000)),
        ("Andel e-post till kontaktcenter som besvaras inom ett dygn", "procent", None,
         D(90), D(90))])],
     [("Skriva om startsidan och de tio mest besökta sidorna på webbplatsen i klarspråk",
       "KOM1", "Webbredaktör", "maj 2027", dt.date(2027, 5, 31)),
      ("Införa ett gemensamt ärendesystem för kontaktcentrets e-post", "KOM1",
       "Kontaktcenterchef", "2027-02-28", dt.date(2027, 2, 28))]),
    ("Digitaliseringsavdelningen",
     "Digitaliseringsavdelningen driver kommunens IT-miljö och servicedesk och leder "
     "förvaltningarnas arbete med e-tjänster och digitala arbetssätt. IT-kostnaderna "
     "debiteras förvaltningarna per användare.",
     [("DIG1", "Fler av kommunens tjänster kan utföras digitalt, dygnet runt.", "KS 3",
       [("Antal e-tjänster i kommunens e-tjänsteplattform", "antal", D(46), D(60), D(75)),
        ("Andel ärenden till servicedesk som löses vid första kontakten", "%", D(58), D(65),
         D(70)),
        ("Tillgänglighet i verksamhetskritiska system", "%", D("99.6"), D("99.8"),
         D("99.8"))])],
     [("Flytta kommunens e-tjänster till den nya e-tjänsteplattformen", "DIG1",
       "Digitaliseringschef", "december 2027", dt.date(2027, 12, 31)),
      ("Införa självservice för lösenordsbyte för alla anställda", "DIG1", "IT-driftchef",
       "2027-04-30", dt.date(2027, 4, 30))]),
    ("Kansliavdelningen",
     "Kansliavdelningen ansvarar för kommunstyrelsens och kommunfullmäktiges "
     "sammanträden, registratur, arkiv, överförmyndarkansliet och val.",
     [("KAN1", "Handläggningen av ärenden är rättssäker och handlingar är lätta att hitta.",
       "KS 3",
       [("Andel protokoll från kommunstyrelsen som justeras och publiceras inom 14 dagar",
         "%", D(76), D(95), D(95)),
        ("Andel begärda allmänna handlingar som lämnas ut inom en arbetsdag", "%", D(88),
         D(95), "Bibehålla")])],
     [("Införa digital justering av protokoll", "KAN1", "Kanslichef", "februari 2027",
       dt.date(2027, 2, 28)),
      ("Revidera kommunstyrelsens dokumenthanteringsplan", "KAN1", "Arkivarie",
       "december 2027", dt.date(2027, 12, 31))]),
]  # fmt: skip

UNITS = {"%": "%", "procent": "%", "mnkr": "mnkr", "dagar": "dagar"}
"""The Enhet column's words a careful secretary enters as the indicator's unit ("antal" and
"index" name no unit and are not checked)."""

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Förvaltningsledning", [6812, 7050, 7240, 7390]),
    ("Ekonomiavdelningen", [14356, 15120, 15480, 15790]),
    ("HR-avdelningen", [12904, 13410, 13960, 14240]),
    ("Kommunikationsavdelningen", [6118, 6340, 6510, 6640]),
    ("Digitaliseringsavdelningen", [21475, 22860, 23900, 24380]),
    ("Kansliavdelningen", [8233, 8560, 8790, 8970]),
    ("Gemensamma kostnader (försäkringar, medlemsavgifter)", [4602, 4750, 4900, 5000]),
    ("Interndebitering IT", [-9840, -10200, -10600, -10800]),
]

COST_KEYS = [("budget", 2026), ("budget", 2027)]
COSTS: list[tuple[str, list[int | None]]] = [
    ("Intäkter", [-15780, -16420]),
    ("Personalkostnader", [56120, 58300]),
    ("Lokalkostnader", [5760, 5900]),
    ("IT-licenser och drift", [13010, 13850]),
    ("Köpta tjänster", [5900, 6200]),
    ("Övriga kostnader", [2880, 2350]),
]

KEY_TITLE = "Kommunledningsförvaltningen i siffror"
KEY_YEARS = ["2023", "2024", "2025"]
KEYS: list[tuple[str, list[str]]] = [
    ("Antal tillsvidareanställda i kommunen", ["2 412", "2 438", "2 451"]),
    ("Årsarbetare på kommunledningsförvaltningen", ["101,5", "104,0", "106,3"]),
    ("Antal leverantörsfakturor", ["47 830", "48 312", "49 105"]),
    ("Andel e-fakturor", ["79 %", "84 %", "87 %"]),
    ("Diarieförda ärenden, kommunstyrelsen", ["3 048", "3 164", "3 097"]),
    ("Besök på hagsjo.se", ["988 400", "1 052 700", "1 164 300"]),
    ("Ärenden till IT-servicedesk", ["14 906", "15 422", "16 118"]),
]
KEY_NOTE = "Uppgifterna avser den 31 december respektive år. Källa: ekonomisystemet, "
KEY_NOTE += "personalsystemet och webbstatistiken."

CONTROLS: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    ("Ekonomiavdelningen", [
        ("Leverantörsregister", "Ändrade bankuppgifter i leverantörsregistret är "
         "verifierade med leverantören", "Stickprov, 20 ändringar", "Två gånger per år",
         "Redovisningschef"),
        ("Attest", "Fakturor attesteras av behörig attestant enligt attestförteckningen",
         "Stickprov, 40 fakturor", "Tertialvis", "Controller")]),
    ("HR-avdelningen", [
        ("Lön", "Löneutbetalningar upphör när anställningen har avslutats",
         "Avstämning mot avslutade anställningar", "Månadsvis", "Lönechef"),
        ("Rekrytering", "Utdrag ur belastningsregistret har visats där lagen kräver det",
         "Stickprov, 15 anställningar", "En gång per år", "HR-chef")]),
    ("Digitaliseringsavdelningen", [
        ("Behörigheter", "Behörigheter i verksamhetssystemen tas bort när anställningen "
         "upphör", "Avstämning mot personalsystemet", "Kvartalsvis", "IT-säkerhetssamordnare")]),
    ("Kansliavdelningen", [
        ("Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor", "Två gånger per år", "Kanslichef")]),
]  # fmt: skip
