"""Event records built by hand over the hand-written merge fixtures (tests/fixtures/merge/).

Each record is what a careful coder would extract from one fixture article, with evidence
offsets into that article's real text, so merge tests do not depend on the extractor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from store_docs import span

from eventcoder.document import (
    Article,
    Count,
    DateInfo,
    Document,
    Event,
    EventActor,
    Location,
    Target,
)
from eventcoder.merge.records import MergeEvent, from_record

FIXTURES = Path(__file__).parent / "fixtures" / "merge"
PLACES = {
    "Maiduguri": (11.8469, 13.1571),
    "Monguno": (12.6702, 13.6124),
    "Konduga": (11.6533, 13.4179),
}


def articles() -> dict[str, dict[str, Any]]:
    """The fixture articles by id."""
    lines = (FIXTURES / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, lines)}


def expected() -> dict[str, list[str]]:
    """Expected incident → article ids."""
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["incidents"]


def expected_followups() -> dict[str, list[str]]:
    """Expected incident → articles that only report a follow-up of it."""
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["followups"]


def _count(text: str, phrase: str, n: int, approximate: bool = False) -> Count:
    s, e = span(text, phrase)
    return Count(n, n, None if approximate else n, approximate, phrase, s, e)


def event(
    art: dict[str, Any],
    eid: str,
    etype: str,
    sub: str,
    date: str,
    place: str,
    trigger: str,
    *,
    killed: tuple[str, int, bool] | None = None,
    actors: list[tuple[str, str, str, str | None]] = (),
    targets: list[tuple[str, str]] = (),
    arrested: tuple[str, int] | None = None,
    related_to: str | None = None,
) -> Event:
    """One event of a fixture article; phrases must occur in its text."""
    text = art["text"]
    lat, lon = PLACES[place]
    ev = Event(
        id=eid,
        event_type=etype,
        sub_event_type=sub,
        date=DateInfo(date, date, "day", None),
        location=Location(place, "Borno", None, "Nigeria", "NG", lat, lon, "city"),
        related_to=related_to,
        confidence=0.8,
        trigger=trigger,
    )
    s, e = span(text, trigger)
    ev.add_evidence("event", s, e, text)
    p0, p1 = span(text, place)
    ev.add_evidence("location", p0, p1, text)
    if killed:
        phrase, n, approx = killed
        ev.fatalities = _count(text, phrase, n, approx)
        ev.add_evidence("fatalities", ev.fatalities.start, ev.fatalities.end, text)
    if arrested:
        ev.arrested = _count(text, arrested[0], arrested[1])
        ev.add_evidence("arrested", ev.arrested.start, ev.arrested.end, text)
    for phrase, category in targets:
        t0, t1 = span(text, phrase)
        ev.targets.append(Target(phrase, category, t0, t1))
        ev.add_evidence("targets", t0, t1, text)
    for name, mention, attribution, by in actors:
        a0, a1 = span(text, mention)
        ev.actors.append(
            EventActor(name, None, name, mention, a0, a1, "perpetrator", attribution, by)
        )
        ev.add_evidence("actors", a0, a1, text)
    assert all(text[x.start : x.end] == x.text for x in ev.evidence)
    return ev


def documents() -> list[Document]:
    """One document per fixture article, with the events a careful coder extracts."""
    arts = articles()
    VAC, ERV, BAT, SD = (
        "Violence against civilians",
        "Explosions/Remote violence",
        "Battles",
        "Strategic developments",
    )
    market = ("Private Citizens & Property",)
    spec: dict[str, list[Event]] = {}
    a = arts["mdg-reuters-0618"]
    spec[a["id"]] = [event(a, "e1", ERV, "Suicide bomb", "2019-06-18", "Maiduguri",
        "blew herself up", killed=("At least 12 people were killed", 12, True),
        actors=[("Boko Haram", "Boko Haram", "suspected", "police")],
        targets=[("crowded vegetable market", market[0])])]
    a = arts["mdg-afp-0618"]
    spec[a["id"]] = [event(a, "e1", ERV, "Suicide bomb", "2019-06-18", "Maiduguri",
        "A suicide bomber struck", killed=("killing at least 15 people", 15, True),
        actors=[("Islamic State West Africa Province",
                 "Islamic State West Africa Province", "suspected", "Security sources")],
        targets=[("a busy market", market[0])])]
    a = arts["mdg-premium-0619"]
    spec[a["id"]] = [event(a, "e1", ERV, "Suicide bomb", "2019-06-18", "Maiduguri",
        "suicide bombing", killed=("risen to 19", 19, False),
        actors=[("Islamic State West Africa Province",
                 "Islamic State West Africa Province (ISWAP)", "claimed",
                 "Islamic State West Africa Province")],
        targets=[("wounded traders", market[0])])]
    a = arts["mdg-dailytrust-0619"]
    spec[a["id"]] = [event(a, "e1", VAC, "Attack", "2019-06-18", "Maiduguri",
        "detonated a bomb", killed=("Seventeen people died", 17, False),
        actors=[("Boko Haram", "Boko Haram", "accused", "Governor Babagana Zulum")],
        targets=[("Gamboru market", market[0])])]
    a = arts["mdg-bbc-0620"]
    spec[a["id"]] = [event(a, "e1", ERV, "Suicide bomb", "2019-06-18", "Maiduguri",
        "suicide bombing", killed=("killed 19 people", 19, False),
        actors=[("Boko Haram", "Boko Haram", "suspected", "Borno police commissioner"),
                ("Islamic State West Africa Province", "ISWAP", "claimed", "ISWAP")],
        targets=[("a market", market[0])])]
    a = arts["mdg-guardian-0621"]
    spec[a["id"]] = [
        event(a, "e1", ERV, "Suicide bomb", "2019-06-18", "Maiduguri", "suicide bombing",
              killed=("killed 19 people", 19, False), targets=[("Gamboru market", market[0])]),
        event(a, "e2", SD, "Arrests", "2019-06-20", "Maiduguri", "arrested three suspects",
              arrested=("three suspects", 3), related_to="e1"),
    ]
    a = arts["mgn-reuters-0618"]
    spec[a["id"]] = [event(a, "e1", BAT, "Armed clash", "2019-06-18", "Monguno",
        "attacked a military base", killed=("killing five soldiers", 5, False),
        targets=[("military base", "Military")])]
    a = arts["mgn-afp-0619"]
    spec[a["id"]] = [event(a, "e1", BAT, "Armed clash", "2019-06-18", "Monguno",
        "an assault on an army base", killed=("killed seven soldiers", 7, False),
        actors=[("Islamic State West Africa Province", "Islamic State West Africa Province",
                 "suspected", None)],
        targets=[("army base", "Military")])]
    a = arts["knd-sahara-0619"]
    spec[a["id"]] = [event(a, "e1", VAC, "Abduction/forced disappearance", "2019-06-18",
        "Konduga", "abducted ten farmers",
        actors=[("Boko Haram", "Boko Haram fighters", "stated", None)],
        targets=[("ten farmers", market[0])])]
    a = arts["mdg-ied-0618"]
    spec[a["id"]] = [event(a, "e1", ERV, "Remote explosive/landmine/IED", "2019-06-18",
        "Maiduguri", "A roadside bomb exploded", targets=[("police patrol vehicle", "Police")])]
    a = arts["mdg-vanguard-0624"]
    spec[a["id"]] = [event(a, "e1", SD, "Arrests", "2019-06-23", "Maiduguri",
        "arrested four men", arrested=("four men", 4))]
    docs = []
    for aid, events in spec.items():
        art = arts[aid]
        docs.append(
            Document(
                article=Article(
                    id=aid, text=art["text"], title=art["title"], publisher=art["source"],
                    published=art["published"], source=art["source"], language="en",
                ),
                events=events,
            )
        )
    return docs


def merge_events_of(docs: list[Document]) -> list[MergeEvent]:
    """The merge records of these documents (as the store runner would build them)."""
    out = []
    for d in docs:
        art = {**d.article.to_dict(), "sources": [s.to_dict() for s in d.sources]}
        for ev in d.events:
            out.append(from_record(ev.to_dict(), art))
    return out

