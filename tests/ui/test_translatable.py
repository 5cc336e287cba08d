"""Every string the UI shows goes through ``tr`` (vplan_desktop/ui/i18n.py), so Qt Linguist can
translate it and the pseudo-translation can lengthen it: a string literal with letters handed
straight to one of Qt's text-setting calls in vplan_desktop/ui/, returned by a model as a cell's
or a header's text, given as an undo text or raised as an error the window shows fails here.
The pseudo-translation itself is tested in test_pseudo_texts.py."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from vplan_desktop.ui.i18n import CONTEXT

UI = Path(__file__).resolve().parents[2] / "vplan_desktop" / "ui"

TEXT_METHODS = frozenset(
    {
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setLabelText",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setHeaderLabel",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "setInformativeText",
        "setDetailedText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "addRow",
        "addButton",
        "showMessage",
        "setHtml",
        "setPlainText",
        "setCancelButtonText",
        "setButtonText",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "setNameFilter",
        "setNameFilters",
    }
)
"""Qt's calls that set a text a user reads, whatever the object they are called on."""

MESSAGE_BOX = frozenset({"warning", "critical", "information", "question", "about"})
"""``QMessageBox``'s static calls (only on ``QMessageBox``: ``logging.warning`` is no UI)."""

TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QCommandLinkButton",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QProgressDialog",
        "QTableWidgetItem",
        "QStandardItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QUndoCommand",  # its text is the Redigera menu's "Ångra …"
    }
)

VPLAN_TEXT_CALLS: Helpers = {
    "report_error": ({1, 2}, set()),
    "edit": ({0}, set()),
    "edit_follow_up": ({0}, set()),
    "follow_up_edit": ({0, 1}, set()),
    "goal_edit": ({0}, set()),
    "indicator_edit": ({0}, set()),
}
"""vplan's own text-showing calls the search for helpers cannot follow: the main window's
``report_error`` is a callable it is given (a message box, or stderr for the command line);
a plan edit's undo text (``PlanContext.edit(text, action)`` and the models' helpers that hand
it on), which the Redigera menu shows as "Ångra …"."""

SHOWN_ERRORS = frozenset({"InputError"})
"""Errors whose message the window shows as it is (the red line, a message box)."""

SHOWING_METHODS = frozenset({"data", "headerData"})
"""A table or tree model's methods: what they return is a cell's or a header's text, its
tooltip or its accessible text."""

ALLOWED: dict[str, str] = {
    "#2e7d32": "a colour written as a hex code, the same in any language",
    **dict.fromkeys(
        ("text", "choice", "date", "multiline"), "the kind of editor a cell wants (EDITOR_ROLE)"
    ),
}
"""Literals with letters that are no text to translate, each with the reason. (Formats such
as ``setDisplayFormat("yyyy-MM-dd")`` are not among the calls checked.)"""

_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def _has_words(text: str) -> bool:
    """Whether ``text`` holds a letter outside HTML tags and entities ("<h2>" is markup)."""
    return any(char.isalpha() for char in _MARKUP.sub("", text)) and text not in ALLOWED


def _literal_texts(node: ast.expr) -> list[str]:
    """The string literals with words in ``node`` that reach the call as they are: a plain
    literal, an f-string's literal parts, either side of a conditional or a ``+``, the items of
    a list. A call (``tr(...)``, ``"\\n".join(...)``) is not looked into."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        return [ast.unparse(node)] if _has_words(literal) else []
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _literal_texts(value)]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [text for item in node.elts for text in _literal_texts(item)]
    if isinstance(node, ast.Starred):
        return _literal_texts(node.value)
    return []


SHOWN_FUNCTIONS = frozenset({"display", "tooltip"})
"""A ``Column``'s functions whose result a cell shows: its text and its tooltip."""


def _choice_labels(node: ast.expr) -> list[ast.expr]:
    """The labels of a picker's ``choices=lambda row: [("Ja", True), ...]`` (not the values)."""
    body = node.body if isinstance(node, ast.Lambda) else node
    items = body.elts if isinstance(body, ast.List | ast.Tuple) else []
    return [item.elts[0] for item in items if isinstance(item, ast.Tuple) and item.elts]


def text_returns(tree: ast.Module) -> Iterator[tuple[ast.Return, list[ast.expr]]]:
    """Each ``return`` in ``tree`` that hands back a text a user reads: from a model's
    ``data`` or ``headerData``, and the undo text of an edit (``return "Ändra …", partial(…)``)."""
    shown = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and function.name in SHOWING_METHODS
        for node in ast.walk(function)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        value = node.value
        if isinstance(value, ast.Tuple) and len(value.elts) == 2:
            action = value.elts[1]
            if isinstance(action, ast.Call) and getattr(action.func, "id", "") == "partial":
                yield node, [value.elts[0]]
                continue
        if id(node) in shown:
            yield node, [value]


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _text_arguments(call: ast.Call, helpers: Helpers | None = None) -> list[ast.expr]:
    """The arguments of ``call`` that are texts a user reads: those of Qt's text-setting calls
    and of vplan's own functions that hand a parameter on to one (``helpers``)."""
    name = _call_name(call)
    found: list[ast.expr] = []
    if name == "Column":  # vplan's table column: its header, its accessible name, its cells
        named = [k.value for k in call.keywords if k.arg in ("header", "accessible")]
        cells = [*call.args[1:2], *(k.value for k in call.keywords if k.arg in SHOWN_FUNCTIONS)]
        choices = [k.value for k in call.keywords if k.arg == "choices"]
        found = [
            *call.args[:1],
            *named,
            *(cell.body for cell in cells if isinstance(cell, ast.Lambda)),
            *(label for choice in choices for label in _choice_labels(choice)),
        ]
    elif name in MESSAGE_BOX:
        func = call.func
        on_box = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "QMessageBox"
        found = [*call.args, *(k.value for k in call.keywords)] if on_box else []
    elif name in TEXT_METHODS or name in TEXT_CONSTRUCTORS or name in SHOWN_ERRORS:
        found = [*call.args, *(k.value for k in call.keywords)]
    elif name == "emit" and getattr(call.func, "value", None) is not None:
        signal = call.func.value  # type: ignore[attr-defined]
        found = [*call.args] if getattr(signal, "attr", "") == "failed" else []
    if helpers and name in helpers:
        positions, keywords = helpers[name]
        found += [arg for n, arg in enumerate(call.args) if n in positions]
        found += [k.value for k in call.keywords if k.arg in keywords]
    return found


Helpers = dict[str, tuple[set[int], set[str]]]
"""vplan's functions that show a parameter as text: by name, the positions and keyword names of
those parameters (``self`` not counted)."""


def _functions(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef, list[str]]]:
    """Each function in ``tree`` by the name it is called by (a class's ``__init__`` by the
    class's), with the base classes of the class it is in (for its ``super().__init__``)."""
    classes = {
        id(function): node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for function in node.body
        if isinstance(function, ast.FunctionDef)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            owner = classes.get(id(node))
            bases = [getattr(base, "id", "") for base in owner.bases] if owner else []
            name = owner.name if owner and node.name == "__init__" else node.name
            yield name, node, bases


def text_helpers(trees: list[ast.Module], known: Helpers | None = None) -> Helpers:
    """The functions in ``trees`` that pass a parameter, untranslated, on to a text-setting
    call (``_action(menu, text, slot)`` making ``QAction(text, self)``), or to another such
    function, found until nothing more is; with ``known``, the helpers of other modules (a name
    defined in ``trees`` is theirs: two modules' ``_action`` take different arguments)."""
    functions = [found for tree in trees for found in _functions(tree)]
    defined = {name for name, _, _ in functions}
    helpers: Helpers = {
        name: (set(p), set(k)) for name, (p, k) in (known or {}).items() if name not in defined
    }
    while True:
        before = {name: (set(p), set(k)) for name, (p, k) in helpers.items()}
        for name, function, bases in functions:
            params = [*function.args.posonlyargs, *function.args.args]
            if params and params[0].arg in ("self", "cls"):
                params = params[1:]
            names = {param.arg: n for n, param in enumerate(params)}
            names.update({param.arg: -1 for param in function.args.kwonlyargs})
            shown: set[str] = set()
            for node in ast.walk(function):
                if isinstance(node, ast.Call):
                    for argument in _call_texts(node, helpers, bases):
                        shown |= _names_shown(argument) & names.keys()
            if shown:
                positions, keywords = helpers.setdefault(name, (set(), set()))
                positions |= {names[name] for name in shown if names[name] >= 0}
                keywords |= shown
        if helpers == before:
            return helpers


def _call_texts(call: ast.Call, helpers: Helpers, bases: list[str]) -> list[ast.expr]:
    """The text arguments of ``call``, made in a class with ``bases``: its ``super().__init__``
    is the base's (all of a ``QGroupBox``'s arguments; a helper class's text parameters)."""
    if not _is_super_init(call):
        return _text_arguments(call, helpers)
    if any(base in TEXT_CONSTRUCTORS for base in bases):
        return [*call.args, *(k.value for k in call.keywords)]
    found: list[ast.expr] = []
    for base in bases:
        positions, keywords = helpers.get(base, (set(), set()))
        found += [arg for n, arg in enumerate(call.args) if n in positions]
        found += [k.value for k in call.keywords if k.arg in keywords]
    return found


def _names_shown(node: ast.expr) -> set[str]:
    """The plain names whose value ``node`` shows as it is (not inside a call such as
    ``tr(text)``, which translates it, or ``str(n)``)."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.JoinedStr):
        return {
            n
            for v in node.values
            if isinstance(v, ast.FormattedValue)
            for n in _names_shown(v.value)
        }
    if isinstance(node, ast.IfExp):
        return _names_shown(node.body) | _names_shown(node.orelse)
    if isinstance(node, ast.BinOp):
        return _names_shown(node.left) | _names_shown(node.right)
    if isinstance(node, ast.BoolOp):
        return {name for value in node.values for name in _names_shown(value)}
    return set()


def text_calls(tree: ast.Module, helpers: Helpers) -> Iterator[tuple[ast.Call, list[ast.expr]]]:
    """Each call in ``tree`` that sets a text, with its text arguments; ``super().__init__``
    of a class made from a text-showing widget (``class Panel(QGroupBox)``) or from one of
    vplan's (a section editor given its title) among them."""
    for _, function, bases in _functions(tree):
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and _is_super_init(node):
                arguments = _call_texts(node, helpers, bases)
                if arguments:
                    yield node, arguments
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and not _is_super_init(node):
            arguments = _text_arguments(node, helpers)
            if arguments:
                yield node, arguments


def _is_super_init(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "__init__"
        and isinstance(node.func.value, ast.Call)
        and getattr(node.func.value.func, "id", "") == "super"
    )


def text_constants(tree: ast.Module) -> set[str]:
    """The module's constants that hold text: a literal with words, or ``QT_TR_NOOP(...)``, alone
    or in a tuple, list or dict. Where one is shown, ``tr(NAME)`` translates it."""
    found = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        value = getattr(node, "value", None)
        if value is not None and (_literal_texts(value) or _marked(value)):
            found |= {target.id for target in targets if isinstance(target, ast.Name)}
    return found


def _marked(node: ast.expr) -> bool:
    if isinstance(node, ast.Call):
        return getattr(node.func, "id", "") == "QT_TR_NOOP"
    if isinstance(node, ast.Tuple | ast.List):
        return any(_marked(item) for item in node.elts)
    if isinstance(node, ast.Dict):
        return any(_marked(value) or _literal_texts(value) for value in node.values)
    return False


def _constants_shown(node: ast.expr, constants: set[str]) -> set[str]:
    """The text constants ``node`` shows as they are (``HEADERS[n]``, ``LABEL``), not
    through ``tr``."""
    if isinstance(node, ast.Name):
        return {node.id} & constants
    if isinstance(node, ast.Subscript):
        return _constants_shown(node.value, constants)
    if isinstance(node, ast.JoinedStr):
        values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        return {name for value in values for name in _constants_shown(value, constants)}
    if isinstance(node, ast.IfExp):
        return _constants_shown(node.body, constants) | _constants_shown(node.orelse, constants)
    if isinstance(node, ast.BinOp):
        return _constants_shown(node.left, constants) | _constants_shown(node.right, constants)
    if isinstance(node, ast.BoolOp | ast.List | ast.Tuple):
        items = node.values if isinstance(node, ast.BoolOp) else node.elts
        return {name for item in items for name in _constants_shown(item, constants)}
    return set()


def imported_constants(tree: ast.Module, constants: dict[str, set[str]]) -> set[str]:
    """The names ``tree`` imports from vplan's ui modules that are text constants there
    (``constants``: each module's, by its dotted name)."""
    return {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module in constants
        for alias in node.names
        if alias.name in constants[node.module]
    }


def untranslated(
    source: str,
    name: str = "<source>",
    helpers: Helpers | None = None,
    imported: set[str] | None = None,
) -> list[str]:
    """Each text-setting call in ``source`` given a literal with words, or a text constant of
    the module (or ``imported`` from another), instead of ``tr(...)``."""
    tree = ast.parse(source)
    constants = text_constants(tree) | (imported or set())
    found = []
    found_calls: list[tuple[ast.Call | ast.Return, list[ast.expr]]] = [
        *text_calls(tree, text_helpers([tree], helpers)),
        *text_returns(tree),
    ]
    calls = sorted(found_calls, key=lambda c: c[0].lineno)
    for call, arguments in calls:
        for argument in arguments:
            found += [f"{name}:{call.lineno}: {text!r}" for text in _literal_texts(argument)]
            found += [
                f"{name}:{call.lineno}: {constant} (shown without tr)"
                for constant in sorted(_constants_shown(argument, constants))
            ]
    return found


def test_the_check_finds_a_literal_that_does_not_go_through_tr() -> None:
    source = """
label = QLabel("Förvaltningschef")
button.setToolTip(f"Spara {name}")
action = menu.addAction("&Öppna…", self.open)
self.toggle.setToolTip(("Dölj" if shown else "Visa") + " listan")
model.setHorizontalHeaderLabels(["Post", "Fält"])
QMessageBox.warning(self, "Fel", message)
Column("Risk", lambda r: r.risk, field="risk")
button = tool_button(tr("Lägg till år…"), "Ett år före planperioden")
class Panel(QGroupBox):
    def __init__(self):
        super().__init__("Värden per år")

def tool_button(text, tooltip=""):
    button = QPushButton(text)
    button.setToolTip(tooltip or text)
"""
    found = untranslated(source)
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Förvaltningschef'",
        "\"f'Spara {name}'\"",
        "'&Öppna…'",
        "'Dölj'",
        "'Visa'",
        "' listan'",
        "'Post'",
        "'Fält'",
        "'Fel'",
        "'Risk'",
        "'Ett år före planperioden'",
        "'Värden per år'",
    ]
    fine = """
label = QLabel(tr("Förvaltningschef"))
button.setToolTip(tr("Spara {name}").format(name=name))
button.setText("…")
title.setText(f"<h2>{chapter.rubrik}</h2>")
self.preview.setText(tr("Uppföljningar:") + "\\n" + "\\n".join(lines))
logging.warning("not a dialog")
date.setDisplayFormat("yyyy-MM-dd")
Column(tr("Risk"), lambda r: r.risk, field="risk")
label.setToolTip(tr(TOOLTIP))
"""
    assert untranslated(fine) == []
    constants = """
TOOLTIP = QT_TR_NOOP("Byter enhet")
HEADERS = {1: "Mål", 2: "Utfall"}
label.setToolTip(TOOLTIP)
view.setHeaderLabels([HEADERS[1], tr(HEADERS[2])])
"""
    assert [line.split(": ", 1)[1] for line in untranslated(constants)] == [
        "TOOLTIP (shown without tr)",
        "HEADERS (shown without tr)",
    ]


def test_the_check_finds_model_texts_undo_texts_and_errors() -> None:
    source = """
Column(tr("Granskning"), lambda row: "Att granska" if row.flag else "",
       tooltip=lambda row: "Överförd", choices=lambda row: [("Ja", True), (tr("Nej"), False)])
self.context.failed.emit("Välj en cell först.")
raise InputError(f"”{text}” är inget årtal.")
self.context.edit("Ta bort rad", action)

class Model:
    def headerData(self, section, orientation, role):
        return "Mål"

    def data(self, index, role):
        if role == EDITOR_ROLE:
            return "choice"
        return "Utan målområde"

def commit(row, value):
    return f"Ändra {row.namn}", partial(update, value)
"""
    found = untranslated(source, helpers=VPLAN_TEXT_CALLS)
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Att granska'",
        "'Överförd'",
        "'Ja'",
        "'Välj en cell först.'",
        "\"f'”{text}” är inget årtal.'\"",
        "'Ta bort rad'",
        "'Mål'",
        "'Utan målområde'",
        "\"f'Ändra {row.namn}'\"",
    ]
    fine = """
Column(tr("Granskning"), lambda row: tr("Att granska"), choices=lambda row: [(tr("Ja"), True)])
self.context.failed.emit(tr("Välj en cell först."))
self.changed.emit("drift")
raise InputError(tr("”{text}” är inget årtal.").format(text=text))
def commit(row, value):
    return tr("Ändra {row}").format(row=row.namn), partial(update, value)
def data(index, role):
    return "choice"
"""
    assert untranslated(fine, helpers=VPLAN_TEXT_CALLS) == []


def ui_sources() -> dict[str, str]:
    """Each module of vplan_desktop/ui by its path there."""
    return {
        str(path.relative_to(UI)): path.read_text(encoding="utf-8")
        for path in sorted(UI.rglob("*.py"))
    }


def test_no_ui_string_skips_tr() -> None:
    sources = ui_sources()
    trees = {name: ast.parse(source) for name, source in sources.items()}
    helpers = text_helpers(list(trees.values()), VPLAN_TEXT_CALLS)
    assert {
        "_action",
        "_label",
        "report_error",
    } <= helpers.keys()  # vplan's own ways to make a menu item, a label
    constants = {
        "vplan_desktop.ui." + name.removesuffix(".py").replace("/", "."): text_constants(tree)
        for name, tree in trees.items()
    }
    assert "FILE_FILTER" in constants["vplan_desktop.ui.file_actions"]
    found = []
    for name, source in sources.items():
        found += untranslated(source, name, helpers, imported_constants(trees[name], constants))
    assert not found, f"{len(found)} string(s) shown without tr():\n" + "\n".join(found)


def test_qt_linguist_finds_the_strings_where_tr_looks_them_up(tmp_path: Path) -> None:
    """``pyside6-lupdate`` (Qt Linguist's extractor) finds ``tr("…")`` and ``QT_TR_NOOP("…")``
    in vplan's UI, in the context ``tr`` looks them up in: a translation made from its .ts
    file reaches the window."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate is not None, "PySide6 installs pyside6-lupdate"
    ts = tmp_path / "vplan_sv.ts"
    sources = [UI / "editors" / "front_matter_form.py", UI / "main_window.py", UI / "removal.py"]
    done = subprocess.run(
        [lupdate, *map(str, sources), "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    contexts = {
        (context.findtext("name") or ""): {m.findtext("source") for m in context.iter("message")}
        for context in ET.parse(ts).getroot().iter("context")
    }
    assert set(contexts) == {CONTEXT}
    found = contexts[CONTEXT]
    assert {"&Arkiv", "Spara &nu", "&Diarienummer", "t.ex. Sjöbacka kommun"} <= found
    counts = {
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.get("numerus") == "yes"
    }
    assert "%n rad(er)" in counts  # tr("%n rad(er)", None, n): a text with numerus forms
