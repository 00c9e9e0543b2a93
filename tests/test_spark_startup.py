"""Spark's start-up parts that need no session: the class archive's naming and the hand-over."""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path

import pytest

from eventcoder.spark.class_archive import archive_path, with_archive
from eventcoder.spark.handover import ZYGOTE_ENV, hand_over

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime")


@needs_java
def test_archive_is_used_only_once_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path))
    options = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    assert with_archive(options) == options
    path = archive_path(options)
    assert path is not None and path.parent == tmp_path
    path.write_bytes(b"built")
    assert f"-XX:SharedArchiveFile={path}" in with_archive(options)
    # Other JVM options load other classes: another archive, not this one.
    assert archive_path("-XX:+UseParallelGC") != path
    assert with_archive("-XX:+UseParallelGC") == "-XX:+UseParallelGC"


def test_daemon_loads_itself_without_a_zygote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ZYGOTE_ENV, raising=False)
    assert hand_over() is False
    monkeypatch.setenv(ZYGOTE_ENV, str(tmp_path / "gone.sock"))  # a zygote already used
    assert hand_over() is False


def test_daemon_loads_itself_when_the_zygote_dies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "z.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    monkeypatch.setenv(ZYGOTE_ENV, str(path))
    # A zygote that accepts and dies before answering: accepted from the backlog, then closed.
    def die() -> None:
        conn, _ = server.accept()
        conn.recv(1 << 20)
        conn.close()

    thread = threading.Thread(target=die)
    thread.start()
    assert hand_over() is False
    thread.join()
    server.close()
