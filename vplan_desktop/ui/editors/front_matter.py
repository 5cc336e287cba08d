"""Uppgifter: the plan's front matter as a form. A field is saved when the user leaves it."""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vplan_desktop import completeness
from vplan_desktop.domain import MAX_PERIOD_YEARS, STATUS_LABELS, UNSET_STATUS_LABEL, PlanStatus
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services.plan import set_period
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.dialog_parts import placeholder_width
from vplan_desktop.ui.editors.base import SectionEditor, flash
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.undo_keys import PlanUndoKeys
from vplan_desktop.validation import Finding

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


class FrontMatterEditor(SectionEditor):
    title = SECTIONS[Section.UPPGIFTER].title
    parts = (Part.UPPGIFTER,)
    help_text = QT_TR_NOOP(
        "Planens försättsblad: vem som antar den, för vilka år och var den står. "
        "Allt sparas när du lämnar ett fält."
    )

    preview = Signal(str, object)
    """(navigator key, Progress) while the user types, before the field is saved."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for name, label, placeholder in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(tr(placeholder))
            edit.setAccessibleName(tr(label).replace("&", ""))
            edit.editingFinished.connect(partial(self._save_text, name))
            edit.textEdited.connect(partial(self._typing, name))
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
                row.addWidget(self._label(tr("&Parti"), party))
                row.addWidget(party, 1)
                form.addRow(self._label(tr(label), edit), row)
            else:
                form.addRow(self._label(tr(label), edit), edit)

        period = QHBoxLayout()
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin, name in ((self.first_year, tr("Första år")), (self.last_year, tr("Sista år"))):
            spin.setRange(2000, 2100)
            spin.setAccessibleName(name)
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(self._save_period)
        period.addWidget(self.first_year)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_year)
        period.addWidget(
            QLabel(tr("(1–{years} år; första året är budgetåret)").format(years=MAX_PERIOD_YEARS))
        )
        period.addStretch(1)
        form.addRow(self._label(tr("P&eriod"), self.first_year), period)

        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status"))
        # No status is a choice of its own: the documents print a status only once it is set.
        self.status.addItem(UNSET_STATUS_LABEL, "")
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status.value)
        self.status.activated.connect(self._save_status)
        form.addRow(self._label(tr("&Status"), self.status), self.status)

        adoption = QHBoxLayout()
        self.adopted_date = QLineEdit()
        self.adopted_date.setObjectName("antagen_datum")
        self.adopted_date.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
        self.adopted_date.setAccessibleName(tr("Datum för antagande"))
        self.adopted_date.setMaximumWidth(placeholder_width(self.adopted_date, 130))
        self.adopted_date.editingFinished.connect(self._save_date)
        self.paragraph = QLineEdit()
        self.paragraph.setObjectName("antagen_paragraf")
        self.paragraph.setPlaceholderText(tr("t.ex. 123"))
        self.paragraph.setAccessibleName(tr("Paragraf"))
        self.paragraph.setMaximumWidth(placeholder_width(self.paragraph, 100))
        self.paragraph.editingFinished.connect(self._save_paragraph)
        adoption.addWidget(self.adopted_date)
        paragraph_label = QLabel("&§")
        paragraph_label.setBuddy(self.paragraph)
        adoption.addWidget(paragraph_label)
        adoption.addWidget(self.paragraph)
        self.status_line = QLabel()
        self.status_line.setStyleSheet("color: palette(placeholder-text);")
        adoption.addWidget(self.status_line, 1)
        form.addRow(self._label(tr("&Antagen den"), self.adopted_date), adoption)
        self.outer.addLayout(form)
        self.outer.addStretch(1)
        self._undo_keys = PlanUndoKeys(self)
        fields = (*self.fields.values(), self.adopted_date, self.paragraph)
        for field in (*fields, self.first_year, self.last_year, self.status):
            field.installEventFilter(self._undo_keys)
        self.on_changed(None)

    def focus_finding(self, finding: Finding) -> None:
        widgets: dict[str, QWidget] = {
            **self.fields,
            "forsta_ar": self.first_year,
            "sista_ar": self.last_year,
            "status": self.status,
            "antagen_datum": self.adopted_date,
            "antagen_paragraf": self.paragraph,
        }
        widget = widgets.get(finding.field or "", self.fields["kommun"])
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        flash(widget)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text + ":")
        label.setBuddy(buddy)
        return label

    def on_changed(self, change: object) -> None:
        u = self.context.plan.uppgifter
        for name, edit in self.fields.items():
            if edit.text() != getattr(u, name):
                edit.setText(getattr(u, name))
        for spin, value in ((self.first_year, u.forsta_ar), (self.last_year, u.sista_ar)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.status.setCurrentIndex(self.status.findData(u.status.value if u.status else ""))
        self.adopted_date.setText(format_date(u.antagen_datum))
        self.paragraph.setText(u.antagen_paragraf)
        adopted = u.status is PlanStatus.ANTAGEN
        self.status_line.setText(u.status_text if adopted else "")

    def _typing(self, name: str, text: str) -> None:
        changes: dict[str, Any] = {name: text}
        draft = dataclasses.replace(self.context.plan.uppgifter, **changes)
        self.preview.emit(Section.UPPGIFTER.value, completeness.front_matter(draft))

    def _update(self, text: str, **fields: object) -> None:
        self.context.edit(text, seen.update(self.context.plan, ItemKind.PLAN, 1, fields))

    def flush(self) -> None:
        """Save a text field typed in but not yet left (before an undo, on close)."""
        for name in self.fields:
            self._save_text(name)
        self._save_paragraph()

    def _save_text(self, name: str) -> None:
        value = self.fields[name].text()
        if value != getattr(self.context.plan.uppgifter, name):
            label = next(label for field, label, _ in TEXT_FIELDS if field == name).replace("&", "")
            self._update(tr("Ändra {lower}").format(lower=label.lower()), **{name: value})

    def _save_period(self) -> None:
        u = self.context.plan.uppgifter
        first, last = self.first_year.value(), self.last_year.value()
        if (first, last) != (u.forsta_ar, u.sista_ar):
            self.context.edit(
                tr("Ändra planperiod"),
                partial(set_period, forsta_ar=first, sista_ar=last, seen=u.version or None),
            )

    def _save_status(self) -> None:
        data = self.status.currentData()
        status = PlanStatus(data) if data else None
        if status is self.context.plan.uppgifter.status:
            return
        if status is PlanStatus.ANTAGEN and not self.context.permissions.adopts:
            self.context.failed.emit(tr("Bara planens administratörer kan anta planen."))
            self.on_changed(None)  # back to the saved status
            return
        if status is PlanStatus.ANTAGEN:
            # Deferred for start-up time: the window opens without it; adopting is seldom done.
            from vplan_desktop.ui.adoption_dialogs import AdoptDialog

            AdoptDialog(self.context, self).exec()
            self.on_changed(None)  # back to the saved status if the dialog was cancelled
            return
        self._update(tr("Ändra status"), status=status)

    def _save_date(self) -> None:
        try:
            value = parse_date(self.adopted_date.text())
        except InputError as error:
            self.context.failed.emit(error.message)
            self.adopted_date.setText(format_date(self.context.plan.uppgifter.antagen_datum))
            return
        if value != self.context.plan.uppgifter.antagen_datum:
            self._update(tr("Ändra datum för antagande"), antagen_datum=value)

    def _save_paragraph(self) -> None:
        value = self.paragraph.text().strip().removeprefix("§").strip()
        if value != self.context.plan.uppgifter.antagen_paragraf:
            self._update(tr("Ändra paragraf"), antagen_paragraf=value)
