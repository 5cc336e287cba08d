"""Help for the first day: the welcome, the hints in empty sections and the handbook (F1)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMenu, QPushButton, QWidget

from tests.ui.helpers import context_of, shown_window, workspace_of
from vplan_desktop.ui import handbook_images
from vplan_desktop.ui.editors.base import SectionEditor
from vplan_desktop.ui.handbook import PAGES, handbook_folder
from vplan_desktop.ui.main_window import MainWindow
from vplan_desktop.ui.settings import WELCOME_SEEN, settings
from vplan_desktop.ui.welcome_dialog import WelcomeDialog


@pytest.fixture(autouse=True)
def first_start() -> None:
    """Each test starts as vplan's first start (settings are kept for the whole test run)."""
    settings().remove(WELCOME_SEEN)


def _welcomes() -> list[WelcomeDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog)]


def _visible_welcomes() -> list[WelcomeDialog]:
    return [w for w in _welcomes() if w.isVisible()]


# --- the welcome -----------------------------------------------------------------------------


def test_a_window_made_by_a_test_shows_no_welcome(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert _visible_welcomes() == []


def test_the_welcome_is_shown_the_first_time_only(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.welcome_first_time()
    shown = _visible_welcomes()
    assert len(shown) == 1
    texts = " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert "ej påbörjad" in texts
    assert "måste rättas innan planen går till nämnden" in texts
    shown[0].close_button.click()
    assert _visible_welcomes() == []

    second = MainWindow()  # vplan started again
    qtbot.addWidget(second)
    second.show()
    second.welcome_first_time()
    assert _visible_welcomes() == []


def test_the_welcome_waits_while_a_plan_is_open(qtbot: QtBot, plan_path: Path) -> None:
    window = shown_window(qtbot, plan_path)
    window.welcome_first_time()  # e.g. unsaved edits were recovered at start
    assert _visible_welcomes() == []


def test_help_menu_shows_the_welcome_again(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.welcome_first_time()
    _visible_welcomes()[0].close_button.click()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjälp")
    assert isinstance(help_menu, QMenu)
    entry = next(a for a in help_menu.actions() if a.text() == "&Välkommen…")
    entry.trigger()
    assert len(_visible_welcomes()) == 1


@pytest.mark.parametrize(
    ("button", "method"),
    [
        ("new_button", "new_plan"),
        ("rollover_button", "new_from_last_year"),
        ("word_button", "import_word_plan"),
    ],
)
def test_each_way_to_start_closes_the_welcome_and_starts_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, button: str, method: str
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    started: list[tuple[object, ...]] = []
    monkeypatch.setattr(window, method, lambda *args: started.append(args))
    dialog = window.show_welcome()
    getattr(dialog, button).click()
    assert started == [()]  # (no stray "checked" argument taken for a file path)
    assert not dialog.isVisible()


def test_the_welcome_starts_a_new_plan_with_the_new_plan_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vplan_desktop.ui.new_plan_dialog import NewPlanDialog

    opened: list[str] = []
    monkeypatch.setattr(NewPlanDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_welcome().new_button.click()
    assert len(opened) == 1


# --- hints in empty sections -----------------------------------------------------------------


def _add_with(button_text: str) -> Callable[[QWidget], None]:
    def add(editor: QWidget) -> None:
        button = next(b for b in editor.findChildren(QPushButton) if b.text() == button_text)
        button.click()

    return add


EMPTY_SECTIONS = [
    ("mal", "Inga mål ännu", "Nytt målområde…"),
    ("aktiviteter", "Inga aktiviteter ännu", "Ny aktivitet…"),
    ("drift", "Inga verksamheter i driftbudgeten ännu", "Ny verksamhet…"),
    ("resultat", "Ingen resultaträkning ännu", "Ny verksamhet…"),
    ("investeringar", "Inga investeringar ännu", "Nytt projekt…"),
    ("nyckeltal", "Inga nyckeltal ännu", "Ny tabell…"),
    ("internkontroll", "Inga kontrollpunkter ännu", "Ny kontrollpunkt"),
]


@pytest.mark.parametrize(("section", "hint", "button"), EMPTY_SECTIONS)
def test_an_empty_section_says_how_to_begin_until_it_has_an_item(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    plan_path: Path,
    section: str,
    hint: str,
    button: str,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Första", True))
    window = shown_window(qtbot, plan_path)
    window.show_section(section)
    editor = workspace_of(window).stack.currentWidget()
    assert isinstance(editor, SectionEditor)
    qtbot.waitUntil(editor.isVisible)  # (a new page is shown once Qt's events run)
    label = editor.empty_hint
    assert label.isVisible()
    assert hint in label.text()
    assert button in label.text()  # the hint names the button that adds the first item
    _add_with(button)(editor)
    assert not label.isVisible()
    window.undo()  # empty again: the hint comes back
    assert label.isVisible()


def test_a_section_with_items_shows_no_hint(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    for section, _, _ in EMPTY_SECTIONS:
        window.show_section(section)
        editor = workspace_of(window).stack.currentWidget()
        assert isinstance(editor, SectionEditor)
        qtbot.waitUntil(editor.isVisible)
        if getattr(context_of(window).plan, _PLAN_PART[section]):
            assert not editor.empty_hint.isVisible(), section


_PLAN_PART = {
    "mal": "malomraden",
    "aktiviteter": "aktiviteter",
    "drift": "driftbudget",
    "resultat": "resultatrakning",
    "investeringar": "investeringar",
    "nyckeltal": "nyckeltal",
    "internkontroll": "internkontroll",
}


def test_an_empty_chapter_says_what_to_write(qtbot: QtBot, plan_path: Path) -> None:
    window = shown_window(qtbot, plan_path)
    window.show_section("kapitel")
    assert workspace_of(window).chapter.text.placeholderText().startswith("Kapitlet är tomt.")


# --- the handbook ----------------------------------------------------------------------------


def test_f1_opens_the_handbook_at_the_section_shown(qtbot: QtBot, example_path: Path) -> None:
    window = shown_window(qtbot, example_path)
    window.show_section("drift")
    QTest.keyClick(window, Qt.Key.Key_F1)
    handbook = window.handbook
    assert handbook is not None and handbook.isVisible()
    assert handbook.current_page() == "budget.html#drift"
    assert "Driftbudget" in handbook.browser.toPlainText()
    window.show_section("internkontroll")
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert handbook.current_page() == "internkontroll.html"
    assert handbook.browser.toPlainText().startswith("Innehåll\nInternkontroll")


def test_f1_without_a_plan_opens_the_contents(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    handbook = window.show_handbook()
    assert handbook.current_page() == "index.html"
    assert "Så börjar du" in handbook.browser.toPlainText()


def _pages() -> list[Path]:
    return sorted(handbook_folder().glob("*.html"))


def test_every_link_and_picture_of_the_handbook_is_there() -> None:
    folder = handbook_folder()
    targets = {page.split("#")[0] for page in PAGES.values()}
    assert targets <= {p.name for p in _pages()}
    for page in _pages():
        html = page.read_text(encoding="utf-8")
        for link in re.findall(r'href="([^"#]+)', html):
            assert (folder / link).is_file(), f"{page.name}: {link}"
        for anchor_page, anchor in re.findall(r'href="([^"#]*)#([^"]+)"', html):
            target = (folder / (anchor_page or page.name)).read_text(encoding="utf-8")
            assert f'name="{anchor}"' in target, f"{page.name}: #{anchor}"
        for image in re.findall(r'<img src="([^"]+)"', html):
            assert (folder / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", image


def test_the_handbook_screenshots_are_newer_than_the_screens_they_show() -> None:
    """A changed editor means its picture in the handbook may be wrong: take them again."""
    folder = handbook_images.images_folder()
    record = json.loads((folder / handbook_images.RECORD).read_text(encoding="utf-8"))
    hint = f"Kör `{handbook_images.SCRIPT}` och lägg de nya bilderna i ändringen."
    assert set(record) == {shot.image for shot in handbook_images.ALL_SHOTS}, hint
    stale = [
        shot.image
        for shot in handbook_images.ALL_SHOTS
        if record[shot.image]["kallkod"] != list(shot.sources)
        or record[shot.image]["sha256"] != handbook_images.source_hash(shot.sources)
        or record[shot.image].get("fargschema", "ljust") != shot.scheme
    ]
    assert stale == [], f"Bilderna visar äldre kod än den som finns nu: {stale}. {hint}"
    shown = {
        image.removeprefix("bilder/")
        for page in _pages()
        for image in re.findall(r'<img src="([^"]+)"', page.read_text(encoding="utf-8"))
    }
    assert shown <= set(record), hint


def _lightness(image: QImage) -> int:
    """The picture's mean lightness (0 black, 255 white)."""
    mean = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        1, 1, mode=Qt.TransformationMode.SmoothTransformation
    )
    return mean.pixelColor(0, 0).lightness()


def test_the_gallery_shows_each_section_light_and_dark_in_the_readme_and_the_handbook() -> None:
    root = handbook_images.PACKAGE.parent
    folder = handbook_images.images_folder()
    readme = (root / "README.md").read_text(encoding="utf-8")
    page = (handbook_folder() / "galleri.html").read_text(encoding="utf-8")
    hint = f"Kör `{handbook_images.SCRIPT}` och lägg de nya bilderna i ändringen."
    sections = {shot.section for shot in handbook_images.GALLERY_SHOTS}
    assert {"uppgifter", "mal", "drift", "investeringar", "granskning"} <= sections
    assert any(shot.period for shot in handbook_images.GALLERY_SHOTS)  # a follow-up too
    total = 0
    for shot in handbook_images.GALLERY_SHOTS:
        assert shot.full_size is not None
        full, small = root / shot.full_size, folder / shot.image
        for picture, size in ((full, (1280, 800)), (small, (640, 400))):
            image = QImage(str(picture))
            assert (image.width(), image.height()) == size, (picture.name, hint)
            assert image.format() == QImage.Format.Format_Indexed8, picture.name  # a palette
            dark = _lightness(image) < 100
            assert dark == (shot.scheme == "morkt"), (shot.image, _lightness(image))
            total += picture.stat().st_size
        # README: the thumbnail, linked to the full size (relative to the repository's root).
        assert f'<a href="{shot.full_size}"><img src="{small.relative_to(root).as_posix()}"' in (
            readme
        ), shot.image
        assert f'<img src="bilder/{shot.image}"' in page, shot.image
    assert total < 3_000_000, f"galleriet är {total} byte"
    for link in re.findall(r'(?:src|href)="((?:docs|resources)/[^"]+)"', readme):
        assert (root / link).is_file(), link
    index = (handbook_folder() / "index.html").read_text(encoding="utf-8")
    assert 'href="galleri.html"' in index
