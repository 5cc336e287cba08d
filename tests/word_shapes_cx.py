"""Corpus document CX: a socialnämnd's plan filled in an old Word form template with legacy
form fields. The cover is fixed labels, each followed by a FORMTEXT field ("Nämnd: [field]",
"Ordförande: [field]"), one left at the template's "Skriv här"; a grey instruction line of the
template and a page header with the form's number. Each goal is a "målkort" table whose values
are all FORMTEXT fields (the typed value is the field's result; some left at "Skriv här" or at
Word's five en spaces): the goal, a FORMDROPDOWN for its priority (the choice only in the
field's data, no text), the indicators with nuläge 2025 and targets 2027-2029, and the goal's
activities with ansvarig, a date field and a status row "☐ Ej påbörjad ☐ Pågår ☐ Klar" of
FORMCHECKBOX fields (the ticked one only by w:default w:val="1" or w:checked, no character).
The chapters' prose, the driftbudget, the key figures and the internkontroll are ordinary
paragraphs and tables; one chapter's prose is typed in a FORMTEXT field.

Expected (what a perfect import gives): the front matter from the cover's fields; the chapters
(not the empty "Övrigt" left at "Skriv här"); six nämndsmål with fifteen indicators (a nuläge
left at "Skriv här" and targets left blank are no entries), unit "%" where written; ten
activities under their goals with ansvarig, slutdatum (none for "Löpande") and the status that
is ticked (none where no box is); the template's empty activity row is nothing; eight
driftbudget rows by (bokslut 2025), (budget 2026), (budget 2027), (plan 2028), (plan 2029);
five key-figure rows with a source note; five controls with their process. Labels, the
checkbox labels, header cells and the totals row are structure; "Skriv här", the instruction
line, the field instructions and the page header must not reach the plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from tests.word_shapes_cx_fields import DEFAULT, Fields, cell_paragraph, field_cell, plain
from tests.word_shapes_docx import Writer, budget_rows, cell_text
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

BLANK = "\u2002" * 5
"""Word's result of a text field nobody typed in: five en spaces."""
YEARS = (2027, 2028, 2029)
STATUSES = ("Ej påbörjad", "Pågår", "Klar")
STATUS_VALUES = {"Ej påbörjad": "ej_paborjad", "Pågår": "pagar", "Klar": "klart", "": ""}
HEADER = "Lövsjö kommun · Blankett SN 14 Verksamhetsplan (rev. 2016-03)"
INSTRUCTION = (
    "Fyll i de grå fälten. Gå till nästa fält med Tab. Mallen är låst för redigering "
    "utanför fälten."
)

Ind = tuple[str, str, Val | None, tuple[Val | None, Val | None, Val | None]]
Act = tuple[str, str, str, dt.date | None, str, str]
"""name, ansvarig, date as typed, slutdatum, ticked status, how it is ticked."""

CARDS: list[tuple[str, str, list[Ind], list[Act]]] = [
    ("Barn och unga som far illa eller riskerar att fara illa får snabbt rätt stöd.", "Hög",
     [("Andel förhandsbedömningar klara inom 14 dagar", "%", D(81), (D(90), D(95), D(95))),
      ("Andel utredningar klara inom 120 dagar", "%", D(68), (D(80), D(85), D(90))),
      ("Antal barn placerade i HVB, genomsnitt per månad", "", D(14), (D(11), D(10), D(9)))],
     [("Införa Barns behov i centrum (BBIC) fullt ut i hela barn- och ungdomsenheten",
       "Enhetschef barn och unga", "2027-06-30", dt.date(2027, 6, 30), "Pågår", "checked"),
      ("Bygga upp en egen familjehemsenhet med jourhem", "Avdelningschef IFO", "2028-03-31",
       dt.date(2028, 3, 31), "Ej påbörjad", "default")]),
    ("Fler invånare som har ekonomiskt bistånd kommer ut i arbete eller studier.", "Hög",
     [("Andel hushåll med ekonomiskt bistånd längre än tio månader", "%", D("38.4"),
       (D(35), D(32), D(30))),
      ("Antal personer som gått från arbetsmarknadsenheten till arbete eller studier",
       "", D(47), (D(60), D(70), D(75))),
      ("Genomsnittlig väntetid till nybesök ekonomiskt bistånd, dagar", "", D("9.5"),
       (D(7), D(7), D(5)))],
     [("Samlokalisera försörjningsstöd och arbetsmarknadsenheten", "Enhetschef försörjning",
       "2027-09-30", dt.date(2027, 9, 30), "Ej påbörjad", "default"),
      ("Erbjuda alla unga under 25 år med försörjningsstöd en plan inom en månad",
       "Arbetsmarknadschef", "Löpande", None, "Pågår", "default")]),
    ("Personer med missbruk eller beroende får vård och stöd i hemkommunen.", "Medel",
     [("Andel av klienterna som är nöjda med bemötandet", "%", D(84), (D(88), D(90), D(90))),
      ("Antal vårddygn på HVB för vuxna", "", D(2316), (D(2000), D(1800), D(1700))),
      ("Antal deltagare i öppenvårdens program", "", DEFAULT, (D(40), D(45), None))],
     [("Starta ett öppenvårdsprogram på kvällstid", "Enhetschef vuxen",
       "2027-03-31", dt.date(2027, 3, 31), "Klar", "checked"),
      ("Ta fram en gemensam plan med regionen för samsjuklighet", "Avdelningschef IFO",
       "2027-12-31", dt.date(2027, 12, 31), "", "")]),
    ("Våldsutsatta och barn som bevittnat våld får skydd och stöd.", "Hög",
     [("Andel medarbetare inom IFO som gått utbildning om våld i nära relationer", "%",
       D(56), (D(80), D(100), D(100))),
      ("Antal ärenden där våldsutövaren erbjudits behandling", "", D(12),
       (D(18), D(20), None))],
     [("Utse en samordnare för våld i nära relationer", "Socialchef", "2027-02-28",
       dt.date(2027, 2, 28), "Ej påbörjad", "checked")]),
    ("Socialtjänstens arbete bygger på bästa tillgängliga kunskap.", "Medel",
     [("Andel utredningar där standardiserad bedömningsmetod används", "%", D(62),
       (D(75), D(85), D(90))),
      ("Antal genomförda egenkontroller per år", "", D(4), (D(6), D(6), D(6)))],
     [("Införa systematisk uppföljning på gruppnivå i vuxenenheten", "Kvalitetsutvecklare",
       "2028-06-30", dt.date(2028, 6, 30), "Ej påbörjad", "default"),
      ("Revidera ledningssystemet för systematiskt kvalitetsarbete", "Kvalitetsutvecklare",
       "2027-10-31", dt.date(2027, 10, 31), "Pågår", "default")]),
    ("Socialförvaltningen är en attraktiv arbetsplats med stabil bemanning.", "Låg",
     [("Personalomsättning bland socialsekreterare", "%", D("23.5"), (D(18), D(15), D(15))),
      ("Sjukfrånvaro i förvaltningen", "%", D("7.9"), (D("7.0"), D("6.5"), D("6.0")))],
     [("Införa ett introduktionsprogram för nyanställda socialsekreterare", "HR-partner",
       "2027-04-30", dt.date(2027, 4, 30), "Klar", "default")]),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", [3812, 4050, 4180, 4260, 4340]),
    ("Barn och unga", [41236, 39800, 40650, 41400, 42100]),
    ("Vuxna, missbruk och beroende", [17904, 16500, 16900, 17200, 17500]),
    ("Ekonomiskt bistånd", [28417, 27000, 27600, 27100, 26800]),
    ("Arbetsmarknadsenheten", [9148, 9400, 9650, 9800, 9950]),
    ("Familjerätt och familjebehandling", [4071, 4200, 4320, 4400, 4480]),
    ("Socialpsykiatri", [12655, 12900, 13300, 13600, 13900]),
    ("Våld i nära relationer", [1988, 2100, 2700, 2750, 2800]),
]

KEY_CAPTION = "Nyckeltal individ- och familjeomsorg"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
KEY_ROWS = [
    ["Hushåll med ekonomiskt bistånd, genomsnitt per månad", "398", "421", "412"],
    ["Andel invånare med ekonomiskt bistånd, %", "3,7", "3,9", "3,8"],
    ["Anmälningar gällande barn och unga", "1 042", "1 108", "1 164"],
    ["Kostnad för IFO per invånare, kr", "5 218", "5 604", "5 871"],
    ["Placerade barn och unga 31/12", "46", "51", "49"],
]
KEY_NOTE = (
    "Källa: Kolada och förvaltningens verksamhetssystem. Uppgifterna för 2025 är preliminära."
)

CONTROLS = [
    ("Ekonomiskt bistånd", "Att beslut om bistånd över 20 000 kr fattats enligt "
     "delegationsordningen", "Enhetschef försörjning", "Varje kvartal"),
    ("Barnavård", "Att förhandsbedömningar görs inom 14 dagar", "Enhetschef barn och unga",
     "Varje månad"),
    ("Placeringar", "Att placeringar på HVB görs hos upphandlade utförare",
     "Avdelningschef IFO", "Två gånger per år"),
    ("Dokumentation", "Att journalanteckningar förs utan dröjsmål", "Kvalitetsutvecklare",
     "Två gånger per år"),
    ("Attest", "Att fakturor attesteras av behörig attestant", "Controller", "En gång per år"),
]  # fmt: skip


# --- the document ----------------------------------------------------------------------------

COVER = [
    ("Kommun:", "Lövsjö kommun"),
    ("Nämnd:", "Socialnämnden"),
    ("Planperiod:", "2027–2029"),
    ("Ordförande:", "Annika Forsgren (S)"),
    ("Förvaltningschef:", "Tomas Wiklander"),
    ("Diarienummer:", "SN 2026/231"),
    ("Beslutad i nämnden:", DEFAULT),
]


def _cover(w: Writer, f: Fields) -> None:
    w.doc.sections[0].header.paragraphs[0].text = HEADER
    w.expected.absent.append(HEADER)
    w.cover("VERKSAMHETSPLAN", size=24, bold=True)
    w.doc.add_paragraph()
    for label, value in COVER:
        p = w.doc.add_paragraph()
        plain(p._p, label + " ", bold=True)
        f.text(p._p, value)
        w.structure(label, value, f"{label} {value}")
    note = w.para(("i", INSTRUCTION), size=8)
    note.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    w.structure(INSTRUCTION)
    w.expected.absent += [INSTRUCTION, DEFAULT, "FORMTEXT", "FORMCHECKBOX", "FORMDROPDOWN"]
    w.page_break()


def _prose(w: Writer, f: Fields) -> None:
    w.chapter("1 Inledning")
    w.paras(
        "Socialnämnden ansvarar för individ- och familjeomsorgen i Lövsjö kommun: stöd och "
        "skydd för barn och unga, vuxna med missbruk eller beroende, ekonomiskt bistånd, "
        "arbetsmarknadsinsatser, familjerätt, socialpsykiatri och stöd till våldsutsatta.",
        "Planen bygger på kommunfullmäktiges mål och budget för 2027 med plan för 2028 och "
        "2029. Den följs upp i delårsrapporten per augusti och i verksamhetsberättelsen.",
    )
    w.chapter("2 Uppdrag och organisation")
    w.para(
        "Förvaltningen har omkring 140 medarbetare i tre avdelningar: barn och familj, vuxen "
        "samt arbete och försörjning. Socialchefen är också förvaltningschef."
    )
    w.chapter("3 Omvärld och utmaningar")
    p = w.doc.add_paragraph()
    f.text(
        p._p,
        "Antalet anmälningar om barn som far illa har ökat tre år i rad och var 1 164 under "
        "2025. Kostnaderna för placeringar på HVB ligger över budget, samtidigt som det är "
        "svårt att rekrytera erfarna socialsekreterare. Den nya socialtjänstlagen ställer "
        "högre krav på förebyggande arbete och kunskapsbaserade metoder.",
    )
    w.para(
        "Arbetslösheten i kommunen är 7,2 procent, högre än i länet. Många av dem som har "
        "försörjningsstöd står långt från arbetsmarknaden."
    )


def _card(w: Writer, f: Fields, n: int, card: tuple[str, str, list[Ind], list[Act]]) -> None:
    goal, priority, inds, acts = card
    w.para(("b", f"Målkort {n}"))
    w.structure(f"Målkort {n}")
    ind_header = ["Indikator", "Nuläge 2025", *(f"Målvärde {y}" for y in YEARS)]
    act_header = ["Aktivitet", "Ansvarig", "Klart senast", "Status", ""]
    empty_row = n == len(CARDS)
    rows = [
        ["Mål:", "", "", "", ""],
        ["Prioritet:", "", "", "", ""],
        ind_header,
        *([""] * 5 for _ in inds),
        act_header,
        *([""] * 5 for _ in range(len(acts) + empty_row)),
    ]
    first_act = 4 + len(inds)
    merges = [(0, 1, 0, 4), (1, 1, 1, 4), (first_act - 1, 3, first_act - 1, 4)]
    merges += [(r, 3, r, 4) for r in range(first_act, len(rows))]
    table = w.table(rows, header_rows=0, merges=merges, widths=[6.4, 2.6, 2.6, 2.0, 2.0])
    for r in (0, 1, 2, first_act - 1):
        for cell in table.rows[r].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    w.structure("Mål:", "Prioritet:", *ind_header, *act_header)
    field_cell(f, table.cell(0, 1), goal)
    f.dropdown(cell_paragraph(table.cell(1, 1)), ("Hög", "Medel", "Låg"), priority)
    w.expected.goals.append(Goal(goal, "namnd"))
    for r, (name, unit, base, targets) in enumerate(inds, 3):
        values = [name, cell_text(base, unit), *(cell_text(t, unit) or BLANK for t in targets)]
        for c, value in enumerate(values):
            field_cell(f, table.cell(r, c), value)
        known = None if base == DEFAULT else base
        w.expected.indicators.append(
            Indicator(
                goal,
                name,
                unit,
                2025 if known is not None else None,
                known,
                {y: t for y, t in zip(YEARS, targets, strict=True) if t is not None},
            )
        )
    template_row: Act = (DEFAULT, BLANK, BLANK, None, "", "")
    for r, act in enumerate([*acts, *([template_row] if empty_row else [])], first_act):
        name, who, typed, day, status, how = act
        field_cell(f, table.cell(r, 0), name)
        field_cell(f, table.cell(r, 1), who)
        field_cell(f, table.cell(r, 2), typed, date=typed[:1].isdigit())
        p = cell_paragraph(table.cell(r, 3))
        shown = []
        for label in STATUSES:
            f.checkbox(p, how if label == status else "")
            plain(p, f" {label}   ")
            shown.append(f" {label}   ")
        w.structure("".join(shown), "".join(shown).strip())
        if name != DEFAULT:
            w.expected.activities.append(
                Activity(name, who, day, STATUS_VALUES[status], group=goal)
            )
    for row in table.rows:
        for cell in row.cells:
            for run in cell._tc.iter(qn("w:r")):
                props = run.find(qn("w:rPr"))
                if props is None:
                    props = OxmlElement("w:rPr")
                    run.insert(0, props)
                size = OxmlElement("w:sz")
                size.set(qn("w:val"), "18")
                props.append(size)
    w.doc.add_paragraph()


def _goals(w: Writer, f: Fields) -> None:
    w.chapter("4 Mål och aktiviteter")
    w.para(
        "Nämndens mål redovisas i målkort. Varje målkort anger målets prioritet, de "
        "indikatorer som följs upp och de aktiviteter som ska bidra till målet."
    )
    for n, card in enumerate(CARDS, 1):
        _card(w, f, n, card)


def _economy(w: Writer) -> None:
    w.chapter("5 Ekonomi")
    w.para(
        "Nämndens nettoram för 2027 är 119 300 tkr. Ramen har räknats upp med 2,4 procent "
        "för löner och priser. Insatserna mot våld i nära relationer förstärks med 600 tkr."
    )
    w.para(("b", "Driftbudget per verksamhet, tkr"))
    w.structure("Driftbudget per verksamhet, tkr")
    header = ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad")
    w.table([header, *body], widths=[5.4, 2.2, 2.2, 2.2, 2.2, 2.2])


def _key_figures(w: Writer) -> None:
    w.chapter("6 Nyckeltal")
    w.para(("b", KEY_CAPTION))
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.6, 2.4, 2.4, 2.4])
    for values in KEY_ROWS:
        given = dict(zip(KEY_HEADER[1:], values[1:], strict=True))
        w.expected.key_figures.append(KeyRow(KEY_CAPTION, values[0], given))
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_CAPTION, KEY_NOTE))


def _control(w: Writer, f: Fields) -> None:
    w.chapter("7 Internkontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Resultatet av "
        "kontrollerna redovisas för nämnden i samband med årsbokslutet."
    )
    rows = [["Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, moment, who, when in CONTROLS:
        rows.append([process, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.2, 7.4, 3.6, 2.4])
    w.heading("8 Övrigt", 1)
    w.structure("8 Övrigt")
    f.text(w.doc.add_paragraph()._p, DEFAULT)


def build_cx(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun="Lövsjö kommun",
        forsta_ar=2027,
        sista_ar=2029,
        ordforande="Annika Forsgren (S)",
        forvaltningschef="Tomas Wiklander",
        diarienummer="SN 2026/231",
    )
    w = Writer("CX-socialnämnd-blankettfält", front)
    w.doc.styles["Normal"].font.size = Pt(10)
    f = Fields()
    _cover(w, f)
    _prose(w, f)
    _goals(w, f)
    _economy(w)
    _key_figures(w)
    _control(w, f)
    return w.save(path)
