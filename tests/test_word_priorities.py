"""A nämndplan organised by priorities: "Prioritering 1: …" headings as the nämnd's goals
(``word_text``, ``word_goal_table``) under unlabelled målområde headings
(``word_goal_headings_area``), "Så vet vi att vi lyckas" / "Det här gör vi" over the goal's
lists (``word_plain_labels``), indicator sentences with their figures in words
(``word_change_sentences``), activities closing "(Enhet, klart 2027)"
(``word_period_activity``) and investments as "Name: 6 500 tkr 2027" lines
(``word_investment_lines``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from vplan_desktop.imports.word import interpret, read_source
from vplan_desktop.imports.word_change_sentences import change_indicator
from vplan_desktop.imports.word_goal_lists import ListKind, list_label
from vplan_desktop.imports.word_investment_lines import investment_line
from vplan_desktop.imports.word_period_activity import period_activity
from vplan_desktop.imports.word_result import Became


def _str(values: dict[str, Any]) -> dict[str, str]:
    return {year: str(value) for year, value in values.items()}


def test_a_change_sentence_gives_name_nulage_and_targets() -> None:
    found = change_indicator(
        "Andelen detaljplaner som antas i tid ökar från 58 % (2025) till 75 % 2027 och 85 % 2029",
        2027,
        2029,
    )
    assert found is not None
    assert found["namn"] == "Andelen detaljplaner som antas i tid" and found["enhet"] == "%"
    assert found["nulage"]["ar"] == 2025 and str(found["nulage"]["varde"]) == "58"
    assert _str(found["malnivaer"]) == {"2027": "75", "2029": "85"}
    assert "jamforare" not in found


def test_a_change_sentence_keeps_minst_and_hogst_and_decimal_commas() -> None:
    found = change_indicator(
        "Handläggningstiden (median) minskar från 5,2 veckor (2025) till högst 4,0 veckor 2027",
        2027,
        2029,
    )
    assert found is not None and found["namn"] == "Handläggningstiden (median)"
    assert found["enhet"] == "veckor" and str(found["nulage"]["varde"]) == "5.2"
    assert _str(found["malnivaer"]) == {"2027": "4.0"} and found["jamforare"] == {"2027": "hogst"}
    counted = change_indicator(
        "Antal olyckor minskar från 23 (2025) till högst 15 år 2029", 2027, 2029
    )
    assert (
        counted is not None
        and counted["enhet"] == ""
        and _str(counted["malnivaer"]) == {"2029": "15"}
    )


def test_a_target_per_year_is_the_target_of_each_year_of_the_plan() -> None:
    found = change_indicator(
        "Antal nya bostäder i detaljplan: minst 400 per år (2025: 310)", 2027, 2029
    )
    assert found is not None and found["namn"] == "Antal nya bostäder i detaljplan"
    assert found["nulage"]["ar"] == 2025 and str(found["nulage"]["varde"]) == "310"
    assert _str(found["malnivaer"]) == {"2027": "400", "2028": "400", "2029": "400"}
    shall = change_indicator(
        "NKI för bygglov ska vara minst 70 år 2027 och 2028 (2024: 64)", 2027, 2029
    )
    assert shall is not None and shall["namn"] == "NKI för bygglov"
    assert _str(shall["malnivaer"]) == {"2027": "70", "2028": "70"}  # "2028" borrows "minst 70"


def test_sentences_without_a_nulage_and_targets_are_no_change_indicators() -> None:
    assert change_indicator("Andelen nöjda ska öka under perioden", 2027, 2029) is None
    assert change_indicator("Sjukfrånvaron minskar från 6,4 % (2025)", 2027, 2029) is None
    assert change_indicator("Bygglov: Plan- och byggenheten (2025: ny)", 2027, 2029) is None


def test_plain_labels_announce_indicators_and_activities() -> None:
    assert list_label("Så vet vi att vi lyckas") is ListKind.INDIKATORER
    assert list_label("Så här vet vi om vi lyckas:") is ListKind.INDIKATORER
    assert list_label("Det här gör vi") is ListKind.AKTIVITETER
    assert list_label("Det här gör vi för barnen") is None


def test_an_activity_closing_on_its_owner_and_klart_year_is_dated() -> None:
    found = period_activity("Ta fram en ny översiktsplan (Plan- och byggenheten, klart 2027)")
    assert found is not None and found["ansvarig"] == "Plan- och byggenheten"
    assert found["slutdatum"] == "2027-12-31" and found["beskrivning"] == "klart 2027"
    assert period_activity("Öppna en fritidsgård (Rektor, 2027)") is None  # when it runs


def test_investment_lines_name_amounts_by_year() -> None:
    assert investment_line("Gång- och cykelväg, etapp 2: 6 500 tkr 2027 och 4 000 tkr 2028") == (
        "Gång- och cykelväg, etapp 2",
        "tkr",
        {2027: "6 500", 2028: "4 000"},
        False,
    )
    assert investment_line("Beläggning: 5 000 tkr per år") == (
        "Beläggning",
        "tkr",
        {0: "5 000"},
        True,
    )
    assert investment_line("Beläggning: 5 000 tkr 2027 och 300 kr 2028") is None
    assert investment_line("Invånare: 15 037") is None


def _plan(tmp_path: Path, lead: str, sub: str = "") -> Any:
    doc = Document()
    for text in ("Exempelby kommun", "Samhällsbyggnadsnämnden", "Nämndplan 2027–2029"):
        doc.add_paragraph(text)
    doc.add_heading("1 Nämndens prioriteringar", 1)
    doc.add_paragraph("Prioriteringarna är nämndens mål.")
    doc.add_heading("1.1 Ett växande Exempelby", 2)
    doc.add_paragraph("Kommunen ska växa.")
    doc.add_heading("Prioritering 1: Snabb myndighetsutövning", 3)
    doc.add_paragraph("Den som söker bygglov ska få beslut i tid.")
    doc.add_paragraph().add_run("Så vet vi att vi lyckas").bold = True
    doc.add_paragraph(
        "Andelen bygglov inom tio veckor ökar från 81 % (2025) till 95 % 2027", style="List Bullet"
    )
    doc.add_paragraph().add_run("Det här gör vi").bold = True
    doc.add_paragraph(
        "Införa e-tjänst för bygglov (Bygglovsenheten, klart juni 2028)", style="List Bullet"
    )
    doc.add_paragraph("Ställa krav på grönytefaktor", style="List Bullet")
    doc.add_heading(sub or "Prioritering 2 – Klimatanpassa den byggda miljön", 3)
    doc.add_paragraph("Skyfallen blir fler.")
    doc.add_heading("2 Ekonomi", 1)
    doc.add_paragraph().add_run(lead).bold = True
    doc.add_paragraph("Bro över ån: 6 500 tkr 2027 och 4 000 tkr 2028", style="List Bullet")
    doc.add_paragraph("Beläggning: 5 000 tkr per år", style="List Bullet")
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_source(tmp_path / "plan.docx"))


def test_priority_headings_are_goals_of_the_malomrade_with_their_lists(tmp_path: Path) -> None:
    result = _plan(tmp_path, "Investeringar 2027–2029")
    goals = result.data["namndsmal"]
    assert [(g["kod"], g["text"], g["niva"]) for g in goals] == [
        ("1", "Snabb myndighetsutövning", "namnd"),
        ("2", "Klimatanpassa den byggda miljön", "namnd"),
    ]
    assert [a["namn"] for a in result.data["malomraden"]] == ["Ett växande Exempelby"]
    (indicator,) = goals[0]["indikatorer"]
    assert indicator["namn"] == "Andelen bygglov inom tio veckor"
    assert _str(indicator["malnivaer"]) == {"2027": "95"}
    activities = result.data["aktiviteter"]
    assert [(a["namn"], a.get("ansvarig", ""), a.get("slutdatum")) for a in activities] == [
        ("Införa e-tjänst för bygglov", "Bygglovsenheten", "2028-06-30"),
        ("Ställa krav på grönytefaktor", "", None),
    ]
    assert all(a["namndsmal_id"] == goals[0]["id"] for a in activities)
    source = read_source(tmp_path / "plan.docx")
    labels = [
        b.index for b in source.blocks if b.text in ("Så vet vi att vi lyckas", "Det här gör vi")
    ]
    assert [result.outcomes[i].became for i in labels] == [Became.STRUKTUR] * 2


def test_investment_lines_under_their_caption_are_investments(tmp_path: Path) -> None:
    result = _plan(tmp_path, "Investeringar 2027–2029")
    projects = result.data["investeringar"]
    assert [(p["projekt"], _str(p["belopp"])) for p in projects] == [
        ("Bro över ån", {"2027": "6500", "2028": "4000"}),
        ("Beläggning", {"2027": "5000", "2028": "5000", "2029": "5000"}),
    ]


def test_lines_without_a_caption_naming_investments_stay_text(tmp_path: Path) -> None:
    result = _plan(tmp_path, "Större projekt")
    assert result.data["investeringar"] == []
    text = "".join(c["text"] for c in result.data["kapitel"])
    assert "Bro över ån: 6 500 tkr 2027" in text


def test_a_heading_over_a_sub_heading_that_is_no_goal_is_no_malomrade(tmp_path: Path) -> None:
    result = _plan(tmp_path, "Investeringar 2027–2029", sub="Bakgrund")
    assert "Ett växande Exempelby" not in [a["namn"] for a in result.data["malomraden"]]
