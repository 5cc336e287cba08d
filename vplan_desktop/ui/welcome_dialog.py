"""The welcome shown the first time vplan starts: the sections, the markers, how to begin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.completeness import State
from vplan_desktop.ui.i18n import QT_TR_NOOP, tr
from vplan_desktop.ui.navigator import severity_icon, state_icon
from vplan_desktop.validation import Severity

INTRO = QT_TR_NOOP(
    "<h2>Välkommen till vplan</h2>"
    "<p>vplan hjälper dig skriva nämndens verksamhetsplan, avsnitt för avsnitt, och göra "
    "Word- och PDF-filen till nämnden. Allt sparas medan du skriver.</p>"
    "<p>Planen har de här avsnitten, i listan till vänster i fönstret: <b>Uppgifter</b> "
    "(nämnd, period, beslut), <b>Kapitel</b> (den löpande texten), <b>Mål och "
    "indikatorer</b>, <b>Aktiviteter</b>, <b>Budget</b>, <b>Internkontroll</b> och "
    "<b>Granskning</b>, som samlar allt som saknas eller är fel.</p>"
)

MARKERS_INTRO = QT_TR_NOOP(
    "<p><b>Markeringarna vid avsnitten.</b> En ny plan är röd nästan överallt – det betyder "
    "bara att inget är ifyllt ännu. Markeringen ändras när du fyller i avsnittet.</p>"
)


def markers() -> list[tuple[QIcon, str]]:
    """Each marker the navigator shows, drawn as it draws it, with what it means."""
    return [
        (state_icon(State.EMPTY), tr("<b>Grå tom ring</b> – ej påbörjad: inget ifyllt ännu.")),
        (state_icon(State.BEGUN), tr("<b>Halvfylld orange ring</b> – påbörjad: något saknas.")),
        (state_icon(State.COMPLETE), tr("<b>Grön bock</b> – klar.")),
        (
            severity_icon(Severity.FEL),
            tr(
                "<b>Röd åttahörning med ×</b> – fel som måste rättas innan planen går till nämnden."
            ),
        ),
        (
            severity_icon(Severity.VARNING),
            tr("<b>Orange triangel med !</b> – varning: bör ses över, men stoppar inte planen."),
        ),
        (
            severity_icon(Severity.TIPS),
            tr("<b>Blå ring med i</b> – tips i Granskning, inget krav."),
        ),
    ]


class WelcomeDialog(QDialog):
    """Explains vplan in one page; its buttons start a plan in one of three ways.

    ``new_plan``, ``from_last_year`` and ``import_word`` run after the dialog has closed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        new_plan: Callable[[], object],
        from_last_year: Callable[[], object],
        import_word: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Välkommen till vplan"))
        self.setObjectName("valkommen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        for text in (INTRO, MARKERS_INTRO):
            label = QLabel(tr(text))
            label.setWordWrap(True)
            layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for number, (icon, text) in enumerate(markers()):
            mark = QLabel()
            mark.setPixmap(icon.pixmap(QSize(18, 18)))
            grid.addWidget(mark, number, 0)
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, number, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        start = QLabel(
            tr(
                "<p><b>Börja här.</b> Välj hur du vill starta. Handboken finns alltid under "
                "<i>Hjälp → Handbok</i> (F1), och den här sidan under <i>Hjälp → Välkommen…</i> "
                "när du vill läsa den igen.</p>"
            )
        )
        start.setWordWrap(True)
        layout.addWidget(start)
        self.new_button = self._choice(
            tr("&Ny plan…"), tr("En tom plan med de vanliga kapitlen."), new_plan
        )
        self.rollover_button = self._choice(
            tr("Ny plan från &förra årets plan…"),
            tr(
                "Perioden flyttas fram ett år; texter, mål och budget följer med och "
                "markeras att granska."
            ),
            from_last_year,
        )
        self.word_button = self._choice(
            tr("Importera &Word-plan…"),
            tr("Läser in en plan som skrivits i Word: kapitel, mål och tabeller."),
            import_word,
        )
        choices = (self.new_button, self.rollover_button, self.word_button)
        # The three as wide as the widest text (at least 240), so that their notes line up.
        width = max(240, *(button.sizeHint().width() for button in choices))
        for button in choices:
            button.setMinimumWidth(width)
            row = QHBoxLayout()
            row.addWidget(button)
            note = QLabel(button.toolTip())
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            row.addWidget(note, 1)
            layout.addLayout(row)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton(tr("&Stäng"))
        self.close_button.clicked.connect(self.reject)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)
        self.resize(640, self.sizeHint().height())

    def _choice(self, text: str, tooltip: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: self._chosen(action))
        return button

    def _chosen(self, action: Callable[[], object]) -> None:
        self.accept()  # out of the way first: the action opens a dialog of its own
        action()
