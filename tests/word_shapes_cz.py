"""Corpus document CZ: a barn- och utbildningsnämnd's plan for 2027–2028 whose goal table is
"Nr | Mål | Indikatorer | Målvärden": the Indikatorer cell holds the goal's indicators as a
Word-numbered list (w:numPr, one paragraph each, the numbering restarting in each cell) and
the Målvärden cell a matching numbered list of targets in the same order ("Minst 85 % (2027),
90 % (2028)", "Öka", "Högst 3,0 (2027)"); the baselines follow in a separate table
"Utgångsvärden" keyed by indicator number ("1.1", "1.2"); activities are a table "Aktivitet |
Koppling till mål | Ansvar | Tid" where one activity may name several goals ("1, 3") and the
time is a school year or a term ("Läsåret 2027/28", "HT 2027"); the budget is by skolform with
an "Elever 2027" column before the amounts and a "Kostnad per elev" column after them, closed
by a Summa row; key figures and internkontroll are tables; the page footer carries a version.

Expected (what a perfect import gives): the front matter from the cover (the
barn- och utbildningschef as förvaltningschef); the prose chapters; six nämndsmål (without
their numbers) with fifteen indicators, each with the target list's item at its position
(a "Minst"/"Högst" carried to the second year of the same item; a yearless "Öka" for both plan
years) and its baseline from the Utgångsvärden row of its number (the year of that row; none
for the new indicator); ten activities with ansvar and slutdatum (a school year ends 30 June,
HT 31 December, VT 30 June, none for "Löpande"), the goal as group where exactly one is named;
nine driftbudget rows by (budget, 2026), (budget, 2027), (plan, 2028), the elever and
kostnad-per-elev figures kept beside them as a table in the chapter; five key-figure rows (2023–
2025 as printed) with the note under them; five controls with their process. The Utgångsvärden
table's cells are the indicators' figures; its caption and header are structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_docx import Writer, sv
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

Ind = tuple[str, str, str, dict[int, Val], str, int | None, Val | None]
"""An indicator: name, unit, the target as printed, the targets it means, the baseline as
printed, its year and value."""

GOALS: list[tuple[str, list[Ind]]] = [
    ("Alla elever når kunskapskraven och lämnar grundskolan med behörighet till gymnasiet.",
     [("Andel elever i åk 9 som är behöriga till yrkesprogram", "%",
       "Minst 85 % (2027), 90 % (2028)", {2027: "Minst 85 %", 2028: "Minst 90 %"},
       "81,4 %", 2025, D("81.4")),
      ("Genomsnittligt meritvärde i åk 9", "", "Minst 225 (2027), 230 (2028)",
       {2027: "Minst 225", 2028: "Minst 230"}, "218,6", 2025, D("218.6")),
      ("Andel elever i åk 6 med lägst betyget E i matematik", "%", "Öka",
       {2027: "Öka", 2028: "Öka"}, "84 %", 2025, D(84))]),
    ("Barn och elever känner sig trygga och har studiero i förskola och skola.",
     [("Andel elever i åk 5 och 8 som känner sig trygga i skolan", "%",
       "Minst 90 % (2027), 92 % (2028)", {2027: "Minst 90 %", 2028: "Minst 92 %"},
       "86 %", 2025, D(86)),
      ("Andel elever som upplever studiero på lektionerna", "%", "Öka",
       {2027: "Öka", 2028: "Öka"}, "61 %", 2025, D(61)),
      ("Andel vårdnadshavare i förskolan som anser att barnet är tryggt", "%",
       "Minst 95 % (2027)", {2027: "Minst 95 %"}, "94 %", 2024, D(94))]),
    ("Elevernas närvaro ökar och ingen elev är långvarigt frånvarande utan åtgärd.",
     [("Genomsnittlig frånvaro per elev i grundskolan, dagar per termin", "",
       "Högst 3,0 (2027)", {2027: "Högst 3,0"}, "3,7", 2025, D("3.7")),
      ("Antal elever med mer än 50 % frånvaro", "", "Högst 5 (2027), 3 (2028)",
       {2027: "Högst 5", 2028: "Högst 3"}, "11", 2025, D(11))]),
    ("Förskolan ger alla barn en god start med språk och lek i fokus.",
     [("Andel inskrivna barn 1–5 år av alla barn i åldern", "%",
       "Minst 88 % (2027), 90 % (2028)", {2027: "Minst 88 %", 2028: "Minst 90 %"},
       "86,2 %", 2025, D("86.2")),
      ("Antal barn per årsarbetare i förskolan", "", "Högst 5,2 (2027)", {2027: "Högst 5,2"},
       "5,6", 2025, D("5.6")),
      ("Andel barn med annat modersmål som deltar i språkstödjande aktiviteter", "%",
       "Minst 75 % (2028)", {2028: "Minst 75 %"}, "Nytt mått", None, None)]),
    ("Kommunen har behöriga och engagerade medarbetare i alla skolformer.",
     [("Andel lärare med lärarlegitimation och behörighet i minst ett ämne", "%",
       "Minst 80 % (2027), 82 % (2028)", {2027: "Minst 80 %", 2028: "Minst 82 %"},
       "76,8 %", 2025, D("76.8")),
      ("Hållbart medarbetarengagemang (HME), index", "", "Minst 80 (2027)",
       {2027: "Minst 80"}, "77", 2025, D(77))]),
    ("Fler unga och vuxna fullföljer en utbildning som leder till arbete eller studier.",
     [("Andel elever som tar examen från gymnasiet inom fyra år", "%",
       "Minst 78 % (2028)", {2028: "Minst 78 %"}, "73 %", 2025, D(73)),
      ("Andel kursdeltagare i vuxenutbildningen som fullföljer sin kurs", "%", "Öka",
       {2027: "Öka", 2028: "Öka"}, "68 %", 2025, D(68))]),
]  # fmt: skip

ACTS: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Inför gemensam modell för tidiga insatser i matematik i åk 1–3", "1",
     "Rektorer grundskola", "Läsåret 2027/28", dt.date(2028, 6, 30)),
    ("Utveckla studiehandledning på modersmål för nyanlända elever", "1, 6",
     "Enhetschef elevhälsa", "HT 2027", dt.date(2027, 12, 31)),
    ("Genomför trygghetsvandringar med elevråden på alla skolor", "2",
     "Rektorer", "VT 2027", dt.date(2027, 6, 30)),
    ("Ta fram en gemensam rutin för uppföljning av frånvaro", "3, 2",
     "Enhetschef elevhälsa", "HT 2027", dt.date(2027, 12, 31)),
    ("Inför digital frånvarorapportering till vårdnadshavare samma dag", "3",
     "IT-samordnare", "Läsåret 2027/28", dt.date(2028, 6, 30)),
    ("Starta språkförskola i Norrbacka", "4", "Verksamhetschef förskola", "HT 2028",
     dt.date(2028, 12, 31)),
    ("Erbjud barnskötare validering och utbildning till förskollärare", "4, 5",
     "HR-strateg", "Läsåret 2027/28", dt.date(2028, 6, 30)),
    ("Samla kompetensutvecklingen i ett gemensamt lärarlyft", "5", "Förvaltningschef",
     "Löpande", None),
    ("Inför uppföljningssamtal för elever som riskerar att inte fullfölja gymnasiet",
     "6, 1, 3", "Studie- och yrkesvägledare", "VT 2028", dt.date(2028, 6, 30)),
    ("Utöka yrkesvux inom vård och omsorg med en ny kurstermin", "6",
     "Rektor vuxenutbildningen", "2028", dt.date(2028, 12, 31)),
]  # fmt: skip

BUDGET_TITLE = "Budget per skolform 2027"
BUDGET: list[tuple[str, int | None, list[int]]] = [
    ("Förskola", 612, [88_410, 90_950, 92_700]),
    ("Pedagogisk omsorg", 28, [2_690, 2_750, 2_800]),
    ("Fritidshem", 498, [17_980, 18_420, 18_800]),
    ("Förskoleklass", 117, [7_540, 7_790, 7_950]),
    ("Grundskola åk 1–9", 1_164, [126_300, 130_860, 133_400]),
    ("Anpassad grundskola", 19, [8_910, 9_330, 9_520]),
    ("Gymnasieskola (köpta platser)", 402, [51_770, 53_460, 54_900]),
    ("Kommunal vuxenutbildning", 236, [9_880, 10_240, 10_400]),
    ("Nämnd, ledning och skolskjuts", None, [21_360, 21_900, 22_300]),
]

KEY_TITLE = "Nyckeltal för verksamheten"
KEYS = [
    ("Kostnad per inskrivet barn i förskolan, kr", "142 310", "147 880", "151 240"),
    ("Kostnad per elev i grundskolan, kr", "108 650", "111 920", "114 300"),
    ("Antal elever per lärare i grundskolan", "12,1", "12,4", "12,6"),
    ("Andel elever i åk 9 med godkänt i alla ämnen", "71,3 %", "73,8 %", "72,5 %"),
    ("Antal barn i kö till förskolan, 1 oktober", "37", "22", "19"),
]
KEY_NOTE = "Källa: Kolada och kommunens egna uppgifter. Kostnaderna avser kommunala enheter."

CONTROLS = [
    ("Skolskjuts", "Att beslut om skolskjuts fattas enligt riktlinjerna", "Stickprov, 15 beslut",
     "Skolskjutssamordnare", "HT 2027"),
    ("Barnomsorgsavgifter", "Att avgifterna grundas på aktuella inkomstuppgifter",
     "Stickprov", "Avgiftshandläggare", "Två gånger per år"),
    ("Kränkande behandling", "Att anmälningar om kränkande behandling utreds inom två veckor",
     "Genomgång av ärendelogg", "Kvalitetsstrateg", "Varje termin"),
    ("Inköp", "Att inköp görs från upphandlade leverantörer", "Stickprov i e-handeln",
     "Controller", "Två gånger per år"),
    ("Betyg och dokumentation", "Att betygskatalogerna är signerade och arkiverade",
     "Kontroll av samtliga skolor", "Rektorer", "Juli 2027"),
]  # fmt: skip


def _numbering(w: Writer, lists: int) -> list[int]:
    """A decimal list "1." in the numbering part and ``lists`` instances of it, each
    restarting at 1 (one per table cell): their numIds."""
    root = w.doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1.")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), val)
        lvl.append(child)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "284")
    ind.set(qn("w:hanging"), "284")
    ppr.append(ind)
    lvl.append(ppr)
    abstract.append(lvl)
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    ids = []
    for n in range(lists):
        num_id = 200 + n
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), "90")
        num.append(ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        root.append(num)
        ids.append(num_id)
    return ids


def _numbered_cell(cell: Any, items: list[str], num_id: int) -> None:
    """Fill ``cell`` with one numbered paragraph per item (direct w:numPr)."""
    for n, text in enumerate(items):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
        paragraph.add_run(text).font.size = Pt(9)


def _cover(w: Writer) -> None:
    w.cover("Lövsjö kommun", size=14, bold=True)
    w.cover("Barn- och utbildningsnämnden", size=12)
    w.paras("", "")
    w.cover("Verksamhetsplan 2027–2028", size=22, bold=True)
    w.cover("med budget 2027 och plan 2028", size=12)
    w.paras("", "")
    for text in ["Fastställd av nämnden 2026-11-25, § 87", "Diarienummer: BUN 2026/214",
                 "Ordförande: Anna-Karin Hedström (S)",
                 "Barn- och utbildningschef: Johan Åkerlund"]:  # fmt: skip
        w.cover(text)
    w.page_break()


def _footer(w: Writer) -> None:
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.add_run("Barn- och utbildningsförvaltningen · Version 2.1 · Sida ")
    w.expected.absent.append("Version 2.1")


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur barn- och utbildningsnämnden ska arbeta under 2027 "
        "och 2028 för att nå kommunfullmäktiges mål och nämndens egna mål. Planen bygger på "
        "fullmäktiges budgetbeslut i november 2026 och på resultaten i årsredovisningen.",
        "Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen. Rektorer "
        "och förskolechefer gör egna handlingsplaner utifrån nämndens mål.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.paras(
        "Nämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, förskoleklass, "
        "grundskola, anpassad grundskola och kommunal vuxenutbildning. Gymnasieutbildning "
        "köps av grannkommunerna genom samverkansavtalet i Mellanåns gymnasieförbund.",
        "Förvaltningen har omkring 540 medarbetare fördelade på elva förskolor, sju "
        "grundskolor och lärcentrum i Lövsjö.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Antalet barn i förskoleåldern minskar något, medan antalet elever i högstadiet ökar "
        "fram till 2029. Det gör att lokalbehovet förskjuts från förskolan till grundskolan.",
        "Bristen på behöriga lärare i matematik, naturorienterande ämnen och svenska som "
        "andraspråk är fortsatt stor. Nämnden satsar därför på att utbilda egen personal.",
        "Den psykiska ohälsan bland unga och den ökade frånvaron efter pandemiåren är de "
        "största utmaningarna för elevhälsan.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.paras(
        "Nämnden har sex mål för perioden. Till varje mål hör indikatorer som visar om "
        "utvecklingen går åt rätt håll. Målvärdena står i samma ordning som indikatorerna."
    )
    nums = _numbering(w, 2 * len(GOALS))
    header = ["Nr", "Mål", "Indikatorer", "Målvärden"]
    rows = [header] + [[str(n), goal, "", ""] for n, (goal, _) in enumerate(GOALS, 1)]
    table = w.table(rows, widths=[1.0, 5.2, 6.6, 3.8])
    for n, (goal, inds) in enumerate(GOALS):
        cells = table.rows[n + 1].cells
        _numbered_cell(cells[2], [i[0] for i in inds], nums[2 * n])
        _numbered_cell(cells[3], [i[2] for i in inds], nums[2 * n + 1])
        w.structure(str(n + 1))
        w.expected.goals.append(Goal(goal, "namnd"))
        for name, unit, _, targets, _, year, base in inds:
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, targets))

    w.para()
    w.para(("b", "Utgångsvärden"))
    w.structure("Utgångsvärden")
    w.para(
        "Utgångsvärdet är det senast kända värdet när planen togs fram. Numren hänvisar till "
        "målet och indikatorns plats i listan."
    )
    base_rows = [["Nr", "Indikator", "Utgångsvärde", "År"]]
    for n, (_, inds) in enumerate(GOALS, 1):
        for m, (name, _, _, _, printed, year, _) in enumerate(inds, 1):
            number = f"{n}.{m}"
            base_rows.append([number, name, printed, str(year) if year else "–"])
            w.structure(number)
            if year is None:
                w.structure(printed, "–")
            else:
                w.structure(str(year))
    w.table(base_rows, widths=[1.2, 10.0, 2.8, 1.6])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.paras(
        "Aktiviteterna nedan genomförs för att nå målen. Kolumnen Koppling till mål anger "
        "målets nummer i tabellen ovan."
    )
    rows = [["Aktivitet", "Koppling till mål", "Ansvar", "Tid"]]
    for name, goals, who, when, day in ACTS:
        rows.append([name, goals, who, when])
        w.structure(goals)
        numbers = [int(g) for g in goals.split(", ")]
        group = GOALS[numbers[0] - 1][0] if len(numbers) == 1 else ""
        w.expected.activities.append(Activity(name, who, day, group=group))
        w.structure(when)
    w.table(rows, widths=[7.6, 2.4, 3.8, 2.8])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.paras(
        "Nämndens ram för 2027 är 345 700 tkr, en ökning med 3,3 procent jämfört med 2026. "
        "Ökningen täcker löneökningar och fler elever i grundskolan men inte fullt ut de "
        "ökade kostnaderna för köpta gymnasieplatser.",
        "Tabellen visar nettokostnad per skolform i tkr. Kostnad per elev är budget 2027 "
        "delat med antalet elever.",
    )
    w.para(("b", BUDGET_TITLE))
    w.structure(BUDGET_TITLE)
    header = ["Skolform", "Elever 2027", "Budget 2026", "Budget 2027", "Plan 2028",
              "Kostnad per elev 2027, kr"]  # fmt: skip
    rows = [header]
    keys = [("budget", 2026), ("budget", 2027), ("plan", 2028)]
    for name, pupils, amounts in BUDGET:
        per = "" if pupils is None else sv(round(D(amounts[1]) * 1000 / pupils, -2))
        rows.append([name, "–" if pupils is None else sv(pupils), *map(sv, amounts), per])
        given = {k: D(a) for k, a in zip(keys, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
        # The pupils and the cost per pupil stay with the budget, as a table in its chapter
        # beside the amounts (vplan's driftbudget has no such columns); no key figures.
        if pupils is None:
            w.structure("–")
    sums = [sum(a[i] for _, _, a in BUDGET) for i in range(3)]
    pupils_total = sum(p for _, p, _ in BUDGET if p is not None)
    total = ["Summa", sv(pupils_total), *map(sv, sums), ""]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[4.6, 1.9, 2.2, 2.2, 2.2, 3.5])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.paras("Nyckeltalen följs upp varje år och jämförs med liknande kommuner.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    header = ["Nyckeltal", "2023", "2024", "2025"]
    w.table([header, *(list(r) for r in KEYS)], keep_headers=True, widths=[9.6, 2.3, 2.3, 2.3])
    for name, *values in KEYS:
        given = dict(zip(header[1:], values, strict=True))
        w.expected.key_figures.append(KeyRow(KEY_TITLE, name, given))
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.paras(
        "Nämndens internkontrollplan för 2027 bygger på en risk- och väsentlighetsanalys. "
        "Resultatet rapporteras till nämnden i februari 2028."
    )
    rows = [["Process", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens"]]
    for process, moment, how, who, when in CONTROLS:
        rows.append([process, moment, how, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 5.6, 3.2, 2.8, 2.4])


def build_cz(path: Path) -> Expected:
    front = Front(
        namnd="Barn- och utbildningsnämnden",
        kommun="Lövsjö kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Anna-Karin Hedström (S)",
        forvaltningschef="Johan Åkerlund",
        diarienummer="BUN 2026/214",
    )
    w = Writer("CZ-barn-utbildning-numrerade-indikatorer", front)
    _cover(w)
    _footer(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
