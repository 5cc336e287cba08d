"""The ``vplan`` commands of the ekonom's follow-up workbook: write it for a period, and read
it back (what would change, then with ``--verkstall`` the change itself).

Kept apart from ``cli`` so that module stays a table of commands; ``cli`` registers these.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import InputError
from vplan_desktop.follow_up_progress import period_named
from vplan_desktop.services.read import read_plan
from vplan_desktop.wording import count as count_of

EXIT_OK = 0
PERIOD_HELP = "uppföljningens namn, t.ex. ”Delår april 2027”"


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The two subcommands, on ``vplan``'s parser."""
    write = commands.add_parser(
        "follow-up-workbook",
        help="skriv arbetsboken där ekonomen fyller i utfall och prognos för en uppföljning",
    )
    write.add_argument("file", metavar="FIL", type=Path, help="planen")
    write.add_argument("--uppfoljning", required=True, metavar="UPPFÖLJNING", help=PERIOD_HELP)
    write.add_argument(
        "-o",
        "--ut",
        required=True,
        metavar="UTFIL",
        dest="out",
        type=Path,
        help="arbetsboken att skriva (.xlsx)",
    )

    read = commands.add_parser(
        "import-follow-up", help="läs in ekonomens utfall och prognos (Excel) i en uppföljning"
    )
    read.add_argument("file", metavar="FIL", type=Path, help="planen")
    read.add_argument(
        "xlsx", metavar="ARBETSBOK", type=Path, help="arbetsboken som ekonomen fyllt i (.xlsx)"
    )
    read.add_argument("--uppfoljning", required=True, metavar="UPPFÖLJNING", help=PERIOD_HELP)
    read.add_argument(
        "--verkstall",
        action="store_true",
        help="genomför ändringarna (utan flaggan visas bara vad som skulle ändras)",
    )


def cmd_follow_up_workbook(args: argparse.Namespace) -> int:
    # Deferred for start-up time: openpyxl is slow to import.
    from vplan_desktop.exports.follow_up_workbook import write_follow_up_workbook
    from vplan_desktop.exports.targets import check_export_target

    if args.out.suffix.lower() != ".xlsx":
        raise InputError(f"”{args.out.name}”: arbetsboken ska sparas som .xlsx.")
    check_export_target(args.out, plan=args.file, what="Arbetsboken")
    with PlanDocument.open(args.file, read_only=True) as doc:
        plan = read_plan(doc)
    period = period_named(plan, args.uppfoljning)
    for notice in write_follow_up_workbook(plan, period, args.out):
        print(f"Obs: {notice}")
    print(f"Skrev arbetsboken för {period.namn} till {args.out}")
    return EXIT_OK


def cmd_import_follow_up(args: argparse.Namespace) -> int:
    # Deferred for start-up time: openpyxl and the working copies are not needed to start.
    from vplan_desktop.cli_session import command_session, write_back
    from vplan_desktop.imports.follow_up_xlsx import apply_follow_up, read_follow_up_workbook

    # As import-budget: a working copy written back whole, a plan open elsewhere refused, and
    # nothing left behind whichever way the command ends.
    with command_session(args.file, writes=args.verkstall) as session:
        plan = read_plan(session.document)
        preview = read_follow_up_workbook(plan, period_named(plan, args.uppfoljning), args.xlsx)
        for change in preview.changes:
            print(change.text)
        if preview.problems:
            raise InputError(
                f"”{args.xlsx.name}” kan inte läsas in; inget ändrades:\n"
                + "\n".join(f"  {line}" for line in preview.problem_lines)
            )
        if not preview.changes:
            print("Arbetsboken innehåller inga ändringar mot uppföljningen.")
            return EXIT_OK
        rows = count_of(len(preview.changes), "rad")
        if args.verkstall:
            apply_follow_up(session.document, preview)
            write_back(session, args.file)
            done = "ändrad" if len(preview.changes) == 1 else "ändrade"
            print(f"{rows} i {preview.period_name} är {done} i {args.file}.")
        else:
            print(f"{rows} ändras. Kör igen med --verkstall för att genomföra ändringarna.")
    return EXIT_OK
