"""Rule: key figures printed as lines in a fact box ("Nämnden i siffror" over "Utfall 2025" and
three or more lines "name: figure", such as "Invånare 31 december: 24 318") are a table of
key figures named by the box's title, its figures' column headed by the column line. Lines
giving an indicator's figures ("Nuläge 2025: 7,8", "Målvärde 2027: 40 %") are no key figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from tests.word_shapes_xml import text_box
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

FACTS = [("Invånare 31 december", 24_318), ("Beviljade bygglov", 412), ("Parkmark, hektar", 96)]


def _plan(w: Writer, tmp_path: Path) -> d.PlanSnapshot:
    source = tmp_path / "fakta.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _writer() -> Writer:
    w = Writer("fakta", Front("Samhällsbyggnadsnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Samhällsbyggnadsnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Omvärldsanalys", 1)
    w.para("Kommunen växer, och efterfrågan på bostäder är större än utbudet.")
    return w


def test_a_fact_boxs_name_figure_lines_are_a_key_figure_table(tmp_path: Path) -> None:
    w = _writer()
    lines = (f"{n}: " + f"{v:,}".replace(",", " ") for n, v in FACTS)  # "24 318"
    text_box(w.doc, "Nämnden i siffror", "Utfall 2025", *lines)
    w.para("Räntenivån har gjort att flera byggherrar skjutit upp sina projekt.")
    plan = _plan(w, tmp_path)
    [table] = plan.nyckeltal
    columns = {k.id: k.rubrik for k in table.kolumner}
    rows = [(r.namn, {columns[c]: v for c, v in r.varden.items()}) for r in table.rader]
    assert table.rubrik == "Nämnden i siffror"
    assert rows == [(n, {"Utfall 2025": Decimal(v)}) for n, v in FACTS]


def test_an_indicators_figure_lines_are_no_key_figures(tmp_path: Path) -> None:
    w = _writer()
    w.para(("b", "Andel nöjda kunder"))
    w.para("Nuläge 2025: 71 %")
    w.para("Målvärde 2027: 75 %")
    w.para("Målvärde 2028: 77 %")
    plan = _plan(w, tmp_path)
    assert not plan.nyckeltal
