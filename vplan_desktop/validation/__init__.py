"""The checks a plan must pass before it goes to the nämnd.

``validate(plan)`` runs every rule over a snapshot and returns findings: each with a severity
(Fel blocks adoption, Varning should be looked at, Tips is advice), a Swedish message that says
what to do, and where the problem is (section, item, field) so the GUI can go there. The rules
are plain functions over the immutable snapshot: no database, no Qt, safe on any thread.

``validate_follow_up(plan, period)`` runs the checks of one follow-up period instead
(``follow_up_rules``); the plan's own checks never include them.
"""

from vplan_desktop.validation import budget_rules, follow_up_rules, image_rules, plan_rules
from vplan_desktop.validation.findings import (
    GROUP_FROM,
    SECTION_TITLES,
    SEVERITY_ORDER,
    Finding,
    FindingItem,
    Readiness,
    Severity,
    findings_json,
    findings_text,
    readiness,
    readiness_by_section,
    section_title,
    validate,
)
from vplan_desktop.validation.follow_up_rules import follow_up_findings as validate_follow_up

__all__ = [
    "GROUP_FROM",
    "SECTION_TITLES",
    "SEVERITY_ORDER",
    "Finding",
    "FindingItem",
    "Readiness",
    "Severity",
    "budget_rules",
    "findings_json",
    "findings_text",
    "follow_up_rules",
    "image_rules",
    "plan_rules",
    "readiness",
    "readiness_by_section",
    "section_title",
    "validate",
    "validate_follow_up",
]
