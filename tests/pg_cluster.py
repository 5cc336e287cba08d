"""A throw-away PostgreSQL cluster for the tests of plans on a server.

Debian's ``initdb`` and ``pg_ctl`` build a cluster in a temporary folder that listens on a
Unix socket in that folder, with ``trust`` for everyone except one role that must give its
password (``scram-sha-256``). Where ``openssl`` is at hand it also listens on 127.0.0.1 (a
free port), for TLS connections only, with a certificate for ``localhost`` signed by a test
authority: the tests of certificate checks. It is stopped and removed when the run ends.

``initdb`` refuses to run as root: as root the cluster belongs to an unprivileged user
(``postgres`` where Debian's package made it, else ``nobody``) and is started through
``runuser``. The tests themselves stay root and reach it through the socket.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

SUPERUSER = "vplan_admin"
PASSWORD_ROLE = "vplan_losen"
PASSWORD = "rätt-lösen-123"
"""The one role that must give a password (over the socket too), for the tests of it."""


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: ``pg_config``'s, or Debian's newest."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        done = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if done.returncode == 0:
            candidates.append(Path(done.stdout.strip()))
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(
        (Path(found) for found in debian),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _unprivileged_user() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("no unprivileged user to run PostgreSQL as")


@dataclass(frozen=True)
class Cluster:
    folder: Path
    """Holds the data folder, the socket and the log."""
    port: int
    """The TCP port on 127.0.0.1 (TLS only), which also names the socket file."""
    tls: bool
    """Whether the cluster takes TLS connections on 127.0.0.1 (``openssl`` was found)."""
    max_connections: int = 30
    """How many connections the server takes at once."""

    @property
    def authority(self) -> Path:
        """The test authority's certificate, which signed the server's."""
        return self.folder / "ca.crt"

    @property
    def socket_folder(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str, plan: str | None = None, *, user: str = SUPERUSER) -> str:
        """A plan address for ``database`` (and ``plan``) on this cluster's socket."""
        host = urllib.parse.quote(str(self.socket_folder), safe="")
        fragment = f"#{urllib.parse.quote(plan)}" if plan is not None else ""
        return f"postgresql://{user}@{host}:{self.port}/{database}{fragment}"

    def connect(
        self, database: str = "postgres", *, autocommit: bool = True
    ) -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection (with autocommit unless told), for setting up and looking in."""
        return psycopg.connect(
            host=str(self.socket_folder),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=autocommit,
        )

    def create_database(self, name: str) -> str:
        """A new empty database ``name`` (dropped first if a test before made it)."""
        with self.connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name


def _run(
    command: list[str], owner: pwd.struct_passwd | None, log: Path, cwd: Path | None = None
) -> None:
    if owner is not None:
        command = ["runuser", "-u", owner.pw_name, "--", *command]
    with log.open("ab") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed:\n{log.read_text(errors='replace')}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _certificates(data: Path, folder: Path, log: Path) -> bool:
    """A test authority and a server certificate for ``localhost`` signed by it; False
    without ``openssl``."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return False
    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    (folder / "san.cnf").write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    steps = [
        [
            "req",
            "-x509",
            *key,
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
            "-days",
            "2",
            "-subj",
            "/CN=vplan test authority",
        ],
        ["req", *key, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
        [
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "san.cnf",
        ],
    ]
    for step in steps:
        _run([openssl, *step], None, log, cwd=folder)
    for name in ("server.crt", "server.key"):
        shutil.copyfile(folder / name, data / name)
    return True


def start_cluster(
    max_connections: int = 30,
) -> tuple[Cluster, Path, pwd.struct_passwd | None]:
    """Build and start a cluster (taking ``max_connections`` connections); on any failure
    nothing is left running or on disk."""
    bindir = find_bindir()
    assert bindir is not None
    owner = _owner()
    # In /tmp itself: a socket path must stay short (107 bytes), and a private TMPDIR of root's
    # would not let the cluster's own user in.
    folder = Path(
        tempfile.mkdtemp(prefix="vplan-pg-", dir="/tmp" if os.path.isdir("/tmp") else None)
    )
    try:
        return _start(folder, bindir, owner, max_connections)
    except BaseException:
        _stop(folder, bindir, owner)
        raise


def _start(
    folder: Path, bindir: Path, owner: pwd.struct_passwd | None, max_connections: int = 30
) -> tuple[Cluster, Path, pwd.struct_passwd | None]:
    data = folder / "data"
    socket_folder = folder / "socket"
    socket_folder.mkdir()
    log = folder / "postgres.log"
    log.touch()
    if owner is not None:
        for path in (folder, socket_folder, log):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    _run(
        [
            str(bindir / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
        ],
        owner,
        log,
    )
    tls = _certificates(data, folder, log)
    cluster = Cluster(folder, _free_port(), tls, max_connections)
    if owner is not None:
        for name in ("server.crt", "server.key"):
            if (data / name).exists():
                os.chown(data / name, owner.pw_uid, owner.pw_gid)
    if tls:
        (data / "server.key").chmod(0o600)
    (data / "pg_hba.conf").write_text(
        f"local all {PASSWORD_ROLE} scram-sha-256\n"
        "local all all trust\n"
        "hostssl all all 127.0.0.1/32 trust\n",
        encoding="utf-8",
    )
    _pg_ctl_start(cluster, bindir, owner)
    with cluster.connect() as connection:
        connection.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(PASSWORD_ROLE), sql.Literal(PASSWORD)
            )
        )
    return cluster, bindir, owner


def _pg_ctl_start(cluster: Cluster, bindir: Path, owner: pwd.struct_passwd | None) -> None:
    listen = "127.0.0.1" if cluster.tls else ""
    options = (
        f"-k {cluster.socket_folder} -p {cluster.port} -c listen_addresses='{listen}' "
        f"-c ssl={'on' if cluster.tls else 'off'} -c fsync=off -c synchronous_commit=off "
        f"-c full_page_writes=off -c max_connections={cluster.max_connections} "
        "-c shared_buffers=16MB"
    )
    data, log = cluster.folder / "data", cluster.folder / "postgres.log"
    _run(
        [str(bindir / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(log), "-o", options],
        owner,
        log,
    )


def _owner() -> pwd.struct_passwd | None:
    return _unprivileged_user() if os.geteuid() == 0 else None


def stop_server(cluster: Cluster) -> None:
    """Stop the cluster's server, its data kept: every connection to it breaks at once, as
    when the server or the network goes away (``start_server`` brings it back)."""
    bindir = find_bindir()
    assert bindir is not None
    _run(
        [str(bindir / "pg_ctl"), "stop", "-w", "-D", str(cluster.folder / "data"), "-m", "fast"],
        _owner(),
        cluster.folder / "postgres.log",
    )


def start_server(cluster: Cluster) -> None:
    """Start the cluster's server again after ``stop_server``, as it was."""
    bindir = find_bindir()
    assert bindir is not None
    _pg_ctl_start(cluster, bindir, _owner())


def stop_cluster(cluster: Cluster, bindir: Path, owner: pwd.struct_passwd | None) -> None:
    _stop(cluster.folder, bindir, owner)


def _stop(folder: Path, bindir: Path, owner: pwd.struct_passwd | None) -> None:
    """Stop the cluster in ``folder`` if it runs, and remove the folder."""
    try:
        if (folder / "data" / "postmaster.pid").exists():
            _run(
                [str(bindir / "pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "fast"],
                owner,
                folder / "postgres.log",
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A running throw-away cluster for the whole run (each xdist worker has its own)."""
    if find_bindir() is None:
        reason = (
            "no PostgreSQL binaries: no initdb/pg_ctl in pg_config --bindir or "
            "/usr/lib/postgresql/*/bin (install the postgresql package)"
        )
        if os.environ.get("CI"):  # .ci/run installs them: there a skip would hide a failure
            pytest.fail(reason)
        pytest.skip(reason)
    cluster, bindir, owner = start_cluster()
    try:
        yield cluster
    finally:
        stop_cluster(cluster, bindir, owner)
