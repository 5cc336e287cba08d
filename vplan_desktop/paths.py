"""Where vplan finds its shipped data files."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def resource(name: str) -> Traversable:
    """The shipped data file ``name`` from the resources folder.

    Installed, the folder is the package ``vplan_desktop.resources``; in a source checkout
    that package is not importable and the top-level ``resources/`` folder is used.
    """
    try:
        return resources.files("vplan_desktop.resources").joinpath(name)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent.joinpath("resources", name)
