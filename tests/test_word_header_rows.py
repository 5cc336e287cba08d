"""How many header rows a Word table has when Word does not mark them (no "repeat as header
row", ``w:tblHeader``, as in most municipal tables). Under the row of column names a row is
one more header row (``word_table.header_row_under``, up to two such rows) when

- it names no item: its first cell is empty, continues the cell above (a vertical merge), or
  names the table's unit ("Nettobelopp i kkr utan decimal", "(tkr)");
- its value columns hold no amount: cells that continue a vertical merge ("Indikator",
  "Ansvar" over two rows) are the row above's text, not the row's own, and a year is no amount;
- it says what its columns hold: a year, a period ("jan–aug 2026"), a comparison ("mot
  budget"), a kind of figure or a unit, or it names the columns under a cell merged across the
  row above ("Intäkter | Kostnader | Netto" under "Budget 2027"), or it is the unit alone.

Each rule is checked on a minimal python-docx table without the mark, read as the import reads
it; two are also imported into a plan and its budget read back."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_table import guess_header_rows
from vplan_desktop.services.read import read_plan

Merge = tuple[int, int, int, int]


def _add_table(doc: DocumentObject, rows: list[list[str]], merges: list[Merge]) -> None:
    """A table of ``rows`` with ``merges`` (first row, first column, last row, last column),
    no row marked as a header row."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    done: list[object] = []  # each merged cell's element once (kept alive: compared by is)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            if text and not any(cell._tc is tc for tc in done):
                done.append(cell._tc)
                cell.text = text
    assert "tblHeader" not in table._tbl.xml


def _table(tmp_path: Path, rows: list[list[str]], merges: list[Merge] | None = None) -> Block:
    doc = Document()
    _add_table(doc, rows, merges or [])
    doc.save(str(tmp_path / "tabell.docx"))
    tables = [b for b in read_docx(tmp_path / "tabell.docx").blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1 and tables[0].header_rows == 0
    return tables[0]


def _drift(
    tmp_path: Path, rows: list[list[str]], merges: list[Merge]
) -> dict[str, dict[tuple[str, int | None], D]]:
    """The plan's driftbudget after importing a plan holding this table: each verksamhet's
    amounts by (kind, year)."""
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Driftbudget per verksamhet, tkr")
    _add_table(doc, rows, merges)
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    names = {v.id: v.namn for v in plan.verksamheter}
    columns = {c.id: (c.slag.value, c.ar) for c in plan.budgetkolumner}
    return {
        names[r.verksamhet_id]: {columns[c]: v for c, v in r.belopp.items()}
        for r in plan.driftbudget
    }


BY_ANSVAR = [
    ["Ansvar", "Bokslut", "Budget", "", "Plan"],
    ["", "2025", "2026", "2027", "2028"],
    ["1100 Kommunledning", "6 840", "7 020", "7 310", "7 450"],
    ["1200 Kansli", "5 215", "5 480", "5 640", "5 760"],
]
BY_ANSVAR_MERGES = [(0, 0, 1, 0), (0, 2, 0, 3)]


def test_a_cell_merged_down_is_the_row_above_s_text(tmp_path: Path) -> None:
    """ "Ansvar" merged over both rows does not make the row of years a row of items."""
    assert guess_header_rows(_table(tmp_path, BY_ANSVAR, BY_ANSVAR_MERGES)) == 2
    indicators = [
        ["Nämndsmål", "Indikator", "Nuläge", "Målvärde", ""],
        ["", "", "2025", "2026", "2027"],
        ["Mål 1: Trygg miljö", "Andel inspekterade avlopp", "62 %", "70 %", "75 %"],
        ["", "Antal tillsynsbesök", "118", "130", "140"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 3, 0, 4), (2, 0, 3, 0)]
    assert guess_header_rows(_table(tmp_path, indicators, merges)) == 2


def test_a_budget_by_ansvar_without_a_marked_header_is_read_by_year(tmp_path: Path) -> None:
    drift = _drift(tmp_path, BY_ANSVAR, BY_ANSVAR_MERGES)
    assert drift["1100 Kommunledning"] == {
        ("bokslut", 2025): D(6840),
        ("budget", 2026): D(7020),
        ("budget", 2027): D(7310),
        ("plan", 2028): D(7450),
    }
    assert len(drift) == 2


def test_a_unit_in_the_first_cell_names_no_item(tmp_path: Path) -> None:
    rows = [
        ["DRIFTVERKSAMHET", "Bokslut", "Budget", "Budget"],
        ["Nettobelopp i kkr utan decimal", "2025", "2026 Kf 251126", "2027"],
        ["Socialnämnd", "1 402", "1 450", "1 480"],
        ["Barn och familj", "71 845", "69 500", "72 300"],
    ]
    assert guess_header_rows(_table(tmp_path, rows)) == 2
    rows[1][0] = "Socialnämnd Kalmar"  # an item's name: the row of years is then an item
    assert guess_header_rows(_table(tmp_path, rows)) == 1


def test_periods_comparisons_and_a_unit_row_are_header_rows(tmp_path: Path) -> None:
    rows = [
        ["Verksamhet", "Budget", "Utfall", "Prognos", "Avvikelse"],
        ["", "2026", "jan–aug 2026", "2026", "mot budget"],
        ["(tkr)", "", "", "", ""],
        ["Gator och vägar", "6 200", "4 012", "6 100", "100"],
        ["Parker", "3 100", "2 050", "3 150", "-50"],
    ]
    assert guess_header_rows(_table(tmp_path, rows)) == 3
    outcomes = [
        ["Indikator", "Utfall", "", "", "Mål 2026"],
        ["", "2024", "2025", "jan–aug 2026", ""],
        ["Besök på biblioteken, antal", "162 400", "168 900", "121 300", "170 000"],
        ["Utlån av e-medier, antal", "21 500", "24 800", "19 200", "25 000"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    assert guess_header_rows(_table(tmp_path, outcomes, merges)) == 2


BY_KIND = [
    ["Verksamhet", "Budget 2026", "Budget 2027", "", "", "Plan 2028"],
    ["", "Netto", "Intäkter", "Kostnader", "Netto", "Netto"],
    ["Bibliotek", "−15 200", "620", "−16 270", "−15 650", "−16 000"],
    ["Kulturskola", "−9 700", "1 850", "−11 950", "−10 100", "−10 300"],
]
BY_KIND_MERGES = [(0, 0, 1, 0), (0, 2, 0, 4)]


def test_labels_under_a_merged_cell_are_a_second_header_row(tmp_path: Path) -> None:
    assert guess_header_rows(_table(tmp_path, BY_KIND, BY_KIND_MERGES)) == 2
    unmerged = [row[:] for row in BY_KIND]
    unmerged[0][3:5] = ["Budget 2027", "Budget 2027"]  # no cell merged over the labels
    assert guess_header_rows(_table(tmp_path, unmerged, [(0, 0, 1, 0)])) == 1


def test_a_budget_with_income_and_costs_under_one_year_is_read_by_its_netto(
    tmp_path: Path,
) -> None:
    drift = _drift(tmp_path, BY_KIND, BY_KIND_MERGES)
    assert drift["Bibliotek"] == {
        ("budget", 2026): D(-15200),
        ("budget", 2027): D(-15650),
        ("plan", 2028): D(-16000),
    }
    assert drift["Kulturskola"][("budget", 2027)] == D(-10100)


def test_a_row_of_amounts_or_of_item_text_stays_an_item(tmp_path: Path) -> None:
    amounts = [
        ["Verksamhet", "2026", "2027"],
        ["", "1 200", "1 300"],
        ["Parker", "3 100", "3 200"],
    ]
    assert guess_header_rows(_table(tmp_path, amounts)) == 1
    texts = [
        ["Aktivitet", "Ansvarig", "Klart"],
        ["", "Rektor", "Läsårets slut"],
        ["Ny rutin för frånvaro", "Rektor", "december"],
    ]
    assert guess_header_rows(_table(tmp_path, texts)) == 1
