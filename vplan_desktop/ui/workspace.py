"""The open plan: navigator on the left, the section's editor on the right, Föregående/Nästa
below, and a message line for anything that was refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
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
from vplan_desktop.ui.models.table import WARNING_RED
from vplan_desktop.ui.navigator import BUDGET_KEY, Navigator
from vplan_desktop.ui.read_only import set_read_only, view_only
from vplan_desktop.ui.review import ReviewPage
from vplan_desktop.ui.settings import navigator_hidden, remember_navigator_hidden
from vplan_desktop.validation import Finding, validate

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
    }
    return later[section](context)


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
        if self.workspace._read_only:
            set_read_only(editor, True)
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
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The message lies over the top of the workspace instead of taking a place in the
        # layout: showing it must not push the window down under the user's cursor (and an
        # open cell editor moved away from its cell).
        self.message = QLabel(self)
        self.message.setObjectName("meddelande")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            f"QLabel {{ background: #fdecea; color: {WARNING_RED.name()}; padding: 6px 10px; "
            "border-bottom: 1px solid #e3b6b1; }"
        )
        self.message.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)
        self.banners = QVBoxLayout()
        self.banners.setSpacing(0)
        layout.addLayout(self.banners)
        self.locked_bar = QWidget()
        self.locked_bar.setObjectName("last")
        self.locked_bar.setStyleSheet(
            "#last { background: #e8f0fe; border-bottom: 1px solid #9bb8e8; }"
        )
        locked_layout = QHBoxLayout(self.locked_bar)
        locked_layout.setContentsMargins(10, 6, 10, 6)
        self.locked_text = QLabel()
        self.locked_text.setWordWrap(True)
        locked_layout.addWidget(self.locked_text, 1)
        self.reopen_button = view_only(QPushButton("Öppna för ä&ndringar…"))
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
        steps = QHBoxLayout()
        steps.setContentsMargins(16, 4, 16, 8)
        self.navigator_button = QPushButton()
        self.navigator_button.setObjectName("visaAvsnittslistan")
        self.navigator_button.clicked.connect(self.toggle_navigator)
        steps.addWidget(self.navigator_button)
        self.previous_button = QPushButton("◀ Föregående")
        self.previous_button.setToolTip("Föregående avsnitt (Ctrl+Page Up)")
        self.next_button = QPushButton("Nästa ▶")
        self.next_button.setToolTip("Nästa avsnitt (Ctrl+Page Down)")
        self.step_label = QLabel()
        steps.addWidget(self.previous_button)
        steps.addStretch(1)
        steps.addWidget(self.step_label)
        steps.addStretch(1)
        steps.addWidget(self.next_button)
        right_layout.addLayout(steps)
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
        self.checker.run()
        self._progress_plan = context.plan
        """The snapshot the navigator's progress marks were last worked out from."""
        context.changed.connect(self._plan_changed)
        context.revisited.connect(self.show_change)
        context.failed.connect(self.show_message)
        self.current = ""
        self._read_only = False
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
        self.navigator_button.setText("◧ Dölj avsnitten" if shown else "☰ Visa avsnitten")
        self.navigator_button.setToolTip(
            ("Dölj" if shown else "Visa") + " listan med avsnitt (Ctrl+0)"
        )
        if remember:
            remember_navigator_hidden(not shown)
        self.navigatorToggled.emit(shown)

    def _preview(self, key: str, progress: completeness.Progress) -> None:
        self.navigator.set_progress(key, progress)

    def _apply_read_only(self) -> None:
        """Show why the plan cannot be edited, and make every editor read-only (or not)."""
        read_only = self.context.read_only
        u = self.context.plan.uppgifter
        if self.context.session.read_only:
            self.locked_text.setText(
                f"<b>Skrivskyddad.</b> ”{self.context.session.plan.name}” är öppnad för läsning; "
                "ändringar kan inte göras här."
            )
            self.reopen_button.hide()
        elif read_only:
            self.locked_text.setText(
                f"<b>{u.status_text}.</b> Planen är låst för ändringar. Behöver den ändras "
                "ändå, öppna den för ändringar och ange varför."
            )
            self.reopen_button.show()
        self.locked_bar.setVisible(read_only)
        if read_only != self._read_only:
            self._read_only = read_only
            set_read_only(self.stack, read_only)
            if not read_only:  # let each editor show its own buttons as it wants them again
                for editor in self.editors.values():
                    editor.on_changed(None)
        elif read_only:
            set_read_only(self.stack, True)  # editors may have shown a button on the change

    def _plan_changed(self, change: object) -> None:
        before, self._progress_plan = self._progress_plan, self.context.plan
        self._apply_read_only()
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
        """Run the checks on this thread and show the result (for a screenshot, say)."""
        self._findings(validate(self.context.plan))

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
        return self.editors[section_of_key(key)]

    def show_section(self, key: str) -> None:
        """Open a section by its key ("uppgifter", "kapitel:7", "mal", "drift", …)."""
        key = str(key)  # a Section is its own key; kept as a plain string
        if key == Section.KAPITEL:
            chapters = self.context.plan.kapitel
            key = chapter_key(chapters[0].id) if chapters else Section.UPPGIFTER.value
        if key == BUDGET_KEY:
            key = BUDGET_SECTIONS[0].value
        current_editor = self.stack.currentWidget()
        if isinstance(current_editor, SectionEditor):
            current_editor.flush()
        editor = self.editor_for(key)
        if (chapter := chapter_of_key(key)) is not None:
            editor.show_item(chapter)
        self.stack.setCurrentWidget(editor)
        self.current = key
        self.navigator.select(key, emit=False)
        self._update_steps()
        self.sectionShown.emit(key)

    def _update_steps(self) -> None:
        """Föregående/Nästa and "Avsnitt 3 av 14" for the section shown."""
        keys = self.navigator.leaf_keys()
        position = keys.index(self.current) if self.current in keys else 0
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(keys) - 1)
        self.step_label.setText(f"Avsnitt {position + 1} av {len(keys)}")

    def show_change(self, change: Change) -> None:
        """Open the section an undo or redo changed and select the item it changed there."""
        place = place_of(change, self.context.plan, self.current)
        self.show_section(place.key)
        if not self.editor_for(place.key).show_change(place):
            # Not a text field: one would take the next Ctrl+Z for its own undo.
            self.navigator.setFocus()

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
        for editor in list(self.editors.values()):
            editor.flush()
