"""Corpus document AP: a socialnämnd's one-year plan for 2027 in a regional template: the cover
holds the kommun's logo as a picture whose alt text names the kommun, "Dnr SN 2026/00123" and
"Fastställd av socialnämnden 2026-12-09, § 145"; each målområde is a Heading 2 over ONE big
table mixing everything: a dark row "Mål 1: …" merged across the table, a shaded merged row
"Indikatorer", a bold row "Indikator | Utgångsläge 2025 | Målvärde 2027 | Källa" and the
indicator rows (an older baseline written "84 % (2024)", numbers with and without a thousands
separator, "4210" beside "Högst 3 500", targets "Minst 85 %", "Högst 14 dagar", "Oförändrat"),
then a shaded merged row "Åtaganden", a bold row "Åtagande | Ansvarig | Tidsplan" (the åtagande
spanning two columns) and the plan's åtaganden, then the next "Mål 2: …" row in the same
table. An "Uppdrag från kommunfullmäktige" table "Uppdrag | Beslut | Återrapportering", a
budget "Nämndens budget 2027 (tkr)" by "Verksamhet | Intäkter | Kostnader | Nettokostnad" with
a "varav personalkostnader" row and "Totalt", key figures "Nyckeltal | 2023 | 2024 | 2025 |
Riket 2025" with a "Källa: Kolada" line under it, and internkontroll.

Expected (what a perfect import gives): the front matter (the kommun from the logo's alt text,
the page footer and the text; no ordförande or socialchef is named, so none); eight chapters
(the Heading 2s under "Omvärldsanalys" are its sub-headings, as in M); five nämndsmål (without
"Mål n:"; the målområden are KF's, structure, as in Y) with fifteen indicators: nuläge 2025 or
the year the cell gives, a target for 2027; nine åtaganden as activities with ansvarig, the
last day of the period as slutdatum (none for "Löpande") and their goal as group; the three
uppdrag as activities (as in J and R; the återrapportering is their slutdatum, the beslut their
text); eight driftbudget rows with the printed nettokostnad as Budget 2027 (intäkter and
kostnader are not net amounts, as in H; the "varav" row is part of the row above, as in AK);
six key-figure rows and their source note; four controls with their process. The label rows,
the column headings in the goal tables, the totals and the footer are structure."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw

from tests.word_shapes_docx import Writer, cell_text, sv
from tests.word_shapes_model import (
    Activity,
    BudgetRow,
    Control,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_xml import picture

KOMMUN = "Stensjö kommun"
LOGO_ALT = "Stensjö kommuns logotyp"
FOOTER = "Stensjö kommun • Socialnämnden • Verksamhetsplan 2027"

Ind = tuple[str, str, D, int, Val, str, str]
"""An indicator: name, unit, utgångsläge, its year, målvärde 2027, källa, the baseline cell as
printed ("" for the value with its unit)."""
Act = tuple[str, str, str, dt.date | None]
"""An åtagande: name, ansvarig, tidsplan as printed, slutdatum (judgement, as in K and L: the
last day of the quarter, month or period; "Hela 2027" the year's last day)."""

AREAS: list[tuple[str, list[tuple[str, list[Ind], list[Act]]]]] = [
    ("Målområde: Goda uppväxtvillkor och egen försörjning", [
        ("Barn och unga som behöver stöd får rätt insats i rätt tid.",
         [("Andel barnavårdsutredningar som avslutas inom fyra månader", "%", D(71), 2025,
           "Minst 85 %", "Treserva, egen uppföljning", ""),
          ("Vårddygn på HVB för barn och unga, antal", "", D(4210), 2025, "Högst 3 500",
           "Ekonomisystemet", "4210"),
          ("Andel barn och unga som inte återaktualiseras inom ett år efter avslutad insats",
           "%", D(76), 2024, "Minst 80 %", "Kolada", "76 % (2024)")],
         [("Strukturerad utredningsmall enligt BBIC i alla barnutredningar",
           "Enhetschef barn och unga", "Q2 2027", dt.date(2027, 6, 30)),
          ("Utökad familjebehandling i öppenvård som alternativ till placering",
           "Verksamhetschef IFO", "Hela 2027", dt.date(2027, 12, 31))]),
        ("Fler unga vuxna blir självförsörjande.",
         [("Hushåll med unga vuxna 18–24 år med långvarigt ekonomiskt bistånd, antal", "",
           D(38), 2025, "Högst 30", "Egen statistik", ""),
          ("Andel deltagare i arbetsmarknadsinsats som går vidare till arbete eller studier",
           "%", D(34), 2025, "Minst 40 %", "Kolada", "")],
         [("Gemensamt mottagningsteam för unga vuxna med arbetsmarknadsenheten",
           "Enhetschef ekonomiskt bistånd", "Januari–juni 2027", dt.date(2027, 6, 30))]),
    ]),
    ("Målområde: Ett gott liv hela livet", [
        ("Den som har hemtjänst får stöd av få och kända medarbetare och känner sig trygg hemma.",
         [("Personalkontinuitet, antal medarbetare som besöker en brukare under 14 dagar", "",
           D(16), 2025, "Högst 12", "Kolada", ""),
          ("Andel brukare i hemtjänsten som känner sig trygga hemma", "%", D(84), 2024,
           "Minst 88 %", "Socialstyrelsens brukarundersökning", "84 % (2024)"),
          ("Handläggningstid från ansökan till beslut om hemtjänst", "dagar", D(19), 2025,
           "Högst 14 dagar", "Lifecare, egen uppföljning", "")],
         [("Mindre arbetslag med egna brukargrupper i hemtjänsten", "Enhetschef hemtjänst",
           "Q1 2027", dt.date(2027, 3, 31)),
          ("E-tjänst för ansökan om hemtjänst", "Biståndschef", "Senast 2027-09-30",
           dt.date(2027, 9, 30))]),
        ("De som bor på särskilt boende har en meningsfull och säker vardag.",
         [("Andel boende som är nöjda med aktiviteterna på boendet", "%", D(58), 2024,
           "Minst 65 %", "Socialstyrelsens brukarundersökning", "58 % (2024)"),
          ("Fallolyckor med skada på särskilt boende, antal per år", "", D(137), 2025,
           "Högst 110", "Senior alert", ""),
          ("Väntetid från beslut till erbjuden plats på särskilt boende, dagar", "", D(49),
           2025, "Oförändrat", "Kolada", "")],
         [("En aktivitetssamordnare på varje särskilt boende",
           "Verksamhetschef särskilt boende", "Augusti 2027", dt.date(2027, 8, 31)),
          ("Fallprevention enligt Senior alert på alla avdelningar",
           "Medicinskt ansvarig sjuksköterska", "December 2027", dt.date(2027, 12, 31))]),
    ]),
    ("Målområde: Attraktiv arbetsgivare", [
        ("Socialförvaltningen är en arbetsplats där medarbetarna vill stanna och utvecklas.",
         [("Hållbart medarbetarengagemang (HME), index", "", D(78), 2025, "Minst 80",
           "Medarbetarenkäten", ""),
          ("Sjukfrånvaro, andel av ordinarie arbetstid", "%", D("8.9"), 2025, "Högst 7,5 %",
           "Personalsystemet", ""),
          ("Personalomsättning bland socialsekreterare", "%", D(24), 2025, "Högst 15 %",
           "Personalsystemet", ""),
          ("Timmar med inhyrd personal från bemanningsföretag", "", D(11480), 2025,
           "Högst 6 000", "Ekonomisystemet", "11480")],
         [("Karriärtrappa och introduktionsprogram för socialsekreterare", "HR-strateg",
           "Senast 2027-04-30", dt.date(2027, 4, 30)),
          ("Heltid som norm vid schemaläggning i äldreomsorgen",
           "Verksamhetschef äldreomsorg", "Löpande", None)]),
    ]),
]  # fmt: skip

UPPDRAG = [
    ("Utreda ett trygghetsboende tillsammans med Stensjöhem AB", "KF 2026-06-17, § 84",
     "Juni 2027", dt.date(2027, 6, 30)),
    ("Ta fram en plan för att minska kostnaderna för externa placeringar",
     "KF 2026-06-17, § 84", "Till KF senast 2027-03-31", dt.date(2027, 3, 31)),
    ("Erbjuda digital tillsyn nattetid till alla som har hemtjänst", "KF 2025-11-26, § 152",
     "Oktober 2027", dt.date(2027, 10, 31)),
]  # fmt: skip

# verksamhet, intäkter, kostnader, nettokostnad as printed (some typed without a separator)
BUDGET: list[tuple[str, int, int, bool]] = [
    ("Nämnd och ledning", 0, 6_840, True),
    ("Individ- och familjeomsorg", 3_210, 48_760, False),
    ("Ekonomiskt bistånd", 1_150, 24_300, True),
    ("Hemtjänst", 9_420, 88_310, True),
    ("Särskilt boende", 21_600, 142_950, False),
    ("LSS och socialpsykiatri", 4_830, 61_720, True),
    ("Hälso- och sjukvård", 1_240, 27_480, True),
    ("Myndighet och bistånd", 0, 9_860, False),
]
VARAV = ("varav personalkostnader", 71_480)
"""Under Hemtjänst: part of the row above."""

KEY_CAPTION = "Nyckeltal i jämförelse med riket"
KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025", "Riket 2025"]
KEY_ROWS = [
    ["Kostnad för ekonomiskt bistånd, kr per invånare", "1 012", "1067", "1 104", "1 285"],
    ["Invånare 80+ i särskilt boende, andel", "11,4 %", "11,0 %", "10,6 %", "10,9 %"],
    ["Väntetid till särskilt boende, dagar", "58", "64", "49", "71"],
    ["Kostnad för hemtjänst, kr per invånare 65+", "13521", "14 208", "14930", "15 677"],
    ["Barn och unga 0–20 år med heldygnsinsats, andel", "0,9 %", "0,8 %", "0,8 %", "0,7 %"],
    ["Personalkontinuitet i hemtjänsten, antal personal", "17", "16", "16", "16"],
]
KEY_NOTE = "Källa: Kolada"

CONTROLS = [
    ("Utbetalning av ekonomiskt bistånd", "Utbetalning sker på felaktigt underlag",
     "Stickprov på tio akter per månad", "Enhetschef ekonomiskt bistånd", "Månadsvis"),
    ("Avgifter inom äldreomsorgen", "Felaktig avgift debiteras",
     "Kontroll av avgiftsbeslut mot inkomstuppgifter", "Avgiftshandläggare",
     "Två gånger per år"),
    ("Informationssäkerhet i journalsystemet", "Obehörig läsning av personuppgifter",
     "Slumpvis loggkontroll", "Systemförvaltare", "Kvartalsvis"),
    ("Rapportering enligt lex Sarah", "Missförhållanden rapporteras inte",
     "Genomgång av avvikelser och rapporter", "Kvalitetsstrateg", "Tertialvis"),
]  # fmt: skip


def _logo() -> bytes:
    image = Image.new("RGB", (520, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 150, 150), fill=(0, 84, 140))
    draw.polygon([(30, 120), (80, 40), (130, 120)], fill=(255, 255, 255))
    draw.text((175, 60), "STENSJÖ KOMMUN", fill=(0, 84, 140))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _shade(cell: Any, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _cover(w: Writer) -> None:
    picture(w.doc, _logo(), LOGO_ALT, width_cm=5.5)
    w.structure(LOGO_ALT)
    for _ in range(6):
        w.doc.add_paragraph()
    w.cover("Verksamhetsplan 2027", size=28, bold=True)
    w.cover("Socialnämnden", size=16)
    for _ in range(10):
        w.doc.add_paragraph()
    w.cover("Dnr SN 2026/00123", size=10)
    w.cover("Fastställd av socialnämnden 2026-12-09, § 145", size=10)
    w.page_break()
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.text = FOOTER
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w.expected.absent.append(FOOTER)


def _introduction(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver vad socialnämnden ska uppnå under 2027 och hur arbetet "
        "ska bedrivas. Planen bygger på kommunfullmäktiges målområden och budget och följs upp "
        "i delårsrapporten per augusti och i verksamhetsberättelsen.",
        "Mallen är gemensam för kommunerna i länet. Varje målområde redovisas i en tabell med "
        "nämndens mål, indikatorer och åtaganden; åtagandena är de aktiviteter förvaltningen "
        "ska genomföra under året.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.paras(
        f"Socialnämnden i {KOMMUN} ansvarar för individ- och familjeomsorg, ekonomiskt "
        "bistånd, äldreomsorg, stöd till personer med funktionsnedsättning och den kommunala "
        "hälso- och sjukvården. Nämnden har elva ledamöter och ett arbetsutskott.",
        "Socialförvaltningen har omkring 620 medarbetare i fyra verksamhetsområden.",
    )


def _environment(w: Writer) -> None:
    w.chapter("Omvärldsanalys")
    w.para(
        "Kommunen har 23 480 invånare. Antalet invånare över 80 år ökar med drygt 40 personer "
        "per år fram till 2030, samtidigt som gruppen i arbetsför ålder är i stort sett "
        "oförändrad."
    )
    w.heading("Befolkning och behov", 2)
    w.para(
        "Behovet av hemtjänst ökar snabbare än antalet äldre, eftersom fler bor kvar hemma med "
        "omfattande insatser. Antalet hemtjänsttimmar var 12345 per månad i genomsnitt 2025, "
        "en ökning med 6 procent på ett år."
    )
    w.heading("Kompetensförsörjning", 2)
    w.para(
        "Det är svårt att rekrytera erfarna socialsekreterare och sjuksköterskor. Nämnden har "
        "under 2025 köpt 11 480 timmar från bemanningsföretag, vilket kostade drygt 9 miljoner "
        "kronor."
    )
    w.bullets(
        "Den nya socialtjänstlagen ställer krav på förebyggande och lättillgängliga insatser.",
        "Kraven på legitimation för undersköterskor påverkar rekrytering och introduktion.",
        "Försörjningsstödet har ökat bland unga vuxna utan fullständig gymnasieutbildning.",
    )


def _goal_table(w: Writer, goals: list[tuple[str, list[Ind], list[Act]]], first: int) -> None:
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []
    goal_rows, label_rows, head_rows = [], [], []
    for n, (goal, inds, acts) in enumerate(goals, first):
        w.expected.goals.append(Goal(goal, "namnd"))
        goal_rows.append(len(rows))
        merges.append((len(rows), 0, len(rows), 3))
        rows.append([f"Mål {n}: {goal}", "", "", ""])
        label_rows.append(len(rows))
        merges.append((len(rows), 0, len(rows), 3))
        rows.append(["Indikatorer", "", "", ""])
        head_rows.append(len(rows))
        rows.append(["Indikator", "Utgångsläge 2025", "Målvärde 2027", "Källa"])
        for name, unit, base, year, target, source, printed in inds:
            baseline = printed or cell_text(base, unit)
            if "(" in baseline:
                w.structure(baseline)  # checked as the indicator's nuläge and its year
            rows.append([name, baseline, cell_text(target, unit), source])
            w.expected.indicators.append(Indicator(goal, name, unit, year, base, {2027: target}))
        label_rows.append(len(rows))
        merges.append((len(rows), 0, len(rows), 3))
        rows.append(["Åtaganden", "", "", ""])
        head_rows.append(len(rows))
        merges.append((len(rows), 0, len(rows), 1))
        rows.append(["Åtagande", "", "Ansvarig", "Tidsplan"])
        for name, who, when, day in acts:
            merges.append((len(rows), 0, len(rows), 1))
            rows.append([name, "", who, when])
            w.structure(when)  # checked as the slutdatum
            w.expected.activities.append(Activity(name, who, day, group=goal))
    w.structure("Indikatorer", "Åtaganden", "Indikator", "Utgångsläge 2025", "Målvärde 2027")
    w.structure("Källa", "Åtagande", "Ansvarig", "Tidsplan")
    table = w.table(rows, header_rows=0, merges=merges, widths=[7.0, 3.1, 3.0, 3.5])
    for r in goal_rows:
        cell = table.cell(r, 0)
        _shade(cell, "1F4E79")
        run = cell.paragraphs[0].runs[0]
        run.bold = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in label_rows:
        cell = table.cell(r, 0)
        _shade(cell, "D9E2F3")
        cell.paragraphs[0].runs[0].bold = True
    for r in head_rows:
        for cell in table.rows[r].cells:
            for run in (run for p in cell.paragraphs for run in p.runs):
                run.bold = True
                run.italic = True


def _goals(w: Writer) -> None:
    w.chapter("Mål och åtaganden 2027")
    w.para(
        "Kommunfullmäktige har beslutat om tre målområden för mandatperioden. Under varje "
        "målområde finns nämndens mål med indikatorer, utgångsläge och målvärde för 2027, "
        "följt av de åtaganden som ska bidra till att målet nås."
    )
    first = 1
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)  # KF's målområde, as in Y
        _goal_table(w, goals, first)
        first += len(goals)
        w.para("")


def _uppdrag(w: Writer) -> None:
    w.chapter("Uppdrag från kommunfullmäktige")
    w.para("Kommunfullmäktige har gett socialnämnden följande uppdrag som ska redovisas 2027.")
    rows = [["Uppdrag", "Beslut", "Återrapportering"]]
    for name, decision, when, day in UPPDRAG:
        rows.append([name, decision, when])
        w.structure(when)  # checked as the slutdatum
        # Judgement (as in J and R): an uppdrag is an activity; the beslut belongs to its
        # text, the återrapportering is when it must be done.
        w.expected.activities.append(Activity(name, "", day))
    w.table(rows, widths=[9.0, 3.8, 3.8])
    w.para("")


def _budget(w: Writer) -> None:
    w.chapter("Ekonomi")
    w.para(
        "Kommunfullmäktiges ram för socialnämnden 2027 är 368 770 tkr, en ökning med 3,1 "
        "procent. Ökningen täcker löne- och prisökningar men inte de ökade volymerna i "
        "hemtjänsten, som ska mötas med effektivare planering."
    )
    caption = "Nämndens budget 2027 (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    rows = [["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"]]
    for name, income, cost, grouped in BUDGET:
        sep = " " if grouped else ""
        rows.append([name, sv(income, sep=sep), sv(cost, sep=sep), sv(cost - income, sep=sep)])
        w.expected.budget.append(BudgetRow("drift", name, {("budget", 2027): D(cost - income)}))
        if name == "Hemtjänst":
            rows.append([VARAV[0], "", sv(VARAV[1]), ""])
    incomes, costs = sum(b[1] for b in BUDGET), sum(b[2] for b in BUDGET)
    total = ["Totalt", sv(incomes), sv(costs), sv(costs - incomes)]
    assert costs - incomes == 368_770
    rows.append(total)
    w.totals(*total)
    table = w.table(rows, widths=[7.0, 3.2, 3.2, 3.2])
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for cell in table.rows[5].cells:
        for run in cell.paragraphs[0].runs:
            run.italic = True
    w.para("")


def _key_figures(w: Writer) -> None:
    w.chapter("Verksamheten i siffror")
    w.para(
        "Tabellen visar några nyckeltal för nämndens verksamheter de tre senaste åren och "
        "jämfört med riket. Kostnaderna för hemtjänst ligger under riket men ökar snabbare."
    )
    w.para(("b", KEY_CAPTION))
    w.structure(KEY_CAPTION)
    w.table([KEY_HEADER, *KEY_ROWS], keep_headers=True, widths=[8.2, 2.1, 2.1, 2.1, 2.1])
    w.expected.key_figures += [
        KeyRow(KEY_CAPTION, row[0], dict(zip(KEY_HEADER[1:], row[1:], strict=True)))
        for row in KEY_ROWS
    ]
    w.para(("i", KEY_NOTE), size=8)
    w.expected.notes.append(TableNote(KEY_CAPTION, KEY_NOTE))


def _control(w: Writer) -> None:
    w.chapter("Intern kontroll")
    w.para(
        "Internkontrollplanen bygger på förvaltningens riskanalys. Resultatet av kontrollerna "
        "redovisas för nämnden i samband med verksamhetsberättelsen."
    )
    rows = [["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens"]]
    for process, risk, moment, who, when in CONTROLS:
        rows.append([process, risk, moment, who, when])
        w.expected.controls.append(Control(moment, process))
    w.table(rows, widths=[3.4, 3.6, 3.8, 3.4, 2.4])


def build_ap(path: Path) -> Expected:
    front = Front(
        namnd="Socialnämnden",
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel="Verksamhetsplan 2027",
        diarienummer="SN 2026/00123",
    )
    w = Writer("AP-socialnämnd-regionmall-blandad-måltabell", front)
    _cover(w)
    _introduction(w)
    _environment(w)
    _goals(w)
    _uppdrag(w)
    _budget(w)
    _key_figures(w)
    _control(w)
    return w.save(path)
