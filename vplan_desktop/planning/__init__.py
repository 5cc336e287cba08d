"""Whole-plan work built on the interchange format: next year's plan and named versions.

Both read the plan as one interchange document (``interchange.plan_to_json``), so they sit
above ``interchange``, which itself sits above ``services``.
"""
