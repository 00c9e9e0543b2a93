"""Rules written after the thirteenth hold-out round (ACLED-style notes from Asia, 2021-2025),
each tested on sentences for several countries: a length written with a hyphen ("a 45-minute
gunfight", "a two-hour siege") names no day or year; the death word that makes a beating or a
stabbing deadly may follow a long object ("beat a 35-year-old man to death"); a day in the
weeks before publication is the report's news even when the year changed in between (a note of
2 January about 30 December); a crowd named by what it is doing ("striking casino workers",
"protesting farmers") is the demonstration itself, not a state of its noun."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


def day_after(text: str) -> str:
    """The day after the note's opening "On 12 March 2023": when such notes are published."""
    match = re.match(r"On (\d{1,2} \w+ \d{4})", text)
    assert match is not None
    return (datetime.strptime(match.group(1), "%d %B %Y") + timedelta(days=1)).date().isoformat()


def note(pipeline: Pipeline, text: str, published: str | None = None) -> Event:
    """The primary event of one hand-written note (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published or day_after(text)))
    event = primary_event(document)
    assert event is not None
    return event


# A fight's length, hyphenated before its noun: the number is neither a day nor a year.
HYPHENED_LENGTHS = [
    ("On 19 June 2023, troops of the Philippine Army encountered NPA rebels in Las Navas "
     "(Northern Samar), sparking a 20-minute firefight. Two rebels were killed.", "2023-06-19"),
    ("On 4 March 2024, police and gunmen traded fire in a 45-minute gunfight on the outskirts of "
     "Quetta (Balochistan). Two policemen were killed.", "2024-03-04"),
    ("On 11 May 2022, soldiers ended a two-hour siege of a village council office in Yala "
     "(Yala) after insurgents opened fire on it, killing one defence volunteer.", "2022-05-11"),
    ("On 27 August 2021, security forces and militants fought a 30-minute gun battle in "
     "Pulwama (Jammu and Kashmir). One militant was killed.", "2021-08-27"),
]


@pytest.mark.parametrize(("text", "day"), HYPHENED_LENGTHS)
def test_hyphenated_length_is_no_date(pipeline: Pipeline, text: str, day: str) -> None:
    """'a 45-minute gunfight' leaves the note's own day (it was read as 1945 or the 20th)."""
    event = note(pipeline, text)
    assert (event.date.start, event.date.precision) == (day, "day")


# The death word closes the phrase after a long object: the victim still died.
LONG_OBJECT_DEATHS = [
    "On 7 June 2024, a group of villagers beat a 35-year-old man to death in Nuh district "
    "(Haryana) on suspicion of transporting cattle.",
    "On 7 June 2024, a mob beat a 45-year-old shopkeeper to death in Sylhet (Sylhet) over a "
    "rumour of child kidnapping.",
    "On 7 June 2024, unidentified men stabbed a 20-year-old university student to death near "
    "the bus stand in Peshawar (Khyber Pakhtunkhwa).",
    "On 7 June 2024, gunmen shot a 52-year-old former councillor dead outside his home in "
    "Ambalangoda (Southern).",
]


@pytest.mark.parametrize("text", LONG_OBJECT_DEATHS)
def test_death_word_after_long_object(pipeline: Pipeline, text: str) -> None:
    """'beat a 35-year-old man to death' kills one (the window stopped at the age)."""
    event = note(pipeline, text)
    assert event.fatalities is not None and event.fatalities.best == 1


def test_beating_without_death_word_kills_no_one(pipeline: Pipeline) -> None:
    """A beating the note does not call deadly counts no dead, however long its object."""
    event = note(pipeline, "On 7 June 2024, soldiers beat a 62-year-old farmer from Kani village "
                           "in Sagaing before releasing him.", "2024-06-08")
    assert event.fatalities is None or not event.fatalities.best


# Notes published in the first days of January about the last days of December.
ACROSS_THE_YEAR = [
    ("On 30 December 2021, hundreds of garment workers protested outside a factory in Phnom "
     "Penh demanding unpaid wages.", "2022-01-01"),
    ("On 31 December 2023, gunmen shot dead a shopkeeper in Quetta (Balochistan).",
     "2024-01-02"),
    ("On 29 December 2022, NPA rebels and soldiers clashed in Las Navas (Northern Samar). One "
     "soldier was killed.", "2023-01-03"),
    ("On 28 December 2024, police fired tear gas at students marching in Dhaka (Dhaka).",
     "2025-01-04"),
]


@pytest.mark.parametrize(("text", "published"), ACROSS_THE_YEAR)
def test_last_december_is_news_in_january(pipeline: Pipeline, text: str, published: str) -> None:
    """A day of last December in a January note is the news, not a past year's background."""
    document = pipeline(Article(id="t", text=text, published=published))
    event = primary_event(document)
    assert event is not None and not event.historical


def test_a_past_year_stays_background(pipeline: Pipeline) -> None:
    """A December more than a year before publication is still another year's event."""
    document = pipeline(Article(id="t", published="2022-01-01", text=(
        "On 30 December 2020, hundreds of garment workers protested outside a factory in Phnom "
        "Penh demanding unpaid wages.")))
    assert all(e.historical for e in document.events)


# The crowd named by the participle of its protest: the police acted on a demonstration.
STRIKING_CROWDS = [
    "On 31 December 2021, police forcibly removed striking casino workers from outside the "
    "company's building in Phnom Penh and detained several union members.",
    "On 14 March 2023, police fired tear gas at striking garment workers blocking the highway "
    "in Gazipur (Dhaka).",
    "On 2 May 2024, police arrested 14 striking doctors outside the health ministry in "
    "Kathmandu (Bagmati).",
    "On 9 October 2022, riot police dragged protesting teachers away from the gate of the "
    "education office in Bandung (West Java).",
]


@pytest.mark.parametrize("text", STRIKING_CROWDS)
def test_striking_crowd_is_a_protest(pipeline: Pipeline, text: str) -> None:
    """Police acting on 'striking workers' break up a protest (it was read as an arrest)."""
    event = note(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


# Provinces GeoNames names otherwise than ACLED (a unit word of the country's language, a new
# official spelling, a letter accents do not fold): the event's admin1 by ACLED's name.
ADMIN1_NAMES = [
    ("On 11 April 2023, about 60 construction workers gathered at a building site in Zhengzhou "
     "demanding unpaid wages.", "Henan"),
    ("On 11 April 2023, hundreds of factory workers protested unpaid bonuses in Dongguan.",
     "Guangdong"),
    ("On 11 April 2023, police arrested three opposition activists in Islamabad.",
     "Islamabad Capital Territory"),
    ("On 11 April 2023, armed men attacked a police station in Buon Ma Thuot, killing two "
     "officers.", "Dak Lak"),
    ("On 11 April 2023, hundreds of villagers protested a land grab in Siem Reap.", "Siem Reap"),
    ("On 11 April 2023, police detained two journalists in Bishkek.", "Bishkek"),
    ("On 11 April 2023, unidentified gunmen shot dead a trader in Cox's Bazar.", "Chittagong"),
    ("On 11 April 2023, Taliban forces and NRF fighters clashed in Bazarak, killing three.",
     "Panjshir"),
]


@pytest.mark.parametrize(("text", "admin1"), ADMIN1_NAMES)
def test_admin1_by_acled_name(pipeline: Pipeline, text: str, admin1: str) -> None:
    """'Henan Sheng', 'Đak Lak', 'Chattogram', 'Panjshayr' are written as ACLED writes them."""
    event = note(pipeline, text)
    assert event.location is not None and event.location.admin1 == admin1


def labels(event: Event) -> set[str]:
    """The event's actors by their ACLED labels, without the ruling period."""
    return {(a.acled_name or a.name).split(" (")[0] for a in event.actors}


# The Taliban hold the state from the fall of Kabul: their forces are Afghanistan's military.
TALIBAN_STATE = [
    "On 28 May 2023, fighters of the National Resistance Front attacked a Taliban outpost in "
    "Bazarak district (Panjshir), killing five Taliban fighters.",
    "On 3 January 2024, Taliban forces clashed with Pakistani border troops near Torkham "
    "(Nangarhar). Two Taliban were killed.",
    "On 9 September 2022, Taliban fighters detained and beat three men in Mazar-i-Sharif "
    "(Balkh), accusing them of links to the former government.",
]


@pytest.mark.parametrize("text", TALIBAN_STATE)
def test_taliban_after_august_2021_are_the_military(pipeline: Pipeline, text: str) -> None:
    """'Taliban fighters' after 15 August 2021 are Military Forces of Afghanistan (2021-)."""
    event = note(pipeline, text)
    assert "Military Forces of Afghanistan" in labels(event)
    assert "Taliban" not in labels(event)


def test_taliban_before_the_takeover_stay_an_armed_group(pipeline: Pipeline) -> None:
    """Before the fall of Kabul the Taliban are the insurgents, not the state."""
    event = note(pipeline, "On 28 May 2019, Taliban fighters attacked an army checkpoint in "
                           "Ghazni (Ghazni), killing four soldiers.")
    assert "Taliban" in labels(event)


# Named armed groups and state units the knowledge base lacked, each in its own country.
NAMED_SIDES = [
    ("On 2 April 2024, armed members of the Kuki-Chin National Front raided a bank in Ruma "
     "(Bandarban) and abducted the manager.", "KNF: Kuki-Chin National Front"),
    ("On 7 February 2024, the KNA abducted two road workers near Thanchi (Bandarban).",
     "KNF: Kuki-Chin National Front"),
    ("On 28 May 2023, fighters of the National Resistance Front ambushed a Taliban convoy in "
     "Andarab (Baghlan).", "NRF: National Resistance Front"),
    ("On 12 May 2025, a team of the District Reserve Guard exchanged fire with Maoists near "
     "Gangaloor in Bijapur district (Chhattisgarh). Five Maoists were killed.",
     "Police Forces of India"),
    ("On 14 August 2023, a roadside bomb exploded as a ranger patrol passed in Rueso district "
     "(Narathiwat), killing one ranger.", "Military Forces of Thailand"),
    ("On 1 March 2023, BGB members detained three men trying to cross the Naf river near "
     "Teknaf (Chittagong).", "Military Forces of Bangladesh"),
    ("On 1 March 2023, Border Guard Bangladesh and Indian Border Security Force personnel "
     "exchanged fire near the border in Sylhet (Sylhet).", "Military Forces of Bangladesh"),
    ("On 1 March 2023, militants ambushed an Assam Rifles patrol in Chandel district "
     "(Manipur), killing two soldiers.", "Military Forces of India"),
    ("On 1 March 2023, members of the KKB shot dead two construction workers in Intan Jaya "
     "(Central Papua).", "TPNPB: West Papua National Liberation Army"),
    ("On 1 March 2023, a Pyu Saw Htee group abducted three villagers in Shwebo township "
     "(Sagaing).", "Pyu Saw Htee"),
    ("On 2 March 2022, suspected insurgents opened fire on a ranger outpost in Bannang Sata "
     "(Yala), wounding two rangers.", "Military Forces of Thailand"),
]


@pytest.mark.parametrize(("text", "label"), NAMED_SIDES)
def test_named_sides(pipeline: Pipeline, text: str, label: str) -> None:
    """The KNF, the NRF, the DRG, Thailand's rangers, the BGB, the Assam Rifles, the KKB (the
    Indonesian authorities' name for the TPNPB) and the Pyu Saw Htee are known sides."""
    assert label in labels(note(pipeline, text))


def test_rangers_elsewhere_are_not_thai(pipeline: Pipeline) -> None:
    """Rangers outside Thailand are not its paramilitary (the entry is weak: Thailand only)."""
    event = note(pipeline, "On 14 August 2023, park rangers clashed with poachers in Kruger "
                           "National Park (Mpumalanga), killing one.")
    assert "Military Forces of Thailand" not in labels(event)


# South Asian English words of a demonstration and of its policing.
SOUTH_ASIAN_PROTESTS = [
    ("On 1 March 2023, farmers staged a dharna outside the district collectorate in Bathinda "
     "(Punjab) demanding compensation for crop losses.", "Peaceful protest"),
    ("On 1 March 2023, students gheraoed the vice-chancellor's office at Jadavpur University in "
     "Kolkata (West Bengal) demanding campus elections.", "Peaceful protest"),
    ("On 1 March 2023, traders observed a dawn-to-dusk bandh in Imphal (Manipur) against "
     "extortion by armed groups.", "Peaceful protest"),
    ("On 1 March 2023, police lathi-charged Congress workers staging a dharna outside the "
     "secretariat in Patna (Bihar).", "Protest with intervention"),
    ("On 1 March 2023, police baton-charged PTI supporters in Lahore (Punjab).",
     "Protest with intervention"),
    ("On 1 March 2023, police used lathis to disperse job seekers protesting outside the public "
     "service commission office in Kathmandu (Bagmati).", "Protest with intervention"),
]


@pytest.mark.parametrize(("text", "sub_type"), SOUTH_ASIAN_PROTESTS)
def test_south_asian_protest_words(pipeline: Pipeline, text: str, sub_type: str) -> None:
    """A dharna, a gherao or a bandh is a protest; a lathi or baton charge an intervention."""
    event = note(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", sub_type)


# A person's surname repeated alone is the person, not a place of a close spelling.
SURNAMES_AGAIN = [
    ("On 15 April 2023, a man threw a pipe bomb at Prime Minister Fumio Kishida during a campaign "
     "event in Wakayama; Kishida was unhurt.", "Wakayama"),
    ("On 1 March 2023, gunmen opened fire on the car of lawmaker Ranjith Bandara in Kurunegala "
     "(North Western); Bandara escaped unhurt.", "Kurunegala"),
    ("On 1 March 2023, gunmen shot dead mayor Rolando Espinosa in Albuera (Leyte); Espinosa died "
     "on the spot.", "Albuera"),
]


@pytest.mark.parametrize(("text", "place"), SURNAMES_AGAIN)
def test_surname_is_no_fuzzy_place(pipeline: Pipeline, text: str, place: str) -> None:
    """'Kishida was unhurt' after 'Fumio Kishida' names no town ('Kishiwada' was read)."""
    document = pipeline(Article(id="t", text=text, published=day_after(text)))
    event = primary_event(document)
    assert event is not None and event.location is not None and event.location.name == place
    surnames = {name.split()[-1] for name in ("Fumio Kishida", "Ranjith Bandara", "Rolando Espinosa")}
    assert not any(t.text in surnames for t in document.toponyms)


# An authority named after the territory it governs acts where the note says, not in its territory.
AUTHORITIES_ELSEWHERE = [
    ("On 29 December 2023, the pro-talks faction of the United Liberation Front of Asom signed a "
     "peace accord with the Government of India and the Government of Assam in New Delhi "
     "(Delhi), agreeing to disband the group.", "Delhi"),
    ("On 5 March 2024, the NLFT signed a peace accord with the Government of India and the "
     "Government of Tripura in New Delhi (Delhi).", "Delhi"),
    ("On 5 March 2024, the Baloch Yakjehti Committee signed an agreement with the Government of "
     "Balochistan in Islamabad to end its sit-in.", "Islamabad Capital Territory"),
]


@pytest.mark.parametrize(("text", "admin1"), AUTHORITIES_ELSEWHERE)
def test_authority_territory_is_not_the_place(pipeline: Pipeline, text: str, admin1: str) -> None:
    """'the Government of Assam in New Delhi' signs in Delhi (the accord was placed in Assam)."""
    event = note(pipeline, text)
    assert event.location is not None and event.location.admin1 == admin1
