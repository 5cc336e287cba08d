"""Turning vplan's PDF into an archival PDF/A-2b (pikepdf).

reportlab already embeds every font and never encrypts; what PDF/A adds is XMP metadata that
names the standard (pdfaid), an output intent with an sRGB colour profile, and the print flag on
every annotation (the table of contents' links).
"""

from __future__ import annotations

import io

from vplan_desktop import domain as d

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


def _srgb_profile() -> bytes:
    from PIL import ImageCms

    profile: bytes = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return profile


def make_pdfa(data: bytes, plan: d.PlanSnapshot) -> bytes:
    """The PDF ``data`` made into PDF/A-2b."""
    import pikepdf

    u = plan.uppgifter
    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:title"] = u.titel
            meta["dc:creator"] = [u.namnd]
            meta["dc:description"] = f"{u.titel}, {u.kommun}"
            meta["dc:language"] = ["sv-SE"]
            meta["xmp:CreatorTool"] = "vplan"
            meta["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "vplan"))
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
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=True)
    return out.getvalue()
