"""Corpus document CU: a tekniska nämnd's plan 2027–2029 whose tables were all pasted from
Excel: header cells broken by soft line breaks and hyphens ("Mål-⏎värde⏎2027", "Ut-⏎gångs-⏎
värde⏎2025"), a first column of row numbers, narrow empty spacer columns between groups of
year columns, percentages written "67%", Excel errors where a figure is missing ("#SAKNAS!",
"#DIVISION/0!", "#N/A"), an indicator row hidden with hidden text (w:vanish) holding an old
measure, end dates as "2027-06-30 00:00:00", a driftbudget sheet whose last "Kontroll" column
holds formula results ("0", "OK"), and internkontroll with a colour-filled risk column 1–16.

Expected (what a perfect import gives): the front matter from the cover lines; the prose
chapters; six nämndsmål (each written only on its first row of the goal sheet) with sixteen
indicators, nuläge 2025 and targets 2027–2029, unit "%" where written, an Excel error meaning
no value; nine activities with ansvarig, slutdatum (the date of the "00:00:00" cell) and
status; eight driftbudget rows by (bokslut, 2025), (budget, 2026), (budget, 2027), (plan,
2028), (plan, 2029), the Kontroll column no figure; six key-figure rows under "Utfall 2023" …
"Utfall 2025" (the headings read without their line-end hyphens) and the note under them;
five controls with their process. Row numbers, header cells, the Kontroll column, the totals
row and the Excel errors are structure; the hidden row and the errors must not reach the
plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

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

NBSP = "\u00a0"
ERRORS = ("#SAKNAS!", "#DIVISION/0!", "#N/A")
SPACER = "\x00"  # a narrow empty column between groups of year columns

Ind = tuple[str, str, Val | None, Val | None, Val | None, Val | None, str]
"""name, unit, nuläge 2025, mål 2027, 2028, 2029, what Excel shows for a missing figure."""

GOALS: list[tuple[str, list[Ind]]] = [
    ("Gator, gång- och cykelvägar är trygga och framkomliga året runt.", [
        ("Andel invånare som är nöjda med snöröjningen", "%", D(58), D(62), D(64), D(66), ""),
        ("Antal km nya eller upprustade gång- och cykelvägar", "", D("2.4"), D(3), D(3), D(3),
         ""),
        ("Andel gatubelysning med LED-armaturer", "%", D(71), D(80), D(88), D(95), ""),
    ]),
    ("Dricksvattnet håller god kvalitet och leveranssäkerheten är hög.", [
        ("Antal otjänliga dricksvattenprov", "", D(0), D(0), D(0), D(0), ""),
        ("Vattenförluster i ledningsnätet", "%", D(21), D(19), D(17), D(15), ""),
        ("Förnyelsetakt vattenledningar", "%", None, D("0.8"), D("1.0"), D("1.0"), "#SAKNAS!"),
    ]),
    ("Avfallet minskar och mer sorteras ut för återvinning.", [
        ("Mängd hushållsavfall per invånare, kg", "", D(452), D(440), D(430), D(420), ""),
        ("Andel matavfall som samlas in separat", "%", D(43), D(50), D(55), D(60), ""),
        ("Andel felsorterat i restavfallet", "%", None, None, D(25), D(20), "#N/A"),
    ]),
    ("Kommunens lokaler används effektivt och energianvändningen minskar.", [
        ("Energianvändning i egna lokaler, kWh/kvm", "", D(142), D(135), D(130), D(125), ""),
        ("Lokalkostnad per kvm, kr", "", D(1164), D(1190), D(1220), D(1250), ""),
        ("Andel vakanta lokaler", "%", D("3.7"), D(3), D(3), D("2.5"), ""),
    ]),
    ("Kostenheten serverar god och klimatsmart mat.", [
        ("Andel ekologiska livsmedel", "%", D(31), D(35), D(38), D(40), ""),
        ("Matsvinn per portion, gram", "", None, D(40), D(35), D(30), "#DIVISION/0!"),
        ("Andel elever i åk 5 som är nöjda med skollunchen", "%", D(67), D(70), D(72), D(75),
         ""),
    ]),
    ("Medarbetarna har en god arbetsmiljö och sjukfrånvaron minskar.", [
        ("Sjukfrånvaro", "%", D("6.8"), D("6.0"), D("5.5"), D("5.0"), ""),
    ]),
]  # fmt: skip

HIDDEN_ROW = ["Antal klagomål på vinterväghållningen (utgår)", "412", "350", "320", "300"]

ACTIVITIES = [
    ("Inventera och åtgärda otrygga gångtunnlar", "Gatuchef", dt.date(2027, 6, 30), "Pågår"),
    ("Byta resterande kvicksilverarmaturer till LED", "Belysningsingenjör",
     dt.date(2028, 12, 31), "Pågår"),
    ("Ta fram en plan för förnyelse av vattenledningsnätet", "VA-chef", dt.date(2027, 3, 31),
     "Ej påbörjad"),
    ("Läcksökning med ljudloggrar i Norrbyns tryckzon", "VA-ingenjör", dt.date(2027, 10, 31),
     "Ej påbörjad"),
    ("Införa insamling av matavfall i flerfamiljshus", "Avfallssamordnare",
     dt.date(2027, 12, 31), "Pågår"),
    ("Energikartlägga Kvarnskolan och Älvhallen", "Fastighetschef", dt.date(2027, 5, 31),
     "Ej påbörjad"),
    ("Avveckla de inhyrda paviljongerna vid Backeskolan", "Fastighetschef",
     dt.date(2028, 6, 30), "Ej påbörjad"),
    ("Mäta matsvinn i alla skolkök två veckor per termin", "Kostchef", dt.date(2027, 12, 15),
     "Pågår"),
    ("Ny rutin för rehabilitering vid upprepad korttidsfrånvaro", "Förvaltningschef",
     dt.date(2027, 2, 28), "Klart"),
]  # fmt: skip
STATUS = {"Pågår": "pagar", "Ej påbörjad": "ej_paborjad", "Klart": "klart"}

DRIFT_KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028),
              ("plan", 2029)]  # fmt: skip
DRIFT = [
    ("Nämnd och förvaltningsledning", [4812, 5020, 5180, 5290, 5400]),
    ("Gator och vägar", [21356, 22140, 22960, 23400, 23850]),
    ("Vinterväghållning", [8904, 7800, 8300, 8450, 8600]),
    ("Gatubelysning", [3617, 3750, 3520, 3400, 3300]),
    ("Parker och grönområden", [6245, 6410, 6590, 6720, 6850]),
    ("Fastighetsförvaltning", [11870, 12300, 12950, 13200, 13480]),
    ("Kostenheten", [18432, 19100, 19860, 20250, 20650]),
    ("Kollektivtrafik och färdtjänst", [9713, 10050, 10420, 10630, 10840]),
]

KEY_TITLE = "Nyckeltal för tekniska nämndens verksamheter"
KEY_ROWS = [
    ("Nettokostnad gator och vägar, kr/invånare", ["1 164", "1 208", "1 251"]),
    ("Kostnad vinterväghållning, kr/invånare", ["612", "577", "641"]),
    ("Andel utsorterat matavfall", ["38%", "41%", "43%"]),
    ("Vattenförluster i ledningsnätet", ["23%", "22%", "21%"]),
    ("Energianvändning i egna lokaler, kWh/kvm", ["151", "147", "142"]),
    ("Kostnad per portion i skolmåltiden, kr", ["31,40", "#DIVISION/0!", "34,85"]),
]
KEY_NOTE = (
    "Kostnaden per portion för 2024 saknas eftersom antalet portioner inte registrerades när "
    "kassasystemet byttes under hösten."
)

CONTROLS = [
    ("Upphandling och inköp", "Stickprov på tjugo inköp: att de görs hos avtalade leverantörer",
     "16", "Controller", "Två gånger per år"),
    ("Vinterväghållning", "Att entreprenörernas fakturor stäms av mot körjournaler",
     "12", "Gatuchef", "Varje månad nov–mars"),
    ("Dricksvattenkontroll", "Att provtagningsplanen följs och avvikelser rapporteras",
     "9", "VA-chef", "Kvartalsvis"),
    ("Fastighetsunderhåll", "Att lagstadgade besiktningar (OVK, hissar) är gjorda i tid",
     "6", "Fastighetschef", "En gång per år"),
    ("Kassahantering i skolkök", "Att försäljning till personal stäms av mot kassa",
     "4", "Kostchef", "En gång per år"),
]  # fmt: skip
RISK_FILL = {"16": "FF0000", "12": "FFC000", "9": "FFFF00", "6": "92D050", "4": "92D050"}


def _pct(value: Val | None, unit: str, missing: str) -> str:
    """A cell as Excel pasted it: "67%" with no space, an error for a missing figure."""
    if value is None:
        return missing
    if isinstance(value, str):
        return value
    return sv(value, sep=NBSP) + ("%" if unit == "%" else "")


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _text(cell: Any, text: str, *, bold: bool = False, hidden: bool = False) -> None:
    """The cell's text, each "\\n" a soft line break as Excel's Alt+Enter pastes it."""
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    for n, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.font.size = Pt(9)
        run.bold = bold or None
        if hidden:
            run.font.hidden = True
        if n < text.count("\n"):
            run.add_break()


def _sheet(
    w: Writer,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    *,
    hidden: int | None = None,
    last_bold: bool = False,
) -> Any:
    """A table pasted from Excel: a grey header row whose cells are structure, spacer columns
    (SPACER in ``header``) left empty, the row numbers in the first column structure."""
    table = w.doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for r, values in enumerate([header, *rows]):
        for c, cell in enumerate(table.rows[r].cells):
            cell.width = Cm(widths[c])
            text = "" if header[c] == SPACER else values[c]
            if text:
                bold = r == 0 or (last_bold and r == len(rows))
                _text(cell, text, bold=bold, hidden=r - 1 == hidden)
            if r == 0:
                _shade(cell, "D9D9D9")
    for text in header:
        if text != SPACER:
            w.structure(text, " ".join(text.split("\n")), *text.split("\n"))
    w.structure(*(row[0] for row in rows))
    return table


def _cover(w: Writer) -> None:
    lines = [
        ("Älvbacka kommun", 14, True),
        ("Tekniska nämnden", 14, False),
        ("", 0, False),
        ("Verksamhetsplan med budget 2027–2029", 22, True),
        ("", 0, False),
        ("Beslutad av tekniska nämnden 2026-11-26, § 112", 0, False),
        ("Diarienummer: TN 2026/214", 0, False),
        ("Ordförande: Lennart Öhman (S)", 0, False),
        ("Förvaltningschef: Annika Berglund", 0, False),
    ]
    for text, size, bold in lines:
        if text:
            w.cover(text, size=size, bold=bold)
        else:
            w.para("")
    w.page_break()


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Tekniska nämnden ansvarar för gator, vägar och parker, vatten och avlopp, avfall, "
        "kommunens fastigheter, kostenheten samt kollektivtrafik och färdtjänst. Planen "
        "beskriver vad nämnden vill uppnå under 2027–2029 och hur pengarna används.",
        "Tabellerna i planen är hämtade ur förvaltningens budgetmodell i Excel. Siffrorna för "
        "2025 är bokslut, 2026 är årets budget och 2027–2029 är budget och plan enligt "
        "kommunfullmäktiges ramar.",
    )
    w.chapter("Omvärld och förutsättningar")
    w.paras(
        "Älvbacka växer långsamt men stadigt, främst i Norrbyn och längs älven. Det ger fler "
        "meter gata och ledning att sköta utan att skatteintäkterna ökar i samma takt.",
        "Ledningsnätet för vatten är till stora delar byggt på 1960- och 70-talen. Förnyelsen "
        "har legat under en halv procent per år, vilket inte räcker för att hålla nätet i "
        "stånd. Priserna på entreprenader och el har dessutom stigit kraftigt.",
        "Vintrarna har blivit mer ojämna med fler omslag kring nollan. Det kräver mer "
        "halkbekämpning och gör kostnaden för vinterväghållning svår att förutse.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål bygger på kommunfullmäktiges mål för hållbar tillväxt och god "
        "ekonomisk hushållning. Utgångsvärdet är utfallet 2025 om inget annat anges."
    )
    header = ["Nr", "Nämndsmål", "Indikator", "Ut-\ngångs-\nvärde\n2025", SPACER,
              "Mål-\nvärde\n2027", "Mål-\nvärde\n2028", "Mål-\nvärde\n2029"]  # fmt: skip
    rows: list[list[str]] = []
    hidden = None
    for goal, inds in GOALS:
        w.expected.goals.append(Goal(goal, "namnd"))
        for n, (name, unit, base, t27, t28, t29, missing) in enumerate(inds):
            cells = [_pct(v, unit, missing) for v in (base, t27, t28, t29)]
            rows.append(["", goal if n == 0 else "", name, cells[0], "", *cells[1:]])
            targets = {
                y: v
                for y, v in zip((2027, 2028, 2029), (t27, t28, t29), strict=True)
                if v is not None
            }
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025 if base is not None else None, base, targets)
            )
            if name.startswith("Antal km"):
                hidden = len(rows)
                old = HIDDEN_ROW
                rows.append(["", "", old[0], old[1], "", *old[2:]])
    for number, row in enumerate(rows, 1):
        row[0] = str(number)
    _sheet(w, header, rows, [0.8, 4.2, 5.2, 1.5, 0.3, 1.5, 1.5, 1.5], hidden=hidden)
    w.expected.absent += HIDDEN_ROW[:1]
    w.para("")
    w.para(
        "Där ett felvärde från budgetmodellen står i stället för en siffra fanns ingen mätning "
        "för året. Nämnden följer upp indikatorerna i delårsrapporten och i årsredovisningen."
    )


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Under 2027 prioriterar förvaltningen följande aktiviteter.")
    header = ["Nr", "Aktivitet", "Ansvarig", "Slut-\ndatum", "Status"]
    rows = []
    for n, (name, who, day, status) in enumerate(ACTIVITIES, 1):
        stamp = f"{day.isoformat()} 00:00:00"
        rows.append([str(n), name, who, stamp, status])
        w.structure(stamp)  # the cell is checked as the activity's slutdatum
        w.expected.activities.append(Activity(name, who, day, STATUS[status]))
    _sheet(w, header, rows, [0.8, 7.4, 3.4, 2.8, 2.2])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Nämndens ram 2027 är 93 580 tkr, en ökning med 2 010 tkr mot 2026. Ökningen avser "
        "främst löner, högre livsmedelspriser och kapitalkostnader för nya gång- och "
        "cykelvägar. Vatten och avlopp samt avfall finansieras med avgifter och redovisas "
        "inte i tabellen."
    )
    w.para(("b", "Driftbudget, nettokostnad i tkr"))
    w.structure("Driftbudget, nettokostnad i tkr")
    header = ["Nr", "Verksamhet", "Bok-\nslut\n2025", SPACER, "Bud-\nget\n2026",
              "Bud-\nget\n2027", SPACER, "Plan\n2028", "Plan\n2029", "Kontroll"]  # fmt: skip
    rows = []
    for n, (name, amounts) in enumerate(DRIFT, 1):
        figures = [sv(a, sep=NBSP) for a in amounts]
        rows.append([str(n), name, figures[0], "", *figures[1:3], "", *figures[3:], "0"])
        given = {k: D(a) for k, a in zip(DRIFT_KEYS, amounts, strict=True)}
        w.expected.budget.append(BudgetRow("drift", name, given))
    sums = [sv(sum(a[i] for _, a in DRIFT), sep=NBSP) for i in range(5)]
    rows.append(["", "Summa nettokostnad", sums[0], "", *sums[1:3], "", *sums[3:], "OK"])
    w.totals("Summa nettokostnad", *sums)
    w.structure("0", "OK")  # the Kontroll column: formula results, no figure of the budget
    _sheet(w, header, rows, [0.8, 5.0, 1.6, 0.3, 1.6, 1.6, 0.3, 1.6, 1.6, 1.6], last_bold=True)


def _key_figures(w: Writer) -> None:
    # A heading over nothing but a caption, a key-figure table and its note is the table's,
    # not a chapter (as in AG).
    w.heading("Nyckeltal", 1)
    w.para(("b", KEY_TITLE))
    w.structure(KEY_TITLE)
    header = ["Nr", "Nyckeltal", "Ut-\nfall\n2023", "Ut-\nfall\n2024", "Ut-\nfall\n2025"]
    rows = [[str(n), name, *values] for n, (name, values) in enumerate(KEY_ROWS, 1)]
    _sheet(w, header, rows, [0.8, 8.2, 2.0, 2.0, 2.0])
    columns = ["Utfall 2023", "Utfall 2024", "Utfall 2025"]
    for name, values in KEY_ROWS:
        given = {c: v for c, v in zip(columns, values, strict=True) if v not in ERRORS}
        w.expected.key_figures.append(KeyRow(KEY_TITLE, name, given))
    w.para(KEY_NOTE, size=8)
    w.expected.notes.append(TableNote(KEY_TITLE, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Internkontroll")
    w.para(
        "Riskvärdet är sannolikhet gånger konsekvens, var och en på en skala 1–4. Rött (12–16) "
        "kräver kontroll under året, gult (6–9) kontrolleras enligt plan och grönt följs upp "
        "vid behov."
    )
    header = ["Nr", "Process", "Kontrollmoment", "Risk-\nvärde", "Ansvarig", "Frekvens"]
    rows = [[str(n), *control] for n, control in enumerate(CONTROLS, 1)]
    table = _sheet(w, header, rows, [0.8, 3.4, 6.2, 1.4, 2.6, 2.6])
    for r, control in enumerate(CONTROLS, 1):
        _shade(table.rows[r].cells[3], RISK_FILL[control[2]])
        w.expected.controls.append(Control(control[1], control[0]))
    w.chapter("Uppföljning")
    w.para(
        "Nämnden får en uppföljning av mål, aktiviteter och ekonomi i april, i delårsrapporten "
        "per augusti och i årsredovisningen. Internkontrollen redovisas i januari 2028."
    )


def build_cu(path: Path) -> Expected:
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Älvbacka kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Lennart Öhman (S)",
        forvaltningschef="Annika Berglund",
        diarienummer="TN 2026/214",
    )
    w = Writer("CU-teknisk-nämnd-excelklistrad", front)
    _cover(w)
    _prose(w)
    _goals(w)
    _activities(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    w.structure(*ERRORS)
    w.expected.absent += list(ERRORS)
    return w.save(path)
