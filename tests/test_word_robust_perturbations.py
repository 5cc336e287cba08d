"""The variations bench/word_robust.py imports the corpus under change nothing a reader sees:
each varied copy of a corpus document opens in python-docx and shows the same texts as the
original (normalised: a no-break space is a space, "−" a "-"), and each variation really
varies a document that was not so already."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from lxml import etree

from bench.word_perturbations import PERTURBATIONS, W_NS, Package, heading_styles, perturb, w
from tests.word_rate_texts import CELL_BREAK, norm, source_texts
from tests.word_shapes import build_a, build_c, build_t

DOCUMENTS = {"A": build_a, "C": build_c, "T": build_t}
"""Heading levels and a TOC field; content controls, a text box, tracked changes and fields;
no heading styles, tables without a marked header row."""
NS = {"w": W_NS}


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("original")
    out = {}
    for name, build in DOCUMENTS.items():
        out[name] = folder / f"{name}.docx"
        build(out[name])
    return out


@pytest.fixture(scope="module")
def copies(
    originals: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("varied")
    out = {}
    for name, original in originals.items():
        for variant, variation in PERTURBATIONS.items():
            out[name, variant] = folder / f"{name}-{variant}.docx"
            perturb(original, out[name, variant], variation)
    return out


def _pieces(texts: list[str]) -> list[str]:
    """The texts as a reader reads them, a table cell's paragraphs apart, in reading order of
    the cells: a layout table holds the whole page in one cell."""
    return sorted(norm(p) for t in texts for p in t.split(CELL_BREAK) if p.strip())


def _xml(path: Path, part: str) -> Any:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def _body(path: Path) -> Any:
    return _xml(path, "word/document.xml").find(w("body"))


def _unwrapped(path: Path) -> list[bytes]:
    """The body's blocks with each layout table replaced by what its cell holds (without the
    empty paragraph that ends a cell whose last block is a table)."""
    out: list[bytes] = []
    for block in _body(path):
        if block.tag != w("tbl"):
            out.append(etree.tostring(block))
            continue
        cell = list(block.find(f"{w('tr')}/{w('tc')}"))[1:]  # after its w:tcPr
        if len(cell) > 1 and cell[-2].tag == w("tbl") and len(cell[-1]) == 0:
            cell = cell[:-1]
        out += [etree.tostring(c) for c in cell]
    return out


def _varied(path: Path, variant: str) -> bool:
    """Whether the variation shows in the copy's XML (what each variation must have done)."""
    body, styles = _body(path), _xml(path, "word/styles.xml")
    headings = heading_styles(Package(path))
    checks: dict[str, Callable[[], bool]] = {
        "tomma_stycken": lambda: any(
            p.getnext() is not None and p.getnext().tag == w("tbl") and len(p) == 0
            for p in body.iter(w("p"))
        ),
        "egna_rubrikformat": lambda: (
            not styles.xpath("//w:style[w:name/@w:val='heading 1']", namespaces=NS)
            and bool(body.xpath("//w:pStyle[@w:val='RubrikA' or @w:val='RubrikB']", namespaces=NS))
        ),
        "hårda_mellanslag": lambda: (
            any("\u2212" in (t.text or "") for t in body.iter(w("t")))
            and not any(re.search(r"\d (?:\d{3}(?!\d)|%)", t.text or "") for t in body.iter(w("t")))
        ),
        "ingen_tabellstil": lambda: (
            next(body.iter(w("tblStyle")), None) is None
            and next(body.iter(w("tblBorders")), None) is None
        ),
        "layouttabell": lambda: all(
            c.tag in (w("tbl"), w("sectPr")) or c.find(f"{w('pPr')}/{w('sectPr')}") is not None
            for c in body
        ),
        "fetstil_på_allt": lambda: all(
            r.find(f"{w('rPr')}/{w('b')}") is not None
            for tr in body.iter(w("tr"))
            for r in tr.find(w("tc")).iter(w("r"))
        ),
        "mjuka_radbrytningar": lambda: any(
            br.getparent().find(w("t")) is not None for br in body.iter(w("br"))
        ),
        "uppdelade_körningar": lambda: all(len(t.text or "") <= 3 for t in body.iter(w("t"))),
        "versaler_i_rubriker": lambda: all(
            bool(styles.xpath(f"//w:style[@w:styleId='{style}']/w:rPr/w:caps", namespaces=NS))
            for style in headings
        ),
        "tabellrubrikrad": lambda: all(
            t.find(f"{w('tr')}/{w('trPr')}/{w('tblHeader')}") is not None
            for t in body.iter(w("tbl"))
        ),
        "ingen_rubrikrad": lambda: next(body.iter(w("tblHeader")), None) is None,
        "stavningsmarkeringar": lambda: next(body.iter(w("proofErr")), None) is not None,
        "sidbrytningar": lambda: any(
            p.xpath("w:r/w:br/@w:type", namespaces=NS) == ["page"]
            and p.getnext() is not None
            and headings.get(p.getnext().xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)) == 1
            for p in body.iter(w("p"))
        ),
        "tal_som_fält": lambda: any(
            (i.text or "").startswith(" = ")
            for tc in body.iter(w("tc"))
            for i in tc.iter(w("instrText"))
        ),
        "spårade_infogningar": lambda: (
            next(body.iter(w("ins")), None) is not None
            and all(r.getparent().tag != w("p") for r in body.iter(w("r")))
        ),
    }
    return checks[variant]()


@pytest.mark.parametrize("variant", list(PERTURBATIONS))
@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_variation_keeps_the_texts(
    originals: dict[str, Path], copies: dict[tuple[str, str], Path], document: str, variant: str
) -> None:
    original, copy = originals[document], copies[document, variant]
    Document(str(copy))  # opens
    before, after = source_texts(original), source_texts(copy)
    if variant != "layouttabell":
        # a soft line break parts a paragraph's lines, which read as its words did
        assert [norm(t.replace(CELL_BREAK, " ")) for t in after] == [
            norm(t.replace(CELL_BREAK, " ")) for t in before
        ]
        return
    # The page in a table: the same blocks, only framed, and the same texts where the text
    # reader reads them in a cell (it does not read a content control there).
    assert _unwrapped(copy) == [etree.tostring(b) for b in _body(original)]
    if next(_body(original).iter(w("sdt")), None) is None:
        assert _pieces(after) == _pieces(before)


@pytest.mark.parametrize("variant", list(PERTURBATIONS))
def test_variation_varies(
    originals: dict[str, Path], copies: dict[tuple[str, str], Path], variant: str
) -> None:
    """Some document is not so already and is so varied: the check sees what was done."""
    assert any(
        not _varied(original, variant) and _varied(copies[name, variant], variant)
        for name, original in originals.items()
    )
