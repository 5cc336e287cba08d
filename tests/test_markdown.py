"""The chapter-text Markdown read as CommonMark and written back: what Qt's editor and older
plans stored (backslash escapes, bold before a comma) reads as the words the user typed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vplan_desktop.markdown import (
    Heading,
    ListBlock,
    Paragraph,
    Run,
    merged,
    parse,
    write,
)


def test_backslash_escapes_are_the_characters_they_stand_for() -> None:
    blocks = parse(r"1\. punkt, 2\* stjärna, \_under\_, \\ snedstreck, \# nr, \<b\> \&amp;")
    assert blocks == [
        Paragraph((Run(r"1. punkt, 2* stjärna, _under_, \ snedstreck, # nr, <b> &amp;"),))
    ]


def test_bold_before_a_comma_and_inside_a_word() -> None:
    assert parse("Vi har **dagtid**, och sam**tidigt** *kurs*iv.") == [
        Paragraph(
            (
                Run("Vi har "),
                Run("dagtid", bold=True),
                Run(", och sam"),
                Run("tidigt", bold=True),
                Run(" "),
                Run("kurs", italic=True),
                Run("iv."),
            )
        )
    ]


def test_nested_lists_keep_their_levels_and_numbering() -> None:
    blocks = parse("- a\n  1. b\n  2. c\n- d\n\n1. e\n2. f\n")
    assert blocks == [
        ListBlock(False, ((Run("a"),),)),
        ListBlock(True, ((Run("b"),), (Run("c"),)), level=1),
        ListBlock(False, ((Run("d"),),), start=2),
        ListBlock(True, ((Run("e"),), (Run("f"),))),
    ]
    assert parse(write(blocks)) == blocks


def test_headings_and_hard_breaks() -> None:
    blocks = parse("# Ett\n\n### Tre *kursiv*\n\nrad ett\\\nrad två  \nrad tre\nsamma rad")
    assert blocks == [
        Heading(1, (Run("Ett"),)),
        Heading(3, (Run("Tre "), Run("kursiv", italic=True))),
        Paragraph((Run("rad ett\nrad två\nrad tre samma rad"),)),
    ]
    assert parse(write(blocks)) == blocks


def test_html_in_the_text_is_text() -> None:
    assert parse('<font size=300>stor</font> <img src="/etc/passwd"/>') == [
        Paragraph((Run('<font size=300>stor</font> <img src="/etc/passwd"/>'),))
    ]


def test_what_markdown_cannot_say_with_stars_is_written_as_tags() -> None:
    runs = (Run("a"), Run(",b ", bold=True), Run("c"))
    text = write([Paragraph(runs)])
    assert parse(text) == [Paragraph(runs)]


_TEXT = st.text(alphabet="ab ,.*_\\#1<&>-+[]`~!)(\t", min_size=1, max_size=12)
_RUNS = st.lists(st.builds(Run, _TEXT, st.booleans(), st.booleans()), min_size=1, max_size=5)


@st.composite
def _blocks(draw: st.DrawFn) -> list[Paragraph | Heading | ListBlock]:
    blocks: list[Paragraph | Heading | ListBlock] = []
    for kind in draw(st.lists(st.sampled_from(["p", "h", "ul", "ol"]), min_size=1, max_size=4)):
        runs = merged(draw(_RUNS))
        if not "".join(r.text for r in runs).strip(" \t"):
            continue  # a blank paragraph is no paragraph
        if kind == "p":
            blocks.append(Paragraph(runs))
        elif kind == "h":
            level = draw(st.integers(1, 3))
            blocks.append(Heading(level, merged([Run(r.text, False, r.italic) for r in runs])))
        else:
            items = tuple(merged(draw(_RUNS)) for _ in range(draw(st.integers(1, 3))))
            if any(not "".join(r.text for r in item).strip(" \t") for item in items):
                continue  # a blank item has no text to be bold or italic (Markdown: "* *")
            blocks.append(ListBlock(kind == "ol", items))
    return blocks


@settings(max_examples=50, deadline=None)
@given(_blocks())
def test_written_markdown_reads_back_as_the_same_blocks(
    blocks: list[Paragraph | Heading | ListBlock],
) -> None:
    assert parse(write(blocks)) == blocks


def test_image_refs_finds_every_image_and_skips_text_without_one() -> None:
    from vplan_desktop.markdown import image_refs

    assert image_refs("Bara text, [en länk](https://exempel.se) och bild:3.") == []
    found = image_refs("Före\n\n![Karta](bild:3)\n\nEfter ![Logga](&#98;ild&#58;4)")
    assert [ref.bild for ref in found] == [3, 4]  # an address spelt with entities counts too
