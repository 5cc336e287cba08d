"""A Word table in the import review: its rows as the document has them, a row of choices
above the columns saying what each column is read as, and each row's group in a first column
the user can edit."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.imports.word_blocks import Block
from vplan_desktop.imports.word_table import column_headers
from vplan_desktop.imports.word_tolkning import TableKind, TableTolkning, role_label
from vplan_desktop.ui.i18n import tr

GROUP = 0
"""The grid's first column: each row's group."""
MIN_WIDTH, MAX_WIDTH = 150, 260
ROLES_BY_KIND: dict[TableKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    TableKind.MAL: (
        (
            "namn",
            "grupp",
            "kf",
            "malomrade",
            "nulage",
            "langsiktigt",
            "enhet",
            "kalla",
            "bedomning",
            "kommentar",
            "aktivitet",
            "ansvarig",
            "slutdatum",
            "ovrigt",
        ),
        ("mal", "utfall"),
    ),
    TableKind.AKTIVITETER: (
        (
            "namn",
            "grupp",
            "beskrivning",
            "ansvarig",
            "startdatum",
            "slutdatum",
            "status",
            "kostnad",
            "verksamhet",
            "malkoppling",
            "kommentar",
            "kvartal",
            "manad",
            "ovrigt",
        ),
        (),
    ),
    TableKind.DRIFT: (
        ("namn", "grupp", "kommentar", "ovrigt"),
        ("bokslut", "budget", "plan", "prognos", "utfall"),
    ),
    TableKind.RESULTAT: (
        ("namn", "grupp", "kommentar", "ovrigt"),
        ("bokslut", "budget", "plan", "prognos", "utfall"),
    ),
    TableKind.INVESTERINGAR: (
        ("namn", "grupp", "projektnummer", "ovrigt"),
        ("utfall", "budget"),
    ),
    TableKind.INTERNKONTROLL: (
        (
            "process",
            "risk",
            "kontrollmoment",
            "kontrollansvar",
            "frekvens",
            "metod",
            "rapportering",
            "sannolikhet",
            "konsekvens",
            "grupp",
            "ovrigt",
        ),
        (),
    ),
    TableKind.NYCKELTAL: (("namn", "grupp", "enhet", "varde", "ovrigt"), ()),
    TableKind.KAPITEL: (("namn", "grupp", "enhet", "varde", "ovrigt"), ()),
}
"""The roles a column of each kind of table can have: those without a year, and the kinds of
year column (offered for each year the document's tables name)."""
ONCE_EXEMPT = ("ovrigt", "varde")
"""Roles more than one column may have; any other role is one column's."""


def roles_for(kind: TableKind, years: list[int], current: str) -> list[str]:
    """The roles a column of a ``kind`` table can be given, ``current`` among them."""
    plain, yearly = ROLES_BY_KIND[kind]
    roles = [*plain, *(f"{slag}:{year}" for slag in yearly for year in years)]
    if current not in roles:
        roles.insert(0, current)
    return roles


def spans(block: Block) -> list[tuple[int, int, int, int]]:
    """(row, column, rows, columns) of each merged cell that covers a rectangle."""
    places: dict[int, list[tuple[int, int]]] = {}
    for r, row in enumerate(block.rows):
        for c, cell in enumerate(row):
            places.setdefault(id(cell), []).append((r, c))
    out = []
    for cells in places.values():
        if len(cells) < 2:
            continue
        rows = {r for r, _ in cells}
        columns = {c for _, c in cells}
        if len(rows) * len(columns) == len(cells):
            out.append((min(rows), min(columns), len(rows), len(columns)))
    return out


class ColumnGrid(QWidget):
    """A table's rows with each column's role chosen above it and each row's group beside it."""

    role_chosen = Signal(int, str)
    """The user gave column (the document's, from 0) a role."""
    group_edited = Signal(int, str)
    """The user gave row (the document's, from 0) a group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: Block | None = None
        self.before: QWidget | None = None
        """The control Tab leaves for the column choices."""
        self.combos: list[QComboBox] = []
        self.table = QTableWidget()
        self.table.setAccessibleName(tr("Tabellens rader"))
        self.table.setAccessibleDescription(
            tr(
                "Tabellen som dokumentet har den; i första kolumnen radens grupp, "
                "som går att ändra."
            )
        )
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.itemChanged.connect(self._item_changed)
        self.caption = QLabel(tr("Läses som:"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.caption.setContentsMargins(0, 0, 6, 0)
        self.row = QWidget()
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(0)
        self.row_layout.addWidget(self.caption)
        self.tail = QWidget()
        self.row_layout.addWidget(self.tail)
        self.row_layout.addStretch(1)
        # The choices scroll with the grid's columns; the grid's own scroll bar moves both.
        self.area = QScrollArea()
        self.area.setWidget(self.row)
        self.area.setWidgetResizable(False)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalScrollBar().valueChanged.connect(
            self.area.horizontalScrollBar().setValue
        )
        self.area.horizontalScrollBar().valueChanged.connect(
            self.table.horizontalScrollBar().setValue
        )
        self.table.horizontalHeader().sectionResized.connect(self._sync)
        self.table.verticalHeader().geometriesChanged.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.area)
        layout.addWidget(self.table, 1)

    # --- showing a table ------------------------------------------------------------------

    def show_table(
        self,
        block: Block,
        used: TableTolkning,
        choices: list[list[str]],
        editable_roles: bool,
    ) -> None:
        """Show ``block`` read as ``used``; the same block again only updates what changed,
        so the control the user is in keeps the keyboard."""
        if block is not self.block:
            self._build(block)
        columns = used.columns or []
        for column, combo in enumerate(self.combos):
            role = columns[column] if column < len(columns) else "ovrigt"
            roles = choices[column] if column < len(choices) else [role]
            combo.blockSignals(True)
            if [combo.itemData(i) for i in range(combo.count())] != roles:
                combo.clear()
                for choice in roles:
                    combo.addItem(role_label(choice), choice)
                view = combo.view()
                view.setMinimumWidth(view.sizeHintForColumn(0) + 24)  # the list shows whole names
            combo.setCurrentIndex(max(0, combo.findData(role)))
            combo.setEnabled(editable_roles)
            combo.blockSignals(False)
        self._fill(block, used)

    def _build(self, block: Block) -> None:
        self.block = block
        for combo in self.combos:
            self.row_layout.removeWidget(combo)
            combo.hide()  # out of sight and out of the Tab order until Qt deletes it
            combo.deleteLater()
        self.combos = []
        self.table.blockSignals(True)
        self.table.clearSpans()
        self.table.clear()
        self.table.setRowCount(len(block.rows))
        self.table.setColumnCount(block.width + 1)
        self.table.setHorizontalHeaderLabels(
            [tr("Grupp"), *(tr("Kolumn {number}").format(number=c + 1) for c in range(block.width))]
        )
        for row in range(len(block.rows)):
            texts = block.row_texts(row)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if len(text) > 30:
                    item.setToolTip(text[:1000])
                self.table.setItem(row, column + 1, item)
        for row, column, rows, width in spans(block):
            self.table.setSpan(row, column + 1, rows, width)
        self.table.blockSignals(False)
        for column in range(block.width):
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _i, column=column: self._role_changed(column))
            self.row_layout.insertWidget(1 + column, combo)
            combo.show()  # a layout shows a new child only once the event loop runs
            self.combos.append(combo)
        self.table.setColumnWidth(GROUP, 120)
        for column in range(block.width):
            wanted = max(MIN_WIDTH, self.table.sizeHintForColumn(column + 1))
            self.table.setColumnWidth(column + 1, min(MAX_WIDTH, wanted))
        self._set_tab_order()
        self._sync()

    def _set_tab_order(self) -> None:
        """The choices left to right, then the grid."""
        chain: list[QWidget] = [*self.combos, self.table]
        if self.before is not None:
            chain.insert(0, self.before)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill(self, block: Block, used: TableTolkning) -> None:
        """Header rows shaded and bold and named "Rubrik"; each data row's group."""
        header_rows = used.header_rows or 0
        names = column_headers(block, header_rows)
        for column, combo in enumerate(self.combos):
            name = names[column] if column < len(names) and names[column] else tr("utan rubrik")
            combo.setAccessibleName(
                tr("Kolumn {number} ({name}) läses som").format(number=column + 1, name=name[:40])
            )
            combo.setToolTip(
                tr("Vad kolumn {number} ({name}) är i planen").format(
                    number=column + 1, name=name[:60]
                )
            )
        shade = self.palette().color(QPalette.ColorRole.AlternateBase)
        bold = QFont(self.font())
        bold.setBold(True)
        self.table.blockSignals(True)
        labels = []
        for row in range(len(block.rows)):
            header = row < header_rows
            labels.append(tr("Rubrik") if header else str(row + 1))
            for column in range(1, block.width + 1):
                item = self.table.item(row, column)
                if item is None:
                    continue
                item.setFont(bold if header else self.font())
                if header:
                    item.setBackground(shade)
                else:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
            group = self.table.item(row, GROUP)
            if group is None:
                group = QTableWidgetItem()
                self.table.setItem(row, GROUP, group)
            if header:
                group.setText("")
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setBackground(shade)
            else:
                group.setText(used.groups.get(row, ""))
                group.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
                group.setData(Qt.ItemDataRole.BackgroundRole, None)
                group.setToolTip(
                    tr("Gruppen raden hör till (målområde, verksamhet …): ändra den här")
                )
        self.table.setVerticalHeaderLabels(labels)
        self.table.blockSignals(False)

    def _sync(self) -> None:
        """Each choice as wide as its column, the row starting where the columns start."""
        if self.block is None:
            return
        start = self.table.frameWidth() + self.table.verticalHeader().width()
        self.caption.setFixedWidth(start + self.table.columnWidth(GROUP))
        for column, combo in enumerate(self.combos):
            combo.setFixedWidth(self.table.columnWidth(column + 1))
        scroll = self.table.verticalScrollBar()
        beside = scroll.width() if scroll.isVisible() else 0
        self.tail.setFixedWidth(self.table.frameWidth() + beside)
        self.row.adjustSize()
        height = max((c.sizeHint().height() for c in self.combos), default=0)
        self.area.setFixedHeight(max(height, self.caption.sizeHint().height()))
        self.area.horizontalScrollBar().setValue(self.table.horizontalScrollBar().value())

    # --- the user's changes -----------------------------------------------------------------

    def _role_changed(self, column: int) -> None:
        role = self.combos[column].currentData()
        if isinstance(role, str):
            self.role_chosen.emit(column, role)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == GROUP:
            self.group_edited.emit(item.row(), item.text().strip())
