"""Which editor a section shows while a follow-up period is shown, found by module and class.

The follow-up editors are imported the first time a period is shown (they cost start-up time
and a plan is mostly written before it is followed up). A section whose editor cannot be
found shows a page saying so instead of failing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from vplan_desktop.sections import SECTIONS, Section
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.i18n import tr

EditorFactory = Callable[[PlanContext], SectionEditor]

_EDITORS = "vplan_desktop.ui.editors"

FOLLOW_UP_EDITORS: dict[Section, tuple[str, str] | EditorFactory] = {
    Section.MAL: (f"{_EDITORS}.follow_up_goals", "FollowUpGoalsEditor"),
    Section.AKTIVITETER: (f"{_EDITORS}.follow_up_activities", "FollowUpActivitiesEditor"),
    Section.DRIFT: (f"{_EDITORS}.follow_up_budget", "FollowUpDriftEditor"),
    Section.RESULTAT: (f"{_EDITORS}.follow_up_budget", "FollowUpResultatEditor"),
    Section.INVESTERINGAR: (f"{_EDITORS}.follow_up_budget", "FollowUpInvesteringEditor"),
    Section.INTERNKONTROLL: (f"{_EDITORS}.follow_up_controls", "FollowUpControlsEditor"),
}
"""The plan's sections that a period shows in an editor of its own: (module, class), or a
factory (a test registers a stand-in). Uppföljning's own editor serves both the plan and a
period, so it is not here."""


class MissingFollowUpEditor(SectionEditor):
    """What a section shows in a period when its follow-up editor is not part of this vplan."""

    def __init__(self, context: PlanContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.heading.setText(f"<h2>{SECTIONS[section].title}</h2>")
        note = QLabel(
            tr(
                "Uppföljningen av {section} kan inte visas i den här versionen "
                "av vplan. Välj ”Planen” under Visa för att se planens "
                "innehåll."
            ).format(section=SECTIONS[section].title.lower())
        )
        note.setWordWrap(True)
        self.outer.addWidget(note)
        self.outer.addStretch(1)


def follow_up_editor(section: Section, context: PlanContext) -> SectionEditor:
    """The editor ``section`` shows while a period is shown, built now."""
    found = FOLLOW_UP_EDITORS[section]
    if callable(found):
        return found(context)
    module_name, class_name = found
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the module is there but something it needs is not: a real defect
        return MissingFollowUpEditor(context, section)
    factory: EditorFactory | None = getattr(module, class_name, None)
    return MissingFollowUpEditor(context, section) if factory is None else factory(context)
