"""Where a named group acts, as the training records code it (data/actor_theatres.yaml).

An armed group's home country says where its events are only when it acts at home. The analysts
coded Boko Haram in Nigeria, Cameroon and Niger, the JNIM in Mali, Burkina Faso and Niger: such a
group's vote is shared among its theatre's countries, so that a publisher or a country adjective of
one of them decides. Counts are discounted for countries the training sample over-represents (three
in four of its lines are Kenya's), as the publisher prior is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from eventcoder.datafiles import load_data
from eventcoder.document import Actor
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.publishers import sample_weights
from eventcoder.geoparser.spelling import reweigh

# Fewer training lines than this say nothing about a group's theatre.
MIN_LINES = 3
# A name shorter than this ('IS', 'ADF') is too often part of other groups' names to match inside them.
MIN_INNER_CHARS = 5


@functools.cache
def _table() -> tuple[dict[str, dict[str, int]], dict[str, float]]:
    data = load_data("actor_theatres.yaml")
    actors = {norm(str(k)): {str(cc): int(n) for cc, n in v.items()}
              for k, v in (data.get("actors") or {}).items()}
    return actors, sample_weights(data.get("country_lines") or {})


def _matches(key: str, trained: str) -> bool:
    if key == trained:
        return True
    # The substring test first: the pattern is searched only where the key occurs at all.
    return (len(key) >= MIN_INNER_CHARS and key in trained
            and _inner_name(key).search(trained) is not None)


@functools.cache
def _inner_name(key: str) -> re.Pattern[str]:
    """The key as a whole name inside a longer one, compiled once per key."""
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")


def theatre_shares(actor: Actor) -> dict[str, float]:
    """Country → share of the group's training lines (discounted), when they span several
    countries; empty when the group is unseen, seen too rarely, or seen in one country only."""
    return _theatre(tuple(sorted({norm(n) for n in (actor.name, actor.acled_name) if n})))


@functools.lru_cache(maxsize=1024)
def _theatre(keys: tuple[str, ...]) -> dict[str, float]:
    actors, weight = _table()
    counts: dict[str, int] = {}
    for trained, by_country in actors.items():
        if any(_matches(k, trained) for k in keys if k):
            for cc, n in by_country.items():
                counts[cc] = counts.get(cc, 0) + n
    if sum(counts.values()) < MIN_LINES or len(counts) < 2:
        return {}
    weighted = {cc: n * weight.get(cc, 1.0) for cc, n in counts.items()}
    total = sum(weighted.values())
    return {cc: v / total for cc, v in weighted.items()}


def theatre_votes(actor: Actor, weight: float, unknown_places: Sequence[str] = ()) -> dict[str, float]:
    """The group's vote spread over its theatre: each country its share of ``weight``, the home
    country never less than the largest share (a text with nothing else keeps the group at home,
    or ties when the records put it abroad as often); all of it at home when no theatre is known.
    The spelling of the places the text names that the gazetteer lacks (``unknown_places``:
    'Gouzoudou village') then moves the shares among the theatre's countries."""
    shares = theatre_shares(actor)
    if not shares or not actor.country:
        return {actor.country: weight} if actor.country else {}
    votes = {cc: weight * share for cc, share in shares.items()}
    votes[actor.country] = weight * max(shares.get(actor.country, 0.0), max(shares.values()))
    return reweigh(votes, unknown_places) if unknown_places else votes
