"""The figures of corpus document DM (an äldrenämnd's plan typed by many hands): its goals
and indicators, activities, driftbudget, key figures and controls, each cell typed as the
hand that wrote it typed numbers and dates, next to the value a careful reader enters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

NBSP, THIN = "\u00a0", "\u2009"
MINUS, EN_DASH = "\u2212", "\u2013"

IndRow = tuple[str, str, tuple[str, Val, int], tuple[str, Val], tuple[str, Val]]
"""An indicator: name, unit, (nuläge as typed, value, year), (2027 as typed, value),
(2028 as typed, value)."""

GOALS: list[tuple[str, str, list[IndRow]]] = [
    ("Mål 1", "Äldre med hemtjänst upplever att de får ett gott stöd och känner sig trygga i "
     "sitt eget hem.", [
        ("Andel brukare i hemtjänsten som är nöjda med hemtjänsten som helhet", "%",
         ("88 %", D(88), 2025), ("90 %", D(90)), ("91 %", D(91))),
        ("Andel brukare i hemtjänsten som känner sig trygga hemma", "%",
         ("84,5%", D("84.5"), 2025), ("87%", D(87)), ("88%", D(88))),
        ("Antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde", "",
         ("16", D(16), 2025), ("14", D(14)), ("13", D(13))),
    ]),
    ("Mål 2:", "Den som bor på särskilt boende har en meningsfull vardag och ett gott "
     "bemötande.", [
        ("Andel boende som är nöjda med aktiviteterna på boendet", "%",
         ("61 procent", D(61), 2025), ("65 procent", D(65)), ("70 procent", D(70))),
        ("Andel boende som upplever att personalen bemöter dem väl", "%",
         ("93 %", D(93), 2025), ("95 %", D(95)), ("95 %", D(95))),
        ("Antal timmar med social aktivitet per boende och vecka", "",
         ("3.7", D("3.7"), 2025), ("4,0", D("4.0")), ("4,5", D("4.5"))),
    ]),
    ("Mål 3", "Äldre får ett förebyggande stöd som gör att de kan leva ett självständigt liv "
     "längre.", [
        ("Andel 80-åringar som erbjudits ett förebyggande hembesök", "%",
         ("74 %", D(74), 2025), ("85 %", D(85)), ("90 %", D(90))),
        ("Antal besök på kommunens träffpunkter per månad", "",
         (f"1{NBSP}164", D(1164), 2025), (f"1{NBSP}250", D(1250)), (f"1{NBSP}300", D(1300))),
        ("Andel invånare 80 år och äldre som har hemtjänst", "%",
         ("12,8 %", D("12.8"), 2025), ("Minska", "Minska"), ("Minska", "Minska")),
    ]),
    ("Mål 4 –", "Vården och omsorgen är säker och håller god kvalitet.", [
        ("Andel boende med riskbedömning för fall, trycksår och undernäring", "%",
         ("78,0%", D(78), 2025), ("90 %", D(90)), ("95 %", D(95))),
        ("Fallskador som lett till sjukhusvård per 1 000 invånare 80 år och äldre", "",
         ("36 (2024)", D(36), 2024), ("32", D(32)), ("30", D(30))),
        ("Andel nyinflyttade som fått läkemedelsgenomgång inom en månad", "%",
         ("81 procent", D(81), 2025), ("95 procent", D(95)), ("100 procent", D(100))),
    ]),
    ("Mål 5.", "Nämnden är en attraktiv arbetsgivare med friska och engagerade medarbetare.", [
        ("Sjukfrånvaro bland medarbetarna i äldreomsorgen", "%",
         ("9.8 %", D("9.8"), 2025), ("8,5 %", D("8.5")), ("8,0 %", D("8.0"))),
        ("Andel tillsvidareanställda i omvårdnaden med undersköterskeexamen", "%",
         ("71 %", D(71), 2025), ("75 %", D(75)), ("80 %", D(80))),
        ("Hållbart medarbetarengagemang (HME), index", "",
         ("76", D(76), 2025), ("78", D(78)), ("80", D(80))),
    ]),
    ("Mål 6", "Verksamheten bedrivs inom tilldelad ram och resurserna används effektivt.", [
        ("Budgetavvikelse i procent av nettobudgeten", "%",
         (f"{MINUS}1,8 %", D("-1.8"), 2025), ("0 %", D(0)), ("0 %", D(0))),
        ("Kostnad per brukare i hemtjänsten, kr", "",
         ("150.900", D(150900), 2025), (f"152{THIN}000", D(152000)),
         (f"155{THIN}000", D(155000))),
        ("Andel av den planerade tiden som utförs hos brukaren", "%",
         ("63,0%", D(63), 2025), ("65 %", D(65)), ("66 %", D(66))),
    ]),
]  # fmt: skip

ActRow = tuple[str, int, str, str, dt.date | None]
"""An activity: name, goal number, ansvarig, "Klart" as typed, the date a reader enters."""

ACTIVITIES: list[ActRow] = [
    ("Införa digital nattillsyn med kamera för brukare som önskar det", 1,
     "Enhetschef hemtjänst", "1/6 2027", dt.date(2027, 6, 1)),
    ("Ta fram en gemensam aktivitetsplan för alla särskilda boenden", 2,
     "Verksamhetschef särskilt boende", "31 dec 2027", dt.date(2027, 12, 31)),
    ("Öppna två nya växelvårdsplatser på Solgården", 2,
     "Verksamhetschef särskilt boende", "1 mars 2028", dt.date(2028, 3, 1)),
    ("Starta en ny träffpunkt i Norrby i samarbete med PRO och SPF", 3,
     "Samordnare förebyggande verksamhet", "vecka 48 2027", dt.date(2027, 12, 5)),
    ("Utbilda all personal i hemtjänsten i fallprevention", 4, "MAS",
     "senast juni -27", dt.date(2027, 6, 30)),
    ("Införa läkemedelsrobotar hos brukare med hemsjukvård", 4, "MAS", "Q3",
     dt.date(2027, 9, 30)),
    ("Erbjuda 20 vårdbiträden undersköterskeutbildning på betald arbetstid", 5,
     "HR-strateg", "2027-12-31", dt.date(2027, 12, 31)),
    ("Införa heltid som norm i hemtjänstens schemaläggning", 5, "Förvaltningschef",
     "31/8 2027", dt.date(2027, 8, 31)),
    ("Se över hemtjänstens ruttplanering för att öka brukartiden", 6,
     "Enhetschef hemtjänst", "Q2 2028", dt.date(2028, 6, 30)),
    ("Följa upp köpta korttidsplatser varje månad", 6, "Ekonom", "Löpande", None),
]  # fmt: skip

BUDGET_HEADER = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
BUDGET_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028)]
BUDGET: list[tuple[str, list[str]]] = [
    ("Nämnd och förvaltningsledning", [f"6{NBSP}412", f"6{NBSP}650", f"6{NBSP}880",
                                       f"7{NBSP}010"]),
    ("Hemtjänst", ["98.214", f"101{THIN}300", f"104{THIN}750", f"107{THIN}200"]),
    ("Särskilt boende", [f"187{NBSP}560", f"192{NBSP}400", f"198{NBSP}900", f"203{NBSP}100"]),
    ("Korttidsvård och växelvård", ["14.820", "14.200", "14.650", "14.900"]),
    ("Dagverksamhet och träffpunkter", ["5 930", "6 120", "6 540", "6 700"]),
    ("Hälso- och sjukvård", [f"41{NBSP}270", f"42{NBSP}800", f"44{NBSP}100", f"45{NBSP}000"]),
    ("Bostadsanpassning", ["4 380", "4 000", "4 100", "4 200"]),
    ("Avgifter och ersättningar", [f"{EN_DASH}23 540", f"{MINUS}24{NBSP}100",
                                   f"{MINUS}25{NBSP}300", f"{EN_DASH}25 900"]),
]  # fmt: skip

KEY_TITLE = "Äldreomsorgen i siffror"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KeyFig = tuple[str, list[str], list[str]]
"""A key-figure row: name, cells as typed, the values as a reader enters them."""
KEY_ROWS: list[KeyFig] = [
    ("Invånare 80 år och äldre", [f"2{NBSP}918", f"3{NBSP}041", f"3{NBSP}164"],
     ["2 918", "3 041", "3 164"]),
    ("Personer med hemtjänst", ["612", "634", "651"], ["612", "634", "651"]),
    ("Beviljade hemtjänsttimmar", ["198.400", f"204{THIN}100", f"211{THIN}900"],
     ["198 400", "204 100", "211 900"]),
    ("Platser i särskilt boende", ["214", "214", "220"], ["214", "214", "220"]),
    ("Väntetid till särskilt boende, dagar (medel)", ["54", "61", "48"], ["54", "61", "48"]),
    ("Andel invånare 80+ i särskilt boende", ["11,2%", "10.9 %", "10,6 %"],
     ["11,2 %", "10,9 %", "10,6 %"]),
    ("Nettokostnad äldreomsorg per invånare 80+, kr", [f"97{NBSP}600", "101.200",
                                                       f"105{NBSP}900"],
     ["97 600", "101 200", "105 900"]),
]  # fmt: skip
KEY_NOTE = (
    "Källa: Kolada och verksamhetssystemet. Uppgifterna för 2025 är preliminära (uttag 12/2 2026)."
)

CONTROL_HEADER = ["Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens", "Rapport till nämnd"]
CONTROLS: list[list[str]] = [
    ["Avgiftshantering", "Stickprov på att avgiftsbesluten i hemtjänsten stämmer med utförd tid",
     "Avgiftshandläggare", "2 ggr/år", "aug -27, feb -28"],
    ["Läkemedelshantering", "Kontroll av att signeringslistorna för läkemedel är kompletta",
     "MAS", "Kvartalsvis", "Q2 och Q4"],
    ["Boendes kontanter", "Stickprov på att redovisningen av de boendes kontanter stämmer",
     "Enhetschef särskilt boende", "1 gång/år", "31/10 2027"],
    ["Inköp", "Att inköp görs från avtalade leverantörer", "Ekonom", "2 ggr/år",
     "vecka 35 och vecka 6"],
    ["Dokumentation", "Att genomförandeplan upprättas inom 14 dagar efter beslut",
     "Enhetschef hemtjänst", "Månadsvis", "Delår och helår"],
]  # fmt: skip
