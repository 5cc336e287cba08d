"""Corpus document BJ: a samhällsbyggnadsnämnd's plan 2027–2029 as the kommun's communication
unit designs it: the goals are a "målhus" drawn with Word shapes, one group (``wpg:wgp`` in
``mc:AlternateContent`` with a VML group as the fallback, as Word saves it) of text boxes: the
vision in a triangle on the roof, the three målområden as boxes in a row, and each nämndsmål
("1.1 Fler bostäder …") as a box under its målområde. The boxes stand in the XML a column at a
time from the right, each column's goals from the bottom up, the roof last, so only their
positions (``a:off`` in the group) give the reading order. After the house an indicator table
per målområde whose first column links each indicator to its goal by number ("1.2"), with
"Utfall 2025" and "Mål 2027 … 2029" columns (a blank where a survey is not made, relative
targets in words); an activity table linked by goal number and dated "december 2027", "Q2
2028" or by ISO date; a driftbudget whose parking row is an income; a "Nämnden i siffror" fact
box floating to the right of the omvärldsanalys prose (an anchored text box with square
wrapping, its text again in the VML fallback); and an internkontroll table.

Expected (what a perfect import gives): the front matter from the cover lines; six chapters;
seven nämndsmål without their numbers (the målområden are areas, the vision is prose);
twelve indicators with nuläge 2025 and targets per year as printed; eight activities with
ansvarig, slutdatum and their goal; seven driftbudget rows; the fact box's figures as key
figures; four controls with their process. Cover lines, header cells, goal numbers in the
tables and the totals row are structure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)
from tests.word_shapes_xml import NS, p, r

NAMND = "Samhällsbyggnadsnämnden"
KOMMUN = "Norrvikens kommun"
TITLE = "Verksamhetsplan 2027–2029"
YEARS = (2027, 2028, 2029)
VISION = "Norrviken – en hållbar kommun att leva, bo och verka i"
NS_ALL = (
    NS + ' xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    ' xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

Ind = tuple[str, str, Val, list[Val | None]]
"""An indicator: name, unit, utfall 2025, targets 2027, 2028 and 2029 (None: blank)."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    ("Attraktiv livsmiljö", [
        ("Fler bostäder byggs i alla kommundelar",
         [("Antal påbörjade bostäder", "", D(142), [D(180), D(200), D(220)]),
          ("Antal detaljplaner som vunnit laga kraft", "", D(4), [D(6), D(6), D(7)])]),
        ("Parker, torg och gator är trygga och välskötta",
         [("Andel invånare som känner sig trygga utomhus på kvällen i sitt område", "%",
           D(71), [D(73), None, D(77)])]),
        ("Det är enkelt att gå, cykla och åka kollektivt",
         [("Kilometer separerad gång- och cykelväg", "", D(86), [D(90), D(95), D(100)]),
          ("Andel resor med kollektivtrafik", "%", D(11), [D(12), D(13), D(15)])]),
    ]),
    ("Hållbar miljö", [
        ("Klimatpåverkan från nämndens transporter och arbetsmaskiner minskar",
         [("Andel fossilfria fordon i förvaltningens fordonsflotta", "%", D("62.5"),
           [D(75), D(85), D(100)]),
          ("Koldioxidutsläpp från arbetsmaskiner, ton", "", D(410),
           ["Minska med 10 %", "Minska med 15 %", "Minska med 20 %"])]),
        ("Sjöar och vattendrag når god ekologisk status",
         [("Antal vattenförekomster med god ekologisk status", "", D(5), [D(5), D(6), D(7)])]),
    ]),
    ("Effektiv och tillgänglig service", [
        ("Bygglovshanteringen är snabb, rättssäker och förutsägbar",
         [("Genomsnittlig handläggningstid för bygglov, dagar", "", D(38),
           [D(30), D(28), D(25)]),
          ("Nöjd-Kund-Index bygglov, SBA", "", D(68), [D(70), D(72), D(74)])]),
        ("Medarbetarna vill stanna och utvecklas hos oss",
         [("Hållbart medarbetarengagemang, HME", "", D(77), [D(79), None, D(81)]),
          ("Sjukfrånvaro", "%", D("5.9"), [D("5.5"), D("5.2"), D(5)])]),
    ]),
]  # fmt: skip

ACTIVITIES = [
    ("Ta fram en markanvisningspolicy med krav på blandade upplåtelseformer", "1.1",
     "Planchef", "juni 2027", dt.date(2027, 6, 30)),
    ("Trygghetsvandringar i Östra Strand och centrum tillsammans med polisen", "1.2",
     "Gatuchef", "2027-10-31", dt.date(2027, 10, 31)),
    ("Ny belysning längs gång- och cykelvägen Sjövägen–stationen", "1.3",
     "Projektledare gata", "Q2 2028", dt.date(2028, 6, 30)),
    ("Byta ut de sista dieseldrivna arbetsmaskinerna i parkverksamheten", "2.1",
     "Driftchef", "december 2028", dt.date(2028, 12, 31)),
    ("Åtgärdsprogram för Norrån med våtmarker och skyddszoner", "2.2",
     "Miljöstrateg", "december 2029", dt.date(2029, 12, 31)),
    ("E-tjänst för bygglovsansökan med automatisk kontroll av bilagor", "3.1",
     "Bygglovschef", "Q1 2027", dt.date(2027, 3, 31)),
    ("Gemensamma handläggningsrutiner för bygglov och strandskydd", "3.1",
     "Bygglovschef", "2027-09-30", dt.date(2027, 9, 30)),
    ("Karriärvägar och mentorsprogram för handläggare och ingenjörer", "3.2",
     "Förvaltningschef", "december 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

FACTS = [
    ("Invånare 31 december", "24 318"),
    ("Beviljade bygglov", "412"),
    ("Påbörjade bostäder", "142"),
    ("Kilometer kommunal gata", "168"),
    ("Parkmark, hektar", "96"),
    ("Årsarbetare i förvaltningen", "87"),
]

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, Sequence[int | None]]] = [
    ("Nämnd och förvaltningsledning", [4_820, 5_010, 5_230, 5_300, 5_380]),
    ("Planering och exploatering", [6_340, 6_900, 7_450, 7_500, 7_560]),
    ("Bygglov och tillsyn", [2_110, 2_380, 2_050, 1_900, 1_850]),
    ("Miljö- och hälsoskydd", [5_760, 5_920, 6_100, 6_180, 6_260]),
    ("Gator, vägar och belysning", [28_430, 29_600, 30_870, 31_400, 31_900]),
    ("Parker och lekplatser", [11_290, 11_700, 12_140, 12_350, 12_550]),
    ("Parkering", [-1_180, -1_250, -1_400, -1_450, -1_500]),
]

CONTROLS = [
    ("Bygglovshandläggning", "Att beslut fattas inom lagstadgad tid och avgiften reduceras "
     "när tiden överskrids", "12", "Bygglovschef", "Stickprov på 20 ärenden per tertial"),
    ("Exploateringsavtal", "Att avtalade gatukostnadsersättningar faktureras",
     "9", "Exploateringsingenjör", "Genomgång av alla avtal, halvårsvis"),
    ("Upphandling av driftentreprenader", "Att beställda och utförda arbeten stäms av mot "
     "avtalet innan faktura attesteras", "8", "Driftchef", "Stickprov 10 fakturor, kvartalsvis"),
    ("Delegationsbeslut", "Att delegationsbeslut anmäls till nämnden",
     "6", "Nämndsekreterare", "Avstämning mot diariet, två gånger per år"),
]  # fmt: skip

HOUSE_ALT = "Målhus: nämndens vision, målområden och mål"
"""The group's alternative text: it describes the graphic whose boxes are the goals."""


def _box(
    number: int, name: str, at: tuple[int, int, int, int], fill: str, lines: list[str]
) -> tuple[str, str]:
    """A text box of the målhus as a group child (DrawingML) and as its VML fallback."""
    x, y, cx, cy = at
    geom = "triangle" if number == 1 else "rect"
    inner = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr>{"<w:b/>" if n == 0 else ""}<w:color w:val="FFFFFF"/>'
        f'<w:sz w:val="{18 if name.startswith("Mål ") else 20}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for n, line in enumerate(lines)
    )
    top, anchor = (0, "b") if number == 1 else (45_720, "ctr")
    drawing = (
        f'<wps:wsp><wps:cNvPr id="{100 + number}" name="{name}"/><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill>'
        f'<a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill>'
        '<a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="{top}" '
        f'rIns="72000" bIns="45720" anchor="{anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp>"
    )
    shape = "v:shape" if number == 1 else "v:rect"
    extra = ' type="#_x0000_t5"' if number == 1 else ""
    vml = (
        f'<{shape} id="{name}" o:spid="_x0000_s{1100 + number}"{extra} '
        f'style="position:absolute;left:{x // 1000};top:{y // 1000};width:{cx // 1000};'
        f'height:{cy // 1000}" fillcolor="#{fill.lower()}" strokecolor="white">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></{shape}>"
    )
    return drawing, vml


def _house_xml() -> str:
    """The målhus: a group of text boxes written a column at a time from the right."""
    width, col, gap = 5_940_000, 1_900_000, 120_000
    boxes: list[tuple[str, str]] = []
    number = 2
    for a in reversed(range(len(AREAS))):
        area, goals = AREAS[a]
        x = a * (col + gap)
        for g in reversed(range(len(goals))):
            at = (x, 2_100_000 + g * 760_000, col, 680_000)
            label = [f"{a + 1}.{g + 1} {goals[g][0]}"]
            boxes.append(_box(number, f"Mål {a + 1}.{g + 1}", at, "5B8C5A", label))
            number += 1
        at = (x, 1_480_000, col, 520_000)
        boxes.append(_box(number, f"Målområde {a + 1}", at, "1F4E79", [f"Målområde {a + 1}", area]))
        number += 1
    boxes.append(_box(1, "Vision", (0, 0, width, 1_400_000), "C0504D", ["Vision", VISION]))
    height = 2_100_000 + 3 * 760_000
    drawing = "".join(b[0] for b in boxes)
    vml = "".join(b[1] for b in boxes)
    return (
        f'<w:p {NS_ALL} xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pPr><w:spacing w:after="0"/></w:pPr><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="180000" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>72000</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{width}" cy="{height}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="100" name="Grupp 100" descr="{HOUSE_ALT}"/>'
        "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
        "<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm>"
        f'<a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/>'
        f'<a:chOff x="0" y="0"/><a:chExt cx="{width}" cy="{height}"/></a:xfrm></wpg:grpSpPr>'
        f"{drawing}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict>"
        f'<v:group id="Grupp 100" o:spid="_x0000_s1100" style="position:absolute;'
        f"margin-left:0;margin-top:5.65pt;width:{width / 12_700:.0f}pt;"
        f'height:{height / 12_700:.0f}pt;z-index:251659264" '
        f'coordsize="{width // 1000},{height // 1000}">{vml}'
        '<w10:wrap type="topAndBottom"/></v:group></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>"
    )


def _fact_box_xml() -> str:
    """ "Nämnden i siffror": a text box floating at the right margin, text wrapping round it."""
    lines = [p(r("Nämnden i siffror", bold=True, size=12)), p(r("Utfall 2025", size=9))]
    lines += [p(r(f"{name}: ", size=9), r(value, bold=True, size=9)) for name, value in FACTS]
    inner = "".join(lines)
    cx, cy = 2_050_000, 2_520_000
    return (
        f'<w:p {NS_ALL}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="180000" distR="0" simplePos="0" '
        'relativeHeight="251661312" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>36000</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>'
        '<wp:docPr id="200" name="Textruta 200"/><wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E2EFD9"/>'
        "</a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" '
        'rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        '<w:pict><v:rect style="position:absolute;margin-left:0;margin-top:2.85pt;'
        "width:161.4pt;height:198.45pt;z-index:251661312;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin" fillcolor="#e2efd9" stroked="f">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square" side="left"/></v:rect></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
        '<w:r><w:t xml:space="preserve">Norrvikens kommun växer. Befolkningen har ökat med '
        "drygt 1 400 personer på fem år, och enligt kommunens prognos passerar vi 26 000 "
        "invånare före 2030. Tillväxten sker främst i centralorten och längs kusten, där "
        "efterfrågan på både småhus och hyresrätter är större än utbudet.</w:t></w:r></w:p>"
    )


def _append(w: Writer, xml: str) -> None:
    body = w.doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=14, bold=True)
    w.cover(NAMND, size=18)
    w.cover(TITLE, size=28, bold=True)
    w.cover("Antagen av samhällsbyggnadsnämnden 2026-11-24, § 112")
    w.cover("Diarienummer: SBN 2026/311")
    w.cover("Ordförande: Anders Holm (M)")
    w.cover("Förvaltningschef: Sara Nyberg")
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Samhällsbyggnadsnämnden planerar kommunens mark och vatten, prövar bygglov, utövar "
        "tillsyn enligt miljöbalken och sköter gator, parker och parkering. Den här planen "
        "beskriver vad nämnden vill uppnå under 2027–2029, hur det ska mätas och hur "
        "budgetramen fördelas."
    )
    w.para(
        "Planen är uppbyggd kring kommunens målhus. Fullmäktiges vision och tre målområden "
        "är gemensamma för alla nämnder, medan nämndsmålen under varje målområde är "
        "samhällsbyggnadsnämndens egna."
    )
    w.chapter("Omvärldsanalys")
    _append(w, _fact_box_xml())
    w.para(
        "Räntenivån och byggkostnaderna har gjort att flera byggherrar skjutit upp projekt som "
        "har detaljplan. Nämnden behöver därför ha planberedskap för fler olika typer av "
        "bostäder och arbeta närmare byggherrarna i tidiga skeden."
    )
    w.para(
        "Klimatförändringarna märks redan: skyfall under de senaste somrarna har översvämmat "
        "gator i centrum, och kraven på dagvattenhantering i nya detaljplaner skärps. EU:s "
        "ramdirektiv för vatten innebär att åtgärder i Norrån måste genomföras före 2033."
    )
    w.para(
        "Det är fortsatt svårt att rekrytera bygglovshandläggare, planarkitekter och "
        "miljöinspektörer. Digitala tjänster och tydligare rutiner ska korta "
        "handläggningstiderna även när bemanningen är ansträngd."
    )
    w.expected.key_figures += [
        KeyRow("Nämnden i siffror", name, {"Utfall 2025": value}) for name, value in FACTS
    ]
    w.structure("Nämnden i siffror")  # the table's caption; "Utfall 2025" heads its column


def _goals(w: Writer) -> None:
    w.chapter("Vision, målområden och mål")
    w.para(
        "Målhuset visar hur nämndens mål hänger ihop med fullmäktiges vision och målområden. "
        "Numren i husets rutor används i tabellerna med indikatorer och aktiviteter."
    )
    _append(w, _house_xml())
    w.structure(HOUSE_ALT)
    w.para(
        "Indikatorerna följs upp i delårsrapporten och i verksamhetsberättelsen. "
        "Trygghetsmätningen och medarbetarenkäten görs vartannat år, därför saknas mål för 2028."
    )
    header = ["Mål", "Indikator", "Utfall 2025", *(f"Mål {y}" for y in YEARS)]
    for a, (area, goals) in enumerate(AREAS, 1):
        w.heading(f"Målområde {a}: {area}", 2)
        w.structure(f"Målområde {a}: {area}", area, f"Målområde {a}")  # the box's label line
        rows = [header]
        for g, (goal, inds) in enumerate(goals, 1):
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, base, targets in inds:
                rows.append([f"{a}.{g}", name, cell_text(base, unit),
                             *(cell_text(t, unit) for t in targets)])  # fmt: skip
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            w.structure(f"{a}.{g}")
        w.table(rows, widths=[1.1, 6.9, 2.1, 2.1, 2.1, 2.1])


def _goal_of(number: str) -> str:
    a, g = (int(x) for x in number.split("."))
    return AREAS[a - 1][1][g - 1][0]


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna nedan är de viktigaste för att nå nämndens mål. Löpande uppdrag i "
        "verksamheterna redovisas inte här."
    )
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, day in ACTIVITIES:
        rows.append([name, goal, who, when])
        w.structure(goal, when)
        w.expected.activities.append(Activity(name, who, day, group=_goal_of(goal)))
    w.table(rows, widths=[8.4, 1.2, 3.8, 2.8])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Fullmäktiges ram för 2027 är 62 440 tkr. Ökningen jämfört med 2026 avser främst "
        "drift och underhåll av nya gator och parker i Östra Strand. Bygglovsavgifterna "
        "beräknas öka när den nya taxan börjar gälla, vilket minskar nettokostnaden för "
        "bygglov och tillsyn."
    )
    w.para(("b", "Driftbudget per verksamhet, nettokostnad i tkr"))
    w.structure("Driftbudget per verksamhet, nettokostnad i tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Plan 2029"]  # fmt: skip
    body = budget_rows(w, "drift", KEYS, DRIFT, "Nettokostnad", minus="−")
    assert body[-1][3] == "62 440", "the driftbudget 2027 is the ram"
    w.table([header, *body], widths=[5.0, 2.3, 2.3, 2.3, 2.3, 2.3])
    w.para(("i", "Parkeringsverksamheten har ett överskott, som visas med minustecken."),
           size=9)  # fmt: skip


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på nämndens riskanalys. Riskvärdet är sannolikhet "
        "gånger konsekvens, båda bedömda på en skala från 1 till 4."
    )
    rows = [["Process", "Kontrollmoment", "Risk", "Ansvarig", "Frekvens och metod"]]
    for process, moment, risk, who, how in CONTROLS:
        rows.append([process, moment, risk, who, how])
        w.structure(risk)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 5.4, 1.2, 3.0, 3.8])


def build_bj(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Anders Holm (M)",
        forvaltningschef="Sara Nyberg",
        diarienummer="SBN 2026/311",
    )
    w = Writer("BJ-samhällsbyggnad-målhus-grupperade-former", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
