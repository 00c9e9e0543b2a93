"""Synthetic event records for the merge benchmark: incidents each told by several reports.

Reports of one incident differ the way real ones do: the toll, the suspect named, the wording,
a day of reporting lag, a coarser date or place. Every report carries its true incident so the
benchmark can check the grouping as well as time it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from eventcoder.merge.records import MergeEvent, from_record

_TYPES = [
    ("Violence against civilians", "Attack", "attacked"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "bombing"),
    ("Explosions/Remote violence", "Suicide bomb", "suicide blast"),
    ("Battles", "Armed clash", "clashed"),
    ("Explosions/Remote violence", "Air/drone strike", "airstrike"),
]
_TARGETS = [
    ("Private Citizens & Property", "villagers"),
    ("Police", "police checkpoint"),
    ("Military", "army base"),
    ("Religious Figures/Institutions", "mosque"),
    ("Business", "market traders"),
    ("Transportation", "bus passengers"),
]


def _words(rng: random.Random, vocab: list[str], k: int) -> str:
    return " ".join(rng.choice(vocab) for _ in range(k))


def synthetic_events(
    n: int, *, seed: int = 7, countries: int = 40, days_per_100k: int = 1095
) -> tuple[list[MergeEvent], dict[str, int]]:
    """Return ``n`` events and a map from event uid to its true incident number.

    The time span grows with ``n`` (3 years per 100,000 events by default) so density per
    country-day stays constant: more events means a longer record, as in a growing archive.
    """
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20_000)]
    actors = [f"Group {i}" for i in range(400)]
    codes = [f"C{i:02d}" for i in range(countries)]
    cities = {
        c: [(rng.uniform(-30, 40), rng.uniform(-20, 80), f"City{c}{k}") for k in range(30)]
        for c in codes
    }
    base = dt.date(2018, 1, 1).toordinal()
    days = max(30, days_per_100k * n // 100_000)
    events: list[MergeEvent] = []
    truth: dict[str, int] = {}
    incident = 0
    article = 0
    while len(events) < n:
        incident += 1
        country = rng.choice(codes)
        lat, lon, city = rng.choice(cities[country])
        etype, sub, trigger = rng.choice(_TYPES)
        category, target = rng.choice(_TARGETS)
        day = base + rng.randrange(days)
        toll = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 45])
        perp = rng.choice(actors)
        story = _words(rng, vocab, 6)
        for _ in range(min(rng.choice([1, 1, 2, 3, 3, 4, 6, 9]), n - len(events))):
            article += 1
            lag = rng.choice([0, 0, 0, 1])
            date = _report_date(rng, dt.date.fromordinal(day + lag))
            words = f"{trigger} {target} {city} {story} {_words(rng, vocab, 8)}"
            record = _record(rng, (etype, sub), date, (city, country, lat, lon), toll,
                             (perp, actors), (category, target), words)
            published = dt.date.fromordinal(day + lag + rng.choice([0, 1, 2])).isoformat()
            ev = from_record(record, {"id": f"a{article}", "published": published})
            events.append(ev)
            truth[ev.uid] = incident
    return events, truth


def _report_date(rng: random.Random, when: dt.date) -> dict[str, Any]:
    """A report's date record: mostly the day, sometimes only the month, rarely unknown."""
    precision = rng.choices(["day", "month", "unknown"], [0.85, 0.1, 0.05])[0]
    if precision == "day":
        return {"start": when.isoformat(), "end": when.isoformat(), "precision": "day"}
    if precision == "month":
        first = when.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return {"start": first.isoformat(), "end": nxt.isoformat(), "precision": "month"}
    return {"start": None, "end": None, "precision": "unknown"}


def _record(rng: random.Random, types: tuple[str, str], date: dict[str, Any],
            place: tuple[str, str, float, float], toll: int, perpetrators: tuple[str, list[str]],
            target: tuple[str, str], words: str) -> dict[str, Any]:
    """One report's event record as the extractor would write it (mostly the incident's own
    perpetrator, sometimes another group: reports disagree on who did it)."""
    etype, sub = types
    city, country, lat, lon = place
    perp, actors = perpetrators
    category, target_text = target
    return {
        "id": "e1",
        "event_type": etype,
        "sub_event_type": sub,
        "date": date,
        "location": {
            "name": city,
            "country_code": country,
            "lat": lat + rng.uniform(-0.05, 0.05),
            "lon": lon + rng.uniform(-0.05, 0.05),
            "precision": "city",
        },
        "fatalities": {
            "low": toll,
            "best": toll + rng.choice([0, 0, 1, 3]),
            "high": None,
            "approximate": False,
            "text": str(toll),
        },
        "actors": [
            {
                "name": perp if rng.random() < 0.7 else rng.choice(actors),
                "role": "perpetrator",
                "attribution": "suspected",
            }
        ],
        "targets": [{"text": target_text, "category": category}],
        "evidence": [{"field": "event", "start": 0, "end": len(words), "text": words}],
        "confidence": 0.7,
    }


def pairwise_quality(groups: list[list[str]], truth: dict[str, int]) -> dict[str, float]:
    """Pairwise precision and recall of a grouping against the true incidents."""
    from collections import Counter
    from math import comb

    predicted = sum(comb(len(g), 2) for g in groups)
    correct = sum(
        comb(c, 2) for g in groups for c in Counter(truth[u] for u in g).values()
    )
    actual = sum(comb(c, 2) for c in Counter(truth.values()).values())
    return {
        "precision": correct / predicted if predicted else 1.0,
        "recall": correct / actual if actual else 1.0,
    }
