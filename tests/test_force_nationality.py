"""A state's forces act abroad: their nationality word ('Turkish drones', 'Rwandan troops') says
who acted, not where, and must not move an event off the place the text names. Forces at home
('Nigerian troops in Borno') keep their own country, which the named place gives anyway."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.forces import FORCE_NOUN


@pytest.mark.parametrize(("text", "cc"), [
    ("On 3 June 2021, Turkish drones struck a village in Sidakan district of Erbil province, "
     "killing two PKK fighters.", "IQ"),
    ("On 22 September 2021, Russian and Turkish forces patrolled the countryside of Al-Hasakeh "
     "province together.", "SY"),
    ("On 12 August 2021, Rwandan troops clashed with insurgents near Mocimboa da Praia in Cabo "
     "Delgado province, killing 5.", "MZ"),
    ("On 5 March 2019, Ethiopian troops raided the village of Yeed in Bakool region, arresting "
     "10 men.", "SO"),
    ("On 9 February 2020, Russian jets bombed the town of Saraqib in Idlib province, killing 7 "
     "civilians.", "SY"),
    ("On 2 February 2018, Kenyan air strikes hit an al-Shabaab camp near Bardhere in Gedo region, "
     "killing 12 militants.", "SO"),
    # forces at home stay at home
    ("On 4 April 2021, Indian troops killed two militants in a gunfight in Shopian district of "
     "Kashmir.", "IN"),
    ("On 7 May 2020, Nigerian troops killed 20 Boko Haram fighters in Gwoza, Borno State.", "NG"),
    ("On 2 July 2019, Turkish police detained 12 protesters in Istanbul's Kadikoy district.", "TR"),
])
def test_force_nationality_does_not_move_the_named_place(pipeline, text: str, cc: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == cc


@pytest.mark.parametrize(("after", "force"), [
    (" forces carried out", True),
    (" and Turkish forces", True),
    (", Turkish and Iranian troops", True),
    ("-backed forces", True),
    ("-led coalition", True),
    (" military police brought", True),
    (" police detained", False),
    (" and Turkish officials", False),
    (" nationals marched", False),
])
def test_force_noun_covers_coordinated_adjectives(after: str, force: bool) -> None:
    assert bool(FORCE_NOUN.match(after)) is force


def test_forces_of_two_countries_without_a_known_place_give_no_country(pipeline) -> None:
    # Two foreign forces meet: neither nationality says where; unknown is null with a reason.
    text = ("On 2 May 2021, Russian military police stopped an American patrol from entering "
            "the village of Xqwerzab.")
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None
    assert event.location is None or event.location.country_code is None
    assert "forces act abroad" in event.notes.get("location", "")


@pytest.mark.parametrize(("text", "cc"), [
    ("On 2 May 2021, Kenyan troops killed two gunmen at a roadblock.", "KE"),
    ("On 6 June 2021, Russian jets bombed a market near the village of Xqwerzab.", "RU"),
])
def test_a_lone_force_still_gives_its_country_when_nothing_else_does(pipeline, text: str,
                                                                     cc: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == cc
