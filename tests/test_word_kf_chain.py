"""Fullmäktige's goals on two levels as headings: an "Inriktningsmål n: …" Heading 1 over
"Kommunfullmäktiges mål …: …" Heading 2s over the nämnd's own goals. Each KF goal under an
inriktningsmål is that goal's breakdown (its parent), and the nämnd's goal goes under the KF
goal above it; an inriktningsmål, at the top, has no parent."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.db.enums import MalNiva
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


def test_kf_goals_under_an_inriktningsmal_are_its_breakdown(tmp_path: Path) -> None:
    doc = Document()
    for text in ("Exempelby kommun", "Norra stadsdelsnämnden", "Verksamhetsplan 2027"):
        doc.add_paragraph(text)
    doc.add_heading("Inriktningsmål 1: En stad som håller samman", 1)
    doc.add_paragraph("Alla invånare ska ha samma möjligheter oavsett var de bor.")
    for kf, own in [
        ("Alla barn har goda uppväxtvillkor", "Barnen i förskolan lär sig i en trygg miljö"),
        ("Invånarna är trygga i sin närmiljö", "Parkerna upplevs som trygga och rena"),
    ]:
        doc.add_heading(f"Kommunfullmäktiges mål för verksamhetsområdet: {kf}", 2)
        doc.add_paragraph().add_run(f"Nämndmål: {own}").bold = True
        table = doc.add_table(rows=2, cols=2)
        for c, text in enumerate(["Indikator", "Nämndens årsmål"]):
            table.cell(0, c).text = text
        for c, text in enumerate([f"Andel nöjda: {own.lower()}", "80 %"]):
            table.cell(1, c).text = text
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)

    by_text = {g.text: g for g in plan.namndsmal}
    top = by_text["En stad som håller samman"]
    assert top.niva is MalNiva.KF and top.overordnat_id is None
    for kf, own in [
        ("Alla barn har goda uppväxtvillkor", "Barnen i förskolan lär sig i en trygg miljö"),
        ("Invånarna är trygga i sin närmiljö", "Parkerna upplevs som trygga och rena"),
    ]:
        assert by_text[kf].niva is MalNiva.KF
        assert by_text[kf].overordnat_id == top.id
        assert by_text[own].niva is MalNiva.NAMND
        assert by_text[own].overordnat_id == by_text[kf].id
