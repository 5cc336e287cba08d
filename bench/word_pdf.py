"""The Word import on plans that were PDFs: most kommuner publish their verksamhetsplan as a
PDF, and a secretary who has only that converts it to Word (vplan's refusal of a PDF says
how). A converted plan keeps the words and the tables but loses the styles: headings are
bold lines in a larger font, often the first line of a paragraph whose body follows after a
line break; bullets are glyphs typed before a tab; the cover's lines share one paragraph;
words are cut where the PDF's lines ended.

Each corpus document (``BUILDERS`` of tests/word_shapes.py) is written, printed to PDF by
LibreOffice (``soffice``), converted back to .docx by pdf2docx (the optional ``pdfbench``
extra: ``pip install -e '.[pdfbench]'``), imported with ``import_word`` and rated against
the same expectation as ``python -m bench.word_rate`` rates the original; the texts kept are
counted against the converted document's own.

``python -m bench.word_pdf [--folder DIR] [--only NAME] [-v]``: the conversions are kept in
DIR (default: a folder under the system's temporary folder) and made again only when a
builder changed the document. ``-v`` lists each document's items missed, texts lost and
cover fields read wrong."""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from bench.word_rate import DocumentRate, rate_document
from tests.word_shapes import BUILDERS
from tests.word_shapes_model import Expected
from vplan_desktop.imports.word_cell_lines import part_cell_entries
from vplan_desktop.imports.word_converted_lines import (
    SYMBOL_BULLETS,
    split_glued_headings,
    split_typed_bullets,
)
from vplan_desktop.imports.word_cut_words import mend_cut_words
from vplan_desktop.imports.word_docx_styles import w
from vplan_desktop.imports.word_typed_outline import split_typed_labels

_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|[a-zåäö]\)"
"""A typed list number: "1.", "1.1", "a)"."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def convert(name: str, folder: Path) -> tuple[Path, Expected]:
    """The corpus document ``name`` written, printed to PDF and converted back to .docx in
    ``folder``; the conversion is reused while the written document is unchanged."""
    written = folder / "original" / f"{name}.docx"
    written.parent.mkdir(parents=True, exist_ok=True)
    expected = BUILDERS[name](written)
    digest = _digest(written)
    converted = folder / "converted" / f"{name}-{digest}.docx"
    if converted.exists():
        return converted, expected
    pdf_folder = folder / "pdf"
    pdf_folder.mkdir(exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder.resolve()}/libreoffice-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf_folder),
            written,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    from pdf2docx import Converter  # the optional pdfbench extra

    logging.disable(logging.INFO)  # its progress lines, one per page

    converted.parent.mkdir(exist_ok=True)
    for old in converted.parent.glob(f"{name}-*.docx"):
        old.unlink()
    converter = Converter(str(pdf_folder / f"{name}.pdf"))
    try:
        converter.convert(str(converted))
    finally:
        converter.close()
    return converted, expected


def measure(folder: Path, names: list[str]) -> list[DocumentRate]:
    out = []
    for name in names:
        print(name, file=sys.stderr, flush=True)
        converted, expected = convert(name, folder)
        target = folder / "plans" / f"{name}.vplan"
        target.parent.mkdir(exist_ok=True)
        target.unlink(missing_ok=True)
        texts = as_read(converted, folder / "as-read" / f"{name}.docx")
        out.append(rate_document(name, converted, expected, target, texts_from=texts))
    return out


def as_read(converted: Path, copy: Path) -> Path:
    """A copy of ``converted`` with the PDF's line-end damage the reader repairs repaired the
    same way (words cut at a line's end joined, a table cell's entries parted and its wrapped
    lines joined, a heading glued to a paragraph's end split off, bullets run together parted
    and their glyphs left to the list, a typed list number glued to its text left to the
    list's numbering), so that the texts the plan must keep are the converted document's
    words, not its line ends."""
    copy.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(converted) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(w("body"))
    if body is not None:
        mend_cut_words(body)
        part_cell_entries(body)
        split_glued_headings(body)
        split_typed_bullets(body)
        split_typed_labels(body)
        for text in body.iter(w("t")):  # a typed bullet is the list's mark, not its text
            text.text = "".join(c for c in text.text or "" if c not in SYMBOL_BULLETS)
        for paragraph in body.iter(w("p")):  # each line's typed number
            nodes = [n for n in paragraph.iter(w("t"), w("br")) if n.tag != w("t") or n.text]
            edges = zip([None, *nodes], nodes, [*nodes[1:], None], strict=False)
            for before, node, after in edges:
                starts = before is None or before.tag == w("br")
                typed = re.fullmatch(_NUMBER, (node.text or "").strip()) if starts else None
                if typed and after is not None and (after.text or "")[:1].isupper():
                    node.text = ""
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, standalone=True)
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return copy


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def report(results: list[DocumentRate], verbose: bool) -> str:
    lines = [
        "| Dokument | Känns igen | Förlorade texter | Försättsblad fel | Vägrad |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {_percent(r.rate.overall)} | {len(r.lost)} av {r.sources} "
            f"| {len(r.front)} | {r.refused} |"
        )
    mean = sum(r.rate.overall for r in results) / max(1, len(results))
    lines.append(f"| Medel | {_percent(mean)} | {sum(len(r.lost) for r in results)} | | |")
    if verbose:
        for r in results:
            lines.append(f"\n{r.name}:")
            lines += [f"  ej igenkänd: {m}" for m in r.rate.missing]
            lines += [f"  förlorad text: {t}" for t in r.lost]
            lines += [f"  försättsblad: {f}" for f in r.front]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(tempfile.gettempdir()) / "vplan-word-pdf"
    parser.add_argument("--folder", type=Path, default=default)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) behövs för att skriva ut dokumenten som PDF.", file=sys.stderr)
        return 2
    try:
        import pdf2docx  # noqa: F401
    except ImportError:
        print("pdf2docx behövs: pip install -e '.[pdfbench]'", file=sys.stderr)
        return 2
    names = [n for n in BUILDERS if not args.only or any(n.startswith(o) for o in args.only)]
    args.folder.mkdir(parents=True, exist_ok=True)
    print(report(measure(args.folder, names), args.v))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
