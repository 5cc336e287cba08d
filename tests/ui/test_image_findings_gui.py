"""Granskning's image findings lead to the chapter that shows the image."""

from __future__ import annotations

import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest

from tests.ui.helpers import shown_window, workspace_of
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind, chapter_key
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.review import FINDING_ROLE
from vplan_desktop.validation import Finding


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


def _row(model: QStandardItemModel, rule: str) -> QModelIndex:
    for top in range(model.rowCount()):
        heading = model.index(top, 0)
        for row in range(model.rowCount(heading)):
            index = model.index(row, 0, heading)
            finding = index.data(FINDING_ROLE)
            if isinstance(finding, Finding) and finding.rule == rule:
                return index
    raise AssertionError(f"no finding {rule} in Granskning")


def test_enter_on_an_image_finding_opens_its_chapter(qtbot: QtBot, plan_path: Path) -> None:
    with PlanDocument.open(plan_path) as doc:
        first, second = read_plan(doc).kapitel[:2]
        items.update_item(doc, ItemKind.KAPITEL, second.id, {"text": "Text.\n\n![](bild:9)\n"})
        items.add_item(doc, ItemKind.BILD, {"data": _png(), "namn": "oanvänd.png"})
    window = shown_window(qtbot, plan_path)
    workspace = workspace_of(window)
    workspace.check_now()
    window.show_section("granskning")
    review = workspace.review
    index = _row(review.model, "bilder.saknas")
    assert index.parent().data().startswith("Kapitel: Nämndens uppdrag – 1 fel")
    review.view.setCurrentIndex(index)
    review.view.setFocus()
    QTest.keyClick(review.view, Qt.Key.Key_Return)
    assert workspace.current == chapter_key(second.id)
    # the image the finding is about is selected in the text, its box in view
    text = workspace.chapter.text
    selected = text.textCursor()
    assert selected.selectionEnd() - selected.selectionStart() == 1
    assert text.document().characterAt(selected.selectionStart()) == "\ufffc"
    assert text.hasFocus()
    # an image no chapter shows opens the chapters (the first of them)
    window.show_section("granskning")
    index = _row(review.model, "bilder.oanvand")
    assert index.parent().data().startswith("Kapitel – 0 fel, 0 varningar, 1 tips")
    review.view.setCurrentIndex(index)
    review.view.setFocus()
    QTest.keyClick(review.view, Qt.Key.Key_Return)
    assert workspace.current == chapter_key(first.id)
