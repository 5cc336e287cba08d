"""Corpus document CP: a socialnämnd's plan typed by someone who repeats cells with marks
instead of merging them. One big goal table "Målområde | Nämndsmål | Indikator | Utgångsvärde
2025 | Målvärde 2027 | Målvärde 2028" where a repeated målområde or goal is written as a ditto
mark in various forms ("〃", "”", "d:o", "-”-", "Dito", "samma som ovan") or, once, left
empty; the utgångsvärde's year is the header's unless the cell adds another in brackets
("41 % (2024)", sometimes the header's own year "(2025)"). The activity table "Aktivitet |
Ansvarig | Tidsplan" dates as week numbers ("v. 24 2027", "v. 45–48 2027"), "t.o.m.
2027-06-30", "fr.o.m. 2027-03-01, löpande" and "2027-Q3", with a "d:o" ansvarig. The
resultaträkning is pasted from the economy system: a "Konto" column and costs with trailing
minus signs ("12 400-"). Key figures hold ".." and "–" cells and "¹"/"²" marks explained in
lines under the table; the internkontroll's process column repeats with "〃".

Expected (what a perfect import gives): the front matter; seven chapters; six nämnd goals
(each once, the ditto marks resolved to the goal above) with fourteen indicators, nuläge 2025
unless a bracketed year says otherwise, targets 2027 and 2028 ("Bibehålla" as text, a blank
cell no target); nine activities with ansvarig ("d:o" the one above) and slutdatum (a week's
Sunday, a quarter's last day, none for "löpande"); eight resultaträkning lines named by their
Benämning without the konto, costs negative, the "Summa"/"Nettokostnad" lines as totals;
five key-figure rows as printed ("..", "–", the names with their note marks "¹"/"²", as a
key-figure cell keeps its "*"); three table notes (the two explained marks, with their mark,
and the source line); four controls with
their process (the "〃" resolved). Ditto marks, konto codes and header cells are structure;
the page header is absent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.shared import Cm

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

HEADER = "Björkviks kommun · Socialnämnden · Verksamhetsplan 2027–2028"

# (målområde cell, goal cell, indicator, unit, utgångsvärde cell, nuläge year, nuläge,
#  target 2027, target 2028); a goal cell that is a ditto mark repeats the goal above.
G1 = "Barn och unga som far illa upptäcks tidigt och får stöd nära hemmet."
G2 = "Placerade barn har en stabil och trygg uppväxt."
G3 = "Fler vuxna med ekonomiskt bistånd kommer i arbete eller studier."
G4 = "Personer med missbruk eller beroende får samordnat stöd."
G5 = "Personer med funktionsnedsättning lever ett självständigt liv med god kvalitet."
G6 = "Socialtjänsten har stabil bemanning och håller budget."
A1 = "Trygg uppväxt"
A2 = "Egen försörjning och hälsa"
A3 = "Delaktighet och självständighet"
A4 = "Hållbar organisation"

Row = tuple[str, str, str, str, str, int, Val, Val | None, Val | None, str]
ROWS: list[Row] = [
    (A1, G1, "Andel förhandsbedömningar klara inom 14 dagar", "%", "71 %", 2025, D(71),
     D(90), D(95), G1),
    ("〃", "〃", "Andel barn och unga som fått öppenvårdsinsats inom 30 dagar från beslut", "%",
     "64 % (2025)", 2025, D(64), D(80), D(85), G1),
    ("”", "”", "Antal ärenden i tidigt föräldrastöd", "", "118", 2025, D(118), D(140), D(150),
     G1),
    ("d:o", G2, "Andel placerade barn i familjehem inom släkt eller nätverk", "%",
     "22 % (2024)", 2024, D(22), D(28), D(30), G2),
    ("-”-", "-”-", "Andel placerade barn med fler än ett byte av placering under året", "%",
     "18 %", 2025, D(18), D(12), D(10), G2),
    ("", "Dito", "Antal familjehem i egen regi", "", "37", 2025, D(37), D(42), D(46), G2),
    (A2, G3, "Andel hushåll med långvarigt ekonomiskt bistånd (10–12 månader)", "%",
     "41,3 % (2024)", 2024, D("41.3"), D(36), D(33), G3),
    ("〃", "samma som ovan", "Antal deltagare som gått till arbete eller studier", "",
     "1 164", 2025, D(1164), D(1250), D(1300), G3),
    ("〃", "〃", "Genomsnittlig handläggningstid för nyansökan, dagar", "", "9,5", 2025,
     D("9.5"), D(7), D(7), G3),
    ("d:o", G4, "Andel klienter med samordnad individuell plan (SIP)", "%", "47 %", 2025,
     D(47), D(65), D(75), G4),
    ("〃", "”", "Andel som inte återaktualiseras inom ett år efter avslutad insats", "%",
     "79 % (2025)", 2025, D(79), "Bibehålla", "Bibehålla", G4),
    (A3, G5, "Andel brukare i LSS-boende som trivs hemma", "%", "88 %", 2025, D(88), D(92),
     D(95), G5),
    ("〃", "d:o", "Antal personer i daglig verksamhet som har praktik ute i arbetslivet", "",
     "23", 2025, D(23), D(30), None, G5),
    (A4, G6, "Personalomsättning bland socialsekreterare", "%", "26,4 %", 2025, D("26.4"),
     D(18), D(15), G6),
]  # fmt: skip
GOALS = [G1, G2, G3, G4, G5, G6]
DITTOS = {"〃", "”", "d:o", "-”-", "Dito", "samma som ovan"}

# (aktivitet, ansvarig cell, tidsplan, ansvarig, slutdatum)
ACTS: list[tuple[str, str, str, str, dt.date | None]] = [
    ("Införa gemensam mottagning för orosanmälningar med skolan och BVC",
     "Enhetschef barn och unga", "v. 24 2027", "Enhetschef barn och unga",
     dt.date.fromisocalendar(2027, 24, 7)),
    ("Starta föräldragrupper enligt ABC på familjecentralen", "d:o", "t.o.m. 2027-06-30",
     "Enhetschef barn och unga", dt.date(2027, 6, 30)),
    ("Rekryteringskampanj för familjehem tillsammans med grannkommunerna",
     "Familjehemssekreterare", "v. 45–48 2027", "Familjehemssekreterare",
     dt.date.fromisocalendar(2027, 48, 7)),
    ("Samlokalisera försörjningsstöd och arbetsmarknadsenheten i Medborgarhuset",
     "Enhetschef vuxna", "2027-Q3", "Enhetschef vuxna", dt.date(2027, 9, 30)),
    ("Digital ansökan om ekonomiskt bistånd", "Utvecklingsledare",
     "fr.o.m. 2027-03-01, löpande", "Utvecklingsledare", None),
    ("Införa SIP-samordnare gemensamt med regionens beroendemottagning",
     "Enhetschef missbruk", "2027-Q2", "Enhetschef missbruk", dt.date(2027, 6, 30)),
    ("Starta praktikplatser för daglig verksamhet i kommunens egna verksamheter",
     "Verksamhetschef LSS", "v. 10 2028", "Verksamhetschef LSS",
     dt.date.fromisocalendar(2028, 10, 7)),
    ("Ta fram en kompetensförsörjningsplan för IFO", "Socialchef", "2027-12-31",
     "Socialchef", dt.date(2027, 12, 31)),
    ("Införa mentorskap för nyanställda socialsekreterare", "d:o",
     "fr.o.m. 2027-01-15 t.o.m. 2027-12-15", "Socialchef", dt.date(2027, 12, 15)),
]  # fmt: skip

RR_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027)]
# konto, benämning, amounts (costs negative)
RESULT: list[tuple[str, str, tuple[int, int, int]]] = [
    ("3400", "Avgifter och ersättningar", (4820, 4900, 5100)),
    ("3500", "Statsbidrag", (11730, 8600, 7900)),
    ("3900", "Övriga intäkter", (1260, 1100, 1150)),
    ("4000", "Personalkostnader", (-98420, -101300, -104700)),
    ("5400", "Köp av huvudverksamhet", (-61870, -58900, -57400)),
    ("5800", "Ekonomiskt bistånd", (-24310, -23500, -22800)),
    ("6100", "Lokalhyror", (-12400, -12900, -13350)),
    ("7000", "Övriga kostnader", (-9640, -9200, -9450)),
]


def trailing(value: int) -> str:
    """An amount as the economy system prints it: "12 400-" for a cost."""
    return sv(abs(value)) + ("-" if value < 0 else "")


KEY_TITLE = "Nyckeltal individ- och familjeomsorg"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
# printed name, name, values
KEY_ROWS: list[tuple[str, str, list[str]]] = [
    ("Antal anmälningar om barn som far illa", "Antal anmälningar om barn som far illa",
     ["1 412", "1 538", "1 607"]),
    ("Kostnad per placerat barn, tkr¹", "Kostnad per placerat barn, tkr",
     ["812", "867", ".."]),
    ("Ekonomiskt bistånd per invånare, kr", "Ekonomiskt bistånd per invånare, kr",
     ["1 096", "1 131", "1 074"]),
    ("Väntetid till LSS-boende, dagar²", "Väntetid till LSS-boende, dagar",
     ["–", "142", "118"]),
    ("Andel brukare nöjda med hemtjänst i LSS, %", "Andel brukare nöjda med hemtjänst i LSS, %",
     ["..", "84", "86"]),
]  # fmt: skip
KEY_NOTES = [
    ("¹ ", "Utfallet för 2025 publiceras i Kolada först i juni 2026."),
    ("² ", "Inga beslut verkställdes 2023, därför saknas värde."),
]
KEY_SOURCE = "Källa: Kolada och kommunens verksamhetssystem. .. = uppgift saknas, – = noll."

CONTROLS = [
    ("Barnavårdsutredning", "Att utredningar avslutas inom fyra månader",
     "Enhetschef barn och unga", "Varje kvartal"),
    ("〃", "Att beslut om förlängd utredningstid är fattade och motiverade",
     "d:o", "Två gånger per år"),
    ("Ekonomiskt bistånd", "Att utbetalningar över 15 000 kr är attesterade av två personer",
     "Enhetschef vuxna", "Varje månad"),
    ("Avtal och placeringar", "Att fakturor för HVB stämmer med avtal och beslut",
     "Controller", "Varje månad"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    section = w.doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("BJÖRKVIKS KOMMUN", size=12, bold=True)
    w.cover("Socialnämnden", size=16)
    w.para("")
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("med budget och internkontrollplan", size=14)
    w.para("")
    w.cover("Fastställd av socialnämnden 2026-11-25, § 143", size=10)
    w.cover("Diarienummer: SN 2026/0311", size=10)
    w.cover("Ordförande: Lena Sjöholm (S)", size=10)
    w.cover("Socialchef: Per-Olof Nyberg", size=10)
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Socialnämnden ansvarar för individ- och familjeomsorgen, stödet till personer med "
        "funktionsnedsättning och kommunens ekonomiska bistånd. Verksamhetsplanen visar vad "
        "nämnden vill uppnå under 2027 och 2028, hur det följs upp och vilka resurser som "
        "finns. Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen."
    )
    w.chapter("Omvärld och förutsättningar")
    w.para(
        "Björkvik växer långsamt och har i dag drygt 21 400 invånare. Antalet anmälningar om "
        "barn som far illa har ökat varje år sedan 2022, medan antalet barn som placeras "
        "utanför hemmet har minskat något. Den nya socialtjänstlagen ställer krav på mer "
        "förebyggande och lättillgängligt stöd."
    )
    w.para(
        "Statsbidragen för 2027 blir lägre än tidigare år, och nämnden måste därför ställa om "
        "arbetet inom befintlig ram. Rekryteringen av erfarna socialsekreterare är fortsatt "
        "svår, men personalomsättningen har minskat sedan introduktionsprogrammet infördes."
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområden. Utgångsvärdet avser 2025 om "
        "inget annat år anges inom parentes."
    )
    header = ["Målområde", "Nämndsmål", "Indikator", "Utgångsvärde 2025", "Målvärde 2027",
              "Målvärde 2028"]  # fmt: skip
    rows = [header]
    for area, goal_cell, name, unit, base, year, nulage, t27, t28, goal in ROWS:
        t27s = "" if t27 is None else (t27 if isinstance(t27, str) else sv(t27, unit))
        t28s = "" if t28 is None else (t28 if isinstance(t28, str) else sv(t28, unit))
        rows.append([area, goal_cell, name, base, t27s, t28s])
        w.structure(*(c for c in (area, goal_cell) if c in DITTOS))
        targets = {y: v for y, v in ((2027, t27), (2028, t28)) if v is not None}
        w.expected.indicators.append(Indicator(goal, name, unit, year, nulage, targets))
    w.expected.goals += [Goal(g, "namnd") for g in GOALS]
    w.table(rows, widths=[2.4, 4.4, 4.6, 1.8, 1.6, 1.6], size=8)


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para(
        "Aktiviteterna nedan genomförs under planperioden. Tidsplanen anger när de ska vara klara."
    )
    rows = [["Aktivitet", "Ansvarig", "Tidsplan"]]
    for name, who_cell, when, who, day in ACTS:
        rows.append([name, who_cell, when])
        w.structure(when)
        if who_cell in DITTOS:
            w.structure(who_cell)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.0, 4.2, 3.4])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens kommunbidrag för 2027 är 193 500 tkr. Resultaträkningen nedan är hämtad ur "
        "ekonomisystemet; kostnader visas med minustecken efter beloppet."
    )
    title = "Resultaträkning socialnämnden, tkr"
    w.para(("b", title))
    w.structure(title)
    rows = [["Konto", "Benämning", "Bokslut 2025", "Budget 2026", "Budget 2027"]]

    def summa(label: str, lines: list[tuple[str, str, tuple[int, int, int]]]) -> None:
        sums = [sum(a[i] for _, _, a in lines) for i in range(3)]
        cells = [label, *(trailing(s) for s in sums)]
        rows.append(["", *cells])
        w.totals(*cells)
        w.expected.not_rows.append(("resultat", label))

    incomes = [r for r in RESULT if r[2][0] > 0]
    costs = [r for r in RESULT if r[2][0] < 0]
    for part, label in ((incomes, "Summa intäkter"), (costs, "Summa kostnader")):
        for konto, name, amounts in part:
            rows.append([konto, name, *(trailing(a) for a in amounts)])
            w.structure(konto)
            given = {k: D(a) for k, a in zip(RR_KEYS, amounts, strict=True)}
            w.expected.budget.append(BudgetRow("resultat", name, given))
        summa(label, part)
    summa("Nettokostnad", RESULT)
    w.table(rows, widths=[1.6, 6.2, 2.8, 2.8, 2.8])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Nyckeltalen visar utvecklingen de senaste tre åren.")
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    rows = [KEY_HEADER, *([printed, *values] for printed, _, values in KEY_ROWS)]
    w.table(rows, keep_headers=True, widths=[8.4, 2.4, 2.4, 2.4])
    for printed, _, values in KEY_ROWS:
        # the mark stays in the name and in its note: it ties the two together
        w.expected.key_figures.append(
            KeyRow(KEY_TITLE, printed, dict(zip(KEY_HEADER[1:], values, strict=True)))
        )
        w.structure(*(v for v in values if v == ".."))  # no value ("uppgift saknas")
    for mark, text in KEY_NOTES:
        paragraph = w.para(mark + text, size=8)
        paragraph.paragraph_format.space_after = Cm(0)
        w.expected.notes.append(TableNote(KEY_TITLE, mark + text))
    w.para(("i", KEY_SOURCE), size=8)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_SOURCE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para("Kontrollerna nedan redovisas för nämnden i september och i februari.")
    rows = [["Process", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    process = ""
    for proc_cell, moment, who, when in CONTROLS:
        rows.append([proc_cell, moment, who, when])
        if proc_cell in DITTOS:
            w.structure(proc_cell)
        else:
            process = proc_cell
        if who in DITTOS:
            w.structure(who)
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.6, 7.0, 3.6, 2.6])


def build_cp(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Björkviks kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lena Sjöholm (S)",
        forvaltningschef="Per-Olof Nyberg",
        diarienummer="SN 2026/0311",
    )
    w = Writer("CP-socialnämnd-ditto-tecken", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
