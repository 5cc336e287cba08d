"""Corpus document DO: a kommunstyrelse's förvaltningsplan 2027–2028 for
kommunledningsförvaltningen, written blind. The cover names the kommun, "Kommunstyrelsen" and
the title, and ends in a labelled block ("Fastställd av: Kommundirektören", "Beslutsdatum:",
"Diarienummer:", "Kontaktperson: Annika Berg, kommundirektör"); there is no ordförande, since a
förvaltningsplan is the förvaltningschef's decision, not the nämnd's. A "Kommundirektören har
ordet" chapter is signed by name over role. Kommunstyrelsen's three goals are a "Nr |
Kommunstyrelsens mål" table ("KS 1" …). Under a Heading 1 "Avdelningarnas planer" each
avdelning is a Heading 2 with an uppdrag paragraph, its goals as bold paragraphs opening with
an avdelning code ("EK1", "HR2", "DIG1") followed by an italic "Bidrar till: KS 1" line, then
one indicator table for the whole avdelning "Mål | Indikator | Enhet | Utfall 2025 | Mål 2027 |
Mål 2028" linking each indicator to its goal by the code, the unit only in the Enhet column
("%", "procent", "mnkr", "dagar", "antal", "index") and the figures without it, and an
activity table "Aktivitet | Mål | Ansvarig | Klart" linked the same way. Kommunikations-
avdelningen, having one goal, leaves the Mål column out of both tables. One budget for the
förvaltning: "Driftbudget per avdelning, tkr" (Bokslut 2025 | Budget 2026 | Budget 2027 | Plan
2028, the interndebitering negative with "−", a totals row) and a resultaträkning by
kostnadsslag; key figures with a note line; the internal-control plan as one table whose
avdelningar are merged rows across it. A page header and footer on every page.

Why real: kommunledningsförvaltningar in Swedish kommuner write a förvaltningsplan fastställd
av kommundirektören that breaks kommunstyrelsen's goals down to avdelningsmål; avdelning
prefixes on the goals (EK, HR, KOM, DIG, KAN) keep the shared tables readable, and an Enhet
column is how Stratsys/Hypergene exports and hand-made Excel tables give units. Among the
corpus shapes, goals are linked by codes (CC, CZ, AM) and units come from an Enhet column only
in key figures (AG, DK): no document gives an indicator's unit only in an Enhet column, links
indicators to avdelning-prefixed goal codes in a shared table, or drops the link column where
an avdelning has one goal.

Expected (what a perfect import gives): the front matter (nämnd Kommunstyrelsen, period
2027–2028, the kommundirektör as förvaltningschef, no ordförande); the Heading 1 chapters
(but the key figures' heading, over a table and its note alone: the table's title) and each
avdelning's Heading 2 kept in "Avdelningarnas planer" (its uppdrag text the chapter's);
three KS goals (niva namnd) and seven avdelning goals (niva forvaltning) without their codes;
nineteen indicators under their goals with nuläge 2025 (none for the new one printed "–"),
targets 2027 and 2028 as printed ("Högst 3,0", "Bibehålla"), the unit from the Enhet column
("procent" is "%"; "antal" and "index" not checked); twelve activities with ansvarig, slutdatum
(a month's last day, none for "Löpande") and their goal as group; eight driftbudget rows and six
resultaträkning rows; seven key-figure rows as printed and the note; six controls with their
process. Header cells, goal codes, "Bidrar till" lines, the avdelning rows of the control
table, totals rows, the cover and the signature are structure; header and footer are absent."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_do_parts import (
    CONTROLS,
    COST_KEYS,
    COSTS,
    DEPTS,
    DRIFT,
    DRIFT_KEYS,
    KEY_NOTE,
    KEY_TITLE,
    KEY_YEARS,
    KEYS,
    KS_GOALS,
    UNITS,
    Act,
)
from tests.word_shapes_do_parts import Goal as Dept_Goal
from tests.word_shapes_docx import Writer, budget_rows, cell_text
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

FRONT = Front(
    namnd="Kommunstyrelsen",
    kommun="Hagsjö kommun",
    forsta_ar=2027,
    sista_ar=2028,
    titel="Förvaltningsplan 2027–2028",
    forvaltningschef="Annika Berg",
    diarienummer="KS 2026/0412",
)
HEADER = "Hagsjö kommun | Kommunledningsförvaltningen"
FOOTER = "Förvaltningsplan 2027–2028 – fastställd 2026-12-14"


def _cover(w: Writer) -> None:
    w.cover("Hagsjö kommun", size=14, bold=True)
    w.cover("Kommunstyrelsen", size=12)
    w.para("")
    w.para("")
    w.cover("Förvaltningsplan 2027–2028", size=26, bold=True)
    w.cover("Kommunledningsförvaltningen", size=16)
    for _ in range(6):
        w.para("")
    for text in [
        "Fastställd av: Kommundirektören",
        "Beslutsdatum: 2026-12-14",
        "Diarienummer: KS 2026/0412",
        "Kontaktperson: Annika Berg, kommundirektör",
    ]:
        w.cover(text, size=9)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("Kommundirektören har ordet")
    w.paras(
        "Kommunledningsförvaltningen finns till för att kommunens övriga förvaltningar ska "
        "kunna göra sitt arbete så bra som möjligt. Vi styr, samordnar och stödjer, och vi "
        "gör det på kommunstyrelsens uppdrag.",
        "De kommande två åren präglas av stramare ekonomi. Skatteintäkterna växer "
        "långsammare än kostnaderna, och kommunstyrelsen har gett förvaltningen i uppdrag "
        "att hålla nere de administrativa kostnaderna samtidigt som stödet till "
        "verksamheterna ska bli bättre. Det gör vi genom att automatisera fler "
        "arbetsmoment, samla kompetens och sluta göra sådant som inte ger nytta.",
        "Förvaltningsplanen visar hur varje avdelning bidrar till kommunstyrelsens mål. "
        "Planen följs upp i delårsrapporten och i årsredovisningen.",
    )
    w.para("")
    for text in ["Annika Berg", "Kommundirektör"]:
        w.para(("i", text))
        w.structure(text)

    w.chapter("Förvaltningens uppdrag och organisation")
    w.para(
        "Kommunledningsförvaltningen är kommunstyrelsens förvaltning. Förvaltningen leds av "
        "kommundirektören och består av fem avdelningar:"
    )
    w.bullets(*(name for name, *_ in DEPTS))
    w.para(
        "Förvaltningen har 106 årsarbetare. Digitaliseringsavdelningen är den största och "
        "finansieras delvis genom interndebitering av förvaltningarna."
    )


def _ks_goals(w: Writer) -> None:
    w.chapter("Kommunstyrelsens mål för förvaltningen")
    w.para(
        "Kommunstyrelsen har i sin verksamhetsplan beslutat om tre mål som "
        "kommunledningsförvaltningen ska bidra till. Avdelningarnas mål är kopplade till "
        "dem."
    )
    rows = [["Nr", "Kommunstyrelsens mål"], *([nr, text] for nr, text in KS_GOALS)]
    w.table(rows, widths=[1.6, 15.0], size=10)
    w.structure(*(nr for nr, _ in KS_GOALS))
    w.expected.goals += [Goal(text, "namnd") for _, text in KS_GOALS]


def _department(
    w: Writer, name: str, uppdrag: str, goals: list[Dept_Goal], acts: list[Act]
) -> None:
    w.heading(name, 2)
    w.para(uppdrag)
    one = len(goals) == 1
    w.para(("b", "Avdelningens mål"))
    w.structure("Avdelningens mål")
    texts = {}
    for code, goal, ks, _ in goals:
        p = w.para(("b", f"{code} "), goal)
        p.paragraph_format.space_after = Pt(0)
        w.para(("i", f"Bidrar till: {ks}"))
        w.structure(f"Bidrar till: {ks}", code)
        texts[code] = goal
        w.expected.goals.append(Goal(goal, "forvaltning"))
    w.para(("b", "Indikatorer"))
    w.structure("Indikatorer")
    head = ["Indikator", "Enhet", "Utfall 2025", "Mål 2027", "Mål 2028"]
    rows = [head if one else ["Mål", *head]]
    for code, goal, _, inds in goals:
        for ind, unit, base, t27, t28 in inds:
            cells = [ind, unit, "–" if base is None else cell_text(base)]
            cells += [cell_text(t27), cell_text(t28)]
            rows.append(cells if one else [code, *cells])
            w.structure(unit)
            w.expected.indicators.append(
                Indicator(
                    goal,
                    ind,
                    UNITS.get(unit, ""),
                    2025 if base is not None else None,
                    base,
                    {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None},
                )
            )
            if not one:
                w.structure(code)
    widths = [7.6, 1.8, 2.2, 2.2, 2.2] if one else [1.4, 6.4, 1.6, 2.2, 2.2, 2.2]
    w.table(rows, widths=widths)
    w.para(("b", "Aktiviteter"))
    w.structure("Aktiviteter")
    rows = [["Aktivitet", "Ansvarig", "Klart"] if one else ["Aktivitet", "Mål", "Ansvarig",
                                                           "Klart"]]  # fmt: skip
    for act, code, who, when, day in acts:
        rows.append([act, who, when] if one else [act, code, who, when])
        w.expected.activities.append(Activity(act, who, day, group=texts[code]))
    w.table(rows, widths=[9.6, 3.4, 3.6] if one else [8.2, 1.4, 3.4, 3.6])


def _departments(w: Writer) -> None:
    w.chapter("Avdelningarnas planer")
    w.para(
        "Här redovisar varje avdelning sitt uppdrag, sina mål med indikatorer och de "
        "aktiviteter som ska genomföras under planperioden. Utfallet avser helåret 2025."
    )
    for name, uppdrag, goals, acts in DEPTS:
        _department(w, name, uppdrag, goals, acts)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunstyrelsen har tilldelat kommunledningsförvaltningen en nettokostnadsram på "
        "70,2 mnkr för 2027. Ramen har räknats upp med 3,4 procent för löner och priser, "
        "men förvaltningen ska samtidigt effektivisera med 1,0 mnkr, främst genom färre "
        "licenser och minskade konsultkostnader."
    )
    w.para(("b", "Driftbudget per avdelning, tkr"))
    w.structure("Driftbudget per avdelning, tkr")
    head = ["Avdelning", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(
        w, "drift", DRIFT_KEYS, DRIFT, "Summa kommunledningsförvaltningen", minus="−"
    )
    w.table([head, *body], widths=[6.6, 2.5, 2.5, 2.5, 2.5])
    w.para("")
    w.para(("b", "Kostnader och intäkter per kostnadsslag, tkr"))
    w.structure("Kostnader och intäkter per kostnadsslag, tkr")
    body = budget_rows(w, "resultat", COST_KEYS, COSTS, "Nettokostnad", minus="−")
    w.table([["Kostnadsslag", "Budget 2026", "Budget 2027"], *body], widths=[7.0, 3.0, 3.0])
    w.para(
        "Personalkostnaderna ökar med 3,9 procent till följd av löneöversyn och två nya "
        "tjänster inom digitalisering som finansieras genom interndebitering."
    )


def _key_figures(w: Writer) -> None:
    # A heading over one table and its note alone makes no chapter: it is the table's title.
    w.heading(KEY_TITLE, 1)
    w.structure(KEY_TITLE)
    w.table([["Nyckeltal", *KEY_YEARS], *([n, *v] for n, v in KEYS)], keep_headers=True)
    note = w.para(("i", KEY_NOTE), size=8)
    note.paragraph_format.space_before = Pt(2)
    for name, values in KEYS:
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, name, dict(zip(KEY_YEARS, values, strict=True)))
        )
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _controls(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens risk- och väsentlighetsanalys. "
        "Resultatet av kontrollerna rapporteras till kommunstyrelsen i januari 2028."
    )
    rows = [["Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]]
    merges = []
    for dept, controls in CONTROLS:
        merges.append((len(rows), 0, len(rows), 4))
        rows.append([dept, "", "", "", ""])
        w.structure(dept)
        for process, moment, how, when, who in controls:
            rows.append([process, moment, how, when, who])
            w.expected.controls.append(Control(moment, process))
    table = w.table(rows, merges=merges, widths=[2.8, 6.0, 3.2, 2.4, 2.6])
    for r0, *_ in merges:
        run = table.cell(r0, 0).paragraphs[0].runs[0]
        run.bold = True


def build_do(path: Path) -> Expected:
    w = Writer("DO-kommunledning-avdelningsplaner", FRONT)
    _cover(w)
    _prose(w)
    _ks_goals(w)
    _departments(w)
    _economy(w)
    _key_figures(w)
    _controls(w)
    return w.save(path)


__all__ = ["build_do"]
