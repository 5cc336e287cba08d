"""One editor widget per section of the plan."""
