"""Benchmark: the whole pipeline vs bare spaCy (same model, same texts, ``nlp.pipe``), one run."""

from __future__ import annotations

import itertools
import resource
import time
from pathlib import Path
from typing import Any

from eventcoder.document import Article

# Touches every lazily loaded resource (places, actor knowledge base, dates, counts) once.
WARMUP_TEXT = (
    "Suspected Boko Haram gunmen killed 12 villagers and wounded at least 5 in Gwoza, Borno "
    "state, on Monday, Nigerian police said. The army arrested two suspects in Maiduguri."
)


def rss_mb() -> float:
    """Current resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KB


def load_articles(path: Path, n: int) -> list[Article]:
    """The first ``n`` readable articles of a file or folder."""
    from eventcoder.ingest import read_paths

    ok = (a for a in read_paths([path]) if a.status == "ok" and a.text.strip())
    return list(itertools.islice(ok, n))


def run_bench(path: Path, *, n: int = 300, workers: int = 1, batch_size: int = 16) -> dict[str, Any]:
    """Time bare spaCy then the pipeline on the same articles; return the figures."""
    from eventcoder.nlp.model import load_nlp, model_name
    from eventcoder.pipeline import default_pipeline
    from eventcoder.store.ingest import stream_documents

    articles = load_articles(path, n)
    if not articles:
        raise ValueError(f"no readable article in {path}")
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    nlp = load_nlp()
    pipeline = default_pipeline()
    # Warm both paths on one text so one-time loads (model, lexicons, gazetteer) are not timed.
    list(nlp.pipe(texts[:1]))
    next(pipeline.pipe([Article(id="warmup", text=WARMUP_TEXT, published="2024-03-05")]))
    load_s = time.perf_counter() - started

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        pass
    bare_s = time.perf_counter() - t0

    checkpoints = sorted({max(1, len(articles) * k // 5) for k in range(1, 6)})
    memory: list[dict[str, float]] = []
    events = 0
    t0 = time.perf_counter()
    stream = (Article(id=a.id, text=a.text, published=a.published) for a in articles)
    documents = stream_documents(pipeline, stream, workers=workers, batch_size=batch_size)
    for i, document in enumerate(documents, start=1):
        events += len(document.events)
        if i in checkpoints:
            memory.append({"articles": i, "rss_mb": round(rss_mb(), 1)})
    pipe_s = time.perf_counter() - t0

    return {
        "path": str(path),
        "model": model_name(),
        "articles": len(articles),
        "words": words,
        "workers": workers,
        "batch_size": batch_size,
        "load_s": round(load_s, 2),
        "spacy_s": round(bare_s, 3),
        "pipeline_s": round(pipe_s, 3),
        "spacy_articles_per_s": round(len(articles) / bare_s, 1),
        "pipeline_articles_per_s": round(len(articles) / pipe_s, 1),
        "spacy_words_per_s": round(words / bare_s),
        "pipeline_words_per_s": round(words / pipe_s),
        "ratio": round(pipe_s / bare_s, 2),
        "target_ratio": 1.5,
        "events": events,
        "peak_rss_mb": round(peak_mb(), 1),
        "memory": memory,
    }


def format_bench(r: dict[str, Any]) -> str:
    """A short human-readable report of :func:`run_bench` figures."""
    verdict = "within" if r["ratio"] <= r["target_ratio"] else "ABOVE"
    lines = [
        f"bench: {r['articles']} articles, {r['words']:,} words from {r['path']} "
        f"(model {r['model']}, workers {r['workers']}, batch {r['batch_size']})",
        f"  bare spaCy : {r['spacy_s']:8.2f} s  {r['spacy_articles_per_s']:8.1f} articles/s  "
        f"{r['spacy_words_per_s']:8,} words/s",
        f"  pipeline   : {r['pipeline_s']:8.2f} s  {r['pipeline_articles_per_s']:8.1f} articles/s  "
        f"{r['pipeline_words_per_s']:8,} words/s  ({r['events']} events)",
        f"  ratio      : {r['ratio']:.2f}x bare spaCy ({verdict} the {r['target_ratio']}x target)",
        f"  memory     : peak {r['peak_rss_mb']:.0f} MB; RSS as the batch grows: "
        + ", ".join(f"{m['articles']}→{m['rss_mb']:.0f} MB" for m in r["memory"]),
        f"  (model and data loading, not timed: {r['load_s']:.1f} s)",
    ]
    return "\n".join(lines)
