"""`bench-spark` splits the CPU seconds of a run by phase and by process kind (JVM, Python, driver)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from eventcoder.spark.bench import WorkerMemory, format_bench, phase_cpu


def test_phase_cpu_is_the_difference_between_cumulative_marks() -> None:
    marks = [
        ("start", {"jvm": 10.0, "python": 5.0, "driver": 1.0}),
        ("extract", {"jvm": 13.5, "python": 25.0, "driver": 1.5}),
        ("merge and write", {"jvm": 17.0, "python": 26.0, "driver": 2.0}),
    ]
    assert phase_cpu(marks) == {
        "extract": {"jvm": 3.5, "python": 20.0, "driver": 0.5},
        "merge and write": {"jvm": 3.5, "python": 1.0, "driver": 0.5},
    }


def test_a_busy_python_child_counts_as_python_not_jvm() -> None:
    burn = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass\n"
    child = subprocess.Popen([sys.executable, "-c", burn + "time.sleep(30)"])
    try:
        memory = WorkerMemory()
        before = memory.by_kind()
        for _ in range(100):  # until the child has burnt its CPU (a slow machine takes longer)
            after = memory.by_kind()
            if after["python"] - before["python"] >= 0.5:
                break
            time.sleep(0.1)
        assert after["python"] >= 0.5
        assert after["jvm"] == 0.0
        assert memory.kind[child.pid] == "python"
    finally:
        child.kill()
        child.wait()


def test_format_bench_prints_each_phase_cpu() -> None:
    engine = {
        "seconds": 40.0, "startup_seconds": 6.0, "cpu_seconds": 70.0, "peak_mib": 600.0,
        "workers": 2,
        "manifest": {"extract_seconds": 33.0, "merge_seconds": 6.5, "seconds": 40.0},
        "phase_cpu": {"extract": {"jvm": 4.0, "python": 60.0, "driver": 1.0}},
    }
    text = format_bench({"n": 1000, "source": "test", "load_before": (0.1, 0.1, 0.1),
                         "load_after": (0.2, 0.2, 0.2), "local[2]": engine})
    assert "CPU s in extract: jvm 4.0, python 60.0, driver 1.0" in text
    assert pytest.approx(1000 / 40.0, abs=0.1) == float(text.split("\n")[3].split()[2])
