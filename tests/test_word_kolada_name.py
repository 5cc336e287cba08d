"""An indicator named with its Kolada id, in brackets after the name ("Besök på
folkbiblioteken per invånare (N09410)") or before it ("N09410 Besök …"): the id is where the
figures come from (the indicator's source, Kolada, and its Kolada id, an N or a U and five
digits), it is no part of the name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_kolada_name import kolada_in_name


def test_an_indicator_table_with_kolada_ids_in_the_names(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Mål 1: Fler läser böcker.", 2)
    rows = [
        ["Indikator", "Utfall 2025", "Mål 2027", "Mål 2028"],
        ["Besök på folkbiblioteken per invånare (N09410)", "4,6", "4,8", "5,0"],
        ["N09402 Utlån per invånare 0–17 år", "10,2", "11", "12"],
        ["Besök på bokbussen per vecka", "84", "90", "95"],
    ]
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value
    doc.save(str(tmp_path / "plan.docx"))
    result = interpret(read_source(tmp_path / "plan.docx"))
    (goal,) = result.data["namndsmal"]
    visits, loans, bus = goal["indikatorer"]
    assert (visits["namn"], visits["kalla"], visits["kolada_id"]) == (
        "Besök på folkbiblioteken per invånare",
        "Kolada",
        "N09410",
    )
    assert visits["nulage"]["varde"] == Decimal("4.6")
    assert visits["malnivaer"] == {"2027": Decimal("4.8"), "2028": Decimal("5.0")}
    assert (loans["namn"], loans["kolada_id"]) == ("Utlån per invånare 0–17 år", "N09402")
    assert (bus["namn"], bus.get("kalla", ""), bus.get("kolada_id", "")) == (
        "Besök på bokbussen per vecka",
        "",
        "",
    )


def test_what_is_and_is_not_a_kolada_id_in_a_name() -> None:
    assert kolada_in_name("Andel elever (Kolada: U09801)") == ("Andel elever", "U09801")
    assert kolada_in_name("U09801 – Andel elever") == ("Andel elever", "U09801")
    assert kolada_in_name("Utlån per invånare (2025)") == ("Utlån per invånare (2025)", "")
    assert kolada_in_name("Lokal N12345 i Norrby") == ("Lokal N12345 i Norrby", "")
    assert kolada_in_name("(N09410)") == ("(N09410)", "")
