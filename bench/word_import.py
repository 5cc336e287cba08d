"""The Word import's rows: a plan of about 100 pages written with python-docx in the shapes
municipal plans have (a cover page, about 50 headings, 800 paragraphs with bold and italic
words, 30 tables: goal tables with two or three header rows of indicators and years, activity
tables, driftbudget, resultaträkning and investments with totals rows), and a document of 5 000
paragraphs; each read (``read_source``), interpreted (``interpret``) and imported into a new
plan (``import_word``). When LibreOffice is installed the plan is also saved as .odt and read
by the OpenDocument reader.

``python -m bench.word_import`` prints the rows; ``python -m bench --only word`` too."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from itertools import count
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from vplan_desktop.imports.word import import_word, interpret, read_source
from vplan_desktop.imports.word_odt import read_odt

Row = tuple[str, list[float], str]
RUNS = 5
CHAPTERS, SECTIONS, PARAGRAPHS = 10, 4, 800
GOAL_TABLES, ACTIVITY_TABLES = 16, 10
YEARS = (2026, 2027, 2028)

_VOCABULARY = (
    "nämnden verksamheten invånarna barn unga äldre biblioteket kulturskolan föreningarna "
    "fritidsgårdarna samverkan uppföljning kvalitet tillgänglighet digitalisering lokalerna "
    "personalen kompetens ekonomin budgeten målen resultatet arbetet under året planen ska "
    "fortsätta utveckla stärka öka minska följa upp genomföra prioritera tillsammans med "
    "skolan civilsamhället regionen staten kommunen i hela för att och som på med av till"
)
_WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _paragraph(doc: DocxDocument, rng: random.Random) -> None:
    """A paragraph of two or three sentences, a word of it bold and a sentence italic."""
    paragraph = doc.add_paragraph()
    for n in range(rng.randint(2, 3)):
        text = _sentence(rng) + " "
        if n == 1:
            head, _, tail = text.partition(" ")
            paragraph.add_run(head + " ").bold = True
            paragraph.add_run(tail)
        elif n == 2:
            paragraph.add_run(text).italic = True
        else:
            paragraph.add_run(text)


def _table(doc: DocxDocument, rows: list[list[str]], merge_first: int = 0) -> None:
    """A table of ``rows``; the first ``merge_first`` rows' cells merged across (a goal
    table's goal row)."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for values, row in zip(rows, table.rows, strict=True):
        for value, cell in zip(values, row.cells, strict=True):
            cell.text = value
    for number in range(merge_first):
        cells = table.rows[number].cells
        cells[0].merge(cells[-1]).text = rows[number][0]


def _goal_table(doc: DocxDocument, rng: random.Random, number: int) -> None:
    years = [str(y) for y in YEARS]
    rows = [
        [f"Nämndsmål {number}: {_sentence(rng)[:-1]}"] + [""] * 4,
        ["Mätmetod/Indikator", "Nuläge:", "Målnivåer:", "", ""],
        ["", "2025", *years],
    ]
    for indicator in range(rng.randint(2, 5)):
        base = rng.randint(20, 80)
        unit = rng.choice(["%", "", "st"])
        values = [f"{base + step * 2} {unit}".strip() for step in range(4)]
        if indicator % 3 == 2:
            values[2] = ""
        rows.append([f"Indikator {number}.{indicator + 1}: {_sentence(rng)[:60]}", *values])
    _table(doc, rows, merge_first=1)


def _activity_table(doc: DocxDocument, rng: random.Random, number: int) -> None:
    doc.add_heading("Aktiviteter", 3)
    rows = [["Målområde", "Aktivitet", "Ansvarig", "Slutdatum", "Status"]]
    for activity in range(8):
        area = f"Målområde {number}" if activity % 4 == 0 else ""
        rows.append(
            [
                area,
                f"Aktivitet {number}.{activity + 1}: {_sentence(rng)[:50]}",
                rng.choice(["Förvaltningschef", "Enhetschef", "Rektor", "Controller"]),
                f"{rng.choice(YEARS)}-{rng.randint(1, 12):02d}-28",
                rng.choice(["Pågår", "Ej påbörjad", "Klar", ""]),
            ]
        )
    _table(doc, rows)


def _budget_tables(doc: DocxDocument, rng: random.Random) -> None:
    header = ["Verksamhet", "Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
    rows = [header]
    totals = [0] * 5
    for number in range(24):
        amounts = [rng.randint(1_000, 30_000) for _ in range(5)]
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        rows.append([f"Verksamhet {number + 1}", *(f"{a:,}".replace(",", " ") for a in amounts)])
    rows.append(["NETTOKOSTNAD", *(f"{t:,}".replace(",", " ") for t in totals)])
    doc.add_heading("Driftbudget", 2)
    _table(doc, rows)
    doc.add_heading("Resultaträkning", 2)
    _table(
        doc,
        [
            ["Resultaträkning, tkr", "Budget 2025", "Budget 2026", "Plan 2027"],
            ["Intäkter", "12 400", "12 900", "13 100"],
            ["Personalkostnader", "-61 200", "-63 000", "-64 100"],
            ["Övriga kostnader", "-30 100", "-31 000", "-31 400"],
            ["Summa", "-78 900", "-81 100", "-82 400"],
        ],
    )
    doc.add_heading("Investeringar", 2)
    rows = [["Projekt", "Budget 2026", "Plan 2027", "Plan 2028"]]
    for number in range(10):
        rows.append(
            [f"Investering {number + 1}", *(str(rng.randint(100, 5_000)) for _ in range(3))]
        )
    _table(doc, rows)


def write_word_plan(path: Path) -> Path:
    """A plan of about 100 pages in the shapes municipal plans have."""
    rng = random.Random(17)
    doc = Document()
    for line in (
        "Exempelby kommun",
        "Kultur- och fritidsnämnden",
        "Verksamhetsplan 2026–2028",
        "Nämndsordförande: Anna Andersson",
        "Förvaltningschef: Bo Berg",
        "Dnr KFN 2025/117",
    ):
        doc.add_paragraph(line)
    per_section = PARAGRAPHS // (CHAPTERS * SECTIONS)
    goals, activities = count(1), count(1)
    for chapter in range(CHAPTERS):
        doc.add_heading(f"{chapter + 1} Kapitel om {_sentence(rng)[:30].rstrip('.')}", 1)
        for section in range(SECTIONS):
            doc.add_heading(f"{chapter + 1}.{section + 1} {_sentence(rng)[:40].rstrip('.')}", 2)
            for _ in range(per_section):
                _paragraph(doc, rng)
            if (chapter * SECTIONS + section) % 5 in (0, 2) and (
                number := next(goals)
            ) <= GOAL_TABLES:
                _goal_table(doc, rng, number)
            if (chapter * SECTIONS + section) % 4 == 1 and (
                number := next(activities)
            ) <= ACTIVITY_TABLES:
                _activity_table(doc, rng, number)
        if chapter == CHAPTERS - 2:
            _budget_tables(doc, rng)
            doc.add_heading("Nyckeltal", 2)
            _table(
                doc,
                [
                    ["Nyckeltal", "2023", "2024", "2025"],
                    *(
                        [f"Nyckeltal {n + 1}", *(str(rng.randint(1, 999)) for _ in range(3))]
                        for n in range(12)
                    ),
                ],
            )
    doc.save(str(path))
    return path


def write_long_document(path: Path, paragraphs: int = 5_000) -> Path:
    """A document of ``paragraphs`` paragraphs (a heading every 100)."""
    rng = random.Random(5)
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Verksamhetsplan 2026–2028")
    for number in range(paragraphs):
        if number % 100 == 0:
            doc.add_heading(f"Avsnitt {number // 100 + 1}", 1)
        doc.add_paragraph(_sentence(rng) + " " + _sentence(rng))
    doc.save(str(path))
    return path


def _as_odt(docx: Path) -> Path | None:
    """``docx`` saved as .odt by LibreOffice, if it is installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    subprocess.run(
        [soffice, "--headless", "--convert-to", "odt", "--outdir", str(docx.parent), str(docx)],
        capture_output=True,
        check=False,
        timeout=300,
    )
    odt = docx.with_suffix(".odt")
    return odt if odt.exists() else None


def word_import_rows(folder: Path, timed: Callable[..., list[float]]) -> list[Row]:
    """The Word import's rows, measured on documents written into ``folder``."""
    plan = write_word_plan(folder / "plan-100-sidor.docx")
    long = write_long_document(folder / "5000-stycken.docx")
    source = read_source(plan)
    targets = count()

    def import_into(path: Path) -> None:
        import_word(path, folder / f"import-{next(targets)}.vplan")

    rows: list[Row] = [
        ("Word-import, plan på 100 sidor: läsa dokumentet", timed(partial(read_source, plan)), "–"),
        ("Word-import, plan på 100 sidor: tolka blocken", timed(partial(interpret, source)), "–"),
        (
            "Word-import, plan på 100 sidor: hela importen till en ny plan",
            timed(partial(import_into, plan), runs=RUNS),
            "≤ 3 s",
        ),
        (
            "Word-import, 5 000 stycken: hela importen till en ny plan",
            timed(partial(import_into, long), runs=3),
            "–",
        ),
    ]
    odt = _as_odt(plan)
    if odt is not None:
        rows.append(
            ("Word-import, planen som .odt: läsa dokumentet", timed(partial(read_odt, odt)), "–")
        )
    return rows


def main() -> int:
    from bench.__main__ import table, timed

    with tempfile.TemporaryDirectory() as folder:
        rows = word_import_rows(Path(folder), timed)
        source = read_source(Path(folder) / "plan-100-sidor.docx")
        kinds = [b.kind.value for b in source.blocks]
        print(
            f"Planen: {len(source.blocks)} block, {kinds.count('rubrik')} rubriker, "
            f"{kinds.count('stycke')} stycken, {kinds.count('tabell')} tabeller",
            file=sys.stderr,
        )
    print("\n".join(table(list(rows))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
