"""Corpus document DY: a vård- och omsorgsnämnd's verksamhetsplan 2027–2028 whose chapters
describe the goals in prose while everything measurable sits in appendices at the end, written
blind. The cover is plain lines (kommun, nämnd, title, "Beslutad i vård- och omsorgsnämnden
…", "Dnr VON 2026/187", "Ordförande: …", "Förvaltningschef: …"); a page header and footer run
on every page. Chapters are Heading 1 with typed numbers ("1 Inledning"); the key figures are a
table under a bold caption inside the chapter on the nämnd's responsibilities, with a note line
under it. The goal chapter has a Heading 2 per målområde, and each goal is a paragraph whose
bold lead-in "Mål 1. <the goal's sentence>" runs on into plain text explaining it; no figures
are given there. "Bilaga 1 Målkort" is one table "Mål | Indikator | Källa | Utfall 2025 |
Målvärde 2027 | Målvärde 2028" naming each indicator's goal by its number only on the first of
its rows (the cells under it left empty, not merged), one baseline carrying its own year ("72
% (2024)"), targets "Högst 12"; "Bilaga 2 Aktivitetsplan" is one table "Nr | Aktivitet | Mål |
Ansvarig | Klart" linking activities by goal number, one by two numbers ("4, 3").

Why real: many förvaltningar keep the plan's text readable for the politicians and collect the
målkort and the aktivitetsplan in appendices that are maintained in Excel and pasted in at the
end; the goal number is the only link, and a blank cell for "same goal as above" is how such
sheets look once sorted. Among the corpus shapes, goals only in an appendix (AY) or indicators
in one later table named by short forms (AQ) exist, but no document introduces its goals as
run-in lead-ins in prose with every indicator and activity only in appendices linked by number
with the number left blank on follow-on rows.

Expected (what a perfect import gives): the front matter from the cover (the "Dnr" as the
diarienummer); the Heading 1 chapters without their typed numbers, the appendices included
(each opens with an explanatory paragraph); six nämndsmål (niva namnd) as the bold sentences
without "Mål n."; eighteen indicators under their goals with nuläge 2025 (one 2024), targets
2027 and 2028 as printed, unit "%" where written; eleven activities with ansvarig, slutdatum (a
month's last day, none for "Löpande") and their goal as group (the first-named goal for "4,
3"); eight driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027), (plan, 2028);
three investments; six key-figure rows as printed and their note; five controls with their
process. Header cells, the målkort's goal numbers, the activity numbers, totals rows, the key
figures' caption and the cover are structure; page header and footer are absent."""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from tests.word_shapes_docx import Writer, budget_rows, sv
from tests.word_shapes_dy_parts import (
    ACTIVITIES,
    AREAS,
    CONTROLS,
    DRIFT,
    DRIFT_KEYS,
    GOALS,
    INDICATORS,
    INVEST,
    INVEST_KEYS,
    KEY_NOTE,
    KEY_TITLE,
    KEY_YEARS,
    KEYS,
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
    Val,
)

FRONT = Front(
    namnd="Vård- och omsorgsnämnden",
    kommun="Grönvalla kommun",
    forsta_ar=2027,
    sista_ar=2028,
    titel="Verksamhetsplan 2027–2028",
    ordforande="Marianne Ekdahl (C)",
    forvaltningschef="Jonas Wikström",
    diarienummer="VON 2026/187",
)

HEADER = "Grönvalla kommun  |  Vård- och omsorgsnämnden  |  Verksamhetsplan 2027–2028"
FOOTER = "Vård- och omsorgsförvaltningen, 2026-11-26"


def _cover(w: Writer) -> None:
    w.cover("Grönvalla kommun", size=14, bold=True)
    for _ in range(5):
        w.para("")
    w.cover("Vård- och omsorgsnämnden", size=16)
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    for _ in range(8):
        w.para("")
    for text in [
        "Beslutad i vård- och omsorgsnämnden 2026-11-26, § 98",
        "Dnr VON 2026/187",
        "Ordförande: Marianne Ekdahl (C)",
        "Förvaltningschef: Jonas Wikström",
    ]:
        w.cover(text, size=10)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _chapter(w: Writer, number: str, name: str) -> None:
    w.heading(f"{number} {name}" if number else name, 1)
    w.expected.chapters.append(name)


def _intro(w: Writer) -> None:
    _chapter(w, "1", "Inledning")
    w.paras(
        "Verksamhetsplanen beskriver vad vård- och omsorgsnämnden vill uppnå under 2027 och "
        "2028 och hur arbetet ska bedrivas. Planen utgår från kommunfullmäktiges vision "
        "Grönvalla 2035 och den budget som fullmäktige beslutade i juni 2026.",
        "Planens kapitel beskriver nämndens mål och skälen till dem. De indikatorer som "
        "följer upp målen finns samlade i bilaga 1 och aktiviteterna i bilaga 2. Målen "
        "följs upp i delårsrapporten per augusti och i verksamhetsberättelsen.",
    )


def _mission(w: Writer) -> None:
    _chapter(w, "2", "Nämndens ansvar och verksamhet")
    w.paras(
        "Vård- och omsorgsnämnden ansvarar för vård och omsorg om äldre enligt "
        "socialtjänstlagen, för kommunal hälso- och sjukvård och för bostadsanpassning. "
        "Verksamheten omfattar biståndshandläggning, hemtjänst, fem särskilda boenden, "
        "korttidsboende, dagverksamhet och träffpunkter samt rehabilitering.",
        "Förvaltningen har omkring 720 medarbetare, varav de flesta är undersköterskor och "
        "vårdbiträden. Nettokostnaden för 2027 är budgeterad till 448,2 miljoner kronor.",
    )
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    w.table([["Nyckeltal", *KEY_YEARS], *([n, *v] for n, v in KEYS)], keep_headers=True)
    note = w.para(("i", KEY_NOTE), size=8)
    note.paragraph_format.space_before = Pt(2)
    for name, values in KEYS:
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, name, dict(zip(KEY_YEARS, values, strict=True)))
        )
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _world(w: Writer) -> None:
    _chapter(w, "3", "Omvärld och utmaningar")
    w.paras(
        "Antalet invånare som är 80 år eller äldre väntas öka med nästan 30 procent fram "
        "till 2032. Det innebär att behovet av hemtjänst och särskilt boende växer snabbare "
        "än kommunens skatteintäkter.",
        "Samtidigt blir det svårare att rekrytera undersköterskor och sjuksköterskor. "
        "Nämnden behöver därför både behålla de medarbetare som finns och använda "
        "välfärdsteknik där den frigör tid för mötet med den enskilde.",
        "Den nya socialtjänstlagen, som träder i kraft under planperioden, lägger större "
        "vikt vid förebyggande arbete. Det stämmer väl med nämndens inriktning mot "
        "vardagsrehabilitering och fallprevention.",
    )


def _goals(w: Writer) -> None:
    _chapter(w, "4", "Nämndens mål 2027–2028")
    w.para(
        "Nämnden har sex mål för planperioden, ordnade under tre målområden. Hur målen mäts "
        "framgår av målkortet i bilaga 1."
    )
    for area, numbers in AREAS:
        w.heading(area, 2)
        for number in numbers:
            goal, text = GOALS[number]
            w.para(("b", f"Mål {number}. {goal}"), " " + text)
            w.expected.goals.append(Goal(goal, "namnd"))


def _economy(w: Writer) -> None:
    _chapter(w, "5", "Ekonomi")
    w.para(
        "Nämndens budgetram för 2027 är 448 200 tkr, en ökning med 16 300 tkr jämfört med "
        "2026. Ökningen täcker löne- och prisuppräkning samt fler äldre. Hemtjänsten ska "
        "samtidigt nå balans efter underskottet 2025."
    )
    w.para(("b", "Driftbudget per verksamhet, tkr"))
    w.structure("Driftbudget per verksamhet, tkr")
    head = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa nettokostnad")
    w.table([head, *body], widths=[6.4, 2.5, 2.5, 2.5, 2.5])
    w.para("")
    w.para(("b", "Investeringar, tkr"))
    w.structure("Investeringar, tkr")
    body = budget_rows(w, "investering", INVEST_KEYS, INVEST, "Summa investeringar")
    w.table([["Investering", "Budget 2027", "Plan 2028"], *body], widths=[8.4, 2.8, 2.8])
    w.para(
        "Investeringen i verksamhetssystemet genomförs under 2027. Inventarierna avser "
        "framför allt sängar och lyftar på Björkhagens och Solgårdens boenden."
    )


def _controls(w: Writer) -> None:
    _chapter(w, "6", "Internkontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Resultatet rapporteras "
        "till nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]]
    for process, moment, how, when, who in CONTROLS:
        rows.append([process, moment, how, when, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.8, 5.8, 3.2, 2.6, 2.6])


def _value(value: Val, unit: str) -> str:
    return value if isinstance(value, str) else sv(value, unit, minus="−")


def _scorecard(w: Writer) -> None:
    section = w.doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    _chapter(w, "", "Bilaga 1 Målkort")
    w.para(
        "Utfallet avser helåret 2025 om inget annat anges. Målvärdena avser helår. "
        "Indikatorerna hör till det mål vars nummer står i den första kolumnen."
    )
    rows = [["Mål", "Indikator", "Källa", "Utfall 2025", "Målvärde 2027", "Målvärde 2028"]]
    previous = 0
    for number, name, source, unit, year, base, t27, t28 in INDICATORS:
        shown = str(number) if number != previous else ""
        previous = number
        nulage = _value(base, unit) + (f" ({year})" if year != 2025 else "")
        rows.append([shown, name, source, nulage, _value(t27, unit), _value(t28, unit)])
        w.structure(shown)
        w.expected.indicators.append(
            Indicator(GOALS[number][0], name, unit, year, base, {2027: t27, 2028: t28})
        )
    w.table(rows, widths=[1.2, 10.4, 5.0, 2.6, 2.6, 2.6])


def _action_plan(w: Writer) -> None:
    _chapter(w, "", "Bilaga 2 Aktivitetsplan")
    w.para(
        "Aktiviteterna genomförs inom befintlig budget om inget annat anges. Kolumnen Mål "
        "anger vilket eller vilka av nämndens mål aktiviteten bidrar till."
    )
    rows = [["Nr", "Aktivitet", "Mål", "Ansvarig", "Klart"]]
    for n, (name, goals, who, when, day) in enumerate(ACTIVITIES, 1):
        rows.append([f"A{n}", name, goals, who, when])
        w.structure(f"A{n}", goals)
        first = int(goals.split(",")[0])
        w.expected.activities.append(Activity(name, who, day, group=GOALS[first][0]))
    w.table(rows, widths=[1.2, 12.0, 1.4, 5.0, 3.2])


def build_dy(path: Path) -> Expected:
    w = Writer("DY-vård-omsorg-målkort-i-bilagor", FRONT)
    _cover(w)
    _intro(w)
    _mission(w)
    _world(w)
    _goals(w)
    _economy(w)
    _controls(w)
    _scorecard(w)
    _action_plan(w)
    return w.save(path)


__all__ = ["build_dy"]
