"""The actor_countries stage: generic actors take their event's country after geocoding,
unless their own mention names a nationality."""

from __future__ import annotations

from eventcoder.document import Article, Document, Event, EventActor, Location
from eventcoder.resolve.attribution.stage import fill_actor_countries


def run(actors: list[EventActor], country_code: str = "TN") -> list[EventActor]:
    """Run the stage on one event located in ``country_code`` with these actors."""
    document = Document(article=Article(id="t", text="x"))
    event = Event(id="e1", event_type="Riots", actors=actors,
                  location=Location(name="Beja", country_code=country_code))
    document.events = [event]
    fill_actor_countries(document)
    return event.actors


def test_article_guess_gives_way_to_the_event_country():
    ea = run([EventActor(name="Rioters (Portugal)", acled_name="Rioters (Portugal)",
                         mention="Rioters")])[0]
    assert (ea.name, ea.acled_name) == ("Rioters (Tunisia)", "Rioters (Tunisia)")


def test_missing_country_is_filled():
    ea = run([EventActor(name="Police Forces", acled_name=None, mention="police")])[0]
    assert ea.acled_name == "Police Forces of Tunisia"


def test_nationality_in_the_mention_is_kept():
    ea = run([EventActor(name="Police Forces of Kenya", acled_name="Police Forces of Kenya",
                         mention="Kenyan police")], "SO")[0]
    assert ea.acled_name == "Police Forces of Kenya"


def test_communal_militia_takes_the_event_country():
    ea = run([EventActor(name="Abala Ethnic Militia", acled_name="Abala Ethnic Militia (Chad)",
                         mention="Abala herdsmen")], "SD")[0]
    assert ea.acled_name == "Abala Ethnic Militia (Sudan)"


def test_known_state_forces_are_untouched():
    label = "Military Forces of Kenya (2013-)"
    ea = run([EventActor(name="Kenya Defence Forces", acled_name=label, mention="KDF")], "SO")[0]
    assert ea.acled_name == label


def test_a_group_of_no_one_country_is_named_after_where_it_acted():
    ea = run([EventActor(name="Fulani militia", acled_name=None, mention="Fulani herdsmen")],
             "BF")[0]
    assert ea.acled_name == "Fulani Ethnic Militia (Burkina Faso)"
