"""Corpus document Q: a small kommun's kommunstyrelse plan laid out in two columns by one
borderless table (left: the heading in a "Marginalrubrik" style, right: the text), the
målområden as left-column headings "Målområde 1 …" with the goals as typed numbered paragraphs
"1.1 …" and their indicators as indented lines "– Indikator: … Nuläge 2025: … Målvärde 2027:
…", the activities as a checklist of "☐"/"☑" lines "(mål 1.1, ansvarig …, klart …)", and a
driftbudget per ansvar ("1100 Kommunledning") with two header rows merged ("Budget" and
"Plan" over their years)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import Activity, Expected, Front, Goal, Indicator, Val

FOOTER = "Hallsjö kommun · Kommunstyrelsen · Verksamhetsplan 2027"

Ind = tuple[str, str, Val | None, dict[int, Val]]
"""An indicator line: name, unit, nuläge 2025 (None: not given), målvärden by year."""

AREAS: list[tuple[str, str, list[tuple[str, str, list[Ind]]]]] = [
    (
        "Målområde 1 Attraktiv kommun att bo och verka i",
        "Hallsjö växer och är en kommun där människor vill bo och företag vill etablera sig.",
        [
            ("1.1", "Fler företag startar och växer i Hallsjö.",
             [("Nystartade företag per 1 000 invånare", "", D("3.9"), {2027: D("4.5")}),
              ("Företagsklimat enligt Svenskt Näringslivs enkät, sammanfattande omdöme", "",
               D("3.4"), {2027: D("3.6"), 2029: D("3.8")})]),
            ("1.2", "Invånarna får snabba och korrekta svar när de kontaktar kommunen.",
             [("Andel invånare som får svar på e-post inom en arbetsdag", "%", D(78),
               {2027: D(90)}),
              ("Andel som får ett direkt svar på en enkel fråga via telefon", "%", D(52),
               {2027: D(60)})]),
        ],
    ),
    (
        "Målområde 2 Hållbar ekonomi",
        "Kommunens ekonomi ger utrymme för välfärd även när befolkningen blir äldre.",
        [
            ("2.1", "Kommunens resultat är minst två procent av skatter och statsbidrag.",
             [("Resultat i procent av skatter och generella statsbidrag", "%", D("1.4"),
               {2027: D("2.0"), 2028: D("2.0"), 2029: D("2.0")})]),
            ("2.2", "Investeringarna finansieras i huvudsak med egna medel.",
             [("Självfinansieringsgrad av investeringar", "%", D(71), {2027: "minst 80 %"})]),
        ],
    ),
    (
        "Målområde 3 Kompetent och hållbar organisation",
        "Kommunen har medarbetare med rätt kompetens som trivs och utvecklas.",
        [
            ("3.1", "Kommunen är en attraktiv arbetsgivare.",
             [("Hållbart medarbetarengagemang (HME), index", "", D(79), {2027: D(81)}),
              ("Sjukfrånvaro bland kommunens medarbetare", "%", None, {2027: D("6.0")})]),
        ],
    ),
]  # fmt: skip

GOALS = {number: goal for _, _, goals in AREAS for number, goal, _ in goals}

ACTIVITIES: list[tuple[bool, str, str, str, str]] = [
    (False, "Ta fram en näringslivsstrategi för 2027–2030", "1.1", "Näringslivschef",
     "2027-05-31"),
    (False, "Företagsbesök med kommunledningen varje månad", "1.1", "Kommunchef",
     "2027-12-31"),
    (True, "Införa ett kontaktcenter med gemensam växel och e-post", "1.2", "Kanslichef",
     "2026-12-31"),
    (False, "Mäta svarstider i e-post och telefon varje kvartal", "1.2", "Kanslichef",
     "2027-12-31"),
    (False, "Långsiktig investeringsplan med prioriteringsordning", "2.2", "Ekonomichef",
     "2027-09-30"),
    (True, "Ny lönepolicy med tydliga lönekriterier", "3.1", "HR-chef", "2026-11-30"),
    (False, "Chefsutbildning i arbetsmiljö och rehabilitering", "3.1", "HR-chef",
     "2027-10-31"),
]  # fmt: skip

DRIFT: list[tuple[str, list[int | None]]] = [
    ("1100 Kommunledning", [6_840, 7_020, 7_310, 7_450, 7_600]),
    ("1200 Kansli och nämndadministration", [5_215, 5_480, 5_640, 5_760, 5_880]),
    ("1300 Ekonomi och upphandling", [7_930, 8_150, 8_420, 8_590, 8_760]),
    ("1400 HR och löner", [6_105, 6_370, 6_580, 6_710, 6_840]),
    ("1500 IT och digitalisering", [9_860, 10_240, 10_930, 11_150, 11_370]),
    ("1600 Näringsliv och turism", [2_410, 2_650, 3_150, 3_200, 3_250]),
    ("1700 Räddningstjänst", [11_920, 12_340, 12_810, 13_070, 13_330]),
    ("1800 Kollektivtrafik", [8_770, 9_010, 9_300, 9_490, 9_680]),
]
KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]


def _cover(w: Writer) -> None:
    footer = w.doc.sections[0].footer
    footer.paragraphs[0].text = FOOTER
    w.expected.absent.append(FOOTER)
    w.cover("Hallsjö kommun", size=14, bold=True)
    w.para("")
    w.cover("Kommunstyrelsen", size=16)
    w.cover("Verksamhetsplan 2027 med plan för 2028–2029", size=24, bold=True)
    w.para("")
    w.cover("Fastställd av kommunstyrelsen 2026-12-02, § 211")
    w.cover("Diarienummer KS 2026/154")
    w.cover("Kommunstyrelsens ordförande: Per-Olof Sandberg (C)")
    w.cover("Kommunchef: Annika Holm")
    w.page_break()


class Layout:
    """The template's two-column table: a margin heading on the left, the text on the
    right, no borders."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        style = w.doc.styles.add_style("Marginalrubrik", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = w.doc.styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(11)
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        self.table: Any = w.doc.add_table(rows=0, cols=2)
        self.table.autofit = False
        self.table.columns[0].width, self.table.columns[1].width = Cm(4.8), Cm(11.8)

    def row(self, heading: str) -> Any:
        """A new row with ``heading`` on the left; its right cell is returned, empty."""
        left, right = self.table.add_row().cells
        left.width, right.width = Cm(4.8), Cm(11.8)
        left.paragraphs[0].text = heading
        left.paragraphs[0].style = self.w.doc.styles["Marginalrubrik"]
        right.paragraphs[0].paragraph_format.space_after = Pt(6)
        self.first = True
        return right

    def text(self, cell: Any, text: str, *, style: str | None = None, how: str = "") -> Any:
        paragraph = cell.paragraphs[0] if self.first else cell.add_paragraph(style=style)
        if self.first and style:
            paragraph.style = self.w.doc.styles[style]
        self.first = False
        run = paragraph.add_run(text)
        run.bold = "b" in how or None
        run.italic = "i" in how or None
        return paragraph

    def chapter(self, heading: str, *texts: str, bullets: tuple[str, ...] = ()) -> None:
        self.w.expected.chapters.append(heading)
        cell = self.row(heading)
        for text in texts:
            self.text(cell, text)
        for item in bullets:
            self.text(cell, item, style="List Bullet")


def _indicator_line(name: str, unit: str, nulage: Val | None, targets: dict[int, Val]) -> str:
    parts = [f"– Indikator: {name}."]
    if nulage is not None:
        parts.append(f"Nuläge 2025: {cell_text(nulage, unit)}.")
    parts += [f"Målvärde {year}: {cell_text(value, unit)}." for year, value in targets.items()]
    return " ".join(parts)


def _body(w: Writer) -> None:
    layout = Layout(w)
    layout.chapter(
        "Inledning",
        "Verksamhetsplanen beskriver vad kommunstyrelsen ska uppnå 2027 och hur arbetet ska "
        "bedrivas. Den utgår från fullmäktiges tre målområden och budgeten som fastställdes i "
        "november.",
        "Planen följs upp i delårsrapporten per augusti och i årsredovisningen.",
    )
    layout.chapter(
        "Kommunstyrelsens uppdrag",
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över övriga "
        "nämnder och de kommunala bolagen. Under styrelsen finns kommunledningsförvaltningen "
        "med 64 medarbetare.",
        bullets=(
            "ekonomi, upphandling, HR och lön för hela kommunen,",
            "kansli, nämndadministration och kontaktcenter,",
            "IT, näringsliv och turism,",
            "räddningstjänst och kollektivtrafik genom avtal.",
        ),
    )
    layout.chapter(
        "Omvärld och förutsättningar",
        "Hallsjö har 9 850 invånare och befolkningen har ökat tre år i rad, främst genom "
        "inflyttning av barnfamiljer. Samtidigt ökar andelen invånare över 80 år.",
        "Skatteunderlaget växer långsammare än kostnaderna de kommande åren. Styrelsen måste "
        "därför prioritera hårt och samarbeta med grannkommunerna om IT och lön.",
    )
    for area, kf_text, goals in AREAS:
        cell = layout.row(area)
        w.structure(area)  # the målområde, not a chapter
        layout.text(cell, kf_text, how="i")
        for number, goal, inds in goals:
            line = layout.text(cell, f"{number} {goal}", how="b")
            line.paragraph_format.space_before = Pt(6)
            w.structure(f"{number} {goal}")  # checked as the goal
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, nulage, targets in inds:
                text = _indicator_line(name, unit, nulage, targets)
                layout.text(cell, text).paragraph_format.left_indent = Cm(0.8)
                w.structure(text)  # checked as the indicator
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025 if nulage is not None else None, nulage,
                              targets)
                )  # fmt: skip
    cell = layout.row("Aktiviteter 2027")
    w.structure("Aktiviteter 2027")
    layout.text(cell, "Bockade aktiviteter är genomförda men finns kvar för uppföljningen.")
    for done, name, goal, who, when in ACTIVITIES:
        line = f"{'☑' if done else '☐'} {name} (mål {goal}, ansvarig {who.lower()}, klart {when})"
        layout.text(cell, line)
        w.structure(line)  # checked as the activity
        # Judgement: "☑" is the status Klart; "☐" says only that it is not done yet.
        w.expected.activities.append(
            Activity(
                name,
                who,
                dt.date.fromisoformat(when),
                status="klart" if done else "",
                group=GOALS[goal],
            )
        )
    layout.chapter(
        "Ekonomi",
        "Kommunstyrelsens ram för 2027 är 64,1 miljoner kronor, 2,9 miljoner mer än 2026. "
        "Ökningen går främst till IT-säkerhet och till näringslivsstrategin.",
    )


def _budget(w: Writer) -> None:
    w.para("")
    title = "Driftbudget per ansvar, nettokostnad i tkr"
    w.para(("b", title))
    w.structure(title)
    head = [
        ["Ansvar", "Bokslut", "Budget", "", "Plan", ""],
        ["", "2025", "2026", "2027", "2028", "2029"],
    ]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa kommunstyrelsen")
    w.table(
        [*head, *body],
        header_rows=2,
        merges=[(0, 0, 1, 0), (0, 2, 0, 3), (0, 4, 0, 5)],
        widths=[6.2, 2, 2, 2, 2, 2],
    )
    w.para(("i", "Ansvar 1700 och 1800 avser avgifter till räddningstjänstförbundet och "
                 "regionen enligt avtal."))  # fmt: skip


def build_q(path: Path) -> Expected:
    front = Front(
        namnd="Kommunstyrelsen",
        kommun="Hallsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027 med plan för 2028–2029",
        ordforande="Per-Olof Sandberg (C)",
        forvaltningschef="Annika Holm",  # the kommunchef heads the förvaltning
        diarienummer="KS 2026/154",
    )
    w = Writer("Q-ks-två-spalter", front)
    _cover(w)
    _body(w)
    _budget(w)
    return w.save(path)
