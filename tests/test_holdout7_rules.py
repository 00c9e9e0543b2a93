"""Rules written after the seventh hold-out round, each tested on sentences for several countries:
"on the eve of Saturday's vote" (the day before); a clock time after a day ("Saturday, 3rd July
2021 around 14:00 hours"); "since the coup of August 2023" dates the coup, not what followed it;
"this week" narrowed by a later "on Tuesday"."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.dates.resolve import parse_published, resolve_date
from eventcoder.pipeline import Pipeline


def report(pipeline: Pipeline, text: str, published: str) -> Event:
    """The primary event of one hand-written report (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    event = primary_event(document)
    assert event is not None
    return event


# "on the eve of", "the day before", "the day after" a dated occasion: a day off that date.
EVE = [
    ("LILONGWE - Two men were stabbed to death in a fight between rival party supporters in "
     "Kasungu on the eve of Tuesday's parliamentary vote, police said.", "2025-09-18", "2025-09-15"),
    ("KADUNA - Gunmen attacked a polling unit in Zaria the day before Saturday's governorship "
     "election, killing a security guard, residents said.", "2023-03-20", "2023-03-17"),
    ("HARARE - Riot police beat opposition supporters at a rally in Mbare the day after "
     "Wednesday's presidential vote, a rights group said.", "2023-08-25", "2023-08-24"),
]


@pytest.mark.parametrize(("text", "published", "day"), EVE)
def test_a_day_told_against_an_occasion(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The incident is the day before (or after) the occasion's day, not undated."""
    event = report(pipeline, text, published)
    assert (event.date.start, event.date.precision) == (day, "day")


# A clock time after the day adds nothing (and a bare hour must not read as a month).
CLOCK = [
    ("Saturday, 3rd July 2021 around 14:00 hours", "2021-07-05", "2021-07-03"),
    ("Monday at about 7 pm", "2024-02-13", "2024-02-12"),
    ("Thursday shortly after 10:30", "2023-10-13", "2023-10-12"),
    ("Friday, 4 March 2022 at 21h30", "2022-03-07", "2022-03-04"),
]


@pytest.mark.parametrize(("expr", "published", "day"), CLOCK)
def test_a_clock_time_keeps_its_day(expr: str, published: str, day: str) -> None:
    """The day resolves with the clock time stripped."""
    info = resolve_date(expr, parse_published(published))
    assert (info.start, info.precision) == (day, "day")


CLOCK_REPORTS = [
    ("GARISSA - Police said the attack on the bus took place on Friday, 4th March 2022 at around "
     "21:00 hours near the Modogashe junction. Two passengers were shot dead.", "2022-03-07", "2022-03-04"),
    ("BAMENDA - Gunmen shot dead a trader at his shop in Nkwen on Monday at about 7 pm, "
     "residents said.", "2024-02-13", "2024-02-12"),
]


@pytest.mark.parametrize(("text", "published", "day"), CLOCK_REPORTS)
def test_a_report_with_a_clock_time_is_dated(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The incident takes the day the clock time follows."""
    event = report(pipeline, text, published)
    assert (event.date.start, event.date.precision) == (day, "day")


# "Since the coup of July 2023, ...": the date dates the coup, the period's start.
SINCE = [
    ("NIAMEY - Soldiers arrested the editor of a private weekly at his home in Niamey on Tuesday "
     "morning, his family said. Since the coup of July 2023, several journalists have been "
     "detained over their articles.", "2024-02-14", "2024-02-13"),
    ("CONAKRY - Gendarmes detained an opposition organiser in Ratoma on Thursday evening, his "
     "party said. Since the referendum of March 2020, dozens of activists have been arrested.",
     "2023-10-13", "2023-10-12"),
]


@pytest.mark.parametrize(("text", "published", "day"), SINCE)
def test_a_since_phrase_dates_its_noun(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The arrest keeps its own day, not the month the 'since' phrase names."""
    event = report(pipeline, text, published)
    assert (event.date.start, event.date.precision) == (day, "day")


# "this week" in the lede, the day in the next sentence: the day narrows the week.
NARROWED = [
    ("Security forces have killed at least six protesters in Sudan this week, a doctors' committee "
     "said on Friday.\n\nIn Omdurman on Tuesday, soldiers fired live rounds at a march towards the "
     "parliament, killing three people.", "2022-06-24", "2022-06-21"),
    ("Police have shot dead at least five demonstrators in Kenya this week, Amnesty said on Friday."
     "\n\nIn Kisumu on Monday, officers opened fire on a crowd protesting against the new tax "
     "bill, killing two.", "2023-11-17", "2023-11-13"),
]


@pytest.mark.parametrize(("text", "published", "day"), NARROWED)
def test_a_week_narrowed_by_its_day(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The day inside the week dates the incident."""
    event = report(pipeline, text, published)
    assert (event.date.start, event.date.precision) == (day, "day")


def deaths(pipeline: Pipeline, text: str, published: str) -> int | None:
    """The primary event's best death count."""
    event = report(pipeline, text, published)
    return event.fatalities.best if event.fatalities else None


# A counted subject beside a second subject the parse gives the verb ("N people, most of them X,
# died"); an intransitive verb sharing its conjunct's subject ("One of the victims ... and died");
# a sentence telling its dead one by one ("One victim ... and two others", "a third") is that
# sentence's group, while "a fourth died" in a later sentence is one more.
COUNTS = [
    ("BUNIA - Nine people, most of them women and children, died when gunmen opened fire on a "
     "market in Djugu territory on Sunday, local officials said.", "2024-03-11", 9),
    ("MAKURDI - Seven villagers, all of them farmers, died after suspected herders attacked their "
     "settlement in Guma on Friday night, police said.", "2023-05-15", 7),
    ("GARISSA - One of the injured officers, a corporal, lost a lot of blood and died before "
     "reaching the county hospital, police said after the ambush near Dadaab on Monday.",
     "2022-09-06", 1),
    ("KIDAL - Gunmen killed at least four people near a well north of Kidal on Monday. One victim "
     "was shot dead at close range and three others died when their vehicle was set alight.",
     "2024-05-14", 4),
    ("KINGSTON - Two men were shot dead by gunmen in a bar in Spanish Town on Friday night, while "
     "a third died in hospital on Saturday, the police said.", "2024-07-08", 3),
    ("PEMBA - Three soldiers were killed when insurgents ambushed their convoy near Macomia on "
     "Monday, a military source said. A fourth soldier died of his wounds on Wednesday.",
     "2023-10-26", 4),
]


@pytest.mark.parametrize(("text", "published", "dead"), COUNTS)
def test_counted_dead(pipeline: Pipeline, text: str, published: str, dead: int) -> None:
    """The report's dead, neither lost nor counted twice."""
    assert deaths(pipeline, text, published) == dead


# A landform's 'of' name ("Port of Spain", "the Gulf of Guinea") is that place or none, never the
# country it is named after.
def test_port_of_spain_is_no_spain(pipeline: Pipeline) -> None:
    """The hospital of Port of Spain leaves the shooting in Trinidad."""
    event = report(pipeline, "Three men were shot dead by gunmen outside a bar in Laventille on "
                   "Sunday night. A fourth man died at the Port of Spain General Hospital.", "2023-04-10")
    assert event.location is not None and event.location.country_code == "TT"


def test_gulf_of_guinea_is_no_guinea(pipeline: Pipeline) -> None:
    """Pirates in the Gulf of Guinea are not in Guinea."""
    document = pipeline(Article(id="t", text="Pirates boarded an oil tanker in the Gulf of Guinea on "
                                "Monday and kidnapped six crew members, the shipping company said.",
                                published="2022-11-08"))
    assert "GN" not in {t.country_code for t in document.toponyms}


def test_bay_of_plenty_keeps_its_town(pipeline: Pipeline) -> None:
    """'the Bay of Plenty' takes nothing from the town the report names."""
    event = report(pipeline, "Police arrested two men after a man was shot dead in Tauranga, in the "
                   "Bay of Plenty, on Sunday night.", "2024-05-13")
    assert event.location is not None and event.location.country_code == "NZ"


# "DAJABON.- Soldiers of the ... seized": the place a dateline was filed from names no group, even
# written with a Spanish-language ".-" that spaCy keeps on it; a dateline the NER reads in part
# ("LA" of "LA PAZ") is one place.
DOT_DASH = [
    ("DAJABON.- Soldiers of the border security corps seized this Thursday 14 rifles hidden in a "
     "truck near the border crossing, reported the Ministry of Defence.", "2023-09-15"),
    ("TEGUCIGALPA.- Members of the Military Police dispersed this Monday with tear gas a march of "
     "teachers in the centre of the capital.", "2024-04-16"),
    ("SAN PEDRO SULA.- Armed men of a gang killed this Sunday three young men in the Rivera "
     "Hernandez neighbourhood, the police reported.", "2022-05-30"),
    ("LA PAZ - Agents of the Special Force to Fight Crime detained on Tuesday two leaders of the "
     "coca growers in Villa Tunari, the government said.", "2024-05-16"),
    ("LA CEIBA - Police detained on Friday four men accused of extortion of bus drivers, the "
     "prosecutor's office said.", "2023-02-11"),
]


@pytest.mark.parametrize(("text", "published"), DOT_DASH)
def test_dot_dash_dateline_names_no_actor(pipeline: Pipeline, text: str, published: str) -> None:
    """No actor is named after the dateline's place."""
    document = pipeline(Article(id="t", text=text, published=published))
    dateline = re.split(r"\.?- ", text, maxsplit=1)[0]
    assert not [a.name for a in document.actors if ".-" in a.name or a.name in dateline]


# "AMMAN (Petra) --": the agency credited in a dateline's brackets is no place (Petra, Spa, Sabah).
CREDITS = [
    ("AMMAN (Petra) -- Border guards killed four armed smugglers who tried to cross from Syria at "
     "dawn on Monday, the army said.", "2022-01-25", "JO"),
    ("RIYADH (SPA) -- Civil defence teams put out a fire caused by the debris of an intercepted "
     "drone that wounded two workers in Jazan on Tuesday.", "2021-03-03", "SA"),
    ("KOTA KINABALU (Sabah Times) - Police shot dead two suspected robbers in a gunfight near "
     "Sandakan on Saturday, the state police chief said.", "2019-11-04", "MY"),
]


@pytest.mark.parametrize(("text", "published", "country"), CREDITS)
def test_dateline_credit_is_no_place(pipeline: Pipeline, text: str, published: str, country: str) -> None:
    """The incident stays in the dateline's country; the credit gives no toponym."""
    document = pipeline(Article(id="t", text=text, published=published))
    credit = text[text.index("(") + 1 : text.index(")")]
    assert credit not in {t.text for t in document.toponyms}
    event = primary_event(document)
    assert event is not None and event.location is not None and event.location.country_code == country


# A name the NER cuts at its particles ("San Antonio de los" + "Banos") is read whole first, not as
# its namesake head ("San Antonio", Texas).
PARTICLE_NAMES = [
    ("Hundreds of residents of San Antonio de los Banos, in the province of Artemisa, took to the "
     "streets on Sunday.", "2021-07-12", "CU"),
    ("Police dispersed a march of farmers in San Jose de las Lajas on Tuesday.", "2022-03-16", "CU"),
    ("Gunmen shot dead a community leader in San Vicente del Caguan on Friday.", "2023-06-12", "CO"),
    ("Soldiers killed two gang members in San Pedro de Macoris on Saturday.", "2024-02-05", "DO"),
]


@pytest.mark.parametrize(("text", "published", "country"), PARTICLE_NAMES)
def test_name_with_particles_read_whole(pipeline: Pipeline, text: str, published: str, country: str) -> None:
    """The incident is placed in the country of the whole name."""
    event = report(pipeline, text, published)
    assert event.location is not None and event.location.country_code == country
