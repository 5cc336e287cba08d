"""``vplan validate --uppfoljning`` and the periods in ``vplan info``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.test_cli import run
from vplan_desktop.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import UppfoljningSlag
from vplan_desktop.services import follow_up
from vplan_desktop.services.read import read_plan

APRIL = "Provdelår april 2027"
YEAR = "Provår 2027"


def _periods(path: Path) -> None:
    """Two periods: an open delår and a reported årsredovisning."""
    with PlanDocument.open(path) as doc:
        follow_up.add_period(doc, APRIL, 2027, UppfoljningSlag.DELAR, dt.date(2027, 4, 30))
        follow_up.add_period(doc, YEAR, 2027, UppfoljningSlag.HELAR, dt.date(2027, 12, 31))
        year = read_plan(doc).uppfoljning(YEAR)
        assert year is not None
        follow_up.mark_reported(doc, year.id, dt.date(2028, 3, 15))


def test_validate_a_period(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _periods(example_path)
    before = example_path.read_bytes()
    code = main(["validate", str(example_path), "--uppfoljning", APRIL.upper()])
    out = capsys.readouterr().out
    # No follow-up rule is an error: a period with warnings can still be reported.
    assert code == EXIT_OK
    assert out.startswith(f"Socialnämnden – {APRIL}: 0 fel, ")
    assert "Redo för nämnd" not in out
    assert "\nMål och indikatorer\n" in out and "mål saknar bedömning" in out
    assert f"{APRIL} saknar sammanfattning" in out
    assert "Ange diarienumret" not in out  # none of the plan's own findings
    assert example_path.read_bytes() == before  # validate only reads


def test_validate_a_period_as_json(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _periods(example_path)
    assert main(["validate", str(example_path), "--uppfoljning", APRIL, "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["uppfoljning"] == APRIL
    assert result["redo"] is True
    rules = {f["regel"] for f in result["fynd"]}
    assert "uppfoljning.mal_bedomning" in rules
    assert all(rule.startswith("uppfoljning.") for rule in rules)
    first = next(f for f in result["fynd"] if f["regel"] == "uppfoljning.mal_bedomning")
    assert first["sort"] == "uppfoljning_mal" and first["falt"] == "bedomningsniva_id"


def test_validate_the_plan_is_unchanged(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _periods(example_path)
    code = main(["validate", str(example_path)])
    out = capsys.readouterr().out
    assert code in (EXIT_OK, EXIT_FINDINGS)
    assert "Redo för nämnd" in out and "saknar bedömning" not in out


def test_an_unknown_period_is_refused_with_the_plans_periods(example_path: Path) -> None:
    _periods(example_path)
    result = run("validate", example_path, "--uppfoljning", "Delår maj 2027")
    assert result.returncode == EXIT_ERROR
    assert result.stdout == ""
    assert result.stderr.startswith(
        "vplan: Planen har ingen uppföljning som heter ”Delår maj 2027”. Planens uppföljningar: "
    )
    assert f"”{APRIL}”, ”{YEAR}”." in result.stderr
    assert "Traceback" not in result.stderr


def test_a_plan_without_periods(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(plan_path), "--uppfoljning", "Delår april 2027"]) == EXIT_ERROR
    assert "den har inga ännu" in capsys.readouterr().err
    assert main(["info", str(plan_path)]) == EXIT_OK
    assert "Uppföljningar: inga" in capsys.readouterr().out


def test_info_lists_the_periods(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _periods(example_path)
    assert main(["info", str(example_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\nUppföljningar\n" in out
    assert f"  {APRIL} (delårsrapport, ej rapporterad)\n" in out
    assert f"  {YEAR} (årsredovisning, rapporterad 2028-03-15)\n" in out
