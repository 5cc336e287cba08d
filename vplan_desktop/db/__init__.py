"""Persistence: the SQLAlchemy models, the plan file and its migrations.

This package imports nothing from the rest of vplan except ``vplan_desktop.errors``.
"""
