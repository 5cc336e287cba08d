"""The language a .docx marks its text in: Word's proofing sets ``w:lang`` on the runs written
in another language (a Finnish translation in a Swedish plan gets ``fi-FI``), on a run, its
character style, its paragraph's style or the document's defaults. The pieces of text marked
with a national minority language are what ``word_second_language`` reads as the plan's second
language before it looks at the words."""

from __future__ import annotations

from lxml import etree

from vplan_desktop.imports.word_docx_styles import VAL, w

__all__ = ["other_language_pieces"]

_MINORITY = frozenset({"fi", "fit", "se", "sma", "smj", "smn", "sms", "sju"})
"""The languages of the förvaltningsområden a kommun publishes its plans in beside Swedish:
finska ("fi-FI"), meänkieli ("fit") and the samiska languages ("se-SE", "sma-SE", "smj-SE", …).
Other marks say nothing: a plan written in Word set up for English is all "en-US"."""


def _marked(root: etree._Element) -> bool:
    """Whether ``root`` holds a minority language's mark anywhere."""
    return any(_other(lang.get(VAL, "")) for lang in root.iter(w("lang")))


def _lang(element: etree._Element | None) -> str:
    """The language a run or style properties element sets ("fi-FI"); "" for none."""
    lang = element.find(w("lang")) if element is not None else None
    return str(lang.get(VAL, "")) if lang is not None else ""


def _style_langs(root: etree._Element | None) -> tuple[dict[str, str], str]:
    """Each style's language through the styles it is based on, and the document default."""
    if root is None:
        return {}, ""
    default = _lang(root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"))
    raw = {s.get(w("styleId"), ""): s for s in root.iter(w("style"))}
    out: dict[str, str] = {}

    def resolve(style_id: str, depth: int) -> str:
        if style_id in out:
            return out[style_id]
        element = raw.get(style_id)
        if element is None or depth > 20:
            return ""
        lang = _lang(element.find(w("rPr")))
        based = element.find(w("basedOn"))
        if not lang and based is not None and based.get(VAL) != style_id:
            lang = resolve(based.get(VAL, ""), depth + 1)
        out[style_id] = lang
        return lang

    for style_id in raw:
        resolve(style_id, 0)
    return out, default


def _other(lang: str) -> bool:
    return lang.split("-")[0].lower() in _MINORITY


def other_language_pieces(body: etree._Element, styles: etree._Element | None) -> frozenset[str]:
    """The texts of a document's main part ``body`` (with its styles part ``styles``) that
    runs marked with a minority language (``_MINORITY``) spell, each a maximal stretch of such
    runs within a paragraph and each of its lines, whitespace collapsed; empty when nothing is
    so marked, or when most of the text is."""
    if not _marked(body) and (styles is None or not _marked(styles)):
        return frozenset()  # most plans: nothing more to look at
    langs, default = _style_langs(styles)
    pieces: set[str] = set()
    marked = total = 0
    for paragraph in body.iter(w("p")):
        style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        paragraph_lang = langs.get(style.get(VAL, ""), "") if style is not None else ""
        stretch: list[str] = []
        for run in paragraph.iter(w("r")):
            props = run.find(w("rPr"))
            char_style = props.find(w("rStyle")) if props is not None else None
            lang = (
                _lang(props)
                or (langs.get(char_style.get(VAL, ""), "") if char_style is not None else "")
                or paragraph_lang
                or default
            )
            text = "".join(
                (e.text or "") if e.tag == w("t") else ("\n" if e.tag == w("br") else " ")
                for e in run.iter(w("t"), w("tab"), w("br"))
            )
            total += len(text)
            if _other(lang):
                marked += len(text)
                stretch.append(text)
            elif text.strip():
                _keep(pieces, stretch)
                stretch = []
        _keep(pieces, stretch)
    # most of the text so marked: the writer's Word is set up for that language and the
    # mark tells nothing apart
    return frozenset(pieces) if 2 * marked < total else frozenset()


def _keep(pieces: set[str], stretch: list[str]) -> None:
    text = "".join(stretch)
    for piece in [text, *text.split("\n")]:
        if cleaned := " ".join(piece.split()).strip(" /:"):
            pieces.add(cleaned)
