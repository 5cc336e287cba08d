"""The import review's top: the plan's nämnd, kommun, title, period, ordförande,
förvaltningschef and diarienummer as read from the cover page, for the user to confirm, and
where the new plan is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vplan_desktop.imports.word_result import WordImport
from vplan_desktop.ui.dialog_parts import buddy_label
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

TEXTS = (
    ("namnd", QT_TR_NOOP("&Nämnd:"), QT_TR_NOOP("Nämnd")),
    ("kommun", QT_TR_NOOP("Ko&mmun:"), QT_TR_NOOP("Kommun")),
    ("titel", QT_TR_NOOP("&Titel:"), QT_TR_NOOP("Titel")),
    ("ordforande", QT_TR_NOOP("&Ordförande:"), QT_TR_NOOP("Ordförande")),
    ("forvaltningschef", QT_TR_NOOP("&Förvaltningschef:"), QT_TR_NOOP("Förvaltningschef")),
    ("diarienummer", QT_TR_NOOP("&Diarienummer:"), QT_TR_NOOP("Diarienummer")),
)
"""The front matter's text fields: key (as in ``Tolkning.front``), label, accessible name."""
NO_YEAR = 1899
"""The spin boxes' value for "no year found" (shown as a dash)."""


class FrontForm(QWidget):
    """The cover page's facts as read, each editable; a change is a correction."""

    changed = Signal(str, object)
    """A field the user changed: its key in ``Tolkning.front`` and its value (str or int)."""

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, QLineEdit] = {}
        for key, _label, name in TEXTS:
            field = QLineEdit()
            field.setAccessibleName(tr(name))
            field.setMaxLength(500)
            field.editingFinished.connect(lambda key=key: self._text_done(key))
            self.texts[key] = field
        self.first = self._year(tr("Första år"), "forsta_ar")
        self.last = self._year(tr("Sista år"), "sista_ar")
        self.target = QLineEdit(target)
        self.target.setAccessibleName(tr("Den nya planens fil"))
        self.target.setToolTip(
            tr("Var den nya planen sparas. Inget skrivs förrän du skapar planen.")
        )
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.first)
        dash = QLabel("–")
        dash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        period.addWidget(dash)
        period.addWidget(self.last)
        period.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(10)
        rows = [
            ("namnd", "kommun"),
            ("titel", None),
            ("ordforande", "forvaltningschef"),
            ("diarienummer", "target"),
        ]
        labels = {key: tr(label) for key, label, _name in TEXTS}
        for row, (left, right) in enumerate(rows):
            grid.addWidget(buddy_label(labels[left], self.texts[left]), row, 0)
            grid.addWidget(self.texts[left], row, 1)
            if right == "kommun" or right == "forvaltningschef":
                grid.addWidget(buddy_label(labels[right], self.texts[right]), row, 2)
                grid.addWidget(self.texts[right], row, 3)
            elif right == "target":
                grid.addWidget(buddy_label(tr("Spara &som:"), self.target), row, 2)
                grid.addWidget(self.target, row, 3)
            else:
                grid.addWidget(buddy_label(tr("&Period:"), self.first), row, 2)
                grid.addLayout(period, row, 3)

    @property
    def namnd(self) -> QLineEdit:
        return self.texts["namnd"]

    def chain(self) -> list[QWidget]:
        """The fields in the order the form shows them, row by row."""
        t = self.texts
        return [
            t["namnd"],
            t["kommun"],
            t["titel"],
            self.first,
            self.last,
            t["ordforande"],
            t["forvaltningschef"],
            t["diarienummer"],
            self.target,
        ]

    def _year(self, name: str, key: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NO_YEAR, 2200)
        spin.setSpecialValueText("–")
        spin.setAccessibleName(name)
        # Typing "2027" must not pass through 2, 20 and 202 as corrections.
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value, key=key: self._year_done(key, value))
        return spin

    def show_result(self, result: WordImport) -> None:
        """Show the front matter the reading gives (the guesses and the corrections)."""
        for key, field in self.texts.items():
            value = str(getattr(result, key) or "")
            if field.text() != value:
                field.setText(value)
        for spin, year in ((self.first, result.forsta_ar), (self.last, result.sista_ar)):
            shown = year if year is not None else NO_YEAR
            if spin.value() != shown:
                spin.blockSignals(True)
                spin.setValue(shown)
                spin.blockSignals(False)

    def pending(self, result: WordImport) -> dict[str, str | int]:
        """The fields whose text differs from ``result`` (typed but not yet committed)."""
        out: dict[str, str | int] = {}
        for key, field in self.texts.items():
            if field.text().strip() != str(getattr(result, key) or ""):
                out[key] = field.text().strip()
        return out

    def _text_done(self, key: str) -> None:
        self.changed.emit(key, self.texts[key].text().strip())

    def _year_done(self, key: str, value: int) -> None:
        if value != NO_YEAR:
            self.changed.emit(key, value)
