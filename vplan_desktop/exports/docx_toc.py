"""The Word document's table of contents: a real TOC field whose result already holds the
entries, so the contents read right before any program updates the field.

Word rebuilds the field when the document is opened (``w:updateFields``) and adds the page
numbers; LibreOffice shows the field's result as it is and never updates it on its own, nor
does a PDF made from the document by LibreOffice. So each heading is written with a bookmark
around its text (``_Toc1`` …, the names Word itself uses) and the field's result lists every
heading of levels 1–3 as a hyperlink to that bookmark. Page numbers are left to Word: vplan
cannot know where Word's (or LibreOffice's) pages break, and a wrong page number is worse than
none.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_LEVELS = 3
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    text: str
    bookmark: str


class Contents:
    """Collects the headings as they are written and fills the field in at the end."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.entries: list[TocEntry] = []
        self._ids = 0

    def bookmark(self, paragraph: DocxParagraph, level: int) -> None:
        """Put a bookmark around ``paragraph``'s text and list it in the contents."""
        if level > TOC_LEVELS:
            return
        self._ids += 1
        name = f"_Toc{self._ids}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._ids))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._ids))
        p = paragraph._p
        p_pr = p.find(qn("w:pPr"))
        if p_pr is None:
            p.insert(0, start)
        else:
            p_pr.addnext(start)
        p.append(end)
        self.entries.append(TocEntry(level, paragraph.text, name))

    def write(self, placeholder: DocxParagraph) -> None:
        """Replace the empty ``placeholder`` paragraph with the field and its entries."""
        _ensure_toc_styles(self.document)
        styles = {s.name: s.style_id for s in self.document.styles}
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {TOC_INSTRUCTION} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        paragraphs = []
        entries: list[TocEntry | None] = [*self.entries] or [None]  # an empty field still
        for number, entry in enumerate(entries):
            style = styles.get(f"toc {entry.level if entry else 1}", "")
            parts = [f'<w:p xmlns:w="{_W}"><w:pPr><w:pStyle w:val="{style}"/></w:pPr>']
            if number == 0:
                parts.append(begin)
            if entry is not None:
                parts.append(
                    f'<w:hyperlink w:anchor="{entry.bookmark}" w:history="1"><w:r><w:rPr>'
                    f'<w:noProof/></w:rPr><w:t xml:space="preserve">{escape(entry.text)}</w:t>'
                    "</w:r></w:hyperlink>"
                )
            if number == len(entries) - 1:
                parts.append(end)
            parts.append("</w:p>")
            paragraphs.append(parse_xml("".join(parts)))
        anchor = placeholder._p
        for element in paragraphs:
            anchor.addnext(element)
            anchor = element
        placeholder._p.getparent().remove(placeholder._p)


def _ensure_toc_styles(document: DocxDocument) -> None:
    """Word's own "toc 1"–"toc 3" and "TOC Heading", when the template lacks them.

    Word keeps these as latent styles and makes them when it first builds a table of
    contents; they are made here with Word's own defaults, without a notice to the user.
    """
    names = {style.name for style in document.styles}
    for level in range(1, TOC_LEVELS + 1):
        name = f"toc {level}"
        if name in names:
            continue
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Twips(220 * (level - 1))
        style.paragraph_format.space_after = Pt(5)
        style.element.set(qn("w:customStyle"), "0")


def ensure_toc_heading(document: DocxDocument) -> str:
    """The name of the style for the contents' own heading ("Innehåll"): Word's "TOC Heading",
    which looks like Heading 1 but is not itself listed in the contents."""
    name = "TOC Heading"
    if name not in {style.name for style in document.styles}:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Heading 1"]
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), "9")  # body text: not a heading for the TOC field
        style.element.get_or_add_pPr().append(outline)
    return name
