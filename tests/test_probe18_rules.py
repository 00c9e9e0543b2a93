"""Rules written after probe 18 (battles, remote violence and violence against civilians in wire
copy worldwide), each tested on sentences written for several countries: a capitalised hedge
opening a sentence ("Suspected ELN guerrillas") still hedges the doer; a civilian "seized" or
"grabbed" is abducted; an incident "two days after" another deed dated Friday is Sunday's, and
one counted from an undated deed takes no announcement day; foreign civilians of a bombing or a
strike are labelled by nationality; "Israeli positions", "a Turkish base" name the state's army;
people a weapon "struck" are its victims, not strikers; strikes an exercise "simulates" are none."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


def read(pipeline: Pipeline, text: str, published: str = "2024-07-22") -> Event | None:
    """The primary event of one hand-written item (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    return primary_event(document)


def names(event: Event | None) -> set[str]:
    """Every name and ACLED label of the event's actors."""
    return {n for a in (event.actors if event else []) for n in (a.name, a.acled_name) if n}


# --- a hedge opening the sentence: spaCy tags "Suspected" a proper-noun compound there
HEDGED = [
    ("Suspected ELN guerrillas kidnapped a local councillor on a rural road in Saravena, Arauca, "
     "on Monday evening, the mayor's office said.", "ELN"),
    ("Alleged members of the Mungiki sect hacked two men to death in Nyeri on Sunday, police "
     "said.", "Mungiki"),
    ("Presumed jihadists killed four herders near Gao on Friday.", "Unidentified Armed Group"),
]


@pytest.mark.parametrize(("text", "doer"), HEDGED)
def test_opening_hedge_is_suspicion(pipeline: Pipeline, text: str, doer: str) -> None:
    event = read(pipeline, text)
    perpetrators = [a for a in event.actors if a.role == "perpetrator"
                    and doer in (a.acled_name or a.name or "")]
    assert perpetrators and perpetrators[0].attribution == "suspected"


def test_unhedged_doer_stays_stated(pipeline: Pipeline) -> None:
    event = read(pipeline, "ELN guerrillas kidnapped a local councillor on a rural road in "
                           "Saravena, Arauca, on Monday evening, the mayor's office said.")
    doer = next(a for a in event.actors if a.role == "perpetrator")
    assert doer.attribution in {"stated", "confirmed"}


# --- a person seized or grabbed is abducted; a town or a haul seized is not
SEIZED = [
    "Armed men seized a Canadian aid worker and her Haitian driver on the road to Kenscoff on "
    "Tuesday, the aid group said on Thursday, adding that a ransom had been demanded.",
    "A Catholic priest was grabbed by gunmen outside his parish in Enugu state on Sunday, police "
    "said.",
    "Militiamen seized three aid workers at a checkpoint near Bunia on Monday, the UN said.",
]


@pytest.mark.parametrize("text", SEIZED)
def test_seized_civilian_is_abduction(pipeline: Pipeline, text: str) -> None:
    event = read(pipeline, text)
    assert event is not None and event.sub_event_type == "Abduction/forced disappearance"
    assert any(a.role == "perpetrator" for a in event.actors)


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kiwanja on Tuesday after heavy fighting.",
    "Police seized 20 rifles in a raid in Kisumu on Tuesday.",
])
def test_seized_place_or_haul_is_no_abduction(pipeline: Pipeline, text: str) -> None:
    event = read(pipeline, text)
    assert event is not None and event.sub_event_type != "Abduction/forced disappearance"


# --- "N days after" another dated deed
def test_days_after_a_dated_deed(pipeline: Pipeline) -> None:
    event = read(pipeline, "Two days after gunmen killed a priest in southern Kaduna on Friday, "
                           "armed men abducted 15 worshippers from a church in the village of "
                           "Kauru, police said on Monday.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert (event.date.start, event.date.precision) == ("2024-07-21", "day")


def test_days_after_counts_back_a_week_when_past_publication(pipeline: Pipeline) -> None:
    # Sunday is the day before this Monday paper; three days after it would be tomorrow
    event = read(pipeline, "Three days after the army retook Bambari on Sunday, rebels attacked "
                           "a checkpoint outside the town, killing two soldiers, officials said.")
    assert event.event_type == "Battles" and event.date.start == "2024-07-17"


def test_days_before_a_dated_deed(pipeline: Pipeline) -> None:
    event = read(pipeline, "Gunmen shot dead a village chief near Mopti a week before the army "
                           "launched an offensive in the area on Friday, residents said.")
    assert event.date.start == "2024-07-12"


def test_days_after_an_undated_deed_takes_no_announcement_day(pipeline: Pipeline) -> None:
    event = read(pipeline, "Two days after the election, gunmen shot dead an opposition "
                           "councillor in Nairobi, police said on Monday.")
    assert event.date.precision != "day"


def test_day_stated_beside_a_lapse_keeps_the_day(pipeline: Pipeline) -> None:
    # the lapse measures the election from the arrests; it moves no day of theirs
    event = read(pipeline, "Police in Harare detained three activists at a rally on Saturday, two "
                           "weeks before the by-election, lawyers said.")
    assert event.date.start == "2024-07-20"


def test_hours_after_keeps_the_day(pipeline: Pipeline) -> None:
    event = read(pipeline, "Hours after a bomb exploded at a bus station in Kano on Friday, "
                           "gunmen shot dead two traders, police said.")
    assert event.date.start == "2024-07-19"


# --- foreign civilians of a bombing or a strike
FOREIGN = [
    ("A bomb hidden in a parked car exploded as a convoy carrying Chinese engineers passed near "
     "Besham in Khyber Pakhtunkhwa on Tuesday, killing five Chinese nationals and their Pakistani "
     "driver, police said.", "Civilians (China)"),
    ("A roadside bomb killed two Turkish construction workers near Kirkuk on Monday, police "
     "said.", "Civilians (Turkey)"),
    ("A drone strike hit a hotel in Kramatorsk on Saturday, wounding two British volunteers and "
     "a local woman, officials said.", "Civilians (United Kingdom)"),
]


@pytest.mark.parametrize(("text", "label"), FOREIGN)
def test_foreign_victims_of_remote_violence(pipeline: Pipeline, text: str, label: str) -> None:
    event = read(pipeline, text)
    assert event.event_type == "Explosions/Remote violence" and label in names(event)


# --- a nationality on a front-line site names that state's army
SITES = [
    ("Hezbollah fired a barrage of rockets at Israeli positions near Metula on Tuesday.",
     "Military Forces of Israel"),
    ("PKK militants attacked a Turkish base in Duhok province on Friday.",
     "Military Forces of Turkey"),
    ("Ukrainian drones struck Russian positions near Bakhmut on Sunday, the General Staff said.",
     "Military Forces of Russia"),
]


@pytest.mark.parametrize(("text", "label"), SITES)
def test_national_site_is_the_army(pipeline: Pipeline, text: str, label: str) -> None:
    assert any(n.startswith(label) for n in names(read(pipeline, text)))


# --- a weapon that struck people: its victims are civilians, not strikers
STRUCK = [
    ("A roadside bomb struck a minibus carrying employees of a mining company in Kabul on "
     "Thursday morning, killing four.", "Civilians (Afghanistan)"),
    ("A missile struck a bus carrying workers home from a factory in Kharkiv on Friday.",
     "Civilians (Ukraine)"),
]


@pytest.mark.parametrize(("text", "label"), STRUCK)
def test_people_a_weapon_struck_are_civilians(pipeline: Pipeline, text: str, label: str) -> None:
    got = names(read(pipeline, text))
    assert label in got and not any(n.startswith("Protesters") for n in got)


def test_workers_on_strike_still_protest(pipeline: Pipeline) -> None:
    event = read(pipeline, "Teachers went on strike in Nairobi on Monday over unpaid salaries.")
    assert event is not None and event.event_type == "Protests"


# --- an exercise that simulates strikes strikes nothing
def test_simulated_strikes_are_no_event(pipeline: Pipeline) -> None:
    event = read(pipeline, "Chinese warships and aircraft staged live-fire drills around Taiwan "
                           "on Monday, simulating strikes on key targets, the Eastern Theater "
                           "Command said.", "2024-10-14")
    assert event is None


def test_practised_attacks_are_no_remote_violence(pipeline: Pipeline) -> None:
    event = read(pipeline, "Russian bombers practised missile attacks on naval targets in the "
                           "Baltic Sea on Tuesday, the defence ministry said.")
    assert event is None or event.event_type != "Explosions/Remote violence"


# --- a belt or vest of explosives is worn to die with it
BELTS = [
    "Two explosions tore through a crowd marking a commemoration in Kerman on Wednesday, killing "
    "at least 84 people. The Islamic State group said two of its members had detonated explosive "
    "belts.",
    "A man wearing an explosive vest blew up a checkpoint outside Bosaso on Friday, killing "
    "three guards, police said.",
]


@pytest.mark.parametrize("text", BELTS)
def test_explosive_belt_is_suicide_bomb(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text).sub_event_type == "Suicide bomb"


# --- "17 of the insurgents": a side's dead, to which the other side's are added
SIDES = [
    ("Nigerian troops fought off fighters who stormed a military base in Damboa, Borno state, on "
     "Sunday night, killing 17 of the insurgents, the army said. Two soldiers died in the "
     "fighting.", 19),
    ("Afghan forces killed 30 of the attackers after a six-hour battle in Ghazni on Monday, "
     "officials said. Five policemen were also killed.", 35),
    ("Gunmen killed 12 people at a bar in Soweto on Saturday. Four of the victims were women.",
     12),
]


@pytest.mark.parametrize(("text", "dead"), SIDES)
def test_partitive_toll_adds_other_side(pipeline: Pipeline, text: str, dead: int) -> None:
    assert read(pipeline, text).fatalities.best == dead


# --- the sites a force can lose it can take back
RETAKEN = [
    "The Sudanese army retook the presidential palace in Khartoum on Friday, driving out the "
    "Rapid Support Forces, the army spokesman said.",
    "Ukrainian troops retook the airport of Hostomel on Friday after a day of fighting, the "
    "General Staff said.",
    "Somali forces recaptured the port of Harardhere from al-Shabaab on Monday, officials said.",
]


@pytest.mark.parametrize("text", RETAKEN)
def test_retaken_site_is_regained_territory(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text).sub_event_type == "Government regains territory"


# --- 'the Stockholm suburb of Husby': the part lies in the city named first
SUBURBS = [
    ("A hand grenade was thrown at a residential building in the Stockholm suburb of Husby late "
     "on Friday, damaging the entrance but hurting no one, police said.", "Sweden"),
    ("Gunmen shot dead a shopkeeper in the Nairobi suburb of Kawangware on Sunday night.",
     "Kenya"),
    ("A grenade exploded in the Manila district of Tondo on Tuesday, wounding four people.",
     "Philippines"),
]


@pytest.mark.parametrize(("text", "country"), SUBURBS)
def test_suburb_of_named_city(pipeline: Pipeline, text: str, country: str) -> None:
    assert read(pipeline, text, "2019-10-13").location.country == country


# --- "dissidents of X", "remnants of X": the group's own men, blamed or doing the deed
MEN_OF = [
    ("Two soldiers were killed when their patrol stepped on a landmine in El Tarra on Sunday. The "
     "army blamed dissidents of the former FARC.", "FARC"),
    ("A bomb planted by remnants of the Islamic State exploded under a police vehicle in Tarmiyah "
     "on Saturday, killing two officers.", "Islamic State"),
]


@pytest.mark.parametrize(("text", "group"), MEN_OF)
def test_men_of_a_group_are_its_doers(pipeline: Pipeline, text: str, group: str) -> None:
    event = read(pipeline, text)
    assert any(a.role == "perpetrator" and group in (a.acled_name or a.name or "")
               for a in event.actors)


# --- the toll of a deed an earlier year dates, told beside this news, is that deed's
PAST_TOLLS = [
    "Rwandans gathered in Kigali on Sunday to mark the 30th anniversary of the 1994 genocide, in "
    "which about 800,000 people were killed in a hundred days.",
    "Survivors gathered in Srebrenica on Thursday to mark the anniversary of the 1995 massacre, in "
    "which more than 8,000 Muslim men and boys were killed.",
    "Hundreds marched in Nairobi on Friday to remember the victims of the 1998 embassy bombing, "
    "which killed 213 people.",
]


@pytest.mark.parametrize("text", PAST_TOLLS)
def test_toll_of_a_past_deed_is_not_counted(pipeline: Pipeline, text: str) -> None:
    event = read(pipeline, text)
    assert event is None or not (event.fatalities and event.fatalities.best)


def test_toll_of_this_deed_still_counted(pipeline: Pipeline) -> None:
    event = read(pipeline, "Gunmen on Friday attacked a village in Zamfara, where bandits killed "
                           "40 people in a raid.")
    assert event.fatalities.best == 40
