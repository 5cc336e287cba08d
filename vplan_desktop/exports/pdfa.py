"""Turning vplan's PDF into an archival PDF/A-2a (pikepdf), still PDF/UA-1.

The PDF is tagged already (``pdf_structure``), every font is embedded and maps its glyphs to
Unicode, and nothing is encrypted; what PDF/A adds is XMP metadata that names the standard
(pdfaid, and an extension schema for PDF/UA's pdfuaid, which PDF/A-2 does not predefine), an
output intent with an sRGB colour profile, and the print flag on every annotation (the table of
contents' links). The document's creation and modification time is written alike in the Info
dictionary and in XMP, as PDF/A requires.
"""

from __future__ import annotations

import datetime as dt
import io

import pikepdf
from PIL import ImageCms

from vplan_desktop import domain as d
from vplan_desktop.exports.pdf_structure import save

OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_PDFUA_SCHEMA = b"""<rdf:Description rdf:about=""
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""


def _srgb_profile() -> bytes:
    profile: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile


def make_pdfa(data: bytes, plan: d.PlanSnapshot, now: dt.datetime | None = None) -> bytes:
    """The tagged PDF ``data`` made into PDF/A-2a, created and modified ``now`` (the present
    by default)."""
    u = plan.uppgifter
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    when = stamp.isoformat()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # pikepdf writes the Info dictionary from the XMP when the block ends (and drops what
        # the XMP lacks, such as the dates reportlab wrote): the dates go into the XMP.
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["xmp:CreateDate"] = when
            meta["xmp:ModifyDate"] = when
            meta["xmp:MetadataDate"] = when
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "A"
            meta["pdfuaid:part"] = "1"
            meta["dc:title"] = u.titel
            meta["dc:creator"] = [u.namnd]
            meta["dc:description"] = f"{u.titel}, {u.kommun}"
            meta["dc:language"] = ["sv-SE"]
            meta["xmp:CreatorTool"] = "vplan"
            meta["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "vplan"))
        xmp = pdf.Root.Metadata.read_bytes()
        pdf.Root.Metadata.write(xmp.replace(b"</rdf:RDF>", _PDFUA_SCHEMA + b"</rdf:RDF>", 1))
        icc = pdf.make_stream(_srgb_profile())
        icc.N = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=OUTPUT_CONDITION,
            Info=OUTPUT_CONDITION,
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        pdf.Root.Lang = pikepdf.String("sv-SE")
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                annotation.F = 4  # "print": PDF/A wants every annotation printable
        return save(pdf)
