"""The core functions the GUI and the CLI both call.

Every function that changes the plan is one user action: it runs in one transaction and
returns a ``Change`` that says what changed and how to take it back.
"""
