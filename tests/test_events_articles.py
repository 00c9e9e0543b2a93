"""Hand-written multi-paragraph articles (tests/fixtures/articles): the news incidents come out
once each, typed, counted with the latest toll and dated; background stays background."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.document import Article, Event

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def _matches(event: Event, want: dict) -> bool:
    if event.event_type != want["event_type"] or event.historical != want["historical"]:
        return False
    return "sub_event_type" not in want or event.sub_event_type == want["sub_event_type"]


@pytest.mark.parametrize("name", NAMES)
def test_article_events(pipeline, name: str) -> None:
    gold = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    doc = pipeline(Article(id=name, text=text, published=gold["published"]))
    got = [(e.event_type, e.sub_event_type, e.historical, e.trigger) for e in doc.events]
    assert len(doc.events) == len(gold["events"]), got
    for want in gold["events"]:
        event = next((e for e in doc.events if _matches(e, want)), None)
        assert event is not None, (want, got)
        if "fatalities" in want:
            assert event.fatalities is not None and event.fatalities.best == want["fatalities"]
        if "injuries" in want:
            assert event.injuries is not None and event.injuries.best == want["injuries"]
        assert event.date is not None and event.date.precision == want["precision"]
        assert (event.date.start or "").startswith(want["date"])
    for word in gold.get("not_events", []):
        assert all(e.trigger.lower() != word for e in doc.events), got


def test_sahel_sample_one_ied_event(pipeline) -> None:
    """Background ("has fought ... for years", "killed ... since 2015") feeds no count or type."""
    from eventcoder.ingest.article import article_from_input
    from eventcoder.samples import __file__ as samples_init

    html = (Path(samples_init).parent / "sahel_market_bombing.html").read_text(encoding="utf-8")
    doc = pipeline(article_from_input(html))
    assert len(doc.events) == 1
    event = doc.events[0]
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert event.fatalities is not None
    assert (event.fatalities.low, event.fatalities.best) == (17, 17)
    assert event.fatalities.approximate
    assert event.injuries is not None and event.injuries.best == 30
