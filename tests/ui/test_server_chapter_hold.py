"""Two windows on one plan on the server, as two redaktörer (real login roles on a real
throw-away server, ``tests/pg_cluster.py``): a chapter's text is written by one of them at a
time, the other sees who writes it and may write once it is let go of."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.pg_cluster import Cluster
from tests.server_setup import redaktorer, server_database
from tests.ui.helpers import type_text, workspace_of
from vplan_desktop.errors import ServerError
from vplan_desktop.sections import ItemKind
from vplan_desktop.server import transfer
from vplan_desktop.server.address import parse_address
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.services import items
from vplan_desktop.ui.editors.chapter import ChapterEditor
from vplan_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

PLAN = "exempel"


@pytest.fixture
def database(pg_cluster: Cluster, example_path: Path) -> Iterator[str]:
    """A database with the example plan; dropped after the test with the plan's roles."""
    with server_database(pg_cluster, (example_path, PLAN)) as name:
        yield name


@pytest.fixture
def redaktor(pg_cluster: Cluster, database: str) -> Iterator[Callable[..., str]]:
    """Makes a login role with the redaktör right in the plan, and with ``namn`` the name
    people know her by."""
    with redaktorer(pg_cluster, database, PLAN) as make:
        yield make


def _window(qtbot: QtBot, cluster: Cluster, database: str, user: str) -> MainWindow:
    window = MainWindow(report_error=lambda _parent, _title, text: pytest.fail(text))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    assert window.open_plan(parse_address(cluster.url(database, PLAN, user=user)))
    return window


def _text_on_server(cluster: Cluster, database: str, chapter: int) -> str:
    with cluster.connect(database) as connection:
        row = connection.execute(
            f"SELECT text FROM plan_{PLAN}.kapitel WHERE id = %s", [chapter]
        ).fetchone()
    assert row is not None
    return str(row[0])


def _on_chapter(qtbot: QtBot, window: MainWindow, chapter: int) -> ChapterEditor:
    window.show_section(f"kapitel:{chapter}")
    editor = workspace_of(window).chapter
    qtbot.waitUntil(editor.text.isVisible)
    return editor


def _type_at_start(qtbot: QtBot, editor: ChapterEditor, text: str) -> None:
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.text, text)


def test_one_window_writes_a_chapter_and_the_other_sees_who_until_it_is_let_go(
    qtbot: QtBot, pg_cluster: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    # Anna has a name on the server (vplan server grant … --namn), Bert only his login.
    anna, bert = redaktor("anna", "Anna Svensson"), redaktor("bert")
    a = _window(qtbot, pg_cluster, database, anna)
    b = _window(qtbot, pg_cluster, database, bert)
    chapter = workspace_of(a).context.plan.kapitel[0].id
    before = _text_on_server(pg_cluster, database, chapter)
    in_a, in_b = _on_chapter(qtbot, a, chapter), _on_chapter(qtbot, b, chapter)
    # Looking at it holds nothing: both may write.
    assert not in_a.text.isReadOnly() and not in_b.text.isReadOnly()
    assert in_a.hold.banner.isHidden() and in_b.hold.banner.isHidden()

    _type_at_start(qtbot, in_a, "Annas inledning. ")
    assert not in_a.text.isReadOnly() and in_a.hold.banner.isHidden()
    # Within a poll B's text is read-only and says who writes it, and since when.
    qtbot.waitUntil(in_b.text.isReadOnly, timeout=10_000)
    assert in_b.hold.banner.isVisible()
    assert in_b.hold.banner.text().startswith("Kapitlet redigeras av Anna Svensson sedan kl. ")
    assert not in_b.toolbar.isEnabled()
    shown = in_b.text.toPlainText()
    type_text(in_b.text, "Bert skriver. ")
    qtbot.keyClick(in_b.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # bold
    assert in_b.text.toPlainText() == shown and not in_b._dirty

    # A goes to another section: what she typed is saved, and the chapter is let go of.
    a.show_section("uppgifter")
    saved = _text_on_server(pg_cluster, database, chapter)
    assert saved.startswith("Annas inledning. ") and saved != before
    qtbot.waitUntil(lambda: not in_b.text.isReadOnly(), timeout=10_000)
    assert in_b.hold.banner.isHidden() and in_b.toolbar.isEnabled()
    # B shows what A wrote, and writes after it: nothing of A's is lost.
    assert in_b.text.toPlainText().startswith("Annas inledning. ")
    _type_at_start(qtbot, in_b, "Berts rad. ")
    in_b.flush()
    assert _text_on_server(pg_cluster, database, chapter).startswith("Berts rad. Annas inledning. ")

    # Now B holds it: A, back on the chapter, is told at once; B's closing lets go of it.
    in_a = _on_chapter(qtbot, a, chapter)
    assert in_a.text.isReadOnly()
    assert in_a.hold.banner.text().startswith(f"Kapitlet redigeras av {bert} sedan kl. ")
    assert b.close_plan()
    qtbot.waitUntil(lambda: not in_a.text.isReadOnly(), timeout=10_000)
    assert in_a.text.toPlainText().startswith("Berts rad. Annas inledning. ")
    assert a.close_plan()


def test_a_chapter_is_let_go_of_after_a_while_without_typing(
    qtbot: QtBot, pg_cluster: Cluster, database: str, redaktor: Callable[..., str]
) -> None:
    anna, bert = redaktor("anna"), redaktor("bert")
    a = _window(qtbot, pg_cluster, database, anna)
    b = _window(qtbot, pg_cluster, database, bert)
    chapter = workspace_of(a).context.plan.kapitel[0].id
    in_a, in_b = _on_chapter(qtbot, a, chapter), _on_chapter(qtbot, b, chapter)
    in_a.hold.idle.setInterval(5000)  # five minutes in use; B asks every three seconds
    _type_at_start(qtbot, in_a, "Snart borta. ")
    qtbot.waitUntil(in_b.text.isReadOnly, timeout=10_000)
    # A stays on the chapter, typing nothing: her text is saved and the chapter let go of.
    qtbot.waitUntil(lambda: not in_b.text.isReadOnly(), timeout=10_000)
    assert _text_on_server(pg_cluster, database, chapter).startswith("Snart borta. ")
    assert in_b.text.toPlainText().startswith("Snart borta. ")
    assert not in_a.text.isReadOnly()  # still hers to take again at the next key
    assert a.close_plan() and b.close_plan()


def test_without_a_hold_a_text_someone_else_saved_meanwhile_is_not_overwritten(
    qtbot: QtBot,
    pg_cluster: Cluster,
    database: str,
    redaktor: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna, bert = redaktor("anna"), redaktor("bert")
    a = _window(qtbot, pg_cluster, database, anna)
    chapter = workspace_of(a).context.plan.kapitel[0].id
    in_a = _on_chapter(qtbot, a, chapter)
    holds = in_a.hold.holds
    assert holds is not None

    asked: list[int] = []

    def unreachable(chapter: int) -> object:
        asked.append(chapter)
        raise ServerError("Servern svarade inte i tid.")

    monkeypatch.setattr(holds, "take", unreachable)
    # Bert saves the chapter from elsewhere; A's window still shows the text before.
    address = parse_address(pg_cluster.url(database, PLAN, user=bert))
    with transfer.open_server_plan(address, Credentials()) as doc:
        items.update_item(doc, ItemKind.KAPITEL, chapter, {"text": "Berts nya text."})

    _type_at_start(qtbot, in_a, "Annas rad. ")
    assert in_a.hold.banner.text() == (
        "Kapitlet kunde inte reserveras åt dig: Servern svarade inte i tid."
    )
    assert not in_a.text.isReadOnly()  # written all the same, guarded by its version
    assert asked == [chapter]  # once, not at every key
    in_a.flush()
    assert _text_on_server(pg_cluster, database, chapter) == "Berts nya text."
    message = workspace_of(a).message
    assert message.isVisible()
    assert message.text().startswith(f"{bert} ändrade detta kl. ")
    assert in_a.text.toPlainText() == "Berts nya text."  # the window shows what is saved
    assert a.close_plan()
