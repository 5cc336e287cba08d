"""Corpus document DD: an individ- och familjeomsorg's plan in Hälleby kommun, shaped as a
socialförvaltning writes it: a title line naming verksamhet, kommun and period over a few
cover lines; a typed table of contents (TAB before the page number, some lines with typed dot
leaders); the kommun's goals as a perspective matrix "1 Medborgare | 2 Utveckling | 3 Process |
4 Medarbetare | 5 Ekonomi" whose cells are coded goals "1:1 …" (columns of unequal length,
empty cells); the verksamhet's own goals as bold plain lines "Mål 1:2" (the KF goal's code),
each followed by plain paragraphs, one goal each, with its nuläge and measurement written in
it ("Nuläge 2025: 9 %. Mäts genom … Enhetschef mäter en gång per år."); a three-column
strategies table; numbered strategies "1, …" with "Hur? …" lines; an activities table
"Projekt - genomförande ¹ | Beskrivning | Tillhör verksamhet | Ev. beräknad kostnad" with the
footnote "¹ …" as a merged row in its middle; a monthly volume table "MÅTT | Bokslut 2024 |
Bokslut 2025 | Plan 2026 | Utfall jan … Utfall dec" (okt-dec still empty) with a "- varav"
sub-row and "-" cells, a note line under it; the budget as small "Resultaträkning, tkr" tables,
one per verksamhet (intäkter, kostnader negative, nettokostnader; plan years empty, 0 in the
net row), the first the IFO total, the last (EKB) under a caption with a note "(… ingår ej i
…)"; a short internkontroll table. The page header repeats a running line.

Expected (what a perfect import gives): the front matter from the title and cover lines; six
chapters (the headings over the KF goals alone and over the activities' tables alone hold no
chapter's text: they are structure); the twelve KF goals of the matrix (niva "kf", without
their codes); fourteen goals of the verksamhet (each its first sentence) with eleven
indicators (named by the sentence's subject, "Andelen X ska vara minst 90 %" as "Andel X"
with the target "Minst 90 %", the unit from the figures; nuläge 2025, target 2027, the year
the plan starts); eight activities with their verksamhet and cost (tkr or egen tid); eight
volume rows (the "- varav" row under its main row) with their printed cells and the note;
six driftbudget rows, one per verksamhet, with the nettokostnader row's amounts (Redovisat
2025 as bokslut, the plan years' printed 0 kept); four controls with their process. The
"Mål 1:2" labels, the intäkter/kostnader labels and the IFO total table are structure; the
table of contents and the running header are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_dd_parts import (
    ACTIVITIES,
    BUDGET,
    EKB,
    FOOTNOTE_AFTER,
    KF_GOALS,
    MONTHS,
    OWN_GOALS,
    PERSPECTIVES,
    STRATEGIES,
    STRATEGY_TABLE,
    VOLUME_NOTE,
    VOLUMES,
)
from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

TITLE = "Verksamhetsplan för individ- och familjeomsorgen i Hälleby kommun 2027-2029"
HEADER = "Socialförvaltningen – Verksamhetsplan IFO 2027–2029"
TOC = [
    ("Uppdrag och organisation", "2", ""),
    ("Kommunens mål", "4", ""),
    ("Individ- och familjeomsorgens utvalda mål", "5", ""),
    ("Kommunens strategier", "7", ""),
    ("Strategier inom individ- och familjeomsorgen", "8", "....."),
    ("Aktiviteter", "9", "....."),
    ("Budget", "11", ""),
    ("Intern kontroll", "13", ""),
]


def _cover(w: Writer) -> None:
    w.cover(TITLE, size=18, bold=True)
    w.cover("Socialnämnden i Hälleby kommun")
    w.cover("Dnr SN 2026/311")
    w.cover("Ordförande: Lena Virtanen (S)")
    w.cover("Förvaltningschef: Johan Ekdahl")
    w.para()
    w.para(("b", "Innehållsförteckning"), size=13)
    w.structure("Innehållsförteckning")
    for text, page, dots in TOC:
        w.para(f"{text}{dots}\t{page}")
        w.structure(f"{text}{dots}\t{page}")
        w.expected.absent.append(f"{text}{dots} {page}")
    header = w.doc.sections[0].header
    header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.page_break()


def _mission(w: Writer) -> None:
    w.chapter("Uppdrag och organisation")
    w.paras(
        "Socialförvaltningen arbetar på uppdrag av socialnämnden. Förvaltningen ger stöd och "
        "insatser inom de områden nämnden ansvarar för, och det är invånarnas behov som avgör "
        "hur insatserna utformas. Vi ska ge största möjliga nytta inom de ekonomiska ramar "
        "fullmäktige har beslutat.",
        "Individ- och familjeomsorgen (IFO) ansvarar för den sociala barn- och ungdomsvården, "
        "ekonomiskt bistånd, missbruks- och beroendevården, stödet till våldsutsatta och "
        "hemlösa samt socialpsykiatrin. Verksamheten ska vara rättssäker och effektiv med "
        "individens behov i centrum.",
        "Mottagningen är en väg in för nya anmälningar och ansökningar. Den gör den första "
        "bedömningen, lämnar råd och förmedlar ärendet vidare. Öppenvården ger familjebehandling "
        "och stöd till vuxna och unga med missbruk, och utför drogtester.",
        "Barn och familj utreder och följer upp insatser för barn, unga och deras familjer. "
        "Familjerätten gör utredningar enligt föräldrabalken och håller samarbetssamtal. "
        "Vuxenenheten utreder och beviljar stöd till vuxna med missbruk eller psykisk ohälsa och "
        "handlägger ekonomiskt bistånd.",
        "Socialpsykiatrin ger sysselsättning och boendestöd till vuxna med psykisk "
        "funktionsnedsättning. Sociala jouren ansvarar för socialtjänstens uppdrag efter "
        "kontorstid och på helger, i samverkan med fyra grannkommuner.",
    )


def _kf_goals(w: Writer) -> None:
    w.heading("Kommunens mål", 1)  # a heading over the KF goals alone: no chapter's text
    w.structure("Kommunens mål")
    depth = max(len(c) for c in KF_GOALS)
    rows = [PERSPECTIVES]
    for r in range(depth):
        rows.append([f"{c[r][0]} {c[r][1]}" if r < len(c) else "" for c in KF_GOALS])
    w.table(rows, widths=[3.3] * 5, size=8)
    for column in KF_GOALS:
        w.expected.goals += [Goal(text, "kf") for _, text in column]


def _own_goals(w: Writer) -> None:
    w.chapter("Individ- och familjeomsorgens utvalda mål")
    w.para(
        "Av kommunens mål har IFO valt de som verksamheten kan påverka mest. Under varje mål "
        "står vad vi ska uppnå och hur det mäts. Målnivåerna gäller 2027."
    )
    code = ""
    for kf, goal, rest, ind in OWN_GOALS:
        if kf != code:
            code = kf
            w.para(("b", f"Mål {kf}"))
            w.structure(f"Mål {kf}")
        w.para(f"{goal} {rest}".strip())
        w.expected.goals.append(Goal(goal))
        if ind is not None:
            name, unit, now, target = ind
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, now, {2027: target}))


def _strategies(w: Writer) -> None:
    w.chapter("Kommunens strategier")
    w.para("Kommunens åtta strategier gäller alla nämnder. Här är de fem som väger tyngst för oss.")
    w.table(STRATEGY_TABLE, widths=[4.2, 6.0, 6.4])
    w.chapter("Strategier inom individ- och familjeomsorgen")
    for strategy, how in STRATEGIES:
        w.para(strategy)
        if how:
            w.para(how)
        w.para()


def _activities(w: Writer) -> None:
    w.heading("Aktiviteter", 1)  # a heading over tables alone: no chapter's text
    w.structure("Aktiviteter")
    header = ["Projekt - genomförande ¹", "Beskrivning", "Tillhör verksamhet"]
    rows = [[*header, "Ev. beräknad kostnad"]]
    footnote = "¹ Beslutade projekt i genomförandefasen enligt kommunens projektmodell."
    merges = []
    for n, (name, text, unit, cost) in enumerate(ACTIVITIES):
        if n == FOOTNOTE_AFTER:
            merges.append((len(rows), 0, len(rows), 3))
            rows.append([footnote, "", "", ""])
        shown = cost if isinstance(cost, str) else f"{cost} tkr"
        rows.append([name, text, unit, shown])
        if isinstance(cost, str):
            w.structure(shown)  # kept as the activity's egen tid
        w.expected.activities.append(
            Activity(
                name,
                verksamhet=unit,
                kostnad=None if isinstance(cost, str) else D(cost),
                egen_tid=isinstance(cost, str),
            )
        )
    w.table(rows, merges=merges, widths=[3.8, 7.0, 3.4, 2.4])
    w.para()
    head = ["MÅTT", "Bokslut 2024", "Bokslut 2025", "Plan 2026"]
    head += [f"Utfall {m}" for m in MONTHS]
    rows = [head]
    parent = ""
    for name, b24, b25, p26, months in VOLUMES:
        cells = [b24, b25, p26, *months, "", "", ""]
        rows.append([name, *cells])
        values = {h: c for h, c in zip(head[1:], cells, strict=True) if c}
        is_sub = name.startswith("- varav")
        label = name.removeprefix("- ") if is_sub else name
        w.expected.key_figures.append(KeyRow("", label, values, parent if is_sub else ""))
        parent = parent if is_sub else name
    w.table(rows, keep_headers=True, widths=[3.4] + [0.85] * 15, size=7)
    w.para(VOLUME_NOTE)
    w.expected.notes.append(TableNote("", VOLUME_NOTE))


KEYS = [("bokslut", 2025), ("budget", 2026), ("prognos", 2026), ("budget", 2027)]
KEYS += [("plan", 2028), ("plan", 2029)]


def _result_table(w: Writer, name: str, income: list[int], cost: list[int], *, aug: bool) -> None:
    prognos = "Prognos 2026 aug" if aug else "Prognos 2026"
    head = ["Resultaträkning, tkr", "Redovisat 2025", "Budget 2026", prognos, "Budget 2027"]
    head += ["Plan 2028", "Plan 2029"]
    net = [i + c for i, c in zip(income, cost, strict=True)]
    rows = [
        head,
        [f"{name} intäkter", *(sv(a) for a in income), "", ""],
        [f"{name} kostnader", *(sv(a) for a in cost), "", ""],
        [f"{name} nettokostnader", *(sv(a) for a in net), "0", "0"],
    ]
    w.structure(rows[1][0], rows[2][0])
    w.table(rows, widths=[5.2] + [1.9] * 6)
    amounts = dict(zip(KEYS, (*net, 0, 0), strict=True))
    w.expected.budget.append(BudgetRow("drift", name, {k: D(v) for k, v in amounts.items()}))


def _budget(w: Writer) -> None:
    w.chapter("Budget")
    w.para(
        "Ramen för 2027 är 140 510 tkr netto. Kostnaderna för placeringar av barn och unga har "
        "ökat under 2026, och prognosen visar ett underskott på 1 200 tkr för barn och familj."
    )
    totals = [
        [sum(b[1][k] for b in BUDGET) for k in range(4)],
        [sum(b[2][k] for b in BUDGET) for k in range(4)],
    ]
    total = "Individ- och familjeomsorgen"
    net = [i + c for i, c in zip(*totals, strict=True)]
    head = ["Resultaträkning, tkr", "Redovisat 2025", "Budget 2026", "Prognos 2026"]
    head += ["Budget 2027", "Plan 2028", "Plan 2029"]
    rows = [
        head,
        [f"{total}s intäkter", *(sv(a) for a in totals[0]), "", ""],
        [f"{total}s kostnader", *(sv(a) for a in totals[1]), "", ""],
        [f"{total}s nettokostnader", *(sv(a) for a in net), "0", "0"],
    ]
    for row in rows[1:]:
        w.totals(*row)
    w.table(rows, widths=[5.2] + [1.9] * 6)
    for n, (name, income, cost) in enumerate(BUDGET):
        _result_table(w, name, income, cost, aug=n > 0)
    w.para()
    w.para(("b", "Ensamkommande barn och unga"))
    w.structure("Ensamkommande barn och unga")  # a budget table's caption, as in AE
    _result_table(w, EKB[0], EKB[1], EKB[2], aug=True)
    w.para("(Statens ersättning för ensamkommande ingår ej i IFO:s budgetram.)")
    w.structure("0")


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para("Nämnden har antagit följande kontroller för 2027. Resultatet redovisas i augusti.")
    rows = [
        ["Process", "Kontrollmoment", "Ansvarig", "Frekvens"],
        ["Ekonomiskt bistånd", "Stickprov av tio utbetalningar mot beslut", "Enhetschef",
         "Kvartal"],
        ["Barnavårdsutredning", "Kontroll att utredningar avslutas inom fyra månader",
         "Enhetschef", "Månad"],
        ["Placeringar", "Avtal och fakturor för HVB stäms av mot beslut", "Controller", "Halvår"],
        ["Dokumentation", "Aktgranskning av 20 akter", "Kvalitetsutvecklare", "En gång per år"],
    ]  # fmt: skip
    w.table(rows, widths=[3.5, 7.0, 3.0, 2.6])
    w.expected.controls += [Control(r[1], r[0]) for r in rows[1:]]


def build_dd(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Hälleby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Lena Virtanen (S)",
        forvaltningschef="Johan Ekdahl",
        diarienummer="SN 2026/311",
    )
    w = Writer("DD-ifo-perspektivmatris", front)
    _cover(w)
    _mission(w)
    _kf_goals(w)
    _own_goals(w)
    _strategies(w)
    _activities(w)
    _budget(w)
    _control(w)
    return w.save(path)
