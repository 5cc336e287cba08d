"""Corpus document AD: a vård- och omsorgsnämnd's plan whose goals are Heading 2 lines under
"Nämndens mål", with all indicators in one table "Indikator | Utfall 2024 | Utfall 2025 | Mål
2027 | Källa" where a shaded row merged across all columns names the målområde and the goal
("Målområde Trygg vård – Mål 1") before its indicators; activities in a table "Aktivitet |
Mål | Ansvarig | Tidplan" dated "Q1–Q2 2027", "Q4 2027" or "Löpande"; a page header with the
kommun's name.

Expected (what a perfect import gives): the front matter from the cover; three chapters (the
heading over the activity table alone is the table's title, no chapter); three nämndsmål; seven
indicators with two outcomes and a 2027 target, linked to their goal by the group row; six
activities with ansvarig and the last day of the period as slutdatum (none for "Löpande"); the
group rows and header cells are structure; the page header is not in the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, cell_text
from tests.word_shapes_model import Activity, Expected, Front, Goal, Indicator, Val

HEADER = "Brunnby kommun | Vård- och omsorgsnämnden"

Ind = tuple[str, str, Val, Val, Val, str]
GOALS: list[tuple[str, str, list[Ind]]] = [
    ("Trygg vård", "Den som får vård och omsorg känner sig trygg och bemött med respekt.",
     [("Andel brukare i hemtjänst som känner sig trygga hemma", "%", D(84), D(86), D(90),
       "Socialstyrelsens brukarundersökning"),
      ("Antal olika personal som besöker en brukare under 14 dagar", "", D(16), D(15), D(12),
       "Kolada U21401"),
      ("Andel brukare på särskilt boende som är nöjda med bemötandet", "%", D(91), D(89),
       "Minst 92 %", "Socialstyrelsens brukarundersökning")]),
    ("Trygg vård", "Äldre kan bo kvar hemma så länge de vill.",
     [("Andel personer 80 år och äldre med hemtjänst som bor hemma", "%", D("87.5"),
       D("88.1"), D(90), "Kolada N21804"),
      ("Väntetid till särskilt boende, dagar", "", D(74), D(61), "Högst 45",
       "Kolada U23471")]),
    ("Kompetent personal", "Medarbetarna har rätt kompetens och vill arbeta kvar.",
     [("Andel tillsvidareanställda undersköterskor med skyddad yrkestitel", "%", D(68),
       D(74), D(85), "Personalsystemet"),
      ("Personalomsättning, andel", "%", D("14.2"), D("12.8"), "Minska",
       "Personalsystemet")]),
]  # fmt: skip

ACTS = [
    ("Införa fast omsorgskontakt i all hemtjänst", 1, "Enhetschef hemtjänst",
     "Q1–Q2 2027", dt.date(2027, 6, 30)),
    ("Digital tillsyn nattetid för brukare som önskar det", 1, "Verksamhetsutvecklare",
     "Q3 2027", dt.date(2027, 9, 30)),
    ("Rehabilitering i hemmet efter sjukhusvistelse", 2, "Medicinskt ansvarig för "
     "rehabilitering", "Q2–Q4 2027", dt.date(2027, 12, 31)),
    ("Anhörigstöd i form av samtalsgrupper", 2, "Anhörigkonsulent", "Löpande", None),
    ("Validering och utbildning till undersköterska för vårdbiträden", 3, "HR-strateg",
     "Q1 2027–Q2 2028", dt.date(2028, 6, 30)),
    ("Introduktionsprogram för nyanställda med språkstöd", 3, "Enhetschef särskilt boende",
     "Löpande", None),
]  # fmt: skip


def _shade(cell: Any) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "D9E2F3")
    cell._tc.get_or_add_tcPr().append(shading)


def _cover(w: Writer) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Vård- och omsorgsnämnden, Brunnby kommun", size=14)
    w.cover("Ordförande: Lennart Sjöholm (S)")
    w.cover("Förvaltningschef: Anna Ekberg")
    w.page_break()


def _text(w: Writer) -> None:
    w.chapter("Nämndens uppdrag")
    w.para(
        "Vård- och omsorgsnämnden ansvarar för hemtjänst, särskilt boende, korttidsvård, "
        "hemsjukvård och stöd till anhöriga. Andelen invånare över 80 år ökar med drygt "
        "fyra procent per år under planperioden."
    )
    w.chapter("Omvärld och utmaningar")
    w.para(
        "Bristen på undersköterskor och sjuksköterskor är den största risken för "
        "verksamheten. Samtidigt ger ny välfärdsteknik möjlighet att arbeta på nya sätt."
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål")
    for n, (_, goal, _) in enumerate(GOALS, 1):
        w.heading(f"Mål {n}. {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
    w.para("Indikatorerna per målområde visas i tabellen nedan.")
    rows: list[list[str]] = [["Indikator", "Utfall 2024", "Utfall 2025", "Mål 2027", "Källa"]]
    groups: list[int] = []
    for n, (area, goal, inds) in enumerate(GOALS, 1):
        label = f"Målområde {area} – Mål {n}"
        groups.append(len(rows))
        rows.append([label, "", "", "", ""])
        w.structure(label)
        for name, unit, u24, u25, target, source in inds:
            rows.append([name, cell_text(u24, unit), cell_text(u25, unit),
                         cell_text(target, unit), source])  # fmt: skip
            w.structure(source)
            w.expected.indicators.append(
                Indicator(goal, name, unit, targets={2027: target}, outcomes={2024: u24, 2025: u25})
            )
    table = w.table(rows, merges=[(g, 0, g, 4) for g in groups], widths=[6.5, 2, 2, 2.2, 3.9])
    for g in groups:
        _shade(table.cell(g, 0))
        table.cell(g, 0).paragraphs[0].runs[0].bold = True


def _activities(w: Writer) -> None:
    # A heading over a table alone is the table's title, no chapter of text (as in D, G, L).
    w.heading("Aktiviteter 2027–2028", 1)
    w.structure("Aktiviteter 2027–2028")
    rows = [["Aktivitet", "Mål", "Ansvarig", "Tidplan"]]
    for name, goal, who, when, end in ACTS:
        rows.append([name, f"Mål {goal}", who, when])
        w.structure(f"Mål {goal}")
        w.expected.activities.append(Activity(name, who, end))
    w.table(rows, widths=[7.5, 1.5, 4.5, 3.1])


def build_ad(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Brunnby kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lennart Sjöholm (S)",
        forvaltningschef="Anna Ekberg",
    )
    w = Writer("AD-vård-omsorg-grupprader", front)
    _cover(w)
    _text(w)
    _goals(w)
    _activities(w)
    return w.save(path)
