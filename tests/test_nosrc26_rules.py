"""Country without the publisher: coherence between a note's places (and its actors).

- Two places the text ties by distance ('X near Y', 'X, 20 km from Y') are read as readings that
  lie that close, not as the larger namesake of one abroad.
- A compass word before a settlement noun ("the northern city of Mali") keeps the namesakes that lie
  on that side of their country.
- A lower-case Arabic article written apart after a locative word opens the place's name ('in al
  Mukalla', 'near el Geneina'), though spaCy tags the pair a person.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.near_pairs import tie_km
from eventcoder.pipeline import default_pipeline
from tests.geo_docs import place_countries

DAY = "2021-06-10"


def _country(text: str) -> str | None:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=DAY)))
    return event.location.country if event else None


@pytest.mark.parametrize(("between", "km"), [
    (" near ", 100.0), (", 10kms east of ", 100.0), (", 1km from ", 100.0),
    (" township near ", 100.0), (", a village 80 km north-west of ", 120.0),
    (", some 12 miles from the town of ", 100.0), (", about 400 km southwest of ", 600.0),
])
def test_tie_words(between: str, km: float) -> None:
    assert tie_km(between) == pytest.approx(km, rel=0.01)


@pytest.mark.parametrize("between", [" and ", ", ", " to ", " in ", " between ", " and near "])
def test_no_tie_words(between: str) -> None:
    assert tie_km(between) is None


@pytest.mark.parametrize(("text", "name", "cc"), [
    # Berlin of the Eastern Cape (now Ntabozuko), not Germany's capital
    ("Taxi drivers blockaded the main road in Stutterheim near Berlin.", "Berlin", "ZA"),
    ("Residents of Mdantsane, about 20 km from Berlin, blocked the road with burning tyres.",
     "Berlin", "ZA"),
])
def test_tied_places_lie_together(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


@pytest.mark.parametrize(("text", "name", "cc"), [
    # not tied: a list keeps each name's own best reading
    ("Students marched in Mdantsane and Berlin.", "Berlin", "DE"),
    # tied, but no reading of the first lies near any Berlin: nothing changes
    ("Police arrested five men in Lagos near Berlin.", "Berlin", "DE"),
    ("Police arrested five men in Lagos near Berlin.", "Lagos", "NG"),
    # already one country: left to the containment rules
    ("Youths clashed with soldiers in Rubkona, 70 km north of Leer.", "Leer", "SS"),
])
def test_untied_or_unmatched_places_unchanged(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


def test_event_country_follows_tied_pair() -> None:
    assert _country("Taxi drivers blockaded the main road in Stutterheim near Berlin on "
                    "Monday, demanding better roads.") == "South Africa"


@pytest.mark.parametrize(("text", "cc"), [
    ("Gunmen killed a policeman in al Mukalla on Sunday.", "YE"),
    ("Clashes erupted in al Hudaydah after the port was shelled.", "YE"),
    ("Protesters gathered near el Geneina to demand protection.", "SD"),
    ("A roadside bomb struck an army truck outside al Arish on Friday.", "EG"),
])
def test_lower_case_article_opens_place(text: str, cc: str) -> None:
    assert cc in place_countries(text).values()


@pytest.mark.parametrize(("text", "absent"), [
    ("An airstrike hit a school in an Israeli raid.", "an Israeli"),
    ("Two reporters from al Jazeera were arrested in Cairo.", "al Jazeera"),
    ("Three soldiers were killed in al Shabaab attacks near Afgoye.", "al Shabaab"),
])
def test_article_before_non_place(text: str, absent: str) -> None:
    assert absent not in place_countries(text)


def test_article_place_gives_event_country() -> None:
    assert _country("Gunmen shot dead two policemen at a checkpoint in al Arish on "
                    "Sunday.") == "Egypt"


@pytest.mark.parametrize(("text", "name", "cc"), [
    # Guinea's Mali lies in the north of Guinea; China's larger Mali in the south of China
    ("Hundreds rioted in the northern city of Mali after a driver was beaten by soldiers.",
     "Mali", "GN"),
    ("Protesters blocked roads in the southern town of Mali on Sunday.", "Mali", "CN"),
    # Tripoli in Libya's west, not Lebanon's; both Tripolis lie north, so 'northern' keeps the larger
    ("Militants shelled the western city of Tripoli overnight.", "Tripoli", "LY"),
    ("Militants shelled the northern city of Tripoli overnight.", "Tripoli", "LY"),
    # a compass word that fits the only reading, or none, changes nothing
    ("Gunmen attacked a market in the eastern city of Goma.", "Goma", "CD"),
    ("Police fired tear gas in the southern city of Kano.", "Kano", "NG"),
])
def test_compass_word_picks_the_namesake(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc
