"""Corpus document E: a välfärdsnämnd's plan in the shape of a published social-services plan
(rebuilt with our own words and similar figures): a long template paragraph on the cover
before the short title, a table of contents in a content control, headings from Heading 1,
the kommun named only in the text, goal tables with the label apart from the goal ("Nämndsmål
:" without a number) and text targets, personnel and volume key figures with a group row and
footnotes, a driftbudget whose plan years have only the frame in the totals row, and
investments with project numbers."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Ind, Writer, budget_rows, goal_table, sv, toc_styles
from tests.word_shapes_model import BudgetRow, Expected, Front, KeyRow, TableNote, Val
from tests.word_shapes_xml import org_chart_png, picture, toc_control

PREFACE = (
    "Verksamhetsplanen är nämndens viktigaste styrdokument för det kommande året. Den "
    "beskriver hur förvaltningen ska arbeta med kommunfullmäktiges målområden, vilka "
    "nämndsmål som gäller och hur de mäts, samt hur budgetramen fördelas mellan "
    "verksamheterna. Planen tas fram av förvaltningens ledningsgrupp under hösten och "
    "behandlas först i nämndens arbetsutskott och därefter i nämnden. Uppföljningen sker i "
    "delårsrapporten per den sista augusti och i verksamhetsberättelsen efter årets slut, där "
    "varje nämndsmål bedöms. Mallen ska användas av alla nämnder så att planerna blir lätta "
    "att jämföra, och rubrikerna får inte tas bort även om ett avsnitt lämnas tomt."
)
TARGET_YEARS = (2026, 2027, 2028, 2029)
TOC = [
    (1, "Planeringsförutsättningar och omvärldsanalys", 1),
    (1, "Förändring, utveckling och trender", 2),
    (1, "Mål och uppföljning", 4),
    (2, "Kvalitet", 4),
    (2, "Delaktighet", 5),
    (2, "Kompetensförsörjning", 6),
    (2, "Klimat", 7),
    (1, "Verksamhetsbeskrivning", 8),
    (2, "Organisationsbeskrivning", 9),
    (2, "Personalnyckeltal", 10),
    (2, "Omsättningstal och nyckeltal", 10),
    (1, "Ekonomi – driftbudget 2027 samt -plan 2028-2029", 11),
]


def _years(*values: Val | None) -> dict[int, Val | None]:
    """Målnivåer for 2026–2029 in order; None for a blank cell."""
    return dict(zip(TARGET_YEARS, values, strict=True))


def _front_part(w: Writer) -> None:
    assert 640 <= len(PREFACE) <= 680, len(PREFACE)
    w.para(PREFACE)
    w.cover("Välfärdsnämnden", size=20)
    w.cover("Verksamhetsplan 2027-2029", size=26, bold=True)
    w.cover("Nämndsordförande: Eva Sandberg (c)")
    w.cover("Förvaltningschef: Tomas Wikström")
    w.page_break()
    toc_styles(w.doc, 2)
    toc_control(w.doc, "Innehållsförteckning", TOC)
    w.expected.absent += [f"{text} {page}" for _, text, page in TOC]
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Planeringsförutsättningar och omvärldsanalys")
    w.paras(
        "Välfärdsförvaltningen förändras hela tiden, av skäl både utanför och inom den egna "
        "organisationen.",
        "Mottagandet av nyanlända har minskat, men behovet av stöd för att komma in i "
        "samhället finns kvar under lång tid. För Bergvika Kommun innebär det att "
        "etableringen på arbetsmarknaden måste gå snabbare och att samverkan med "
        "Arbetsförmedlingen behöver bli tätare.",
        "Bristen på bostäder påverkar alla delar av verksamheten. Det gäller lägenheter för "
        "personer som utsatts för våld i nära relationer, för unga som lämnar placering och för "
        "dem som av olika skäl inte kan få ett eget hyreskontrakt.",
    )
    w.chapter("Förändring, utveckling och trender")
    for unit, items in (
        (
            "Barn och ungdomssektionen:",
            [
                "Använda ett strukturerat riskbedömningsinstrument i alla ärenden om våld i nära "
                "relationer.",
                "Följa upp placeringar i familjehem och på institution och använda resultaten i "
                "utvecklingsarbetet.",
                "Starta en gemensam familjehemsenhet med grannkommunerna.",
            ],
        ),
        (
            "Vuxensektionen:",
            [
                "Ta fram tydliga mål för verksamheten utifrån kommunens nya vision.",
                "Utveckla boendelösningar på hemmaplan i stället för köpta platser.",
                "Genomföra en brukarrevision av öppenvården.",
            ],
        ),
        (
            "Arbete och välfärd:",
            [
                "En väg in till sektionen oavsett vem som anvisar deltagaren.",
                "Matcha deltagarna mot praktikplatser inom bygg, park och butik.",
            ],
        ),
    ):
        w.para(("b", unit))
        w.bullets(*items)


def _goals(w: Writer) -> None:
    w.heading("Mål och uppföljning", 1)
    w.structure("Mål och uppföljning")
    w.heading("KVALITET – grunduppdrag av god kvalitet för alla vi finns till för", 2)
    w.paras(
        "Kvaliteten visar vilken nytta verksamheten gör för invånarna och ger underlag för "
        "utveckling och för nämndens beslut om resurser.",
        "Kvalitetsmålen utgår från varje nämnds grunduppdrag och ska nås inom given budgetram.",
    )
    goal_table(
        w,
        "Nämndsmål 1:",
        "Ett tryggt och hållbart liv för alla som får stöd av nämnden.",
        [
            Ind(
                "IFO totalt: Nöjd medborgarindex, stöd till utsatta personer",
                "",
                D(54),
                _years(D(55), D(56), D(57), D(58)),
            ),
            Ind(
                "Barn och unga: Barn 0-12 år som inte återkommer inom ett år efter avslutad "
                "utredning eller insats, andel (%)",
                "%",
                D(67),
                _years(D(69), D(71), D(73), D(75)),
            ),
            Ind(
                "Barn och unga 13-20 år som inte återkommer inom ett år efter avslutad utredning "
                "eller insats, andel (%)",
                "%",
                D(66),
                _years(D(68), D(70), D(72), D(74)),
            ),
            Ind(
                "Försörjningsstöd: Personer som inte återkommer inom ett år efter avslutat stöd, "
                "andel (%)",
                "%",
                D(70),
                _years(D(73), D(75), D(78), D(80)),
            ),
            Ind(
                "Beroendevård: Vuxna 21+ som inte återkommer inom ett år efter avslutad insats, "
                "andel (%)",
                "%",
                D(90),
                {y: D(90) for y in TARGET_YEARS},
            ),
        ],
        2025,
        TARGET_YEARS,
        label_apart=True,
    )
    w.heading("DELAKTIGHET – invånare och medarbetare är delaktiga i kommunens utveckling", 2)
    w.para("Vi vill berätta om mål och resultat och ta emot synpunkter på dem.")
    w.para(
        "Externt mål: Kommunen informerar om mål och resultat och för dialog om dem med invånarna."
    )
    w.bullets("Invånarna får svar på sina frågor", "Invånarna kan påverka kommunens utveckling")
    w.para("Internt mål: Mål, resultat, kvalitet, personal och ekonomi följs upp samlat.")
    w.bullets("Medarbetarna känner till målen för sin arbetsplats")
    text = "Dialog genomförs vid varje större förändring"
    goal_table(
        w,
        "Nämndsmål :",
        "Medarbetarna driver verksamhetsutvecklingen aktivt och tar in perspektiv från dem vi "
        "finns till för.",
        [
            Ind(
                "Andel lyckade kontaktförsök med en handläggare (tillgänglighetsmätning)",
                "%",
                D(67),
                _years(D(68), D(69), D(70), D(71)),
            ),
            Ind(
                "KKiK: Andel som får ett gott bemötande när de ringer kommunen med en enkel fråga",
                "%",
                D(72),
                _years(D(73), D(74), D(75), D(76)),
            ),
            Ind(
                "Nämndsmål om medborgardialog och påverkansforum",
                "",
                text,
                {y: text for y in TARGET_YEARS},
            ),
            Ind(
                "Medarbetarenkät, kvalitetsområde Mål och uppföljning",
                "",
                D("3.7"),
                {2026: None, 2027: D("3.9"), 2028: None, 2029: D("4.2")},
            ),
            Ind(
                "Medarbetarenkät, HME Styrning",
                "",
                D(68),
                {2026: None, 2027: D(72), 2028: None, 2029: D(75)},
            ),
            Ind(
                "Medarbetarenkät, kvalitetsområde Arbetsplatsträffar",
                "",
                D("3.3"),
                {2026: None, 2027: D("3.7"), 2028: None, 2029: D("4.0")},
            ),
        ],
        2025,
        TARGET_YEARS,
        label_apart=True,
    )
    w.heading("KOMPETENSFÖRSÖRJNING – arbetsgivarna kan anställa de medarbetare de behöver", 2)
    w.para(
        "Externt: Kommunen samverkar med andra aktörer för att underlätta rekrytering för alla "
        "arbetsgivare."
    )
    w.para("Internt: Som attraktiv arbetsgivare utvecklar och behåller vi våra medarbetare.")
    text = "Samarbete med utbildningsanordnare och Arbetsförmedlingen"
    goal_table(
        w,
        "Nämndsmål :",
        "Nämnden upplevs som en attraktiv arbetsgivare där medarbetarna mår bra och kan växa i "
        "sitt yrke.",
        [
            Ind(
                "Samverkan med andra aktörer för rekrytering och kompetensutveckling:",
                "",
                text,
                {y: text for y in TARGET_YEARS},
            ),
            Ind(
                "Medarbetarenkät: HME, Ledarskap",
                "",
                D(71),
                {2026: None, 2027: D(73), 2028: None, 2029: D(75)},
            ),
            Ind(
                "Medarbetarenkät: HME, Motivation",
                "",
                D(76),
                {2026: None, 2027: D(78), 2028: None, 2029: D(80)},
            ),
            Ind(
                'Medarbetarenkät: frågan "Tror du att du har bytt arbetsgivare om ett år?"',
                "",
                D(62),
                {2026: None, 2027: D(67), 2028: None, 2029: D(72)},
            ),
        ],
        2025,
        TARGET_YEARS,
        label_apart=True,
    )
    w.heading("KLIMAT – klimatsmarta val blir lätta att göra", 2)
    w.para("Klimatet är vår viktigaste framtidsfråga och allas insats behövs.")
    table = goal_table(
        w,
        "Nämndsmål :",
        "Vi har alltid miljön i åtanke så att klimatsmarta och hållbara val blir lätta att göra.",
        [
            Ind(
                "Andel personbilar och lätta lastbilar i förvaltningen som är miljöklassade",
                "%",
                D("35.71"),
                _years(D(40), D(45), D(50), D(60)),
            ),
            Ind(
                "Andel medarbetare som har kunskap nog att göra val i arbetet som minskar "
                "miljöpåverkan",
                "%",
                None,
                dict(
                    zip(
                        TARGET_YEARS,
                        ("Nuläge", "Öka med 10 %", "Öka med 10 %", D(100)),
                        strict=True,
                    )
                ),
            ),
        ],
        2025,
        TARGET_YEARS,
        label_apart=True,
    )
    table.cell(0, 1).paragraphs[0].runs[0].italic = False  # this plan's last goal is upright


def _units(w: Writer) -> None:
    w.chapter("Verksamhetsbeskrivning")
    for unit, text in (
        (
            "Stab:",
            "I staben finns nämndsekreterare, kvalitetsutvecklare, ekonom och "
            "systemförvaltare. Receptionen är ofta invånarnas första kontakt med förvaltningen.",
        ),
        (
            "Barn och ungdomssektionen:",
            "Sektionen tar emot anmälningar, utreder och följer upp insatser för barn och unga "
            "0–20 år och driver familjehemsvård, familjerätt och öppenvård.",
        ),
        (
            "Arbete och välfärd:",
            "Sektionen samlar ekonomiskt bistånd och arbetsmarknadsinsatser så att den enskilde "
            "får rätt insats vid rätt tidpunkt på vägen mot egen försörjning.",
        ),
    ):
        w.para(("b", unit))
        w.para(text)


def _key_figures(w: Writer) -> None:
    x = w.expected
    w.heading("Organisationsbeskrivning", 2)
    units = ["Välfärdsnämnden", "Stab", "Barn och unga", "Vuxen", "Arbete och välfärd"]
    picture(w.doc, org_chart_png(units), "Organisationsschema för välfärdsförvaltningen")
    w.heading("Personalnyckeltal", 2)
    header = ["", "Bokslut 2024", "Bokslut 2025", "Budget 2026", "Förändring i % 2024-2025"]
    rows = [
        ["Antal årsarbetare", "156", "171", "179", "9,6 %"],
        ["Sjukfrånvaro %", "7,12", "8,87", "7,10", "+1,75"],
        ["Medelsysselsättningsgrad i % (tillsvidareanställda)", "96,1", "97,0", "98", "+0,9"],
        ["Personalomsättning i % (tillsvidareanställda)", "13,2", "11,4", "9,5", "-1,8"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7, 2.4, 2.4, 2.4, 3])
    x.key_figures += [
        KeyRow("Personalnyckeltal", r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    pension = [
        ["Pensionsavgångar/-prognos", "2024", "2025", "2026", "2027", "2028", "2029"],
        ["Antal", "3", "2", "2", "3", "5", "4"],
    ]
    w.table(pension, keep_headers=True, widths=[6, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7])
    x.key_figures.append(
        KeyRow("", "Antal", dict(zip(pension[0][1:], pension[1][1:], strict=True)))
    )

    w.heading("Omsättningstal och nyckeltal", 2)
    header = [
        "",
        "Bokslut 2024",
        "Bokslut 2025",
        "Budget 2026",
        "Budget 2027",
        "Plan 2028",
        "Plan 2029",
    ]
    per_person = [
        ("Invånare totalt, antal", [33_512, 33_690, 33_850, 34_020, 34_210, 34_400]),
        ("Kostnad arbetsmarknadsåtgärder, kr/inv", [1_158, 1_274, 1_041, 1_022, 990, 981]),
        ("Kostnad barn- och ungdomsvård, kr/inv", [1_552, 1_849, 1_210, 1_199, 1_192, 1_185]),
        ("Kostnad ekonomiskt bistånd, kr/inv", [1_170, 1_188, 911, 918, 940, 934]),
    ]
    totals = [
        ("Kostnad arbetsmarknadsåtgärder", [38_810, 42_920, 35_240, 34_770, 33_870, 33_750]),
        ("Kostnad flyktingmottagning *", [21_760, 35_410, 30_950, 29_100, 28_400, 28_400]),
        ("Kostnad barn- och ungdomsvård", [52_020, 62_290, 40_960, 40_790, 40_780, 40_760]),
        ("Kostnad ekonomiskt bistånd **", [39_210, 40_020, 30_840, 31_230, 32_160, 32_130]),
    ]
    group = "Total kostnad, tkr"
    table_rows = [header]
    for name, values in per_person:
        table_rows.append([name, *(sv(v) for v in values)])
        x.key_figures.append(
            KeyRow(
                "Omsättningstal och nyckeltal",
                name,
                dict(zip(header[1:], table_rows[-1][1:], strict=True)),
            )
        )
    table_rows.append([group, "", "", "", "", "", ""])
    for name, values in totals:
        table_rows.append([name, *(sv(v) for v in values)])
        x.key_figures.append(
            KeyRow(
                "Omsättningstal och nyckeltal",
                name,
                dict(zip(header[1:], table_rows[-1][1:], strict=True)),
                group,
            )
        )
    w.table(table_rows, keep_headers=True, widths=[6.4, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8])
    for note in (
        "* Bruttokostnad minus interna intäkter och ersättningar från andra kommuner för "
        "mottagandet av flyktingar som kommunen får statlig ersättning för.",
        "** Inkluderar kostnader för våld i nära relationer.",
    ):
        w.para(note)
        x.notes.append(TableNote("Omsättningstal och nyckeltal", note))


def _budget(w: Writer) -> None:
    w.heading("Ekonomi – driftbudget 2027 samt -plan 2028-2029", 1)
    w.structure("Ekonomi – driftbudget 2027 samt -plan 2028-2029")
    keys = [("bokslut", 2024), ("bokslut", 2025), ("budget", 2026)]
    rows = budget_rows(
        w,
        "drift",
        keys,
        [
            ("Välfärdsnämnd", [1_498, 1_776, 1_650]),
            ("Välfärdsförvaltning gemensamt", [13_512, 15_240, 16_810]),
            ("Barn- och ungdomssektion", [45_420, 49_860, 40_120]),
            ("Vuxensektion", [12_950, 14_630, 13_390]),
            ("Ekonomienhet", [37_380, 36_690, 30_410]),
            ("Arbetsmarknadsenhet", [15_910, 15_100, 17_380]),
            ("Integration- och fritidsektion", [11_820, 4_080, 18_750]),
        ],
        "NETTOKOSTNAD",
    )
    frame = [sv(v) for v in (130_120, 130_160, 130_190)]  # KF:s ram: no rows for these years
    w.table(
        [
            ["DRIFTVERKSAMHET", "Bokslut", "Bokslut", "Budget", "Budget", "Budget", "Budget"],
            [
                "Nettobelopp i kkr utan decimal",
                "2024",
                "2025",
                "2026 Kf 251126",
                "2027",
                "2028",
                "2029",
            ],
            *([*row, "", "", ""] for row in rows[:-1]),
            [*rows[-1], *frame],
        ],
        header_rows=2,
        widths=[5.5, 1.8, 1.8, 2.4, 1.8, 1.8, 1.8],
    )
    w.heading("Investeringsbudget 2027 samt -plan 2028-2031", 1)
    w.structure("Investeringsbudget 2027 samt -plan 2028-2031")
    w.para("(vid många projekt, gruppera projekten i grupper i tabellen nedan)")
    keys_i = [("budget", 2027), ("plan", 2028), ("plan", 2029), ("plan", 2030), ("plan", 2031)]
    projects: list[tuple[str, str, list[int | None]]] = [
        ("Inventarier", "VFN 001", [1_307, 1_547, 1_787, 1_787, 1_050]),
        ("IT-utrustning", "VFN 002", [420, 380, 380, 400, 400]),
        ("Fordon till arbetsmarknadsenheten", "VFN 003", [650, None, 700, None, None]),
    ]
    inv = budget_rows(
        w, "investering", keys_i, [(n, a) for n, _, a in projects], "SUMMA INVESTERINGAR"
    )
    w.expected.budget[-len(projects) :] = [
        BudgetRow("investering", r.name, r.amounts, projects[n][1])
        for n, r in enumerate(w.expected.budget[-len(projects) :])
    ]
    w.table(
        [
            ["Projektnamn/Projektgruppering", "", "Budget", "Plan", "Plan", "Plan", "Plan"],
            ["Belopp i kkr utan decimal", "Projektblad nr", "2027", "2028", "2029", "2030", "2031"],
            *([row[0], projects[n][1], *row[1:]] for n, row in enumerate(inv[:-1])),
            [inv[-1][0], "", *inv[-1][1:]],
        ],
        header_rows=2,
        widths=[5.5, 2.4, 1.8, 1.8, 1.8, 1.8, 1.8],
    )


def build_e(path: Path) -> Expected:
    front = Front(
        namnd="Välfärdsnämnden",
        kommun="Bergvika kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027-2029",
        ordforande="Eva Sandberg (c)",
        forvaltningschef="Tomas Wikström",
    )
    w = Writer("E-lång-inledning", front)
    header = w.doc.sections[0].header.paragraphs[0]
    header.text = "Välfärdsnämnden\tVerksamhetsplan 2027-2029"
    _front_part(w)
    _chapters(w)
    _goals(w)
    _units(w)
    _key_figures(w)
    _budget(w)
    return w.save(path)
