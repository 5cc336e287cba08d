"""Rules for the chapters' images: a chapter that shows an image the plan does not have, an
image that cannot be read or has no alternative text, and an image that no chapter shows.

A finding about an image a chapter shows points at that chapter (``ItemKind.KAPITEL``, its id),
with the image in ``field`` ("bild:9"), so that Granskning opens the chapter where it is shown.
An image that no chapter shows has no chapter to open: it points at the image itself, in the
chapters' section.
"""

from __future__ import annotations

from collections.abc import Iterator

from vplan_desktop import domain as d
from vplan_desktop.markdown import image_refs
from vplan_desktop.sections import ItemKind, Section
from vplan_desktop.validation.findings import Finding, Severity, _q, group_as, rule

PROPERTIES = "”Bildens egenskaper…” (dubbelklicka på bilden)"
"""Where the chapter editor changes an image's alternative text and picture."""


def image_name(bild: d.Bild) -> str:
    """An image as a message names it: its file name, or its number when it has none."""
    return _q(bild.namn) if bild.namn.strip() else f"bild {bild.id}"


def shown(plan: d.PlanSnapshot) -> dict[int, list[int]]:
    """The ids of the images each chapter shows, by chapter id, each once, in order."""
    return {
        chapter.id: list(dict.fromkeys(ref.bild for ref in image_refs(chapter.text)))
        for chapter in plan.kapitel
    }


def _in_chapter(
    chapter: d.Kapitel, severity: Severity, message: str, bild_id: int, rule_id: str, name: str
) -> Finding:
    return Finding(
        severity,
        message,
        Section.KAPITEL,
        ItemKind.KAPITEL,
        chapter.id,
        f"bild:{bild_id}",
        rule_id,
        name=name,
    )


@rule
def chapter_images(plan: d.PlanSnapshot) -> Iterator[Finding]:
    by_chapter = shown(plan)
    for chapter in plan.kapitel:
        title = _q(chapter.rubrik)
        for bild_id in by_chapter[chapter.id]:
            bild = plan.bild(bild_id)
            if bild is None:
                yield _in_chapter(
                    chapter,
                    Severity.FEL,
                    f"Kapitlet {title} visar bild {bild_id}, som inte finns i planen: utskriften "
                    "får ”[Bilden saknas]” i stället. Ta bort den tomma bildrutan eller infoga "
                    "bilden på nytt.",
                    bild_id,
                    "bilder.saknas",
                    f"bild {bild_id}",
                )
                continue
            name = image_name(bild)
            if bild.info is None:
                yield _in_chapter(
                    chapter,
                    Severity.FEL,
                    f"Bilden {name} i kapitlet {title} går inte att läsa (filen är skadad eller "
                    "ingen PNG- eller JPEG-bild): utskriften säger bara att den inte kan visas. "
                    f"Byt bild med ”Byt bild…” under {PROPERTIES} eller ta bort den.",
                    bild_id,
                    "bilder.olasbar",
                    name,
                )
            if not bild.alt_text.strip():
                yield _in_chapter(
                    chapter,
                    Severity.VARNING,
                    f"Bilden {name} i kapitlet {title} saknar alternativtext: en skärmläsare kan "
                    "inte beskriva den. Alternativtext krävs för tillgänglighet; skriv den under "
                    f"{PROPERTIES}.",
                    bild_id,
                    "bilder.alt_text",
                    name,
                )
    used = {bild_id for ids in by_chapter.values() for bild_id in ids}
    for bild in plan.bilder:
        if bild.id not in used:
            name = image_name(bild)
            yield Finding(
                Severity.TIPS,
                f"Bilden {name} visas inte i något kapitel. Den sparas i planfilen men skrivs "
                "inte ut. Ta bort den med ”Ta bort bilder som inget kapitel visar…” "
                "(högerklicka i ett kapitels text).",
                Section.KAPITEL,
                ItemKind.BILD,
                bild.id,
                None,
                "bilder.oanvand",
                name=name,
            )


# --- many images with the same gap ---------------------------------------------------------

group_as("bilder.saknas", "bild", "finns inte i planen")
group_as("bilder.olasbar", "bild", "går inte att läsa")
group_as("bilder.alt_text", "bild", "saknar alternativtext")
group_as("bilder.oanvand", "bild", "visas inte i något kapitel")
