"""The link stage: background incidents are historical; the news is not."""

from __future__ import annotations

from eventcoder.document import Article


def test_earlier_year_is_historical(pipeline):
    text = (
        "Gunmen shot dead three traders in Maiduguri on Tuesday, police said. "
        "In 2014, a bomb blast at the same market killed 20 people."
    )
    doc = pipeline(Article(id="h1", text=text, published="2019-03-14"))
    by_type = {e.event_type: e for e in doc.events}
    assert not by_type["Violence against civilians"].historical
    assert by_type["Explosions/Remote violence"].historical


def test_background_phrasing_is_historical_without_a_publication_date(pipeline):
    text = (
        "Gunmen attacked a church in Lahore last week, killing seven worshippers. "
        "The group was behind some of the worst attacks on Christians in the country, including "
        "three bombings in Peshawar that together killed 80 people."
    )
    doc = pipeline(Article(id="h2", text=text, published=None))
    assert len(doc.events) == 2
    attack, bombings = doc.events
    assert not attack.historical
    assert bombings.historical and bombings.count == 3


def test_historical_events_rank_below_the_news(pipeline):
    text = (
        "Protesters marched through Harare on Wednesday. "
        "In 2008, soldiers killed dozens of protesters in the same square."
    )
    doc = pipeline(Article(id="h3", text=text, published="2019-01-17"))
    news = [e for e in doc.events if not e.historical]
    old = [e for e in doc.events if e.historical]
    assert news and old
    assert max(e.confidence for e in old) < max(e.confidence for e in news)


def test_news_article_with_background_and_a_separate_incident(pipeline):
    text = (
        "Suspected jihadists killed at least 14 people when they attacked a church in eastern "
        "Burkina Faso during Sunday mass, security sources said on Monday.\n\n"
        "Militants have carried out hundreds of attacks in the country since 2015, killing "
        "thousands.\n\n"
        "In a separate incident on Saturday, a roadside bomb killed four soldiers near Djibo.\n\n"
        "Last year, more than 60 people were killed in an attack on a mine convoy in the region."
    )
    doc = pipeline(Article(id="h4", text=text, published="2019-12-02"))
    church, bomb, convoy = doc.events
    assert church.event_type == "Violence against civilians" and not church.historical
    assert church._sentences == [0]  # the record of "hundreds of attacks" is not this incident
    assert bomb.event_type == "Explosions/Remote violence" and not bomb.historical
    assert convoy.historical  # "last year" before a 2019 publication
    assert convoy.event_type != "Explosions/Remote violence"  # a mine convoy is not a landmine
