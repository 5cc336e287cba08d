"""Corpus document AC: a small överförmyndarnämnd's one-year plan, written as a short memo
in Normal style with a few Heading 1 chapters: the goals are only prose paragraphs "Nämnden
ska under 2027 …" (no label, no table, no indicators), each followed by a paragraph on how it
is followed up; one goal carries a tracked insertion (``w:ins``) and another a comment. The
budget is a three-column table "Verksamhet | Budget 2026 | Budget 2027" in kronor with "kr"
in every cell and a "Summa" row.

Expected (what a perfect import gives): the front matter from the cover lines; four chapters;
four nämndsmål whose text reads with the insertion accepted; five driftbudget rows in tkr, the
plan's unit, as a careful secretary would type the kronor budget into the plan (412 000 kr is
412 tkr; the printed kronor figures and the sum are structure); the comment's text in the
report."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import BudgetRow, Expected, Front, Goal
from tests.word_shapes_xml import append, inserted, p, r

COMMENT = "Räcker personalen till två utbildningstillfällen? /Kerstin"

GOALS = [
    ("Nämnden ska under 2027 granska samtliga årsräkningar senast den 31 augusti.",
     "Målet följs upp i delårsrapporten och i nämndens verksamhetsberättelse."),
    ("Nämnden ska under 2027 erbjuda alla nya ställföreträdare en grundutbildning inom "
     "tre månader från förordnandet.",
     "Kansliet redovisar antalet utbildade ställföreträdare till nämnden varje kvartal."),
    ("Nämnden ska under 2027 ha högst 15 ärenden per ställföreträdare i genomsnitt.",
     "Uppgiften hämtas ur verksamhetssystemet Wärna i januari och juli."),
]  # fmt: skip
INSERT_BEFORE = "Nämnden ska under 2027 "
INSERTED = "införa digital inlämning av årsräkningar och "
INSERT_AFTER = "minska andelen kompletteringar till under 20 procent."

BUDGET = [
    ("Nämndens verksamhet", 412_000, 428_000),
    ("Arvoden till ställföreträdare", 3_850_000, 4_120_000),
    ("Kansli och handläggning", 2_960_000, 3_075_000),
    ("Utbildning av ställföreträdare", 85_000, 120_000),
    ("Verksamhetssystem och licenser", 146_000, 152_000),
]


def _cover(w: Writer) -> None:
    w.cover("Lövsjö kommun", bold=True)
    w.cover("Överförmyndarnämnden", size=14)
    w.cover("Verksamhetsplan med budget 2027", size=22, bold=True)
    w.cover("Beslutad 2026-11-24, § 41, dnr ÖFN 2026/19")
    w.para("")


def _text(w: Writer) -> None:
    w.chapter("Bakgrund")
    w.paras(
        "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare i "
        "kommunen. Vid utgången av oktober 2026 hade nämnden 312 pågående ärenden, varav 41 "
        "för ensamkommande eller omyndiga med egna tillgångar.",
        "Antalet ärenden har ökat med ungefär fem procent per år, och det blir allt svårare "
        "att rekrytera nya ställföreträdare.",
    )
    w.chapter("Mål för 2027")
    w.para("Nämnden har beslutat om följande mål för verksamhetsåret.")
    for n, (goal, follow) in enumerate(GOALS):
        para = w.para(goal)
        w.expected.goals.append(Goal(goal, "namnd"))
        if n == 1:
            w.doc.add_comment(para.runs, text=COMMENT, author="Kerstin Holm", initials="KH")
            w.expected.comments.append(COMMENT)
        w.para(follow)
        if n == 0:
            append(w.doc, p(r(INSERT_BEFORE), inserted(INSERTED, 21), r(INSERT_AFTER)))
            w.expected.goals.append(Goal(INSERT_BEFORE + INSERTED + INSERT_AFTER, "namnd"))
            w.para("Andelen kompletteringar redovisas i verksamhetsberättelsen.")
    w.chapter("Budget")
    w.para(
        "Arvodena till ställföreträdarna höjs från 2027 enligt kommunfullmäktiges nya "
        "arvodesregler. Beloppen anges i kronor."
    )
    rows = [["Verksamhet", "Budget 2026", "Budget 2027"]]
    for name, b26, b27 in BUDGET:
        rows.append([name, sv(b26, "kr"), sv(b27, "kr")])
        # the plan counts in tkr: the kronor figures are in it divided by 1 000, so the
        # printed ones are checked as figures (the budget rows), not found as text
        w.structure(sv(b26, "kr"), sv(b27, "kr"))
        amounts = {("budget", 2026): D(b26) / 1000, ("budget", 2027): D(b27) / 1000}
        w.expected.budget.append(BudgetRow("drift", name, amounts))
    sums = [sum(b[1] for b in BUDGET), sum(b[2] for b in BUDGET)]
    rows.append(["Summa", *(sv(s, "kr") for s in sums)])
    w.totals(*rows[-1])
    w.table(rows, widths=[8.5, 4.0, 4.0], size=10)
    w.chapter("Uppföljning")
    w.para(
        "Nämnden följer upp målen och budgeten i delårsrapporten per den 31 augusti och i "
        "verksamhetsberättelsen för 2027."
    )


def build_ac(path: Path) -> Expected:
    front = Front(
        namnd="Överförmyndarnämnden",
        kommun="Lövsjö kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan med budget 2027",
        diarienummer="ÖFN 2026/19",
    )
    w = Writer("AC-överförmyndarnämnd-prosamål-kronor", front)
    _cover(w)
    _text(w)
    return w.save(path)
