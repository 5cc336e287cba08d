"""Corpus document EB: a fritids- och kulturnämnd's verksamhetsberättelse 2026 in a small
Jämtland kommun (Tjärnåsens kommun), a follow-up of the year's plan, written blind.

Conventions chosen (not in A–DZ, or combined as none of them does), each as small Norrland
kommuner write their berättelser: the goals are assessed only once, in a summary table "Nr |
Nämndens mål 2026 | Samlad bedömning" at the head of "Måluppfyllelse", on a four-step scale
("Helt uppnått", "Till stor del uppnått", "Delvis uppnått", "Inte uppnått", plus "Kan inte
bedömas") explained in a sentence above it – the four-step scale is common in Jämtland and
Västernorrland kommuners årsredovisningar; each goal then returns as a Heading 2 "Mål n. …"
with comment paragraphs and an indicator table "Indikator | Målvärde 2026 | Utfall 2026
(2025)" whose outcome cells carry last year's outcome in parentheses ("25 130 (23 540)", "– (66
%)"), a compact way of showing the trend that small kommuner use when the page is narrow; the
activity follow-up "Aktivitet | Ansvarig | Läge 31/12" has free-text cells opening with the
status word and a short explanation ("Klar i april. …", "Delvis. …", "Ej påbörjad – flyttas
till 2027 …", "Avbruten. …"), as a secretary typing into last year's activity table writes; the
economic result is a driftredovisning of net costs as negative amounts "Bokslut 2025 | Budget
2026 | Utfall 2026 | Avvikelse" with a "Summa" row, preceded by a two-column "Ekonomi i korthet"
box of totals; investments "Projekt | Budget 2026 | Utfall 2026"; key figures grouped under
merged "Fritid"/"Kultur" rows with a "Källa:" note; internkontroll "Process | Kontrollmoment |
Utfört | Iakttagelser" with the process repeated; a page header and a page footer.

Expected (what a careful secretary enters): the front matter from the cover (one year, 2026);
the chapters; six goals with their assessments ("Till stor del uppnått" and "Delvis uppnått"
are delvis, "Kan inte bedömas" ej_bedomd); fifteen indicators with the 2026 target and the
outcomes for 2026 and 2025 (no nuläge: the berättelse states none); ten activities with their
ansvarig and their statuses in the follow-up ("Delvis. …" pagar, "Ej påbörjad – flyttas till
2027" senarelagd); eight driftbudget rows by (bokslut, 2025), (budget, 2026), (utfall, 2026);
three investments by their 2026 budget (as CS, BW); six key-figure rows under their groups and
the source note; four controls with their process. Header cells, the summary table's numbers
and assessments, deviations, the totals row, the "Ekonomi i korthet" box and the cover's labels
are structure; the page header and footer are not in the plan."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx.shared import Pt

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_eb_parts import ACTIVITIES, CONTROLS, DRIFT, GOALS, INVESTMENTS, KEY_GROUPS
from tests.word_shapes_model import (
    Activity,
    ActivityStatus,
    Assessment,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
)

HEADER = "Tjärnåsens kommun\tFritids- och kulturnämnden"
FOOTER = "Verksamhetsberättelse 2026 – Fritids- och kulturnämnden"
GRADES = {
    "Helt uppnått": "uppfyllt",
    # Judgement: vplan has three grades; "to a great extent" is still only partly reached.
    "Till stor del uppnått": "delvis",
    "Delvis uppnått": "delvis",
    "Inte uppnått": "ej_uppfyllt",
    "Kan inte bedömas": "ej_bedomd",
}


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += ["Tjärnåsens kommun Fritids- och kulturnämnden", FOOTER]
    w.cover("Tjärnåsens kommun", size=14, bold=True)
    w.para()
    w.para()
    w.cover("Verksamhetsberättelse 2026", size=26, bold=True)
    w.cover("Fritids- och kulturnämnden", size=16)
    w.para()
    w.cover("Ordförande: Britt-Marie Sundqvist (C)", size=10)
    w.cover("Förvaltningschef: Jonas Hägglund", size=10)
    w.cover("Dnr FKN 2027/8", size=10)
    w.cover("Behandlad av fritids- och kulturnämnden 2027-02-11, § 6", size=10)
    w.page_break()


def _intro(w: Writer) -> None:
    w.chapter("Ordföranden har ordet")
    w.paras(
        "2026 blev ett år då många nya saker kom på plats. Biblioteket i Västbyn fick "
        "meröppet, föreningarna fick ett nytt bidragssystem och elljusspåret i Rösjö fick ny "
        "belysning. Vintern var lång och snörik, och skidspåren användes som aldrig förr.",
        "Samtidigt har året visat hur sårbara vi är. När fritidsgården i Västbyn fick stänga "
        "efter en vattenskada märktes det direkt i ungdomarnas vardag. Jag vill tacka alla "
        "medarbetare och ideella ledare som gör fritiden och kulturen i Tjärnåsen möjlig.",
        "Britt-Marie Sundqvist, ordförande",
    )
    w.chapter("Nämndens uppdrag")
    w.para(
        "Fritids- och kulturnämnden ansvarar för idrotts- och friluftsanläggningar, simhallen, "
        "fritidsgårdar, stöd till föreningslivet, bibliotek, kulturskola och allmän "
        "kulturverksamhet. Verksamheten bedrivs av fritids- och kulturavdelningen inom "
        "samhällsförvaltningen med 31 årsarbetare."
    )
    w.chapter("Viktiga händelser under året")
    w.bullets(
        "Meröppet infördes på biblioteket i Västbyn i februari.",
        "Nytt digitalt system för föreningsbidrag togs i bruk i april.",
        "Fritidsgården i Västbyn var stängd i sex veckor under hösten efter en vattenskada.",
        "Jämtlands läns idrottsförbund förlade sitt distriktsläger till Tjärnåsen i juli.",
    )


def _summary(w: Writer) -> None:
    w.chapter("Måluppfyllelse")
    w.para(
        "Nämnden hade sex mål för 2026. Bedömningen görs i fyra steg: helt uppnått, till stor "
        "del uppnått, delvis uppnått och inte uppnått. Ett mål kan inte bedömas eftersom "
        "underlaget saknas. Indikatorernas utfall för 2025 anges inom parentes."
    )
    rows = [["Nr", "Nämndens mål 2026", "Samlad bedömning"]]
    for number, (goal, grade, _, _) in enumerate(GOALS, 1):
        rows.append([str(number), goal, grade])
        w.structure(str(number), grade)  # the link and the assessment (checked as such)
        w.expected.assessments.append(Assessment(goal, GRADES[grade]))
    w.table(rows, widths=[1.0, 11.0, 4.4])


def _goals(w: Writer) -> None:
    x = w.expected
    for number, (goal, _, comments, inds) in enumerate(GOALS, 1):
        w.heading(f"Mål {number}. {goal}", 2)
        x.goals.append(Goal(goal))
        w.paras(*comments)
        rows = [["Indikator", "Målvärde 2026", "Utfall 2026 (2025)"]]
        for name, unit, target, now, before in inds:
            shown = "–" if now is None else cell_text(now, unit)
            rows.append([name, cell_text(target, unit), f"{shown} ({cell_text(before, unit)})"])
            outcomes = {y: v for y, v in ((2026, now), (2025, before)) if v is not None}
            targets = {2026: target} if target is not None else {}
            x.indicators.append(Indicator(goal, name, unit, targets=targets, outcomes=outcomes))
        w.table(rows, widths=[9.6, 3.0, 3.8])


def _activities(w: Writer) -> None:
    w.chapter("Uppföljning av aktiviteter")
    w.para(
        "Tabellen visar läget den 31 december för de tio aktiviteter som nämnden beslutade "
        "om i verksamhetsplanen för 2026. Sex är klara, tre pågår eller har skjutits upp och "
        "en har avbrutits."
    )
    rows = [["Aktivitet", "Ansvarig", "Läge 31/12"]]
    for name, owner, state, status in ACTIVITIES:
        rows.append([name, owner, state])
        w.expected.activities.append(Activity(name, ansvarig=owner))
        w.expected.statuses.append(ActivityStatus(name, status))
    w.table(rows, widths=[7.2, 3.8, 5.4])


def _economy(w: Writer) -> None:
    x = w.expected
    w.chapter("Ekonomi")
    budget = sum(b for _, _, b, _ in DRIFT)
    outcome = sum(o for _, _, _, o in DRIFT)
    box = [
        ["Nettobudget 2026", f"{sv(-budget)} tkr"],
        ["Nettokostnad 2026", f"{sv(-outcome)} tkr"],
        ["Avvikelse mot budget", f"+{sv(outcome - budget)} tkr"],
    ]
    w.para(("b", "Ekonomi i korthet"))
    w.structure("Ekonomi i korthet")
    w.table(box, header_rows=0, widths=[6.0, 3.6])
    for row in box:
        w.structure(*row)  # the totals of the table below, said again
    w.para(
        "Nämnden redovisar ett överskott på 434 tkr. Idrottsanläggningarna gick med "
        "underskott på grund av höga energikostnader och snöröjning under den långa vintern, "
        "medan fritidsgårdarna fick ett överskott när gården i Västbyn var stängd och vakanser "
        "inte tillsattes."
    )
    caption = "Driftredovisning, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Bokslut 2025", "Budget 2026", "Utfall 2026", "Avvikelse"]]
    for name, before, plan, actual in DRIFT:
        deviation = sv(actual - plan)
        rows.append([name, sv(before), sv(plan), sv(actual), deviation])
        w.structure(deviation)  # computed
        amounts = {("bokslut", 2025): D(before), ("budget", 2026): D(plan)}
        amounts[("utfall", 2026)] = D(actual)
        x.budget.append(BudgetRow("drift", name, amounts))
    before = sum(r[1] for r in DRIFT)
    total = ["Summa", sv(before), sv(budget), sv(outcome), sv(outcome - budget)]
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[5.6, 2.7, 2.7, 2.7, 2.7])
    for cell in table.rows[-1].cells:
        cell.paragraphs[0].runs[0].bold = True
    w.para(("i", "Positiv avvikelse = överskott mot budget."), size=9)
    w.structure("Positiv avvikelse = överskott mot budget.")
    w.para(
        "Av investeringsbudgeten på 3 550 tkr användes 2 748 tkr. Renoveringen av "
        "omklädningsrummen blir klar i mars 2027 och 750 tkr begärs ombudgeterade."
    )
    caption = "Investeringar, tkr"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Projekt", "Budget 2026", "Utfall 2026"]]
    for name, plan, actual in INVESTMENTS:
        rows.append([name, sv(plan), sv(actual)])
        # As CS and BW: an investment row holds its budget; the outcome is follow-up text.
        x.budget.append(BudgetRow("investering", name, {("budget", 2026): D(plan)}))
    w.table(rows, widths=[8.0, 3.0, 3.0])


def _key_figures(w: Writer) -> None:
    x = w.expected
    w.chapter("Nyckeltal")
    w.para(
        "Kostnaden per invånare ökar för både fritid och kultur, främst på grund av högre "
        "energipriser och att biblioteket i Västbyn har fått längre öppettider."
    )
    title = "Nyckeltal 2024–2026"
    w.para(("b", title))
    w.structure(title)
    header = ["Nyckeltal", "2024", "2025", "2026"]
    rows, merges = [header], []
    for group, items in KEY_GROUPS:
        merges.append((len(rows), 0, len(rows), 3))
        rows.append([group, "", "", ""])
        w.structure(group)
        for item in items:
            rows.append(item)
            values = dict(zip(header[1:], item[1:], strict=True))
            x.key_figures.append(KeyRow(title, item[0], values, group=group))
    table = w.table(rows, keep_headers=True, merges=merges, widths=[9.0, 2.4, 2.4, 2.4])
    for r, *_ in merges:
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
    note = "Källa: Kolada (nettokostnader) och egen statistik."
    w.para(("i", note), size=9)
    x.notes.append(TableNote(title, note))


def _control(w: Writer) -> None:
    w.chapter("Uppföljning av internkontroll")
    w.para(
        "Internkontrollplanen för 2026 innehöll fyra kontrollmoment. Tre har genomförts fullt "
        "ut. Resultatet redovisades för nämnden den 10 december."
    )
    rows = [["Process", "Kontrollmoment", "Utfört", "Iakttagelser"]]
    for process, moment, done, notes in CONTROLS:
        rows.append([process, moment, done, notes])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 5.2, 1.6, 6.6])
    w.chapter("Framtiden")
    w.paras(
        "Befolkningen i kommunen minskar långsamt men antalet barn 6–12 år ökar i Tjärnåsen. "
        "Trycket på sporthallarna kommer att fortsätta, och nämnden behöver tillsammans med "
        "föreningarna se över hur tiderna fördelas.",
        "Energikostnaderna för simhall och ishall är den största ekonomiska risken för 2027.",
    )


def build_eb(path: Path) -> Expected:
    front = Front(
        namnd="Fritids- och kulturnämnden",
        kommun="Tjärnåsens kommun",
        forsta_ar=2026,
        sista_ar=2026,
        titel="Verksamhetsberättelse 2026",
        ordforande="Britt-Marie Sundqvist (C)",
        forvaltningschef="Jonas Hägglund",
        diarienummer="FKN 2027/8",
    )
    w = Writer("EB-fritid-kultur-fyrgradig", front)
    w.doc.styles["Normal"].font.size = Pt(11)
    _cover(w)
    _intro(w)
    _summary(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
