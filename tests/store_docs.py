"""Hand-built documents for store, export and CLI tests (independent of extraction results)."""

from __future__ import annotations

from eventcoder.document import (
    Actor,
    Article,
    Count,
    DateInfo,
    Document,
    Event,
    EventActor,
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


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def market_document(article_id: str = "market-1", text: str = MARKET_TEXT) -> Document:
    """A one-event article with actors, a relation and a source, every offset exact."""
    doc = Document(article=Article(id=article_id, text=text, published="2024-05-08",
                                   title="Gunmen kill traders in Gwoza", url=f"https://example.org/{article_id}",
                                   publisher="Example News", source="Example News"))
    killed = _span(text, "killed")
    fourteen = _span(text, "killed 14 traders")
    tuesday = _span(text, "Tuesday")
    gwoza = _span(text, "Gwoza")
    bh = _span(text, "Boko Haram")
    iswap = _span(text, "ISWAP")
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
        targets=[Target("traders", "Business", *_span(text, "traders"))],
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
              mentions=[Mention(*_span(text, "Islamic State West Africa Province")), Mention(*iswap, "ISWAP")]),
        Actor(actor_id="a3", name="Military Forces of Nigeria", acled_name="Military Forces of Nigeria",
              kind="state forces", country="Nigeria",
              mentions=[Mention(*_span(text, "Nigerian army"), "Nigerian army")]),
    ]
    rel = _span(text, "Boko Haram has fought the Nigerian army")
    from eventcoder.document import Evidence

    doc.relations = [Relation("a1", "a3", "fights", Evidence("relations", *rel, text[rel[0]:rel[1]]))]
    said = _span(text, "a local official said")
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
    event.add_evidence("event", *_span(text, "protesting"), text)
    doc.events = [event]
    return doc
