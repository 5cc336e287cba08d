"""The planperiod on a Word plan's cover: the title's years decide (a later cover line's period
counts only when it starts in the title's year), a diarienummer ("Dnr VN 2026/31") or a date
names no period, and a period longer than a plan can have keeps its first years. A plan built
from a Word document that vplan still cannot write is refused in the Word import's words,
never as a JSON file the user did not give."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from vplan_desktop.errors import InputError, InterchangeError
from vplan_desktop.imports.word import import_word, read_word
from vplan_desktop.imports.word_refusal import word_refusal


def _plan(path: Path, *cover: str) -> Path:
    doc = Document()
    doc.add_paragraph("Skogsåsa kommun")
    doc.add_paragraph("Valnämnden")
    title = doc.add_paragraph().add_run(cover[0])
    title.bold, title.font.size = True, Pt(28)
    for line in cover[1:]:
        doc.add_paragraph(line)
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för valen i kommunen.")
    doc.save(str(path))
    return path


def test_a_diarienummer_and_a_date_name_no_period(tmp_path: Path) -> None:
    path = _plan(
        tmp_path / "plan.docx",
        "Verksamhetsplan 2027",
        "Antagen av valnämnden 2026-11-18, § 22",
        "Dnr VN 2026/31",
    )
    found = read_word(path)
    assert (found.titel, found.forsta_ar, found.sista_ar) == ("Verksamhetsplan 2027", 2027, 2027)
    assert found.diarienummer == "VN 2026/31"


def test_the_titles_year_decides(tmp_path: Path) -> None:
    other = read_word(_plan(tmp_path / "a.docx", "Verksamhetsplan 2027", "Valen 2022–2026"))
    assert (other.forsta_ar, other.sista_ar) == (2027, 2027)
    plan = read_word(_plan(tmp_path / "b.docx", "Verksamhetsplan 2027", "Planperiod 2027–2029"))
    assert (plan.forsta_ar, plan.sista_ar) == (2027, 2029)


def test_a_period_too_long_keeps_its_first_years(tmp_path: Path) -> None:
    found = read_word(_plan(tmp_path / "plan.docx", "Mål och budget 2026–2031"))
    assert (found.forsta_ar, found.sista_ar) == (2026, 2029)
    target = tmp_path / "plan.vplan"
    import_word(tmp_path / "plan.docx", target)
    assert target.exists()


def test_a_plan_vplan_cannot_write_is_refused_in_word_terms(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.docx", "Verksamhetsplan 2027")
    target = tmp_path / "plan.vplan"
    with pytest.raises(InputError) as refused:
        import_word(path, target, first=2026, last=2031)
    message = refused.value.message
    assert "JSON" not in message and "$." not in message
    assert message.startswith("Planen som lästes ur Word-dokumentet kunde inte skapas")
    assert "Uppgifter, planperiodens sista år: Planperioden 2026–2031 är för lång" in message
    assert not target.exists()


def test_a_refused_item_is_named_by_what_it_was_read_as() -> None:
    data = {"namndsmal": [{"text": "Valen ska vara säkra", "indikatorer": [{"namn": "Andel X"}]}]}
    error = InterchangeError([("$.namndsmal[0].indikatorer[0].namn", "är för lång")])
    message = word_refusal(error, data).message
    assert "Målet ”Valen ska vara säkra”, indikatorn ”Andel X”, namn: är för lång" in message
    assert "$" not in message and "JSON" not in message
