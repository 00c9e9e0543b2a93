"""A real PostgreSQL server for tests, started by the tests themselves (pytest plugin module).

Use it from a test module with ``pytest_plugins = ["pg_fixture"]``, then ask for:
- ``pg_server``: one private PostgreSQL cluster per test session (initdb + pg_ctl in a temp dir
  on a free loopback port). When the tests run as root it runs as an unprivileged user
  (``ectest``, created if missing, else ``nobody``): initdb refuses to run as root.
- ``pg_url``: a fresh, empty database on that server for one test (a SQLAlchemy URL).
- ``store_url``: parametrised over ``sqlite`` (a temp file) and ``postgresql`` (``pg_url``), so the
  same test runs on both back ends.
Tests are skipped with a clear reason only where the PostgreSQL binaries are absent.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "ectest"
_counter = itertools.count(1)


def find_pg_bin() -> Path | None:
    """The folder with initdb and pg_ctl: $EVENTCODER_PG_BIN, Debian's layout, or PATH."""
    candidates: list[str] = []
    if os.environ.get("EVENTCODER_PG_BIN"):
        candidates.append(os.environ["EVENTCODER_PG_BIN"])
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(out.stdout.strip())
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb") or "").parent))
    for folder in candidates:
        path = Path(folder)
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            return path
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """None when not root; else an unprivileged account to run PostgreSQL as."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            capture_output=True,
        )
    try:
        return pwd.getpwnam(PG_USER)
    except KeyError:
        return pwd.getpwnam("nobody")


@dataclass
class PgServer:
    """A running private PostgreSQL cluster."""

    bindir: Path
    root: Path
    port: int
    user: pwd.struct_passwd | None

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of one database on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        kwargs: dict = {"capture_output": True, "text": True, "cwd": self.root}
        if self.user is not None:
            kwargs.update(user=self.user.pw_uid, group=self.user.pw_gid, extra_groups=[])
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], **kwargs)

    def start(self) -> None:
        """initdb then pg_ctl start; raise with the server log if it fails."""
        data = self.root / "data"
        out = self._run(
            "initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )
        if out.returncode:
            raise RuntimeError(f"initdb failed: {out.stderr or out.stdout}")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        out = self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.root / "server.log"), "-o", options,
            "-w", "-t", "60", "start",
        )
        if out.returncode:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {out.stderr or out.stdout}\n{log}")

    def stop(self) -> None:
        """Stop the server fast and delete its files."""
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(_counter)}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database` (closing its connections)."""
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A private PostgreSQL server for the whole test session."""
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql-15 or set "
            "EVENTCODER_PG_BIN"
        )
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="eventcoder-pg-"))
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    server = PgServer(bindir=bindir, root=root, port=_free_port(), user=user)
    try:
        server.start()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh empty PostgreSQL database for one test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")
