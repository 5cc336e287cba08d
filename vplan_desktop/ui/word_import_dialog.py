"""Importera Word-plan: the review before anything is created. The document's blocks on the left,
each marked with what it became; on the right the chosen block's reading, which the user can
correct (a table's kind, header rows, columns and groups; a line's heading level), and the
plan that would be created. Every correction re-reads the document at once; nothing is written
until "Skapa planen"."""

from __future__ import annotations

import copy
import itertools
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.db.file_header import FILE_SUFFIX
from vplan_desktop.errors import VplanError
from vplan_desktop.imports.word import create_plan, interpret
from vplan_desktop.imports.word_blocks import BlockKind, Source
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.imports.word_tolkning import (
    TableTolkning,
    Tolkning,
    load,
    save,
    signature,
)
from vplan_desktop.ui.dialog_parts import error_label, ok_cancel, plan_file
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.window_size import fit_to_screen
from vplan_desktop.ui.word_import_block import BlockPanel
from vplan_desktop.ui.word_import_front import FrontForm
from vplan_desktop.ui.word_import_result import ResultPanel
from vplan_desktop.ui.word_import_source import SourceList

TOLKNING_FILTER = QT_TR_NOOP("Tolkning (*.json)")
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def document_years(source: Source, result: WordImport) -> list[int]:
    """The years a column can be given: those the tables' first rows name, the plan's period,
    and those the reading already uses."""
    years: set[int] = set()
    for block in source.blocks:
        if block.kind is BlockKind.TABLE:
            for row in range(min(3, len(block.rows))):
                years.update(int(y) for t in block.row_texts(row) for y in YEAR.findall(t))
    if result.forsta_ar is not None:
        years.update(range(result.forsta_ar, (result.sista_ar or result.forsta_ar) + 1))
    for table in result.tolkning.tables.values():
        for role in table.columns or []:
            if ":" in role:
                years.add(int(role.split(":", 1)[1]))
    return sorted(years)


def settled(source: Source, loaded: Tolkning) -> Tolkning:
    """Loaded corrections moved to the blocks of this document that carry their signatures
    (a file saved for last year's document), so that the user's further corrections of a block
    land on the entry the file gave it."""
    where: dict[str, list[int]] = {}
    for block in source.blocks:
        where.setdefault(signature(block.text), []).append(block.index)
    moved: dict[int, int] = {}
    for index, wanted in loaded.signatures.items():
        here = source.blocks[index] if 0 <= index < len(source.blocks) else None
        if not wanted or (here is not None and signature(here.text) == wanted):
            continue
        places = where.get(wanted)
        if places:
            moved[index] = min(places, key=lambda place: abs(place - index))
    if not moved:
        return loaded
    return Tolkning(
        front=dict(loaded.front),
        headings={moved.get(i, i): level for i, level in loaded.headings.items()},
        tables={moved.get(i, i): table for i, table in loaded.tables.items()},
        signatures={moved.get(i, i): text for i, text in loaded.signatures.items()},
    )


class WordImportDialog(QDialog):
    """The review of a Word plan's import; ``created`` is the new plan's path once made."""

    def __init__(
        self, path: Path, source: Source, found: WordImport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Importera Word-plan"))
        self.path = path
        self.source = source
        self.found = found
        self.corrections = Tolkning()
        self.created: Path | None = None
        self.years = document_years(source, found)
        intro = QLabel(
            tr(
                "Läst ur <b>{file}</b>. Kontrollera uppgifterna och se "
                "efter vad varje del av dokumentet blev; rätta det som blev "
                "fel. Inget skrivs förrän du väljer <b>Skapa planen</b>."
            ).format(file=escape(path.name))
        )
        intro.setWordWrap(True)
        self.front = FrontForm(str(path.with_suffix(FILE_SUFFIX)))
        self.front.changed.connect(self._front_changed)
        self.source_list = SourceList(source, found)
        self.source_list.chosen.connect(self._show_block)
        self.block = BlockPanel()
        self.block.level_chosen.connect(self._level_chosen)
        self.block.table_corrected.connect(self._table_corrected)
        self.outcome = ResultPanel()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Valt block och resultat"))
        self.tabs.tabBar().setAccessibleName(tr("Flikar: valt block och resultat"))
        self.tabs.addTab(self.block, tr("&Valt block"))
        self.tabs.addTab(self.outcome, tr("Res&ultat"))
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.source_list)
        self.split.addWidget(self.tabs)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([460, 740])
        self.error = error_label()
        self.buttons = ok_cancel(self, tr("Skapa planen"))
        self.save_button = QPushButton(tr("Spara tol&kning…"))
        self.save_button.setToolTip(tr("Spara rättelserna som en fil, för nästa års dokument"))
        self.load_button = QPushButton(tr("&Läs tolkning…"))
        self.load_button.setToolTip(
            tr("Läs rättelser som sparats tidigare; de ersätter rättelserna här")
        )
        self.save_button.clicked.connect(self.save_tolkning)
        self.load_button.clicked.connect(self.load_tolkning)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button, name in (
            (self.save_button, tr("Spara tolkning")),
            (self.load_button, tr("Läs tolkning")),
            (self.create_button, tr("Skapa planen")),
            (cancel, tr("Avbryt")),
        ):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.create_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.load_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.front)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._tab_order(cancel)
        self._refresh()
        if source.blocks:
            self.source_list.select(0)
        fit_to_screen(self, 1200, 700)

    # --- the names tests and the main window use ------------------------------------------------

    @property
    def namnd(self) -> QLineEdit:
        return self.front.namnd

    @property
    def first(self) -> QSpinBox:
        return self.front.first

    @property
    def last(self) -> QSpinBox:
        return self.front.last

    @property
    def report(self) -> QListWidget:
        return self.outcome.report

    # --- re-reading under the corrections -------------------------------------------------------

    def _reinterpret(self, corrections: Tolkning) -> bool:
        """Read the document again under ``corrections``; on an error nothing changes."""
        try:
            result = interpret(self.source, corrections)
        except VplanError as error:
            self.error.setText(error.message)
            self._refresh()  # the control the user changed shows the reading in force again
            return False
        self.corrections = corrections
        self.found = result
        self.error.clear()
        self._refresh()
        return True

    def _refresh(self) -> None:
        self.years = document_years(self.source, self.found)
        self.front.show_result(self.found)
        self.source_list.set_result(self.found)
        self.outcome.show_result(self.found)
        if self.block.block is not None:
            self._show_block(self.block.block.index)

    def _show_block(self, index: int) -> None:
        block = self.source.blocks[index]
        correction = self.corrections.tables.get(index)
        self.block.show_block(block, self.found, correction, self.years)

    def _corrected(self) -> Tolkning:
        """A copy of the corrections to change (the current ones stay if reading fails)."""
        return copy.deepcopy(self.corrections)

    def _front_changed(self, key: str, value: object) -> None:
        if getattr(self.found, key) == value and key not in self.corrections.front:
            return
        corrections = self._corrected()
        assert isinstance(value, (str, int))
        corrections.front[key] = value
        if key == "forsta_ar" and isinstance(value, int) and (self.found.sista_ar or 0) < value:
            corrections.front["sista_ar"] = value
        self._reinterpret(corrections)

    def _level_chosen(self, index: int, level: int) -> None:
        corrections = self._corrected()
        corrections.headings[index] = level
        corrections.signatures[index] = signature(self.source.blocks[index].text)
        self._reinterpret(corrections)

    def _table_corrected(self, index: int, table: TableTolkning) -> None:
        corrections = self._corrected()
        corrections.tables[index] = table
        corrections.signatures[index] = signature(self.source.blocks[index].text)
        self._reinterpret(corrections)

    # --- the buttons ---------------------------------------------------------------------------

    def save_tolkning(self) -> None:
        """Write the corrections as a tolkning file (for ``vplan import-docx --tolkning``)."""
        self._commit_front()
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Spara tolkning"),
            str(self.path.with_name(self.path.stem + "-tolkning.json")),
            tr(TOLKNING_FILTER),
        )
        if not name:
            return
        try:
            save(self.corrections, Path(name))
        except VplanError as error:
            self.error.setText(error.message)
            return
        except OSError:
            self.error.setText(
                tr("Tolkningen kunde inte sparas i ”{name}”.").format(name=Path(name).name)
            )
            return
        self.error.clear()

    def load_tolkning(self) -> None:
        """Read corrections saved earlier and re-read the document under them."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Läs tolkning"), str(self.path.parent), tr(TOLKNING_FILTER)
        )
        if not name:
            return
        try:
            loaded = load(Path(name))
        except VplanError as error:
            self.error.setText(error.message)
            return
        self._reinterpret(settled(self.source, loaded))

    def accept(self) -> None:
        """Skapa planen: write the plan as reviewed (whole or not at all)."""
        if not self._commit_front():
            return
        target = plan_file(self.front.target.text())
        if target is None:
            self.error.setText(tr("Ange var den nya planen ska sparas."))
            self.front.target.setFocus()
            return
        try:
            create_plan(self.found, target)
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.created = target
        super().accept()

    def _commit_front(self) -> bool:
        """Typed front matter not yet taken in (the field still has the keyboard)."""
        pending = self.front.pending(self.found)
        if not pending:
            return True
        corrections = self._corrected()
        corrections.front.update(pending)
        return self._reinterpret(corrections)

    def _tab_order(self, cancel: QWidget) -> None:
        """Top to bottom, left to right: the form, the source and its filter, the tabs and
        what they hold, the buttons."""
        table = self.block.table
        chain: list[QWidget] = [
            *self.front.chain(),
            self.source_list.view,
            self.source_list.only_structure,
            self.tabs.tabBar(),
            self.block.level,
            table.kind,
            table.header_rows,
            table.continues,
            table.grid.table,
            self.outcome.tree,
            self.outcome.report,
            self.save_button,
            self.load_button,
            self.create_button,
            cancel,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
