"""OpenDocument texts (.odt) for the tests of the .odt reader, written as LibreOffice writes
them: the ``mimetype`` first and stored, then content.xml, styles.xml, meta.xml and the
manifest. The body is ODF XML built with the small helpers below (or written out in a test
where the shape is the point)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

ODT = "application/vnd.oasis.opendocument.text"
NS = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in (
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"),
    )
)
NAMED_STYLES = """
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
    style:parent-style-name="Standard"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
    style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
    style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"
    style:parent-style-name="Heading" style:default-outline-level="3"/>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"
    style:parent-style-name="Standard"/>
<style:style style:name="Numbered_20_para" style:display-name="Numbered para"
    style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Num"/>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"
    style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text">
  <style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Plain" style:family="text" style:parent-style-name="Strong_20_Emphasis">
  <style:text-properties fo:font-weight="normal"/></style:style>
<text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
  <text:list-level-style-bullet text:level="2" text:bullet-char="–"/>
</text:list-style>
<text:list-style style:name="Num">
  <text:list-level-style-number text:level="1" style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-format="a"/>
</text:list-style>
<text:list-style style:name="Mixed">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
  <text:list-level-style-number text:level="2" style:num-format="1"/>
</text:list-style>
"""
AUTOMATIC_STYLES = """
<style:style style:name="T1" style:family="text">
  <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text">
  <style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T3" style:family="text" style:parent-style-name="Emphasis">
  <style:text-properties fo:font-weight="700"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2">
  <style:paragraph-properties fo:margin-top="0.2in"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Rad" style:family="table-row">
  <style:table-row-properties loext:text-changes-only="false"/></style:style>
"""


def x(text: str) -> str:
    """``text`` escaped for XML."""
    return escape(text, {'"': "&quot;"})


def p(body: str = "", style: str = "Text_20_body") -> str:
    """A paragraph; ``body`` is XML (escape plain text with ``x``)."""
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def h(text: str, level: int) -> str:
    style = f'text:style-name="Heading_20_{level}" text:outline-level="{level}"'
    return f"<text:h {style}>{x(text)}</text:h>"


def span(text: str, style: str) -> str:
    return f'<text:span text:style-name="{style}">{x(text)}</text:span>'


def text_list(items: Iterable[str | tuple[str, ...]], style: str | None = None) -> str:
    """A list; an item is its text, or a tuple (text, nested list XML …)."""
    out = []
    for item in items:
        text, *nested = (item,) if isinstance(item, str) else item
        out.append(f"<text:list-item>{p(x(text))}{''.join(nested)}</text:list-item>")
    styled = f' text:style-name="{style}"' if style else ""
    return f"<text:list{styled}>{''.join(out)}</text:list>"


def cell(text: str = "", *, columns: int = 1, rows: int = 1, repeat: int = 1) -> str:
    attrs = ""
    if columns > 1:
        attrs += f' table:number-columns-spanned="{columns}"'
    if rows > 1:
        attrs += f' table:number-rows-spanned="{rows}"'
    if repeat > 1:
        attrs += f' table:number-columns-repeated="{repeat}"'
    return f"<table:table-cell{attrs}>{p(x(text)) if text else p()}</table:table-cell>"


def covered(repeat: int = 1) -> str:
    attrs = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:covered-table-cell{attrs}/>"


def row(*cells: str, repeat: int = 1, style: str = "") -> str:
    """A table row; the style "Rad" marks a row that is itself a tracked change."""
    attrs = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    attrs += f' table:style-name="{style}"' if style else ""
    return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"


def table(rows: Sequence[str], header: Sequence[str] = (), name: str = "Tabell1") -> str:
    """A table of ``rows`` (``row`` XML); ``header`` rows go into its header rows."""
    head = f"<table:table-header-rows>{''.join(header)}</table:table-header-rows>" if header else ""
    return (
        f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="5"/>'
        f"{head}{''.join(rows)}</table:table>"
    )


def simple_table(rows: Sequence[Sequence[str]]) -> str:
    """A table of plain text cells."""
    return table([row(*(cell(value) for value in values)) for values in rows])


def content_xml(body: str, automatic: str = AUTOMATIC_STYLES) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def styles_xml(master: str = "", named: str = NAMED_STYLES) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.3">'
        f"<office:styles>{named}</office:styles>"
        f"<office:master-styles>{master}</office:master-styles></office:document-styles>"
    )


def meta_xml(title: str = "") -> str:
    inner = f"<dc:title>{x(title)}</dc:title>" if title else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS} office:version="1.3">'
        f"<office:meta>{inner}</office:meta></office:document-meta>"
    )


def manifest_xml(mimetype: str, parts: Iterable[str], encrypted: bool = False) -> str:
    ns = 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    secret = (
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
        if encrypted
        else ""
    )
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{part}" manifest:media-type="text/xml">'
        f"{secret if part == 'content.xml' else ''}</manifest:file-entry>"
        for part in parts
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {ns} manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        f"{entries}</manifest:manifest>"
    )


def write_odt(
    path: Path,
    body: str = "",
    *,
    title: str = "",
    master: str = "",
    files: dict[str, bytes] | None = None,
    mimetype: str | None = ODT,
    content: str | bytes | None = None,
    encrypted: bool = False,
    without: Iterable[str] = (),
) -> Path:
    """An .odt at ``path`` with ``body`` as its text (or ``content`` as the whole
    content.xml), ``master`` as its master pages (headers, footers), ``files`` as more parts
    (pictures); ``mimetype=None`` leaves the mimetype out, ``without`` names parts left out."""
    parts: dict[str, str | bytes] = {
        "content.xml": content if content is not None else content_xml(body),
        "styles.xml": styles_xml(master),
        "meta.xml": meta_xml(title),
        **(files or {}),
    }
    for name in without:
        del parts[name]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        if mimetype is not None:
            package.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        for name, data in parts.items():
            package.writestr(name, data)
        package.writestr(
            "META-INF/manifest.xml", manifest_xml(mimetype or ODT, parts, encrypted=encrypted)
        )
    return path
