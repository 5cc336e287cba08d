"""JSON format version 4: the chapters' images, kept in the plan as base64 and referenced from a
chapter's text as ``bild:ID``; version 3 reads forward with no images. An image in a JSON file
may come from anyone: it is checked as an image picked on disk is."""

from __future__ import annotations

import base64
import copy
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InterchangeError
from vplan_desktop.images import DAMAGED, NOT_AN_IMAGE
from vplan_desktop.interchange import load_json
from vplan_desktop.interchange.formats import VERSION, forward
from vplan_desktop.interchange.importing import import_json
from vplan_desktop.interchange.writing import plan_to_json
from vplan_desktop.markdown import image_refs
from vplan_desktop.paths import resource
from vplan_desktop.services.read import read_plan


def _example() -> dict[str, Any]:
    data: dict[str, Any] = load_json(resource("example_plan.json"))
    return data


def _imported(data: dict[str, Any], path: Path) -> Any:
    import_json(data, path)
    with PlanDocument.open(path, read_only=True) as doc:
        return read_plan(doc)


def _refused(data: dict[str, Any], tmp_path: Path) -> list[str]:
    target = tmp_path / "vägrad.vplan"
    with pytest.raises(InterchangeError) as raised:
        import_json(data, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # nothing half-written beside it either
    return raised.value.message.splitlines()[1:]


def _png(size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, "PNG")
    return out.getvalue()


def test_the_example_shows_its_organisation_chart_and_round_trips_it(tmp_path: Path) -> None:
    data = _example()
    assert data["version"] == VERSION == 5
    plan = _imported(data, tmp_path / "exempel.vplan")
    (image,) = plan.bilder
    assert image.info is not None and image.info.mediatyp == "image/png"
    assert "fem enheter" in image.alt_text
    assert image.data == base64.b64decode(data["bilder"][0]["data"])
    shown = [ref for k in plan.kapitel for ref in image_refs(k.text)]
    assert [(ref.bild, ref.caption) for ref in shown] == [
        (image.id, "Figur 1. Socialförvaltningens organisation")
    ]
    assert plan_to_json(plan)["bilder"] == data["bilder"]


def test_version_3_reads_forward_without_images_and_may_not_hold_them(tmp_path: Path) -> None:
    old = _example()
    old["version"] = 3
    for newer in ("bilder", "uppfoljningar", "bedomningsskala"):
        del old[newer]
    del old["uppgifter"]["avvikelsegrans"]
    assert forward(old)["bilder"] == []
    assert "bilder" not in old  # reading forward leaves the given data as it was
    old["bilder"] = _example()["bilder"]
    assert _refused(old, tmp_path) == ["  $.bilder: finns inte i version 3 av formatet"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("inte base64!", NOT_AN_IMAGE),
        (base64.b64encode("Hej, det här är text.".encode()).decode(), NOT_AN_IMAGE),
        (base64.b64encode(b"GIF89a" + bytes(40)).decode(), NOT_AN_IMAGE),
        (base64.b64encode(_png()[:60]).decode(), DAMAGED),
        ("", NOT_AN_IMAGE),
    ],
    ids=["not-base64", "text", "gif", "truncated-png", "empty"],
)
def test_an_image_that_is_not_a_sound_png_or_jpeg_is_refused_by_path(
    data: str, message: str, tmp_path: Path
) -> None:
    plan = _example()
    plan["bilder"][0]["data"] = data
    assert _refused(plan, tmp_path) == [f"  $.bilder[0].data: {message}"]


def test_a_path_or_web_address_in_a_chapter_is_never_an_image(tmp_path: Path) -> None:
    plan = _example()
    chapter = plan["kapitel"][0]
    chapter["text"] = "![hemligt](/etc/passwd)\n\n![karta](https://example.invalid/karta.png)\n"
    imported = _imported(plan, tmp_path / "plan.vplan")
    assert image_refs(imported.kapitel[0].text) == []
    assert imported.kapitel[0].text == chapter["text"]  # kept as written, shown as text


def test_images_are_checked_like_everything_else(tmp_path: Path) -> None:
    plan = _example()
    second = copy.deepcopy(plan["bilder"][0])
    plan["bilder"].append(second)  # the same id twice
    plan["bilder"][0]["alt_text"] = "x" * 2001
    assert _refused(plan, tmp_path) == ["  $.bilder[0].alt_text: är för lång (högst 2000 tecken)"]
    plan["bilder"][0]["alt_text"] = ""
    assert _refused(plan, tmp_path) == ["  $.bilder[1].id: id 1 förekommer två gånger"]
    plan = _example()
    del plan["bilder"][0]["data"]
    assert _refused(plan, tmp_path) == ["  $.bilder[0]: saknar ”data”"]


def test_a_chapter_may_show_an_image_the_file_does_not_hold(tmp_path: Path) -> None:
    # Kept as written: Granskning reports it and the exports print a placeholder.
    plan = _example()
    plan["bilder"] = []
    imported = _imported(plan, tmp_path / "plan.vplan")
    assert imported.bilder == ()
    assert [ref.bild for k in imported.kapitel for ref in image_refs(k.text)] == [1]


def test_a_second_image_round_trips_byte_for_byte(tmp_path: Path) -> None:
    plan = _example()
    png = _png((300, 120))
    plan["bilder"].append(
        {"id": 7, "namn": "karta.png", "alt_text": "", "data": base64.b64encode(png).decode()}
    )
    imported = _imported(plan, tmp_path / "plan.vplan")
    assert imported.bild(7) is not None and imported.bild(7).data == png
    assert imported.bild(7).info.bredd == 300
