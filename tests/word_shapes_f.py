"""Corpus document F: a vård- och omsorgsnämnd's plan from a template of its own: the cover in
a one-row layout table, the kommun named only in the page header, chapters and goals in custom
paragraph styles ("Rubrik nivå 1/2", based on Normal, large and bold) with "Kapitel n –"
prefixes, goals as "Mål 1.2 …" headings with their indicators as a bulleted list under
"Indikatorer:" and their activities as a numbered list, a two-column "Nämndsmål | Indikatorer"
table with several indicators in one cell, a driftbudget in mnkr with one decimal, Unicode
minus, subtotals and a grand total, a resultaträkning with intäkter negative and an
internkontroll plan with risk values."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
)

MINUS = "\u2212"
H1 = "Rubrik nivå 1"
H2 = "Rubrik nivå 2"


def _styles(w: Writer) -> None:
    """The template's own heading styles: Normal made large and bold, no outline level."""
    for name, size in ((H1, 16), (H2, 13)):
        style = w.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = w.doc.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.paragraph_format.space_before = Pt(12)


def _chapter(w: Writer, text: str) -> None:
    w.expected.chapters.append(text)
    w.para(text, style=H1)


def _cover(w: Writer) -> None:
    table = w.doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("Vård- och omsorgsnämnden").bold = True
    lines = ["Verksamhetsplan 2027–2029", "Beslutad av nämnden 2026-11-19", "Dnr VON 2026/214"]
    right.paragraphs[0].add_run(lines[0]).font.size = Pt(24)
    for line in lines[1:]:
        right.add_paragraph(line)
    w.structure("Vård- och omsorgsnämnden", *lines, " ".join(lines))
    w.para("")
    w.cover("Ordförande: Karin Holmqvist (S)")
    w.cover("Förvaltningschef: Mats Lindgren")
    w.page_break()


def _intro(w: Writer) -> None:
    _chapter(w, "Kapitel 1 – Inledning")
    w.paras(
        "Den här planen visar vad nämnden vill uppnå under de kommande tre åren och hur "
        "pengarna fördelas. Den bygger på fullmäktiges budget och på de behov som "
        "förvaltningen ser i hemtjänsten, på boendena och i stödet till personer med "
        "funktionsnedsättning.",
        "Andelen invånare över 80 år växer snabbare än befolkningen i stort. Fram till 2030 "
        "väntas gruppen öka med nästan en tredjedel, medan antalet personer i arbetsför ålder "
        "står still. Det ställer krav på nya arbetssätt, på välfärdsteknik och på att vi "
        "behåller de medarbetare vi har.",
    )
    _chapter(w, "Kapitel 2 – Omvärld och förutsättningar")
    w.paras(
        "Kostnaderna för köpta platser inom LSS har ökat tre år i rad. Nämnden planerar "
        "därför två nya gruppbostäder i egen regi, den första klar under 2028.",
        "Sjukfrånvaron har sjunkit från 9,8 till 8,6 procent på två år men är fortfarande "
        "hög på boendena. Arbetet med heltid som norm fortsätter.",
    )
    w.bullets(
        "Fler äldre med stora behov av vård i hemmet",
        "Svårt att rekrytera sjuksköterskor och arbetsterapeuter",
        "Höjda priser på livsmedel och energi",
    )
    w.para(("b", "Medarbetare"))
    w.structure("Medarbetare")
    w.paras(
        "Förvaltningen har drygt 780 tillsvidareanställda. Medelåldern är 46 år och var femte "
        "medarbetare kan gå i pension inom tio år. Rekryteringen av undersköterskor klarar "
        "sig ännu, men för legitimerad personal är konkurrensen hård.",
        "Nämnden vill att fler ska arbeta heltid. Sedan 2024 erbjuds alla nyanställda heltid, "
        "och andelen som arbetar heltid har ökat från 61 till 68 procent.",
    )
    w.para(("b", "Välfärdsteknik"))
    w.structure("Välfärdsteknik")
    w.para(
        "Digitala läkemedelsskåp, nattkameror och videosamtal med anhöriga har prövats på två "
        "enheter. Erfarenheterna är goda och tekniken införs nu i hela hemtjänsten."
    )


IndLine = tuple[str, str, D | str, D | str | None]
"""A bulleted indicator: name, unit, target 2027, utfall 2025 (None when not given)."""


def _bullet(name: str, unit: str, target: D | str, base: D | str | None) -> str:
    shown = sv(target, unit) if isinstance(target, D) else target
    text = f"{name} – målvärde 2027: {shown}"
    if base is not None:
        was = sv(base, unit) if isinstance(base, D) else base
        text += f" (utfall 2025: {was})"
    return text


def _goal_heading(
    w: Writer, label: str, goal: str, inds: list[IndLine], acts: list[tuple[str, str]]
) -> None:
    # The label, the "– målvärde" bullets and "(ansvar: …)" lines are checked as items; as
    # texts a perfect import holds them in its own words (structure).
    w.para(f"{label} {goal}", style=H2)
    w.structure(f"{label} {goal}")
    w.expected.goals.append(Goal(goal))
    w.para(("b", "Indikatorer:"))
    w.structure("Indikatorer:")
    w.bullets(*(_bullet(*i) for i in inds))
    w.structure(*(_bullet(*i) for i in inds))
    for name, unit, target, base in inds:
        w.expected.indicators.append(
            Indicator(
                goal,
                name,
                unit,
                2025 if base is not None else None,
                base,
                {2027: target},
            )
        )
    w.para(("b", "Aktiviteter:"))
    w.structure("Aktiviteter:")
    w.bullets(*(f"{a} (ansvar: {who})" for a, who in acts), numbered=True)
    w.structure(*(f"{a} (ansvar: {who})" for a, who in acts))
    w.expected.activities += [Activity(a, who) for a, who in acts]


def _goals(w: Writer) -> None:
    _chapter(w, "Kapitel 3 – Mål och indikatorer")
    w.para(
        "Nämndens mål utgår från fullmäktiges inriktningsmål. Under varje mål anges hur det "
        "mäts och vilka aktiviteter som ska genomföras under 2027."
    )
    w.para(("b", "Målområde 1 Trygg och värdig ålderdom"))
    w.structure("Målområde 1 Trygg och värdig ålderdom")
    kf = "Invånarna får en vård och omsorg som utgår från den enskildes behov och önskemål."
    w.para(("b", "Kommunfullmäktiges inriktningsmål: "), kf)
    w.expected.goals.append(Goal(kf, "kf"))
    _goal_heading(
        w,
        "Mål 1.1",
        "Äldre personer kan bo kvar hemma så länge de vill och får stöd att klara vardagen.",
        [
            ("Andel brukare som är nöjda med hemtjänsten som helhet", "%", D(90), D(86)),
            ("Antal olika personal som besöker en brukare under 14 dagar", "", D(12), D(15)),
            ("Andel brukare med genomförandeplan som är uppdaterad", "%", D(95), D(81)),
        ],
        [
            ("Införa digital nattillsyn för alla som önskar det", "Enhetschef hemtjänst"),
            ("Planera hemtjänstens turer med fasta team per område", "Verksamhetschef"),
        ],
    )
    _goal_heading(
        w,
        "Mål 1.2",
        "Den som bor på särskilt boende känner sig trygg och har meningsfulla dagar.",
        [
            ("Andel boende som känner sig trygga på boendet", "%", D(92), D(88)),
            ("Andel boende som är nöjda med aktiviteterna", "%", D(70), D(59)),
            ("Kvalitetsregister Senior alert, andel riskbedömda", "", "Minst 90 %", None),
        ],
        [
            ("Utbilda alla undersköterskor i värdegrundsarbete", "Kvalitetsutvecklare"),
            ("Erbjuda minst en aktivitet utomhus varje vecka", "Enhetschefer särskilt boende"),
        ],
    )
    w.para(("b", "Målområde 2 Delaktighet och självbestämmande"))
    w.structure("Målområde 2 Delaktighet och självbestämmande")
    w.para(
        "Inom LSS och socialpsykiatri formuleras nämndens mål tillsammans med brukarråden. "
        "Tabellen visar målen och hur de följs upp."
    )
    goals = [
        (
            "Personer med funktionsnedsättning har en meningsfull sysselsättning.",
            [
                ("Andel med daglig verksamhet som upplever att de får bestämma om saker", "%"),
                ("Antal personer som gått från daglig verksamhet till anställning", ""),
            ],
        ),
        (
            "Brukarna är delaktiga i planeringen av sina insatser.",
            [
                ("Andel brukare som varit med och tagit fram sin genomförandeplan", "%"),
                ("Andel brukare som vet vem de ska kontakta vid synpunkter", "%"),
                ("Antal möten i brukarrådet per år", ""),
            ],
        ),
    ]
    table = w.doc.add_table(rows=len(goals) + 1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).paragraphs[0].add_run("Nämndsmål").bold = True
    table.cell(0, 1).paragraphs[0].add_run("Indikatorer").bold = True
    w.structure("Nämndsmål", "Indikatorer")
    for row, (goal, inds) in enumerate(goals, start=1):
        table.cell(row, 0).paragraphs[0].add_run(goal)
        cell: Any = table.cell(row, 1)
        cell.paragraphs[0].add_run(inds[0][0])
        for name, _ in inds[1:]:
            cell.add_paragraph(name)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.expected.indicators += [Indicator(goal, name, unit) for name, unit in inds]
    w.para("")


def _budget(w: Writer) -> None:
    _chapter(w, "Kapitel 4 – Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 412,6 mnkr, en ökning med 14,3 mnkr jämfört med 2026. "
        "Ökningen täcker löner, prisökningar och volymökningen i hemtjänsten."
    )
    w.para(("b", "Driftbudget per verksamhet, nettokostnad (mnkr)"))
    w.structure("Driftbudget per verksamhet, nettokostnad (mnkr)")
    header = ["Verksamhet", "Utfall 2025", "Budget 2026", "Budget 2027", "Förändring"]
    groups = [
        (
            "Summa vård och omsorg",
            [
                ("Hemtjänst", "98.4", "101.2", "107.9"),
                ("Särskilt boende", "142.7", "146.0", "151.3"),
                ("Hälso- och sjukvård", "31.5", "33.8", "34.6"),
            ],
        ),
        (
            "Summa funktionsstöd",
            [
                ("Boende enligt LSS", "64.2", "68.5", "70.4"),
                ("Daglig verksamhet", "22.9", "23.6", "24.1"),
                ("Personlig assistans", "18.3", "19.2", "18.6"),
            ],
        ),
        (
            "Summa gemensamt",
            [
                ("Nämnd och förvaltningsledning", "6.1", "6.0", "6.2"),
                ("Gemensamma intäkter", "-1.8", "0.0", "-0.5"),
            ],
        ),
    ]
    keys = [("utfall", 2025), ("budget", 2026), ("budget", 2027)]
    rows = [header]
    grand = [D(0), D(0), D(0)]
    for total, lines in groups:
        sums = [D(0), D(0), D(0)]
        for name, *figures in lines:
            amounts = [D(f) for f in figures]
            change = amounts[2] - amounts[1]
            rows.append([name, *(sv(a, minus=MINUS) for a in amounts), sv(change, minus=MINUS)])
            w.expected.budget.append(
                BudgetRow("drift", name, dict(zip(keys, amounts, strict=True)))
            )
            sums = [s + a for s, a in zip(sums, amounts, strict=True)]
        cells = [total, *(sv(s, minus=MINUS) for s in sums), sv(sums[2] - sums[1], minus=MINUS)]
        rows.append(cells)
        w.totals(*cells)
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
    cells = ["Nämnden totalt", *(sv(g, minus=MINUS) for g in grand)]
    cells.append(sv(grand[2] - grand[1], minus=MINUS))
    rows.append(cells)
    w.totals(*cells)
    w.table(rows, widths=[6.5, 2.4, 2.4, 2.4, 2.4])
    w.para("")
    w.para(("b", "Resultaträkning (mnkr)"))
    w.structure("Resultaträkning (mnkr)")
    lines = [
        ("Intäkter", "-52.4", "-49.8", "-51.0"),
        ("Personalkostnader", "318.6", "326.1", "338.7"),
        ("Lokalkostnader", "41.2", "42.9", "44.0"),
        ("Övriga kostnader", "70.3", "74.8", "75.2"),
        ("Kapitalkostnader", "4.6", "4.3", "5.7"),
    ]
    rr = [["", "Utfall 2025", "Budget 2026", "Budget 2027"]]
    for name, *figures in lines:
        amounts = [D(f) for f in figures]
        rr.append([name, *(sv(a, minus=MINUS) for a in amounts)])
        w.expected.budget.append(BudgetRow("resultat", name, dict(zip(keys, amounts, strict=True))))
    costs = [sum(D(x[i]) for x in lines[1:]) for i in range(1, 4)]
    net = [c + D(lines[0][i + 1]) for i, c in enumerate(costs)]
    for label, values in (("Summa kostnader", costs), ("Nettokostnad", net)):
        cells = [label, *(sv(v, minus=MINUS) for v in values)]
        rr.append(cells)
        w.totals(*cells)
    w.table(rr, widths=[6.5, 2.6, 2.6, 2.6])
    w.para("")
    assert net[2] == grand[2], (net, grand)


def _control(w: Writer) -> None:
    _chapter(w, "Kapitel 5 – Intern kontroll")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens, båda på en skala 1–4. Risker med "
        "värde 9 eller högre tas med i planen."
    )
    header = [
        "Process/rutin",
        "Risk",
        "Sannolikhet",
        "Konsekvens",
        "Riskvärde",
        "Kontrollmetod",
        "Ansvarig",
        "Frekvens",
    ]
    rows = [
        [
            "Läkemedelshantering",
            "Brukare får fel läkemedel eller fel dos",
            "3",
            "4",
            "12",
            "Stickprov på tio signeringslistor per enhet",
            "MAS",
            "Två gånger per år",
        ],
        [
            "Avgiftshandläggning",
            "Avgift tas ut med fel belopp",
            "3",
            "3",
            "9",
            "Granskning av 20 slumpvis valda avgiftsbeslut",
            "Avgiftshandläggare",
            "Årligen",
        ],
        [
            "Lex Sarah",
            "Rapporter utreds inte inom rimlig tid",
            "2",
            "4",
            "8",
            "Genomgång av ärendeloggen för lex Sarah",
            "Kvalitetsutvecklare",
            "Kvartalsvis",
        ],
        [
            "Inköp",
            "Köp görs utanför avtal",
            "4",
            "4",
            "16",
            "Kontroll av leverantörsfakturor mot avtalsdatabasen",
            "Controller",
            "Tertialvis",
        ],
    ]
    w.table([header, *rows], size=8)
    w.expected.controls += [Control(r[5], r[0]) for r in rows]


def build_f(path: Path) -> Expected:
    # The kommun is named only in the page header: the header is no text of the plan, but
    # the kommun's name in it is the plan's kommun.
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Älvdala kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027–2029",
        ordforande="Karin Holmqvist (S)",
        forvaltningschef="Mats Lindgren",
        diarienummer="VON 2026/214",
    )
    w = Writer("F-egna-rubrikformat", front)
    w.doc.sections[0].header.paragraphs[0].text = "Älvdala kommun\tSidhuvudets egen rad"
    w.expected.absent.append("Sidhuvudets egen rad")
    _styles(w)
    _cover(w)
    _intro(w)
    _goals(w)
    _budget(w)
    _control(w)
    return w.save(path)
