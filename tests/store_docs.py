"""Hand-built documents for store, export, merge and CLI tests (independent of extraction).

Also :func:`run_concurrently`, for the races the store must survive on either back end.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from eventcoder.document import (
    Actor,
    Article,
    Count,
    DateInfo,
    Document,
    Event,
    EventActor,
    Evidence,
    Location,
    Mention,
    Quote,
    Relation,
    Source,
    Target,
)

MARKET_TEXT = (
    "Suspected Boko Haram fighters killed 14 traders at a cattle market in Gwoza on Tuesday, "
    "a local official said. The Islamic State West Africa Province (ISWAP) later claimed the "
    "attack. Boko Haram has fought the Nigerian army for more than a decade."
)


def span(text: str, phrase: str) -> tuple[int, int]:
    """The offsets of the first ``phrase`` in ``text`` (fails loudly when it is not there)."""
    start = text.index(phrase)
    return start, start + len(phrase)


def market_document(article_id: str = "market-1", text: str = MARKET_TEXT) -> Document:
    """A one-event article with actors, a relation and a source, every offset exact."""
    doc = Document(article=Article(id=article_id, text=text, published="2024-05-08",
                                   title="Gunmen kill traders in Gwoza", url=f"https://example.org/{article_id}",
                                   publisher="Example News", source="Example News"))
    killed = span(text, "killed")
    fourteen = span(text, "killed 14 traders")
    tuesday = span(text, "Tuesday")
    gwoza = span(text, "Gwoza")
    bh = span(text, "Boko Haram")
    iswap = span(text, "ISWAP")
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        gtd_attack_type="Armed Assault",
        date=DateInfo(start="2024-05-07", end="2024-05-07", precision="day", text="Tuesday"),
        location=Location(name="Gwoza", admin1="Borno", country="Nigeria", country_code="NG",
                          lat=11.083, lon=13.69, precision="city", text="Gwoza"),
        fatalities=Count(14, 14, 14, False, "killed 14 traders"),
        weapons=["Firearms"],
        targets=[Target("traders", "Business", *span(text, "traders"))],
        actors=[
            EventActor(name="Boko Haram", actor_id="a1", acled_name="Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad",
                       mention="Boko Haram", start=bh[0], end=bh[1], role="perpetrator",
                       attribution="suspected", attributed_by="a local official"),
            EventActor(name="Islamic State West Africa Province", actor_id="a2",
                       acled_name="Islamic State West Africa Province", mention="ISWAP",
                       start=iswap[0], end=iswap[1], role="perpetrator", attribution="claimed",
                       attributed_by="Islamic State West Africa Province"),
        ],
        confidence=0.8,
        trigger="killed",
    )
    event.add_evidence("event", *killed, text)
    event.add_evidence("fatalities", *fourteen, text)
    event.add_evidence("date", *tuesday, text)
    event.add_evidence("location", *gwoza, text)
    doc.events = [event]
    second_bh = text.rindex("Boko Haram")
    doc.actors = [
        Actor(actor_id="a1", name="Boko Haram", acled_name=event.actors[0].acled_name,
              aliases=["JAS"], kind="armed group", country="Nigeria", known=True,
              mentions=[Mention(*bh, "Boko Haram"), Mention(second_bh, second_bh + 10, "Boko Haram")]),
        Actor(actor_id="a2", name="Islamic State West Africa Province", acled_name="Islamic State West Africa Province",
              aliases=["ISWAP"], kind="armed group", country="Nigeria", known=True,
              mentions=[Mention(*span(text, "Islamic State West Africa Province")),
                        Mention(*iswap, "ISWAP")]),
        Actor(actor_id="a3", name="Military Forces of Nigeria", acled_name="Military Forces of Nigeria",
              kind="state forces", country="Nigeria",
              mentions=[Mention(*span(text, "Nigerian army"), "Nigerian army")]),
    ]
    rel = span(text, "Boko Haram has fought the Nigerian army")
    doc.relations = [Relation("a1", "a3", "fights", Evidence("relations", *rel, text[rel[0]:rel[1]]))]
    said = span(text, "a local official said")
    doc.sources = [Source(speaker="a local official", named=False, type="official",
                          quotes=[Quote(text[: said[0] - 2], 0, said[0] - 2, direct=False)])]
    return doc


def protest_document(article_id: str = "protest-1") -> Document:
    """A second article: a protest in another country, no actors resolved."""
    text = "Police fired tear gas at hundreds of students protesting fuel prices in Nairobi on Friday."
    doc = Document(article=Article(id=article_id, text=text, published="2024-06-01"))
    event = Event(
        id="e1",
        event_type="Protests",
        sub_event_type="Protest with intervention",
        date=DateInfo(start="2024-05-31", end="2024-05-31", precision="day", text="Friday"),
        location=Location(name="Nairobi", admin1="Nairobi", country="Kenya", country_code="KE",
                          lat=-1.283, lon=36.817, precision="city", text="Nairobi"),
        notes={"fatalities": "no deaths reported"},
    )
    event.add_evidence("event", *span(text, "protesting"), text)
    doc.events = [event]
    return doc


def karachi_document() -> Document:
    """A claimed attack with full location and an event with nothing known (placeholder text)."""
    event = Event(
        id="e1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateInfo(start="2015-05-13", end="2015-05-13", precision="day"),
        location=Location(
            name="Karachi",
            admin1="Sindh",
            country="Pakistan",
            lat=24.86,
            lon=67.01,
            precision="city",
        ),
        fatalities=Count(low=45, best=45, high=45, approximate=False, text="killing 45"),
        actors=[
            EventActor(name="Ismaili community", role="target"),
            EventActor(
                name="Islamic State",
                acled_name="Islamic State (Pakistan)",
                role="perpetrator",
                attribution="claimed",
            ),
        ],
    )
    unknown = Event(id="e2", event_type="Battles", notes={"date": "no date in the text"})
    article = Article(id="a1", text="...", publisher="Kashmir Observer")
    return Document(article=article, events=[event, unknown])


def run_concurrently(fn: Callable[[], object], n: int = 4) -> list[Exception]:
    """Run ``fn`` in ``n`` threads at once; return what they raised (empty when all went well)."""
    errors: list[Exception] = []

    def guarded() -> None:
        try:
            fn()
        except Exception as exc:  # collected: the caller's assertion shows it
            errors.append(exc)

    threads = [threading.Thread(target=guarded) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors
