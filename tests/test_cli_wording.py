"""What the command line prints reads right: years, Swedish help, the picture's format, the
missing-file message, Qt's English notes kept away, and no folders left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vplan_desktop.cli import EXIT_ERROR, EXIT_OK, main
from vplan_desktop.paths import resource
from vplan_desktop.wording import count

COMMANDS = [
    "new",
    "example",
    "info",
    "export",
    "import-json",
    "validate",
    "rollover",
    "import-budget",
    "import-docx",
    "screenshot",
    "diff",
]
ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "show program's")


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "vplan_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_counts_are_singular_for_one() -> None:
    assert [count(n, "varning") for n in (0, 1, 2)] == ["0 varningar", "1 varning", "2 varningar"]
    assert (count(1, "fel"), count(1, "tips"), count(1, "ändring")) == (
        "1 fel",
        "1 tips",
        "1 ändring",
    )
    assert count(2, "ändring") == "2 ändringar"
    assert (count(1, "indikator"), count(3, "kontrollpunkt")) == (
        "1 indikator",
        "3 kontrollpunkter",
    )


def test_readiness_says_1_varning() -> None:
    from vplan_desktop.validation import Readiness

    assert (
        Readiness(fel=1, varningar=1, tips=1).text
        == "Inte redo för nämnd (1 fel, 1 varning, 1 tips)"
    )


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_text_is_swedish(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*([command] if command else []), "--help"]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "användning:" in shown
    for english in ENGLISH:
        assert english not in shown, english


def _plan_json(tmp_path: Path, name: str, **changes: object) -> Path:
    data = json.loads(resource("example_plan.json").read_text(encoding="utf-8"))
    data["uppgifter"].update(changes.get("uppgifter", {}))
    if "text" in changes:
        data["kapitel"][0]["text"] = changes["text"]
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_diff_shows_years_without_a_separator_and_skips_trailing_newlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = json.loads(resource("example_plan.json").read_text(encoding="utf-8"))
    last = base["uppgifter"]["sista_ar"]
    text = base["kapitel"][0]["text"].rstrip()
    old = _plan_json(tmp_path, "a.json", text=text)
    new = _plan_json(tmp_path, "b.json", uppgifter={"sista_ar": last + 1}, text=text + "\n\n")
    assert main(["diff", str(old), str(new)]) == EXIT_OK
    shown = capsys.readouterr().out
    assert f"Sista år: {last} → {last + 1}" in shown
    assert "\u00a0" not in shown.split("Sista år")[1].splitlines()[0]
    assert "(tomt) → (tomt)" not in shown
    assert "ändrad text" not in shown


def test_screenshot_writes_the_format_its_name_says(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "fonster.jpg"
    result = _run("screenshot", example_path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG, not PNG data in a .jpg
    assert "propagateSizeHints" not in result.stderr


def test_screenshot_refuses_an_unknown_picture_type(tmp_path: Path) -> None:
    out = tmp_path / "fonster.gif"
    result = _run("screenshot", "-o", out)
    assert result.returncode == EXIT_ERROR
    assert "”fonster.gif” har ingen känd bildtyp" in result.stderr
    assert ".png, .jpg eller .jpeg" in result.stderr
    assert not out.exists()


def test_a_missing_file_in_this_folder_is_named_without_a_dot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["info", "saknas.vplan"]) == EXIT_ERROR
    said = capsys.readouterr().err
    assert "(.)" not in said
    assert said.strip() == "vplan: Filen ”saknas.vplan” finns inte i den här mappen."
    assert main(["info", str(tmp_path / "annan" / "saknas.vplan")]) == EXIT_ERROR
    assert f"finns inte i mappen {tmp_path / 'annan'}." in capsys.readouterr().err


def test_a_test_run_leaves_no_folder_in_the_temp_folder(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    tests = Path(__file__).parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--co",
            f"{__file__}::test_counts_are_singular_for_one",
        ],
        capture_output=True,
        text=True,
        cwd=tests.parent,
        env=env,
        timeout=120,
        check=False,
    )
    assert "1 test collected" in result.stdout, result.stdout + result.stderr
    assert [p.name for p in temp.iterdir() if p.name.startswith("vplan-tester-")] == []


def test_diff_ignores_whitespace_at_the_end_of_a_text() -> None:
    from vplan_desktop.compare import diff_plans, format_differences

    old: dict[str, Any] = {
        "uppgifter": {"titel": "Plan"},
        "kapitel": [{"id": 1, "rubrik": "R", "text": "x"}],
    }
    new: dict[str, Any] = {
        "uppgifter": {"titel": "Plan\n"},
        "kapitel": [{"id": 1, "rubrik": "R", "text": "x\n\n"}],
    }
    assert diff_plans(old, new) == []
    new["uppgifter"]["forsta_ar"] = 2027
    assert "Första år: (tomt) → 2027" in format_differences(diff_plans(old, new))
