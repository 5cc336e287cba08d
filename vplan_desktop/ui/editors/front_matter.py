"""Uppgifter: the plan's front matter as a form. A field is saved when the user leaves it."""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from vplan_desktop import completeness
from vplan_desktop.domain import PlanStatus
from vplan_desktop.errors import InputError
from vplan_desktop.formatting import format_date, parse_date
from vplan_desktop.sections import SECTIONS, ItemKind, Part, Section
from vplan_desktop.services.plan import set_period
from vplan_desktop.ui import seen
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor, flash
from vplan_desktop.ui.editors.front_matter_form import HINT, TEXT_FIELDS, FrontMatterForm
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.undo_keys import PlanUndoKeys
from vplan_desktop.validation import Finding


class FrontMatterEditor(SectionEditor):
    title = SECTIONS[Section.UPPGIFTER].title
    parts = (Part.UPPGIFTER,)
    help_text = HINT

    preview = Signal(str, object)
    """(navigator key, Progress) while the user types, before the field is saved."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = FrontMatterForm()
        self.fields = self.form.fields
        for name, edit in self.fields.items():
            edit.editingFinished.connect(partial(self._save_text, name))
            edit.textEdited.connect(partial(self._typing, name))
        self.first_year, self.last_year = self.form.first_year, self.form.last_year
        for spin in (self.first_year, self.last_year):
            spin.editingFinished.connect(self._save_period)
        self.status = self.form.status
        self.status.activated.connect(self._save_status)
        self.adopted_date, self.paragraph = self.form.adopted_date, self.form.paragraph
        self.adopted_date.editingFinished.connect(self._save_date)
        self.paragraph.editingFinished.connect(self._save_paragraph)
        self.outer.addLayout(self.form.layout)
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

    def on_changed(self, change: object) -> None:
        u = self.context.plan.uppgifter
        adopted = u.status is PlanStatus.ANTAGEN
        self.form.show_values(
            {name: getattr(u, name) for name in self.fields},
            (u.forsta_ar, u.sista_ar),
            u.status.value if u.status else "",
            (format_date(u.antagen_datum), u.antagen_paragraf),
            u.status_text if adopted else "",
        )

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
