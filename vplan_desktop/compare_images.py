"""The chapters' images as ``compare`` shows them: the picture by its name and size, never its
bytes.

A plan in the interchange format holds each image's bytes as base64 (``bilder``). For a
comparison each image's picture becomes a ``Picture``: a digest of the bytes to tell whether
it was replaced, and the line a reader sees ("org.png, 800 × 600 bildpunkter, 12 kB").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from vplan_desktop import images
from vplan_desktop.formatting import format_number
from vplan_desktop.sections import Part

IMAGE_LABELS = {"alt_text": "Alternativtext", "bild": "Bildfil"}
"""An image's own names of its fields in a difference."""


@dataclass(frozen=True)
class Picture:
    """An image's picture and file name: equal when both are (the same bytes under the same
    name); shown by its name and size."""

    digest: str
    namn: str
    text: str = field(compare=False)

    def __str__(self) -> str:
        return self.text


def _size(size: int) -> str:
    """ "12 kB", "2,4 MB"."""
    if size < 1024 * 1024:
        return f"{format_number(max(1, round(size / 1024)))} kB"
    return f"{format_number(Decimal(size) / 1024 / 1024, decimals=1)} MB"


def picture(item: dict[str, Any]) -> Picture:
    """What an image of a plan's ``bilder`` shows for its bytes (``data``, base64)."""
    namn = " ".join(str(item.get("namn") or "").split())
    shown = namn or "utan filnamn"
    raw = item.get("data")
    try:
        data = base64.b64decode(raw if isinstance(raw, str) else "", validate=True)
    except (binascii.Error, ValueError):
        # Only a stored version nobody checked can hold this: compared by what it holds.
        digest = hashlib.sha256(str(raw).encode("utf-8", "replace")).hexdigest()
        return Picture(digest, namn, f"{shown}, går inte att läsa")
    info = images.describe(data)
    size = _size(len(data))
    if info is None:
        text = f"{shown}, {size}, går inte att läsa"
    else:
        pixels = f"{format_number(info.bredd)} × {format_number(info.hojd)} bildpunkter"
        text = f"{shown}, {pixels}, {size}"
    return Picture(hashlib.sha256(data).hexdigest(), namn, text)


def image_items(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """A plan's images with the picture (bytes and file name) as one ``Picture`` each: a
    replaced picture is one difference, its new name with it."""
    found = plan.get(Part.BILDER)
    if not isinstance(found, list):
        return []
    return [
        {
            **{k: v for k, v in item.items() if k not in ("namn", "data")},
            "bild": picture(item),
        }
        for item in found
        if isinstance(item, dict)
    ]


def image_name(item: dict[str, Any]) -> str:
    """ "Bild ”org.png”", or "Bild 7" for one without a file name."""
    bild = item.get("bild")
    namn = bild.namn if isinstance(bild, Picture) else ""
    if not namn:
        return f"Bild {item.get('id', '')}".strip()
    return f"Bild ”{namn[:60]}{'…' if len(namn) > 60 else ''}”"
