"""Rules written after the fourth hold-out round, each tested on sentences for several countries:
violence a report only names (weapons seized, a grievance, a crime tried, a truce in force, a
quoted label), a weapon's layer and a paper's claim as the doer, a planned day ahead."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def report(pipeline: Pipeline, text: str, published: str = "2023-05-10") -> Document:
    """Process one hand-written report (no publisher: the text alone decides)."""
    return pipeline(Article(id="t", text=text, published=published))


# A haul of weapons is no weapon fired: the seizure is disrupted weapons use, not a shelling.
SEIZURES = [
    "Police seized 12 assault rifles, three mortars and 4,000 rounds of ammunition in a raid in "
    "Tumaco on Monday.",
    "Two RPG launchers, six hand grenades and 40 kilogrammes of explosives were seized at a "
    "checkpoint near Kunduz on Monday, police said.",
    "Customs officers in Mombasa confiscated 200 rockets and a dozen mortar tubes hidden in a "
    "container on Monday.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SEIZURES)
def test_seized_weapons_are_no_violence(pipeline: Pipeline, text: str) -> None:
    doc = report(pipeline, text)
    event = primary_event(doc)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments", "Disrupted weapons use")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.slow
def test_weapons_recovered_after_a_clash_add_no_shelling(pipeline: Pipeline) -> None:
    doc = report(pipeline, "Soldiers killed three rebels near Cotabato on Monday. Troops "
                           "recovered two assault rifles, a sniper rifle and a 60mm mortar.")
    assert [e.event_type for e in doc.events] == ["Battles"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Jihadists attacked an army post near Djibo on Monday, killing 12 soldiers and seizing "
    "weapons and ammunition.",
    "Al-Shabaab fighters overran a military base near Baidoa on Monday and seized weapons and "
    "vehicles, the group said.",
])
def test_weapons_seized_in_an_attack_leave_it_a_battle(pipeline: Pipeline, text: str) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.event_type == "Battles"


@pytest.mark.slow
def test_mortars_fired_are_still_shelling(pipeline: Pipeline) -> None:
    event = primary_event(report(
        pipeline, "Insurgents fired mortars at the army base in Baidoa on Monday, killing two "
                  "soldiers."))
    assert event is not None and event.event_type == "Explosions/Remote violence"


# A truce that holds, collapses or is violated is no agreement made; a truce agreed still is.
TRUCES_IN_FORCE = [
    ("A fragile ceasefire between the two clans in Enga province collapsed on Sunday when gunmen "
     "killed four men.", "PG"),
    ("Rebels shelled army positions near Malakal on Monday despite a ceasefire agreed in March.",
     "SS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), TRUCES_IN_FORCE)
def test_truce_in_force_is_no_agreement(pipeline: Pipeline, text: str, country: str) -> None:
    doc = report(pipeline, text)
    event = primary_event(doc)
    assert event is not None and event.event_type in VIOLENT
    assert event.location.country_code == country
    assert not [e for e in doc.events if e.sub_event_type == "Agreement"]


@pytest.mark.slow
def test_accusation_of_a_truce_violation_is_no_agreement(pipeline: Pipeline) -> None:
    doc = report(pipeline, "The army accused the rebels of violating the truce in Bambari on "
                           "Monday.")
    assert not [e for e in doc.events if e.sub_event_type == "Agreement"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The army and the rebels agreed to a ceasefire in Malakal on Monday.",
    "The two clans signed a truce in Wabag on Monday.",
])
def test_truce_agreed_is_an_agreement(pipeline: Pipeline, text: str) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.sub_event_type == "Agreement"


# "will be put on trial for" the deed is a trial to come: the ones tried are accused of it.
PUT_ON_TRIAL = [
    ("A human rights lawyer was shot dead in Kananga in March. Two officers of the Congolese "
     "army will be put on trial for the murder, the military court said.", "Congo"),
    ("A journalist was killed in Culiacan in May. Three members of the Sinaloa Cartel will be "
     "put on trial for the killing, prosecutors said.", "Sinaloa"),
    ("TWO SOLDIERS OF THE NIGERIAN ARMY WILL BE PUT ON TRIAL FOR THE KILLING OF A TRADER IN JOS "
     "IN JUNE.", "Nigeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "group"), PUT_ON_TRIAL)
def test_put_on_trial_for_the_deed_is_accused(pipeline: Pipeline, text: str,
                                              group: str) -> None:
    doc = report(pipeline, text)
    deeds = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert deeds, [(e.event_type, e.trigger) for e in doc.events]
    accused = {f"{a.name} / {a.acled_name}": a.attribution for a in deeds[0].actors
               if a.role == "perpetrator"}
    assert any(group in name and how == "accused" for name, how in accused.items()), accused


@pytest.mark.slow
def test_put_under_pressure_is_no_trial(pipeline: Pipeline) -> None:
    doc = report(pipeline, "Gunmen shot dead a trader in Mombasa on Sunday. Members of the "
                           "Mombasa Republican Council were put under pressure for the killing.")
    perps = {a.name for e in doc.events for a in e.actors if a.role == "perpetrator"
             and a.attribution == "accused"}
    assert not [n for n in perps if "Republican" in n], perps


@pytest.mark.slow
@pytest.mark.parametrize(("text", "event_type"), [
    ("The rebels accused government forces of attacking their positions near Yei on Monday.",
     "Battles"),
    ("The rebels accused the army of shelling villages near Bambari on Monday.",
     "Explosions/Remote violence"),
])
def test_accusation_of_an_attack_is_still_an_incident(pipeline: Pipeline, text: str,
                                                      event_type: str) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.event_type == event_type


# A protest's grievance is a deed of its own (its own record, tests/test_events_relevance.py):
# its words make no riot of the protest and its dead are not the protest's toll.
GRIEVANCES = [
    "Students rallied in Dhaka on Monday to protest the killing of a classmate by ruling party "
    "activists last week.",
    "Hundreds of teachers marched in Tegucigalpa on Monday, protesting the murder of a colleague "
    "in March.",
    "Hundreds of residents marched through Andahuaylas on Monday, protesting the killing of two "
    "teenagers by soldiers during clashes at the airport last month.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", GRIEVANCES)
def test_grievance_is_no_incident(pipeline: Pipeline, text: str) -> None:
    doc = report(pipeline, text)
    event = primary_event(doc)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.fatalities is None or event.fatalities.best == 0
    assert not [e for e in doc.events if e.event_type == "Riots"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "deaths"), [
    ("Security forces opened fire on protesters in Sanandaj on Saturday, killing two men. The "
     "protests began after a young woman died in the custody of the morality police last month.",
     2),
    ("Hundreds of students rallied in Dhaka on Monday. The protests erupted after a student "
     "leader was stabbed to death by ruling party activists last week.", 0),
])
def test_death_a_protest_followed_is_not_its_toll(pipeline: Pipeline, text: str,
                                                  deaths: int) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.event_type == "Protests"
    assert (event.fatalities.best if event.fatalities else 0) == deaths


# A war's generic toll is no incident: the report's one incident keeps its own toll.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "deaths"), [
    ("Gunmen killed a farmer near Bria on Monday. Hundreds have been murdered in the war since "
     "2013.", 1),
    ("A drone strike killed two fighters near Idlib on Monday. Hundreds of thousands have been "
     "killed in the conflict since 2011.", 2),
])
def test_generic_war_toll_is_no_incident(pipeline: Pipeline, text: str, deaths: int) -> None:
    doc = report(pipeline, text)
    event = primary_event(doc)
    assert event is not None and event.fatalities is not None
    assert event.fatalities.best == deaths
    assert len(doc.events) == 1, [(e.event_type, e.trigger) for e in doc.events]


# Scare-quoted labels and riot gear name no riot; tear gas shells are no shelling.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "event_type"), [
    ('Security forces opened fire on protesters in Sanandaj on Saturday, killing two men. Videos '
     'show riot police firing at people. The police chief blamed "rioters" for the deaths.',
     "Protests"),
    ("Riot police fired on a march in Nairobi on Monday, killing a student, as the crowd "
     "chanted slogans against the tax bill.", "Protests"),
    ("A mob of about a thousand people set fire to the house of a minister in Imphal on Thursday"
     " night. Security guards fired tear gas shells but were unable to stop the crowd.", "Riots"),
])
def test_labels_and_gear_are_no_violence(pipeline: Pipeline, text: str, event_type: str) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.event_type == event_type, event and event.sub_event_type


def perpetrators(document: Document) -> dict[str, str]:
    """Perpetrator names (with the ACLED name) of the primary event → their attribution."""
    event = primary_event(document)
    assert event is not None
    return {f"{a.name} / {a.acled_name}": a.attribution for a in event.actors
            if a.role == "perpetrator"}


# Whoever laid a mine did the blast; leaflets claiming a deed in a group's name are its claim.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "group", "attribution"), [
    ("Three civilians died on Sunday when their bus hit a landmine previously laid by Houthi "
     "fighters near Taiz.", "Houthi", "stated"),
    ("Two farmers were killed on Monday near Kismayo when their cart struck a mine, previously "
     "laid by al-Shabaab fighters.", "Shabaab", "stated"),
    ("Two bombs exploded in Sai Buri district of Pattani late on Saturday, injuring three "
     "people. Police found leaflets near the scene claiming the blasts in the name of the "
     "Barisan Revolusi Nasional (BRN).", "BRN", "claimed"),
    ("Gunmen shot dead a teacher in Narathiwat on Monday. Leaflets left at the site claimed the "
     "killing for the BRN.", "BRN", "claimed"),
    ("A bomb exploded outside a police station in Diyarbakir on Monday, wounding two officers. "
     "Leaflets signed by the Kurdistan Workers Party (PKK) and claiming the attack were found "
     "nearby.", "PKK", "claimed"),
])
def test_layer_and_leaflets_name_the_doer(pipeline: Pipeline, text: str, group: str,
                                          attribution: str) -> None:
    found = perpetrators(report(pipeline, text))
    hits = {name: how for name, how in found.items() if group.lower() in name.lower()}
    assert hits and attribution in hits.values(), found


@pytest.mark.slow
def test_claiming_to_speak_for_people_claims_nothing(pipeline: Pipeline) -> None:
    found = perpetrators(report(
        pipeline, "Gunmen killed two traders in Bamako on Monday. A man claiming to speak in the "
                  "name of the Malian people denounced the attack."))
    assert not [n for n in found if "Protesters" in n or "Civilians" in n], found


# A day and month without a year in a threat or a plan look ahead: since probe 19 such a
# threat or plan is no event at all (tests/test_nonevents19_rules.py); a reported day looks back.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "published"), [
    ("The rebels threatened to attack the pipeline in Gwadar on 2 May unless the army withdrew.",
     "2024-03-21"),
    ("Opposition parties said they will hold a rally in Harare on 25 March.", "2023-02-10"),
])
def test_planned_day_is_no_event(pipeline: Pipeline, text: str, published: str) -> None:
    assert primary_event(report(pipeline, text, published)) is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "day"), [
    ("Gunmen killed three villagers in Zamfara on 12 May, police said.", "2023-06-20",
     "2023-05-12"),
    ("Militants attacked a port in Gwadar on Wednesday, killing two guards. The group warned "
     "foreigners to leave the province before 14 August.", "2024-03-21", "2024-03-20"),
])
def test_planned_day_resolves_forward(pipeline: Pipeline, text: str, published: str,
                                      day: str) -> None:
    event = primary_event(report(pipeline, text, published))
    assert event is not None and event.date.start == day, event and event.date


# A toll in a sentence dated only by an earlier month is that month's, not the incident's.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "deaths"), [
    ("Insurgents raided a village in Mecula district on Sunday, beheading two men. It is the "
     "first attack in Niassa since June, when insurgents killed four people in the same "
     "district.", "2022-09-07", 2),
    ("Gunmen killed three farmers in Zamfara on Monday. Last month, bandits killed 12 villagers "
     "in the same district.", "2024-05-10", 3),
    ("A roadside bomb killed two soldiers near Kidal on Tuesday. In March, a similar blast on the"
     " same road killed nine.", "2024-05-10", 2),
    # a month that dates the incident itself keeps its toll
    ("Gunmen killed three farmers in Zamfara in April, police said on Monday.", "2024-05-10", 3),
])
def test_toll_of_an_earlier_month_is_not_counted(pipeline: Pipeline, text: str, published: str,
                                                 deaths: int) -> None:
    event = primary_event(report(pipeline, text, published))
    assert event is not None and event.fatalities is not None
    assert event.fatalities.best == deaths


# A group's long-running fight told in a relative clause ("which has been fighting a rival gang
# for control") characterises the group: it makes no battle of the report's attack.
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen opened fire on customers in a pool hall in Choloma on Saturday night, killing six "
    "men. Police said the attackers belonged to the MS-13 gang, which has been fighting a rival "
    "gang for control of the neighbourhood.",
    "Gunmen shot dead three traders at a market in El Fasher on Monday. Residents blamed the "
    "Rapid Support Forces, which have been fighting the army for control of the city.",
])
def test_campaign_in_a_relative_clause_is_no_battle(pipeline: Pipeline, text: str) -> None:
    event = primary_event(report(pipeline, text))
    assert event is not None and event.event_type == "Violence against civilians", (
        event and event.sub_event_type)
