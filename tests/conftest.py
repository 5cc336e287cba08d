"""Shared fixtures: every test gets its own plan file, copied from one built per session."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.user_folders import UserFolders, isolate, leave_home

# Settings, recent plans and the example copy go to a folder of the test run, never the user's:
# each test's own folder through vplan's path functions (the ``user_folders`` fixture), and
# the XDG variables for Qt's own caches and for the vplan processes some tests start (Linux).
_HOME = tempfile.mkdtemp(prefix="vplan-tester-")
# Removed when the run ends (after every fixture, so nothing writes into it any more).
atexit.register(functools.partial(shutil.rmtree, _HOME, ignore_errors=True))
leave_home(Path(_HOME))

from tests.network_guard import block_network  # noqa: E402

# vplan never opens a network connection: for the whole run, any attempt fails (and is kept,
# so the run fails even if the code under test swallowed the error).
NETWORK_ATTEMPTS = block_network()

# The throw-away PostgreSQL cluster of the tests of plans on a server (``slow`` tests).
from tests.pg_cluster import pg_cluster  # noqa: E402, F401
from vplan_desktop.db.document import PlanDocument  # noqa: E402
from vplan_desktop.interchange import import_json, load_json  # noqa: E402
from vplan_desktop.paths import resource  # noqa: E402
from vplan_desktop.services.plan import NewPlan, create_plan  # noqa: E402

EXAMPLE_JSON = resource("example_plan.json")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--stress", action="store_true", help="run the stress tests too")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--stress"):
        return
    skip = pytest.mark.skip(reason="stress test: run with --stress")
    for item in items:
        if "stress" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def no_network_was_tried() -> Iterator[None]:
    yield
    assert NETWORK_ATTEMPTS == [], f"vplan tried to reach the network: {NETWORK_ATTEMPTS}"


@pytest.fixture(autouse=True, scope="session")
def run_folders() -> Iterator[UserFolders]:
    """Until a test's own folders are set, vplan's folders are the test run's (for the
    fixtures built once per run)."""
    folders = UserFolders(Path(_HOME) / "run")
    with pytest.MonkeyPatch.context() as patch:
        isolate(folders, patch)
        yield folders


@pytest.fixture(autouse=True)
def user_folders(
    run_folders: UserFolders,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> UserFolders:
    """Each test has its own per-user folders and settings: working copies, backups, logs,
    recent plans, window geometry, the example plan."""
    folders = UserFolders(tmp_path_factory.mktemp("user"))
    isolate(folders, monkeypatch)
    return folders


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty plan and the example plan, each built once through the migrations."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "tom.vplan"
    create_plan(empty, NewPlan("Provkommun", "Socialnämnden", 2026, 2028))
    example = folder / "exempel.vplan"
    data = load_json(EXAMPLE_JSON)
    followed_up = folder / "exempel-med-delår.vplan"
    import_json(data, followed_up)
    # Most tests make the follow-ups they need: the plan without the example's filled delår.
    import_json({**data, "uppfoljningar": []}, example)
    return {"empty": empty, "example": example, "followed_up": followed_up}


@pytest.fixture
def plan_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of an empty plan (Socialnämnden i Provkommun, 2026–2028)."""
    path = tmp_path / "plan.vplan"
    shutil.copyfile(templates["empty"], path)
    return path


@pytest.fixture
def example_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of the example plan without its follow-up (``followed_up_path`` has it)."""
    path = tmp_path / "exempel.vplan"
    shutil.copyfile(templates["example"], path)
    return path


@pytest.fixture
def followed_up_path(templates: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of the example plan as shipped, with its filled-in delår."""
    path = tmp_path / "exempel-med-delår.vplan"
    shutil.copyfile(templates["followed_up"], path)
    return path


@pytest.fixture
def doc(plan_path: Path) -> Iterator[PlanDocument]:
    with PlanDocument.open(plan_path) as document:
        yield document


@pytest.fixture
def example_doc(example_path: Path) -> Iterator[PlanDocument]:
    with PlanDocument.open(example_path) as document:
        yield document
