"""A crowd's own violent deed makes its incident a riot; gunmen killing off-duty forces an attack.

"An angry crowd beat to death an alleged robber" is read as a crowd's incident (a demonstration's
family), but a crowd that beats, stones or fights is no peaceful protest: ACLED's mob violence.
A soldier or police officer attacked off duty is a civilian target (ACLED Codebook, "Civilians"):
Violence against civilians, however the hyphen of "off-duty" is tokenised. Sentences written for
Kenya, Nigeria, Malawi, Burundi, Cote d'Ivoire, Cameroon, Pakistan, Uganda, Mexico and Colombia.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The default pipeline."""
    from eventcoder.pipeline import default_pipeline

    return default_pipeline()


def _typed(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipe(Article(id="c", text=text, published="2023-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text", [
    "An angry crowd beat to death an alleged robber in the Mathare slum of Nairobi on 3 March 2023.",
    "A crowd stoned to death a suspected motorcycle thief in Gitega on 19 August 2019.",
    "Residents of a village near Nkhata Bay beat to death a man they accused of witchcraft on 8 "
    "May 2021.",
    "Youths from two rival neighbourhoods fought with machetes and clubs in Daloa on 12 October "
    "2020, leaving three injured.",
])
def test_a_crowds_violent_deed_is_mob_violence(pipe: Pipeline, text: str) -> None:
    """A crowd beating, stoning or fighting with no demonstration named: Riots, mob violence."""
    assert _typed(pipe, text) == ("Riots", "Mob violence"), text


@pytest.mark.parametrize("text, typed", [
    ("Hundreds of traders marched to the governor's office in Sokoto on 4 April 2022 to protest "
     "new market levies.", ("Protests", "Peaceful protest")),
    ("Demonstrators protesting the beating of a student by soldiers marched peacefully in Bukavu "
     "on 8 March 2021.", ("Protests", "Peaceful protest")),
    ("Police beat protesters with batons in Bulawayo on 16 August 2019, injuring twelve.",
     ("Protests", "Excessive force against protesters")),
])
def test_protests_stay_protests(pipe: Pipeline, text: str, typed: tuple[str, str]) -> None:
    """A march, a grievance about a beating, or police beating protesters: no crowd's deed."""
    assert _typed(pipe, text) == typed, text


@pytest.mark.parametrize("text", [
    "Unknown gunmen killed two off-duty policemen at a bar in Kumba on 14 January 2021.",
    "Suspected militants shot dead an off-duty police officer in Mardan on 30 September 2020 as "
    "he walked to a mosque.",
    "Gunmen killed an off-duty army sergeant on his farm near Fort Portal on 2 February 2023.",
    "Armed men shot dead an off-duty soldier outside a shop in Culiacan on 7 July 2021.",
    "Hitmen on a motorcycle killed an off duty police officer in Cali on 11 May 2022.",
])
def test_off_duty_forces_killed_by_gunmen_are_civilian_targets(pipe: Pipeline, text: str) -> None:
    """Gunmen killing a soldier or police officer off duty: Violence against civilians, attack."""
    assert _typed(pipe, text) == ("Violence against civilians", "Attack"), text


def test_soldiers_on_duty_attacked_stay_a_battle(pipe: Pipeline) -> None:
    """Gunmen attacking a patrol on duty: an armed clash."""
    text = "Gunmen ambushed an army patrol near Tillaberi on 2 March 2021, killing four soldiers."
    assert _typed(pipe, text)[0] == "Battles", text
