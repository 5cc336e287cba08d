"""The figures of corpus document DG (tests/word_shapes_dg.py): the miljö- och byggnämnd's
goals with their indicators, the kommunfullmäktige's uppdrag, the taxe-financed driftbudget,
the tillsynsplan, the key figures and the internkontroll."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

IndRow = tuple[str, str, str, str, Val | None, int | None, str, str, Val, Val]
"""An indicator: name, källa, unit, the printed utgångsvärde cell, the nuläge it means and its
year, the printed Mål 2027 and Mål 2029 cells, and the targets they mean."""

GoalRow = tuple[str, str, str, list[IndRow]]
"""A goal: its heading, "Uppdrag från KF: …", "Så följer vi upp: …", its indicators."""

AREAS: list[tuple[str, list[GoalRow]]] = [
    ("Målområde: Livskraftig kommun", [
        ("Bygglovshandläggningen är snabb, rättssäker och förutsägbar",
         "Kommunen ska ha länets bästa företagsklimat.",
         "Handläggningstiderna tas ut ur ärendesystemet varje månad och redovisas för "
         "nämnden i delårsrapport och verksamhetsberättelse.",
         [("Handläggningstid bygglov från komplett ansökan, median", "Ärendesystemet",
           "veckor", "4,5 veckor (2025)", D("4.5"), 2025, "Högst 4 veckor",
           "Högst 3 veckor", "Högst 4 veckor", "Högst 3 veckor"),
          ("Andel bygglov beslutade inom lagstadgad tid", "Ärendesystemet", "%",
           "91 % (2025)", D(91), 2025, "100 %", "100 %", D(100), D(100)),
          ("Nöjd kund-index bygglov", "SKR Insikt", "", "68 (2024)", D(68), 2024, "72",
           "75", D(72), D(75))]),
        ("Företagen möter en serviceinriktad och rättssäker myndighet",
         "Kommunen ska ha länets bästa företagsklimat.",
         "Resultaten i SKR:s servicemätning Insikt redovisas när de publiceras, normalt i "
         "maj. Handläggningstider följs upp varje tertial.",
         [("Nöjd kund-index miljö- och hälsoskydd", "SKR Insikt", "", "74 (2024)", D(74),
           2024, "76", "78", D(76), D(78)),
          ("Nöjd kund-index livsmedelskontroll", "SKR Insikt", "", "79 (2024)", D(79),
           2024, "80", "80", D(80), D(80)),
          ("Handläggningstid anmälan om värmepump, median", "Ärendesystemet", "veckor",
           "3,2 veckor (2025)", D("3.2"), 2025, "Högst 3 veckor", "Högst 2 veckor",
           "Högst 3 veckor", "Högst 2 veckor")]),
        ("Detaljplaner tas fram i den takt som bostadsförsörjningen kräver",
         "Hällvik ska växa till 32 000 invånare 2035.",
         "Antalet antagna planer och bostäder i dem redovisas i verksamhetsberättelsen.",
         [("Antal antagna detaljplaner per år", "Egen statistik", "", "3 (2025)", D(3),
           2025, "5", "5", D(5), D(5)),
          ("Antal bostäder i antagna detaljplaner", "Egen statistik", "", "212 (2025)",
           D(212), 2025, "300", "350", D(300), D(350))]),
    ]),
    ("Målområde: Hållbar miljö", [
        ("Utsläppen från enskilda avlopp till sjöar och vattendrag minskar",
         "Vattnet i kommunens sjöar och vattendrag ska ha god status.",
         "Andelarna tas ut ur avloppsregistret vid årsskiftet.",
         [("Andel enskilda avlopp som inventerats de senaste tio åren", "Avloppsregistret",
           "%", "62 % (2025)", D(62), 2025, "70 %", "85 %", D(70), D(85)),
          ("Andel förelägganden om enskilda avlopp som åtgärdats inom utsatt tid",
           "Avloppsregistret", "%", "54 % (2025)", D(54), 2025, "65 %", "75 %", D(65),
           D(75))]),
        ("Den planerade tillsynen och kontrollen genomförs enligt tillsynsplanen",
         "Kommunens verksamheter ska vara effektiva och finansierade enligt plan.",
         "Genomförd tillsyn stäms av mot tillsynsplanen varje tertial; debiteringsgraden "
         "följs i tidredovisningen.",
         [("Andel genomförda planerade kontroller inom livsmedel", "Egen statistik", "%",
           "87 % (2025)", D(87), 2025, "100 %", "100 %", D(100), D(100)),
          ("Andel genomförda planerade tillsynsbesök, miljöfarlig verksamhet",
           "Egen statistik", "%", "78 % (2025)", D(78), 2025, "95 %", "100 %", D(95),
           D(100)),
          ("Debiteringsgrad handläggare, andel av arbetstiden", "Tidredovisningen", "%",
           "58 % (2024)", D(58), 2024, "62 %", "65 %", D(62), D(65))]),
        ("Kommunens natur och vatten får ett starkare skydd",
         "Vattnet i kommunens sjöar och vattendrag ska ha god status.",
         "Redovisas i verksamhetsberättelsen tillsammans med vattenplanens uppföljning.",
         [("Antal genomförda åtgärder i kommunens vattenplan", "Egen statistik", "",
           "Nytt mått", None, None, "4", "10", D(4), D(10)),
          ("Andel av kommunens landareal som är skyddad natur", "Länsstyrelsen", "%",
           "3,7 % (2025)", D("3.7"), 2025, "4,0 %", "4,5 %", D("4.0"), D("4.5"))]),
    ]),
]  # fmt: skip

UPPDRAG: list[tuple[str, str, str]] = [
    ("Införa en e-tjänst för ansökan om bygglov och anmälan", "Pågår",
     "Driftstart planerad till mars 2027."),
    ("Se över plan- och bygglovstaxan så att avgifterna täcker kostnaderna",
     "Pågår (försenat)", "Förslaget skjuts till kommunfullmäktige i juni 2027."),
    ("Inventera samtliga enskilda avlopp i Norråns avrinningsområde", "Ej påbörjad",
     "Startar våren 2027 när en ny inventerare är rekryterad."),
    ("Utreda en gemensam livsmedelskontroll med Västerby kommun", "Klart",
     "Utredningen redovisades för kommunstyrelsen i oktober 2026."),
    ("Ta fram en vägledning för solceller och laddboxar på villor", "Klart",
     "Publicerad på kommunens webbplats."),
    ("Halvera antalet bygglovsärenden som är äldre än sex månader", "Pågår",
     "133 ärenden i september 2026 mot 268 i januari."),
    ("Digitalisera bygglovsarkivet", "Ej påbörjad",
     "Kräver medel i investeringsbudgeten 2028."),
]  # fmt: skip
STATUS = {"Pågår": "pagar", "Pågår (försenat)": "pagar", "Ej påbörjad": "ej_paborjad"}
STATUS["Klart"] = "klart"

DRIFT: list[tuple[str, tuple[int, int], tuple[int, int]]] = [
    ("Nämnd", (0, -1_180), (0, -1_210)),
    ("Bygglov", (7_450, -9_820), (7_900, -10_150)),
    ("Planverksamhet", (3_100, -5_240), (3_400, -5_480)),
    ("Miljö- och hälsoskydd", (4_280, -8_960), (4_520, -9_240)),
    ("Livsmedelskontroll", (2_640, -3_420), (2_780, -3_530)),
    ("Kart och mät", (2_050, -3_910), (2_120, -4_020)),
    ("Bostadsanpassning", (0, -4_600), (0, -4_800)),
    ("Alkohol- och tobakstillstånd", (860, -1_040), (880, -1_070)),
]
"""Verksamhet, (intäkter, kostnader) for Budget 2026 and Budget 2027 in tkr."""

TILLSYN_HEADER = ["Tillsynsområde", "Antal objekt", "Tillsynsfrekvens", "Planerade timmar"]
TILLSYN = [
    ["Livsmedelsanläggningar", "214", "1–3 besök per år", "1 164"],
    ["Miljöfarlig verksamhet, A- och B-anläggningar", "38", "Årligen", "620"],
    ["Miljöfarlig verksamhet, C-anläggningar", "146", "Vart tredje år", "410"],
    ["Enskilda avlopp", "3 820", "Enligt inventeringsplan", "900"],
    ["Hälsoskydd, skolor och förskolor", "41", "Vartannat år", "160"],
    ["Strandskydd och naturvård", "–", "Vid behov", "120"],
    ["Tobak och receptfria läkemedel", "52", "Årligen", "95"],
]
TILLSYN_NOTE = (
    "* Planerade timmar avser handläggartid för planerad tillsyn. Klagomål och "
    "händelsestyrd tillsyn kommer till och beräknas till ungefär 1 400 timmar."
)

SIFFROR_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
SIFFROR = [
    ["Inkomna ärenden om bygglov och anmälan", "412", "398", "436"],
    ["Beslut om bygglov", "287", "301", "318"],
    ["Inkomna klagomål, miljö- och hälsoskydd", "164", "171", "149"],
    ["Kostnadstäckningsgrad bygglov", "71 %", "74 %", "76 %"],
    ["Nettokostnad miljö- och bygg, kr per invånare", "1 015", "1 048", "1 102"],
]

CONTROLS: list[tuple[str, str, str, str, str, str]] = [
    ("Debitering av tillsyn", "Utförd tillsyn faktureras inte",
     "Stickprov på 20 tillsynsärenden: att timmarna är fakturerade enligt taxan",
     "Två gånger per år", "Enhetschef miljö", "Nämnden"),
    ("Handläggning av bygglov", "Beslut fattas efter lagstadgad tid",
     "Genomgång av ärenden där tidsfristen har förlängts", "Varje tertial",
     "Bygglovschef", "Nämnden"),
    ("Delegation", "Beslut fattas utan rätt delegation",
     "Kontroll att delegationsbeslut anmäls till nämnden", "Varje månad",
     "Nämndsekreterare", "Nämndens presidium"),
    ("Jäv och mutor", "Handläggare utsätts för otillbörlig påverkan",
     "Att alla handläggare har gått igenom riktlinjen mot mutor och jäv",
     "En gång per år", "Samhällsbyggnadschef", "Nämnden"),
    ("Bostadsanpassningsbidrag", "Bidrag betalas ut för åtgärder som inte är utförda",
     "Stickprov på tio utbetalningar mot slutbesiktning eller intyg", "Två gånger per år",
     "Handläggare bostadsanpassning", "Förvaltningschef"),
]  # fmt: skip
"""Process/rutin, risk, kontrollmoment, frekvens, ansvarig, rapporteras till."""
