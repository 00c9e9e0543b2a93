"""Rules of the left21 round (leftovers of 0.19.0), each on sentences written for several
countries, with negatives: running tolls summing many deeds, responsibility borne in another's
words, a state's claim of its own forces' deed, region names against short foreign city names
in the world-wide near-spelling search, and fighting with no side named."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.fuzzy_world import world_fuzzy
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str) -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _deaths(text: str, published: str) -> int | None:
    fatalities = _primary(text, published).fatalities
    return None if fatalities is None else fatalities.best


@pytest.mark.parametrize(("text", "published", "deaths"), [
    ("Gunmen shot dead four herders near a well outside Menaka on Sunday, taking the toll from "
     "attacks in the district this month to 31, local officials said.", "2021-06-14", 4),
    ("A roadside bomb killed two rubber tappers in Pattani on Tuesday, bringing the number "
     "killed in bombings in the province this year to 19.", "2012-09-12", 2),
    ("Militiamen killed five villagers in Djugu territory on Friday, pushing the toll from raids "
     "since January past 200, a local rights group said.", "2020-03-08", 5),
    ("Cartel gunmen killed three men at a car wash in Celaya on Saturday, taking the death toll "
     "from shootings in the city over the past week to 14.", "2022-05-15", 3),
])
def test_running_toll_of_many_deeds_is_no_toll_of_this_one(text: str, published: str,
                                                           deaths: int) -> None:
    """A running total over several attacks or a stretch of time adds nothing to this deed."""
    assert _deaths(text, published) == deaths


@pytest.mark.parametrize(("text", "published", "deaths"), [
    # the toll of this one deed, updated: it is the count
    ("Two more wounded soldiers died in hospital on Friday, taking the toll from Tuesday's "
     "ambush near Diffa to seven.", "2020-07-04", 7),
    ("A car bomb exploded outside a police station in Kirkuk on Monday. Three of the wounded died "
     "overnight, bringing the death toll from the blast to 11.", "2016-10-04", 11),
    ("Rebels attacked an army post near Beni on Wednesday; the toll from the attack rose to nine "
     "on Thursday, the army said.", "2018-02-09", 9),
])
def test_running_toll_of_this_deed_is_kept(text: str, published: str, deaths: int) -> None:
    """The updated toll of the report's own deed stays its count."""
    assert _deaths(text, published) == deaths


def _actor(text: str, published: str, part: str) -> tuple[str, str] | None:
    """The role and attribution of the first actor of the primary event whose name holds part."""
    return next(((a.role, a.attribution) for a in _primary(text, published).actors
                 if part.lower() in a.name.lower()), None)


@pytest.mark.parametrize(("text", "published", "part"), [
    ("A car bomb killed nine people at a market in Mogadishu on Friday. The interior minister "
     "said al-Shabaab bears full responsibility for the attack.", "2018-06-02", "Shabaab"),
    ("Gunmen killed five villagers near Maiduguri on Sunday. The state governor said Boko Haram "
     "bears full responsibility for the killings.", "2014-06-02", "Boko Haram"),
    ("A bomb ripped through a bus in Quetta on Monday, killing six passengers. The provincial "
     "government said the Balochistan Liberation Army bears responsibility for the blast.",
     "2019-04-09", "Balochistan Liberation Army"),
])
def test_bearing_responsibility_in_anothers_words_accuses(text: str, published: str,
                                                          part: str) -> None:
    """'X bears full responsibility', said by officials, is blame laid on X: accused, no claim."""
    assert _actor(text, published, part) == ("perpetrator", "accused")


@pytest.mark.parametrize(("text", "published", "part"), [
    ("A car bomb killed nine people at a market in Mogadishu on Friday. Al-Shabaab said in a "
     "statement that it bears full responsibility for the attack.", "2018-06-02", "Shabaab"),
    ("A bomb ripped through a bus in Quetta on Monday, killing six passengers. The Balochistan "
     "Liberation Army said it accepted responsibility for the blast.", "2019-04-09",
     "Balochistan Liberation Army"),
])
def test_a_group_bearing_its_own_responsibility_claims(text: str, published: str,
                                                       part: str) -> None:
    """The group that says it bears or accepts responsibility claims the deed."""
    assert _actor(text, published, part) == ("perpetrator", "claimed")


@pytest.mark.parametrize(("text", "published", "state", "forces"), [
    ("The government claimed its forces killed 20 militants in an operation near Lahij on "
     "Saturday.", "2016-04-02", "Government of Yemen", "Military Forces of Yemen"),
    ("The interior ministry claimed that its troops killed 12 insurgents in an ambush near "
     "Damboa on Monday.", "2019-10-02", "Government of Nigeria", "Military Forces of Nigeria"),
    ("The Colombian government said its troops killed nine guerrillas in a raid on a camp in "
     "Meta on Thursday.", "2011-03-04", "Government of Colombia", "Military Forces of Colombia"),
])
def test_a_state_claiming_its_forces_kill_claims_no_attack_itself(
        text: str, published: str, state: str, forces: str) -> None:
    """The civil state announces; its forces did the deed and are no one else's accused."""
    assert _actor(text, published, state)[0] != "perpetrator"
    role, attribution = _actor(text, published, forces)
    assert role == "perpetrator" and attribution != "accused"


@pytest.mark.parametrize(("text", "published", "part", "expected"), [
    # an armed group telling of its own fighters still claims the deed
    ("The Taliban said in a statement that their fighters killed 14 soldiers in an attack on a "
     "base in Helmand on Sunday.", "2017-07-10", "Taliban", ("perpetrator", "claimed")),
    # a government claiming others did it accuses them
    ("The government claimed rebels killed 12 villagers near Damboa on Monday.", "2019-10-02",
     "Unidentified Armed Group", ("perpetrator", "accused")),
])
def test_claims_outside_a_states_own_forces_stay(text: str, published: str, part: str,
                                                 expected: tuple[str, str]) -> None:
    """A group's claim of its own fighters' deed, and a claim about another party, stay."""
    assert _actor(text, published, part) == expected


@pytest.mark.parametrize(("text", "published"), [
    ("Fighting in Ogaden killed at least 15 people on Thursday, according to elders.",
     "2007-08-10"),
    ("Fierce fighting in Ogaden left nine people dead on Sunday, relief workers said.",
     "2008-02-11"),
])
def test_a_region_name_is_no_short_foreign_city(text: str, published: str) -> None:
    """A region's name one letter off a small foreign city ('Ogden') does not become that city."""
    assert _primary(text, published).location.country != "United States"


def _world(name: str) -> list[tuple[str, str | None]]:
    """The places the world-wide near-spelling search finds for a name no gazetteer entry has."""
    text = f"in {name} today"
    found = world_fuzzy(get_gazetteer(), text, [(3, 3 + len(name), 0)])
    return [(r.place.name, r.place.cc) for r in found if r.place is not None]


@pytest.mark.parametrize(("name", "cc"), [
    ("Mossul", "IQ"), ("Sanaaa", "YE"), ("Kandhar", "AF"), ("Bengazi", "LY"), ("Medelin", "CO"),
    ("Timbuktou", "ML"), ("Mahajanaga", "MG"),
])
def test_misspelt_large_cities_still_found_worldwide(name: str, cc: str) -> None:
    """Near spellings of large cities (of a million people when the name is short) still match."""
    assert [c for _, c in _world(name)] == [cc]


@pytest.mark.parametrize("name", ["Ogaden", "Hazara", "Karamoja", "Fulani"])
def test_region_and_people_names_match_no_foreign_city(name: str) -> None:
    """Region and people names near a small city's short name find no place worldwide."""
    assert _world(name) == []


@pytest.mark.parametrize(("text", "published"), [
    ("Heavy fighting in Darfur killed 20 people on Tuesday, tribal elders said.", "2012-05-03"),
    ("Fierce fighting near the airport south of Tripoli killed 11 people overnight, medics said.",
     "2019-05-03"),
    ("Fighting in the hills above Ras Kamboni killed seven people on Monday, residents said.",
     "2010-02-16"),
])
def test_fighting_with_no_side_named_is_an_armed_clash(text: str, published: str) -> None:
    """The dead of a fight with no side named are its toll, no side of it: an armed clash."""
    event = _primary(text, published)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "published"), [
    ("Clashes between rival villagers over a water point in Mandera killed six people on Sunday.",
     "2019-05-03"),
    ("Youths fought with machetes at a market in Kano on Sunday, killing two people.",
     "2019-05-03"),
])
def test_crowds_fighting_stay_riots(text: str, published: str) -> None:
    """A fight whose sides are crowds of people stays mob violence."""
    assert _primary(text, published).event_type == "Riots"


def _names(text: str, published: str) -> list[str]:
    return [a.name for a in _primary(text, published).actors]


@pytest.mark.parametrize(("text", "published", "place"), [
    ("May God help us, a trader said after gunmen killed six villagers near Tillaberi on "
     "Tuesday.", "2019-05-03", "Tillaberi"),
    ("Will the talks survive? Gunmen killed four soldiers at a checkpoint near Gao on Tuesday.",
     "2019-05-03", "Gao"),
    ("Can anyone stop this? Attackers burnt a church in Sokoto on Tuesday and killed two "
     "worshippers.", "2019-05-03", "Sokoto"),
])
def test_a_capitalised_auxiliary_is_no_actor_or_place(text: str, published: str,
                                                      place: str) -> None:
    """'May', 'Will', 'Can' opening a sentence name no actor, date or place."""
    event = _primary(text, published)
    assert event.location.name == place
    assert not any(a.name.split()[0] in {"May", "Will", "Can"} for a in event.actors)


@pytest.mark.parametrize(("text", "published", "place"), [
    ("8 March 2021 - Weekly Security Brief: Gunmen killed three farmers near Jos in Plateau "
     "state, police said.", "2021-03-09", "Jos"),
    ("14 June 2019 - Daily Incident Digest: Unknown attackers shot dead a pharmacist in "
     "Mardan, police said.", "2019-06-15", "Mardan"),
])
def test_a_digest_header_is_no_actor_or_place(text: str, published: str, place: str) -> None:
    """A 'DATE - Capitalised Words:' header names no actor and no place."""
    event = _primary(text, published)
    assert event.location.name == place
    assert not any(w in a.name for a in event.actors for w in ("Brief", "Digest", "Weekly"))


@pytest.mark.parametrize(("text", "published", "name"), [
    ("Members of a gang raided a farm near Kenema on Friday and killed two farmers. Police said "
     "the ruf of the farmhouse was burnt.", "2004-03-02", "Revolutionary United Front"),
    ("Gunmen shot dead a taxi driver in Portadown on Friday. Police said the men wore Uvf-style "
     "masks.", "2003-05-02", "Ulster Volunteer Force"),
    ("A gam of youths threw stones at police in Nairobi on Friday, injuring two officers.",
     "2020-07-04", "Free Aceh Movement"),
])
def test_short_acronyms_match_only_as_upper_case_tokens(text: str, published: str,
                                                        name: str) -> None:
    """The letters of a KB acronym in ordinary or mixed-case words name no group."""
    assert name not in _names(text, published)


@pytest.mark.parametrize(("text", "published", "name"), [
    ("Suspected GIA militants killed nine villagers near Medea on Sunday.", "2002-07-01",
     "Armed Islamic Group"),
    ("Suspected GAM rebels ambushed an army truck near Lhokseumawe on Sunday, killing two "
     "soldiers.", "2003-07-01", "Free Aceh Movement"),
])
def test_short_acronyms_as_group_names_still_match(text: str, published: str, name: str) -> None:
    """The upper-case acronym of a group in its own war is that group."""
    assert name in _names(text, published)


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Kenyan troops withdrew from Kismayo on Sunday and al-Shabaab fighters took control of the "
     "town.", "2016-07-10", "Kismayo"),
    ("Malian soldiers withdrew from Douentza on Thursday, and Islamist fighters took control of "
     "the town.", "2012-09-02", "Douentza"),
])
def test_the_town_withdrawn_from_is_the_site(text: str, published: str, place: str) -> None:
    """'withdrew from X' and the town taken: X is where the territory changed hands."""
    event = _primary(text, published)
    assert event.location.name == place
    assert event.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize(("text", "published", "kind"), [
    # training gold codes a guard's killing as a clash with private security forces
    ("Gunmen shot dead a security guard at a primary school in Kaduna state on Monday, police "
     "said.", "2021-02-14", "Battles"),
    # a guard the text calls a civilian is a civilian
    ("Militants shot dead a civilian school guard in a village near Fada N'Gourma on Tuesday.",
     "2020-04-30", "Violence against civilians"),
    ("Gunmen killed a civilian guard at a water pumping station near Kirkuk on Sunday.",
     "2016-08-08", "Violence against civilians"),
    ("Robbers shot dead a security guard at a bank in Kisumu on Friday, police said.",
     "2019-11-09", "Battles"),
])
def test_a_school_guard(text: str, published: str, kind: str) -> None:
    """A security guard is private security (a clash); a guard told a civilian is a civilian."""
    assert _primary(text, published).event_type == kind


def test_a_history_sentence_is_background() -> None:
    """A deed of years before, told for context, is a background event, not the news."""
    doc = default_pipeline()(Article(id="t", published="2015-02-02", text=(
        "A suicide bomber killed 11 worshippers at a mosque in Maiduguri on Friday. In 2009, the "
        "same mosque was attacked by gunmen who killed 30 people.")))
    news = [e for e in doc.events if not e.historical]
    assert len(news) == 1 and news[0].fatalities is not None and news[0].fatalities.best == 11


@pytest.mark.parametrize(("text", "published", "deaths"), [
    ("Gunmen stormed a hotel in Mogadishu on Friday. Two more guests died of their wounds on "
     "Sunday, taking the toll from this week's attack to 17.", "2019-07-14", 17),
    ("A suicide bomber struck a rally in Quetta on Friday. Four of the wounded died on Saturday, "
     "taking the death toll since the bombing to 29.", "2018-07-15", 29),
])
def test_a_running_toll_dated_by_the_deed_itself_is_kept(text: str, published: str,
                                                         deaths: int) -> None:
    """'this week's attack', 'since the attack': the deed's own toll, updated."""
    assert _deaths(text, published) == deaths


@pytest.mark.parametrize(("text", "published", "admin1"), [
    # before the 2022 split of Papua, its towns lay in Papua (and Sorong in West Papua)
    ("Rioters set fire to government offices in Wamena on Monday and at least 20 people were "
     "killed, police said.", "2019-09-24", "Papua"),
    ("Gunmen shot dead two workers at a road camp near Nabire on Friday, police said.",
     "2018-12-08", "Papua"),
    ("Armed men shot dead a motorcycle taxi driver in Sorong on Tuesday, police said.",
     "2020-06-17", "West Papua"),
    # after it, the new provinces
    ("Armed men shot dead two construction workers in Wamena on Wednesday, police said.",
     "2023-03-16", "Highland Papua"),
])
def test_papua_towns_take_the_province_of_their_year(text: str, published: str,
                                                      admin1: str) -> None:
    """A town of the 2022 Papua split takes the province that held it in the event's year."""
    assert _primary(text, published).location.admin1 == admin1
