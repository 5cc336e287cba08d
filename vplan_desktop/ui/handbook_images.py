"""Make the handbook's screenshots and the gallery again:
``python -m vplan_desktop.ui.handbook_images``.

Each picture is taken with ``vplan screenshot`` of the example plan (or of a new, empty
plan) and recorded in ``bilder.json`` with a hash of the source files of the screen it
shows; ``tests/ui/test_help.py`` fails when that code has changed since, naming this script.

The gallery has the main sections of the example plan in the light and the dark scheme:
each at 1280×800 in ``docs/galleri/`` (README.md links to them) and half that size in the
handbook's ``bilder/galleri/`` (shown by README.md and the handbook's galleri.html, and
shipped with vplan). Both are palette PNGs, small enough for the repository.

Internkontroll folds its risk matrix away on a page narrower than 1 200 px; the pictures show
it as a user sees it who has shown it with the *Riskmatris* button (which vplan remembers), and
the handbook's picture of it is taken at the gallery's size, where the matrix stands beside the
table.
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
GALLERY = "galleri"
"""The gallery's folder, inside the handbook's picture folder and inside docs/."""
FULL_SIZE = PACKAGE.parent / "docs" / GALLERY
"""Where the gallery's pictures are kept at full size (in a checkout: the script's output)."""
GALLERY_SIZE = "1280x800"
THUMBNAIL_WIDTH = 640
COLOURS = 256
"""The colours of a palette PNG: a screenshot's text stays sharp, the file a third the size."""

_PLAN_SCREEN = (
    "ui/workspace.py",
    "ui/navigator.py",
    "ui/editors/base.py",
    "ui/editors/section_header.py",
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
    scheme: str = "ljust"
    """``VPLAN_FARGSCHEMA`` while it is taken: "ljust" or "morkt"."""
    size: str = SIZE

    @property
    def full_size(self) -> str | None:
        """A gallery picture's full size, from the repository's root ("docs/galleri/mal-ljust
        .png"); None for the handbook's own pictures, which are only the size taken."""
        if not self.image.startswith(f"{GALLERY}/"):
            return None
        return f"docs/{self.image}"


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
    # The risk matrix beside the table: at 1100×700 it would stand below it, the table
    # one row high.
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
        size=GALLERY_SIZE,
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

_HANDBOOK_SOURCES = {shot.image: shot.sources for shot in SHOTS}


@dataclass(frozen=True)
class GalleryPage:
    """A section in the gallery: its pictures' name, its caption, what ``vplan screenshot``
    is asked to show and the code of that screen."""

    name: str
    caption: str
    section: str
    sources: tuple[str, ...]
    period: str | None = None


GALLERY_PAGES = (
    GalleryPage(
        "uppgifter", "Uppgifter – nämnd, period och beslut", "uppgifter",
        _HANDBOOK_SOURCES["uppgifter.png"],
    ),
    GalleryPage(
        "kapitel", "Ett kapitel – text, rubriker och bild", "kapitel:6",
        _HANDBOOK_SOURCES["kapitel.png"],
    ),
    GalleryPage("mal", "Mål och indikatorer", "mal", _HANDBOOK_SOURCES["mal.png"]),
    GalleryPage(
        "aktiviteter", "Aktiviteter", "aktiviteter", _HANDBOOK_SOURCES["aktiviteter.png"]
    ),
    GalleryPage("drift", "Driftbudget", "drift", _HANDBOOK_SOURCES["drift.png"]),
    GalleryPage(
        "investeringar", "Investeringar", "investeringar",
        (*_PLAN_SCREEN, *_TABLES, "ui/editors/budget_grid.py", "ui/models/investments.py"),
    ),
    GalleryPage(
        "nyckeltal", "Nyckeltal", "nyckeltal",
        (
            *_PLAN_SCREEN, *_TABLES, "ui/editors/key_figures.py", "ui/models/key_figures.py",
            "ui/key_figure_details.py",
        ),
    ),
    GalleryPage(
        "internkontroll", "Internkontroll", "internkontroll",
        _HANDBOOK_SOURCES["internkontroll.png"],
    ),
    GalleryPage("granskning", "Granskning", "granskning", _HANDBOOK_SOURCES["granskning.png"]),
    # The example's delår: each activity's status, marked by shape, colour and word.
    GalleryPage(
        "uppfoljning", "Uppföljning – aktiviteterna vid delåret", "aktiviteter",
        (
            *_PLAN_SCREEN, *_TABLES, "ui/period_selector.py", "ui/editors/follow_up_base.py",
            "ui/editors/follow_up_activities.py", "ui/models/follow_up_activities.py",
            "ui/models/follow_up_table.py",
        ),
        period="Delår augusti 2027",
    ),
)  # fmt: skip
"""The gallery's sections, in the order README.md and galleri.html show them."""

SCHEMES = ("ljust", "morkt")
GALLERY_SHOTS = tuple(
    Shot(
        f"{GALLERY}/{page.name}-{scheme}.png",
        "exempel",
        page.section,
        page.sources,
        period=page.period,
        scheme=scheme,
        size=GALLERY_SIZE,
    )
    for page in GALLERY_PAGES
    for scheme in SCHEMES
)
ALL_SHOTS = (*SHOTS, *GALLERY_SHOTS)
"""Every picture this script takes: the handbook's, then the gallery's."""


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


def _show_risk_matrix(env: dict[str, str]) -> None:
    """Remember, in the settings of the pictures' own home, that the user showed the risk
    matrix: as the *Riskmatris* button does."""
    code = (
        "from vplan_desktop.ui.settings import remember_risk_matrix_shown; "
        "remember_risk_matrix_shown(True)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"Inställningen för riskmatrisen kunde inte sparas:\n{result.stderr}")


def make_images(folder: Path) -> dict[str, dict[str, object]]:
    """Take every picture into ``folder`` and return what ``bilder.json`` records."""
    record: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="vplan-handbok-") as work:
        home = Path(work)
        # A home of its own: the pictures show no one's recent plans, and nothing is left.
        # The handbook's are light (it is printed and read on white); the gallery has both.
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
        _show_risk_matrix(env)
        (folder / GALLERY).mkdir(exist_ok=True)
        FULL_SIZE.mkdir(parents=True, exist_ok=True)
        for shot in ALL_SHOTS:
            args = ["screenshot"]
            if shot.plan is not None:
                args.append(str(plans[shot.plan]))
            if shot.section is not None:
                args += ["--section", shot.section]
            if shot.period is not None:
                args += ["--uppfoljning", shot.period]
            full = None if shot.full_size is None else PACKAGE.parent / shot.full_size
            target = folder / shot.image if full is None else full
            shown = {**env, "VPLAN_FARGSCHEMA": shot.scheme}
            _vplan(*args, "-o", str(target), "--size", shot.size, env=shown)
            if full is not None:
                shrink(full, folder / shot.image)
            record[shot.image] = {
                "avsnitt": shot.section,
                "plan": shot.plan,
                **({"uppfoljning": shot.period} if shot.period else {}),
                **({"fargschema": shot.scheme} if shot.full_size else {}),
                **({"full_storlek": shot.full_size} if shot.full_size else {}),
                "kallkod": list(shot.sources),
                "sha256": source_hash(shot.sources),
            }
            print(f"{shot.image}")
    return record


def shrink(picture: Path, thumbnail: Path) -> None:
    """Save ``picture`` again as a palette PNG, and a copy ``THUMBNAIL_WIDTH`` wide as
    ``thumbnail``: a screenshot has few colours, and its text stays sharp in 256."""
    from PIL import Image  # deferred: Pillow only when the pictures are made again

    with Image.open(picture) as opened:
        full = opened.convert("RGB")
    height = round(full.height * THUMBNAIL_WIDTH / full.width)
    small = full.resize((THUMBNAIL_WIDTH, height), Image.Resampling.LANCZOS)
    for image, target in ((full, picture), (small, thumbnail)):
        reduced = image.quantize(COLOURS, dither=Image.Dither.NONE)
        reduced.save(target, optimize=True)


def gallery_bytes(folder: Path) -> int:
    """The gallery's size on disk: every picture at full size and as a thumbnail."""
    pictures = [*(folder / GALLERY).glob("*.png"), *FULL_SIZE.glob("*.png")]
    return sum(path.stat().st_size for path in pictures)


def main() -> int:
    folder = images_folder()
    folder.mkdir(parents=True, exist_ok=True)
    record = make_images(folder)
    (folder / RECORD).write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"Galleriet: {gallery_bytes(folder) / 1_000_000:.1f} MB".replace(".", ","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
