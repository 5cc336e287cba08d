"""Corpus document DM: an äldrenämnd's plan typed by many hands, each with its own way of
writing numbers and dates: thousands separated by no-break or thin spaces and sometimes by a
point ("98.214", "150.900"), minus as "−" (U+2212) and as "–", "84,5%" without a space, a few
decimals with a point ("3.7", "9.8 %") where the rest use a comma, percentages written "61
procent", one nuläge with its year in brackets ("36 (2024)") under a line saying the nuläge is
2025's; activities dated "1/6 2027", "31 dec 2027", "vecka 48 2027", "senast juni -27", "Q3",
"Q2 2028" and "Löpande". Goals are bold lines labelled "Mål 1", "Mål 2:", "Mål 4 –", "Mål 5."
each over an "Indikator | Nuläge | Mål 2027 | Mål 2028" table; the activities a table with
the goal's number; the driftbudget has "tkr" in its caption only; key figures are a table with
a "Källa:" line under it; internkontroll is a table. The page footer gives the address.

Expected (what a perfect import gives): the front matter from the cover lines; seven chapters
(the Heading 2s under "Förutsättningar och omvärld" headings in that chapter); six nämndsmål
without their labels, with 18 indicators (nuläge 2025, one 2024, targets 2027 and 2028, unit
"%" where written with "%" or "procent", the point read as a decimal point in "3.7" and "9.8 %"
and as a thousands separator in "150.900"); ten activities with ansvarig, slutdatum (a month's
last day, a week's Sunday, Q3 of the plan's first year, none for "Löpande") and the goal they
name as their group; eight driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027)
and (plan, 2028) with the amounts as numbers; seven key-figure rows with their values as
numbers; the "Källa:" line as the table's note; five controls with their process. Header cells,
captions, the cover lines and the totals row are structure; the page footer is absent."""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_dm_parts import (
    ACTIVITIES,
    BUDGET,
    BUDGET_HEADER,
    BUDGET_KEYS,
    CONTROL_HEADER,
    CONTROLS,
    GOALS,
    KEY_HEADER,
    KEY_NOTE,
    KEY_ROWS,
    KEY_TITLE,
    MINUS,
    NBSP,
)
from tests.word_shapes_docx import Writer
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

FOOTER = "Hällebergs kommun, Äldreförvaltningen, Box 500, 456 80 Hälleberg"


def typed_amount(text: str) -> D:
    """An amount as one of the hands typed it: "98.214", "101 300", "−24 100", "–23 540"."""
    clean = re.sub(r"[\s.]", "", text.replace("\u2212", "-").replace("\u2013", "-"))
    return D(clean)


def _cover(w: Writer) -> None:
    w.cover("HÄLLEBERGS KOMMUN", size=14, bold=True)
    w.cover("Äldrenämnden", size=12)
    w.para("")
    w.cover("Verksamhetsplan med budget 2027–2028", size=24, bold=True)
    w.para("")
    for line in (
        "Antagen av äldrenämnden 2026-11-25, § 88",
        "Dnr ÄN 2026/214",
        "Ordförande: Gunilla Värn (S)",
        "Förvaltningschef: Lena Sjöberg",
    ):
        w.cover(line)
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Äldrenämnden ansvarar för hemtjänst, särskilt boende, korttidsvård, dagverksamhet, "
        "kommunal hälso- och sjukvård och bostadsanpassning. Planen bygger på "
        "kommunfullmäktiges budget och visar vad nämnden vill uppnå under 2027 och 2028.",
        "Planen har tagits fram av förvaltningens ledningsgrupp tillsammans med enhetscheferna. "
        "Uppföljning sker i delårsrapporten per 31/8 och i verksamhetsberättelsen.",
    )
    w.chapter("Förutsättningar och omvärld")
    w.heading("Befolkning", 2)  # a heading in its chapter (no text of its own above it)
    w.paras(
        f"Antalet invånare som är 80 år eller äldre har ökat från 2{NBSP}918 år 2023 till "
        f"3{NBSP}164 år 2025 och väntas vara omkring 3.400 år 2028. Det är en ökning med "
        "nästan 8 procent på tre år.",
        "Samtidigt minskar antalet personer i arbetsför ålder, vilket gör det svårare att "
        "rekrytera.",
    )
    w.heading("Kompetensförsörjning", 2)
    w.paras(
        "Sjukfrånvaron var 9,8% under 2025, vilket är lägre än året innan men fortfarande "
        "högre än i kommunen som helhet. Andelen undersköterskor med examen behöver öka "
        "när yrkestiteln blir skyddad.",
        f"Kostnaden för inhyrd personal var 1{NBSP}240 tkr 2025, en minskning med 31 "
        "procent jämfört med 2024. Nämndens resultat för 2025 blev "
        f"{MINUS}5{NBSP}900 tkr, motsvarande {MINUS}1,8 procent av nettobudgeten.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och indikatorer")
    w.para(
        "Nämnden har sex mål för planperioden. Under varje mål finns de indikatorer som "
        "följs upp. Nuläge avser utfall 2025 om inget annat anges inom parentes."
    )
    header = ["Indikator", "Nuläge", "Mål 2027", "Mål 2028"]
    for label, goal, rows in GOALS:
        w.para(("b", f"{label} {goal}"))
        w.expected.goals.append(Goal(goal, "namnd"))
        cells = [header]
        for name, unit, (now_typed, now, year), (t27_typed, t27), (t28_typed, t28) in rows:
            cells.append([name, now_typed, t27_typed, t28_typed])
            w.expected.indicators.append(
                Indicator(goal, name, unit, year, now, {2027: t27, 2028: t28})
            )
        w.table(cells, widths=[8.6, 2.6, 2.6, 2.6])
        w.para("")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028")
    w.para("Aktiviteterna nedan är kopplade till nämndens mål. Kolumnen Mål anger målets nummer.")
    goal_texts = [goal for _, goal, _ in GOALS]
    rows = [["Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for name, goal_no, who, typed, day in ACTIVITIES:
        rows.append([name, str(goal_no), who, typed])
        w.expected.activities.append(Activity(name, who, day, group=goal_texts[goal_no - 1]))
    w.table(rows, widths=[8.2, 1.2, 4.4, 2.6])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        f"Nämndens ram för 2027 är 354{NBSP}620 tkr, en ökning med 3,3 procent jämfört med "
        "2026. Ökningen förklaras av fler brukare i hemtjänsten och de två nya "
        "växelvårdsplatserna.",
        "Avgifterna har räknats upp enligt maxtaxan. Beloppen är nettokostnader.",
    )
    caption = "Tabell 1. Driftbudget per verksamhet, tkr"
    w.para(("i", caption))
    w.structure(caption)
    rows = [BUDGET_HEADER]
    sums = [D(0)] * len(BUDGET_KEYS)
    for name, typed in BUDGET:
        rows.append([name, *typed])
        amounts = [typed_amount(t) for t in typed]
        sums = [s + a for s, a in zip(sums, amounts, strict=True)]
        w.expected.budget.append(
            BudgetRow("drift", name, dict(zip(BUDGET_KEYS, amounts, strict=True)))
        )
    total = ["Summa nettokostnad", *(f"{s:,}".replace(",", NBSP) for s in sums)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[6.2, 2.6, 2.6, 2.6, 2.6])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Tabellen visar utvecklingen de tre senaste åren.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    rows = [KEY_HEADER]
    for name, typed, values in KEY_ROWS:
        rows.append([name, *typed])
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, name, dict(zip(KEY_HEADER[1:], values, strict=True)))
        )
    w.table(rows, keep_headers=True, widths=[8.4, 2.6, 2.6, 2.6])
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys från oktober 2026. "
        "Resultatet rapporteras till nämnden enligt tabellen."
    )
    w.table([CONTROL_HEADER, *CONTROLS], size=8, widths=[3.0, 6.0, 3.2, 2.0, 2.4])
    w.expected.controls += [Control(row[1], row[0]) for row in CONTROLS]


def build_dm(path: Path) -> Expected:
    front = Front(
        namnd="Äldrenämnden",
        kommun="Hällebergs kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan med budget 2027–2028",
        ordforande="Gunilla Värn (S)",
        forvaltningschef="Lena Sjöberg",
        diarienummer="ÄN 2026/214",
    )
    w = Writer("DM-äldrenämnd-blandad-sifferskrivning", front)
    w.doc.sections[0].footer.paragraphs[0].text = FOOTER
    w.expected.absent += ["Box 500", "456 80 Hälleberg"]
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
