"""The plan's status and period as the window and the documents name them.

Light (the enums only): the window's first frame shows the front matter with them before the
domain module has loaded. ``vplan_desktop.domain`` offers the same names.
"""

from __future__ import annotations

from vplan_desktop.db.enums import PlanStatus

MAX_PERIOD_YEARS = 4

STATUS_LABELS = {
    PlanStatus.UTKAST: "Utkast",
    PlanStatus.UNDER_BEREDNING: "Under beredning",
    PlanStatus.ANTAGEN: "Antagen",
}
UNSET_STATUS_LABEL = "(ingen status)"
"""How the pickers offer "no status"; the documents print nothing for it."""
