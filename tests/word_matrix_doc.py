"""A målmatris as a barn- och utbildningsnämnd writes it, for the goal-matrix tests: "Agenda 2030
| Nr | Nämndsmål | Indikator | Mål 2027", a målområde row merged across the table over its
goals, each goal's first three cells merged down over its indicator rows."""

from __future__ import annotations

from typing import Any

from docx import Document

HEADER = ["Agenda 2030", "Nr", "Nämndsmål", "Indikator", "Mål 2027"]
READING = "Alla elever når kunskapskraven."
LANGUAGE = "Barnen i förskolan utvecklar sitt språk."
SAFE = "Barn och elever känner sig trygga i skolan."
AREAS: list[tuple[str, list[tuple[str, str, str, list[tuple[str, str]]]]]] = [
    (
        "1 Kunskap och lärande",
        [
            ("Globalt mål 4: God utbildning", "1A", READING, [
                ("Andel behöriga till gymnasiet", "85 %"),
                ("Meritvärde i årskurs 9", "225"),
            ]),
            ("Globalt mål 10: Minskad ojämlikhet", "1B", LANGUAGE, [
                ("Andel barn med modersmålsstöd", "70 %"),
                ("Andel förskollärare", "45 %"),
            ]),
        ],
    ),
    (
        "2 Trygghet och hälsa",
        [
            ("Globalt mål 16: Fredliga samhällen", "2A", SAFE, [
                ("Andel elever i årskurs 5 som känner sig trygga", "95 %"),
                ("Andel elever i årskurs 8 som känner sig trygga", "90 %"),
            ]),
        ],
    ),
]  # fmt: skip


def matrix_document(areas: list[Any] = AREAS, merged: int = 3) -> Any:
    """A plan whose goals are given in one målmatris, the goals' first ``merged`` cells
    merged down over their rows (the rest written in the goal's first row only)."""
    header = HEADER
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    count = 1 + sum(1 + sum(len(g[3]) for g in goals) for _, goals in areas)
    table = doc.add_table(rows=count, cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    r = 1
    for area, goals in areas:
        table.cell(r, 0).merge(table.cell(r, len(header) - 1)).text = area
        r += 1
        for agenda, number, goal, indicators in goals:
            first, last = r, r + len(indicators) - 1
            for c, text in enumerate((agenda, number, goal)):
                down = last > first and c >= 3 - merged
                cell = table.cell(first, c).merge(table.cell(last, c)) if down else None
                (cell or table.cell(first, c)).text = text
            for name, target in indicators:
                table.cell(r, 3).text, table.cell(r, 4).text = name, target
                r += 1
    return doc
