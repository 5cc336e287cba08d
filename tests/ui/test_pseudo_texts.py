"""The pseudo-translation (vplan_desktop/ui/i18n.py, ``VPLAN_TRANS_SCALE``) makes every text
longer without breaking a shortcut's "&", a placeholder or the spaces around a text, and
lengthens Qt's own strings too; a count (``tr("%n rad(er)", None, n)``) is written in Swedish,
or in the form a translation gives for the number."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from vplan_desktop.ui.i18n import (
    CONTEXT,
    FILLER,
    PSEUDO_SCALE,
    PseudoTranslator,
    lengthen,
    swedish_translators,
    tr,
    trans_scale,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&Spara", "&Spara~~"),
        ("Spara &som…", "Spara~~ &som…~~"),
        ("Delår {name}: %1", "Delår~~ {name}:~~~ %1~"),
        ("  Planen  \nSlutdatum ", "  Planen~~~  \nSlutdatum~~~~ "),
        ("<b>Fet</b> text &amp; mer", "<b>Fet~~</b> text~~ &amp;~~ mer~~"),
        ("…", "…"),
        ("", ""),
    ],
)
def test_lengthen_adds_forty_percent_at_the_end_of_each_word(text: str, expected: str) -> None:
    assert lengthen(text, PSEUDO_SCALE) == expected
    assert lengthen(text, 100) == text


def test_lengthen_makes_a_text_at_least_forty_percent_longer() -> None:
    for text in ("OK", "Ta bort kapitel", "Förvaltningschef och nämndsekreterare", "2026"):
        longer = lengthen(text, PSEUDO_SCALE)
        assert longer.replace(FILLER, "") == text
        assert len(longer) >= 1.4 * len(text.replace(" ", "")) + text.count(" ")
        assert lengthen(text, PSEUDO_SCALE) == longer  # the same every time
        # No run of filler longer than its word: a long text still wraps at its spaces.
        assert all(len(word) <= 2 * len(word.rstrip(FILLER)) for word in longer.split())


def test_the_scale_is_read_from_the_environment(capsys: pytest.CaptureFixture[str]) -> None:
    assert trans_scale({}) == 100
    assert trans_scale({"VPLAN_TRANS_SCALE": "140"}) == 140
    assert trans_scale({"VPLAN_TRANS_SCALE": "fyrtio"}) == 100
    assert "VPLAN_TRANS_SCALE ska vara ett heltal" in capsys.readouterr().err


def test_the_pseudo_translator_lengthens_vplans_and_qts_strings(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert tr("&Spara") == "&Spara"  # without the pseudo-translation: the Swedish source
    pseudo = PseudoTranslator(PSEUDO_SCALE, swedish_translators(app), app)
    app.installTranslator(pseudo)
    try:
        button = QPushButton(tr("&Spara"))
        qtbot.addWidget(button)
        assert button.text() == "&Spara~~"
        assert QCoreApplication.translate(CONTEXT, "Antal: %n", None, 3) == "Antal:~~~ 3~"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [b.text() for b in box.buttons()] == ["Avbryt~~~"]  # Qt's Swedish, lengthened
        # Qt parses its "Ctrl": a shortcut keeps working.
        assert QKeySequence("Ctrl+S") == QKeySequence(QKeySequence.StandardKey.Save)
    finally:
        app.removeTranslator(pseudo)
    assert tr("&Spara") == "&Spara"


class _English(QTranslator):
    """A translation with numerus forms, as Qt Linguist writes them for "%n rad(er)"."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source == "%n rad(er)":
            return "%n row" if n == 1 else "%n rows"
        return None


def test_a_count_is_written_in_swedish_and_a_translation_chooses_its_own_form(
    qtbot: QtBot,
) -> None:
    assert [tr("%n rad(er)", None, n) for n in (0, 1, 2)] == ["0 rader", "1 rad", "2 rader"]
    assert [tr("%n värde(n)", None, n) for n in (1, 3)] == ["1 värde", "3 värden"]
    assert tr("%n tecken", None, 12345) == "12\N{NO-BREAK SPACE}345 tecken"  # as format_number
    assert tr("mål för %n år", None, 1) == "mål för 1 år"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = _English(app)
    app.installTranslator(english)
    try:
        assert [tr("%n rad(er)", None, n) for n in (1, 1234)] == [
            "1 row",
            "1\N{NO-BREAK SPACE}234 rows",
        ]
    finally:
        app.removeTranslator(english)
    pseudo = PseudoTranslator(PSEUDO_SCALE, swedish_translators(app), app)
    app.installTranslator(pseudo)
    try:  # the Swedish form, lengthened
        assert [tr("%n rad(er)", None, n) for n in (1, 2)] == ["1~ rad~~", "2~ rader~~"]
    finally:
        app.removeTranslator(pseudo)
