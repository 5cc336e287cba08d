"""The ``vplan`` command.

``vplan`` alone, or ``vplan FIL``, starts the desktop program; the subcommands work on plan
files without a window. Exit codes: 0 success, 1 findings (``validate``), 2 a file or input
error. Errors are short Swedish lines on stderr, never a traceback.

The core does not import the GUI: the GUI registers itself under the entry-point group
``vplan_desktop.gui`` and is looked up only when a window is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, NoReturn, Protocol

from vplan_desktop import __version__, cli_follow_up, cli_server
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.errors import (
    InputError,
    VplanError,
    disk_full_error,
    is_disk_full,
)
from vplan_desktop.follow_up_progress import period_named
from vplan_desktop.formatting import format_date, format_period
from vplan_desktop.paths import resource
from vplan_desktop.sections import SECTION_ARGUMENTS
from vplan_desktop.services.plan import NewPlan, create_plan
from vplan_desktop.services.read import read_plan
from vplan_desktop.validation import (
    findings_json,
    findings_text,
    readiness,
    validate,
    validate_follow_up,
)
from vplan_desktop.validation.follow_up_rules import follow_up_text
from vplan_desktop.wording import count as count_of

# The exports, importers and the JSON format are imported by the commands that use them, so
# that starting the window does not wait for reportlab, openpyxl, python-docx or jsonschema.

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
GUI_GROUP = "vplan_desktop.gui"
EXAMPLE_FILE = "example_plan.json"


class GuiStarter(Protocol):
    def __call__(
        self,
        path: Path | str | None,
        *,
        screenshot: Path | None = None,
        section: str | None = None,
        size: tuple[int, int] = (1280, 800),
        period: str | None = None,
    ) -> int: ...


# argparse's own texts, in Swedish (argparse looks them up through gettext at call time).
_ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa versionsnumret och avsluta",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "ett värde behövs",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}


@contextmanager
def _swedish_argparse() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: _ARGPARSE_SV.get(text, original(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: fel: {message}\n")


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget årtal") from None


IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
"""The picture formats ``vplan screenshot`` writes, by the file's suffix."""


def _image(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in IMAGE_FORMATS:
        raise argparse.ArgumentTypeError(
            f"”{path.name}” har ingen känd bildtyp; filnamnet ska sluta på .png, .jpg eller .jpeg"
        )
    return path


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        200 <= int(width) <= 8000 and 200 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(f"”{text}” är ingen storlek; skriv till exempel 1280x800")
    return int(width), int(height)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vplan",
        description="vplan – nämndens verksamhetsplan. Utan kommando startar programmet.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"vplan {__version__}",
        help="visa versionsnumret och avsluta",  # argparse fixes its English text at creation
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    new = commands.add_parser("new", help="skapa en ny, tom plan")
    new.add_argument("file", metavar="FIL", type=Path)
    new.add_argument("--kommun", required=True)
    new.add_argument("--namnd", required=True, help="nämndens namn, t.ex. Socialnämnden")
    new.add_argument("--fran", required=True, type=_year, metavar="ÅR", help="planens första år")
    new.add_argument("--till", required=True, type=_year, metavar="ÅR", help="planens sista år")
    new.add_argument("--titel", default="", help="standard: Verksamhetsplan FRÅN–TILL")
    new.add_argument("--forvaltning", default="")

    example = commands.add_parser("example", help="skriv exempelplanen till en fil")
    example.add_argument("file", metavar="FIL", type=Path)

    info = commands.add_parser("info", help="visa planens uppgifter och innehåll")
    info.add_argument("file", metavar="FIL", type=Path)

    export = commands.add_parser("export", help="exportera planen")
    export.add_argument("file", metavar="FIL", type=Path)
    export.add_argument(
        "--format", required=True, choices=["json", "docx", "pdf", "xlsx"], dest="fmt"
    )
    export.add_argument("--pdfa", action="store_true", help="arkivformatet PDF/A-2a (för pdf)")
    export.add_argument(
        "--uppfoljning",
        metavar="PERIOD",
        help="exportera uppföljningen PERIOD (delårsrapport, årsredovisning) i stället för planen",
    )
    export.add_argument(
        "--mall",
        type=Path,
        metavar="MALL",
        help="kommunens Word-mall (.docx eller .dotx) för docx och pdf, eller en grafisk "
        "profil (.json: logotyp, färger, typsnitt) för pdf",
    )
    export.add_argument(
        "-o",
        "--ut",
        required=True,
        metavar="UTFIL",
        dest="out",
        help="filen att skriva, eller - för standard ut",
    )

    imp = commands.add_parser("import-json", help="skapa en plan från en JSON-fil")
    imp.add_argument("json", metavar="JSON", type=Path)
    imp.add_argument("file", metavar="FIL", type=Path)

    roll = commands.add_parser("rollover", help="gör nästa års plan av en plan")
    roll.add_argument("old", metavar="GAMMAL", type=Path)
    roll.add_argument("new", metavar="NY", type=Path)
    roll.add_argument(
        "--forsta-ar",
        dest="first",
        type=_year,
        metavar="ÅR",
        help="den nya planens första år (standard: ett år senare)",
    )

    budget = commands.add_parser("import-budget", help="läs in ekonomens budgetfil (Excel)")
    budget.add_argument("file", metavar="FIL", type=Path)
    budget.add_argument("xlsx", metavar="BUDGET", type=Path)
    budget.add_argument(
        "--verkstall",
        action="store_true",
        help="genomför ändringarna (utan flaggan visas bara vad som skulle ändras)",
    )

    word = commands.add_parser("import-docx", help="skapa en plan från en verksamhetsplan i Word")
    word.add_argument("docx", metavar="DOCX", type=Path)
    word.add_argument("file", metavar="FIL", type=Path)
    word.add_argument("--namnd", help="nämndens namn (annars gissas det från försättsbladet)")
    word.add_argument("--fran", type=_year, metavar="ÅR", help="planens första år")
    word.add_argument("--till", type=_year, metavar="ÅR", help="planens sista år")
    word.add_argument(
        "--tolkning",
        type=Path,
        metavar="JSON",
        help="läs dokumentet som tolkningsfilen säger (tabellernas slag, rubrikrader, kolumner "
        "och grupper, rubrikernas nivåer); sparas från importdialogen eller --spara-tolkning",
    )
    word.add_argument(
        "--spara-tolkning",
        type=Path,
        metavar="JSON",
        help="spara hur dokumentet lästes som en tolkningsfil att rätta och använda igen",
    )
    word.add_argument(
        "--prova",
        action="store_true",
        help="visa vad varje stycke och tabell blir, utan att skapa planen",
    )

    diff = commands.add_parser("diff", help="visa vad som skiljer två planer eller versioner åt")
    diff.add_argument("old", metavar="A", type=Path, help="planen före (.vplan eller .json)")
    diff.add_argument(
        "new", metavar="B", type=Path, nargs="?", help="planen efter (.vplan eller .json)"
    )
    diff.add_argument(
        "--uppfoljning",
        nargs=2,
        metavar=("FÖRE", "EFTER"),
        help="jämför två uppföljningar i planen A i stället för två planer",
    )

    check = commands.add_parser("validate", help="kontrollera att planen är komplett och stämmer")
    check.add_argument("file", metavar="FIL", type=Path)
    check.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    check.add_argument(
        "--uppfoljning",
        metavar="PERIOD",
        help="kontrollera uppföljningen PERIOD (t.ex. ”Delår april 2027”) i stället för planen",
    )

    shot = commands.add_parser(
        "screenshot", help="spara en bild av huvudfönstret (PNG eller JPEG efter filnamnet)"
    )
    shot.add_argument("file", metavar="FIL", type=Path, nargs="?")
    shot.add_argument("-o", "--ut", required=True, metavar="BILD", dest="out", type=_image)
    shot.add_argument(
        "--section",
        "--avsnitt",
        dest="section",
        metavar="AVSNITT",
        help=f"{', '.join(SECTION_ARGUMENTS[:-1])} eller {SECTION_ARGUMENTS[-1]}",
    )
    shot.add_argument(
        "--size",
        "--storlek",
        dest="size",
        type=_size,
        default=(1280, 800),
        metavar="BxH",
        help="fönstrets storlek, standard 1280x800",
    )
    shot.add_argument(
        "--uppfoljning", metavar="PERIOD", help="visa uppföljningen PERIOD i stället för planen"
    )
    cli_follow_up.add_commands(commands)
    cli_server.add_commands(commands)
    return parser


def _find_gui() -> GuiStarter:
    for entry in entry_points(group=GUI_GROUP):
        starter: GuiStarter = entry.load()
        return starter
    raise VplanError("Det grafiska gränssnittet är inte installerat.")


def _cmd_new(args: argparse.Namespace) -> int:
    create_plan(
        args.file,
        NewPlan(
            kommun=args.kommun,
            namnd=args.namnd,
            forsta_ar=args.fran,
            sista_ar=args.till,
            titel=args.titel,
            forvaltning=args.forvaltning,
        ),
    )
    print(f"Skapade {args.file}")
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.interchange import import_json, load_json

    import_json(load_json(resource(EXAMPLE_FILE)), args.file)
    print(f"Skrev exempelplanen till {args.file}")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    with PlanDocument.open(args.file, read_only=True) as doc:
        plan = read_plan(doc)
    u = plan.uppgifter
    rows = u.summary()
    width = max(len(label) for label, _ in rows) + 2
    print(f"{u.namnd} – {u.titel}")
    for label, value in rows:
        print(f"  {label + ':':<{width}}{value or '–'}")
    print("Uppföljningar" if plan.uppfoljningar else "Uppföljningar: inga")
    for period in plan.uppfoljningar:
        when = f" {format_date(period.rapporterad_datum)}" if period.rapporterad_datum else ""
        state = f"rapporterad{when}" if period.rapporterad else "ej rapporterad"
        print(f"  {period.namn} ({period.slag_text.lower()}, {state})")
    print("Innehåll")
    counts = plan.counts()
    width = max(len(label) for label in counts) + 2
    for label, count in counts.items():
        print(f"  {label + ':':<{width}}{count:>4}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.exports.export import export_plan
    from vplan_desktop.exports.targets import check_export_target
    from vplan_desktop.interchange import dumps, export_json, plan_to_json

    if args.fmt != "json":
        if args.out == "-":
            raise InputError(f"Ange en fil för {args.fmt}-exporten med -o.")
        out = Path(args.out)
        check_export_target(out, plan=args.file, template=args.mall)  # before the slow part
        with PlanDocument.open(args.file, read_only=True) as doc:
            plan = read_plan(doc)
        if args.uppfoljning is not None:
            # Deferred: loads only for this command.
            from vplan_desktop.exports.follow_up_export import export_follow_up

            notices = export_follow_up(
                plan,
                args.uppfoljning,
                args.fmt,
                out,
                template=args.mall,
                pdfa=args.pdfa,
                plan_file=args.file,
            )
        else:
            notices = export_plan(
                plan, args.fmt, out, template=args.mall, pdfa=args.pdfa, plan_file=args.file
            )
        for notice in notices:
            print(f"Obs: {notice}")
        print(f"Exporterade {args.file} till {args.out}")
        return EXIT_OK
    if args.mall is not None or args.pdfa:
        raise InputError("--mall och --pdfa gäller Word och PDF, inte JSON.")
    if args.uppfoljning is not None:
        raise InputError("En uppföljning exporteras som docx, pdf eller xlsx, inte JSON.")
    if args.out != "-":
        check_export_target(Path(args.out), plan=args.file)
    with PlanDocument.open(args.file, read_only=True) as doc:
        if args.out == "-":
            sys.stdout.write(dumps(plan_to_json(read_plan(doc))))
        else:
            export_json(doc, Path(args.out))
            print(f"Exporterade {args.file} till {args.out}")
    return EXIT_OK


def _cmd_import_json(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.interchange import import_json, load_json

    import_json(load_json(args.json), args.file)
    print(f"Skapade {args.file} från {args.json}")
    return EXIT_OK


def _cmd_rollover(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.planning.rollover import rollover

    summary = rollover(args.old, args.new, args.first)
    print(f"Skapade {args.new} från {args.old}")
    for line in summary.lines():
        print(f"  {line}")
    return EXIT_OK


def _cmd_import_budget(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.cli_session import command_session, write_back
    from vplan_desktop.imports.budget_xlsx import apply_budget, read_budget

    with command_session(args.file, writes=args.verkstall) as session:
        changes = read_budget(read_plan(session.document), args.xlsx)
        if not changes:
            print("Budgetfilen innehåller inga ändringar mot planen.")
            return EXIT_OK
        for change in changes:
            print(change.text)
        if args.verkstall:
            apply_budget(session.document, changes)
            write_back(session, args.file)
            done = "genomförd" if len(changes) == 1 else "genomförda"
            print(f"{count_of(len(changes), 'ändring')} är {done} i {args.file}.")
        else:
            print(
                f"{count_of(len(changes), 'ändring')}. "
                "Kör igen med --verkstall för att genomföra dem."
            )
    return EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.compare import diff_periods, diff_plans, format_differences, load_side
    from vplan_desktop.compare_follow_up import period_state

    if args.uppfoljning is not None:
        if args.new is not None:
            raise InputError("Med --uppfoljning jämförs två uppföljningar i en plan: ange en plan.")
        state = load_side(args.old)
        before, after = (str(period_state(state, name)["namn"]) for name in args.uppfoljning)
        differences = diff_periods(state, before, after)
        print(f"Från ”{before}” till ”{after}”:")
    elif args.new is None:
        raise InputError("Ange två planer att jämföra, eller en plan och --uppfoljning FÖRE EFTER.")
    else:
        differences = diff_plans(load_side(args.old), load_side(args.new))
    print(format_differences(differences))
    return EXIT_OK


def _cmd_import_docx(args: argparse.Namespace) -> int:
    # Deferred for start-up time: the window imports this module and needs none of these.
    from vplan_desktop.imports import word_tolkning
    from vplan_desktop.imports.word import create_plan, interpret, read_source, with_front
    from vplan_desktop.imports.word_review import outcome_lines, report_lines

    corrections = word_tolkning.load(args.tolkning) if args.tolkning else None
    corrections = with_front(corrections, namnd=args.namnd, first=args.fran, last=args.till)
    result = interpret(read_source(args.docx), corrections)
    if args.spara_tolkning is not None:
        word_tolkning.save(result.tolkning, args.spara_tolkning)
        print(f"Sparade tolkningen i {args.spara_tolkning}")
    if args.prova:
        for line in outcome_lines(result):
            print(line)
        return EXIT_OK
    if result.forsta_ar is None:
        raise InputError(
            "Planperioden gick inte att hitta på försättsbladet. Ange den med --fran och --till."
        )
    create_plan(result, args.file)
    period = format_period(result.forsta_ar or 0, result.sista_ar or 0)
    print(f"Skapade {args.file}: {result.namnd}, {period}")
    for line in report_lines(result):
        print(f"  {line}")
    print("Allt inläst är markerat ”att granska”.")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    with PlanDocument.open(args.file, read_only=True) as doc:
        plan = read_plan(doc)
    period = None if args.uppfoljning is None else period_named(plan, args.uppfoljning)
    findings = validate(plan) if period is None else validate_follow_up(plan, period)
    if args.json:
        result = findings_json(plan, findings)
        if period is not None:
            result = {"uppfoljning": period.namn, **result}
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif period is not None:
        sys.stdout.write(follow_up_text(plan, period, findings))
    else:
        sys.stdout.write(findings_text(plan, findings))
    return EXIT_OK if readiness(findings).ready else EXIT_FINDINGS


def _cmd_screenshot(args: argparse.Namespace) -> int:
    return _find_gui()(
        args.file,
        screenshot=args.out,
        section=args.section,
        size=args.size,
        period=args.uppfoljning,
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "example": _cmd_example,
    "info": _cmd_info,
    "export": _cmd_export,
    "import-json": _cmd_import_json,
    "validate": _cmd_validate,
    "rollover": _cmd_rollover,
    "import-budget": _cmd_import_budget,
    "import-docx": _cmd_import_docx,
    "screenshot": _cmd_screenshot,
    "diff": _cmd_diff,
    "follow-up-workbook": cli_follow_up.cmd_follow_up_workbook,
    "import-follow-up": cli_follow_up.cmd_import_follow_up,
    "server": cli_server.cmd_server,
}


def _start_gui(argv: Sequence[str]) -> int:
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(
            f"vplan: fel: okända argument: {' '.join(argv)}\n"
            "Skriv vplan --help för att se kommandona.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    # A plan on a server by its address stays text: a Path would fold its "//".
    path = (argv[0] if "://" in argv[0] else Path(argv[0])) if argv else None
    return _find_gui()(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vplan`` with ``argv`` (default: the process's arguments); return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args_list or (
            args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
        ):
            return _start_gui(args_list)
        with _swedish_argparse():
            args: Any = _parser().parse_args(args_list)
        return COMMANDS[args.command](args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    except VplanError as error:
        print(f"vplan: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (vplan info … | head): nothing to say
        return EXIT_OK
    except KeyboardInterrupt:
        print("vplan: avbrutet.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # a bug: still no traceback for the user
        if is_disk_full(error):  # a full disk where no command said which file it was writing
            print(f"vplan: {disk_full_error().message}", file=sys.stderr)
            return EXIT_ERROR
        from vplan_desktop.crashlog import log_current  # deferred: only a crash needs it

        log = log_current()
        where = f" Detaljerna finns i {log}." if log else ""
        print(
            f"vplan: ett oväntat fel inträffade ({type(error).__name__}: {error}). "
            f"Rapportera gärna felet.{where}",
            file=sys.stderr,
        )
        return EXIT_ERROR
