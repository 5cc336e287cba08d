"""Putting an image into a chapter: the image into the plan's table of images and its reference
into the chapter's text, as one action (one undo step)."""

from __future__ import annotations

from collections.abc import Callable

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.sections import ItemKind
from vplan_desktop.services import items
from vplan_desktop.services.changes import Change, combined

NEW_IMAGE_ID = 999_999_999_999_999_999
"""The id the text given to ``insert_image`` uses for the image it adds
(``![Bildtext](bild:999999999999999999)``): the new image's own id is only known once it is
added, and no plan has so many images."""
_NEW_IMAGE_REF = f"](bild:{NEW_IMAGE_ID})"


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


def insert_image(
    doc: PlanDocument,
    *,
    kapitel_id: int,
    data: bytes,
    text: str,
    namn: str = "",
    alt_text: str = "",
    seen: int | None = None,
) -> Change:
    """``add_to_chapter`` with the chapter's new text as it is: ``text`` shows the new image
    once, by ``NEW_IMAGE_ID``, which becomes the added image's id. Keyword arguments only, all
    of them data: kept whole in the offline journal (``server.recorded_edits``) and made again
    with the same ``seen=``."""
    if text.count(_NEW_IMAGE_REF) != 1:
        raise InputError("Bilden kunde inte infogas: kapitlets text visar inte var den ska stå.")

    def placed(bild_id: int) -> str:
        return text.replace(_NEW_IMAGE_REF, f"](bild:{bild_id})")

    return add_to_chapter(doc, kapitel_id, data, placed, namn=namn, alt_text=alt_text, seen=seen)
