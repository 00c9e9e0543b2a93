"""Fixes of review 27's defects, checked on sentences of other countries than the probes'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_review27_probes import _doc, _first, _labels


def test_coded_figure_leaves_a_later_arrest(pipeline: Any) -> None:
    """A note's coded toll is the attack's, not the arrests' told after it (Burkina Faso)."""
    document = _doc(pipeline, "On 2 June 2021, gunmen attacked Solhan village in Yagha, killing "
                    "an unknown number of residents. On 3 June 2021, gendarmes arrested 6 "
                    "suspects in Sebba. Unknown fatalities coded as 10.", "2021-06-04")
    arrests = [e for e in document.events if e.sub_event_type == "Arrests"]
    assert document.events[0].fatalities is not None and document.events[0].fatalities.best == 10
    assert arrests and all(e.fatalities is None or not e.fatalities.best for e in arrests)


@pytest.mark.parametrize(("text", "published", "maker"), [
    ("Saudi jets and a Chinese Wing Loong drone flown by the coalition struck a wedding in Hajjah "
     "on Monday.", "2018-04-24", "China"),
    ("Ethiopian forces used a Turkish Bayraktar drone to strike a market in Togoga on Tuesday.",
     "2021-06-24", "Turkey"),
])
def test_exported_model_names_no_maker(pipeline: Any, text: str, published: str,
                                       maker: str) -> None:
    """A model used or flown by another state is no deed of its maker's army."""
    event = _first(pipeline, text, published)
    assert not any(f"Military Forces of {maker}" in label for label in _labels(event))


def test_jets_destroying_bombs_make_one_strike(pipeline: Any) -> None:
    """Warplanes destroying a group's explosives make an air strike only (Somalia)."""
    events = _doc(pipeline, "US warplanes destroyed explosives stored by al Shabaab near Jilib on "
                  "Tuesday.", "2019-02-06").events
    assert events and all(e.sub_event_type != "Disrupted weapons use" for e in events)


def test_march_with_missiles_of_last_week(pipeline: Any) -> None:
    """Stones thrown at police last week in another town make no riot of today's march (Kenya)."""
    event = _first(pipeline, "Teachers marched peacefully through Nairobi on Thursday to demand "
                   "pay rises. Last week, students threw stones at police in Kisumu.",
                   "2019-07-12")
    assert event.event_type == "Protests"


def test_march_with_missiles_of_the_day(pipeline: Any) -> None:
    """The marchers' own stones the same day still make a riot (Chile)."""
    event = _first(pipeline, "Students marched in Valparaiso on Thursday. Some threw stones at "
                   "police, who used water cannon.", "2019-10-25")
    assert event.event_type == "Riots"


def test_rioting_years_ago_leaves_the_protest(pipeline: Any) -> None:
    """Rioting of years ago recalled beside today's march is no riot (UK)."""
    event = _first(pipeline, "Rioting in Tottenham last year left 5 people dead, and on Saturday "
                   "200 residents marched peacefully to the police station.", "2012-08-05")
    assert event.event_type == "Protests"


def test_rioting_of_the_day_is_a_riot(pipeline: Any) -> None:
    """Rioting told for the report's day is still a riot (Malawi)."""
    event = _first(pipeline, "Rioting broke out in Lilongwe last night after the vote count, "
                   "and shops were looted.", "2019-05-29")
    assert event.event_type == "Riots"


@pytest.mark.parametrize(("text", "published", "group"), [
    ("Protesters attacked a television station in Beirut on Friday, angry at its pro-Hezbollah "
     "positions.", "2021-05-14", "Hezbollah"),
    ("The activist said on Monday she faced pro-Houthi attacks online after reporting that 4 "
     "civilians were killed in Taiz.", "2019-06-04", "Supreme Political Council"),
])
def test_pro_x_words_of_no_force(pipeline: Any, text: str, published: str, group: str) -> None:
    """Stances and online abuse 'pro-X' name no force of X."""
    document = _doc(pipeline, text, published)
    assert not any(group in label for e in document.events for label in _labels(e))


def test_seized_pro_houthi_sites(pipeline: Any) -> None:
    """Sites an attack seizes 'pro-Houthi' are the Houthis' posts (Yemen)."""
    event = _first(pipeline, "Government forces took control of four pro-Houthi sites in Nihm on "
                   "Sunday after heavy fighting.", "2018-03-12")
    assert any("Supreme Political Council" in label for label in _labels(event))


def test_mit_the_institute(pipeline: Any) -> None:
    """Researchers at MIT in a Turkey report are no Turkish intelligence."""
    event = _first(pipeline, "Researchers at MIT counted more PKK attacks this year. On Sunday, "
                   "PKK militants killed a village guard in Sirnak.", "2017-08-07")
    assert not any("National Intelligence" in label for label in _labels(event))


def test_turkish_mit_is_the_service(pipeline: Any) -> None:
    """'Turkish MIT agents' are Turkey's intelligence."""
    event = _first(pipeline, "Turkish MIT agents killed a PKK commander in a drone strike in "
                   "Sulaymaniyah on Wednesday.", "2021-03-04")
    assert any("National Intelligence" in label for label in _labels(event))


def test_speaker_on_the_militants_claims_nothing(pipeline: Any) -> None:
    """A Peshmerga speaker on what 'the militants' did tells its enemy's deed (Iraq)."""
    event = _first(pipeline, "A spokesman for the Kurdistan Workers' Party said the militants had "
                   "attacked a village near Makhmour on Sunday, killing 4 shepherds.",
                   "2019-06-03")
    assert not any("PKK" in (a.acled_name or "") and a.attribution == "claimed"
                   for a in event.actors)


def test_speaker_on_its_own_militants_claims(pipeline: Any) -> None:
    """A report that calls the group 'Al Shabaab militants' keeps its speaker's claim."""
    event = _first(pipeline, "Al Shabaab militants attacked a base in Balad on Friday. A spokesman "
                   "for Al Shabaab said the militants had killed 7 soldiers.", "2020-03-07")
    assert any("Shabaab" in (a.acled_name or "") and a.attribution == "claimed"
               for a in event.actors if a.role == "perpetrator")


def test_cited_intelligence_names_no_force(pipeline: Any) -> None:
    """'citing government intelligence' names no army (Mali)."""
    event = _first(pipeline, "Jihadists killed 14 villagers near Menaka on Monday, the mayor said, "
                   "citing government intelligence.", "2020-02-11")
    assert not any(label.startswith("Military Forces of Mali") for label in _labels(event))
