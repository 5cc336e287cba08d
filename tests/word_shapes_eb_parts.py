"""The content of corpus document EB (tests/word_shapes_eb.py): the goals with their
assessments, comments and indicators, the activity follow-up, the driftredovisning, the
investments, the key figures and the internal control's follow-up of Tjärnåsens kommun's
fritids- och kulturnämnd."""

from __future__ import annotations

from decimal import Decimal as D

from tests.word_shapes_model import Val

Ind = tuple[str, str, Val | None, Val | None, Val | None]
"""An indicator: name, unit, målvärde 2026, utfall 2026 and utfall 2025 (None: not printed,
"–" or "Mäts 2027")."""
GoalData = tuple[str, str, list[str], list[Ind]]
"""A goal: its sentence, the summary table's assessment, the comment paragraphs, indicators."""

GOALS: list[GoalData] = [
    (
        "Fler barn och unga ska delta i organiserad fritidsverksamhet.",
        "Till stor del uppnått",
        [
            "Antalet deltagartillfällen i föreningarnas verksamhet för 7–20 år ökade med nästan "
            "sju procent. Ökningen är störst bland flickor 13–16 år, där den nya padelhallen i "
            "Tjärnåsen och bygdegårdarnas öppna hallar har betytt mycket.",
            "Andelen unga som deltar i fritidsgårdens verksamhet minskade något under hösten "
            "när gården i Västbyn höll stängt i sex veckor på grund av vattenskada.",
        ],
        [
            (
                "Antal deltagartillfällen 7–20 år i föreningar med LOK-stöd",
                "",
                D(24500),
                D(25130),
                D(23540),
            ),
            ("Andel flickor av deltagartillfällena", "%", D(45), D("44.2"), D("42.8")),
            (
                "Andel elever i åk 8 som besöker fritidsgård minst en gång i månaden",
                "%",
                D(30),
                D(27),
                D(29),
            ),
        ],
    ),
    (
        "Kommunens idrotts- och friluftsanläggningar ska vara tillgängliga och väl använda.",
        "Helt uppnått",
        [
            "Beläggningen i sporthallarna nådde målvärdet för första gången. Elljusspåren i "
            "Tjärnåsen och Rösjö hölls öppna 118 dagar, vilket är fler än något tidigare år.",
        ],
        [
            ("Beläggningsgrad i sporthallar vardagar kl. 16–21", "%", D(85), D("86.4"), D("81.9")),
            ("Antal dagar med preparerade skidspår", "", D(100), D(118), D(94)),
            ("Antal besök i simhallen", "", D(38000), D(39215), D(36870)),
        ],
    ),
    (
        "Biblioteken ska vara en mötesplats för läsning och lärande i hela kommunen.",
        "Delvis uppnått",
        [
            "Utlåningen ökade efter att meröppet infördes på filialen i Västbyn, men antalet "
            "fysiska besök ligger kvar under nivån före pandemin.",
            "Läsfrämjande insatser nådde samtliga förskoleklasser.",
        ],
        [
            ("Antal utlån per invånare", "", D("6.5"), D("6.1"), D("5.8")),
            ("Antal fysiska besök på biblioteken", "", D(52000), D(47640), D(46920)),
            ("Andel förskoleklasser som fått bokprat", "%", D(100), D(100), D(86)),
        ],
    ),
    (
        "Kulturutbudet ska vara brett och nå invånare i alla åldrar och kommundelar.",
        "Delvis uppnått",
        [
            "Kulturskolan hade fler elever än någonsin, men kön till piano och gitarr är "
            "fortsatt lång. Antalet kulturarrangemang utanför centralorten minskade då två "
            "bygdegårdsföreningar inte kunde genomföra planerade program.",
        ],
        [
            ("Andel barn 6–15 år som deltar i kulturskolan", "%", D(20), D("21.3"), D("19.6")),
            ("Antal kulturarrangemang utanför centralorten", "", D(40), D(31), D(36)),
            ("Antal barn i kö till kulturskolan", "", D(25), D(47), D(39)),
        ],
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva sin verksamhet.",
        "Inte uppnått",
        [
            "Handläggningstiden för föreningsbidrag blev längre när bidragssystemet byttes i "
            "våras. Nöjdheten i föreningsenkäten sjönk, främst i frågan om information från "
            "kommunen.",
        ],
        [
            ("Handläggningstid för föreningsbidrag, dagar (median)", "", D(21), D(34), D(23)),
            ("Andel föreningar som är nöjda med kommunens stöd", "%", D(80), D(71), D(78)),
        ],
    ),
    (
        "Invånarna ska känna till och kunna ta del av kommunens natur- och kulturarv.",
        "Kan inte bedömas",
        [
            "Medborgarundersökningen genomfördes inte 2026 och målet kan därför inte bedömas. "
            "Besöken på hembygdsgården och fäbodvallen ökade enligt föreningarnas egna "
            "räkningar.",
        ],
        [
            (
                "Andel invånare som besökt ett kulturmiljö- eller naturområde i kommunen",
                "%",
                D(70),
                None,
                D(66),
            ),
        ],
    ),
]

ACTIVITIES: list[tuple[str, str, str, str]] = [
    # name, ansvarig, läge 31/12 as printed, status
    (
        "Införa nytt digitalt system för föreningsbidrag",
        "Fritidschef",
        "Klar i april. Inkörningsproblem under våren.",
        "klar",
    ),
    (
        "Ta fram en plan för underhåll av elljusspår och leder",
        "Anläggningsansvarig",
        "Klar, antagen av nämnden i oktober.",
        "klar",
    ),
    (
        "Starta spontanidrott på lördagar i Ljungby sporthall",
        "Fritidsgårdsföreståndare",
        "Pågår sedan mars, fortsätter 2027.",
        "pagar",
    ),
    ("Införa meröppet bibliotek i Västbyn", "Bibliotekschef", "Klar i februari.", "klar"),
    ("Genomföra läsfrämjande projekt med förskoleklasserna", "Bibliotekschef", "Klar.", "klar"),
    (
        "Utöka kulturskolans undervisning i Rösjö",
        "Kulturskolechef",
        "Delvis. En grupp i slagverk startade i augusti, piano saknar lärare.",
        "pagar",
    ),
    (
        "Ta fram ett kulturmiljöprogram för kommunen",
        "Kulturstrateg",
        "Ej påbörjad – flyttas till 2027 i avvaktan på länsstyrelsens underlag.",
        "senarelagd",
    ),
    (
        "Renovera omklädningsrummen i Tjärnåsens simhall",
        "Anläggningsansvarig",
        "Pågår, klart i mars 2027.",
        "pagar",
    ),
    (
        "Söka medel för en pumptrack vid Strandskolan",
        "Fritidschef",
        "Avbruten. Ansökan till Allmänna arvsfonden fick avslag.",
        "avbruten",
    ),
    ("Genomföra en föreningsenkät", "Fritidskonsulent", "Klar i november.", "klar"),
]

DRIFT: list[tuple[str, int, int, int]] = [
    # verksamhet, bokslut 2025, budget 2026, utfall 2026 (net costs, negative)
    ("Nämnd och administration", -1840, -1910, -1876),
    ("Föreningsbidrag", -3210, -3350, -3298),
    ("Idrottsanläggningar", -8460, -8720, -8915),
    ("Simhall", -5120, -5300, -5187),
    ("Fritidsgårdar", -2950, -3080, -2864),
    ("Bibliotek", -4380, -4510, -4433),
    ("Kulturskola", -3620, -3760, -3712),
    ("Allmän kulturverksamhet", -1190, -1220, -1131),
]

INVESTMENTS: list[tuple[str, int, int]] = [
    ("Omklädningsrum simhallen", 2400, 1650),
    ("Belysning elljusspår Rösjö", 850, 812),
    ("Inventarier biblioteket Västbyn", 300, 286),
]

KEY_GROUPS: list[tuple[str, list[list[str]]]] = [
    (
        "Fritid",
        [
            ["Nettokostnad fritidsverksamhet, kr/inv", "2 941", "3 005", "3 118"],
            ["Antal föreningar med kommunalt stöd", "48", "47", "49"],
            ["Öppettimmar fritidsgårdar per vecka", "22", "22", "20"],
        ],
    ),
    (
        "Kultur",
        [
            ["Nettokostnad kulturverksamhet, kr/inv", "1 612", "1 674", "1 702"],
            ["Antal elever i kulturskolan", "212", "226", "241"],
            ["Bibliotekens öppettimmar per vecka (inkl. meröppet)", "58", "58", "96"],
        ],
    ),
]

CONTROLS: list[tuple[str, str, str, str]] = [
    # process, kontrollmoment, utfört, iakttagelser
    (
        "Föreningsbidrag",
        "Kontroll att beviljade bidrag följer bidragsreglerna",
        "Ja",
        "Två ansökningar saknade årsmötesprotokoll. Bidragen hölls inne tills underlag kom in.",
    ),
    ("Föreningsbidrag", "Stickprov på redovisade deltagartillfällen", "Ja", "Inga avvikelser."),
    (
        "Uthyrning av lokaler",
        "Kontroll att fakturering sker enligt bokningssystemet",
        "Ja",
        "Tre bokningar hade inte fakturerats. Rutinen har förtydligats.",
    ),
    (
        "Kassahantering",
        "Avstämning av kassan i simhallen mot kassarapporter",
        "Delvis",
        "Avstämning gjordes för tio av tolv månader.",
    ),
]
