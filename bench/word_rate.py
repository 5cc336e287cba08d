"""The Word import's recognition rate on the test corpus (tests/word_shapes.py): each corpus
document is written, imported with ``import_word`` as a user runs ``vplan import-docx`` (the
document and the target, nothing else) and compared with what a perfect import gives.

``python -m bench.word_rate`` prints a table: per document the rate over all its items and per
kind (found/expected), the source texts the plan lost, the strings that must not be in the plan
but are, the front-matter fields that differ, and the time the import took. ``-v`` lists every
item not recognised, with why. A document the import refuses counts as nothing recognised."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.word_rate import (
    Rate,
    front_problems,
    goal_names,
    lost_texts,
    plan_texts,
    rate,
    source_texts,
    texts_in,
)
from tests.word_shapes import BUILDERS, HOLDOUT
from tests.word_shapes_model import KINDS, Expected
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import VplanError
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan


@dataclass
class DocumentRate:
    """One corpus document's result."""

    name: str
    rate: Rate
    seconds: float = 0.0
    refused: str = ""
    lost: list[str] = field(default_factory=list)
    sources: int = 0
    present: list[str] = field(default_factory=list)
    front: list[str] = field(default_factory=list)


def measure(folder: Path, only: list[str] | None = None) -> list[DocumentRate]:
    """Write, import and rate in ``folder`` every corpus document, or those whose name starts
    with one of ``only``."""
    out = []
    for name, build in (BUILDERS | HOLDOUT).items():
        if only and not name.startswith(tuple(only)):
            continue
        source = folder / f"{name}.docx"
        expected = build(source)
        out.append(rate_document(name, source, expected, folder / f"{name}.vplan"))
    return out


def rate_document(
    name: str, source: Path, expected: Expected, target: Path, texts_from: Path | None = None
) -> DocumentRate:
    """Import the document ``source`` into the new plan ``target`` and rate it against what a
    perfect import gives (``expected``); a document the import refuses recognises nothing.
    The plan must hold the texts of ``texts_from`` (a copy's original; ``source`` itself when
    not given)."""
    start = time.perf_counter()
    try:
        import_word(source, target)
    except VplanError as error:
        nothing = Rate(total={k: 0 for k in KINDS})
        for kind, _ in expected.items():
            nothing.total[kind] += 1
        nothing.missing = [f"importen vägrade: {error}"]
        return DocumentRate(name, nothing, time.perf_counter() - start, str(error))
    seconds = time.perf_counter() - start
    with PlanDocument.open(target, read_only=True) as doc:
        plan = read_plan(doc)
    texts = plan_texts(plan)
    sources = source_texts(texts_from or source)
    return DocumentRate(
        name,
        rate(expected, plan),
        seconds,
        lost=lost_texts(sources, texts, expected, goal_names(plan)),
        sources=len(sources),
        present=list(texts_in(texts, expected.absent)),
        front=front_problems(expected.front, plan),
    )


LABELS = {
    "kapitel": "Kapitel",
    "mal": "Mål",
    "indikator": "Indikatorer",
    "aktivitet": "Aktiviteter",
    "drift": "Drift",
    "resultat": "Resultat",
    "investering": "Investeringar",
    "nyckeltal": "Nyckeltal",
    "tabellnot": "Tabellnoter",
    "internkontroll": "Internkontroll",
    "bedomning": "Bedömningar",
    "status": "Statusar",
}
"""The kinds' column headings."""


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def rate_table(results: list[DocumentRate]) -> list[str]:
    """The results as a Markdown table, a row per document and one for the whole corpus."""
    kinds = [k for k in KINDS if any(r.rate.total.get(k) for r in results)]
    head = [
        "Dokument",
        "Känns igen",
        *(LABELS[k] for k in kinds),
        "Förlorade texter",
        "Finns fast de inte ska",
        "Försättsblad fel",
        "Tid",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    totals: dict[str, list[int]] = {k: [0, 0] for k in kinds}
    for result in results:
        found, total = result.rate.found, result.rate.total
        cells = [result.name, _percent(sum(found.values()), sum(total.values()))]
        for kind in kinds:
            cells.append(f"{found.get(kind, 0)}/{total[kind]}" if total.get(kind) else "")
            totals[kind][0] += found.get(kind, 0)
            totals[kind][1] += total.get(kind, 0)
        if result.refused:
            cells += ["vägrades", "", "", f"{result.seconds:.1f} s".replace(".", ",")]
        else:
            cells += [
                f"{len(result.lost)} av {result.sources}",
                str(len(result.present)),
                str(len(result.front)),
                f"{result.seconds:.1f} s".replace(".", ","),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    found_all = sum(f for f, _ in totals.values())
    total_all = sum(t for _, t in totals.values())
    row = ["Alla", _percent(found_all, total_all)]
    row += [_percent(f, t) for f, t in totals.values()]
    row += [str(sum(len(r.lost) for r in results)), str(sum(len(r.present) for r in results))]
    row += [str(sum(len(r.front) for r in results)), ""]
    lines.append("| " + " | ".join(row) + " |")
    return lines


def details(results: list[DocumentRate]) -> list[str]:
    """Every item not recognised, every text lost, every field wrong, per document."""
    lines = []
    for result in results:
        lines.append(f"\n{result.name}")
        lines += [f"  ej igenkänd: {m}" for m in result.rate.missing]
        lines += [f"  förlorad text: {t[:100]}" for t in result.lost]
        lines += [f"  finns men ska inte: {t}" for t in result.present]
        lines += [f"  försättsblad: {f}" for f in result.front]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.word_rate", description=__doc__)
    parser.add_argument("-v", "--detaljer", action="store_true", help="lista det som missades")
    parser.add_argument(
        "--only", action="append", metavar="NAMN", help="bara dokument vars namn börjar så"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        results = measure(Path(folder), args.only)
    print("\n".join(rate_table(results)))
    if args.detaljer:
        print("\n".join(details(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
