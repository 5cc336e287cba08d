"""Ny plan från förra årets plan in the window, and marking carried-over items as reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.helpers import context_of, editor_of, on_disk, workspace_of
from vplan_desktop.planning.rollover import rollover
from vplan_desktop.sections import Section
from vplan_desktop.ui.editors.activities import ActivitiesEditor
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.review import FINDING_ROLE, SECTION_ROLE
from vplan_desktop.ui.rollover_dialog import RolloverDialog


def test_dialog_shows_what_will_happen_then_creates_the_plan(
    qtbot: QtBot, example_path: Path, tmp_path: Path
) -> None:
    dialog = RolloverDialog(None, example_path)
    qtbot.addWidget(dialog)
    assert dialog.first.value() == 2028
    assert "Period: 2027–2029 → 2028–2030" in dialog.summary.toPlainText()
    assert "Aktiviteter: 18 överförs" in dialog.summary.toPlainText()  # the example's 18
    dialog.carry[Section.AKTIVITETER].setChecked(False)
    assert "Aktiviteter: 0 överförs" in dialog.summary.toPlainText()
    assert dialog.new.text().endswith("Socialnämnden 2028.vplan")
    target = tmp_path / "nästa år.vplan"
    dialog.new.setText(str(target))
    dialog.first.setValue(2026)
    assert "måste börja efter 2027" in dialog.error.text()
    dialog.accept()
    assert dialog.created is None and not target.exists()
    dialog.first.setValue(2028)
    dialog.accept()
    assert dialog.created == target
    plan = on_disk(target)
    assert plan.uppgifter.period == "2028–2030" and plan.aktiviteter == ()


@pytest.fixture
def rolled_window(qtbot: QtBot, example_path: Path, tmp_path: Path) -> tuple[MainWindow, Path]:
    new = tmp_path / "ny.vplan"
    rollover(example_path, new)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_plan(new)
    workspace_of(window).check_now()
    return window, new


def test_mark_a_section_reviewed_from_granskning(
    rolled_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, path = rolled_window
    window.show_section("granskning")
    review = workspace_of(window).review
    model = review.model
    heading = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(SECTION_ROLE) == "aktiviteter"
    )
    review.view.setCurrentIndex(heading)
    assert review.reviewed_button.isEnabled()
    review.reviewed_button.click()
    assert not any(a.att_granska for a in on_disk(path).aktiviteter)
    window.undo()
    assert all(a.att_granska for a in on_disk(path).aktiviteter)


def test_mark_one_activity_and_one_chapter(
    rolled_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, path = rolled_window
    window.show_section("aktiviteter")
    view = editor_of(window, "aktiviteter", ActivitiesEditor).view
    column = next(
        c
        for c in range(view.model().columnCount())
        if view.model().headerData(c, Qt.Orientation.Horizontal) == "Granskning"
    )
    assert view.model().index(0, column).data() == "Att granska"
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = QApplication.focusWidget()
    assert isinstance(picker, QComboBox)
    picker.setCurrentIndex(picker.findData(False))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    QApplication.processEvents()
    activities = on_disk(path).aktiviteter
    assert activities[0].att_granska is False and activities[1].att_granska is True
    chapter = context_of(window).plan.kapitel[0]
    window.show_section(f"kapitel:{chapter.id}")
    button = workspace_of(window).chapter.reviewed_button
    assert button.isVisibleTo(workspace_of(window).chapter)
    button.click()
    assert on_disk(path).kapitel[0].att_granska is False
    assert not button.isVisibleTo(workspace_of(window).chapter)


def test_review_findings_lead_to_the_section(
    rolled_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, _ = rolled_window
    window.show_section("granskning")
    model = workspace_of(window).review.model
    for top in range(model.rowCount()):
        heading = model.index(top, 0)
        for row in range(model.rowCount(heading)):
            finding = model.index(row, 0, heading).data(FINDING_ROLE)
            if finding.rule == "granska.overfort" and finding.section == "internkontroll":
                workspace_of(window).go_to(finding)
                assert workspace_of(window).current == "internkontroll"
                return
    raise AssertionError("no review finding for internkontroll")


def test_word_plan_import_from_the_file_menu(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx import Document

    from vplan_desktop.ui.word_import_dialog import WordImportDialog

    source = tmp_path / "kultur.docx"
    doc = Document()
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Verksamhetsplan 2026–2027")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bibliotek och kulturskola.")
    doc.save(str(source))
    window = MainWindow()
    qtbot.addWidget(window)
    seen = []

    def confirm(dialog: WordImportDialog) -> int:
        seen.append(
            (
                dialog.namnd.text(),
                dialog.first.value(),
                dialog.last.value(),
                dialog.report.findItems("Kapitel", Qt.MatchFlag.MatchStartsWith)[0].text(),
            )
        )
        dialog.namnd.setText("Kultur- och fritidsnämnden")
        dialog.accept()
        return 1

    monkeypatch.setattr(WordImportDialog, "exec", confirm)
    window.import_word_plan(source)
    assert seen == [("Kulturnämnden", 2026, 2027, "Kapitel: Inledning")]
    assert window.context is not None
    plan = on_disk(tmp_path / "kultur.vplan")
    assert plan.uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert plan.kapitel[0].text == "Nämnden ansvarar för bibliotek och kulturskola.\n"
