"""The chapters' images in next year's plan and in saved versions: they come along with their
alt text, under the ids the chapters' texts name them by."""

from __future__ import annotations

import io
import sqlite3
import zlib
from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from vplan_desktop.cli import main
from vplan_desktop.compare import diff_plans, format_differences, plan_state
from vplan_desktop.db import models as m
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.interchange import dumps, import_json
from vplan_desktop.markdown import image_refs
from vplan_desktop.planning import versions
from vplan_desktop.planning.rollover import Carry, preview_rollover, rollover
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.services import items
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import validate


def png(colour: str, size: tuple[int, int] = (120, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG", dpi=(150, 150))
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "green").save(out, "JPEG")
    return out.getvalue()


def _shown(plan: PlanSnapshot) -> dict[str, list[int]]:
    return {k.rubrik: [ref.bild for ref in image_refs(k.text)] for k in plan.kapitel}


def _images(plan: PlanSnapshot) -> list[tuple[int, str, str, bytes]]:
    return [(b.id, b.namn, b.alt_text, b.data) for b in plan.bilder]


@pytest.fixture
def with_images(plan_path: Path) -> Path:
    """A plan whose images' ids have gaps (one was removed): two chapters show three images,
    and one image is shown by none."""
    with PlanDocument.open(plan_path) as doc:
        gone = items.add_item(doc, ItemKind.BILD, {"data": png("white")})
        first, _, third = read_plan(doc).kapitel[:3]
        items.update_item(doc, ItemKind.KAPITEL, third.id, {"text": "Omvärlden i korthet.\n\n"})
        for chapter, data, namn, alt in (
            (first, png("navy"), "org.png", "Förvaltningens organisation"),
            (first, jpeg(), "foto.jpg", "Personal vid ett möte"),
            (third, png("red"), "karta.png", "Karta över kommunens skolor"),
        ):
            before = next(k.text for k in read_plan(doc).kapitel if k.id == chapter.id)
            figure = f"![Figur: {namn}]"
            add_to_chapter(
                doc,
                chapter.id,
                data,
                partial("{0}{1}(bild:{2})\n\n".format, before, figure),
                namn=namn,
                alt_text=alt,
            )
        items.add_item(doc, ItemKind.BILD, {"data": png("grey"), "namn": "utkast.png"})
        items.delete_items(doc, [(ItemKind.BILD, gone.item_id or 0)])
    return plan_path


def test_next_years_plan_keeps_the_images_and_what_shows_them(
    with_images: Path, tmp_path: Path
) -> None:
    new = tmp_path / "nästa.vplan"
    before = with_images.read_bytes()
    summary = rollover(with_images, new)
    assert with_images.read_bytes() == before
    with (
        PlanDocument.open(with_images, read_only=True) as old_doc,
        PlanDocument.open(new, read_only=True) as new_doc,
    ):
        old, rolled = read_plan(old_doc), read_plan(new_doc)
    assert [b.id for b in old.bilder] == [2, 3, 4, 5]  # a gap where the first was
    # every image, byte for byte, with its alt text, under its own id
    assert _images(rolled) == _images(old)
    assert all(b.info is not None for b in rolled.bilder)
    # Not marked to review: the chapter that shows an image is, and nothing clears an image's mark.
    assert not any(b.att_granska for b in rolled.bilder)
    # the chapters show the same images
    assert _shown(rolled) == _shown(old)
    assert all(rolled.bild(n) is not None for ids in _shown(rolled).values() for n in ids)
    assert not [f for f in validate(rolled) if f.rule in ("bilder.saknas", "bilder.olasbar")]
    assert "Bilder: 4 överförs och markeras ”att granska”" in summary.lines()
    assert preview_rollover(with_images).lines() == summary.lines()


def test_without_the_chapters_no_image_comes_along(with_images: Path, tmp_path: Path) -> None:
    new = tmp_path / "nästa.vplan"
    summary = rollover(with_images, new, carry=Carry.without(Section.KAPITEL))
    assert on_disk(new).bilder == ()
    assert not [line for line in summary.lines() if line.startswith("Bilder")]


def test_an_image_that_cannot_be_read_is_left_behind_and_named(
    with_images: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Last year's plan may be adopted (and so unchangeable): a damaged image in it must not
    stop the new plan from being made."""
    with sqlite3.connect(with_images) as connection:
        connection.execute("UPDATE bild SET data = ? WHERE namn = 'foto.jpg'", (b"\xff\xd8junk",))
    connection.close()
    new = tmp_path / "nästa.vplan"
    assert main(["rollover", str(with_images), str(new)]) == 0
    out = capsys.readouterr().out
    assert "  Bilder: 3 överförs och markeras ”att granska”\n" in out
    assert (
        "  Bilder som inte går att läsa och därför inte förs över (1):\n    – ”foto.jpg”\n" in out
    )
    rolled = on_disk(new)
    assert [b.namn for b in rolled.bilder] == ["org.png", "karta.png", "utkast.png"]
    # Granskning of the new plan says where the image stood
    [missing] = [f for f in validate(rolled) if f.rule == "bilder.saknas"]
    assert missing.message.startswith("Kapitlet ”Inledning” visar bild 3, som inte finns")


def on_disk(path: Path) -> PlanSnapshot:
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


# --- saved versions ----------------------------------------------------------------------------


def test_a_saved_version_with_images_restores_and_compares(
    with_images: Path, tmp_path: Path
) -> None:
    with PlanDocument.open(with_images) as doc:
        saved = versions.save_version(doc, "Till arbetsutskottet")
        old = read_plan(doc)
        org = next(b for b in old.bilder if b.namn == "org.png")
        items.update_item(doc, ItemKind.BILD, org.id, {"alt_text": "Ny organisation"})
        content = versions.version_content(doc, saved.id)
        now = plan_state(doc)
    # restored as the versions dialog restores one: into a plan file of its own
    restored = tmp_path / "återställd.vplan"
    import_json(content, restored)
    plan = on_disk(restored)
    assert _images(plan) == _images(old)
    assert _shown(plan) == _shown(old)
    assert [line.line() for line in diff_plans(content, now)] == [
        "Bild ”org.png”: Alternativtext: Förvaltningens organisation → Ny organisation"
    ]


def test_a_version_saved_before_plans_had_images_compares_without_them(
    with_images: Path,
) -> None:
    """A version saved in JSON format 3 is read forward: it had no images, so today's are
    added, and nothing else differs."""
    with PlanDocument.open(with_images) as doc:
        saved = versions.save_version(doc, "Före bilderna")
        state = versions.version_content(doc, saved.id)
        old_format = {k: v for k, v in state.items() if k != "bilder"}
        old_format["version"] = 3
        for chapter in old_format["kapitel"]:
            chapter["text"] = chapter["text"].split("![")[0]
        with doc.transaction(adopted_too=True) as session:
            row = session.get_one(m.SparadVersion, saved.id)
            row.innehall = zlib.compress(dumps(old_format).encode("utf-8"))
        before = versions.version_content(doc, saved.id)
        now = plan_state(doc)
    assert before["bilder"] == []
    assert format_differences(diff_plans(before, now)) == (
        "Kapitel\n"
        "  Kapitel ”Inledning”: Text – ändrad text\n"
        "      +![Figur: org.png](bild:2)\n"
        "      +\n"
        "      +![Figur: foto.jpg](bild:3)\n"
        "      +\n"
        "  Kapitel ”Planeringsförutsättningar och omvärldsanalys”: Text – ändrad text\n"
        "      +![Figur: karta.png](bild:4)\n"
        "      +\n"
        "  Bild ”org.png” – tillagd\n"
        "  Bild ”foto.jpg” – tillagd\n"
        "  Bild ”karta.png” – tillagd\n"
        "  Bild ”utkast.png” – tillagd"
    )
