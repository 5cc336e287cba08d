"""The section navigator: the plan's parts in order, each with its completeness icon; while a
follow-up period is shown, only the sections a follow-up fills in, with the period's marks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from vplan_desktop import completeness
from vplan_desktop.colours import text_colour_on
from vplan_desktop.completeness import Progress, State
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.sections import BUDGET_SECTIONS, Section, chapter_of_key
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.section_icons import SectionIcons
from vplan_desktop.ui.section_tree import BUDGET_KEY, KEY_ROLE, SectionTree
from vplan_desktop.ui.style import ToneUse, tone
from vplan_desktop.validation import Finding, Readiness, Severity, readiness, readiness_by_section
from vplan_desktop.wording import count

MARK_EMPTY = tone("markTom", "#858585", "#9a9a9a", ToneUse.MARK)
MARK_BEGUN = tone("markPaborjad", "#a86b00", "#e0a040", ToneUse.MARK)
MARK_COMPLETE = tone("markKlar", "#2e7d32", "#66bb6a", ToneUse.MARK)
MARK_FEL = tone("markFel", "#c62828", "#ef5350", ToneUse.MARK)
MARK_VARNING = tone("markVarning", "#c77700", "#f0a030", ToneUse.MARK)
MARK_TIPS = tone("markTips", "#1565c0", "#64a8f0", ToneUse.MARK)
"""The marks' colours (light/dark pairs, ui/style.py); the sign on a filled mark is black or
white, whichever reads better on it. Each mark has its own shape too, and its words are in
the entry's tooltip and accessible description: the colour is never all that tells them
apart."""

STATE_WORDS = {
    State.EMPTY: QT_TR_NOOP("Ej påbörjad"),
    State.BEGUN: QT_TR_NOOP("Påbörjad"),
    State.COMPLETE: QT_TR_NOOP("Klar"),
}


def findings_words(fel: int, varningar: int) -> str:
    """A section's Fel and Varningar in words: "1 fel måste rättas, 2 varningar"."""
    parts = []
    if fel:
        parts.append(tr("{count} måste rättas").format(count=count(fel, "fel")))
    if varningar:
        parts.append(count(varningar, "varning"))
    return ", ".join(parts)


def _sign_pen(fill: QColor, width: float) -> QPen:
    pen = QPen(QColor(text_colour_on(fill.name())), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def severity_icon(severity: Severity) -> QIcon:
    """Fel: a red octagon with "×"; Varning: an orange triangle with "!"; Tips: a blue
    circle with "i"."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if severity is Severity.FEL:
        fill = QColor(MARK_FEL)
        painter.setBrush(fill)
        side = 10.8  # an octagon 26 px across: 26 / (1 + √2)
        corner = (26 - side) / 2
        points = [
            (3 + corner, 3), (3 + corner + side, 3), (29, 3 + corner), (29, 3 + corner + side),
            (3 + corner + side, 29), (3 + corner, 29), (3, 3 + corner + side), (3, 3 + corner),
        ]  # fmt: skip
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        painter.setPen(_sign_pen(fill, 3.5))
        painter.drawLine(QPointF(11, 11), QPointF(21, 21))
        painter.drawLine(QPointF(21, 11), QPointF(11, 21))
    elif severity is Severity.VARNING:
        fill = QColor(MARK_VARNING)
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(31, 29), QPointF(1, 29)]))
        painter.setPen(_sign_pen(fill, 3.5))
        painter.drawLine(QPointF(16, 11), QPointF(16, 19))
        painter.drawPoint(QPointF(16, 24.5))
    else:
        fill = QColor(MARK_TIPS)
        painter.setBrush(fill)
        painter.drawEllipse(3, 3, 26, 26)
        painter.setPen(_sign_pen(fill, 3.5))
        painter.drawPoint(QPointF(16, 10))
        painter.drawLine(QPointF(16, 15), QPointF(16, 23))
    painter.end()
    return QIcon(pixmap)


def state_icon(state: State) -> QIcon:
    """A small round mark: an empty grey ring (not begun), a half-filled ring (begun) or a
    green disc with a check (complete)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor({State.EMPTY: MARK_EMPTY, State.BEGUN: MARK_BEGUN}.get(state, MARK_COMPLETE))
    painter.setPen(QPen(colour, 3))
    if state is State.COMPLETE:
        painter.setBrush(colour)
    painter.drawEllipse(4, 4, 24, 24)
    if state is State.BEGUN:
        painter.setBrush(colour)
        painter.drawPie(4, 4, 24, 24, 90 * 16, 180 * 16)
    if state is State.COMPLETE:
        painter.setPen(_sign_pen(colour, 3.5))
        painter.drawPolyline(QPolygonF([QPointF(10, 17), QPointF(14, 21), QPointF(22, 11)]))
    painter.end()
    return QIcon(pixmap)


def _describe(item: QTreeWidgetItem, text: str) -> None:
    """The entry's state in words, for the mouse (tooltip) and a screen reader alike."""
    item.setToolTip(0, text)
    item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, text)


class Navigator(SectionTree):
    """Emits ``sectionChosen`` with a section key ("uppgifter", "kapitel:7", "drift", …)."""

    sectionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: dict[str, Progress] = {}
        self._findings: list[Finding] = []
        self._counts: dict[str, Readiness] = {}
        self._draw_marks()
        self.follow_up = False
        """The navigator lists a follow-up period's sections (``FOLLOW_UP_GROUPS``)."""
        self.currentItemChanged.connect(self._chosen)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark) draws the marks again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_marks()
            for item in self._items.values():
                self._mark(item, self._blank)
            for key in list(self._items):
                self._show(key)
            self._update_groups()

    def _draw_marks(self) -> None:
        """The marks and section icons in the current palette's colours."""
        self._icons = {state: state_icon(state) for state in State}
        self._severity = {severity: severity_icon(severity) for severity in Severity}
        self._sections = SectionIcons(self.palette())

    def rebuild(
        self,
        plan: PlanSnapshot,
        *,
        follow_up: bool | None = None,
        progress: dict[str, Progress] | None = None,
    ) -> None:
        """Lay out the entries for this plan (its chapters), keeping the current one; with
        ``follow_up``, a period's sections instead (None: as before). ``progress`` is their
        marks (the plan's own when not given)."""
        if follow_up is not None:
            self.follow_up = follow_up
        current = self.current_key()
        self.blockSignals(True)
        self.lay_out([(k.id, k.rubrik) for k in plan.kapitel], follow_up=self.follow_up)
        self._progress = {}  # every entry is new: each shows its mark again
        self.blockSignals(False)
        if progress is None:
            progress = {} if self.follow_up else completeness.sections(plan)
        self.update_progress(progress)
        if current and current in self._items:
            self.select(current, emit=False)

    def update_progress(self, progress: dict[str, Progress]) -> None:
        """Show the progress of the sections in ``progress``; the others keep theirs."""
        changed = [key for key in progress if self._progress.get(key) != progress[key]]
        if not changed:
            return  # an edit that leaves every mark as it was repaints none
        self._progress.update(progress)
        for key in changed:
            self._show(key)
        self._update_groups()

    def set_progress(self, key: str, progress: Progress) -> None:
        self._progress[key] = progress
        self._show(key)
        self._update_groups()

    def set_findings(self, findings: list[Finding]) -> None:
        """Sections with Fel or Varning show that instead of their fill-in state."""
        self._findings = findings
        self._counts = readiness_by_section(findings)
        for key in list(self._items):
            self._show(key)
        self._update_groups()

    def _show(self, key: str) -> None:
        item = self._items.get(key)
        progress = self._progress.get(key)
        if item is None or progress is None:
            return
        counts: Readiness | None = self._counts.get(key)
        tooltip = f"{item.text(0)}\n{progress.tooltip}"
        if counts and (counts.fel or counts.varningar):
            self._mark(item, self._severity[Severity.FEL if counts.fel else Severity.VARNING])
            messages = [f.message for f in self._findings if f.key == key][:3]
            tooltip = (
                f"{item.text(0)}\n{findings_words(counts.fel, counts.varningar)}\n"
                + "\n".join(f"• {m}" for m in messages)
            )
        else:
            self._mark(item, self._icons[progress.state])
        _describe(item, tooltip)

    def _update_groups(self) -> None:
        """A group shows its least finished part; Granskning shows the whole plan."""
        progress = self._progress
        groups: dict[str, list[str]] = {
            Section.KAPITEL: [k for k in progress if chapter_of_key(k) is not None],
            BUDGET_KEY: list(BUDGET_SECTIONS),
            Section.GRANSKNING: list(progress),
        }
        order = [State.EMPTY, State.BEGUN, State.COMPLETE]
        for group, keys in groups.items():
            item = self._items.get(group)
            states = [progress[k].state for k in keys if k in progress]
            if item is None or not states:
                continue
            if group == Section.GRANSKNING:
                summary = readiness(self._findings)
                if summary.fel or summary.varningar:
                    worst = Severity.FEL if summary.fel else Severity.VARNING
                    self._mark(item, self._severity[worst])
                    words = findings_words(summary.fel, summary.varningar)
                    _describe(
                        item,
                        tr("Granskning\n{text}\n{words}").format(text=summary.text, words=words),
                    )
                    continue
                state = State.COMPLETE if all(s is State.COMPLETE for s in states) else State.BEGUN
                _describe(item, tr("Granskning\n{text}").format(text=summary.text))
            else:
                counts = [self._counts[k] for k in keys if k in self._counts]
                if any(c.fel for c in counts) or any(c.varningar for c in counts):
                    worst = Severity.FEL if any(c.fel for c in counts) else Severity.VARNING
                    self._mark(item, self._severity[worst])
                    fel = sum(c.fel for c in counts)
                    varningar = sum(c.varningar for c in counts)
                    _describe(item, f"{item.text(0)}\n{findings_words(fel, varningar)}")
                    continue
                state = min(states, key=order.index)
                _describe(item, f"{item.text(0)}\n{tr(STATE_WORDS[state])}")
            self._mark(item, self._icons[state])

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item else None

    def _chosen(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, KEY_ROLE)
        first_child = current.child(0) if current.childCount() else None
        if first_child is not None:  # a group heading opens its first part
            key = first_child.data(0, KEY_ROLE)
        elif key == Section.KAPITEL:
            return
        self.sectionChosen.emit(key)
