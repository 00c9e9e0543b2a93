"""Deaths in a disaster, an epidemic or a mishap are no event, even in a short dated note.

The rules read "an earthquake killed nine" as no incident; the typer, which gives a short dated
note with no trigger an event of its own, must not overrule that reading. A disaster beside an
attack leaves the attack alone. Sentences written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

NO_EVENT: list[tuple[str, str]] = [
    ("On 12 June 2021, an earthquake killed 9 people in Mamuju, West Sulawesi.", "2021-06-14"),
    ("On 3 July 2022, lightning killed 11 farmers in Prayagraj, Uttar Pradesh.", "2022-07-04"),
    ("On 8 August 2019, cholera killed 40 people in Maiduguri, Borno state.", "2019-08-10"),
    ("On 5 May 2023, a landslide triggered by heavy rains killed 20 people near Rangamati, "
     "Bangladesh.", "2023-05-06"),
    ("On 14 October 2020, a bus plunged into a gorge in Dhading district, Nepal, killing 14 "
     "passengers.", "2020-10-15"),
    ("On 2 February 2024, a four-storey building collapsed in Ikoyi, Lagos, killing seven "
     "workers.", "2024-02-03"),
    ("On 21 September 2018, a typhoon killed 30 people in Cagayan province, Philippines.",
     "2018-09-22"),
]

STAYS: list[tuple[str, str]] = [
    ("On 12 June 2021, gunmen killed 20 villagers in Anka, Zamfara. Separately, floods killed "
     "30 people in Kano.", "2021-06-14"),
    ("On 9 March 2022, rebels shelled Beni, North Kivu; a house collapsed, killing a family of "
     "five.", "2022-03-10"),
]


def _events(pipeline: Pipeline, text: str, published: str) -> list:
    return pipeline(Article(id="t", text=text, published=published)).events


@pytest.mark.parametrize(("text", "published"), NO_EVENT)
def test_disaster_deaths_are_no_event(pipeline: Pipeline, text: str, published: str) -> None:
    """Neither the rules nor the typer make an event of a disaster's or a mishap's dead."""
    assert _events(pipeline, text, published) == [], text


@pytest.mark.parametrize(("text", "published"), STAYS)
def test_attack_beside_a_disaster_stays(pipeline: Pipeline, text: str, published: str) -> None:
    """The violence told beside the mishap is still an event."""
    events = _events(pipeline, text, published)
    assert events and events[0].event_type in {
        "Violence against civilians", "Explosions/Remote violence", "Battles"}, text
