"""Corpus document BF: a socialnämnd's verksamhetsplan 2027 exported to Word from the kommun's
goal-management system: a cover, a reading guide whose legend shows the system's status and
trend icons (tiny PNG circles and arrows) with their words, narrative chapters as Heading 1,
then the generated hierarchy: "Perspektiv: …" Heading 1 over "Nämndmål: …" Heading 2, each
goal followed by a line of status and trend icons and small bold labels "Beskrivning",
"Analys", "Indikatorer", "Aktiviteter" over their blocks; each indicator's name is a Heading 3
or a bold line (the export differs between goals) over a small table "Period | Utfall |
Målvärde | Status" with the years as rows (2024 and 2025 with outcomes, 2027 with a target) and
a picture as status (some with alt text "Grön"/"Uppnått", some with only a file name, some with
none); each activity is a bold name over a key–value table "Startdatum | Slutdatum | Ansvarig |
Status"; a driftbudget as the system prints it (negative net costs, "Bokslut 2025" to "Plan
2029", a blank cell for a new verksamhet), key figures and internkontroll.

Expected (what a perfect import gives): the front matter (period 2027–2029, the budget's plan
years); five chapters; six nämndmål (without "Nämndmål:", nämnd level; the perspectives are not
goals); eleven indicators under their goal with outcomes 2024 and 2025, 2025 as nuläge and the
2027 target; eight activities with ansvarig, slutdatum, status and their goal as group; seven
driftbudget rows; five key-figure rows; four controls."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

from tests.word_shapes_docx import Writer, budget_rows, sv
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

COLOURS = {"gron": "#2e9e44", "gul": "#f2c200", "rod": "#d2322d", "gra": "#9a9a9a"}


def icon(kind: str) -> bytes:
    """A 12×12 status circle ("gron", "gul", "rod", "gra") or trend arrow ("upp", "ned",
    "oforand") as the goal system draws them."""
    image = Image.new("RGBA", (12, 12), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    if kind in COLOURS:
        draw.ellipse((0, 0, 11, 11), fill=COLOURS[kind])
    elif kind == "upp":
        draw.polygon([(6, 0), (11, 7), (1, 7)], fill="#1f4e79")
        draw.rectangle((4, 7, 8, 11), fill="#1f4e79")
    elif kind == "ned":
        draw.polygon([(6, 11), (11, 4), (1, 4)], fill="#1f4e79")
        draw.rectangle((4, 0, 8, 4), fill="#1f4e79")
    else:
        draw.polygon([(11, 6), (4, 1), (4, 11)], fill="#1f4e79")
        draw.rectangle((0, 4, 4, 8), fill="#1f4e79")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


ALT = {"gron": "Grön", "gul": "Gul", "rod": "Röd", "gra": "Grå", "upp": "Ökande trend",
       "ned": "Minskande trend", "oforand": "Oförändrad trend"}  # fmt: skip
_count = [0]


def add_icon(paragraph: Any, kind: str, alt: str | None) -> None:
    """An inline icon in ``paragraph``: with ``alt`` as its alt text, or (None) with only the
    file name the system gave it, or ("") with neither."""
    _count[0] += 1
    inline = paragraph.add_run().add_picture(io.BytesIO(icon(kind)), width=Cm(0.32))._inline
    if alt is None:
        inline.docPr.set("name", f"status_{kind}_{_count[0]}.png")
    else:
        inline.docPr.set("name", f"Bild {_count[0]}")
        if alt:
            inline.docPr.set("descr", alt)


Row = tuple[int, D | None, D | None, str]
"""An indicator's year: period, utfall, målvärde, status icon ("" for none)."""
Ind = tuple[str, str, list[Row]]
"""An indicator: name, unit ("%" or ""), its year rows."""
Act = tuple[str, str, str, str, str]
"""An activity: name, startdatum, slutdatum, ansvarig, status."""

STATUS = {"Ej påbörjad": "ej_paborjad", "Pågår": "pagar", "Klar": "klart"}

PERSPECTIVES: list[tuple[str, list[tuple[str, str, str, str, str, list[Ind], list[Act]]]]] = [
    ("Invånare", [
        ("Barn och unga som behöver stöd får det tidigt och nära hemmet.", "gul", "upp",
         "Målet tar sikte på öppna insatser i stället för placeringar utanför hemmet.",
         "Andelen barn som får öppenvård har ökat två år i rad, men väntetiden till första "
         "samtal är fortfarande för lång under sommarmånaderna.",
         [("Andel barn och unga med öppenvårdsinsats av alla med insats", "%",
           [(2024, D(61), None, "gul"), (2025, D(64), None, "gul"), (2027, None, D(70), "")]),
          ("Antal dagar från aktualisering till första samtal (median)", "",
           [(2024, D(19), None, "rod"), (2025, D(16), None, "gul"), (2027, None, D(10), "")]),
          ("Andel ungdomar som inte återaktualiseras inom ett år", "%",
           [(2024, D("78.5"), None, "gron"), (2025, D(80), None, "gron"),
            (2027, None, D(82), "")])],
         [("Starta familjebehandling i hemmet på kvällstid", "2027-01-01", "2027-06-30",
           "Enhetschef öppenvård barn och unga", "Pågår"),
          ("Införa digital ansökan om föräldrastöd", "2027-02-01", "2027-10-31",
           "Utvecklingsledare", "Ej påbörjad")]),
        ("Fler vuxna med försörjningsstöd kommer i arbete eller studier.", "gul", "oforand",
         "Nämnden samarbetar med arbetsmarknadsenheten och Arbetsförmedlingen.",
         "Arbetslösheten i kommunen steg under 2025 och fler hushåll är långvarigt beroende av "
         "ekonomiskt bistånd. Effekten av de nya jobbspåren syns först under 2027.",
         [("Andel hushåll med långvarigt ekonomiskt bistånd", "%",
           [(2024, D("41.2"), None, "rod"), (2025, D("42.8"), None, "rod"),
            (2027, None, D(38), "")]),
          ("Antal deltagare i jobbspår som gått vidare till arbete", "",
           [(2024, D(37), None, "gul"), (2025, D(44), None, "gul"), (2027, None, D(60), "")])],
         [("Inrätta ett gemensamt jobbspår med arbetsmarknadsenheten", "2027-01-01",
           "2027-12-31", "Sektionschef försörjningsstöd", "Pågår")]),
    ]),
    ("Verksamhet", [
        ("Handläggningen är rättssäker och effektiv.", "gron", "upp",
         "Utredningar ska göras inom lagstadgad tid och dokumenteras så att beslut går att "
         "följa.",
         "Utredningstiden inom barn och unga ligger nu inom fyra månader i nästan alla ärenden.",
         [("Andel barnavårdsutredningar klara inom fyra månader", "%",
           [(2024, D(86), None, "gul"), (2025, D(93), None, "gron"), (2027, None, D(95), "")]),
          ("Andel beslut om ekonomiskt bistånd inom tio dagar", "%",
           [(2024, D(88), None, "gul"), (2025, D("90.5"), None, "gron"),
            (2027, None, D(95), "")])],
         [("Granska tio akter per kvartal med stöd av checklista", "2027-01-01", "2027-12-31",
           "Kvalitetsutvecklare", "Ej påbörjad"),
          ("Byta verksamhetssystem för individ- och familjeomsorgen", "2026-09-01",
           "2027-04-30", "IT-samordnare", "Pågår")]),
        ("Fler insatser inom missbruksvården ges på hemmaplan.", "gra", "oforand",
         "Nämnden vill minska de dyra köpta platserna på behandlingshem.",
         "Målet mäts för första gången med den nya indikatorn; jämförelsen mellan åren är "
         "därför osäker.",
         [("Antal vårddygn på HVB för vuxna", "",
           [(2024, D(3410), None, ""), (2025, D(3180), None, ""), (2027, None, D(2600), "")])],
         [("Öppna en mottagning för beroendevård tillsammans med regionen", "2027-03-01",
           "2027-11-30", "Enhetschef vuxen", "Ej påbörjad")]),
    ]),
    ("Medarbetare", [
        ("Socialtjänsten är en attraktiv arbetsplats där socionomer stannar.", "rod", "ned",
         "Personalomsättningen bland socialsekreterare är den största risken för kvaliteten.",
         "Omsättningen ökade 2025 och två tjänster har bemannats med konsulter under hösten.",
         [("Personalomsättning bland socialsekreterare", "%",
           [(2024, D(18), None, "gul"), (2025, D(23), None, "rod"), (2027, None, D(15), "")]),
          ("HME-index (hållbart medarbetarengagemang)", "",
           [(2024, D(76), None, "gul"), (2025, D(75), None, "gul"), (2027, None, D(80), "")])],
         [("Erbjuda introduktionsår med mentor för nya socionomer", "2027-01-01",
           "2027-08-31", "Avdelningschef", "Klar")]),
    ]),
    ("Ekonomi", [
        ("Nämnden håller sin budget.", "gul", "upp",
         "Nettokostnaden ska rymmas inom den ram kommunfullmäktige beslutat.",
         "Underskottet 2025 berodde på köpta placeringar; prognosen för 2026 är bättre.",
         [("Budgetavvikelse i procent av nettokostnaden", "%",
           [(2024, D("-2.1"), None, "rod"), (2025, D("-1.4"), None, "gul"),
            (2027, None, D(0), "")])],
         [("Följa upp kostnaden för varje köpt placering varje månad", "2027-01-01",
           "2027-12-31", "Controller", "Pågår")]),
    ]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, tuple[int | None, ...]]] = [
    ("Nämnd och förvaltningsledning", (-4120, -4350, -4480, -4560, -4650)),
    ("Barn och unga", (-48730, -47900, -49200, -50100, -51000)),
    ("Vuxen och beroende", (-21460, -20800, -20150, -20500, -20900)),
    ("Ekonomiskt bistånd", (-33910, -32500, -34800, -35400, -36000)),
    ("Arbetsmarknad och jobbspår", (-6240, -6600, -7100, -7250, -7400)),
    ("Familjerätt och familjecentral", (-3870, -4050, -4180, -4260, -4350)),
    ("Mottagning beroendevård", (None, None, -1900, -2600, -2650)),
]

KEY_HEAD = ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Budget 2027"]
KEY_ROWS = [
    ["Hushåll med ekonomiskt bistånd, antal per månad", "612", "648", "630"],
    ["Utbetalt ekonomiskt bistånd, tkr", "31 480", "33 910", "34 800"],
    ["Vårddygn HVB barn och unga", "4 215", "3 960", "3 500"],
    ["Kostnad per vårddygn HVB, kr", "4 150", "4 390", "4 500"],
    ["Årsarbetare socialtjänsten", "118,5", "121,0", "123,0"],
]

CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd", "Utbetalning till fel mottagare", "3 × 4 = 12",
     "Stickprov på tjugo utbetalningar mot beslut", "Sektionschef försörjningsstöd",
     "Kvartalsvis"),
    ("Barnavårdsutredningar", "Utredningstiden överskrids", "3 × 3 = 9",
     "Uppföljning av utredningstider i verksamhetssystemet", "Enhetschef barn och unga",
     "Varje månad"),
    ("Köp av platser", "Avtal saknas vid placering", "2 × 4 = 8",
     "Kontroll att varje placering har avtal och beslut", "Controller", "Halvår"),
    ("Behörigheter i verksamhetssystemet", "Obehöriga läser sekretessuppgifter", "2 × 4 = 8",
     "Logguppföljning av slumpvis valda akter", "Systemförvaltare", "Två gånger per år"),
]  # fmt: skip


def label(w: Writer, text: str) -> None:
    """A small bold label of the export ("Beskrivning", "Indikatorer", …): structure."""
    w.structure(text)
    w.para(("b", text), size=9)


def _indicator(w: Writer, goal: str, ind: Ind, as_heading: bool, n: int) -> None:
    name, unit, years = ind
    if as_heading:
        w.heading(name, 3)
    else:
        w.para(("b", name))
    rows = [["Period", "Utfall", "Målvärde", "Status"]]
    for year, utfall, mal, _ in years:
        rows.append([str(year), "" if utfall is None else sv(utfall, unit),
                     "" if mal is None else sv(mal, unit), ""])  # fmt: skip
        w.structure(str(year))
    table = w.table(rows, widths=[2.0, 2.6, 2.6, 1.6])
    for r, (_, _, _, kind) in enumerate(years, 1):
        if kind:
            # The export writes alt text on some icons only: every third has none at all.
            alt = (ALT[kind] if n % 3 == 0 else None) if (n + r) % 3 else ""
            add_icon(table.cell(r, 3).paragraphs[0], kind, alt)
    outcomes: dict[int, Val] = {y: u for y, u, _, _ in years if u is not None}
    targets: dict[int, Val] = {y: m for y, _, m, _ in years if m is not None}
    last = max(outcomes)
    w.expected.indicators.append(
        Indicator(goal, name, unit, last, outcomes[last], targets, outcomes)
    )


def _activity(w: Writer, goal: str, act: Act) -> None:
    name, start, end, who, status = act
    w.para(("b", name))
    rows = [["Startdatum", start], ["Slutdatum", end], ["Ansvarig", who], ["Status", status]]
    w.table(rows, header_rows=0, widths=[3.0, 8.0])
    w.structure("Startdatum", "Slutdatum", "Ansvarig", "Status", start, end, status)
    day = dt.date.fromisoformat(end)
    w.expected.activities.append(Activity(name, who, day, status=STATUS[status], group=goal))


def _goals(w: Writer) -> None:
    n = 0
    for perspective, goals in PERSPECTIVES:
        w.heading(f"Perspektiv: {perspective}", 1)
        for g, (goal, status, trend, about, analysis, inds, acts) in enumerate(goals):
            w.heading(f"Nämndmål: {goal}", 2)
            w.expected.goals.append(Goal(goal, "namnd"))
            line = w.para(("", "Status: "), size=9)
            add_icon(line, status, ALT[status] if g == 0 else None)
            line.add_run("   Trend: ").font.size = Pt(9)
            add_icon(line, trend, ALT[trend] if g == 0 else "")
            label(w, "Beskrivning")
            w.para(about)
            label(w, "Analys")
            w.para(analysis)
            label(w, "Indikatorer")
            for ind in inds:
                n += 1
                _indicator(w, goal, ind, as_heading=perspective != "Verksamhet", n=n)
            if acts:
                label(w, "Aktiviteter")
            for act in acts:
                _activity(w, goal, act)


def _legend(w: Writer) -> None:
    w.chapter("Läsanvisning", 1)
    w.para(
        "Planen är hämtad ur nämndens styrsystem. Varje nämndmål hör till ett perspektiv och "
        "följs upp med indikatorer och aktiviteter. Symbolerna betyder följande:"
    )
    for kind, words in [
        ("gron", "Målet är uppnått eller förväntas uppnås"),
        ("gul", "Målet är delvis uppnått"),
        ("rod", "Målet är inte uppnått"),
        ("gra", "Ej bedömt"),
        ("upp", "Utvecklingen går åt rätt håll"),
        ("oforand", "Oförändrat läge"),
        ("ned", "Utvecklingen går åt fel håll"),
    ]:
        line = w.para()
        add_icon(line, kind, "Uppnått" if kind == "gron" else ALT[kind])
        line.add_run(f"  {words}")


def build_bf(path: Path) -> Expected:
    _count[0] = 0
    front = Front(
        namnd="Socialnämnden",
        kommun="Hedeby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027",
        ordforande="Annika Lundgren (S)",
        forvaltningschef="Peter Holm",
        diarienummer="SN 2026/214",
    )
    w = Writer("BF-socialnämnd-styrsystem-ikoner", front)
    w.cover("Hedeby kommun", size=14)
    w.cover("Verksamhetsplan 2027", size=26, bold=True)
    w.cover("Socialnämnden", size=18)
    w.cover("Budget 2027 med plan 2028–2029", size=12)
    w.cover("Ordförande: Annika Lundgren (S)", size=10)
    w.cover("Socialchef: Peter Holm", size=10)
    w.cover("Diarienummer: SN 2026/214", size=10)
    w.cover("Utskrift från styrsystemet 2026-11-12 14:03", size=8)
    w.page_break()
    _legend(w)
    w.chapter("Inledning", 1)
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorgen i Hedeby: barn och unga, "
        "vuxna med missbruk, ekonomiskt bistånd, familjerätt och arbetsmarknadsinsatser. "
        "Verksamhetsplanen beskriver vad nämnden vill uppnå 2027 och hur det följs upp."
    )
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Hedeby växer långsamt men andelen invånare över 80 år ökar snabbare än andelen i "
        "arbetsför ålder. Arbetslösheten steg under 2025 till 7,9 procent, och fler hushåll "
        "söker ekonomiskt bistånd under längre tid."
    )
    w.para(
        "Den nya socialtjänstlagen ställer krav på förebyggande arbete och på att insatser ska "
        "vara lätta att nå. Samtidigt är det svårt att rekrytera erfarna socialsekreterare, "
        "och konkurrensen från grannkommunerna om samma personer har ökat."
    )
    w.bullets(
        "Fler placeringar av ungdomar med komplex problematik",
        "Högre priser på köpta platser, i snitt 6 procent per år",
        "Ökad digitalisering av ansökningar och kontakter",
    )
    _goals(w)
    w.chapter("Ekonomi", 1)
    w.para("Driftbudgeten visas som nettokostnad i tkr. Negativa belopp är kostnader.")
    w.para(("b", "Driftbudget per verksamhet, tkr"))
    w.structure("Driftbudget per verksamhet, tkr")
    head = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nämnden")
    w.table([head, *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2], size=8)
    w.para(("b", "Nyckeltal"))
    w.table([KEY_HEAD, *KEY_ROWS], keep_headers=True, widths=[7.0, 2.4, 2.4, 2.4])
    w.expected.key_figures += [
        KeyRow("Nyckeltal", r[0], dict(zip(KEY_HEAD[1:], r[1:], strict=True))) for r in KEY_ROWS
    ]
    w.chapter("Internkontroll 2027", 1)
    w.para("Riskvärdet är sannolikhet gånger konsekvens på en skala 1–4.")
    rows = [["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, value, control, who, often in CONTROLS:
        rows.append([process, risk, value, control, who, often])
        w.expected.controls.append(Control(control, process))
    w.table(rows, widths=[3.0, 3.2, 1.8, 4.0, 2.8, 2.0], size=8)
    return w.save(path)
