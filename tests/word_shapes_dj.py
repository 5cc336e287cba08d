"""Corpus document DJ: a kultur- och fritidsnämnd's plan that compares itself with other
kommuner. Målområden are Heading 2s, each goal a bold numbered line ("1. …", one followed by a
longer description paragraph) with its indicator table under it: for the first area
"Indikator | Kolada-id | Vår kommun 2025 | Liknande kommuner 2025 | Riket 2025 | Målvärde
2027" (Kolada ids such as "U09405", blank for own measures), for the second a table with a
"Trend" column of arrows, for the third one with a "Källa" column ("KKiK", "Egen mätning",
"SCB"). Activities are a table whose "Koppling till mål" column names goals by number
("1, 3"); the driftbudget has "Budget 2026 | Budget 2027 | Förändring, tkr | Förändring, %";
key figures of visitors and lending carry a "Källa:" line under the table; internkontroll is a
table. The page header and footer repeat the kommun and the title.

Expected (what a perfect import gives): the front matter from the cover; the chapters; seven
nämndsmål without their numbers, with 18 indicators (nuläge 2025 from "Vår kommun 2025" or
"Nuläge 2025", target 2027, unit "%" where written); nine activities with ansvarig, slutdatum
(a month's last day, none for "Löpande") and the first goal they name as their group; eight
driftbudget rows by (budget, 2026) and (budget, 2027); key-figure rows as printed with the
"Källa:" line as the table's note; five controls with their process. Header cells, the totals
row and the derived "Förändring" cells are structure; the page header and footer are absent."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from tests.word_shapes_dj_parts import AREAS, activities, economy, internal, key_figures
from tests.word_shapes_docx import Writer, cell_text
from tests.word_shapes_model import Expected, Front, Goal, Indicator

KOMMUN = "Hägerstads kommun"
TITLE = "Verksamhetsplan 2027"


def _cover(w: Writer) -> None:
    w.cover(KOMMUN.upper(), size=14, bold=True)
    w.cover("Kultur- och fritidsnämnden", size=14)
    w.para("")
    w.cover(TITLE, size=26, bold=True)
    w.cover("med budget 2027", size=16)
    w.para("")
    for line in [
        "Fastställd av kultur- och fritidsnämnden 2026-11-19, § 84",
        "Diarienummer: KFN 2026/142",
        "Ordförande: Annika Sjöberg (S)",
        "Kultur- och fritidschef: Jonas Ekholm",
    ]:
        w.cover(line)
    w.page_break()
    section = w.doc.sections[0]
    section.header.paragraphs[0].text = f"{KOMMUN} – Kultur- och fritidsnämnden – {TITLE}"
    section.footer.paragraphs[0].text = "Hägerstads kommun | Kultur- och fritidsförvaltningen"
    w.expected.absent += [
        f"{KOMMUN} – Kultur- och fritidsnämnden – {TITLE}",
        "Kultur- och fritidsförvaltningen",
    ]


def _prose(w: Writer) -> None:
    w.chapter("Inledning")
    w.paras(
        "Verksamhetsplanen beskriver hur kultur- och fritidsnämnden ska arbeta under 2027 för "
        "att nå kommunfullmäktiges mål och nämndens egna mål. Planen innehåller nämndens mål "
        "med indikatorer, de aktiviteter som ska genomföras, budget och plan för intern "
        "kontroll.",
        "I år har vi valt att redovisa indikatorerna tillsammans med jämförelser med liknande "
        "kommuner och riket. Jämförelserna hämtas i huvudsak från Kolada. Det ger oss en "
        "bättre bild av var vi står och var vi behöver lägga kraft.",
    )
    w.chapter("Nämndens uppdrag och organisation")
    w.para(
        "Nämnden ansvarar för folkbiblioteken, kulturskolan, fritidsgårdarna, allmänkulturen "
        "och den offentliga konsten samt för kommunens idrotts- och friluftsanläggningar. "
        "Förvaltningen har 64 årsarbetare fördelade på fyra avdelningar:"
    )
    w.bullets(
        "Bibliotek och allmänkultur",
        "Kulturskolan",
        "Ungdom och fritidsgårdar",
        "Anläggningar och föreningsstöd",
    )
    w.chapter("Omvärld och jämförelser")
    w.paras(
        "Hägerstad växer långsamt, men andelen invånare över 75 år ökar snabbare än i riket. "
        "Barnfamiljerna flyttar i första hand till tätorten, vilket ökar trycket på hallar och "
        "lokaler där medan bygdegårdarna används mindre.",
        "Jämfört med liknande kommuner har vi fler besök per invånare på biblioteken men färre "
        "utlån. Kulturskolan når en lägre andel av barnen än genomsnittet, och kostnaden per "
        "elev är högre. Det är bakgrunden till att nämnden prioriterar kulturskolans "
        "tillgänglighet under planperioden.",
    )


def _goal_table(w: Writer, style: str, goal: str, inds: list[tuple[str, ...]]) -> None:
    if style == "kolada":
        header = [
            "Indikator",
            "Kolada-id",
            "Vår kommun 2025",
            "Liknande kommuner 2025",
            "Riket 2025",
            "Målvärde 2027",
        ]
        widths = [6.2, 1.9, 2.0, 2.4, 1.8, 2.1]
    elif style == "trend":
        header = ["Indikator", "Nuläge 2025", "Trend", "Målvärde 2027"]
        widths = [9.0, 2.6, 1.6, 2.6]
    else:
        header = ["Indikator", "Källa", "Nuläge 2025", "Målvärde 2027"]
        widths = [8.0, 2.8, 2.4, 2.6]
    rows = [header]
    for ind in inds:
        name, unit, base, target, *extra = ind
        base_v, target_v = _val(base), _val(target)
        if style == "kolada":
            kolada, similar, riket = extra
            rows.append([name, kolada, cell_text(base_v, unit), similar, riket,
                         cell_text(target_v, unit)])  # fmt: skip
        elif style == "trend":
            rows.append([name, cell_text(base_v, unit), extra[0], cell_text(target_v, unit)])
        else:
            rows.append([name, extra[0], cell_text(base_v, unit), cell_text(target_v, unit)])
        w.expected.indicators.append(
            Indicator(goal, name, unit, 2025, base_v, {2027: target_v} if target else {})
        )
    w.table(rows, widths=widths)
    w.para("")


def _val(text: str) -> D | str:
    clean = text.replace(" ", "").replace(",", ".")
    try:
        return D(clean)
    except ArithmeticError:
        return text


def _goals(w: Writer) -> None:
    w.chapter("Mål och indikatorer")
    w.para(
        "Nämndens mål är indelade i tre målområden. Under varje mål redovisas de indikatorer "
        "som används för att följa upp målet. Där det finns jämförbara uppgifter i Kolada "
        "anges värdet för liknande kommuner och riket."
    )
    number = 0
    for area, style, goals in AREAS:
        w.heading(area, 2)
        for goal, description, inds in goals:
            number += 1
            w.para(("b", f"{number}. {goal}"))
            w.expected.goals.append(Goal(goal, "namnd"))
            if description:
                w.para(description)
            _goal_table(w, style, goal, inds)


def build_dj(path: Path) -> Expected:
    front = Front(
        namnd="Kultur- och fritidsnämnden",
        kommun=KOMMUN,
        forsta_ar=2027,
        sista_ar=2027,
        titel=TITLE,
        ordforande="Annika Sjöberg (S)",
        forvaltningschef="Jonas Ekholm",
        diarienummer="KFN 2026/142",
    )
    w = Writer("DJ-kultur-fritid-jämförelser", front)
    _cover(w)
    _prose(w)
    _goals(w)
    goals = [g.text for g in w.expected.goals]
    activities(w, goals)
    economy(w)
    key_figures(w)
    internal(w)
    return w.save(path)
