"""The import review's right side for the block chosen in the source: what it became (and any
warning), and what the user can change of it – a table's reading, a line's heading level."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.imports.word_review import BLOCK_LABELS
from vplan_desktop.imports.word_tolkning import TableTolkning
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.word_import_table import TablePanel

LEVELS = ["Brödtext", *(f"Rubrik {level}" for level in range(1, 7))]
"""The heading levels a line can be read as; index 0 is body text."""
LEVELS_HINT = QT_TR_NOOP(
    "Rubrik 1 blir ett kapitel eller en av planens delar (mål, budget …); lägre nivåer blir "
    "målområden, mål eller rubriker i kapitlet. Brödtext blir text under rubriken ovanför."
)
SHOWN_TEXT = 600
"""How much of a long paragraph the panel shows (the document has the rest)."""


class BlockPanel(QWidget):
    """One block of the source: what it is, what it became, and its corrections."""

    level_chosen = Signal(int, int)
    """The user read a line (its block index) as a heading of a level (0: body text)."""
    table_corrected = Signal(int, object)
    """A table's new correction (see ``TablePanel.corrected``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: Block | None = None
        self.title = QLabel(tr("Välj ett block i dokumentet till vänster."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.became = QLabel()
        self.became.setWordWrap(True)
        self.became.setTextFormat(Qt.TextFormat.RichText)
        self.warning_icon = QLabel()
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(20, 20))
        self.warning_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        warning_row = QHBoxLayout()
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.warning_icon)
        warning_row.addWidget(self.warning, 1)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        self.level = QComboBox()
        self.level.addItems(
            [tr("Brödtext"), *(tr("Rubrik {level}").format(level=n) for n in range(1, 7))]
        )
        self.level.setAccessibleName(tr("Hur blocket läses"))
        self.level.setToolTip(tr(LEVELS_HINT))
        self.level.currentIndexChanged.connect(self._level_changed)
        self.level_hint = QLabel(tr(LEVELS_HINT))
        self.level_hint.setWordWrap(True)
        level_form = QFormLayout()
        level_form.setContentsMargins(0, 0, 0, 0)
        level_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        level_label = QLabel(tr("&Hur blocket läses:"))
        level_label.setBuddy(self.level)
        level_form.addRow(level_label, self.level)
        level_form.addRow(self.level_hint)
        self.level_box = QWidget()
        self.level_box.setLayout(level_form)
        self.table = TablePanel()
        self.table.corrected.connect(self.table_corrected)
        self.nothing = QLabel()
        self.nothing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.became)
        layout.addWidget(self.warning_box)
        layout.addWidget(self.level_box)
        layout.addWidget(self.nothing)
        layout.addWidget(self.table, 1)
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)
        for widget in (self.text, self.became, self.warning_box, self.level_box, self.table):
            widget.hide()
        self.nothing.hide()

    def show_block(
        self, block: Block, result: WordImport, correction: TableTolkning | None, years: list[int]
    ) -> None:
        """Show ``block`` as ``result`` reads it; the same block again keeps the control the
        user is in."""
        self.block = block
        level = result.tolkning.headings.get(block.index, 0)
        kind = BLOCK_LABELS[block.kind]
        if origin := block.embedded or block.unfolded:  # "Stycke ur målkort"
            kind = tr("{kind} ur {origin}").format(kind=kind, origin=origin)
        if level:
            kind = tr("{kind}, läses som rubrik {level}").format(kind=kind, level=level)
        self.title.setText(
            tr("<b>Block {number}</b> – {kind}").format(number=block.index + 1, kind=escape(kind))
        )
        is_table = block.kind is BlockKind.TABLE
        text = block.alt if block.kind is BlockKind.IMAGE else block.text
        shown = text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT].rstrip() + " …"
        self.text.setText(shown)
        self.text.setVisible(bool(text) and not is_table)
        outcome = result.outcomes.get(block.index)
        if outcome is None:
            self.became.setText(tr("<b>Blev:</b> ingenting (blocket är tomt)"))
        else:
            self.became.setText(
                tr("<b>Blev: {kind}</b> – {text}").format(
                    kind=escape(outcome.became.value), text=escape(outcome.text)
                )
            )
        self.became.show()
        self.warning.setText(
            tr("Varning: {warning}").format(warning=outcome.warning)
            if outcome and outcome.warning
            else ""
        )
        self.warning_box.setVisible(bool(outcome and outcome.warning))
        lines = block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
        self.level_box.setVisible(lines)
        if lines:
            self.level.blockSignals(True)
            self.level.setCurrentIndex(min(level, len(LEVELS) - 1))
            self.level.blockSignals(False)
        self.table.setVisible(is_table)
        self.stretch.setVisible(not is_table)
        if is_table:
            used = result.tolkning.tables.get(block.index)
            self.table.show_table(block, used, correction, years)
        self.nothing.setVisible(not lines and not is_table)
        if block.kind is BlockKind.IMAGE:
            self.nothing.setText(tr("En bild hamnar i kapitlet där den står; inget att ändra här."))
        elif block.kind is BlockKind.LIST_ITEM:
            self.nothing.setText(
                tr("En punkt i en lista blir text i kapitlet; inget att ändra här.")
            )

    def _level_changed(self, level: int) -> None:
        if self.block is not None and level >= 0:
            self.level_chosen.emit(self.block.index, level)
