"""Corpus document CV: a small kommun's överförmyndarnämnd's plan whose whole goal tree is one
flat table exported from the spreadsheet the kansli keeps: "Typ | Nr | Text | Nuläge 2025 |
Mål 2027 | Mål 2028 | Ansvarig | Klart", the Typ column abbreviated ("KF", "NM", "I", "A",
explained in a legend line under the table), the Nr column carrying the tree ("2", "2.1",
"2.1.a"), indicators and activities on the rows under their goal (one indicator straight
under a KF-mål), cells that do not apply left empty or "–", a nuläge of another year written
in the cell ("62 (2024)"), targets in words ("Högst 170"), Klart as dates, months, a bare
year or "Löpande". The rest is ordinary: cover lines, prose chapters, a driftbudget table
"Verksamhet | Budget 2026 | Budget 2027 | Förändring" in tkr with a totals row, a key-figure
table with a caption and a note under it, an internkontroll table, a page header and footer.

Expected (what a perfect import gives): the front matter from the cover lines; seven
chapters; three KF-mål (nivå kf) and five nämndmål (nivå namnd), each without Typ or Nr;
thirteen indicators under the goal on whose row-group they stand, nuläge 2025 (one 2024 as
its cell says), targets 2027 and 2028 (a "–" is no target), unit "%" where written; nine
activities with ansvarig, slutdatum (a month or a year as its last day, none for "Löpande")
and their nämndmål as group; seven driftbudget rows by (budget, 2026) and (budget, 2027) –
the Förändring column is derived and, like the totals row, structure; seven key-figure rows
with their note; five controls with their process. The Typ and Nr cells, the legend, the
table headers and the cover labels are structure; the page header and footer are absent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

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

HEADER_TEXT = "Hagbyns kommun | Överförmyndarnämnden | VP 2027–2028"
FOOTER_TEXT = "Dnr ÖFN 2026/131 – Fastställd 2026-11-12"

# A row of the goal table: Typ, Nr, Text, Nuläge 2025, Mål 2027, Mål 2028, Ansvarig, Klart.
Row = tuple[str, str, str, str, str, str, str, str]

TREE: list[Row] = [
    ("KF", "1", "Hagbyn är en trygg kommun där alla får det stöd de har rätt till.",
     "", "", "", "", ""),
    ("NM", "1.1", "Huvudmännens rättigheter tas till vara genom lämpliga och välutbildade "
     "ställföreträdare.", "", "", "", "", ""),
    ("I", "1.1.a", "Andel nya ställföreträdare som genomgått grundutbildning inom sex "
     "månader", "74 %", "90 %", "95 %", "", ""),
    ("I", "1.1.b", "Antal ställföreträdare som deltagit i fortbildning under året",
     "41", "60", "70", "", ""),
    ("I", "1.1.c", "Andel huvudmän som fått ställföreträdare inom 30 dagar från beslut",
     "68 %", "80 %", "85 %", "–", "–"),
    ("A", "1.1.d", "Ta fram en digital grundutbildning för nya gode män och förvaltare",
     "–", "–", "–", "Utbildningsansvarig handläggare", "2027-06-30"),
    ("A", "1.1.e", "Rekrytera fler ställföreträdare genom riktade informationsträffar",
     "–", "–", "–", "Enhetschef", "Löpande"),
    ("NM", "1.2", "Tillsynen över ställföreträdarna är effektiv och rättssäker.",
     "", "", "", "", ""),
    ("I", "1.2.a", "Andel årsräkningar granskade senast 30 september", "81 %", "95 %",
     "95 %", "", ""),
    ("I", "1.2.b", "Genomsnittlig handläggningstid för granskning av årsräkning, dagar",
     "64", "45", "40", "", ""),
    ("I", "1.2.c", "Antal ärenden per handläggare", "187", "Högst 170", "Högst 160", "", ""),
    ("A", "1.2.d", "Införa digital inlämning av årsräkningar via e-tjänst", "–", "–", "–",
     "Systemförvaltare", "2027-03-31"),
    ("A", "1.2.e", "Granska årsräkningar med hög risk för brister genom utökad kontroll",
     "–", "–", "–", "Handläggare", "dec 2027"),
    ("KF", "2", "Kommunens verksamheter präglas av god service och högt förtroende.",
     "", "", "", "", ""),
    ("I", "2.a", "Nöjd-Kund-Index för överförmyndarverksamheten (NKI)", "62 (2024)", "70",
     "72", "", ""),
    ("NM", "2.1", "Ställföreträdare och huvudmän får ett snabbt och korrekt bemötande.",
     "", "", "", "", ""),
    ("I", "2.1.a", "Andel ställföreträdare som är nöjda med enhetens bemötande", "79 %",
     "85 %", "85 %", "", ""),
    ("I", "2.1.b", "Andel telefonsamtal som besvaras samma dag", "88 %", "95 %", "95 %",
     "", ""),
    ("A", "2.1.c", "Införa telefontider med återuppringning", "–", "–", "–",
     "Administratör", "feb 2027"),
    ("A", "2.1.d", "Publicera vanliga frågor och svar på kommunens webbplats", "–", "–", "–",
     "Kommunikatör", "2027-04-30"),
    ("NM", "2.2", "Allmänheten känner till framtidsfullmakter och vad ett "
     "ställföreträdarskap innebär.", "", "", "", "", ""),
    ("I", "2.2.a", "Antal informationsträffar för allmänheten per år", "3", "6", "6", "", ""),
    ("A", "2.2.b", "Hålla informationsträffar om framtidsfullmakter tillsammans med "
     "pensionärsorganisationerna", "–", "–", "–", "Enhetschef", "2028"),
    ("KF", "3", "Kommunen har en ekonomi i balans och använder resurserna effektivt.",
     "", "", "", "", ""),
    ("NM", "3.1", "Arvoden till ställföreträdare är skäliga, enhetliga och betalas ut i "
     "rätt tid.", "", "", "", "", ""),
    ("I", "3.1.a", "Andel arvodesbeslut som fattas inom 60 dagar från inkommen årsräkning",
     "57 %", "80 %", "90 %", "", ""),
    ("I", "3.1.b", "Kostnad för arvoden per ärende, kr", "4 812", "Högst 5 000",
     "Högst 5 100", "", ""),
    ("I", "3.1.c", "Andel av arvodena som betalas av kommunen", "38,5 %", "35 %", "–", "",
     ""),
    ("A", "3.1.d", "Revidera nämndens riktlinjer för arvodering", "–", "–", "–",
     "Förvaltningschef", "2027-05-31"),
    ("A", "3.1.e", "Jämföra arvodesnivåerna med grannkommunernas", "–", "–", "–",
     "Handläggare", "2028-06-30"),
]  # fmt: skip

LEVELS = {"KF": "kf", "NM": "namnd"}
UNITS = {"%": "%"}
DATES = {
    "2027-06-30": dt.date(2027, 6, 30),
    "2027-03-31": dt.date(2027, 3, 31),
    "dec 2027": dt.date(2027, 12, 31),
    "feb 2027": dt.date(2027, 2, 28),
    "2027-04-30": dt.date(2027, 4, 30),
    "2028": dt.date(2028, 12, 31),
    "2027-05-31": dt.date(2027, 5, 31),
    "2028-06-30": dt.date(2028, 6, 30),
}

DRIFT = [
    ("Nämndverksamhet", 412, 425),
    ("Handläggning och tillsyn", 3270, 3420),
    ("Arvoden till ställföreträdare, kommunens del", 1860, 1940),
    ("Utbildning av ställföreträdare", 145, 210),
    ("IT-system och e-tjänster", 380, 455),
    ("Lokaler och gemensamma kostnader", 296, 305),
    ("Ersättning från andra kommuner enligt samverkansavtal", -520, -540),
]

KEY_CAPTION = "Tabell 2. Verksamheten i siffror"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Antal ärenden vid årets slut", "612", "634", "659"],
    ["varav godmanskap", "401", "412", "420"],
    ["varav förvaltarskap", "143", "150", "161"],
    ["Antal ställföreträdare", "388", "379", "371"],
    ["Ärenden per handläggare", "175", "181", "187"],
    ["Årsräkningar granskade senast 30 september", "76 %", "79 %", "81 %"],
    ["Nettokostnad per invånare, kr", "218", "229", "241"],
]
KEY_NOTE = "Antal ärenden avser ställningen den 31 december respektive år."

CONTROLS = [
    ("Granskning av årsräkningar", "Att uttag från huvudmannens konto har stöd i verifikat",
     "Stickprov, 10 ärenden", "Två gånger per år", "Handläggare"),
    ("Arvoden", "Att arvoden beräknas enligt nämndens riktlinjer",
     "Stickprov, 15 beslut", "En gång per år", "Förvaltningschef"),
    ("Registrering", "Att nya ärenden registreras i verksamhetssystemet inom fem dagar",
     "Uttag ur systemet", "Kvartalsvis", "Administratör"),
    ("Lämplighetsprövning", "Att utdrag ur belastnings- och kreditregister finns innan "
     "ställföreträdare föreslås", "Genomgång av akter", "Två gånger per år", "Enhetschef"),
    ("Delegation", "Att delegationsbeslut anmäls till nämnden",
     "Avstämning mot diariet", "Varje månad", "Nämndsekreterare"),
]  # fmt: skip


def _cover(w: Writer) -> None:
    w.cover("HAGBYNS KOMMUN", size=14, bold=True)
    w.cover("Överförmyndarnämnden", size=14)
    w.para("")
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("med budget 2027", size=14)
    w.para("")
    w.cover("Fastställd av överförmyndarnämnden 2026-11-12, § 48")
    w.cover("Dnr ÖFN 2026/131")
    w.para("")
    w.cover("Ordförande: Lena Sjöberg (M)")
    w.cover("Förvaltningschef: Anders Hedlund")
    w.page_break()


def _header_footer(w: Writer) -> None:
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    section.footer.paragraphs[0].text = FOOTER_TEXT
    w.expected.absent += [HEADER_TEXT, FOOTER_TEXT]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare i "
        "Hagbyns kommun. Nämnden ska se till att personer som inte själva kan bevaka sin rätt "
        "eller förvalta sin egendom får en lämplig ställföreträdare, och att "
        "ställföreträdarna sköter sitt uppdrag.",
        "Verksamhetsplanen beskriver hur nämnden under 2027 och 2028 ska bidra till "
        "kommunfullmäktiges mål. Planen följs upp i delårsrapporten per augusti och i "
        "verksamhetsberättelsen.",
    )
    w.chapter("Uppdrag och organisation")
    w.paras(
        "Nämnden har fem ledamöter och fem ersättare. Verksamheten bedrivs av "
        "överförmyndarenheten inom kommunledningsförvaltningen, med sex handläggare, en "
        "administratör och en enhetschef.",
        "Sedan 2024 ansvarar enheten genom ett samverkansavtal även för handläggningen åt "
        "Västerböle kommun, som ersätter Hagbyn för sin andel av kostnaderna.",
    )
    w.chapter("Omvärld och utmaningar")
    w.paras(
        "Antalet ärenden har ökat med drygt sju procent på två år. Ökningen gäller främst "
        "förvaltarskap, där ärendena ofta är tunga och kräver mer av både ställföreträdare "
        "och handläggare. Samtidigt blir det svårare att rekrytera ställföreträdare, och "
        "flera av dem som har uppdrag i dag är över 70 år.",
        "Lagändringarna om utbildningskrav och digital årsräkning ställer nya krav på "
        "enhetens rutiner. Nämnden ser också ett ökat intresse för framtidsfullmakter, som "
        "på sikt kan minska behovet av godmanskap.",
    )


def _goal_table(w: Writer) -> None:
    w.chapter("Mål, indikatorer och aktiviteter")
    w.para(
        "Tabellen nedan är hämtad ur nämndens plan- och uppföljningsfil. Under varje mål "
        "från kommunfullmäktige står nämndens mål, och under dem de indikatorer och "
        "aktiviteter som hör till målet."
    )
    header = ["Typ", "Nr", "Text", "Nuläge 2025", "Mål 2027", "Mål 2028", "Ansvarig", "Klart"]
    w.table([header, *TREE], widths=[1.0, 1.1, 6.2, 1.7, 1.7, 1.7, 2.6, 1.6], size=8)
    legend = "Typ: KF = kommunfullmäktiges mål, NM = nämndmål, I = indikator, A = aktivitet."
    w.para(("i", legend), size=8)
    w.structure(legend, "–")
    goal = ""
    for typ, nr, text, now, t27, t28, who, done in TREE:
        w.structure(typ, nr)
        if typ in LEVELS:
            goal = text
            w.expected.goals.append(Goal(text, LEVELS[typ]))
        elif typ == "I":
            unit = "%" if "%" in now else ""
            year = 2024 if "(2024)" in now else 2025
            targets = {y: _value(v) for y, v in ((2027, t27), (2028, t28)) if v not in ("", "–")}
            w.expected.indicators.append(
                Indicator(goal, text, unit, year, _value(now.replace("(2024)", "")), targets)
            )
        else:
            w.expected.activities.append(Activity(text, who, DATES.get(done), group=goal))


def _value(cell: str) -> Val:
    """A cell as the plan holds it: "74 %" → 74, "4 812" → 4812, "Högst 170" as it is."""
    figure = cell.replace("%", "").replace(" ", "").replace(",", ".").strip()
    try:
        return D(figure)
    except ArithmeticError:
        return cell.strip()


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktige har gett nämnden en ram på 6 215 tkr för 2027, 372 tkr mer än för "
        "2026. Ökningen beror på fler ärenden, höjda arvoden och kostnaden för den nya "
        "e-tjänsten. Beloppen är nettokostnader i tkr."
    )
    rows = [["Verksamhet", "Budget 2026", "Budget 2027", "Förändring"]]
    for name, b26, b27 in DRIFT:
        change = b27 - b26
        shown = ("+" if change > 0 else "") + sv(change, minus="–")
        rows.append([name, sv(b26, minus="–"), sv(b27, minus="–"), shown])
        w.structure(shown)  # derived from the two budgets: no amount of its own
        w.expected.budget.append(
            BudgetRow("drift", name, {("budget", 2026): D(b26), ("budget", 2027): D(b27)})
        )
    s26, s27 = sum(r[1] for r in DRIFT), sum(r[2] for r in DRIFT)
    total = ["Summa nettokostnad", sv(s26), sv(s27), "+" + sv(s27 - s26)]
    rows.append(total)
    w.totals(*total)
    w.table(rows, widths=[8.0, 2.6, 2.6, 2.6])


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para("Nämnden följer verksamhetens volymer och kostnader med några nyckeltal.")
    w.para(("b", KEY_CAPTION))
    w.structure(KEY_CAPTION)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.6, 2.4, 2.4, 2.4])
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_CAPTION, values[0], given))
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_CAPTION, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Internkontrollplanen bygger på nämndens riskanalys från september 2026. Resultatet "
        "redovisas för nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Process/rutin", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]]
    for process, moment, how, often, who in CONTROLS:
        rows.append([process, moment, how, often, who])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.0, 5.6, 3.0, 2.6, 2.4])


def build_cv(path: Path) -> Expected:
    front = Front(
        namnd="Överförmyndarnämnden",
        kommun="Hagbyns kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Lena Sjöberg (M)",
        forvaltningschef="Anders Hedlund",
        diarienummer="ÖFN 2026/131",
    )
    w = Writer("CV-överförmyndarnämnd-platt-måltabell", front)
    w.doc.styles["Normal"].font.size = Pt(11)
    _header_footer(w)
    _cover(w)
    _prose(w)
    _goal_table(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
