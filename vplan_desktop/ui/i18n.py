"""vplan's translatable text: ``tr`` is the one way the UI turns a Swedish string into what it
shows, so Qt Linguist can translate it, and a pseudo-translation makes every string longer to
show where a layout would clip a longer translation or a larger font.

The pseudo-translation is switched on by ``VPLAN_TRANS_SCALE`` (a percentage, as Vorta's
``TRANS_SCALE``): ``VPLAN_TRANS_SCALE=140 vplan`` shows each string 40 % longer, the filler
``~`` added to the end of each word, so the "&" of a shortcut, the ``{}``/``%1`` of a
placeholder, the spaces (where a line can wrap) and the HTML tags stay as they were.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

CONTEXT = ""
"""The Linguist context of vplan's own strings: the one ``pyside6-lupdate`` gives a bare
``tr("…")`` and a ``QT_TR_NOOP("…")`` outside a class, so what it extracts is what ``tr``
looks up."""

SCALE_VARIABLE = "VPLAN_TRANS_SCALE"
PSEUDO_SCALE = 140
"""The percentage the pseudo-translation test uses: German and Finnish run about 30–40 %
longer than Swedish."""

FILLER = "~"

QT_PARSED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
"""Qt's contexts whose translations Qt parses as well as shows ("Ctrl" in "Ctrl+S"): a longer
one would break the shortcuts, so the pseudo-translation leaves them alone."""

_TAG = re.compile(r"(<[^>]*>)")
_WORD = re.compile(r"\S+")
_ENDING = re.compile(r"(\w)\((\w+)\)")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` as the installed translation has it (the Swedish source when there is none).

    With a count ``n`` (``tr("%n rad(er)", None, n)``, as Qt Linguist reads a text with
    numerus forms): the translation's form for the number, else the Swedish source with its
    bracketed endings dropped for 1 and kept for any other number ("1 rad", "2 rader"); ``%n``
    is written the Swedish way ("1 234")."""
    if n < 0:
        return QCoreApplication.translate(CONTEXT, text, disambiguation)
    found = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if found == text.replace("%n", str(n)):  # no translation: the Swedish source
        found = numerus(text, n).replace("%n", str(n))
    # Deferred, measured: 2 ms of the window's first frame, which counts nothing.
    from vplan_desktop.formatting import format_number

    return re.sub(rf"(?<!\d){n}(?!\d)", format_number(n), found, count=1)


def numerus(text: str, n: int) -> str:
    """The Swedish form of ``text`` for ``n``: each ending in brackets ("rad(er)", "värde(n)")
    dropped for 1 and kept, without its brackets, for any other number."""
    return _ENDING.sub(lambda m: m[1] + ("" if n == 1 else m[2]), text)


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation where it is defined (a table of column names); the code
    that shows it calls ``tr`` on it. Named as Qt names it, so ``pyside6-lupdate`` finds it."""
    return text


def lengthen(text: str, scale: int) -> str:
    """``text`` ``scale`` percent as long: filler added to the end of each word that holds a
    letter or a digit (in rich text, of the text between the tags)."""
    if scale <= 100 or not text:
        return text
    if text.lstrip().startswith("<") and _TAG.search(text):
        return "".join(
            part if part.startswith("<") else _lengthen_words(part, scale)
            for part in _TAG.split(text)
        )
    return _lengthen_words(text, scale)


def _lengthen_words(text: str, scale: int) -> str:
    """Each word of ``text`` (a run without spaces that holds a letter or a digit) lengthened
    at its end: the text keeps the places it can wrap, as a longer translation would."""
    return _WORD.sub(lambda word: _lengthen_word(word.group(), scale), text)


def _lengthen_word(word: str, scale: int) -> str:
    if not any(char.isalnum() for char in word):
        return word
    extra = math.ceil(len(word.replace("&&", "&").replace("&", "")) * (scale - 100) / 100)
    return word + FILLER * extra


def trans_scale(environ: Mapping[str, str] = os.environ) -> int:
    """The pseudo-translation's percentage from ``VPLAN_TRANS_SCALE`` (100: off)."""
    value = environ.get(SCALE_VARIABLE, "").strip()
    if not value:
        return 100
    if not value.isdigit() or int(value) < 100:
        print(
            f"vplan: {SCALE_VARIABLE} ska vara ett heltal i procent, minst 100 (som 140), "
            f"inte ”{value}”; texterna visas som de är.",
            file=sys.stderr,
        )
        return 100
    return int(value)


class SwedishButtons(QTranslator):
    """Qt's Swedish translation says "Ok"; Swedish writes "OK"."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source in ("OK", "&OK"):
            return "OK"
        return None


class PseudoTranslator(QTranslator):
    """Every string, vplan's and Qt's own (Ja/Nej, the file dialog), ``scale`` percent as long
    as the translators under it give it."""

    def __init__(self, scale: int, under: list[QTranslator], parent: QObject | None = None):
        super().__init__(parent)
        self.scale = scale
        self._under = under

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in QT_PARSED_CONTEXTS:
            return None
        for translator in reversed(self._under):  # the last installed is asked first
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return lengthen(found, self.scale)
        return lengthen(numerus(source, n) if n >= 0 else source, self.scale)


def swedish_translators(parent: QObject) -> list[QTranslator]:
    """Qt's Swedish translation of its own dialogs and buttons, and "OK" for its "Ok", in the
    order they are installed."""
    translators: list[QTranslator] = []
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_sv", "qt_sv"):
        translator = QTranslator(parent)
        if translator.load(name, directory):
            translators.append(translator)
    translators.append(SwedishButtons(parent))
    return translators


def install_translators(app: QCoreApplication, scale: int | None = None) -> list[QTranslator]:
    """The Swedish translators and, with ``scale`` (else ``VPLAN_TRANS_SCALE``) above 100, the
    pseudo-translation over them all."""
    translators = swedish_translators(app)
    scale = trans_scale() if scale is None else scale
    if scale > 100:
        translators = [PseudoTranslator(scale, translators, app)]
    for translator in translators:
        app.installTranslator(translator)  # the last installed is asked first
    return translators
