"""Qt item models over the plan's snapshot; edits go through ``PlanContext``."""
