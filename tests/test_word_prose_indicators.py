"""Indicators written as prose, one sentence each: "<name> ska öka/minska från <figure> <year>
till <figure> <year> (och <figure> <year>)." gives the name, the nuläge with its year and a
target per year; "procent" is the unit "%", another worded unit is kept. Under a målområde whose
goals were listed together, the sentences in a row go to the goals in the goals' order, each
goal getting one while there are sentences enough, the extra ones to the goal they share the
most words with. A short title right over the sentences is their heading."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from docx import Document

from vplan_desktop.imports.word import read_word
from vplan_desktop.imports.word_prose_indicators import assign, prose_indicator


def test_a_sentence_gives_name_unit_nulage_and_targets() -> None:
    found = prose_indicator(
        "Andelen fossilfria fordon ska öka från 55 procent 2025 till 75 procent 2027 och "
        "90 procent 2028."
    )
    assert found is not None
    assert (found["namn"], found["enhet"]) == ("Andelen fossilfria fordon", "%")
    assert found["nulage"] == {"ar": 2025, "varde": D(55), "ar_malniva": False}
    assert found["malnivaer"] == {"2027": D(75), "2028": D(90)}
    energy = prose_indicator(
        "Energianvändningen i lokalerna ska minska från 182 kWh per kvadratmeter 2025 till "
        "170 kWh per kvadratmeter 2027."
    )
    assert energy is not None and energy["enhet"] == "kWh per kvadratmeter"
    index = prose_indicator("Nöjd-Kund-Index ska öka från 68 under 2025 till 72 under 2027.")
    assert index is not None and index["enhet"] == ""
    assert index["nulage"]["varde"] == D(68) and index["malnivaer"] == {"2027": D(72)}
    count = prose_indicator("Antalet bostäder ska öka från 46 år 2025 till 80 år 2027.")
    assert count is not None and count["malnivaer"] == {"2027": D(80)}


def test_other_sentences_are_no_indicators() -> None:
    assert prose_indicator("Kommunen ska växa med fler invånare.") is None
    assert prose_indicator("Kostnaderna ska öka från förra året till nästa år.") is None
    assert prose_indicator("Andelen ska öka från 5 procent 2025 till 7 kronor 2027.") is None


def test_sentences_follow_the_goals_order_and_their_words() -> None:
    goals = ["Fler ärenden hanteras digitalt.", "Sjukfrånvaron minskar.", "Klimatet i kommunens"]
    names = ["Andelen e-tjänster", "Sjukfrånvaron bland medarbetare", "Kommunens fordon"]
    assert assign(names, goals) == [0, 1, 2]
    assert assign([*names, "Energin i kommunens lokaler"], goals) == [0, 1, 2, 2]
    two = ["Fler bostäder byggs.", "Företagsklimatet förbättras."]
    assert assign(["Antal bostäder", "Nöjda företag", "Andel företag"], two) == [0, 1, 1]
    assert assign(["Antal bostäder"], two) == [0]
    assert assign(["Andel nöjda företag"], two) == [1]


def test_a_box_of_goals_with_indicator_sentences_under_it(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Verksamhetsplan 2027–2028").bold = True
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("Målområde 1: Attraktiv kommun", 2)
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Nämndens mål").bold = True
    cell.add_paragraph("Fler bostäder byggs.", style="List Number")
    cell.add_paragraph("Företagsklimatet förbättras.", style="List Number")
    doc.add_paragraph().add_run("Så följer vi upp målen").bold = True
    for sentence in (
        "Antalet färdigställda bostäder ska öka från 46 år 2025 till 80 år 2027.",
        "Nöjd-Kund-Index för företag ska öka från 68 under 2025 till 72 under 2027.",
        "Andelen företag som är nöjda ska öka från 61 procent 2025 till 70 procent 2027.",
    ):
        doc.add_paragraph(sentence)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    data = read_word(path).data
    (area,) = data["malomraden"]
    assert "Så följer vi upp" not in area["beskrivning"]  # the sentences' title
    homes, business = data["namndsmal"]
    assert [i["namn"] for i in homes["indikatorer"]] == ["Antalet färdigställda bostäder"]
    assert [(i["namn"], i["enhet"]) for i in business["indikatorer"]] == [
        ("Nöjd-Kund-Index för företag", ""),
        ("Andelen företag som är nöjda", "%"),
    ]
    assert business["indikatorer"][1]["malnivaer"] == {"2027": D(70)}
