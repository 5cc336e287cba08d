"""Corpus document AB: a gymnasie- och vuxenutbildningsnämnd's plan whose page header and
footer name the kommun, each nämndsmål an unnumbered Heading 2 under a "Nämndens mål" chapter,
followed by a two-column table "Indikator | Målvärde 2027" (no nuläge) and a numbered list of
activities ending in "(ansvar: rektor, klart: juni 2027)", and a driftbudget transposed: the
verksamheter are the columns and the years ("Bokslut 2025", "Budget 2026", …) the rows.

Expected (what a perfect import gives): the front matter from the cover; four chapters; three
nämndsmål with seven indicators (a target for 2027 only) and seven activities with ansvarig
and the last day of the month as slutdatum; four driftbudget rows (one per verksamhet, with
the years' amounts read down its column; the "Summa" column is structure). The page header
and footer are not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import Activity, BudgetRow, Expected, Front, Goal, Indicator, Val

HEADER = "Ängelstads kommun – Gymnasie- och vuxenutbildningsnämnden"
FOOTER = "Ängelstads kommun · Verksamhetsplan 2027"

GOALS: list[tuple[str, list[tuple[str, str, Val]], list[tuple[str, str, dt.date]]]] = [
    ("Fler elever tar gymnasieexamen inom tre år.",
     [("Andel elever med examen inom tre år", "%", D(79)),
      ("Andel elever som slutför introduktionsprogrammen med behörighet", "%", D(35)),
      ("Elever med betyget F i minst en kurs, andel", "%", "Högst 18 %")],
     [("Införa studieteam på varje program med lärare, mentor och specialpedagog",
       "rektor", dt.date(2027, 6, 30)),
      ("Läxhjälp två eftermiddagar i veckan på Västerskolan", "rektor",
       dt.date(2027, 1, 31)),
      ("Följa upp frånvaro varje vecka och kontakta hemmet vid 10 % frånvaro",
       "biträdande rektor", dt.date(2027, 8, 31))]),
    ("Vuxna i Ängelstad får den utbildning som arbetsmarknaden efterfrågar.",
     [("Andel elever i yrkesvux som har arbete ett år efter avslutad utbildning", "%", D(72)),
      ("Antal platser i regionalt yrkesvux", "", D(140))],
     [("Starta yrkesvux inom undersköterska och barnskötare i samverkan med "
       "vård- och omsorgsförvaltningen", "verksamhetschef vuxenutbildning",
       dt.date(2027, 8, 31)),
      ("Erbjuda sfi på kvällstid i Norrby", "rektor sfi", dt.date(2027, 12, 31))]),
    ("Eleverna känner sig trygga och har studiero.",
     [("Andel elever som känner sig trygga i skolan", "%", D(92)),
      ("Andel elever som upplever studiero på lektionerna", "", "Öka")],
     [("Genomföra trygghetsvandringar med elevkåren varje termin", "rektor",
       dt.date(2027, 11, 30)),
      ("Revidera planen mot kränkande behandling tillsammans med eleverna", "rektor",
       dt.date(2027, 3, 31))]),
]  # fmt: skip

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip

YEARS = [("Bokslut 2025", ("bokslut", 2025)), ("Budget 2026", ("budget", 2026)),
         ("Budget 2027", ("budget", 2027)), ("Plan 2028", ("plan", 2028))]  # fmt: skip
UNITS = [
    ("Gymnasieskola", [198_420, 204_300, 211_650, 216_900]),
    ("Gymnasiesärskola", [14_870, 15_200, 15_980, 16_400]),
    ("Vuxenutbildning och sfi", [31_560, 32_900, 33_450, 34_100]),
    ("Nämnd och ledning", [6_210, 6_400, 6_550, 6_700]),
]


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]
    w.cover("Ängelstads kommun", size=14)
    w.cover("Verksamhetsplan 2027", size=28, bold=True)
    w.cover("Gymnasie- och vuxenutbildningsnämnden", size=16)
    w.cover("Antagen av nämnden 2026-11-18, § 94")
    w.cover("Dnr GVN 2026/88")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Gymnasie- och vuxenutbildningsnämnden ansvarar för Västerskolan, Ängelstads "
        "gymnasium med sina tolv nationella program, gymnasiesärskolan och den kommunala "
        "vuxenutbildningen med sfi.",
        "Antalet 16-åringar i kommunen ökar med omkring 40 per år fram till 2029. Nämnden "
        "behöver därför fler platser på de yrkesprogram som eleverna söker.",
    )
    w.chapter("Förutsättningar")
    w.paras(
        "Ersättningen per elev från fullmäktige räknas upp med 2,1 procent. Lärarlönerna "
        "ökar mer än så, vilket gör att nämnden måste samla undervisningen i större grupper "
        "på de teoretiska programmen.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    w.para(
        "Nämnden har tre mål för 2027. Under varje mål anges hur målet mäts och vilka "
        "aktiviteter som ska genomföras under året."
    )
    for goal, inds, acts in GOALS:
        w.heading(goal, 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [["Indikator", "Målvärde 2027"]]
        for name, unit, target in inds:
            rows.append([name, sv(target, unit) if isinstance(target, D) else target])
            w.expected.indicators.append(Indicator(goal, name, unit, targets={2027: target}))
        w.table(rows, widths=[12.5, 4.0], size=10)
        w.para(("b", "Aktiviteter"))
        w.structure("Aktiviteter")
        for name, who, end in acts:
            when = f"{MONTHS[end.month - 1]} {end.year}"
            w.doc.add_paragraph(f"{name} (ansvar: {who}, klart: {when})", style="List Number")
            w.expected.activities.append(Activity(name, who[:1].upper() + who[1:], end))


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Driftbudgeten visar nämndens nettokostnad per verksamhet i tkr. Gymnasieskolans "
        "ökning beror på fler elever och högre kostnader för interkommunala ersättningar."
    )
    w.para(("b", "Driftbudget, nettokostnad tkr"))
    w.structure("Driftbudget, nettokostnad tkr")
    rows = [["", *(u for u, _ in UNITS), "Summa"]]
    for n, (label, _) in enumerate(YEARS):
        total = sum(a[n] for _, a in UNITS)
        rows.append([label, *(sv(a[n]) for _, a in UNITS), sv(total)])
        w.structure(label)
        w.totals(sv(total))
    w.table(rows, widths=[3.2, 3.0, 3.0, 3.0, 2.6, 2.6])
    for name, amounts in UNITS:
        keys = {key: D(a) for (_, key), a in zip(YEARS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, keys))


def build_ab(path: Path) -> Expected:
    front = Front(
        namnd="Gymnasie- och vuxenutbildningsnämnden",
        kommun="Ängelstads kommun",
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan 2027",
        diarienummer="GVN 2026/88",
    )
    w = Writer("AB-gymnasienämnd-mål-som-rubriker", front)
    _cover(w)
    _text(w)
    _goals(w)
    _budget(w)
    return w.save(path)
