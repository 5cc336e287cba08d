"""Corpus document J: a socialnämnd's plan with unnumbered Heading 1 chapters, goals as Heading 3
under "Målområde: …" Heading 2s, each goal over an indicator table with two outcome years and
two target years ("Minst 80 %", "Max 5", "Öka", "Bibehålla"), a footnote and a tracked change
in a goal table, a comment, a resultaträkning in tkr with a unit row, a two-row header, blank
separator rows and hyphen minus, a driftbudget by verksamhet with "Total", an internkontroll
plan with "3×4=12" risk values and a table of uppdrag från kommunfullmäktige."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.docx_xml import add_footnote_part
from tests.word_shapes_docx import Writer, cell_text, set_cell_paragraph, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)
from tests.word_shapes_xml import deleted, element, inserted, p, r

FOOTNOTE = "Källa: Socialstyrelsens brukarundersökning individ- och familjeomsorg."

Row = tuple[str, str, Val | None, Val | None, Val | None, Val | None]
"""An indicator: name, unit, utfall 2024, utfall 2025, mål 2027, mål 2028."""

GOALS: list[tuple[str, list[tuple[str, list[Row]]]]] = [
    (
        "Målområde: Trygga och självständiga invånare",
        [
            (
                "Barn och unga som får stöd från nämnden får det tidigt och i rätt form.",
                [
                    (
                        "Andel utredningar barn och unga klara inom 120 dagar",
                        "%",
                        D(71),
                        D(76),
                        "Minst 80 %",
                        "Minst 85 %",
                    ),
                    ("Antal placeringar på HVB, barn och unga", "", D(9), D(7), "Max 5", "Max 5"),
                    (
                        "Andel barn som är nöjda med kontakten med socialtjänsten",
                        "%",
                        D(68),
                        D(72),
                        "Öka",
                        "Öka",
                    ),
                ],
            ),
            (
                "Vuxna med missbruk får stöd som leder till ett självständigt liv.",
                [
                    (
                        "Andel klienter utan återaktualisering ett år efter avslutad insats",
                        "%",
                        D(74),
                        D(79),
                        "Bibehålla",
                        "Bibehålla",
                    ),
                    (
                        "Antal dygn i köpt behandling",
                        "",
                        D(2140),
                        D(1985),
                        "Max 1 800",
                        "Max 1 600",
                    ),
                ],
            ),
        ],
    ),
    (
        "Målområde: Hållbar samhällsbyggnad",
        [
            (
                "Fler hushåll som har ekonomiskt bistånd kommer i egen försörjning.",
                [
                    (
                        "Andel hushåll med bistånd i mer än tio månader",
                        "%",
                        D(41),
                        D(38),
                        "Max 35 %",
                        "Max 30 %",
                    ),
                    (
                        "Antal deltagare i arbetsmarknadsinsats som fått arbete eller börjat "
                        "studera",
                        "",
                        D(46),
                        D(58),
                        "Minst 70",
                        "Minst 80",
                    ),
                ],
            ),
        ],
    ),
]


def _cover(w: Writer) -> None:
    w.cover("Socialnämnden", size=14, bold=True)
    w.cover("Nämndplan 2027–2028", size=26, bold=True)
    w.cover("Västerbro kommun")
    w.cover("Antagen av socialnämnden 2026-12-10, § 142")
    w.cover("Diarienummer SN 2026/388")
    w.para("")
    w.cover("Ordförande: Leila Andersson (C)")
    w.cover("Socialchef: Per-Erik Dahl")
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Nämndplanen beskriver hur socialnämnden under två år ska arbeta mot fullmäktiges "
        "målområden. Planen är nämndens styrdokument och följs upp i delårsrapporten och i "
        "verksamhetsberättelsen."
    )
    commented = w.para(
        "Antalet hushåll med ekonomiskt bistånd har minskat med elva procent sedan 2023, men "
        "de som är kvar har ofta längre väg till arbete."
    )
    w.doc.add_comment(
        commented.runs,
        text="Uppdatera med helårssiffran när bokslutet är klart.",
        author="Anna Berg",
        initials="AB",
    )
    w.expected.comments.append("Uppdatera med helårssiffran när bokslutet är klart.")
    w.chapter("Uppdrag och verksamhet")
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, "
        "arbetsmarknadsinsatser och stöd till våldsutsatta. Förvaltningen har omkring 210 "
        "medarbetare i fyra avdelningar."
    )
    w.bullets(
        "Barn och familj",
        "Vuxen och missbruk",
        "Försörjning och arbetsmarknad",
        "Stab och administration",
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Bristen på socionomer med erfarenhet gör att nämnden fortsatt köper konsulter för "
        "barnutredningar. Målet är att helt sluta med det till 2028.",
        "Den nya socialtjänstlagen ställer krav på mer förebyggande arbete. Nämnden flyttar "
        "därför resurser från placeringar till öppenvård nära hemmet.",
    )


def _indicator_table(w: Writer, goal: str, rows: list[Row], footnote: bool) -> None:
    header = ["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027", "Mål 2028"]
    body = [
        [name, cell_text(a, unit), cell_text(b, unit), cell_text(c, unit), cell_text(d, unit)]
        for name, unit, a, b, c, d in rows
    ]
    table = w.table([header, *body], widths=[7.2, 2.3, 2.3, 2.3, 2.3])
    for name, unit, a, b, c, d in rows:
        outcomes = {y: v for y, v in ((2024, a), (2025, b)) if v is not None}
        # Two outcome years: both are utfall, the latest is the nuläge.
        w.expected.indicators.append(
            Indicator(
                goal,
                name,
                unit,
                2025 if b is not None else None,
                b,
                {y: v for y, v in ((2027, c), (2028, d)) if v is not None},
                outcomes,
            )
        )
    if footnote:
        # A footnote on the third indicator's name, and its 2028 target revised with tracked
        # changes ("Öka" replaced "Minst 75 %").
        name = rows[2][0]
        set_cell_paragraph(
            table.cell(3, 0),
            element(
                p(r(name))[: -len("</w:p>")]
                + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                '<w:footnoteReference w:id="1"/></w:r></w:p>'
            ),
        )
        set_cell_paragraph(
            table.cell(3, 4), element(p(deleted("Minst 75 %", 31), inserted("Öka", 32)))
        )
        w.expected.absent.append("Minst 75 %")


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    w.para(
        "Målen utgår från fullmäktiges målområden. Under varje mål visar en tabell hur målet "
        "mäts, utfallet de två senaste åren och målnivån för planperioden."
    )
    first = True
    for area, goals in GOALS:
        w.heading(area, 2)
        w.structure(area)
        for goal, rows in goals:
            w.heading(goal, 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            _indicator_table(w, goal, rows, first)
            first = False
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Uppdrag från kommunfullmäktige")
    w.para("Fullmäktige har i budgeten gett nämnden följande uppdrag.")
    # Judgement: an uppdrag is work the nämnd must carry out, so a perfect import makes each
    # an activity of the plan with the status the table gives; the kommentar is its text.
    rows = [
        [
            "Ta fram en plan för att avveckla konsulter i barnutredningar",
            "Pågår",
            "Plan redovisas i mars 2027.",
        ],
        [
            "Utreda ett gemensamt mottagningsteam med Norrvik kommun",
            "Ej påbörjad",
            "Startar när avtalet är klart.",
        ],
        ["Införa digital ansökan om ekonomiskt bistånd", "Klart", "Infört i oktober 2026."],
    ]
    w.table([["Uppdrag", "Status", "Kommentar"], *rows], widths=[8, 2.5, 6])
    statuses = {"Pågår": "pagar", "Ej påbörjad": "ej_paborjad", "Klart": "klart"}
    w.expected.activities += [Activity(u, status=statuses[s]) for u, s, _ in rows]


RR: list[tuple[str, list[int | None]]] = [
    ("Bidrag", [-18_420, -17_900, -16_250]),
    ("Avgifter och ersättningar", [-4_310, -4_200, -4_500]),
    ("Personalkostnader", [141_870, 146_300, 151_900]),
    ("Lokalkostnader", [12_640, 13_100, 13_480]),
    ("Ekonomiskt bistånd", [62_115, 60_000, 58_500]),
    ("Köpta platser", [48_902, 44_000, 41_200]),
    ("Övriga kostnader", [17_243, 19_500, 18_870]),
]
DRIFT: list[tuple[str, list[int]]] = [
    ("Nämnd och ledning", [8_112, 8_400, 8_650]),
    ("Barn och familj", [78_430, 76_900, 77_100]),
    ("Vuxen och missbruk", [51_020, 49_600, 48_300]),
    ("Försörjning och arbetsmarknad", [122_478, 123_900, 126_950]),
    ("Stöd till våldsutsatta", [0, 2_000, 2_200]),
]


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 263,2 miljoner kronor. Köpta platser minskar när "
        "öppenvården byggs ut, medan personalkostnaderna ökar med löneöversynen."
    )
    keys = [("utfall", 2025), ("budget", 2026), ("budget", 2027)]
    w.para(("b", "Resultaträkning"))
    w.structure("Resultaträkning")
    rows = [
        ["", "Utfall", "Budget", "Budget"],
        ["", "2025", "2026", "2027"],
        ["(tkr)", "", "", ""],
    ]

    def line(name: str, amounts: list[int | None]) -> list[str]:
        w.expected.budget.append(
            BudgetRow(
                "resultat",
                name,
                {k: D(a) for k, a in zip(keys, amounts, strict=True) if a is not None},
            )
        )
        return [name, *(sv(a) if a is not None else "" for a in amounts)]

    incomes, costs = RR[:2], RR[2:]
    rows += [line(n, a) for n, a in incomes]
    s_in = [sum(a[i] or 0 for _, a in incomes) for i in range(3)]
    rows.append(["Summa intäkter", *(sv(x) for x in s_in)])
    w.totals(*rows[-1])
    rows.append(["", "", "", ""])
    rows += [line(n, a) for n, a in costs]
    s_cost = [sum(a[i] or 0 for _, a in costs) for i in range(3)]
    rows.append(["Summa kostnader", *(sv(x) for x in s_cost)])
    w.totals(*rows[-1])
    rows.append(["", "", "", ""])
    net = [a + b for a, b in zip(s_in, s_cost, strict=True)]
    rows.append(["Nettokostnad", *(sv(x) for x in net)])
    w.totals(*rows[-1])
    w.structure("(tkr)")
    w.table(rows, header_rows=2, widths=[7, 3, 3, 3])
    w.para("")
    w.para(("b", "Driftbudget per verksamhet (tkr)"))
    w.structure("Driftbudget per verksamhet (tkr)")
    drows = [["Verksamhet", "Utfall 2025", "Budget 2026", "Budget 2027"]]
    for name, amounts in DRIFT:
        drows.append([name, *(sv(a) for a in amounts)])
        w.expected.budget.append(
            BudgetRow("drift", name, {k: D(a) for k, a in zip(keys, amounts, strict=True)})
        )
    total = [sum(a[i] for _, a in DRIFT) for i in range(3)]
    assert total == net, (total, net)
    drows.append(["Total", *(sv(x) for x in total)])
    w.totals(*drows[-1])
    w.table(drows, widths=[7, 3, 3, 3])
    w.para("")


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Risker bedöms som sannolikhet (S) gånger konsekvens (K) på en skala 1–4. Planen tar "
        "med risker med värdet 8 eller mer."
    )
    header = ["Risk", "Riskbedömning (S×K)", "Kontrollmoment", "Ansvarig", "Tidpunkt"]
    rows = [
        [
            "Utbetalning av ekonomiskt bistånd till fel mottagare",
            "3×4=12",
            "Stickprov på 25 utbetalningar mot beslut och kontouppgifter",
            "Enhetschef försörjning",
            "April och oktober",
        ],
        [
            "Förhandsbedömningar görs inte inom 14 dagar",
            "3×3=9",
            "Uttag ur verksamhetssystemet av alla orosanmälningar",
            "Enhetschef barn och familj",
            "Varje kvartal",
        ],
        [
            "Placeringar görs hos utförare utan avtal",
            "2×4=8",
            "Genomgång av alla nya placeringar mot avtalslistan",
            "Controller",
            "Varje tertial",
        ],
    ]
    w.table([header, *rows], widths=[4.5, 2.5, 5, 3, 2.5], size=8)
    # Judgement: the Risk column names a risk, not a process, so no process is expected.
    w.expected.controls += [Control(row[2]) for row in rows]


def build_j(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Västerbro kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Nämndplan 2027–2028",
        ordforande="Leila Andersson (C)",
        forvaltningschef="Per-Erik Dahl",
        diarienummer="SN 2026/388",
    )
    w = Writer("J-socialnämnd-målområden", front)
    _cover(w)
    _intro(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _control(w)
    expected = w.save(path)
    add_footnote_part(path, FOOTNOTE)
    return expected
