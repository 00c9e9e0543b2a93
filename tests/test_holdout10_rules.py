"""Rules written after the tenth hold-out round (long news reports), each tested on sentences for
several countries: a time of day ("at about 10 a.m.") names no day, its hour is no month; a
statement put out on a later day ("released on Sunday", "a video posted on Friday") dates the
statement, not the deed it tells; a wire dateline does not take the lead's subject ("NAIROBI, Aug
13 (Reuters) - Al Shabaab militants killed ..."); a name joined to a kinship participle ("the al
Qaeda-linked group") or owning an affiliate ("al Qaeda's affiliate") is the group's kin, no doer or
claimant; a country accused of an attack ("accused Ukraine of firing rockets") is the accused
attacker; a road leading into a town lies at it; another incident's sentences give no fallback
scene; the capital seating a ruling body ("the government in Ouagadougou") is no scene; an attack
that began with a suicide bomber is a suicide bomb."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.dates.reported import announces
from eventcoder.extract.dates.resolve import parse_published, resolve_date
from eventcoder.extract.dates.stage import _governor, rules
from eventcoder.pipeline import Pipeline


def report(pipeline: Pipeline, text: str, published: str) -> Event:
    """The primary event of one hand-written report (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    event = primary_event(document)
    assert event is not None
    return event


@pytest.mark.parametrize("expr", ["about 10 a.m.", "at 9:30 p.m.", "around 11pm", "shortly after 7 p.m.",
                                  "at about 4 o'clock", "at 23:00 hours"])
def test_time_of_day_is_no_date(expr: str) -> None:
    """A clock time alone resolves to no date (an hour of 10 was read as October)."""
    assert resolve_date(expr, parse_published("2023-09-13")).start is None


# The lead's weekday dates the incident; a later paragraph's clock time does not make it a month.
CLOCK_REPORTS = [
    ("Army jets bombed a market in the town of Kalaw in Myanmar's Shan state on Tuesday, killing "
     "nine people, residents said.\n\nThe planes dropped two bombs on the stalls at about 10 a.m., "
     "when the market was at its busiest, a trader said. Since June, about 3,000 people have fled "
     "the surrounding villages.", "2024-03-07", "2024-03-05"),
    ("Gunmen killed four farmers in the village of Tawa in Niger's Tillaberi region on Sunday, a "
     "local official said.\n\nThe attackers arrived on motorcycles at around 11 a.m. and fired on "
     "men working in the fields, he said.", "2022-11-15", "2022-11-13"),
    ("A roadside bomb killed three soldiers on a patrol near the town of Pul-e-Khumri in northern "
     "Afghanistan on Friday, the defence ministry said.\n\nThe device exploded at 8 p.m. as the "
     "vehicle returned to its base after a search operation, a spokesman said.", "2019-12-08",
     "2019-12-06"),
]


@pytest.mark.parametrize(("text", "published", "day"), CLOCK_REPORTS)
def test_clock_time_leaves_the_lead_day(pipeline: Pipeline, text: str, published: str,
                                        day: str) -> None:
    """The incident keeps its lead's day."""
    event = report(pipeline, text, published)
    assert (event.date.start, event.date.precision) == (day, "day")


# A statement put out on a later day ("a statement released on Sunday", "a video posted on
# Tuesday") dates the statement, not the deed it tells: such a date is an announcement's.
STATEMENT_DAYS = [
    ("The group said in a statement released through its media outlet on Monday that its fighters "
     "had killed dozens of militiamen in Djibo.", "Monday"),
    ("The militants said in a video posted on Friday that their fighters had overrun the police "
     "post in Mandera and killed the officers inside.", "Friday"),
    ("The rebels issued a communique on Thursday saying they had ambushed the convoy near Mopti "
     "and destroyed two vehicles.", "Thursday"),
    ("In an audio recording released on Wednesday, the commander said his men had shot down the "
     "helicopter over Idlib.", "Wednesday"),
]


@pytest.mark.parametrize(("text", "day"), STATEMENT_DAYS)
def test_statement_day_is_an_announcement(pipeline: Pipeline, text: str, day: str) -> None:
    """The day hangs from a verb putting out a statement: an announcement's date."""
    document: Document = pipeline(Article(id="t", text=text, published="2023-05-12"))
    span = next(e for e in document.spacy_doc.ents if e.text == day)
    assert announces(span, _governor(span), [], rules()["announcement_verbs"])


# ...but a release of people or goods is a deed, and its date is no statement's.
@pytest.mark.parametrize("text", [
    "The kidnappers released the two engineers near Kaduna on Sunday after a ransom was paid.",
    "Gunmen released the hostages on Tuesday in the Sulu town of Jolo.",
])
def test_released_people_is_no_announcement(pipeline: Pipeline, text: str) -> None:
    """'released the hostages on Tuesday' is no statement put out."""
    document: Document = pipeline(Article(id="t", text=text, published="2023-05-12"))
    span = next(e for e in document.spacy_doc.ents if e.label_ == "DATE")
    assert not announces(span, _governor(span), [], rules()["announcement_verbs"])


# "NAIROBI, Aug 13 (Reuters) - Al Shabaab militants killed ...": spaCy hangs the lead's opening
# noun phrase from the dateline's place (an apposition) and its verb as a reduced relative; the
# phrase is the verb's subject, so its group is the doer.
DATELINE_LEADS = [
    ("NAIROBI, Aug 13 (Reuters) - Al Shabaab militants killed at least nine people in the Somali "
     "town of Baidoa on Saturday evening, officials said.", "2023-08-13", "Al Shabaab"),
    ("KABUL, Aug 13 (Reuters) - Taliban militants killed at least nine policemen at a checkpoint "
     "in Ghazni province on Saturday, officials said.", "2019-08-13", "Taliban"),
    ("DAKAR, Jan 9 (Reuters) - Boko Haram militants killed at least 12 farmers near the town of "
     "Diffa in southeastern Niger on Sunday, the interior ministry said.", "2022-01-10",
     "Boko Haram"),
    ("BANGKOK (Reuters) - Karen rebels attacked an army outpost near the Thai border in Myanmar's "
     "Kayin state on Friday, killing four soldiers, a rebel spokesman said.", "2021-04-25",
     "Karen"),
]


@pytest.mark.parametrize(("text", "published", "doer"), DATELINE_LEADS)
def test_dateline_lead_keeps_its_subject(pipeline: Pipeline, text: str, published: str,
                                         doer: str) -> None:
    """The group opening the lead after the dateline is the incident's doer."""
    event = report(pipeline, text, published)
    names = [f"{a.name} {a.acled_name}" for a in event.actors if a.role == "perpetrator"]
    assert any(doer.lower() in n.lower() for n in names), names


def test_dateline_parse_repaired(pipeline: Pipeline) -> None:
    """The phrase is the verb's subject; a passive reduced relative is left alone."""
    doc = pipeline(Article(id="t", text="LAGOS, May 2 (Reuters) - Gunmen abducted 20 students from a "
                           "school in Kaduna state on Tuesday, police said.",
                           published="2021-05-03")).spacy_doc
    gunmen = next(t for t in doc if t.text == "Gunmen")
    assert (gunmen.dep_, gunmen.head.text) == ("nsubj", "abducted")
    doc = pipeline(Article(id="t", text="LAGOS, May 2 (Reuters) - Students abducted from a school in "
                           "Kaduna state last month were freed on Tuesday, police said.",
                           published="2021-05-03")).spacy_doc
    assert next(t for t in doc if t.text == "abducted").dep_ != "ROOT"


# A name joined by a hyphen to a participle of kinship ("the al Qaeda-linked group", "Iran-backed
# militias") or owning an "affiliate" in apposition is the group's kin: no doer, no claimant.
KIN_REPORTS = [
    ("Gunmen stormed a hotel in the Somali port of Bosaso on Saturday, killing six people.\n\n"
     "The al Qaeda-linked group said in a statement on its radio station that its fighters had "
     "carried out the raid.", "2024-02-11", "al qaeda"),
    ("Gunmen attacked an army post near the town of Djibasso in western Burkina Faso on Monday, "
     "killing eight soldiers.\n\nThe Islamic State-affiliated faction said in a statement that its "
     "fighters had carried out the attack.", "2021-09-15", "islamic state"),
    ("Militants killed 11 soldiers in an attack on a base near Menaka in eastern Mali on Friday.\n\n"
     "ISSP, the Islamic State's affiliate in the Sahel, said its fighters had carried out the "
     "attack.", "2023-03-19", "islamic state"),
]


@pytest.mark.parametrize(("text", "published", "kin"), KIN_REPORTS)
def test_kin_name_is_no_claimant(pipeline: Pipeline, text: str, published: str, kin: str) -> None:
    """The kin named in the description is no perpetrator of the deed."""
    event = report(pipeline, text, published)
    doers = [f"{a.name}" for a in event.actors if a.role == "perpetrator"]
    assert not any(n.lower().replace("-", " ") == kin for n in doers), doers


# A country accused of an attack ("accused Ukraine of firing rockets at the city", "blamed India
# for the strike") is the accused attacker: its armed forces, attribution 'accused'.
ACCUSED_STATES = [
    ("Shelling of the centre of the town of Shebekino killed four people on Sunday, officials "
     "said.\n\nThe regional governor accused Ukraine of firing rockets at the town.", "2023-06-05",
     "Military Forces of Ukraine"),
    ("An explosion destroyed a weapons depot near the Syrian city of Hama on Tuesday, killing two "
     "soldiers.\n\nThe Syrian army blamed Israel for the strike, which it said came from the "
     "direction of Lebanon.", "2021-04-14", "Military Forces of Israel"),
    ("Artillery shells hit a village near the Line of Control in Kashmir's Poonch district on "
     "Friday, wounding three civilians.\n\nPakistan's army accused India of shelling the village "
     "without provocation.", "2019-10-20", "Military Forces of India"),
]


@pytest.mark.parametrize(("text", "published", "doer"), ACCUSED_STATES)
def test_country_accused_of_attack(pipeline: Pipeline, text: str, published: str,
                                   doer: str) -> None:
    """The accused country's forces are the event's accused perpetrator."""
    event = report(pipeline, text, published)
    hits = [a for a in event.actors if a.role == "perpetrator" and doer in (a.acled_name or a.name)]
    assert hits and hits[0].attribution == "accused", [(a.name, a.role) for a in event.actors]


# "on the main road leading into the town of X": a road named by the town it runs into lies at
# that town; "into" there tells no movement away from the scene.
ROAD_REPORTS = [
    ("NAIROBI, Kenya (AP) - A roadside bomb killed four soldiers in northeastern Kenya on Tuesday, "
     "officials said.\n\nThe device exploded on the main road leading into the town of Mandera, "
     "police said.", "2022-05-18", "Mandera"),
    ("ABUJA, Nigeria (AP) - Gunmen killed six traders in northwestern Nigeria on Friday, residents "
     "said.\n\nThe attack took place on a highway leading into the town of Gusau, a trader said.",
     "2021-02-14", "Gusau"),
    ("BAMAKO, Mali (AP) - A landmine killed three villagers in northern Mali on Sunday, a local "
     "official said.\n\nThe mine went off on the dirt road leading into the town of Kidal.",
     "2020-08-11", "Kidal"),
]


@pytest.mark.parametrize(("text", "published", "town"), ROAD_REPORTS)
def test_road_leading_into_town(pipeline: Pipeline, text: str, published: str, town: str) -> None:
    """The town the road leads into is the event's place."""
    event = report(pipeline, text, published)
    assert event.location.name == town


# "In a separate attack on the same day, gunmen shot dead two officers in X": X is that other
# incident's scene, no fallback place for the lead's incident whose sentences name none.
SEPARATE_SCENES = [
    ("ISLAMABAD, Pakistan (AP) - A roadside bomb killed three soldiers in northwestern Pakistan "
     "on Monday, officials said.\n\nIn a separate attack on the same day, gunmen shot dead a "
     "police officer in the city of Mardan.", "2023-04-04", "Mardan"),
    ("NAIROBI, Kenya (AP) - Suspected militants killed two teachers in northeastern Kenya on "
     "Wednesday, police said.\n\nIn another attack the same day, gunmen torched a school in the "
     "town of Garissa.", "2019-06-13", "Garissa"),
]


@pytest.mark.parametrize(("text", "published", "other"), SEPARATE_SCENES)
def test_separate_attack_scene_is_not_the_lead_scene(pipeline: Pipeline, text: str,
                                                     published: str, other: str) -> None:
    """The lead's incident is not placed at the separate incident's town."""
    event = report(pipeline, text, published)
    assert event.location.name != other


# "The government in Ouagadougou confirmed an attack": the capital seats the rulers, it is no
# scene when the report names another place.
SEAT_REPORTS = [
    ("Gunmen killed 12 villagers in an attack on the town of Tillia in western Niger on Monday, "
     "local sources said.\n\nThe military government in Niamey confirmed an attack had taken place "
     "but gave no toll.", "2023-11-08", "Niamey"),
    ("Jihadists killed nine soldiers in an attack on an army post near the town of Boni in central "
     "Mali on Friday, security sources said.\n\nThe junta in Bamako said the army had launched an "
     "operation to track down the attackers.", "2022-05-01", "Bamako"),
    ("A bomb killed five worshippers at a mosque in the city of Kunduz on Friday, witnesses "
     "said.\n\nThe Taliban government in Kabul condemned the attack and said the bombers would be "
     "found.", "2021-10-09", "Kabul"),
]


@pytest.mark.parametrize(("text", "published", "seat"), SEAT_REPORTS)
def test_seat_of_government_is_no_scene(pipeline: Pipeline, text: str, published: str,
                                        seat: str) -> None:
    """The capital where the government sits is not the incident's place."""
    event = report(pipeline, text, published)
    assert event.location.name != seat


# A complex attack whose lead tells the storming and whose next sentence tells how it began ("The
# attack began when a suicide bomber drove a car into the gate") is a suicide bombing.
SUICIDE_OPENINGS = [
    ("Militants killed at least seven people when they stormed a hotel in the Somali town of "
     "Beledweyne on Sunday, police said.\n\nThe attack began when a suicide bomber drove a car "
     "packed with explosives into the gate of the hotel, and gunmen then ran inside.",
     "2022-10-04"),
    ("Gunmen killed 11 people when they stormed a guesthouse in the Afghan city of Jalalabad on "
     "Thursday, officials said.\n\nThe assault started when a suicide attacker blew himself up at "
     "the entrance, allowing three gunmen to enter the building.", "2019-04-06"),
    ("Insurgents killed five soldiers when they overran an army post near the town of Tillaberi "
     "in western Niger on Monday, the army said.\n\nThe attack began when a suicide bomber drove "
     "an explosives-laden truck into the post's perimeter wall.", "2021-12-15"),
]


@pytest.mark.parametrize(("text", "published"), SUICIDE_OPENINGS)
def test_attack_opened_by_suicide_bomber(pipeline: Pipeline, text: str, published: str) -> None:
    """The incident is typed a suicide bomb."""
    event = report(pipeline, text, published)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
