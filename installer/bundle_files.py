"""The data files the bundled vplan needs, named one by one.

The PyInstaller spec (``vplan.spec``) bundles exactly these, and ``tests/test_bundle.py``
checks that the list covers every migration, font, icon and resource in the source tree, so
a file added without being listed here fails CI instead of failing for a user.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "vplan"
CLI_NAME = "vplan-cli"

MIGRATIONS = [
    "env.py",
    "script.py.mako",
    "versions/0001_initial.py",
    "versions/0002_review_marks.py",
    "versions/0003_versions_and_log.py",
    "versions/0004_unset_values_and_comparisons.py",
    "versions/0005_goal_tree.py",
    "versions/0006_budget_units_and_totals.py",
    "versions/0007_cost_types.py",
    "versions/0008_chapter_images.py",
    "versions/0009_result_sum.py",
    "versions/0010_follow_up.py",
    "versions/0011_row_versions.py",
]
DB_DATA = ["schema_fingerprints.json"]
"""Data the plan-file code reads: the structure of each schema revision."""
HANDBOOK = [
    *[
        f"{page}.html"
        for page in (
            "index",
            "uppgifter",
            "kapitel",
            "mal",
            "aktiviteter",
            "budget",
            "internkontroll",
            "uppfoljning",
            "granskning",
            "export",
            "nasta-ar",
            "server",
            "galleri",
        )
    ],
    "bilder/bilder.json",
    *[
        f"bilder/{image}.png"
        for image in (
            "start",
            "ny-plan",
            "uppgifter",
            "kapitel",
            "mal",
            "aktiviteter",
            "drift",
            "internkontroll",
            "granskning",
            "uppfoljning",
        )
    ],
    *[
        f"bilder/galleri/{section}-{scheme}.png"
        for section in (
            "uppgifter",
            "kapitel",
            "mal",
            "aktiviteter",
            "drift",
            "investeringar",
            "nyckeltal",
            "internkontroll",
            "granskning",
            "uppfoljning",
        )
        for scheme in ("ljust", "morkt")
    ],
]
"""The Swedish handbook (Hjälp → Handbok), its screenshots and its gallery (galleri.html)."""
UI_ICONS = (
    "letter-f",
    "letter-k",
    "h-1",
    "h-2",
    "list",
    "list-numbers",
    "indent-decrease",
    "indent-increase",
    "table",
    "row-insert-bottom",
    "row-remove",
    "photo",
    "arrow-back-up",
    "arrow-forward-up",
    "file-info",
    "file-text",
    "target",
    "list-check",
    "coins",
    "report-money",
    "scale",
    "building",
    "chart-bar",
    "shield-check",
    "progress-check",
    "checkup-list",
    "plus",
    "trash",
    "arrow-up",
    "arrow-down",
    "pencil",
    "eye",
    "table-plus",
    "table-minus",
    "column-insert-right",
    "column-remove",
    "calendar-plus",
    "check",
    "lock",
    "lock-open",
    "adjustments-horizontal",
)
"""The tool buttons' and the navigator's line icons (Tabler Icons, MIT), drawn by
``vplan_desktop.ui.icons``."""
RESOURCES = [
    "example_plan.json",
    "vplan-plan.schema.json",
    "vplan-profil.schema.json",
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/DejaVuSans-BoldOblique.ttf",
    "fonts/LICENSE-DejaVu.txt",
    "icons/vplan.svg",
    "icons/vplan-plan.svg",
    *[f"icons/vplan-{size}.png" for size in (16, 32, 48, 64, 128, 256)],
    *[f"icons/vplan-plan-{size}.png" for size in (16, 32, 48, 64, 128, 256)],
    "icons/vplan.ico",
    "icons/vplan-plan.ico",
    *[f"icons/ui/{name}.svg" for name in UI_ICONS],
    "icons/ui/LICENSE-tabler.txt",
    *[f"handbok/{name}" for name in HANDBOOK],
]
QT_TRANSLATIONS = ["qtbase_sv.qm", "qt_sv.qm"]
"""Swedish for Qt's own dialogs (file dialogs, message-box buttons)."""


def data_files() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for PyInstaller's ``datas``."""
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    files = [
        (
            str(ROOT / "vplan_desktop/db/migrations" / name),
            str(Path("vplan_desktop/db/migrations", name).parent),
        )
        for name in MIGRATIONS
    ]
    files += [(str(ROOT / "vplan_desktop/db" / name), "vplan_desktop/db") for name in DB_DATA]
    files += [
        (str(ROOT / "resources" / name), str(Path("resources", name).parent)) for name in RESOURCES
    ]
    files += [(str(qt / name), "PySide6/Qt/translations") for name in QT_TRANSLATIONS]
    return files
