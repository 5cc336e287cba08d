"""``vplan diff`` of the chapters' images: added, removed, a new alt text, a replaced picture (by
its name and size, never its bytes), and a changed caption as a change of the chapter's text."""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from vplan_desktop.cli import main
from vplan_desktop.compare import CHANGED, diff_plans, plan_state
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.planning import versions
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan


def png(colour: str, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def noise(size: tuple[int, int]) -> bytes:
    """A PNG that does not compress: its size in kB is its pixels'."""
    out = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def two_plans(plan_path: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """A plan with three images shown in its first chapter, and a copy of it in which one is
    removed, one gets a new alt text, one a new picture, a caption is changed and one added."""
    with PlanDocument.open(plan_path) as doc:
        chapter = read_plan(doc).kapitel[0].id
        ids: dict[str, int] = {}
        for name, alt in (("karta.png", "Karta"), ("org.png", "Organisation"), ("x.png", "X")):
            added = items.add_item(
                doc, ItemKind.BILD, {"data": png("navy", (80, 40)), "namn": name, "alt_text": alt}
            )
            assert added.item_id is not None
            ids[name] = added.item_id
        text = "Inledning.\n\n" + "".join(
            f"![Figur {n}](bild:{i})\n\n" for n, i in enumerate(ids.values(), 1)
        )
        items.update_item(doc, ItemKind.KAPITEL, chapter, {"text": text})
    new = tmp_path / "ny.vplan"
    shutil.copyfile(plan_path, new)
    with PlanDocument.open(new) as doc:
        items.update_item(doc, ItemKind.BILD, ids["karta.png"], {"alt_text": "Karta över kommunen"})
        items.update_item(
            doc,
            ItemKind.BILD,
            ids["org.png"],
            {"data": noise((300, 200)), "namn": "org-2027.png"},
        )
        text = read_plan(doc).kapitel[0].text.replace("![Figur 1]", "![Figur 1. Kommunen]")
        shown = f"![Figur 3](bild:{ids['x.png']})"
        add_to_chapter(  # in the place of the one removed
            doc,
            chapter,
            png("red", (20, 10)),
            lambda n: text.replace(shown, f"![](bild:{n})"),
            namn="ny bild.png",
            alt_text="Ny",
        )
        items.delete_items(doc, [(ItemKind.BILD, ids["x.png"])])
    return plan_path, new, ids


def test_vplan_diff_lists_every_change_of_an_image(
    two_plans: tuple[Path, Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, ids = two_plans
    with PlanDocument.open(new, read_only=True) as doc:
        replaced = next(b for b in read_plan(doc).bilder if b.id == ids["org.png"])
    kb = round(len(replaced.data) / 1024)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert out == (
        "Kapitel\n"
        "  Kapitel ”Inledning”: Text – ändrad text\n"
        "      -![Figur 1](bild:1)\n"
        "      +![Figur 1. Kommunen](bild:1)\n"
        "      -![Figur 3](bild:3)\n"
        "      +![](bild:4)\n"
        "  Bild ”karta.png”: Alternativtext: Karta → Karta över kommunen\n"
        "  Bild ”org-2027.png”: Bildfil: org.png, 80 × 40 bildpunkter, 1 kB → "
        f"org-2027.png, 300 × 200 bildpunkter, {kb} kB\n"
        "  Bild ”x.png” – borttagen\n"
        "  Bild ”ny bild.png” – tillagd\n"
    )
    assert kb > 100  # the noise does not compress: a size a reader can tell from the old one
    # the bytes are never printed, in any form
    assert base64.b64encode(replaced.data)[:40].decode() not in out


def test_the_same_picture_under_the_same_name_is_no_difference(
    two_plans: tuple[Path, Path, dict[str, int]],
) -> None:
    old, new, ids = two_plans
    with PlanDocument.open(new) as doc:
        # the picture back, byte for byte, under its own name
        items.update_item(
            doc,
            ItemKind.BILD,
            ids["org.png"],
            {"data": png("navy", (80, 40)), "namn": "org.png"},
        )
        state = plan_state(doc)
    with PlanDocument.open(old, read_only=True) as doc:
        before = plan_state(doc)
    assert not [d for d in diff_plans(before, state) if d.item.startswith("Bild ”org")]
    # a picture with other bytes is a change though it looks the same
    with PlanDocument.open(new) as doc:
        items.update_item(doc, ItemKind.BILD, ids["org.png"], {"data": png("navy", (80, 41))})
        state = plan_state(doc)
    [changed] = [d for d in diff_plans(before, state) if d.item == "Bild ”org.png”"]
    assert (changed.change, changed.field) == (CHANGED, "Bildfil")
    assert changed.line() == (
        "Bild ”org.png”: Bildfil: org.png, 80 × 40 bildpunkter, 1 kB → "
        "org.png, 80 × 41 bildpunkter, 1 kB"
    )


def test_a_saved_version_with_images_compares_with_the_plan(plan_path: Path) -> None:
    with PlanDocument.open(plan_path) as doc:
        added = items.add_item(
            doc,
            ItemKind.BILD,
            {"data": png("navy", (80, 40)), "namn": "karta.png", "alt_text": "Karta"},
        )
        saved = versions.save_version(doc, "Till arbetsutskottet")
        items.update_item(doc, ItemKind.BILD, added.item_id or 0, {"alt_text": "Ny karta"})
        differences = diff_plans(versions.version_content(doc, saved.id), plan_state(doc))
    assert [d.line() for d in differences] == ["Bild ”karta.png”: Alternativtext: Karta → Ny karta"]


def test_a_picture_a_stored_version_cannot_decode_is_named_not_printed() -> None:
    """A stored version is JSON nobody checked when it is read: its bytes may be anything."""
    image = {"id": 1, "namn": "", "alt_text": "", "data": base64.b64encode(b"junk").decode()}
    broken = {**image, "data": "not base64 at all!"}
    [difference] = diff_plans({"bilder": [image]}, {"bilder": [broken]})
    assert difference.line() == (
        "Bild 1: Bildfil: utan filnamn, 1 kB, går inte att läsa → utan filnamn, går inte att läsa"
    )
