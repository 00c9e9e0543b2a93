"""A local run's Python daemon, loaded while the JVM starts (a "zygote" that becomes the daemon).

Spark starts its Python daemon only when the first task runs, after the JVM, the context and the
job's planning: the daemon's imports, model load and warm-up (about 5 CPU seconds) then wait for
the JVM's start-up (about as long) on a machine whose other cores are idle. For a local master,
:func:`start_zygote` starts that work in a process of its own *before* the JVM is launched.
When Spark later starts ``eventcoder.spark.daemon``, that process hands its standard streams and
environment to the zygote through a Unix socket (:func:`eventcoder.spark.handover.hand_over`); the zygote takes them and
runs PySpark's own daemon loop, forking the workers from a process that already holds the
model. Spark talks to the same pipes and sockets as before, so nothing in it changes; if no
zygote answers (a cluster executor, a second context), the daemon loads the model itself.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventcoder.spark.handover import STREAMS, ZYGOTE_ENV

# A zygote nobody asked for (the run failed before its first task) does not hold the model's
# memory for long; the wait is long enough for a JVM starting on a loaded machine.
IDLE_SECONDS = 300.0
_STARTED: list[subprocess.Popen[bytes]] = []  # kept so that the handles are not collected early


def zygote_path() -> Path:
    """This driver's zygote socket (one per driver process: the JVM's environment names it)."""
    return Path(tempfile.gettempdir(), f"eventcoder-zygote-{os.getpid()}.sock")


def start_zygote() -> subprocess.Popen[bytes] | None:
    """Start loading the daemon's pipeline in a new process; the JVM launched next will find it."""
    path = zygote_path()
    if path.exists():
        return None  # one is waiting already
    os.environ[ZYGOTE_ENV] = str(path)  # inherited by the JVM, hence by the daemon it starts
    process = subprocess.Popen(
        [sys.executable, "-m", "eventcoder.spark.zygote", str(path), str(os.getpid())],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
    )
    _STARTED.append(process)
    return process


def _listen(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    return server


def _wait_for_daemon(server: socket.socket, driver: int) -> socket.socket | None:
    """The daemon's connection, or None once the driver is gone or nobody came in time."""
    server.settimeout(1.0)
    deadline = time.monotonic() + IDLE_SECONDS
    while time.monotonic() < deadline and os.getppid() == driver:
        try:
            conn, _ = server.accept()
        except TimeoutError:
            continue
        conn.settimeout(None)
        return conn
    return None


def _become_daemon(conn: socket.socket) -> None:
    """Take the daemon's streams, environment and folder, then run PySpark's daemon loop."""
    message, fds, _flags, _addr = socket.recv_fds(conn, 1 << 20, len(STREAMS))
    state = json.loads(message.decode("utf-8"))
    for fd, target in zip(fds, STREAMS, strict=True):
        os.dup2(fd, target)
        os.close(fd)
    os.environ.clear()
    os.environ.update(state["env"])
    os.chdir(state["cwd"])
    sys.argv = [sys.argv[0], *state["argv"][1:]]  # PySpark reads its worker module there
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as we do
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    conn.sendall(str(os.getpid()).encode("ascii"))
    from pyspark import daemon

    daemon.manager()


def serve(path: Path, driver: int) -> None:
    """Zygote side: listen, load the pipeline, then become the first daemon that connects."""
    server = _listen(path)  # at once: a daemon that comes early waits in the backlog
    try:
        from eventcoder.spark.daemon import preload

        preload()
        conn = _wait_for_daemon(server, driver)
    finally:
        server.close()
        path.unlink(missing_ok=True)
    if conn is not None:
        _become_daemon(conn)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
