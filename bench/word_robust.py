"""How brittle the Word import is to the surface of a document: each corpus document
(``BUILDERS`` of tests/word_shapes.py) is written, then varied in ways real municipal plans
vary that change nothing a reader sees (bench/word_perturbations.py: empty paragraphs around
tables and headings, a template's own heading styles, no-break spaces and minus signs in
figures, plain tables, a layout table around the page, bold row names, soft line breaks, runs
split by Word's revision ids, headings in capitals, header rows marked or not, proofing marks,
page breaks before chapters, figures as field results, tracked insertions). Each varied copy
is imported with ``import_word`` as ``python -m bench.word_rate`` imports the original and
rated against the same expectation: a perfect import gives the same plan for every variation.

``python -m bench.word_robust`` prints a table: per variation the documents whose rate fell
below the original's, the mean rate over the documents, the source texts lost and the cover's
fields read wrong that the original's import kept and read right, and the worst documents with
their rate (the original's in brackets). ``-v`` lists, per variation, each such document's
items missed, texts lost and cover fields wrong that the original's import got right.
``--only NAME`` measures the documents whose name starts with NAME, ``--variant NAME`` only
that variation (both repeatable)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.word_perturbations import PERTURBATIONS, perturb
from bench.word_rate import DocumentRate, rate_document
from tests.word_shapes import BUILDERS


@dataclass
class Robustness:
    """One corpus document: its original's result and each variation's."""

    name: str
    original: DocumentRate
    varied: dict[str, DocumentRate] = field(default_factory=dict)

    def fell(self, variant: str) -> bool:
        """Whether the variation recognises less than the original."""
        return self.varied[variant].rate.overall < self.original.rate.overall

    def new_misses(self, variant: str) -> list[str]:
        """The items missed under the variation that the original's import recognised."""
        before = set(self.original.rate.missing)
        return [m for m in self.varied[variant].rate.missing if m not in before]

    def new_front(self, variant: str) -> list[str]:
        """The cover's fields read wrong under the variation that the original's import read."""
        before = set(self.original.front)
        return [f for f in self.varied[variant].front if f not in before]

    def new_losses(self, variant: str) -> list[str]:
        """The source texts lost under the variation that the original's import kept."""
        before = set(self.original.lost)
        return [t for t in self.varied[variant].lost if t not in before]


def measure(folder: Path, names: list[str], variants: list[str]) -> list[Robustness]:
    """Write every document of ``names`` in ``folder``, import it as written and under each
    of ``variants``, and rate every import."""
    out = []
    for name in names:
        print(name, file=sys.stderr, flush=True)
        source = folder / f"{name}.docx"
        expected = BUILDERS[name](source)
        result = Robustness(name, rate_document(name, source, expected, folder / f"{name}.vplan"))
        for variant in variants:
            varied = folder / f"{name}-{variant}.docx"
            perturb(source, varied, PERTURBATIONS[variant])
            target = folder / f"{name}-{variant}.vplan"
            result.varied[variant] = rate_document(name, varied, expected, target, source)
        out.append(result)
    return out


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def robustness_table(results: list[Robustness], variants: list[str], worst: int = 3) -> list[str]:
    """The results as a Markdown table: a row for the originals, one per variation."""
    head = ["Variant", "Sänkta dokument", "Medel", "Nya förlorade texter", "Försättsblad", "Sämst"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    count = len(results)
    mean = sum(r.original.rate.overall for r in results) / count if count else 1.0
    lost = sum(len(r.original.lost) for r in results)
    front = sum(len(r.original.front) for r in results)
    lines.append(f"| (original) | – | {_percent(mean)} | ({lost} förlorade) | ({front} fel) | |")
    for variant in variants:
        fell = sorted(
            (r for r in results if r.fell(variant)), key=lambda r: r.varied[variant].rate.overall
        )
        mean = sum(r.varied[variant].rate.overall for r in results) / count if count else 1.0
        losses = sum(len(r.new_losses(variant)) for r in results)
        shown = [
            f"{r.name} {_percent(r.varied[variant].rate.overall)} "
            f"({_percent(r.original.rate.overall)})"
            for r in fell[:worst]
        ]
        fronts = sum(len(r.new_front(variant)) for r in results)
        cells = [variant, f"{len(fell)} av {count}", _percent(mean), str(losses), str(fronts)]
        cells.append("; ".join(shown))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def details(results: list[Robustness], variants: list[str]) -> list[str]:
    """Per variation, each fallen document's items and texts the original's import kept."""
    lines = []
    for variant in variants:
        lines.append(f"\n## {variant}")
        for r in results:
            losses, fronts = r.new_losses(variant), r.new_front(variant)
            if not r.fell(variant) and not losses and not fronts:
                continue
            varied = r.varied[variant]
            lines.append(
                f"\n{r.name}: {_percent(varied.rate.overall)} ({_percent(r.original.rate.overall)})"
            )
            lines += [f"  ej igenkänd: {m}" for m in r.new_misses(variant)]
            lines += [f"  förlorad text: {t[:100]}" for t in losses]
            lines += [f"  försättsblad: {f}" for f in fronts]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.word_robust", description=__doc__)
    parser.add_argument("-v", "--detaljer", action="store_true", help="lista det som missades")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="dokument vars namn börjar så"
    )
    parser.add_argument(
        "--variant", action="append", default=[], choices=list(PERTURBATIONS), help="variation"
    )
    args = parser.parse_args(argv)
    names = [n for n in BUILDERS if not args.only or any(n.startswith(o) for o in args.only)]
    if not names:
        parser.error(f"inget dokument heter så: {', '.join(args.only)}")
    variants = args.variant or list(PERTURBATIONS)
    with tempfile.TemporaryDirectory() as folder:
        results = measure(Path(folder), names, variants)
    print("\n".join(robustness_table(results, variants)))
    if args.detaljer:
        print("\n".join(details(results, variants)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
