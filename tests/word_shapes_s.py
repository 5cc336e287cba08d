"""Corpus document S: a socialnämnd's three-year plan saved by a Swedish Word, so the built-in
styles have Swedish ids ("Rubrik1", "Rubrik2", "Rubrik", "Numreradlista", "Liststycke") while
their names stay "heading 1" …; the cover in the title style with labelled lines ("Socialchef:
…"); all goals in one table "Målområde | Nämndsmål | Indikator | Utgångsvärde 2025 | Målvärde
2027 | Målvärde 2028 | Målvärde 2029" where both the målområde and the nämndsmål are merged
down their rows (``w:vMerge``); activities as a Word-numbered list under a bold line per goal,
each followed by indented "Ansvar: …" and "Klart: december 2027" lines (a month, a year, a date
or "löpande"); a driftbudget with net costs as positive amounts, a resultaträkning whose first
header cell is its caption ("Resultaträkning, tkr") with costs negative, a key-figure table with
Utfall/Prognos/Plan columns and a note under it, and an internkontroll table without a process
column: "Risk | Sannolikhet (1–4) | Konsekvens (1–4) | Riskvärde | Kontrollmoment | Ansvarig |
Frekvens"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)

SWEDISH_IDS = {
    **{f"Heading{n}": f"Rubrik{n}" for n in range(1, 10)},
    **{f"Heading{n}Char": f"Rubrik{n}Char" for n in range(1, 10)},
    "Header": "Sidhuvud",
    "HeaderChar": "SidhuvudChar",
    "Footer": "Sidfot",
    "FooterChar": "SidfotChar",
    "Title": "Rubrik",
    "TitleChar": "RubrikChar",
    "ListNumber": "Numreradlista",
    "ListBullet": "Punktlista",
    "ListParagraph": "Liststycke",
}
YEARS = (2027, 2028, 2029)

Ind = tuple[str, str, D, tuple[Val | None, Val | None, Val | None]]
"""An indicator: name, unit, utgångsvärde 2025, målvärde 2027, 2028 and 2029."""

AREAS: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
    (
        "Trygghet och skydd",
        [
            ("Barn och unga som far illa får skydd och stöd i rätt tid.",
             [("Andel förhandsbedömningar klara inom 14 dagar", "%", D(82),
               (D(90), D(95), D(95))),
              ("Andel utredningar om barn och unga klara inom fyra månader", "%", D(71),
               (D(85), D(90), D(95))),
              ("Barn 0–12 år som inte återaktualiserats ett år efter avslutad insats, andel",
               "%", D(68), (D(71), D(73), D(75)))]),
            ("Våldsutsatta vuxna och barn får stöd att leva ett liv fritt från våld.",
             [("Andel ärenden om våld i nära relation med dokumenterad skyddsbedömning", "%",
               D(88), (D(100), D(100), D(100))),
              ("Antal medarbetare utbildade i strukturerad riskbedömning", "", D(34),
               (D(60), D(80), None))]),
        ],
    ),
    (
        "Egen försörjning",
        [
            ("Fler vuxna med ekonomiskt bistånd går vidare till arbete eller studier.",
             [("Andel avslutade biståndsärenden som avslutats till arbete eller studier", "%",
               D(38), (D(42), D(45), D(48))),
              ("Hushåll med ekonomiskt bistånd tio månader eller mer under året, antal", "",
               D(212), ("Minska", "Minska", "Minska"))]),
            ("Personer med missbruk eller beroende får samordnad vård och stöd.",
             [("Andel klienter med samordnad individuell plan (SIP)", "%", D(46),
               (D(60), D(70), D(75))),
              ("Vårddygn på HVB för vuxna, antal", "", D(3940),
               ("Högst 3 500", "Högst 3 200", "Högst 3 000"))]),
        ],
    ),
    (
        "Kompetens och arbetsmiljö",
        [
            ("Socialtjänsten har erfarna socialsekreterare som vill stanna.",
             [("Personalomsättning bland socialsekreterare", "%", D("18.5"),
               (D(15), D(12), D(10))),
              ("Andel socialsekreterare med minst tre års erfarenhet", "%", D(52),
               (D(55), D(60), D(65))),
              ("Hållbart medarbetarengagemang (HME), totalindex", "", D(74),
               (None, D(78), None))]),
        ],
    ),
]  # fmt: skip

GOALS = [goal for _, goals in AREAS for goal, _ in goals]

# Judgement (as in K and L): "juni 2027" ends on the month's last day, "2028" on the year's;
# "löpande" is no end date.
ACTIVITIES: list[tuple[int, list[tuple[str, str, str, dt.date | None]]]] = [
    (0, [
        ("Införa en gemensam mottagning för anmälningar om barn som far illa",
         "Enhetschef mottagning", "juni 2027", dt.date(2027, 6, 30)),
        ("Följa upp utredningstiderna varje månad i ledningsgruppen",
         "Verksamhetschef barn och unga", "december 2027", dt.date(2027, 12, 31)),
        ("Rekrytera egna förstärkta familjehem", "Enhetschef familjehem", "2028-06-30",
         dt.date(2028, 6, 30)),
    ]),
    (1, [
        ("Utbilda alla handläggare i strukturerad riskbedömning vid våld",
         "Samordnare våld i nära relation", "mars 2027", dt.date(2027, 3, 31)),
        ("Ta fram en rutin för samtal med barn i ärenden om våld", "Utvecklingsledare",
         "september 2027", dt.date(2027, 9, 30)),
    ]),
    (2, [
        ("Starta ett arbetsmarknadsteam tillsammans med Arbetsförmedlingen",
         "Enhetschef arbetsmarknad", "december 2027", dt.date(2027, 12, 31)),
        ("Införa digital ansökan om ekonomiskt bistånd", "Enhetschef försörjningsstöd",
         "april 2027", dt.date(2027, 4, 30)),
        ("Upprätta en individuell plan för varje hushåll med långvarigt bistånd",
         "Enhetschef försörjningsstöd", "2028", dt.date(2028, 12, 31)),
    ]),
    (3, [
        ("Gemensam SIP-rutin med regionens beroendemottagning", "Enhetschef vuxen",
         "oktober 2027", dt.date(2027, 10, 31)),
        ("Bygga ut öppenvården så att färre behöver placeras på HVB",
         "Verksamhetschef vuxen", "december 2028", dt.date(2028, 12, 31)),
    ]),
    (4, [
        ("Införa en karriärmodell för socialsekreterare", "Socialchef", "februari 2027",
         dt.date(2027, 2, 28)),
        ("Mentorprogram för nyanställda socialsekreterare", "HR-partner", "löpande", None),
    ]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och administration", [12_480, 12_900, 13_350, 13_700, 14_000]),
    ("Mottagning och socialjour", [9_870, 10_300, 10_700, 11_000, 11_300]),
    ("Barn och familj", [78_320, 80_100, 83_600, 85_200, 86_900]),
    ("Vuxen och beroende", [31_450, 32_800, 33_900, 34_500, 35_100]),
    ("Ekonomiskt bistånd", [41_200, 43_500, 42_800, 42_100, 41_500]),
    ("Arbetsmarknad", [15_730, 16_200, 16_900, 17_300, 17_600]),
    ("Socialpsykiatri", [27_640, 28_400, 29_500, 30_200, 30_900]),
    ("Familjerätt och familjerådgivning", [4_380, 4_600, 4_750, 4_850, 4_950]),
]
NET = [sum(a[i] or 0 for _, a in DRIFT) for i in range(len(KEYS))]
_PARTS: list[tuple[str, list[int]]] = [
    ("Intäkter", [38_910, 35_200, 36_400, 36_900, 37_300]),
    ("Personalkostnader", [-118_640, -122_900, -128_300, -132_100, -135_600]),
    ("Köp av verksamhet", [-64_220, -63_800, -64_900, -65_700, -66_400]),
    ("Utbetalt ekonomiskt bistånd", [-36_480, -38_600, -37_800, -37_100, -36_400]),
    ("Lokalkostnader", [-14_920, -15_300, -15_700, -16_000, -16_300]),
]
RESULT: list[tuple[str, list[int | None]]] = [(n, list(a)) for n, a in _PARTS]
RESULT.append(("Övriga kostnader", [-n - sum(a[i] for _, a in _PARTS) for i, n in enumerate(NET)]))


def swedish_style_ids(doc: Any) -> None:
    """The built-in styles with the ids a Swedish Word gives them ("Rubrik1" for heading 1),
    and every reference between styles following them."""
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        old = style.get(qn("w:styleId"))
        if old in SWEDISH_IDS:
            style.set(qn("w:styleId"), SWEDISH_IDS[old])
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = style.find(qn(tag))
            if ref is not None and ref.get(qn("w:val")) in SWEDISH_IDS:
                ref.set(qn("w:val"), SWEDISH_IDS[ref.get(qn("w:val"))])


def _cover(w: Writer) -> None:
    w.cover("Brännvik kommun", size=14)
    w.cover("Socialnämnden", size=16, bold=True)
    title = w.doc.add_paragraph("Verksamhetsplan 2027–2029", style="Title")
    w.structure(title.text)
    w.para("")
    w.cover("Antagen av socialnämnden 2026-11-24, § 142")
    w.cover("Dnr SN 2026/233")
    w.cover("Ordförande: Anders Nyqvist (M)")
    w.cover("Socialchef: Helena Brandt")
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Socialnämndens verksamhetsplan visar vad nämnden ska uppnå under 2027–2029 och hur "
        "arbetet ska följas upp. Planen utgår från fullmäktiges tre målområden och den ram som "
        "fullmäktige beslutade om i juni 2026.",
        "Förvaltningen redovisar måluppfyllelsen i delårsrapporten per augusti och i "
        "verksamhetsberättelsen efter årets slut.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.para(
        "Nämnden ansvarar för individ- och familjeomsorgen, socialpsykiatrin och kommunens "
        "arbetsmarknadsinsatser. Förvaltningen har omkring 230 medarbetare i fem avdelningar:"
    )
    w.bullets(
        "Mottagning och socialjour",
        "Barn och familj, med familjehemsenheten",
        "Vuxen och beroende",
        "Försörjning och arbetsmarknad",
        "Socialpsykiatri",
    )
    w.chapter("Omvärldsanalys")
    w.heading("Befolkning och behov", 2)
    w.para(
        "Befolkningen i Brännvik växer långsamt, men antalet barn och unga som anmäls till "
        "socialtjänsten har ökat med sju procent på två år. Fler anmälningar gäller psykisk "
        "ohälsa och våld i hemmet."
    )
    w.heading("Lagstiftning", 2)
    w.para(
        "Den nya socialtjänstlagen som börjar gälla 2026 betonar förebyggande arbete och "
        "insatser utan föregående behovsprövning. Nämnden behöver ställa om delar av "
        "verksamheten under planperioden."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Det är svårt att rekrytera erfarna socialsekreterare, och personalomsättningen har "
        "legat över 15 procent i tre år. Konsulter i barnutredningar kostade 4,1 miljoner "
        "kronor under 2025."
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Tabellen visar fullmäktiges målområden, nämndens mål inom varje område och de "
        "indikatorer som målen följs upp med. Medarbetarenkäten görs vartannat år."
    )
    header = ["Målområde", "Nämndsmål", "Indikator", "Utgångsvärde 2025"]
    header += [f"Målvärde {y}" for y in YEARS]
    rows = [header]
    merges = []
    for area, goals in AREAS:
        area_first = len(rows)
        for goal, inds in goals:
            goal_first = len(rows)
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, base, targets in inds:
                rows.append(
                    [
                        area if len(rows) == area_first else "",
                        goal if len(rows) == goal_first else "",
                        name,
                        cell_text(base, unit),
                        *(cell_text(t, unit) for t in targets),
                    ]
                )
                given = {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None}
                w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
            merges.append((goal_first, 1, len(rows) - 1, 1))
        merges.append((area_first, 0, len(rows) - 1, 0))
        w.structure(area)  # the målområde: no goal of the nämnd's, no chapter
    w.table(rows, merges=merges, widths=[2.6, 3.8, 4.6, 1.9, 1.7, 1.7, 1.7], size=8)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Under varje nämndsmål listas de aktiviteter som förvaltningen genomför.")
    for goal_index, acts in ACTIVITIES:
        goal = GOALS[goal_index]
        w.para(("b", goal))
        w.structure(goal)  # the goal's second mention
        for name, who, when, day in acts:
            w.doc.add_paragraph(name, style="List Number")
            for line in (f"Ansvar: {who}", f"Klart: {when}"):
                paragraph = w.doc.add_paragraph(line, style="List Paragraph")
                paragraph.paragraph_format.left_indent = Cm(1.27)
                paragraph.paragraph_format.space_after = Pt(0)
                w.structure(line)  # checked as the activity's ansvarig and slutdatum
            w.expected.activities.append(Activity(name, who, day, group=goal))


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Fullmäktiges ram för 2027 är 235 500 tkr, en ökning med 6 700 tkr jämfört med 2026. "
        "Ökningen täcker löneökningar och fler placeringar i familjehem.",
        "Tabellen visar nettokostnaden per verksamhet i tkr. Kostnader anges som positiva tal.",
    )
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    header.append("Plan 2029")
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[5.2, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")
    header = ["Resultaträkning, tkr", *header[1:]]
    body = budget_rows(w, "resultat", KEYS, RESULT, "Nettokostnad")
    assert [int(x.replace(" ", "").lstrip("-")) for x in body[-1][1:]] == NET
    w.table([header, *body], widths=[5.2, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para("")

    title = "Nyckeltal för individ- och familjeomsorgen"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Prognos 2026", "Plan 2027"]
    rows = [
        ["Anmälningar om barn och unga, antal", "1 184", "1 262", "1 310", "1 300"],
        ["Vårddygn HVB barn och unga", "6 420", "5 980", "5 400", "5 000"],
        ["Vårddygn i familjehem, barn och unga", "21 300", "22 150", "23 000", "23 500"],
        ["Hushåll med ekonomiskt bistånd, genomsnitt per månad", "512", "538", "545", "530"],
        ["Ekonomiskt bistånd, kr per invånare", "1 642", "1 781", "1 820", "1 760"],
        ["Vårddygn HVB vuxna", "4 210", "3 940", "3 700", "3 500"],
        ["Andel ärenden med SIP, %", "41,5", "46,0", "52,0", "60,0"],
    ]
    w.table([header, *rows], keep_headers=True, widths=[7.4, 2.2, 2.2, 2.2, 2.2])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in rows
    ]
    note = "Prognos 2026 bygger på utfallet till och med september."
    w.para(("i", note))
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Nämndens internkontrollplan för 2027 bygger på förvaltningens riskanalys. Risker med "
        "ett riskvärde på 8 eller mer får ett kontrollmoment."
    )
    header = ["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment"]
    header += ["Ansvarig", "Frekvens"]
    rows = [
        ["Ekonomiskt bistånd betalas ut till fel mottagare", "3", "3", "9",
         "Stickprov på utbetalningar mot beslut i verksamhetssystemet", "Enhetschef "
         "försörjningsstöd", "Kvartalsvis"],
        ["Förhandsbedömningar görs inte inom 14 dagar", "3", "4", "12",
         "Uppföljning av handläggningstider i verksamhetssystemet", "Verksamhetschef barn och "
         "unga", "Månadsvis"],
        ["Placerade barn får inte de lagstadgade besöken av socialsekreterare", "2", "4", "8",
         "Genomgång av journalanteckningar för placerade barn", "Enhetschef familjehem",
         "Två gånger per år"],
        ["Köp av HVB-platser görs utanför ramavtal", "3", "3", "9",
         "Kontroll av placeringar mot upphandlade avtal", "Controller", "Tertialvis"],
        ["Beslut fattas utan giltig delegation", "2", "4", "8",
         "Granskning av delegationsbeslut mot delegationsordningen", "Nämndsekreterare",
         "Årligen"],
        ["Hot och våld mot personal rapporteras inte", "3", "3", "9",
         "Genomgång av tillbudsrapporter i ledningsgruppen", "Socialchef", "Kvartalsvis"],
    ]  # fmt: skip
    w.table([header, *rows], widths=[3.2, 1.5, 1.5, 1.3, 4, 2.4, 1.8], size=8)
    w.expected.controls += [Control(row[4]) for row in rows]


def build_s(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Brännvik kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Anders Nyqvist (M)",
        forvaltningschef="Helena Brandt",
        diarienummer="SN 2026/233",
    )
    w = Writer("S-socialnämnd-svenska-format", front)
    swedish_style_ids(w.doc)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _control(w)
    return w.save(path)
