"""An outcome of a part of a year is not the year's value: in a plan's indicator table that
gives a whole year's outcome ("Indikator | Helår 2025 | Utfall T1 2026 | Utfall T2 2026 | Mål
2027 | Mål 2028"), the whole year is the outcome and the nuläge, and the tertial, quarter or
month figures ("Utfall T1 2026", "Utfall kv 3 2026", "Utfall jan–aug 2026") are kept as words
with the goal, neither the 2026 outcome nor the nuläge. A table whose only outcome is a part of
a year keeps it as the nuläge, and a follow-up reads the year so far as the year's outcome."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_part_year import part_of_year

GOAL = "Nämndsmål 1: Fler hushåll går från ekonomiskt bistånd till arbete eller studier."


def _plan(tmp_path: Path, header: list[str], row: list[str]) -> dict[str, Any]:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph().add_run(GOAL).bold = True
    table = doc.add_table(rows=2, cols=len(header))
    for r, cells in enumerate((header, row)):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämndens ram för 2027 är 383 400 tkr.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path).data


def _indicator(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    (goal,) = data["namndsmal"]
    (indicator,) = goal["indikatorer"]
    return goal, indicator


def test_part_of_year_headers() -> None:
    for header in ("Utfall T1 2026", "Tertial 2 2026", "Utfall kv 3 2026", "Q2 2026",
                   "Utfall jan–aug 2026", "Utfall t.o.m. augusti 2026", "Delår 2026",
                   "Utfall aug 2026", "Första halvåret 2026"):  # fmt: skip
        assert part_of_year(header), header
    for header in ("Helår 2025", "Utfall 2025", "Utfall T3 2025", "Utfall jan–dec 2025",
                   "Mål 2027", "Tid 2027", "Totalt 2026"):  # fmt: skip
        assert not part_of_year(header), header


def test_tertial_outcomes_beside_a_whole_year_are_no_years_value(tmp_path: Path) -> None:
    header = ["Indikator", "Helår 2025", "Utfall T1 2026", "Utfall T2 2026", "Mål 2027",
              "Mål 2028"]  # fmt: skip
    row = ["Antal deltagare i arbetsmarknadsinsatsen", "64", "27", "49", "80", "90"]
    goal, indicator = _indicator(_plan(tmp_path, header, row))
    assert (indicator["nulage"]["ar"], indicator["nulage"]["varde"]) == (2025, Decimal(64))
    assert indicator["utfall"] == {"2025": Decimal(64)}
    assert indicator["malnivaer"] == {"2027": Decimal(80), "2028": Decimal(90)}
    assert "Utfall T1 2026: 27" in goal["beskrivning"]
    assert "Utfall T2 2026: 49" in goal["beskrivning"]


def test_months_so_far_beside_a_whole_year_are_no_years_value(tmp_path: Path) -> None:
    header = ["Indikator", "Utfall 2024", "Utfall 2025", "Utfall jan–aug 2026", "Mål 2027"]
    row = ["Sjukfrånvaro, %", "8,9", "8,4", "9,2", "7,0"]
    goal, indicator = _indicator(_plan(tmp_path, header, row))
    assert (indicator["nulage"]["ar"], indicator["nulage"]["varde"]) == (2025, Decimal("8.4"))
    assert indicator["utfall"] == {"2024": Decimal("8.9"), "2025": Decimal("8.4")}
    assert "Utfall jan–aug 2026: 9,2" in goal["beskrivning"]


def test_a_part_of_a_year_alone_is_the_nuläge(tmp_path: Path) -> None:
    header = ["Indikator", "Utfall jan–okt 2026", "Mål 2027", "Mål 2028"]
    row = ["Andel ärenden lösta inom en dag, %", "81", "85", "90"]
    _, indicator = _indicator(_plan(tmp_path, header, row))
    assert (indicator["nulage"]["ar"], indicator["nulage"]["varde"]) == (2026, Decimal(81))


def test_quarter_beside_a_nuläge_year_is_no_years_value(tmp_path: Path) -> None:
    header = ["Indikator", "Nuläge 2025", "Utfall kv 3 2026", "Mål 2027"]
    row = ["Väntetid till första samtal, dagar", "14", "11", "10"]
    goal, indicator = _indicator(_plan(tmp_path, header, row))
    assert (indicator["nulage"]["ar"], indicator["nulage"]["varde"]) == (2025, Decimal(14))
    assert "2026" not in indicator["utfall"]
    assert "Utfall kv 3 2026: 11" in goal["beskrivning"]
