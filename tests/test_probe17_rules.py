"""Rules written after probe 17 (protests, riots and strategic developments in wire copy
worldwide), each tested on sentences written for several countries: a crowd's deed that is only
wanted, expected, announced ahead or banned reports no event ("called on supporters to join
demonstrations next week", "expected thousands to march on Saturday", "a ban on rallies"); a
dismissal ("fired his defence minister") is no violence that keeps a peaceful road blockade a
riot; a political following or a seat of power makes a crowd's wrecking a violent demonstration,
not mob violence; weapons "recovered" are disrupted weapons use."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.events.political_crowd import demonstrative
from eventcoder.pipeline import Pipeline
from eventcoder.typer.blockades import _DISMISSAL


def read(pipeline: Pipeline, text: str, published: str = "2025-03-03") -> Event | None:
    """The primary event of one hand-written item (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    return primary_event(document)


def typed(pipeline: Pipeline, text: str, published: str = "2025-03-03") -> tuple | None:
    """(event type, sub-event type) of the item's primary event, None when it reports none."""
    event = read(pipeline, text, published)
    return (event.event_type, event.sub_event_type) if event is not None else None


# Protests still ahead: a call, an expectation, an announcement with a start to come, a ban.
NOT_YET = [
    "Opposition parties in Malawi called on their supporters to join nationwide demonstrations "
    "next week against rising fuel prices.",
    "Union leaders in Argentina urged workers to join a general strike against pension cuts.",
    "Organisers said they expected tens of thousands of people to march through London on "
    "Saturday to demand action on climate change.",
    "Student groups in Dhaka vowed to stage a sit-in outside the education ministry if their "
    "demands were not met.",
    "Teachers' unions in Peru announced an indefinite strike starting on 20 January if the "
    "government does not raise salaries.",
    "Tanzania's high court on Monday ruled that a ban on opposition rallies was "
    "unconstitutional, in a decision welcomed by rights groups.",
]


@pytest.mark.parametrize("text", NOT_YET)
def test_protest_still_ahead_is_no_event(pipeline: Pipeline, text: str) -> None:
    """No protest took place: the item reports no event."""
    assert read(pipeline, text) is None


# The same words told as done deeds stay events.
DONE = [
    "Thousands of people joined nationwide demonstrations in Lilongwe on Thursday against "
    "rising fuel prices, witnesses said.",
    "Tens of thousands of people marched through London on Saturday to demand action on "
    "climate change.",
    "Teachers in Lima began an indefinite strike on Monday, marching to the education ministry "
    "to demand higher salaries.",
    "Police in Kampala arrested 45 young people who tried to march to parliament on Tuesday.",
]


@pytest.mark.parametrize("text", DONE)
def test_protest_done_stays(pipeline: Pipeline, text: str) -> None:
    """A march or strike that took place keeps its event."""
    assert read(pipeline, text) is not None


@pytest.mark.parametrize("phrase, dismissal", [
    ("after Prime Minister Benjamin Netanyahu fired his defence minister", True),
    ("a day after the president sacked the army chief", True),
    ("when Kenyatta fired the interior minister", True),
    ("troops fired at the commander's car", False),
    ("gunmen fired shots at officials", False),
    ("police fired on the governor's convoy", False),
])
def test_dismissal_words(phrase: str, dismissal: bool) -> None:
    """'Fired' an office-holder with no preposition of aim between them is a dismissal."""
    assert bool(_DISMISSAL.search(phrase)) is dismissal


BLOCKADES_AFTER_A_DISMISSAL = [
    "Tens of thousands of Israelis blocked the Ayalon highway in Tel Aviv on Sunday night after "
    "Prime Minister Benjamin Netanyahu fired his defence minister. Police used water cannon to "
    "clear the road.",
    "Hundreds of teachers blocked the main road into Nakuru on Monday after the governor sacked "
    "the county education director, local media reported.",
    "Farmers blocked the Pan-American highway near Ica on Wednesday after President Boluarte "
    "fired the agriculture minister.",
]


@pytest.mark.parametrize("text", BLOCKADES_AFTER_A_DISMISSAL)
def test_blockade_after_a_dismissal_is_a_protest(pipeline: Pipeline, text: str) -> None:
    """A peaceful road blockade stays a protest though the sentence says someone was 'fired'."""
    event = read(pipeline, text)
    assert event is not None and event.event_type == "Protests"


POLITICAL_WRECKING = [
    "Supporters of impeached President Yoon Suk Yeol smashed windows and stormed the Seoul "
    "Western District Court early on Sunday after it approved his arrest.",
    "Supporters of former president Jair Bolsonaro stormed Congress, the Supreme Court and the "
    "presidential palace in Brasilia on Sunday, smashing windows and furniture.",
    "Hundreds of opposition supporters ransacked the ruling party's offices in Kisumu on "
    "Friday, smashing windows and burning furniture.",
    "A crowd stormed the parliament building in Skopje on Thursday night, smashing furniture "
    "and windows.",
]



def test_demonstrative_words(pipeline: Pipeline) -> None:
    """Residents looting shops are no political crowd; supporters, or a court, make one."""
    nlp_doc = pipeline(Article(id="t", text="Residents looted shops in the market.")).spacy_doc
    lemmas = [t.lemma_.lower() for t in nlp_doc]
    assert not demonstrative([nlp_doc[0]], lemmas)
    nlp_doc = pipeline(Article(id="t", text="Supporters looted shops near the court.")).spacy_doc
    assert demonstrative([nlp_doc[0]], [t.lemma_.lower() for t in nlp_doc])


RECOVERED_WEAPONS = [
    "Security forces recovered a cache of weapons including two AK-47 rifles and grenades "
    "during a search operation in Poonch district of Jammu and Kashmir on Thursday.",
    "Troops recovered a stockpile of 14 rifles and a rocket launcher hidden in a cave near "
    "Marawi on Monday, the army said.",
    "Police recovered an arms cache buried on a farm outside Enniskillen on Tuesday.",
]



ARRESTED_PROTESTING = [
    "Police in Kampala on Tuesday arrested at least 45 young people who tried to march to "
    "parliament to protest against corruption.",
    "Police officers in riot gear entered a hall at a university in Chicago on Tuesday night and "
    "arrested dozens of students who had occupied the building.",
    "Police in Lagos arrested 30 people who were protesting against fuel prices outside the "
    "governor's office on Monday.",
    "Security forces in Algiers detained 20 activists who staged a sit-in outside the "
    "justice ministry on Sunday.",
]



ARRESTED_NOT_PROTESTING = [
    "Police in Kampala arrested two journalists covering an opposition campaign rally on "
    "Sunday.",
    "Zambian police arrested opposition politician Sean Tembo in Lusaka on Wednesday over "
    "remarks he made about the president.",
    "Police in Dhaka arrested three men who had robbed a jewellery shop on Monday.",
]



CITIES_OF_MILLIONS_ABROAD = [
    ("Interfax", "Protesters stormed the mayor's office in Almaty and set it on fire on "
     "Wednesday, as demonstrations against fuel price rises turned violent.", "KZ"),
    ("Interfax", "Police detained dozens of people at an opposition rally in Tashkent on "
     "Saturday, witnesses said.", "UZ"),
    ("New York Times", "Police officers in riot gear entered a hall at Columbia University in "
     "New York on Tuesday night and arrested dozens of pro-Palestinian students.", "US"),
    ("New York Times", "Thousands of people marched through Lagos on Monday to protest against "
     "police brutality.", "NG"),
]


@pytest.mark.parametrize("source, text, country", CITIES_OF_MILLIONS_ABROAD)
def test_outlet_alone_does_not_move_a_city_of_millions(pipeline: Pipeline, source: str,
                                                        text: str, country: str) -> None:
    """An outlet that usually reports on another country does not move a city of millions."""
    document = pipeline(Article(id="t", text=text, published="2024-05-01", source=source))
    event = primary_event(document)
    assert event is not None and event.location is not None
    assert event.location.country_code == country


NAMED_ARRESTS_IN_A_SETTING = [
    "Venezuelan security forces arrested opposition leader Freddy Superlano at his home in "
    "Caracas on Tuesday, his party said, amid protests over the disputed presidential election.",
    "Zimbabwean police arrested opposition politician Job Sikhala in Harare on Sunday amid "
    "protests over rising fuel prices.",
    "Belarusian police detained opposition activist Maria Kolesnikova in Minsk on Monday after "
    "weeks of protests against the disputed election.",
]



NAMED_ARRESTS_AT_A_PROTEST = [
    "Police arrested opposition leader Kizza Besigye during a protest in Kampala on Tuesday.",
    "Riot police detained activist Alexei Gorinov at a rally in central Moscow on Saturday.",
]

VIOLENT_DEMO = ("Riots", "Violent demonstration")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
INTERVENTION = ("Protests", "Protest with intervention")
ARRESTS = ("Strategic developments", "Arrests")
# Each text with the type its rule gives: a following's or a seat of power's wrecking is a
# violent demonstration; weapons recovered are disrupted weapons use; the arrested who were
# protesting make a protest with intervention, those described by no protest of theirs an arrest;
# a named person arrested amid or after protests an arrest, one arrested during or at one not.
TYPED = [
    *((t, VIOLENT_DEMO) for t in POLITICAL_WRECKING),
    *((t, DISRUPTED) for t in RECOVERED_WEAPONS),
    *((t, INTERVENTION) for t in ARRESTED_PROTESTING),
    *((t, ARRESTS) for t in ARRESTED_NOT_PROTESTING),
    *((t, ARRESTS) for t in NAMED_ARRESTS_IN_A_SETTING),
    *((t, INTERVENTION) for t in NAMED_ARRESTS_AT_A_PROTEST),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_typed_as_the_codebook_reads(pipeline: Pipeline, text: str, expected: tuple) -> None:
    """The item's primary event has the type and sub-event type its rule gives."""
    assert typed(pipeline, text) == expected


COUNTED_DAYS = [
    ("Crowds torched buildings in Honiara's Chinatown on Thursday, the second day of riots, "
     "after protesters tried to storm parliament.", "2021-11-26", "2021-11-25"),
    ("Pro-independence demonstrators hurled stones at riot police in central Barcelona on Friday "
     "night, the fifth night of unrest.", "2019-10-19", "2019-10-18"),
    ("Protesters burned tyres on the main road in Kisumu on Monday, the third straight day of "
     "demonstrations against the tax bill.", "2024-06-26", "2024-06-24"),
]


ESTABLISHED_ON_A_DAY = [
    ("On 4 March 2024, JNIM militants established a base in the forest near Djibo and began "
     "imposing taxes on residents.", "2024-03-06", "2024-03-04"),
    ("On 12 June 2023, Al Shabaab established a new base in the village of Bula Haji, residents "
     "said.", "2023-06-14", "2023-06-12"),
    ("On 3 August 2024, the MNDAA established its headquarters in Lashio after the military's "
     "withdrawal.", "2024-08-05", "2024-08-03"),
]


@pytest.mark.parametrize("text, published, day", COUNTED_DAYS + ESTABLISHED_ON_A_DAY)
def test_day_of_the_incident(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """'On Thursday, the second day of riots' is dated Thursday (the count is no date); a base
    'established on 4 March' is the incident, and its day the event's date."""
    event = read(pipeline, text, published)
    assert event is not None and event.date.precision == "day" and event.date.start == day


RIVAL_SUPPORTERS_FIGHTING = [
    "One man was killed and at least 20 people injured when supporters of rival candidates "
    "clashed with sticks and machetes in Feni on Tuesday, police said.",
    "Supporters of two rival parties fought with clubs in Kumasi on Sunday, leaving three "
    "people injured, police said.",
]


@pytest.mark.parametrize("text", RIVAL_SUPPORTERS_FIGHTING)
def test_followings_that_harm_people_stay_a_mob(pipeline: Pipeline, text: str) -> None:
    """A following that hurts people is no demonstration: the harm words keep the rule off."""
    assert typed(pipeline, text, "2026-01-28") in {("Riots", "Mob violence"),
                                                   ("Battles", "Armed clash")}
