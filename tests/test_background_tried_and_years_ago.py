"""Background inside a sentence of news: a crime a verdict is for, dated by a closed era or an
earlier year ("sentenced ... for his part in the killing of 60 civilians during the 1992-95
war"), and a deed dated "a year ago" or "two decades ago" through the clause that times it ("to
remember the people killed when gunmen stormed the campus a year ago") are historical; a verdict
over last month's killing, and news told "a year after" an older raid, stay news (sentences
written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def violent_news(text: str, published: str) -> list[str]:
    """Triggers of the non-historical violent events the pipeline finds."""
    document = default_pipeline()(Article(id="t", text=text, published=published))
    return [e.trigger or "" for e in document.events if not e.historical
            and e.event_type in {"Violence against civilians", "Explosions/Remote violence",
                                 "Battles"}]


@pytest.mark.parametrize(("text", "published"), [
    # Bosnia: a closed era dates the crime the verdict is for
    ("SARAJEVO - A court on Thursday sentenced a former police commander to 15 years in prison "
     "for his part in the killing of 40 civilians near Foca during the 1992-95 war.",
     "2017-06-16"),
    # Rwanda: an earlier year in the verdict's sentence
    ("ARUSHA - The tribunal on Thursday convicted a former mayor for the massacre of refugees "
     "at a church in Kibuye in April 1994.", "2001-02-23"),
    # Guatemala, wire capitals: "found guilty of"
    ("GUATEMALA CITY, 9 MAY 13 -- A COURT YESTERDAY FOUND A RETIRED GENERAL GUILTY OF THE "
     "MASSACRE OF VILLAGERS IN THE IXIL REGION IN 1982.", "2013-05-09"),
    # Kenya: an anniversary, "a year ago" through the when-clause
    ("GARISSA - Students gathered at the college on Saturday to remember the 60 people killed "
     "when gunmen stormed the campus a year ago. Relatives read out the names of the dead.",
     "2016-04-03"),
    # Afghanistan: the trigger noun's verb is dated "a year ago"
    ("KANDAHAR - Relatives gathered on Friday to mourn the 30 villagers killed when a suicide "
     "bomber struck a wedding party in Arghandab a year ago.", "2016-07-16"),
    # Lebanon: "two decades ago"
    ("BEIRUT - Hundreds marched on Sunday to honour the 25 people who died when a car bomb "
     "exploded in the Bir Abed market two decades ago.", "2005-03-07"),
])
def test_background_in_a_news_sentence_is_historical(text: str, published: str) -> None:
    assert not violent_news(text, published)


@pytest.mark.parametrize(("text", "published"), [
    # Peru: a verdict over last month's killing tells a recent incident
    ("LIMA - A court on Thursday jailed two soldiers for the killing of a farmer near Huanta on "
     "3 May.", "2016-06-03"),
    # Nigeria: news told a year after an older raid
    ("JOS - Gunmen killed five people in Barkin Ladi on Thursday, a year after a similar raid "
     "left 40 dead.", "2016-04-01"),
    # Somalia: a bombing this week, its perpetrators tried elsewhere years ago
    ("MOGADISHU - A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing six "
     "people, police said.", "2016-04-01"),
])
def test_news_stays_news(text: str, published: str) -> None:
    assert violent_news(text, published)
