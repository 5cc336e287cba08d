"""Corpus document DF: a kultur- och fritidsnämnd's verksamhetsplan 2027 in balanced-scorecard
style. A cover, narrative chapters as Heading 1, then "Mål och styrtal" with the four
perspectives as Heading 2 (Medborgare, Verksamhet, Medarbetare, Ekonomi), each opened by a
"Kritisk framgångsfaktor: …" line; each goal a Heading 3 "Mål n: …" with a line of prose and a
"Styrtal | Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2027" table (three years of
history, "–" where not measured; targets "≥ 85 %", "Öka", "Bibehålla", "> 3,5", "Minst
12 000"), except one goal whose styrtal are bullets "name: 2023: …, 2024: …, 2025: …. Målvärde
2027: …"; under each goal a bold "Aktiviteter 2027:" and a numbered list "1. …" (typed numbers
for most goals, Word's List Number for two), some items ending "(klart dec 2027, ansvar:
fritidschef)"; the driftbudget in mnkr with one decimal "Verksamhet | Budget 2026 | Budget 2027 |
Förändring" and a totals row; a key-figure table of visitors per facility 2022–2025 with a note;
internkontroll as "Risk | Sannolikhet | Konsekvens | Riskvärde | Kontrollmoment | Ansvarig". A
running page header.

Expected (what a perfect import gives): the front matter from the cover (period 2027–2027);
seven chapters (the perspectives are goal areas, not chapters); six nämndsmål (without "Mål n:")
with eighteen indicators, outcomes 2023–2025 (none for a "–"), no nuläge given, the 2027 target
as printed (unit "%" where the figures carry it); twelve activities, those with "(klart …,
ansvar: …)" with ansvarig and slutdatum (the month's last day), each with its goal as group;
eight driftbudget rows by (budget, 2026) and (budget, 2027) in mnkr as printed (the Förändring
column is derived: structure); seven key-figure rows and their note; five controls (no process
column). Table headers, the "Aktiviteter 2027:" labels, the cover labels and the totals row are
structure; the page header is absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.shared import Cm

from tests.word_shapes_df_parts import (
    BULLET_GOAL,
    CONTROL_HEADER,
    CONTROLS,
    DRIFT,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
    KEY_TITLE,
    PERSPECTIVES,
    GoalSpec,
)
from tests.word_shapes_docx import Writer, cell_text, sv
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

KOMMUN = "Tallmora kommun"
NAMND = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsplan 2027"
RUNNING = f"Tallmora kommun – {NAMND} – {TITLE}"
YEARS = (2023, 2024, 2025)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = RUNNING
    w.expected.absent.append(RUNNING)
    w.cover(KOMMUN.upper(), size=14, bold=True)
    w.cover(NAMND, size=14)
    w.para("")
    w.cover(TITLE, size=28, bold=True)
    w.cover("Styrkort med mål, styrtal, aktiviteter och budget", size=14)
    w.para("")
    w.para("")
    for line in (
        "Beslutad av kultur- och fritidsnämnden 2026-11-25, § 87",
        "Diarienummer: KFN 2026/154",
        "Ordförande: Annika Berglund (S)",
        "Kultur- och fritidschef: Johan Nyström",
    ):
        w.cover(line)
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur kultur- och fritidsnämnden ska arbeta under 2027 "
        "för att nå kommunfullmäktiges mål och nämndens egna mål. Planen är uppbyggd som ett "
        "styrkort med fyra perspektiv: medborgare, verksamhet, medarbetare och ekonomi.",
        "Under varje perspektiv anges en kritisk framgångsfaktor, alltså det som måste "
        "fungera för att nämnden ska lyckas. Till varje mål hör styrtal som visar om "
        "utvecklingen går åt rätt håll, och aktiviteter som ska genomföras under året.",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för folkbiblioteken, kulturskolan, fritidsgårdarna, allmänkultur "
        "och kulturarv, kommunens idrotts- och fritidsanläggningar med Tallmorabadet samt "
        "bidrag till föreningslivet. Förvaltningen har 96 tillsvidareanställda och ett "
        "sextiotal timavlönade, främst på badet och i kulturskolan."
    )
    w.chapter("Omvärld och utmaningar")
    w.para(
        "Befolkningen i Tallmora växer långsamt, men andelen invånare över 80 år och andelen "
        "barn i skolåldern ökar samtidigt. Det ställer krav på både mötesplatser för äldre och "
        "en fritid för barn och unga som är tillgänglig för alla."
    )
    w.bullets(
        "Energipriserna påverkar kostnaderna för badet och idrottshallarna kraftigt.",
        "Föreningarna har svårare att rekrytera ideella ledare.",
        "Allt fler invånare vill boka, låna och betala digitalt.",
    )


def _styrtal_table(w: Writer, rows: GoalSpec) -> None:
    header = ["Styrtal", *(f"Utfall {y}" for y in YEARS), "Målvärde 2027"]
    body = [header]
    for name, unit, outcomes, target in rows[2]:
        cells = [cell_text(o, unit) if o is not None else "–" for o in outcomes]
        body.append([name, *cells, target])
    w.table(body, widths=[7.4, 2.2, 2.2, 2.2, 2.6])
    w.structure("–")


def _styrtal_bullets(w: Writer, rows: GoalSpec) -> None:
    w.para(("b", "Styrtal"))
    w.structure("Styrtal")
    for name, unit, outcomes, target in rows[2]:
        parts = [f"{y}: {cell_text(o, unit)}" for y, o in zip(YEARS, outcomes, strict=True) if o]
        history = ", ".join(parts) if len(parts) > 1 else f"ny mätning, {parts[0]}"
        w.bullets(f"{name} – utfall {history}. Målvärde 2027: {target}.")


def _activities(w: Writer, goal: str, acts: GoalSpec, typed: bool) -> None:
    w.para(("b", "Aktiviteter 2027:"))
    w.structure("Aktiviteter 2027:")
    for n, (name, ending, who, day) in enumerate(acts[3], 1):
        if typed:
            p = w.para(f"{n}. {name}{ending}")
            p.paragraph_format.left_indent = Cm(0.6)
        else:
            w.bullets(f"{name}{ending}", numbered=True)
        w.expected.activities.append(Activity(name, who, day, group=goal))


def _goals(w: Writer) -> None:
    w.chapter("Mål och styrtal")
    w.para(
        "Målvärdena avser 2027. Utfallen för 2023–2025 hämtas från årsredovisningarna, "
        "Kolada och kommunens medarbetarenkät. Ett streck betyder att styrtalet inte mättes "
        "det året."
    )
    n = 0
    for perspective, factor, goals in PERSPECTIVES:
        w.heading(perspective, 2)
        w.para(("b", "Kritisk framgångsfaktor: "), ("i", factor))
        for spec in goals:
            n += 1
            goal = spec[0]
            w.heading(f"Mål {n}: {goal}", 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            w.para(spec[1])
            if goal == BULLET_GOAL:
                _styrtal_bullets(w, spec)
            else:
                _styrtal_table(w, spec)
            for name, unit, outcomes, target in spec[2]:
                given = {y: o for y, o in zip(YEARS, outcomes, strict=True) if o is not None}
                w.expected.indicators.append(
                    Indicator(goal, name, unit, outcomes=given, targets={2027: target})
                )
            _activities(w, goal, spec, typed=n not in (3, 5))


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi och budget")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 105,0 mnkr för 2027, vilket är 0,4 mnkr "
        "mer än 2026. Tallmorabadet håller stängt under tre månader 2027 för renovering av "
        "reningsverket, vilket sänker nettokostnaden där med 3,1 mnkr. Samtidigt ökar "
        "kostnaderna för idrottsanläggningarna till följd av högre energipriser."
    )
    caption = "Driftbudget per verksamhet, nettokostnad mnkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Budget 2026", "Budget 2027", "Förändring"]]
    for name, b26, b27 in DRIFT:
        change = sv(b27 - b26)
        rows.append([name, sv(b26), sv(b27), change])
        w.structure(change)
        amounts = {("budget", 2026): b26, ("budget", 2027): b27}
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    s26 = sum((r[1] for r in DRIFT), D(0))
    s27 = sum((r[2] for r in DRIFT), D(0))
    total = ["Summa nämnden", sv(s26), sv(s27), sv(s27 - s26)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[7.2, 3.0, 3.0, 3.0])
    w.para(("i", "Förändring = budget 2027 minus budget 2026. Negativt belopp = minskad kostnad."))
    w.structure("Förändring = budget 2027 minus budget 2026. Negativt belopp = minskad kostnad.")


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Tabellen visar antalet besökare på nämndens större anläggningar de senaste fyra åren.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[6.0, 2.4, 2.4, 2.4, 2.4])
    w.para(("i", KEY_NOTE), size=9)
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, values[0], given))
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskerna har bedömts av förvaltningens ledningsgrupp. Sannolikhet och konsekvens "
        "bedöms på en skala 1–4 och riskvärdet är produkten av dem. Risker med riskvärde 6 "
        "eller högre tas med i internkontrollplanen."
    )
    w.table([CONTROL_HEADER, *CONTROLS], widths=[4.2, 1.8, 1.8, 1.6, 5.2, 2.4], size=8)
    w.expected.controls += [Control(row[4]) for row in CONTROLS]


def build_df(path: Path) -> Expected:
    front = Front(
        namnd=NAMND,
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Annika Berglund (S)",
        forvaltningschef="Johan Nyström",
        diarienummer="KFN 2026/154",
    )
    w = Writer("DF-kultur-fritid-styrkort", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
