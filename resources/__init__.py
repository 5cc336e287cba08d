"""Data files shipped with vplan (example plan, JSON Schema, icons).

Installed as the package ``vplan_desktop.resources``; read through ``vplan_desktop.paths``.
"""
