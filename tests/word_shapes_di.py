"""Corpus document DI: a vård- och omsorgsnämnd's plan 2027–2029 whose economists wrote their
tables in shorthand. The driftbudget per ansvar has the four-digit ansvar codes in a column of
their own, headers "Bokslut 25 | Budget 26 | Prognos T2 26 | Budget 27 | Plan 28 | Plan 29",
label rows ("Vård och omsorg", "Äldreomsorg", "Funktionsstöd (LSS)", "Intäkter"), two levels
of subtotals ("Summa Hemtjänst" inside "Summa Äldreomsorg", "Summa Funktionsstöd" and "Summa
vård och omsorg") and "Totalt nämnden", intäkter as negative amounts; the resultaträkning by
cost type is headed "U2025 | B2026 | B2027 | P2028 | P2029" with "−" (U+2212) before its
intäkter, the investments "Bu27 | P28 | P29" with "–" for no amount. Goals are Heading 2
"Nämndmål 1.2 …" (one "Nämndmål 2.2: …") under Heading 1 "KF målområde n: …", each over an
indicator table "Indikator | Utfall -24 | Utfall -25 | Mål -27 | Mål -28" (Mål -29 in the last
two areas); one staffing measure has a table of its own headed by läsår "2024/25 | 2025/26 |
Mål 2026/27 | Mål 2027/28". Activities are one table "Åtgärd | Ansvar | Klart" with "Q2 2027",
"HT 2027", "2027-06", "VT 2028" and "Löpande"; key figures are places per unit grouped by
kind of housing (header "Bu27") and a Kolada comparison with a source line under it;
internkontroll is a table "Process | Kontrollmoment | Metod | Ansvarig | Frekvens". The page
header and footer carry the document's short name and version.

Expected (what a perfect import gives): the front matter from the cover lines; nine chapters
(the KF målområde headings are the goals' areas, structure, not chapters); eight nämndmål
without their "Nämndmål n.n" label with twenty indicators whose "Utfall -24/-25" are outcomes
2024 and 2025 (no nuläge of their own) and whose targets are the "Mål -27/-28/-29" columns,
unit "%" where printed; the läsår measure with outcomes and targets by the year in which the
läsår ends; eleven activities with ansvarig and slutdatum (a quarter's, a month's or a term's
last day: HT 31 December, VT 30 June; none for "Löpande"); twelve driftbudget rows named
without their ansvar code, amounts per (kind, year) incl. the prognos, the codes kept as text;
six resultat rows (U2025 as the bokslut 2025), four investments; seven places rows under
their groups and five comparison rows as printed, with the source line as the table's note;
five controls with their process. Header cells, label rows, subtotals and totals are
structure."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests import word_shapes_di_parts as p
from tests.word_shapes_docx import Writer, budget_rows, cell_text, sv
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
    Val,
)

HEADER = "Lövsund VON · VP 2027–2029 · version 3"
FOOTER = "Utskriftsdatum 2026-11-27, sid"


def _cover(w: Writer) -> None:
    w.cover("Lövsunds kommun", size=14, bold=True)
    w.cover("Vård- och omsorgsnämnden", size=14)
    w.para("")
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.para("")
    w.cover("Beslutad av vård- och omsorgsnämnden 2026-11-19, § 112")
    w.cover("Dnr VON 2026/214")
    w.para("")
    w.cover("Ordförande: Birgitta Sandén (S)")
    w.cover("Förvaltningschef: Johan Lindkvist")
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver vad vård- och omsorgsnämnden ska uppnå under 2027–2029 "
        "och hur resurserna fördelas. Den utgår från kommunfullmäktiges målområden och den "
        "ekonomiska ram som fullmäktige beslutade om i juni 2026.",
        "Planen följs upp i delårsrapporterna efter april och augusti samt i "
        "verksamhetsberättelsen. Budgettabellerna är upprättade av ekonomienheten och "
        "redovisas i tusentals kronor.",
    )
    w.chapter("Nämndens ansvar och organisation")
    w.paras(
        "Nämnden ansvarar för äldreomsorg, hälso- och sjukvård upp till "
        "sjuksköterskenivå och insatser enligt LSS och socialtjänstlagen för personer med "
        "funktionsnedsättning. Förvaltningen har omkring 820 medarbetare.",
        "Verksamheten är organiserad i tre avdelningar: hemtjänst, särskilt boende och "
        "funktionsstöd. Myndighetsutövningen ligger hos en egen enhet under "
        "förvaltningschefen.",
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Antalet invånare över 80 år i Lövsund ökar med drygt 40 personer per år fram till "
        "2030. Samtidigt minskar antalet personer i arbetsför ålder, vilket gör "
        "kompetensförsörjningen till nämndens största utmaning.",
        "Statsbidragen har minskat sedan 2025 och nämnden räknar inte med att de återkommer. "
        "Kostnaderna för personlig assistans fortsätter att öka när Försäkringskassan "
        "beviljar färre timmar.",
    )
    w.bullets(
        "Fler äldre med omfattande behov bor kvar hemma längre.",
        "Digitala tjänster och välfärdsteknik blir en del av omsorgen.",
        "Heltid som norm kräver nya sätt att planera bemanningen.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål är sorterade under kommunfullmäktiges fyra målområden. Under varje "
        "nämndmål anges de indikatorer som följs upp. Utfall -24 och -25 avser helår."
    )
    for area, text, years, goals in p.AREAS:
        w.heading(area, 1)
        w.structure(area)
        w.para(text)
        for number, goal, inds in goals:
            sep = ":" if number == "2.2" else ""
            w.heading(f"Nämndmål {number}{sep} {goal}", 2)
            w.expected.goals.append(Goal(goal, "namnd"))
            head = ["Indikator", "Utfall -24", "Utfall -25", *(f"Mål -{y % 100}" for y in years)]
            rows = [head]
            for name, unit, u24, u25, targets in inds:
                rows.append(
                    [name, cell_text(u24, unit), cell_text(u25, unit)]
                    + [cell_text(targets.get(y), unit) for y in years]
                )
                outcomes: dict[int, Val] = {
                    y: v for y, v in ((2024, u24), (2025, u25)) if v is not None
                }
                w.expected.indicators.append(
                    Indicator(goal, name, unit, targets=dict(targets), outcomes=outcomes)
                )
            w.table(rows, widths=[7.6, 2.2, 2.2, 2.2, 2.2])
            if number == "3.1":
                _staffing(w, goal)


def _staffing(w: Writer, goal: str) -> None:
    name, cells, outcomes, targets = p.STAFFING
    w.para("Äldreomsorgslyftet följs upp per läsår:")
    head = ["Indikator", "2024/25", "2025/26", "Mål 2026/27", "Mål 2027/28"]
    w.table([head, [name, *cells]], widths=[7.6, 2.2, 2.2, 2.2, 2.2])
    w.expected.indicators.append(Indicator(goal, name, "", targets=targets, outcomes=outcomes))


def _activities(w: Writer) -> None:
    w.chapter("Åtgärder 2027–2029")
    w.para("För att nå målen genomför förvaltningen följande åtgärder under planperioden.")
    rows = [["Åtgärd", "Ansvar", "Klart"]]
    for name, who, when, day in p.ACTIVITIES:
        rows.append([name, who, when])
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[10.5, 4.0, 2.3])


def _drift(w: Writer) -> None:
    w.para(("b", "Driftbudget per ansvar, tkr"))
    w.structure("Driftbudget per ansvar, tkr")
    rows: list[list[str]] = [p.DRIFT_HEAD]

    def lines(group: list[p.Line]) -> list[int]:
        for code, name, amounts in group:
            rows.append([code, name, *(sv(a) for a in amounts)])
            keyed = dict(zip(p.DRIFT_KEYS, map(D, amounts), strict=True))
            w.expected.budget.append(BudgetRow("drift", name, keyed))
        return [sum(col) for col in zip(*(a for _, _, a in group), strict=True)]

    def total(label: str, sums: list[int]) -> None:
        cells = [sv(s) for s in sums]
        rows.append(["", label, *cells])
        w.totals(label, *cells)

    def label(text: str) -> None:
        rows.append(["", text])
        w.structure(text)

    lead = lines([p.DRIFT_LEAD])
    label("Vård och omsorg")
    label("Äldreomsorg")
    hem = lines(p.HEMTJANST)
    total("Summa Hemtjänst", hem)
    boenden = lines(p.BOENDEN)
    aldre = [a + b for a, b in zip(hem, boenden, strict=True)]
    total("Summa Äldreomsorg", aldre)
    label("Funktionsstöd (LSS)")
    lss = lines(p.LSS)
    total("Summa Funktionsstöd", lss)
    von = [a + b for a, b in zip(aldre, lss, strict=True)]
    total("Summa vård och omsorg", von)
    label("Intäkter")
    income = lines(p.INTAKTER)
    whole = [a + b + c for a, b, c in zip(lead, von, income, strict=True)]
    total("Totalt nämnden", whole)
    w.table(rows, widths=[1.3, 5.2] + [1.75] * 6, size=8)
    _result(w, [whole[i] for i in (0, 1, 3, 4, 5)])


def _result(w: Writer, net: list[int]) -> None:
    w.para(
        "Resultaträkningen visar samma nettokostnad fördelad på kostnadsslag. "
        "U = utfall, B = budget, P = plan."
    )
    w.para(("b", "Resultaträkning per kostnadsslag, tkr"))
    w.structure("Resultaträkning per kostnadsslag, tkr")
    costs = list(p.RESULT_COSTS)
    income = [sum(col) for col in zip(*(a for _, a in p.RESULT_INCOME), strict=True)]
    known = [sum(col) for col in zip(*(a for _, a in costs), strict=True)]
    other = [n - i - k for n, i, k in zip(net, income, known, strict=True)]
    costs.append(("Övriga kostnader", other))
    minus = "\u2212"
    rows = [p.RESULT_HEAD]
    rows += budget_rows(w, "resultat", p.RESULT_KEYS, p.RESULT_INCOME, "Summa intäkter",
                        minus=minus)  # fmt: skip
    rows += budget_rows(w, "resultat", p.RESULT_KEYS, costs, "Summa kostnader", minus=minus)
    rows.append(["Nettokostnad", *(sv(n, minus=minus) for n in net)])
    w.totals("Nettokostnad", *(sv(n, minus=minus) for n in net))
    w.table(rows, widths=[5.6] + [2.2] * 5)


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Nämndens nettokostnadsram för 2027 är 478 250 tkr, en ökning med 5,1 procent "
        "jämfört med budget 2026. Ökningen avser främst löner, den nya avdelningen på "
        "Solgläntan och volymökningen i hemtjänsten.",
        "Prognosen efter andra tertialet 2026 pekar på ett underskott om 7 590 tkr, "
        "främst i hemtjänsten och personlig assistans. Högre statsbidrag än budgeterat "
        "minskar underskottet, men de bidragen är tillfälliga.",
    )
    _drift(w)
    w.para(
        "Investeringsbudgeten omfattar framför allt välfärdsteknik och inventarier till den "
        "nya avdelningen på Solgläntan."
    )
    w.para(("b", "Investeringsbudget, tkr"))
    w.structure("Investeringsbudget, tkr")
    keys = [("budget", 2027), ("plan", 2028), ("plan", 2029)]
    rows: list[list[str]] = [p.INVEST_HEAD]
    for name, amounts in p.INVESTMENTS:
        rows.append([name, *("–" if a is None else sv(a) for a in amounts)])
        given = {k: D(a) for k, a in zip(keys, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("investering", name, given))
    sums = [sum(a[i] or 0 for _, a in p.INVESTMENTS) for i in range(3)]
    rows.append(["Summa investeringar", *(sv(s) for s in sums)])
    w.totals("Summa investeringar", "–", *(sv(s) for s in sums))
    w.table(rows, widths=[8.0, 2.5, 2.5, 2.5])


def _staff(w: Writer) -> None:
    w.chapter("Personal och kompetensförsörjning")
    w.paras(
        "Fram till 2030 behöver förvaltningen rekrytera omkring 60 undersköterskor per år "
        "för att ersätta pensionsavgångar och möta det ökade behovet. Äldreomsorgslyftet "
        "ger vårdbiträden möjlighet att utbilda sig på betald arbetstid.",
        "Sjukfrånvaron har minskat två år i rad men är fortfarande högst i hemtjänsten. "
        "Arbetet med heltid som norm fortsätter enligt den plan som tecknades med "
        "Kommunal 2025.",
    )


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Antalet platser anges per enhet. Bu27 avser det antal platser budgeten bygger på.")
    w.para(("b", p.PLACES_TITLE))
    rows: list[list[str]] = [p.PLACES_HEAD]
    for group, units in p.PLACES:
        rows.append([group])
        for name, cells in units:
            rows.append([name, *cells])
            values = dict(zip(p.PLACES_HEAD[1:], cells, strict=True))
            w.expected.key_figures.append(KeyRow(p.PLACES_TITLE, name, values, group))
    w.table(rows, keep_headers=True, widths=[7.0, 2.6, 2.6, 2.6])
    w.para(("b", p.COMPARE_TITLE))
    w.table([p.COMPARE_HEAD, *p.COMPARE], keep_headers=True, widths=[7.4, 2.6, 3.4, 2.4])
    for row in p.COMPARE:
        values = dict(zip(p.COMPARE_HEAD[1:], row[1:], strict=True))
        w.expected.key_figures.append(KeyRow(p.COMPARE_TITLE, row[0], values))
    w.para(("i", p.COMPARE_NOTE), size=8)
    w.expected.notes.append(TableNote(p.COMPARE_TITLE, p.COMPARE_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens risk- och väsentlighetsanalys. "
        "Resultatet rapporteras till nämnden i februari 2028."
    )
    rows = [p.CONTROL_HEAD]
    for process, moment, method, who, when in p.CONTROLS:
        rows.append([process, moment, method, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 6.2, 3.4, 2.6, 2.0], size=8)


def build_di(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Lövsunds kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Birgitta Sandén (S)",
        forvaltningschef="Johan Lindkvist",
        diarienummer="VON 2026/214",
    )
    w = Writer("DI-vård-omsorg-ekonomförkortningar", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _staff(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
