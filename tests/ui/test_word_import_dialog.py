"""Importera Word-plan's review: the markers beside the document's blocks, corrections that
re-read the document at once (a table's kind and columns, a heading's level, a row's group), a
tolkning saved and read back, and a plan created only by "Skapa planen"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.ui.helpers import click, edit_cell, shown_cells
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_tolkning import TableKind
from vplan_desktop.services.read import read_plan
from vplan_desktop.ui.word_import_dialog import WordImportDialog
from vplan_desktop.ui.word_import_source import BECAME

HEADING, LOOSE_LINE, GOALS, ACTIVITIES, UNKNOWN = 3, 5, 9, 10, 12
"""Block indices in the document ``_plan`` writes."""


def _table(doc: DocxDocument, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _plan(path: Path, *, next_year: bool = False) -> Path:
    """A plan with a heading, paragraphs, a goal table, an activity table and a table no
    classifier recognises; ``next_year``'s has a paragraph more before "Lokaler"."""
    doc = Document()
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för bibliotek och kulturskola.")
    doc.add_paragraph("Bibliotekets öppettider")
    doc.add_paragraph("Biblioteket har öppet sex dagar i veckan.")
    doc.add_heading("Mål och indikatorer", 1)
    doc.add_heading("Fler barn deltar i kulturskolan", 2)
    _table(
        doc,
        [
            ["Indikator", "2027", "2028"],
            ["Andel elever i kulturskolan (%)", "20 %", "22 %"],
            ["Antal konserter", "40", "42"],
        ],
    )
    _table(
        doc,
        [
            ["Aktivitet", "Ansvarig", "Slutdatum"],
            ["Öppet hus varje termin", "Rektor", "2027-12-31"],
            ["Sommarläger", "Kulturchef", "2028-06-30"],
        ],
    )
    if next_year:
        doc.add_paragraph("Nytt för i år: kulturskolan flyttar.")
    doc.add_heading("Lokaler", 1)
    _table(
        doc,
        [
            ["Lokal", "Skick", "Kontakt"],
            ["Stadsbiblioteket", "Nytt tak", "Fastighetschef"],
            ["Kulturskolan", "Ny ventilation", "Fastighetschef"],
        ],
    )
    doc.save(str(path))
    return path


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> WordImportDialog:
    path = _plan(tmp_path / "kultur.docx")
    source = read_source(path)
    shown = WordImportDialog(path, source, interpret(source))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _markers(dialog: WordImportDialog) -> list[str]:
    return [row[BECAME] for row in shown_cells(dialog.source_list.view)]


def _choose(dialog: WordImportDialog, block: int) -> None:
    dialog.source_list.select(block)
    assert dialog.block.block is not None and dialog.block.block.index == block


def _pick(combo: QComboBox, data: object) -> None:
    """Choose the item carrying ``data``, as the user picks it from the list."""
    index = combo.findData(data)
    assert index >= 0, (
        f"{data!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    )
    combo.setCurrentIndex(index)


def _counts(dialog: WordImportDialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.outcome.counts.items()}


def _created(path: Path) -> PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as document:
        return read_plan(document)


def _answer_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, method, lambda *args, **kwargs: (str(path), ""))


def test_each_block_is_marked_with_what_it_became(
    dialog: WordImportDialog, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(dialog.source_list.model)
    markers = _markers(dialog)
    assert len(markers) == len(dialog.source.blocks)
    assert markers[:3] == ["Försättsblad"] * 3
    assert markers[HEADING] == "Kapitel"
    assert markers[GOALS] == "Mål" and markers[ACTIVITIES] == "Aktiviteter"
    assert markers[UNKNOWN] == "Kapiteltext"
    labels = [row[0].strip() for row in shown_cells(dialog.source_list.view)]
    assert labels[HEADING] == "Rubrik 1: Inledning"
    assert labels[GOALS] == "Tabell: Indikator | 2027 | 2028"
    assert (dialog.namnd.text(), dialog.first.value(), dialog.last.value()) == (
        "Kulturnämnden",
        2027,
        2028,
    )
    assert dialog.front.texts["kommun"].text() == "Exempelby kommun"


def test_the_filter_shows_only_tables_and_headings(dialog: WordImportDialog) -> None:
    dialog.source_list.only_structure.setChecked(True)
    labels = [row[0].strip() for row in shown_cells(dialog.source_list.view)]
    assert labels == [
        "Rubrik 1: Inledning",
        "Rubrik 1: Mål och indikatorer",
        "Rubrik 2: Fler barn deltar i kulturskolan",
        "Tabell: Indikator | 2027 | 2028",
        "Tabell: Aktivitet | Ansvarig | Slutdatum",
        "Rubrik 1: Lokaler",
        "Tabell: Lokal | Skick | Kontakt",
    ]


def test_arrow_keys_move_through_the_document(dialog: WordImportDialog, qtbot: QtBot) -> None:
    view = dialog.source_list.view
    view.setFocus()
    assert dialog.block.block is not None and dialog.block.block.index == 0
    for _ in range(HEADING):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert dialog.block.block is not None and dialog.block.block.index == HEADING
    assert "Kapitlet ”Inledning”" in dialog.block.became.text()
    assert dialog.block.level.isVisibleTo(dialog) and dialog.block.level.currentText() == "Rubrik 1"


def test_a_tables_kind_and_a_columns_role_are_corrected(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    _choose(dialog, UNKNOWN)
    panel = dialog.block.table
    assert panel.kind.currentText() == "Tabell i kapiteltexten"
    assert _counts(dialog)["Aktiviteter"] == "Aktiviteter: <b>2</b>"
    _pick(panel.kind, TableKind.AKTIVITETER.value)
    assert _markers(dialog)[UNKNOWN] == "Aktiviteter"
    assert _counts(dialog)["Aktiviteter"] == "Aktiviteter: <b>4</b>"
    assert dialog.block.block is not None and dialog.block.block.index == UNKNOWN  # kept
    roles = [combo.currentData() for combo in panel.grid.combos]
    assert roles == ["namn", "ovrigt", "ovrigt"]
    _pick(panel.grid.combos[1], "beskrivning")
    _pick(panel.grid.combos[2], "ansvarig")
    assert dialog.corrections.tables[UNKNOWN].columns == ["namn", "beskrivning", "ansvarig"]
    assert dialog.found.tolkning.tables[UNKNOWN].columns == ["namn", "beskrivning", "ansvarig"]
    assert [c.currentText() for c in panel.grid.combos] == ["Namn", "Beskrivning", "Ansvarig"]
    target = tmp_path / "kultur.vplan"
    click(qtbot, dialog.create_button)
    assert dialog.created == target and not dialog.isVisible()
    activities = {a.namn: a for a in _created(target).aktiviteter}
    roof = activities["Stadsbiblioteket"]
    assert (roof.beskrivning, roof.ansvarig) == ("Nytt tak", "Fastighetschef")


def test_a_role_taken_from_another_column_leaves_that_column_as_other_text(
    dialog: WordImportDialog,
) -> None:
    _choose(dialog, ACTIVITIES)
    combos = dialog.block.table.grid.combos
    _pick(combos[2], "ansvarig")
    assert [c.currentData() for c in combos] == ["namn", "ovrigt", "ansvarig"]
    years = [combos[0].itemData(i) for i in range(combos[0].count())]
    assert not any(":" in str(role) for role in years)  # activities have no year columns
    assert {"kvartal", "manad"} <= set(years)  # a Gantt's quarter and month columns
    _choose(dialog, GOALS)
    goal_roles = [dialog.block.table.grid.combos[1].itemData(i) for i in range(30)]
    assert {"mal:2027", "mal:2028", "utfall:2027"} <= set(goal_roles)


def test_a_goal_tables_year_column_is_read_as_an_outcome(dialog: WordImportDialog) -> None:
    _choose(dialog, GOALS)
    _pick(dialog.block.table.grid.combos[2], "utfall:2028")
    indicator = dialog.found.data["namndsmal"][0]["indikatorer"][0]
    assert sorted(indicator["malnivaer"]) == ["2027"]
    tree = dialog.outcome.tree
    goal = tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert goal is not None
    assert goal.child(0).text(0) == (  # type: ignore[union-attr]
        "Indikator: Andel elever i kulturskolan (%) – målnivåer 2027 20 %"
    )


def test_a_line_becomes_a_chapter_and_a_heading_body_text(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    _choose(dialog, LOOSE_LINE)
    assert _markers(dialog)[LOOSE_LINE] == "Kapiteltext"
    dialog.block.level.setCurrentIndex(1)  # "Rubrik 1"
    assert _markers(dialog)[LOOSE_LINE] == "Kapitel"
    assert _counts(dialog)["Kapitel"] == "Kapitel: <b>3</b>"
    assert dialog.block.block is not None and dialog.block.block.index == LOOSE_LINE
    assert "Bibliotekets öppettider" in dialog.block.became.text()
    _choose(dialog, 11)  # "Lokaler"
    dialog.block.level.setCurrentIndex(0)  # "Brödtext"
    assert _markers(dialog)[11] == "Kapiteltext"
    assert dialog.corrections.headings == {LOOSE_LINE: 1, 11: 0}
    click(qtbot, dialog.create_button)
    chapters = _created(tmp_path / "kultur.vplan").kapitel
    assert [c.rubrik for c in chapters][:2] == ["Inledning", "Bibliotekets öppettider"]
    assert "Lokaler" not in [c.rubrik for c in chapters]
    assert chapters[1].text.startswith("Biblioteket har öppet sex dagar i veckan.")


def test_a_rows_group_is_corrected_in_the_grid(dialog: WordImportDialog, qtbot: QtBot) -> None:
    _choose(dialog, UNKNOWN)
    _pick(dialog.block.table.kind, TableKind.NYCKELTAL.value)
    grid = dialog.block.table.grid.table
    assert grid.item(0, 0).text() == "" and grid.verticalHeaderItem(0).text() == "Rubrik"  # type: ignore[union-attr]
    edit_cell(qtbot, grid, 2, 0, "Kulturhus")
    assert dialog.corrections.tables[UNKNOWN].groups == {2: "Kulturhus"}
    assert dialog.found.tolkning.tables[UNKNOWN].groups[2] == "Kulturhus"
    rows = [r["namn"] for r in dialog.found.data["nyckeltal"][0]["rader"]]
    assert "Kulturhus" in rows
    assert grid.item(2, 0).text() == "Kulturhus"  # type: ignore[union-attr]


def test_the_front_matter_is_confirmed_and_corrected(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog.front.texts["ordforande"].setText("Eva Ek")
    dialog.front.texts["ordforande"].editingFinished.emit()
    assert dialog.corrections.front == {"ordforande": "Eva Ek"}
    dialog.last.setValue(2030)
    assert dialog.found.sista_ar == 2030
    dialog.namnd.setText("Kultur- och fritidsnämnden")  # typed, Skapa planen takes it
    click(qtbot, dialog.create_button)
    plan = _created(tmp_path / "kultur.vplan")
    assert plan.uppgifter.namnd == "Kultur- och fritidsnämnden"
    assert (plan.uppgifter.forsta_ar, plan.uppgifter.sista_ar) == (2027, 2030)


def test_a_tolkning_is_saved_and_read_back(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(dialog, UNKNOWN)
    _pick(dialog.block.table.kind, TableKind.AKTIVITETER.value)
    _choose(dialog, LOOSE_LINE)
    dialog.block.level.setCurrentIndex(2)
    saved = tmp_path / "kultur-tolkning.json"
    _answer_file(monkeypatch, "getSaveFileName", saved)
    click(qtbot, dialog.save_button)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["tabeller"] == [
        {"block": UNKNOWN + 1, "kannetecken": "lokal | skick | kontakt", "slag": "aktiviteter"}
    ]
    assert data["rubriker"][0]["block"] == LOOSE_LINE + 1 and data["rubriker"][0]["niva"] == 2
    assert not list(tmp_path.glob("*.vplan"))

    source = read_source(tmp_path / "kultur.docx")
    again = WordImportDialog(tmp_path / "kultur.docx", source, interpret(source))
    qtbot.addWidget(again)
    again.show()
    assert _markers(again)[UNKNOWN] == "Kapiteltext"
    _answer_file(monkeypatch, "getOpenFileName", saved)
    click(qtbot, again.load_button)
    assert _markers(again)[UNKNOWN] == "Aktiviteter"
    assert again.found.tolkning.headings[LOOSE_LINE] == 2
    assert again.corrections.tables[UNKNOWN].kind is TableKind.AKTIVITETER
    assert again.error.text() == ""


def test_a_tolkning_saved_for_last_years_document_finds_its_table(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(dialog, UNKNOWN)
    _pick(dialog.block.table.kind, TableKind.AKTIVITETER.value)
    saved = tmp_path / "kultur-tolkning.json"
    _answer_file(monkeypatch, "getSaveFileName", saved)
    click(qtbot, dialog.save_button)
    path = _plan(tmp_path / "kultur-2028.docx", next_year=True)
    source = read_source(path)
    later = WordImportDialog(path, source, interpret(source))
    qtbot.addWidget(later)
    later.show()
    _answer_file(monkeypatch, "getOpenFileName", saved)
    click(qtbot, later.load_button)
    moved = UNKNOWN + 1
    assert _markers(later)[moved] == "Aktiviteter"
    assert sorted(later.corrections.tables) == [moved]  # found where this year's document has it
    _choose(later, moved)
    _pick(later.block.table.grid.combos[1], "beskrivning")  # a further correction of it
    assert sorted(later.corrections.tables) == [moved]
    assert later.corrections.tables[moved].kind is TableKind.AKTIVITETER
    assert _markers(later)[moved] == "Aktiviteter"


def test_a_table_split_by_a_page_break_is_read_on_its_own_when_unticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "nyckeltal.docx"
    doc = Document()
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph("Verksamhetsplan 2027–2028")
    doc.add_heading("Nyckeltal", 1)
    _table(doc, [["Nyckeltal", "2024", "2025"], ["Lån per invånare", "7,1", "7,3"]])
    _table(doc, [["Öppettimmar", "52", "55"], ["Program", "310", "320"]])
    doc.save(str(path))
    source = read_source(path)
    dialog = WordImportDialog(path, source, interpret(source))
    qtbot.addWidget(dialog)
    dialog.show()
    rest = len(source.blocks) - 1
    _choose(dialog, rest)
    panel = dialog.block.table
    assert panel.continues.isChecked() and not panel.kind.isEnabled()
    assert "fortsättning på tabellen ovanför" in panel.hint.text()
    assert _counts(dialog)["Nyckeltalstabeller"] == "Nyckeltalstabeller: <b>1</b>"
    panel.continues.click()
    assert dialog.corrections.tables[rest].continues is False
    assert _counts(dialog)["Nyckeltalstabeller"] == "Nyckeltalstabeller: <b>2</b>"
    assert panel.kind.isEnabled() and not panel.hint.isVisibleTo(dialog)


def test_a_bad_tolkning_file_is_refused_and_changes_nothing(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(dialog, UNKNOWN)
    _pick(dialog.block.table.kind, TableKind.NYCKELTAL.value)
    before = (_markers(dialog), dialog.corrections)
    bad = tmp_path / "fel.json"
    bad.write_text('{"format": "vplan-tolkning", "version": 1, "tabeller": [{"block": 0}]}')
    _answer_file(monkeypatch, "getOpenFileName", bad)
    click(qtbot, dialog.load_button)
    assert dialog.error.text() == (
        "Tolkningsfilen ”fel.json” är felaktig: ett blocknummer "
        "(stycken och tabeller räknas från 1)."
    )
    assert (_markers(dialog), dialog.corrections) == before
    bad.write_text("inte json")
    click(qtbot, dialog.load_button)
    assert dialog.error.text() == "”fel.json” är ingen tolkningsfil från vplan (inte JSON)."
    assert (_markers(dialog), dialog.corrections) == before


def test_cancel_writes_nothing(dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    _choose(dialog, UNKNOWN)
    _pick(dialog.block.table.kind, TableKind.AKTIVITETER.value)
    cancel = next(b for b in dialog.buttons.buttons() if b.text() == "Avbryt")
    click(qtbot, cancel)
    assert not dialog.isVisible() and dialog.created is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_enter_in_a_correction_does_not_create_the_plan(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    _choose(dialog, ACTIVITIES)
    spin = dialog.block.table.header_rows
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.corrections.tables[ACTIVITIES].header_rows == 0
    assert dialog.isVisible() and not list(tmp_path.glob("*.vplan"))


def test_an_existing_plan_is_not_overwritten(
    dialog: WordImportDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    target = tmp_path / "kultur.vplan"
    target.write_bytes(b"min plan")
    click(qtbot, dialog.create_button)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.error.text() and target.read_bytes() == b"min plan"


def test_without_a_period_the_plan_is_not_created(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "utan-ar.docx"
    doc = Document()
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Nämnden ansvarar för parker.")
    doc.save(str(path))
    source = read_source(path)
    dialog = WordImportDialog(path, source, interpret(source))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first.text() == "–"
    click(qtbot, dialog.create_button)
    assert "Planperioden" in dialog.error.text() and not list(tmp_path.glob("*.vplan"))
    dialog.first.setValue(2027)
    click(qtbot, dialog.create_button)
    assert dialog.created == tmp_path / "utan-ar.vplan"
    assert _created(dialog.created).uppgifter.sista_ar == 2027


INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar)


def _interactive(dialog: QWidget) -> list[QWidget]:
    """The controls a user reaches with Tab (not the parts Qt builds inside a control)."""
    out: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not dialog:
            if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)):
                inner = True
            parent = parent.parentWidget()
        if not inner and not widget.objectName().startswith("qt_"):
            out.append(widget)
    return out


@pytest.mark.parametrize("block", [LOOSE_LINE, UNKNOWN])
def test_every_control_has_a_swedish_name(dialog: WordImportDialog, block: int) -> None:
    _choose(dialog, block)
    unnamed = [type(w).__name__ for w in _interactive(dialog) if not w.accessibleName()]
    assert unnamed == []
    names = {w.accessibleName() for w in _interactive(dialog) if w.isVisibleTo(dialog)}
    expected = {"Nämnd", "Första år", "Dokumentets innehåll", "Skapa planen", "Avbryt"}
    if block == UNKNOWN:
        expected |= {"Tabellens slag", "Antal rubrikrader", "Kolumn 2 (Skick) läses som"}
    else:
        expected |= {"Hur blocket läses"}
    assert expected <= names


def test_tab_reaches_the_corrections_from_the_source(
    dialog: WordImportDialog, qtbot: QtBot
) -> None:
    _choose(dialog, UNKNOWN)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.source_list.view.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())  # type: ignore[union-attr]
    assert seen[:5] == [
        "Visa bara tabeller och rubriker",
        "Flikar: valt block och resultat",
        "Tabellens slag",
        "Antal rubrikrader",
        "Fortsättning på föregående tabell",
    ]
    assert seen[5].startswith("Kolumn 1")
