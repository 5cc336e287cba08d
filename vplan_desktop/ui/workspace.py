"""The open plan: navigator on the left, the section's editor on the right, Föregående/Nästa
below, and a message line for anything that was refused.

Over it the period bar chooses what is shown: the plan, or one of its follow-up periods. In a
period the navigator lists only the sections a follow-up fills in, and each of them shows its
follow-up editor (``follow_up_pages``) instead of the plan's.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop import completeness
from vplan_desktop.sections import (
    BUDGET_SECTIONS,
    FOLLOW_UP_SECTIONS,
    Section,
    chapter_key,
    chapter_of_key,
    section_of_key,
)
from vplan_desktop.services.changes import Change
from vplan_desktop.ui.change_place import place_of
from vplan_desktop.ui.checker import Checker
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.editors.front_matter import FrontMatterEditor
from vplan_desktop.ui.follow_up_pages import FOLLOW_UP_EDITORS, follow_up_editor
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.navigator import Navigator
from vplan_desktop.ui.period_selector import PeriodBar
from vplan_desktop.ui.plan_session import rights_text
from vplan_desktop.ui.read_only import view_only
from vplan_desktop.ui.review import ReviewPage
from vplan_desktop.ui.rights_view import Lock, apply_lock, section_lock
from vplan_desktop.ui.section_tree import BUDGET_KEY
from vplan_desktop.ui.settings import navigator_hidden, remember_navigator_hidden
from vplan_desktop.ui.steps_bar import StepsBar, show_navigator_shown, show_step
from vplan_desktop.validation import Finding, validate, validate_follow_up

MESSAGE_MS = 10_000


def _later_editor(section: Section, context: PlanContext) -> SectionEditor:
    """The editor of a section built the first time it is opened (a large plan opens quicker)."""
    # deferred: these editors' modules cost ~45 ms at start-up; the first screen shows none
    from vplan_desktop.ui.editors.activities import ActivitiesEditor
    from vplan_desktop.ui.editors.budget_grid import (
        DriftbudgetEditor,
        InvesteringEditor,
        ResultatEditor,
    )
    from vplan_desktop.ui.editors.follow_up import FollowUpEditor
    from vplan_desktop.ui.editors.goals import GoalsEditor
    from vplan_desktop.ui.editors.internal_control import InternalControlEditor
    from vplan_desktop.ui.editors.key_figures import NyckeltalEditor

    later: dict[Section, Callable[[PlanContext], SectionEditor]] = {
        Section.MAL: GoalsEditor,
        Section.AKTIVITETER: ActivitiesEditor,
        Section.DRIFT: DriftbudgetEditor,
        Section.RESULTAT: ResultatEditor,
        Section.INVESTERINGAR: InvesteringEditor,
        Section.NYCKELTAL: NyckeltalEditor,
        Section.INTERNKONTROLL: InternalControlEditor,
        Section.UPPFOLJNING: FollowUpEditor,
    }
    return later[section](context)


SHOWN_IN_PERIOD = frozenset({*FOLLOW_UP_SECTIONS, Section.GRANSKNING})
"""The sections the navigator lists while a follow-up period is shown."""


def follow_up_progress(context: PlanContext) -> dict[str, completeness.Progress]:
    """The navigator's marks for the period shown, per section; none where vplan cannot
    work them out."""
    period = context.period
    if period is None:
        return {}
    try:
        # Deferred: read only once a period is shown (and absent from an older vplan).
        from vplan_desktop.follow_up_progress import follow_up_sections
    except ModuleNotFoundError as error:
        if error.name != "vplan_desktop.follow_up_progress":
            raise
        return {}
    return follow_up_sections(context.plan, period)


class _Editors(dict[Section, SectionEditor]):
    """The workspace's section editors by section; the others (``_later_editor``) appear when asked
    for. ``values()`` gives only the editors built so far."""

    def __init__(self, workspace: PlanWorkspace) -> None:
        super().__init__()
        self.workspace = workspace

    def __missing__(self, key: Section) -> SectionEditor:
        editor = _later_editor(key, self.workspace.context)
        self[key] = editor
        self.workspace.stack.addWidget(editor)
        self.workspace.lock(editor, section_lock(self.workspace.context, key))
        return editor


class PlanWorkspace(QWidget):
    sectionShown = Signal(str)
    navigatorToggled = Signal(bool)
    """The section list was shown (True) or hidden (False)."""
    reopenRequested = Signal()
    """The user asked to open an adopted plan for edits."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._locked: dict[int, Lock] = {}
        """Per editor (its id): whether it was last made read-only."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The message lies over the top of the workspace instead of taking a place in the
        # layout: showing it must not push the window down under the user's cursor (and an
        # open cell editor moved away from its cell).
        self.message = QLabel(self)
        self.message.setObjectName("meddelande")
        self.message.setWordWrap(True)
        self.message.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)
        self.period_bar = PeriodBar(context)
        layout.addWidget(self.period_bar)
        self.banners = QVBoxLayout()
        self.banners.setSpacing(0)
        layout.addLayout(self.banners)
        self.locked_bar = QWidget()
        self.locked_bar.setObjectName("last")
        self.locked_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        locked_layout = QHBoxLayout(self.locked_bar)
        locked_layout.setContentsMargins(10, 6, 10, 6)
        self.locked_text = QLabel()
        self.locked_text.setWordWrap(True)
        locked_layout.addWidget(self.locked_text, 1)
        self.reopen_button = view_only(QPushButton(tr("Öppna för ä&ndringar…")))
        self.reopen_button.clicked.connect(self.reopenRequested)
        locked_layout.addWidget(self.reopen_button)
        self.locked_bar.hide()
        self.banners.addWidget(self.locked_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("huvudSplitter")
        self.navigator = Navigator()
        self.navigator.setMinimumWidth(220)
        self.splitter.addWidget(self.navigator)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        right_layout.addWidget(self.stack, 1)
        steps = StepsBar()
        self.navigator_button = steps.navigator_button
        self.navigator_button.clicked.connect(self.toggle_navigator)
        self.previous_button, self.next_button = steps.previous_button, steps.next_button
        self.step_label = steps.step_label
        right_layout.addLayout(steps.layout)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1000])
        self.splitter.setCollapsible(1, False)
        layout.addWidget(self.splitter, 1)
        self.set_navigator_shown(not navigator_hidden(), remember=False)

        self.front_matter = FrontMatterEditor(context)
        self.chapter = ChapterEditor(context)
        self.editors = _Editors(self)
        self.editors.update({Section.UPPGIFTER: self.front_matter, Section.KAPITEL: self.chapter})
        self.follow_up_editors: dict[Section, SectionEditor] = {}
        """The sections' editors in a follow-up period, built the first time they are shown."""
        self._plan_key = ""
        """The section open in the plan when a period was chosen (to go back to)."""
        self._landed: str | None = None
        """The section a period was opened at, while the user stays on it."""
        self._made_in: dict[int, tuple[QUndoCommand, int | None]] = {}
        """Per undo step (by its command's id): the period shown when it was made, None for
        the plan; undo and redo show that again, so nothing changes out of sight."""
        self.navigator.rebuild(context.plan)
        self.review = ReviewPage(context)
        self.editors[Section.GRANSKNING] = self.review
        for editor in self.editors.values():
            self.stack.addWidget(editor)

        self.navigator.sectionChosen.connect(self.show_section)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.front_matter.preview.connect(self._preview)
        self.chapter.preview.connect(self._preview)
        self.chapter.chapter_added.connect(
            lambda chapter_id: self.show_section(chapter_key(chapter_id))
        )
        self.review.go_to.connect(self.go_to)
        self.checker = Checker(context)
        self.checker.findingsReady.connect(self._findings)
        self.checker.run_soon()
        self._progress_plan = context.plan
        """The snapshot the navigator's progress marks were last worked out from."""
        context.changed.connect(self._plan_changed)
        context.revisited.connect(self.show_change)
        context.failed.connect(self.show_message)
        context.period_changed.connect(self._period_changed)
        context.offline_changed.connect(self._apply_read_only)
        self.current = ""
        self._apply_read_only()
        self.show_section(Section.UPPGIFTER)

    def navigator_shown(self) -> bool:
        """False when the section list is hidden, or dragged shut with the splitter."""
        return not self.navigator.isHidden() and self.splitter.sizes()[0] > 0

    def toggle_navigator(self) -> None:
        """Hide the section list to give the tables its width, or show it again."""
        self.set_navigator_shown(not self.navigator_shown())

    def set_navigator_shown(self, shown: bool, remember: bool = True) -> None:
        self.navigator.setVisible(shown)
        if shown and self.splitter.sizes()[0] == 0:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([270, max(total - 270, 1)])
        show_navigator_shown(self.navigator_button, shown)
        if remember:
            remember_navigator_hidden(not shown)
        self.navigatorToggled.emit(shown)

    def _preview(self, key: str, progress: completeness.Progress) -> None:
        self.navigator.set_progress(key, progress)

    def _apply_read_only(self) -> None:
        """Show why the plan cannot be edited, and make every editor read-only (or not): the
        plan's editors with the plan, the follow-up pages with the period shown (an adopted
        plan's follow-ups stay writable; a reported period is locked)."""
        read_only = self.context.read_only and not self.context.offline  # its own bar
        u = self.context.plan.uppgifter
        in_period = self.context.period_id is not None
        rights = rights_text(self.context.permissions)
        if self.context.session.read_only:
            self.locked_text.setText(
                f"<b>{html.escape(rights)}.</b>"
                if rights
                else tr(
                    "<b>Skrivskyddad.</b> ”{name}” är öppnad för läsning; "
                    "ändringar kan inte göras här."
                ).format(name=self.context.session.plan.name)
            )
            self.reopen_button.hide()
        elif read_only and not in_period:
            self.locked_text.setText(
                tr(
                    "<b>{status_text}.</b> Planen är låst för ändringar. Behöver "
                    "den ändras ändå, öppna den för ändringar och ange varför. "
                    "Planens uppföljningar kan fortfarande skrivas."
                ).format(status_text=u.status_text)
            )
            self.reopen_button.setVisible(self.context.permissions.adopts)
        elif rights:  # a redaktör for some verksamheter
            self.locked_text.setText(f"<b>{html.escape(rights)}.</b>")
            self.reopen_button.hide()
        self.locked_bar.setVisible(
            self.context.session.read_only or (read_only and not in_period) or bool(rights)
        )
        for section, editor in list(self.editors.items()):
            self.lock(editor, section_lock(self.context, section))
        for section, editor in self.follow_up_editors.items():
            self.lock(editor, section_lock(self.context, section, follow_up=True))

    def lock(self, editor: SectionEditor, lock: Lock) -> None:
        """Make ``editor`` read-only, writable again, or writable only where the user's right
        for some verksamheter allows (``rights_view``)."""
        was = self._locked.get(id(editor), Lock.OPEN)
        self._locked[id(editor)] = lock
        if lock is not Lock.OPEN:
            apply_lock(editor, lock)  # also when it was: it may have shown a button since
        if lock.value < was.value:
            if lock is Lock.OPEN:
                apply_lock(editor, lock)
            editor.on_changed(None)  # it shows its own buttons as it wants them again
            if lock is Lock.LIMITED:
                apply_lock(editor, lock)

    def _plan_changed(self, change: object) -> None:
        before, self._progress_plan = self._progress_plan, self.context.plan
        self._apply_read_only()
        if isinstance(change, Change):
            self._remember_where(change)
        if self.context.period_id is not None:
            self.navigator.update_progress(follow_up_progress(self.context))
            return
        if change is not None and before.kapitel is self.context.plan.kapitel:
            # No chapter came, went or was renamed: only the progress marks may differ.
            self.navigator.update_progress(completeness.sections(self.context.plan, since=before))
            return
        chapter_keys = [chapter_key(k.id) for k in self.context.plan.kapitel]
        titles = self.navigator.titles()
        if [k for k in titles if chapter_of_key(k) is not None] != chapter_keys or any(
            titles.get(chapter_key(k.id)) != k.rubrik for k in self.context.plan.kapitel
        ):
            self.navigator.rebuild(self.context.plan)
            self.navigator.set_findings(self.checker.findings)
            if chapter_of_key(self.current) is not None and self.current not in chapter_keys:
                self.show_section(chapter_keys[0] if chapter_keys else Section.UPPGIFTER)
            else:
                self._update_steps()  # a chapter came or went: "Avsnitt 3 av 14" changes too
        else:
            self.navigator.update_progress(
                completeness.sections(self.context.plan, since=None if change is None else before)
            )

    def check_now(self) -> None:
        """Run the checks on this thread and show the result (for a screenshot, say): the
        shown period's, or the plan's."""
        period = self.context.period
        plan = self.context.plan
        self._findings(validate(plan) if period is None else validate_follow_up(plan, period))

    def _findings(self, findings: list[Finding]) -> None:
        self.navigator.set_findings(findings)
        self.review.show_findings(findings)

    def go_to(self, target: Finding | str) -> None:
        """Open a section, or the place a finding points at."""
        if isinstance(target, str):
            self.show_section(target)
            return
        self.show_section(target.key)
        self.editor_for(target.key).focus_finding(target)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._place_message()
        self.message.show()
        self.message.raise_()
        self._message_timer.start(MESSAGE_MS)

    def _place_message(self) -> None:
        width = self.width()
        self.message.setGeometry(0, 0, width, self.message.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_message()

    def editor_for(self, key: str) -> SectionEditor:
        """The editor that shows ``key`` now: in a period, its follow-up editor."""
        section = section_of_key(key)
        if self.context.period_id is None or section not in FOLLOW_UP_EDITORS:
            return self.editors[section]
        editor = self.follow_up_editors.get(section)
        if editor is None:
            editor = follow_up_editor(section, self.context)
            self.follow_up_editors[section] = editor
            self.stack.addWidget(editor)
            self.lock(editor, section_lock(self.context, section, follow_up=True))
        return editor

    def _period_changed(self, period_id: object) -> None:
        """The plan or another period is shown: the navigator lists what it holds, and each
        follow-up section swaps its page; the section open stays where it can."""
        if isinstance(editor := self.stack.currentWidget(), SectionEditor):
            editor.flush()  # typed text belongs where it was typed
        key = self.current
        was_period = self.navigator.follow_up
        in_period = period_id is not None
        if in_period and not was_period:
            self._plan_key = key
        self.navigator.rebuild(
            self.context.plan,
            follow_up=in_period,
            progress=follow_up_progress(self.context) if in_period else None,
        )
        self.navigator.set_findings(self.checker.findings)
        if in_period:
            if section_of_key(key) not in SHOWN_IN_PERIOD:
                key = Section.UPPFOLJNING.value
                self._landed = key
            elif not was_period:
                self._landed = None
            for follow_up in self.follow_up_editors.values():
                follow_up.on_changed(None)  # it shows the period chosen
        elif self._landed is not None and key == self._landed and self._plan_key:
            key = self._plan_key
            chapter = chapter_of_key(key)
            if chapter is not None and all(k.id != chapter for k in self.context.plan.kapitel):
                key = Section.KAPITEL.value  # the chapter went meanwhile (an undo): the first
        self._apply_read_only()
        landed = self._landed
        self.show_section(key)
        self._landed = landed if in_period else None

    def show_section(self, key: str) -> None:
        """Open a section by its key ("uppgifter", "kapitel:7", "mal", "drift", …)."""
        key = str(key)  # a Section is its own key; kept as a plain string
        if key == Section.KAPITEL:
            chapters = self.context.plan.kapitel
            key = chapter_key(chapters[0].id) if chapters else Section.UPPGIFTER.value
        if key == BUDGET_KEY:
            key = BUDGET_SECTIONS[0].value
        if self.context.period_id is not None and section_of_key(key) not in SHOWN_IN_PERIOD:
            # The plan's own sections are not part of a follow-up: show them in the plan.
            self._landed = None
            self.context.set_period(None)
        if key != self._landed:
            self._landed = None  # the user went on: switching back to the plan stays here
        current_editor = self.stack.currentWidget()
        if isinstance(current_editor, SectionEditor):
            current_editor.flush()
        editor = self.editor_for(key)
        if (chapter := chapter_of_key(key)) is not None:
            editor.show_item(chapter)
        self.stack.setCurrentWidget(editor)
        self._steps_last()
        self.current = key
        if editor is self.review:  # the findings are wanted now, not after the start-up delay
            self.checker.run_if_pending()
        self.period_bar.set_reopen_here(section_of_key(key) is not Section.UPPFOLJNING)
        self.navigator.select(key, emit=False)
        self._update_steps()
        self.sectionShown.emit(key)

    def _steps_last(self) -> None:
        """Tab goes from the section list into the section shown, then to the buttons under
        it. Editors are made when first shown, after the buttons, and Qt puts a new widget at
        the end of the window's focus chain: the buttons are moved back behind them."""
        last = self.window().previousInFocusChain()
        while last is not None and last.focusPolicy() == Qt.FocusPolicy.NoFocus:
            last = last.previousInFocusChain()  # (Qt orders only focusable widgets)
        if last is None or last is self.next_button:
            return
        for button in (self.navigator_button, self.previous_button, self.next_button):
            QWidget.setTabOrder(last, button)
            last = button

    def _update_steps(self) -> None:
        """Föregående/Nästa and "Avsnitt 3 av 14" for the section shown."""
        keys = self.navigator.leaf_keys()
        position = keys.index(self.current) if self.current in keys else 0
        show_step(self.previous_button, self.next_button, self.step_label, position, len(keys))

    def show_change(self, change: Change) -> None:
        """Open the section an undo or redo changed and select the item it changed there."""
        step = self._step_of(change)
        made = self._made_in.get(id(step)) if step is not None else None
        if made is not None and made[0] is step:
            self.context.set_period(made[1])  # the plan, or the period it was made in
        place = place_of(change, self.context.plan, self.current)
        self.show_section(place.key)
        if not self.editor_for(place.key).show_change(place):
            # Not a text field: one would take the next Ctrl+Z for its own undo.
            self.navigator.setFocus()

    def _step_of(self, change: Change) -> QUndoCommand | None:
        """The undo step that made ``change`` (just pushed, or being undone or redone)."""
        stack = self.context.undo_stack
        for index in (stack.index() - 1, stack.index()):
            command = stack.command(index) if 0 <= index < stack.count() else None
            if command is not None and getattr(command, "change", None) is change:
                return command
        return None

    def _remember_where(self, change: Change) -> None:
        """Keep the period shown when an undo step is first seen (an edit just made)."""
        step = self._step_of(change)
        if step is None or id(step) in self._made_in:
            return
        stack = self.context.undo_stack
        if len(self._made_in) > 2 * stack.count() + 16:  # steps dropped from the stack
            alive = {id(stack.command(i)) for i in range(stack.count())}
            self._made_in = {k: v for k, v in self._made_in.items() if k in alive}
        self._made_in[id(step)] = (step, self.context.period_id)

    def step(self, direction: int) -> None:
        keys = self.navigator.leaf_keys()
        if self.current in keys:
            position = keys.index(self.current) + direction
            if 0 <= position < len(keys):
                self.show_section(keys[position])
                if (editor := self.stack.currentWidget()) is not None:
                    editor.setFocus()

    def flush(self) -> None:
        """Save anything typed but not yet saved (the chapter text, a form's field)."""
        for editor in [*self.editors.values(), *self.follow_up_editors.values()]:
            editor.flush()
