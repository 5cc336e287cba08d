"""Corpus document DV: the verksamhetsplan 2027 of a gemensam överförmyndarnämnd for three small
Dalarna kommuner (Tallmora, the värdkommun, Vansjö and Granberga), written blind by the
nämnd's only handläggare as a short plan mostly in prose. Its conventions, chosen because the
corpus had not combined them:

- a cover naming the three kommuner on one line, the värdkommun in a sentence, labels without
  colons ("Ordförande Gunnar Lindh (C)", "Vice ordförande …"), the diarienummer as "Dnr …",
  and "Upprättad av Karin Ekström, handläggare" where a larger nämnd names its
  förvaltningschef: a gemensam överförmyndarnämnd this small has a kansli in the värdkommun
  and no förvaltning of its own, and the handläggare who writes the plan signs it;
- goals as bold "Mål n. …" paragraphs with a prose paragraph under each, over indicator
  tables whose nuläge is given per member kommun: "Indikator | Nuläge 2025 (Tallmora | Vansjö
  | Granberga | Samtliga) | Mål 2027", two header rows, the target only for the nämnd as a
  whole, "–" in the kommun cells of measures taken for the whole nämnd (an enkät, the
  telephone statistics, joint courses) and "*" for a share on too few cases, explained in a
  line under the table. A gemensam nämnd reports to three kommunfullmäktige, each of which
  asks for its own kommun's figures, so per-kommun columns beside a total are what such
  plans and their årsredovisningar print;
- activities in a "Tidplan" table "Aktivitet | Mål | Ansvarig" grouped by shaded merged
  quarter rows ("Kvartal 2 (april–juni)", "Pågår under hela året"): the date is the group, not
  a column, as a one-person kansli plans its year; the goal is linked as "Mål 3";
- the budget as a resultatbudget by cost type in tkr ("Bokslut 2025 | Budget 2026 | Budget
  2027") with "Kostnader"/"Intäkter" label rows, "Summa kostnader", the other kommuner's
  payment as a negative intäkt with U+2212 and "Nettokostnad" – a gemensam nämnd's budget is
  one verksamhet, so it is written by cost type – and the cost split by the number of cases
  ("Kommun | Ärenden 31 dec 2025 | Andel | Kostnad 2027, tkr") that samverkansavtal for
  överförmyndare commonly use;
- cases per kommun as key figures with the kommuner as columns and "Samtliga 2025 | Samtliga
  2024", a "Summa ärenden" row among the rows and a source note; internkontroll "Rutin |
  Kontrollmoment | Metod och omfattning | När | Rapporteras"; a running header and footer.

Expected (what a careful secretary enters; BL's precedent for column groups): the front
matter (kommun = the värdkommun, period 2027–2027, no förvaltningschef: the handläggare is
not one); nine chapters; five nämnd goals without "Mål n."; ten indicators under their own
names with the "Samtliga" figure as nuläge 2025 and the nämnd's 2027 target, and for each
kommun cell holding a figure an indicator "<name> – <kommun>" with that nuläge and no target
("–" and "*" give none); nine activities with ansvarig, the quarter's last day as slutdatum
(31 December for "Pågår under hela året") and their goal as group; nine resultat rows (eight
costs and the negative intäkt) by bokslut 2025, budget 2026 and budget 2027, the sums and
Nettokostnad structure; the cost split and the cases as key-figure tables kept as printed
(their "Totalt" and "Summa ärenden" rows with them, as DR keeps its "Summa"), the cases' note;
five controls with their process. Header cells, group rows, cover lines and goal labels are
structure; the running header and footer are absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
from tests.word_shapes_dv_parts import (
    ACTIVITIES,
    CASES_HEADER,
    CASES_NOTE,
    CASES_ROWS,
    CASES_TITLE,
    CONTROL_HEADER,
    CONTROLS,
    COSTS,
    FEW,
    GOALS,
    INCOME,
    KOMMUNER,
    NA,
    QUARTER_END,
    RESULT_KEYS,
    SPLIT_HEADER,
    SPLIT_ROWS,
    SPLIT_TITLE,
)
from tests.word_shapes_model import (
    Activity,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

HEADER = "Överförmyndarnämnden Tallmora – Vansjö – Granberga"
FOOTER = "Verksamhetsplan 2027 | Dnr ÖFN 2026/58"
MINUS = "\u2212"


def _shade(cell: Any, fill: str = "D9E2F3") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]
    w.cover("TALLMORA KOMMUN  ·  VANSJÖ KOMMUN  ·  GRANBERGA KOMMUN", size=10, bold=True)
    w.para("")
    w.cover("Överförmyndarnämnden", size=18, bold=True)
    w.cover(
        "Gemensam nämnd för Tallmora, Vansjö och Granberga kommuner. "
        "Värdkommun är Tallmora kommun.",
        size=11,
    )
    w.para("")
    w.cover("Verksamhetsplan 2027", size=28, bold=True)
    w.para("")
    w.cover("Antagen av överförmyndarnämnden 2026-11-26, § 41", size=10)
    w.cover("Dnr ÖFN 2026/58", size=10)
    w.para("")
    w.cover("Ordförande Gunnar Lindh (C)", size=10)
    w.cover("Vice ordförande Maj-Britt Olsson (S)", size=10)
    w.cover("Upprättad av Karin Ekström, handläggare", size=10)
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Det här är överförmyndarnämndens verksamhetsplan för 2027. Den beskriver vad nämnden "
        "vill uppnå under året, hur arbetet ska följas upp och hur budgeten fördelas mellan "
        "de tre kommunerna.",
        "Planen är kort eftersom verksamheten är liten. Det mesta av nämndens arbete styrs av "
        "föräldrabalken och förmynderskapsförordningen, och utrymmet för egna prioriteringar "
        "ligger främst i hur snabbt och hur väl tillsynen utförs.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.paras(
        "Överförmyndarnämnden är sedan 2019 gemensam för Tallmora, Vansjö och Granberga "
        "kommuner. Nämnden ingår i Tallmora kommuns organisation och har fem ledamöter: tre "
        "från Tallmora och en vardera från Vansjö och Granberga.",
        "Kansliet finns i Tallmora kommunhus och består av en handläggare på heltid och en "
        "assistent på halvtid. Vid semester och sjukdom finns ett avtal om stöd från "
        "överförmyndarkansliet i en grannkommun.",
        "Nämnden har tillsyn över gode män, förvaltare och förmyndare. Den prövar vem som är "
        "lämplig som ställföreträdare, granskar årsräkningar och sluträkningar och beslutar "
        "om arvoden och om uttag från spärrade konton.",
    )
    w.chapter("Omvärld och förutsättningar 2027")
    w.paras(
        "Antalet ärenden har ökat med två till tre procent per år. Ökningen är störst bland "
        "förvaltarskapen, som ofta gäller yngre huvudmän med omfattande stödbehov och kräver "
        "mer tid av både ställföreträdare och kansli.",
        "Det blir allt svårare att hitta ställföreträdare, särskilt i Vansjö och Granberga. "
        "Medelåldern bland nämndens gode män är 67 år, och flera har aviserat att de vill "
        "lämna sina uppdrag de närmaste åren.",
        "Den statliga utredningen om en ny ställföreträdarlag väntas leda till krav på "
        "obligatorisk utbildning och digital årsräkning. Nämnden förbereder sig genom att "
        "redan nu införa e-tjänsten i alla tre kommunerna.",
    )


def _goal_table(w: Writer, goal: str, rows: list[Any]) -> None:
    header = [
        ["Indikator", "Nuläge 2025", "", "", "", "Mål 2027"],
        ["", *KOMMUNER, "Samtliga", ""],
    ]
    body = []
    for name, unit, per_kommun, total, target in rows:
        cells = [cell_text(v, unit) if v not in (NA, FEW) else str(v) for v in per_kommun]
        body.append([name, *cells, cell_text(total, unit), cell_text(target, unit)])
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, total, {2027: target}))
        for kommun, value in zip(KOMMUNER, per_kommun, strict=True):
            if value in (NA, FEW) or value is None:
                w.structure(str(value))
                continue
            w.expected.indicators.append(
                Indicator(goal, f"{name} – {kommun}", unit, 2025, value, {})
            )
    merges = [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 1, 5)]
    w.table([*header, *body], header_rows=2, merges=merges,
            widths=[6.4, 1.9, 1.9, 1.9, 1.9, 2.2], size=9)  # fmt: skip


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.paras(
        "Nämnden har fem mål för 2027. Målen bygger på de tre kommunernas visioner och på "
        "det som nämnden enligt lag ska göra. Till varje mål hör några indikatorer.",
        "Eftersom nämnden redovisar till tre kommunfullmäktige visas nuläget för varje kommun "
        "för sig. Målvärdet för 2027 gäller nämnden som helhet.",
    )
    for number, (goal, text, rows, after) in enumerate(GOALS, start=1):
        paragraph = w.para(("b", f"Mål {number}. {goal}"))
        paragraph.paragraph_format.space_before = Pt(10)
        w.structure(paragraph.text)  # checked as the goal
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(text)
        _goal_table(w, goal, rows)
        if after:
            w.para(("i", after), size=8)
        else:
            w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Tidplan för utvecklingsarbetet")
    w.para(
        "Utöver det löpande arbetet med tillsyn och granskning planerar kansliet följande "
        "insatser under 2027. Tidplanen stäms av på varje nämndsammanträde."
    )
    rows: list[list[str]] = [["Aktivitet", "Mål", "Ansvarig"]]
    group_rows = []
    goals = [g for g, _, _, _ in GOALS]
    for quarter, acts in ACTIVITIES:
        group_rows.append(len(rows))
        rows.append([quarter, "", ""])
        w.structure(quarter)
        for name, goal_ref, who in acts:
            rows.append([name, goal_ref, who])
            w.structure(goal_ref)
            goal = goals[int(goal_ref.split()[1]) - 1]
            w.expected.activities.append(Activity(name, who, QUARTER_END[quarter], group=goal))
    merges = [(r, 0, r, 2) for r in group_rows]
    table = w.table(rows, merges=merges, widths=[10.0, 1.6, 4.8], size=9)
    for r in group_rows:
        cell = table.cell(r, 0)
        _shade(cell)
        cell.paragraphs[0].runs[0].bold = True


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Nämndens budget ingår i Tallmora kommuns budget. Vansjö och Granberga betalar sin "
        "andel av nettokostnaden enligt samverkansavtalet, fördelad efter antalet ärenden "
        "den 31 december året före budgetåret.",
        "Kostnaderna ökar 2027 främst genom högre arvoden, fler ärenden och licensen för "
        "e-tjänsten. Budgeten för utbildning höjs så att två grundutbildningar kan hållas.",
    )
    caption = "Tabell 1. Resultatbudget, tkr"
    w.para(("b", caption))
    w.structure(caption, "Kostnader", "Intäkter")
    header = ["Kostnadsslag", "Bokslut 2025", "Budget 2026", "Budget 2027"]
    costs = budget_rows(w, "resultat", RESULT_KEYS, COSTS, "Summa kostnader", minus=MINUS)
    income = budget_rows(w, "resultat", RESULT_KEYS, [INCOME], minus=MINUS)
    net = [
        sv(sum(a[i] or 0 for _, a in COSTS) + (INCOME[1][i] or 0), minus=MINUS)
        for i in range(len(RESULT_KEYS))
    ]
    w.totals("Nettokostnad", *net)
    rows = [header, ["Kostnader", "", "", ""], *costs, ["Intäkter", "", "", ""], *income,
            ["Nettokostnad", *net]]  # fmt: skip
    table = w.table(rows, widths=[7.6, 2.6, 2.6, 2.6])
    for r in (1, len(costs) + 1, len(costs) + 2, len(rows) - 1):
        for run in table.cell(r, 0).paragraphs[0].runs:
            run.bold = True
    w.para("")
    w.para(
        "Fördelningen för 2027 bygger på ärendena den 31 december 2025. Tallmoras andel är "
        "den nettokostnad som står kvar i tabell 1."
    )
    w.para(("b", SPLIT_TITLE))
    w.structure(SPLIT_TITLE)
    _key_table(w, SPLIT_TITLE, SPLIT_HEADER, SPLIT_ROWS)


def _key_table(w: Writer, title: str, header: list[str], rows: list[list[str]]) -> None:
    w.table([header, *rows], keep_headers=True,
            widths=[6.0, *[(10.4 / (len(header) - 1))] * (len(header) - 1)])  # fmt: skip
    for row in rows:
        values = dict(zip(header[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(title, row[0], values))


def _cases(w: Writer) -> None:
    w.chapter("Ärenden och nyckeltal")
    w.para(
        "Tabellen visar nämndens ärenden fördelade på kommunerna. Antalet ärenden i Granberga "
        "är litet, och enstaka ärenden ger därför stora svängningar i andelarna."
    )
    w.para(("b", CASES_TITLE))
    w.structure(CASES_TITLE)
    _key_table(w, CASES_TITLE, CASES_HEADER, CASES_ROWS)
    w.para(("i", CASES_NOTE), size=8)
    w.expected.notes.append(TableNote(CASES_TITLE, CASES_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på den riskanalys nämnden gjorde i september 2026. "
        "Resultatet av kontrollerna redovisas för nämnden enligt kolumnen Rapporteras och "
        "sammanfattas i verksamhetsberättelsen."
    )
    rows = [CONTROL_HEADER]
    for process, moment, how, when, report in CONTROLS:
        rows.append([process, moment, how, when, report])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 5.8, 3.2, 2.2, 2.6], size=9)
    w.chapter("Uppföljning")
    w.para(
        "Planen följs upp i delårsrapporten per den 31 augusti och i verksamhetsberättelsen "
        "för 2027. Uppföljningen skickas till kommunstyrelsen i var och en av de tre "
        "kommunerna."
    )


def build_dv(path: Path) -> Expected:
    front = Front(
        namnd="Överförmyndarnämnden",
        kommun="Tallmora kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan 2027",
        ordforande="Gunnar Lindh (C)",
        forvaltningschef="",
        diarienummer="ÖFN 2026/58",
    )
    w = Writer("DV-gemensam-överförmyndarnämnd-dalarna", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _cases(w)
    _control(w)
    return w.save(path)
