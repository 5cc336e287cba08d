"""Alembic migrations of the plan file; run by ``PlanDocument`` when a file is opened."""
