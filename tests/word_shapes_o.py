"""Corpus document O: a kultur- och fritidsnämnd's delårsuppföljning of its 2026 plan: a cover
with the title in Word's Title style, a text box "Perioden i korthet" in the summary, the
events in a two-column section, each goal a Heading 2 "Mål 1: …" with a line "Bedömning:
Uppnått / Delvis uppnått / Ej uppnått", an analysis paragraph and an indicator table with
"Utfall" merged over 2024, 2025 and "jan–aug 2026" beside "Mål 2026", activities with
"Genomförd / Pågår / Ej påbörjad / Avbruten", a driftredovisning in mnkr "Budget | Prognos |
Avvikelse" with signed deviations ("+0,2"), verksamhetsmått with a note line and the follow-up
of the internal-control plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_xml import text_box

LEVELS = {"Uppnått": "uppfyllt", "Delvis uppnått": "delvis", "Ej uppnått": "ej_uppfyllt"}
STATUSES = {
    "Genomförd": "klar",
    "Pågår": "pagar",
    "Ej påbörjad": "ej_paborjad",
    "Avbruten": "avbruten",
}
YEARS = (2024, 2025, 2026)

Row = tuple[str, str, tuple[Val | None, Val | None, Val | None], Val]
"""An indicator: name, unit, utfall 2024, 2025 and jan–aug 2026, mål 2026."""

GOALS: list[tuple[str, str, str, list[Row]]] = [
    (
        "Fler barn och unga är aktiva i föreningslivet.",
        "Delvis uppnått",
        "Deltagandet ökar och når troligen målet för helåret, men flickornas andel står still. "
        "Nämnden har gett föreningarna ett särskilt bidrag för aktiviteter för flickor i "
        "höst.",
        [
            ("Deltagartillfällen med LOK-stöd, antal", "", (D(48_210), D(51_380), D(33_940)),
             D(54_000)),
            ("Andel flickor av deltagartillfällena", "%", (D(41), D(42), D("41.5")),
             "Minst 45 %"),
        ],
    ),
    (
        "Biblioteken når fler invånare.",
        "Uppnått",
        "Meröppet i Hamnvik och Skogsby har gett fler besök på kvällar och helger.",
        [
            ("Fysiska besök på biblioteken, antal", "", (D(162_400), D(168_900), D(121_300)),
             D(170_000)),
            ("Utlån av e-medier, antal", "", (D(21_500), D(24_800), D(19_200)), "Öka"),
        ],
    ),
    (
        "Kulturskolan är tillgänglig för alla barn oavsett bakgrund.",
        "Ej uppnått",
        "Kön har vuxit eftersom två lärartjänster i stråk stått vakanta sedan januari. "
        "Rekrytering pågår och avgiftsfria prova-på-kurser startar i oktober.",
        [
            ("Barn i kö till kulturskolan, antal", "", (D(210), D(245), D(268)), "Max 150"),
            ("Andel elever från skolor med lågt socioekonomiskt index", "%",
             (D(14), D(13), D(12)), D(20)),
        ],
    ),
    (
        "Idrottsanläggningarna är trygga och välskötta.",
        "Uppnått",
        "Inga allvarliga olyckor har rapporterats och felanmälningarna åtgärdas snabbare än "
        "tidigare. Brukarenkäten görs i oktober.",
        [
            ("Nöjdhet med idrottsanläggningarna, skala 1–5", "", (D("3.6"), D("3.8"), None),
             D("3.9")),
            ("Andel felanmälningar åtgärdade inom fem dagar", "%", (D(72), D(79), D(88)),
             D(85)),
        ],
    ),
]  # fmt: skip

ACTIVITIES: list[tuple[str, int, str, str, str]] = [
    ("Bidrag till föreningar för aktiviteter för flickor", 1, "Fritidschef", "Pågår",
     "Första utbetalningen i september."),
    ("Sommarlovsaktiviteter i alla kommundelar", 1, "Fritidskonsulent", "Genomförd",
     "Drygt 2 100 deltagare."),
    ("Meröppet bibliotek i Skogsby", 2, "Bibliotekschef", "Genomförd", ""),
    ("Bokbuss till förskolorna på landsbygden", 2, "Bibliotekschef", "Ej påbörjad",
     "Ny buss levereras i december."),
    ("Avgiftsfria prova-på-kurser i kulturskolan", 3, "Kulturskolechef", "Pågår", ""),
    ("Kulturskola i fritidsgården Hamnvik", 3, "Kulturskolechef", "Avbruten",
     "Lokalen behövs för skolan."),
    ("Ny belysning i Skogsby sporthall", 4, "Anläggningschef", "Genomförd", ""),
]  # fmt: skip

DRIFT: list[tuple[str, str, str]] = [
    ("Nämnd och förvaltningsledning", "6.8", "6.7"),
    ("Bibliotek", "24.3", "24.0"),
    ("Kulturskola", "15.9", "16.5"),
    ("Fritid och föreningsstöd", "18.2", "18.1"),
    ("Idrottsanläggningar och bad", "31.6", "31.1"),
    ("Allmänkultur och evenemang", "7.4", "7.6"),
]


def signed(value: D) -> str:
    """A deviation as this report prints it: "+0,3", "−0,6", "0,0"."""
    text = sv(abs(value))
    return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else text


def _cover(w: Writer) -> None:
    w.cover("Björkvikens kommun", size=12)
    w.cover("Kultur- och fritidsnämnden", size=16, bold=True)
    w.doc.add_paragraph("Delårsuppföljning 2026", style="Title")
    w.structure("Delårsuppföljning 2026")
    w.cover("Uppföljning av verksamhetsplan 2026, perioden januari–augusti")
    w.cover("Dnr KFN 2026/205")
    w.cover("Ordförande: Elin Hagberg (MP)")
    w.cover("Kultur- och fritidschef: Omar Saleh")
    w.page_break()


def _columns(w: Writer, number: int) -> None:
    """A continuous section break; the new section has ``number`` columns."""
    section = w.doc.add_section(WD_SECTION.CONTINUOUS)
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), "567")


def _summary(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.para(
        "Efter åtta månader bedömer nämnden att två av fyra mål uppnås för helåret, ett delvis "
        "och ett inte. Prognosen för helåret är ett överskott på 0,2 miljoner kronor."
    )
    # Judgement: the text box is part of the chapter's text.
    text_box(
        w.doc,
        "Perioden i korthet",
        "121 300 besök på biblioteken under januari–augusti.",
        "268 barn står i kö till kulturskolan.",
        "Prognosen för helåret är ett överskott på 0,2 miljoner kronor.",
    )
    w.para(
        "Kulturskolans kö är den största utmaningen. Nämnden får en särskild redovisning av "
        "rekryteringen på sammanträdet i oktober."
    )
    _columns(w, 2)
    w.chapter("Viktiga händelser under perioden")
    w.bullets(
        "Meröppet infördes på Skogsby bibliotek i mars.",
        "Hamnviksbadet hade stängt i tre veckor i maj efter ett läckage i bassängen.",
        "Kulturnatten i juni hade omkring 6 000 besökare, fler än någonsin.",
        "Nämnden beslutade om nya regler för föreningsbidrag som gäller från 2027.",
        "Två lärartjänster i stråk i kulturskolan har varit vakanta hela perioden.",
    )
    _columns(w, 1)


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Varje mål bedöms med Uppnått, Delvis uppnått eller Ej uppnått utifrån indikatorerna och "
        "hur nämnden tror att helåret blir."
    )
    for number, (goal, level, analysis, inds) in enumerate(GOALS, 1):
        heading = f"Mål {number}: {goal}"
        w.heading(heading, 2)
        w.structure(heading)  # the goal is checked as an item, without its label
        w.expected.goals.append(Goal(goal))
        w.para(("b", "Bedömning: "), level)
        w.structure(f"Bedömning: {level}")  # checked as the assessment
        w.expected.assessments.append(Assessment(goal, LEVELS[level]))
        w.para(("i", analysis))
        rows = [
            ["Indikator", "Utfall", "", "", "Mål 2026"],
            ["", "2024", "2025", "jan–aug 2026", ""],
        ]
        for name, unit, outcomes, target in inds:
            rows.append([name, *(cell_text(v, unit) for v in outcomes), cell_text(target, unit)])
            # Judgement (as in K): "jan–aug 2026" is the year's outcome so far, the 2026 utfall.
            done = {y: v for y, v in zip(YEARS, outcomes, strict=True) if v is not None}
            w.expected.indicators.append(
                Indicator(goal, name, unit, targets={2026: target}, outcomes=done)
            )
        w.table(
            rows,
            header_rows=2,
            merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)],
            widths=[7, 2.3, 2.3, 2.6, 2.3],
        )
        w.para("")


def _activities(w: Writer) -> None:
    w.heading("Aktiviteter", 1)
    w.structure("Aktiviteter")
    header = ["Aktivitet", "Mål", "Ansvarig", "Status augusti", "Kommentar"]
    rows = [header]
    for name, goal, who, status, comment in ACTIVITIES:
        rows.append([name, str(goal), who, status, comment])
        w.expected.activities.append(Activity(name, who, group=GOALS[goal - 1][0]))
        w.expected.statuses.append(ActivityStatus(name, STATUSES[status]))
    w.structure(*(str(g) for _, g, _, _, _ in ACTIVITIES))  # the goal's number: its group
    w.table(rows, widths=[5.3, 1.2, 3, 2.4, 4.6])
    w.para("")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kulturskolan går med underskott när vakanta tjänster täcks med timlärare. Biblioteken "
        "och anläggningarna har lägre kostnader än budgeterat, bland annat för el."
    )
    title = "Driftredovisning 2026, helårsprognos (mnkr)"
    w.para(("b", title))
    w.structure(title)
    rows = [["Verksamhet", "Budget", "Prognos", "Avvikelse"]]
    for name, budget, forecast in DRIFT:
        deviation = signed(D(budget) - D(forecast))
        rows.append([name, sv(D(budget)), sv(D(forecast)), deviation])
        w.structure(deviation)  # budget minus prognos: computed, not kept
        # Judgement: the columns' year is the caption's (2026).
        amounts = {("budget", 2026): D(budget), ("prognos", 2026): D(forecast)}
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    budgets = sum((D(b) for _, b, _ in DRIFT), D(0))
    forecasts = sum((D(f) for _, _, f in DRIFT), D(0))
    total = ["Summa", sv(budgets), sv(forecasts), signed(budgets - forecasts)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6.5, 2.5, 2.5, 2.5])
    w.para("Positiv avvikelse innebär ett överskott mot budget.")
    w.para("")

    title = "Verksamhetsmått"
    w.para(("b", title))
    w.structure(title)
    header = ["Mått", "2024", "2025", "Jan–aug 2026"]
    key_rows = [
        ["Besök i simhallen, antal *", "98 400", "81 200", "63 700"],
        ["Uthyrda timmar i sporthallar, antal", "21 340", "22 180", "14 960"],
        ["Elever i kulturskolan, antal", "812", "798", "784"],
        ["Nettokostnad kultur och fritid, kr per invånare", "3 410", "3 525", "–"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[7.5, 2.5, 2.5, 2.7])
    # "–" is no figure: the cell is blank, so the row's expected values leave it out.
    w.structure("–")
    w.expected.key_figures += [
        KeyRow(title, r[0], {h: v for h, v in zip(header[1:], r[1:], strict=True) if v != "–"})
        for r in key_rows
    ]
    note = "* Simhallen var stängd för renovering mars–maj 2025."
    w.para(("i", note))
    w.expected.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av intern kontroll")
    w.para("Två av tre kontroller är gjorda. Den tredje görs i november.")
    rows = [
        ["Kontrollmoment", "Ansvarig", "Resultat", "Åtgärd"],
        [
            "Stickprov på tio föreningsbidrag mot ansökan och medlemsförteckning",
            "Fritidschef",
            "Två föreningar saknade aktuell medlemsförteckning.",
            "Bidraget betalas ut när förteckningen kommit in.",
        ],
        [
            "Kontroll av att kassan i simhallen stäms av varje dag",
            "Anläggningschef",
            "Inga avvikelser.",
            "",
        ],
        [
            "Avstämning av hyresavtal för nämndens lokaler mot fakturor",
            "Controller",
            "Görs i november.",
            "",
        ],
    ]
    w.table(rows, widths=[5.5, 2.8, 4.5, 4])
    w.expected.controls += [Control(r[0]) for r in rows[1:]]


def build_o(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Björkvikens kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Delårsuppföljning 2026",
        ordforande="Elin Hagberg (MP)",
        forvaltningschef="Omar Saleh",
        diarienummer="KFN 2026/205",
    )
    w = Writer("O-kultur-fritid-uppföljning", front)
    _cover(w)
    _summary(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
