"""Corpus document DP: a large city's utbildningsnämnd (gymnasieskola and vuxenutbildning) with
its "Verksamhetsplan 2027–2029" in the city's own Word template. Conventions chosen, as large
cities write them: goals coded by skolform ("GY1", "VUX2", "GEM1") – first listed in a summary
table "Kod | Nämndsmål" at the start of the goal chapter, then each returning as a Heading 3
"GY1 Fler elever …" (code and sentence in one heading) under a Heading 2 per skolform, over a
table "Indikator | Utfall 2024 | Utfall 2025 | Målvärde 2027 | Målvärde 2029" whose targets
skip a year (mid-period and end of period, as cities with a four-year styrmodell set them),
with "–" for a measure that is new; sources and definitions as Word endnotes (the city
template's convention: numbered "i, ii, …" at the end of the document rather than footnotes),
one on a key-figure cell; activities numbered "A1 …" linked to goals by their codes ("GY3,
VUX3"); a driftbudget in tkr with seven-digit amounts and no-break-space thousands from the
city's budget system, "Bokslut 2025 | Budget 2026 | Budget 2027 | Plan 2028 | Plan 2029";
investments in tkr; key figures per 15 oktober; internkontroll with a Risk column. The page
header and footer carry the city and the förvaltning.

Expected (what a perfect import gives): the front matter from the cover (the förvaltningschef
is the "Utbildningsdirektör"); the chapters; seven nämndsmål without their codes, each once
(the summary table and the heading give the same goal); 17 indicators with both Utfall years
as outcomes, Utfall 2025 as nuläge and targets for 2027 and 2029; eleven activities with
ansvarig, slutdatum (a month's last day, none for "Löpande") and the first goal they name as
group; nine driftbudget rows and four investments; seven key-figure rows as printed with the
endnote on a cell as the table's note; six controls with their process. Header cells, the
summary table's cells, the "A1" numbers and the totals rows are structure; the page header and
footer are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_dp_parts import (
    ENDNOTES,
    GOALS,
    activities,
    add_endnotes,
    economy,
    endnote_ref,
    internal,
    key_figures,
)
from tests.word_shapes_model import Expected, Front, Goal, Indicator, Val

KOMMUN = "Skärviks stad"
TITLE = "Verksamhetsplan 2027–2029"
HEADER = "Skärviks stad | Utbildningsnämnden"
FOOTER = "Utbildningsförvaltningen – Verksamhetsplan 2027–2029 – Sida"


def _cover(w: Writer) -> None:
    w.cover(KOMMUN, size=16, bold=True)
    w.para("")
    w.cover(TITLE, size=28, bold=True)
    w.cover("Utbildningsnämnden", size=18)
    w.cover("Gymnasieskola och vuxenutbildning", size=14)
    w.para("")
    for line in [
        "Beslutad av utbildningsnämnden den 10 december 2026, § 187",
        "Diarienummer: UN-2026-01873",
        "Ordförande: Helena Forsberg (M)",
        "Utbildningsdirektör: Anders Lindqvist",
    ]:
        w.cover(line, size=10)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    w.expected.absent += [HEADER, FOOTER]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Utbildningsnämnden ansvarar för stadens gymnasieskolor, den anpassade "
        "gymnasieskolan, den kommunala vuxenutbildningen med sfi och den anpassade "
        "utbildningen för vuxna. Verksamhetsplanen visar hur nämnden under 2027–2029 ska "
        "arbeta för att nå kommunfullmäktiges mål i stadens budget och nämndens egna mål.",
        "Planen följer stadens mall för verksamhetsplaner. Nämndens mål har en kod som visar "
        "vilken skolform de gäller: GY för gymnasieskolan, VUX för vuxenutbildningen och GEM "
        "för mål som gäller hela förvaltningen.",
    )
    w.chapter("Nämndens ansvar och organisation")
    w.para(
        "Utbildningsförvaltningen har omkring 2 300 medarbetare. Förvaltningen är indelad i "
        "gymnasieavdelningen med 14 skolor, vuxenutbildningsavdelningen med Skärviks "
        "vuxencentrum och upphandlad utbildning samt en stab med ekonomi, HR, kvalitet och "
        "elevadministration."
    )
    w.chapter("Förutsättningar och omvärld")
    p = w.para(
        "Antalet ungdomar i gymnasieåldern i Skärvik ökar med drygt 3 procent per år fram till 2030"
    )
    p._p.append(endnote_ref(1))
    p.add_run(
        ". Det kräver fler platser både i egen regi och hos andra huvudmän. Samtidigt minskar "
        "antalet nyanlända, vilket påverkar sfi, medan efterfrågan på yrkesutbildning för "
        "vuxna är fortsatt hög inom vård, bygg och transport."
    )
    w.para(
        "Den nya gymnasieskolan i Östra hamnen planeras öppna hösten 2028 med 1 200 platser. "
        "Fram till dess löser förvaltningen behovet med tillfälliga lokaler."
    )


def _val(text: str) -> Val | None:
    if text in ("", "–"):
        return None
    clean = text.replace(" ", "").replace(",", ".")
    try:
        return D(clean)
    except ArithmeticError:
        return text


def _indicator_table(w: Writer, goal: str, rows: list[tuple[str, ...]]) -> None:
    header = ["Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2027", "Målvärde 2029"]
    body = []
    for name, unit, a, b, t1, t2 in rows:
        cells = [f"{v} {unit}" if unit and _is_number(v) else v for v in (a, b, t1, t2)]
        body.append([name, *cells])
        outcomes = {y: v for y, v in ((2024, _val(a)), (2025, _val(b))) if v is not None}
        targets = {y: v for y, v in ((2027, _val(t1)), (2029, _val(t2))) if v is not None}
        # Two outcome years: both are utfall, the latest is the nuläge.
        w.expected.indicators.append(Indicator(goal, name, unit, 2025, _val(b), targets, outcomes))
    table = w.table([header, *body], widths=[7.4, 2.2, 2.2, 2.3, 2.3])
    if "betygspoäng" in rows[-1][0]:
        # Endnote 2 defines the betygspoäng on the indicator's name.
        table.cell(len(rows), 0).paragraphs[0]._p.append(endnote_ref(2))
    w.structure("–")
    w.para("")


def _is_number(text: str) -> bool:
    return isinstance(_val(text), D)


def _goals(w: Writer) -> dict[str, str]:
    w.chapter("Nämndens mål och indikatorer")
    w.para(
        "Nämnden har sju mål för planperioden. Målen är nedbrutna från kommunfullmäktiges mål "
        "om en utbildning som rustar för arbetslivet och ett Skärvik där fler är i egen "
        "försörjning. Tabellen sammanfattar målen; därefter redovisas varje mål med sina "
        "indikatorer."
    )
    codes = {code: goal for _, goals in GOALS for code, goal, _ in goals}
    w.para(("b", "Sammanfattning av nämndens mål"))
    w.structure("Sammanfattning av nämndens mål")
    summary = [["Kod", "Nämndsmål"], *([c, g] for c, g in codes.items())]
    w.table(summary, widths=[2.0, 14.0])
    # Judgement: the summary table repeats the goals given in full below; they are one goal
    # each, so its cells are no text of their own.
    w.structure(*(cell for row in summary for cell in row))
    w.para("")
    for area, goals in GOALS:
        w.heading(area, 2)
        for code, goal, rows in goals:
            w.heading(f"{code} {goal}", 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            _indicator_table(w, goal, list(rows))
    return codes


def build_dp(path: Path) -> Expected:
    front = Front(
        namnd="Utbildningsnämnden",
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2029,
        titel=TITLE,
        ordforande="Helena Forsberg (M)",
        forvaltningschef="Anders Lindqvist",
        diarienummer="UN-2026-01873",
    )
    w = Writer("DP-utbildning-storstad-koder", front)
    _cover(w)
    _prose(w)
    codes = _goals(w)
    activities(w, codes)
    economy(w)
    key_figures(w)
    internal(w)
    assert len(ENDNOTES) == 3
    expected = w.save(path)
    add_endnotes(path)
    return expected
