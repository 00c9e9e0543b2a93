"""Rules of the detection round (detect25): short notes whose deed the trigger words missed, and
battles whose side is a crowd, on sentences written for several countries and outlets.

- A hand-thrown incendiary (petrol bomb, Molotov cocktail, firebomb) is an attack in either voice
  ("a petrol bomb was thrown at the gate"), never an explosive device; one only carried or
  seized is no attack (data/event_triggers.yaml, extract/events/triggers.py not_dep on phrases).
- A severed head or a headless body found is a beheading.
- A grievance taken to an office ("took their grievances to the ministry") is a demonstration;
  a complaint taken to a court is a lawsuit.
- A checkpoint set up by an armed group, or a fake one, is a strategic development; the forces'
  own checkpoints are routine.
- A sentence handed down is told with the noun as with the verb; "death sentences" kill no one
  (data/event_cues.yaml modified_heads).
- A battle one of whose sides the resolver names rioters or protesters, with no gun or armed
  group told, is a riot (resolve/actors/crowd_battles.py, typer/unarmed_fight.py).
- A brawl, scuffle or fistfight makes the gathering it joins a violent demonstration, and is a
  riot by itself (data/event_triggers.yaml, extract/events/crowd_deeds.py).
- A capitalised town after a preposition of place ("in Split") is no trigger
  (extract/events/place_names.py).
- An attack that is missiles thrown at the forces, their vehicles or posts, by a doer neither
  state nor armed, is a riot (typer/riot_at_forces.py attack_thrown_at_forces); an incendiary
  thrown by a crowd at anyone is one too (typer/crowd_weapons.py).

Each rule has negatives: threats, plans, matches, adjourned trials and peace deals stay quiet.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline

DAY = "2021-06-10"


def _primary(text: str, published: str = DAY) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))

VAC, RIOTS, SD = "Violence against civilians", "Riots", "Strategic developments"

# (text, published, the primary event's type) for each rule and its negatives that stay typed
TYPED = [
    # incendiaries thrown: an attack in either voice, never an explosion
    ("Two petrol bombs were thrown at the entrance of a Catholic school in Belfast on Tuesday.",
     DAY, VAC),
    ("A Molotov cocktail was thrown at the gate of a mosque in Lyon overnight, causing minor "
     "damage.", DAY, VAC),
    ("Masked men firebombed the offices of a local newspaper in Caracas early on Sunday.", DAY, VAC),
    ("Unknown assailants hurled a petrol bomb at the house of an opposition councillor in Kisumu "
     "on Monday night; no one was hurt.", DAY, VAC),
    # a severed head or a headless body
    ("Militants left the severed head of a shepherd at a crossroads near Kandahar, villagers "
     "said.", DAY, VAC),
    ("A headless body was found on a riverbank outside Tillaberi on Saturday, residents said.",
     DAY, VAC),
    # a grievance taken to an office
    ("Hundreds of unpaid nurses took their grievances to the health ministry headquarters in "
     "Harare on Wednesday.", DAY, "Protests"),
    ("Retired miners took their anger to the offices of the provincial governor in Potosi on "
     "Monday, demanding their pensions.", DAY, "Protests"),
    # an armed group's checkpoint; a sentence handed down
    ("Al-Shabaab fighters set up a checkpoint on the road between Afgoye and Mogadishu on "
     "Thursday and collected taxes from drivers.", DAY, SD),
    ("A court in Cairo handed down death sentences to 20 members of the Muslim Brotherhood on "
     "Saturday.", DAY, SD),
    ("The rebel movement split into two factions in Juba on Monday after its leader was removed, "
     "the faction's spokesman said.", DAY, SD),
    # a battle with a crowd side and no guns; battles of armed groups stay battles
    ("On 8 June 2021, ZANU-PF and MDC supporters clashed in Epworth ahead of a by-election. No "
     "fatalities reported.", DAY, RIOTS),
    ("On 8 June 2021, members of the UPND and PF clashed with machetes in Kanyama (Lusaka). Four "
     "people were injured.", DAY, RIOTS),
    ("On 12 March 2019, militants and Indian troops exchanged fire in Sopore for three hours. "
     "Two soldiers were killed.", "2019-03-14", "Battles"),
    ("On 3 October 2022, Al-Shabaab fighters clashed with Kenyan soldiers near Mandera. Four "
     "fighters were killed.", "2022-10-05", "Battles"),
    # missiles thrown at the forces; armed doers keep their type
    ("On 8 June 2021, petrol bombs were thrown at a police vehicle in Derry. No one was hurt.",
     DAY, RIOTS),
    ("Residents of Kafr Qaddum hurled Molotov cocktails at a jeep of the Israeli border police "
     "on Friday evening, the army said.", DAY, RIOTS),
    ("Gunmen hurled a grenade at a police post in Peshawar on Monday, wounding two officers.",
     DAY, "Explosions/Remote violence"),
    # a fight of bare hands
    ("A brawl broke out between fans after the football match in Split on Saturday, police "
     "said.", DAY, RIOTS),
    ("Supporters of the two candidates came to blows outside a polling station in Blantyre on "
     "Thursday after a dispute over ballot papers.", DAY, RIOTS),
    ("Pensioners rallied peacefully outside parliament in Bucharest on Monday to demand higher "
     "pensions.", DAY, "Protests"),
]


@pytest.mark.parametrize(("text", "published", "kind"), TYPED)
def test_the_primary_event_is_typed(text: str, published: str, kind: str) -> None:
    event = _primary(text, published)
    assert event is not None
    assert event.event_type == kind
    assert "Explosives" not in event.weapons or kind == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    # incendiaries only carried or threatened
    "The mayor of Derry warned that anyone caught with a petrol bomb would be prosecuted.",
    "The mayor of Valparaiso said residents found with Molotov cocktails would be arrested.",
    # a complaint taken to a court or to talks
    "The farmer took his complaint to the district court in Patna.",
    "The union took its demands to the negotiating table with the mining company in Lubumbashi.",
    # routine or threatened checkpoints
    "The police set up checkpoints across Lagos ahead of the election.",
    "Rebels threatened to set up checkpoints on the main road to Bangui if talks failed.",
    # a trial, a debate, a match, a peace deal, a brawl recalled, a town spelt like a trigger
    "The trial of 12 activists in Minsk was adjourned until next month.",
    "Lawmakers in Nairobi debated abolishing the death penalty on Tuesday.",
    "Rival supporters of Kaizer Chiefs and Orlando Pirates sang through the night after the "
    "derby in Soweto.",
    "The minister said the brawl in parliament last year had damaged the country's image.",
    "Fans celebrated late into the night after the football match in Split on Saturday.",
    "The ferry from Split to Ancona was cancelled on Tuesday because of high winds.",
])
def test_no_event_is_read(text: str) -> None:
    assert _primary(text) is None


def test_a_peace_deal_is_no_violence() -> None:
    event = _primary("The government and the rebels signed a peace deal in Juba, ending five "
                     "years of war.")
    assert event is None or event.event_type == SD


@pytest.mark.parametrize("text", [
    "Police seized twenty Molotov cocktails from a house in Santiago on Friday.",
    "Officers in Athens confiscated a crate of petrol bombs at a squat on Wednesday.",
])
def test_incendiaries_seized_are_disrupted_weapons_use(text: str) -> None:
    event = _primary(text)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (SD, "Disrupted weapons use")


def test_death_sentences_handed_down_kill_no_one() -> None:
    event = _primary("A court in Cairo handed down death sentences to 20 members of the "
                     "Muslim Brotherhood on Saturday.")
    assert event is not None
    assert not event.fatalities or not event.fatalities.value


@pytest.mark.parametrize(("text", "published"), [
    ("On 3 March 2021, members of an opposition party demonstrated in Skopje against the new tax "
     "law. A brief scuffle with ruling party supporters followed.", "2021-03-05"),
    ("On 3 March 2021, nurses rallied in Lusaka over unpaid allowances; a scuffle broke out with "
     "guards at the ministry gate.", "2021-03-05"),
    ("Hundreds of teachers marched to the education ministry in Tegucigalpa on Tuesday; scuffles "
     "broke out when some tried to push through the police line.", DAY),
])
def test_a_protest_that_came_to_blows_is_a_violent_demonstration(text: str, published: str) -> None:
    event = _primary(text, published)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (RIOTS, "Violent demonstration")
