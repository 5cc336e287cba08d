"""What vplan remembers between sessions: recent plans (files and plans on a server),
window geometry, splitters, the panes the user showed or hid."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QSettings

from vplan_desktop.errors import ServerError

if TYPE_CHECKING:
    from vplan_desktop.server.address import PlanAddress

MAX_RECENT = 8


def settings() -> QSettings:
    """vplan's settings for this user, in the default format: the platform's own store (the
    registry, a plist, an ini file) unless ``QSettings.setDefaultFormat`` chose another, as
    the tests do to keep theirs in a folder of their own on every platform."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "vplan", "vplan")


RecentPlan: TypeAlias = "Path | PlanAddress"
"""A plan in the recent list: a plan file, or a plan on a server (its address)."""


def recent_entry(text: str) -> RecentPlan | None:
    """The recent plan ``text`` names (as ``remember_plan`` wrote it); None for an address
    this vplan cannot read."""
    if "://" not in text:
        return Path(text)
    # Deferred, measured: the window's first frame reads these settings, and the address
    # parser would add 8 ms to it.
    from vplan_desktop.server.address import parse_address

    try:
        return parse_address(text)
    except ServerError:
        return None


def recent_plans() -> list[RecentPlan]:
    value = settings().value("recent", [])
    entries = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    found = (recent_entry(str(p)) for p in entries)
    return [entry for entry in found if entry is not None]


def remember_plan(place: RecentPlan) -> None:
    key = place.resolve() if isinstance(place, Path) else place
    others = [p for p in recent_plans() if p != key]
    settings().setValue("recent", [str(p) for p in [key, *others][:MAX_RECENT]])


def forget_plan(place: RecentPlan) -> None:
    settings().setValue("recent", [str(p) for p in recent_plans() if p != place])


WELCOME_SEEN = "hjalp/valkommenVisad"


def welcome_seen() -> bool:
    """True once the first-run welcome has been shown."""
    return settings().value(WELCOME_SEEN, False, type=bool) is True


def remember_welcome_seen() -> None:
    settings().setValue(WELCOME_SEEN, True)


NAVIGATOR_HIDDEN = "fonster/avsnittslistanDold"


def navigator_hidden() -> bool:
    """True when the user hid the section list (to give the tables the width)."""
    return settings().value(NAVIGATOR_HIDDEN, False, type=bool) is True


def remember_navigator_hidden(hidden: bool) -> None:
    settings().setValue(NAVIGATOR_HIDDEN, hidden)


RISK_MATRIX_SHOWN = "internkontroll/riskmatrisVisad"


def risk_matrix_shown() -> bool | None:
    """True or False once the user has shown or folded away Internkontroll's risk matrix;
    None before: the page's width decides."""
    value = settings().value(RISK_MATRIX_SHOWN)
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def remember_risk_matrix_shown(shown: bool) -> None:
    settings().setValue(RISK_MATRIX_SHOWN, shown)


EXPORT_TEMPLATE = "export/mall"


def export_template() -> Path | None:
    """The kommun's Word template or graphic profile the exports use; None for vplan's own look."""
    value = settings().value(EXPORT_TEMPLATE, "")
    return Path(value) if isinstance(value, str) and value else None


def remember_export_template(path: Path | None) -> None:
    settings().setValue(EXPORT_TEMPLATE, str(path) if path is not None else "")
