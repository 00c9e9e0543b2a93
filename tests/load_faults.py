"""Faults under load: N generated articles through the HTTP API by concurrent clients into a real
PostgreSQL, while PostgreSQL is restarted twice and the API process is killed once.

Run it as a script (``python tests/load_faults.py --articles 10000``) or through
``tests/test_robust_load.py`` (200 articles). Clients retry until each article is stored; at the
end the database must hold every article exactly once and every event in one incident. Prints
articles/s, p50/p99 latency of the successful requests, and the errors clients saw.
"""

from __future__ import annotations

import argparse
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_articles import article  # noqa: E402

if TYPE_CHECKING:
    from pg_fixture import PgServer

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Tally:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: int = 0

    def error(self, kind: str) -> None:
        """Count one failed attempt by kind."""
        with self.lock:
            self.errors[kind] += 1


def restart_pg(server: PgServer, mode: str) -> None:
    """Stop PostgreSQL (fast or immediate: in-flight transactions die) and start it again."""
    data = server.root / "data"
    server._run("pg_ctl", "-D", str(data), "-m", mode, "-w", "stop")
    # Commits must be durable: with synchronous_commit=off an immediate stop loses the last
    # acknowledged transactions, which would be the server's fault, not the application's.
    options = (f"-p {server.port} -k {server.root} -c listen_addresses=127.0.0.1 -c fsync=on "
               "-c synchronous_commit=on")
    out = server._run("pg_ctl", "-D", str(data), "-l", str(server.root / "server.log"), "-o",
                      options, "-w", "-t", "60", "start")
    if out.returncode:
        raise RuntimeError(f"PostgreSQL did not come back: {out.stderr or out.stdout}")


class ApiProcess:
    """`eventcoder serve` in its own process (so it can be killed like a crash)."""

    def __init__(self, db: str, port: int, log: Path) -> None:
        self.db, self.port, self.log = db, port, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until it answers."""
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "eventcoder", "serve", "--db", self.db, "--port",
                 str(self.port), "--max-body-mb", "5"], env=env, stdout=out, stderr=out,
            )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/api", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API exited: see {self.log}")
            time.sleep(0.2)
        raise RuntimeError("the API did not start in 180 s")

    def kill(self) -> None:
        """SIGKILL: no shutdown, requests in flight are cut."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        """Terminate at the end."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def client_loop(base: str, token: str, work: queue.Queue[int], tally: Tally) -> None:
    """Post articles one by one; retry each until the API says it is stored."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120) as client:
        while True:
            try:
                k = work.get_nowait()
            except queue.Empty:
                return
            record = article(k)
            delay = 0.2
            while True:
                t0 = time.perf_counter()
                try:
                    r = client.post("/api/articles", headers=headers, json=record)
                except httpx.HTTPError as exc:
                    tally.error(f"connection: {type(exc).__name__}")
                else:
                    result = r.json()["articles"][0] if r.status_code == 200 else None
                    if result is not None and result["status"] == "ok":
                        with tally.lock:
                            tally.latencies.append(time.perf_counter() - t0)
                            tally.done += 1
                        break
                    kind = f"HTTP {r.status_code}" if result is None else "article error"
                    tally.error(kind)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)


def verify(db: str, n: int) -> dict[str, int]:
    """Count what the store holds: lost, duplicated and unmerged articles/events."""
    from sqlalchemy import func, select

    from eventcoder.store import Store
    from eventcoder.store.models import ArticleRow, EventRow, IncidentRow

    store = Store(db)
    expected = {article(k)["id"] for k in range(n)}
    with store.session() as s:
        ids = list(s.scalars(select(ArticleRow.id)))
        per_article = dict(s.execute(select(ArticleRow.id, ArticleRow.n_events)).all())
        events = dict(s.execute(select(EventRow.article_id, func.count(EventRow.id))
                                .group_by(EventRow.article_id)).all())
        unmerged = s.scalar(select(func.count(EventRow.id)).where(EventRow.incident_id.is_(None)))
        orphans = s.scalar(select(func.count(EventRow.id)).where(
            EventRow.incident_id.is_not(None), EventRow.incident_id.not_in(select(IncidentRow.id))))
        n_events = s.scalar(select(func.count(EventRow.id)))
        n_incidents = s.scalar(select(func.count(IncidentRow.id)))
    store.close()
    counts = Counter(ids)
    lost = sorted(expected - set(ids))
    if lost:
        print(f"lost: {lost[:20]}", flush=True)
    return {
        "articles": len(set(ids) & expected),
        "lost": len(lost),
        "duplicated": sum(c - 1 for c in counts.values() if c > 1)
        + sum(1 for a, c in events.items() if c != per_article.get(a, c)),
        "unmerged": int(unmerged or 0) + int(orphans or 0),
        "events": int(n_events or 0),
        "incidents": int(n_incidents or 0),
    }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def run(n: int = 10_000, clients: int = 8, workdir: Path | None = None) -> dict[str, Any]:
    """Run the load test; return the figures (also printed)."""
    # Imported here: pytest registers pg_fixture as a plugin, which must come first.
    from pg_fixture import PgServer, _free_port, _server_user, find_pg_bin

    bindir = find_pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL binaries not found (install postgresql or set EVENTCODER_PG_BIN)")
    root = Path(tempfile.mkdtemp(prefix="eventcoder-load-pg-"))
    user = _server_user()
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    server = PgServer(bindir=bindir, root=root, port=_free_port(), user=user)
    server.start()
    restart_pg(server, "fast")  # into the durable settings above (not one of the faults)
    workdir = workdir or Path(tempfile.mkdtemp(prefix="eventcoder-load-"))
    api = ApiProcess(server.create_database(), _free_port(), workdir / "api.log")
    try:
        return _drive(n, clients, server, api)
    finally:
        api.stop()
        server.stop()


def _drive(n: int, clients: int, server: PgServer, api: ApiProcess) -> dict[str, Any]:
    from eventcoder.api.auth import create_token
    from eventcoder.store import Store

    store = Store(api.db)
    token = create_token(store, "load")
    store.close()
    api.start()
    work: queue.Queue[int] = queue.Queue()
    for k in range(n):
        work.put(k)
    tally = Tally()
    base = f"http://127.0.0.1:{api.port}"
    threads = [threading.Thread(target=client_loop, args=(base, token, work, tally), daemon=True)
               for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    faults = [(0.2, "restart PostgreSQL (fast)"), (0.45, "kill -9 the API"),
              (0.7, "restart PostgreSQL (immediate)")]
    done_faults: list[str] = []
    for share, what in faults:
        while tally.done < share * n and any(t.is_alive() for t in threads):
            time.sleep(0.2)
        print(f"[{time.perf_counter() - started:7.1f}s] {tally.done}/{n} stored: {what}", flush=True)
        if what.startswith("kill"):
            api.kill()
            api.start()
        else:
            restart_pg(server, "fast" if "fast" in what else "immediate")
        done_faults.append(what)
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "articles_sent": n, "clients": clients, "seconds": round(seconds, 1),
        "articles_per_s": round(n / seconds, 2),
        "p50_s": round(_percentile(tally.latencies, 0.5), 3),
        "p99_s": round(_percentile(tally.latencies, 0.99), 3),
        "client_errors": sum(tally.errors.values()), "error_kinds": dict(tally.errors),
        "faults": done_faults,
    }
    figures.update(verify(api.db, n))
    for key, value in figures.items():
        print(f"{key}: {value}", flush=True)
    return figures


def main() -> int:
    """Command line: run the load test and exit 1 unless nothing was lost, doubled or unmerged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    figures = run(args.articles, args.clients)
    ok = figures["lost"] == figures["duplicated"] == figures["unmerged"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
