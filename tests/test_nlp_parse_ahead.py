"""Parsing ahead in a thread changes when a text is parsed, never what comes out."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest

from eventcoder.document import Article
from eventcoder.nlp.parse_ahead import parse_ahead

# Written for this test: several countries and outlets, a wire story in capitals, a skipped
# article (no text) riding along in order, and one with no event at all.
ARTICLES = [
    Article(id="ng", source="Premium Times", published="2019-04-02",
            text="Gunmen killed five farmers in Gwoza, Borno State, on Sunday, residents said."),
    Article(id="so", source="Garowe Online", published="2020-11-15",
            text="Al-Shabaab fighters attacked a military base near Afgooye on Saturday night. "
                 "Two soldiers were killed and three wounded, a commander told reporters."),
    Article(id="empty", source="Reuters", published="2021-01-05", text=""),
    Article(id="in", source="The Hindu", published="2018-08-20",
            text="POLICE FIRED TEAR GAS AT PROTESTERS IN SRINAGAR ON FRIDAY AFTER PRAYERS, "
                 "OFFICIALS SAID. NO ONE WAS HURT."),
    Article(id="co", source="El Tiempo", published="2017-03-09",
            text="Dissidents of the FARC kidnapped a local councillor in Tumaco, Narino, "
                 "on Tuesday, the army said in a statement."),
    Article(id="calm", source="BBC", published="2022-06-01",
            text="The finance minister presented the budget to parliament on Wednesday."),
]


def _dicts(pipeline, *, ahead: bool, batch_size: int) -> list[str]:
    docs = pipeline.pipe([dataclasses.replace(a) for a in ARTICLES],
                         batch_size=batch_size, parse_ahead=ahead)
    return [json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True) for d in docs]


@pytest.mark.parametrize("batch_size", [1, 4])
def test_parse_ahead_gives_the_same_documents_in_the_same_order(pipeline, batch_size: int) -> None:
    plain = _dicts(pipeline, ahead=False, batch_size=batch_size)
    ahead = _dicts(pipeline, ahead=True, batch_size=batch_size)
    assert [json.loads(d)["article"]["id"] for d in ahead] == [a.id for a in ARTICLES]
    assert ahead == plain
    # the articles with an incident still have one: the comparison is not between empty shells
    assert sum(bool(json.loads(d)["events"]) for d in ahead) >= 3


def _failing_after(n: int) -> Iterator[int]:
    yield from range(n)
    raise ValueError("the input broke here")


def test_a_failure_while_parsing_reaches_the_reader_after_the_items_before_it() -> None:
    seen: list[int] = []
    with pytest.raises(ValueError, match="broke here"):
        for item in parse_ahead(_failing_after(3), depth=2):
            seen.append(item)
    assert seen == [0, 1, 2]


def test_a_reader_that_stops_early_stops_the_thread() -> None:
    produced: list[int] = []

    def counting() -> Iterator[int]:
        for i in range(10_000):
            produced.append(i)
            yield i

    reader = parse_ahead(counting(), depth=4)
    assert [next(reader) for _ in range(3)] == [0, 1, 2]
    reader.close()
    # at most the queue's depth plus the item in hand were drawn beyond what was read
    assert len(produced) <= 3 + 4 + 2
