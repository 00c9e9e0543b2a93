"""`bench-spark`: time the same N articles on the local engine, Spark local[1] and local[2].

Each engine runs in its own child process (clean memory, its own model load, as a user's run);
peak memory is the largest resident size of one worker: the process itself for the local
engine, each Spark Python worker (sampled) for Spark.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eventcoder.spark.ticker import Ticker

SHARED_DEV = "../shared/eval/acled_dev*.jsonl"
BENCH_FIELDS = ("text", "html", "url", "published", "source", "title")
ENGINES = ("local", "local[1]", "local[2]")


def bench_records(n: int, source: str | None) -> tuple[list[dict[str, Any]], str]:
    """N article records drawn (cyclically, fresh ids) from JSONL files, else the synthetic corpus."""
    files = sorted(glob.glob(source or SHARED_DEV))
    base: list[dict[str, Any]] = []
    for file in files:
        with open(file, encoding="utf-8") as handle:
            base += [json.loads(line) for line in handle if line.strip()]
    base = [r for r in base if isinstance(r, dict) and (r.get("text") or r.get("html"))]
    if not base:
        from eventcoder.spark.corpus import synthetic_articles

        return synthetic_articles(n), "synthetic corpus (eventcoder.spark.corpus)"
    out = []
    for k in range(n):
        record = base[k % len(base)]
        out.append({"id": f"bench-{k:06d}", **{f: record[f] for f in BENCH_FIELDS if f in record}})
    return out, f"{len(base)} texts from {', '.join(files)}"


class WorkerMemory(Ticker):
    """Samples this process's children: each Spark Python worker's peak memory, everyone's CPU."""

    def __init__(self, every: float = 0.5) -> None:
        super().__init__(every)
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # user + system seconds, last seen, per process
        self.kind: dict[int, str] = {}  # "jvm" or "python" (Spark's workers, daemon, zygote)

    def tick(self) -> None:
        """Record each Spark Python worker's memory if it is a new peak, and all CPU times."""
        import psutil

        for child in psutil.Process().children(recursive=True):
            try:
                times = child.cpu_times()
                self.cpu[child.pid] = times.user + times.system
                self.kind[child.pid] = "jvm" if "java" in child.name() else "python"
                command = " ".join(child.cmdline())
                # Workers fork from PySpark's daemon or from a local run's zygote.
                if ("pyspark" in command or "spark.zygote" in command) and "python" in child.name():
                    rss = child.memory_info().rss
                    self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
            except psutil.Error:
                continue


    def by_kind(self) -> dict[str, float]:
        """CPU seconds so far of the JVM and of the Python processes, and the driver's own."""
        self.tick()
        out = {"jvm": 0.0, "python": 0.0, "driver": own_cpu()}
        for pid, seconds in self.cpu.items():
            out[self.kind.get(pid, "python")] += seconds
        return out


def phase_cpu(marks: list[tuple[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """CPU seconds per process kind spent in each phase, from cumulative marks (first: start)."""
    return {
        phase: {kind: round(now[kind] - before[kind], 2) for kind in now}
        for (_, before), (phase, now) in zip(marks, marks[1:], strict=False)
    }


def own_cpu() -> float:
    """User + system CPU seconds of this process so far."""
    times = os.times()
    return times.user + times.system


def measure(engine: str, corpus: str, out: str) -> dict[str, Any]:
    """Child side: run one engine, return seconds and peak worker memory (MiB)."""
    import resource

    if engine == "local":
        from eventcoder.spark.corpus import synthetic_articles
        from eventcoder.spark.local import run_local
        from eventcoder.spark.worker import cached_pipeline, process_batch

        t0 = time.perf_counter()
        # The model load and warm-up a Spark daemon does (eventcoder.spark.daemon.warm_up, not
        # imported: it would pin this process's math libraries to one thread): start-up for both.
        cached_pipeline()
        warm = synthetic_articles(6, seed=1)
        process_batch([("warm-up", k, "record", json.dumps(a)) for k, a in enumerate(warm, 1)])
        startup = time.perf_counter() - t0
        t0, cpu0 = time.perf_counter(), own_cpu()
        manifest = run_local(corpus, out)
        seconds = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"seconds": seconds, "startup_seconds": startup, "cpu_seconds": own_cpu() - cpu0,
                "peak_mib": peak, "workers": 1, "manifest": manifest}
    from eventcoder.spark.job import run_spark
    from eventcoder.spark.session import spark_session, start_workers

    t0 = time.perf_counter()
    # Start-up is not the engine's work on the articles: the JVM, the SQL session and the
    # executors' Python workers with the model (as the local engine's model load) are timed apart.
    spark = spark_session(engine)
    start_workers(spark)
    startup = time.perf_counter() - t0
    with WorkerMemory() as memory:
        memory.tick()
        cpu0, before = own_cpu(), dict(memory.cpu)  # the JVM's start-up CPU is not counted
        marks = [("start", memory.by_kind())]
        t0 = time.perf_counter()
        manifest = run_spark(
            corpus, out, master=engine,
            on_phase=lambda phase: marks.append((phase, memory.by_kind())),
        )
        seconds = time.perf_counter() - t0
        marks.append(("finish", memory.by_kind()))
    cpu = own_cpu() - cpu0 + sum(memory.cpu.values()) - sum(before.values())
    spark.stop()
    peaks = sorted(memory.peaks.values(), reverse=True)
    # The daemon that forks the workers stays small; the workers hold the model.
    workers = [p for p in peaks if p > 200 * 2**20] or peaks
    return {
        "seconds": seconds, "startup_seconds": startup, "cpu_seconds": cpu, "workers": len(workers),
        "peak_mib": (workers[0] / 2**20) if workers else None, "manifest": manifest,
        "phase_cpu": phase_cpu(marks),
        # Per process (kind, CPU s, peak MiB): how the Python work spreads over the workers.
        "processes": sorted(
            ((memory.kind.get(pid, "?"), round(cpu - before.get(pid, 0.0), 2),
              round(memory.peaks.get(pid, 0) / 2**20)) for pid, cpu in memory.cpu.items()),
            key=lambda p: -p[1],
        ),
    }


def _child(engine: str, corpus: str, out: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "eventcoder.spark.bench", engine, corpus, out]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{engine} run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_bench(n: int, source: str | None = None, engines: tuple[str, ...] = (
    "local", "local[1]", "local[2]",
)) -> dict[str, Any]:
    """Write N articles to a temporary folder and time each engine on them."""
    records, origin = bench_records(n, source)
    if any(engine.startswith("local[") for engine in engines):
        # Built once per installation (`make spark-classes`), never inside a timed run.
        from eventcoder.spark.class_archive_build import build_archive
        from eventcoder.spark.session import LOCAL_JAVA_OPTIONS

        build_archive(LOCAL_JAVA_OPTIONS)
    results: dict[str, Any] = {"n": n, "source": origin, "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        corpus = Path(tmp, "articles.jsonl")
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for engine in engines:
            results[engine] = _child(engine, str(corpus), str(Path(tmp, engine.replace("[", "_"))))
    results["load_after"] = os.getloadavg()
    return results


def format_bench(result: dict[str, Any]) -> str:
    """The figures as a small table with speed-ups and the sizing they imply."""
    n = result["n"]
    lines = [f"bench-spark: {n} articles ({result['source']})",
             f"load average before {_load(result['load_before'])}, after {_load(result['load_after'])}",
             f"{'engine':<10} {'seconds':>8} {'articles/s':>11} {'CPU s':>7} {'peak MiB/worker':>16} "
             f"{'workers':>8}"]
    for engine in ("local", "local[1]", "local[2]"):
        r = result.get(engine)
        if r:
            peak = f"{r['peak_mib']:.0f}" if r.get("peak_mib") else "?"
            cpu = f"{r['cpu_seconds']:.0f}" if r.get("cpu_seconds") else "?"
            lines.append(f"{engine:<10} {r['seconds']:>8.1f} {n / r['seconds']:>11.1f} {cpu:>7} "
                         f"{peak:>16} {r['workers']:>8}")
    lines += _phases(result)
    one, two, local = (result.get(k) for k in ("local[1]", "local[2]", "local"))
    if one and two:
        lines.append(f"speed-up local[1] → local[2]: {one['seconds'] / two['seconds']:.2f}× (target ≥ 1.7×); "
                     f"with start-up {_with_startup(one) / _with_startup(two):.2f}×")
    if one and local:
        lines.append(f"local[1] / local engine time: {one['seconds'] / local['seconds']:.2f}× (target ≤ 1.3×); "
                     f"with start-up {_with_startup(one) / _with_startup(local):.2f}×")
    starts = [f"{k} {result[k]['startup_seconds']:.1f}" for k in ENGINES if result.get(k, {}).get("startup_seconds")]
    if starts:
        lines.append(f"(start-up, not in the seconds above: {', '.join(starts)} s — model load and warm-up, "
                     "and for Spark the JVM, SQL session and Python workers; CPU s counts every process "
                     "of the run: JVM, Python workers and driver)")
    if one:
        rate = n / one["seconds"]
        lines.append(f"per core: {rate:.1f} articles/s → one million articles a day needs "
                     f"{1_000_000 / 86_400 / rate:.1f} busy cores")
    return "\n".join(lines)


def _phases(result: dict[str, Any]) -> list[str]:
    """Seconds per phase (extract, merge, write: the rest) of each engine's run, from its manifest."""
    out = []
    for engine in ("local", "local[1]", "local[2]"):
        manifest = (result.get(engine) or {}).get("manifest") or {}
        if "merge_seconds" in manifest:
            extract, merge = manifest["extract_seconds"], manifest["merge_seconds"]
            after = manifest["seconds"] - extract - merge
            # Spark writes the articles and events tables during the merge, incidents after it.
            written = "write" if engine == "local" else "write incidents (and wait for the others)"
            out.append(f"  {engine}: extract {extract:.1f} s, merge {merge:.1f} s, {written} {after:.1f} s")
        for phase, cpu in ((result.get(engine) or {}).get("phase_cpu") or {}).items():
            kinds = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in cpu.items())
            out.append(f"    CPU s in {phase}: {kinds}")
    return out


def _with_startup(engine_result: dict[str, Any]) -> float:
    return engine_result["seconds"] + (engine_result.get("startup_seconds") or 0.0)


def _load(values: Any) -> str:
    return " ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2], sys.argv[3]), default=str))
