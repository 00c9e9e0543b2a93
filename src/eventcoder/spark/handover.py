"""The daemon's side of the zygote (:mod:`eventcoder.spark.zygote`): hand Spark's streams over."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys

ZYGOTE_ENV = "EVENTCODER_SPARK_ZYGOTE"
STREAMS = (0, 1, 2)  # stdin: Spark's orders (kill a worker, stop); stdout: the port; stderr: logs


def hand_over() -> bool:
    """Daemon side: give this process's streams to the zygote and stand in for it; False if none."""
    path = os.environ.get(ZYGOTE_ENV)
    if not path:
        return False
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
    except OSError:
        return False  # used by an earlier context, or never started: load here
    state = {"env": dict(os.environ), "cwd": os.getcwd(), "argv": sys.argv}
    socket.send_fds(conn, [json.dumps(state).encode("utf-8")], list(STREAMS))
    reply = conn.recv(32)  # the zygote's pid once it holds the streams (empty: it died)
    if not reply:
        return False
    manager = int(reply)

    def forward(*_: object) -> None:
        with contextlib.suppress(OSError):  # already gone
            os.kill(manager, signal.SIGTERM)

    # Spark stops its daemon by signalling the process it started: pass that on.
    signal.signal(signal.SIGTERM, forward)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in STREAMS:  # the manager alone holds Spark's pipes: their end is its end
        os.dup2(null, fd)
    while conn.recv(1024):  # the connection closes when the manager (and its workers) exit
        pass
    return True
