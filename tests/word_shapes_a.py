"""Corpus document A: a kultur- och fritidsnämnd's plan whose chapters are all Heading 2 and 3
and whose only Heading 1s are the appendices, with a table of contents field at the top, page
headers and footers, a cover page of labelled lines and goal tables with three header rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Ind, Writer, budget_rows, goal_table, toc_styles
from tests.word_shapes_model import Activity, Control, Expected, Front, Goal, KeyRow
from tests.word_shapes_xml import toc_field

YEARS = (2027, 2028, 2029)
HEADER = "Ekdala kommun · Kultur- och fritidsförvaltningen · Fastställd plan"
FOOTER = "Kultur- och fritidsförvaltningen, Stationsgatan 9, 341 80 Ekdala"

TOC = [
    (2, "Inledning", 3),
    (2, "Nämndens uppdrag", 3),
    (2, "Värdegrund", 3),
    (2, "Omvärldsanalys", 4),
    (3, "Befolkning och efterfrågan", 4),
    (3, "Lagar och statliga uppdrag", 4),
    (2, "Mål och uppföljning", 5),
    (3, "Kvalitet", 5),
    (3, "Delaktighet", 6),
    (3, "Kompetensförsörjning", 6),
    (3, "Klimat", 7),
    (2, "Aktiviteter under planperioden", 7),
    (2, "Verksamhetsbeskrivning", 8),
    (2, "Ekonomi", 9),
    (1, "Bilaga 1 Nyckeltal", 10),
    (1, "Bilaga 2 Internkontrollplan 2027", 11),
]


def _kf_goal(w: Writer, text: str) -> None:
    """Kommunfullmäktige's goal for the målområde, as a labelled line above the nämnd's."""
    w.para(("b", "Kommunfullmäktiges mål: "), text)
    w.expected.goals.append(Goal(text, "kf"))


def build_a(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Ekdala kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Åkesson (S)",
        forvaltningschef="Jonas Bergqvist",
        diarienummer="KFN 2026/214",
    )
    w = Writer("A-rubriknivåer", front)
    x = w.expected
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    x.absent += [HEADER, FOOTER]

    w.cover("Ekdala Kommun", size=14)
    w.cover("Kultur- och fritidsnämnden", size=14)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Nämndsordförande: Karin Åkesson (S)")
    w.cover("Förvaltningschef: Jonas Bergqvist")
    w.cover("Dnr KFN 2026/214")
    w.cover("Antagen av kultur- och fritidsnämnden 2026-11-24 § 97")
    w.page_break()

    toc_styles(w.doc, 3)
    w.cover("Innehåll", size=16, bold=True)
    toc_field(w.doc, TOC)
    x.absent += [f"{text} {page}" for _, text, page in TOC if not text.startswith("Bilaga")]
    w.page_break()

    w.chapter("Inledning", 2)
    w.paras(
        "Verksamhetsplanen beskriver vad kultur- och fritidsnämnden vill uppnå under åren "
        "2027–2029 och hur arbetet ska följas upp. Planen utgår från kommunfullmäktiges "
        "målområden och den budgetram som fullmäktige beslutade om i juni.",
        "Planen är nämndens styrdokument för förvaltningen. Varje enhet bryter ner målen i "
        "egna aktiviteter, och nämnden följer upp resultaten i delårsrapporten i augusti och i "
        "verksamhetsberättelsen efter årets slut.",
    )
    w.chapter("Nämndens uppdrag", 2)
    w.para(
        "Nämnden ansvarar för kommunens bibliotek, kulturskolan, fritidsgårdarna, de allmänna "
        "samlingslokalerna och stödet till föreningslivet. Uppdraget regleras i reglementet "
        "som fullmäktige antog 2023. Till uppdraget hör bland annat att"
    )
    w.bullets(
        "erbjuda ett allsidigt biblioteksutbud med särskild omsorg om barn och unga,",
        "ge alla barn möjlighet att pröva på musik, dans, teater och bild,",
        "driva öppna och trygga mötesplatser för ungdomar,",
        "fördela bidrag till föreningar enligt nämndens riktlinjer.",
    )

    w.chapter("Värdegrund", 2)
    w.paras(
        "Förvaltningens arbete vilar på kommunens gemensamma värdegrund: respekt, öppenhet och "
        "ansvar. Värdegrunden ska märkas i mötet med besökare, elever och föreningar lika väl "
        "som i hur medarbetare bemöter varandra.",
        "Varje arbetsplats diskuterar värdegrunden på en arbetsplatsträff per termin. "
        "Diskussionen utgår från verkliga situationer som medarbetarna själva tar upp.",
    )

    w.chapter("Omvärldsanalys", 2)
    w.para(
        "Ekdala växer långsamt men stadigt. Det ställer krav på fler platser i kulturskolan och "
        "på längre öppettider, samtidigt som kostnaderna för energi och lokaler ökar snabbare "
        "än nämndens ram."
    )
    w.heading("Befolkning och efterfrågan", 3)
    w.paras(
        "Antalet barn i åldern 6–15 år väntas öka med drygt 300 fram till 2029, främst i de "
        "nya bostadsområdena norr om centrum. Där saknas i dag både bibliotek och fritidsgård.",
        "Efterfrågan på spontanidrott och kvällsöppna lokaler har ökat efter pandemiåren. "
        "Föreningarna rapporterar samtidigt att det blivit svårare att rekrytera ledare.",
    )
    w.heading("Lagar och statliga uppdrag", 3)
    w.para(
        "Den nya bibliotekslagen skärper kraven på läsfrämjande arbete för barn. Staten "
        "fördelar riktade bidrag till kulturskolan för 2027, men det är oklart om de finns kvar "
        "under resten av perioden. Nämnden planerar därför utan dem."
    )

    w.chapter("Mål och uppföljning", 2)
    w.para(
        "Nämndens mål utgår från fullmäktiges fyra målområden. Under varje område finns ett "
        "nämndsmål med indikatorer, nuläge och målnivåer för planperioden."
    )
    w.heading("Kvalitet", 3)
    w.para("Verksamheten håller god kvalitet och når invånare i alla delar av kommunen.")
    _kf_goal(w, "Invånarna i hela kommunen har tillgång till service av god kvalitet.")
    goal_table(
        w,
        "Nämndsmål 1:",
        "Invånarna upplever ett brett och tillgängligt kulturutbud i hela kommunen.",
        [
            Ind(
                "Nöjd medborgar-index, kultur (index)",
                "",
                D(58),
                {2027: D(59), 2028: D(60), 2029: D(62)},
            ),
            Ind(
                "Andel barn 6–15 år som deltar i kulturskolans verksamhet, andel (%)",
                "%",
                D(67),
                {2027: D(69), 2028: D(71), 2029: D(73)},
            ),
            Ind(
                "Antal besök på biblioteken per invånare",
                "",
                D("3.7"),
                {2027: D("3.8"), 2028: D("3.9"), 2029: D("4.1")},
            ),
            Ind(
                "Andel evenemang som är tillgängliga för personer med funktionsnedsättning",
                "%",
                D("35.71"),
                {2027: D(40), 2028: D(45), 2029: D(50)},
            ),
        ],
        2025,
        YEARS,
    )
    w.heading("Delaktighet", 3)
    w.para("Barn, unga och föreningar ska kunna påverka den verksamhet som rör dem.")
    _kf_goal(w, "Invånarna är delaktiga i kommunens utveckling.")
    goal_table(
        w,
        "Nämndsmål 2:",
        "Barn och unga har inflytande över fritidsgårdarnas och bibliotekens verksamhet.",
        [
            Ind(
                "Antal ungdomsråd med regelbundna möten",
                "",
                D(4),
                {2027: D(5), 2028: D(6), 2029: D(6)},
            ),
            Ind(
                "Andel ungdomar som anser att de kan påverka verksamheten på fritidsgården",
                "%",
                D(52),
                {2027: "Öka", 2028: "Öka", 2029: D(60)},
            ),
            Ind(
                "Dialog med föreningslivet",
                "",
                "Föreningsträff två gånger per år",
                {y: "Föreningsträff två gånger per år" for y in YEARS},
            ),
        ],
        2025,
        YEARS,
    )
    w.heading("Kompetensförsörjning", 3)
    w.para("Förvaltningen är en arbetsplats där medarbetare utvecklas och vill stanna.")
    goal_table(
        w,
        "Nämndsmål 3:",
        "Medarbetarna trivs, utvecklas och vill stanna kvar i förvaltningen.",
        [
            Ind(
                "Hållbart medarbetarengagemang (HME), totalindex",
                "",
                D(74),
                {2027: None, 2028: D(76), 2029: None},
            ),
            Ind(
                "Sjukfrånvaro, andel av arbetad tid",
                "%",
                D("5.8"),
                {2027: D("5.5"), 2028: D("5.2"), 2029: D(5)},
            ),
            Ind(
                "Personalomsättning, tillsvidareanställda",
                "%",
                D("11.3"),
                {2027: D(10), 2028: D("9.5"), 2029: D(9)},
            ),
        ],
        2025,
        YEARS,
    )
    w.heading("Klimat", 3)
    w.para("Nämnden bidrar till kommunens mål om minskade utsläpp och lägre energianvändning.")
    goal_table(
        w,
        "Nämndsmål 4:",
        "Förvaltningens verksamhet minskar sin klimatpåverkan år för år.",
        [
            Ind(
                "Andel av förvaltningens fordon som är miljöbilar",
                "%",
                D("42.86"),
                {2027: D(50), 2028: D(60), 2029: D(75)},
            ),
            Ind(
                "Energianvändning i idrottshallarna, kWh per kvadratmeter",
                "",
                D(148),
                {2027: D(144), 2028: D(140), 2029: D(135)},
            ),
            Ind(
                "Andel ekologiska livsmedel i caféerna",
                "%",
                None,
                {2027: "Öka", 2028: "Öka", 2029: D(30)},
            ),
        ],
        2025,
        YEARS,
    )

    w.chapter("Aktiviteter under planperioden", 2)
    w.para("Aktiviteterna nedan är nämndens viktigaste åtaganden för att nå målen.")
    activities = [
        ("Öppna ett meröppet bibliotek i Norrmalm", "Bibliotekschef", dt.date(2027, 9, 30)),
        (
            "Införa avgiftsfri prova-på-termin i kulturskolan",
            "Kulturskolechef",
            dt.date(2027, 6, 15),
        ),
        ("Starta ungdomsråd på alla fritidsgårdar", "Fritidschef", dt.date(2027, 12, 31)),
        (
            "Ta fram en plan för tillgängliga evenemang",
            "Evenemangssamordnare",
            dt.date(2027, 4, 30),
        ),
        ("Byta belysning i Ekdalahallen till LED", "Anläggningschef", dt.date(2028, 3, 31)),
        ("Utbilda alla chefer i rekryterande ledarskap", "Förvaltningschef", dt.date(2028, 6, 30)),
        ("Ny modell för föreningsbidrag", "Föreningskonsulent", dt.date(2028, 12, 31)),
        ("Digital bokning av samlingslokaler", "Administrativ chef", dt.date(2029, 2, 28)),
    ]
    w.table(
        [["Aktivitet", "Ansvarig", "Slutdatum"]]
        + [[name, who, when.isoformat()] for name, who, when in activities],
        widths=[9, 4.5, 3],
    )
    x.activities += [Activity(name, ansvarig=who, slutdatum=when) for name, who, when in activities]

    w.chapter("Verksamhetsbeskrivning", 2)
    for unit, text in (
        (
            "Bibliotek",
            "Huvudbiblioteket och tre filialer har tillsammans drygt 180 000 besök om året. "
            "Biblioteken arbetar särskilt med läsfrämjande insatser i förskolan.",
        ),
        (
            "Kulturskola",
            "Kulturskolan har omkring 1 100 elever i musik, dans, teater och bild. Kön till "
            "instrumentundervisningen är längst för piano och gitarr.",
        ),
        (
            "Fritidsgårdar",
            "Tre fritidsgårdar har öppet fyra kvällar i veckan och under skollov. En mobil "
            "verksamhet besöker de mindre orterna varannan vecka.",
        ),
        (
            "Anläggningar och föreningsstöd",
            "Förvaltningen driver två sporthallar, ett utomhusbad och ett trettiotal "
            "samlingslokaler. Omkring 90 föreningar får årligen verksamhetsbidrag.",
        ),
    ):
        w.heading(unit, 3)
        w.para(text)

    w.chapter("Ekonomi", 2)
    w.para(
        "Nämndens ram för 2027 är 98,4 miljoner kronor. Ökade kostnader för lokaler och energi "
        "möts genom effektiviseringar i lokalanvändningen."
    )
    keys = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
    rows = budget_rows(
        w,
        "drift",
        keys,
        [
            ("Nämnd och förvaltningsledning", [4_812, 5_020, 5_105, 5_180, 5_250]),
            ("Bibliotek", [28_344, 29_110, 29_870, 30_400, 30_950]),
            ("Kulturskola", [21_509, 22_300, 22_940, 23_300, 23_700]),
            ("Fritidsgårdar", [12_877, 13_250, 13_480, 13_700, 13_900]),
            ("Anläggningar", [19_630, 20_410, 21_005, 21_600, 22_100]),
            ("Föreningsbidrag", [5_868, 5_900, 6_000, 6_000, 6_000]),
        ],
        "Total budgetram",
    )
    head = ["Verksamhet, tkr", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    w.table([[*head, "Plan 2029"], *rows], widths=[6, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading("Bilaga 1 Nyckeltal", 1)
    key_header = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Prognos 2026"]
    key_rows = [
        ["Utlån per invånare", "5,9", "6,1", "6,2"],
        ["Antal besök på huvudbiblioteket", "121 400", "126 950", "130 000"],
        ["Elever i kulturskolan", "1 046", "1 102", "1 120"],
        ["Barn i kö till kulturskolan", "214", "188", "170"],
        ["Besök på fritidsgårdarna", "31 220", "33 870", "34 500"],
        ["Uthyrda timmar i sporthallarna", "9 850", "10 120", "10 300"],
        ["Föreningar med verksamhetsbidrag", "88", "91", "92"],
        ["Kostnad för kultur per invånare, kr", "2 410", "2 486", "2 540"],
    ]
    w.table([key_header, *key_rows], keep_headers=True, widths=[7, 3, 3, 3])
    x.key_figures += [
        KeyRow("Nyckeltal", row[0], dict(zip(key_header[1:], row[1:], strict=True)))
        for row in key_rows
    ]

    w.heading("Bilaga 2 Internkontrollplan 2027", 1)
    w.para("Riskerna bedöms på en skala 1–4 för sannolikhet och konsekvens.")
    controls = [
        (
            "Föreningsbidrag",
            "Bidrag betalas ut på felaktiga uppgifter",
            "3",
            "3",
            "Stickprov på tio ansökningar mot närvarorapporter",
            "Föreningskonsulent",
            "Två gånger per år",
        ),
        (
            "Kontanthantering i caféerna",
            "Svinn eller stöld av kassa",
            "2",
            "3",
            "Avstämning av kassa mot försäljningsrapport",
            "Fritidschef",
            "Månadsvis",
        ),
        (
            "Avtalstrohet vid inköp",
            "Inköp görs utanför upphandlade avtal",
            "3",
            "2",
            "Granskning av fakturor från leverantörer utan avtal",
            "Administrativ chef",
            "Kvartalsvis",
        ),
        (
            "Lokalbokning",
            "Lokaler hyrs ut utan avtal eller avgift",
            "2",
            "2",
            "Jämförelse av bokningssystem mot fakturering",
            "Anläggningschef",
            "Halvårsvis",
        ),
        (
            "Registerutdrag vid anställning",
            "Person utan registerkontroll arbetar med barn",
            "1",
            "4",
            "Kontroll av att utdrag finns i personalakten",
            "Förvaltningschef",
            "Årligen",
        ),
    ]
    header = [
        "Process/rutin",
        "Risk",
        "Sannolikhet",
        "Konsekvens",
        "Kontrollmoment",
        "Ansvarig",
        "Frekvens",
    ]
    w.table([header, *[list(c) for c in controls]], size=8)
    x.controls += [Control(c[4], c[0]) for c in controls]
    return w.save(path)
