"""Each kind of table and text the Word import recognises, in the shapes municipal plans write
them: small documents, read with ``interpret`` (nothing written), checked on the plan's JSON
and on what each block became."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

from tests.docx_xml import add_xml, cell, row, table
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import create_plan, interpret
from vplan_desktop.imports.word_docx import read_docx
from vplan_desktop.imports.word_result import Became, WordImport
from vplan_desktop.services.read import read_plan


def _cover(doc: DocxDocument, title: str = "Verksamhetsplan 2027–2029") -> None:
    doc.add_paragraph("Exempelby kommun")
    doc.add_paragraph("Kulturnämnden")
    doc.add_paragraph(title)


def _plain_table(doc: DocxDocument, rows: list[list[str]]) -> None:
    grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value


def _read(doc: DocxDocument, tmp_path: Path) -> WordImport:
    doc.save(str(tmp_path / "plan.docx"))
    return interpret(read_docx(tmp_path / "plan.docx"))


def _indicators(result: WordImport) -> list[dict[str, Any]]:
    return [i for g in result.data["namndsmal"] for i in g["indikatorer"]]


def test_goal_table_with_three_header_rows(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och indikatorer", 1)
    add_xml(
        doc,
        table(
            row(cell("Nämndsmål 1: Fler invånare tar del av kulturlivet", span=5)),
            row(cell("Mätmetod/Indikator"), cell("Nuläge:"), cell("Målnivåer:", span=3)),
            row(cell(""), cell("2025"), cell("2027"), cell("2028"), cell("2029")),
            row(cell("Andel nöjda besökare"), cell("67 %"), cell("70 %"), cell(""), cell("75 %")),
            row(cell("Lån per invånare"), cell("3,7"), cell("4"), cell("4,2"), cell("Öka")),
            row(cell("Andel barn i kulturskolan"), cell("35,71 %"), cell(""), cell(""), cell("")),
        ),
    )
    result = _read(doc, tmp_path)
    [goal] = result.data["namndsmal"]
    assert (goal["niva"], goal["kod"], goal["text"]) == (
        "namnd",
        "1",
        "Fler invånare tar del av kulturlivet",
    )
    first, second, third = goal["indikatorer"]
    assert (first["enhet"], first["nulage"]["ar"], first["nulage"]["varde"]) == ("%", 2025, 67)
    assert first["malnivaer"] == {"2027": 70, "2029": 75}
    assert second["malnivaer"] == {"2027": 4, "2028": Decimal("4.2"), "2029": "Öka"}
    assert second["enhet"] == "" and second["nulage"]["varde"] == Decimal("3.7")
    assert third["nulage"]["varde"] == Decimal("35.71") and third["malnivaer"] == {}
    assert result.tolkning.tables[4].header_rows == 3
    # Years are the columns' keys, never values.
    assert all("2027" not in str(v) for i in goal["indikatorer"] for v in i["malnivaer"].values())


def test_grouped_activity_table_keeps_every_row(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Aktiviteter", 1)
    _plain_table(
        doc,
        [
            ["Målområde", "Aktivitet", "Ansvarig"],
            ["Kultur för alla", "Läsfrämjande i skolan", "Bibliotekschef"],
            ["", "Sommarlovsaktiviteter", "Fritidschef"],
            ["", "Fler utställningar", "Konstintendent"],
            ["", "Digital lånetjänst", "Bibliotekschef"],
            ["Hållbarhet", "Energieffektiva lokaler", "Fastighetschef"],
        ],
    )
    add_xml(
        doc,
        table(
            row(cell("Målområde"), cell("Aktivitet")),
            row(cell("Trygghet", merge="restart"), cell("Belysning vid biblioteket")),
            row(cell("", merge="continue"), cell("Värdar i entrén")),
        ),
    )
    result = _read(doc, tmp_path)
    activities = result.data["aktiviteter"]
    assert [a["namn"] for a in activities] == [
        "Läsfrämjande i skolan",
        "Sommarlovsaktiviteter",
        "Fler utställningar",
        "Digital lånetjänst",
        "Energieffektiva lokaler",
        "Belysning vid biblioteket",
        "Värdar i entrén",
    ]
    areas = {a["id"]: a["namn"] for a in result.data["malomraden"]}
    assert [areas[a["malomrade_id"]] for a in activities] == [
        *["Kultur för alla"] * 4,
        "Hållbarhet",
        "Trygghet",
        "Trygghet",
    ]
    assert activities[3]["ansvarig"] == "Bibliotekschef"


def test_budget_table_split_by_a_page_break_with_totals(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    caption = doc.add_paragraph()
    caption.add_run("DRIFTVERKSAMHET").bold = True
    doc.add_paragraph("Nettobelopp i kkr utan decimal")
    _plain_table(
        doc,
        [
            ["Verksamhet", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"],
            ["Bibliotek", "12 300", "12 900", "13 100", "13 300"],
            ["Kulturskola och", "", "", "", ""],
        ],
    )
    _plain_table(
        doc,
        [
            ["", "8 100", "8 400", "8 600", "8 700"],
            ["Allmänkultur", "1 000", "1 100", "1 200", "1 200"],
            ["NETTOKOSTNAD", "21 400", "22 400", "22 900", "99 999"],
        ],
    )
    doc.add_paragraph("* Bruttokostnad minus intäkter.")
    result = _read(doc, tmp_path)
    drift = result.data["driftbudget"]
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    assert [units[r["verksamhet_id"]] for r in drift["rader"]] == [
        "Bibliotek",
        "Kulturskola och",
        "Allmänkultur",
    ]
    assert drift["rader"][1]["belopp"] == {
        "bokslut-2025": 8100,
        "budget-2026": 8400,
        "budget-2027": 8600,
        "plan-2028": 8700,
    }
    # The total is checked, never a row; the one that disagrees is kept and reported.
    plan_2028 = next(c for c in drift["kolumner"] if (c["slag"], c["ar"]) == ("plan", 2028))
    assert plan_2028["angiven_summa"] == 99999
    assert any("NETTOKOSTNAD" in w and "99\xa0999" in w for w in result.warnings)
    assert all("angiven_summa" not in c for c in drift["kolumner"] if c is not plan_2028)
    outcomes = result.outcomes
    table_blocks = [i for i, o in outcomes.items() if o.became is Became.DRIFT]
    assert len(table_blocks) == 2 and result.tolkning.tables[table_blocks[1]].continues
    note = next(b for b in result.source.blocks if b.text.startswith("* Brutto"))  # type: ignore[union-attr]
    assert "Bruttokostnad minus intäkter" in "".join(c["text"] for c in result.data["kapitel"])
    assert outcomes[note.index].became is Became.TEXT
    assert "\\*" in result.data["kapitel"][0]["text"]  # not a bullet


def test_totals_for_years_without_rows_are_the_ram(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Ekonomi", 1)
    _plain_table(
        doc,
        [
            ["DRIFTVERKSAMHET", "Bokslut 2025", "Budget 2026", "Budget 2027", "Plan 2028"],
            ["Bibliotek", "12 300", "12 900", "", ""],
            ["Kulturskola", "8 100", "8 400", "", ""],
            ["NETTOKOSTNAD", "20 400", "21 300", "22 000", "22 500"],
        ],
    )
    result = _read(doc, tmp_path)
    # KF's ram for years the nämnd has not shared out yet: kept as the ram, not a wrong sum.
    assert result.data["driftbudget"]["kf_ram"] == [
        {"ar": 2027, "belopp": 22000, "beslut": ""},
        {"ar": 2028, "belopp": 22500, "beslut": ""},
    ]
    assert not any("stämmer inte" in w for w in result.warnings)
    assert any("lästes som nämndens ram" in w and "22\xa0000" in w for w in result.warnings)
    columns = result.data["driftbudget"]["kolumner"]
    assert all("angiven_summa" not in c for c in columns)


def test_goal_label_apart_from_its_text_under_a_malomrade_heading(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål och uppföljning", 1)
    doc.add_heading("KVALITET – god kvalitet för alla", 2)
    doc.add_paragraph("Kvaliteten visar vilken nytta verksamheten gör.")
    add_xml(
        doc,
        table(
            row(cell("Nämndsmål 1:"), cell("Ett tryggt liv för alla som får stöd.", span=3)),
            row(cell("Mätmetod/Indikator"), cell("Nuläge:"), cell("Målnivåer:", span=2)),
            row(cell(""), cell("2025"), cell("2027"), cell("2028")),
            row(cell("Andel nöjda brukare"), cell("67 %"), cell("70 %"), cell("72 %")),
        ),
    )
    result = _read(doc, tmp_path)
    [area] = result.data["malomraden"]
    [goal] = result.data["namndsmal"]
    assert area["namn"] == "KVALITET – god kvalitet för alla"
    assert goal["text"] == "Ett tryggt liv för alla som får stöd."
    assert goal["malomrade_id"] == area["id"]
    assert [i["namn"] for i in goal["indikatorer"]] == ["Andel nöjda brukare"]
    long_goal = "Ett tryggt och hållbart liv för alla som får stöd av nämnden"
    doc.add_heading(long_goal, 2)
    doc.add_paragraph("Text om målet.")
    said = {o.text for o in _read(doc, tmp_path).outcomes.values()}
    # A long name is cut with "…", never mid-space before the closing quote.
    assert "Beskrivning av målet ”Ett tryggt och hållbart liv för alla som får stöd…”" in said


def test_headers_in_the_kommuns_own_words(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Verksamhetens utveckling", 1)
    _plain_table(
        doc,
        [
            ["Projekt – genomförande", "Beskrivning", "Tillhör verksamhet", "Ev. beräknad kostnad"],
            ["Ny bokbuss", "Ersätter den gamla bussen", "Bibliotek", "1 200 tkr"],
            ["Meröppet i Östby", "Obemannat bibliotek kvällstid", "Bibliotek", "Egen tid"],
        ],
    )
    _plain_table(
        doc,
        [
            ["Aktivitet", "Beskrivning", "Slutdatum", "Ansvarig", "Status"],
            [
                "Ny webbplats",
                "Tillgänglig och på lätt svenska",
                "2027-06-30",
                "Kommunikatör",
                "Pågår",
            ],
        ],
    )
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Resultaträkning, tkr")
    _plain_table(
        doc,
        [
            ["", "Bokslut 2025", "Budget 2026", "Budget 2027"],
            ["Verksamhetens intäkter", "4 000", "4 100", "4 200"],
            ["Personalkostnader", "-20 000", "-20 500", "-21 000"],
            ["Övriga kostnader", "-8 000", "-8 200", "-8 300"],
            ["Nettokostnad", "-24 000", "-24 600", "-25 100"],
        ],
    )
    doc.add_heading("Investeringar", 2)
    _plain_table(
        doc,
        [
            ["Projektnamn/Projektgruppering", "Budget 2027", "Plan 2028", "Plan 2029"],
            ["Inventarier bibliotek", "500", "500", "300"],
            ["Scenteknik", "1 500", "", ""],
            ["Summa", "2 000", "500", "300"],
        ],
    )
    result = _read(doc, tmp_path)
    projects, web = result.data["aktiviteter"][:2], result.data["aktiviteter"][2]
    assert [p["namn"] for p in projects] == ["Ny bokbuss", "Meröppet i Östby"]
    assert projects[0]["kostnad_tkr"] == 1200 and projects[1].get("egen_tid") is True
    assert projects[0]["beskrivning"] == "Ersätter den gamla bussen"
    units = {u["id"]: u["namn"] for u in result.data["verksamheter"]}
    assert units[projects[0]["verksamhet_id"]] == "Bibliotek"
    assert (web["slutdatum"], web["ansvarig"], web["status"]) == (
        "2027-06-30",
        "Kommunikatör",
        "pagar",
    )
    kinds = result.data["resultatrakning"]["kostnadsslag"]
    assert [k["namn"] for k in kinds] == [
        "Verksamhetens intäkter",
        "Personalkostnader",
        "Övriga kostnader",
    ]
    assert kinds[1]["belopp"]["budget-2027"] == -21000
    investments = result.data["investeringar"]
    assert [(i["projekt"], i["belopp"]) for i in investments] == [
        ("Inventarier bibliotek", {"2027": 500, "2028": 500, "2029": 300}),
        ("Scenteknik", {"2027": 1500}),
    ]
    assert not result.warnings


def test_goals_as_yearly_sentences_under_a_malomrade(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Mål", 1)
    doc.add_heading("Målområde: Läsande barn", 2)
    doc.add_paragraph("Barn som läser klarar skolan bättre.")
    doc.add_paragraph("Mål 2027: Alla förskolor har ett läsombud.")
    doc.add_paragraph("Mål 2028: Alla skolbibliotek är bemannade.")
    doc.add_heading("Målområde: Aktiva äldre", 2)
    doc.add_paragraph(
        "Mål 2027: Fler äldre besöker biblioteket. Mål 2028: Boken kommer finns i alla delar."
    )
    result = _read(doc, tmp_path)
    areas = {a["id"]: a for a in result.data["malomraden"]}
    first, second = result.data["namndsmal"]
    assert areas[first["malomrade_id"]]["namn"] == "Läsande barn"
    assert areas[first["malomrade_id"]]["beskrivning"] == "Barn som läser klarar skolan bättre."
    assert first["arstexter"] == {
        "2027": "Alla förskolor har ett läsombud.",
        "2028": "Alla skolbibliotek är bemannade.",
    }
    assert second["arstexter"] == {
        "2027": "Fler äldre besöker biblioteket.",
        "2028": "Boken kommer finns i alla delar.",
    }


def test_cover_page_and_a_long_first_paragraph(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("VÄRNAMO KOMMUN".title().replace("Kommun", "Kommun"))
    doc.add_paragraph("Kultur- och fritidsnämnden har under året arbetat vidare. " * 11)
    doc.add_paragraph("Verksamhetsplan 2027")
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_paragraph("Nämndsordförande: Eva Lund (C)")
    doc.add_paragraph("Förvaltningschef: Per Holm")
    doc.add_paragraph("Dnr KFN 2026/118")
    doc.add_paragraph("Antagen av kultur- och fritidsnämnden 2026-11-20 § 84")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("Text.")
    doc.add_heading("Driftbudget", 1)
    _plain_table(
        doc, [["Verksamhet", "Budget 2027", "Plan 2028", "Plan 2029"], ["Fritid", "1", "2", "3"]]
    )
    result = _read(doc, tmp_path)
    assert (result.namnd, result.kommun, result.titel, result.forsta_ar, result.sista_ar) == (
        "Kultur- och fritidsnämnden",
        "Värnamo kommun",
        "Verksamhetsplan 2027",
        2027,
        2029,
    )
    assert (result.ordforande, result.forvaltningschef, result.diarienummer) == (
        "Eva Lund (C)",
        "Per Holm",
        "KFN 2026/118",
    )
    assert any("§ 84" in line for line in result.report)
    # The long paragraph is no title; it is kept, in a chapter of its own at the start.
    assert result.data["kapitel"][0]["rubrik"] == "Inledning"
    assert "arbetat vidare" in result.data["kapitel"][0]["text"]


def test_budget_year_before_the_plan_years_and_kommun_after_a_sentence_word(
    tmp_path: Path,
) -> None:
    doc = Document()
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph("Verksamhetsplan med budget 2027 och plan 2028–2029")
    doc.add_heading("Inledning", 1)
    doc.add_paragraph("För Lindåsa kommun innebär det att fler behöver stöd.")
    result = _read(doc, tmp_path)
    assert (result.forsta_ar, result.sista_ar) == (2027, 2029)
    assert result.kommun == "Lindåsa kommun"


def test_capital_line_after_numbered_chapters_is_a_chapter(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    # Under a chapter a capital line is a heading in it (test_plans_without_heading_styles);
    # after its numbered sections, where a section would be "2.2", it is a chapter.
    for line in ["1 Inledning", "Text.", "2 Ekonomi", "2.1 Driftbudget", "Text om budget."]:
        doc.add_paragraph(line)
    doc.add_paragraph("Barn och familj").runs[0].bold = True
    doc.add_paragraph("Text om barn.")
    doc.add_paragraph("PERSONAL OCH ARBETSMILJÖ")
    doc.add_paragraph("Förvaltningen har 214 årsarbetare.")
    result = _read(doc, tmp_path)
    chapters = [c["rubrik"] for c in result.data["kapitel"]]
    assert chapters[-1] == "PERSONAL OCH ARBETSMILJÖ"
    assert "214 årsarbetare" in result.data["kapitel"][-1]["text"]
    assert "Barn och familj" not in chapters  # a bold line stays a heading in its chapter


def test_follow_up_document_becomes_a_period(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc, "Verksamhetsberättelse 2026")
    doc.add_heading("Måluppfyllelse", 1)
    doc.add_heading("Nämndsmål 1 – Fler läser", 2)
    _plain_table(
        doc,
        [
            ["Indikator", "Utfall 2024", "Utfall 2025", "Utfall 2026", "Bedömning"],
            ["Lån per invånare", "4,1", "4,3", "4,6", "Uppfyllt"],
            ["Andel barn som läser", "61 %", "63 %", "62 %", "Delvis uppfyllt"],
        ],
    )
    doc.add_heading("Nämndsmål 2 – Fler besöker konserter", 2)
    _plain_table(
        doc,
        [
            ["Indikator", "Utfall 2025", "Utfall 2026", "Måluppfyllelse"],
            ["Besök per år", "9 000", "8 200", "Ej uppfyllt"],
        ],
    )
    doc.add_heading("Aktiviteter", 1)
    _plain_table(
        doc,
        [
            ["Aktivitet", "Ansvarig", "Status"],
            ["Ny webbplats", "Kommunikatör", "Klar"],
            ["Bokbuss", "Bibliotekschef", "Pågår"],
            ["Konstrunda", "Kulturchef", "Avbruten"],
            ["Läsombud", "Rektor", "Ej påbörjad"],
        ],
    )
    result = _read(doc, tmp_path)
    [period] = result.data["uppfoljningar"]
    assert (period["slag"], period["ar"], period["namn"]) == (
        "helar",
        2026,
        "Verksamhetsberättelse 2026",
    )
    first, second = result.data["namndsmal"]
    levels = {m["namndsmal_id"]: m["bedomningsniva_id"] for m in period["mal"]}
    assert levels == {first["id"]: 1, second["id"]: 3}
    loans = first["indikatorer"][0]
    assert loans["utfall"] == {
        "2024": Decimal("4.1"),
        "2025": Decimal("4.3"),
        "2026": Decimal("4.6"),
    }
    assert loans["malnivaer"] == {}  # outcomes, never targets
    statuses = [a["status"] for a in period["aktiviteter"]]
    assert statuses == ["klar", "pagar", "avbruten", "ej_paborjad"]
    create_plan(result, tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        plan = read_plan(opened)
    assert plan.uppfoljningar[0].namn == "Verksamhetsberättelse 2026"


def test_grouped_key_figures_and_internkontroll(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Nyckeltal", 1)
    _plain_table(
        doc,
        [
            ["Verksamhet", "Nyckeltal", "2024", "2025", "2026"],
            ["Bibliotek", "Besök", "120 000", "125 000", "131 000"],
            ["", "Lån", "310 000", "305 000", "300 000"],
            ["Kulturskola", "Elever", "640", "655", "670"],
            ["", "Andel pojkar", "38 %", "40 %", "41 %"],
        ],
    )
    doc.add_heading("Internkontroll", 1)
    _plain_table(
        doc,
        [
            [
                "Process/rutin",
                "Risk",
                "Kontrollmoment",
                "Kontrollansvar",
                "Frekvens",
                "Rapporteras till",
            ],
            [
                "Kassahantering",
                "Svinn",
                "Avstämning av kassan",
                "Enhetschef",
                "Månadsvis",
                "Nämnden",
            ],
        ],
    )
    result = _read(doc, tmp_path)
    [table_] = result.data["nyckeltal"]
    rows = [(r["namn"], r["niva"], r["enhet"]) for r in table_["rader"]]
    assert rows == [
        ("Bibliotek", 0, ""),
        ("Besök", 1, ""),
        ("Lån", 1, ""),
        ("Kulturskola", 0, ""),
        ("Elever", 1, ""),
        ("Andel pojkar", 1, "%"),
    ]
    assert [c["rubrik"] for c in table_["kolumner"]] == ["2024", "2025", "2026"]
    [control] = result.data["internkontroll"]
    assert (control["process"], control["kontrollmoment"], control["rapportering_till"]) == (
        "Kassahantering",
        "Avstämning av kassan",
        "Nämnden",
    )
    create_plan(result, tmp_path / "plan.vplan")


def test_chapters_in_heading_2_with_appendices_in_heading_1(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_heading("Inledning", 2)
    doc.add_paragraph("Nämnden ansvarar för kulturen.")
    doc.add_heading("Bakgrund", 3)
    doc.add_paragraph("Kommunen växer.")
    doc.add_heading("Omvärldsanalys", 2)
    doc.add_paragraph("Digitaliseringen ändrar hur vi lånar.")
    doc.add_heading("Bilaga 1 Ordlista", 1)
    doc.add_paragraph("Nämnd: en politisk församling.")
    result = _read(doc, tmp_path)
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Omvärldsanalys", "Bilaga 1 Ordlista"]
    assert (
        chapters[0]["text"] == "Nämnden ansvarar för kulturen.\n\n# Bakgrund\n\nKommunen växer.\n"
    )
    assert chapters[1]["omvarldsanalys"]


def test_plans_without_heading_styles(tmp_path: Path) -> None:
    doc = Document()
    _cover(doc)
    doc.add_paragraph("Innehåll")
    doc.add_paragraph("1 Inledning ........ 2")
    doc.add_paragraph("2 Verksamhet ........ 3")
    doc.add_paragraph("1 Inledning")
    doc.add_paragraph("Nämnden ansvarar för kulturen.")
    doc.add_paragraph("1.1 Uppdrag")
    doc.add_paragraph("Uppdraget kommer från fullmäktige.")
    doc.add_paragraph("2 Verksamhet")
    doc.add_paragraph("Verksamheten bedrivs på tre orter.")
    doc.add_paragraph("SAMVERKAN")
    doc.add_paragraph("Vi samverkar med föreningarna.")
    result = _read(doc, tmp_path)
    chapters = result.data["kapitel"]
    assert [c["rubrik"] for c in chapters] == ["Inledning", "Verksamhet"]
    assert chapters[0]["text"] == (
        "Nämnden ansvarar för kulturen.\n\n# Uppdrag\n\nUppdraget kommer från fullmäktige.\n"
    )
    assert "# SAMVERKAN" in chapters[1]["text"]
    toc = [i for i, o in result.outcomes.items() if "Innehållsförteckning" in o.text]
    assert toc == [3, 4, 5]


def test_a_table_of_goals_and_a_budget_outcome_in_a_follow_up(tmp_path: Path) -> None:
    doc = Document()
    caps = doc.add_paragraph()
    caps.add_run("EXEMPELBY KOMMUN").bold = True  # a cover line before numbered chapters
    doc.add_paragraph("Verksamhetsberättelse 2026 för Kulturnämnden")
    doc.add_paragraph("1 Måluppfyllelse")
    _plain_table(
        doc,
        [
            ["Nämndsmål", "Bedömning", "Kommentar"],
            ["Fler läser", "Delvis uppfyllt", "Lånen ökade men inte i alla delar."],
            ["Fler besöker konserter", "Uppfyllt", ""],
        ],
    )
    doc.add_paragraph("2 Ekonomi")
    _plain_table(
        doc,
        [
            ["Verksamhet", "Budget 2026", "Utfall 2026"],
            ["Bibliotek", "13 100", "13 350"],
        ],
    )
    result = _read(doc, tmp_path)
    assert (result.kommun, result.forsta_ar) == ("Exempelby kommun", 2026)
    reads, concerts = result.data["namndsmal"]
    assert (reads["text"], concerts["text"]) == ("Fler läser", "Fler besöker konserter")
    [period] = result.data["uppfoljningar"]
    assert [(m["namndsmal_id"], m["bedomningsniva_id"]) for m in period["mal"]] == [
        (reads["id"], 2),
        (concerts["id"], 1),
    ]
    assert "inte i alla delar" in period["mal"][0]["bedomning"]
    [row] = result.data["driftbudget"]["rader"]
    assert row["belopp"] == {"budget-2026": 13100, "utfall-2026": 13350}


def test_words_in_a_totals_row_are_named_in_the_report(tmp_path: Path) -> None:
    """A totals row is checked, not imported: its other words ("NETTOKOSTNAD" beside "Summa")
    are said in the report, never dropped silently (found by the property test)."""
    from docx import Document

    from vplan_desktop.imports.word import interpret
    from vplan_desktop.imports.word_docx import read_docx

    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    doc.add_heading("Investeringar", 1)
    rows = [
        ["Projekt", "Budget 2027", "Plan 2028"],
        ["Bibliotek", "1 200", "300"],
        ["Skola", "800", "200"],
        ["Summa", "NETTOKOSTNAD", "500"],
    ]
    grid = doc.add_table(rows=len(rows), cols=3)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value
    doc.save(str(tmp_path / "plan.docx"))
    source = read_docx(tmp_path / "plan.docx")
    result = interpret(source)
    table = next(b for b in source.blocks if b.rows)
    assert "”Summa” (med ”NETTOKOSTNAD”)" in result.outcomes[table.index].text


def test_an_activity_row_without_a_name_is_kept_and_named_for_the_user(tmp_path: Path) -> None:
    """An activity table with no name column made an activity with no name, and the plan was
    refused with a message about a JSON file (found by the property test)."""
    from docx import Document

    from vplan_desktop.imports.word import import_word
    from vplan_desktop.imports.word_activity_table import UNNAMED

    doc = Document()
    doc.add_paragraph("Verksamhetsplan 2027–2029")
    grid = doc.add_table(rows=2, cols=3)
    for c, (head, value) in enumerate(
        zip(["Slutdatum", "Ansvarig", "Ansvarig"], ["67 %", "Öka", "Bibliotek"], strict=True)
    ):
        grid.cell(0, c).text, grid.cell(1, c).text = head, value
    doc.save(str(tmp_path / "plan.docx"))
    import_word(tmp_path / "plan.docx", tmp_path / "plan.vplan")
    with PlanDocument.open(tmp_path / "plan.vplan", read_only=True) as opened:
        [activity] = read_plan(opened).aktiviteter
    assert activity.namn == UNNAMED and "Bibliotek" in activity.beskrivning
