"""Corpus document BK: a vård- och omsorgsnämnd's plan whose economy tables were pasted from
Excel, as a controller's workbook arrives in the secretary's Word file: no table style and no
borders but a top border over the "Summa" row, empty spacer columns and empty rows, numbers
right-aligned with U+00A0 or U+202F as thousands separators, "−" and "-" as minus signs, a
zero shown as "-" or "–", some cells with " kr" or " tkr", percentages written "9,8%", a
driftbudget whose first two rows are a title merged across ("Driftbudget 2027–2029, tkr") and
a blank row, a table of särskilt boende whose header cells carry the unit in parentheses
("Platser (antal)", "Beläggning (%)", "Nettokostnad per plats (tkr)") over values without a
unit, and the key-figure table pasted a second time as a picture without alternative text right
after the real table. The goals are Heading 2 "Nämndsmål n: …" over an ordinary Word indicator
table, the activities a table with "Klart" as "december 2027", "Q2 2028" or a date, and
internkontroll a table with S, K and riskvärde.

Expected (what a perfect import gives): the front matter from the labelled cover; seven chapters;
four nämndsmål (without their label) with ten indicators, nuläge 2025 and targets for 2027–2029
(a blank cell is no target); eight activities with ansvarig and slutdatum; eight driftbudget
rows with their amounts per column kind and year (a "-" or "–" is 0, the spacer columns and
empty rows nothing); seven key-figure rows and four särskilt boende rows with their values as
printed (a "-" or "–" kept as the cell's text, "9,8%" is 9,8 %); five controls with their
process. The title row, the header cells and the Summa row are structure; the picture gives
nothing."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from PIL import Image, ImageDraw

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    Val,
)
from tests.word_shapes_xml import element

NBSP, NNBSP = "\u00a0", "\u202f"

Ind = tuple[str, str, Val, Val | None, Val | None, Val | None]
"""An indicator: name, unit, nuläge 2025, mål 2027, 2028 and 2029 (None: a blank cell)."""

GOALS: list[tuple[str, list[Ind]]] = [
    ("Den enskilde har inflytande över hur stödet utformas och är nöjd med hemtjänsten.",
     [("Andel brukare i hemtjänsten som är nöjda med hemtjänsten som helhet", "%", D(86),
       D(88), D(89), D(90)),
      ("Andel brukare som kan påverka vilka tider de får hjälp", "%", D(61), D(65), D(68),
       D(70)),
      ("Antal olika personal som besöker en brukare med hemtjänst under 14 dagar", "",
       D(16), D(14), D(13), D(12))]),
    ("Äldre i särskilt boende har en meningsfull vardag och god vård i livets slutskede.",
     [("Andel boende som är nöjda med aktiviteterna på boendet", "%", D("58.4"), D(62),
       D(65), D(68)),
      ("Andel avlidna på särskilt boende med smärtskattning sista levnadsveckan", "%",
       D(79), D(85), D(90), D(95)),
      ("Andel boende med genomförd fallriskbedömning", "%", D(91), D(95), None, D(95))]),
    ("Personer med funktionsnedsättning har en bostad och en sysselsättning som de själva "
     "har valt.",
     [("Väntetid i dagar från beslut till erbjuden bostad med särskild service, medelvärde",
       "", D(148), D(120), D(100), D(90)),
      ("Andel deltagare i daglig verksamhet som har praktik eller arbete på den öppna "
       "arbetsmarknaden", "%", D("7.5"), D(9), D(10), D(12))]),
    ("Vård- och omsorgsförvaltningen är en attraktiv arbetsgivare med frisk personal.",
     [("Sjukfrånvaro bland tillsvidareanställda", "%", D("9.8"), D("8.5"), D(8),
       D("7.5")),
      ("Hållbart medarbetarengagemang (HME), index", "", D(76), None, D(79), None)]),
]  # fmt: skip

ACTIVITIES = [
    ("Införa planeringssystem som ger brukaren fasta kontaktpersoner", "Hemtjänstchef",
     "december 2027", dt.date(2027, 12, 31)),
    ("Digital tillsyn nattetid som ett val för brukare i hemtjänst", "Enhetschef natt",
     "Q2 2027", dt.date(2027, 6, 30)),
    ("Aktivitetssamordnare på varje särskilt boende", "Verksamhetschef äldreomsorg",
     "2027-08-31", dt.date(2027, 8, 31)),
    ("Utbildning i palliativ vård för all omvårdnadspersonal", "Medicinskt ansvarig "
     "sjuksköterska", "Q4 2027", dt.date(2027, 12, 31)),
    ("Ny gruppbostad med sex lägenheter på Björkvägen", "Verksamhetschef LSS",
     "Q2 2028", dt.date(2028, 6, 30)),
    ("Samverkan med arbetsmarknadsenheten om platser på öppna arbetsmarknaden",
     "Verksamhetschef LSS", "juni 2027", dt.date(2027, 6, 30)),
    ("Heltid som norm: schemaläggning med önskeschema i två enheter", "HR-strateg",
     "2028-03-31", dt.date(2028, 3, 31)),
    ("Friskvårdsinsatser riktade till arbetsplatser med hög korttidsfrånvaro", "HR-strateg",
     "december 2028", dt.date(2028, 12, 31)),
]  # fmt: skip

KEYS = [("bokslut", 2025), ("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT: list[tuple[str, list[str]]] = [
    ("Nämnd och förvaltningsledning", ["-12 480", "−13 050", "−13 420", "−13 700", "−13 950"]),
    ("Myndighetsutövning", ["-18 915", "−19 600", "−20 310", "−20 800", "−21 200"]),
    ("Hemtjänst", ["-142 630", "−146 900", "−152 340", "−157 100", "−161 800"]),
    ("Särskilt boende", ["-231 770", "−236 400", "−241 880", "−246 300", "−251 000"]),
    ("Hälso- och sjukvård", ["-48 205", "−49 300", "−51 060", "−52 400", "−53 600"]),
    ("LSS-verksamhet", ["-96 340", "−99 800", "−104 250", "−111 900", "−114 300"]),
    ("Socialpsykiatri", ["-21 460", "−22 100", "−22 640", "−23 100", "−23 500"]),
    ("Bemanningsenhet", ["1 215", "0", "0", "0", "0"]),
]
"""The net amounts in tkr; how each cell prints them is decided in ``_drift_cell``."""

# Judgement: Excel's accounting format prints a zero as "-" or "–"; a secretary entering the
# budget reads it as 0. A key figure is the cell's text as printed (tests/word_shapes_model.py
# KeyRow; BL keeps its "–" the same way), so the key-figure dashes stay as printed.
KEY_HEADER = ["Nyckeltal", "", "Utfall 2024", "Utfall 2025", "Prognos 2026", "Budget 2027"]
KEY_ROWS: list[tuple[str, list[str], list[str]]] = [
    ("Invånare 80 år och äldre", [f"2{NBSP}914", f"3{NBSP}027", f"3{NBSP}140", f"3{NBSP}260"],
     ["2 914", "3 027", "3 140", "3 260"]),
    ("Brukare med hemtjänst", ["512", "538", "545", "560"], ["512", "538", "545", "560"]),
    ("Beviljade hemtjänsttimmar per månad",
     [f"21{NNBSP}430", f"22{NNBSP}915", f"23{NNBSP}400", f"24{NNBSP}100"],
     ["21 430", "22 915", "23 400", "24 100"]),
    ("", [], []),
    ("Platser i särskilt boende", ["310", "310", "298", "298"], ["310", "310", "298", "298"]),
    ("Kostnad per brukare i hemtjänst", [f"298{NBSP}600 kr", f"312{NBSP}400 kr",
     f"318{NBSP}000 kr", f"327{NBSP}500 kr"], ["298 600", "312 400", "318 000", "327 500"]),
    ("Köpta platser i externt boende", ["4", "2", "-", "–"], ["4", "2", "-", "–"]),
    ("Sjukfrånvaro, andel av arbetad tid", ["10,4%", "9,8%", "9,1%", "8,5%"],
     ["10,4 %", "9,8 %", "9,1 %", "8,5 %"]),
]  # fmt: skip

SB_CAPTION = "Särskilda boenden 2025"
SB_HEADER = ["Boende", "", "Platser (antal)", "Beläggning (%)", "Nettokostnad per plats (tkr)"]
SB_ROWS = [
    ("Solgården", ["96", "97%", "812"], ["96", "97 %", "812"]),
    ("Ekbacken", ["72", "94%", "845"], ["72", "94 %", "845"]),
    ("Lindgläntan, demensboende", ["54", "99%", "903"], ["54", "99 %", "903"]),
    ("Korttidsboendet Vilan", ["18", "81%", f"1{NBSP}064 tkr"], ["18", "81 %", "1 064"]),
]

CONTROLS = [
    ("Avgifter inom äldreomsorgen", "Felaktigt beräknad avgift för brukaren", "3", "3",
     "9", "Stickprov på 15 avgiftsbeslut mot inkomstuppgifter", "Avgiftshandläggare",
     "Halvår"),
    ("Läkemedelshantering", "Läkemedel ges inte enligt ordination", "2", "4", "8",
     "Egenkontroll av signeringslistor på två enheter per boende", "MAS", "Kvartalsvis"),
    ("Utförda hemtjänsttimmar", "Utförd tid stämmer inte med beviljad tid", "3", "2", "6",
     "Jämförelse av utförd och beviljad tid för 20 brukare", "Hemtjänstchef", "Kvartalsvis"),
    ("Lex Sarah", "Missförhållanden rapporteras inte", "2", "4", "8",
     "Genomgång av inkomna rapporter och utredningstider", "Kvalitetsstrateg", "Tertial"),
    ("Behörigheter i journalsystemet", "Personal som slutat har kvar behörighet", "2",
     "3", "6", "Avstämning av behörighetslistan mot personalsystemet", "Systemförvaltare",
     "Halvår"),
]  # fmt: skip


def _drift_cell(row: int, col: int, text: str) -> str:
    """How the pasted workbook prints a cell: no-break spaces in the bokslut column, narrow
    ones elsewhere, " tkr" on the hemtjänst row, and the zeros as "-" or "–"."""
    if text == "0":
        return "-" if col % 2 else "–"
    sep = NBSP if col == 0 else NNBSP
    text = text.replace(" ", sep)
    return text + " tkr" if row == 2 else text


def _amount(text: str) -> D:
    return D(text.replace("−", "-").replace(" ", ""))


def _excel_table(
    w: Writer,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    header_rows: int,
    keep_headers: bool = False,
    merges: Sequence[tuple[int, int, int, int]] = (),
    summa_row: int = -1,
) -> Any:
    """A table as Word pastes a range from Excel: no style, no borders, numbers right-aligned,
    and a top border over the ``summa_row`` alone."""
    table = w.table(
        rows, header_rows=header_rows, keep_headers=keep_headers, merges=merges, widths=widths
    )
    table.style = None
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if c and r >= header_rows - 1:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if r == summa_row:
                cell._tc.get_or_add_tcPr().append(
                    element(
                        '<w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" '
                        'w:color="000000"/></w:tcBorders>'
                    )
                )
    return table


def _table_picture(rows: Sequence[Sequence[str]]) -> bytes:
    """The key-figure range as Excel copies it "as a picture": the cells drawn on white."""
    widths = [300, 20, 110, 110, 110, 110]
    image = Image.new("RGB", (sum(widths) + 20, 24 * len(rows) + 20), "white")
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(rows):
        x = 10
        for c, text in enumerate(row):
            draw.text((x + 4, 14 + 24 * r), text[:44], fill="black")
            x += widths[c]
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _cover(w: Writer) -> None:
    w.cover("Hedeby kommun", size=14)
    w.cover("Vård- och omsorgsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=26, bold=True)
    for line in (
        "Diarienummer: VON 2026/211",
        "Antagen av vård- och omsorgsnämnden 2026-11-25, § 87",
        "Ordförande: Britt-Marie Ek (S)",
        "Förvaltningschef: Jonas Lindqvist",
    ):
        w.cover(line)
    w.page_break()


def _chapters(w: Writer) -> None:
    w.chapter("Inledning")
    w.para(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård i kommunens "
        "regi, stöd enligt LSS och socialpsykiatri. Planen beskriver vad nämnden vill uppnå "
        "under 2027–2029, hur det ska mätas och vad det får kosta."
    )
    w.chapter("Omvärldsanalys")
    w.para(
        "Antalet invånare över 80 år i Hedeby ökar med omkring 120 personer per år fram till "
        "2030. Fler bor kvar hemma längre och med större behov, vilket syns i att de beviljade "
        "hemtjänsttimmarna har ökat med sju procent på ett år."
    )
    w.para(
        "Kompetensförsörjningen är den största risken. Var fjärde undersköterska går i pension "
        "inom tio år, och titelskyddet för undersköterskor ställer krav på utbildning av den "
        "personal som redan arbetar hos oss."
    )
    w.bullets(
        "Den nya socialtjänstlagen betonar förebyggande arbete och ett lättare tillgängligt stöd.",
        "Inom LSS väntar fler unga vuxna på en bostad med särskild service.",
        "Välfärdsteknik som digital tillsyn och läkemedelsrobotar blir vardag i hemtjänsten.",
    )


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens fyra mål utgår från kommunfullmäktiges målområden. Nuläget är utfallet för "
        "2025; en tom ruta betyder att indikatorn inte mäts det året."
    )
    header = ["Indikator", "Nuläge 2025", "Mål 2027", "Mål 2028", "Mål 2029"]
    for n, (goal, inds) in enumerate(GOALS, 1):
        w.heading(f"Nämndsmål {n}: {goal}", 2)
        w.expected.goals.append(Goal(goal, "namnd"))
        rows = [header]
        for name, unit, base, *targets in inds:
            rows.append([name, *(cell_text(v, unit) for v in (base, *targets))])
            given = {y: t for y, t in zip((2027, 2028, 2029), targets, strict=True) if t}
            w.expected.indicators.append(Indicator(goal, name, unit, 2025, base, given))
        w.table(rows, widths=[7.6, 2.2, 2.2, 2.2, 2.2])


def _activities(w: Writer) -> None:
    w.chapter("Aktiviteter")
    w.para("Aktiviteterna nedan genomförs under planperioden för att nå nämndens mål.")
    rows = [["Aktivitet", "Ansvarig", "Klart"]]
    for name, who, when, day in ACTIVITIES:
        rows.append([name, who, when])
        w.structure(when)
        w.expected.activities.append(Activity(name, who, day))
    w.table(rows, widths=[9.4, 4.4, 2.6])


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för 2027 är 619 900 tkr, en ökning med 3,1 procent. "
        "Volymökningen inom LSS från 2028 förutsätter att den nya gruppbostaden öppnar enligt "
        "plan. Bemanningsenheten ska gå jämnt upp från 2026. Tabellen är hämtad ur "
        "ekonomiavdelningens budgetunderlag."
    )
    title = "Driftbudget 2027–2029, tkr"
    header = ["Verksamhet", "", "Bokslut 2025", "Budget 2026", "", "Budget 2027", "Plan 2028"]
    header.append("Plan 2029")
    width = len(header)
    rows: list[list[str]] = [[title] + [""] * (width - 1), [""] * width, header]
    w.structure(title)
    for r, (name, figures) in enumerate(DRIFT):
        cells = [_drift_cell(r, c, f) for c, f in enumerate(figures)]
        rows.append([name, "", cells[0], cells[1], "", *cells[2:]])
        amounts = [_amount(f) for f in figures]
        w.expected.budget.append(BudgetRow("drift", name, dict(zip(KEYS, amounts, strict=True))))
        if r == 5:
            rows.append([""] * width)
    sums = [sum((_amount(f[i]) for _, f in DRIFT), D(0)) for i in range(len(KEYS))]
    printed = [sv(s, sep=NBSP, minus="−") for s in sums]
    total = ["Summa", "", printed[0], printed[1], "", *printed[2:]]
    rows.append(total)
    w.totals(*total)
    _excel_table(
        w,
        rows,
        [4.6, 0.4, 2.2, 2.2, 0.4, 2.2, 2.2, 2.2],
        header_rows=3,
        merges=[(0, 0, 0, width - 1)],
        summa_row=len(rows) - 1,
    )
    w.para(("i", "Negativa belopp är nettokostnader."))


def _key_figures(w: Writer) -> None:
    w.chapter("Nyckeltal")
    w.para(
        "Nyckeltalen visar volymer och kostnader i verksamheten. Prognosen för 2026 bygger på "
        "utfallet till och med september."
    )
    caption = "Volymer och personal"
    w.para(("b", caption))
    w.structure(caption)
    rows = [KEY_HEADER]
    for name, printed, values in KEY_ROWS:
        rows.append([name, "", *printed] if name else [""] * len(KEY_HEADER))
        if name:
            given = dict(zip(KEY_HEADER[2:], values, strict=True))
            w.expected.key_figures.append(KeyRow(caption, name, given))
    _excel_table(w, rows, [6.4, 0.4, 2.2, 2.2, 2.4, 2.2], header_rows=1, keep_headers=True)
    # The same range pasted once more as a picture, with no alternative text.
    run = w.doc.add_paragraph().add_run()
    run.add_picture(io.BytesIO(_table_picture(rows)), width=Cm(15))

    w.para(("b", SB_CAPTION))
    w.structure(SB_CAPTION)
    rows = [SB_HEADER]
    for name, printed, values in SB_ROWS:
        rows.append([name, "", *printed])
        given = dict(zip(SB_HEADER[2:], values, strict=True))
        w.expected.key_figures.append(KeyRow(SB_CAPTION, name, given))
    _excel_table(w, rows, [5.4, 0.4, 2.6, 2.6, 3.6], header_rows=1, keep_headers=True)


def _control(w: Writer) -> None:
    w.chapter("Internkontrollplan 2027")
    w.para(
        "Riskvärdet är sannolikhet (S) gånger konsekvens (K) på en skala 1–4. Risker med ett "
        "riskvärde på 6 eller mer har ett kontrollmoment."
    )
    header = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig"]
    rows = [[*header, "Frekvens"]]
    for process, risk, s, k, value, moment, who, when in CONTROLS:
        rows.append([process, risk, s, k, value, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[2.6, 3, 0.7, 0.7, 1.4, 3.6, 2.2, 1.8])


def build_bk(path: Path) -> Expected:
    front = Front(
        namnd="Vård- och omsorgsnämnden",
        kommun="Hedeby kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Britt-Marie Ek (S)",
        forvaltningschef="Jonas Lindqvist",
        diarienummer="VON 2026/211",
    )
    w = Writer("BK-vård-omsorg-inklistrat-från-excel", front)
    _cover(w)
    _chapters(w)
    _goals(w)
    _activities(w)
    _economy(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
