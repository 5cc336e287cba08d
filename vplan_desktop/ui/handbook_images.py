"""Make the handbook's screenshots again: ``python -m vplan_desktop.ui.handbook_images``.

Each picture is taken with ``vplan screenshot`` of the example plan (or of a new, empty
plan) and recorded in ``bilder.json`` with a hash of the source files of the screen it
shows; ``tests/ui/test_help.py`` fails when that code has changed since, naming this script.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from vplan_desktop.paths import resource

PACKAGE = Path(__file__).resolve().parent.parent
RECORD = "bilder.json"
SIZE = "1100x700"
SCRIPT = "python -m vplan_desktop.ui.handbook_images"

_PLAN_SCREEN = (
    "ui/workspace.py",
    "ui/navigator.py",
    "ui/editors/base.py",
    "ui/empty_hint.py",
    "ui/style.py",
)
_TABLES = ("ui/spreadsheet.py", "ui/table_layout.py")


@dataclass(frozen=True)
class Shot:
    """One picture: the plan it shows ("exempel", "ny" or none), the section, the code."""

    image: str
    plan: str | None
    section: str | None
    sources: tuple[str, ...]
    period: str | None = None
    """The follow-up period shown ("Delår augusti 2027"), or None for the plan."""


SHOTS = (
    Shot("start.png", None, None, ("ui/start_page.py", "ui/style.py")),
    Shot("ny-plan.png", "ny", "mal", (*_PLAN_SCREEN, "ui/editors/goals.py")),
    Shot("uppgifter.png", "exempel", "uppgifter", (*_PLAN_SCREEN, "ui/editors/front_matter.py")),
    # The example's Verksamhetsbeskrivning: text, headings and the organisation chart.
    Shot(
        "kapitel.png",
        "exempel",
        "kapitel:6",
        (
            *_PLAN_SCREEN,
            "ui/editors/chapter.py",
            "ui/editors/chapter_image_view.py",
            "ui/editors/chapter_images.py",
            "ui/editors/chapter_toolbar.py",
            "ui/icons.py",
        ),
    ),
    Shot(
        "mal.png",
        "exempel",
        "mal",
        (
            *_PLAN_SCREEN,
            *_TABLES,
            "ui/editors/goals.py",
            "ui/models/goals.py",
            "ui/indicator_years.py",
            "ui/models/indicator_years.py",
        ),
    ),
    Shot(
        "aktiviteter.png",
        "exempel",
        "aktiviteter",
        (*_PLAN_SCREEN, *_TABLES, "ui/editors/activities.py", "ui/models/activities.py"),
    ),
    Shot(
        "drift.png",
        "exempel",
        "drift",
        (*_PLAN_SCREEN, *_TABLES, "ui/editors/budget_grid.py", "ui/models/budget.py"),
    ),
    Shot(
        "internkontroll.png",
        "exempel",
        "internkontroll",
        (
            *_PLAN_SCREEN,
            *_TABLES,
            "ui/editors/internal_control.py",
            "ui/models/internal_control.py",
            "ui/risk_matrix.py",
        ),
    ),
    Shot("granskning.png", "exempel", "granskning", (*_PLAN_SCREEN, "ui/review.py")),
    # The example's delår: its goals assessed, beside the plan's targets.
    Shot(
        "uppfoljning.png",
        "exempel",
        "mal",
        (
            *_PLAN_SCREEN,
            *_TABLES,
            "ui/period_selector.py",
            "ui/editors/follow_up_goals.py",
            "ui/models/follow_up_goals.py",
        ),
        period="Delår augusti 2027",
    ),
)


def images_folder() -> Path:
    return Path(str(resource("handbok"))) / "bilder"


def source_hash(sources: tuple[str, ...] | list[str]) -> str:
    """A hash of the named source files (paths inside vplan_desktop/), line endings ignored."""
    digest = hashlib.sha256()
    for name in sorted(sources):
        text = (PACKAGE / name).read_bytes().replace(b"\r\n", b"\n")
        digest.update(name.encode() + b"\0" + text + b"\0")
    return digest.hexdigest()


def _vplan(*args: str, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vplan_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"vplan {' '.join(args)} misslyckades:\n{result.stderr}")


def make_images(folder: Path) -> dict[str, dict[str, object]]:
    """Take every picture into ``folder`` and return what ``bilder.json`` records."""
    record: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="vplan-handbok-") as work:
        home = Path(work)
        # A home of its own: the pictures show no one's recent plans, and nothing is left.
        # Always light: the handbook is printed and read on white.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VPLAN_FARGSCHEMA": "ljust"}
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
        plans = {"exempel": home / "Exempelplan.vplan", "ny": home / "Ny plan.vplan"}
        _vplan("example", str(plans["exempel"]), env=env)
        _vplan(
            "new",
            str(plans["ny"]),
            "--kommun=Exempelkommun",
            "--namnd=Socialnämnden",
            "--fran=2026",
            "--till=2028",
            env=env,
        )
        for shot in SHOTS:
            args = ["screenshot"]
            if shot.plan is not None:
                args.append(str(plans[shot.plan]))
            if shot.section is not None:
                args += ["--section", shot.section]
            if shot.period is not None:
                args += ["--uppfoljning", shot.period]
            _vplan(*args, "-o", str(folder / shot.image), "--size", SIZE, env=env)
            record[shot.image] = {
                "avsnitt": shot.section,
                "plan": shot.plan,
                **({"uppfoljning": shot.period} if shot.period else {}),
                "kallkod": list(shot.sources),
                "sha256": source_hash(shot.sources),
            }
            print(f"{shot.image}")
    return record


def main() -> int:
    folder = images_folder()
    folder.mkdir(parents=True, exist_ok=True)
    record = make_images(folder)
    (folder / RECORD).write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
