"""Corpus document CK: a kultur- och fritidsnämnd's plan saved as a working draft marked by
hand, with no tracked changes: last year's figures struck through with the new beside them
("80 %" struck, then "85 %"; one double strikethrough), yellow highlighting on what is new or
to be checked, "XX" and "?" placeholders for figures not yet known, bracketed notes to
colleagues ("[Kolla med ekonomen]", "[ny 2027]"), one paragraph formatted as hidden text that
Word does not print, a goal in grey italic marked "(utgår)" and an "OBS!" line.

Expected (what a careful reader enters): the new figure, never the struck one; no value where
the document has "XX" or "?"; goal texts without the bracketed notes; the goal marked
"(utgår)" is no goal; the hidden paragraph is no plan content (a reader may keep it as a
note); the front matter; five chapters (the heading over the activity table alone is the
table's title, as in AD); four goals with eleven indicators (nuläge 2025, targets 2027–2029);
eight activities; seven driftbudget rows; six internkontroll rows. The struck and hidden texts,
the "?" and "XX" marks, the bracketed notes and the withdrawn goal are named in the import's
report, so the rate counts them as structure."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

from tests.word_shapes_docx import Writer, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)

Piece = str | tuple[str, str]
"""Text of a cell or paragraph: plain, or (how, text) with how of "s" (struck), "d" (double
struck), "y" (yellow highlight), "h" (hidden), "g" (grey italic), "b" (bold)."""


def _runs(paragraph: Any, pieces: tuple[Piece, ...], size: int = 0) -> None:
    for piece in pieces:
        how, text = ("", piece) if isinstance(piece, str) else piece
        run = paragraph.add_run(text)
        if size:
            run.font.size = Pt(size)
        if "s" in how:
            run.font.strike = True
        if "d" in how:
            run.font.double_strike = True
        if "y" in how:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if "h" in how:
            run.font.hidden = True
        if "g" in how:
            run.italic = True
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if "b" in how:
            run.bold = True


def _para(w: Writer, *pieces: Piece) -> Any:
    paragraph = w.doc.add_paragraph()
    _runs(paragraph, pieces)
    return paragraph


def _table(w: Writer, rows: list[list[tuple[Piece, ...]]], widths: list[float]) -> None:
    """A table whose first row is the header; each cell is a sequence of pieces."""
    plain = [["".join(p if isinstance(p, str) else p[1] for p in cell) for cell in row]
             for row in rows]  # fmt: skip
    table = w.table([[""] * len(r) for r in rows], widths=widths)
    w.structure(*plain[0])
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            pieces = tuple(("b", p) if r == 0 and isinstance(p, str) else p for p in cell)
            _runs(table.cell(r, c).paragraphs[0], pieces, size=9)


def _t(*pieces: Piece) -> tuple[Piece, ...]:
    return pieces


YEARS = (2027, 2028, 2029)
# A goal: its text, a bracketed note after it (or ""), its indicators: name, unit, nuläge
# cell, expected nuläge, target cells and expected targets.
Cell = tuple[Piece, ...]
IndRow = tuple[str, str, Cell, D | None, tuple[Cell, Cell, Cell], dict[int, Val]]
GOALS: list[tuple[str, str, list[IndRow]]] = [
    ("Fler barn och unga deltar regelbundet i fritidsaktiviteter.", "",
     [("Andel barn 7–15 år som är med i en förening", "%", _t("61 %"), D(61),
       (_t(("s", "63 %"), " 64 %"), _t("66 %"), _t("68 %")),
       {2027: D(64), 2028: D(66), 2029: D(68)}),
      ("Antal deltagartillfällen i lovaktiviteter", "", _t("8 420"), D(8420),
       (_t("9 000"), _t("9 500"), _t(("y", "?"))), {2027: D(9000), 2028: D(9500)}),
      ("Andel flickor av deltagarna i föreningslivet", "%", _t(("d", "42 %"), " 43 %"), D(43),
       (_t("45 %"), _t("46 %"), _t("47 %")), {2027: D(45), 2028: D(46), 2029: D(47)})]),
    ("Biblioteken når fler invånare och stärker läsandet.", "[ny 2027]",
     [("Antal besök på biblioteken per invånare", "", _t("4,1"), D("4.1"),
       (_t("4,3"), _t("4,5"), _t("4,6")), {2027: D("4.3"), 2028: D("4.5"), 2029: D("4.6")}),
      ("Utlån av barn- och ungdomslitteratur per barn 0–17 år", "", _t("9,8"), D("9.8"),
       (_t(("s", "10,5"), " 10,2"), _t("10,6"), _t("11,0")),
       {2027: D("10.2"), 2028: D("10.6"), 2029: D("11.0")}),
      ("Andel invånare som är nöjda med bibliotekens öppettider", "%", _t(("y", "XX")), None,
       (_t("80 %"), _t(""), _t("85 %")), {2027: D(80), 2029: D(85)})]),
    ("Kulturlivet är tillgängligt i hela kommunen.", "",
     [("Antal kulturarrangemang utanför centralorten", "", _t("46"), D(46),
       (_t(("s", "50"), " 55"), _t("60"), _t("60")), {2027: D(55), 2028: D(60), 2029: D(60)}),
      ("Andel elever i kulturskolan från landsbygdsskolor", "%", _t("22 %"), D(22),
       (_t("25 %"), _t(("y", "?")), _t("30 %")), {2027: D(25), 2029: D(30)}),
      ("Antal elevplatser i kulturskolan", "", _t(("s", "740"), " 765"), D(765),
       (_t("800"), _t("820"), _t("850")), {2027: D(800), 2028: D(820), 2029: D(850)})]),
    ("Anläggningarna är trygga, hållbara och används effektivt.", "[Kolla med fastighet]",
     [("Beläggningsgrad i idrottshallarna kvällstid", "%", _t("78 %"), D(78),
       (_t(("s", "80 %"), " 85 %"), _t("85 %"), _t("88 %")),
       {2027: D(85), 2028: D(85), 2029: D(88)}),
      ("Energianvändning i simhallen, MWh per år", "", _t("1 940"), D(1940),
       (_t("1 850"), _t("1 800"), _t(("y", "XX"))), {2027: D(1850), 2028: D(1800)})]),
]  # fmt: skip
DROPPED = "Alla skolklasser i årskurs 5 besöker konsthallen minst en gång per läsår."

ACTS = [
    ("Starta lovklubb i Västerby och Norrbacka", "Fritidschef", "Q2 2027", dt.date(2027, 6, 30)),
    ("Införa meröppet bibliotek i Strömsund", "Bibliotekschef", "december 2027",
     dt.date(2027, 12, 31)),
    ("Ta fram en läsfrämjandeplan för förskolan tillsammans med BUN", "Bibliotekschef",
     "Q4 2027", dt.date(2027, 12, 31)),
    ("Turnerande kulturskola på landsbygdsskolorna", "Kulturskolechef", "juni 2028",
     dt.date(2028, 6, 30)),
    ("Ny bokningsrutin för idrottshallar med digital nyckel", "Anläggningschef", "Q1 2027",
     dt.date(2027, 3, 31)),
    ("Byta belysning i simhallen till LED", "Anläggningschef", "oktober 2027",
     dt.date(2027, 10, 31)),
    ("Genomföra en fritidsvaneundersökning bland unga", "Utredare", "Q3 2027",
     dt.date(2027, 9, 30)),
    ("Revidera bidragsreglerna för föreningar", "?", "december 2027", dt.date(2027, 12, 31)),
]  # fmt: skip

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
# Name, cells per column as pieces, expected amounts (None where the cell is "XX").
DRIFT: list[tuple[str, tuple[Cell, ...], tuple[int | None, ...]]] = [
    ("Nämnd och förvaltningsledning", (_t("-3 450"), _t("-3 520"), _t("-3 590"), _t("-3 660")),
     (-3450, -3520, -3590, -3660)),
    ("Bibliotek", (_t("-14 800"), _t(("s", "-15 100"), " -15 350"), _t("-15 700"), _t("-16 000")),
     (-14800, -15350, -15700, -16000)),
    ("Kulturskola", (_t("-11 200"), _t("-11 650"), _t("-11 900"), _t(("y", "XX"))),
     (-11200, -11650, -11900, None)),
    ("Allmän kultur och konsthall", (_t("-5 300"), _t("-5 420"), _t("-5 500"), _t("-5 600")),
     (-5300, -5420, -5500, -5600)),
    ("Fritidsgårdar och lovverksamhet", (_t("-8 900"), _t("-9 480"), _t("-9 700"), _t("-9 900")),
     (-8900, -9480, -9700, -9900)),
    ("Idrottsanläggningar och simhall", (_t("-21 600"), _t(("s", "-22 100"), " -22 650"),
     _t("-23 100"), _t("-23 500")), (-21600, -22650, -23100, -23500)),
    ("Föreningsbidrag", (_t("-4 100"), _t(("y", "XX")), _t("-4 200"), _t("-4 200")),
     (-4100, None, -4200, -4200)),
]  # fmt: skip

CONTROLS = [
    ("Föreningsbidrag", "Bidrag betalas ut på felaktiga uppgifter", "3", "3",
     "Stickprov på medlemsförteckningar hos fem föreningar"),
    ("Kassahantering i simhallen", "Kontanter hanteras utan kontroll", "2", "3",
     "Avstämning av dagskassor mot kassasystem"),
    ("Bokning av lokaler", "Lokaler bokas utan avtal eller betalning", "3", "2",
     "Kontroll av att varje bokning har faktura"),
    ("Inköp", "Inköp görs utanför upphandlade avtal", "3", "3",
     "Granskning av tjugo leverantörsfakturor per halvår"),
    ("Barn i lovverksamheten", "Personal saknar kontroll ur belastningsregistret", "2", "4",
     "Kontroll av utdrag för all lovpersonal före start"),
    ("Bibliotekens e-medier", "Kostnaden för e-lån överskrider budget", "3", "2",
     "Månatlig uppföljning av e-lånskostnad [ny 2027]"),
]  # fmt: skip


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer", 1)
    w.para(
        "Nämndens mål utgår från kommunfullmäktiges målområden. Målvärdena för 2027 har "
        "räknats om efter utfallet 2025; siffror som ännu inte är klara är markerade."
    )
    for n, (goal, note, inds) in enumerate(GOALS, 1):
        pieces: list[Piece] = [("b", f"Mål {n}: {goal}")]
        if note:
            pieces += [" ", ("y", note)]
        _para(w, *pieces)
        w.expected.goals.append(Goal(goal, "namnd"))
        header: list[Cell] = [_t("Indikator"), _t("Nuläge 2025"), *(_t(str(y)) for y in YEARS)]
        rows = [header]
        for name, unit, base_cell, base, targets, expect in inds:
            rows.append([_t(name), base_cell, *targets])
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025 if base is not None else None, base, expect)
            )
        _table(w, rows, [7.0, 2.4, 2.2, 2.2, 2.2])
        if n == 3:  # a withdrawn goal: no goal, named in the import's report
            _para(w, ("g", f"Mål 5: {DROPPED} (utgår)"))
            w.structure(f"Mål 5: {DROPPED} (utgår)")
    _para(w, ("b", "OBS! "), "Indikatorerna för mål 4 stäms av med fastighetsavdelningen "
          "innan ärendet går till AU.")  # fmt: skip


def _activities(w: Writer) -> None:
    # A heading over a table alone is the table's title, no chapter of text (as in AD, D, G, L).
    w.heading("Aktiviteter 2027", 1)
    w.structure("Aktiviteter 2027")
    rows: list[list[Cell]] = [[_t("Aktivitet"), _t("Ansvarig"), _t("Klart")]]
    for name, who, when, day in ACTS:
        first: Cell = (name, " ", ("y", "[ny 2027]")) if "meröppet" in name else (name,)
        if len(first) > 1:  # the name, and the note the report says went to the description
            w.structure(f"{name} [ny 2027]")
        rows.append([first, _t(("y", who) if who == "?" else who), _t(when)])
        w.structure(when)
        w.expected.activities.append(Activity(name, "" if who == "?" else who, day))
    _table(w, rows, [9.0, 4.0, 3.0])


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    _para(
        w,
        "Kommunfullmäktiges ram för 2027 är ",
        ("s", "73 900"),
        " ",
        ("y", "74 600"),
        " tkr. Budget 2027 för föreningsbidragen är XX tkr tills bidragsreglerna är klara. ",
        ("y", "[Kolla med ekonomen]"),
    )
    w.expected.absent.append("73 900 74 600")
    w.heading("Driftbudget, tkr", 2)
    w.structure("Driftbudget, tkr")
    header: list[Cell] = [_t("Verksamhet"), _t("Budget 2026"), _t("Budget 2027"),
                          _t("Plan 2028"), _t("Plan 2029")]  # fmt: skip
    rows = [header]
    for name, cells, amounts in DRIFT:
        rows.append([_t(name), *cells])
        given = {k: D(a) for k, a in zip(KEYS, amounts, strict=True) if a is not None}
        w.expected.budget.append(BudgetRow("drift", name, given))
    total = ["Nettokostnad"]
    for c in range(len(KEYS)):
        figures = [a[c] for _, _, a in DRIFT]
        total.append("" if None in figures else sv(sum(f for f in figures if f is not None)))
    rows.append([_t(t) for t in total])
    w.totals(*total)
    _table(w, rows, [6.0, 2.6, 2.6, 2.6, 2.6])


def _control(w: Writer) -> None:
    w.chapter("Internkontroll 2027", 1)
    w.para("Riskvärdet är sannolikhet (1–4) gånger konsekvens (1–4).")
    rows: list[list[Cell]] = [
        [_t("Process"), _t("Risk"), _t("S"), _t("K"), _t("Riskvärde"), _t("Kontrollmoment")]
    ]
    for process, risk, s, k, moment in CONTROLS:
        shown, _, note = moment.partition(" [")
        last: Cell = (shown, " ", ("y", "[" + note)) if note else (moment,)
        if note:  # the moment, and the note the report says went to the method
            w.structure(moment)
        rows.append([_t(process), _t(risk), _t(s), _t(k), _t(str(int(s) * int(k))), last])
        w.expected.controls.append(Control(shown, process))
    _table(w, rows, [3.0, 4.0, 0.8, 0.8, 1.6, 6.0])


def build_ck(path: Path) -> Expected:
    """The draft; its "?" and "XX" are no values, each named in the import's report."""
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun="Strömsunds kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan med budget 2027–2029",
        ordforande="Lena Berglund (C)",
        forvaltningschef="Anders Holm",
        diarienummer="KFN 2026/143",
    )
    w = Writer("CK-kultur-fritid-arbetsutkast-handmarkerat", front)
    w.structure("?", "XX")
    p = _para(w, ("y", "ARBETSUTKAST – version 3, 2026-10-14"))
    p.runs[0].font.size = Pt(10)
    w.structure("ARBETSUTKAST – version 3, 2026-10-14")
    w.cover("Strömsunds kommun", size=14)
    w.cover("Kultur- och fritidsnämnden", size=18, bold=True)
    w.cover("Verksamhetsplan med budget 2027–2029", size=24, bold=True)
    w.cover("Ordförande: Lena Berglund (C)", size=11)
    w.cover("Kultur- och fritidschef: Anders Holm", size=11)
    w.cover("Dnr KFN 2026/143", size=11)
    w.page_break()
    w.chapter("Inledning", 1)
    _para(
        w,
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmän kultur, "
        "fritidsgårdar och idrottsanläggningar. Nämnden har ",
        ("s", "fyra"),
        " fem bibliotek och två fritidsgårdar.",
    )
    w.expected.absent.append("fyra fem bibliotek")
    _para(
        w,
        ("h", "Internt: tabellerna i avsnitt Ekonomi bygger på förvaltningens förslag "
              "2026-10-01 och ändras efter KF:s beslut om ramarna."),
    )  # fmt: skip
    w.chapter("Omvärldsanalys", 1)
    w.para(
        "Befolkningen i kommunen är i stort sett oförändrad, men andelen barn i åldern 6–15 "
        "år ökar i tätorterna och minskar på landsbygden. Det ställer krav på att "
        "verksamheten kan flytta ut till de mindre orterna."
    )
    _para(
        w,
        ("y", "Nytt för 2027: "),
        "den nya bibliotekslagens krav på regionala och kommunala biblioteksplaner innebär "
        "att biblioteksplanen ska revideras under året. Energipriserna påverkar fortsatt "
        "kostnaden för simhallen och ishallen.",
    )
    w.para(
        "Föreningslivet har återhämtat sig efter pandemiåren, men ledarbristen är stor. "
        "Färre vuxna tar på sig uppdrag som tränare och ledare, särskilt i de mindre orterna."
    )
    _goals(w)
    _activities(w)
    _budget(w)
    _control(w)
    return w.save(path)
