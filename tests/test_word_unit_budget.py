"""Budget tables as an economy system prints them: one "Resultaträkning, tkr" table per
verksamhet with rows "<verksamhet> intäkter | … kostnader | … nettokostnad" (the nämnd's own
table the sum of the others), group lines summed by "Summa <group>", and investments numbered
in their first column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_unit_rows import suffixed

HEADER = ["Resultaträkning, tkr", "Bokslut 2025", "Budget 2027", "Plan 2028"]


def _table(doc: Any, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for values, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(values, row.cells, strict=True):
            cell.text = text
    doc.add_paragraph("")


def _unit(name: str, income: int, costs: int, plan: int) -> list[list[str]]:
    return [
        [f"{name} intäkter", str(income), str(income), ""],
        [f"{name} kostnader", str(costs), str(costs), ""],
        [f"{name} nettokostnad", str(income + costs), str(income + costs), str(plan)],
    ]


def _read(doc: Any, tmp_path: Path) -> Any:
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return read_word(path)


def _drift(result: Any) -> list[tuple[str, dict[str, Any]]]:
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    return [(units[r["verksamhet_id"]], r["belopp"]) for r in result.data["driftbudget"]["rader"]]


def test_one_table_per_verksamhet_gives_its_net_as_a_driftbudget_row(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Ekonomi", 1)
    _table(doc, [HEADER, *_unit("Nämnden", 900, -1500, -700)])  # the sum of the two below
    _table(doc, [HEADER, *_unit("Bygglov", 600, -800, -250)])
    _table(doc, [HEADER, *_unit("Miljö", 300, -700, -450)])
    result = _read(doc, tmp_path)
    assert _drift(result) == [
        ("Bygglov", {"bokslut-2025": -200, "budget-2027": -200, "plan-2028": -250}),
        ("Miljö", {"bokslut-2025": -400, "budget-2027": -400, "plan-2028": -450}),
    ]
    assert not result.data.get("resultatrakning", {}).get("kostnadsslag")
    assert any("”Nämnden” är summan" in w for w in result.warnings)
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "Bygglov intäkter" in text and "Nämnden kostnader" in text  # kept, not lost


def test_a_resultaträkning_by_kind_stays_one(tmp_path: Path) -> None:
    """Negative: rows "Verksamhetens intäkter", "Verksamhetens kostnader", "Verksamhetens
    nettokostnad" name kinds of money, not a verksamhet: the table is a resultaträkning."""
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Ekonomi", 1)
    rows = [["Verksamhetens intäkter", "900", "950", ""]]
    rows.append(["Verksamhetens kostnader", "-1 200", "-1 250", ""])
    rows.append(["Verksamhetens nettokostnad", "-300", "-300", "-320"])
    _table(doc, [HEADER, *rows])
    result = _read(doc, tmp_path)
    kinds = [k["namn"] for k in result.data["resultatrakning"]["kostnadsslag"]]
    assert kinds[:2] == ["Verksamhetens intäkter", "Verksamhetens kostnader"]
    assert not result.data["driftbudget"]["rader"]
    assert suffixed("Verksamhetens intäkter") is None
    assert suffixed("Övriga kostnader") is None
    assert suffixed("Intäkter") is None and suffixed("Bygglov nettokostnad") == ("Bygglov", True)


def test_group_lines_summed_by_their_own_totals_are_no_verksamheter(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_heading("Ekonomi", 1)
    rows = [
        ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027"],
        ["Kultur", "", "", ""],
        ["Bibliotek", "-14 800", "-15 300", "-15 900"],
        ["Kulturskola", "-9 100", "-9 400", "-9 800"],
        ["Summa kultur", "-23 900", "-24 700", "-25 700"],
        ["Nämnd", "", "", ""],  # no "Summa nämnd": a verksamhet without figures yet
        ["Totalt", "-23 900", "-24 700", "-25 700"],
    ]
    _table(doc, rows)
    result = _read(doc, tmp_path)
    assert [name for name, _ in _drift(result)] == ["Bibliotek", "Kulturskola", "Nämnd"]
    assert any("”Kultur” är rubriker" in w for w in result.warnings)


def test_investments_numbered_in_their_first_column(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Investeringar", 1)
    rows = [
        ["Projektnr", "Projekt", "Budget 2027", "Plan 2028"],
        ["MBN 001", "Ärendesystem", "1 800", "600"],
        ["MBN 002", "Mätinstrument", "450", ""],
        ["", "Summa investeringar", "2 250", "600"],
    ]
    _table(doc, rows)
    result = _read(doc, tmp_path)
    projects = [(i["projektnummer"], i["projekt"]) for i in result.data["investeringar"]]
    assert projects == [("MBN 001", "Ärendesystem"), ("MBN 002", "Mätinstrument")]
