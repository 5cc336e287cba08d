"""Arkiv → Exportera → Kommunens mall och profil: chosen once, checked when chosen, and used by
the Word and PDF exports from the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog, QMenu

from tests.test_graphic_profile import _profile, _template
from tests.ui.helpers import shown_window
from vplan_desktop.ui.export_runner import template_for
from vplan_desktop.ui.export_template_dialog import NONE_CHOSEN, ExportTemplateDialog
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.settings import export_template, remember_export_template


@pytest.fixture
def window(qtbot: QtBot, example_path: Path) -> MainWindow:
    remember_export_template(None)
    return shown_window(qtbot, example_path)


def test_the_dialog_checks_remembers_and_clears_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    remember_export_template(None)
    dialog = ExportTemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.current.text() == NONE_CHOSEN and not dialog.clear_button.isEnabled()
    profile = _profile(tmp_path / "profil")
    assert dialog.use(profile)
    assert export_template() == profile and str(profile) in dialog.current.text()
    # A file that cannot be used is said so, and the choice stays.
    bad = tmp_path / "trasig.json"
    bad.write_text(json.dumps({"format": "vplan-profil", "farger": {"text": "#ffff00"}}))
    assert not dialog.use(bad)
    assert "svåra att läsa" in dialog.problem.text() and export_template() == profile
    # A template's colour it cannot use is a notice, and the template is used.
    template = _template(tmp_path / "mall.docx", "#ffd700", logo=False)
    assert dialog.use(template)
    assert "Mallens rubrikfärg #ffd700" in dialog.problem.text()
    assert export_template() == template
    dialog.clear_button.click()
    assert export_template() is None and dialog.current.text() == NONE_CHOSEN


def test_a_profile_is_used_for_the_pdf_and_a_template_for_both(tmp_path: Path) -> None:
    profile = _profile(tmp_path / "profil")
    remember_export_template(profile)
    assert (template_for("pdf"), template_for("docx"), template_for("xlsx")) == (
        profile,
        None,
        None,
    )
    template = _template(tmp_path / "mall.docx", "#00558c")
    remember_export_template(template)
    assert (template_for("pdf"), template_for("docx")) == (template, template)
    remember_export_template(None)


def _export(window: MainWindow, qtbot: QtBot, target: Path, label: str) -> None:
    window.exporter.ask_after = False
    action = next(a for a in window.export_actions if a.text().replace("&", "").startswith(label))
    with qtbot.waitSignal(window.exporter.done, timeout=30_000):
        action.trigger()


def test_the_menu_opens_the_dialog_and_the_exports_use_the_choice(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Exportera")
    assert isinstance(export_menu, QMenu)
    entry = next(a for a in export_menu.actions() if "mall och profil" in a.text())
    opened: list[ExportTemplateDialog] = []

    def shown(dialog: ExportTemplateDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ExportTemplateDialog, "exec", shown)
    entry.trigger()
    assert len(opened) == 1
    template = _template(tmp_path / "mall.docx", "#00558c")
    assert opened[0].use(template)
    for suffix, label in (("pdf", "PDF"), ("docx", "Word")):
        target = tmp_path / f"plan.{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        _export(window, qtbot, target, label)
    assert len(PdfReader(tmp_path / "plan.pdf").pages[0].images) == 1  # the template's logo
    # Word is built on the template: its header holds the template's picture.
    header = Document(str(tmp_path / "plan.docx")).sections[0].header
    assert header._element.xpath(".//pic:pic")
    remember_export_template(None)


def test_a_template_that_is_gone_is_said_before_the_file_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    gone = tmp_path / "borttagen.docx"
    remember_export_template(gone)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    asked: list[object] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.export("pdf")
    assert asked == [] and len(warned) == 1 and "borttagen.docx” finns inte längre" in warned[0]
    remember_export_template(None)
