"""ACLED labels of state forces and named groups written in forms the label builder missed:
loyalty with a singular or deed noun ("a pro-Houthi fighter", "pro-Houthi shelling"), a
government word that owns an armed noun ("the regime's fighter"), "Govt forces", Somalia's
member states' forces under ACLED's 2019 names, and a few groups' own names (NAF's militias,
HBDH, Turkey's MIT). Sentences written for these tests, several countries each."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.eval.metrics import norm_actor


def event_of(pipeline, text: str, published: str) -> Event:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def labels(event: Event) -> set[str]:
    """The event's actor labels as the scorer compares them (regime years dropped)."""
    return {norm_actor(a.acled_name or a.name) for a in event.actors}


def has(event: Event, label: str) -> bool:
    return norm_actor(label) in labels(event)


# --- forces named by their loyalty: singular and deed nouns ---------------------------------

@pytest.mark.parametrize(("text", "published", "label"), [
    ("On 3 June 2021, a pro-Houthi fighter opened fire on a car at a checkpoint in Dhamar, "
     "Yemen, wounding the driver.", "2021-06-04",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
    ("On 12 May 2020, pro-Houthi shelling hit a house in Hays district, Al Hudaydah, Yemen, "
     "injuring a woman.", "2020-05-13", "Military Forces of Yemen (2016-) Supreme Political Council"),
    ("On 5 June 2020, a pro-GNA force repelled an attack near Tarhuna, Libya.", "2020-06-06",
     "Military Forces of Libya (2016-) Government of National Accord"),
    ("On 9 February 2021, a pro-Hadi force thwarted an attack on its positions in Sirwah, "
     "Marib.", "2021-02-10", "Military Forces of Yemen (2012-)"),
])
def test_pro_x_with_a_singular_or_deed_noun_is_x_forces(pipeline, text, published, label):
    assert has(event_of(pipeline, text, published), label)


def test_pro_x_protesters_are_no_force(pipeline):
    ev = event_of(pipeline, "On 4 May 2020, pro-Houthi protesters marched in Sanaa, Yemen, "
                  "against the blockade.", "2020-05-05")
    assert not has(ev, "Military Forces of Yemen (2016-) Supreme Political Council")


@pytest.mark.parametrize(("text", "published", "state"), [
    ("On 2 February 2015, pro-Russian fighters shelled Ukrainian positions near Debaltseve, "
     "Donetsk.", "2015-02-03", "Military Forces of Russia (2000-)"),
    ("On 2 February 2015, pro-Russian shelling hit a school in Avdiivka, Donetsk.", "2015-02-03",
     "Military Forces of Russia (2000-)"),
])
def test_a_foreign_states_proxies_are_not_its_forces(pipeline, text, published, state):
    assert not has(event_of(pipeline, text, published), state)


# --- a government word owning an armed noun ---------------------------------------------------

@pytest.mark.parametrize(("text", "published", "label"), [
    ("On 3 May 2020, IS fighters shot dead a regime's fighter near Palmyra, Homs.", "2020-05-04",
     "Military Forces of Syria (2000-)"),
    ("On 3 May 2020, unidentified gunmen killed a member of the regime's Military Intelligence "
     "in Tafas, Daraa.", "2020-05-04", "Military Forces of Syria (2000-)"),
    ("On 2 November 2019, suspected jihadists killed a lieutenant of the regime's 5th Brigade "
     "in Kidal.", "2019-11-03", "Military Forces of Mali (2013-2020)"),
])
def test_the_regimes_armed_men_are_its_military(pipeline, text, published, label):
    ev = event_of(pipeline, text, published)
    assert has(ev, label)
    assert not any(n.startswith("government of") for n in labels(ev))


def test_the_governments_spokesman_stays_the_government(pipeline):
    ev = event_of(pipeline, "On 3 May 2020, the government's spokesman said rebels had burned "
                  "a school in Kasai.", "2020-05-04")
    assert not any(n.startswith("military forces of") for n in labels(ev))


# --- "Govt forces" ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "label"), [
    ("On 3 May 2020, Govt forces clashed with Al Shabaab militants near Jamaame, Lower Juba.",
     "2020-05-04", "Military Forces of Somalia (2017-)"),
    ("On 2 April 2019, Govt forces shelled rebel positions near Kauda, South Kordofan, Sudan.",
     "2019-04-03", "Military Forces of Sudan (1989-2019)"),
])
def test_govt_forces_are_the_military(pipeline, text, published, label):
    assert has(event_of(pipeline, text, published), label)


# --- Somalia's member states' forces, before and after ACLED's 2019 names ---------------------

@pytest.mark.parametrize(("text", "published", "label"), [
    ("On 9 March 2021, Al Shabaab militants attacked Jubaland security forces near Dhobley, "
     "Lower Juba, killing two soldiers.", "2021-03-10",
     "Military Forces of Somalia (2017-) Jubaland Security Force"),
    ("On 14 September 2019, Puntland Dervish forces clashed with Islamic State fighters in the "
     "Cal Miskaad mountains, Bari.", "2019-09-15",
     "Military Forces of Somalia (2017-) Puntland Dervish Force"),
    ("On 1 February 2022, IS militants attacked a Puntland security forces base in Qandala, "
     "killing one soldier.", "2022-02-02", "Military Forces of Somalia (2017-) Puntland Security Force"),
    ("On 4 June 2017, Puntland Dervish forces clashed with Al Shabaab fighters near Galgala, "
     "Bari.", "2017-06-05", "Military Forces of Puntland (1998-) Darawish"),
])
def test_somali_member_state_forces_by_date(pipeline, text, published, label):
    assert has(event_of(pipeline, text, published), label)


# --- groups' own names ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "label"), [
    ("On 1 March 2020, Ukrainian troops shelled positions of the Donetsk People's Militia near "
     "Horlivka, Donetsk.", "2020-03-02", "NAF: United Armed Forces of Novorossiya"),
    ("On 11 August 2019, fighters of the Luhansk People's Militia fired mortars at Ukrainian "
     "army positions near Zolote, Luhansk region.", "2019-08-12",
     "NAF: United Armed Forces of Novorossiya"),
    ("On 2 May 2020, HBDH militants carried out an explosive attack on a construction site in "
     "Izmir, causing material damage.", "2020-05-03", "HBDH: Peoples United Revolutionary Movement"),
    ("On 10 June 2021, the Peoples' United Revolutionary Movement claimed an arson attack on a "
     "factory in Bursa.", "2021-06-11", "HBDH: Peoples United Revolutionary Movement"),
    ("On 2 March 2022, Turkish intelligence killed a senior PKK commander in a drone strike "
     "near Qamishli.", "2022-03-03",
     "Police Forces of Turkey (2016-) National Intelligence Organization"),
])
def test_groups_own_names(pipeline, text, published, label):
    assert has(event_of(pipeline, text, published), label)
