"""Corpus document DU: a kultur- och fritidsnämnd's "Mål och budget 2027–2029" in a mid-size
Skåne kommun, written by a förvaltning with its own habits. The cover is the title lines over
a small "Beslutad av | Ordförande | Kultur- och fritidschef | Diarienummer | Gäller för"
table, the running header names the förvaltning, and the chapters are Heading 1s with typed
numbers ("4 Mål och resultatindikatorer"). Each nämnd goal is a Heading 2 opening with its
code ("KFN 1 Fler barn och unga …"), a paragraph on why it matters, and a table "Resultat-
indikator | Utgångsläge | Etappmål 2027 | Etappmål 2028 | Målvärde 2029" whose baseline cells
carry their own year ("61 % (2024)", "58 (2023)" from SCB's biennial survey), "–" for a year
without a target, "Öka", "≥ 85 %" and "Nytt mått". The activities are one table "Nr |
Aktivitet | Mål | Ansvar | Tidplan" linking goals by code ("KFN 6, KFN 4"), the Ansvar column
in abbreviations ("BIB", "ANL") explained by a "Förkortningar:" line under it, and the
Tidplan in the words plans use ("Hösten 2027", "Våren 2028", "2027–2029", "Löpande"). The
driftbudget has a "Rev. budget 2026" column beside Bokslut, Budget and Plan, with a line under
it explaining the revision; investments, "Verksamhetsmått" with a starred figure and its note,
and an internkontrollplan "Process | Risk | Kontrollmoment | Ansvarig | Frekvens" follow.

Why real: "etappmål" on the way to a "målvärde" at the end of the period is how Skåne and
Halland kommuner with three-year plans write targets; abbreviated ansvar columns with a
legend and seasonal tidplaner are the förvaltning's shorthand in activity tables; "Rev.
budget" is the economists' name for the budget after tilläggsanslag.

Expected (what a perfect import gives): the front matter; eight chapters; six nämnd goals
(without their codes) with eighteen indicators (nuläge with each cell's own year, none for
"Nytt mått"; targets 2027–2029, none where "–"); eleven activities with the ansvar written
out from the legend ("Biblioteken", not "BIB"), slutdatum (a season's last month, a period's
last year, none for "Löpande") and their first listed goal as group; eight drift rows
(Bokslut 2025, the revised budget as budget 2026, Budget 2027, Plan 2028–2029) and four
investments, the totals rows structure; seven key figures as printed with the note; five
controls with their process."""

from __future__ import annotations

from pathlib import Path

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_du_parts import (
    ACTS,
    CONTROL_HEADER,
    CONTROLS,
    DRIFT,
    DRIFT_KEYS,
    GOALS,
    INV_KEYS,
    INVEST,
    KEY_HEADER,
    KEY_NOTE,
    KEYS,
    UNITS,
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

HEADER = "Kultur- och fritidsförvaltningen | Rönnarps kommun"
YEARS = (2027, 2028, 2029)


def _cover(w: Writer) -> None:
    w.cover("Rönnarps kommun", size=14, bold=True)
    w.para("")
    w.cover("Kultur- och fritidsnämnden", size=18)
    w.cover("Mål och budget 2027–2029", size=28, bold=True)
    w.para("")
    rows = [
        ["Beslutad av", "Kultur- och fritidsnämnden 2026-11-19, § 87"],
        ["Ordförande", "Henrik Malmström (M)"],
        ["Kultur- och fritidschef", "Sara Lindqvist"],
        ["Diarienummer", "KFN 2026/0142"],
        ["Gäller för", "2027–2029"],
    ]
    w.table(rows, header_rows=0, widths=[4.5, 8.0], size=10)
    w.structure(*(c for r in rows for c in r))
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("1 Inledning")
    w.para(
        "Mål och budget 2027–2029 är kultur- och fritidsnämndens viktigaste styrdokument. Här "
        "beskriver nämnden vad den vill uppnå under de kommande tre åren, hur resultaten ska "
        "mätas, vad förvaltningen ska göra och hur pengarna fördelas. Planen bygger på "
        "kommunfullmäktiges mål och budget som beslutades i juni 2026."
    )
    w.chapter("2 Nämndens uppdrag")
    w.para(
        "Nämnden ansvarar för folkbiblioteken, kulturskolan, allmänkulturen och de kommunala "
        "idrotts- och fritidsanläggningarna, liksom för fritidsgårdarna och bidragen till "
        "föreningslivet. Verksamheten bedrivs i Rönnarps tätort och i fem mindre orter, där "
        "biblioteksfilialerna ofta är den enda kommunala mötesplatsen."
    )
    w.chapter("3 Omvärld och förutsättningar")
    w.para(
        "Befolkningen växer med omkring 250 personer om året, mest i Ålstorp där två nya "
        "bostadsområden byggs. Andelen invånare över 80 år ökar snabbt, samtidigt som antalet "
        "barn i skolåldern når en topp 2028. Efterfrågan på halltider är större än utbudet och "
        "föreningarna har svårt att hitta ledare."
    )
    w.para(
        "Energipriserna och hyran för den nya sporthallen gör att anläggningarnas kostnader "
        "ökar mer än ramen. Nämnden måste därför prioritera och samtidigt hitta nya sätt att "
        "arbeta, till exempel genom meröppna bibliotek och digital bokning."
    )


def _goals(w: Writer) -> None:
    w.chapter("4 Mål och resultatindikatorer")
    w.para(
        "Nämndens sex mål gäller hela perioden. Varje mål följs upp med resultatindikatorer. "
        "Etappmålen visar var nämnden vill vara efter första och andra året och målvärdet "
        "vad som ska vara uppnått 2029. Utgångsläget är det senast kända värdet, med året "
        "inom parentes."
    )
    header = ["Resultatindikator", "Utgångsläge", *(f"Etappmål {y}" for y in YEARS[:2])]
    header.append(f"Målvärde {YEARS[2]}")
    for n, (goal, why, inds) in enumerate(GOALS, 1):
        w.heading(f"KFN {n} {goal}", 2)
        w.para(why)
        rows = [header]
        for name, unit, nulage, year, targets in inds:
            base = "Nytt mått" if nulage is None else f"{cell_text(nulage, unit)} ({year})"
            cells = [cell_text(t, unit) if t is not None else "–" for t in targets]
            rows.append([name, base, *cells])
            w.structure(*(c for c in cells if c == "–"))
            w.expected.indicators.append(
                Indicator(
                    goal=goal,
                    name=name,
                    unit=unit,
                    nulage_ar=year,
                    nulage=nulage,
                    targets={y: t for y, t in zip(YEARS, targets, strict=True) if t is not None},
                )
            )
        w.table(rows, widths=[7.4, 2.4, 2.2, 2.2, 2.2])
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para("")


def _activities(w: Writer) -> None:
    w.chapter("5 Aktiviteter")
    w.para(
        "Tabellen visar de aktiviteter förvaltningen genomför under perioden för att nå "
        "nämndens mål. Aktiviteterna följs upp i delårsrapporten och i "
        "verksamhetsberättelsen."
    )
    rows = [["Nr", "Aktivitet", "Mål", "Ansvar", "Tidplan"]]
    for n, (name, goals, code, when, day) in enumerate(ACTS, 1):
        rows.append([str(n), name, goals, code, when])
        w.structure(str(n), goals, code, when)
        first = int(goals.split(",")[0].removeprefix("KFN "))
        goal = GOALS[first - 1][0]
        w.expected.activities.append(Activity(name, UNITS[code], day, group=goal))
    w.table(rows, widths=[0.9, 8.4, 2.0, 1.5, 2.6])
    legend = ", ".join(f"{k} = {v}" for k, v in UNITS.items())
    w.para(("i", f"Förkortningar: {legend}."), size=9)


def _economy(w: Writer) -> None:
    w.chapter("6 Ekonomi")
    w.para(
        "Kommunfullmäktige har tilldelat nämnden en nettoram på 109 130 tkr för 2027, vilket "
        "är 5 490 tkr mer än den reviderade budgeten för 2026. Ökningen förklaras främst av "
        "hyran för den nya sporthallen och av löne- och prisuppräkning."
    )
    w.para(("b", "Driftbudget per verksamhet, nettokostnad (tkr)"))
    w.structure("Driftbudget per verksamhet, nettokostnad (tkr)")
    header = ["Verksamhet", "Bokslut 2025", "Rev. budget 2026", "Budget 2027"]
    header += ["Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", DRIFT_KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
    w.para(
        ("i", "Rev. budget 2026 avser budgeten efter tilläggsanslaget för sommarlovsaktiviteter "
         "(KF 2026-04-27, § 41)."),
        size=9,
    )  # fmt: skip
    w.para(
        "Investeringsbudgeten omfattar framför allt omläggningen av konstgräsplanen på "
        "Rönnarps IP och en ny skatepark i Tjörröd, som byggs 2028 efter önskemål från "
        "ungdomsrådet."
    )
    w.para(("b", "Investeringar (tkr)"))
    w.structure("Investeringar (tkr)")
    header = ["Projekt", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "investering", INV_KEYS, INVEST, "Summa investeringar")
    w.table([header, *body], widths=[7.6, 2.6, 2.6, 2.6])


def _key_figures(w: Writer) -> None:
    w.chapter("7 Verksamhetsmått")
    w.para("Måtten beskriver verksamhetens volymer de tre senaste åren.")
    rows = [KEY_HEADER, *([name, *values] for name, values in KEYS)]
    w.table(rows, keep_headers=True, widths=[8.6, 2.4, 2.4, 2.4])
    for name, values in KEYS:
        w.expected.key_figures.append(
            KeyRow("", name, dict(zip(KEY_HEADER[1:], values, strict=True)))
        )
    w.para(("i", KEY_NOTE), size=9)
    w.expected.notes.append(TableNote("7 Verksamhetsmått", KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("8 Intern kontroll")
    w.para(
        "Internkontrollplanen för 2027 bygger på förvaltningens riskanalys från september "
        "2026. Resultatet av kontrollerna redovisas för nämnden i januari 2028."
    )
    w.table([CONTROL_HEADER, *map(list, CONTROLS)], widths=[2.8, 3.6, 5.2, 2.6, 2.4])
    for process, _, moment, _, _ in CONTROLS:
        w.expected.controls.append(Control(moment, process))


def build_du(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Rönnarps kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Mål och budget 2027–2029",
        ordforande="Henrik Malmström (M)",
        forvaltningschef="Sara Lindqvist",
        diarienummer="KFN 2026/0142",
    )
    w = Writer("DU-kultur-fritid-etappmal", front)
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
