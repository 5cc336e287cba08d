"""Corpus document DC: a tekniska nämnd's plan caught in the middle of a review round with
change tracking on. Goals are bold "Nämndsmål n." paragraphs under KF's målområde headings,
each målområde closing with an indicator table "Mål | Indikator | Nuläge 2025 | 2027 | 2028 |
2029". The revisions: an indicator row deleted and another inserted as tracked row changes
(w:trPr/w:del, w:trPr/w:ins, their runs w:del/w:ins); goal 8 moved from "Attraktiv livsmiljö"
to "Klimat och miljö" (its paragraphs w:moveFrom/w:moveTo, its indicator row deleted in the one
table and inserted in the other with moved runs); changed figures in cells (the old deleted,
the new inserted, one new figure split over two revision ids); a chapter heading retitled with
a tracked change; formatting changes (w:rPrChange, w:pPrChange) that change nothing shown; in
the driftbudget a row deleted, a row inserted, a changed amount and a totals row revised to
match; a changed date in the activity table; comments with replies (commentsExtended) on the
moved goal and on the Vinterväghållning budget row; a page header marking the draft.

Expected (what a perfect import gives, every change accepted): the front matter from the
cover; the chapters as revised (the new heading text); eight nämndsmål (without "Nämndsmål n.")
with seventeen indicators, nuläge 2025 and targets 2027-2029 as they read after the changes,
goal 8 with its indicator under its new målområde, the inserted indicator kept and the deleted
one gone; ten activities with ansvarig and slutdatum (the revised date); eight driftbudget rows
by (bokslut 2025, budget 2026, budget 2027, plan 2028, plan 2029) with the inserted row and
without the deleted one; three investments; five key-figure rows and their note (the plain
line under the table; the "Nyckeltal" heading over them is the table's, no chapter); four
controls with their process; the four comment texts (two comments, two replies). The deleted
texts, the old heading, the old figures and the page header must be absent; the målområde
headings (KF's), table headers, cover labels and totals are structure."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Pt

from tests.word_shapes_dc_parts import (
    AUTHORS,
    REV,
    THREADS,
    activities,
    budget,
    comments_extended,
    cover,
    internal_control,
    key_figures,
    prose,
    row_revision,
    thread,
)
from tests.word_shapes_docx import Writer, set_cell_paragraph, sv
from tests.word_shapes_model import (
    Expected,
    Front,
    Goal,
    Indicator,
    Val,
)
from tests.word_shapes_xml import append, deleted, element, inserted, p, r

YEARS = (2027, 2028, 2029)


def _changed(old: str, *new: str, who: int = 1) -> Any:
    """A cell paragraph whose figure was changed: the old deleted, the new inserted (split
    over several revision ids when ``new`` has several parts)."""
    size = '<w:rPr><w:sz w:val="18"/></w:rPr>'
    runs = deleted(old, REV()).replace("<w:r>", f"<w:r>{size}")
    for part in new:
        runs += inserted(part, REV()).replace("<w:r>", f"<w:r>{size}")
    return element(p(runs).replace("Handläggare", AUTHORS[who]))


# --- goals -----------------------------------------------------------------------------------

IndRow = tuple[str, str, Val, Val, Val, Val]
"""name, unit, nuläge 2025, mål 2027, 2028, 2029."""

G1 = "Gång- och cykelvägnätet är sammanhängande, trafiksäkert och väl underhållet."
G2 = "Vinterväghållningen håller den standard som nämnden har beslutat."
G3 = "Gatubelysningen är energieffektiv och fungerar när den behövs."
G4 = "En större del av hushållsavfallet går till materialåtervinning."
G5 = "Kommunens fordon och arbetsmaskiner drivs med förnybara drivmedel."
G6 = "Invånarna är nöjda med kommunens parker, grönområden och lekplatser."
G7 = "Underhållsskulden på det kommunala gatunätet minskar."
G8 = "Dagvatten och skyfall hanteras så att risken för översvämning minskar."

INDS: dict[str, list[IndRow]] = {
    G1: [
        ("Andel invånare nöjda med gång- och cykelvägar", "%", D(52), D(55), D(57), D(60)),
        ("Ny gång- och cykelväg, km per år", "", D("1.2"), D("2.0"), D("2.0"), D("2.5")),
        ("Antal svårt skadade i trafiken på kommunala gator", "", D(7), D(5), D(4), D(3)),
    ],
    G2: [
        ("Andel snöröjningar som startat inom utlovad tid", "%", D(91), D(95), D(95), D(95)),
        ("Nöjd-Region-Index, snöröjning", "", D(58), D(60), D(61), D(62)),
    ],
    G3: [
        ("Andel armaturer med LED", "%", D(64), D(75), D(85), D(95)),
        ("Genomsnittlig tid från felanmälan till åtgärd, dagar", "", D("9.4"), D(7), D(6),
         D(5)),
    ],
    G4: [
        ("Andel hushållsavfall till materialåtervinning inkl. biologisk behandling", "%",
         D("38.5"), D(42), D(45), D(48)),
        ("Restavfall, kg per invånare", "", D(187), D(175), D(165), D(155)),
    ],
    G5: [
        ("Andel förnybara drivmedel i kommunens fordon och maskiner", "%", D(67), D(75), D(85),
         D(100)),
        ("Andel laddbara bilar i kommunens bilpool", "%", D(31), D(40), D(55), D(70)),
    ],
    G8: [
        ("Andel genomförda åtgärder i skyfallsplanen", "%", D(20), D(35), D(50), D(65)),
    ],
    G6: [
        ("Andel invånare nöjda med parker och grönområden", "%", D(69), D(72), D(74), D(75)),
        ("Antal upprustade lekplatser enligt lekplatsplanen (ackumulerat)", "", D(3), D(6),
         D(9), D(12)),
    ],
    G7: [
        ("Andel av gatunätet med dålig eller mycket dålig beläggning", "%", D(23), D(21),
         D(19), D(17)),
        ("Ny beläggning per år, kvm", "", D(38500), D(45000), D(45000), D(50000)),
        ("Nettokostnad gator och vägar, kr per invånare", "", D(1164), "Högst 1 200",
         "Högst 1 230", "Högst 1 260"),
    ],
}  # fmt: skip

NUMBERS = {G1: 1, G2: 2, G3: 3, G4: 4, G5: 5, G6: 6, G7: 7, G8: 8}
DELETED_IND = ("Antal felanmälningar om gatubelysning", "1 164", "1 000", "900", "800")
INSERTED_IND = "Andel laddbara bilar i kommunens bilpool"


def _cells(row: IndRow) -> list[str]:
    name, unit, *values = row
    return [name, *(v if isinstance(v, str) else sv(v, unit) for v in values)]


def _goal_para(w: Writer, goal: str, text: str) -> None:
    w.para(("b", f"Nämndsmål {NUMBERS[goal]}. {goal}"))
    w.para(text)
    w.expected.goals.append(Goal(goal, "namnd"))


def _moved_paras(w: Writer, how: str, goal: str, text: str) -> Any:
    """The moved goal's two paragraphs, as they stand at the old (``moveFrom``) or the new
    place (``moveTo``) with Word's named move range around them."""
    out = []
    for n, line in enumerate([f"Nämndsmål {NUMBERS[goal]}. {goal}", text]):
        start = REV()
        runs = r(line, bold=not n)
        mark = f'<w:{how} w:id="{REV()}" w:author="{AUTHORS[2]}" w:date="2026-10-04T14:02:00Z"/>'
        out.append(
            append(
                w.doc,
                f"<w:p><w:pPr><w:rPr>{mark}</w:rPr></w:pPr>"
                f'<w:{how}RangeStart w:id="{start}" w:author="{AUTHORS[2]}" '
                f'w:date="2026-10-04T14:02:00Z" w:name="move212731904"/>'
                f'<w:{how} w:id="{REV()}" w:author="{AUTHORS[2]}" '
                f'w:date="2026-10-04T14:02:00Z">{runs}</w:{how}>'
                f'<w:{how}RangeEnd w:id="{start}"/></w:p>',
            )
        )
    return out


def _indicator_table(w: Writer, goals: list[str], extra: list[str] | None = None) -> Any:
    """The målområde's indicator table; ``extra`` is a row the review removed, placed after
    the rows of goal 3 (the deleted indicator) or last (goal 8's row moved away)."""
    header = ["Mål", "Indikator", "Nuläge 2025", *(f"Mål {y}" for y in YEARS)]
    rows = [header]
    for goal in goals:
        for row in INDS[goal]:
            rows.append([str(NUMBERS[goal]), *_cells(row)])
            name, unit, base, *targets = row
            w.expected.indicators.append(
                Indicator(goal, name, unit, 2025, base, dict(zip(YEARS, targets, strict=True)))
            )
    if extra:
        at = 1 + sum(len(INDS[g]) for g in goals if NUMBERS[g] <= int(extra[0]))
        rows.insert(at, extra)
    return w.table(rows, widths=[1.1, 6.6, 2.0, 1.9, 1.9, 1.9], size=9)


def _row_of(table: Any, name: str) -> Any:
    return next(row for row in table.rows if row.cells[1].text == name)


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Kommunfullmäktige har beslutat om tre målområden för mandatperioden. Under varje "
        "målområde redovisar nämnden sina mål och de indikatorer som följs upp i delårsrapport "
        "och årsredovisning. Målvärdena avser helår."
    )
    area1 = "Trygga och tillgängliga trafikmiljöer"
    w.heading(area1, 2)
    w.structure(area1)
    _goal_para(w, G1, "Nämnden prioriterar länkar som saknas mellan bostadsområden och skolor.")
    _goal_para(w, G2, "Standarden anger när plogning och sandning ska starta och vara klar.")
    _goal_para(w, G3, "Kvarvarande kvicksilver- och natriumarmaturer byts ut under perioden.")
    t1 = _indicator_table(w, [G1, G2, G3], ["3", *DELETED_IND])
    row_revision(_row_of(t1, DELETED_IND[0])._tr, "del", 0)
    w.expected.absent.append(DELETED_IND[0])
    # goal 1's third target was raised in the review: 3 (was 4) for 2029
    set_cell_paragraph(_row_of(t1, INDS[G1][2][0]).cells[5], _changed("4", "3"))

    area2 = "Klimat och miljö"
    w.heading(area2, 2)
    w.structure(area2)
    _goal_para(w, G4, "Utsorteringen av matavfall ska öka i flerbostadshusen.")
    _goal_para(w, G5, "Fossila drivmedel fasas ut i takt med att fordon och maskiner byts.")
    moved_text = "Skyfallsplanen från 2024 pekar ut de åtgärder som ska genomföras först."
    _moved_paras(w, "moveTo", G8, moved_text)
    w.expected.goals.append(Goal(G8, "namnd"))
    t2 = _indicator_table(w, [G4, G5, G8])
    row_revision(_row_of(t2, INSERTED_IND)._tr, "ins", 1)
    row_revision(_row_of(t2, INDS[G8][0][0])._tr, "moveTo", 2)

    area3 = "Attraktiv livsmiljö"
    w.heading(area3, 2)
    w.structure(area3)
    _goal_para(w, G6, "Lekplatsplanen styr i vilken ordning lekplatserna rustas upp.")
    _moved_paras(w, "moveFrom", G8, moved_text)
    _goal_para(w, G7, "Beläggningsprogrammet prioriterar huvudgator och busslinjer.")
    t3 = _indicator_table(w, [G6, G7], ["8", *_cells(INDS[G8][0])])
    row_revision(t3.rows[-1]._tr, "moveFrom", 2)
    set_cell_paragraph(_row_of(t3, INDS[G6][0][0]).cells[3], _changed("71 %", "72 %"))
    cell = _row_of(t3, INDS[G7][1][0]).cells[3]
    set_cell_paragraph(cell, _changed("42 000", "45", " 000", who=0))
    w.expected.absent += ["71 %", "42 000"]
    _comment(w, G8)


# --- comments --------------------------------------------------------------------------------

COMMENTS: list[tuple[str, str, str]] = []
"""(comment, reply, where) as written."""

C_GOAL = (
    "Flyttat från Attraktiv livsmiljö efter dialogen med KS. Numreringen av målen justeras "
    "när ändringarna är godkända."
)
R_GOAL = "Bra. Vi tar upp det på presidiet den 14 oktober."


def _comment(w: Writer, goal: str) -> None:
    """The comment and its reply on the moved goal's new place."""
    body = w.doc.element.body
    target = next(
        par
        for par in body.iter(qn("w:p"))
        if par.find(qn("w:moveTo")) is not None and goal in "".join(par.itertext())
    )
    from docx.text.paragraph import Paragraph

    para = Paragraph(target, w.doc._body)
    runs = para.runs or [para.add_run()]
    thread(w, runs, C_GOAL, R_GOAL, (AUTHORS[2], "SN"), (AUTHORS[0], "LH"))


def build_dc(path: Path) -> Expected:
    THREADS.clear()
    REV.next = 100
    front = Front(
        namnd="Tekniska nämnden",
        kommun="Hällebo kommun",
        forsta_ar=2027,
        sista_ar=2029,
        titel="Verksamhetsplan 2027-2029",
        ordforande="Anders Wikström (M)",
        forvaltningschef="Karin Öberg",
        diarienummer="TN 2026/214",
    )
    w = Writer("DC-teknisk-granskningsrunda", front)
    cover(w)
    prose(w)
    _goals(w)
    activities(w)
    budget(w)
    key_figures(w)
    internal_control(w)
    comments_extended(w)
    for style in ("Normal",):
        w.doc.styles[style].font.size = Pt(11)
    return w.save(path)
