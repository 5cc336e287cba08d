"""Corpus document EA: a socialnämnd's verksamhetsplan 2027–2028 in a mid-size Småland kommun
(Lönneby), written in the kommun's common Word template by the nämndsekreterare and the
förvaltning's controller. Its conventions, chosen because the corpus has none of them together
and because they are what a goal-management system's export pasted into Word looks like:

- a cover with the title, the nämnd and a two-column "Dokumentinformation"-like table
  ("Diarienummer | SN 2026/214", "Beslutad | …", "Ordförande | …", "Socialchef | …",
  "Handläggare | …"), and a running footer with a PAGE field;
- chapters as Heading 1; each goal a Heading 2 "Mål 1 – …" with a "Därför är målet viktigt"
  paragraph, then an indicator table "Indikator | | 2024 | 2025 | 2027 | 2028" where each
  indicator takes two rows, labelled "Utfall" and "Mål" in the second column, its name merged
  down over both (Stratsys/Hypergene reports print outcomes and targets this way); two survey
  indicators have "–" for 2025 (the survey is biennial);
- one activity table "Aktivitet | Mål nr | Ansvarig | Tidsperiod" linking the goals by number
  ("2, 6"), with periods as ranges ("jan–jun 2027", "2027-02-01 – 2027-12-31", "sep 2027–maj
  2028", "feb 2027–"), "hösten 2027", "2027", "april 2027" and "Löpande";
- a "Tabell n." captioned driftbudget of net costs with "−" and a "Förändring 2027 mot 2026"
  column and "Summa socialnämnden", a resultatbudget by kostnadsslag ending in "Nettokostnad",
  a small investment table, key figures grouped under merged verksamhet rows with a "Riket
  2025" column and a source note, and an internkontrollplan with numbered controls whose
  process cell is merged down over two controls.

Expected (what a perfect import gives): the front matter from the cover and its table; the
Heading 1 chapters; six nämndsmål (without "Mål n –") with sixteen indicators, outcomes 2024
and 2025 (the latest is the nuläge; 2024 where 2025 is "–"), targets 2027 and 2028; eleven
activities with ansvarig and slutdatum (the last day of a range's last month or of the named
period, none for "Löpande" and for an open range "feb 2027–"); nine driftbudget rows by
(bokslut, 2025), (budget, 2026), (budget, 2027), (plan, 2028) – the Förändring column is no
amount; six resultat rows by (budget, 2026), (budget, 2027), (plan, 2028); three investments;
seven key-figure rows under their group; the source line as the table's note; six controls with
their process (the merged cell's process for control 2). Captions, header cells, the "Utfall"/
"Mål" labels, the cover labels and the totals rows are structure; the footer is absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_ea_parts import (
    ACTIVITIES,
    CONTROLS,
    DRIFT,
    DRIFT_KEYS,
    GOALS,
    INVEST,
    KEY_GROUPS,
    KEY_HEADER,
    KEY_NOTE,
    RESULT,
    RESULT_KEYS,
)
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

MINUS = "−"
FOOTER = "Lönneby kommun · Socialnämndens verksamhetsplan 2027–2028 · Sida"
ORDF = "Karin Axelsson (S)"
CHEF = "Peter Holm"


def _money(value: int | None) -> str:
    return "" if value is None else sv(value, minus=MINUS)


def _footer(w: Writer) -> None:
    paragraph = w.doc.sections[0].footer.paragraphs[0]
    paragraph.add_run(FOOTER + " ")
    run = paragraph.add_run()
    for kind, text in (("begin", ""), ("", " PAGE "), ("end", "")):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)
    w.expected.absent.append(FOOTER)


def _cover(w: Writer) -> None:
    w.cover("Lönneby kommun", size=14, bold=True)
    w.doc.add_paragraph()
    w.cover("Verksamhetsplan 2027–2028", size=28, bold=True)
    w.cover("Socialnämnden", size=16)
    w.doc.add_paragraph()
    rows = [
        ["Diarienummer", "SN 2026/214"],
        ["Beslutad", "Socialnämnden 2026-11-24, § 142"],
        ["Ordförande", ORDF],
        ["Socialchef", CHEF],
        ["Handläggare", "Sara Lindqvist, nämndsekreterare, och Jonas Ek, controller"],
        ["Gäller för", "2027–2028"],
    ]
    w.table(rows, header_rows=0, widths=[4.0, 12.0], size=10)
    w.structure(*(c for r in rows for c in r))
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur socialnämnden ska arbeta under 2027 och 2028 för att "
        "nå kommunfullmäktiges inriktning och nämndens egna mål. Planen är nämndens styrande "
        "dokument för förvaltningen och följs upp i delårsrapporten och i "
        "verksamhetsberättelsen.",
        "Planen har tagits fram av förvaltningens ledningsgrupp tillsammans med nämndens "
        "presidium. Medarbetare och brukarråd har lämnat synpunkter under hösten 2026.",
    )
    w.chapter("Nämndens uppdrag")
    w.paras(
        "Socialnämnden ansvarar för individ- och familjeomsorgen, ekonomiskt bistånd, "
        "arbetsmarknadsinsatser för personer som står långt från arbetsmarknaden, stöd och "
        "service enligt LSS samt socialpsykiatri. Nämnden har cirka 430 tillsvidareanställda.",
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Lönneby växer långsamt och har i dag drygt 27 000 invånare. Andelen äldre ökar, men "
        "behoven inom socialtjänsten styrs mer av arbetsmarknaden och av den psykiska hälsan "
        "bland unga. Arbetslösheten bland utrikes födda är fortfarande hög.",
        "Den nya socialtjänstlagen ställer krav på ett mer förebyggande och kunskapsbaserat "
        "arbete. Samtidigt stiger kostnaderna för köpt vård och för LSS snabbare än "
        "kommunens skatteintäkter. Nämnden måste därför både ställa om och hushålla.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Nämndens mål och indikatorer")
    w.para(
        "Nämnden har sex mål för perioden. Under varje mål redovisas indikatorerna med utfall "
        "för de två senaste åren och målvärden för 2027 och 2028."
    )
    for n, (goal, why, inds) in enumerate(GOALS, 1):
        w.heading(f"Mål {n} – {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        w.para(("b", "Därför är målet viktigt: "), why)
        rows = [["Indikator", "", "2024", "2025", "2027", "2028"]]
        merges = []
        for name, unit, u24, u25, m27, m28 in inds:
            first = len(rows)
            u25_cell = "–" if u25 is None else cell_text(u25, unit)
            rows.append([name, "Utfall", cell_text(u24, unit), u25_cell, "", ""])
            rows.append(["", "Mål", "", "", cell_text(m27, unit), cell_text(m28, unit)])
            merges.append((first, 0, first + 1, 0))
            outcomes = {y: v for y, v in ((2024, u24), (2025, u25)) if v is not None}
            latest = max(outcomes)
            w.expected.indicators.append(
                Indicator(
                    goal,
                    name,
                    unit,
                    latest,
                    outcomes[latest],
                    {y: v for y, v in ((2027, m27), (2028, m28)) if v is not None},
                    outcomes,
                )
            )
        w.table(rows, merges=merges, widths=[7.4, 1.6, 1.9, 1.9, 1.9, 1.9])
        w.structure("Utfall", "Mål", "–")


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter 2027–2028")
    w.para(
        "Aktiviteterna nedan är förvaltningens viktigaste insatser för att nå nämndens mål. "
        "Kolumnen Mål nr anger vilket eller vilka mål aktiviteten bidrar till."
    )
    rows = [["Aktivitet", "Mål nr", "Ansvarig", "Tidsperiod"]]
    for name, goals, who, when, day in ACTIVITIES:
        rows.append([name, goals, who, when])
        w.expected.activities.append(Activity(name, who, day))
        if day is not None:
            w.structure(when)  # the period is the activity's slutdatum, as BF's dates are
    w.table(rows, widths=[8.0, 1.6, 4.0, 3.0])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram för 2027 är 248 340 tkr, en ökning med 6 040 tkr jämfört med 2026. "
        "Ökningen avser framför allt nya beslut om bostad med särskild service enligt LSS och "
        "löneökningar. Kostnaderna för köpt vård ska minska med 2 100 tkr."
    )
    caption = "Tabell 1. Driftbudget, nettokostnad per verksamhet (tkr)"
    w.para(("b", caption))
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028",
              "Förändring 2027 mot 2026"]  # fmt: skip
    rows = [header]
    for name, amounts, change in DRIFT:
        rows.append([name, *(_money(a) for a in amounts), sv(change, minus=MINUS)])
        given = {k: D(a) for k, a in zip(DRIFT_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sum(r[1][i] for r in DRIFT) for i in range(4)]
    total = ["Summa socialnämnden", *(_money(s) for s in sums),
             sv(sum(r[2] for r in DRIFT), minus=MINUS)]  # fmt: skip
    rows.append(total)
    w.table(rows, widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.4])
    w.totals(*total)
    w.structure(caption)

    caption = "Tabell 2. Resultatbudget per kostnadsslag (tkr)"
    w.para(("b", caption))
    rows = [["Kostnadsslag", "Budget 2026", "Budget 2027", "Plan 2028"]]
    for name, amounts in RESULT:
        rows.append([name, *(_money(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(RESULT_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("resultat", name, given))
    net = ["Nettokostnad", *(_money(sum(r[1][i] for r in RESULT)) for i in range(3))]
    rows.append(net)
    w.table(rows, widths=[6.0, 3.0, 3.0, 3.0])
    w.totals(*net)
    w.structure(caption)

    caption = "Tabell 3. Investeringar (tkr)"
    w.para(("b", caption))
    rows = [["Investering", "2027", "2028"]]
    for name, a27, a28 in INVEST:
        rows.append([name, _money(a27), _money(a28)])
        given = {("budget", y): D(a) for y, a in ((2027, a27), (2028, a28)) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given))
    invest_total = ["Summa", _money(sum(r[1] or 0 for r in INVEST)),
                    _money(sum(r[2] or 0 for r in INVEST))]  # fmt: skip
    rows.append(invest_total)
    w.table(rows, widths=[9.0, 3.0, 3.0])
    w.totals(*invest_total)
    w.structure(caption)
    w.para(
        "Investeringarna finansieras inom kommunens investeringsram. Kapitalkostnaderna ryms i "
        "nämndens driftbudget från 2028."
    )


def _key_figures(w: Writer) -> None:
    w.chapter("Socialtjänsten i siffror")
    caption = "Tabell 4. Nyckeltal"
    w.para(("b", caption))
    w.structure(caption)
    rows = [KEY_HEADER]
    merges = []
    for group, lines in KEY_GROUPS:
        merges.append((len(rows), 0, len(rows), len(KEY_HEADER) - 1))
        rows.append([group] + [""] * (len(KEY_HEADER) - 1))
        w.structure(group)
        for line in lines:
            rows.append(line)
            given = dict(zip(KEY_HEADER[1:], line[1:], strict=True))
            w.expected.key_figures.append(KeyRow("", line[0], given, group))
    table = w.table(rows, merges=merges, keep_headers=True, widths=[7.6, 2.0, 2.0, 2.0, 2.4])
    for r, _, _, _ in merges:
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote("Nyckeltal", KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Kontrollerna redovisas för "
        "nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Nr", "Process", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig"]]
    merges = []
    process = ""
    for nr, proc, risk, moment, freq, who in CONTROLS:
        if proc:
            process = proc
        else:
            merges.append((len(rows) - 1, 1, len(rows), 1))
        rows.append([nr, proc, risk, moment, freq, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, merges=merges, widths=[0.9, 2.6, 3.8, 4.6, 2.2, 2.6])


def build_ea(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Lönneby kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande=ORDF,
        forvaltningschef=CHEF,
        diarienummer="SN 2026/214",
    )
    w = Writer("EA-social-utfall-mal-rader", front)
    _footer(w)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
