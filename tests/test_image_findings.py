"""Granskning of the chapters' images: an image a chapter shows that is not in the plan or cannot
be read, one without alternative text, one no chapter shows; and the chapters' word counts, which
count neither a table's markup nor an image's address."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from vplan_desktop import completeness
from vplan_desktop import domain as d
from vplan_desktop.cli import main
from vplan_desktop.completeness import State, word_count
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.sections import ItemKind, Section, chapter_key
from vplan_desktop.services import items
from vplan_desktop.services.images import add_to_chapter
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import Finding, Severity, findings_text, readiness, validate

TEXT = "Nämnden ansvarar för individ- och familjeomsorgen i kommunen. "


def png(colour: str = "navy", size: tuple[int, int] = (120, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _image_findings(plan: d.PlanSnapshot) -> list[Finding]:
    return [f for f in validate(plan) if f.rule.startswith("bilder.")]


def _set_text(doc: PlanDocument, chapter_id: int, text: str) -> None:
    items.update_item(doc, ItemKind.KAPITEL, chapter_id, {"text": text})


def test_a_chapter_showing_an_image_not_in_the_plan_must_be_fixed(doc: PlanDocument) -> None:
    chapter = read_plan(doc).kapitel[1]
    _set_text(doc, chapter.id, f"{TEXT}\n\n![Organisationen](bild:9)\n")
    plan = read_plan(doc)
    [finding] = _image_findings(plan)
    assert finding.severity is Severity.FEL
    assert finding.message == (
        "Kapitlet ”Nämndens uppdrag” visar bild 9, som inte finns i planen: utskriften får "
        "”[Bilden saknas]” i stället. Ta bort den tomma bildrutan eller infoga bilden på nytt."
    )
    # Granskning goes to the chapter, at the image
    assert finding.key == chapter_key(chapter.id)
    assert (finding.kind, finding.item_id, finding.field) == (
        ItemKind.KAPITEL,
        chapter.id,
        "bild:9",
    )
    assert "visar bild 9, som inte finns i planen" in findings_text(plan, validate(plan))


def test_an_image_that_cannot_be_read_must_be_fixed(plan_path: Path) -> None:
    """A plan file from someone else may hold anything in the table of images."""
    with PlanDocument.open(plan_path) as doc:
        chapter = read_plan(doc).kapitel[0]
        _set_text(doc, chapter.id, f"{TEXT}\n\n![](bild:4)\n\n![](bild:5)\n")
    with sqlite3.connect(plan_path) as connection:
        connection.executemany(
            "INSERT INTO bild (id, namn, alt_text, data) VALUES (?, ?, ?, ?)",
            [
                (4, "karta.png", "Karta över kommunen", b"\x89PNG\r\n\x1a\n garbage"),
                (5, "", "Tabell", b"\x00" * 64),
                (6, "gammal.png", "", b"<svg/>"),  # shown by no chapter
            ],
        )
    connection.close()
    with PlanDocument.open(plan_path, read_only=True) as doc:
        plan = read_plan(doc)
    found = _image_findings(plan)
    assert [(f.severity, f.rule, f.field) for f in found] == [
        (Severity.FEL, "bilder.olasbar", "bild:4"),
        (Severity.FEL, "bilder.olasbar", "bild:5"),
        (Severity.TIPS, "bilder.oanvand", None),
    ]
    assert found[0].message == (
        "Bilden ”karta.png” i kapitlet ”Inledning” går inte att läsa (filen är skadad eller "
        "ingen PNG- eller JPEG-bild): utskriften säger bara att den inte kan visas. Byt bild med "
        "”Byt bild…” under ”Bildens egenskaper…” (dubbelklicka på bilden) eller ta bort den."
    )
    assert found[1].message.startswith("Bilden bild 5 i kapitlet ”Inledning” går inte att läsa")
    assert found[0].key == found[1].key == chapter_key(chapter.id)
    # one not shown is only kept in the file: nothing to fix before the nämnd
    assert found[2].message.startswith("Bilden ”gammal.png” visas inte i något kapitel.")
    assert not readiness(found).ready


def test_an_image_without_alt_text_is_a_warning_until_it_has_one(doc: PlanDocument) -> None:
    chapter = read_plan(doc).kapitel[0]
    add_to_chapter(
        doc, chapter.id, png(), lambda n: f"{TEXT}\n\n![Figur 1](bild:{n})\n", namn="org.png"
    )
    plan = read_plan(doc)
    (image,) = plan.bilder
    [finding] = _image_findings(plan)
    assert finding.severity is Severity.VARNING
    assert finding.message == (
        "Bilden ”org.png” i kapitlet ”Inledning” saknar alternativtext: en skärmläsare kan inte "
        "beskriva den. Alternativtext krävs för tillgänglighet; skriv den under ”Bildens "
        "egenskaper…” (dubbelklicka på bilden)."
    )
    assert finding.key == chapter_key(chapter.id)
    assert (finding.kind, finding.item_id, finding.field) == (
        ItemKind.KAPITEL,
        chapter.id,
        f"bild:{image.id}",
    )
    items.update_item(doc, ItemKind.BILD, image.id, {"alt_text": "   "})
    assert [f.rule for f in _image_findings(read_plan(doc))] == ["bilder.alt_text"]
    items.update_item(doc, ItemKind.BILD, image.id, {"alt_text": "Förvaltningens organisation"})
    assert _image_findings(read_plan(doc)) == []


def test_an_image_no_chapter_shows_is_a_tip_after_the_chapters(doc: PlanDocument) -> None:
    added = items.add_item(
        doc, ItemKind.BILD, {"data": png(), "namn": "karta.png", "alt_text": "Karta"}
    )
    plan = read_plan(doc)
    findings = validate(plan)
    [finding] = [f for f in findings if f.rule.startswith("bilder.")]
    assert finding.severity is Severity.TIPS
    assert finding.message == (
        "Bilden ”karta.png” visas inte i något kapitel. Den sparas i planfilen men skrivs inte "
        "ut. Ta bort den med ”Ta bort bilder som inget kapitel visar…” (högerklicka i ett "
        "kapitels text)."
    )
    assert (finding.section, finding.kind, finding.item_id) == (
        Section.KAPITEL,
        ItemKind.BILD,
        added.item_id,
    )
    assert finding.key == "kapitel"  # Granskning opens the chapters
    # listed after every chapter's findings and before the goals'
    keys = [f.key for f in findings]
    last_chapter = max(n for n, k in enumerate(keys) if k.startswith("kapitel:"))
    assert last_chapter < keys.index("kapitel") < keys.index("mal")
    text = findings_text(plan, findings)
    assert "\nKapitel\n  Tips:    Bilden ”karta.png” visas inte i något kapitel." in text


def test_an_image_shown_twice_in_a_chapter_is_one_finding_in_each_chapter(
    doc: PlanDocument,
) -> None:
    first, second = read_plan(doc).kapitel[:2]
    add_to_chapter(doc, first.id, png(), lambda n: f"![a](bild:{n})\n\n![b](bild:{n})\n")
    (image,) = read_plan(doc).bilder
    _set_text(doc, second.id, f"{TEXT}\n\n![](bild:{image.id})\n")
    found = _image_findings(read_plan(doc))
    assert [(f.rule, f.key) for f in found] == [
        ("bilder.alt_text", chapter_key(first.id)),
        ("bilder.alt_text", chapter_key(second.id)),
    ]
    assert found[0].message.startswith(f"Bilden bild {image.id} i kapitlet ”Inledning”")


def test_many_images_of_one_chapter_with_one_gap_are_one_finding(doc: PlanDocument) -> None:
    chapter = read_plan(doc).kapitel[0]
    text = TEXT
    for name in ("a.png", "b.png", "c.png", "d.png"):
        added = items.add_item(doc, ItemKind.BILD, {"data": png(), "namn": name})
        text += f"\n\n![](bild:{added.item_id})"
    text += "\n\n![](bild:90)\n\n![](bild:91)\n"
    _set_text(doc, chapter.id, text)
    plan = read_plan(doc)
    found = _image_findings(plan)
    assert [f.message for f in found] == [
        "Kapitlet ”Inledning” visar bild 90, som inte finns i planen: utskriften får ”[Bilden "
        "saknas]” i stället. Ta bort den tomma bildrutan eller infoga bilden på nytt.",
        "Kapitlet ”Inledning” visar bild 91, som inte finns i planen: utskriften får ”[Bilden "
        "saknas]” i stället. Ta bort den tomma bildrutan eller infoga bilden på nytt.",
        "4 bilder saknar alternativtext: ”a.png”, ”b.png”, ”c.png” … och 1 till.",
    ]
    group = found[2]
    assert group.count == 4 and group.severity is Severity.VARNING
    ids = [b.id for b in plan.bilder]
    # each item goes to the chapter, at its image
    assert [(i.kind, i.item_id, i.field) for i in group.items] == [
        (ItemKind.KAPITEL, chapter.id, f"bild:{n}") for n in ids
    ]
    assert group.each()[3].message.startswith("Bilden ”d.png” i kapitlet ”Inledning” saknar")


def test_the_example_plan_has_no_image_findings(example_doc: PlanDocument) -> None:
    plan = read_plan(example_doc)
    assert plan.bilder and all(b.alt_text.strip() for b in plan.bilder)
    assert _image_findings(plan) == []


def test_validate_from_the_command_line_names_the_image(
    doc: PlanDocument, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chapter = read_plan(doc).kapitel[0]
    _set_text(doc, chapter.id, f"{TEXT}\n\n![](bild:9)\n")
    doc.close()
    assert main(["validate", str(plan_path)]) == 1
    out = capsys.readouterr().out
    assert "\nKapitel: Inledning\n  Fel:     Kapitlet ”Inledning” visar bild 9" in out


# --- the chapters' words ---------------------------------------------------------------------

TABLE = (
    "Så här fördelas platserna.\n\n"
    "| Enhet | Platser |\n"
    "| --- | ---: |\n"
    "| Solgläntan | 24 |\n"
    "| Björken | 18 |\n"
)


def test_a_tables_delimiter_row_is_no_words() -> None:
    """Regression: each ``---`` of the delimiter row was counted as a word."""
    assert word_count(TABLE) == 4 + 6  # the sentence, then the table's six cells
    assert word_count("|A|B|\n|:-|-:|\n|x|y|\n") == 4
    assert completeness.chapter(TABLE).notes == ("Bara 10 ord.",)


def test_a_rule_and_a_lists_dashes_are_no_words_but_a_dash_in_a_word_is() -> None:
    assert word_count("Före\n\n---\n\n- ett\n- två\n\nbarn- och 2026-2028 - klart") == 7


def test_an_image_counts_its_caption_not_its_address() -> None:
    assert word_count("![Förvaltningens organisation](bild:12)") == 2
    assert word_count("![](bild:12)") == 0


def test_a_chapter_with_only_an_image_is_begun_not_empty(doc: PlanDocument) -> None:
    chapter = read_plan(doc).kapitel[0]
    add_to_chapter(doc, chapter.id, png(), lambda n: f"![](bild:{n})\n", alt_text="Karta")
    plan = read_plan(doc)
    text = plan.kapitel[0].text
    assert completeness.chapter(text).state is State.BEGUN
    assert completeness.chapter(text).notes == ("Kapitlet har bara bilder, ingen text.",)
    assert completeness.chapter("").state is State.EMPTY
    [finding] = [f for f in validate(plan) if f.key == chapter_key(chapter.id)]
    assert (finding.severity, finding.message) == (
        Severity.TIPS,
        "Kapitlet ”Inledning” har bara bilder och ingen text.",
    )
