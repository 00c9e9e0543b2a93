"""Does a report tell of an incident? Speeches, statistics, denials, threats and old incidents
are no news; months, metaphors and symbols are no violence; an incident named only as the cause
of arrests is still an incident. Sentences written for these tests, from several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

INCIDENT = "Gunmen killed five villagers in Zamfara on Monday. "

NOT_NEWS = [
    "Officials in Lima warned that there will be a social explosion if wages are not raised.",
    "According to the rights group, there have been four murders, nine cases of torture and 25 "
    "arbitrary arrests since the president took office.",
    "The defence ministry denied reports that a naval base in Puerto Belgrano was attacked.",
    "He denied, however, that the gunfire took place outside the barracks in Campo de Mayo.",
    "The ministry in Bamako dismissed rumours of an attack on the presidential palace.",
    "She said that countless Mexicans have been murdered in the fight against the gangs.",
    "The committee in Tegucigalpa denounced summary executions and political assassinations.",
    "There is always the danger of being shot at from a passing car in Karachi.",
    "Members of the artillery battalion took part in the parade in Kabul.",
    "The FMLN's diplomatic offensive aims to isolate the new government abroad.",
    "The opposition in Nairobi launched a legal battle against the election results.",
    "The statement called on the government to cease all killings and disappearances.",
    "More than 300 people have been killed in attacks by the group in Borno state since 2015.",
]


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


def _events(pipeline: Pipeline, text: str, published: str = "2020-05-04"):
    return pipeline(Article(id="r", text=text, published=published)).events


@pytest.mark.parametrize("sentence", NOT_NEWS)
def test_statement_about_violence_adds_no_incident(events_pipeline, sentence):
    events = _events(events_pipeline, INCIDENT + sentence)
    assert len(events) == 1, [(e.event_type, e.trigger) for e in events]
    assert all(start < len(INCIDENT) for start, _ in events[0]._mentions)


@pytest.mark.parametrize("sentence, event_type", [
    ("Al-Shabaab denied responsibility for the attack on a hotel in Mogadishu on Friday that "
     "killed 12 people.", "Violence against civilians"),
    ("The army launched an offensive against Boko Haram positions near Bama on Monday, killing "
     "12 militants.", "Battles"),
    ("Many people were killed when gunmen attacked the village of Kuka in Borno on Saturday.",
     "Violence against civilians"),
    ("Four people have been killed in clashes in Jos since Monday, police said.", None),
    ("Gunmen burned down a church and 20 houses in the village of Kwatas in Benue state on Sunday.",
     "Strategic developments"),
    ("There was an explosion at a market in Maiduguri on Monday, killing four people.",
     "Explosions/Remote violence"),
])
def test_reported_incident_is_kept(events_pipeline, sentence, event_type):
    events = _events(events_pipeline, sentence)
    assert len(events) == 1 and events[0].event_type == (event_type or events[0].event_type)
    assert events[0].confidence > 0.5 and not events[0].historical


@pytest.mark.parametrize("text, trigger", [
    ("On 27 March, the police base in Uchiza was attacked by armed men.", "attacked"),
    ("ON 27 MARCH THE POLICE BASE IN UCHIZA WAS ATTACKED BY ARMED NARCOTERRORISTS.", "ATTACKED"),
    ("Since March, militants in Cabo Delgado have attacked the town of Mocimboa twice.",
     "attacked"),
])
def test_the_month_march_is_no_demonstration(events_pipeline, text, trigger):
    events = _events(events_pipeline, text)
    assert [e.trigger.lower() for e in events] == [trigger.lower()]
    assert all(e.event_type != "Protests" for e in events)


@pytest.mark.parametrize("text", [
    "Hundreds of farmers held a march in Lagos on 3 March to demand better prices.",
    "In March, hundreds of teachers joined a march through central Harare.",
])
def test_a_march_in_march_is_still_a_demonstration(events_pipeline, text):
    assert [e.event_type for e in _events(events_pipeline, text)] == ["Protests"]


def test_symbols_burned_are_no_property_destroyed(events_pipeline):
    text = "Leftist unionists burned eight U.S. flags and an effigy of the president in Tegucigalpa."
    assert _events(events_pipeline, text) == []


def test_evidence_that_demonstrates_is_no_demonstration(events_pipeline):
    text = "The minister said the evidence demonstrates that the suspect fired the shots in Lima."
    assert all(e.event_type != "Protests" for e in _events(events_pipeline, text))


def test_an_incident_years_back_is_historical_unless_the_record_goes_on(events_pipeline):
    old = ("Church envoys travel to Nicaragua on Tuesday to seek the release of 300 "
           "villagers who were abducted by the Contras more than six years ago.")
    events = _events(events_pipeline, old, "1989-03-26")
    assert [e.historical for e in events] == [True]
    later = "A farmer who was abducted a year ago by ADF rebels near Beni was found dead on Saturday."
    assert [e.historical for e in _events(events_pipeline, later)] == [False]
    recent = "Gunmen kidnapped three aid workers in Diffa two days ago, officials said."
    assert [e.historical for e in _events(events_pipeline, recent)] == [False]


def test_an_incident_named_only_as_the_cause_of_arrests_is_a_record(events_pipeline):
    text = "Police in Kano arrested two men in connection with the attack on a church in Sabon Gari."
    events = _events(events_pipeline, text)
    kinds = {e.event_type: e for e in events}
    assert set(kinds) == {"Strategic developments", "Violence against civilians"}
    arrest, attack = kinds["Strategic developments"], kinds["Violence against civilians"]
    assert attack.trigger == "attack" and "topic of another event" in attack.notes["event"]
    assert attack.confidence < arrest.confidence  # the arrests stay the note's primary event
    assert arrest.related_to == attack.id


def test_a_bare_reference_or_an_earlier_incident_makes_no_new_record(events_pipeline):
    bare = "Police arrested three suspects over the attack, a spokesman said on Tuesday."
    assert [e.event_type for e in _events(events_pipeline, bare)] == ["Strategic developments"]
    told = ("Gunmen attacked a bus in Mandera on Monday. Police later arrested two suspects in "
            "connection with the attack on the bus.")
    assert len(_events(events_pipeline, told)) == 2


def test_a_long_report_with_no_clear_incident_gets_no_record(events_pipeline):
    sentences = [
        "The minister of the interior presented the annual report in Quito on Monday.",
        "He said the economy had grown by four percent.",
        "Exports of bananas and shrimp rose sharply.",
        "The government plans to build three new hospitals.",
        "Revenue from oil fell because of attacks on the pipeline.",
        "The minister praised the police for their work.",
        "He will travel to Washington next week.",
    ]
    assert _events(events_pipeline, " ".join(sentences)) == []
    short = " ".join(sentences[3:5])
    assert all(e.confidence <= 0.35 for e in _events(events_pipeline, short))


@pytest.mark.parametrize("text", [
    "Hundreds of residents of Kasese protested the killing of a boda boda rider by soldiers.",
    "Students marched in Nairobi on Monday over the killing of a classmate by police.",
])
def test_the_killing_a_demonstration_protests_is_a_record_of_its_own(pipeline, text):
    events = pipeline(Article(id="r", text=text, published="2020-05-04")).events
    protest = [e for e in events if e.event_type == "Protests"]
    killing = [e for e in events if e.trigger == "killing"]
    assert len(protest) == 1 and len(killing) == 1
    # the typer reads the protest's sentence: it does not retype the incident protested
    assert killing[0].event_type == "Violence against civilians"
    assert killing[0].confidence < protest[0].confidence
