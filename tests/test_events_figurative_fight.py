"""'To fight crime', 'to combat the spread of the virus': a policy against an ill, no battle."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "On 4 April 2021, the health ministry in Lusaka announced new measures to fight the spread of "
    "cholera.",
    "Police in Nairobi launched a crackdown to fight crime in the city's eastern suburbs on "
    "3 June 2019.",
    "The new anti-graft agency in Accra vowed on 6 June 2021 to combat corruption in public "
    "offices.",
    "Authorities in Kabul set up checkpoints on 12 April 2020 to combat the coronavirus pandemic.",
])
def test_fighting_an_ill_is_no_battle(text: str) -> None:
    """The rules read no armed clash."""
    events = Pipeline(stages=["events"])(Article(id="f", text=text)).events
    assert all(e.event_type != "Battles" for e in events)


@pytest.mark.parametrize("text", [
    "On 9 May 2020, soldiers fought al Shabaab militants near Jowhar for three hours.",
    "On 1 June 2018, troops engaged in combat with ISWAP fighters near Monguno.",
    "Police fought a gang of drug traffickers in Rio de Janeiro's north zone on 2 March 2019.",
])
def test_fighting_an_armed_side_stays_a_battle(text: str) -> None:
    """A fight against people is still read."""
    events = Pipeline(stages=["events"])(Article(id="f", text=text)).events
    assert events and events[0].event_type == "Battles"
