"""Hand-written sample articles bundled for ``eventcoder demo``.

The reports are fictional and were written for this project: the places are real, the incidents,
publications and quotes are invented. Three of them describe one incident (a mosque bombing in
Konduga) with different tolls and suspects, to show cross-article merging.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
SAMPLE_SUFFIXES = (".txt", ".html", ".jsonl")


def sample_paths() -> list[Path]:
    """The bundled sample files, in a stable order."""
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix in SAMPLE_SUFFIXES)
