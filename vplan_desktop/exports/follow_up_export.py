"""One entry point for a follow-up's report (delårsrapport, årsredovisning) in Word, PDF and
Excel, written whole or not at all – as ``export.export_plan`` writes the plan."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from vplan_desktop import domain as d
from vplan_desktop.db.files import replace_when_done
from vplan_desktop.errors import InputError, NotFoundError, disk_full_as_error
from vplan_desktop.exports.export import FORMATS
from vplan_desktop.exports.targets import check_export_target
from vplan_desktop.follow_up_data import Uppfoljning

NO_PERIODS = (
    "Planen har inga uppföljningar att exportera. Lägg till en i vplan under Uppföljning "
    "(till exempel Delår april, Delår augusti och Årsredovisning) och fyll i den först."
)


def find_period(plan: d.PlanSnapshot, period: Uppfoljning | int | str) -> Uppfoljning:
    """The plan's period ``period`` (itself, its id or its name in any capitalisation); a
    Swedish error listing the plan's periods when it has no such one."""
    if isinstance(period, Uppfoljning):
        period = period.id
    found = plan.uppfoljning(period)
    if found is not None:
        return found
    if not plan.uppfoljningar:
        raise NotFoundError(NO_PERIODS)
    names = ", ".join(f"”{p.namn}”" for p in plan.uppfoljningar)
    asked = period if isinstance(period, str) else f"nummer {period}"
    raise NotFoundError(f"Planen har ingen uppföljning ”{asked}”. Planens uppföljningar: {names}.")


def export_follow_up(
    plan: d.PlanSnapshot,
    period: Uppfoljning | int | str,
    fmt: str,
    out: Path,
    *,
    template: Path | None = None,
    pdfa: bool = False,
    plan_file: Path | None = None,
    working: Path | None = None,
) -> list[str]:
    """Write ``period``'s report as ``fmt`` (docx, pdf, xlsx) to ``out``; returns notices.

    ``plan_file``, ``working`` and ``template`` are never written over. Safe on a worker
    thread: it reads only the immutable snapshot. Nothing is written when anything fails.
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
    chosen = find_period(plan, period)
    check_export_target(out, plan=plan_file, working=working, template=template)
    with disk_full_as_error(out.name), replace_when_done(out) as temp:
        buffer = io.BytesIO()
        notices = _render(plan, chosen, fmt, buffer, template)
        data = buffer.getvalue()
        if pdfa:
            # Deferred, as for the plan: pikepdf and Pillow load only for an archive copy.
            from vplan_desktop.exports.follow_up_content import report_title
            from vplan_desktop.exports.pdfa import make_pdfa

            # The archive's metadata names the report, as its title page does.
            u = dataclasses.replace(plan.uppgifter, titel=report_title(chosen))
            data = make_pdfa(data, dataclasses.replace(plan, uppgifter=u))
        temp.write_bytes(data)
    return notices


def _render(
    plan: d.PlanSnapshot,
    period: Uppfoljning,
    fmt: str,
    out: io.BytesIO,
    template: Path | None,
) -> list[str]:
    # Each writer is imported when its format is asked for, as for the plan.
    if fmt == "xlsx":
        from vplan_desktop.exports.follow_up_xlsx import write_follow_up_xlsx  # deferred: ditto

        return write_follow_up_xlsx(plan, period, out)
    from vplan_desktop.exports.follow_up_content import build_follow_up  # deferred: ditto

    document = build_follow_up(plan, period)
    if fmt == "docx":
        from vplan_desktop.exports.docx_writer import write_docx  # deferred: ditto

        return write_docx(document, out, template)
    from vplan_desktop.exports.pdf_writer import write_pdf  # deferred: ditto

    write_pdf(document, out)
    return []
