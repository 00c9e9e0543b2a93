"""Sub-event types on reports from regions neither the training notes nor the dev files cover.

Short reports written for East Asia (the Philippines, Myanmar, Thailand, China and Hong Kong),
Central Asia (Kyrgyzstan, Tajikistan, Kazakhstan), North America (the United States, Canada), the
Caribbean (Haiti, Jamaica) and the Pacific (Papua New Guinea, Solomon Islands), spanning the
sub-event types, each with the type and sub-event type the ACLED codebook gives it.
"A|B" accepts either value.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

PROBES: list[tuple[str, str, str]] = [
    # East Asia
    ("New People's Army rebels ambushed a Philippine Army patrol in Northern Samar on 3 February"
     ' 2022, sparking a firefight that left one soldier dead.',
     'Battles', 'Armed clash'),
    ('Police arrested three suspected Abu Sayyaf members during a raid on a rented house in '
     'Zamboanga City on 14 September 2021.',
     'Strategic developments', 'Arrests'),
    ('Soldiers and police defused a bomb left in a bag near a bus terminal in Cotabato City on 9 '
     'December 2021.',
     'Strategic developments', 'Disrupted weapons use'),
    ('Hundreds of people marched peacefully through Mandalay on 10 February 2021 to oppose the '
     'military coup, carrying portraits of their detained leader.',
     'Protests', 'Peaceful protest'),
    ('Soldiers opened fire on anti-coup demonstrators in Monywa on 27 March 2021, killing five of'
     ' them.',
     'Protests|Violence against civilians', 'Excessive force against protesters|Attack'),
    ('A landmine exploded under a passenger van on the road to Hpakant in Kachin state on 6 June '
     '2022, killing two passengers.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('The Arakan Army seized a Myanmar army outpost near Paletwa in Chin state on 15 November '
     '2023 after a two-day battle with government troops.',
     'Battles', 'Non-state actor overtakes territory'),
    ('A military jet bombed a village school in Sagaing region on 16 September 2022, killing '
     'seven children.',
     'Explosions/Remote violence', 'Air/drone strike'),
    ('Suspected insurgents detonated a roadside bomb as a ranger patrol passed in Narathiwat '
     'province on 19 October 2021, wounding four rangers.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Riot police used water cannon and tear gas to disperse protesters trying to march to the '
     'Grand Palace in Bangkok on 8 November 2020.',
     'Protests', 'Protest with intervention'),
    ('Protesters threw petrol bombs at police and set fire to barricades in Mong Kok, Hong Kong, '
     'on 2 October 2019.',
     'Riots', 'Violent demonstration'),
    ('Hong Kong police arrested 53 opposition activists in dawn raids on 6 January 2021 under the'
     ' national security law.',
     'Strategic developments', 'Arrests'),
    # a crowd's beating is mob violence (typer.codebook.mob_attack), not an attack on civilians
    ('Angry villagers beat two township officials who had come to oversee the demolition of '
     'their homes in Guangdong province on 12 May 2021.',
     'Riots', 'Mob violence'),
    # Central Asia
    ('Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Batken '
     'region on 28 April 2021.',
     'Battles', 'Armed clash'),
    # no demonstration is named, only unrest: either riot sub-event fits the codebook
    ("Crowds stormed the mayor's office in Almaty and set it on fire on 5 January 2022 during "
     'unrest over fuel prices.',
     'Riots', 'Violent demonstration|Mob violence'),
    # North America
    ('A man opened fire inside a supermarket in Buffalo, New York, on 14 May 2022, killing ten '
     'people.',
     'Violence against civilians', 'Attack'),
    ('Demonstrators rallied outside the state capitol in Austin, Texas, on 3 May 2022 in support'
     ' of abortion rights.',
     'Protests', 'Peaceful protest'),
    ('Truck drivers blocked the Ambassador Bridge in Windsor, Ontario, on 8 February 2022 to '
     'protest against vaccine mandates.',
     'Protests', 'Peaceful protest'),
    # Caribbean
    ('Armed gang members kidnapped five priests and two nuns in Croix-des-Bouquets, Haiti, on 11 '
     'April 2021.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('Members of the G9 gang coalition fought a rival gang for control of the Martissant '
     'neighbourhood of Port-au-Prince on 1 June 2021; several gunmen were killed.',
     'Battles', 'Armed clash'),
    ('Police in Kingston, Jamaica, shot dead a suspected gunman during a shootout in Tivoli '
     'Gardens on 2 March 2022.',
     'Battles', 'Armed clash'),
    # Pacific
    ('Tribal fighters from two clans attacked each other with guns and bush knives in Enga '
     'province, Papua New Guinea, on 20 July 2022; eight men were killed.',
     'Battles', 'Armed clash'),
    ('A mob burned down three houses belonging to a family accused of sorcery near Lae, Papua New'
     ' Guinea, on 4 April 2023.',
     'Riots', 'Mob violence'),
    ("Rioters looted and burned shops in Honiara's Chinatown on 25 November 2021 after a protest"
     ' outside parliament.',
     'Riots', 'Violent demonstration|Mob violence'),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events, typing and dates (the date-bound codebook conventions run with the dates)."""
    return Pipeline(stages=("events", "typing", "dates"))


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), PROBES)
def test_region_probe_sub_event_type(pipe: Pipeline, text: str, event_type: str,
                                     sub_event_type: str) -> None:
    """The main event gets the codebook's type and sub-event type."""
    events = pipe(Article(id="p", text=text, published="2023-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    assert event.event_type in event_type.split("|"), (text, event.event_type)
    assert event.sub_event_type in sub_event_type.split("|"), (text, event.sub_event_type)
