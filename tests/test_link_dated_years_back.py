"""An incident dated with its year in words two or more years before publication is background
("On 17 June 1980, soldiers massacred ..." in a 1990 report); the publication's year is news, and a
record's numeric header dates its own incident however late it is published (sentences written
for several countries and decades, upper- and mixed-case)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _events(text: str, published: str) -> list:
    return default_pipeline()(Article(id="t", text=text, published=published)).events


@pytest.mark.parametrize(("text", "published", "year"), [
    # Colombia, wire copy in capitals: a relative clause dates the group's old deed
    ("THE M-19, WHICH KIDNAPPED 14 DIPLOMATS IN AN ATTACK ON AN EMBASSY IN BOGOTA IN FEBRUARY "
     "1980, HAS HELD PEACE TALKS WITH THE GOVERNMENT SINCE DECEMBER.", "1989-07-02", 1980),
    # Peru: "the anniversary of <date>, when ..."
    ("Security forces were on alert in Ayacucho today ahead of the anniversary of 17 May 1980, "
     "when the Shining Path burned ballot boxes in Chuschi.", "1990-05-16", 1980),
    # Nigeria, modern
    ("Parents in Chibok marked the anniversary of 14 April 2014, when Boko Haram fighters "
     "abducted 276 schoolgirls from their dormitory.", "2019-04-14", 2014),
    # the Philippines
    ("The Abu Sayyaf, which beheaded a tourist on Basilan island in June 2001, remains active "
     "in Sulu, officials said on Monday.", "2005-03-07", 2001),
])
def test_incident_dated_years_back_is_background(text: str, published: str, year: int) -> None:
    old = [e for e in _events(text, published) if (e.date.start or "").startswith(str(year))]
    assert old and all(e.historical for e in old), [(e.date, e.historical) for e in old]


@pytest.mark.parametrize(("text", "published"), [
    # Kenya: a year written on the publication's own year
    ("On 28 December 2016, gunmen killed five people in Mandera county. Police said the "
     "attackers fled towards the border.", "2016-12-30"),
    # Peru, a database record with a numeric header published years later
    ("05/22/1992: Unknown perpetrators detonated a car bomb outside a bank in Lima, Peru. Three "
     "people were killed.", "1995-01-01"),
])
def test_recent_or_header_dated_incident_is_news(text: str, published: str) -> None:
    events = _events(text, published)
    assert any(not e.historical for e in events), [(e.date, e.historical) for e in events]
