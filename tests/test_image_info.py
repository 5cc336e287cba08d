"""``vplan info`` counts the plan's images with its other parts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from vplan_desktop.cli import main
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


def test_info_counts_the_images(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(plan_path)]) == 0
    assert "\n  Bilder:                   0\n" in capsys.readouterr().out
    with PlanDocument.open(plan_path) as doc:
        for name in ("org.png", "karta.png"):
            items.add_item(doc, ItemKind.BILD, {"data": png(), "namn": name, "alt_text": "x"})
        assert read_plan(doc).counts()["Bilder"] == 2
    before = plan_path.read_bytes()
    assert main(["info", str(plan_path)]) == 0
    out = capsys.readouterr().out
    # one line per part, the counts in one column; the images last
    counts = out.split("Innehåll\n", 1)[1].splitlines()
    assert counts[0] == "  Kapitel:                  4"
    assert counts[1] == "  Bilder:                   2"  # after Kapitel
    assert len({len(line) for line in counts}) == 1
    assert plan_path.read_bytes() == before  # info only reads
