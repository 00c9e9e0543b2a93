"""ACLED names that depend on who the people are, where and when the event is, on hand-written
sentences: foreign civilians are "Civilians (International)" and keep their nationality as name,
a peace mission's contingent at home is its country's military, a Mai-Mai faction is read from any
mention that names it, a disruptive crowd before 2019 is "Rioters", security officials and a
government's attack are state forces."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.factions import faction_label
from eventcoder.resolve.actors.foreign_victims import foreign_victims


def event_names(pipeline: Any, text: str, published: str) -> list[tuple[str, str | None]]:
    """(name, ACLED label) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.name, a.acled_name) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "name"), [
    pytest.param("Gunmen kidnapped two Chinese road workers near Ibadan, Oyo State, on Tuesday.",
                 "2019-05-02", "Civilians (China)", id="chinese_workers_nigeria"),
    pytest.param("Unknown gunmen abducted the Sierra Leonean ambassador to Nigeria near Kaduna "
                 "on Monday.", "2016-07-02", "Civilians (Sierra Leone)", id="ambassador"),
    pytest.param("A Spanish-Palestinian employee of an aid agency was abducted in Sabha, Libya.",
                 "2016-07-02", "Civilians (International)", id="two_nationalities_libya"),
    pytest.param("Gunmen shot dead a German tourist in Lamu, Kenya on Friday.", "2019-05-02",
                 "Civilians (Germany)", id="tourist_kenya"),
])
def test_foreign_civilians_are_international(pipeline: Any, text: str, published: str,
                                             name: str) -> None:
    actors = event_names(pipeline, text, published)
    assert (name, "Civilians (International)") in actors


def test_local_civilians_stay_the_countrys(pipeline: Any) -> None:
    actors = event_names(pipeline, "Gunmen shot dead three Nigerian farmers near Jos, Plateau "
                                   "State, on Sunday.", "2019-05-02")
    assert ("Civilians (Nigeria)", "Civilians (Nigeria)") in actors
    assert not any(label == "Civilians (International)" for _, label in actors)


def test_foreign_phrases_need_another_nationality() -> None:
    text = "Somali traders and a group of foreign workers were attacked."
    found = foreign_victims(text, "SO")
    assert [text[f.start:f.end] for f in found] == ["foreign workers"]
    assert foreign_victims("Boko Haram men and Kenyan herders", "KE") == []


@pytest.mark.parametrize(("text", "published", "label", "not_label"), [
    pytest.param("Kenyan troops killed four al Shabaab fighters in Lamu county, Kenya, on Sunday.",
                 "2019-05-02", "Military Forces of Kenya", "AMISOM", id="kenyan_at_home"),
    pytest.param("KDF soldiers repulsed an al Shabaab attack in Kismayo, Somalia, on Sunday.",
                 "2019-05-02", "AMISOM: African Union Mission in Somalia (2007-) (Kenya)",
                 "Military Forces of Kenya", id="kenyan_in_somalia"),
])
def test_mission_contingents_only_in_the_mission_country(pipeline: Any, text: str,
                                                         published: str, label: str,
                                                         not_label: str) -> None:
    labels = [acled or "" for _, acled in event_names(pipeline, text, published)]
    assert any(x.startswith(label) for x in labels)
    assert not any(x.startswith(not_label) for x in labels)


@pytest.mark.parametrize(("text", "end", "expected"), [
    pytest.param("Clashes between the FARDC and Mai-Mai Yakutumba in Fizi left three dead. The "
                 "rebels then looted shops.", 82, "Mayi Mayi Militia (Yakutumba)",
                 id="named_by_another_mention"),
    pytest.param("Two Mayi Mayi hapa na pale fighters handed in their guns at Nyunzu.", 12,
                 "Mayi Mayi Militia (Hapa na pale)", id="lower_case_swahili"),
    pytest.param("Mai-Mai Yakutumba and Mai-Mai Kifuafua fighters clashed; the rebels fled.", 80,
                 None, id="two_factions_undecided"),
])
def test_mai_mai_faction_from_any_mention(text: str, end: int, expected: str | None) -> None:
    actor = EventActor(name="Mai-Mai", acled_name="Mayi Mayi Militia", start=end - 6, end=end)
    assert faction_label(text, actor) == expected


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Residents blocked the main road in Bamenda with burning tyres to protest "
                 "against power cuts on Monday.", "2016-07-05", "Rioters (Cameroon)",
                 id="blockade_2016_cameroon"),
    pytest.param("Traders protested in Sfax and pelted police with stones on Tuesday.",
                 "2017-03-02", "Rioters (Tunisia)", id="stones_2017_tunisia"),
    pytest.param("Hundreds of teachers marched peacefully in Nairobi on Tuesday to demand "
                 "better pay.", "2016-07-05", "Protesters (Kenya)", id="peaceful_2016_kenya"),
    pytest.param("Farmers protested in Kano against the burning of their crops by herders on "
                 "Tuesday.", "2017-03-02", "Protesters (Nigeria)", id="grievance_not_deed"),
])
def test_disruptive_crowds_before_2019_are_rioters(pipeline: Any, text: str, published: str,
                                                   label: str) -> None:
    labels = [acled for _, acled in event_names(pipeline, text, published)]
    assert label in labels


def test_crowd_rule_is_for_the_old_codebook_only() -> None:
    from eventcoder.document import Event
    from eventcoder.resolve.actors.crowds import old_crowd_labels

    text = "Youths protested and blocked the road to Kisumu."
    for day, expected in (("2017-05-01", "Rioters (Kenya)"), ("2020-05-01", "Protesters (Kenya)")):
        event = Event(id="e1", actors=[EventActor(name="Protesters (Kenya)",
                                                  acled_name="Protesters (Kenya)")])
        old_crowd_labels(text, event, day)
        assert event.actors[0].acled_name == expected


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Al Shabaab fighters shot dead a security official in Baidoa on Sunday.",
                 "2019-05-02", "Military Forces of Somalia", id="security_official_somalia"),
    pytest.param("Gunmen killed two security officers at a checkpoint near Gao, Mali, on "
                 "Monday.", "2019-05-02", "Military Forces of Mali", id="security_officers_mali"),
])
def test_security_officials_are_state_forces(pipeline: Any, text: str, published: str,
                                             label: str) -> None:
    labels = [acled or "" for _, acled in event_names(pipeline, text, published)]
    assert any(x.startswith(label) for x in labels)
    assert not any(x.startswith("Civilians") for x in labels)


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("The SPLA-IO said it repulsed a government attack on its base near Nasir on "
                 "Friday.", "2016-07-02", "Military Forces of South Sudan", id="government_attack"),
    pytest.param("Rebels said they repelled a regime offensive near Kafr Nabl, Idlib, on Sunday.",
                 "2019-05-02", "Military Forces of Syria", id="regime_offensive"),
])
def test_a_governments_attack_is_its_military(pipeline: Any, text: str, published: str,
                                              label: str) -> None:
    labels = [acled or "" for _, acled in event_names(pipeline, text, published)]
    assert any(x.startswith(label) for x in labels)


def test_a_government_condemning_an_attack_is_not_its_military(pipeline: Any) -> None:
    labels = [acled or "" for _, acled in event_names(
        pipeline, "The government condemned the attack on a church in Kaduna, Nigeria, on "
                  "Sunday.", "2019-05-02")]
    assert not any(x.startswith("Military Forces of Nigeria") for x in labels)
