"""The repairs a plan converted from a PDF needs before it is read, in the order they build on
each other: words cut at a line's end mended, hyphens kept from its line ends dropped, a
table cell's entries parted where the PDF's lines ended them and joined where it only wrapped
them, headings glued to a paragraph's end split off, bullets and typed outline numbers run
together parted, glued heading numbers spaced, and entries led by bold words or labels made
lines of their own. Each repair leaves a document written in Word as it is (see each module's
docstring for the marks it goes by). Words a table cell pasted from Excel breaks by hand with a
hyphen and a soft line break are joined first (word_break_hyphens.py)."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_bold_lines import split_bold_led_lines
from vplan_desktop.imports.word_break_hyphens import mend_break_hyphens
from vplan_desktop.imports.word_cell_lines import part_cell_entries
from vplan_desktop.imports.word_converted_lines import split_glued_headings, split_typed_bullets
from vplan_desktop.imports.word_cut_words import mend_cut_words
from vplan_desktop.imports.word_glued_numbers import space_glued_numbers
from vplan_desktop.imports.word_label_lines import split_label_lines
from vplan_desktop.imports.word_line_hyphens import mend_line_hyphens
from vplan_desktop.imports.word_typed_outline import split_typed_labels


def repair_converted_lines(body: etree._Element) -> None:
    """Repairs ``body`` (a document's w:body) in place; see the module's docstring."""
    mend_break_hyphens(body)
    mend_cut_words(body)
    mend_line_hyphens(body)
    part_cell_entries(body)
    split_glued_headings(body)
    split_typed_bullets(body)
    split_typed_labels(body)
    space_glued_numbers(body)
    split_bold_led_lines(body)
    split_label_lines(body)
