"""Ingest is idempotent and resumable: committed per article, stored articles skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store
from eventcoder.store.ingest import ingest_articles, ingest_paths
from eventcoder.store.models import ArticleRow

pytest_plugins = ["pg_fixture"]

TEXTS = [
    "Gunmen killed three farmers near Kaduna on Monday, police said.",
    "Protesters blocked the main road in Lilongwe on Friday to demand lower fuel prices.",
    "A roadside bomb wounded two soldiers near Kidal on Sunday, the army said.",
    "Security forces arrested 12 people after clashes in Bujumbura on Tuesday.",
]


@pytest.fixture(scope="module")
def spacy_only() -> Pipeline:
    """spaCy without extraction stages: these tests are about storage, not extraction."""
    return Pipeline(stages=())


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=t, published="2024-01-10") for i, t in enumerate(TEXTS[:n])]


def _stored(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count(ArticleRow.id)))


def test_resume_after_interruption(store_url: str, spacy_only: Pipeline) -> None:
    """Re-running an interrupted batch only processes what was not stored."""
    with Store(store_url) as store:
        first = ingest_articles(store, _articles(2), pipeline=spacy_only)
        assert (first.new, first.unchanged) == (2, 0)
        # The crashed run got through two articles; the re-run only processes the other two.
        second = ingest_articles(store, _articles(4), pipeline=spacy_only)
        assert (second.new, second.unchanged) == (2, 2)
        assert second.article_ids == ["a2", "a3"]
        assert list(second.seen_ids) == ["a0", "a1", "a2", "a3"]
        assert _stored(store) == 4


def test_interrupted_run_keeps_committed_articles(tmp_path: Path, spacy_only: Pipeline) -> None:
    """Interrupted run keeps committed articles."""
    url = f"sqlite:///{tmp_path / 'crash.db'}"

    many = [Article(id=f"m{i}", text=f"{TEXTS[i % 4]} ({i})") for i in range(40)]

    def crashing():
        yield from many
        raise KeyboardInterrupt  # Ctrl-C while the 41st article is being read

    with Store(url) as store, pytest.raises(KeyboardInterrupt):
        ingest_articles(store, crashing(), pipeline=spacy_only)
    with Store(url) as store:
        done = _stored(store)
        assert done >= 32  # everything but the batch in flight was committed
        again = ingest_articles(store, many, pipeline=spacy_only)
        assert (again.new, again.unchanged) == (40 - done, done)
        assert _stored(store) == 40


def test_changed_article_is_reprocessed_and_duplicates_in_one_run_once(
    tmp_path: Path, spacy_only: Pipeline
) -> None:
    """Changed article is reprocessed and duplicates in one run once."""
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        ingest_articles(store, _articles(1), pipeline=spacy_only)
        changed = Article(id="a0", text=TEXTS[0] + " Two others were wounded.", published="2024-01-10")
        report = ingest_articles(store, [changed, changed], pipeline=spacy_only)
        assert (report.new, report.unchanged) == (1, 1)
        assert _stored(store) == 1
        assert store.is_stored(changed)


def test_read_errors_are_reported_and_the_rest_goes_on(
    tmp_path: Path, spacy_only: Pipeline
) -> None:
    """Read errors are reported and the rest goes on."""
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "g1", "text": TEXTS[0]}) + "\n{not json\n"
        + json.dumps({"id": "g2", "text": TEXTS[1]}) + "\n",
        encoding="utf-8",
    )
    messages: list[str] = []
    with Store(f"sqlite:///{tmp_path / 'y.db'}") as store:
        report = ingest_paths(
            store, [good, tmp_path / "missing.txt"], pipeline=spacy_only, on_error=messages.append
        )
        assert report.new == 2
        assert report.errors == 2
        assert any("good.jsonl" in m and "2" in m for m in messages)
        assert any("missing.txt" in m for m in messages)
        assert all("\n" not in m for m in messages)
        assert _stored(store) == 2


def test_workers_keep_input_order_and_store_everything(tmp_path: Path) -> None:
    """Workers keep input order and store everything."""
    many = [Article(id=f"w{i}", text=f"{TEXTS[i % 4]} ({i})") for i in range(21)]
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        report = ingest_articles(store, many, workers=2, pipeline=Pipeline(stages=("events",)))
        assert report.new == 21
        assert report.article_ids == [a.id for a in many]
        assert _stored(store) == 21
