"""Rules written after the eighteenth hold-out round (ACLED-style notes from Latin America, the
Caribbean, North America and Europe, 2021-2025), each tested on sentences for several countries:
a date that opens a note before ', a day after X, ...' is the day of the note's own incident; a
town bracketed with a unit of its own name lies in that unit ('Valencia (Valencia)'); the dead of
a flood or an earthquake are no incident's toll; 'no arrests were made' tells the police let a
protest be; a baton charge breaks up the demonstration it follows; a crowd that lynches is a mob
whatever the tagger makes of the place it is 'in'; a person 'taken away' to no place told is
abducted; a rally the victim was leaving is the setting of the attack; a death 'hours after X had
been found dead' is X's; a protest encampment and an occupation with a demand are
demonstrations; the deed a force comes 'to help' others do has not happened, while the force's
arrival is a deployment; an authority's act ('the decree followed a day of riots') comes after
the deeds it names; a school's kind words stay inside its name ('the Ayotzinapa rural teachers'
college'); a burning someone claims is property destruction, not a riot; 'state troopers' are
police; and 'six bodies were found after the fighting' counts six dead of one fight, not six
fights."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

DATE_BEFORE_LAPSE = [
    ("On 28 June 2023, a day after a police officer shot dead a teenager at a traffic stop, youths in "
     "Nanterre set cars on fire and threw stones at riot police.", "2023-06-28"),
    ("On 28 March 2022, a day after parliament approved a state of exception, soldiers detained "
     "1,000 suspected gang members in San Salvador.", "2022-03-28"),
    ("On 3 May 2024, two days after soldiers killed a local leader, hundreds of villagers blocked "
     "the highway near Tame (Arauca).", "2024-05-03"),
    ("On 12 May 2022, three days before the vote, supporters of the opposition marched through "
     "Tegucigalpa.", "2022-05-12"),
]


@pytest.mark.parametrize(("text", "day"), DATE_BEFORE_LAPSE)
def test_date_before_a_lapse_is_the_incidents(pipeline: Pipeline, text: str, day: str) -> None:
    """'On D, a day after X, Y happened': D is Y's day, neither lost nor moved a day on."""
    assert report(pipeline, text).date.start == day


def test_date_inside_a_lapse_still_counts_on(pipeline: Pipeline) -> None:
    """'Two days after gunmen killed a priest on Friday, ...' still dates the later deed Sunday."""
    event = report(pipeline, "Two days after gunmen killed a priest on Friday, 5 May 2023, armed "
                             "men abducted 15 worshippers in Kajuru.", "2023-05-08")
    assert event.date.start == "2023-05-07"


TOWN_IN_OWN_UNIT = [
    ("On 9 November 2024, about 130,000 people marched in Valencia (Valencia) to demand the "
     "resignation of the regional president.", "Spain"),
    ("On 9 November 2024, thousands of people marched in Valencia (Carabobo) to demand higher "
     "wages.", "Venezuela"),
    ("On 3 November 2024, hundreds of residents marched in Granada (Granada) against rising rents.",
     "Spain"),
]


@pytest.mark.parametrize(("text", "country"), TOWN_IN_OWN_UNIT)
def test_town_bracketed_with_its_own_unit(pipeline: Pipeline, text: str, country: str) -> None:
    """'Town (Unit)' with the unit of the town's own name: the town inside that unit."""
    assert report(pipeline, text).location.country == country


DISASTER_DEAD = [
    "On 9 November 2024, about 130,000 people marched in Valencia (Valencia) over the handling of "
    "the floods that killed more than 200 people in the province.",
    "On 2 March 2023, hundreds of residents of Antakya (Hatay) protested against the slow delivery "
    "of tents after the earthquake, which killed 50,000 people.",
    "On 5 May 2024, relatives of miners who died in a landslide blocked a road near Zaruma (El "
    "Oro) to demand compensation.",
]


@pytest.mark.parametrize("text", DISASTER_DEAD)
def test_disaster_dead_are_no_toll(pipeline: Pipeline, text: str) -> None:
    """The dead of a flood, an earthquake or a landslide are not the protest's fatalities."""
    assert report(pipeline, text).fatalities is None


def test_killing_toll_still_counts(pipeline: Pipeline) -> None:
    """A killing's own dead stay counted."""
    event = report(pipeline, "On 4 July 2023, gunmen killed four traders at a market in Bunia "
                             "(Ituri).")
    assert event.fatalities is not None and event.fatalities.best == 4


LEFT_ALONE = [
    "On 20 September 2023, several hundred parents rallied outside Province House in Halifax (Nova "
    "Scotia), facing a larger counter-demonstration. Police officers stood between the two groups "
    "and no arrests were made.",
    "On 4 May 2024, about 2,000 teachers marched through Tegucigalpa (Francisco Morazan) to demand "
    "a pay rise. Police escorted the march; no one was arrested.",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_no_arrests_is_a_peaceful_protest(pipeline: Pipeline, text: str) -> None:
    """'No arrests were made', 'no one was arrested': the police let the protest be."""
    assert report(pipeline, text).sub_event_type == "Peaceful protest"


def test_tear_gas_without_arrests_is_still_an_intervention(pipeline: Pipeline) -> None:
    """An act against the crowd outweighs the arrests that were not made."""
    event = report(pipeline, "On 4 May 2024, about 2,000 teachers marched through Tegucigalpa "
                             "(Francisco Morazan) to demand a pay rise. Police fired tear gas at "
                             "the marchers; no one was arrested.")
    assert event.sub_event_type == "Protest with intervention"


def test_baton_charge_joins_the_march(pipeline: Pipeline) -> None:
    """'riot police charged the crowd with batons' after a march: a protest with intervention."""
    event = report(pipeline, "On 9 November 2024, about 130,000 people marched in Valencia "
                             "(Valencia) to demand the resignation of the regional president. At "
                             "the end of the march, riot police charged the crowd with batons in "
                             "front of the city hall to clear the square.")
    assert event.sub_event_type == "Protest with intervention"


def test_charged_with_a_crime_is_no_dispersal(pipeline: Pipeline) -> None:
    """'charged two men with murder' is no baton charge."""
    event = report(pipeline, "On 2 February 2024, police in Athens (Attica) charged two men with "
                             "murder after a nightclub shooting.")
    assert event.event_type != "Protests"


LYNCHINGS = [
    "On 18 August 2023, residents of a rural community in Colomi (Cochabamba) caught two men they "
    "accused of stealing a motorcycle, beat them and doused them with petrol before setting them "
    "alight. One of the men died at the scene.",
    "On 18 August 2023, villagers in Colomi (Cochabamba) caught two suspected thieves, beat them "
    "and set them alight. One of the men died.",
    "On 2 May 2022, villagers in San Juan Cotzal (Quiche) caught a man accused of stealing cattle "
    "and beat him to death.",
]


@pytest.mark.parametrize("text", LYNCHINGS)
def test_lynching_crowd_is_a_mob(pipeline: Pipeline, text: str) -> None:
    """Villagers who beat and burn a suspect: mob violence, whatever the place they are 'in'."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


TAKEN_AWAY = [
    "On 18 November 2024, gang members forced a 17-year-old student off a bus in Tegucigalpa "
    "(Francisco Morazan) and took him away in a car. His family has not heard from him since.",
    "On 3 June 2023, armed men stopped a taxi near Zamora (Michoacan) and took the driver away. He "
    "has not been seen since.",
    "On 3 June 2023, men in uniform led two women away from a checkpoint near Kidal.",
]


@pytest.mark.parametrize("text", TAKEN_AWAY)
def test_taken_away_is_an_abduction(pipeline: Pipeline, text: str) -> None:
    """A person taken, driven or led away to no place told is abducted."""
    assert report(pipeline, text).sub_event_type == "Abduction/forced disappearance"


def test_taken_away_to_hospital_is_no_abduction(pipeline: Pipeline) -> None:
    """A destination told ('to a hospital') is no disappearance."""
    document = pipeline(Article(id="t", text="On 3 June 2023, paramedics took the wounded man "
                                             "away to a hospital in Zamora (Michoacan).",
                                published="2023-06-04"))
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in document.events)


RALLY_AS_SETTING = [
    "On 9 August 2023, a gunman shot dead presidential candidate Fernando Villavicencio as he left "
    "a campaign rally at a school in the north of Quito (Pichincha).",
    "On 14 May 2024, gunmen shot dead a mayoral candidate in Celaya (Guanajuato) as she left a "
    "campaign rally in the town centre.",
]


@pytest.mark.parametrize("text", RALLY_AS_SETTING)
def test_rally_the_victim_left_is_the_setting(pipeline: Pipeline, text: str) -> None:
    """'shot X as he left a rally': an attack on X, no protest."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


EARLIER_FOUND_DEAD = [
    "On 26 February 2024, gunmen shot dead a mayoral candidate outside a market in Maravatio "
    "(Michoacan), hours after another aspiring candidate of the town had been found dead.",
    "On 4 July 2023, armed men killed a trader in Bunia (Ituri), two days after a fisherman was "
    "found dead on the lake shore.",
]


@pytest.mark.parametrize("text", EARLIER_FOUND_DEAD)
def test_earlier_found_dead_is_not_the_toll(pipeline: Pipeline, text: str) -> None:
    """'hours after X had been found dead': X's death is the earlier deed's."""
    event = report(pipeline, text)
    assert event.fatalities is not None and event.fatalities.best == 1


CAMPS_AND_OCCUPATIONS = [
    ("On 29 April 2024, state troopers dismantled a pro-Palestinian encampment on the campus of "
     "the University of Texas in Austin (Texas), arresting 79 people.", "Protest with intervention"),
    ("On 3 May 2024, police cleared a protest camp outside the parliament in Amsterdam and "
     "detained 30 activists.", "Protest with intervention"),
    ("On 7 March 2024, about 1,500 landless families occupied a eucalyptus plantation in Teixeira "
     "de Freitas (Bahia), calling on the federal government to speed up land reform.",
     "Peaceful protest"),
    ("On 7 March 2024, students occupied the rectorate of the university in Santiago demanding free "
     "tuition.", "Peaceful protest"),
]


@pytest.mark.parametrize(("text", "sub_type"), CAMPS_AND_OCCUPATIONS)
def test_camps_and_occupations_are_protests(pipeline: Pipeline, text: str, sub_type: str) -> None:
    """A protest encampment, and an occupation told with its demand, are demonstrations."""
    assert report(pipeline, text).sub_event_type == sub_type


@pytest.mark.parametrize("text", [
    "On 7 March 2024, M23 rebels occupied the town of Rubaya (North Kivu), calling it liberated.",
    "On 7 March 2024, soldiers occupied the town hall in Kidal (Kidal) to press the governor to "
    "resign.",
    "On 6 January 2021, Hong Kong police arrested 53 figures of the pro-democracy camp in dawn "
    "raids.",
])
def test_forces_occupying_and_political_camps_are_no_protest(pipeline: Pipeline, text: str) -> None:
    """An armed or state occupier takes ground; a political 'camp' is a side, not a camp held."""
    assert report(pipeline, text).event_type != "Protests"


HELP_PURPOSE = [
    "On 25 June 2024, the first contingent of about 400 Kenyan police officers landed in "
    "Port-au-Prince (Ouest) to help the Haitian National Police fight the gangs.",
    "On 4 May 2023, 300 Rwandan troops arrived in Pemba (Cabo Delgado) to help Mozambican troops "
    "fight insurgents.",
]


@pytest.mark.parametrize("text", HELP_PURPOSE)
def test_arrival_to_help_fight_is_a_deployment(pipeline: Pipeline, text: str) -> None:
    """The fight a force comes to help with is not told as done; its arrival is a deployment."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments",
                                                       "Change to group/activity")


def test_helping_fight_off_is_done(pipeline: Pipeline) -> None:
    """'villagers helped soldiers fight off an attack' tells a fight that happened."""
    event = report(pipeline, "On 4 May 2023, villagers helped soldiers fight off an attack by "
                             "bandits in Maru (Zamfara), killing three of the bandits.")
    assert event.event_type == "Battles"


AUTHORITY_ACTS_AFTER = [
    "On 9 January 2024, President Daniel Noboa signed a decree in Quito (Pichincha) declaring an "
    "internal armed conflict. The decree followed a day of prison riots in Guayaquil.",
    "On 2 August 2024, the governor imposed a curfew in Kano (Kano). The curfew came after two "
    "nights of looting in the city.",
]


@pytest.mark.parametrize("text", AUTHORITY_ACTS_AFTER)
def test_act_that_follows_riots_is_not_the_riot(pipeline: Pipeline, text: str) -> None:
    """'The decree followed a day of riots': the riots are the earlier deed, not the note's."""
    assert report(pipeline, text).event_type != "Riots"


def test_school_named_after_a_village(pipeline: Pipeline) -> None:
    """'the Ayotzinapa rural teachers' college' names a school: the march was in Chilpancingo."""
    event = report(pipeline, "On 26 September 2024, parents of the 43 students of the Ayotzinapa "
                             "rural teachers' college walked through the streets of Chilpancingo "
                             "(Guerrero) to the state government palace. The march ended without "
                             "incident.")
    assert event.location.name == "Chilpancingo"


CLAIMED_BURNINGS = [
    "On 11 March 2024, a group of hooded men set fire to three logging trucks near Ercilla "
    "(Araucania). No one was injured. A banner left at the scene claimed the attack for a Mapuche "
    "resistance group.",
    "On 2 March 2023, masked men set fire to a bus depot in Lyon (Auvergne-Rhone-Alpes) overnight; "
    "an anarchist group later claimed responsibility online.",
]


@pytest.mark.parametrize("text", CLAIMED_BURNINGS)
def test_claimed_burning_is_property_destruction(pipeline: Pipeline, text: str) -> None:
    """A burning a group claims, no crowd and no one hurt: looting/property destruction."""
    assert report(pipeline, text).sub_event_type == "Looting/property destruction"


def test_burning_at_a_rally_stays_a_riot(pipeline: Pipeline) -> None:
    """Demonstrators who burn at a rally riot, whoever claims it."""
    event = report(pipeline, "On 2 March 2023, protesters set fire to a bus depot in Lyon "
                             "(Auvergne-Rhone-Alpes) during a rally; an anarchist group later "
                             "claimed responsibility online.")
    assert event.event_type == "Riots"


BODIES_AFTER_FIGHTING = [
    ("On 4 February 2025, gunmen of two cartels fought with assault rifles for several hours around "
     "Buenavista (Michoacan). Six bodies were found after the fighting.", 6),
    ("On 12 June 2023, herders and farmers clashed near Numan (Adamawa). Nine bodies were recovered "
     "after the clashes.", 9),
]


@pytest.mark.parametrize(("text", "dead"), BODIES_AFTER_FIGHTING)
def test_bodies_after_the_fighting_are_its_toll(pipeline: Pipeline, text: str, dead: int) -> None:
    """'Six bodies were found after the fighting': six dead of the one fight, not six fights."""
    document = pipeline(Article(id="t", text=text, published="2025-02-05"))
    assert len(document.events) == 1
    assert document.events[0].fatalities is not None and document.events[0].fatalities.best == dead
