"""The installable bundle: every data file listed, the bundle built and run, the Inno Setup
script naming every file the bundle holds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from vplan_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))

import bundle_files  # noqa: E402


def _tree(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"
    }


def test_every_data_file_is_listed_for_the_bundle() -> None:
    migrations = ROOT / "vplan_desktop" / "db" / "migrations"
    assert set(bundle_files.MIGRATIONS) == _tree(migrations)
    resources = {n for n in _tree(ROOT / "resources") if not n.endswith(".vplan")}
    assert set(bundle_files.RESOURCES) == resources
    for source, _ in bundle_files.data_files():
        assert Path(source).is_file(), source


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """installer/build.sh run with this Python (which has vplan and PyInstaller)."""
    out = tmp_path_factory.mktemp("paket")
    env = os.environ | {
        "VPLAN_PYTHON": sys.executable,
        "VPLAN_DIST": str(out / "dist"),
        "VPLAN_WORK": str(out / "work"),
        "VPLAN_ISS": str(out / "vplan.iss"),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def _run(bundle: Path, program: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run a bundled program as on a machine without Python: a bare environment."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(bundle / "dist" / "vplan" / program), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_the_bundle_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    version = _run(bundle, "vplan-cli", "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"vplan {__version__}"
    assert _run(bundle, "vplan-cli", "example", "plan.vplan", home=tmp_path).returncode == 0
    for fmt in ("pdf", "docx", "xlsx"):
        made = _run(
            bundle,
            "vplan-cli",
            "export",
            "plan.vplan",
            "--format",
            fmt,
            "-o",
            f"plan.{fmt}",
            home=tmp_path,
        )
        assert made.returncode == 0, made.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "plan.pdf").pages[:3])
    assert "Socialnämnden" in text and "Sjöbacka kommun" in text
    shot = _run(
        bundle,
        "vplan",
        "screenshot",
        "plan.vplan",
        "--section",
        "mal",
        "-o",
        "bild.png",
        home=tmp_path,
    )
    assert shot.returncode == 0, shot.stderr
    assert (tmp_path / "bild.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    usage = _run(bundle, "vplan-cli", home=tmp_path)  # no window from the console program
    assert usage.returncode == 0 and "KOMMANDO" in usage.stdout


@pytest.mark.slow
def test_the_inno_setup_script_names_every_file(bundle: Path) -> None:
    script = (bundle / "vplan.iss").read_text(encoding="utf-8-sig")
    assert not re.search(r"@[A-Z]+@", script), "a placeholder was not filled"
    folder = bundle / "dist" / "vplan"
    sources = set(re.findall(r'^Source: "([^"]+)"', script, re.MULTILINE))
    files = {
        "\\".join(("vplan", *p.relative_to(folder).parts)) for p in folder.rglob("*") if p.is_file()
    }
    assert files == sources
    for name in (
        "resources\\icons\\vplan-plan.ico",
        "resources\\example_plan.json",
        "0004_unset_values_and_comparisons.py",
    ):
        assert any(s.endswith(name) for s in sources), name
    for line in (
        "PrivilegesRequired=lowest",
        f'#define AppVersion "{__version__}"',
        'MessagesFile: "compiler:Languages\\Swedish.isl"',
        'Subkey: "Software\\Classes\\.vplan"; ValueType: string; ValueName: ""; '
        'ValueData: "vplan.Plan"',
        "vplan.Plan\\DefaultIcon",
        'Name: "{autoprograms}\\{#AppName}"',
        "ChangesAssociations=yes",
    ):
        assert line in script, line
