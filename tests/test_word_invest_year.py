"""An investment table whose columns name their kind alone ("Projekt | Budget | Utfall | Kvar
att använda") under a caption naming its one year ("Investeringar 2026, tkr"): the budget and
outcome of that year. A caption naming several years names none: the columns stay text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_build import TableContext
from vplan_desktop.imports.word_invest_year import caption_year_roles


def _document(tmp_path: Path, caption: str) -> Any:
    w = Writer("investeringar", Front("Barn- och utbildningsnämnden", "", 2026, 2026))
    w.para("Exempelby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsberättelse 2026")
    w.heading("Ekonomi", 1)
    w.para(("b", caption))
    rows = [
        ["Projekt", "Budget", "Utfall", "Kvar att använda"],
        ["Inventarier ny förskola", "3 200", "2 870", "330"],
        ["Skolgård", "2 800", "1 150", "1 650"],
        ["Summa", "6 000", "4 020", "1 980"],
    ]
    w.table(rows)
    source = tmp_path / "plan.docx"
    w.save(source)
    return read_word(source)


def test_the_captions_year_is_the_columns_year(tmp_path: Path) -> None:
    projects = _document(tmp_path, "Investeringar 2026, tkr").data["investeringar"]
    assert [(p["projekt"], p["belopp"], p["utfall"]) for p in projects] == [
        ("Inventarier ny förskola", {"2026": 3200}, {"2026": 2870}),
        ("Skolgård", {"2026": 2800}, {"2026": 1150}),
    ]


def test_a_caption_of_several_years_names_none() -> None:
    out = ["namn", "ovrigt", "ovrigt"]
    ctx = TableContext(path=["Ekonomi"], caption="Investeringar 2026–2028")
    caption_year_roles(["Projekt", "Budget", "Utfall"], ctx, out)
    assert out == ["namn", "ovrigt", "ovrigt"]
    ctx = TableContext(path=["Investeringar 2027"], caption="")
    caption_year_roles(
        ["Projekt", "Budget", "Utfall", "Kvar"], ctx, out := ["namn"] + ["ovrigt"] * 3
    )
    assert out == ["namn", "budget:2027", "utfall:2027", "ovrigt"]


def test_columns_with_years_of_their_own_are_left() -> None:
    out = ["namn", "budget:2027", "ovrigt"]
    ctx = TableContext(caption="Investeringar 2026")
    caption_year_roles(["Projekt", "Budget 2027", "Budget"], ctx, out)
    assert out == ["namn", "budget:2027", "ovrigt"]
