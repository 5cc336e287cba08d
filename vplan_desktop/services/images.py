"""Putting an image into a chapter: the image into the plan's table of images and its reference
into the chapter's text, as one action (one undo step)."""

from __future__ import annotations

from collections.abc import Callable

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.changes import Change, combined


def add_to_chapter(
    doc: PlanDocument,
    kapitel_id: int,
    data: bytes,
    text: Callable[[int], str],
    *,
    namn: str = "",
    alt_text: str = "",
    seen: int | None = None,
) -> Change:
    """Add the image ``data`` (checked by ``images.check_image``) and set the chapter's text to
    ``text(new image's id)``: all or nothing. The change's ``parts`` are the image's, then the
    chapter's.

    ``seen`` is the chapter's version its user saw (``items.update_item``): a chapter someone
    else has changed since is left as it is, and the image is not added either."""
    with doc.transaction():
        added = items.add_item(
            doc, ItemKind.BILD, {"data": data, "namn": namn, "alt_text": alt_text}
        )
        assert added.item_id is not None
        placed = items.update_item(
            doc, ItemKind.KAPITEL, kapitel_id, {"text": text(added.item_id)}, seen=seen
        )
    return combined([added, placed])
