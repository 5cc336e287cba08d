"""Risk colours meet WCAG's 4.5:1 for their text, and a risk is never told by colour alone:
the bands' names and ranges are printed in the Word export (and in the PDF, from the same
blocks)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from vplan_desktop import domain as d
from vplan_desktop.colours import (
    BLACK,
    MIN_CONTRAST,
    WHITE,
    contrast_ratio,
    is_colour,
    relative_luminance,
    text_colour_on,
)
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.risk_legend import legend, legend_sentence
from vplan_desktop.services.plan import DEFAULT_SCALES
from vplan_desktop.services.read import read_plan


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == 1
    assert relative_luminance(WHITE) == 1 and relative_luminance(BLACK) == 0
    # The top band's colour as vplan had it: black text on it reads at only 3.57:1.
    assert contrast_ratio("#cc0000", BLACK) == pytest.approx(3.57, abs=0.01)
    assert contrast_ratio("#cc0000", WHITE) == pytest.approx(5.89, abs=0.01)


def test_the_text_colour_is_the_one_that_contrasts_more() -> None:
    assert text_colour_on("#cc0000") == WHITE
    assert text_colour_on("#f1c232") == BLACK
    assert text_colour_on("#CC0000") == WHITE  # as a user may type it
    assert text_colour_on("#zzzzzz") == BLACK and not is_colour("#zzzzzz")  # never raises


@pytest.mark.parametrize("size", sorted(DEFAULT_SCALES))
def test_every_default_band_reads_at_4_5_to_1(size: int) -> None:
    for band in DEFAULT_SCALES[size].band:
        ink = text_colour_on(band.farg)
        assert contrast_ratio(band.farg, ink) >= MIN_CONTRAST, band


def test_any_colour_a_user_picks_reads_at_4_5_to_1_with_its_text_colour() -> None:
    """Black or white: one of them always reaches 4.5:1 (the worst colour gets 4.58:1)."""
    for r in range(0, 256, 15):
        for g in range(0, 256, 15):
            for b in range(0, 256, 15):
                fill = f"#{r:02x}{g:02x}{b:02x}"
                assert contrast_ratio(fill, text_colour_on(fill)) >= MIN_CONTRAST, fill


def test_the_legend_gives_each_band_its_range() -> None:
    scale = DEFAULT_SCALES[5]
    assert [(e.namn, e.range_text) for e in legend(scale)] == [
        ("Låg", "1–4"),
        ("Måttlig", "5–9"),
        ("Hög", "10–16"),
        ("Mycket hög", "17–25"),
    ]
    assert legend_sentence(DEFAULT_SCALES[4]) == (
        "Riskvärdena delas in i Låg (1–3), Måttlig (4–6), Hög (7–9) och Mycket hög (10–16)."
    )
    # A band that covers nothing (its limit under the one before) is left out.
    odd = d.RiskScale(
        4,
        DEFAULT_SCALES[4].sannolikhet,
        DEFAULT_SCALES[4].konsekvens,
        (
            d.RiskBand(8, "#6aa84f", "Låg"),
            d.RiskBand(5, "#f1c232", "Mitt"),
            d.RiskBand(9, "#cc0000", "Hög"),
        ),
    )
    assert [(e.namn, e.range_text) for e in legend(odd)] == [("Låg", "1–8"), ("Hög", "9–16")]


def _export(templates: dict[str, Path], folder: Path, kind: str) -> Path:
    with PlanDocument.open(templates["example"], read_only=True) as doc:
        plan = read_plan(doc)
    out = folder / f"plan.{kind}"
    export_plan(plan, kind, out)
    return out


@pytest.fixture(scope="module")
def plan_docx(templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _export(templates, tmp_path_factory.mktemp("risk"), "docx")


def _coloured_texts(page: Any) -> list[tuple[str, tuple[float, ...]]]:
    """Each text drawn on ``page`` with the fill colour (rg) it is drawn in."""
    colour: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]
    out: list[tuple[str, tuple[float, ...]]] = []

    def operator(op: bytes, args: list[Any], *_: Any) -> None:
        if op == b"rg":
            colour[0] = tuple(float(a) for a in args)

    def text(found: str, *_: Any) -> None:
        if found.strip():
            out.append((found.strip(), colour[0]))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return out


def test_the_pdf_prints_white_on_the_top_band_and_black_on_the_others(
    templates: dict[str, Path], tmp_path: Path
) -> None:
    reader = PdfReader(_export(templates, tmp_path, "pdf"))
    page = next(p for p in reader.pages if "Sannolikhet (rader)" in (p.extract_text() or ""))
    drawn = _coloured_texts(page)
    white, black = (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)
    top = [ink for found, ink in drawn if found == "Mycket hög"]
    low = [ink for found, ink in drawn if found in ("Låg", "Måttlig")]
    assert top and all(ink == white for ink in top), drawn  # on #cc0000: 5,89:1
    assert low and all(ink == black for ink in low), drawn


def test_word_prints_band_names_and_the_legend(plan_docx: Path) -> None:
    doc = Document(str(plan_docx))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Riskvärdena delas in i Låg (1–3), Måttlig (4–6), Hög (7–9) och Mycket hög" in text
    controls = next(t for t in doc.tables if t.rows[0].cells[0].text == "Process/rutin")
    assert controls.rows[1].cells[4].text == "12\nMycket hög"  # value, then the band's name
    matrix = doc.tables[-1]
    assert matrix.rows[1].cells[4].text == "16\nMycket hög"
    assert matrix.rows[4].cells[1].text == "1\nLåg"


def test_word_writes_white_on_the_top_band_and_black_on_the_others(plan_docx: Path) -> None:
    with zipfile.ZipFile(plan_docx) as archive:
        xml = archive.read("word/document.xml").decode()
    red = xml.split('w:fill="CC0000"/>')[1].split("</w:tc>")[0]
    assert red.count('<w:color w:val="FFFFFF"/>') == 2  # the value and the band's name
    green = xml.split('w:fill="6AA84F"/>')[1].split("</w:tc>")[0]
    assert '<w:color w:val="000000"/>' in green and "FFFFFF" not in green
