"""What tagging costs the PDF export of the large plan (issue: tagging may cost at most 20 %).

``python -m bench.pdf_tagging [-n RUNS]`` exports the large benchmark plan as PDF ``RUNS``
times tagged (vplan's PDF/UA-1 file) and as many times untagged (reportlab's own canvas, no
structure tree), alternating so that a busy machine weighs on both alike, and prints the
medians and the cost of tagging in per cent. The untagged export is the same writer with the
tagging canvas and the structure tree taken out, which is what tagging adds."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from bench.large_plan import large_plan_data
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.exports import pdf_writer
from vplan_desktop.exports.export import export_plan
from vplan_desktop.interchange import import_json
from vplan_desktop.services.read import read_plan


@contextmanager
def untagged() -> Iterator[None]:
    """The PDF writer without what tagging adds: the marking canvas and the structure tree."""
    writer: Any = pdf_writer  # the names it imported, replaced for the measurement
    canvas, structure = writer.TaggingCanvas, writer.add_structure

    class PlainCanvas(Canvas):  # type: ignore[misc]
        vplan_recorder = None

    def no_structure(data: bytes, recorder: Any) -> bytes:
        return data

    writer.TaggingCanvas, writer.add_structure = PlainCanvas, no_structure
    try:
        yield
    finally:
        writer.TaggingCanvas, writer.add_structure = canvas, structure


def measure(runs: int) -> tuple[list[float], list[float], int]:
    """Seconds per export, tagged and untagged, and the tagged file's page count."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stor.vplan"
        data = large_plan_data()
        data["uppfoljningar"] = []  # the plan's PDF prints no follow-up
        import_json(data, path)
        with PlanDocument.open(path, read_only=True) as doc:
            plan = read_plan(doc)
        out = Path(folder) / "plan.pdf"
        export_plan(plan, "pdf", out)  # warm: fonts registered, modules imported
        tagged: list[float] = []
        plain: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            export_plan(plan, "pdf", out)
            tagged.append(time.perf_counter() - start)
            with untagged():
                start = time.perf_counter()
                export_plan(plan, "pdf", Path(folder) / "otaggad.pdf")
                plain.append(time.perf_counter() - start)
        from pypdf import PdfReader  # deferred: only to count the pages

        return tagged, plain, len(PdfReader(out).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=5)
    runs = parser.parse_args().runs
    tagged, plain, pages = measure(runs)
    with_tags, without = statistics.median(tagged), statistics.median(plain)
    cost = (with_tags / without - 1) * 100
    print(f"Stora planen som PDF ({pages} sidor), median av {runs}:")
    print(f"  taggad (PDF/UA-1): {with_tags:.2f} s".replace(".", ","))
    print(f"  otaggad:           {without:.2f} s".replace(".", ","))
    print(f"  taggningen kostar: {cost:+.0f} %")


if __name__ == "__main__":
    main()
