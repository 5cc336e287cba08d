"""Corpus document AI: an äldrenämnd's plan whose målområden are Heading 2, goals Heading 3 and
indicators Heading 4, each indicator's figures in one tab-separated paragraph under it
("Nuläge 2025: 82 %<tab>Mål 2027: 85 %<tab>Mål 2028: 88 %"); activities under each goal as
"Aktivitet: …" paragraphs followed by "Start: januari 2027, slut: juni 2027" and "Ansvarig: …"
lines; one activity moved from the first goal to the second with tracked changes (w:moveFrom /
w:moveTo, not accepted); a driftbudget in tkr with "−"; and key figures as a chart's data table
under the caption "Diagram 1: …" with the years as rows.

Expected (what a perfect import gives): the front matter from the cover lines; three chapters;
five nämndsmål (the Heading 3s) with ten indicators, nuläge 2025 and targets for 2027 and 2028;
eight activities with ansvarig, slutdatum and their goal, the moved one once and under the goal
it was moved to; six driftbudget rows; four key-figure rows named by their year and
the "Källa:" line as the chart table's note. The målområde
headings, the "Start:"/"Ansvarig:" labels and the totals are structure; the moved-from copy
is not a second activity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from xml.sax.saxutils import escape

from tests.word_shapes_docx import Writer, budget_rows, cell_text
from tests.word_shapes_model import (
    Activity,
    Expected,
    Front,
    Goal,
    Indicator,
    KeyRow,
    TableNote,
    Val,
)
from tests.word_shapes_xml import append

Ind = tuple[str, str, Val, Val, Val]
"""An indicator: name, unit, nuläge 2025, mål 2027 and 2028."""
Act = tuple[str, str, str, dt.date, str]
"""An activity: name, start, slut as printed, the date it means, ansvarig."""

AREAS: list[tuple[str, list[tuple[str, list[Ind], list[Act]]]]] = [
    ("Trygghet och inflytande", [
        ("Den enskilde är delaktig i planeringen av sin vård och omsorg.",
         [("Andel brukare i hemtjänsten som upplever att personalen tar hänsyn till deras "
           "åsikter", "%", D(84), D(87), D(90)),
          ("Andel genomförandeplaner som är uppdaterade det senaste halvåret", "%", D(71),
           D(85), D(95))],
         [("Utbilda all personal i att skriva genomförandeplaner tillsammans med brukaren",
           "januari 2027", "juni 2027", dt.date(2027, 6, 30), "Enhetschefer hemtjänst")]),
        ("Färre personer i hemtjänsten möter många olika medarbetare.",
         [("Antal olika personal som en hemtjänsttagare möter under 14 dagar", "", D(16),
           D(13), D(11))],
         [("Införa mindre arbetslag med fasta rutter i hemtjänsten", "mars 2027",
           "december 2027", dt.date(2027, 12, 31), "Verksamhetschef hemtjänst"),
          ("Kontaktmannaskap med fast kontaktperson för varje brukare", "januari 2027",
           "april 2027", dt.date(2027, 4, 30), "Enhetschefer hemtjänst")]),
    ]),
    ("Hälsa och livskvalitet", [
        ("Äldre på särskilt boende har en meningsfull vardag.",
         [("Andel boende som är nöjda med aktiviteterna på boendet", "%", D(58), D(65),
           D(70)),
          ("Andel boende som kommer utomhus minst en gång i veckan", "%", D(63), D(75), D(80))],
         [("Aktivitetssamordnare på varje särskilt boende", "januari 2027", "december 2027",
           dt.date(2027, 12, 31), "Verksamhetschef särskilt boende"),
          ("Sinnesträdgård vid Lindgårdens äldreboende", "april 2027", "september 2027",
           dt.date(2027, 9, 30), "Fastighetssamordnare")]),
        ("Fallolyckor och undernäring förebyggs.",
         [("Andel riskbedömningar i Senior alert som leder till en åtgärd", "%", D(67), D(80),
           D(85)),
          ("Antal fallolyckor som leder till sjukhusvård per 1 000 brukare", "", D("42.5"),
           D(38), D(35))],
         [("Gemensam rutin för nattfasta och mellanmål", "februari 2027", "maj 2027",
           dt.date(2027, 5, 31), "Medicinskt ansvarig sjuksköterska")]),
    ]),
    ("Medarbetare", [
        ("Medarbetarna vill arbeta kvar i äldreomsorgen.",
         [("Hållbart medarbetarengagemang, HME", "", D(76), D(78), D(80)),
          ("Sjukfrånvaro bland undersköterskor", "%", D("9.8"), D("8.5"), D("7.5")),
          ("Andel tillsvidareanställda med undersköterskebehörighet", "%", D(74), D(80),
           D(85))],
         [("Äldreomsorgslyftet: betald utbildning till undersköterska", "augusti 2027",
           "juni 2028", dt.date(2028, 6, 30), "HR-strateg"),
          ("Heltid som norm i all schemaläggning", "januari 2027", "december 2028",
           dt.date(2028, 12, 31), "Förvaltningschef")]),
    ]),
]  # fmt: skip

MOVED = "Kontaktmannaskap med fast kontaktperson för varje brukare"

KEYS = [("budget", 2026), ("budget", 2027), ("plan", 2028), ("plan", 2029)]
DRIFT = [
    ("Nämnd och förvaltningsledning", (-8420, -8610, -8790, -8950)),
    ("Biståndshandläggning", (-11250, -11800, -12100, -12400)),
    ("Hemtjänst", (-96300, -99800, -103400, -106900)),
    ("Särskilt boende", (-188700, -194200, -201500, -209000)),
    ("Hemsjukvård och rehabilitering", (-42100, -43900, -45200, -46800)),
    ("Dagverksamhet och anhörigstöd", (-6350, -6480, -6600, -6750)),
]

CHART_HEADER = ["År", "Personer med hemtjänst", "Platser särskilt boende", "Invånare 80+"]
CHART_ROWS = [
    ["2022", "412", "236", "1 712"],
    ["2023", "428", "236", "1 768"],
    ["2024", "441", "244", "1 839"],
    ["2025", "459", "244", "1 905"],
]


def _cover(w: Writer) -> None:
    w.cover("Västerlunda kommun", size=14)
    w.cover("Äldrenämnden", size=18, bold=True)
    w.cover("Verksamhetsplan 2027–2028", size=26, bold=True)
    w.cover("Beslutad av äldrenämnden den 25 november 2026", size=10)
    w.cover("Diarienummer: ÄN 2026/0318", size=10)
    w.cover("Ordförande: Gunilla Bergkvist (S)", size=10)
    w.cover("Förvaltningschef: Tomas Jern", size=10)
    w.page_break()


def _activity_xml(w: Writer, name: str, start: str, slut: str, who: str, move: str, n: int) -> None:
    """An activity's three paragraphs, inside a tracked move ("from" or "to") numbered n."""
    tag = "moveFrom" if move == "from" else "moveTo"
    mark = 'w:author="Handläggare" w:date="2026-10-14T10:30:00Z"'
    for number, text in enumerate(
        [f"Aktivitet: {name}", f"Start: {start}, slut: {slut}", f"Ansvarig: {who}"]
    ):
        start_range = (
            f'<w:{tag}RangeStart w:id="{n}" w:name="move{n}" {mark}/>' if number == 0 else ""
        )
        end_range = f'<w:{tag}RangeEnd w:id="{n}"/>' if number == 2 else ""
        run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        append(
            w.doc,
            f'<w:p><w:pPr><w:rPr><w:{tag} w:id="{100 * n + 10 + number}" {mark}/>'
            f'</w:rPr></w:pPr>{start_range}<w:{tag} w:id="{100 * n + 20 + number}" {mark}>{run}'
            f"</w:{tag}>{end_range}</w:p>",
        )


def _activity(w: Writer, act: Act, goal: str) -> None:
    name, start, slut, day, who = act
    w.para(("b", "Aktivitet: "), name)
    w.para(f"Start: {start}, slut: {slut}")
    w.para(f"Ansvarig: {who}")
    w.structure(f"Start: {start}, slut: {slut}", "Aktivitet:")
    w.expected.activities.append(Activity(name, who, day, group=goal))


def _goals(w: Writer) -> None:
    w.chapter("Mål och aktiviteter", 1)
    w.para(
        "Nämndens mål är ordnade i tre målområden. Under varje mål redovisas indikatorerna med "
        "nuläge och målvärden samt de aktiviteter som ska genomföras under perioden."
    )
    moved: Act | None = None
    for area, goals in AREAS:
        w.heading(area, 2)
        w.structure(area)
        for number, (goal, inds, acts) in enumerate(goals):
            w.heading(goal, 3)
            w.expected.goals.append(Goal(goal, "namnd"))
            for name, unit, base, t27, t28 in inds:
                w.heading(name, 4)
                w.para(
                    f"Nuläge 2025: {cell_text(base, unit)}\tMål 2027: {cell_text(t27, unit)}"
                    f"\tMål 2028: {cell_text(t28, unit)}"
                )
                w.expected.indicators.append(
                    Indicator(goal, name, unit, 2025, base, {2027: t27, 2028: t28})
                )
            for act in acts:
                if act[0] == MOVED:
                    moved = act
                    continue
                _activity(w, act, goal)
            if area == "Trygghet och inflytande" and number == 0:
                # Moved to the next goal with changes tracked: the copy here is struck out.
                for act in AREAS[0][1][1][2]:
                    if act[0] == MOVED:
                        _activity_xml(w, act[0], act[1], act[2], act[4], "from", 1)
            if moved is not None and moved[0] == MOVED and number == 1:
                _activity_xml(w, moved[0], moved[1], moved[2], moved[4], "to", 2)
                w.expected.activities.append(Activity(MOVED, moved[4], moved[3], group=goal))
                moved = None


def _economy(w: Writer) -> None:
    w.chapter("Ekonomi", 1)
    w.para(
        "Nämndens ram för 2027 är 364,8 miljoner kronor, en ökning med 3,8 procent. "
        "Ökningen beror främst på fler invånare över 80 år och ett nytt boende med 24 platser."
    )
    caption = "Driftbudget (tkr)"
    w.para(("b", caption))
    w.structure(caption)
    header = ["Verksamhet", "Budget 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
    body = budget_rows(w, "drift", KEYS, DRIFT, "Summa nettokostnad", minus="−")
    w.table([header, *body], widths=[5.6, 2.6, 2.6, 2.6, 2.6])

    w.para(
        "Behovet av äldreomsorg växer när fler invånare blir över 80 år. Diagrammet visar "
        "utvecklingen de senaste fyra åren."
    )
    caption = "Diagram 1: Hemtjänst, särskilt boende och invånare över 80 år"
    w.para(("i", caption))
    w.structure(caption, "År")
    w.table([CHART_HEADER, *CHART_ROWS], keep_headers=True, widths=[2, 4, 4, 3.4])
    w.expected.key_figures += [
        KeyRow(caption, row[0], dict(zip(CHART_HEADER[1:], row[1:], strict=True)))
        for row in CHART_ROWS
    ]
    note = "Källa: Verksamhetssystemet och SCB."
    w.para(("i", note))
    w.expected.notes.append(TableNote(caption, note))


def build_ai(path: Path) -> Expected:
    front = Front(
        namnd="Äldrenämnden",
        kommun="Västerlunda kommun",
        forsta_ar=2027,
        sista_ar=2028,
        titel="Verksamhetsplan 2027–2028",
        ordforande="Gunilla Bergkvist (S)",
        forvaltningschef="Tomas Jern",
        diarienummer="ÄN 2026/0318",
    )
    w = Writer("AI-äldrenämnd-mål-som-rubriker-flyttad-aktivitet", front)
    _cover(w)
    w.chapter("Inledning", 1)
    w.para(
        "Äldrenämnden ansvarar för hemtjänst, särskilt boende, hemsjukvård och stöd till "
        "anhöriga. Planen beskriver vad nämnden vill uppnå 2027–2028 och hur resultaten följs "
        "upp i delårsrapporten och årsredovisningen."
    )
    _goals(w)
    _economy(w)
    return w.save(path)
