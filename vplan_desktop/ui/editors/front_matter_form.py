"""The front matter's fields laid out as a form: kommun, nämnd, … title, ordförande, period,
status and adoption.

Only the widgets and their values, no saving: the Uppgifter page (``front_matter.py``) connects
them to the plan, and the window's first frame shows the same form, filled from a glance at the
plan file, before the rest of vplan has loaded (so this module stays light: Qt and plain names).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vplan_desktop.plan_status import MAX_PERIOD_YEARS, STATUS_LABELS, UNSET_STATUS_LABEL
from vplan_desktop.ui.field_widths import placeholder_width
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr

TEXT_FIELDS = [
    ("kommun", QT_TR_NOOP("&Kommun"), QT_TR_NOOP("t.ex. Sjöbacka kommun")),
    ("namnd", QT_TR_NOOP("&Nämnd"), QT_TR_NOOP("t.ex. Socialnämnden")),
    ("forvaltning", QT_TR_NOOP("&Förvaltning"), QT_TR_NOOP("t.ex. Socialförvaltningen")),
    ("titel", QT_TR_NOOP("&Titel"), QT_TR_NOOP("t.ex. Verksamhetsplan med budget 2027–2029")),
    ("ordforande", QT_TR_NOOP("&Ordförande"), QT_TR_NOOP("namn")),
    ("ordforande_parti", QT_TR_NOOP("&Parti"), QT_TR_NOOP("t.ex. S")),
    ("forvaltningschef", QT_TR_NOOP("Förvaltnings&chef"), QT_TR_NOOP("namn")),
    ("diarienummer", QT_TR_NOOP("&Diarienummer"), QT_TR_NOOP("t.ex. SN-2026/214")),
]
"""Each text field: its name in the plan, its label and its placeholder (translated where
shown)."""

HINT = QT_TR_NOOP(
    "Planens försättsblad: vem som antar den, för vilka år och var den står. "
    "Allt sparas när du lämnar ett fält."
)
"""The Uppgifter page's hint under its heading."""


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text + ":")
    label.setBuddy(buddy)
    return label


class FrontMatterForm:
    """The fields (``fields`` by their names in the plan, ``first_year``, ``last_year``,
    ``status``, ``adopted_date``, ``paragraph``) in ``layout``."""

    def __init__(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout = form
        self.fields: dict[str, QLineEdit] = {}
        for name, label, placeholder in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(tr(placeholder))
            edit.setAccessibleName(tr(label).replace("&", ""))
            self.fields[name] = edit
        for name, label, _ in TEXT_FIELDS:
            if name == "ordforande_parti":
                continue
            edit = self.fields[name]
            if name == "ordforande":
                party = self.fields["ordforande_parti"]
                party.setMaximumWidth(80)
                row = QHBoxLayout()
                row.addWidget(edit, 3)
                row.addWidget(_label(tr("&Parti"), party))
                row.addWidget(party, 1)
                form.addRow(_label(tr(label), edit), row)
            else:
                form.addRow(_label(tr(label), edit), edit)

        period = QHBoxLayout()
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin, name in ((self.first_year, tr("Första år")), (self.last_year, tr("Sista år"))):
            spin.setRange(2000, 2100)
            spin.setAccessibleName(name)
            spin.setKeyboardTracking(False)
        period.addWidget(self.first_year)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_year)
        period.addWidget(
            QLabel(tr("(1–{years} år; första året är budgetåret)").format(years=MAX_PERIOD_YEARS))
        )
        period.addStretch(1)
        form.addRow(_label(tr("P&eriod"), self.first_year), period)

        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status"))
        # No status is a choice of its own: the documents print a status only once it is set.
        self.status.addItem(UNSET_STATUS_LABEL, "")
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status.value)
        form.addRow(_label(tr("&Status"), self.status), self.status)

        adoption = QHBoxLayout()
        self.adopted_date = QLineEdit()
        self.adopted_date.setObjectName("antagen_datum")
        self.adopted_date.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.adopted_date.setAccessibleName(tr("Datum för antagande"))
        self.adopted_date.setMaximumWidth(placeholder_width(self.adopted_date, 130))
        self.paragraph = QLineEdit()
        self.paragraph.setObjectName("antagen_paragraf")
        self.paragraph.setPlaceholderText(tr("t.ex. 123"))
        self.paragraph.setAccessibleName(tr("Paragraf"))
        self.paragraph.setMaximumWidth(placeholder_width(self.paragraph, 100))
        adoption.addWidget(self.adopted_date)
        paragraph_label = QLabel("&§")
        paragraph_label.setBuddy(self.paragraph)
        adoption.addWidget(paragraph_label)
        adoption.addWidget(self.paragraph)
        self.status_line = QLabel()
        self.status_line.setStyleSheet("color: palette(placeholder-text);")
        adoption.addWidget(self.status_line, 1)
        form.addRow(_label(tr("&Antagen den"), self.adopted_date), adoption)

    def show_values(
        self,
        texts: Mapping[str, str],
        years: tuple[int, int],
        status: str,
        adopted: tuple[str, str],
        status_line: str = "",
    ) -> None:
        """Show the plan's ``texts`` (by field name), its period's first and last year, its
        status's stored value ("" for none), the adoption's date (as shown) and paragraph, and
        the line beside them; the spin boxes' and the status's signals are not emitted."""
        for name, edit in self.fields.items():
            if edit.text() != texts[name]:
                edit.setText(texts[name])
        for spin, value in zip((self.first_year, self.last_year), years, strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.status.setCurrentIndex(self.status.findData(status))
        self.adopted_date.setText(adopted[0])
        self.paragraph.setText(adopted[1])
        self.status_line.setText(status_line)
