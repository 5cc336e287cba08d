"""One entry point for every export format, writing the file whole or not at all."""

from __future__ import annotations

import io
from pathlib import Path

from vplan_desktop import domain as d
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import InputError, disk_full_as_error
from vplan_desktop.exports.content import build
from vplan_desktop.exports.targets import check_export_target

FORMATS = {"docx": "Word", "pdf": "PDF", "xlsx": "Excel"}


def export_plan(
    plan: d.PlanSnapshot,
    fmt: str,
    out: Path,
    *,
    template: Path | None = None,
    pdfa: bool = False,
    plan_file: Path | None = None,
    working: Path | None = None,
) -> list[str]:
    """Write ``plan`` as ``fmt`` (docx, pdf, xlsx) to ``out``; returns notices for the user.

    ``plan_file`` (the plan the snapshot was read from) and ``working`` (vplan's working copy
    of it) are never written over, nor is ``template``. Safe to run on a worker thread: it
    reads only the immutable snapshot.
    """
    if fmt not in FORMATS:
        raise InputError(f"Okänt format ”{fmt}”. Välj docx, pdf eller xlsx.")
    if pdfa and fmt != "pdf":
        raise InputError("PDF/A gäller bara PDF-exporten.")
    if template is not None:
        _check_template(template, fmt)
    check_export_target(out, plan=plan_file, working=working, template=template)
    # The document is made in memory and written in one go: a full disk then fails one plain
    # write, not one deep inside a zip or PDF library that leaves its file half-closed.
    with disk_full_as_error(out.name), replace_when_done(out) as temp:
        buffer = io.BytesIO()
        notices = _render(plan, fmt, buffer, template)
        data = buffer.getvalue()
        if pdfa:
            # Deferred: pikepdf and Pillow take about 0.2 s to import; only PDF/A needs them.
            from vplan_desktop.exports.pdfa import make_pdfa

            data = make_pdfa(data, plan)
        temp.write_bytes(data)
    return notices


def _check_template(template: Path, fmt: str) -> None:
    """A Word template (.docx, .dotx) for Word or PDF; a graphic profile (.json) for PDF."""
    suffix = template.suffix.lower()
    if fmt == "xlsx":
        raise InputError("En mall eller grafisk profil gäller Word och PDF, inte Excel.")
    if fmt == "docx" and suffix not in (".docx", ".dotx"):
        raise InputError(f"Word-mallen ”{template.name}” ska vara en .docx- eller .dotx-fil.")
    if suffix not in (".docx", ".dotx", ".json"):
        raise InputError(
            f"”{template.name}” är varken en Word-mall (.docx, .dotx) eller en grafisk "
            "profil (.json)."
        )
    if not template.is_file():
        raise InputError(f"Mallen ”{template.name}” finns inte.")


def _render(plan: d.PlanSnapshot, fmt: str, out: io.BytesIO, template: Path | None) -> list[str]:
    # Each writer is imported when its format is asked for: openpyxl, python-docx and reportlab
    # take 0.3–0.5 s each to import, and the window starts without any of them.
    if fmt == "xlsx":
        from vplan_desktop.exports.xlsx_writer import write_xlsx  # deferred: openpyxl

        return write_xlsx(plan, out)
    document = build(plan)
    if fmt == "docx":
        from vplan_desktop.exports.docx_writer import write_docx  # deferred: python-docx

        return write_docx(document, out, template)
    from vplan_desktop.exports.graphic_profile import read_look  # deferred: reportlab
    from vplan_desktop.exports.pdf_look import VPLAN  # deferred: reportlab
    from vplan_desktop.exports.pdf_writer import write_pdf  # deferred: reportlab

    look, notices = read_look(template) if template is not None else (VPLAN, [])
    write_pdf(document, out, look)
    return notices
