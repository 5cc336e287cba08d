"""The cover's nämnd and förvaltningschef in the words kommuner use: a line naming the nämnd
alone ("Tekniska nämnden") wins over a sentence mentioning it, and "Socialchef: …",
"Kultur- och fritidschef: …" name the förvaltningschef while "Ekonomichef: …" does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def _front(tmp_path: Path, *cover: str) -> d.FrontMatter:
    doc = Document()
    for text in cover:
        doc.add_paragraph().add_run(text).bold = text.endswith("nden")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för verksamheten.")
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        return read_plan(opened).uppgifter


def test_the_nämnd_on_a_line_of_its_own_wins_over_a_sentence(tmp_path: Path) -> None:
    front = _front(
        tmp_path,
        "Sjöby kommun",
        "Behandlad av Miljönämnden 2026-09-24",
        "Tekniska nämnden",
        "Delårsrapport januari–augusti 2026",
    )
    assert front.namnd == "Tekniska nämnden"


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Socialchef: Per-Erik Dahl", "Per-Erik Dahl"),
        ("Kultur- och fritidschef: Eva Lind", "Eva Lind"),
        ("Samhällsbyggnadschef: Bo Ek", "Bo Ek"),
        ("Ekonomichef: Ann Berg", ""),
        ("Enhetschef: Ann Berg", ""),
    ],
)
def test_a_head_of_the_förvaltning_by_its_own_title(tmp_path: Path, line: str, head: str) -> None:
    front = _front(tmp_path, "Västerbro kommun", "Socialnämnden", "Nämndplan 2027–2028", line)
    assert front.forvaltningschef == head


def test_the_förvaltningschef_named_so_wins(tmp_path: Path) -> None:
    front = _front(
        tmp_path,
        "Västerbro kommun",
        "Nämndplan 2027–2028",
        "Utbildningschef: Bo Ek",
        "Förvaltningschef: Eva Lind",
    )
    assert front.forvaltningschef == "Eva Lind"
