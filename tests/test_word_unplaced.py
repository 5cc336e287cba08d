"""The import's last guard against losing text (``word_unplaced``): a sentence the reading set
aside as structure, or left without an outcome, whose words the plan holds nowhere, is kept
as text in the chapter it stands in – or in one named for the plan's part it stands in – and
the report and the review say so. Labels, captions, legends and sentences the plan holds (as
written, or in other words) are left alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from vplan_desktop.imports import word_walk
from vplan_desktop.imports.word import import_word
from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_result import Became
from vplan_desktop.imports.word_unplaced import unplaced

LOST = "Biblioteken är öppna och levande mötesplatser i hela kommunen."


def _block(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
    return Block(index=3, kind=kind, text=text)


def _held(plan: str) -> tuple[str, set[str]]:
    folded = plan.casefold()
    return folded, set(folded.replace(".", " ").split())


@pytest.mark.parametrize(
    ("text", "plan", "became", "lost"),
    [
        (LOST, "Fler besökare på biblioteken.", Became.STRUKTUR, True),
        (LOST, "Fler besökare på biblioteken.", None, True),
        (LOST, "Inledning. " + LOST, Became.STRUKTUR, False),  # held as written
        (LOST, "levande mötesplatser öppna biblioteken kommunen hela", Became.STRUKTUR, False),
        (LOST, "", Became.MAL, False),  # placed by a rule that says so
        ("Tabell 3 Driftbudget per verksamhet, nettokostnad i tkr", "", Became.STRUKTUR, False),
        ("Typ: KF = kommunfullmäktiges mål, NM = nämndmål, I = indikator.", "", None, False),
        ("Målvärdena avser 2027.", "", Became.STRUKTUR, False),  # too few words
    ],
)
def test_which_sentences_are_lost(text: str, plan: str, became: Became | None, lost: bool) -> None:
    folded, held = _held(plan)
    assert unplaced(_block(text), folded, held, became) is lost


def test_a_table_is_no_sentence() -> None:
    assert not unplaced(_block(LOST, BlockKind.TABLE), "", set(), None)


def _plan(tmp_path: Path) -> Path:
    doc = Document()
    for text in ("Exempelby kommun", "Kultur- och fritidsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bibliotek, kulturskola och fritidsgårdar.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_paragraph(LOST)
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Budgeten för 2027 är i balans.")
    doc.save(str(tmp_path / "plan.docx"))
    return tmp_path / "plan.docx"


def test_a_sentence_a_rule_set_aside_is_kept_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reading rule that takes the goal's sentence for a label (set aside, stored nowhere):
    the sentence still reaches the plan, in a chapter named for the part it stands in, and
    the report and the block's outcome say where."""
    paragraph = word_walk.Walk.paragraph

    def mistaken(walk: Any, block: Block) -> None:
        if block.text == LOST:
            walk.b.became(block.index, Became.STRUKTUR, "Etikett")
        else:
            paragraph(walk, block)

    monkeypatch.setattr(word_walk.Walk, "paragraph", mistaken)
    result = import_word(_plan(tmp_path), tmp_path / "plan.vplan")

    chapters = {c["rubrik"]: c["text"] for c in result.data["kapitel"]}
    assert list(chapters) == ["Inledning", "Mål och indikatorer", "Ekonomi"]
    assert LOST in chapters["Mål och indikatorer"]
    assert any(LOST[:40] in line and "fick ingen plats" in line for line in result.report)
    index = next(b.index for b in result.source.blocks if b.text == LOST)  # type: ignore[union-attr]
    outcome = result.outcomes[index]
    assert outcome.became is Became.TEXT and "Mål och indikatorer" in outcome.text
    assert "flytta den dit den hör" in outcome.warning


def test_a_plan_that_places_every_sentence_is_left_as_it_is(tmp_path: Path) -> None:
    result = import_word(_plan(tmp_path), tmp_path / "plan.vplan")
    assert not any("fick ingen plats" in line for line in result.report)
