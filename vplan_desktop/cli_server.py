"""The ``vplan server`` commands: a plan on the kommun's PostgreSQL server.

``init`` prepares a database, ``upgrade`` brings its plans to this vplan's schema, ``upload``
copies a plan file there, ``download`` copies a plan from there into an ordinary plan file,
``list`` shows the plans in a database; ``grant``, ``revoke`` and ``rights`` give, take and
show users' rights in a plan. The address is
``postgresql://server[:port]/database#plan`` or a ``.vplan-server`` link file.

Kept apart from ``cli`` so that module stays a table of commands; ``cli`` registers these.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from vplan_desktop.errors import ServerError
from vplan_desktop.formatting import format_period
from vplan_desktop.server.address import address_from_argument
from vplan_desktop.server.credentials import Credentials, PasswordPrompt
from vplan_desktop.wording import count as count_of

EXIT_OK, EXIT_ERROR = 0, 2
ADDRESS_HELP = (
    "postgresql://server[:port]/databas#plan, eller en länkfil (.vplan-server); "
    "lösenordet hämtas från .pgpass eller frågas efter"
)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``vplan server`` and its subcommands, on ``vplan``'s parser."""
    server = commands.add_parser("server", help="planer på kommunens PostgreSQL-server")
    actions = server.add_subparsers(dest="server_command", metavar="KOMMANDO", required=True)

    init = actions.add_parser(
        "init", help="förbered en databas för vplans planer (ändrar inget om den redan är det)"
    )
    init.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)

    upgrade = actions.add_parser(
        "upgrade",
        help="uppgradera alla planer i en databas till den här vplans databasversion "
        "(kräver att du äger vplans scheman i databasen)",
    )
    upgrade.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)

    upload = actions.add_parser("upload", help="ladda upp en planfil som en plan på servern")
    upload.add_argument("file", metavar="FIL", type=Path, help="planfilen (.vplan)")
    upload.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)
    upload.add_argument(
        "--ja",
        action="store_true",
        help="ersätt en plan med samma namn på servern utan att fråga (skillnaderna visas ändå)",
    )

    download = actions.add_parser("download", help="ladda ner en plan från servern till en fil")
    download.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)
    download.add_argument("file", metavar="FIL", type=Path, help="den nya planfilen (.vplan)")

    listing = actions.add_parser("list", help="visa planerna i en databas på servern")
    listing.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)

    grant = actions.add_parser(
        "grant", help="ge en användare en roll i planen (i stället för den hon hade)"
    )
    grant.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)
    grant.add_argument("user", metavar="ANVÄNDARE", help="användarens namn på servern")
    grant.add_argument(
        "--roll",
        required=True,
        type=_roll,
        metavar="ROLL",
        help="läsare, redaktör eller administratör",
    )
    grant.add_argument(
        "--verksamhet",
        nargs="+",
        default=[],
        metavar="NAMN",
        help="en redaktör ändrar bara dessa verksamheters aktiviteter och budgetrader",
    )
    grant.add_argument(
        "--namn",
        metavar="NAMN",
        help="användarens namn som andra ser det, t.ex. ”Anna Svensson” (i stället för "
        "inloggningsnamnet när vplan säger vem som ändrade något)",
    )

    revoke = actions.add_parser("revoke", help="ta bort en användares behörighet i planen")
    revoke.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)
    revoke.add_argument("user", metavar="ANVÄNDARE", help="användarens namn på servern")

    rights = actions.add_parser("rights", help="visa vem som har vilken behörighet i planen")
    rights.add_argument("url", metavar="ADRESS", help=ADDRESS_HELP)


def ask_password(question: str) -> str:
    """The password typed at the terminal, not shown."""
    return getpass.getpass(question)


def _prompt() -> PasswordPrompt | None:
    """Ask at the terminal, or not at all when nobody is there to answer."""
    return ask_password if sys.stdin is not None and sys.stdin.isatty() else None


def cmd_server(args: argparse.Namespace) -> int:
    command = {
        "init": _init,
        "upgrade": _upgrade,
        "upload": _upload,
        "download": _download,
        "list": _list,
        "grant": _grant,
        "revoke": _revoke,
        "rights": _rights,
    }[args.server_command]
    return command(args)


def _init(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg and the catalogue are for these commands alone.
    from vplan_desktop.server.transfer import init_database

    address = address_from_argument(args.url)
    if init_database(address, Credentials(_prompt())):
        print(f"Databasen ”{address.database}” på {address.server} är förberedd för vplan.")
    else:
        print(f"Databasen ”{address.database}” på {address.server} var redan förberedd.")
    return EXIT_OK


def _upgrade(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg and the migrations are for this command alone.
    from vplan_desktop.server.upgrade import upgrade_database

    address = address_from_argument(args.url)
    done = upgrade_database(address, Credentials(_prompt()), report=print)
    upgraded, current = len(done.upgraded), len(done.current)
    parts = [
        f"{count_of(upgraded, 'plan')} {'uppgraderad' if upgraded == 1 else 'uppgraderade'}",
        f"{current} redan {'aktuell' if current == 1 else 'aktuella'}",
    ]
    if done.failed:
        parts.append(f"{len(done.failed)} kunde inte uppgraderas")
    print(f"Databasen ”{address.database}”: {', '.join(parts)}.")
    return EXIT_ERROR if done.failed else EXIT_OK


def _list(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg and the catalogue are for these commands alone.
    from vplan_desktop.server.transfer import list_plans

    address = address_from_argument(args.url)
    plans = list_plans(address, Credentials(_prompt()))
    if not plans:
        print(f"Databasen ”{address.database}” har inga planer ännu.")
        return EXIT_OK
    width = max(len(plan.namn) for plan in plans)
    for plan in plans:
        when = plan.uppladdad.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{plan.namn:<{width}}  {plan.namnd}, {plan.kommun} "
            f"{format_period(plan.forsta_ar, plan.sista_ar)}  "
            f"(uppladdad {when} av {plan.uppladdad_av})"
        )
    print(f"{count_of(len(plans), 'plan')} i databasen ”{address.database}”.")
    return EXIT_OK


def _download(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg and the plan copier are for these commands alone.
    from vplan_desktop.server.transfer import download

    address = address_from_argument(args.url)
    plan = address.needs_plan()
    rows = download(address, args.file, Credentials(_prompt()))
    print(f"Planen ”{plan}” är nedladdad till {args.file} ({count_of(rows, 'rad')}).")
    return EXIT_OK


def _upload(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg, the plan copier and the comparison.
    from vplan_desktop.compare import diff_plans, format_differences, load_side, plan_state
    from vplan_desktop.db.document import check_file
    from vplan_desktop.server.transfer import open_server_plan, plan_exists, upload

    address = address_from_argument(args.url)
    plan = address.needs_plan()
    check_file(args.file)  # a file that is no plan is refused before the server is asked
    credentials = Credentials(_prompt())
    replace = plan_exists(address, credentials)
    if replace:
        new = load_side(args.file)
        print(f"Planen ”{plan}” finns redan på servern. Så skiljer sig {args.file} från den:")
        try:
            with open_server_plan(address, credentials) as doc:
                print(format_differences(diff_plans(plan_state(doc), new)))
        except ServerError as error:
            print(f"(Planen på servern kan inte jämföras: {error.message})")
        if not args.ja and not _confirmed(plan):
            raise ServerError(
                f"Planen ”{plan}” på servern ersattes inte; inget ändrades. Ange --ja för att "
                "ersätta den."
            )
    rows = upload(args.file, address, credentials, replace=replace)
    done = "ersatt" if replace else "uppladdad"
    print(f"Planen ”{plan}” är {done} på servern ({count_of(rows, 'rad')}).")
    return EXIT_OK


def _roll(text: str) -> str:
    """The role as vplan names it; a Swedish message for one it does not know."""
    from vplan_desktop.server.rights import parse_roll  # deferred: loads SQLAlchemy

    try:
        return parse_roll(text).value
    except ServerError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def _grant(args: argparse.Namespace) -> int:
    # Deferred for start-up time: psycopg and the rights are for these commands alone.
    from vplan_desktop.server.rights import Roll, grant

    address = address_from_argument(args.url)
    plan = address.needs_plan()
    roll = Roll(args.roll)
    if args.verksamhet and roll is not Roll.REDAKTOR:
        raise ServerError("Bara en redaktör kan begränsas till verksamheter (--verksamhet).")
    right = grant(address, Credentials(_prompt()), args.user, roll, args.verksamhet, args.namn)
    limited = f" för {_joined(right.verksamheter)}" if right.verksamheter else ""
    known = f" ({' '.join(args.namn.split())})" if args.namn else ""
    print(f"{right.anvandare}{known} är {right.roll.value}{limited} i planen ”{plan}”.")
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    from vplan_desktop.server.rights import revoke  # deferred: psycopg, for these alone

    address = address_from_argument(args.url)
    plan = address.needs_plan()
    revoke(address, Credentials(_prompt()), args.user)
    print(f"{args.user} har inte längre någon behörighet i planen ”{plan}”.")
    return EXIT_OK


def _rights(args: argparse.Namespace) -> int:
    from vplan_desktop.server.rights import rights  # deferred: psycopg, for these alone

    address = address_from_argument(args.url)
    plan = address.needs_plan()
    found = rights(address, Credentials(_prompt()))
    if found is None:
        print(
            f"Planen ”{plan}” har inga behörigheter ännu: bara den som laddade upp den kan "
            "ändra den. Ge någon en roll med: vplan server grant ADRESS ANVÄNDARE --roll ROLL."
        )
        return EXIT_OK
    if not found:
        print(f"Ingen har någon behörighet i planen ”{plan}” ännu.")
        return EXIT_OK
    width = max(len(right.anvandare) for right in found)
    for right in found:
        if right.verksamheter:
            scope = f"  (verksamheter: {_joined(right.verksamheter)})"
        elif right.roll.value == "redaktör":
            scope = "  (hela planen)"
        else:
            scope = ""
        print(f"{right.anvandare:<{width}}  {right.roll.value}{scope}")
    print(f"{len(found)} användare med behörighet i planen ”{plan}”.")
    return EXIT_OK


def _joined(names: tuple[str, ...]) -> str:
    quoted = [f"”{name}”" for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} och {quoted[-1]}"


def _confirmed(plan: str) -> bool:
    """Whether the user at the terminal says yes to replacing ``plan``; no without one."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    answer = input(f"Ersätt planen ”{plan}” på servern med filen? Skriv ja för att ersätta: ")
    return answer.strip().lower() == "ja"
