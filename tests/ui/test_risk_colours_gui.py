"""The app shows risk as the exports do: each risk's band by name, its text black or white on
the band's colour at 4.5:1 or better, and the bands listed beside the matrix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import editor_of, shown_window
from vplan_desktop.colours import MIN_CONTRAST, contrast_ratio
from vplan_desktop.services.plan import DEFAULT_SCALES
from vplan_desktop.storage.working import EditSession
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.internal_control import InternalControlEditor
from vplan_desktop.ui.models.internal_control import InternalControlModel
from vplan_desktop.ui.risk_matrix import RiskMatrix, legend_html


@pytest.fixture
def context(qapp: QApplication, example_path: Path) -> Iterator[PlanContext]:
    session = EditSession.open(example_path)
    ctx = PlanContext(session)
    yield ctx
    ctx.forget_history()
    session.close()


def test_the_risk_value_shows_its_band_in_a_readable_colour(context: PlanContext) -> None:
    model = InternalControlModel(context)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    risk = column.index("Riskvärde")
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, risk)
        fill = index.data(Qt.ItemDataRole.BackgroundRole).color().name()
        ink = index.data(Qt.ItemDataRole.ForegroundRole).color().name()
        assert contrast_ratio(fill, ink) >= MIN_CONTRAST, (index.data(), fill, ink)
        shown.append((index.data(), fill, ink))
    assert ("12 Mycket hög", "#cc0000", "#ffffff") in shown
    assert ("3 Låg", "#6aa84f", "#000000") in shown


@pytest.mark.parametrize("size", sorted(DEFAULT_SCALES))
def test_every_matrix_cell_reads_at_4_5_to_1(qapp: QApplication, size: int) -> None:
    matrix = RiskMatrix()
    matrix.set_data(DEFAULT_SCALES[size], ())
    for s in range(1, size + 1):
        for k in range(1, size + 1):
            fill, ink = matrix.cell_colours(s, k)
            assert contrast_ratio(fill, ink) >= MIN_CONTRAST
    assert matrix.cell_colours(size, size) == ("#cc0000", "#ffffff")
    assert matrix.cell_colours(1, 1) == ("#6aa84f", "#000000")


def test_the_bands_are_listed_beside_the_matrix(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    window.show_section("internkontroll")
    editor = editor_of(window, "internkontroll", InternalControlEditor)
    assert window.context is not None
    assert editor.legend.text() == legend_html(window.context.plan.riskskala)
    text = editor.legend.text()
    for name, span in (("Låg", "1–3"), ("Måttlig", "4–6"), ("Hög", "7–9"), ("Mycket hög", "10–16")):
        assert f"&nbsp;{name}&nbsp;</span>&nbsp;{span}" in text
    assert 'background-color:#cc0000; color:#ffffff">' in text
