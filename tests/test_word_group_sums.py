"""A budget table grouped by rows that carry their group's sums ("Gator och trafik" over its
projects, its figures the sums of the projects under it up to the next group): such a row
names a group, not a project. It is checked as a totals row against the rows under it and is
not imported as a project; a plain row heads a group only when the sums hold over two rows or
more in two columns or more (one equal figure may be chance), a bold row also over one row.
Where the rows do not add up, every row stays a project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word

HEADER = ["Projektgrupp / projekt", "Budget 2026", "Plan 2027", "Plan 2028"]
GROUPED = [
    ["Gator och trafik", "18 000", "13 000", "6 500"],
    ["Beläggningsprogram", "6 000", "6 000", "6 500"],
    ["Ombyggnad av Storgatan", "12 000", "7 000", ""],
    ["Park och natur", "2 400", "", ""],
    ["Ny lekplats i Östra parken", "2 400", "", ""],
    ["Vatten och avlopp", "56 000", "64 000", "51 000"],
    ["Ledningsförnyelse", "18 000", "19 000", "20 000"],
    ["Nytt vattenverk", "38 000", "45 000", "31 000"],
    ["Summa investeringar", "76 400", "77 000", "57 500"],
]
HEADS = (0, 3, 5, 8)


def _read(tmp_path: Path, rows: list[list[str]], bold: tuple[int, ...]) -> Any:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2026–2028")
    doc.add_heading("Investeringsbudget", 1)
    doc.add_paragraph("Investeringar per projektgrupp, tkr")
    table = doc.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for r, row in enumerate([HEADER, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).paragraphs[0].add_run(text).bold = r - 1 in bold
    doc.save(str(tmp_path / "plan.docx"))
    return read_word(tmp_path / "plan.docx")


def _projects(result: Any) -> list[tuple[str, dict[str, int]]]:
    return [(p["projekt"], p["belopp"]) for p in result.data["investeringar"]]


def test_bold_group_rows_with_their_sums_are_no_projects(tmp_path: Path) -> None:
    result = _read(tmp_path, GROUPED, HEADS)
    assert _projects(result) == [
        ("Beläggningsprogram", {"2026": 6000, "2027": 6000, "2028": 6500}),
        ("Ombyggnad av Storgatan", {"2026": 12000, "2027": 7000}),
        ("Ny lekplats i Östra parken", {"2026": 2400}),
        ("Ledningsförnyelse", {"2026": 18000, "2027": 19000, "2028": 20000}),
        ("Nytt vattenverk", {"2026": 38000, "2027": 45000, "2028": 31000}),
    ]
    report = " ".join(result.report)
    assert "5 projekt i 3 projektgrupper (Gator och trafik, Park och natur, Vatten och avlopp)" in (
        report
    )
    assert "stämmer inte" not in report  # the total sums the projects, not the groups too


def test_plain_group_rows_need_two_rows_under_them(tmp_path: Path) -> None:
    # without bold, "Park och natur" over its one project is no sure group: the table is read
    # as printed, every row a project
    result = _read(tmp_path, GROUPED, ())
    assert [name for name, _ in _projects(result)] == [r[0] for r in GROUPED[:-1]]


def test_plain_group_rows_over_two_projects_each(tmp_path: Path) -> None:
    rows = [r for i, r in enumerate(GROUPED) if i not in (3, 4)]
    rows[-1] = ["Summa investeringar", "74 000", "77 000", "57 500"]
    result = _read(tmp_path, rows, ())
    assert [name for name, _ in _projects(result)] == [
        "Beläggningsprogram",
        "Ombyggnad av Storgatan",
        "Ledningsförnyelse",
        "Nytt vattenverk",
    ]


def test_rows_that_do_not_add_up_stay_projects(tmp_path: Path) -> None:
    rows = [list(r) for r in GROUPED]
    rows[0][1] = "18 500"  # "Gator och trafik" no longer the sum of its projects
    result = _read(tmp_path, rows, HEADS)
    assert [name for name, _ in _projects(result)] == [r[0] for r in GROUPED[:-1]]
