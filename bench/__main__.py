"""``python -m bench``: time vplan on a large plan and write bench/RESULTS.md.

Each measurement runs several times; the table gives the median and the spread (min–max).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import resource as rlimit
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path

from openpyxl import Workbook, load_workbook

from bench.large_plan import write_large_plan
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.domain import PlanSnapshot
from vplan_desktop.errors import InterchangeError
from vplan_desktop.exports.export import export_plan
from vplan_desktop.formatting import format_number
from vplan_desktop.imports.budget_xlsx import read_budget
from vplan_desktop.services import items
from vplan_desktop.services.read import read_plan
from vplan_desktop.services.rollover import rollover
from vplan_desktop.storage.working import EditSession
from vplan_desktop.validation import validate

RUNS = 7
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


PAINT_DRIVER = """
import os, sys
from pathlib import Path
import vplan_desktop.cli  # what the vplan command imports first
from vplan_desktop.ui.app import application
from vplan_desktop.ui.main_window import MainWindow
app = application()
window = MainWindow(start_page=False)
window.resize(1280, 800)
window.show()
window.open_plan(Path(sys.argv[1]))
window.repaint()
app.processEvents()
print("målad", flush=True)
os._exit(0)
"""


def cold_start(path: Path, shot: Path) -> float:
    """A fresh process from its start to the main window painted with the plan (offscreen):
    the imports of the vplan command, Qt, the plan opened through its working copy, every
    section's navigator state and the first paint. Writing a picture and shutting down are
    not part of it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", PAINT_DRIVER, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        painted = time.perf_counter() - start
        process.wait()
    if line.strip() != "målad":
        raise RuntimeError("fönstret ritades inte")
    return painted


def write_budget_workbook(plan: PlanSnapshot, path: Path, extra_rows: int) -> None:
    """The plan's own Excel export with ``extra_rows`` more driftbudget rows below its own
    (an ekonom's workbook with a whole ledger pasted in): the import must read every row and
    report each one it does not know."""
    source = path.with_name("export.xlsx")
    export_plan(plan, "xlsx", source)
    exported = load_workbook(source)["Driftbudget"]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Driftbudget")
    for row in exported.iter_rows(max_row=exported.max_row, values_only=True):
        sheet.append(list(row))
    width = exported.max_column
    for number in range(extra_rows):
        sheet.append([f"Konto {number}", *range(number, number + width - 1)])
    book.save(path)


def read_budget_quietly(plan: PlanSnapshot, path: Path) -> None:
    # The rows the plan does not know are reported: that is the point.
    with contextlib.suppress(InterchangeError):
        read_budget(plan, path)


def ms(seconds: float) -> str:
    return format_number(Decimal(str(round(seconds * 1000, 1))), decimals=1)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {os.cpu_count()} kärnor ({cpu}), Python {platform.python_version()}"


def main() -> int:
    rows: list[tuple[str, list[float], str]] = []
    with tempfile.TemporaryDirectory() as folder:
        # Working copies and backups go to the temporary folder, not the user's data folder.
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        path = Path(folder) / "stor.vplan"
        write_large_plan(path)
        size = path.stat().st_size

        def open_and_read() -> None:
            with PlanDocument.open(path) as doc:
                read_plan(doc)

        rows.append(("Öppna och läsa planen", timed(open_and_read), "≤ 0,3 s"))

        def open_for_editing() -> None:
            session = EditSession.open(path)
            read_plan(session.document)
            session.close()

        rows.append(
            (
                "Öppna för redigering (arbetskopia, säkerhetskopia, lås)",
                timed(open_for_editing),
                "≤ 0,3 s",
            )
        )
        session = EditSession.open(path)
        names = iter(range(10_000))

        def edit_and_write_back() -> None:
            items.update_item(session.document, "aktivitet", 1, {"ansvarig": f"P {next(names)}"})
            session.save()

        rows.append(("En ändring och skriva tillbaka planfilen", timed(edit_and_write_back), "–"))
        session.close()
        counter_rollover = iter(range(100))

        def roll() -> None:
            rollover(path, Path(folder) / f"nasta-{next(counter_rollover)}.vplan")

        rows.append(("Nästa års plan (rollover)", timed(roll, runs=5), "–"))
        with PlanDocument.open(path) as doc:
            plan = read_plan(doc)
            rows.append(("Kontrollera (validate)", timed(partial(validate, plan)), "≤ 0,1 s"))
            counter = iter(range(10_000))
            rows.append(
                (
                    "En ändring, tjänst till commit",
                    timed(
                        lambda: items.update_item(
                            doc, "aktivitet", 1, {"ansvarig": f"Person {next(counter)}"}
                        ),
                        runs=25,
                    ),
                    "≤ 20 ms",
                )
            )
            rows.append(("Läsa om hela planen", timed(lambda: read_plan(doc)), "–"))
            for fmt, label, target in (
                ("docx", "Export Word", "≤ 2 s"),
                ("pdf", "Export PDF", "≤ 3 s"),
                ("xlsx", "Export Excel", "≤ 1 s"),
            ):
                out = Path(folder) / f"plan.{fmt}"
                rows.append((label, timed(partial(export_plan, plan, fmt, out), runs=3), target))
            big = Path(folder) / "budget-200000.xlsx"
            write_budget_workbook(plan, big, 200_000)
            rows.append(
                (
                    "Läsa in en budgetarbetsbok med 200 000 rader",
                    timed(partial(read_budget_quietly, plan, big), runs=3),
                    "≤ 10 s",
                )
            )
            if shutil.which("soffice"):
                rows.append(
                    (
                        "Jämförelse: LibreOffice docx → pdf",
                        timed(
                            partial(
                                subprocess.run,
                                [
                                    "soffice",
                                    "--headless",
                                    "--convert-to",
                                    "pdf",
                                    "--outdir",
                                    folder,
                                    str(Path(folder) / "plan.docx"),
                                ],
                                capture_output=True,
                                check=False,
                            ),
                            runs=2,
                        ),
                        "–",
                    )
                )
        shot = Path(folder) / "bild.png"
        rows.append(
            (
                "Kallstart av fönstret med planen",
                [cold_start(path, shot) for _ in range(5)],
                "≤ 1,0 s",
            )
        )
        peak_mb = rlimit.getrusage(rlimit.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        "# vplan – mätningar",
        "",
        f"Körd {dt.date.today().isoformat()} på {machine()}.",
        f"Stor plan: 60 nämndsmål, 200 indikatorer, 500 aktiviteter, 120 driftbudgetrader, 40 "
        f"investeringar, 150 internkontrollpunkter, 40 kapitel (planfil {size / 1e6:.1f} MB).",
        "",
        "| Mätning | Median | Spridning (min–max) | Mål |",
        "|---|---:|---:|---|",
    ]
    for label, times, target in rows:
        lines.append(
            f"| {label} | {ms(statistics.median(times))} ms | "
            f"{ms(min(times))}–{ms(max(times))} ms | {target} |"
        )
    lines += [
        "",
        f"Högsta minnesanvändning i mätprocessen: {format_number(round(peak_mb))} MB "
        "(mål ≤ 300 MB).",
        "",
        "Kallstarten mäts i en ny process från start till det första målade fönstret med "
        "planen öppen (samma importer som kommandot `vplan`, planen öppnad via arbetskopian); "
        "att spara en bild och avsluta räknas inte. Tidigare mättes hela `vplan screenshot` "
        "inklusive bild och avslut (1,8 s före ändringarna nedan, 1,0 s efter).",
        "",
        "## Före och efter",
        "",
        "| Vad | Före | Efter | Orsak (profilerat med cProfile) |",
        "|---|---:|---:|---|",
        "| Export Word | 54 s | 2,7 s | python-docx `table.cell()` går igenom hela tabellen vid "
        "varje anrop: tabellerna byggs rad för rad |",
        "| Export Word | 2,7 s | 0,9 s | python-docx objektlager kostar ungefär en millisekund "
        "per cell: tabellraderna skrivs som WordprocessingML och tolkas en gång per rad |",
        "| Export PDF | 10 s | 4,0 s | styckena minns sina radbrytningar per bredd och "
        "innehållsförteckningen får sina rader före layouten (två varv i stället för tre) |",
        "| Export PDF | 4,0 s | 3,2 s | reportlab räknade textbredder och tal i ren Python: "
        "C-acceleratorn `rl_accel` är nu ett beroende |",
        "| Export PDF | 3,2 s | 2,2 s | varje tabellcell var ett eget stycke som bröts om i "
        "båda layoutvarven: celler som ryms på en rad ritas nu som enkel text |",
        "| Kallstart | 1,8 s | cirka 1,0 s | aktivitets- och internkontrolltabellerna anpassade "
        "500 rader till sin text fast de inte syntes: sidorna byggs och anpassas först när de "
        "öppnas, och startsidan byggs inte bakom en plan som ska öppnas |",
        "",
        "Det som återstår av kallstarten är mest att läsa in Python-moduler (SQLAlchemy, Qt, "
        "planens modeller: cirka 0,6 s på den här datorn). Ett mycket långt stycke (en megabyte "
        "text på en rad) tar någon sekund i PDF:en sedan det delas i bitar om cirka 4 000 tecken "
        "(innan tog det timmar: reportlab bryter om resten av stycket vid varje sidbrytning).",
        "",
    ]
    text = "\n".join(lines)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
