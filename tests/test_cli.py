"""The ``vplan`` command: every subcommand, its output and its exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vplan_desktop import __version__
from vplan_desktop.cli import EXIT_ERROR, EXIT_OK, main


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vplan_desktop`` in a fresh process, as a user would run ``vplan``."""
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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"vplan {__version__}"


def test_help_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "användning: vplan" in out
    assert "skapa en ny, tom plan" in out


def test_new_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny.vplan"
    code = main(
        [
            "new",
            str(path),
            "--kommun",
            "Provkommun",
            "--namnd",
            "Kulturnämnden",
            "--fran",
            "2026",
            "--till",
            "2028",
        ]
    )
    assert code == EXIT_OK
    assert main(["info", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Kulturnämnden – Verksamhetsplan 2026–2028" in out
    assert "Period:" in out and "2026–2028" in out
    assert "Status:           –" in out  # a new plan has no status until one is chosen


def test_example_info_prints_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.vplan"
    assert main(["example", str(path)]) == EXIT_OK
    before = path.read_bytes()
    assert main(["info", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Sjöbacka kommun" in out
    assert "Indikatorer:             12" in out
    assert "Aktiviteter:             18" in out
    assert "Kostnadsslag:             4" in out  # the resultaträkning by cost type
    assert "Internkontrollpunkter:    8" in out
    assert path.read_bytes() == before  # info only reads


def test_json_round_trip_from_the_command_line(tmp_path: Path) -> None:
    """The README's promise: export, import, export again gives the same file."""
    for args in (
        ["example", "x.vplan"],
        ["export", "x.vplan", "--format", "json", "-o", "a.json"],
        ["import-json", "a.json", "y.vplan"],
        ["export", "y.vplan", "--format", "json", "-o", "b.json"],
    ):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == EXIT_OK, result.stderr
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_export_to_stdout(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(example_path), "--format", "json", "-o", "-"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["uppgifter"]["namnd"] == "Socialnämnden"


def test_garbage_file_gets_one_swedish_line_and_exit_2(tmp_path: Path) -> None:
    garbage = tmp_path / "skräp.vplan"
    garbage.write_bytes(os.urandom(4096))
    before = garbage.read_bytes()
    result = run("info", garbage)
    assert result.returncode == EXIT_ERROR
    assert result.stderr == "vplan: ”skräp.vplan” är inte en vplan-fil.\n"
    assert result.stdout == ""
    assert garbage.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info"], "följande argument saknas: FIL"),
        (["new", "x.vplan", "--kommun", "K", "--namnd", "N", "--fran", "2026"], "--till"),
        (
            [
                "new",
                "x.vplan",
                "--kommun",
                "K",
                "--namnd",
                "N",
                "--fran",
                "tjugo",
                "--till",
                "2027",
            ],
            "”tjugo” är inget årtal",
        ),
        (
            ["new", "x.vplan", "--kommun", "K", "--namnd", "N", "--fran", "2026", "--till", "2031"],
            "för lång",
        ),
        (["export", "saknas.vplan", "--format", "json", "-o", "a.json"], "finns inte"),
        (["export", "x.vplan", "--format", "odt", "-o", "a.odt"], "ogiltigt val"),
        (["import-json", "saknas.json", "y.vplan"], "”saknas.json” finns inte"),
        (["info", "saknas.vplan"], "finns inte"),
        (["en", "två"], "okända argument"),
        (["--bogus"], "okända argument"),
    ],
)
def test_input_errors_exit_2_with_a_swedish_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_new_and_example_refuse_to_overwrite(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = example_path.read_bytes()
    assert main(["example", str(example_path)]) == EXIT_ERROR
    assert (
        main(
            [
                "new",
                str(example_path),
                "--kommun",
                "K",
                "--namnd",
                "N",
                "--fran",
                "2026",
                "--till",
                "2026",
            ]
        )
        == EXIT_ERROR
    )
    assert capsys.readouterr().err.count("finns redan") == 2
    assert example_path.read_bytes() == before


def test_import_json_lists_each_bad_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "fel.json"
    bad.write_text(
        json.dumps(
            {
                "format": "vplan-plan",
                "version": 1,
                "uppgifter": {
                    "kommun": "K",
                    "namnd": 3,
                    "titel": "T",
                    "forsta_ar": 2026,
                    "sista_ar": 2027,
                },
                "kapitel": [{"rubrik": ""}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["import-json", str(bad), str(tmp_path / "y.vplan")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "$.uppgifter.namnd: ska vara en text" in err
    assert "$.kapitel[0].rubrik: får inte vara tom" in err
    assert not (tmp_path / "y.vplan").exists()


def test_unexpected_errors_have_no_traceback(
    monkeypatch: pytest.MonkeyPatch, example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(doc: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("vplan_desktop.cli.read_plan", broken)
    assert main(["info", str(example_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "ett oväntat fel" in err and "Traceback" not in err


def test_console_script_is_installed() -> None:
    script = shutil.which("vplan", path=str(Path(sys.executable).parent)) or shutil.which("vplan")
    assert script, "the vplan console script is not installed"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"vplan {__version__}"


def test_an_unexpected_error_is_logged_not_shown_as_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vplan_desktop import cli
    from vplan_desktop.storage.places import log_folder

    def broken(args: object) -> int:
        raise RuntimeError("ett fel i vplan")

    monkeypatch.setitem(cli.COMMANDS, "info", broken)
    assert cli.main(["info", "x.vplan"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "oväntat fel" in err and str(log_folder()) in err
    assert "ett fel i vplan" in (log_folder() / "vplan.log").read_text(encoding="utf-8")
