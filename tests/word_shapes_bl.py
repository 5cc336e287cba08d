"""Corpus document BL: an individ- och familjeomsorgsnämnd's plan whose indicator tables have
column groups: a first header row "Indikator | Utfall 2024 | Utfall 2025 | Mål 2027 | Trend"
with each year merged over three columns (the first and last cells merged down), a second
header row "Flickor | Pojkar | Totalt" (or "Kvinnor | Män | Totalt") under each year, the sex
cells "–" or blank for an indicator counted only in total, and a "Trend" column holding only
an arrow written as a symbol (``<w:sym w:font="Wingdings 3" …/>``, in one table "Webdings"),
explained by a legend line of the same symbols. The goals are bold "Nämndens mål:" runs opening
a paragraph of prose under "Målområde: …" Heading 2s; activities are a table dated "december
2027"/"Q2 2027"/"2028"; a driftbudget in tkr to Plan 2029; key figures with the age groups "0–12
år | 13–17 år | 18–20 år | Totalt" as columns and a note; internkontroll with S, K and
riskvärde.

Expected (what a perfect import gives), decided as a careful secretary enters it, the way BE
does: the Totalt column is the indicator under its own name, and each sex column with a figure
in it is an indicator of its own named "<name> – flickor", "– pojkar", "– kvinnor" or "– män"
under the same goal, with that column's figures: outcomes for 2024 and 2025 where printed, the
2025 outcome as nuläge and the 2027 target only where printed for that sex. An indicator whose
sex cells are all "–" or blank is one indicator. The arrows are no content (the trend is not
entered), the legend and header cells are structure. The plan runs 2027–2029; five nämnd goals;
eight activities with ansvarig, slutdatum (end of the month, quarter or year) and their goal as
group; eight driftbudget rows; six key-figure rows by age group as printed ("–" kept as the
cell's text) and their note; six controls with their process."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Pt

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
from tests.word_shapes_xml import element

RUNNING = "Norrvalla kommun – Individ- och familjeomsorgsnämnden – Verksamhetsplan 2027–2029"

NA = "–"
"""A sex cell of an indicator counted only in total."""

Trio = tuple[Val | None, Val | None, Val | None]
"""The three cells of one year: flickor/kvinnor, pojkar/män, totalt (None: blank)."""
TInd = tuple[str, str, Trio, Trio, Trio, str]
"""An indicator row: name, unit, utfall 2024, utfall 2025, mål 2027, trend ("upp", "ned",
"lika" or "" for no arrow)."""

WINGDINGS3 = {"upp": "F0C7", "ned": "F0C8", "lika": "F0C6"}
WEBDINGS = {"upp": "F035", "ned": "F036", "lika": "F034"}

GOALS: list[tuple[str, list[tuple[str, str, str, list[TInd]]]]] = [
    ("Barn och unga", [
        ("Barn och unga som far illa upptäcks tidigt och får stöd nära hemmet.",
         "Vi vill att fler insatser ges i öppenvård och att färre barn behöver placeras. Det "
         "kräver ett nära samarbete med förskola, skola och elevhälsa.", "flickor",
         [("Andel barn och unga som inte återaktualiseras inom ett år efter avslutad insats",
           "%", (D(78), D(72), D(75)), (D(80), D(74), D(77)), (NA, NA, D(82)), "upp"),
          ("Antal barn och unga i heldygnsvård den 31 december", "",
           (D(31), D(40), D(71)), (D(28), D(36), D(64)), (None, None, D(55)), "upp"),
          ("Andel barnavårdsutredningar som blir klara inom fyra månader", "%",
           (NA, NA, D(84)), (NA, NA, D(88)), (NA, NA, D(95)), "upp")]),
        ("Unga i riskmiljöer får insatser som bryter en negativ utveckling.",
         "Insatserna ges tillsammans med skolan och polisen inom SSPF. Målet gäller även unga "
         "vuxna upp till 20 år.", "flickor",
         [("Andel unga 13–20 år som fullföljer påbörjad öppenvårdsinsats", "%",
           (D(74), D(69), D(71)), (D(77), D(70), D(73)), (D(80), D(78), D(79)), "lika"),
          ("Antal unga 13–20 år med insats inom SSPF", "",
           (None, None, D(42)), (None, None, D(55)), (None, None, D(60)), "upp")]),
    ]),
    ("Vuxna och försörjning", [
        ("Fler vuxna som har ekonomiskt bistånd blir självförsörjande.",
         "Nämnden arbetar med arbetsmarknadsenheten så att ingen har bistånd längre än "
         "nödvändigt. Kvinnor går i dag till arbete i lägre grad än män.", "kvinnor",
         [("Andel vuxna med ekonomiskt bistånd som går vidare till arbete eller studier", "%",
           (D(29), D(36), D(33)), (D(32), D(37), D(35)), (D(38), D(40), D(39)), "upp"),
          ("Antal hushåll med ekonomiskt bistånd i minst tio månader", "",
           (NA, NA, D(188)), (NA, NA, D(176)), (NA, NA, D(150)), "upp")]),
        ("Vuxna med missbruk eller beroende får vård och stöd som hänger ihop.",
         "Överenskommelsen med regionen om beroendevård gäller från 2026 och följs upp två "
         "gånger om året. Brukarundersökningen görs vartannat år.", "kvinnor",
         [("Andel klienter med samordnad individuell plan (SIP) när både kommun och region "
           "ger insatser", "%",
           (D(48), D(44), D(46)), (D(55), D(51), D(53)), (NA, NA, D(70)), "upp"),
          ("Andel klienter som är nöjda med bemötandet", "%",
           (None, None, None), (D(88), D(84), D(86)), (NA, NA, D(90)), "")]),
    ]),
    ("Medarbetare", [
        ("Nämnden är en attraktiv arbetsgivare där socialsekreterarna stannar och utvecklas.",
         "Nämnden följer sjukfrånvaron och personalomsättningen varje tertial.", "webdings",
         [("Sjukfrånvaro bland medarbetarna", "%",
           (D("9.4"), D("5.1"), D("8.7")), (D("8.9"), D("5.6"), D("8.3")),
           (NA, NA, D("7.0")), "upp"),
          ("Personalomsättning bland socialsekreterare", "%",
           (NA, NA, D(21)), (NA, NA, D(17)), (NA, NA, D(12)), "upp")]),
    ]),
]  # fmt: skip
GOAL_TEXTS = [goal for _, goals in GOALS for goal, _, _, _ in goals]

SEXES = {"flickor": ("Flickor", "Pojkar"), "kvinnor": ("Kvinnor", "Män")}
SEXES["webdings"] = SEXES["kvinnor"]

ACTIVITIES: list[tuple[str, int, str, str, dt.date]] = [
    ("Familjebehandlare på plats i tre skolor och två förskolor", 1, "Enhetschef öppenvård",
     "december 2027", dt.date(2027, 12, 31)),
    ("Rekrytering av tio nya familjehem i egen regi", 1, "Familjehemssekreterare",
     "Q2 2027", dt.date(2027, 6, 30)),
    ("Gemensam handlingsplan med polis och skola för unga i riskmiljöer", 2,
     "Samordnare SSPF", "Q1 2027", dt.date(2027, 3, 31)),
    ("Arbetsträning för kvinnor som länge haft ekonomiskt bistånd", 3,
     "Enhetschef försörjningsstöd", "december 2027", dt.date(2027, 12, 31)),
    ("Digital ansökan om ekonomiskt bistånd", 3, "Verksamhetsutvecklare", "juni 2027",
     dt.date(2027, 6, 30)),
    ("Gemensam mottagning för beroendevård med regionen", 4, "Enhetschef vuxen", "2028",
     dt.date(2028, 12, 31)),
    ("Brukarundersökning inom missbruk och beroende", 4, "Kvalitetsutvecklare", "Q4 2027",
     dt.date(2027, 12, 31)),
    ("Mentorsprogram för nyanställda socialsekreterare", 5, "HR-konsult",
     "september 2027", dt.date(2027, 9, 30)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[int | None]]] = [
    ("Nämnd och förvaltningsledning", [-5840, -6010, -6230, -6380, -6520]),
    ("Barn och unga, utredning", [-27430, -28100, -29050, -29700, -30350]),
    ("Heldygnsvård barn och unga", [-44870, -41200, -38600, -37300, -36400]),
    ("Öppenvård barn och familj", [-12960, -14300, -16150, -16600, -17050]),
    ("Ekonomiskt bistånd", [-36250, -36900, -35800, -35100, -34400]),
    ("Arbetsmarknadsinsatser", [-8120, -8450, -9300, -9500, -9700]),
    ("Vuxen, missbruk och beroende", [-19340, -19800, -20450, -20900, -21350]),
    ("Familjerätt och våld i nära relationer", [-6710, -6950, -7280, -7440, -7600]),
]

KEY_TITLE = "Nyckeltal barn och unga per åldersgrupp 2025"
KEY_HEADER = ["Nyckeltal", "0–12 år", "13–17 år", "18–20 år", "Totalt"]
KEY_ROWS: list[tuple[str, list[str]]] = [
    ("Orosanmälningar, antal", ["1 012", "684", "95", "1 791"]),
    ("Inledda utredningar, antal", ["402", "311", "48", "761"]),
    ("Placerade den 31 december, antal", ["22", "34", "8", "64"]),
    ("Varav i familjehem, antal", ["20", "18", "6", "44"]),
    ("Barn och unga med öppenvårdsinsats, antal", ["236", "198", "41", "475"]),
    ("Kostnad per vårddygn HVB, kr", ["–", "6 850", "7 120", "6 940"]),
]
KEY_NOTE = "Åldersgruppen avser barnets ålder den dag anmälan eller beslutet registrerades."

CONTROLS = [
    ("Ekonomiskt bistånd", "Utbetalning sker till fel person eller med fel belopp", "3", "4",
     "12", "Stickprov på utbetalningar mot beslut", "Enhetschef försörjningsstöd",
     "Kvartalsvis"),
    ("Barnavårdsutredningar", "Utredningstiden överskrids", "3", "3", "9",
     "Uppföljning av utredningstider i verksamhetssystemet", "Enhetschef barn och unga",
     "Månadsvis"),
    ("Köp av placeringar", "Placering görs utanför upphandlat ramavtal", "2", "4", "8",
     "Genomgång av alla nya placeringar mot avtal", "Controller", "Tertialvis"),
    ("Familjehem", "Utdrag ur belastningsregistret saknas", "2", "4", "8",
     "Kontroll av utdrag för nya familjehem", "Familjehemssekreterare", "Halvårsvis"),
    ("Delegation", "Beslut fattas utan rätt delegation", "2", "3", "6",
     "Granskning av anmälda delegationsbeslut", "Nämndsekreterare", "Halvårsvis"),
    ("Dokumentation", "Journalanteckningar förs inte in i tid", "3", "2", "6",
     "Aktgranskning av 20 slumpvis valda akter", "Kvalitetsutvecklare", "Årligen"),
]  # fmt: skip


def _sym(paragraph: Any, trend: str, font: str) -> None:
    """A trend arrow as Word's "Infoga symbol" writes it: a symbol character, no text."""
    char = (WEBDINGS if font == "Webdings" else WINGDINGS3)[trend]
    paragraph._p.append(
        element(
            f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="20"/>'
            f'</w:rPr><w:sym w:font="{font}" w:char="{char}"/></w:r>'
        )
    )


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover("Norrvalla kommun", size=14)
    w.cover("Individ- och familjeomsorgsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2029", size=26, bold=True)
    w.cover("Budgetår 2027 med plan för 2028 och 2029", size=14)
    w.cover("Ordförande: Karin Lindqvist (M)", size=11)
    w.cover("Förvaltningschef: Pia Hallberg", size=11)
    w.cover("Antagen av individ- och familjeomsorgsnämnden 2026-11-24, § 118", size=10)
    w.cover("Diarienummer: IFN 2026/214", size=10)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver vad individ- och familjeomsorgsnämnden vill uppnå under "
        "2027 och hur budgeten fördelas mellan verksamheterna. Planåren 2028 och 2029 visar "
        "inriktningen framåt.",
        "Planen följs upp i delårsrapporten efter augusti och i verksamhetsberättelsen.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för socialtjänstens stöd till barn, unga och vuxna: utredning och "
        "insatser för barn och unga, ekonomiskt bistånd, arbetsmarknadsinsatser, vård för "
        "missbruk och beroende, familjerätt och stöd till våldsutsatta."
    )
    w.chapter("Omvärldsanalys")
    w.paras(
        "Antalet barn i kommunen är ungefär oförändrat, men andelen tonåringar ökar fram till "
        "2030. Orosanmälningarna har ökat tre år i rad, främst för barn mellan 13 och 17 år.",
        "Den nya socialtjänstlagen ger nämnden större möjligheter att ge stöd utan föregående "
        "utredning. Det förutsätter att öppenvården byggs ut och att placeringarna minskar.",
        "Arbetslösheten är fortsatt högst bland utrikes födda kvinnor, och fler kvinnor än män "
        "har haft ekonomiskt bistånd i mer än tio månader.",
    )
    w.bullets(
        "Konkurrensen om erfarna socialsekreterare är hård i hela länet.",
        "Regionen och kommunen delar ansvaret för beroendevården sedan 2026.",
        "Allt fler unga dras in i kriminalitet, även i kommunens mindre orter.",
    )
    w.chapter("Så redovisas indikatorerna")
    w.para(
        "Uppgifter om personer redovisas uppdelade på kön. Där en uppgift inte går att dela "
        "upp visas –. Målvärden per kön sätts där nämnden vill minska en skillnad."
    )


def _legend(w: Writer, font: str) -> None:
    paragraph = w.para(("i", "Trend: "))
    labels = {"upp": "förbättring", "ned": "försämring", "lika": "oförändrat"}
    for trend, label in labels.items():
        _sym(paragraph, trend, font)
        paragraph.add_run(f" {label}   ").italic = True
    w.structure("Trend: ", *(f" {label}   " for label in labels.values()))
    w.structure("Trend: " + "".join(f" {label}   " for label in labels.values()))


def _expect(w: Writer, goal: str, ind: TInd, sexes: tuple[str, str]) -> None:
    name, unit, u24, u25, t27, _ = ind
    labels = (sexes[0].lower(), sexes[1].lower(), "")
    for n, label in enumerate(labels):
        a, b, t = u24[n], u25[n], t27[n]
        if label and all(v in (None, NA) for v in (a, b, t)):
            continue
        outcomes = {y: v for y, v in ((2024, a), (2025, b)) if v not in (None, NA)}
        has_b = b not in (None, NA)
        w.expected.indicators.append(
            Indicator(
                goal,
                f"{name} – {label}" if label else name,
                unit,
                2025 if has_b else None,
                b if has_b else None,
                {2027: t} if t not in (None, NA) else {},
                outcomes,
            )
        )


def _indicator_table(w: Writer, goal: str, layout: str, inds: list[TInd]) -> None:
    sexes = SEXES[layout]
    font = "Webdings" if layout == "webdings" else "Wingdings 3"
    first = ["Indikator"]
    for year in ("Utfall 2024", "Utfall 2025", "Mål 2027"):
        first += [year, "", ""]
    rows: list[list[str]] = [[*first, "Trend"], ["", *[*sexes, "Totalt"] * 3, ""]]
    for name, unit, u24, u25, t27, _ in inds:
        rows.append([name, *(cell_text(v, unit) for trio in (u24, u25, t27) for v in trio), ""])
    w.structure(NA)
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9), (0, 10, 1, 10)]
    table = w.table(rows, header_rows=2, merges=merges, widths=[4.2, *[1.25] * 9, 1.1], size=7)
    for r, ind in enumerate(inds, start=2):
        if ind[5]:
            _sym(table.cell(r, 10).paragraphs[0], ind[5], font)
        _expect(w, goal, ind, sexes)
    _legend(w, font)


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Kommunfullmäktiges målområden gäller för alla nämnder. Under varje målområde "
        "beskriver nämnden sitt mål och hur det följs upp."
    )
    for area, goals in GOALS:
        w.heading(f"Målområde: {area}", 2)
        for goal, text, layout, inds in goals:
            paragraph = w.para(("b", "Nämndens mål: "), goal + " " + text)
            paragraph.paragraph_format.space_before = Pt(8)
            w.structure("Nämndens mål: ", paragraph.text)  # checked as the goal
            w.expected.goals.append(Goal(goal, "namnd"))
            _indicator_table(w, goal, layout, inds)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027")
    w.para("Aktiviteterna kopplas till nämndens mål i den ordning målen står ovan.")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal, who, when, date in ACTIVITIES:
        rows.append([name, str(goal), who, when])
        w.structure(str(goal), when)
        w.expected.activities.append(Activity(name, who, date, group=GOAL_TEXTS[goal - 1]))
    w.table(rows, widths=[8.2, 1.2, 4.6, 2.6])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 162 860 tkr. Lägre kostnader för heldygnsvård "
        "ger utrymme att bygga ut öppenvården och arbetsmarknadsinsatserna."
    )
    caption = "Driftbudget, nettokostnad i tkr"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nämnden")
    w.table([[*header, "Plan 2029"], *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])

    w.heading(KEY_TITLE, 2)
    w.structure(KEY_TITLE)
    rows = [KEY_HEADER, *([name, *values] for name, values in KEY_ROWS)]
    w.table(rows, keep_headers=True, widths=[6.8, 2.4, 2.4, 2.4, 2.4])
    for name, values in KEY_ROWS:
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, name, dict(zip(KEY_HEADER[1:], values, strict=True)))
        )
    w.para(("i", KEY_NOTE))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027")
    w.para(
        "Sannolikhet (S) och konsekvens (K) bedöms på en skala 1–4. Riskvärdet är S × K. "
        "Alla risker med riskvärde 8 eller högre har ett kontrollmoment."
    )
    header = ["Process/rutin", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig"]
    rows = [[*header, "Frekvens"]]
    for process, risk, s, k, value, moment, who, how_often in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who, how_often])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 3.2, 0.8, 0.8, 1.5, 3.6, 2.6, 1.9], size=8)


def build_bl(path: Path) -> Expected:
    front = Front(
        namnd="Individ- och familjeomsorgsnämnden",
        kommun="Norrvalla kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Lindqvist (M)",
        forvaltningschef="Pia Hallberg",
        diarienummer="IFN 2026/214",
    )
    w = Writer("BL-ifo-kolumngrupper-kön-trendpilar", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
