"""The shape of the code: imports go one way, ui → core → db, and down the order below.

Each rule is a function over one module's source, run on every module of the package and,
in the tests at the end of each part, on a deliberately bad module to show that it catches
what it is meant to catch.
"""

from __future__ import annotations

import ast
import io
import tokenize
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import vplan_desktop
from vplan_desktop.sections import ItemKind, Section, chapter_of_key

PACKAGE = Path(vplan_desktop.__file__).resolve().parent
ROOT = PACKAGE.name

ORDER = (
    # The ground: the package itself (its __version__), errors, paths and words.
    ROOT,
    "errors",
    "paths",
    "wording",
    "markdown",
    "formatting",
    "colours",
    "numbers",
    "office_safety",
    # The plan file, and the plan as plain data.
    "db",
    "glance",
    "plan_status",
    "sections",
    "follow_up_data",
    "domain",
    "risk_legend",
    "targets",
    "images",
    "budget",
    "budget_labels",
    "follow_up",
    "storage",
    "crashlog",
    "goal_checks",
    "completeness",
    "follow_up_progress",
    "validation",
    # One user action, one service call.
    "services",
    # Whole plans in and out: the JSON format, the documents, and what is built on them.
    "interchange",
    "exports",
    "imports",
    "compare_images",
    "compare_rows",
    "compare_follow_up",
    "compare",
    "planning",
    # Plans on the kommun's PostgreSQL server.
    "server",
    # The front ends.
    "cli_session",
    "cli_follow_up",
    "cli_server",
    "cli",
    "ui",
    "__main__",
)
"""The package's parts, lowest first: each may import only the parts listed before it (and
itself). A part is a top-level module or a subpackage of ``vplan_desktop``."""


@dataclass(frozen=True)
class Module:
    name: str
    """Dotted, as imported: ``vplan_desktop.services.plan``."""
    source: str
    is_package: bool = False

    @property
    def package(self) -> str:
        """The package the module belongs to (a package's ``__init__`` belongs to itself)."""
        return self.name if self.is_package else self.name.rpartition(".")[0]

    @property
    def part(self) -> str:
        return part_of(self.name)


def _modules(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "__pycache__" not in p.parts)


def _module(path: Path) -> Module:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    is_package = relative.name == "__init__"
    parts = relative.parts[:-1] if is_package else relative.parts
    return Module(".".join(parts), path.read_text(encoding="utf-8"), is_package)


def _package_modules() -> Iterator[Module]:
    for path in _modules(PACKAGE):
        yield _module(path)


def part_of(name: str) -> str:
    """The part of the package that the dotted ``name`` (a module, or a name in one) is in."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _is_module(name: str) -> bool:
    """Whether the dotted ``name`` is a module or package of vplan (not a name inside one)."""
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    """The module ``node`` imports from, with a relative import resolved."""
    if node.level == 0:
        return node.module or ""
    base = module.package.split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@dataclass(frozen=True)
class Imported:
    line: int
    module: str
    """The vplan module imported, or imported from."""
    name: str | None = None
    """The name imported from ``module`` when it is not a module itself."""


def vplan_imports(module: Module) -> list[Imported]:
    """Every import of a vplan module in ``module`` (type-only imports too: they are arrows
    of the design even when nothing runs them)."""
    found = []
    for node in ast.walk(ast.parse(module.source)):
        if isinstance(node, ast.Import):
            found += [Imported(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            for alias in node.names:
                full = f"{source}.{alias.name}"
                if _is_module(full):
                    found.append(Imported(node.lineno, full))
                else:
                    found.append(Imported(node.lineno, source, alias.name))
    return [i for i in found if i.module == ROOT or i.module.startswith(f"{ROOT}.")]


# --- Qt stays in ui, db stays at the bottom ---------------------------------------------------


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_there_are_modules_to_check() -> None:
    assert len(_modules(PACKAGE)) > 15
    assert (PACKAGE / "ui").is_dir() and (PACKAGE / "db").is_dir()


def test_nothing_outside_ui_imports_qt_or_the_ui() -> None:
    leaks = {}
    for path in _modules(PACKAGE):
        if path.is_relative_to(PACKAGE / "ui"):
            continue
        bad = {
            n
            for n in _imports(path)
            if n.split(".")[0] in ("PySide6", "shiboken6") or n.startswith("vplan_desktop.ui")
        }
        if bad:
            leaks[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert leaks == {}


def test_db_imports_only_db_and_the_error_types() -> None:
    leaks = {}
    for path in _modules(PACKAGE / "db"):
        bad = {
            n
            for n in _imports(path)
            if n.startswith("vplan_desktop")
            and not n.startswith(("vplan_desktop.db", "vplan_desktop.errors"))
        }
        if bad:
            leaks[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert leaks == {}


def test_the_rule_catches_a_leak(tmp_path: Path) -> None:
    sample = tmp_path / "leak.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport vplan_desktop.ui.app\n")
    assert {"PySide6.QtCore", "vplan_desktop.ui.app"} <= _imports(sample)


# --- imports go down the order ----------------------------------------------------------------


def upward_imports(module: Module) -> list[str]:
    """The imports in ``module`` of a part above its own (or of a part not in ``ORDER``)."""
    rank = {part: number for number, part in enumerate(ORDER)}
    own = rank.get(module.part)
    bad = []
    for imported in vplan_imports(module):
        target = part_of(imported.module)
        if target == module.part:
            continue
        if own is None or target not in rank or rank[target] > own:
            bad.append(f"{module.name}:{imported.line} imports {imported.module} ({target})")
    return list(dict.fromkeys(bad))  # one line each, however many names it imports


def test_every_part_of_the_package_has_its_place_in_the_order() -> None:
    parts = {module.part for module in _package_modules()}
    assert {"services", "interchange", "planning", "ui"} <= parts
    assert parts - set(ORDER) == set()


def test_imports_go_down_the_order() -> None:
    bad = [line for module in _package_modules() for line in upward_imports(module)]
    assert bad == []


def test_an_upward_import_is_caught() -> None:
    upward = (
        "from vplan_desktop.interchange import dumps\n"
        "from vplan_desktop import planning\n"
        "from ..compare import diff_plans\n"
        "import vplan_desktop.cli\n"
    )
    found = upward_imports(Module("vplan_desktop.services.bad", upward))
    assert [line.rpartition(" ")[2] for line in found] == [
        "(interchange)",
        "(planning)",
        "(compare)",
        "(cli)",
    ]
    downward = (
        "from vplan_desktop import __version__, domain\n"
        "from vplan_desktop.services import read\n"  # its own part
        "from .read import read_plan\n"
        "from vplan_desktop.db.models import Plan\n"
    )
    assert upward_imports(Module("vplan_desktop.services.good", downward)) == []


def test_a_part_missing_from_the_order_is_caught() -> None:
    assert upward_imports(Module("vplan_desktop.newpart", "from vplan_desktop import errors\n"))
    assert upward_imports(Module("vplan_desktop.ui.x", "import vplan_desktop.newpart\n"))


# --- private names stay in their package ------------------------------------------------------


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _package_of(name: str) -> str:
    """The package of the vplan module ``name`` (a package is its own)."""
    if (PACKAGE.parent.joinpath(*name.split(".")) / "__init__.py").is_file():
        return name
    return name.rpartition(".")[0]


def private_imports(module: Module) -> list[str]:
    """Private names (``_name``) that ``module`` takes from another package: imported, or
    reached as an attribute of a module imported from another package (``plan._check``)."""
    bad = []
    for imported in vplan_imports(module):
        if imported.name is not None:
            owner, names = _package_of(imported.module), [imported.name]
        else:
            owner, names = imported.module.rpartition(".")[0], imported.module.split(".")
        if owner != module.package and any(_private(name) for name in names):
            bad.append(f"{module.name}:{imported.line} imports a private name of {owner}")
    tree = ast.parse(module.source)
    foreign: dict[str, str] = {}
    """Local names bound to a vplan module of another package, and that module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            bound = [
                (a.asname or a.name, f"{_absolute(module, node)}.{a.name}") for a in node.names
            ]
        elif isinstance(node, ast.Import):  # ``import a.b`` binds ``a``: only ``as`` is followed
            bound = [(a.asname, a.name) for a in node.names if a.asname is not None]
        else:
            continue
        for local, full in bound:
            is_foreign_module = full.startswith(f"{ROOT}.") and _is_module(full)
            if is_foreign_module and _package_of(full) != module.package:
                foreign[local] = full
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in foreign
            and _private(node.attr)
        ):
            bad.append(f"{module.name}:{node.lineno} uses {node.attr} of {foreign[node.value.id]}")
    return list(dict.fromkeys(bad))


def test_no_private_name_is_taken_from_another_package() -> None:
    bad = [line for module in _package_modules() for line in private_imports(module)]
    assert bad == []


def test_a_private_import_from_another_package_is_caught() -> None:
    bad = (
        "from vplan_desktop.services.plan import _check, check_period\n"
        "from vplan_desktop.services import plan as p\n"
        "from vplan_desktop.validation import _helpers\n"
        "p._write(1)\n"
        "p.check_period(1, 2)\n"
    )
    found = private_imports(Module("vplan_desktop.interchange.bad", bad))
    assert [line.split(" ", 1)[0] for line in found] == [
        "vplan_desktop.interchange.bad:1",
        "vplan_desktop.interchange.bad:3",
        "vplan_desktop.interchange.bad:4",
    ]
    own_package = "from vplan_desktop.validation.findings import _q\n"
    assert private_imports(Module("vplan_desktop.validation.plan_rules", own_package)) == []
    dunder = "from vplan_desktop import __version__\n"
    assert private_imports(Module("vplan_desktop.cli", dunder)) == []


# --- imports at the top, or a comment saying why not ------------------------------------------


def uncommented_lazy_imports(source: str) -> list[int]:
    """The lines of imports inside a function with no comment on their line or on the line
    just above them (or above the run of imports they end)."""
    comments = {
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    tree = ast.parse(source)
    lazy: list[ast.Import | ast.ImportFrom] = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            lazy += [
                node for node in ast.walk(function) if isinstance(node, ast.Import | ast.ImportFrom)
            ]
    import_ends = {
        node.end_lineno: node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and node.end_lineno is not None
    }
    bad = set()
    for node in lazy:
        if comments & set(range(node.lineno, (node.end_lineno or node.lineno) + 1)):
            continue
        above = node.lineno - 1
        while above in import_ends:
            above = import_ends[above] - 1
        if above not in comments:
            bad.add(node.lineno)
    return sorted(bad)


def test_an_import_inside_a_function_says_why() -> None:
    bad = {
        module.name: lines
        for module in _package_modules()
        if (lines := uncommented_lazy_imports(module.source))
    }
    assert bad == {}


def test_an_uncommented_import_inside_a_function_is_caught() -> None:
    source = (
        "import json\n"  # 1: at the top
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from pathlib import Path\n"
        "def plain():\n"
        "    import csv\n"  # 6: no reason given
        "    return csv\n"
        "def said_above():\n"
        "    # Deferred: slow to import.\n"
        "    import csv\n"
        "    from decimal import (\n"
        "        Decimal,\n"
        "    )\n"
        "    return csv, Decimal\n"
        "def said_on_the_line():\n"
        "    import csv  # deferred: slow to import\n"
        "    return csv\n"
        "class Holder:\n"
        "    def method(self):\n"
        "        if self:\n"
        "            import csv\n"  # 21: nested, no reason given
        "        # a comment about something else, then a blank line\n"
        "\n"
        "        from decimal import Decimal\n"  # 24: the comment is not above it
        "        return csv, Decimal\n"
    )
    assert uncommented_lazy_imports(source) == [6, 21, 24]


# --- the installed package --------------------------------------------------------------------


def test_every_package_is_listed_for_installation() -> None:
    """pyproject.toml lists the packages by name; a new folder must be added there too, or an
    installed vplan lacks it."""
    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(root).parts)
        for path in (root / "vplan_desktop").rglob("__init__.py")
    }
    assert found
    assert found - listed == set()


# --- sections and item kinds are typed names ------------------------------------------------

Names = type[Section] | type[ItemKind]

TYPED_KEYWORDS: dict[str, Names] = {
    "section": Section,
    "kind": ItemKind,
    "kind_name": ItemKind,
    "row_kind": ItemKind,
}
"""Arguments that name a section or a kind, whatever the function."""
TYPED_ARGUMENTS: dict[str, dict[int, Names]] = {
    "Change": {0: Section, 1: ItemKind},
    "Finding": {2: Section, 3: ItemKind},
    "add_item": {1: ItemKind},
    "update_item": {1: ItemKind},
    "move_item": {1: ItemKind},
    "add_verksamhet_row": {1: ItemKind},
    "set_review_marks": {1: Section},
    "mark_section_reviewed": {1: Section},
    "removal_question": {1: ItemKind},
    "review_column": {0: ItemKind},
    "section_of": {0: ItemKind},
}
"""Positional arguments that name a section or a kind, by the function's name."""
COMPARED: dict[str, Names] = {"kind": ItemKind, "section": Section}
"""Attributes compared with a name: ``place.kind == …``."""
KEY_ARGUMENTS = {"show_section": 0, "editor_for": 0, "page_for": 0, "open_section": 0, "Shot": 2}
"""Arguments that take a window key: a section, or one chapter ("kapitel:7")."""


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def typed_name_problems(source: str) -> list[str]:
    """Where ``source`` writes a section or an item kind as a string: an unregistered name
    anywhere one is expected, and a registered one where its enum member belongs."""
    problems: list[str] = []

    def typed(node: ast.expr, names: Names) -> None:
        text = _string(node)
        if text is None:
            return
        member = next((m for m in names if m.value == text), None)
        advice = f"write {names.__name__}.{member.name}" if member else "not registered"
        problems.append(f"line {node.lineno}: {text!r}, {advice}")

    def key(node: ast.expr) -> None:
        text = _string(node)
        if text is not None and text not in set(Section) and chapter_of_key(text) is None:
            problems.append(f"line {node.lineno}: {text!r}, not a registered section")

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            for index, names in TYPED_ARGUMENTS.get(name, {}).items():
                if index < len(node.args):
                    typed(node.args[index], names)
            if name in KEY_ARGUMENTS and KEY_ARGUMENTS[name] < len(node.args):
                key(node.args[KEY_ARGUMENTS[name]])
            for keyword in node.keywords:
                if keyword.arg in TYPED_KEYWORDS:
                    typed(keyword.value, TYPED_KEYWORDS[keyword.arg])
                elif keyword.arg == "items" and isinstance(keyword.value, ast.List | ast.Tuple):
                    for item in keyword.value.elts:  # items=[(kind, id), …]
                        if isinstance(item, ast.Tuple) and item.elts:
                            typed(item.elts[0], ItemKind)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in TYPED_KEYWORDS:
                    typed(node.value, TYPED_KEYWORDS[target.id])
        elif isinstance(node, ast.Compare):
            # ``place.kind == "kapitel"``: only a registered name is known to mean one (a budget
            # grid's rows have kinds of their own: "rad", "summa").
            attribute = node.left.attr if isinstance(node.left, ast.Attribute) else ""
            compared = COMPARED.get(attribute)
            for other in node.comparators if compared is not None else []:
                text = _string(other)
                if compared is not None and text in {m.value for m in compared}:
                    typed(other, compared)
    return problems


def test_sections_and_kinds_are_written_as_typed_names() -> None:
    bad = {
        module.name: found
        for module in _package_modules()
        if (found := typed_name_problems(module.source))
    }
    assert bad == {}


def test_an_unregistered_section_or_kind_is_caught() -> None:
    source = (
        'workspace.show_section("budjet")\n'  # 1: no such section
        'workspace.show_section("kapitel:7")\n'
        'Finding(Severity.FEL, "Fel.", "drfit", None)\n'  # 3: no such section
        'Finding(Severity.FEL, "Fel.", Section.DRIFT, ItemKind.KF_RAM)\n'
        'partial(items.add_item, kind_name="indikatr", fields={})\n'  # 5: no such kind
        'Change(Section.MAL, "indikator", 1, undo)\n'  # 6: registered, but a string
        'partial(items.delete_items, items=[("kapitel", 3)])\n'  # 7
        'if place.kind != "internkontroll": pass\n'  # 8
        'if row.kind == "summa": pass\n'  # a budget grid's row, not an item kind
    )
    assert typed_name_problems(source) == [
        "line 1: 'budjet', not a registered section",
        "line 3: 'drfit', not registered",
        "line 5: 'indikatr', not registered",
        "line 6: 'indikator', write ItemKind.INDIKATOR",
        "line 7: 'kapitel', write ItemKind.KAPITEL",
        "line 8: 'internkontroll', write ItemKind.INTERNKONTROLL",
    ]
