"""The shape of the code: imports go one way, ui → core → db."""

from __future__ import annotations

import ast
from pathlib import Path

import vplan_desktop

PACKAGE = Path(vplan_desktop.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "__pycache__" not in p.parts)


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


def test_every_package_is_listed_for_installation() -> None:
    """pyproject.toml lists the packages by name; a new folder must be added there too, or an
    installed vplan lacks it."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(root).parts)
        for path in (root / "vplan_desktop").rglob("__init__.py")
    }
    assert found
    assert found - listed == set()
