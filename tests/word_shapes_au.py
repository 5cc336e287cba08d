"""Corpus document AU: a vård- och omsorgsnämnd's delårsrapport januari–augusti 2026 whose
goals are forecast in prose: under each goal a paragraph "Bedömning: Målet bedöms uppnås." /
"Målet bedöms delvis uppnås under året." / "Bedöms inte uppnås …" (worded differently each
time, once with "Bedömning" as a bold line of its own), indicator tables "Indikator | Utfall
2025 | Utfall aug 2026 | Prognos helår 2026 | Mål 2026", and in the second målområde the
template's two-column layout table "Nämndmål | Så följer vi upp målet" whose left cell holds the
goal's number and text and whose right cell holds the indicator table nested inside it. The
activities are one table "Aktivitet | Status aug | Kommentar" ("Klar", "Påbörjad", "Ej
startad", "Skjuts upp till 2027"), the economy a driftredovisning "Verksamhet | Budget helår |
Utfall jan–aug | Prognos helår | Avvikelse" in tkr with "Summa", followed by personnel key
figures and the follow-up of the internal-control plan. The cover names the ordförande and
the förvaltningschef on labelled lines."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.shared import Cm, Pt

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

STATUSES = {
    "Klar": "klar",
    "Påbörjad": "pagar",
    "Ej startad": "ej_paborjad",
    # Judgement: postponed to next year is the plan's "senarelagd", not cancelled.
    "Skjuts upp till 2027": "senarelagd",
}

Row = tuple[str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, utfall 2025, utfall aug 2026, prognos helår 2026, mål 2026."""

Goal_ = tuple[str, str, str, str, str, list[Row]]
"""A goal: number, text, the assessment's sentence, its grad, the analysis, its indicators."""

AREAS: list[tuple[str, list[Goal_]]] = [
    (
        "Målområde 1: Trygg och värdig omsorg",
        [
            (
                "1.1",
                "Äldre som har hemtjänst känner sig trygga i sitt eget hem.",
                "Bedömning: Målet bedöms delvis uppnås under året.",
                "delvis",
                "Tryggheten ligger kvar på fjolårets nivå. Kontinuiteten har blivit bättre sedan "
                "hemtjänsten i Norra distriktet delades i mindre arbetslag, men målet om högst "
                "tolv personal nås inte i år.",
                [
                    (
                        "Andel brukare i hemtjänst som känner sig trygga hemma",
                        "%",
                        D(86),
                        D(87),
                        D(87),
                        D(88),
                    ),
                    (
                        "Antal personal som besöker en brukare under 14 dagar (median)",
                        "",
                        D(15),
                        D(14),
                        D(14),
                        "Max 12",
                    ),
                ],
            ),
            (
                "1.2",
                "Den som bor på särskilt boende har en meningsfull vardag.",
                "Bedömning: Målet bedöms uppnås.",
                "uppfyllt",
                "Alla boenden har nu en aktivitetssamordnare och genomförandeplanerna följs upp "
                "varje månad. Brukarenkäten besvaras under oktober.",
                [
                    (
                        "Andel boende som är nöjda med aktiviteterna på boendet",
                        "%",
                        D(68),
                        None,
                        "Mäts i oktober",
                        D(72),
                    ),
                    ("Andel boende med aktuell genomförandeplan", "%", D(81), D(93), D(94), D(95)),
                    (
                        "Fallolyckor som lett till sjukhusvård, antal",
                        "",
                        D(31),
                        D(17),
                        D(26),
                        "Minska",
                    ),
                ],
            ),
        ],
    ),
    (
        "Målområde 2: Självständighet och delaktighet",
        [
            (
                "2.1",
                "Fler personer med funktionsnedsättning har ett arbete eller en meningsfull "
                "sysselsättning.",
                "Målet bedöms delvis uppnås under året eftersom färre än planerat har gått "
                "vidare till arbete.",
                "delvis",
                "Fler har praktik på en vanlig arbetsplats, men arbetsmarknaden har blivit "
                "svårare och två planerade anställningar med lönebidrag drog ut på tiden.",
                [
                    (
                        "Personer i daglig verksamhet som gått vidare till arbete eller studier, "
                        "antal",
                        "",
                        D(4),
                        D(3),
                        D(5),
                        D(8),
                    ),
                    (
                        "Andel i daglig verksamhet med praktik på en ordinarie arbetsplats",
                        "%",
                        D(18),
                        D(21),
                        D(22),
                        D(25),
                    ),
                ],
            ),
            (
                "2.2",
                "Ingen ska behöva vänta länge på en bostad med särskild service eller på "
                "särskilt boende.",
                "Bedöms inte uppnås 2026.",
                "ej_uppfyllt",
                "Gruppbostaden på Lärkvägen blir klar först i mars 2027 och kön till särskilt "
                "boende har vuxit när korttidsplatserna minskades under sommaren.",
                [
                    (
                        "Ej verkställda beslut om bostad med särskild service enligt LSS, antal",
                        "",
                        D(7),
                        D(9),
                        D(8),
                        D(0),
                    ),
                    (
                        "Väntetid från beslut till erbjuden plats i särskilt boende, dagar",
                        "",
                        D(54),
                        D(61),
                        D(58),
                        "Max 45",
                    ),
                ],
            ),
        ],
    ),
    (
        "Målområde 3: Attraktiv arbetsgivare",
        [
            (
                "3.1",
                "Medarbetarna har rätt kompetens och vill stanna kvar hos oss.",
                "Bedömning: Nämnden bedömer att målet uppnås.",
                "uppfyllt",
                "Valideringen av undersköterskor har gått snabbare än väntat och sjukfrånvaron "
                "har sjunkit för andra året i rad.",
                [
                    (
                        "Andel undersköterskor med skyddad yrkestitel",
                        "%",
                        D(62),
                        D(71),
                        D(77),
                        D(75),
                    ),
                    (
                        "Sjukfrånvaro bland medarbetarna",
                        "%",
                        D("8.9"),
                        D("7.6"),
                        D("7.8"),
                        "Max 8,0 %",
                    ),
                    (
                        "Personalomsättning, tillsvidareanställda",
                        "%",
                        D("14.2"),
                        D("8.4"),
                        D("11.5"),
                        D(12),
                    ),
                ],
            ),
        ],
    ),
]

ACTIVITIES: list[tuple[str, str, str]] = [
    (
        "Mindre arbetslag i hemtjänsten i Norra distriktet",
        "Klar",
        "Infört i februari. Utvärderas i november.",
    ),
    (
        "Digital nattillsyn med kamera för dem som vill",
        "Påbörjad",
        "32 brukare har tackat ja. Upphandlingen av fler kameror pågår.",
    ),
    ("Aktivitetssamordnare på alla särskilda boenden", "Klar", ""),
    (
        "Ny gruppbostad enligt LSS på Lärkvägen",
        "Påbörjad",
        "Bygget är försenat, inflyttning mars 2027.",
    ),
    ("Samverkan med arbetsförmedlingen om lönebidragsanställningar", "Påbörjad", ""),
    ("Språkombud på varje enhet", "Ej startad", "Startar när utbildningen upphandlats i höst."),
    (
        "Översyn av biståndsbedömningen i hemtjänsten",
        "Skjuts upp till 2027",
        "Väntar på den nya socialtjänstlagen.",
    ),
    (
        "Heltid som norm i vård och omsorg",
        "Påbörjad",
        "Andelen heltidsanställda har ökat från 58 till 64 procent.",
    ),
]

DRIFT: list[tuple[str, int, int, int]] = [
    ("Nämnd och förvaltningsledning", 14_250, 9_312, 13_900),
    ("Myndighetsutövning", 21_800, 14_905, 22_100),
    ("Hemtjänst", 118_400, 82_760, 123_600),
    ("Särskilt boende", 176_300, 116_840, 174_900),
    ("Hemsjukvård och rehabilitering", 48_700, 31_620, 48_200),
    ("Insatser enligt LSS", 96_500, 65_410, 98_300),
    ("Socialpsykiatri", 17_900, 11_280, 17_400),
    ("Bemanningsenhet", 0, 1_140, 900),
]


def _cover(w: Writer) -> None:
    w.cover("Älvhaga kommun", size=12)
    w.cover("Vård- och omsorgsnämnden", size=16, bold=True)
    w.para("")
    w.cover("Delårsrapport januari–augusti 2026", size=26, bold=True)
    w.para("")
    w.cover("Behandlad av vård- och omsorgsnämnden 2026-09-23, § 87")
    w.cover("Dnr VON 2026/148")
    w.cover("Ordförande: Margareta Lindqvist (C)")
    w.cover("Förvaltningschef: Johan Ekström")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Förvaltningschefen har ordet")
    w.paras(
        "Årets första åtta månader har präglats av en sommar med hög beläggning och svårt att "
        "rekrytera vikarier till de särskilda boendena. Ändå har verksamheterna klarat "
        "bemanningen utan att stänga platser, mycket tack vare bemanningsenheten.",
        "Nämnden prognostiserar ett underskott på 5,5 miljoner kronor för helåret. Hemtjänstens "
        "timmar ökar snabbare än budgeten, medan särskilt boende och hemsjukvården visar "
        "överskott.",
        "Av fem nämndmål bedöms två uppnås, två delvis och ett inte uppnås.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Antalet invånare över 80 år i Älvhaga ökar med omkring 4 procent per år fram till "
        "2030. Det märks tydligast i hemtjänsten, där de beviljade timmarna har ökat med 6 "
        "procent jämfört med samma period förra året.",
        "Den nya socialtjänstlagen väntas träda i kraft under 2027. Förvaltningen avvaktar "
        "därför med översynen av biståndsbedömningen tills förarbetena är klara.",
    )
    w.chapter("Viktiga händelser under perioden")
    w.bullets(
        "Hemtjänsten i Norra distriktet delades i fyra mindre arbetslag i februari.",
        "Tolv korttidsplatser stängdes under sommaren för renovering av Solbacken.",
        "Nämnden beslutade i maj att heltid ska vara norm från 2027.",
    )


def _indicator_rows(goal: str, inds: list[Row], w: Writer) -> list[list[str]]:
    header = ["Indikator", "Utfall 2025", "Utfall aug 2026", "Prognos helår 2026", "Mål 2026"]
    rows = [header]
    w.structure(*header)
    for name, unit, last, now, forecast, target in inds:
        cells = [cell_text(v, unit) for v in (last, now, forecast, target)]
        rows.append([name, *cells])
        # Judgement: the plan keeps no forecast for an indicator; it is no item of its own.
        w.structure(cells[2])
        # Judgement (as in K): "Utfall aug 2026" is the year's outcome so far, the 2026 utfall.
        outcomes = {y: v for y, v in ((2025, last), (2026, now)) if v is not None}
        targets = {2026: target} if target is not None else {}
        w.expected.indicators.append(
            Indicator(goal, name, unit, targets=targets, outcomes=outcomes)
        )
    return rows


def _fill(table: Any, rows: list[list[str]], size: int = 9) -> None:
    for r, (values, row) in enumerate(zip(rows, table.rows, strict=True)):
        for text, cell in zip(values, row.cells, strict=True):
            if text:
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(size)
                run.bold = r == 0 or None


def _assessment(w: Writer, number: str, goal: str, sentence: str, grad: str, why: str) -> None:
    if number == "1.2":
        # This goal's assessment is a bold line of its own over the forecast sentence.
        w.para(("b", "Bedömning"))
        w.structure("Bedömning")
        sentence = sentence.removeprefix("Bedömning: ")
        w.para(sentence)
    elif sentence.startswith("Bedömning: "):
        w.para(("b", "Bedömning: "), sentence.removeprefix("Bedömning: "))
    else:
        w.para(sentence)
    w.structure(sentence)  # checked as the assessment
    w.expected.assessments.append(Assessment(goal, grad))
    w.para(why)


def _plain_goal(w: Writer, goal: Goal_) -> None:
    number, text, sentence, grad, why, inds = goal
    label = f"Nämndmål {number}"
    w.para(("b", f"{label}. "), ("b", text))
    w.structure(f"{label}. {text}")  # the goal is checked as an item, without its label
    w.expected.goals.append(Goal(text))
    w.table(_indicator_rows(text, inds, w), widths=[6.4, 2.3, 2.5, 2.6, 2.2])
    _assessment(w, number, text, sentence, grad, why)


def _layout_goal(w: Writer, goal: Goal_) -> None:
    """The template's layout: the goal left, its indicator table nested in the right cell."""
    number, text, sentence, grad, why, inds = goal
    layout = w.table([["Nämndmål", "Så följer vi upp målet"], ["", ""]], widths=[4.6, 12])
    left, right = layout.rows[1].cells
    left.paragraphs[0].add_run(f"Mål {number}").bold = True
    left.add_paragraph(text)
    w.structure(f"Mål {number}")
    w.expected.goals.append(Goal(text))
    right.paragraphs[0].add_run("Indikatorer").italic = True
    w.structure("Indikatorer")
    rows = _indicator_rows(text, inds, w)
    inner = right.add_table(rows=len(rows), cols=len(rows[0]))
    inner.style = "Table Grid"
    inner.autofit = False
    for c, (cm, col) in enumerate(zip([4.4, 1.6, 1.8, 1.9, 1.6], inner.columns, strict=True)):
        col.width = Cm(cm)  # the grid, which LibreOffice reads
        for cell in inner.columns[c].cells:
            cell.width = Cm(cm)
    _fill(inner, rows, size=8)
    _assessment(w, number, text, sentence, grad, why)


def _goals(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Under varje nämndmål redovisas indikatorernas utfall till och med augusti, en prognos "
        "för helåret och nämndens bedömning av om målet uppnås när året är slut."
    )
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for goal in goals:
            if area.startswith("Målområde 2"):
                _layout_goal(w, goal)
            else:
                _plain_goal(w, goal)
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna i verksamhetsplanen 2026 och hur långt de har kommit den 31 augusti.")
    rows = [["Aktivitet", "Status aug", "Kommentar"]]
    for name, status, comment in ACTIVITIES:
        rows.append([name, status, comment])
        w.expected.activities.append(Activity(name))
        w.expected.statuses.append(ActivityStatus(name, STATUSES[status]))
    w.table(rows, widths=[7, 3, 6.6])
    w.para("")


def _signed(value: int) -> str:
    return ("+" if value > 0 else "") + sv(value, minus="−")


def _economy(w: Writer) -> None:
    w.chapter("Ekonomisk uppföljning")
    w.para(
        "Prognosen för helåret är ett underskott på 5,5 miljoner kronor. Hemtjänsten och LSS "
        "går över budget, särskilt boende och hemsjukvården under. Bemanningsenheten skulle gå "
        "jämnt ut men har fått bära kostnader för sommarens introduktion av vikarier."
    )
    title = "Driftredovisning januari–augusti 2026 (tkr)"
    w.para(("b", title))
    w.structure(title)
    header = ["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"]
    rows = [header]
    for name, budget, outcome, forecast in DRIFT:
        deviation = _signed(budget - forecast)
        rows.append([name, sv(budget), sv(outcome), sv(forecast), deviation])
        w.structure(deviation)  # budget minus prognos: computed, not kept
        # Judgement (as in K): the period's utfall (jan–aug) is the follow-up's 2026 utfall.
        amounts = {
            ("budget", 2026): D(budget),
            ("utfall", 2026): D(outcome),
            ("prognos", 2026): D(forecast),
        }
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    budgets = sum(b for _, b, _, _ in DRIFT)
    outcomes = sum(o for _, _, o, _ in DRIFT)
    forecasts = sum(f for _, _, _, f in DRIFT)
    total = ["Summa", sv(budgets), sv(outcomes), sv(forecasts), _signed(budgets - forecasts)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[5.6, 2.6, 2.8, 2.8, 2.6])
    w.para("Negativ avvikelse innebär att prognosen är högre än budgeten.")
    w.para("")

    w.chapter("Personal")
    w.para("Sjukfrånvaron fortsätter att sjunka, främst den korta frånvaron.")
    title = "Personalnyckeltal"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "Jan–aug 2025", "Jan–aug 2026"]
    key_rows = [
        ["Tillsvidareanställda, antal", "1 184", "1 203"],
        ["Andel heltidsanställda, %", "58,2", "64,1"],
        ["Sjukfrånvaro, %", "9,1", "7,6"],
        ["Timavlönade, årsarbetare", "142", "131"],
    ]
    w.table([header, *key_rows], keep_headers=True, widths=[8, 3, 3])
    w.expected.key_figures += [
        KeyRow(title, r[0], dict(zip(header[1:], r[1:], strict=True))) for r in key_rows
    ]
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av intern kontroll")
    w.para("Tre av fyra kontroller är genomförda. Resultaten redovisas i sin helhet i december.")
    rows = [
        ["Process", "Kontrollmoment", "Resultat hittills"],
        [
            "Läkemedel",
            "Stickprov på signeringslistor för läkemedel på två boenden per månad",
            "Brister på ett boende, åtgärdat i juni.",
        ],
        [
            "Myndighetsutövning",
            "Granskning av tio utredningar om hemtjänst mot rutinen",
            "Inga avvikelser.",
        ],
        [
            "Avgifter",
            "Kontroll av att avgiftsbeslut fattas inom en månad från nytt beslut",
            "Åtta av tio inom en månad.",
        ],
        [
            "Bemanning",
            "Uppföljning av att bemanningsenhetens timmar faktureras rätt enhet",
            "Görs i oktober.",
        ],
    ]
    w.table(rows, widths=[3.4, 7.2, 6])
    w.expected.controls += [Control(r[1], r[0]) for r in rows[1:]]


def build_au(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Älvhaga kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Delårsrapport januari–augusti 2026",
        ordforande="Margareta Lindqvist (C)",
        forvaltningschef="Johan Ekström",
        diarienummer="VON 2026/148",
    )
    w = Writer("AU-vård-omsorg-delår-nästlade-indikatorer", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _control(w)
    return w.save(path)
