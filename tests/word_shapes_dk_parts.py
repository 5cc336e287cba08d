"""The content of corpus document DK (tests/word_shapes_dk.py): the målområden with their
goals, indicators, assessments and analyses, the activity follow-up, the economic result, the
key figures and the internal control's follow-up of Grävlinge kommun's barn- och
utbildningsnämnd."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

Ind = tuple[str, str, tuple[Val | None, Val | None, Val | None], Val, str]
"""An indicator: name, unit, utfall 2024–2026 (None: not measured, printed "–"), målvärde
2026 as printed, and the colour of its ● ("" for an empty cell)."""
GoalData = tuple[str, str, str, list[str], list[Ind]]
"""A goal: its sentence, the line's assessment words, the analysis label, the analysis
paragraphs, its indicators."""

AREAS: list[tuple[str, list[GoalData]]] = [
    (
        "Kunskap och lärande",
        [
            (
                "Alla elever ska nå kunskapskraven och utvecklas så långt som möjligt.",
                "Målet är delvis uppfyllt",
                "Analys",
                [
                    "Resultaten i årskurs 9 förbättrades jämfört med 2025 och meritvärdet är det "
                    "högsta sedan 2021. Behörigheten till yrkesprogram ligger dock fortfarande "
                    "under målvärdet, och skillnaderna mellan skolorna är stora.",
                    "Resultaten i de nationella proven i svenska i årskurs 3 har försämrats tre "
                    "år i rad. Förvaltningen bedömer att läsinsatserna i lågstadiet behöver få "
                    "genomslag innan resultaten vänder.",
                ],
                [
                    (
                        "Andel elever i åk 9 som är behöriga till yrkesprogram",
                        "%",
                        (D("84.1"), D("82.6"), D("85.3")),
                        D(88),
                        "gul",
                    ),
                    (
                        "Genomsnittligt meritvärde i åk 9 (17 ämnen)",
                        "",
                        (D("221.4"), D("218.9"), D("224.6")),
                        D(225),
                        "gul",
                    ),
                    (
                        "Andel elever i åk 6 med lägst betyget E i matematik",
                        "%",
                        (D(86), D(84), D(87)),
                        "Minst 90 %",
                        "gul",
                    ),
                    (
                        "Andel elever i åk 3 som klarat alla delprov i svenska",
                        "%",
                        (D(71), D(68), D(66)),
                        D(80),
                        "röd",
                    ),
                ],
            ),
            (
                "Andelen elever som fullföljer en gymnasieutbildning inom fyra år ska öka.",
                "Målet är uppfyllt",
                "Analys",
                [
                    "Andelen elever med examen inom fyra år ökade för andra året i rad och "
                    "överträffar målvärdet. Fler elever på introduktionsprogrammen gick vidare "
                    "till ett nationellt program, bland annat tack vare den nya modellen för "
                    "studie- och yrkesvägledning.",
                ],
                [
                    (
                        "Andel gymnasieelever med examen inom fyra år",
                        "%",
                        (D("76.2"), D("77.8"), D("80.4")),
                        D(79),
                        "grön",
                    ),
                    (
                        "Andel elever på introduktionsprogram som gått vidare till nationellt "
                        "program",
                        "%",
                        (D(24), D(29), D(33)),
                        D(30),
                        "grön",
                    ),
                    (
                        "Andel gymnasieelever med mer än 15 procent frånvaro",
                        "%",
                        (D("14.2"), D("13.6"), D("11.9")),
                        "Högst 12 %",
                        "grön",
                    ),
                ],
            ),
        ],
    ),
    (
        "Trygghet och hälsa",
        [
            (
                "Barn och elever ska känna sig trygga i förskolan och skolan.",
                "Målet är inte uppfyllt",
                "Analys",
                [
                    "Tryggheten har minskat i både årskurs 5 och årskurs 8. I elevenkäten "
                    "nämns otrygghet i korridorer, omklädningsrum och på skolbussen. Antalet "
                    "anmälningar om kränkande behandling har ökat, vilket delvis förklaras av "
                    "att personalen anmäler fler händelser sedan rutinen reviderades.",
                    "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för "
                    "ökad trygghet som ska redovisas i april 2027.",
                ],
                [
                    (
                        "Andel elever i åk 5 som känner sig trygga i skolan",
                        "%",
                        (D(91), D(89), D(86)),
                        D(95),
                        "röd",
                    ),
                    (
                        "Andel elever i åk 8 som känner sig trygga i skolan",
                        "%",
                        (D(84), D(85), D(81)),
                        D(90),
                        "röd",
                    ),
                    (
                        "Andel vårdnadshavare i förskolan som anser att barnet är tryggt",
                        "%",
                        (D(96), D(95), D(95)),
                        D(97),
                        "gul",
                    ),
                    (
                        "Anmälningar om kränkande behandling per 100 elever",
                        "",
                        (D("4.8"), D("5.6"), D("6.1")),
                        "Minska",
                        "röd",
                    ),
                ],
            ),
            (
                "Alla elever ska ha tillgång till en likvärdig elevhälsa.",
                "Kan inte bedömas",
                "Analys och åtgärder",
                [
                    "Målet kan inte bedömas för 2026. Elevhälsans nya journalsystem togs i bruk "
                    "först i oktober och statistiken över hälsobesök och väntetider för året går "
                    "inte att ta fram på ett tillförlitligt sätt.",
                    "Från 2027 hämtas uppgifterna direkt ur journalsystemet och redovisas i "
                    "delårsrapporten.",
                ],
                [
                    (
                        "Andel elever i åk 7 som genomgått hälsobesök",
                        "%",
                        (D(92), D(94), None),
                        D(100),
                        "",
                    ),
                    ("Väntetid till skolpsykolog, veckor", "", (D(7), D(9), None), "Högst 4", ""),
                ],
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare och hållbar ekonomi",
        [
            (
                "Andelen legitimerade lärare och förskollärare ska öka.",
                "Målet är delvis uppfyllt",
                "Analys",
                [
                    "Andelen legitimerade lärare ökade men når inte målvärdet. Förskolan når "
                    "sitt målvärde för första gången, bland annat genom att tolv barnskötare "
                    "har gått vidare till förskollärarutbildning med bibehållen lön.",
                ],
                [
                    (
                        "Andel lärare med legitimation och behörighet i minst ett ämne",
                        "%",
                        (D("72.8"), D("74.1"), D("76.0")),
                        D(78),
                        "gul",
                    ),
                    (
                        "Andel förskollärare av årsarbetarna i förskolan",
                        "%",
                        (D(38), D(39), D(41)),
                        D(40),
                        "grön",
                    ),
                    (
                        "Sjukfrånvaro bland medarbetarna",
                        "%",
                        (D("7.4"), D("7.1"), D("6.8")),
                        "Högst 6,5 %",
                        "gul",
                    ),
                ],
            ),
            (
                "Nämnden ska bedriva verksamheten inom tilldelad budgetram.",
                "Målet är delvis uppfyllt",
                "Analys",
                [
                    "Nämnden redovisar ett underskott mot budget. Underskottet motsvarar en "
                    "procent av nettobudgeten och beror främst på den anpassade grundskolan "
                    "och på fler barn i förskolan än budgeterat. Övriga verksamheter håller "
                    "sina ramar.",
                ],
                [
                    (
                        "Budgetavvikelse i procent av nettobudgeten",
                        "%",
                        (D("0.4"), D("-1.1"), D("-1.0")),
                        "Minst 0 %",
                        "gul",
                    ),
                    (
                        "Antal barn per årsarbetare i förskolan",
                        "",
                        (D("5.4"), D("5.3"), D("5.2")),
                        "Högst 5,2",
                        "grön",
                    ),
                ],
            ),
        ],
    ),
]

ACTIVITIES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Kunskap och lärande",
        [
            (
                "Gemensam modell för tidiga insatser i läsning i förskoleklass till åk 3",
                "Genomförd",
                "Modellen används på alla skolor sedan höstterminen.",
            ),
            (
                "Kompetensutveckling i matematikdidaktik för lärare i åk 4–6",
                "Delvis genomförd",
                "Två av tre moduler är genomförda. Den sista flyttas till vårterminen 2027.",
            ),
            (
                "Studiehandledning på modersmål i fler språk",
                "Pågår",
                "Studiehandledning ges nu på nio språk. Rekrytering pågår för tigrinja.",
            ),
            ("Månatlig uppföljning av elever på introduktionsprogram", "Genomförd", ""),
        ],
    ),
    (
        "Trygghet och hälsa",
        [
            (
                "Revidera planen mot diskriminering och kränkande behandling",
                "Genomförd",
                "Planen antogs av nämnden i maj.",
            ),
            (
                "Trygghetsvandringar med elever på alla skolor",
                "Delvis genomförd",
                "Genomförda på sex av nio skolor.",
            ),
            (
                "Nytt journalsystem för elevhälsan",
                "Pågår",
                "Systemet togs i bruk i oktober. Överföringen av äldre journaler pågår.",
            ),
            (
                "Samverkansmodell med socialtjänsten för tidiga samordnade insatser",
                "Ej genomförd",
                "Har inte påbörjats på grund av vakanser. Arbetet startar i februari 2027.",
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare och hållbar ekonomi",
        [
            (
                "Karriärtjänster för förskollärare",
                "Genomförd",
                "Fyra förstelärare i förskolan är tillsatta.",
            ),
            (
                "Lokalförsörjningsplan för förskola och skola 2027–2036",
                "Pågår",
                "Remitteras till kommunstyrelsen i mars 2027.",
            ),
            (
                "Översyn av resursfördelningsmodellen för grundskolan",
                "Ej genomförd",
                "Skjuts upp i väntan på den nya skollagens bestämmelser om skolpeng.",
            ),
            (
                "Hälsofrämjande insatser för medarbetare i förskolan",
                "Delvis genomförd",
                "Friskvårdsbidraget höjdes. Utbildningen i arbetsmiljö för förskolechefer "
                "genomförs under 2027.",
            ),
        ],
    ),
]

DRIFT: list[tuple[str, int, int]] = [
    ("Nämnd och förvaltning", 18_450, 17_912),
    ("Förskola", 162_300, 165_874),
    ("Pedagogisk omsorg", 4_120, 3_655),
    ("Fritidshem", 38_900, 39_412),
    ("Förskoleklass", 14_200, 14_051),
    ("Grundskola", 248_600, 252_318),
    ("Anpassad grundskola", 21_350, 24_906),
    ("Gymnasieskola", 121_700, 119_488),
    ("Kommunal vuxenutbildning", 17_800, 16_973),
    ("Elevhälsa", 19_480, 18_911),
]
"""Verksamhet, budget 2026 and utfall 2026 in tkr (net costs)."""

PUPILS = [
    ["Barn i förskola", "1 164", "1 187", "1 209"],
    ["Barn i pedagogisk omsorg", "42", "38", "31"],
    ["Elever i förskoleklass", "318", "302", "297"],
    ["Elever i grundskola åk 1–9", "3 012", "3 046", "3 071"],
    ["Elever i anpassad grundskola", "41", "44", "49"],
    ["Inskrivna i fritidshem", "1 402", "1 388", "1 415"],
    ["Gymnasieelever folkbokförda i kommunen", "1 096", "1 118", "1 141"],
]
COSTS = [
    ["Kostnad per barn i förskola", "kr", "148 200", "153 900", "158 600"],
    ["Kostnad per elev i grundskola", "kr", "118 400", "122 700", "126 300"],
    ["Kostnad per elev i gymnasieskola", "kr", "139 500", "142 100", "146 800"],
    ["Kostnad per elev i anpassad grundskola", "tkr", "462", "488", "508"],
]

CONTROLS = [
    (
        "Utdrag ur belastningsregistret vid anställning",
        "Kontroll av 40 nyanställningar. Utdrag saknades för två timvikarier.",
        "Rutinen för timvikarier har skärpts och rektorerna har informerats.",
    ),
    (
        "Attest av leverantörsfakturor enligt attestordningen",
        "Stickprov på 60 fakturor gav inga anmärkningar.",
        "Ingen åtgärd behövs.",
    ),
    (
        "Utredning av anmälningar om kränkande behandling inom tre veckor",
        "78 procent av anmälningarna utreddes inom tre veckor.",
        "Ny mall och utbildning för rektorer under våren 2027.",
    ),
    ("Beslut om skolskjuts fattade före terminsstart", "Samtliga beslut var fattade i tid.", "–"),
]
