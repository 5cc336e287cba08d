"""A table cell's bulleted lines as a plan converted from a PDF gives them. The converter makes
each printed line of a cell a paragraph of its own, and a bullet the PDF drew a typed Symbol-
font glyph ("\\uf0b7") before a tab: "\\uf0b7 ⇥ 2.1 Barn och elever" / "känner sig trygga i" /
"förskolan och skolan.". A cell line opening with such a glyph is the list item it was written
as (the glyph left out, as Word's own bullets are no text), and a line after it that goes on
with a small letter is that item wrapped, joined to it: the cell's paragraphs and lines are
its items, one each, as in the document that was printed."""

from __future__ import annotations

from dataclasses import replace

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_converted_lines import SYMBOL_BULLETS
from vplan_desktop.imports.word_docx_para import bulleted
from vplan_desktop.markdown import Run


def cell_items(paragraphs: list[Block], lines: list[str]) -> tuple[list[Block], list[str]]:
    """A cell's ``paragraphs`` and ``lines`` (one each, in order) with its glyph-bulleted
    lines made list items and their wrapped lines joined to them (see the module's
    docstring); unchanged when no line opens with a converter's glyph or the cell holds more
    than its paragraphs (a text box, a picture)."""
    glyphs = tuple(SYMBOL_BULLETS)
    if len(paragraphs) != len(lines) or not any(
        p.text.lstrip().startswith(glyphs) for p in paragraphs
    ):
        return paragraphs, lines
    out: list[Block] = []
    out_lines: list[str] = []
    for block in paragraphs:
        text = block.text.lstrip()
        if text.startswith(glyphs):
            fields = {"kind": block.kind, "text": text, "runs": block.runs, "tints": block.tints}
            item = bulleted(fields)
            if item["kind"] is BlockKind.LIST_ITEM:
                item_text = " ".join(item["text"].split())
                out.append(
                    replace(
                        block, kind=BlockKind.LIST_ITEM, text=item_text, runs=tuple(item["runs"])
                    )
                )
                out_lines.append(item_text)
                continue
        if out and out[-1].kind is BlockKind.LIST_ITEM and text[:1].islower():
            last = out[-1]
            joined = f"{last.text} {text}"
            out[-1] = replace(last, text=joined, runs=(*last.runs, Run(" "), *block.runs))
            out_lines[-1] = joined
            continue
        out.append(block)
        out_lines.append(block.text)
    return out, out_lines
