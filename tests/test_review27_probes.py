"""Review 27: probes of the rules merged in the twenty-fifth session (0.23.0 to integ dafec948).

Each test states the right behaviour on a sentence written for this review (not a dev line).
The ones the merged rules get wrong are marked ``xfail(strict=True)`` with the defect and the
file to change; the rest are near-misses and plain cases the rules must keep getting right.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Document, Event


def _doc(pipeline: Any, text: str, published: str) -> Document:
    """The pipeline's reading of one report, fed without a source."""
    return pipeline(Article(id="probe", text=text, published=published))


def _first(pipeline: Any, text: str, published: str) -> Event:
    """The report's first event."""
    document = _doc(pipeline, text, published)
    assert document.events, text
    return document.events[0]


def _labels(event: Event, role: str | None = None) -> list[str]:
    """The event's actor labels (ACLED name, else name), of one role when given."""
    return [a.acled_name or a.name for a in event.actors if role is None or a.role == role]


def _dead(event: Event) -> int | None:
    return event.fatalities.best if event.fatalities is not None else None


# --- fatality coding statements (extract/counts/coded_note.py) ---------------------------------

def test_coded_note_codes_its_record(pipeline: Any) -> None:
    """A note's 'Unknown fatalities coded as 10' is the record's figure."""
    event = _first(pipeline, "On 3 May 2019, gunmen attacked Kadisau village in Zamfara, killing "
                   "an unknown number of villagers. Unknown fatalities coded as 10.", "2019-05-04")
    assert _dead(event) == 10


def test_coded_split_stays_off_another_event(pipeline: Any) -> None:
    """A split toll belongs to the attack, not to the arrests told after it."""
    document = _doc(pipeline, "On 4 May 2020, Al Shabaab militants attacked an army base in "
                    "Afmadow; 78 fatalities split between 2 events. On 5 May 2020, police "
                    "arrested 4 suspects in Kismayo.", "2020-05-06")
    arrests = [e for e in document.events if e.sub_event_type == "Arrests"]
    assert arrests and all(not _dead(e) for e in arrests)


def test_coded_convention_stays_off_a_protest(pipeline: Any) -> None:
    """Women protesting the killings died in no one's count."""
    document = _doc(pipeline, "On 3 May 2019, gunmen attacked Kadisau village in Zamfara, killing "
                    "an unknown number of villagers. On the same day, women protested in Gusau "
                    "against the killings. Unknown fatalities coded as 10.", "2019-05-04")
    protests = [e for e in document.events if e.event_type == "Protests"]
    assert protests and all(not _dead(e) for e in protests)


# --- listed subjects, ages, bombers, detainees (extract/counts) ----------------------------------

@pytest.mark.parametrize(("text", "published", "dead"), [
    ("Two policemen, three civilians and one attacker were killed in the assault on a police "
     "station in Tillaberi on Saturday.", "2022-07-10", 6),
    ("Twelve militants and three policemen were killed when gunmen stormed a checkpoint in Khost "
     "on Friday.", "2018-06-02", 15),
    ("A 16 year old boy and 2 women were killed when soldiers opened fire on a crowd in Mandalay "
     "on Sunday.", "2021-04-05", 3),
    ("Gunmen killed two 15 year old students near Maiduguri on Saturday.", "2020-08-09", 2),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Tuesday, killing himself "
     "and 2 soldiers.", "2016-03-02", 3),
    ("The bomber killed himself and injured five policemen at the gate of the police station in "
     "Quetta on Sunday.", "2019-07-01", 1),
    ("Air strikes hit a migrant detention centre in Tajoura on Tuesday night, killing at least 44 "
     "detainees.", "2019-07-03", 44),
    ("Gunmen attacked the prison in Kaduna on Monday, killing 3 guards; 40 detainees escaped.",
     "2020-05-05", 3),
])
def test_counts_of_the_new_rules(pipeline: Any, text: str, published: str, dead: int) -> None:
    """Listed subjects add up, ages count no one, the bomber and his victims count, detainees
    killed count, detainees who escaped do not."""
    assert _dead(_first(pipeline, text, published)) == dead


def test_killing_himself_and_his_wife(pipeline: Any) -> None:
    """'killed himself and his wife': two dead."""
    event = _first(pipeline, "A gunman killed himself and his wife in a village near Kano on "
                   "Saturday after an argument, police said.", "2017-08-20")
    assert _dead(event) == 2


# --- riots and protests (data/event_triggers.yaml 'rioting', typer/riot_at_forces.py) ----------

@pytest.mark.parametrize(("text", "published"), [
    ("The prime minister warned on Tuesday that rioting would not be tolerated in London.",
     "2011-08-10"),
    ("Twelve men appeared in court in Belfast on Monday charged with rioting.", "2019-03-05"),
    ("Police in Nairobi prepared on Friday for possible rioting ahead of the verdict.",
     "2018-06-02"),
])
def test_rioting_named_no_riot(pipeline: Any, text: str, published: str) -> None:
    """Rioting warned against, charged or feared is no riot."""
    assert all(e.event_type != "Riots" for e in _doc(pipeline, text, published).events)


def test_rioting_charges_are_no_riot(pipeline: Any) -> None:
    """Charges dropped in court are no riot."""
    document = _doc(pipeline, "Rioting charges against 12 students were dropped by a court in "
                    "Dhaka on Monday.", "2020-09-01")
    assert all(e.event_type != "Riots" for e in document.events)


def test_last_years_rioting_leaves_the_arrests(pipeline: Any) -> None:
    """Arrests on Monday over last year's rioting are arrests, not a riot on Monday."""
    event = _first(pipeline, "Rioting in the city last year left 3 people dead, and on Monday "
                   "police arrested 5 suspects in Kisumu.", "2016-11-01")
    assert event.event_type != "Riots"


def test_rioting_broke_out(pipeline: Any) -> None:
    """'Rioting broke out': a riot."""
    event = _first(pipeline, "Rioting broke out in Durban on Monday after the former president "
                   "was jailed; shops were looted.", "2021-07-15")
    assert event.event_type == "Riots"


@pytest.mark.parametrize(("text", "published", "kind"), [
    ("Thousands of students marched peacefully through Santiago on Tuesday. Police threw tear "
     "gas grenades at the marchers near Plaza Italia.", "2019-11-20", "Protests"),
    ("About 300 people protested in Minsk on Tuesday. Riot police threw stun grenades at the "
     "crowd and detained 40.", "2021-02-10", "Protests"),
    ("Yellow vest protesters marched in Bordeaux on Saturday. Some threw paving stones at police, "
     "who responded with tear gas.", "2018-12-02", "Riots"),
])
def test_thrown_at_police_after_a_march(pipeline: Any, text: str, published: str,
                                         kind: str) -> None:
    """The crowd's stones at the police make a riot; the police's grenades do not."""
    assert _first(pipeline, text, published).event_type == kind


def test_other_crowds_earlier_missiles(pipeline: Any) -> None:
    """Football fans' bottles two days earlier in another town do not make the rally a riot."""
    event = _first(pipeline, "Hundreds of farmers rallied outside parliament in Tbilisi on "
                   "Monday. Two days earlier, football fans had thrown bottles at police after "
                   "a match in Batumi.", "2022-03-15")
    assert event.event_type == "Protests"


def test_students_rioting_against_mock_exams(pipeline: Any) -> None:
    """A crowd rising against mock examinations riots (no drill)."""
    event = _first(pipeline, "Students rioted against mock examinations in Kisii on Monday, "
                   "burning a dormitory.", "2019-06-10")
    assert event.event_type == "Riots"


# --- crowds and civilians (actor_terms.yaml, event_roles.yaml, crowd_doers.py) ----------------

def test_voters_attacked_are_civilians(pipeline: Any) -> None:
    """Voters attacked at a polling unit are the civilians hit."""
    event = _first(pipeline, "Thugs attacked voters at a polling unit in Lagos on Saturday, "
                   "injuring 4 people.", "2019-02-24")
    assert "Civilians (Nigeria)" in _labels(event, "target")


def test_traders_protesting_are_the_crowd(pipeline: Any) -> None:
    """Traders a protest's report names are its crowd, no civilian victims."""
    event = _first(pipeline, "Police fired tear gas at traders protesting the closure of a market "
                   "in Accra on Monday, injuring 2 women.", "2020-06-02")
    assert event.event_type == "Protests"
    assert not any(label.startswith("Civilians") for label in _labels(event))


def test_unknown_armed_people(pipeline: Any) -> None:
    """'Unknown armed people' are an unidentified armed group."""
    event = _first(pipeline, "Unknown armed people abducted a teacher in Ituri on Tuesday.",
                   "2022-01-05")
    assert "Unidentified Armed Group (Democratic Republic of Congo)" in _labels(event, "perpetrator")


# --- disrupted weapons (extract/events/destroyed_devices.py) ------------------------------------

def test_troops_destroying_ieds(pipeline: Any) -> None:
    """Troops destroying IEDs they found: disrupted weapons use."""
    event = _first(pipeline, "Troops destroyed two IEDs planted along the Mogadishu-Afgoye road "
                   "on Sunday.", "2021-05-03")
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(("text", "published"), [
    ("Nigerian Air Force jets destroyed bombs and weapons stored at a Boko Haram camp in Sambisa "
     "on Monday, killing several fighters.", "2020-08-11"),
    ("An Israeli strike destroyed explosives and rocket launchers belonging to Hamas in Khan "
     "Younis on Sunday.", "2022-04-04"),
])
def test_strike_destroying_bombs_is_one_strike(pipeline: Any, text: str, published: str) -> None:
    """A strike that destroys a group's bombs is an air strike, no disrupted weapons use."""
    events = _doc(pipeline, text, published).events
    assert all(e.sub_event_type != "Disrupted weapons use" for e in events)


# --- nationality on a weapon model (resolve/actors/armed_nouns.py) -------------------------------

def test_russian_shahed_is_russias(pipeline: Any) -> None:
    """'A Russian Shahed drone struck': Russia's military fired it."""
    event = _first(pipeline, "A Russian Shahed drone struck a power station in Kharkiv on "
                   "Sunday.", "2023-01-02")
    assert "Military Forces of Russia (2000-)" in _labels(event, "perpetrator")


@pytest.mark.parametrize(("text", "published", "maker"), [
    ("A Chinese Wing Loong drone operated by the UAE struck a migrant centre in Tripoli on "
     "Sunday, killing 3.", "2019-08-05", "China"),
    ("Ukraine used a Turkish Bayraktar drone to destroy a Russian convoy near Kherson on Friday.",
     "2022-03-05", "Turkey"),
])
def test_maker_of_an_exported_model(pipeline: Any, text: str, published: str, maker: str) -> None:
    """The model's maker is no side of the strike."""
    event = _first(pipeline, text, published)
    assert not any(f"Military Forces of {maker}" in label for label in _labels(event))


# --- loyalty (resolve/actors/loyalty.py) ----------------------------------------------------------

def test_haftar_aligned_forces(pipeline: Any) -> None:
    """'Haftar-aligned forces' are Haftar's."""
    event = _first(pipeline, "Haftar-aligned forces shelled the Mitiga airport in Tripoli on "
                   "Saturday.", "2020-01-12")
    assert _labels(event, "perpetrator") == ["Military Forces of Libya (2014-) Haftar Faction"]


@pytest.mark.parametrize(("text", "published", "group"), [
    ("Protesters stormed the office of a newspaper in Paris on Monday, accusing it of pro-Hamas "
     "positions.", "2024-01-15", "Hamas"),
    ("Police in Berlin arrested three men on Wednesday who had shared pro-ISIS sites on social "
     "media and planned an attack on a synagogue.", "2023-11-02", "Islamic State"),
    ("A wave of pro-Hamas attacks on Jewish shops in Paris was reported on Sunday; police "
     "arrested two men.", "2023-11-20", "Hamas"),
    ("Journalists in Benghazi said on Tuesday they faced pro-Haftar attacks online after "
     "reporting that 12 civilians were killed in a strike.", "2016-08-10", "Military Forces of Libya"),
])
def test_pro_x_opinion_is_no_force(pipeline: Any, text: str, published: str, group: str) -> None:
    """Sympathy, websites and abuse 'pro-X' name no force of X."""
    document = _doc(pipeline, text, published)
    assert not any(group in label for e in document.events for label in _labels(e))


def test_pro_houthi_fire_is_the_houthis(pipeline: Any) -> None:
    """'came under pro-Houthi fire': the Houthis fired."""
    event = _first(pipeline, "The town came under pro-Houthi fire on Monday, killing 3 civilians "
                   "in Marib.", "2015-09-01")
    assert any("Ansar Allah" in label for label in _labels(event, "perpetrator"))


# --- knowledge base entries (data/actors.yaml, data/actor_periods.yaml) --------------------------

def test_mit_the_university(pipeline: Any) -> None:
    """A study by MIT is no Turkish intelligence."""
    event = _first(pipeline, "According to a study by MIT, drone attacks by the PKK in "
                   "southeastern Turkey have increased. On Saturday, PKK militants killed 2 "
                   "soldiers in Hakkari.", "2019-05-05")
    assert not any("National Intelligence" in label for label in _labels(event))


def test_turkeys_mit(pipeline: Any) -> None:
    """'Turkey's MIT killed ...': the intelligence organisation struck."""
    event = _first(pipeline, "Turkey's MIT killed a senior PKK commander in a drone strike in "
                   "Sinjar on Friday, Anadolu reported.", "2020-06-06")
    assert any("National Intelligence" in label for label in _labels(event, "perpetrator"))


def test_puntland_dervish_force(pipeline: Any) -> None:
    """Puntland's Dervish forces in 2021: a unit of Somalia's military."""
    event = _first(pipeline, "Puntland Dervish forces clashed with Islamic State militants in the "
                   "Cal Miskaad mountains on Thursday.", "2021-04-02")
    assert any(label.startswith("Military Forces of Somalia") and label.endswith("Dervish Force")
               for label in _labels(event, "perpetrator"))


def test_hbdh_claim(pipeline: Any) -> None:
    """The HBDH's claim names the HBDH."""
    event = _first(pipeline, "The Peoples' United Revolutionary Movement claimed a bombing that "
                   "killed 2 police officers in Istanbul on Monday.", "2016-04-12")
    assert "HBDH: Peoples United Revolutionary Movement" in _labels(event, "perpetrator")


# --- possessive and modified state arms (resolve/actors/generic.py) ------------------------------

def test_regimes_fighter_jets(pipeline: Any) -> None:
    """'The regime's fighter jets': Syria's military."""
    event = _first(pipeline, "The regime's fighter jets bombed a bakery in Aleppo on Monday, "
                   "killing 9 people.", "2014-08-05")
    assert "Military Forces of Syria (2000-2024)" in _labels(event, "perpetrator")


def test_government_intelligence_is_information(pipeline: Any) -> None:
    """'according to government intelligence' names no force."""
    event = _first(pipeline, "Rebels attacked a village in Darfur on Monday, killing 12 people, "
                   "according to government intelligence.", "2013-04-02")
    assert not any(label.startswith("Military Forces of Sudan") for label in _labels(event))


# --- attribution (resolve/attribution/fighters_told.py, denials.py) ------------------------------

@pytest.mark.parametrize(("text", "published", "group"), [
    ("Houthi military spokesman Yahya Saree said the rebels had fired ballistic missiles at the "
     "Aramco depot in Jizan on Saturday.", "2019-09-15", "Supreme Political Council"),
    ("A spokesman for the Kachin Independence Army said the rebels had ambushed an army convoy "
     "near Hpakant on Tuesday, killing 5 soldiers.", "2021-08-04", "KIA"),
])
def test_group_speaker_tells_its_rebels_deed(pipeline: Any, text: str, published: str,
                                             group: str) -> None:
    """A group's speaker telling what 'the rebels' did claims it."""
    event = _first(pipeline, text, published)
    assert any(group in (a.acled_name or "") and a.attribution == "claimed"
               for a in event.actors if a.role == "perpetrator")


@pytest.mark.parametrize(("text", "published", "group"), [
    ("A spokesman for the Syrian Democratic Forces said the militants had attacked a checkpoint "
     "near Hajin on Saturday, killing 3 fighters.", "2019-03-24", "Syrian Democratic Forces"),
    ("A Taliban spokesman said the militants had attacked a mosque in Kunduz on Friday, killing 9 "
     "worshippers.", "2023-10-05", "Military Forces of Afghanistan"),
])
def test_group_speaker_telling_the_enemys_deed(pipeline: Any, text: str, published: str,
                                               group: str) -> None:
    """The SDF's or the Taliban government's word on 'the militants' (IS) is no claim of theirs."""
    event = _first(pipeline, text, published)
    assert not any(group in (a.acled_name or "") and a.attribution == "claimed"
                   for a in event.actors)


def test_army_denied_the_accusation(pipeline: Any) -> None:
    """'The army denied the accusation that its soldiers killed': a denial."""
    event = _first(pipeline, "The army denied the accusation by Amnesty that its soldiers killed "
                   "9 civilians in Baga, Borno state, on Tuesday.", "2017-03-03")
    assert any(a.attribution == "denied" for a in event.actors if a.role == "perpetrator")


# --- decades (extract/dates/calendar_rules.py) ---------------------------------------------------

def test_decade_of_founding_is_no_date(pipeline: Any) -> None:
    """'founded in the 1990s' leaves the attack its own day."""
    event = _first(pipeline, "The militia, founded in the 1990s, attacked a village near Djugu on "
                   "Monday, killing 8 people, local officials said.", "2019-04-02")
    assert str(event.date.start) == "2019-04-01"


def test_massacre_of_the_late_1990s_is_history(pipeline: Any) -> None:
    """A massacre of the late 1990s in a 2018 report is background."""
    document = _doc(pipeline, "In the late 1990s, rebels massacred 300 villagers in Tingi-Tingi, "
                    "the report said. On Tuesday, the commission met in Kinshasa.", "2018-05-03")
    assert all(e.historical for e in document.events if _dead(e))
