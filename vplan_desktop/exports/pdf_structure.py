"""Writing the structure tree recorded while the PDF was drawn (``pdf_tagging``) into the file,
with what PDF/UA-1 asks of a tagged document besides: the parent tree, ``MarkInfo``, the
language, the title shown instead of the file name, ``/Tabs /S`` on every page, link
annotations in the tree with a description, and XMP naming PDF/UA part 1.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from vplan_desktop.exports.pdf_tagging import Annotation, Content, Node, Recorder

LANGUAGE = "sv-SE"
_NAMES: dict[str, Name] = {}
_STRUCT_ELEM = Name.StructElem
_MCR = Name.MCR


def _name(role: str) -> Name:
    name = _NAMES.get(role)
    if name is None:
        name = _NAMES[role] = Name("/" + role)
    return name


class _Writer:
    """Turns ``Node``s into StructElem objects of ``pdf``, filling its parent tree."""

    def __init__(self, pdf: pikepdf.Pdf, recorder: Recorder) -> None:
        self.pdf = pdf
        self.pages = [page.obj for page in pdf.pages]
        self.by_mcid: dict[int, list[Any]] = {
            page: [None] * len(nodes) for page, nodes in recorder.mcids.items()
        }
        self.annotations = {
            number: list(page.obj.get("/Annots", [])) for number, page in enumerate(pdf.pages)
        }
        self.linked: list[tuple[int, Any]] = []  # (StructParent key, element) of annotations

    def element(self, node: Node, parent: Any) -> Any:
        contents = [kid for kid in node.kids if type(kid) is Content]
        if contents and len(contents) == len(node.kids):
            return self._leaf(node, contents, parent)  # most elements: a cell, a paragraph
        elem = self.pdf.make_indirect(Dictionary(Type=_STRUCT_ELEM, S=_name(node.role), P=parent))
        kids: list[Any] = []
        page = -1
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(self.element(kid, elem))
            elif isinstance(kid, Content):
                if page < 0:
                    page = kid.page
                    elem.Pg = self.pages[page]
                if kid.page == page:
                    kids.append(kid.mcid)
                else:
                    kids.append(Dictionary(Type=_MCR, Pg=self.pages[kid.page], MCID=kid.mcid))
                self.by_mcid[kid.page][kid.mcid] = elem
            else:
                kids.append(self._annotation(kid, node, elem))
        if kids:
            elem.K = kids[0] if len(kids) == 1 else Array(kids)
        self._attributes(node, elem)
        if node.bbox is not None and page < 0 and node.page >= 0:
            elem.Pg = self.pages[node.page]
        return elem

    def _leaf(self, node: Node, contents: list[Content], parent: Any) -> Any:
        """An element holding marked content only, made in one step (a large plan has tens of
        thousands: table cells)."""
        first = contents[0]
        kids: list[Any] = [
            kid.mcid
            if kid.page == first.page
            else Dictionary(Type=_MCR, Pg=self.pages[kid.page], MCID=kid.mcid)
            for kid in contents
        ]
        elem = self.pdf.make_indirect(
            Dictionary(
                Type=_STRUCT_ELEM,
                S=_name(node.role),
                P=parent,
                Pg=self.pages[first.page],
                K=kids[0] if len(kids) == 1 else Array(kids),
            )
        )
        for kid in contents:
            self.by_mcid[kid.page][kid.mcid] = elem
        self._attributes(node, elem)
        return elem

    def _attributes(self, node: Node, elem: Any) -> None:
        if node.alt:
            elem.Alt = String(node.alt)
        if node.actual:
            elem.ActualText = String(node.actual)
        if node.scope:
            elem.A = Dictionary(O=Name.Table, Scope=_name(node.scope))
        elif node.bbox is not None:
            elem.A = Dictionary(O=Name.Layout, BBox=Array([round(v, 2) for v in node.bbox]))

    def _annotation(self, where: Annotation, node: Node, elem: Any) -> Any:
        annotation = self.annotations[where.page][where.number]
        key = len(self.pages) + len(self.linked)
        annotation.StructParent = key
        if node.contents:
            annotation.Contents = String(node.contents)
        self.linked.append((key, elem))
        return Dictionary(Type=Name.OBJR, Obj=annotation, Pg=self.pages[where.page])

    def parent_tree(self) -> Any:
        nums: list[Any] = []
        for page in range(len(self.pages)):
            if page in self.by_mcid:
                self.pdf.pages[page].obj.StructParents = page
                nums += [page, self.pdf.make_indirect(Array(self.by_mcid[page]))]
        for key, elem in self.linked:
            nums += [key, elem]
        return Dictionary(Nums=Array(nums))


def add_structure(data: bytes, recorder: Recorder, now: dt.datetime | None = None) -> bytes:
    """The PDF ``data`` (drawn on a ``TaggingCanvas`` that filled ``recorder``) as a tagged
    PDF/UA-1 document, created and modified ``now`` (the present by default)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        writer = _Writer(pdf, recorder)
        tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        tree.K = writer.element(recorder.root, tree)
        tree.ParentTree = pdf.make_indirect(writer.parent_tree())
        tree.ParentTreeNextKey = len(writer.pages) + len(writer.linked)
        root = pdf.Root
        root.StructTreeRoot = tree
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = String(LANGUAGE)
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        for page in pdf.pages:
            page.obj.Tabs = Name.S
        write_metadata(pdf, now)
        return save(pdf)


def save(pdf: pikepdf.Pdf) -> bytes:
    """``pdf`` saved in one pass, every stream as it is but those left uncompressed (the
    metadata aside, which PDF/A wants readable), and no stream whose data ends in a carriage
    return.

    Such a stream is followed by CR LF before ``endstream``, which a reader (and PDF/A's
    validators) may take for the end-of-line marker, finding the stream one byte shorter than
    its /Length. About one compressed stream in 256 ends so; it is written in hex instead.
    (Letting qpdf decode and compress every stream again took most of the tagging's time.)
    """
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        if "/Filter" not in obj and obj.get("/Type") != Name.Metadata:
            obj.write(zlib.compress(obj.read_raw_bytes()), filter=Name.FlateDecode)
        if obj.read_raw_bytes().endswith(b"\r"):
            _recompress(obj)
    out = io.BytesIO()
    pdf.save(
        out,
        fix_metadata_version=True,
        compress_streams=False,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
    )
    return out.getvalue()


def _recompress(stream: Any) -> None:
    """``stream`` written as hexadecimal text (ending in ">") over its present filters: the
    last bytes of compressed data are its checksum, the same at any compression level."""
    raw = stream.read_raw_bytes()
    filters = stream.get("/Filter")
    filters = [filters] if isinstance(filters, Name) else list(filters or [])
    parameters = stream.get("/DecodeParms")
    if parameters is not None:
        parameters = Array([None, *(parameters if isinstance(parameters, Array) else [parameters])])
    stream.write(
        raw.hex().encode() + b">",
        filter=Array([Name.ASCIIHexDecode, *filters]),
        decode_parms=parameters,
    )


def write_metadata(pdf: pikepdf.Pdf, now: dt.datetime | None = None) -> None:
    """XMP with the document's title, author and subject (from Info), its language and
    PDF/UA-1, and its dates, written alike in Info."""
    info = {key: str(pdf.docinfo.get(f"/{key}", "")) for key in ("Title", "Author", "Subject")}
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    when = stamp.isoformat()
    # pikepdf writes the Info dictionary from the XMP when the block ends (and drops what the
    # XMP lacks, such as the dates reportlab wrote): the dates go into the XMP.
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = info["Title"]
        if info["Author"]:
            meta["dc:creator"] = [info["Author"]]
        if info["Subject"]:
            meta["dc:description"] = info["Subject"]
        meta["dc:language"] = [LANGUAGE]
        meta["pdfuaid:part"] = "1"
        meta["xmp:CreateDate"] = when
        meta["xmp:ModifyDate"] = when
        meta["xmp:MetadataDate"] = when
        meta["xmp:CreatorTool"] = "vplan"
        meta["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "vplan"))
