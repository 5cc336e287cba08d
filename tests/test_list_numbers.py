"""Numbered paragraphs keep their numbers ("4. Fyra" after other text starts at 4) and nested
lists their nesting, bullets and numbers standing in with their text, in the PDF and in Word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports.export import export_plan
from vplan_desktop.interchange import import_json, plan_to_json
from vplan_desktop.services.read import read_plan

LISTS = (
    "Inledning:\n\n- Första punkten\n  - Underpunkt a\n  - Underpunkt b\n"
    "    1. Djup ett\n    2. Djup två\n- Andra punkten\n\nEfter listan:\n\n4. Fyra\n5. Fem\n"
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def files(templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("listor")
    data = plan_to_json(_read(templates["example"]))
    data["kapitel"][0]["text"] = LISTS
    import_json(data, folder / "plan.vplan")
    plan = _read(folder / "plan.vplan")
    out = {kind: folder / f"plan.{kind}" for kind in ("pdf", "docx")}
    for kind, path in out.items():
        export_plan(plan, kind, path)
    return out


def _read(path: Path) -> Any:
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


def test_the_pdf_numbers_with_a_period_and_nests_bullets_with_their_text(
    files: dict[str, Path],
) -> None:
    reader = PdfReader(files["pdf"])
    page = next(p for p in reader.pages if "Underpunkt a" in (p.extract_text() or ""))
    x: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            x.setdefault(text.strip(), round(cm[4] + tm[4], 1))

    page.extract_text(visitor_text=visit)
    assert {"1.", "2.", "4.", "5."} <= set(x), sorted(x)
    assert x["Första punkten"] < x["Underpunkt a"] < x["Djup ett"]
    assert x["4."] < x["Fyra"] and x["Fyra"] == x["Första punkten"]
    assert x["1."] > x["4."]  # the nested numbers stand in with their list
    bullets = sorted(round(tm[4], 1) for text, tm in _bullets(page))
    assert len(set(bullets)) == 2  # the top list's bullets, and the nested list's further in


def _bullets(page: Any) -> list[tuple[str, list[float]]]:
    found: list[tuple[str, list[float]]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip() == "•":
            found.append((text, [cm[4] + tm[4]] * 5))

    page.extract_text(visitor_text=visit)
    return found


def test_word_starts_a_list_at_its_own_first_number(files: dict[str, Path]) -> None:
    doc = Document(str(files["docx"]))
    paragraph = next(p for p in doc.paragraphs if p.text.endswith("Fyra"))
    num_id = paragraph._p.find(f"{_W}pPr/{_W}numPr/{_W}numId").get(f"{_W}val")
    numbering = doc.part.numbering_part.element
    num = next(n for n in numbering.iter(f"{_W}num") if n.get(f"{_W}numId") == num_id)
    start = num.find(f"{_W}lvlOverride/{_W}startOverride")
    assert start is not None and start.get(f"{_W}val") == "4"
