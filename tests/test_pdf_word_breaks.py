"""Narrow table columns in the PDF: words are kept whole where the page allows, set smaller or on
a landscape page where it does not, and otherwise hyphenated with a visible hyphen; a number is
never broken."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_reading import page_lines
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import VardeSlag
from vplan_desktop.exports.export import export_plan
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items, values
from vplan_desktop.services.changes import Change
from vplan_desktop.services.read import read_plan

MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
COLUMNS = ("Bokslut 2015", "Bokslut 2016", "Plan 2017", *[f"Utfall {m}" for m in MONTHS])
ROWS = ("Barn och unga placerade i familjehem", "varav uppväxtplacering")
TARGET = "Samverkan med utbildningsanordnare och Arbetsförmedlingen"
INDICATOR = "Samverkan för att rekrytera, behålla och utveckla kompetens"


def _id(change: Change) -> int:
    assert change.item_id is not None
    return change.item_id


@pytest.fixture
def pdf(doc: PlanDocument, tmp_path: Path) -> PdfReader:
    """A plan with a key-figure table of 16 columns (a sub-row among its rows) and an indicator
    with the same long text target in each of its year columns, exported to PDF."""
    area = _id(items.add_item(doc, ItemKind.MALOMRADE, {"namn": "Kompetens"}))
    goal = _id(
        items.add_item(doc, ItemKind.NAMNDSMAL, {"malomrade_id": area, "text": "Bra arbetsgivare"})
    )
    indicator = _id(
        items.add_item(doc, ItemKind.INDIKATOR, {"namndsmal_id": goal, "namn": INDICATOR})
    )
    for year in (2026, 2027, 2028):
        values.set_indicator_value(doc, indicator, VardeSlag.MALNIVA, year, TARGET)
    table = _id(items.add_item(doc, ItemKind.NYCKELTAL_TABELL, {"rubrik": "Mått"}))
    columns = [
        _id(items.add_item(doc, ItemKind.NYCKELTAL_KOLUMN, {"tabell_id": table, "rubrik": name}))
        for name in COLUMNS
    ]
    rows = [
        _id(items.add_item(doc, ItemKind.NYCKELTAL_RAD, {"tabell_id": table, "namn": name}))
        for name in ROWS
    ]
    items.update_item(doc, ItemKind.NYCKELTAL_RAD, rows[1], {"niva": 1})
    for row, figure in zip(rows, (1307, 45), strict=True):
        for column in columns:
            values.set_nyckeltal_value(doc, row, column, Decimal(figure))
    path = tmp_path / "plan.pdf"
    export_plan(read_plan(doc), "pdf", path)
    return PdfReader(str(path))


def _printed_words(reader: PdfReader) -> list[str]:
    """Every word drawn, in order, a word hyphenated at a line's end ("utbild-" / "nings…")
    joined again."""
    # Split at plain spaces only: "1 307" keeps its no-break space and stays one word.
    lines = [line for page in reader.pages for line in page_lines(page)]
    words = [w for line in lines for w in line.split(" ") if w]
    joined: list[str] = []
    for word in words:
        if joined and re.search(r"[^\W\d]-$", joined[-1]) and re.match(r"[^\W\d]", word):
            joined[-1] = joined[-1][:-1] + word
        else:
            joined.append(word)
    return joined


def test_no_word_of_a_table_is_split_without_a_hyphen(pdf: PdfReader) -> None:
    source = {w for text in (*COLUMNS, *ROWS, TARGET, INDICATOR) for w in text.split()}
    printed = _printed_words(pdf)
    for word in source:
        assert word in printed, word
    # A word's head printed as a word of its own, its tail next: a word broken without a hyphen.
    broken = {
        (head, tail)
        for head, tail in pairwise(printed)
        for word in source
        if head != word and word.startswith(head) and word[len(head) :].startswith(tail[:3])
    }
    assert not broken, broken
    # The figures stay whole: "1 307" is one word with its no-break space.
    assert printed.count("1\u00a0307") == len(COLUMNS)
    assert printed.count("45") == len(COLUMNS)


def test_a_table_too_wide_for_a_portrait_page_goes_on_a_landscape_one(pdf: PdfReader) -> None:
    page = next(p for p in pdf.pages if "Utfall" in page_lines(p))
    assert page.mediabox.width > page.mediabox.height
    portrait = [p for p in pdf.pages if p.mediabox.width < p.mediabox.height]
    assert any(TARGET.split()[0] in (p.extract_text() or "") for p in portrait)
