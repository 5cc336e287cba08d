"""GUI tests, driven through pytest-qt."""
