"""vplan's performance suite: ``python -m bench`` (not part of the tests; no timing asserts)."""
