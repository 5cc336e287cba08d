"""One entry point for every export format, writing the file whole or not at all."""

from __future__ import annotations

from pathlib import Path

from vplan_desktop import domain as d
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import InputError

FORMATS = {"docx": "Word", "pdf": "PDF", "xlsx": "Excel"}


def export_plan(
    plan: d.PlanSnapshot, fmt: str, out: Path, *, template: Path | None = None, pdfa: bool = False
) -> list[str]:
    """Write ``plan`` as ``fmt`` (docx, pdf, xlsx) to ``out``; returns notices for the user.

    Safe to run on a worker thread: it reads only the immutable snapshot.
    """
    if fmt not in FORMATS:
        raise InputError(f"Okänt format ”{fmt}”. Välj docx, pdf eller xlsx.")
    if pdfa and fmt != "pdf":
        raise InputError("PDF/A gäller bara PDF-exporten.")
    if template is not None and fmt != "docx":
        raise InputError("En mall kan bara användas för Word (docx).")
    if template is not None and template.suffix.lower() not in (".docx", ".dotx"):
        raise InputError(f"Mallen ”{template.name}” ska vara en .docx- eller .dotx-fil.")
    if template is not None and not template.is_file():
        raise InputError(f"Mallen ”{template.name}” finns inte.")
    with replace_when_done(out) as temp:
        if fmt == "xlsx":
            from vplan_desktop.exports.xlsx_writer import write_xlsx

            return write_xlsx(plan, temp)
        from vplan_desktop.exports.content import build

        document = build(plan)
        if fmt == "docx":
            from vplan_desktop.exports.docx_writer import write_docx

            return write_docx(document, temp, template)
        from vplan_desktop.exports.pdf_writer import write_pdf

        write_pdf(document, temp)
        if pdfa:
            from vplan_desktop.exports.pdfa import make_pdfa

            make_pdfa(temp, plan)
        return []
