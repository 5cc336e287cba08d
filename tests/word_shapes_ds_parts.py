"""The data of corpus document DS (``word_shapes_ds``): a vård- och omsorgsnämnd's goals with
their indicators and year-end forecasts, its activities grouped by status, its economy, volume
and personnel figures and the follow-up of its internal control."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.word_shapes_model import Val

Ind = tuple[str, str, Val | None, Val | None, Val | None, str, Val]
"""An indicator: name, unit, utfall 2024, utfall 2025, the 2026 value (None: not measured
yet), the "Senaste mätning 2026" cell as printed, and målvärde 2026."""

Spec = tuple[str, str, str, str, list[Ind], list[str]]
"""A goal: its number, text, forecast ("" when not assessed), the summary table's comment,
indicators and the analysis under its heading."""

AREAS: list[tuple[str, list[Spec]]] = [
    ("Trygg och värdig äldreomsorg", [
        ("1.1", "Personer med hemtjänst möter ett fåtal medarbetare och känner sig trygga i "
         "sitt hem.", "",
         "Brukarundersökningen genomförs i oktober. Målet bedöms i årsredovisningen.",
         [("Antal personal som en person med hemtjänst möter under 14 dagar", "",
           D(15), D(14), D(13), "13 (mars)", "Högst 12"),
          ("Andel med hemtjänst som känner sig trygga hemma", "%",
           D(86), D(88), None, "Mäts i okt", D(90))],
         ["Kontinuitetsmätningen i mars visar att en person med hemtjänst i genomsnitt mötte "
          "13 olika medarbetare under två veckor. Det är en förbättring, och arbetet med fast "
          "omsorgskontakt väntas ge effekt under hösten.",
          "Tryggheten mäts i Socialstyrelsens brukarundersökning som genomförs i oktober. "
          "Någon bedömning av målet görs därför inte i delårsrapporten."]),
        ("1.2", "Boende i särskilt boende har en aktiv och meningsfull vardag.", "uppfyllt",
         "Genomförandeplanerna är nästan i mål och träffpunkten öppnar i oktober.",
         [("Andel boende med aktuell genomförandeplan", "%",
           D(78), D(84), D(89), "89 % (juli)", D(95)),
          ("Andel boende som kommer ut så ofta de vill", "%",
           D(54), D(58), None, "Mäts i okt", D(65))],
         ["Alla boenden har under våren gått igenom sina genomförandeplaner tillsammans med "
          "de boende och deras anhöriga. Aktivitetssamordnarna har ordnat utflykter varje "
          "vecka under sommaren. Målet bedöms vara uppfyllt vid årets slut."]),
        ("1.3", "Vården i livets slutskede håller god kvalitet.", "delvis",
         "Smärtskattningen har förbättrats men når inte målvärdet.",
         [("Andel avlidna med dokumenterat brytpunktssamtal", "%",
           D(61), D(67), D(71), "71 % (jan–jun)", D(75)),
          ("Andel avlidna som smärtskattats under sista levnadsveckan", "%",
           D(58), D(64), D(70), "70 % (jan–jun)", D(80))],
         ["Svenska palliativregistret visar att resultaten förbättras för varje halvår. "
          "Utbildningen i palliativ vård har nått all personal i särskilt boende men ännu "
          "inte hemsjukvården, där de flesta smärtskattningar saknas."]),
    ]),
    ("Självständighet och delaktighet", [
        ("2.1", "Personer med insatser enligt LSS har inflytande över sin vardag och en "
         "meningsfull sysselsättning.", "delvis",
         "Kön till bostad med särskild service har minskat men är fortfarande för lång.",
         [("Andel i daglig verksamhet med praktik eller arbete på den öppna "
           "arbetsmarknaden", "%", D(8), D(9), D(11), "11 % (aug)", D(12)),
          ("Antal personer som väntar på bostad med särskild service", "",
           D(9), D(11), D(7), "7 (aug)", "Högst 5")],
         ["Fyra personer har flyttat in i den nya servicebostaden på Björkvägen och kön har "
          "därmed minskat. Samarbetet med arbetsmarknadsenheten har gett tre nya "
          "praktikplatser under våren. Målet bedöms bli delvis uppfyllt."]),
        ("2.2", "Rehabilitering i hemmet gör att fler klarar sin vardag utan hemtjänst.",
         "uppfyllt", "Resultatet är redan över målvärdet.",
         [("Andel avslutade vardagsrehabiliteringar utan fortsatt behov av hemtjänst", "%",
           D(41), D(46), D(52), "52 % (jan–aug)", D(50)),
          ("Antal personer som fått vardagsrehabilitering", "",
           D(112), D(138), D(104), "104 (jan–aug)", D(160))],
         ["Rehabteamet har arbetat med alla nya ärenden i hemtjänsten sedan januari. Drygt "
          "hälften av dem som avslutat sin rehabilitering har inte behövt fortsatt "
          "hemtjänst."]),
    ]),
    ("Attraktiv arbetsgivare och hållbar ekonomi", [
        ("3.1", "Medarbetarna har en god arbetsmiljö och vill stanna i verksamheten.",
         "delvis", "Sjukfrånvaron minskar men ligger över målet.",
         [("Sjukfrånvaro, andel av ordinarie arbetstid", "%",
           D("9.6"), D("9.1"), D("8.4"), "8,4 % (jan–jul)", "Högst 8,0 %"),
          ("Personalomsättning bland undersköterskor", "%",
           D("14.2"), D("12.8"), None, "Redovisas i årsredovisningen", "Högst 11 %"),
          ("Andel heltidsanställda", "%", D(71), D(76), D(79), "79 % (aug)", D(80))],
         ["Sjukfrånvaron har minskat för tredje året i rad, främst den korta frånvaron. "
          "Handlingsplanen för heltid som norm antogs i maj och andelen heltidsanställda "
          "ökar. Målet bedöms bli delvis uppfyllt."]),
        ("3.2", "Verksamheten bedrivs inom tilldelad budgetram.", "ej_uppfyllt",
         "Prognosen visar ett underskott på 7,4 mnkr.",
         [("Nettokostnadsutveckling jämfört med föregående år", "%",
           D("4.1"), D("5.3"), D("3.6"), "3,6 % (jan–aug)", "Högst 3,0 %"),
          ("Kostnad för inhyrda sjuksköterskor, tkr", "",
           D(4210), D(6870), D(2940), "2 940 (jan–aug)", "Högst 3 000")],
         ["Kostnaderna inom hemtjänst och hälso- och sjukvård ökar mer än budgeterat. "
          "Nämnden bedömer att målet inte kommer att uppfyllas under året."]),
    ]),
]  # fmt: skip

Act = tuple[str, str, str, str, dt.date, str]
"""An activity: name, the goal's number, ansvarig, planerat klart as printed, that date and
the comment."""

ACTIVITIES: list[tuple[str, str, list[Act]]] = [
    ("Genomförda", "klar", [
        ("Införa planeringssystem med digitala nycklar i hela hemtjänsten", "1.1",
         "Enhetschef hemtjänst", "2026-04-30", dt.date(2026, 4, 30), ""),
        ("Öppna tio nya platser på Ekbackens särskilda boende", "1.2",
         "Enhetschef särskilt boende", "2026-03-31", dt.date(2026, 3, 31), ""),
        ("Utbilda all personal i särskilt boende i palliativ vård", "1.3",
         "Medicinskt ansvarig sjuksköterska", "2026-06-30", dt.date(2026, 6, 30), ""),
        ("Ta fram en handlingsplan för heltid som norm", "3.1", "HR-strateg",
         "2026-05-31", dt.date(2026, 5, 31), "Antagen av nämnden i maj."),
    ]),
    ("Pågående", "pagar", [
        ("Införa fast omsorgskontakt i hemtjänsten", "1.1",
         "Verksamhetschef äldreomsorg", "december 2026", dt.date(2026, 12, 31),
         "Infört i område Norr och Centrum."),
        ("Starta en träffpunkt för boende och anhöriga på Solgläntan", "1.2",
         "Aktivitetssamordnare", "2026-10-31", dt.date(2026, 10, 31), "Öppnar i oktober."),
        ("Utveckla samarbetet med arbetsmarknadsenheten om praktikplatser", "2.1",
         "Enhetschef daglig verksamhet", "2026-12-31", dt.date(2026, 12, 31), ""),
        ("Utöka teamet för vardagsrehabilitering med en arbetsterapeut", "2.2",
         "Enhetschef rehabilitering", "2026-09-30", dt.date(2026, 9, 30),
         "Rekrytering klar, tillträde 1 september."),
        ("Bygga upp en egen sjuksköterskepool för att minska inhyrningen", "3.2",
         "Förvaltningschef", "2026-12-31", dt.date(2026, 12, 31),
         "Fyra av sex tjänster tillsatta."),
    ]),
    ("Ej påbörjade", "ej_paborjad", [
        ("Införa digital tillsyn nattetid för fler brukare", "1.1", "Enhetschef hemtjänst",
         "2026-11-30", dt.date(2026, 11, 30), "Startar i oktober."),
        ("Bygga om korttidsboendet Linden till bostad med särskild service", "2.1",
         "Lokalstrateg", "2027-06-30", dt.date(2027, 6, 30),
         "Väntar på beslut om investeringsmedel."),
    ]),
    ("Avbrutna", "avbruten", [
        ("Upphandla nytt verksamhetssystem för LSS", "2.1", "Systemförvaltare",
         "2026-09-30", dt.date(2026, 9, 30),
         "Ersätts av en gemensam upphandling med grannkommunerna 2027."),
    ]),
]  # fmt: skip

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 12_400, 7_960, 350),
    ("Hemtjänst", 156_800, 110_240, -5_600),
    ("Särskilt boende", 198_300, 131_050, 1_200),
    ("Hälso- och sjukvård", 64_100, 45_380, -2_900),
    ("Stöd enligt LSS", 118_600, 78_410, -1_100),
    ("Socialpsykiatri och anhörigstöd", 28_000, 17_900, 650),
]
"""Verksamhet, budget 2026, utfall jan–aug, budgetavvikelse in the year-end forecast."""

INCOME: list[tuple[str, tuple[int, int, int, int]]] = [
    ("Avgifter och ersättningar", (41_200, 42_500, 28_930, 43_100)),
    ("Statsbidrag och övriga bidrag", (26_800, 18_000, 17_450, 24_600)),
]
COSTS: list[tuple[str, tuple[int, int, int, int]]] = [
    ("Personalkostnader", (-472_900, -489_400, -332_460, -496_100)),
    ("Köp av verksamhet", (-52_400, -48_700, -36_210, -53_800)),
    ("Lokalkostnader", (-61_900, -63_200, -42_080, -63_000)),
    ("Övriga kostnader", (-37_100, -37_400, -26_570, -40_400)),
]
"""Bokslut 2025, budget 2026, utfall jan–aug 2026, prognos 2026."""
KOMMUNBIDRAG = (551_900, 578_200, 385_467, 578_200)

VOLUMES = (
    ["Verksamhetsmått", "Budget 2026", "Utfall jan–aug 2026", "Prognos 2026", "Utfall 2025"],
    [
        ["Beviljade hemtjänsttimmar per månad, snitt", "24 500", "25 870", "25 900", "24 120"],
        ["Personer med hemtjänst, 31/8", "610", "648", "650", "598"],
        ["Platser i särskilt boende", "292", "292", "292", "282"],
        ["Beläggningsgrad i särskilt boende", "98 %", "96,4 %", "97 %", "97,8 %"],
        ["Personer med beslut om daglig verksamhet", "142", "147", "148", "139"],
    ],
)

STAFF = (
    ["Nyckeltal", "Jan–aug 2025", "Jan–aug 2026", "Förändring"],
    [
        ["Tillsvidareanställda, antal", "1 148", "1 164", "+16"],
        ["Sjukfrånvaro totalt, %", "9,3", "8,4", "−0,9"],
        ["Korttidssjukfrånvaro dag 1–14, %", "4,2", "3,9", "−0,3"],
        ["Timavlönade, årsarbetare", "96,5", "88,2", "−8,3"],
    ],
)
STAFF_NOTE = "Förändringen av sjukfrånvaron anges i procentenheter."

CONTROLS = [
    ("Kontroll av att beslut om hemtjänst verkställs inom 14 dagar",
     "Verkställighet av biståndsbeslut", "Ja",
     "27 av 30 beslut verkställdes i tid. Rutinen för planering ses över."),
    ("Stickprov på att avvikelser i läkemedelshanteringen följs upp",
     "Läkemedelshantering", "Ja",
     "Uppföljning saknades i fyra av 20 avvikelser. Enhetscheferna utbildas i oktober."),
    ("Kontroll av att timavlönade inte får fler timmar än avtalet medger",
     "Bemanning och schemaläggning", "Delvis", "Kontrollen avslutas i oktober."),
    ("Kontroll av att brukaravgifter debiteras enligt beslut", "Avgiftshantering", "Ja",
     "Inga fel hittades i 25 granskade fakturor."),
    ("Granskning av loggar i journalsystemet", "Informationssäkerhet", "Nej",
     "Genomförs i november enligt plan."),
]  # fmt: skip
