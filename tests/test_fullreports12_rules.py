"""Rules from the full reports 12 / summaries 12 round (#14), each on sentences written for several
countries: a 'when' clause after a 'since' date ("the first attack since March 2016, when gunmen
killed 19 people") tells a deed of that date, background to the news; a sentence that opens on
the last deed's time ("On the same day, a gunman killed 38 people in Tunisia") tells another
deed; and a likening ("The attack was similar to those in Nice, in which 86 people were killed")
names other deeds, whose tolls and places are not the news's.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _document(text: str, published: str):
    return default_pipeline()(Article(id="t", text=text, published=published))


def _primary(text: str, published: str):
    return primary_event(_document(text, published))


@pytest.mark.parametrize(("text", "published", "year"), [
    ("Gunmen attacked a police post in Kafolo on Thursday, killing six officers, the army said. "
     "It is the first such attack in the country since March 2016, when gunmen killed 19 people at "
     "a beach resort east of the capital.", "2020-06-12", 2016),
    ("A car bomb killed nine people outside a market in Kirkuk on Monday, police said. The blast "
     "was the deadliest in the city since October 2011, when suicide bombers struck a police "
     "headquarters, killing 23 people.", "2019-05-21", 2011),
    ("Rebels ambushed an army convoy near Gao on Sunday, killing four soldiers. It was the worst "
     "loss for the army in the region since January 2013, when militants overran a base and "
     "killed 30 soldiers.", "2017-02-13", 2013),
])
def test_since_when_clause_dates_its_own_deed(text: str, published: str, year: int) -> None:
    """The deed of the 'when' clause takes the 'since' date and is background; the news keeps its day."""
    document = _document(text, published)
    older = [e for e in document.events if e.date and e.date.start
             and e.date.start.startswith(str(year))]
    assert older and all(e.historical for e in older)
    primary = primary_event(document)
    assert primary is not None and primary.date.start[:4] == published[:4]


@pytest.mark.parametrize(("text", "published", "toll"), [
    ("A suicide bomber blew himself up inside a mosque in Kuwait City on Friday, killing 27 "
     "people, the interior ministry said. On the same day, a gunman killed 38 people at a beach "
     "resort in Tunisia.", "2015-06-27", 27),
    ("Gunmen shot dead three customs officers near Bouake on Tuesday, police said. On the same "
     "day, a bomb killed 14 people at a bus station in Gao in Mali.", "2021-03-03", 3),
    ("Militants stormed a village in Tillaberi on Saturday, killing 11 farmers. That same night, "
     "gunmen killed 25 worshippers at a mosque in Mali's Menaka region.", "2022-09-05", 11),
])
def test_a_deed_on_the_same_day_is_another(text: str, published: str, toll: int) -> None:
    """'On the same day, a gunman killed 38 people': another deed; the lead keeps its own toll."""
    primary = _primary(text, published)
    assert primary is not None and primary.fatalities is not None
    assert primary.fatalities.best == toll


@pytest.mark.parametrize(("text", "published", "toll", "country", "other"), [
    ("A man drove a truck into shoppers in central Stockholm on Friday, killing four people, "
     "police said. The attack was similar to those in Nice last July, in which 86 people were "
     "killed, and in Berlin in December.", "2017-04-09", 4, "Sweden", 86),
    ("A man rammed a van into pedestrians in Toronto on Monday, killing ten people, police said. "
     "The attack was similar to one in Barcelona last August, in which 13 people were killed.",
     "2018-04-24", 10, "Canada", 13),
    ("A teenager attacked passengers with an axe on a train near Wurzburg on Monday, wounding five "
     "people, police said. The attack was similar to the one in Nice two weeks ago, in which 86 "
     "people were killed.", "2016-08-02", None, "Germany", 86),
])
def test_a_likened_deed_is_another(text: str, published: str, toll: int | None, country: str,
                                   other: int) -> None:
    """The deeds a comparison names are records of their own, their tolls out of the news's."""
    document = _document(text, published)
    primary = primary_event(document)
    assert primary is not None and primary.location.country == country
    assert (primary.fatalities.best if primary.fatalities else None) == toll
    assert any(e is not primary and e.fatalities and e.fatalities.best == other
               for e in document.events)
