"""Corpus document BA: a tekniska nämnd's tertialrapport 2 2026 (planperiod 2026, the follow-up
period T2 2026) built round the goal system's styrkort: one table per perspektiv whose goal rows
("Mål 1.1 …" merged across) and indicator rows "Utfall 2025 | Utfall T2 2026 | Målvärde 2026 |
Status" carry their status only as a Wingdings symbol (``<w:sym w:font="Wingdings"
w:char="F06C"/>``, no text) coloured green, yellow, red or grey, explained by a legend line
under each table. The target is a colour scale: "Grön: ≥ 90 %, Gul: 80–89 %, Röd: < 80 %" in
one cell, three columns "Grönt | Gult | Rött" under a merged "Målvärde 2026", or three lines
of one cell split by soft breaks. Activities "Nr | Aktivitet | Mål | Ansvarig | Klart | Status"
are linked by the goal's number, dated "december 2026", "T3 2026", "Q1 2027", and their status
is "Klar", "Pågår" or "Ej påbörjad"; the economy is a driftredovisning "Verksamhet | Budget 2026
| Utfall T2 | Prognos | Avvikelse" in tkr with "Summa", followed by tertial key figures and the
follow-up of the internal control plan. Judgement: the target is the green threshold (the yellow
and red bands are the styrkort's scale, no item of the plan); a goal's symbol is its assessment
through the legend (grey: not yet assessed, no assessment); "Utfall T2 2026" is the 2026
outcome, as K's "Utfall aug 2026" is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Cm

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
    Val,
)
from tests.word_shapes_xml import element

COLOURS = {"uppfyllt": "00B050", "delvis": "FFC000", "ej_uppfyllt": "FF0000", "": "A6A6A6"}
"""The legend's colour of each grade; grey is "not measured yet" (no grade)."""
LEGEND = (
    ("uppfyllt", " Grön – målvärdet nås / målet bedöms uppnås"),
    ("delvis", " Gul – nära målvärdet / delvis"),
    ("ej_uppfyllt", " Röd – målvärdet nås inte"),
    ("", " Grå – mäts senare under året"),
)
STATUSES = {"Klar": "klar", "Pågår": "pagar", "Ej påbörjad": "ej_paborjad"}

Ind = tuple[str, str, Val | None, Val | None, tuple[str, str, str], Val, str]
"""An indicator: name, unit, utfall 2025, utfall T2 2026 (a text: not measured yet), the
green, yellow and red bands as printed, the green band as the target, and its status."""
GoalRow = tuple[str, str, str, list[Ind]]
"""A goal: its number, text, status (a grade, "" for grey) and indicators."""

AREAS: list[tuple[str, str, list[GoalRow]]] = [
    (
        "Perspektiv: Invånare",
        "comma",
        [
            ("1.1", "Gator, gång- och cykelvägar är trygga och framkomliga året runt.", "delvis", [
                ("Andel felanmälningar om gatubelysning åtgärdade inom 14 dagar", "%", D(81),
                 D(87), ("≥ 90 %", "80–89 %", "< 80 %"), "≥ 90 %", "delvis"),
                ("Invånarnas betyg på gång- och cykelvägar (NKI)", "", D(58), "Mäts i oktober",
                 ("≥ 60", "55–59", "< 55"), "≥ 60", ""),
                ("Handläggningstid för schaktanmälan, dagar (median)", "", D("6.5"), D("4.8"),
                 ("≤ 5", "6–8", "> 8"), "≤ 5", "uppfyllt"),
            ]),
            ("1.2", "Måltiderna i skola och äldreomsorg är goda, näringsriktiga och "
             "klimatsmarta.", "uppfyllt", [
                ("Andel nöjda matgäster i grundskolan", "%", D(72), D(78),
                 ("≥ 75 %", "65–74 %", "< 65 %"), "≥ 75 %", "uppfyllt"),
                ("Klimatpåverkan per portion, kg CO2e", "", D("0.92"), D("0.81"),
                 ("≤ 0,85", "0,86–0,95", "> 0,95"), "≤ 0,85", "uppfyllt"),
                ("Andel ekologiska livsmedel", "%", D(34), D(31), ("≥ 35 %", "30–34 %", "< 30 %"),
                 "≥ 35 %", "delvis"),
            ]),
        ],
    ),
    (
        "Perspektiv: Hållbar utveckling",
        "columns",
        [
            ("2.1", "Kommunens fastigheter använder mindre energi.", "delvis", [
                ("Energianvändning i egna fastigheter, kWh/m² (rullande tolv månader)", "",
                 D(142), D(136), ("≤ 135", "136–145", "> 145"), "≤ 135", "delvis"),
                ("Andel förnybar energi i egna fastigheter", "%", D(93), D(96),
                 ("≥ 95 %", "90–94 %", "< 90 %"), "≥ 95 %", "uppfyllt"),
            ]),
            ("2.2", "Hushållens avfall sorteras bättre och mer går till återvinning.",
             "ej_uppfyllt", [
                ("Andel matavfall som samlas in separat", "%", D(41), D(39),
                 ("≥ 50 %", "45–49 %", "< 45 %"), "≥ 50 %", "ej_uppfyllt"),
                ("Andel felsorterat i förpackningsinsamlingen", "%", D(18), D(21),
                 ("≤ 15 %", "16–20 %", "> 20 %"), "≤ 15 %", "ej_uppfyllt"),
            ]),
            ("2.3", "Kommunens fordon och arbetsmaskiner drivs utan fossila bränslen.", "", [
                ("Andel fossilfria fordon och arbetsmaskiner", "%", D(64), D(71),
                 ("≥ 75 %", "65–74 %", "< 65 %"), "≥ 75 %", "delvis"),
            ]),
        ],
    ),
    (
        "Perspektiv: Medarbetare och ekonomi",
        "lines",
        [
            ("3.1", "Medarbetarna har en trygg och hälsosam arbetsmiljö.", "delvis", [
                ("Sjukfrånvaro", "%", D("6.8"), D("5.9"), ("≤ 5,5 %", "5,6–6,5 %", "> 6,5 %"),
                 "≤ 5,5 %", "delvis"),
                ("Arbetsplatsolyckor med sjukfrånvaro, antal", "", D(7), D(2), ("0", "1–3", "≥ 4"),
                 D(0), "delvis"),
            ]),
            ("3.2", "Nämnden bedriver sin verksamhet inom given budgetram.", "ej_uppfyllt", [
                ("Prognostiserad avvikelse mot budget, tkr", "", D(850), D(-2_135),
                 ("≥ 0", "−1 500 till −1", "< −1 500"), "≥ 0", "ej_uppfyllt"),
            ]),
        ],
    ),
]  # fmt: skip

# Judgement (as Z's and K's): a tertial ends on its last day, a month or quarter likewise, a
# bare year on 31 December.
ACTIVITIES: list[tuple[str, str, str, str, dt.date, str, str]] = [
    ("Byte till LED-armaturer på Storgatan och i Västra centrum", "1.1", "Gatuchef",
     "oktober 2026", dt.date(2026, 10, 31), "Pågår", "Storgatan klar, Västra centrum i höst."),
    ("Trygghetsvandringar med invånare i tre stadsdelar", "1.1", "Trafikingenjör",
     "2026-06-30", dt.date(2026, 6, 30), "Klar", ""),
    ("Ny rutin för uppföljning av schaktanmälningar", "1.1", "Enhetschef gata",
     "T2 2026", dt.date(2026, 8, 31), "Klar", "Handläggningstiden har halverats."),
    ("Klimatberäknade matsedlar i alla kök", "1.2", "Kostchef", "december 2026",
     dt.date(2026, 12, 31), "Pågår", "Införd i 14 av 19 kök."),
    ("Energikartläggning av tio skolor och förskolor", "2.1", "Fastighetschef", "T3 2026",
     dt.date(2026, 12, 31), "Pågår", ""),
    ("Informationskampanj om matavfall i flerbostadshus", "2.2", "Avfallsstrateg", "Q1 2027",
     dt.date(2027, 3, 31), "Ej påbörjad", "Flyttad i väntan på nya kärl."),
    ("Plockanalys av restavfall", "2.2", "Avfallsstrateg", "2026-05-31", dt.date(2026, 5, 31),
     "Klar", ""),
    ("Upphandling av fossilfria arbetsmaskiner", "2.3", "Upphandlare", "2027",
     dt.date(2027, 12, 31), "Ej påbörjad", ""),
    ("Friskvårdsinsats för medarbetare i kök och lokalvård", "3.1", "HR-partner", "T3 2026",
     dt.date(2026, 12, 31), "Pågår", "Drygt hälften har deltagit."),
    ("Månadsvis prognosgenomgång med alla enhetschefer", "3.2", "Controller", "december 2026",
     dt.date(2026, 12, 31), "Pågår", ""),
]  # fmt: skip

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 7_400, 4_655, 7_250),
    ("Gator och vägar", 42_300, 27_412, 42_900),
    ("Vinterväghållning", 11_500, 9_870, 13_600),
    ("Parker och lekplatser", 13_900, 8_944, 13_700),
    ("Fastighetsförvaltning", -3_200, -2_615, -2_400),
    ("Måltidsverksamhet", 48_600, 31_780, 48_100),
    ("Lokalvård", 2_100, 1_530, 2_300),
    ("Renhållning", 0, -1_240, 0),
    ("Hamn och fritidsbåtar", 1_850, 1_402, 1_935),
]


def _sym(paragraph: Any, grade: str) -> None:
    """A status symbol as Word's "Infoga symbol" writes it: a Wingdings character, no text."""
    paragraph._p.append(
        element(
            '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
            f'<w:color w:val="{COLOURS[grade]}"/><w:sz w:val="26"/></w:rPr>'
            '<w:sym w:font="Wingdings" w:char="F06C"/></w:r>'
        )
    )


def _legend(w: Writer) -> None:
    paragraph = w.para()
    for grade, label in LEGEND:
        _sym(paragraph, grade)
        run = paragraph.add_run(label + "   ")
        run.italic = True
    w.structure("".join(label + "   " for _, label in LEGEND))


def _signed(value: int) -> str:
    return ("+" if value > 0 else "") + sv(value, minus="−")


def _cover(w: Writer) -> None:
    w.cover("Norrvalla kommun", size=12)
    w.para("")
    w.cover("Tertialrapport 2 2026", size=28, bold=True)
    w.cover("Tekniska nämnden", size=18)
    w.cover("Uppföljning av verksamhetsplan och budget januari–augusti", size=12)
    w.para("")
    w.cover("Ordförande: Lars-Erik Sundin (M)")
    w.cover("Förvaltningschef: Maria Öberg")
    w.cover("Dnr TN 2026/184", size=9)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Sammanfattning")
    w.paras(
        "Efter årets två första tertial prognostiserar tekniska nämnden ett underskott på "
        "drygt 2,1 miljoner kronor. Den snörika vintern drev upp kostnaderna för plogning och "
        "sandning, och fastighetsförvaltningen får lägre hyresintäkter än budgeterat när två "
        "lokaler stått tomma sedan våren.",
        "Av nämndens sju mål bedöms ett uppnås, tre uppnås delvis och två inte uppnås. "
        "Målet om fossilfria fordon bedöms först i bokslutet, när årets upphandling är klar.",
    )
    w.chapter("Viktiga händelser under tertialet")
    w.bullets(
        "Den nya matsedeln med klimatberäknade rätter infördes i skolköken i augusti.",
        "Ett kraftigt regn i juli gav översvämningar vid Åbrinken och skador på två gångbroar.",
        "Insamlingen av matavfall från flerbostadshus försenades av leveransproblem med kärl.",
        "Nämnden antog en ny plan för lekplatser i juni.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Kostnaderna för entreprenader, el och livsmedel har fortsatt att stiga, om än "
        "långsammare än under de senaste två åren. Indexuppräkningen i vinterväghållningens "
        "avtal blev 4,2 procent, mer än budgetens antagande.",
        "Nya regler om separat insamling av förpackningar från alla hushåll gäller från 2027. "
        "Förvaltningen förbereder övergången tillsammans med renhållningsentreprenören, och "
        "arbetet påverkar både taxan och informationen till invånarna.",
        "Rekryteringen av ingenjörer och driftpersonal är fortsatt svår. Två tjänster som "
        "projektledare har varit vakanta under hela tertialet.",
    )


def _threshold_cells(layout: str, bands: tuple[str, str, str], w: Writer) -> list[str]:
    green, yellow, red = bands
    # Judgement: the green band is the target (checked as the indicator's); the yellow and
    # red bands are the styrkort's colour scale, which a plan holds as no item.
    if layout == "columns":
        w.structure(green, yellow, red)
        return [green, yellow, red]
    lines = [f"Grön: {green}", f"Gul: {yellow}", f"Röd: {red}"]
    if layout == "lines":
        w.structure(*lines)
        return ["\n".join(lines)]
    text = ", ".join(lines)
    w.structure(text)
    return [text]


def _scorecard(w: Writer, layout: str, goals: list[GoalRow]) -> None:
    x = w.expected
    if layout == "columns":
        header = [
            ["Mål och indikator", "Utfall 2025", "Utfall T2 2026", "Målvärde 2026", "", "",
             "Status"],
            ["", "", "", "Grönt", "Gult", "Rött", ""],
        ]  # fmt: skip
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        widths = [6.2, 1.7, 1.9, 1.7, 1.9, 1.7, 1.8]
    else:
        header = [["Mål och indikator", "Utfall 2025", "Utfall T2 2026", "Målvärde 2026",
                   "Status"]]  # fmt: skip
        merges = []
        widths = [7.0, 1.8, 2.0, 4.8, 1.8]
    width = len(header[0])
    rows: list[list[str]] = [*header]
    marks: list[tuple[int, str]] = []  # (row, grade) of each status symbol
    for number, goal, grade, inds in goals:
        label = f"Mål {number} {goal}"
        merges.append((len(rows), 0, len(rows), width - 2))
        marks.append((len(rows), grade))
        rows.append([label] + [""] * (width - 1))
        w.structure(label)  # the goal is checked as an item, without its label
        x.goals.append(Goal(goal))
        if grade:
            x.assessments.append(Assessment(goal, grade))
        for name, unit, last, now, bands, target, status in inds:
            now_cell = cell_text(now, unit)
            if isinstance(now, str):
                w.structure(now_cell)  # not measured yet: no outcome
            marks.append((len(rows), status))
            rows.append(
                [name, cell_text(last, unit), now_cell, *_threshold_cells(layout, bands, w), ""]
            )
            outcomes: dict[int, Val] = {
                y: v for y, v in ((2025, last), (2026, now)) if isinstance(v, D)
            }
            x.indicators.append(
                Indicator(goal, name, unit, targets={2026: target}, outcomes=outcomes)
            )
    table = w.table(rows, header_rows=len(header), merges=merges, widths=widths)
    for r, grade in marks:
        _sym(table.cell(r, width - 1).paragraphs[0], grade)
        if rows[r][0].startswith("Mål "):
            cell = table.cell(r, 0)
            cell._tc.get_or_add_tcPr().append(
                element('<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>')
            )
            cell.paragraphs[0].runs[0].bold = True
    _legend(w)
    w.para("")


def _goals(w: Writer) -> None:
    w.chapter("Nämndens styrkort")
    w.paras(
        "Styrkortet visar nämndens mål och indikatorer med utfallet efter andra tertialet "
        "och utfallet för helåret 2025. Varje indikator har ett målvärde uttryckt som en "
        "färgskala: grönt när målvärdet nås, gult när utfallet ligger nära och rött när det "
        "ligger långt ifrån.",
        "Målens status är förvaltningens bedömning av om målet nås vid årets slut, utifrån "
        "indikatorerna och aktiviteterna.",
    )
    for area, layout, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        _scorecard(w, layout, goals)
    w.para(
        "Kommentar: Matavfallet och felsorteringen i förpackningsinsamlingen har utvecklats åt "
        "fel håll. Leveransförseningen av nya kärl gör att kampanjen i flerbostadshusen flyttas "
        "till början av 2027."
    )


def _activities(w: Writer) -> None:
    x = w.expected
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna i verksamhetsplanen 2026 och deras status den 31 augusti.")
    goals = {number: text for _, _, goals in AREAS for number, text, _, _ in goals}
    rows = [["Nr", "Aktivitet", "Mål", "Ansvarig", "Klart", "Status", "Kommentar"]]
    for n, (name, goal, who, when, day, status, comment) in enumerate(ACTIVITIES, 1):
        rows.append([str(n), name, goal, who, when, status, comment])
        w.structure(str(n), goal)  # the row's number, the goal's number: links, not text
        x.activities.append(Activity(name, who, day, group=goals[goal]))
        x.statuses.append(ActivityStatus(name, STATUSES[status]))
    w.table(rows, widths=[0.7, 5.2, 1.0, 2.5, 2.0, 1.9, 4.1], size=8)
    w.para("")


def _economy(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomisk uppföljning")
    w.para(
        "Prognosen för helåret är ett underskott på 2,1 miljoner kronor. Vinterväghållningen "
        "väntas gå 2,1 miljoner kronor över budget och fastighetsförvaltningen 0,8 miljoner. "
        "Måltidsverksamheten och parkerna visar överskott efter vakanser under våren."
    )
    title = "Driftredovisning per verksamhet, tkr"
    w.para(("b", title))
    w.structure(title)
    rows = [["Verksamhet", "Budget 2026", "Utfall T2", "Prognos", "Avvikelse"]]
    for name, budget, outcome, forecast in DRIFT:
        deviation = _signed(budget - forecast)
        rows.append([name, sv(budget, minus="−"), sv(outcome, minus="−"),
                     sv(forecast, minus="−"), deviation])  # fmt: skip
        w.structure(deviation)  # budget minus prognos: computed, not kept
        # Judgement (as K's): the period's utfall (januari–augusti) is the 2026 utfall.
        amounts = {
            ("budget", 2026): D(budget),
            ("utfall", 2026): D(outcome),
            ("prognos", 2026): D(forecast),
        }
        x.budget.append(BudgetRow("drift", name, amounts))
    sums = [sum(b for _, b, _, _ in DRIFT), sum(o for _, _, o, _ in DRIFT)]
    sums.append(sum(f for _, _, _, f in DRIFT))
    total = ["Summa", *(sv(s, minus="−") for s in sums), _signed(sums[0] - sums[2])]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[6, 2.6, 2.6, 2.6, 2.6])
    w.para(("i", "Avvikelse = budget minus prognos. Negativ avvikelse är ett underskott."))
    w.para("")


def _key_figures(w: Writer) -> None:
    # Judgement: a heading over a lone table and no prose is the table's heading, not a
    # chapter of the plan.
    w.heading("Nyckeltal", 1)
    w.structure("Nyckeltal")
    title = "Nyckeltal januari–augusti"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "T2 2025", "T2 2026"]
    key_rows = [
        ["Felanmälningar via app och webb, antal", "1 912", "2 388"],
        ["Serverade portioner per skoldag", "4 860", "4 925"],
        ["Plogtillfällen, antal", "14", "19"],
        ["Insamlat matavfall, ton", "612", "587"],
        ["Tillsvidareanställda, antal", "318", "324"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[8, 3, 3])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in key_rows
    ]
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av intern kontroll")
    w.para("Kontrollerna redovisas i sin helhet i december. Status efter andra tertialet:")
    rows = [
        ["Process", "Kontrollmoment", "Status T2", "Resultat"],
        ["Inköp", "Stickprov på tjugo fakturor mot avtalade priser i ramavtal",
         "Genomförd", "Två fakturor med fel pris, kreditering begärd."],
        ["Vinterväghållning", "Kontroll av att entreprenörens körjournaler stämmer mot "
         "fakturerade timmar", "Genomförd", "Inga avvikelser."],
        ["Livsmedelssäkerhet", "Egenkontroll av temperaturer i mottagningskök", "Pågår",
         "Brister i ett kök, åtgärdade."],
        ["Attest", "Kontroll av att attestförteckningen är aktuell", "Ej påbörjad", ""],
    ]  # fmt: skip
    w.table(rows, widths=[3.2, 7, 2.2, 4.6])
    w.expected.controls += [Control(r[1], r[0]) for r in rows[1:]]


def build_ba(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Norrvalla kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Tertialrapport 2 2026",
        ordforande="Lars-Erik Sundin (M)",
        forvaltningschef="Maria Öberg",
        diarienummer="TN 2026/184",
    )
    w = Writer("BA-teknisk-nämnd-styrkort-färgskalor", front)
    _cover(w)
    _intro(w)
    section = w.doc.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
