"""The figures of corpus document DY (``word_shapes_dy``): a vård- och omsorgsnämnd's goals,
the målkort's indicators, the aktivitetsplan, the budget, key figures and controls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

AREAS: list[tuple[str, list[int]]] = [
    ("Trygghet och självbestämmande", [1, 2]),
    ("Hälsa och kvalitet", [3, 4]),
    ("Medarbetare och resurser", [5, 6]),
]
"""The målområden as Heading 2s in the goal chapter, with the numbers of their goals."""

GOALS: dict[int, tuple[str, str]] = {
    1: ("Den som har hemtjänst känner sig trygg och möter ett fåtal personal.",
        "Tryggheten i hemmet bygger på att man känner igen dem som kommer och att de kommer "
        "när det är överenskommet. Under 2025 mötte en brukare i genomsnitt 16 olika "
        "medarbetare under en tvåveckorsperiod, vilket är fler än i jämförbara kommuner."),
    2: ("Den enskilde har inflytande över hur och när stödet ges.",
        "Självbestämmande handlar om vardagliga saker: när man vill duscha, vad man vill äta "
        "och hur man vill ha det i sitt hem. Genomförandeplanen är förvaltningens viktigaste "
        "verktyg för det, men alltför många planer är inaktuella."),
    3: ("Fler äldre behåller sin förmåga att klara vardagen på egen hand.",
        "Nämnden vill att insatserna i större utsträckning ska stärka den enskildes egen "
        "förmåga. Vardagsrehabilitering och förebyggande arbete mot fall minskar både "
        "lidande och behovet av insatser längre fram."),
    4: ("Läkemedelsbehandlingen är säker och följs upp för alla som bor på särskilt boende.",
        "Äldre som använder många läkemedel löper stor risk för biverkningar. Arbetet sker "
        "tillsammans med regionens vårdcentraler och leds av medicinskt ansvarig "
        "sjuksköterska."),
    5: ("Förvaltningen är en attraktiv arbetsplats där medarbetarna vill stanna och "
        "utvecklas.",
        "Behovet av undersköterskor ökar samtidigt som det blir svårare att rekrytera. "
        "Sjukfrånvaron har minskat men ligger fortfarande över kommunens genomsnitt."),
    6: ("Verksamheten bedrivs inom given ram och resurserna används där de gör mest nytta.",
        "Nämnden redovisade ett underskott 2025, främst inom hemtjänsten. En ekonomi i "
        "balans är en förutsättning för att kunna utveckla verksamheten."),
}  # fmt: skip
"""Each goal's number, its sentence (the bold lead-in) and the text that follows it."""

Ind = tuple[int, str, str, str, int, Val, Val, Val]
"""A row of the målkort: goal number, indicator, källa, unit, nuläge year, nuläge, mål 2027,
mål 2028."""

INDICATORS: list[Ind] = [
    (1, "Andel brukare i hemtjänsten som känner sig trygga hemma",
     "Socialstyrelsens brukarundersökning", "%", 2025, D(84), D(87), D(88)),
    (1, "Antal olika personal som en brukare med hemtjänst möter under 14 dagar",
     "Kolada (personalkontinuitet)", "", 2025, D(16), "Högst 12", "Högst 11"),
    (1, "Andel hemtjänstbesök som utförs inom överenskommen tid",
     "Planeringssystemet", "%", 2025, D(91), D(95), D(95)),
    (2, "Andel brukare i hemtjänsten som upplever att personalen tar hänsyn till deras "
     "åsikter och önskemål", "Socialstyrelsens brukarundersökning", "%", 2025, D(89), D(91),
     D(92)),
    (2, "Andel genomförandeplaner som följts upp det senaste halvåret",
     "Egen mätning", "%", 2024, D(72), D(85), D(90)),
    (2, "Andel boende på särskilt boende som är nöjda med möjligheten att påverka vilka "
     "tider de får hjälp", "Socialstyrelsens brukarundersökning", "%", 2025, D(64), D(70),
     D(73)),
    (3, "Andel nya hemtjänstärenden som inleds med vardagsrehabilitering",
     "Verksamhetssystemet", "%", 2025, D(38), D(50), D(60)),
    (3, "Fallskador som lett till sjukhusvård per 1 000 invånare 80 år och äldre",
     "Kolada", "", 2025, D("41.3"), D(38), D(36)),
    (3, "Andel boende på särskilt boende med en aktuell riskbedömning för fall, trycksår "
     "och undernäring", "Senior alert", "%", 2025, D(78), D(90), D(95)),
    (4, "Andel boende på särskilt boende som fått en läkemedelsgenomgång det senaste året",
     "Journalsystemet", "%", 2025, D(81), D(95), D(95)),
    (4, "Avvikelser i läkemedelshanteringen per 10 000 givna doser",
     "Avvikelsesystemet", "", 2025, D("3.7"), D("3.0"), D("2.5")),
    (5, "Sjukfrånvaro bland tillsvidareanställda", "Personalsystemet", "%", 2025, D("8.9"),
     D("7.5"), D("7.0")),
    (5, "Andel tillsvidareanställda undersköterskor med adekvat utbildning",
     "Personalsystemet", "%", 2025, D(76), D(80), D(83)),
    (5, "Personalomsättning, tillsvidareanställda", "Personalsystemet", "%", 2025,
     D("14.2"), "Högst 12 %", "Högst 11 %"),
    (5, "Hållbart medarbetarengagemang (HME), totalindex", "Medarbetarenkäten", "", 2025,
     D(76), D(78), D(79)),
    (6, "Andel av den planerade tiden i hemtjänsten som är tid hos brukaren",
     "Planeringssystemet", "%", 2025, D(61), D(65), D(67)),
    (6, "Kostnad per brukare i hemtjänsten, tkr", "Kolada", "", 2025, D(312), "Högst 315",
     "Högst 320"),
    (6, "Avvikelse mot budget, tkr", "Ekonomisystemet", "", 2025, D(-4250), D(0), D(0)),
]  # fmt: skip

Act = tuple[str, str, str, str, dt.date | None]
"""An activity: name, the goals it serves as printed, ansvarig, klart as printed, the day."""

ACTIVITIES: list[Act] = [
    ("Införa fasta kontaktmannagrupper i planeringen i samtliga hemtjänstgrupper", "1",
     "Enhetschefer hemtjänst", "juni 2027", dt.date(2027, 6, 30)),
    ("Utbilda all personal i hemtjänsten i bemötande och trygghetsskapande arbetssätt", "1",
     "Verksamhetsutvecklare", "december 2027", dt.date(2027, 12, 31)),
    ("Införa digital genomförandeplan som brukaren själv kan ta del av", "2",
     "Systemförvaltare", "2027-10-31", dt.date(2027, 10, 31)),
    ("Starta brukarråd på samtliga särskilda boenden", "2",
     "Enhetschefer särskilt boende", "mars 2027", dt.date(2027, 3, 31)),
    ("Bygga ut vardagsrehabiliteringen med ytterligare ett team", "3",
     "Chef för rehabenheten", "augusti 2027", dt.date(2027, 8, 31)),
    ("Erbjuda fallförebyggande hembesök till alla som fyller 80 år", "3",
     "Rehabenheten", "Löpande", None),
    ("Införa läkemedelsrobotar hos brukare med hemtjänst som får hjälp med sina läkemedel",
     "4, 3", "MAS", "december 2028", dt.date(2028, 12, 31)),
    ("Genomföra egenkontroll av läkemedelshanteringen på varje enhet två gånger per år", "4",
     "MAS", "2027-12-31", dt.date(2027, 12, 31)),
    ("Erbjuda vårdbiträden betald utbildning till undersköterska", "5", "HR-strateg",
     "juni 2028", dt.date(2028, 6, 30)),
    ("Införa heltid som norm i hemtjänsten", "5", "Förvaltningschef", "januari 2028",
     dt.date(2028, 1, 31)),
    ("Ta fram en ny resursfördelningsmodell för hemtjänsten", "6", "Controller",
     "september 2027", dt.date(2027, 9, 30)),
]  # fmt: skip

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [6840, 7120, 7350, 7500]),
    ("Biståndshandläggning", [9410, 9780, 10050, 10300]),
    ("Hemtjänst", [118630, 121400, 126900, 130800]),
    ("Särskilt boende", [214520, 221300, 229800, 236100]),
    ("Korttidsboende och växelvård", [21870, 22600, 23100, 23700]),
    ("Hälso- och sjukvård", [38950, 40200, 41600, 42900]),
    ("Dagverksamhet och träffpunkter", [5210, 5400, 5300, 5450]),
    ("Bostadsanpassning", [3980, 4100, 4100, 4200]),
]

INVEST_KEYS = [("budget", 2027), ("plan", 2028)]
INVEST: list[tuple[str, list[int | None]]] = [
    ("Inventarier särskilt boende", [1200, 1000]),
    ("Läkemedelsrobotar och annan välfärdsteknik", [850, 600]),
    ("Digital genomförandeplan, verksamhetssystem", [500, None]),
]

KEY_TITLE = "Verksamheten i siffror"
KEY_YEARS = ["2023", "2024", "2025"]
KEYS: list[tuple[str, list[str]]] = [
    ("Invånare 80 år och äldre", ["1 642", "1 701", "1 764"]),
    ("Personer med hemtjänst", ["512", "527", "548"]),
    ("Beviljade hemtjänsttimmar per månad", ["21 430", "22 180", "23 015"]),
    ("Platser i särskilt boende", ["214", "214", "220"]),
    ("Personer i kö till särskilt boende", ["11", "17", "9"]),
    ("Medelvistelsetid i särskilt boende, månader", ["28,4", "27,1", "26,6"]),
]
KEY_NOTE = (
    "Uppgifterna avser den 31 december respektive år om inget annat anges. Källa: "
    "verksamhetssystemet och SCB."
)

CONTROLS: list[tuple[str, str, str, str, str]] = [
    ("Läkemedelshantering", "Att signeringslistor för läkemedel är fullständigt ifyllda",
     "Stickprov 20 listor", "Två gånger per år", "MAS"),
    ("Biståndshandläggning", "Att beslut om hemtjänst följs upp inom angiven tid",
     "Uttag ur verksamhetssystemet", "Kvartalsvis", "Enhetschef myndighet"),
    ("Debitering", "Att avgifter för hemtjänst debiteras enligt beslutad tid",
     "Stickprov 15 ärenden", "Två gånger per år", "Avgiftshandläggare"),
    ("Brukarmedel", "Att kontanter som förvaras för boendes räkning redovisas korrekt",
     "Genomgång av kassaböcker", "En gång per år", "Enhetschefer särskilt boende"),
    ("Bemanning", "Att timanställda inte anställs i strid med arbetstidslagen",
     "Uttag ur personalsystemet", "Kvartalsvis", "HR-strateg"),
]  # fmt: skip
